//! The one error type that carries an exit code (CLI.md "Exit codes"), and the
//! single place where any error is mapped to one.

use std::fmt;

use serde::Serialize;

use crate::checks::Blocker;

/// What went wrong, as far as a script needs to know: each kind is one exit
/// code of CLI.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Unexpected,
    Usage,
    Refused,
    NotFound,
    NeedsConfirmation,
    Partial,
    /// The change was committed, but printing its report (or writing an
    /// output file) failed afterwards (issue 15.4): never "nothing was
    /// changed".
    ReportFailed,
    Busy,
    /// Not authenticated or not permitted by the database (CLI.md, turn 2).
    Denied,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Unexpected => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Refused => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::NeedsConfirmation => 5,
            ErrorKind::Partial => 6,
            ErrorKind::ReportFailed => 7,
            ErrorKind::Busy => 75,
            ErrorKind::Denied => 77,
        }
    }
}

/// An error meant for a person: what broke, and a hint with the way out.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    pub blockers: Vec<Blocker>,
}

/// The longest message an error carries: input echoed in a message (a
/// 50 MB name) is cut here, so no error floods a terminal or a log (15.7).
pub const MAX_MESSAGE_BYTES: usize = 2048;

/// Input shown in a message: at most 200 bytes of it, cut on a character
/// boundary, saying how much was left out.
pub fn echo(input: &str) -> String {
    cap(input, 200)
}

/// `text` cut to at most `max` bytes (on a character boundary), with the
/// number of bytes left out.
pub fn cap(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} more bytes)", &text[..end], text.len() - end)
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: cap(&message.into(), MAX_MESSAGE_BYTES),
            hint: None,
            blockers: Vec::new(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Refused, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn unexpected(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unexpected, message)
    }

    /// A refusal by a numbered rule: `refused [T2]: ...`.
    pub fn rule(rule: &str, message: impl fmt::Display) -> Self {
        Self::refused(format!("refused [{rule}]: {message}"))
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(cap(&hint.into(), MAX_MESSAGE_BYTES));
        self
    }

    /// A change that was committed (audit row `audit_id`) and whose report
    /// then could not be written: exit 7, saying what was applied and what
    /// failed, so that nobody runs it again believing nothing happened.
    pub fn applied_but_not_reported(action: &str, audit_id: i64, failure: &anyhow::Error) -> Self {
        Self::new(
            ErrorKind::ReportFailed,
            format!(
                "{action} was applied and committed (audit row {audit_id}), but its report could not be written: {failure:#}"
            ),
        )
        .with_hint(format!(
            "do not run it again: the change is in the database; `orgctl audit list` shows row {audit_id}, and the list and show commands show the new state"
        ))
    }

    /// A plan that cannot be applied: every blocker is listed. Exit-code
    /// precedence: when every blocker is a name that matches nothing, the
    /// plan is "not found" (4); any other blocker makes it "refused" (3).
    pub fn blocked(mut blockers: Vec<Blocker>) -> Self {
        // Blockers may quote input (a fixture entry, a name): cap each.
        for b in &mut blockers {
            if b.message.len() > MAX_MESSAGE_BYTES {
                b.message = cap(&b.message, MAX_MESSAGE_BYTES);
            }
            if let Some(h) = b.hint.as_mut().filter(|h| h.len() > MAX_MESSAGE_BYTES) {
                *h = cap(h, MAX_MESSAGE_BYTES);
            }
        }
        let message = match blockers.as_slice() {
            [one] if one.not_found => one.message.clone(),
            [one] => format!("refused [{}]: {}", one.rule, one.message),
            many => format!("refused: {} rules block this command", many.len()),
        };
        let message = cap(&message, MAX_MESSAGE_BYTES);
        let kind = if !blockers.is_empty() && blockers.iter().all(|b| b.not_found) {
            ErrorKind::NotFound
        } else {
            ErrorKind::Refused
        };
        Error {
            kind,
            message,
            hint: None,
            blockers,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Finds the exit-code-bearing error in an `anyhow` chain; anything else
/// is unexpected (exit 1). Database failures that have an exit code of their
/// own (busy, unreachable, login refused: CLI.md) were given one by `db::`
/// where they left it, so this module knows no database.
pub fn classify(err: &anyhow::Error) -> Error {
    // An exit code given with `.context(..)` (as `db::sql::with_exit_code`
    // does) is found by `downcast_ref` on the error itself, not in `chain()`,
    // whose first link is the context wrapper.
    if let Some(e) = err.downcast_ref::<Error>() {
        return e.clone();
    }
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Error>() {
            return e.clone();
        }
    }
    Error::unexpected(format!("{err:#}"))
}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;
