//! `orgctl staff ...`: import a staff CSV, list and export the roster.
//!
//! An import is not a plan (it is a stream of rows, not a list of effects),
//! so it does not go through `execute`; it keeps the same promises: every
//! row is checked against the state it is written to, in one `BEGIN
//! IMMEDIATE` transaction (I6), and every real run is audited.

use std::path::{Path, PathBuf};

use super::{Ctx, audit, audit_refusal};
use crate::cli::{ExportEncoding, ImportEncoding, StaffCmd};
use crate::csvio::{self, Encoding, RejectsWriter, StaffReader};
use crate::domain::access::{self, Need};
use crate::domain::staff::{self, ImportOptions, ImportSummary};
use crate::error::{Error, ErrorKind, ExitStatus, Result};
use crate::render;

pub fn run(ctx: &mut Ctx, cmd: StaffCmd) -> Result<ExitStatus> {
    match cmd {
        StaffCmd::Import {
            file,
            org,
            invite,
            skip_invalid,
            rejects,
            encoding,
            preview,
        } => {
            let request = ImportRequest {
                dry_run: preview.dry_run,
                preview,
                file,
                org,
                rejects,
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
        StaffCmd::List { org, status } => {
            let views =
                ctx.read(|conn, now| staff::list(conn, &access::org(conn, &org)?, status, now))?;
            render::list(&views, ctx.settings.format)?;
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
    /// `--dry-run`: the import runs whole, then is rolled back.
    dry_run: bool,
    /// `--dry-run` and `--exit-code` as given.
    preview: crate::cli::DryRun,
    file: PathBuf,
    org: String,
    rejects: Option<PathBuf>,
    encoding: Option<Encoding>,
    options: ImportOptions,
}

/// `staff import`: runs it, renders the report, audits a real run with its
/// outcome, and returns the exit code (0, or an error of exit 3 or 6).
fn import(ctx: &mut Ctx, request: &ImportRequest) -> Result<ExitStatus> {
    let dry_run = request.dry_run;
    let target = format!("{} {}", request.org, request.file.display());
    let outcome = import_rows(ctx, request);
    let (summary, encoding) = match outcome {
        Ok(done) => done,
        Err(err) => {
            if !dry_run {
                audit_refusal(ctx, "staff.import", Some(&target), &err);
            }
            return Err(err);
        }
    };
    let bad = summary.errors.len();
    let result = if bad > 0 && !request.options.skip_invalid {
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
    };
    if !dry_run {
        audit(ctx, "staff.import", Some(&target), &result)?;
    }
    render::staff_import(
        &summary.view(dry_run, encoding.as_str()),
        ctx.settings.format,
        ctx.settings.quiet,
    )?;
    let hint = match &request.rejects {
        Some(path) => format!(
            "the rejected rows are in {} with their errors; fix them there and import that file",
            path.display()
        ),
        None => {
            "--rejects FILE writes the rejected rows with their errors, ready to fix and import"
                .to_string()
        }
    };
    // With --skip-invalid, exit 6 means some rows were imported; a file in
    // which every row is invalid is refused like any other (exit 3).
    if bad > 0 && (!request.options.skip_invalid || summary.accepted() == 0) {
        return Err(Error::rule(
            "S5",
            format!(
                "{bad} of {} rows are invalid; nothing was written",
                summary.rows
            ),
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
            format!(
                "{} of {} rows {done}; {bad} invalid rows were skipped",
                summary.accepted(),
                summary.rows
            ),
        )
        .with_hint(hint)
        .into());
    }
    Ok(request
        .preview
        .exit_status(summary.created + summary.updated + summary.invited > 0))
}

/// Checks who acts, opens the file, and streams it through the domain in
/// one transaction: rolled back on a dry run and when a bad row means
/// nothing may be written.
fn import_rows(ctx: &mut Ctx, request: &ImportRequest) -> Result<(ImportSummary, Encoding)> {
    let actor = ctx.settings.actor.clone();
    // Who acts is checked before the file is read, so that a refusal does
    // not wait for a large file.
    ctx.read(|conn, _| {
        let org = access::org(conn, &request.org)?;
        access::authorize(conn, actor.as_deref(), &org, Need::UserManager)
    })?;
    if let Some(rejects) = &request.rejects
        && same_file(rejects, &request.file)
    {
        return Err(Error::usage("--rejects names the file being imported")
            .with_hint("give the rejects another file name")
            .into());
    }
    let mut reader = StaffReader::open(&request.file, request.encoding)?;
    let mut rejects = match &request.rejects {
        Some(path) => Some(RejectsWriter::create(
            path,
            reader.header(),
            reader.encoding,
            reader.bom,
        )?),
        None => None,
    };
    let progress = render::progress(reader.size, ctx.settings.quiet);
    // A dry run walks exactly the real path, writes included, in a
    // transaction it always rolls back: so it counts the seats that earlier
    // rows' registration requests reserve, as the real run will.
    let dry_run = request.dry_run;
    let options = request.options.clone();
    let now = ctx.now();
    let mut run = |tx: &crate::db::Tx| -> Result<ImportSummary> {
        let org = access::org(tx, &request.org)?;
        let actor = access::authorize(tx, actor.as_deref(), &org, Need::UserManager)?;
        let mut on_reject =
            |row: &csvio::StaffRow, e: &crate::views::StaffRowError| match &mut rejects {
                Some(w) => w.write(row, &e.message),
                None => Ok(()),
            };
        let mut on_progress = |bytes: u64| progress.set(bytes);
        staff::import(
            tx,
            &org,
            &actor,
            &mut reader,
            &options,
            &now,
            &mut on_reject,
            &mut on_progress,
        )
    };
    // A dry run never creates a database (docs/cli.md "Global options").
    let db = if dry_run {
        ctx.existing_db()?
    } else {
        ctx.db()?
    };
    let summary = db.write_or_roll_back(|tx| {
        let summary = run(tx)?;
        let commit = summary.written && !dry_run;
        Ok((summary, commit))
    })?;
    progress.finish();
    if let Some(w) = rejects {
        w.finish()?;
    }
    Ok((summary, reader.encoding))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
