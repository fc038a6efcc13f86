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

use crate::cli::{Command, DryRun, FixtureCmd};
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

    /// The database, created (and migrated) on first use: for commands
    /// that write.
    pub fn db(&mut self) -> Result<&mut Db> {
        if self.db.is_none() {
            let started = std::time::Instant::now();
            let opened = Db::open(&self.settings.db_path, self.settings.busy_timeout)?;
            if self.settings.verbose {
                // The name is the file, or the server URL without its
                // password.
                render::trace(&format!(
                    "database {} opened (schema version {}) in {} ms",
                    opened.name(),
                    db::SCHEMA_VERSION,
                    started.elapsed().as_millis()
                ));
            }
            self.db = Some(opened);
        }
        // Just set above when it was missing.
        self.db
            .as_mut()
            .ok_or_else(|| Error::unexpected("the database is not open").into())
    }

    pub fn now(&self) -> String {
        self.settings.now_text()
    }

    /// The database for a command that only reads (an inspection, a dry
    /// run): one that does not exist is not created, and the command fails
    /// with exit 4 instead of reading an empty database it just made.
    pub fn existing_db(&mut self) -> Result<&mut Db> {
        if self.db.is_none()
            && !db::is_server_url(&self.settings.db_path)
            && !self.settings.db_path.exists()
        {
            return Err(Error::not_found(format!(
                "no database at {}; `orgctl init` creates one",
                self.settings.db_path.display()
            ))
            .with_hint("pass --db PATH (or set ORGCTL_DB) to use another database")
            .into());
        }
        self.db()
    }

    /// Reads in one consistent snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx, &str) -> Result<T>) -> Result<T> {
        let now = self.now();
        self.existing_db()?.read(|tx| f(tx, &now))
    }
}

/// Runs one command; the returned status is that of a command that did not
/// fail (a dry run that found blockers exits 3 or 4 after printing them).
pub fn run(command: Command, settings: Settings) -> Result<ExitStatus> {
    if settings.verbose {
        render::trace(&format!(
            "config {}, actor {}, format {:?}",
            settings
                .config_path
                .as_deref()
                .map_or_else(|| "none".to_string(), |p| p.display().to_string()),
            settings.actor.as_deref().unwrap_or("none"),
            settings.format
        ));
    }
    render::set_quiet(settings.quiet);
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
        Command::Manpages { dir } => {
            let written = crate::manpages::write_all(&dir)?;
            if !ctx.settings.quiet {
                render::note(&format!(
                    "{} written to {}",
                    render::plural(written, "man page", "man pages"),
                    dir.display()
                ));
            }
            Ok(ExitStatus::Success)
        }
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
    let count = plan.effects.len();
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::new(
            ErrorKind::NeedsConfirmation,
            format!(
                "{} needs a confirmation for its {}, and there is no terminal to confirm on; nothing was changed",
                plan.action,
                render::plural(count, "change", "changes")
            ),
        )
        .with_hint("preview with --dry-run, then run again with --yes")
        .into());
    }
    // The preview goes to standard error, beside the question: standard
    // output carries only the result (the applied plan).
    render::plan_for_confirmation(plan)?;
    if render::prompt::confirm_changes(count)? {
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
    preview: impl Into<DryRun>,
    compute: impl Fn(&Tx, &str) -> Result<Plan>,
) -> Result<ExitStatus> {
    let preview = preview.into();
    let dry_run = preview.dry_run;
    let format = ctx.settings.format;
    let quiet = ctx.settings.quiet;
    let started = std::time::Instant::now();
    let entry = AuditEntry {
        actor: ctx.settings.actor.clone(),
        action,
        target,
    };
    let outcome = execute_inner(ctx, preview, &entry, &compute);
    if ctx.settings.verbose {
        render::trace(&format!(
            "{action}: planned{} in {} ms",
            if dry_run { "" } else { " and applied" },
            started.elapsed().as_millis()
        ));
    }
    match outcome {
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
    preview: DryRun,
    entry: &AuditEntry<'_>,
    compute: &impl Fn(&Tx, &str) -> Result<Plan>,
) -> Result<(Plan, ExitStatus)> {
    let now = ctx.now();
    if preview.dry_run {
        // A dry run only reads: it never creates a database.
        let mut plan = ctx.existing_db()?.read(|tx| compute(tx, &now))?;
        plan.dry_run = true;
        // Exit-code precedence (issue 12): a dry run exits as the real run
        // would refuse: 4 when every blocker is a name that matches nothing,
        // 3 when any other rule blocks; with no blocker, 0 (or, under
        // --exit-code, whether it would change anything).
        let code = if plan.blockers.is_empty() {
            preview.exit_status(!plan.effects.is_empty())
        } else {
            ExitStatus::Failed(Error::blocked(plan.blockers.clone()).kind)
        };
        // The plan on standard output lists every blocker; under --format
        // json the error object of CLI.md also goes to standard error, for
        // scripts that read only that.
        if !plan.blockers.is_empty() && ctx.settings.format == crate::settings::Format::Json {
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

/// `orgctl check`: the file's integrity and every invariant of SPEC §9
/// (I1–I5). The violations are the command's output (a table, or JSON
/// `violations`), each with its rule and what to do; any violation exits 3.
fn check(ctx: &mut Ctx) -> Result<ExitStatus> {
    let progress = render::spinner("checking the database", ctx.settings.quiet);
    let report = ctx.read(|conn, now| {
        progress.step("integrity check");
        let integrity = db::integrity_check(conn)?;
        progress.step("invariants I1-I5");
        Ok(crate::views::CheckView {
            integrity,
            schema_version: db::SCHEMA_VERSION,
            violations: domain::invariants::check(conn, now)?,
        })
    });
    progress.finish();
    let report = report?;
    if report.integrity != "ok" {
        return Err(Error::unexpected(format!(
            "the database file is damaged: {}",
            report.integrity
        ))
        .with_hint("restore the database from a backup")
        .into());
    }
    render::check(&report, ctx.settings.format, ctx.settings.quiet)?;
    if report.violations.is_empty() {
        return Ok(ExitStatus::Success);
    }
    // As with a blocked dry run, scripts that read only standard error get
    // the error object of docs/cli.md too.
    if ctx.settings.format == crate::settings::Format::Json {
        render::error(
            &Error::blocked(report.violations.clone()),
            ctx.settings.format,
        );
    }
    Ok(ExitStatus::Failed(ErrorKind::Refused))
}

fn fixture_generate(ctx: &mut Ctx, sizes: &domain::generate::Sizes) -> Result<ExitStatus> {
    let started = std::time::Instant::now();
    let target = format!("seed {}", sizes.seed);
    let progress = render::progress_items(sizes.items(), ctx.settings.quiet);
    let generated = execute_bulk(ctx, "fixture.generate", &target, |tx, now| {
        domain::generate::generate_with_progress(tx, sizes, now, &mut |phase, done| {
            progress.set_items(phase, done)
        })
    });
    progress.finish();
    let generated = generated?;
    if !ctx.settings.quiet {
        render::note(&format!(
            "generated in {:.1} s",
            started.elapsed().as_secs_f64()
        ));
    }
    render::report(&generated, ctx.settings.format)?;
    Ok(ExitStatus::Success)
}
