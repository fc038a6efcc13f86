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
        RegistrationCmd::List { org, status } => {
            let rows =
                ctx.read(|conn, now| registration::list(conn, now, org.as_deref(), status))?;
            render::list(&rows, ctx.settings.format)?;
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
            password_stdin,
            preview,
        } => {
            // Look the link up first: an unknown, used or expired link is
            // refused before anyone types a password.
            let reg = ctx.read(|conn, now| registration::by_token(conn, now, &token))?;
            let password =
                Password::new(read_password(password_stdin, reg.new_account, &reg.email)?);
            // The audit log names the request, never the token; the one who
            // acts is the invitee, proven by the token and the password, not
            // whoever --as or the config file names.
            let target = format!("registration {}", reg.id);
            ctx.settings.actor = Some(reg.email.clone());
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

/// A new password for `EMAIL` (`user password`, `org create`): from
/// standard input (one line), or asked twice on the terminal without echo.
pub fn read_new_password(from_stdin: bool, email: &str) -> Result<String> {
    read_password(from_stdin, true, email)
}

/// The invitee's password: from standard input (one line; for scripts), or
/// asked on the terminal without echo. No terminal and no `--password-stdin`
/// is a usage error, never a hang.
fn read_password(from_stdin: bool, new_account: bool, email: &str) -> Result<String> {
    if from_stdin {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| {
            Error::usage(format!("cannot read the password from standard input: {e}"))
        })?;
        let line = text.lines().next().unwrap_or_default().to_string();
        return Ok(line);
    }
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
