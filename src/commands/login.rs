//! `orgctl login ...`: PostgreSQL logins for org admins (issue 14.1). The
//! rules are in `domain::login`; creating and dropping are plans like every
//! other change (preview, apply and audit in one transaction).

use std::io::{IsTerminal, Read};

use super::{Ctx, execute};
use crate::cli::LoginCmd;
use crate::db;
use crate::domain::login::{self, Who};
use crate::error::{Error, ExitStatus, Result};
use crate::render;

pub fn run(ctx: &mut Ctx, cmd: LoginCmd) -> Result<ExitStatus> {
    // On an SQLite file `establish` did not run: there are no logins.
    let who = ctx.who.clone().unwrap_or(Who::File);
    match cmd {
        LoginCmd::Create {
            email,
            password_stdin,
            dry_run,
        } => {
            // Checked before a password is asked for, so nobody types one
            // for a command that cannot run.
            ctx.read(|tx, _| login::plan_create(tx, &who, &email, "").map(|_| ()))?;
            let password = read_password(password_stdin, &email)?;
            let len = password.chars().count();
            if !(crate::secrets::PASSWORD_MIN..=crate::secrets::PASSWORD_MAX).contains(&len) {
                return Err(Error::refused(format!(
                    "a login's password needs {} to {} characters (this one has {len}); nothing was changed",
                    crate::secrets::PASSWORD_MIN,
                    crate::secrets::PASSWORD_MAX
                ))
                .into());
            }
            // The server stores a SCRAM-SHA-256 verifier; the password itself
            // never reaches it, its logs or the plan. Made once, so the plan
            // previewed and the plan applied are the same.
            let verifier = postgres_protocol::password::scram_sha_256(password.as_bytes());
            execute(ctx, "login.create", Some(&email), dry_run, |tx, _| {
                login::plan_create(tx, &who, &email, &verifier)
            })
        }
        LoginCmd::List => {
            if matches!(who, Who::File) {
                return Err(Error::usage(
                    "login list: logins exist only on a PostgreSQL server; an SQLite file's boundary is its file permissions",
                )
                .with_hint("point --db at a postgres:// URL")
                .into());
            }
            let rows = ctx.read(|tx, _| db::logins::list(tx))?;
            render::list(&rows, ctx.settings.format, None)?;
            Ok(ExitStatus::Success)
        }
        LoginCmd::Drop { email, dry_run } => {
            execute(ctx, "login.drop", Some(&email), dry_run, |tx, _| {
                login::plan_drop(tx, &who, &email)
            })
        }
    }
}

/// The new login's password: one line of standard input, or typed twice on
/// the terminal without echo. Never an argument (it would show in `ps`).
fn read_password(from_stdin: bool, email: &str) -> Result<String> {
    if from_stdin {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| {
            Error::usage(format!("cannot read the password from standard input: {e}"))
        })?;
        return Ok(text.lines().next().unwrap_or_default().to_string());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(
            Error::usage("there is no terminal to ask the login's password on")
                .with_hint("pipe it in with --password-stdin")
                .into(),
        );
    }
    render::prompt::password(&format!("Password for {email}'s login"), true)
}
