//! Outgoing e-mail: the registration templates (English and Japanese) and
//! complete RFC 5322 messages built with `mail-builder`. Nothing here sends
//! anything; messages go to the outbox table, `outbox send` hands them to an
//! SMTP server (`smtp.rs`) and `outbox export` writes them as a Maildir.

use chrono::{DateTime, Utc};
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The language of the e-mails orgctl writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MailLang {
    #[default]
    En,
    Ja,
}

/// Which e-mail a registration sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailTemplate {
    /// R2: "start using the service": the link sets the first password.
    NewAccount,
    /// R3: a registration request to an existing account: the link leads to
    /// the plan-switch confirmation.
    ExistingAccount,
}

/// What a template fills in.
pub struct Letter<'a> {
    pub name: &'a str,
    pub org_name: &'a str,
    pub link: &'a str,
    pub expires_at: &'a str,
}

pub fn subject(template: MailTemplate, lang: MailLang, org_name: &str) -> String {
    match (template, lang) {
        (MailTemplate::NewAccount, MailLang::En) => {
            format!("{org_name} has created your account: start using the service")
        }
        (MailTemplate::NewAccount, MailLang::Ja) => {
            format!("{org_name}からのご案内：サービスの利用を開始してください")
        }
        (MailTemplate::ExistingAccount, MailLang::En) => {
            format!("User registration request from {org_name}")
        }
        (MailTemplate::ExistingAccount, MailLang::Ja) => {
            format!("{org_name}からのユーザー登録依頼")
        }
    }
}

/// The text body. The link is on a line of its own and ends in
/// `token=TOKEN`.
pub fn body(template: MailTemplate, lang: MailLang, l: &Letter<'_>) -> String {
    let Letter {
        name,
        org_name,
        link,
        expires_at,
    } = l;
    match (template, lang) {
        (MailTemplate::NewAccount, MailLang::En) => format!(
            "Hello {name},\n\n\
             {org_name} has added you as a user of its organizational subscription plan \
             and created an account for you.\n\n\
             To start using the service, open this link and set your password:\n\n\
             {link}\n\n\
             The link works once and expires at {expires_at}. If it has expired, \
             ask your administrator to send it again.\n"
        ),
        (MailTemplate::NewAccount, MailLang::Ja) => format!(
            "{name} 様\n\n\
             {org_name}の組織契約プランのユーザーとして追加され、アカウントが作成されました。\n\n\
             次のURLを開いてパスワードを設定し、サービスの利用を開始してください。\n\n\
             {link}\n\n\
             このURLは一度だけ使えます。有効期限は{expires_at}です。\
             期限が切れた場合は、管理者に再送を依頼してください。\n"
        ),
        (MailTemplate::ExistingAccount, MailLang::En) => format!(
            "Hello {name},\n\n\
             {org_name} has sent you a user registration request for its organizational \
             subscription plan.\n\n\
             Open this link, log in with your current password and review the \
             confirmation of the plan switch. Your contacts, chats, files and messages \
             carry over to the account under the new plan.\n\n\
             {link}\n\n\
             The link works once and expires at {expires_at}.\n"
        ),
        (MailTemplate::ExistingAccount, MailLang::Ja) => format!(
            "{name} 様\n\n\
             {org_name}から組織契約プランへのユーザー登録依頼が届きました。\n\n\
             次のURLを開き、現在のパスワードでログインして、プラン切り替えの確認画面を\
             ご確認ください。コンタクト、チャット、ファイル、メッセージは新しいプランの\
             アカウントに引き継がれます。\n\n\
             {link}\n\n\
             このURLは一度だけ使えます。有効期限は{expires_at}です。\n"
        ),
    }
}

/// The people an e-mail is about, one per line.
fn bullets(items: &[String]) -> String {
    items
        .iter()
        .map(|u| format!("  - {u}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Who e-mails are from, and in which language (`[mail]` in the config).
#[derive(Debug, Clone, Default)]
pub struct Sender {
    pub from: String,
    pub lang: MailLang,
}

/// T6: the e-mail to the destination admin, as (subject, body).
pub fn transfer_request(
    lang: MailLang,
    transfer_id: i64,
    from_org: &str,
    to_org: &str,
    users: &[String],
    expires_at: &str,
) -> (String, String) {
    let list = bullets(users);
    match lang {
        MailLang::En => (
            format!(
                "Transfer request for your approval: {} from {from_org}",
                crate::text::plural(users.len(), "user", "users")
            ),
            format!(
                "{from_org} asks to transfer these users to {to_org}:\n\n{list}\n\n\
                 Review the impact, then approve all or some of them:\n\n\
                 \x20 orgctl transfer approve {transfer_id} --dry-run\n\
                 \x20 orgctl transfer approve {transfer_id} [--user USER]...\n\n\
                 or reject them with `orgctl transfer reject {transfer_id}`. \
                 The request expires at {expires_at}.\n"
            ),
        ),
        MailLang::Ja => (
            format!(
                "組織間移行に伴う、移行申請のご案内（{from_org}から{}名）",
                users.len()
            ),
            format!(
                "{from_org}から{to_org}への次のユーザーの移行申請が届きました。\n\n{list}\n\n\
                 影響を確認のうえ、全員または一部を承認してください。\n\n\
                 \x20 orgctl transfer approve {transfer_id} --dry-run\n\
                 \x20 orgctl transfer approve {transfer_id} [--user USER]...\n\n\
                 却下する場合は `orgctl transfer reject {transfer_id}` を実行してください。\
                 申請の有効期限は{expires_at}です。\n"
            ),
        ),
    }
}

/// T6: the outcome of a transfer for one side's admin, as (subject, body);
/// `status` is approved, rejected or cancelled.
pub fn transfer_outcome(
    lang: MailLang,
    transfer_id: i64,
    from_org: &str,
    to_org: &str,
    status: &str,
    users: &[String],
) -> (String, String) {
    let list = bullets(users);
    match lang {
        MailLang::En => (
            format!(
                "Transfer {transfer_id} from {from_org} to {to_org}: {} {status}",
                crate::text::plural(users.len(), "user", "users")
            ),
            format!(
                "In transfer {transfer_id} from {from_org} to {to_org}, these users were {status}:\n\n{list}\n\n\
                 `orgctl transfer show {transfer_id}` shows the whole request.\n"
            ),
        ),
        MailLang::Ja => {
            let status_ja = match status {
                "approved" => "承認",
                "rejected" => "却下",
                _ => "取り消し",
            };
            (
                format!(
                    "組織間移行 {transfer_id}（{from_org}→{to_org}）：{}名が{status_ja}されました",
                    users.len()
                ),
                format!(
                    "{from_org}から{to_org}への移行申請 {transfer_id} で、次のユーザーが{status_ja}されました。\n\n{list}\n\n\
                     申請全体は `orgctl transfer show {transfer_id}` で確認できます。\n"
                ),
            )
        }
    }
}

/// Splits `Name <addr@example.com>` into its parts; a bare address has no
/// display name.
fn mailbox(text: &str) -> (Option<&str>, &str) {
    let text = text.trim();
    match (text.rfind('<'), text.strip_suffix('>')) {
        (Some(open), Some(inner)) => {
            let name = text[..open].trim().trim_matches('"').trim();
            let addr = inner[open + 1..].trim();
            ((!name.is_empty()).then_some(name), addr)
        }
        _ => (None, text),
    }
}

/// The address of a `Name <addr>` or bare-address sender: the SMTP
/// envelope's MAIL FROM.
pub fn envelope_address(from: &str) -> &str {
    mailbox(from).1
}

/// The envelope sender of a message stored before the envelope was kept:
/// the address in its `From` header (mail-builder writes it on one line).
pub fn from_header_address(raw: &str) -> Option<&str> {
    let head = raw.split("\r\n\r\n").next()?;
    let line = head
        .split("\r\n")
        .find(|l| l.len() > 5 && l[..5].eq_ignore_ascii_case("from:"))?;
    let value = line[5..].trim();
    let addr = match (value.rfind('<'), value.rfind('>')) {
        (Some(open), Some(close)) if open < close => &value[open + 1..close],
        _ => value,
    };
    (!addr.is_empty()).then_some(addr.trim())
}

/// A complete RFC 5322 message (CRLF line ends, UTF-8 body in a transfer
/// encoding mail-builder chooses).
pub fn build(
    from: &str,
    to: &str,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
    unique: &str,
) -> Result<String> {
    let (from_name, from_addr) = mailbox(from);
    let from_header = Address::new_address(from_name.map(str::to_string), from_addr.to_string());
    let domain = from_addr.rsplit('@').next().unwrap_or("localhost");
    MessageBuilder::new()
        .from(from_header)
        .to(to.to_string())
        .subject(subject.to_string())
        .date(now.timestamp())
        .message_id(format!("{unique}@{domain}"))
        .text_body(body.to_string())
        .write_to_string()
        .map_err(|e| Error::unexpected(format!("cannot build the e-mail: {e}")).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_with_a_display_name_is_split() {
        assert_eq!(
            mailbox("orgctl <noreply@example.com>"),
            (Some("orgctl"), "noreply@example.com")
        );
        assert_eq!(
            mailbox("noreply@example.com"),
            (None, "noreply@example.com")
        );
    }

    #[test]
    fn a_message_has_the_required_headers() {
        let raw = build(
            "orgctl <noreply@example.com>",
            "new@x.example",
            "件名",
            "本文 https://x.example/register?token=abc",
            DateTime::from_timestamp(1_800_000_000, 0).unwrap(),
            "reg-1",
        )
        .unwrap();
        for header in [
            "From: ",
            "To: ",
            "Subject: ",
            "Date: ",
            "Message-ID: <reg-1@example.com>",
        ] {
            assert!(raw.contains(header), "{header} missing in\n{raw}");
        }
        assert!(raw.contains("\r\n\r\n"));
    }
}
