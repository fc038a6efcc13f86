//! `orgctl staff ...`: import a staff CSV, list and export the roster.
//!
//! An import is a stream of row plans (`domain::staff::RowAction`), run by
//! `execute_stream`, the streaming variant of the one write engine: a dry
//! run decides every row in a read transaction and writes nothing; a real
//! run applies the good rows of each batch as the batch is decided
//! (`Engine`, set-based through `db::staff_batch`) in one write
//! transaction, keeps or undoes them all (S5), and writes its audit row in
//! the same transaction. The input is opened (and a pipe or
//! standard input copied to a private spool) before any lock is taken
//! (15.3); the rejects file is written beside its final name and renamed
//! into place only when the run succeeds (15.1).

use crate::model::Timestamp;
use std::path::PathBuf;

use crate::db::Tx;

use super::{Ctx, Streamed, execute_stream};
use crate::cli::{ExportEncoding, ImportEncoding, StaffCmd};
use crate::csvio::{self, Encoding, Input, OutputRules, RejectsWriter, StaffReader, StaffRow};
use crate::db;
use crate::domain::access::{self, Need};
use crate::domain::staff::{self, ImportOptions, ImportSink, ImportSummary, RowAction};
use crate::error::{Error, ErrorKind, ExitStatus, Result};
use crate::model::{Account, AccountId, Org};
use crate::plan::Effect;
use crate::render;
use crate::views::StaffRowError;

pub fn run(ctx: &mut Ctx, cmd: StaffCmd) -> Result<ExitStatus> {
    match cmd {
        StaffCmd::Import {
            file,
            org,
            invite,
            skip_invalid,
            rejects,
            force,
            write_rejects,
            encoding,
            preview,
        } => {
            let request = ImportRequest {
                dry_run: preview.dry_run,
                preview,
                file,
                org,
                rejects,
                force,
                write_rejects,
                encoding: match encoding {
                    ImportEncoding::Auto => None,
                    ImportEncoding::Utf8 => Some(Encoding::Utf8),
                    ImportEncoding::ShiftJis => Some(Encoding::ShiftJis),
                },
                options: ImportOptions {
                    invite: invite.then(|| super::registration::mail_settings(ctx)),
                    skip_invalid,
                },
            };
            import(ctx, &request)
        }
        StaffCmd::List {
            org,
            status,
            paging,
        } => {
            let views =
                ctx.read(|conn, now| staff::list(conn, &access::org(conn, &org)?, status, now))?;
            render::list(&views, ctx.settings.format, paging.limit)?;
            Ok(ExitStatus::Success)
        }
        StaffCmd::Export { org, encoding } => {
            let text =
                ctx.read(|conn, now| staff::export_text(conn, &access::org(conn, &org)?, now))?;
            let encoding = match encoding {
                ExportEncoding::Utf8 => Encoding::Utf8,
                ExportEncoding::ShiftJis => Encoding::ShiftJis,
            };
            render::bytes(&csvio::encode(&text, encoding, false)?)?;
            Ok(ExitStatus::Success)
        }
    }
}

struct ImportRequest {
    /// `--dry-run`: every row is decided, nothing is written.
    dry_run: bool,
    /// `--dry-run` and `--exit-code` as given.
    preview: crate::cli::DryRun,
    /// The file, or `-` for standard input (17.6).
    file: PathBuf,
    org: String,
    rejects: Option<PathBuf>,
    /// `--force`: the rejects file may replace an existing file.
    force: bool,
    /// `--write-rejects`: a dry run writes the rejects file too.
    write_rejects: bool,
    encoding: Option<Encoding>,
    options: ImportOptions,
}

/// Applies one registration request's row in the import's transaction
/// (S3): the very plan its row was checked with (`registration::plan_add`,
/// computed once), then the entry tied to the request's account.
fn apply_invite(
    conn: &Tx,
    org: &Org,
    name: &str,
    email: &str,
    plan: &crate::plan::Plan,
    now: &Timestamp,
) -> Result<()> {
    crate::plan::apply::apply_plan(conn, plan, now)?;
    let requested: Option<(i64, AccountId)> = plan.effects.iter().find_map(|e| match e {
        Effect::RegistrationRequested {
            registration_id,
            account_id,
            ..
        } => Some((registration_id.0, *account_id)),
        _ => None,
    });
    let Some((registration_id, account_id)) = requested else {
        return Err(anyhow::anyhow!(
            "the registration plan for {email} requests nothing"
        ));
    };
    db::staff::insert(
        conn,
        &db::staff::NewStaff {
            org: org.id,
            name,
            email: Some(email),
            account_id: Some(account_id),
            chatwork_id: None,
            registration_id: Some(registration_id),
        },
        now,
    )
}

/// The engine's side of an import: applies good rows when writing (the one
/// place an import writes, 11.2), sends bad ones to the rejects file, moves
/// the progress bar. New and changed entries are kept until their batch
/// ends and then written set-based (`db::staff_batch`, issue 18.3); a
/// registration request is applied at once, after the entries before it,
/// because the next request's plan reads the accounts it adds (IDs, seats).
struct Engine<'a> {
    conn: &'a Tx,
    org: &'a Org,
    now: &'a Timestamp,
    writing: bool,
    creates: Vec<db::staff_batch::NewEntry>,
    updates: Vec<(i64, db::staff_batch::Entry)>,
    writer: db::staff_batch::Writer,
    on_reject: &'a mut dyn FnMut(&StaffRow, &StaffRowError) -> Result<()>,
    progress: &'a mut dyn FnMut(u64),
}

impl Engine<'_> {
    /// Writes the entries kept so far, in the order of their rows.
    fn flush(&mut self) -> Result<()> {
        let creates = std::mem::take(&mut self.creates);
        self.writer
            .insert(self.conn, self.org.id, creates, self.now)?;
        let updates = std::mem::take(&mut self.updates);
        db::staff_batch::update(self.conn, updates, self.now)
    }
}

impl ImportSink for Engine<'_> {
    fn accepted(&mut self, action: RowAction) -> Result<()> {
        if !self.writing {
            return Ok(());
        }
        match action {
            RowAction::Unchanged => {}
            RowAction::Create {
                probed: Some(seq), ..
            } => self.creates.push(db::staff_batch::NewEntry::Probed(seq)),
            RowAction::Create {
                name,
                email,
                account,
                chatwork_id,
                probed: None,
            } => self
                .creates
                .push(db::staff_batch::NewEntry::Given(db::staff_batch::Entry {
                    name,
                    email,
                    account_id: account,
                    chatwork_id,
                })),
            RowAction::Update {
                id,
                name,
                email,
                account,
                chatwork_id,
            } => self.updates.push((
                id,
                db::staff_batch::Entry {
                    name,
                    email,
                    account_id: account,
                    chatwork_id,
                },
            )),
            RowAction::Invite { name, email, plan } => {
                self.flush()?;
                apply_invite(self.conn, self.org, &name, &email, &plan, self.now)?;
                // The request's entry took the next ID.
                self.writer.forget_next_id();
            }
        }
        Ok(())
    }

    fn rejected(&mut self, row: &StaffRow, error: &StaffRowError) -> Result<()> {
        (self.on_reject)(row, error)
    }

    fn end_batch(&mut self) -> Result<()> {
        self.flush()
    }

    fn progress(&mut self, bytes: u64) {
        (self.progress)(bytes)
    }
}

/// Runs an import on an open connection: the domain decides each row, and
/// each good row is applied when `writing`. Used by the command (through
/// `execute_stream`) and by the property tests and the fuzz target, so that
/// they exercise the real thing.
#[allow(clippy::too_many_arguments)]
pub fn import_in(
    conn: &Tx,
    org: &Org,
    actor: &Account,
    reader: &mut StaffReader,
    options: &ImportOptions,
    now: &Timestamp,
    writing: bool,
    on_reject: &mut dyn FnMut(&StaffRow, &StaffRowError) -> Result<()>,
    progress: &mut dyn FnMut(u64),
) -> Result<ImportSummary> {
    let mut engine = Engine {
        conn,
        org,
        now,
        writing,
        creates: Vec::new(),
        updates: Vec::new(),
        writer: db::staff_batch::Writer::default(),
        on_reject,
        progress,
    };
    staff::import(conn, org, actor, reader, options, now, &mut engine)
}

/// `staff import`: runs it, renders the report and returns the exit code
/// (0, or an error of exit 3 or 6).
fn import(ctx: &mut Ctx, request: &ImportRequest) -> Result<ExitStatus> {
    let dry_run = request.dry_run;
    let (summary, encoding, rejects_written, audit_id) = import_rows(ctx, request)?;
    let bad = summary.errors.len();
    let rows = summary.rows;
    let accepted = summary.accepted();
    let changed = summary.created + summary.updated + summary.invited > 0;
    let (format, quiet) = (ctx.settings.format, ctx.settings.quiet);
    let view = summary.view(dry_run, encoding.as_str());
    let print = || render::staff_import(&view, format, quiet);
    // 15.4: once committed, a failure to print says the import was applied.
    match audit_id {
        Some(id) => super::report_committed("staff.import", id, print)?,
        None => print()?,
    }
    if dry_run && request.rejects.is_some() && !request.write_rejects && !quiet {
        render::note(
            "dry run: the rejects file was not written; add --write-rejects to write it in a dry run",
        );
    }
    let hint = match (&request.rejects, rejects_written) {
        (Some(path), true) => format!(
            "the rejected rows are in {} with their errors; fix them there and import that file",
            path.display()
        ),
        _ => "--rejects FILE writes the rejected rows with their errors, ready to fix and import"
            .to_string(),
    };
    // With --skip-invalid, exit 6 means some rows were imported; a file in
    // which every row is invalid is refused like any other (exit 3).
    if bad > 0 && (!request.options.skip_invalid || accepted == 0) {
        return Err(Error::rule(
            "S5",
            format!("{bad} of {rows} rows are invalid; nothing was written"),
        )
        .with_hint(format!(
            "{hint}; or pass --skip-invalid to import the good rows"
        ))
        .into());
    }
    if bad > 0 {
        let done = if dry_run {
            "would be imported"
        } else {
            "were imported"
        };
        return Err(Error::new(
            ErrorKind::Partial,
            format!("{accepted} of {rows} rows {done}; {bad} invalid rows were skipped"),
        )
        .with_hint(hint)
        .into());
    }
    Ok(request.preview.exit_status(changed))
}

/// The audit log's result for an import.
fn audit_result(summary: &ImportSummary, skip_invalid: bool) -> String {
    let bad = summary.errors.len();
    // A file in which every row is invalid is refused even with
    // --skip-invalid (exit 3).
    if bad > 0 && (!skip_invalid || summary.accepted() == 0) {
        format!(
            "refused: {bad} of {} {} invalid",
            crate::text::plural(summary.rows, "row", "rows"),
            if bad == 1 { "is" } else { "are" }
        )
    } else if bad > 0 {
        format!(
            "partial: {bad} of {} skipped",
            crate::text::plural(summary.rows, "row", "rows")
        )
    } else if summary.created + summary.updated == 0 {
        "ok: no change".to_string()
    } else {
        "ok".to_string()
    }
}

/// Checks who acts and where the rejects go, opens the input, and streams
/// it through the engine. Returns the summary, the encoding read, and
/// whether the rejects file was written.
fn import_rows(
    ctx: &mut Ctx,
    request: &ImportRequest,
) -> Result<(ImportSummary, Encoding, bool, Option<i64>)> {
    let actor = ctx.settings.actor.clone();
    // Who acts is checked before the file is read, so that a refusal does
    // not wait for a large file.
    ctx.read(|conn, _| {
        let org = access::org(conn, &request.org)?;
        access::authorize(conn, actor.as_deref(), &org, Need::UserManager)
    })?;
    // 15.1: the rejects file must not be a link, a directory, an existing
    // file (without --force), the input or the database.
    let db_identity = std::fs::metadata(&ctx.settings.db_path)
        .ok()
        .as_ref()
        .and_then(csvio::identity_of);
    let input_identity = if request.file == std::path::Path::new("-") {
        None
    } else {
        std::fs::metadata(&request.file)
            .ok()
            .as_ref()
            .and_then(csvio::identity_of)
    };
    let rules = OutputRules {
        overwrite: request.force,
        not_these: db_identity.into_iter().chain(input_identity).collect(),
    };
    if let Some(path) = &request.rejects {
        csvio::check_output(path, "rejects file", &rules)?;
    }
    // 15.3, 17.6: a pipe or standard input is read whole into a private
    // spool here, before any transaction begins.
    let input = Input::open(&request.file)?;
    let mut rules = rules;
    rules.not_these.extend(input.identity);
    if let Some(path) = &request.rejects {
        csvio::check_output(path, "rejects file", &rules)?;
    }
    let target = format!("{} {}", request.org, input.name);
    // A second handle, for a transaction the database asks to retry.
    let again = input.try_clone()?;
    let mut reader = StaffReader::open(input, request.encoding)?;
    let writes_rejects = !request.dry_run || request.write_rejects;
    let mut rejects = match &request.rejects {
        Some(path) if writes_rejects => Some(RejectsWriter::create(path, &rules, &reader)?),
        _ => None,
    };
    let progress = render::progress(reader.size, ctx.settings.quiet);
    let options = request.options.clone();
    let skip_invalid = options.skip_invalid;
    let mut attempts = 0;
    let summary = execute_stream(
        ctx,
        "staff.import",
        &target,
        request.dry_run,
        |conn, now, writing| {
            attempts += 1;
            if attempts > 1 {
                // Retried (PostgreSQL): the input and the rejects from the
                // start; the rejects file of the failed attempt is dropped.
                reader = StaffReader::open(again.try_clone()?, request.encoding)?;
                if let Some(path) = request.rejects.as_ref().filter(|_| writes_rejects) {
                    rejects = Some(RejectsWriter::create(path, &rules, &reader)?);
                }
            }
            let org = access::org(conn, &request.org)?;
            let actor = access::authorize(conn, actor.as_deref(), &org, Need::UserManager)?;
            let mut on_reject = |row: &StaffRow, e: &StaffRowError| match &mut rejects {
                Some(w) => w.write(row, &e.message),
                None => Ok(()),
            };
            let mut on_progress = |bytes: u64| progress.set(bytes);
            let summary = import_in(
                conn,
                &org,
                &actor,
                &mut reader,
                &options,
                now,
                writing,
                &mut on_reject,
                &mut on_progress,
            )?;
            let keep = summary.written;
            let result = audit_result(&summary, skip_invalid);
            Ok(Streamed {
                value: summary,
                keep,
                result,
            })
        },
    );
    progress.finish();
    let (summary, audit_id) = summary?;
    // The run succeeded (its report is about to be printed): only now does
    // the rejects file take its name.
    let written = match rejects {
        Some(w) => {
            if let Err(err) = w.commit() {
                if let Some(id) = audit_id {
                    // 15.4: the import was committed; exit 7 says so.
                    return Err(Error::applied_but_not_reported("staff.import", id, &err).into());
                }
                let e = crate::error::classify(&err);
                let applied = if request.dry_run || !summary.written {
                    "nothing was imported"
                } else {
                    "the import WAS applied"
                };
                return Err(Error::new(
                    e.kind,
                    format!(
                        "{applied}, but the rejects file could not be written: {}",
                        e.message
                    ),
                )
                .with_hint(
                    e.hint
                        .unwrap_or_else(|| "give --rejects a path in a writable directory".into()),
                )
                .into());
            }
            true
        }
        None => false,
    };
    let encoding = reader.encoding;
    Ok((summary, encoding, written, audit_id))
}
