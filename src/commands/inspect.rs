//! The read-only inspection commands: contacts, chats, messages, files,
//! tasks and the audit log (the outbox is `outbox.rs`).

use super::Ctx;
use crate::cli::{AuditCmd, ChatCmd, ContactCmd, FileCmd, MessageCmd, ProfileCmd, TaskCmd};
use crate::db::audit::AuditFilter;
use crate::db::{audit as audit_log, chats};
use crate::domain::access;
use crate::domain::chat;
use crate::error::{Error, ErrorKind, ExitStatus, Result};
use crate::model::ChatId;
use crate::render;
use crate::settings::{self, Bound};

pub fn contact(ctx: &mut Ctx, ContactCmd::List { user, paging }: ContactCmd) -> Result<ExitStatus> {
    let rows = ctx.read(|conn, _| chats::contacts_of(conn, access::user(conn, &user)?.id))?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(ExitStatus::Success)
}

pub fn chat(ctx: &mut Ctx, cmd: ChatCmd) -> Result<ExitStatus> {
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
    Ok(ExitStatus::Success)
}

pub fn message(ctx: &mut Ctx, MessageCmd::List { chat, paging }: MessageCmd) -> Result<ExitStatus> {
    let rows = ctx.read(|conn, _| chats::messages(conn, access::chat(conn, chat)?.id))?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(ExitStatus::Success)
}

pub fn file(ctx: &mut Ctx, FileCmd::List { chat, user, paging }: FileCmd) -> Result<ExitStatus> {
    let rows = ctx.read(|conn, _| {
        let chat = chat.map(|c| access::chat(conn, c)).transpose()?;
        let user = user.as_deref().map(|u| access::user(conn, u)).transpose()?;
        chats::files(conn, chat.map(|c| c.id), user.map(|u| u.id))
    })?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(ExitStatus::Success)
}

pub fn task(ctx: &mut Ctx, TaskCmd::List { chat, paging }: TaskCmd) -> Result<ExitStatus> {
    let rows = ctx.read(|conn, _| {
        let chat: Option<ChatId> = chat
            .map(|c| access::chat(conn, c).map(|c| c.id))
            .transpose()?;
        chats::tasks(conn, chat)
    })?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(ExitStatus::Success)
}

/// `audit list`: the filters of CLI.md (turn 2) become one query in
/// `db::audit`. `--actor` matches every spelling of the account it names
/// (e-mail, account ID, Chatwork ID), since the log records `--as` as typed;
/// a USER that names no account (yet, or any more) matches as typed.
pub fn audit(ctx: &mut Ctx, cmd: AuditCmd) -> Result<ExitStatus> {
    let AuditCmd::List {
        since,
        until,
        actor,
        action,
        paging,
    } = cmd;
    let now = ctx.settings.now;
    let since = since
        .map(|t| settings::time_bound("--since", &t, now, Bound::Since))
        .transpose()?;
    let until = until
        .map(|t| settings::time_bound("--until", &t, now, Bound::Until))
        .transpose()?;
    if let (Some(s), Some(u)) = (&since, &until)
        && s >= u
    {
        return Err(Error::usage(format!(
            "--since ({s}) is not before --until (the range ends before {u})"
        ))
        .with_hint("swap the two times, or widen the range")
        .into());
    }
    let action = action.map(|a| a.trim().to_string());
    if action.as_deref() == Some("") {
        return Err(Error::usage("an empty --action names no action")
            .with_hint("give an action such as user.delete, or a group such as user")
            .into());
    }
    let rows = ctx.read(|conn, _| {
        let actors = match &actor {
            None => Vec::new(),
            Some(text) => match access::user(conn, text) {
                Ok(account) => {
                    let mut spellings = vec![account.email.clone(), account.id.0.to_string()];
                    spellings.extend(account.chatwork_id.clone());
                    spellings
                }
                Err(err) if crate::error::classify(&err).kind == ErrorKind::NotFound => {
                    vec![text.trim().to_string()]
                }
                Err(err) => return Err(err),
            },
        };
        let filter = AuditFilter {
            since,
            until,
            actors,
            action,
        };
        audit_log::list(conn, &filter)
    })?;
    render::list(&rows, ctx.settings.format, paging.limit)?;
    Ok(ExitStatus::Success)
}

/// `profile list`: the `[profile.NAME]` sections of the config file, with
/// the one this run uses marked; it opens no database.
pub fn profiles(ctx: &mut Ctx, ProfileCmd::List: ProfileCmd) -> Result<ExitStatus> {
    render::list(&ctx.settings.profiles, ctx.settings.format, None)?;
    Ok(ExitStatus::Success)
}
