//! `orgctl outbox ...`: listing, the Maildir export, delivery through SMTP
//! (`send`, and right after a commit with `[mail] send = "on-commit"`),
//! `retry` and `purge` (issues 15.6 and 16).
//!
//! Delivery is at-least-once: a message is marked `sent` only after the
//! server accepted it, in its own small transaction, and no database lock is
//! held while talking to the server. A run killed between the server's
//! acceptance and that mark sends that one message again next time, with the
//! same bytes and Message-ID, so receivers can drop the duplicate. Runs on
//! one database take turns through an exclusive lock on `DB.send-lock`, so
//! two cron jobs never hand the same message over twice.

use std::fs::{File, OpenOptions};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{Ctx, execute};
use crate::cli::OutboxCmd;
use crate::db::{self, outbox as store};
use crate::domain::outbox as rules;
use crate::error::{Error, ErrorKind, ExitStatus, Result};
use crate::render;
use crate::smtp::{Outcome, Session, SessionError};

pub fn run(ctx: &mut Ctx, cmd: OutboxCmd) -> Result<ExitStatus> {
    match cmd {
        OutboxCmd::List { to, status, paging } => {
            let actor = ctx.settings.actor.clone();
            let rows = ctx.read(|conn, _| {
                rules::list(
                    conn,
                    actor.as_deref(),
                    to.as_deref(),
                    status.map(|s| s.as_str()),
                )
            })?;
            render::list(&rows, ctx.settings.format, paging.limit)?;
            Ok(ExitStatus::Success)
        }
        OutboxCmd::Export { maildir } => {
            let messages = ctx.read(|conn, _| store::raw_messages(conn))?;
            let done = crate::maildir::export(&maildir, &messages)?;
            #[derive(Serialize)]
            struct Report {
                maildir: String,
                written: usize,
                already_there: usize,
            }
            render::report(
                &Report {
                    maildir: maildir.display().to_string(),
                    written: done.written,
                    already_there: done.already_there,
                },
                ctx.settings.format,
            )?;
            Ok(ExitStatus::Success)
        }
        OutboxCmd::Send { dry_run, limit } => {
            let report = deliver(ctx, None, limit, dry_run)?;
            finish(ctx, &report)
        }
        OutboxCmd::Retry { id, preview } => {
            let target = format!("outbox {id}");
            execute(ctx, "outbox.retry", Some(&target), preview, |conn, _| {
                rules::plan_retry(conn, id)
            })
        }
        OutboxCmd::Purge {
            sent: _,
            older_than,
            preview,
        } => {
            // Checked before anything is opened, so a typo is a usage error.
            rules::parse_age(&older_than)?;
            let target = format!("sent, older than {older_than}");
            execute(ctx, "outbox.purge", Some(&target), preview, |conn, now| {
                rules::plan_purge(conn, now, &older_than)
            })
        }
    }
}

/// What one message came to.
#[derive(Debug, Serialize)]
struct Delivered {
    id: i64,
    to: String,
    /// `sent`, `failed`, `unsent` (deferred by a 4xx), or `would_send`.
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reply: Option<String>,
}

/// The outcome of a send run, printed as its result.
#[derive(Debug, Serialize)]
struct SendReport {
    dry_run: bool,
    server: String,
    sent: usize,
    failed: usize,
    /// Messages of this run still unsent (deferred, or not reached because
    /// the session stopped).
    unsent: usize,
    messages: Vec<Delivered>,
    /// Why the run stopped before the end, if it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    stopped: Option<String>,
    #[serde(skip)]
    stop_temporary: bool,
}

impl SendReport {
    /// 0 all delivered; 75 something is left for later (unreachable, 4xx,
    /// a busy database); 3 the server refused the session for good (login,
    /// TLS); 6 some messages were refused for good and the rest went.
    fn exit_status(&self) -> ExitStatus {
        if self.dry_run {
            ExitStatus::Success
        } else if self.stopped.is_some() && !self.stop_temporary {
            ExitStatus::Failed(ErrorKind::Refused)
        } else if self.unsent > 0 {
            ExitStatus::Failed(ErrorKind::Busy)
        } else if self.failed > 0 {
            ExitStatus::Failed(ErrorKind::Partial)
        } else {
            ExitStatus::Success
        }
    }

    fn summary(&self) -> String {
        let mut text = format!(
            "{} sent, {} failed, {} left unsent",
            self.sent, self.failed, self.unsent
        );
        if let Some(why) = &self.stopped {
            text.push_str(&format!("; stopped: {why}"));
        }
        text
    }
}

/// Prints a send run's report and says why the exit code is not 0.
fn finish(ctx: &Ctx, report: &SendReport) -> Result<ExitStatus> {
    render::report(report, ctx.settings.format)?;
    let status = report.exit_status();
    let problem = match status {
        ExitStatus::Failed(ErrorKind::Busy) => Some(
            Error::new(
                ErrorKind::Busy,
                format!(
                    "not everything could be delivered now ({}); what was sent stays sent",
                    report.summary()
                ),
            )
            .with_hint("run `orgctl outbox send` again later (cron does)"),
        ),
        ExitStatus::Failed(ErrorKind::Refused) => Some(
            Error::refused(format!("refused by the mail server: {}", report.summary()))
                .with_hint("check [mail] smtp, [mail] user and ORGCTL_SMTP_PASSWORD, then run `orgctl outbox send` again"),
        ),
        ExitStatus::Failed(ErrorKind::Partial) => Some(
            Error::new(
                ErrorKind::Partial,
                format!(
                    "partly done: the server refused {} message(s) for good ({})",
                    report.failed,
                    report.summary()
                ),
            )
            .with_hint("`orgctl outbox list --status failed` shows the replies; fix the address, then `orgctl outbox retry ID`"),
        ),
        _ => None,
    };
    if let Some(e) = problem {
        render::error(&e, ctx.settings.format);
    }
    Ok(status)
}

/// Hands the unsent messages (those after `after`, at most `limit`) to the
/// server of `[mail] smtp`, one at a time, recording each outcome as soon
/// as it is known; writes one audit row for the run.
fn deliver(
    ctx: &mut Ctx,
    after: Option<i64>,
    limit: Option<u64>,
    dry_run: bool,
) -> Result<SendReport> {
    let server = ctx.settings.smtp.clone().ok_or_else(|| {
        Error::usage("no mail server is configured: `outbox send` needs [mail] smtp in the config file")
            .with_hint("add `smtp = \"smtp://relay.example.com:587\"` under [mail], or deliver with `orgctl outbox export --maildir DIR`")
    })?;
    let mut report = SendReport {
        dry_run,
        server: server.to_string(),
        sent: 0,
        failed: 0,
        unsent: 0,
        messages: Vec::new(),
        stopped: None,
        stop_temporary: true,
    };
    if dry_run {
        let queued = ctx.read(|conn, _| {
            store::unsent_ids(conn, after, limit)?
                .into_iter()
                .filter_map(|id| store::unsent_raw(conn, id).transpose())
                .collect::<Result<Vec<_>>>()
        })?;
        report.unsent = queued.len();
        report.messages = queued
            .into_iter()
            .map(|m| Delivered {
                id: m.id,
                to: m.to,
                status: "would_send",
                reply: None,
            })
            .collect();
        return Ok(report);
    }
    // One sender at a time per database; a second one waits for nothing
    // and says so (exit 75), cron tries again.
    let _lock = send_lock(ctx)?;
    let ids = ctx.read(|conn, _| store::unsent_ids(conn, after, limit))?;
    if ids.is_empty() {
        return Ok(report);
    }
    let extra_roots = match &ctx.settings.smtp_ca_file {
        Some(path) => Some(std::fs::read(path).map_err(|e| {
            Error::usage(format!("[mail] ca_file {}: {e}", path.display()))
                .with_hint("give a PEM file of the CA that signed the server's certificate")
        })?),
        None => None,
    };
    let login = login(ctx)?;
    let mut session = Session::new(server, extra_roots, login);
    let default_from = crate::mail::envelope_address(&ctx.settings.mail_from).to_string();
    let mut reached = 0;
    for &id in &ids {
        // Read again now: another sender (before we took the lock) or a
        // purge may have dealt with it.
        let Some(m) = ctx.read(|conn, _| store::unsent_raw(conn, id))? else {
            reached += 1;
            continue;
        };
        let from = m
            .env_from
            .clone()
            .or_else(|| crate::mail::from_header_address(&m.raw).map(str::to_string))
            .unwrap_or_else(|| default_from.clone());
        let outcome = match session.deliver(&from, &m.to, m.raw.as_bytes()) {
            Ok(outcome) => outcome,
            Err(SessionError { temporary, message }) => {
                report.stopped = Some(message);
                report.stop_temporary = temporary;
                break;
            }
        };
        reached += 1;
        let (status, reply) = match &outcome {
            Outcome::Accepted(r) => ("sent", r),
            Outcome::Rejected(r) => ("failed", r),
            Outcome::Deferred(r) => ("unsent", r),
        };
        let now = ctx.now();
        let recorded = ctx
            .db()?
            .write(|tx| store::record_attempt(tx, id, status, reply, &now));
        if let Err(err) = recorded {
            // The server has it but the mark did not make it: the next run
            // sends it again (at-least-once); stop before sending more.
            let e = crate::error::classify(&err);
            report.stopped = Some(format!(
                "message {id} was handed over but could not be marked sent ({}); it will be sent again",
                e.message
            ));
            report.stop_temporary = true;
            report.unsent += 1;
            report.messages.push(Delivered {
                id,
                to: m.to,
                status: "unsent",
                reply: Some(reply.clone()),
            });
            break;
        }
        match status {
            "sent" => report.sent += 1,
            "failed" => report.failed += 1,
            _ => report.unsent += 1,
        }
        report.messages.push(Delivered {
            id,
            to: m.to,
            status,
            reply: Some(reply.clone()),
        });
    }
    session.close();
    report.unsent += ids.len() - reached;
    // One audit row per run that handed anything over or tried to: sending
    // changes the outbox rows' state (issue 16).
    let target = match (ids.first(), ids.last()) {
        (Some(first), Some(last)) if first != last => format!("outbox {first}..{last}"),
        (Some(first), _) => format!("outbox {first}"),
        _ => "outbox".to_string(),
    };
    let result = match report.exit_status() {
        ExitStatus::Success | ExitStatus::WouldChange => format!("ok: {}", report.summary()),
        ExitStatus::Failed(ErrorKind::Partial) => format!("partly done: {}", report.summary()),
        ExitStatus::Failed(ErrorKind::Busy) => format!("temporary: {}", report.summary()),
        ExitStatus::Failed(_) => format!("refused: {}", report.summary()),
    };
    let now = ctx.now();
    let actor = ctx.settings.actor.clone();
    // The outcomes are recorded already; a busy audit write must not turn
    // them into an error.
    let _ = ctx.db()?.write(|tx| {
        db::audit::record(
            tx,
            &now,
            actor.as_deref(),
            "outbox.send",
            Some(&target),
            &result,
        )
    });
    Ok(report)
}

/// `[mail] send = "on-commit"`: after a command committed, hands the
/// messages it queued (those after `after`) to the server. The change is
/// applied whatever happens here; a failure leaves them unsent and says so
/// on standard error (issue 16.4), and the command's exit code stays.
pub fn send_after_commit(ctx: &mut Ctx, after: i64) {
    let outcome = deliver(ctx, Some(after), None, false);
    let (sent, problem) = match outcome {
        Ok(report) if report.exit_status() == ExitStatus::Success => (report.sent, None),
        Ok(report) => (report.sent, Some(report.summary())),
        Err(err) => (0, Some(crate::error::classify(&err).message)),
    };
    if let Some(problem) = problem {
        render::note(&format!(
            "the change was applied, but its e-mails were not all delivered: {problem}; they stay in the outbox for `orgctl outbox send`"
        ));
    } else if sent > 0 && !ctx.settings.quiet {
        render::note(&format!("{sent} e-mail(s) delivered"));
    }
}

/// The outbox's highest ID, read before a command when `on-commit` is set.
pub fn watermark(ctx: &mut Ctx) -> Result<i64> {
    ctx.read(|conn, _| store::last_id(conn))
}

/// `[mail] user` with its password: `ORGCTL_SMTP_PASSWORD`, else asked on
/// the terminal; never the config file (issue 16).
fn login(ctx: &Ctx) -> Result<Option<(String, String)>> {
    let Some(user) = ctx.settings.smtp_user.clone() else {
        return Ok(None);
    };
    if let Some(password) = &ctx.settings.smtp_password {
        return Ok(Some((user, password.0.clone())));
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::usage(format!(
            "[mail] user = {user:?} needs a password, and there is no terminal to ask it on"
        ))
        .with_hint("set ORGCTL_SMTP_PASSWORD in the environment of the command (e.g. from a file only cron's user can read)")
        .into());
    }
    let password = render::prompt::password(&format!("SMTP password of {user}"), false)?;
    Ok(Some((user, password)))
}

/// The lock file beside the database: `DB.send-lock`.
fn lock_path(db_path: &Path) -> PathBuf {
    let mut name = db_path.as_os_str().to_owned();
    name.push(".send-lock");
    PathBuf::from(name)
}

/// The sender lock, held while it lives.
enum SendLock {
    /// SQLite: an exclusive lock on `DB.send-lock`.
    File(#[allow(dead_code)] File),
    /// PostgreSQL: an advisory lock of the database session.
    Session,
}

/// Takes the exclusive sender lock, released when the process ends (even by
/// kill -9), or refuses with exit 75 while another sender holds it.
fn send_lock(ctx: &mut Ctx) -> Result<SendLock> {
    let busy = || -> anyhow::Error {
        Error::new(
            ErrorKind::Busy,
            "another `orgctl outbox send` is delivering this outbox right now; nothing was sent",
        )
        .with_hint("run it again when that one has finished (cron does)")
        .into()
    };
    if ctx.db()?.backend() == db::Backend::Postgres {
        return if ctx.read(|tx, _| store::try_lock_sender_pg(tx))? {
            Ok(SendLock::Session)
        } else {
            Err(busy())
        };
    }
    let path = lock_path(&ctx.settings.db_path);
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(&path).map_err(|e| {
        Error::unexpected(format!(
            "cannot open the sender lock {}: {e}",
            path.display()
        ))
    })?;
    match file.try_lock() {
        Ok(()) => Ok(SendLock::File(file)),
        Err(std::fs::TryLockError::WouldBlock) => Err(busy()),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(Error::unexpected(format!("cannot lock {}: {e}", path.display())).into())
        }
    }
}
