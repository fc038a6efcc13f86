//! The only code that prints: records as tables, JSON or CSV; plans; errors.
//! Standard output carries data, standard error carries messages and hints.

mod plan;
pub mod prompt;
mod table;

use std::io::{self, Write};

use comfy_table::{Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::settings::Format;
use crate::views::*;

pub use crate::plan::plural;
pub use plan::{plan, plan_for_confirmation};

/// A record the inspection commands print: its columns are its JSON keys.
pub trait Record: Serialize {
    const COLUMNS: &'static [&'static str];
}

macro_rules! record {
    ($($t:ty => [$($c:literal),*]),* $(,)?) => {$(
        impl Record for $t {
            const COLUMNS: &'static [&'static str] = &[$($c),*];
        }
    )*};
}

record!(
    OrgView => ["slug", "name", "plan", "seats", "seats_used", "status", "prohibit_outside",
                "prohibit_file_sharing", "allow", "admin"],
    UserView => ["account_id", "chatwork_id", "name", "email", "status", "org", "role",
                 "exempt_outside", "exempt_file", "has_api_token", "teams"],
    ContactView => ["account_id", "email", "name", "chat_id"],
    ChatView => ["id", "kind", "name", "members", "messages", "files", "tasks"],
    MessageView => ["id", "sender", "sender_name", "body", "sent_at"],
    FileView => ["id", "name", "chat_id", "size", "uploader", "owner_kind", "owner"],
    TaskView => ["id", "chat_id", "body", "status", "requester", "requester_name", "assignee"],
    OutboxView => ["id", "to", "subject", "body", "created_at"],
    AuditView => ["id", "at", "actor", "action", "target", "result"],
    TransferView => ["id", "from", "to", "status", "users", "created_at", "expires_at"],
    RegistrationView => ["id", "email", "org", "status", "new_account", "role", "expires_at",
                         "holds_seat", "reason"],
    StaffView => ["name", "email", "account_id", "chatwork_id", "status"],
    StaffRowError => ["line", "column", "message"],
    crate::settings::ProfileView => ["name", "db", "format", "actor", "active"],
);

/// Writes to standard output; a closed pipe (`orgctl user list | head`) is
/// not an error.
fn out(text: &str) -> Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// A message for the person at the terminal, on standard error.
pub fn note(text: &str) {
    let _ = writeln!(io::stderr(), "{text}");
}

/// `-q`: set once, before any command runs, so that notes which are not
/// the result ("(none)") are left out wherever they are printed.
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

/// A note that is not part of the result, left out under `-q`.
pub fn info(text: &str) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        note(text);
    }
}

/// What orgctl is doing, for `-v` (standard error, prefixed so that it
/// stands apart from the result in a cron mail).
pub fn trace(text: &str) {
    let _ = writeln!(io::stderr(), "orgctl: {text}");
}

/// A cell as a person reads it.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(", "),
        // A chat member or a transfer's user: "email (role or status)".
        Value::Object(map) => match (map.get("email"), map.get("role").or(map.get("status"))) {
            (Some(e), Some(r)) => format!("{} ({})", cell(e), cell(r)),
            _ => map
                .iter()
                .map(|(k, v)| format!("{k}={}", cell(v)))
                .collect::<Vec<_>>()
                .join(" "),
        },
    }
}

fn csv_text(header: &[&str], rows: &[Vec<String>]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header)?;
    for row in rows {
        w.write_record(row)?;
    }
    Ok(String::from_utf8(
        w.into_inner().map_err(|e| e.into_error())?,
    )?)
}

fn rows<T: Record>(items: &[T]) -> Result<Vec<Vec<String>>> {
    items
        .iter()
        .map(|item| {
            let v = serde_json::to_value(item)?;
            Ok(T::COLUMNS.iter().map(|c| cell(&v[*c])).collect())
        })
        .collect()
}

/// A cell as a table shows it: as `cell`, with sizes in bytes made human
/// (the JSON and CSV keep the byte count).
fn table_cell(column: &str, v: &Value) -> String {
    match (column, v) {
        ("size", Value::Number(n)) => n.as_i64().map_or_else(|| cell(v), plan::human_size),
        _ => cell(v),
    }
}

fn table_rows<T: Record>(items: &[T]) -> Result<Vec<Vec<String>>> {
    items
        .iter()
        .map(|item| {
            let v = serde_json::to_value(item)?;
            Ok(T::COLUMNS.iter().map(|c| table_cell(c, &v[*c])).collect())
        })
        .collect()
}

/// Prints a list of records.
pub fn list<T: Record>(items: &[T], format: Format) -> Result<()> {
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(items)?)),
        Format::Csv => out(&csv_text(T::COLUMNS, &rows(items)?)?),
        Format::Table => {
            if items.is_empty() {
                info("(none)");
                return Ok(());
            }
            out(&table::render(
                T::COLUMNS,
                &table_rows(items)?,
                table::terminal_width(),
            ))
        }
    }
}

/// Prints one record: a key/value table, a JSON object, or a one-row CSV.
pub fn one<T: Record>(item: &T, format: Format) -> Result<()> {
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(item)?)),
        Format::Csv => out(&csv_text(T::COLUMNS, &rows(std::slice::from_ref(item))?)?),
        Format::Table => {
            let v = serde_json::to_value(item)?;
            let rows: Vec<Vec<String>> = T::COLUMNS
                .iter()
                .map(|c| vec![c.to_string(), table_cell(c, &v[*c])])
                .collect();
            out(&table::render(
                &["key", "value"],
                &rows,
                table::terminal_width(),
            ))
        }
    }
}

/// Prints any serialisable value as a key/value report.
pub fn report(value: &impl Serialize, format: Format) -> Result<()> {
    let v = serde_json::to_value(value)?;
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(&v)?)),
        Format::Csv | Format::Table => {
            let Value::Object(map) = &v else {
                return out(&format!("{}\n", cell(&v)));
            };
            if format == Format::Csv {
                let header: Vec<&str> = map.keys().map(String::as_str).collect();
                return out(&csv_text(&header, &[map.values().map(cell).collect()])?);
            }
            let mut table = Table::new();
            table.load_style(presets::UTF8_FULL_CONDENSED);
            for (k, v) in map {
                table.add_row(vec![k.clone(), cell(v)]);
            }
            out(&format!("{table}\n"))
        }
    }
}

/// Prints the report of `staff import`: for people, the counts and then
/// the rejected rows with their line, column and reason; as JSON, the keys
/// of CLI.md; as CSV, the rejected rows.
pub fn staff_import(view: &StaffImportView, format: Format, quiet: bool) -> Result<()> {
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(view)?)),
        Format::Csv => list(&view.errors, Format::Csv),
        Format::Table => {
            let mut table = Table::new();
            table.load_style(presets::UTF8_FULL_CONDENSED);
            for (k, v) in [
                ("rows", view.rows),
                ("created", view.created),
                ("updated", view.updated),
                ("unchanged", view.unchanged),
                ("invited", view.invited),
                ("rejected", view.rejected),
            ] {
                table.add_row(vec![k.to_string(), v.to_string()]);
            }
            table.add_row(vec!["encoding".to_string(), view.encoding.clone()]);
            let mut text = format!("{table}\n");
            if !view.errors.is_empty() {
                text.push_str(&table::render(
                    StaffRowError::COLUMNS,
                    &rows(&view.errors)?,
                    table::terminal_width(),
                ));
            }
            out(&text)?;
            if view.dry_run && !quiet {
                note("dry run: nothing was written");
            }
            Ok(())
        }
    }
}

/// Prints what `orgctl check` found: for people, one line of status and a
/// table of the violations with their rule and what to do; as JSON, the
/// report with its `violations`; as CSV, the violations.
pub fn check(report: &CheckView, format: Format, quiet: bool) -> Result<()> {
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(report)?)),
        Format::Csv => {
            let rows: Vec<Vec<String>> = report
                .violations
                .iter()
                .map(|v| {
                    vec![
                        v.rule.clone(),
                        v.message.clone(),
                        v.hint.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            out(&csv_text(&["rule", "message", "hint"], &rows)?)
        }
        Format::Table => {
            let n = report.violations.len();
            if n == 0 {
                if !quiet {
                    out(&format!(
                        "ok: integrity ok, schema version {}, every invariant (I1-I5) holds\n",
                        report.schema_version
                    ))?;
                }
                return Ok(());
            }
            let mut text = format!(
                "{} of the invariants (docs/rules.md section 9):\n",
                plural(n, "violation", "violations")
            );
            let rows: Vec<Vec<String>> = report
                .violations
                .iter()
                .map(|v| {
                    vec![
                        v.rule.clone(),
                        v.message.clone(),
                        v.hint.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            text.push_str(&table::render(
                &["rule", "message", "hint"],
                &rows,
                table::terminal_width(),
            ));
            out(&text)
        }
    }
}

/// Prints bytes as they are (a CSV export in Shift_JIS).
pub fn bytes(data: &[u8]) -> Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(data).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// A progress bar on standard error for a long job, shown only when
/// standard error is a terminal (and not `--quiet`); silent otherwise.
pub struct Progress(Option<indicatif::ProgressBar>);

/// Files smaller than this finish before a bar is worth drawing.
const PROGRESS_MIN_BYTES: u64 = 256 * 1024;

pub fn progress(total_bytes: u64, quiet: bool) -> Progress {
    use std::io::IsTerminal;
    if quiet || total_bytes < PROGRESS_MIN_BYTES || !io::stderr().is_terminal() {
        return Progress(None);
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total_bytes),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {elapsed} (eta {eta})",
    ) {
        bar.set_style(style);
    }
    Progress(Some(bar))
}

/// A bar counting items (`fixture generate`), on a terminal only.
pub fn progress_items(total: u64, quiet: bool) -> Progress {
    use std::io::IsTerminal;
    if quiet || !io::stderr().is_terminal() {
        return Progress(None);
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {human_pos}/{human_len} {msg} {elapsed} (eta {eta})",
    ) {
        bar.set_style(style);
    }
    bar.set_message("accounts");
    Progress(Some(bar))
}

/// A spinner naming the current step of a job of unknown length
/// (`check`), on a terminal only.
pub fn spinner(what: &str, quiet: bool) -> Progress {
    use std::io::IsTerminal;
    if quiet || !io::stderr().is_terminal() {
        return Progress(None);
    }
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {prefix}: {msg} {elapsed}")
    {
        bar.set_style(style);
    }
    bar.set_prefix(what.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    Progress(Some(bar))
}

impl Progress {
    /// Names the step now under way.
    pub fn step(&self, message: &str) {
        if let Some(bar) = &self.0 {
            bar.set_message(message.to_string());
        }
    }

    /// The phase under way and the items done so far.
    pub fn set_items(&self, phase: &str, done: u64) {
        if let Some(bar) = &self.0 {
            bar.set_message(phase.to_string());
            bar.set_position(done);
        }
    }

    pub fn set(&self, bytes: u64) {
        if let Some(bar) = &self.0 {
            bar.set_position(bytes);
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Prints raw text (completion scripts).
pub fn text(text: &str) -> Result<()> {
    out(text)
}

/// Prints an error: as JSON on standard error under `--format json`
/// (CLI.md), else as `error: ...` with the blockers and a `hint:` line.
pub fn error(err: &Error, format: Format) {
    let text = if format == Format::Json {
        let body = serde_json::json!({
            "error": {
                "code": err.kind.exit_code(),
                "kind": err.kind,
                "rule": err.rule,
                "message": err.headline(),
                "hint": err.hint,
                "blockers": err.blockers,
            }
        });
        serde_json::to_string_pretty(&body).unwrap_or_else(|_| err.headline())
    } else {
        let mut text = format!("error: {}", err.headline());
        if err.blockers.len() > 1
            || (err.blockers.len() == 1 && !err.message.contains(&err.blockers[0].message))
        {
            for b in &err.blockers {
                text.push_str(&format!("\n  [{}] {}", b.rule, b.message));
                if let Some(h) = &b.hint {
                    text.push_str(&format!("\n      hint: {h}"));
                }
            }
        } else if let Some(h) = err.blockers.first().and_then(|b| b.hint.as_ref()) {
            text.push_str(&format!("\nhint: {h}"));
        }
        if let Some(h) = &err.hint {
            text.push_str(&format!("\nhint: {h}"));
        }
        text
    };
    note(&text);
}
