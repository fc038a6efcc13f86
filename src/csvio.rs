//! Staff CSV files (SPEC S4, CLI.md "Staff CSV"): detecting and decoding the
//! encoding (UTF-8 with or without BOM, Shift_JIS/CP932), mapping English and
//! Japanese headers, streaming rows one at a time, and writing CSV back in
//! the same format (rejects files, `staff export`).
//!
//! Nothing here knows the roster's rules: rows come out as trimmed text with
//! their line numbers, and `domain::staff` decides what they mean.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::path::Path;
use std::rc::Rc;

use crate::error::{Error, ErrorKind, Result};

/// The text encodings a staff CSV may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Encoding {
    #[serde(rename = "utf-8")]
    Utf8,
    /// Shift_JIS as Windows writes it (CP932), which `encoding_rs` calls
    /// Shift_JIS.
    #[serde(rename = "shift_jis")]
    ShiftJis,
}

impl Encoding {
    fn codec(self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 => encoding_rs::UTF_8,
            Encoding::ShiftJis => encoding_rs::SHIFT_JIS,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::ShiftJis => "shift_jis",
        }
    }
}

/// The columns of the staff CSV, whatever their header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Email,
    AccountId,
    ChatworkId,
}

impl Field {
    /// The English header `staff export` writes.
    pub fn header(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Email => "email",
            Field::AccountId => "account_id",
            Field::ChatworkId => "chatwork_id",
        }
    }
}

/// The header spellings of S4, compared after trimming and lower-casing.
const HEADERS: &[(&str, Field)] = &[
    ("name", Field::Name),
    ("名前", Field::Name),
    ("氏名", Field::Name),
    ("email", Field::Email),
    ("メールアドレス", Field::Email),
    ("account_id", Field::AccountId),
    ("accountid", Field::AccountId),
    ("アカウントid", Field::AccountId),
    ("識別id", Field::AccountId),
    ("chatwork_id", Field::ChatworkId),
    ("chatworkid", Field::ChatworkId),
    ("チャットワークid", Field::ChatworkId),
];

/// The header order of `staff export`, which is also the import format.
pub const EXPORT_FIELDS: [Field; 4] = [
    Field::Name,
    Field::Email,
    Field::AccountId,
    Field::ChatworkId,
];

fn accepted_headers() -> String {
    "name/名前/氏名, email/メールアドレス, account_id/accountID/アカウントID/識別ID, \
     chatwork_id/chatworkID/チャットワークID"
        .to_string()
}

/// Which known field a header cell names, if any.
pub fn field_of(header: &str) -> Option<Field> {
    let key = header
        .trim()
        .trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase();
    HEADERS.iter().find(|(h, _)| *h == key).map(|(_, f)| *f)
}

/// The column positions of the known fields in one file.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    name: Option<usize>,
    email: Option<usize>,
    account_id: Option<usize>,
    chatwork_id: Option<usize>,
}

impl Columns {
    fn slot(&mut self, f: Field) -> &mut Option<usize> {
        match f {
            Field::Name => &mut self.name,
            Field::Email => &mut self.email,
            Field::AccountId => &mut self.account_id,
            Field::ChatworkId => &mut self.chatwork_id,
        }
    }

    /// Maps a header row; refuses duplicates and a header without the
    /// columns every row needs, listing the headers that are accepted.
    pub fn map(header: &[String]) -> Result<Columns> {
        let mut columns = Columns::default();
        for (i, h) in header.iter().enumerate() {
            let Some(field) = field_of(h) else { continue };
            let slot = columns.slot(field);
            if let Some(first) = *slot {
                return Err(Error::rule(
                    "S4",
                    format!(
                        "the header names the {} column twice (`{}` in column {} and `{}` in column {})",
                        field.header(),
                        header[first].trim(),
                        first + 1,
                        h.trim(),
                        i + 1
                    ),
                )
                .with_hint(format!("keep one of them; accepted headers: {}", accepted_headers()))
                .into());
            }
            *slot = Some(i);
        }
        let shown = header
            .iter()
            .map(|h| format!("`{}`", h.trim().escape_debug()))
            .collect::<Vec<_>>()
            .join(", ");
        let hint = format!(
            "the first row must be a header with a name column and at least one of email, account_id, chatwork_id; accepted headers: {}",
            accepted_headers()
        );
        if columns.name.is_none()
            && columns.email.is_none()
            && columns.account_id.is_none()
            && columns.chatwork_id.is_none()
        {
            return Err(Error::rule(
                "S4",
                format!("line 1: the header ({shown}) names no known column"),
            )
            .with_hint(hint)
            .into());
        }
        if columns.name.is_none() {
            return Err(Error::rule(
                "S4",
                format!("line 1: the header ({shown}) has no name column"),
            )
            .with_hint(hint)
            .into());
        }
        if columns.email.is_none() && columns.account_id.is_none() && columns.chatwork_id.is_none()
        {
            return Err(Error::rule(
                "S4",
                format!(
                    "line 1: the header ({shown}) has no email, account_id or chatwork_id column"
                ),
            )
            .with_hint(hint)
            .into());
        }
        Ok(columns)
    }
}

/// One data row: its line number, the cells the rules need (trimmed, with a
/// formula-neutralising `'` removed), and every cell as read, for a rejects
/// file.
#[derive(Debug, Clone, Default)]
pub struct StaffRow {
    pub line: u64,
    pub name: String,
    pub email: String,
    pub account_id: String,
    pub chatwork_id: String,
    pub cells: Vec<String>,
    /// A problem found while reading the row (too many cells, a line break
    /// in a cell): the column's header and the reason.
    pub problem: Option<(String, String)>,
}

impl StaffReader {
    /// The header of a field as this file spells it, for error messages.
    pub fn column_name(&self, field: Field) -> String {
        let i = match field {
            Field::Name => self.columns.name,
            Field::Email => self.columns.email,
            Field::AccountId => self.columns.account_id,
            Field::ChatworkId => self.columns.chatwork_id,
        };
        i.and_then(|i| self.header.get(i))
            .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
            .unwrap_or_else(|| field.header().to_string())
    }
}

/// Undoes `neutralise`: a cell made of `'` characters followed by one of
/// the characters a spreadsheet runs as a formula loses exactly one `'`.
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA) => rest,
        _ => cell,
    }
}

/// The first characters that make a spreadsheet run a cell as a formula.
const FORMULA: [char; 4] = ['=', '+', '-', '@'];

/// Prefixes a `'` to a cell that a spreadsheet would run as a formula, and
/// to one that already starts with `'`s before such a character, so that
/// `unneutralise` gives back exactly what was stored.
pub fn neutralise(cell: &str) -> String {
    if cell.trim_start_matches('\'').starts_with(FORMULA) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Counts the bytes read from the file, for the progress bar.
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// A staff CSV being read, one row at a time: memory does not grow with
/// the file.
pub struct StaffReader {
    reader: csv::Reader<Box<dyn Read>>,
    header: Vec<String>,
    columns: Columns,
    record: csv::StringRecord,
    read_bytes: Rc<Cell<u64>>,
    pub encoding: Encoding,
    pub bom: bool,
    pub size: u64,
}

/// Opens a file for reading, with exit 4 when it is missing and exit 3 when
/// it is not a regular file.
fn open_file(path: &Path) -> Result<File> {
    let meta = std::fs::metadata(path).map_err(|e| {
        let kind = if e.kind() == io::ErrorKind::NotFound {
            ErrorKind::NotFound
        } else {
            ErrorKind::Refused
        };
        Error::new(kind, format!("cannot read {}: {e}", path.display()))
    })?;
    if meta.is_dir() {
        return Err(
            Error::refused(format!("{} is a directory, not a CSV file", path.display()))
                .with_hint("give the path of the CSV file itself")
                .into(),
        );
    }
    File::open(path)
        .map_err(|e| Error::refused(format!("cannot read {}: {e}", path.display())).into())
}

/// Detects a file's encoding without holding it in memory: a UTF-8 BOM means
/// UTF-8; else a file that is valid UTF-8 throughout is UTF-8; else it is
/// Shift_JIS. Returns the encoding and whether there was a BOM.
pub fn detect(path: &Path) -> Result<(Encoding, bool)> {
    detect_from(BufReader::new(open_file(path)?))
}

fn detect_from(mut r: impl Read) -> Result<(Encoding, bool)> {
    let mut buf = vec![0u8; 64 * 1024];
    // Bytes of a UTF-8 sequence cut by the end of the previous chunk.
    let mut carry: Vec<u8> = Vec::new();
    let mut first = true;
    loop {
        let n = r.read(&mut buf[carry.len()..])?;
        if n == 0 {
            // A sequence still open at the end of the file is not UTF-8.
            let enc = if carry.is_empty() {
                Encoding::Utf8
            } else {
                Encoding::ShiftJis
            };
            return Ok((enc, false));
        }
        let len = carry.len() + n;
        buf[..carry.len()].copy_from_slice(&carry);
        carry.clear();
        let chunk = &buf[..len];
        if first {
            first = false;
            if chunk.starts_with(b"\xEF\xBB\xBF") {
                return Ok((Encoding::Utf8, true));
            }
        }
        match std::str::from_utf8(chunk) {
            Ok(_) => {}
            Err(e) if e.error_len().is_none() => {
                carry.extend_from_slice(&chunk[e.valid_up_to()..]);
            }
            Err(_) => return Ok((Encoding::ShiftJis, false)),
        }
    }
}

impl StaffReader {
    /// Opens a staff CSV: detects (or takes) its encoding, reads and maps
    /// the header. Refused (exit 3) when the file is empty or the header
    /// is not one S4 accepts.
    pub fn open(path: &Path, forced: Option<Encoding>) -> Result<StaffReader> {
        let (encoding, bom) = match forced {
            Some(Encoding::Utf8) => {
                let mut head = [0u8; 3];
                let n = open_file(path)?.read(&mut head)?;
                (Encoding::Utf8, head[..n] == *b"\xEF\xBB\xBF")
            }
            Some(e) => (e, false),
            None => detect(path)?,
        };
        let file = open_file(path)?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        StaffReader::from_reader(Box::new(BufReader::new(file)), encoding, bom, size)
    }

    /// Reads a staff CSV of a known encoding from any reader (tests use this
    /// on bytes in memory).
    pub fn from_reader(
        raw: Box<dyn Read>,
        encoding: Encoding,
        bom: bool,
        size: u64,
    ) -> Result<StaffReader> {
        let read_bytes = Rc::new(Cell::new(0));
        let counting = Counting {
            inner: raw,
            count: read_bytes.clone(),
        };
        // The decoder removes a BOM and turns bytes that are not valid in
        // the encoding into U+FFFD, which the rows then report.
        let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
            .encoding(Some(encoding.codec()))
            .bom_override(encoding == Encoding::Utf8)
            .build(counting);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(Box::new(decoded) as Box<dyn Read>);
        let mut record = csv::StringRecord::new();
        let header: Vec<String> = loop {
            match reader.read_record(&mut record) {
                Ok(false) => {
                    return Err(
                        Error::rule("S4", "the file is empty: there is no header row")
                            .with_hint(format!(
                                "the first row must be a header; accepted headers: {}",
                                accepted_headers()
                            ))
                            .into(),
                    );
                }
                Ok(true) => {
                    let cells: Vec<String> = record.iter().map(str::to_string).collect();
                    // Blank lines before the header are skipped by csv; a
                    // row of empty cells is skipped here.
                    if cells.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    break cells;
                }
                Err(e) => return Err(csv_error("the header", e)),
            }
        };
        if header.iter().any(|h| h.contains('\0')) {
            return Err(Error::rule(
                "S4",
                "line 1: the header contains NUL bytes; this does not look like a CSV text file",
            )
            .with_hint("export the sheet as CSV (UTF-8 or Shift_JIS)")
            .into());
        }
        let columns = Columns::map(&header)?;
        Ok(StaffReader {
            reader,
            header,
            columns,
            record,
            read_bytes,
            encoding,
            bom,
            size,
        })
    }

    /// The header cells as the file has them.
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// How many bytes of the file have been read so far.
    pub fn bytes_read(&self) -> u64 {
        self.read_bytes.get()
    }

    /// The next data row; `None` at the end. Rows whose cells are all blank
    /// are skipped (spreadsheets append them). Only I/O failures are errors;
    /// a malformed row comes back with its `problem` set.
    pub fn next_row(&mut self) -> Result<Option<StaffRow>> {
        loop {
            match self.reader.read_record(&mut self.record) {
                Ok(false) => return Ok(None),
                Ok(true) => {}
                Err(e) => return Err(csv_error("the file", e)),
            }
            if self.record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let line = self.record.position().map_or(0, |p| p.line());
            let cells: Vec<String> = self.record.iter().map(str::to_string).collect();
            let get = |i: Option<usize>| {
                i.and_then(|i| cells.get(i))
                    .map(|c| unneutralise(c.trim()).to_string())
                    .unwrap_or_default()
            };
            let mut row = StaffRow {
                line,
                name: get(self.columns.name),
                email: get(self.columns.email),
                account_id: get(self.columns.account_id),
                chatwork_id: get(self.columns.chatwork_id),
                problem: None,
                cells: Vec::new(),
            };
            if cells.len() > self.header.len() {
                row.problem = Some((
                    "-".to_string(),
                    format!(
                        "the row has {} cells but the header has {}",
                        cells.len(),
                        self.header.len()
                    ),
                ));
            } else if let Some(i) = cells.iter().position(|c| c.contains(['\n', '\r'])) {
                row.problem = Some((
                    self.header[i].trim().to_string(),
                    "the cell holds a line break; check for a quote (\") that is never closed"
                        .to_string(),
                ));
            }
            row.cells = cells;
            return Ok(Some(row));
        }
    }
}

fn csv_error(what: &str, e: csv::Error) -> anyhow::Error {
    let line = e.position().map(|p| format!("line {}: ", p.line()));
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::refused(format!("cannot read {what}: {io}")).into(),
        other => Error::rule(
            "S4",
            format!(
                "{}{what} is not valid CSV: {other:?}",
                line.unwrap_or_default()
            ),
        )
        .into(),
    }
}

/// Encodes CSV text for a file of the given encoding. Shift_JIS cannot hold
/// every character: those are refused, naming the first one.
pub fn encode(text: &str, encoding: Encoding, bom: bool) -> Result<Vec<u8>> {
    match encoding {
        Encoding::Utf8 => {
            let mut out = Vec::with_capacity(text.len() + 3);
            if bom {
                out.extend_from_slice(b"\xEF\xBB\xBF");
            }
            out.extend_from_slice(text.as_bytes());
            Ok(out)
        }
        Encoding::ShiftJis => {
            let (bytes, _, had_errors) = encoding_rs::SHIFT_JIS.encode(text);
            if had_errors {
                let bad = text
                    .chars()
                    .find(|c| {
                        let mut b = [0u8; 4];
                        encoding_rs::SHIFT_JIS.encode(c.encode_utf8(&mut b)).2
                    })
                    .unwrap_or('?');
                return Err(
                    Error::refused(format!("`{bad}` cannot be written in Shift_JIS"))
                        .with_hint("use --encoding utf-8")
                        .into(),
                );
            }
            Ok(bytes.into_owned())
        }
    }
}

/// One CSV record as text (with its line end).
pub fn record_text<S: AsRef<str>>(cells: &[S]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(cells.iter().map(AsRef::as_ref))?;
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes)?)
}

/// A rejects file (S5): the input's headers plus `error`, in the input's
/// encoding, readable by its owner only, written as rows are rejected.
pub struct RejectsWriter {
    out: io::BufWriter<File>,
    encoding: Encoding,
    width: usize,
    /// The input's own `error` column (a rejects file imported again) is
    /// reused rather than a second one added.
    error_column: Option<usize>,
}

impl RejectsWriter {
    pub fn create(path: &Path, header: &[String], encoding: Encoding, bom: bool) -> Result<Self> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(path).map_err(|e| {
            Error::refused(format!(
                "cannot write the rejects file {}: {e}",
                path.display()
            ))
        })?;
        // An existing file keeps its mode when opened: make it private too,
        // since it is about to hold people's names and e-mails.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(|e| {
                    Error::refused(format!("cannot make {} private: {e}", path.display()))
                })?;
        }
        let mut out = io::BufWriter::new(file);
        let mut cells: Vec<String> = header.to_vec();
        if let Some(first) = cells.first_mut() {
            *first = first.trim_start_matches('\u{feff}').to_string();
        }
        let error_column = cells
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case("error"));
        if error_column.is_none() {
            cells.push("error".to_string());
        }
        out.write_all(&encode(&record_text(&cells)?, encoding, bom)?)?;
        Ok(RejectsWriter {
            out,
            encoding,
            width: header.len(),
            error_column,
        })
    }

    /// Appends a rejected row with its reason. A character the encoding
    /// cannot hold (bytes that were not valid to begin with) becomes `?`.
    pub fn write(&mut self, row: &StaffRow, error: &str) -> Result<()> {
        // Like every CSV orgctl writes, no live formula (issue 15.8): each
        // cell is the value the importer read, neutralised again, so a
        // cell that came in as `=x` goes out as `'=x` and still imports as
        // `=x`.
        let mut cells: Vec<String> = row
            .cells
            .iter()
            .map(|c| neutralise(unneutralise(c)))
            .collect();
        cells.resize(self.width.max(cells.len()), String::new());
        match self.error_column {
            Some(i) => cells[i] = neutralise(error),
            None => cells.push(neutralise(error)),
        }
        let text = record_text(&cells)?;
        let bytes = match encode(&text, self.encoding, false) {
            Ok(b) => b,
            Err(_) => {
                let safe: String = text
                    .chars()
                    .map(|c| {
                        let mut b = [0u8; 4];
                        if encoding_rs::SHIFT_JIS.encode(c.encode_utf8(&mut b)).2 {
                            '?'
                        } else {
                            c
                        }
                    })
                    .collect();
                encode(&safe, self.encoding, false)?
            }
        };
        self.out.write_all(&bytes)?;
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], enc: Encoding) -> Result<(StaffReader, Vec<StaffRow>)> {
        let mut r =
            StaffReader::from_reader(Box::new(io::Cursor::new(bytes.to_vec())), enc, false, 0)?;
        let mut rows = Vec::new();
        while let Some(row) = r.next_row()? {
            rows.push(row);
        }
        Ok((r, rows))
    }

    #[test]
    fn detection() {
        let d = |b: &[u8]| detect_from(io::Cursor::new(b.to_vec())).unwrap();
        assert_eq!(d(b"\xEF\xBB\xBFname\n"), (Encoding::Utf8, true));
        assert_eq!(d("名前\n".as_bytes()), (Encoding::Utf8, false));
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("名前\n");
        assert_eq!(d(&sjis), (Encoding::ShiftJis, false));
        assert_eq!(d(b""), (Encoding::Utf8, false));
        // A UTF-8 sequence cut at a chunk boundary is still UTF-8.
        let mut big = vec![b'a'; 64 * 1024 - 1];
        big.extend_from_slice("名".as_bytes());
        assert_eq!(d(&big), (Encoding::Utf8, false));
    }

    #[test]
    fn headers_map_in_any_order_and_spelling() {
        let (r, rows) = read(
            " 識別ID ,氏名,Chatwork_ID\n1001,Ichiro,'=x\n".as_bytes(),
            Encoding::Utf8,
        )
        .unwrap();
        assert_eq!(r.column_name(Field::AccountId), "識別ID");
        assert_eq!(rows[0].name, "Ichiro");
        assert_eq!(rows[0].account_id, "1001");
        assert_eq!(rows[0].chatwork_id, "=x");
        assert_eq!(rows[0].line, 2);
    }

    #[test]
    fn neutralising_round_trips() {
        for s in [
            "=1+1", "+81", "-x", "@a", "'=b", "''@c", "plain", "'plain", "'", "",
        ] {
            assert_eq!(unneutralise(&neutralise(s)), s, "{s}");
        }
    }
}
