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
            let email = |id| -> Result<String> {
                Ok(accounts::by_id(conn, id)?
                    .map(|a| a.email)
                    .unwrap_or_default())
            };
            match viewer {
                Some(v) if v.id == a => email(b)?,
                Some(v) if v.id == b => email(a)?,
                _ => format!("{} / {}", email(a)?, email(b)?),
            }
        }
    })
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

/// Every chat, or the chats `viewer` is a member of.
pub fn list(conn: &Tx, viewer: Option<&Account>) -> Result<Vec<ChatView>> {
    let list = match viewer {
        Some(v) => chats::of_account(conn, v.id)?,
        None => chats::all(conn)?,
    };
    list.iter().map(|c| view(conn, c, viewer)).collect()
}
