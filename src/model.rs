//! The data model of SPEC §1: identifiers, enumerations and the plain records
//! that `db/` reads and `domain/` reasons about.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Defines an integer identifier newtype (bound and read by `db::sql`), so an
/// account ID can never be passed where a chat ID is meant.
macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id_type!(
    AccountId,
    OrgId,
    ChatId,
    MessageId,
    FileId,
    TaskId,
    RegistrationId,
    TransferId,
);

/// An instant as orgctl keeps it: RFC 3339 in UTC with whole seconds
/// (`2026-11-23T09:00:00Z`), so that the text order of stored times is their
/// time order (R7, T6 compare expiries as text, in SQL too). The clock a
/// command runs at (`Ctx::now`) is one, so a time can never be passed where
/// an e-mail or a slug is meant; it reads as `&str` (`Deref`) where a
/// stored time is compared or bound.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Timestamp(String);

impl From<Timestamp> for String {
    fn from(t: Timestamp) -> String {
        t.0
    }
}

impl TryFrom<String> for Timestamp {
    type Error = String;
    fn try_from(text: String) -> Result<Timestamp, String> {
        Timestamp::parse(&text).map_err(|e| format!("{text} is not an RFC 3339 time: {e}"))
    }
}

impl Timestamp {
    /// The instant `t`, at whole seconds.
    pub fn from_utc(t: chrono::DateTime<chrono::Utc>) -> Timestamp {
        Timestamp(t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    }

    /// Parses an RFC 3339 time (any offset), kept in UTC at whole seconds.
    pub fn parse(text: &str) -> Result<Timestamp, chrono::ParseError> {
        chrono::DateTime::parse_from_rfc3339(text.trim())
            .map(|t| Timestamp::from_utc(t.with_timezone(&chrono::Utc)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The instant as a chrono value, for arithmetic (expiries, ages).
    pub fn to_utc(&self) -> chrono::DateTime<chrono::Utc> {
        // Every Timestamp is built from a DateTime (`from_utc`), so its text
        // always parses; the fallback is unreachable.
        chrono::DateTime::parse_from_rfc3339(&self.0)
            .map(|t| t.with_timezone(&chrono::Utc))
            .unwrap_or_default()
    }
}

impl PartialEq<&str> for Timestamp {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::ops::Deref for Timestamp {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An immutable text that many effects of one plan repeat: an account's
/// e-mail, a chat's name, the rule, reason and fix of a policy break. A
/// clone copies a pointer, so a C1 plan over an org of 30,000 users holds
/// each e-mail and each reason once, not once per chat left (issue 18.5:
/// the plan's memory is bounded by what it prints). It reads as `&str`
/// (`Deref`) and is written as a plain JSON string.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(std::sync::Arc<str>);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(s.into())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(s.into())
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text(s.as_str().into())
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.0.to_string()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        String::deserialize(d).map(Text::from)
    }
}

/// Defines a string enumeration stored as its lower-case name (`db::sql`).
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),*
        }

        impl $name {
            /// Every value, as written on the command line and stored.
            pub const ALL: &'static [&'static str] = &[$($text),*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),*
                }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text => Ok($name::$variant),)*
                    _ => Err(format!(
                        "`{s}` is not one of: {}",
                        [$($text),*].join(", ")
                    )),
                }
            }
        }
    };
}

text_enum!(
    /// An organization's contract plan (SPEC §1). A personal account is on the
    /// free plan, which is not an org plan at all.
    OrgPlan { Business => "business", Enterprise => "enterprise", Kddi => "kddi" }
);
text_enum!(OrgStatus { Active => "active", Closed => "closed", Cancelled => "cancelled" });
text_enum!(AccountStatus {
    Active => "active",
    PendingFirstLogin => "pending_first_login",
    Deleted => "deleted",
});
text_enum!(
    /// A member's role in its org: exactly one `admin` per org (I1).
    Role { Admin => "admin", UserAdmin => "user_admin", Member => "member" }
);
text_enum!(ChatKind { My => "my", Direct => "direct", Group => "group" });
text_enum!(ChatRole { Admin => "admin", Member => "member", Readonly => "readonly" });
text_enum!(TaskStatus { Open => "open", Done => "done" });
text_enum!(
    /// A registration request (SPEC §4). `expired` is stored only when a
    /// pending request is read after its `expires_at` (R7).
    RegistrationStatus {
        Pending => "pending",
        Accepted => "accepted",
        Cancelled => "cancelled",
        Expired => "expired",
    }
);
text_enum!(
    /// An org's prohibited-acts settings (§1), as their column and JSON names.
    Prohibition {
        Outside => "prohibit_outside",
        FileSharing => "prohibit_file_sharing",
    }
);
text_enum!(
    /// A user's security exemptions (§1, 個別セキュリティ設定).
    Exemption { Outside => "exempt_outside", File => "exempt_file" }
);
text_enum!(
    /// Where a user of a transfer stands (T6). `expired` is never stored: a
    /// pending user of a transfer past its `expires_at` reads as expired.
    TransferStatus {
        Pending => "pending",
        Approved => "approved",
        Rejected => "rejected",
        Cancelled => "cancelled",
        Expired => "expired",
    }
);
text_enum!(
    /// The status of a staff roster entry (S3, S6, S7).
    StaffStatus {
        Ready => "ready",
        AwaitingRegistration => "awaiting_registration",
        Unresolved => "unresolved",
        Stale => "stale",
    }
);

impl OrgPlan {
    /// Only enterprise and kddi contracts have the prohibited-acts settings.
    pub fn has_prohibited_acts_settings(self) -> bool {
        matches!(self, OrgPlan::Enterprise | OrgPlan::Kddi)
    }
}

/// An organization as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    pub id: OrgId,
    pub slug: String,
    pub name: String,
    pub plan: OrgPlan,
    pub seats: i64,
    pub status: OrgStatus,
    pub prohibit_outside: bool,
    pub prohibit_file_sharing: bool,
}

/// An account as stored, with the slug of its org when it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub id: AccountId,
    pub chatwork_id: Option<String>,
    pub name: String,
    pub email: String,
    pub status: AccountStatus,
    pub org_id: Option<OrgId>,
    pub org_slug: Option<String>,
    pub role: Option<Role>,
    pub exempt_outside: bool,
    pub exempt_file: bool,
    pub has_api_token: bool,
}

/// D3 (seed 004): "Chat logs of speakers deleted before March 9th, 2016
/// (JST) will remain as 'Cancelled Users'": the instant 2016-03-09 00:00 JST.
pub const CANCELLED_USERS_BEFORE: &str = "2016-03-08T15:00:00Z";

/// The sender of a past post (D3): "Cancelled Users" for a speaker deleted
/// before 2016-03-09 JST, "NAME (Cancelled)" for one deleted later (or at
/// an unknown time), the plain name otherwise.
pub fn speaker_name(name: &str, status: AccountStatus, deleted_at: Option<&str>) -> String {
    if status != AccountStatus::Deleted {
        return name.to_string();
    }
    let cutoff = chrono::DateTime::parse_from_rfc3339(CANCELLED_USERS_BEFORE);
    let at = deleted_at.map(chrono::DateTime::parse_from_rfc3339);
    match (at, cutoff) {
        (Some(Ok(at)), Ok(cutoff)) if at < cutoff => "Cancelled Users".to_string(),
        _ => format!("{name} (Cancelled)"),
    }
}

/// "NAME (Cancelled)" for a deleted account (D3, L3), the plain name otherwise.
pub fn display_name(name: &str, status: AccountStatus) -> String {
    if status == AccountStatus::Deleted {
        format!("{name} (Cancelled)")
    } else {
        name.to_string()
    }
}

/// A chat as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Chat {
    pub id: ChatId,
    pub kind: ChatKind,
    pub name: Option<String>,
}

/// One member of a chat with its chat role and the facts about its account
/// that the rules of §2 and §3 need.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatMember {
    pub account_id: AccountId,
    pub email: String,
    pub name: String,
    pub status: AccountStatus,
    pub org_id: Option<OrgId>,
    pub exempt_outside: bool,
    pub role: ChatRole,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn d3_speakers_deleted_before_2016_03_09_jst_are_cancelled_users() {
        let deleted = AccountStatus::Deleted;
        // 2016-03-09 00:00 JST is the cut-over, in any offset.
        for (at, shown) in [
            ("2016-03-08T23:59:59+09:00", "Cancelled Users"),
            ("2016-03-08T14:59:59Z", "Cancelled Users"),
            ("2016-03-09T00:00:00+09:00", "Ann (Cancelled)"),
            ("2020-01-01T00:00:00Z", "Ann (Cancelled)"),
        ] {
            assert_eq!(speaker_name("Ann", deleted, Some(at)), shown, "{at}");
        }
        // An unknown time cannot prove the early case.
        assert_eq!(speaker_name("Ann", deleted, None), "Ann (Cancelled)");
        assert_eq!(
            speaker_name("Ann", deleted, Some("garbage")),
            "Ann (Cancelled)"
        );
        assert_eq!(
            speaker_name("Ann", AccountStatus::Active, Some("2015-01-01T00:00:00Z")),
            "Ann"
        );
    }
}
