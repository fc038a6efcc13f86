//! The only code that prints: records as tables, JSON or CSV; plans; errors.
//! Standard output carries data, standard error carries messages and hints.

mod plan;
pub mod prompt;
mod table;

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

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

    /// The record's cells as a person reads them (tables, CSV), in
    /// `COLUMNS` order: from its JSON, unless a record writes them directly.
    fn cells(&self) -> Result<Vec<String>> {
        let v = serde_json::to_value(self)?;
        Ok(Self::COLUMNS.iter().map(|c| cell(&v[*c])).collect())
    }
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
    ContactView => ["account_id", "email", "name", "chat_id"],
    ChatView => ["id", "kind", "name", "members", "messages", "files", "tasks"],
    MessageView => ["id", "sender", "sender_name", "body", "sent_at"],
    FileView => ["id", "name", "chat_id", "size", "uploader", "owner_kind", "owner"],
    TaskView => ["id", "chat_id", "body", "status", "requester", "requester_name", "assignee"],
    OutboxView => ["id", "to", "subject", "status", "sent_at", "reply", "created_at", "body"],
    AuditView => ["id", "at", "actor", "action", "target", "result", "db_user", "detail"],
    LoginView => ["login", "account_id", "email", "org", "role", "status", "created_at",
                  "can_log_in"],
    TransferView => ["id", "from", "to", "status", "users", "created_at", "expires_at"],
    RegistrationView => ["id", "email", "org", "status", "new_account", "role", "expires_at",
                         "holds_seat", "reason"],
    StaffView => ["name", "email", "account_id", "chatwork_id", "status", "current_chatwork_id"],
    StaffRowError => ["line", "column", "message"],
    crate::settings::ProfileView => ["name", "db", "format", "actor", "active"],
);

/// `user list` prints up to hundreds of thousands of these, so its cells are
/// written directly instead of through a JSON value (issue 18: CSV within
/// 2x of the sqlite3 shell); a test checks they equal the JSON route's.
impl Record for UserView {
    const COLUMNS: &'static [&'static str] = &[
        "account_id",
        "chatwork_id",
        "name",
        "email",
        "status",
        "org",
        "role",
        "exempt_outside",
        "exempt_file",
        "has_api_token",
        "teams",
    ];

    fn cells(&self) -> Result<Vec<String>> {
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
        Ok(vec![
            self.account_id.0.to_string(),
            self.chatwork_id.clone().unwrap_or_default(),
            self.name.clone(),
            self.email.clone(),
            self.status.as_str().to_string(),
            self.org.clone().unwrap_or_default(),
            self.role
                .map(|r| r.as_str().to_string())
                .unwrap_or_default(),
            yes_no(self.exempt_outside),
            yes_no(self.exempt_file),
            yes_no(self.has_api_token),
            self.teams.join(", "),
        ])
    }
}

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

/// Writes a value as JSON (pretty or on one line) and a newline to standard
/// output as it is serialized; a closed pipe is not an error.
fn json_out(value: &impl Serialize, pretty: bool) -> Result<()> {
    let mut stdout = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let written = if pretty {
        serde_json::to_writer_pretty(&mut stdout, value)
    } else {
        serde_json::to_writer(&mut stdout, value)
    };
    let result = written
        .map_err(io::Error::from)
        .and_then(|()| stdout.write_all(b"\n"))
        .and_then(|()| stdout.flush());
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// A message for the person at the terminal, on standard error.
pub fn note(text: &str) {
    let _ = writeln!(io::stderr(), "{}", visible(text));
}

/// Text for a person's screen: the characters that reorder or hide the
/// text around them (bidirectional overrides, zero-width characters, line
/// separators; `validate::deceptive`) shown as `\u{…}` escapes. Names are
/// refused with them (issue 15.8); message bodies, file names and data
/// stored before that may still hold them, and no table, plan or error may
/// display as something it is not. JSON and CSV stay verbatim: they are
/// data, read back by programs.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    use crate::text::is_deceptive;
    if !text.chars().any(is_deceptive) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| {
            if is_deceptive(c) {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
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

/// Every CSV orgctl prints goes through here, and every cell through
/// `csvio::neutralise`, the function `staff export` uses: a cell a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a leading
/// `'`, so opening `user list --format csv` in a spreadsheet runs nothing
/// (issue 15.8).
fn csv_text(header: &[&str], rows: &[Vec<String>]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header.iter().map(|h| crate::csvio::neutralise(h)))?;
    for row in rows {
        w.write_record(row.iter().map(|c| crate::csvio::neutralise(c)))?;
    }
    Ok(String::from_utf8(
        w.into_inner().map_err(|e| e.into_error())?,
    )?)
}

fn rows<T: Record>(items: &[T]) -> Result<Vec<Vec<String>>> {
    items.iter().map(Record::cells).collect()
}

/// A cell as a table shows it: as `cell`, with sizes in bytes made human
/// (the JSON and CSV keep the byte count).
fn table_cell(column: &str, v: &Value) -> String {
    match (column, v) {
        ("size", Value::Number(n)) => n.as_i64().map_or_else(|| cell(v), plan::human_size),
        _ => cell(v),
    }
}

/// A record's cells as a table shows them: sizes in bytes made human (the
/// JSON and CSV keep the byte count).
fn table_cells<T: Record>(item: &T) -> Result<Vec<String>> {
    let mut cells = item.cells()?;
    if let Some(at) = T::COLUMNS.iter().position(|c| *c == "size")
        && let Ok(bytes) = cells[at].parse::<i64>()
    {
        cells[at] = plan::human_size(bytes);
    }
    Ok(cells)
}

/// Prints a list of records, at most `limit` of them.
pub fn list<T: Record>(items: &[T], format: Format, limit: Option<u64>) -> Result<()> {
    let mut out = ListOut::new(format, limit);
    for item in items {
        if !out.wants_more() {
            break;
        }
        out.push(item)?;
    }
    out.finish()
}

/// Where `ListOut`'s CSV writer puts its bytes.
pub struct CsvSink(Rc<RefCell<Vec<u8>>>);

impl Write for CsvSink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Table output of a long list is printed a page of this many rows at a
/// time (each page a table with its header), so that memory stays bounded
/// however long the list; shorter lists are one table as before.
const TABLE_PAGE_ROWS: usize = 1000;

/// A list printed as it is produced (issue 18, CLI.md `--limit`,
/// `--format jsonl`): CSV, JSON and JSON lines go out row by row, tables a
/// page at a time. The caller stops reading rows when `wants_more` says so,
/// which is how `--limit` and a closed pipe (`| head`) end the query early.
pub struct ListOut<T: Record> {
    format: Format,
    limit: Option<u64>,
    written: u64,
    stdout: io::BufWriter<io::StdoutLock<'static>>,
    /// Standard output was closed by the reader: not an error, just done.
    closed: bool,
    /// The CSV writer writes into `csv_bytes`, which go out row by row.
    csv: csv::Writer<CsvSink>,
    csv_bytes: Rc<RefCell<Vec<u8>>>,
    page: Vec<Vec<String>>,
    marker: std::marker::PhantomData<T>,
}

impl<T: Record> ListOut<T> {
    pub fn new(format: Format, limit: Option<u64>) -> ListOut<T> {
        let csv_bytes = Rc::new(RefCell::new(Vec::new()));
        ListOut {
            format,
            limit,
            written: 0,
            stdout: io::BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
            closed: false,
            csv: csv::Writer::from_writer(CsvSink(Rc::clone(&csv_bytes))),
            csv_bytes,
            page: Vec::new(),
            marker: std::marker::PhantomData,
        }
    }

    /// Whether another record would be printed.
    pub fn wants_more(&self) -> bool {
        !self.closed && self.limit.is_none_or(|n| self.written < n)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.stdout.write_all(bytes) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => Ok(other?),
        }
    }

    /// The CSV writer's bytes so far, written out.
    fn write_csv(&mut self) -> Result<()> {
        self.csv.flush()?;
        let bytes = std::mem::take(&mut *self.csv_bytes.borrow_mut());
        self.write(&bytes)
    }

    fn flush_page(&mut self) -> Result<()> {
        if self.page.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.page);
        let text = table::render(T::COLUMNS, &rows, table::terminal_width());
        self.write(text.as_bytes())
    }

    pub fn push(&mut self, item: &T) -> Result<()> {
        if !self.wants_more() {
            return Ok(());
        }
        let first = self.written == 0;
        self.written += 1;
        match self.format {
            Format::Json => {
                // Byte for byte what `to_string_pretty` of the whole array
                // prints: each element indented by two spaces. JSON strings
                // hold no raw newline, so indenting lines is safe.
                let mut text = String::from(if first { "[\n" } else { ",\n" });
                let element = serde_json::to_string_pretty(item)?;
                for (i, line) in element.lines().enumerate() {
                    if i > 0 {
                        text.push('\n');
                    }
                    text.push_str("  ");
                    text.push_str(line);
                }
                self.write(text.as_bytes())
            }
            Format::Jsonl => {
                let mut text = serde_json::to_string(item)?;
                text.push('\n');
                self.write(text.as_bytes())
            }
            Format::Csv => {
                // Every CSV orgctl writes is safe to open in a spreadsheet
                // (issue 15.8).
                if first {
                    self.csv
                        .write_record(T::COLUMNS.iter().map(|h| crate::csvio::neutralise(h)))?;
                }
                self.csv
                    .write_record(item.cells()?.iter().map(|c| crate::csvio::neutralise(c)))?;
                self.write_csv()
            }
            Format::Table => {
                self.page.push(table_cells(item)?);
                if self.page.len() >= TABLE_PAGE_ROWS {
                    self.flush_page()?;
                }
                Ok(())
            }
        }
    }

    /// Ends the list (the closing bracket, the header of an empty CSV, the
    /// last page) and flushes standard output.
    pub fn finish(mut self) -> Result<()> {
        match self.format {
            Format::Json if self.written == 0 => self.write(b"[]\n")?,
            Format::Json => self.write(b"\n]\n")?,
            Format::Jsonl => {}
            Format::Csv => {
                if self.written == 0 {
                    self.csv
                        .write_record(T::COLUMNS.iter().map(|h| crate::csvio::neutralise(h)))?;
                    self.write_csv()?;
                }
            }
            Format::Table => {
                if self.written == 0 {
                    info("(none)");
                }
                self.flush_page()?;
            }
        }
        if !self.closed {
            match self.stdout.flush() {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e.into()),
                _ => {}
            }
        }
        Ok(())
    }
}

/// Prints one record: a key/value table, a JSON object, or a one-row CSV.
pub fn one<T: Record>(item: &T, format: Format) -> Result<()> {
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(item)?)),
        Format::Jsonl => out(&format!("{}\n", serde_json::to_string(item)?)),
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
        Format::Jsonl => out(&format!("{}\n", serde_json::to_string(&v)?)),
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
            out(&visible(&format!("{table}\n")))
        }
    }
}

/// Prints the report of `staff import`: for people, the counts and then
/// the rejected rows with their line, column and reason; as JSON, the keys
/// of CLI.md; as CSV, the rejected rows.
pub fn staff_import(view: &StaffImportView, format: Format, quiet: bool) -> Result<()> {
    match format {
        Format::Json => {
            // Streamed: the errors may be millions, read back from a spill.
            let stdout = io::stdout().lock();
            let mut w = io::BufWriter::new(stdout);
            let written = serde_json::to_writer_pretty(&mut w, view)
                .map_err(anyhow::Error::from)
                .and_then(|()| w.write_all(b"\n").map_err(anyhow::Error::from))
                .and_then(|()| w.flush().map_err(anyhow::Error::from));
            match written {
                Err(e)
                    if e.downcast_ref::<io::Error>()
                        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
                        || e.downcast_ref::<serde_json::Error>().is_some_and(|e| {
                            e.io_error_kind() == Some(io::ErrorKind::BrokenPipe)
                        }) =>
                {
                    Ok(())
                }
                other => other,
            }
        }
        Format::Jsonl => out(&format!("{}\n", serde_json::to_string(view)?)),
        Format::Csv => {
            let mut text = csv_text(StaffRowError::COLUMNS, &[])?;
            view.errors.for_each(|e| {
                text.push_str(&crate::csvio::record_text(&[
                    e.line.to_string(),
                    crate::csvio::neutralise(&e.column),
                    crate::csvio::neutralise(&e.message),
                ])?);
                if text.len() > 64 * 1024 {
                    out(&text)?;
                    text.clear();
                }
                Ok(())
            })?;
            out(&text)
        }
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
            // 17.7: a screenful of errors, then the count and where the
            // rest is.
            let shown = &view.errors.first()[..view.errors.first().len().min(SCREEN_ERRORS)];
            if !shown.is_empty() {
                text.push_str(&table::render(
                    StaffRowError::COLUMNS,
                    &rows(shown)?,
                    table::terminal_width(),
                ));
            }
            out(&text)?;
            let more = view.errors.len().saturating_sub(shown.len() as u64);
            if more > 0 {
                note(&format!(
                    "… and {more} more rejected rows ({} in all); --rejects FILE writes every one with its error, and --format json lists them all",
                    view.errors.len()
                ));
            }
            if !view.ignored_columns.is_empty() && !quiet {
                note(&format!(
                    "ignored columns (not staff columns): {}",
                    view.ignored_columns
                        .iter()
                        .map(|c| format!("`{}`", c.escape_debug()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if view.dry_run && !quiet {
                note("dry run: nothing was written");
            }
            Ok(())
        }
    }
}

/// How many rejected rows a table shows before the count (17.7).
pub const SCREEN_ERRORS: usize = 20;

/// The violations `check` found, a row each: rule, message, hint.
fn violation_rows(report: &CheckView) -> Vec<Vec<String>> {
    report
        .violations
        .iter()
        .map(|v| {
            vec![
                v.rule.clone(),
                v.message.clone(),
                v.hint.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

/// Prints what `orgctl check` found: for people, one line of status and a
/// table of the violations with their rule and what to do; as JSON, the
/// report with its `violations`; as CSV, the violations.
pub fn check(report: &CheckView, format: Format, quiet: bool) -> Result<()> {
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(report)?)),
        Format::Jsonl => out(&format!("{}\n", serde_json::to_string(report)?)),
        Format::Csv => out(&csv_text(
            &["rule", "message", "hint"],
            &violation_rows(report),
        )?),
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
            let rows = violation_rows(report);
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
    let text = if format.is_json() {
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
        let json = serde_json::to_string_pretty(&body).unwrap_or_else(|_| err.headline());
        // Verbatim: JSON is data (and `\u{…}` is no JSON escape).
        let _ = writeln!(io::stderr(), "{json}");
        return;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AccountId, AccountStatus, Role};

    /// The JSON route of the default `Record::cells`.
    fn cells_from_json<T: Record>(item: &T) -> Vec<String> {
        let v = serde_json::to_value(item).unwrap();
        T::COLUMNS.iter().map(|c| cell(&v[*c])).collect()
    }

    #[test]
    fn user_cells_are_the_cells_of_its_json() {
        let full = UserView {
            account_id: AccountId(1001),
            chatwork_id: Some("cw".into()),
            name: "Ann, \"A\"".into(),
            email: "a@x.example".into(),
            status: AccountStatus::PendingFirstLogin,
            org: Some("acme".into()),
            role: Some(Role::UserAdmin),
            exempt_outside: true,
            exempt_file: false,
            has_api_token: true,
            teams: vec!["print".into(), "web".into()],
        };
        let empty = UserView {
            chatwork_id: None,
            org: None,
            role: None,
            teams: vec![],
            status: AccountStatus::Deleted,
            ..full.clone()
        };
        for user in [full, empty] {
            assert_eq!(user.cells().unwrap(), cells_from_json(&user));
        }
    }
}
