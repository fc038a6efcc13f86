//! The only code that prints: records as tables, JSON or CSV; plans; errors.
//! Standard output carries data, standard error carries messages and hints.

mod plan;
pub mod prompt;

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::settings::Format;
use crate::views::*;

pub use plan::plan;

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
    RegistrationView => ["id", "email", "org", "status", "new_account", "role", "expires_at"],
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

fn new_table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    table
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

/// Prints a list of records.
pub fn list<T: Record>(items: &[T], format: Format) -> Result<()> {
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(items)?)),
        Format::Csv => out(&csv_text(T::COLUMNS, &rows(items)?)?),
        Format::Table => {
            if items.is_empty() {
                note("(none)");
                return Ok(());
            }
            let mut table = new_table(T::COLUMNS);
            for row in rows(items)? {
                table.add_row(row);
            }
            out(&format!("{table}\n"))
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
            let mut table = Table::new();
            table
                .load_style(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
            for c in T::COLUMNS {
                table.add_row(vec![c.to_string(), cell(&v[*c])]);
            }
            out(&format!("{table}\n"))
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
                let mut errors = new_table(StaffRowError::COLUMNS);
                for row in rows(&view.errors)? {
                    errors.add_row(row);
                }
                text.push_str(&format!("{errors}\n"));
            }
            out(&text)?;
            if view.dry_run && !quiet {
                note("dry run: nothing was written");
            }
            Ok(())
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

impl Progress {
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
