//! How chats are shown: a direct chat is named by the other member as seen
//! from the viewer (CLI.md `chat_name`), a My Chat is `my`.

use crate::db::Tx;

use crate::db::{accounts, chats};
use crate::error::Result;
use crate::model::{Account, Chat, ChatKind};
use crate::views::{ChatView, MemberView};

/// The name of a chat as seen from `viewer` (or from nobody in particular).
pub fn chat_name(conn: &Tx, chat: &Chat, viewer: Option<&Account>) -> Result<String> {
    Ok(match chat.kind {
        ChatKind::Group => chat.name.clone().unwrap_or_default(),
        ChatKind::My => "my".to_string(),
        ChatKind::Direct => {
            let Some((a, b)) = chats::pair(conn, chat.id)? else {
                return Ok(String::new());
            };
            let email =
                |id| -> Result<Option<String>> { Ok(accounts::by_id(conn, id)?.map(|a| a.email)) };
            direct_name((a, email(a)?), (b, email(b)?), viewer)
        }
    })
}

/// A direct chat's name: the other member's e-mail as seen from `viewer`,
/// both e-mails otherwise.
fn direct_name(
    (a, email_a): chats::PairMember,
    (b, email_b): chats::PairMember,
    viewer: Option<&Account>,
) -> String {
    let (email_a, email_b) = (email_a.unwrap_or_default(), email_b.unwrap_or_default());
    match viewer {
        Some(v) if v.id == a => email_b,
        Some(v) if v.id == b => email_a,
        _ => format!("{email_a} / {email_b}"),
    }
}

pub fn view(conn: &Tx, chat: &Chat, viewer: Option<&Account>) -> Result<ChatView> {
    let (messages, files, tasks) = chats::content_counts(conn, chat.id)?;
    Ok(ChatView {
        id: chat.id,
        kind: chat.kind,
        name: chat_name(conn, chat, viewer)?,
        members: chats::members(conn, chat.id)?
            .into_iter()
            .map(|m| MemberView {
                email: m.email,
                role: m.role,
            })
            .collect(),
        messages,
        files,
        tasks,
    })
}

/// Every chat, or the chats `viewer` is a member of: the same views as
/// `view`, read in a fixed number of statements (issue 13.6).
pub fn list(conn: &Tx, viewer: Option<&Account>) -> Result<Vec<ChatView>> {
    Ok(chats::listing(conn, viewer.map(|v| v.id))?
        .into_iter()
        .map(|l| {
            let name = match (l.chat.kind, l.pair) {
                (ChatKind::Group, _) => l.chat.name.clone().unwrap_or_default(),
                (ChatKind::My, _) => "my".to_string(),
                (ChatKind::Direct, Some((a, b))) => direct_name(a, b, viewer),
                (ChatKind::Direct, None) => String::new(),
            };
            ChatView {
                id: l.chat.id,
                kind: l.chat.kind,
                name,
                members: l
                    .members
                    .into_iter()
                    .map(|(email, role)| MemberView { email, role })
                    .collect(),
                messages: l.counts.0,
                files: l.counts.1,
                tasks: l.counts.2,
            }
        })
        .collect())
}
