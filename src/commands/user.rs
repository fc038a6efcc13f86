//! `orgctl user ...`

use std::io::Read;
use std::path::Path;

use super::{Ctx, execute};

use crate::cli::{OnOff, UserCmd};
use crate::db::accounts;
use crate::domain::access;
use crate::domain::user::{self, UserChanges};
use crate::domain::{delete, registration};
use crate::error::{Error, ErrorKind, ExitStatus, Result};
use crate::render;

pub fn run(ctx: &mut Ctx, cmd: UserCmd) -> Result<ExitStatus> {
    match cmd {
        UserCmd::Add {
            email,
            org,
            name,
            role,
            exempt_outside,
            exempt_file,
            preview,
        } => {
            let actor = ctx.settings.actor.clone();
            let mail = super::registration::mail_settings(ctx);
            let request = registration::AddRequest {
                email: &email,
                org: &org,
                name: name.as_deref(),
                role: role.into(),
            };
            let exempt = registration::Exemptions {
                outside: exempt_outside.is_some_and(OnOff::is_on),
                file: exempt_file.is_some_and(OnOff::is_on),
            };
            execute(ctx, "user.add", Some(&email), preview, |conn, now| {
                registration::plan_add_with(conn, now, actor.as_deref(), &request, exempt, &mail)
            })
        }
        UserCmd::List {
            org,
            status,
            paging,
        } => {
            // Streamed: each account is printed as it is read (issue 18).
            let format = ctx.settings.format;
            ctx.read(|conn, _| {
                let org = org.as_deref().map(|s| access::org(conn, s)).transpose()?;
                let mut out = render::ListOut::new(format, paging.limit);
                if out.wants_more() {
                    accounts::each_with_teams(conn, org.map(|o| o.id), status, |a, teams| {
                        out.push(&user::view_with_teams(a, teams))?;
                        Ok(out.wants_more())
                    })?;
                }
                out.finish()
            })?;
            Ok(ExitStatus::Success)
        }
        UserCmd::Show { user: who } => {
            let view = ctx.read(|conn, _| user::view(conn, &access::user(conn, &who)?))?;
            render::one(&view, ctx.settings.format)?;
            Ok(ExitStatus::Success)
        }
        UserCmd::Set {
            user: who,
            name,
            email,
            chatwork_id,
            clear_chatwork_id,
            role,
            preview,
        } => {
            let changes = UserChanges {
                name: name.as_deref(),
                email: email.as_deref(),
                chatwork_id: if clear_chatwork_id {
                    Some(None)
                } else {
                    chatwork_id.as_deref().map(Some)
                },
                role: role.map(Into::into),
            };
            if changes.name.is_none()
                && changes.email.is_none()
                && changes.chatwork_id.is_none()
                && changes.role.is_none()
            {
                return Err(Error::usage("nothing to change")
                    .with_hint("give --name, --email, --chatwork-id, --clear-chatwork-id or --role")
                    .into());
            }
            let actor = ctx.settings.actor.clone();
            execute(ctx, "user.set", Some(&who), preview, |conn, _| {
                let account = access::live_user(conn, &who)?;
                user::plan_set(conn, actor.as_deref(), &account, &changes)
            })
        }
        UserCmd::Security {
            user: who,
            exempt_outside,
            exempt_file,
            preview,
        } => {
            if exempt_outside.is_none() && exempt_file.is_none() {
                return Err(Error::usage("nothing to change")
                    .with_hint("give --exempt-outside on|off or --exempt-file on|off")
                    .into());
            }
            let actor = ctx.settings.actor.clone();
            execute(ctx, "user.security", Some(&who), preview, |conn, now| {
                let account = access::live_user(conn, &who)?;
                user::plan_security(
                    conn,
                    now,
                    actor.as_deref(),
                    &account,
                    exempt_outside.map(OnOff::is_on),
                    exempt_file.map(OnOff::is_on),
                )
            })
        }
        UserCmd::Password {
            user: who,
            password_stdin,
            preview,
        } => {
            let actor = ctx.settings.actor.clone();
            // Find the account before asking for a password, so that a
            // wrong name is reported before anyone types a secret.
            let email = ctx.read(|conn, _| Ok(access::live_user(conn, &who)?.email))?;
            let clear = super::registration::read_new_password(password_stdin, &email)?;
            let password = registration::Password::new(clear);
            execute(ctx, "user.password", Some(&who), preview, |conn, _| {
                let account = access::live_user(conn, &who)?;
                user::plan_password(conn, actor.as_deref(), &account, &password)
            })
        }
        UserCmd::Delete {
            mut users,
            from,
            preview,
        } => {
            if let Some(path) = &from {
                users.extend(users_from(path)?);
            }
            if users.is_empty() {
                return Err(Error::usage(format!(
                    "{} names no user to delete",
                    from.as_deref()
                        .map_or_else(|| "the command".to_string(), |p| p.display().to_string())
                ))
                .with_hint("give e-mails or account IDs, one a line, or the CSV `orgctl --format csv user list` writes")
                .into());
            }
            let actor = ctx.settings.actor.clone();
            let target = users.join(" ");
            execute(ctx, "user.delete", Some(&target), preview, |conn, _| {
                delete::plan_delete(conn, actor.as_deref(), &users)
            })
        }
    }
}

/// The users a `--from` file names (`-`: standard input): the CSV that
/// `user list --format csv` writes (its `account_id` column, else its
/// `email` column), or one e-mail, account ID or Chatwork ID a line; blank
/// lines and lines starting with `#` are skipped.
fn users_from(path: &Path) -> Result<Vec<String>> {
    let text = if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::usage(format!("cannot read the users from standard input: {e}")))?;
        text
    } else {
        std::fs::read_to_string(path).map_err(|e| {
            let kind = if e.kind() == std::io::ErrorKind::NotFound {
                ErrorKind::NotFound
            } else {
                ErrorKind::Refused
            };
            Error::new(kind, format!("cannot read {}: {e}", path.display()))
        })?
    };
    let text = text.trim_start_matches('\u{feff}');
    let header: Vec<String> = text
        .lines()
        .next()
        .unwrap_or_default()
        .split(',')
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    let column = ["account_id", "accountid", "email"]
        .iter()
        .find_map(|name| header.iter().position(|h| h == name));
    let Some(column) = column else {
        return Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect());
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut users = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record =
            record.map_err(|e| Error::usage(format!("{} line {}: {e}", path.display(), i + 2)))?;
        // A spreadsheet-safe CSV may prefix a cell with `'`.
        let cell = record.get(column).unwrap_or_default().trim();
        let cell = cell.strip_prefix('\'').unwrap_or(cell);
        if !cell.is_empty() {
            users.push(cell.to_string());
        }
    }
    Ok(users)
}
