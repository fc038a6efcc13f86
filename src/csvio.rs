//! Staff CSV files (SPEC S4, CLI.md "Staff CSV"): opening the input (a file,
//! or `-` for standard input; pipes are read once, into a private spool),
//! detecting and decoding the encoding (UTF-8 with or without BOM,
//! Shift_JIS/CP932, UTF-16 with a BOM) and the separator (comma or tab, as
//! Excel's "Unicode text" saves), mapping English and Japanese headers,
//! streaming rows one at a time with their physical line numbers and a cap
//! on a record's size, and writing CSV back in the same format (rejects
//! files, `staff export`).
//!
//! Nothing here knows the roster's rules: rows come out as trimmed text with
//! their line numbers, and `domain::staff` decides what they mean.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
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
    /// UTF-16, little-endian, recognised by its BOM (Excel's "Unicode
    /// text").
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16, big-endian, recognised by its BOM.
    #[serde(rename = "utf-16be")]
    Utf16Be,
}

impl Encoding {
    fn codec(self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 => encoding_rs::UTF_8,
            Encoding::ShiftJis => encoding_rs::SHIFT_JIS,
            Encoding::Utf16Le => encoding_rs::UTF_16LE,
            Encoding::Utf16Be => encoding_rs::UTF_16BE,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::ShiftJis => "shift_jis",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }

    /// The BOM this encoding starts a file with (UTF-16 files always have
    /// one: it is how they are recognised).
    fn bom_bytes(self) -> &'static [u8] {
        match self {
            Encoding::Utf8 => b"\xEF\xBB\xBF",
            Encoding::ShiftJis => b"",
            Encoding::Utf16Le => b"\xFF\xFE",
            Encoding::Utf16Be => b"\xFE\xFF",
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
    /// The field a column holds, if any.
    fn field_at(&self, i: usize) -> Option<Field> {
        [
            (self.name, Field::Name),
            (self.email, Field::Email),
            (self.account_id, Field::AccountId),
            (self.chatwork_id, Field::ChatworkId),
        ]
        .into_iter()
        .find(|(at, _)| *at == Some(i))
        .map(|(_, f)| f)
    }

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
    /// Every cell as read, for a rejects file; `None` when the four fields
    /// above hold them all, as read (no other cell, none trimmed or
    /// un-neutralised: nearly every row), so that each row's text is not
    /// kept twice (issue 18.3: allocations were 15% of a large import).
    pub cells: Option<Vec<String>>,
    /// A problem found while reading the row (too many cells, a line break
    /// in a cell): the column's header and the reason.
    pub problem: Option<(String, String)>,
}

impl StaffRow {
    /// A field's value as read (trimmed, the formula-neutralising `'`
    /// removed).
    pub fn field(&self, f: Field) -> &str {
        match f {
            Field::Name => &self.name,
            Field::Email => &self.email,
            Field::AccountId => &self.account_id,
            Field::ChatworkId => &self.chatwork_id,
        }
    }
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

/// The longest record (one row, its quoted line breaks included) read at
/// all: a staff row is a few hundred bytes, and a file with no line end or
/// a quote never closed must not be held in memory whole (15.2).
pub const MAX_RECORD_BYTES: u64 = 4 * 1024 * 1024;

/// What `Lines` has seen of the decoded text, shared with the reader that
/// asks which physical line a record starts on.
#[derive(Default)]
struct LineState {
    /// Bytes of decoded text passed to the CSV parser so far.
    offset: u64,
    /// Where each line break not yet accounted for starts and ends (CRLF,
    /// CR and LF are one break each), in order.
    breaks: VecDeque<(u64, u64)>,
    /// Line breaks already passed.
    counted: u64,
    /// A CR was the last byte: whether it is a break of its own or the
    /// first half of a CRLF is known with the next byte.
    pending_cr: bool,
    /// Where the record being read starts, for the size cap.
    record_start: u64,
    /// The raw bytes read from the input, for the progress bar.
    raw_bytes: u64,
}

impl LineState {
    /// The physical line (1-based) of the first byte at or after `offset`
    /// that is not a line break: the CSV parser places a record's start
    /// after the previous record's last byte, which may be the CR of a
    /// CRLF, or before blank lines it skips.
    fn line_at(&mut self, offset: u64) -> u64 {
        let mut at = offset;
        while let Some(&(start, end)) = self.breaks.front() {
            if end <= at {
                self.breaks.pop_front();
                self.counted += 1;
            } else if start <= at {
                at = end;
            } else {
                break;
            }
        }
        self.counted + 1
    }
}

/// The record-size cap was hit: the line where the record starts.
#[derive(Debug)]
struct TooLong(u64);

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the record at line {} is too long", self.0)
    }
}

impl std::error::Error for TooLong {}

/// Passes decoded text to the CSV parser, noting where every line break
/// ends (so that line numbers are the file's physical lines whatever the
/// line ends, 12.9) and refusing a record longer than `MAX_RECORD_BYTES`.
struct Lines<R> {
    inner: R,
    state: Rc<RefCell<LineState>>,
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut s = self.state.borrow_mut();
        let start = s.offset;
        for (i, &b) in buf[..n].iter().enumerate() {
            let at = start + i as u64;
            if s.pending_cr {
                s.pending_cr = false;
                if b == b'\n' {
                    s.breaks.push_back((at - 1, at + 1));
                    continue;
                }
                // A CR not followed by LF ends a line of its own.
                s.breaks.push_back((at - 1, at));
            }
            match b {
                b'\n' => s.breaks.push_back((at, at + 1)),
                b'\r' => s.pending_cr = true,
                _ => {}
            }
        }
        s.offset += n as u64;
        if n == 0 && s.pending_cr {
            s.pending_cr = false;
            let end = s.offset;
            s.breaks.push_back((end - 1, end));
        }
        // The parser reads ahead by its buffer (8 KiB); the slack keeps a
        // record just under the cap from being refused for it.
        if s.offset.saturating_sub(s.record_start) > MAX_RECORD_BYTES + 64 * 1024 {
            let record_start = s.record_start;
            let line = s.line_at(record_start);
            return Err(io::Error::new(io::ErrorKind::InvalidData, TooLong(line)));
        }
        Ok(n)
    }
}

/// Counts the raw bytes read from the input, for the progress bar.
struct Counting<R> {
    inner: R,
    state: Rc<RefCell<LineState>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.state.borrow_mut().raw_bytes += n as u64;
        Ok(n)
    }
}

/// An opened input: a regular file, read where it lies, or the spool that a
/// pipe or standard input was copied into (read once, before any lock is
/// taken: 15.3, 17.6).
pub struct Input {
    file: File,
    /// How the input is named in messages and in the audit (`-` is
    /// standard input).
    pub name: String,
    pub size: u64,
    /// The device and inode of the input itself (not of the spool), which
    /// an output file must not be (15.1).
    pub identity: Option<(u64, u64)>,
}

/// The device and inode of an open file.
pub fn identity_of(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

impl Input {
    /// Opens `path`, or standard input for `-`. Exit 4 when the file is
    /// missing, exit 3 when it is a directory. Anything that is not a
    /// regular file (a pipe, a terminal, a device) is copied once into a
    /// private temporary file, so that it is read before the import takes
    /// the write lock and can be read twice (encoding detection, rows).
    pub fn open(path: &Path) -> Result<Input> {
        if path == Path::new("-") {
            let stdin = io::stdin();
            let identity = std::fs::metadata("/dev/stdin")
                .ok()
                .filter(std::fs::Metadata::is_file)
                .as_ref()
                .and_then(identity_of);
            let mut lock = stdin.lock();
            return Input::spool(&mut lock, "-".to_string(), identity);
        }
        let name = path.display().to_string();
        let file = File::open(path).map_err(|e| {
            let kind = if e.kind() == io::ErrorKind::NotFound {
                ErrorKind::NotFound
            } else {
                ErrorKind::Refused
            };
            Error::new(kind, format!("cannot read {name}: {e}"))
        })?;
        let meta = file
            .metadata()
            .map_err(|e| Error::refused(format!("cannot read {name}: {e}")))?;
        if meta.is_dir() {
            return Err(
                Error::refused(format!("{name} is a directory, not a CSV file"))
                    .with_hint("give the path of the CSV file itself")
                    .into(),
            );
        }
        if meta.is_file() {
            return Ok(Input {
                file,
                name,
                size: meta.len(),
                identity: identity_of(&meta),
            });
        }
        let identity = identity_of(&meta);
        let mut file = file;
        Input::spool(&mut file, name, identity)
    }

    fn spool(from: &mut dyn Read, name: String, identity: Option<(u64, u64)>) -> Result<Input> {
        let mut spool = tempfile::tempfile()
            .map_err(|e| Error::refused(format!("cannot make a temporary file for {name}: {e}")))?;
        let size = io::copy(from, &mut spool)
            .map_err(|e| Error::refused(format!("cannot read {name}: {e}")))?;
        Ok(Input {
            file: spool,
            name,
            size,
            identity,
        })
    }

    /// A second handle on the same input, to read it again from the start
    /// (a transaction that the database asks to retry).
    pub fn try_clone(&self) -> Result<Input> {
        Ok(Input {
            file: self.file.try_clone()?,
            name: self.name.clone(),
            size: self.size,
            identity: self.identity,
        })
    }

    /// The input from its first byte.
    fn rewound(&mut self) -> Result<&mut File> {
        self.file.seek(SeekFrom::Start(0))?;
        Ok(&mut self.file)
    }

    /// An input of bytes in memory (tests, fuzzing).
    pub fn from_bytes(bytes: &[u8]) -> Result<Input> {
        Input::spool(&mut io::Cursor::new(bytes), "-".to_string(), None)
    }
}

/// A staff CSV being read, one row at a time: memory does not grow with
/// the file.
pub struct StaffReader {
    reader: csv::Reader<Box<dyn Read>>,
    header: Vec<String>,
    columns: Columns,
    record: csv::StringRecord,
    lines: Rc<RefCell<LineState>>,
    pub encoding: Encoding,
    pub bom: bool,
    /// The separator: `,`, or a tab (Excel's "Unicode text").
    pub delimiter: u8,
    pub size: u64,
    /// With `--encoding utf-8` forced on a file that is not UTF-8, the
    /// encoding detection would have chosen, for the error's hint (17.9).
    pub suggested: Option<Encoding>,
}

/// Detects an input's encoding without holding it in memory: a UTF-16 BOM
/// means UTF-16; a UTF-8 BOM means UTF-8; else an input that is valid UTF-8
/// throughout is UTF-8; else it is Shift_JIS. Returns the encoding and
/// whether there was a BOM.
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
            for enc in [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be] {
                if chunk.starts_with(enc.bom_bytes()) {
                    return Ok((enc, true));
                }
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

/// The separator of a file: a tab when the first line holds more tabs than
/// commas (Excel's "Unicode text" and other tab-separated exports), else a
/// comma.
fn detect_delimiter(head: &[u8], encoding: Encoding) -> u8 {
    let (text, _) = encoding.codec().decode_without_bom_handling(head);
    let first = text
        .trim_start_matches('\u{feff}')
        .split(['\n', '\r'])
        .next()
        .unwrap_or_default();
    let tabs = first.matches('\t').count();
    let commas = first.matches(',').count();
    if tabs > commas { b'\t' } else { b',' }
}

impl StaffReader {
    /// Opens a staff CSV: detects (or takes) its encoding and separator,
    /// reads and maps the header. Refused (exit 3) when the file is empty
    /// or the header is not one S4 accepts.
    pub fn open(mut input: Input, forced: Option<Encoding>) -> Result<StaffReader> {
        let detected = detect_from(BufReader::new(input.rewound()?))?;
        let (encoding, bom, suggested) = match forced {
            Some(Encoding::Utf8) => {
                let bom = detected == (Encoding::Utf8, true);
                let suggested = Some(detected.0).filter(|e| *e != Encoding::Utf8);
                (Encoding::Utf8, bom, suggested)
            }
            Some(e) => (e, detected == (e, true), None),
            None => (detected.0, detected.1, None),
        };
        let mut head = vec![0u8; 64 * 1024];
        let mut got = 0;
        {
            let file = input.rewound()?;
            while got < head.len() {
                let n = file.read(&mut head[got..])?;
                if n == 0 {
                    break;
                }
                got += n;
            }
        }
        let body = &head[..got];
        let body = body.strip_prefix(encoding.bom_bytes()).unwrap_or(body);
        let delimiter = detect_delimiter(body, encoding);
        let size = input.size;
        let mut file = input.file;
        file.seek(SeekFrom::Start(0))?;
        let mut reader = StaffReader::from_reader_with(
            Box::new(BufReader::new(file)),
            encoding,
            bom,
            delimiter,
            size,
        )?;
        reader.suggested = suggested;
        Ok(reader)
    }

    /// Reads a staff CSV of a known encoding from any reader (tests use this
    /// on bytes in memory).
    pub fn from_reader(
        raw: Box<dyn Read>,
        encoding: Encoding,
        bom: bool,
        size: u64,
    ) -> Result<StaffReader> {
        StaffReader::from_reader_with(raw, encoding, bom, b',', size)
    }

    fn from_reader_with(
        raw: Box<dyn Read>,
        encoding: Encoding,
        bom: bool,
        delimiter: u8,
        size: u64,
    ) -> Result<StaffReader> {
        let lines = Rc::new(RefCell::new(LineState::default()));
        let counting = Counting {
            inner: raw,
            state: lines.clone(),
        };
        // The decoder removes a BOM and turns bytes that are not valid in
        // the encoding into U+FFFD, which the rows then report.
        let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
            .encoding(Some(encoding.codec()))
            .bom_override(true)
            .build(counting);
        let lined = Lines {
            inner: decoded,
            state: lines.clone(),
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(Box::new(lined) as Box<dyn Read>);
        let mut record = csv::StringRecord::new();
        let header: Vec<String> = loop {
            let read = reader.read_record(&mut record);
            lines.borrow_mut().record_start = reader.position().byte();
            match read {
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
            .with_hint("export the sheet as CSV (UTF-8, UTF-16 or Shift_JIS)")
            .into());
        }
        let columns = Columns::map(&header)?;
        Ok(StaffReader {
            reader,
            header,
            columns,
            record,
            lines,
            encoding,
            bom,
            delimiter,
            size,
            suggested: None,
        })
    }

    /// The header cells as the file has them.
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// The header cells that name no staff column, as the file spells them
    /// (17.9: reported once as ignored). A rejects file's own `error`
    /// column is expected, and not listed.
    pub fn ignored_columns(&self) -> Vec<String> {
        self.header
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').trim())
            .filter(|h| field_of(h).is_none() && !h.eq_ignore_ascii_case("error"))
            .map(str::to_string)
            .collect()
    }

    /// How many bytes of the file have been read so far.
    pub fn bytes_read(&self) -> u64 {
        self.lines.borrow().raw_bytes
    }

    /// The next data row; `None` at the end. Rows whose cells are all blank
    /// are skipped (spreadsheets append them). Only I/O failures and a
    /// record over the size cap are errors; a malformed row comes back with
    /// its `problem` set.
    pub fn next_row(&mut self) -> Result<Option<StaffRow>> {
        loop {
            let read = self.reader.read_record(&mut self.record);
            self.lines.borrow_mut().record_start = self.reader.position().byte();
            match read {
                Ok(false) => return Ok(None),
                Ok(true) => {}
                Err(e) => return Err(csv_error("the file", e)),
            }
            if self.record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            // 12.9: the physical line the record starts on, counting CRLF,
            // CR and LF alike and the line breaks inside quoted cells.
            let line = match self.record.position() {
                Some(p) => self.lines.borrow_mut().line_at(p.byte()),
                None => 0,
            };
            let record = &self.record;
            let get = |i: Option<usize>| {
                i.and_then(|i| record.get(i))
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
                cells: None,
            };
            let cells = record.len();
            let fields_hold_cells = cells <= self.header.len()
                && record
                    .iter()
                    .enumerate()
                    .all(|(i, c)| match self.columns.field_at(i) {
                        Some(f) => row.field(f) == c,
                        None => c.is_empty(),
                    });
            if !fields_hold_cells {
                row.cells = Some(record.iter().map(str::to_string).collect());
            }
            if cells > self.header.len() {
                row.problem = Some((
                    "-".to_string(),
                    format!(
                        "the row has {} cells but the header has {}",
                        cells,
                        self.header.len()
                    ),
                ));
            } else if let Some(i) = record.iter().position(|c| c.contains(['\n', '\r'])) {
                row.problem = Some((
                    self.header[i].trim().to_string(),
                    "the cell holds a line break; check for a quote (\") that is never closed"
                        .to_string(),
                ));
            }
            return Ok(Some(row));
        }
    }
}

fn csv_error(what: &str, e: csv::Error) -> anyhow::Error {
    let line = e.position().map(|p| format!("line {}: ", p.line()));
    match e.into_kind() {
        csv::ErrorKind::Io(io) => {
            if let Some(TooLong(line)) = io.get_ref().and_then(|e| e.downcast_ref::<TooLong>()) {
                return Error::rule(
                    "S5",
                    format!(
                        "line {line}: the record is longer than {} MiB, far more than a staff row holds; nothing was imported",
                        MAX_RECORD_BYTES / (1024 * 1024)
                    ),
                )
                .with_hint(format!(
                    "check line {line} for a quote (\") that is never closed, or for a file that is not a staff CSV"
                ))
                .into();
            }
            Error::refused(format!("cannot read {what}: {io}")).into()
        }
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
                out.extend_from_slice(encoding.bom_bytes());
            }
            out.extend_from_slice(text.as_bytes());
            Ok(out)
        }
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            if bom {
                out.extend_from_slice(encoding.bom_bytes());
            }
            for unit in text.encode_utf16() {
                let bytes = if encoding == Encoding::Utf16Le {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                };
                out.extend_from_slice(&bytes);
            }
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
    record_text_with(cells, b',')
}

/// One record with the given separator.
fn record_text_with<S: AsRef<str>>(cells: &[S], delimiter: u8) -> Result<String> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    w.write_record(cells.iter().map(AsRef::as_ref))?;
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes)?)
}

/// How a rejects file may be written (15.1).
#[derive(Debug, Clone, Default)]
pub struct OutputRules {
    /// Replace a file that already exists (`--force`).
    pub overwrite: bool,
    /// Files the output must not be (the input, the database): device and
    /// inode.
    pub not_these: Vec<(u64, u64)>,
}

/// A rejects file (S5): the input's headers plus `error`, in the input's
/// encoding and separator, readable by its owner only, written as rows are
/// rejected. It is written to a new private file in the same directory and
/// renamed into place by `commit` only when the run succeeds; dropped
/// without `commit`, it leaves nothing behind (15.1).
pub struct RejectsWriter {
    out: io::BufWriter<tempfile::NamedTempFile>,
    path: PathBuf,
    overwrite: bool,
    encoding: Encoding,
    delimiter: u8,
    width: usize,
    /// Where the fields are, to write a row whose fields hold its cells.
    columns: Columns,
    /// The input's own `error` column (a rejects file imported again) is
    /// reused rather than a second one added.
    error_column: Option<usize>,
}

/// Checks that `path` may receive an output file: not a link, not a
/// directory, not one of `rules.not_these`, and absent unless overwriting
/// is allowed. Nothing is opened or created.
pub fn check_output(path: &Path, what: &str, rules: &OutputRules) -> Result<()> {
    let shown = path.display();
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::refused(format!("cannot use {shown} as the {what}: {e}")).into()),
        Ok(meta) if meta.file_type().is_symlink() => Err(Error::refused(format!(
            "the {what} {shown} is a symbolic link; orgctl does not write through links"
        ))
        .with_hint(format!("give the path of a new file for the {what}"))
        .into()),
        Ok(meta) if meta.is_dir() => {
            Err(Error::refused(format!("the {what} {shown} is a directory"))
                .with_hint(format!("give the path of a new file for the {what}"))
                .into())
        }
        Ok(meta) => {
            if let Some(id) = identity_of(&meta)
                && rules.not_these.contains(&id)
            {
                return Err(Error::refused(format!(
                    "the {what} {shown} is the file being imported or the database (the same file, or a link to it)"
                ))
                .with_hint(format!("give the {what} another file name"))
                .into());
            }
            if !meta.is_file() {
                return Err(Error::refused(format!(
                    "the {what} {shown} exists and is not a regular file"
                ))
                .with_hint(format!("give the path of a new file for the {what}"))
                .into());
            }
            if rules.overwrite {
                Ok(())
            } else {
                Err(Error::refused(format!("the {what} {shown} already exists"))
                    .with_hint(format!(
                        "give a new file name, or pass --force to replace {shown}"
                    ))
                    .into())
            }
        }
    }
}

impl RejectsWriter {
    pub fn create(path: &Path, rules: &OutputRules, reader: &StaffReader) -> Result<Self> {
        check_output(path, "rejects file", rules)?;
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        // A new file with a random name, created exclusively (O_EXCL, so no
        // link is followed) and private (0600) from the start.
        let temp = tempfile::Builder::new()
            .prefix(".orgctl-rejects-")
            .tempfile_in(&dir)
            .map_err(|e| {
                Error::refused(format!(
                    "cannot write the rejects file in {}: {e}",
                    dir.display()
                ))
            })?;
        let header = reader.header();
        let mut out = io::BufWriter::new(temp);
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
        out.write_all(&encode(
            &record_text_with(&cells, reader.delimiter)?,
            reader.encoding,
            reader.bom,
        )?)?;
        Ok(RejectsWriter {
            out,
            path: path.to_path_buf(),
            overwrite: rules.overwrite,
            encoding: reader.encoding,
            delimiter: reader.delimiter,
            width: header.len(),
            columns: reader.columns.clone(),
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
        let mut cells: Vec<String> = match &row.cells {
            Some(cells) => cells.iter().map(|c| neutralise(unneutralise(c))).collect(),
            // The fields hold every cell as read (`StaffRow::cells`).
            None => (0..self.width)
                .map(|i| match self.columns.field_at(i) {
                    Some(f) => neutralise(unneutralise(row.field(f))),
                    None => String::new(),
                })
                .collect(),
        };
        cells.resize(self.width.max(cells.len()), String::new());
        match self.error_column {
            Some(i) => cells[i] = neutralise(error),
            None => cells.push(neutralise(error)),
        }
        let text = record_text_with(&cells, self.delimiter)?;
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

    /// Makes the file durable and renames it into place: replacing an
    /// existing file only when overwriting was allowed (the check is made
    /// again here, atomically, for a file that appeared meanwhile).
    pub fn commit(self) -> Result<PathBuf> {
        let path = self.path;
        let temp = self
            .out
            .into_inner()
            .map_err(|e| Error::refused(format!("cannot write the rejects file: {}", e.error())))?;
        temp.as_file().sync_all()?;
        let persisted = if self.overwrite {
            temp.persist(&path).map(|_| ())
        } else {
            temp.persist_noclobber(&path).map(|_| ())
        };
        persisted.map_err(|e| {
            Error::refused(format!(
                "cannot write the rejects file {}: {}",
                path.display(),
                e.error
            ))
        })?;
        Ok(path)
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

    /// Hands out one byte per read, so that every CR and LF falls on a
    /// chunk boundary somewhere.
    struct OneByte(io::Cursor<Vec<u8>>);

    impl Read for OneByte {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(1);
            self.0.read(&mut buf[..n])
        }
    }

    #[test]
    fn line_numbers_are_physical_lines_across_chunk_boundaries() {
        for (text, want) in [
            ("h,name\na,1\n\nb,2\n", vec![2, 4]),
            ("h,name\r\na,1\r\n\r\nb,2\r\n", vec![2, 4]),
            ("h,name\ra,1\r\rb,2\r", vec![2, 4]),
            ("h,name\r\n\"x\r\ny\",1\r\nb,2", vec![2, 4]),
            ("h,name\n\"x\r\n\ny\",1\nb,2\n", vec![2, 5]),
        ] {
            let bytes = text.replace("h,", "account_id,").into_bytes();
            let mut r = StaffReader::from_reader(
                Box::new(OneByte(io::Cursor::new(bytes))),
                Encoding::Utf8,
                false,
                0,
            )
            .unwrap();
            let mut lines = Vec::new();
            while let Some(row) = r.next_row().unwrap() {
                lines.push(row.line);
            }
            assert_eq!(lines, want, "{text:?}");
        }
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
