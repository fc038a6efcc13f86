//! Runs a parsed command: opens the database, calls the domain, renders the
//! result. Each state-changing command goes through `execute`, which is the
//! one place that previews, confirms, applies in one transaction and audits.

mod inspect;
mod login;
mod org;
mod outbox;
mod registration;
pub mod staff;
mod transfer;
mod user;

use crate::model::Timestamp;
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
    /// Who the server says is connected (issue 14); `None` until
    /// `establish` ran, and on SQLite files.
    pub who: Option<domain::login::Who>,
    /// A login's clock: the server's (issue 14.4).
    server_now: Option<Timestamp>,
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
        Ctx {
            settings,
            db: None,
            who: None,
            server_now: None,
        }
    }

    /// The database, created (and migrated) on first use: for commands
    /// that write.
    pub fn db(&mut self) -> Result<&mut Db> {
        if self.db.is_none() {
            let started = std::time::Instant::now();
            // A server's password, when nothing else gave one, is asked on
            // the terminal (issue 14.6); without one, the refusal says how
            // to give it.
            let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
            let mut ask = |question: &str| -> Result<Option<String>> {
                if interactive {
                    render::prompt::password(question, false).map(Some)
                } else {
                    Ok(None)
                }
            };
            let mut opened =
                Db::open_asking(&self.settings.db_path, self.settings.busy_timeout, &mut ask)?;
            for warning in opened.warnings.drain(..) {
                render::note(&warning);
            }
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

    pub fn now(&self) -> Timestamp {
        match &self.server_now {
            Some(now) => now.clone(),
            None => self.settings.now_text(),
        }
    }

    /// On a PostgreSQL server, asks who is connected and settles the actor
    /// (issue 14.2): a login acts as its account (`--as` naming anyone else
    /// is exit 77), the owner acts for whom `--as` names. Also tells the
    /// database the acting org, for the outbox rows (issue 14.5).
    fn establish(&mut self) -> Result<()> {
        let given = self.settings.actor.clone();
        let (who, settled) = self.db()?.read(|tx| {
            let who = domain::login::who(tx)?;
            let settled = (|| {
                let actor = domain::login::actor(tx, &who, given.as_deref())?;
                let server_now = match who {
                    domain::login::Who::Login { .. } => Some(db::logins::server_now(tx)?),
                    _ => None,
                };
                let org = match &actor {
                    Some(a) => domain::access::user(tx, a).ok().and_then(|a| a.org_id),
                    None => None,
                };
                Ok((actor, server_now, org))
            })();
            Ok((who, settled))
        })?;
        let (actor, server_now, org) = match settled {
            Ok(settled) => settled,
            Err(err) => return Err(self.audit_session_denial(&who, given.as_deref(), err)),
        };
        if let domain::login::Who::Login { user, .. } = &who
            && self.settings.now_fixed
        {
            let err = Error::new(
                ErrorKind::Denied,
                format!(
                    "ORGCTL_NOW is set, but you are connected as the login {user}, whose clock is the server's (issue 14.4); nothing was changed"
                ),
            )
            .with_hint("unset ORGCTL_NOW (it is for tests and for the owner of the database)")
            .into();
            return Err(self.audit_session_denial(&who, given.as_deref(), err));
        }
        // Set for every transaction from now on (each BEGIN carries it).
        self.db()?.set_actor_org(org)?;
        self.settings.actor = actor;
        self.server_now = server_now;
        self.who = Some(who);
        Ok(())
    }

    /// A login refused before its command ran (`--as` naming another
    /// account, a fixed clock: issue 14.2, 14.4) leaves a line in the audit
    /// log as its own account, action `login.denied`, target what `--as`
    /// named, so an attempt to act as someone else is on record. Returns
    /// the refusal, for the caller to report.
    fn audit_session_denial(
        &mut self,
        who: &domain::login::Who,
        given: Option<&str>,
        err: anyhow::Error,
    ) -> anyhow::Error {
        if let domain::login::Who::Login { account, .. } = who {
            self.settings.actor = Some(account.email.clone());
            audit_refusal(self, "login.denied", given, &err);
        }
        err
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
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx, &Timestamp) -> Result<T>) -> Result<T> {
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
    if !matches!(
        command,
        Command::Init | Command::Completions { .. } | Command::Manpages { .. }
    ) && db::is_server(&ctx.settings.db_path)
    {
        ctx.establish()?;
    }
    // `[mail] send = "on-commit"`: the messages a state-changing command
    // queues are those after the outbox's last ID before it ran (issue 16.4).
    let on_commit = ctx.settings.mail_send == crate::settings::SendMode::OnCommit
        && matches!(
            command,
            Command::Org(_)
                | Command::User(_)
                | Command::Transfer(_)
                | Command::Registration(_)
                | Command::Staff(_)
        );
    let watermark = if on_commit {
        Some(outbox::watermark(&mut ctx)?)
    } else {
        None
    };
    let code = dispatch(&mut ctx, command)?;
    if let Some(after) = watermark {
        outbox::send_after_commit(&mut ctx, after);
    }
    Ok(code)
}

fn dispatch(ctx: &mut Ctx, command: Command) -> Result<ExitStatus> {
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
        Command::Check => check(ctx),
        Command::Fixture(FixtureCmd::Load { file }) => fixture_load(ctx, &file),
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
            fixture_generate(ctx, &sizes)
        }
        Command::Org(cmd) => org::run(ctx, cmd),
        Command::User(cmd) => user::run(ctx, cmd),
        Command::Transfer(cmd) => transfer::run(ctx, cmd),
        Command::Registration(cmd) => registration::run(ctx, cmd),
        Command::Staff(cmd) => staff::run(ctx, cmd),
        Command::Contact(cmd) => inspect::contact(ctx, cmd),
        Command::Chat(cmd) => inspect::chat(ctx, cmd),
        Command::Message(cmd) => inspect::message(ctx, cmd),
        Command::File(cmd) => inspect::file(ctx, cmd),
        Command::Task(cmd) => inspect::task(ctx, cmd),
        Command::Outbox(cmd) => outbox::run(ctx, cmd),
        Command::Audit(cmd) => inspect::audit(ctx, cmd),
        Command::Login(cmd) => login::run(ctx, cmd),
        Command::Profile(cmd) => inspect::profiles(ctx, cmd),
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

/// Records a refusal found before the write transaction (at the preview),
/// in a transaction of its own: there is no change for it to share one with.
/// Refusals found inside the write transaction, and every applied change,
/// are audited in that transaction (`execute`, `execute_bulk`).
fn audit(ctx: &mut Ctx, action: &str, target: Option<&str>, result: &str) -> Result<i64> {
    let now = ctx.now();
    let actor = ctx.settings.actor.clone();
    ctx.db()?
        .write(|tx| db::audit::record(tx, &now, actor.as_deref(), action, target, result))
}

/// The one "audit the refusal" step of every state-changing command (plans,
/// bulk loads, the staff import), for a refusal found before or after the
/// write transaction: a command refused by a rule, naming something that
/// does not exist, or denied by the database leaves a line in the log, in a
/// transaction of its own. If even that line cannot be written, the
/// original error is what matters, so this never fails.
pub(crate) fn audit_refusal(
    ctx: &mut Ctx,
    action: &str,
    target: Option<&str>,
    err: &anyhow::Error,
) {
    if is_refusal(err) {
        let _ = audit(ctx, action, target, &refusal_result(err));
    }
}

/// Whether an error is a refusal worth its own audit row.
fn is_refusal(err: &anyhow::Error) -> bool {
    matches!(
        crate::error::classify(err).kind,
        // A denial by the database is a refusal too (issue 14.4).
        ErrorKind::Refused | ErrorKind::NotFound | ErrorKind::Denied
    )
}

/// The audit result of a refusal: `refused [RULE]: ` and its fact, as the
/// renderer shows it (`Error::audit_result`).
fn refusal_result(err: &anyhow::Error) -> String {
    crate::error::classify(err).audit_result()
}

/// Prints the report of a committed change. From here on the change is in
/// the database, so a failure to print (stdout on a full disk, a closed
/// terminal) is exit 7 naming the audit row, never "nothing was changed"
/// (issue 15.4).
pub(crate) fn report_committed(
    action: &str,
    audit_id: i64,
    print: impl FnOnce() -> Result<()>,
) -> Result<()> {
    crate::fault::point("output")
        .and_then(|()| print())
        .map_err(|failure| Error::applied_but_not_reported(action, audit_id, &failure).into())
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
    compute: impl Fn(&Tx, &Timestamp) -> Result<Plan>,
) -> Result<ExitStatus> {
    let preview = preview.into();
    let dry_run = preview.dry_run;
    let format = ctx.settings.format;
    let quiet = ctx.settings.quiet;
    let started = std::time::Instant::now();
    let trace = |ctx: &Ctx| {
        if ctx.settings.verbose {
            render::trace(&format!(
                "{action}: planned{} in {} ms",
                if dry_run { "" } else { " and applied" },
                started.elapsed().as_millis()
            ));
        }
    };
    if dry_run {
        let (plan, code) = preview_dry_run(ctx, preview, &compute)?;
        trace(ctx);
        render::plan(&plan, format, quiet)?;
        return Ok(code);
    }
    let preview = match preview_to_confirm(ctx, &compute) {
        Ok(preview) => preview,
        Err(err) => {
            audit_refusal(ctx, action, target, &err);
            return Err(err);
        }
    };
    let now = ctx.now();
    let actor = ctx.settings.actor.clone();
    let audit = AuditEntry {
        now: &now,
        actor: actor.as_deref(),
        action,
        target,
    };
    let (applied, audit_id) =
        apply_in_one_transaction(ctx.db()?, &audit, preview.as_ref(), &compute)?;
    trace(ctx);
    report_committed(action, audit_id, || render::plan(&applied, format, quiet))?;
    Ok(ExitStatus::Success)
}

/// What a streaming change (`execute_stream`) did: its value, whether it is
/// kept, and the result its audit row records.
pub struct Streamed<T> {
    pub value: T,
    pub keep: bool,
    pub result: String,
}

/// The streaming variant of `execute`, for a change too large to hold as
/// one plan (the staff import, a stream of row plans). `run` walks the
/// input from its start and applies each item as it is decided when its
/// last argument is true; it runs again, from the start, when the database
/// asks for the transaction to be retried.
///
/// - A dry run runs in a read transaction and writes nothing, so it blocks
///   no writer and works on a read-only database (15.3).
/// - A real run runs in one `BEGIN IMMEDIATE` transaction; the items run in
///   a savepoint that is released when the change is kept and rolled back
///   when it is not (S5: one bad row, nothing written), and the audit row
///   is written in that same transaction either way (11.2).
/// - A run that fails (a refused file, a busy database) writes nothing,
///   and a refusal is audited on its own, as `execute` does.
pub fn execute_stream<T>(
    ctx: &mut Ctx,
    action: &str,
    target: &str,
    dry_run: bool,
    mut run: impl FnMut(&Tx, &Timestamp, bool) -> Result<Streamed<T>>,
) -> Result<(T, Option<i64>)> {
    let now = ctx.now();
    if dry_run {
        // A dry run only reads: it never creates a database.
        return Ok((
            ctx.existing_db()?.read(|tx| run(tx, &now, false))?.value,
            None,
        ));
    }
    let actor = ctx.settings.actor.clone();
    // A transaction that PostgreSQL asks to retry (a serialization
    // failure) runs `run` again from the start of its input.
    let outcome = ctx.db()?.write(|tx| {
        let streamed = db::in_savepoint(tx, |sp| {
            let streamed = run(sp, &now, true)?;
            let keep = streamed.keep;
            Ok((streamed, keep))
        })?;
        let id = db::audit::record(
            tx,
            &now,
            actor.as_deref(),
            action,
            Some(target),
            &streamed.result,
        )?;
        // The id of a kept change's audit row, for `report_committed`.
        let kept = streamed.keep.then_some(id);
        Ok((streamed.value, kept))
    });
    match outcome {
        Ok(value) => Ok(value),
        Err(err) => {
            audit_refusal(ctx, action, Some(target), &err);
            Err(err)
        }
    }
}

/// Who did what, when, for the audit row of a change.
#[derive(Clone, Copy)]
pub(crate) struct AuditEntry<'a> {
    pub now: &'a Timestamp,
    pub actor: Option<&'a str>,
    pub action: &'a str,
    pub target: Option<&'a str>,
}

/// `--dry-run`: the plan on the current state, never applied; exit 3 when
/// it has blockers.
fn preview_dry_run(
    ctx: &mut Ctx,
    preview: DryRun,
    compute: &impl Fn(&Tx, &Timestamp) -> Result<Plan>,
) -> Result<(Plan, ExitStatus)> {
    let now = ctx.now();
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
    if !plan.blockers.is_empty() && ctx.settings.format.is_json() {
        render::error(&Error::blocked(plan.blockers.clone()), ctx.settings.format);
    }
    Ok((plan, code))
}

/// The plan a person confirms, when one is asked: with --yes nobody is
/// shown a preview, so the plan is computed once, inside the transaction
/// that applies it. Otherwise what they are asked about must be what is
/// applied.
fn preview_to_confirm(
    ctx: &mut Ctx,
    compute: &impl Fn(&Tx, &Timestamp) -> Result<Plan>,
) -> Result<Option<Plan>> {
    if ctx.settings.yes {
        return Ok(None);
    }
    let now = ctx.now();
    let preview = ctx.db()?.read(|tx| compute(tx, &now))?;
    if !preview.blockers.is_empty() {
        return Err(Error::blocked(preview.blockers).into());
    }
    if !preview.needs_confirmation() {
        return Ok(None);
    }
    confirm(ctx, &preview)?;
    Ok(Some(preview))
}

/// Computes the plan again inside `BEGIN IMMEDIATE`, applies it and writes
/// its audit row, all in that one transaction (I6): the audit row commits
/// with the change or not at all. A refusal found there is audited in the
/// same transaction, which then commits only that row. Returns the applied
/// plan and its audit row's id.
///
/// This is the engine's write step itself, public to the crate so that the
/// property tests drive the real thing rather than a copy (issue 11).
pub(crate) fn apply_in_one_transaction(
    db: &mut Db,
    audit: &AuditEntry<'_>,
    preview: Option<&Plan>,
    compute: &impl Fn(&Tx, &Timestamp) -> Result<Plan>,
) -> Result<(Plan, i64)> {
    let AuditEntry {
        now,
        actor,
        action,
        target,
    } = *audit;
    let mut refusal = None;
    let written = db.write(|tx| {
        // PostgreSQL may run this again after a serialization failure: only
        // the attempt that commits decides.
        refusal = None;
        let checked = compute(tx, now).and_then(|plan| {
            if !plan.blockers.is_empty() {
                return Err(Error::blocked(plan.blockers).into());
            }
            if preview.is_some_and(|p| p.effects != plan.effects) {
                return Err(Error::refused(
                    "the state changed while you were confirming, so the plan you saw is no longer what would happen; nothing was changed",
                )
                .with_hint("run the command again to see the new plan")
                .into());
            }
            Ok(plan)
        });
        let plan = match checked {
            Ok(plan) => plan,
            Err(err) if is_refusal(&err) => {
                // Nothing was applied; the refusal's row is all this
                // transaction commits. If it cannot be written, the refusal
                // is still what the administrator must see.
                let _ = db::audit::record(tx, now, actor, action, target, &refusal_result(&err));
                refusal = Some(err);
                return Ok(None);
            }
            Err(err) => return Err(err),
        };
        crate::plan::apply::apply_plan(tx, &plan, now)?;
        let result = if plan.effects.is_empty() {
            "ok: no change"
        } else {
            "ok"
        };
        let audit_id = db::audit::record(tx, now, actor, action, target, result)?;
        Ok(Some((plan, audit_id)))
    });
    if let Some(err) = refusal {
        return Err(err);
    }
    match written? {
        Some((mut plan, audit_id)) => {
            plan.applied = true;
            Ok((plan, audit_id))
        }
        // `None` is returned only with `refusal` set, handled above.
        None => Err(Error::unexpected("the plan was neither applied nor refused").into()),
    }
}

/// The bulk variant of `execute`, for loads that are not a list of effects
/// (`fixture load`, `fixture generate`): `load` runs in one `BEGIN
/// IMMEDIATE` transaction together with its audit row (I6), and a refusal
/// is audited as by `execute` (after the rollback, in a transaction of its
/// own). Returns what was loaded and the audit row's id.
fn execute_bulk<T>(
    ctx: &mut Ctx,
    action: &str,
    target: &str,
    mut load: impl FnMut(&Tx, &Timestamp) -> Result<T>,
) -> Result<(T, i64)> {
    let now = ctx.now();
    let actor = ctx.settings.actor.clone();
    let loaded = ctx.db()?.write(|tx| {
        let loaded = load(tx, &now)?;
        let audit_id = db::audit::record(tx, &now, actor.as_deref(), action, Some(target), "ok")?;
        Ok((loaded, audit_id))
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
    let (loaded, audit_id) = execute_bulk(ctx, "fixture.load", &target, |tx, now| {
        domain::fixture::load(tx, &scenario, now)
    })?;
    let format = ctx.settings.format;
    report_committed("fixture.load", audit_id, || render::report(&loaded, format))?;
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
    // Before the database is even opened: a count too large is refused,
    // never an abort halfway (issue 15.7).
    sizes.check()?;
    let started = std::time::Instant::now();
    let target = format!("seed {}", sizes.seed);
    let progress = render::progress_items(sizes.items(), ctx.settings.quiet);
    let generated = execute_bulk(ctx, "fixture.generate", &target, |tx, now| {
        domain::generate::generate_with_progress(tx, sizes, now, &mut |phase, done| {
            progress.set_items(phase, done)
        })
    });
    progress.finish();
    let (generated, audit_id) = generated?;
    if !ctx.settings.quiet {
        render::note(&format!(
            "generated in {:.1} s",
            started.elapsed().as_secs_f64()
        ));
    }
    let format = ctx.settings.format;
    report_committed("fixture.generate", audit_id, || {
        render::report(&generated, format)
    })?;
    Ok(ExitStatus::Success)
}
