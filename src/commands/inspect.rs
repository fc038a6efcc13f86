//! The read-only inspection commands: contacts, chats, messages, files,
//! tasks and the audit log (the outbox is `outbox.rs`).

use super::Ctx;
use crate::cli::{AuditCmd, ChatCmd, ContactCmd, FileCmd, MessageCmd, TaskCmd};
use crate::db::{audit as audit_log, chats};
use crate::domain::access;
use crate::domain::chat;
use crate::error::{Error, Result};
use crate::model::ChatId;
use crate::render;

pub fn contact(ctx: &mut Ctx, ContactCmd::List { user, paging }: ContactCmd) -> Result<u8> {
    let rows = ctx.read(|conn, _| chats::contacts_of(conn, access::user(conn, &user)?.id))?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(0)
}

pub fn chat(ctx: &mut Ctx, cmd: ChatCmd) -> Result<u8> {
    match cmd {
        ChatCmd::List { user, paging } => {
            let rows = ctx.read(|conn, _| {
                let viewer = user.as_deref().map(|u| access::user(conn, u)).transpose()?;
                chat::list(conn, viewer.as_ref())
            })?;
            render::list(&rows, ctx.settings.format, paging.limit)?;
        }
        ChatCmd::Show { id } => {
            let view = ctx.read(|conn, _| chat::view(conn, &access::chat(conn, id)?, None))?;
            render::one(&view, ctx.settings.format)?;
        }
    }
    Ok(0)
}

pub fn message(ctx: &mut Ctx, MessageCmd::List { chat, paging }: MessageCmd) -> Result<u8> {
    let rows = ctx.read(|conn, _| chats::messages(conn, access::chat(conn, chat)?.id))?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(0)
}

pub fn file(ctx: &mut Ctx, FileCmd::List { chat, user, paging }: FileCmd) -> Result<u8> {
    let rows = ctx.read(|conn, _| {
        let chat = chat.map(|c| access::chat(conn, c)).transpose()?;
        let user = user.as_deref().map(|u| access::user(conn, u)).transpose()?;
        chats::files(conn, chat.map(|c| c.id), user.map(|u| u.id))
    })?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(0)
}

pub fn task(ctx: &mut Ctx, TaskCmd::List { chat, paging }: TaskCmd) -> Result<u8> {
    let rows = ctx.read(|conn, _| {
        let chat: Option<ChatId> = chat
            .map(|c| access::chat(conn, c).map(|c| c.id))
            .transpose()?;
        chats::tasks(conn, chat)
    })?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(0)
}

pub fn audit(ctx: &mut Ctx, AuditCmd::List { since, paging }: AuditCmd) -> Result<u8> {
    let since = match since {
        Some(text) => Some(crate::settings::timestamp(
            chrono::DateTime::parse_from_rfc3339(text.trim())
                .map_err(|e| Error::usage(format!("--since {text}: not an RFC 3339 time ({e})")))?
                .with_timezone(&chrono::Utc),
        )),
        None => None,
    };
    let rows = ctx.read(|conn, _| audit_log::list(conn, since.as_deref()))?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(0)
}
