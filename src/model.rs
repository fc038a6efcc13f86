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

/// Defines a string enumeration stored as its lower-case name (`db::sql`).
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),*
        }

        impl $name {
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

/// "NAME (Cancelled)" for a deleted account (D3), the plain name otherwise.
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
