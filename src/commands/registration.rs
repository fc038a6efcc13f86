//! `orgctl registration ...`: list, resend, cancel, and the invitee's
//! `accept`. The rules are in `domain::registration`.

use std::io::{IsTerminal, Read};

use super::{Ctx, execute};
use crate::cli::RegistrationCmd;
use crate::domain::registration::{self, MailSettings, Password};
use crate::error::{Error, ExitStatus, Result};
use crate::render;

/// The `[registration]` and `[mail]` settings a registration e-mail needs.
pub fn mail_settings(ctx: &Ctx) -> MailSettings {
    MailSettings {
        ttl_days: ctx.settings.registration_ttl_days,
        link_base: ctx.settings.registration_link_base.clone(),
        sender: ctx.settings.sender(),
    }
}

pub fn run(ctx: &mut Ctx, cmd: RegistrationCmd) -> Result<ExitStatus> {
    match cmd {
        RegistrationCmd::List {
            org,
            status,
            paging,
        } => {
            let rows =
                ctx.read(|conn, now| registration::list(conn, now, org.as_deref(), status))?;
            render::list(&rows, ctx.settings.format, paging.limit)?;
            Ok(ExitStatus::Success)
        }
        RegistrationCmd::Resend { id, preview } => {
            let actor = ctx.settings.actor.clone();
            let mail = mail_settings(ctx);
            let target = format!("registration {id}");
            execute(
                ctx,
                "registration.resend",
                Some(&target),
                preview,
                |conn, now| registration::plan_resend(conn, now, actor.as_deref(), id, &mail),
            )
        }
        RegistrationCmd::Cancel { id, preview } => {
            let actor = ctx.settings.actor.clone();
            let target = format!("registration {id}");
            execute(
                ctx,
                "registration.cancel",
                Some(&target),
                preview,
                |conn, now| registration::plan_cancel(conn, now, actor.as_deref(), id),
            )
        }
        RegistrationCmd::Accept {
            token,
            token_stdin,
            password_stdin,
            preview,
        } => {
            // The token from argv, or (argv being visible in `ps`, 15.6)
            // from standard input or a prompt.
            let from_stdin = token_stdin || token.as_deref() == Some("-");
            let mut stdin_lines = if from_stdin || password_stdin {
                read_stdin_lines(from_stdin, password_stdin)?
            } else {
                Vec::new()
            }
            .into_iter();
            let token = match token.filter(|t| t != "-") {
                Some(token) => token,
                None if from_stdin => stdin_lines.next().unwrap_or_default(),
                None => ask_token()?,
            };
            let token = token.trim().to_string();
            if token.is_empty() {
                return Err(Error::usage("no token was given")
                    .with_hint("give the link from the e-mail (or its token) as TOKEN, `-` or --token-stdin to pipe it in")
                    .into());
            }
            // Look the link up first: an unknown, used, expired or locked
            // link is refused before anyone types a password.
            let reg = ctx.read(|conn, now| registration::by_token(conn, now, &token))?;
            let password = Password::new(match password_stdin {
                true => stdin_lines.next().unwrap_or_default(),
                false => read_password(reg.new_account, &reg.email)?,
            });
            // The audit log names the request, never the token; the one who
            // acts is the invitee, proven by the token and the password, not
            // whoever --as or the config file names.
            let target = format!("registration {}", reg.id);
            ctx.settings.actor = Some(reg.email.clone());
            // 15.6: a wrong password is counted and audited in a
            // transaction of its own (a refused plan writes nothing), dry
            // runs included, so that no run is a free guess.
            if !ctx.read(|conn, _| registration::password_matches(conn, &reg, &password))? {
                let now = ctx.now();
                let actor = reg.email.clone();
                let tries = ctx.db()?.write(|tx| {
                    let tries = crate::db::registrations::count_failed_attempt(tx, reg.id)?;
                    crate::db::audit::record(
                        tx,
                        &now,
                        Some(&actor),
                        "registration.accept",
                        Some(&target),
                        &format!(
                            "refused: wrong password ({tries} of {})",
                            registration::MAX_PASSWORD_ATTEMPTS
                        ),
                    )?;
                    Ok(tries)
                })?;
                let left = registration::MAX_PASSWORD_ATTEMPTS - tries;
                let mut e = Error::rule(
                    "R3",
                    format!("wrong password for {}; nothing was changed", reg.email),
                );
                e = if left > 0 {
                    e.with_hint(format!(
                        "enter the current password of this account ({left} attempt(s) left before the request is locked)"
                    ))
                } else {
                    e.with_hint(format!(
                        "the request is now locked; ask your administrator to send a new link: orgctl registration resend {}",
                        reg.id
                    ))
                };
                return Err(e.into());
            }
            execute(
                ctx,
                "registration.accept",
                Some(&target),
                preview,
                |conn, now| registration::plan_accept(conn, now, &token, &password),
            )
        }
    }
}

/// Standard input, read once: the token on the first line (when it comes
/// from there), then the password.
fn read_stdin_lines(token: bool, password: bool) -> Result<Vec<String>> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::usage(format!("cannot read standard input: {e}")))?;
    let wanted = usize::from(token) + usize::from(password);
    let lines: Vec<String> = text.lines().take(wanted).map(str::to_string).collect();
    Ok(lines)
}

/// Asks for the link or token on the terminal, without echo (it is a
/// secret); no terminal is a usage error, never a hang.
fn ask_token() -> Result<String> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::usage("no TOKEN was given and there is no terminal to ask it on")
            .with_hint("pipe the link in: `orgctl registration accept --token-stdin < link.txt`, or give it as TOKEN")
            .into());
    }
    crate::render::prompt::password("The link from the e-mail (or its token)", false)
}

/// A new password for `EMAIL` (`user password`, `org create`): from
/// standard input (one line), or asked twice on the terminal without echo.
pub fn read_new_password(from_stdin: bool, email: &str) -> Result<String> {
    if from_stdin {
        return Ok(read_stdin_lines(false, true)?
            .into_iter()
            .next()
            .unwrap_or_default());
    }
    read_password(true, email)
}

/// The invitee's password, asked on the terminal without echo (standard
/// input is `--password-stdin`). No terminal is a usage error, never a hang.
fn read_password(new_account: bool, email: &str) -> Result<String> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::usage("there is no terminal to ask the password on")
            .with_hint("pipe it in with --password-stdin")
            .into());
    }
    if new_account {
        crate::render::prompt::password(&format!("Choose a password for {email}"), true)
    } else {
        crate::render::prompt::password(&format!("Current password of {email}"), false)
    }
}
