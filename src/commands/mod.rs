//! Runs a parsed command: opens the database, calls the domain, renders the
//! result. Each state-changing command goes through `execute`, which is the
//! one place that previews, confirms, applies in one transaction and audits.

mod inspect;
mod org;
mod registration;
mod staff;
mod transfer;
mod user;

use std::io::IsTerminal;

use crate::db::Tx;

use crate::cli::{Command, FixtureCmd};
use crate::db::{self, Db};
use crate::domain;
use crate::error::{Error, ErrorKind, ExitStatus, Result};
use crate::plan::Plan;
use crate::render;
use crate::settings::Settings;

/// What every command gets: the settings and, opened on first use, the
/// database.
pub struct Ctx {
    pub settings: Settings,
    db: Option<Db>,
}

/// With `ORGCTL_STATEMENT_COUNT` set, the number of SQL statements the
/// command ran is reported on standard error when it ends: the round-trip
/// budget of issue 13.6, asserted by the integration tests on both backends.
impl Drop for Ctx {
    fn drop(&mut self) {
        if let Some(db) = &self.db
            && std::env::var_os("ORGCTL_STATEMENT_COUNT").is_some()
        {
            render::note(&format!("orgctl: {} SQL statements", db.statement_count()));
        }
    }
}

impl Ctx {
    pub fn new(settings: Settings) -> Ctx {
        Ctx { settings, db: None }
    }

    pub fn db(&mut self) -> Result<&mut Db> {
        if self.db.is_none() {
            self.db = Some(Db::open(
                &self.settings.db_path,
                self.settings.busy_timeout,
            )?);
        }
        // Just set above when it was missing.
        self.db
            .as_mut()
            .ok_or_else(|| Error::unexpected("the database is not open").into())
    }

    pub fn now(&self) -> String {
        self.settings.now_text()
    }

    /// Reads in one consistent snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx, &str) -> Result<T>) -> Result<T> {
        let now = self.now();
        self.db()?.read(|tx| f(tx, &now))
    }
}

/// Runs one command; the returned status is that of a command that did not
/// fail (a dry run that found blockers is `Blocked`, exit 3, after printing
/// them).
pub fn run(command: Command, settings: Settings) -> Result<ExitStatus> {
    let mut ctx = Ctx::new(settings);
    match command {
        Command::Init => {
            // The name shown is the file or the server URL without its
            // password.
            let name = ctx.db()?.name().to_owned();
            if !ctx.settings.quiet {
                render::note(&format!(
                    "database ready: {name} (schema version {})",
                    db::SCHEMA_VERSION
                ));
            }
            Ok(ExitStatus::Success)
        }
        Command::Check => check(&mut ctx),
        Command::Fixture(FixtureCmd::Load { file }) => fixture_load(&mut ctx, &file),
        Command::Fixture(FixtureCmd::Generate {
            orgs,
            users,
            groups,
            contacts,
            messages,
            files,
            tasks,
            seed,
        }) => {
            let sizes = domain::generate::Sizes {
                orgs,
                users,
                groups: groups.unwrap_or(users / 10),
                contacts: contacts.unwrap_or(users.saturating_mul(2)),
                messages: messages.unwrap_or(u64::from(users) * 10),
                files: files.unwrap_or(users / 2),
                tasks: tasks.unwrap_or(users / 4),
                seed,
            };
            fixture_generate(&mut ctx, &sizes)
        }
        Command::Org(cmd) => org::run(&mut ctx, cmd),
        Command::User(cmd) => user::run(&mut ctx, cmd),
        Command::Transfer(cmd) => transfer::run(&mut ctx, cmd),
        Command::Registration(cmd) => registration::run(&mut ctx, cmd),
        Command::Staff(cmd) => staff::run(&mut ctx, cmd),
        Command::Contact(cmd) => inspect::contact(&mut ctx, cmd),
        Command::Chat(cmd) => inspect::chat(&mut ctx, cmd),
        Command::Message(cmd) => inspect::message(&mut ctx, cmd),
        Command::File(cmd) => inspect::file(&mut ctx, cmd),
        Command::Task(cmd) => inspect::task(&mut ctx, cmd),
        Command::Outbox(cmd) => inspect::outbox(&mut ctx, cmd),
        Command::Audit(cmd) => inspect::audit(&mut ctx, cmd),
        Command::Profile(cmd) => inspect::profiles(&mut ctx, cmd),
        Command::Completions { shell } => {
            render::text(&crate::completions::script(shell))?;
            Ok(ExitStatus::Success)
        }
    }
}

/// Records an attempt in the audit log, in its own transaction: for the
/// commands an error stopped, whose own transaction was rolled back.
fn audit(ctx: &mut Ctx, action: &str, target: Option<&str>, result: &str) -> Result<()> {
    let now = ctx.now();
    let actor = ctx.settings.actor.clone();
    ctx.db()?
        .write(|tx| db::audit::record(tx, &now, actor.as_deref(), action, target, result))
}

/// The one "audit the refusal" step of every state-changing command (plans,
/// bulk loads, the staff import): a command refused by a rule, or naming
/// something that does not exist, leaves a line in the log. If even that
/// line cannot be written, the original error is what matters, so this
/// never fails.
pub(crate) fn audit_refusal(
    ctx: &mut Ctx,
    action: &str,
    target: Option<&str>,
    err: &anyhow::Error,
) {
    let e = crate::error::classify(err);
    if matches!(e.kind, ErrorKind::Refused | ErrorKind::NotFound) {
        let _ = audit(ctx, action, target, &e.audit_result());
    }
}

/// What a command writes in the audit log, inside the transaction of the
/// change it records (I6: the change and its audit row stand or fall
/// together).
struct AuditEntry<'a> {
    actor: Option<String>,
    action: &'a str,
    target: Option<&'a str>,
}

impl AuditEntry<'_> {
    fn record(&self, tx: &Tx, now: &str, result: &str) -> Result<()> {
        db::audit::record(
            tx,
            now,
            self.actor.as_deref(),
            self.action,
            self.target,
            result,
        )
    }
}

/// Asks on the terminal whether to go ahead; refuses (exit 5) when there is
/// no terminal to ask on and `--yes` was not given, so cron never hangs.
fn confirm(ctx: &Ctx, plan: &Plan) -> Result<()> {
    if ctx.settings.yes {
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::new(
            ErrorKind::NeedsConfirmation,
            format!(
                "{} needs a confirmation for its {} changes, and there is no terminal to confirm on; nothing was changed",
                plan.action,
                plan.effects.len()
            ),
        )
        .with_hint("preview with --dry-run, then run again with --yes")
        .into());
    }
    let mut preview = plan.clone();
    preview.dry_run = true;
    render::plan(&preview, crate::settings::Format::Table, false)?;
    if render::prompt::confirm_changes(plan.effects.len())? {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::NeedsConfirmation,
            "not confirmed; nothing was changed",
        )
        .into())
    }
}

/// The one way state changes. `compute` builds the plan from a state (and
/// checks who may act); it runs once to preview and again inside the
/// `BEGIN IMMEDIATE` transaction that applies it, so the plan applied is
/// the plan computed from the state it is applied to (T7, I6). When a
/// person confirmed a preview, the applied plan must equal it (I7). The
/// audit row is written in the same transaction as the change.
pub fn execute(
    ctx: &mut Ctx,
    action: &str,
    target: Option<&str>,
    dry_run: bool,
    compute: impl Fn(&Tx, &str) -> Result<Plan>,
) -> Result<ExitStatus> {
    let format = ctx.settings.format;
    let quiet = ctx.settings.quiet;
    let entry = AuditEntry {
        actor: ctx.settings.actor.clone(),
        action,
        target,
    };
    match execute_inner(ctx, dry_run, &entry, &compute) {
        Ok((plan, code)) => {
            render::plan(&plan, format, quiet)?;
            Ok(code)
        }
        Err(err) => {
            if !dry_run {
                audit_refusal(ctx, action, target, &err);
            }
            Err(err)
        }
    }
}

fn execute_inner(
    ctx: &mut Ctx,
    dry_run: bool,
    entry: &AuditEntry<'_>,
    compute: &impl Fn(&Tx, &str) -> Result<Plan>,
) -> Result<(Plan, ExitStatus)> {
    let now = ctx.now();
    if dry_run {
        let mut plan = ctx.db()?.read(|tx| compute(tx, &now))?;
        plan.dry_run = true;
        let code = if plan.blockers.is_empty() {
            ExitStatus::Success
        } else {
            ExitStatus::Blocked
        };
        // The plan on standard output lists every blocker; under --format
        // json the error object of CLI.md also goes to standard error, for
        // scripts that read only that.
        if code == ExitStatus::Blocked && ctx.settings.format == crate::settings::Format::Json {
            render::error(&Error::blocked(plan.blockers.clone()), ctx.settings.format);
        }
        return Ok((plan, code));
    }
    // With --yes nobody is shown a preview, so the plan is computed once,
    // inside the transaction that applies it. Otherwise a person may be
    // asked, and what they are asked about must be what is applied.
    let preview = if ctx.settings.yes {
        None
    } else {
        let preview = ctx.db()?.read(|tx| compute(tx, &now))?;
        if !preview.blockers.is_empty() {
            return Err(Error::blocked(preview.blockers).into());
        }
        if preview.needs_confirmation() {
            confirm(ctx, &preview)?;
            Some(preview)
        } else {
            None
        }
    };
    let applied = ctx.db()?.write(|tx| {
        let plan = compute(tx, &now)?;
        if !plan.blockers.is_empty() {
            return Err(Error::blocked(plan.blockers).into());
        }
        if preview.as_ref().is_some_and(|p| p.effects != plan.effects) {
            return Err(Error::refused(
                "the state changed while you were confirming, so the plan you saw is no longer what would happen; nothing was changed",
            )
            .with_hint("run the command again to see the new plan")
            .into());
        }
        crate::plan::apply::apply_plan(tx, &plan, &now)?;
        let result = if plan.effects.is_empty() {
            "ok: no change"
        } else {
            "ok"
        };
        entry.record(tx, &now, result)?;
        Ok(plan)
    })?;
    let mut applied = applied;
    applied.applied = true;
    Ok((applied, ExitStatus::Success))
}

/// The bulk variant of `execute`, for loads that are not a list of effects
/// (`fixture load`, `fixture generate`): `load` runs in one `BEGIN
/// IMMEDIATE` transaction together with its audit row, and a refusal is
/// audited as by `execute`.
fn execute_bulk<T>(
    ctx: &mut Ctx,
    action: &str,
    target: &str,
    mut load: impl FnMut(&Tx, &str) -> Result<T>,
) -> Result<T> {
    let now = ctx.now();
    let entry = AuditEntry {
        actor: ctx.settings.actor.clone(),
        action,
        target: Some(target),
    };
    let loaded = ctx.db()?.write(|tx| {
        let loaded = load(tx, &now)?;
        entry.record(tx, &now, "ok")?;
        Ok(loaded)
    });
    if let Err(err) = &loaded {
        audit_refusal(ctx, action, Some(target), err);
    }
    loaded
}

fn fixture_load(ctx: &mut Ctx, file: &std::path::Path) -> Result<ExitStatus> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        let kind = if e.kind() == std::io::ErrorKind::NotFound {
            ErrorKind::NotFound
        } else {
            ErrorKind::Refused
        };
        Error::new(kind, format!("cannot read {}: {e}", file.display()))
    })?;
    let scenario = domain::fixture::parse(&text, &file.display().to_string())?;
    let target = file.display().to_string();
    let loaded = execute_bulk(ctx, "fixture.load", &target, |tx, now| {
        domain::fixture::load(tx, &scenario, now)
    })?;
    render::report(&loaded, ctx.settings.format)?;
    Ok(ExitStatus::Success)
}

/// `orgctl check`: exit 0 when the file is sound and every invariant of
/// SPEC §9 holds; the violations are listed otherwise (exit 3).
fn check(ctx: &mut Ctx) -> Result<ExitStatus> {
    #[derive(serde::Serialize)]
    struct Report {
        integrity: String,
        schema_version: usize,
        violations: Vec<crate::plan::Blocker>,
    }
    let report = ctx.read(|conn, now| {
        Ok(Report {
            integrity: db::integrity_check(conn)?,
            schema_version: db::SCHEMA_VERSION,
            violations: domain::invariants::check(conn, now)?,
        })
    })?;
    if report.integrity != "ok" {
        return Err(Error::unexpected(format!(
            "the database file is damaged: {}",
            report.integrity
        ))
        .into());
    }
    if !report.violations.is_empty() {
        return Err(Error::blocked(report.violations)
            .with_hint("the state breaks the invariants of SPEC §9")
            .into());
    }
    render::report(&report, ctx.settings.format)?;
    Ok(ExitStatus::Success)
}

fn fixture_generate(ctx: &mut Ctx, sizes: &domain::generate::Sizes) -> Result<ExitStatus> {
    let started = std::time::Instant::now();
    let target = format!("seed {}", sizes.seed);
    let generated = execute_bulk(ctx, "fixture.generate", &target, |tx, now| {
        domain::generate::generate(tx, sizes, now)
    })?;
    if !ctx.settings.quiet {
        render::note(&format!(
            "generated in {:.1} s",
            started.elapsed().as_secs_f64()
        ));
    }
    render::report(&generated, ctx.settings.format)?;
    Ok(ExitStatus::Success)
}
