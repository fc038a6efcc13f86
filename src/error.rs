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

/// The exit code of a dry run under `--exit-code` that would change
/// something (like `git diff --exit-code`); the one that would not exits 0.
pub const EXIT_WOULD_CHANGE: u8 = 10;

/// How a command ends (CLI.md "Exit codes"), turned into the process's exit
/// code in one place (`main`), as uv's `ExitStatus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Done (a dry run that found no blocker is done too): 0.
    Success,
    /// A dry run under `--exit-code` that found something to change: 10.
    WouldChange,
    /// A command that failed, or a dry run (or `check`) that found blockers
    /// and printed them: the error kind's code (3, or 4 when every blocker
    /// is a name that matches nothing).
    Failed(ErrorKind),
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::WouldChange => EXIT_WOULD_CHANGE,
            ExitStatus::Failed(kind) => kind.exit_code(),
        }
    }
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(status: ExitStatus) -> Self {
        std::process::ExitCode::from(status.code())
    }
}

/// An error meant for a person: what broke, and a hint with the way out.
/// `message` is the fact alone; the renderer prefixes a refusal with
/// `refused: ` or `refused [RULE]: ` from `kind` and `rule` (`headline`), so
/// no message spells the prefix by hand.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    /// The rule that refuses (SPEC's numbers: `T2`, `R7`, ...), if one does.
    pub rule: Option<String>,
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
            rule: None,
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

    /// A refusal by a numbered rule, shown as `refused [T2]: ...`.
    pub fn rule(rule: &str, message: impl fmt::Display) -> Self {
        Error {
            rule: Some(rule.to_string()),
            ..Self::refused(message.to_string())
        }
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
        let (rule, message) = match blockers.as_slice() {
            [one] if one.not_found => (None, one.message.clone()),
            [one] => (Some(one.rule.clone()), one.message.clone()),
            many => (None, format!("{} rules block this command", many.len())),
        };
        let message = cap(&message, MAX_MESSAGE_BYTES);
        let kind = if !blockers.is_empty() && blockers.iter().all(|b| b.not_found) {
            ErrorKind::NotFound
        } else {
            ErrorKind::Refused
        };
        Error {
            kind,
            rule,
            message,
            hint: None,
            blockers,
        }
    }

    /// The message as a person reads it: a refusal says so, with its rule
    /// (`refused [T2]: ...`, `refused: ...`); other kinds are the message.
    pub fn headline(&self) -> String {
        match (self.kind, &self.rule) {
            (ErrorKind::Refused, Some(rule)) => format!("refused [{rule}]: {}", self.message),
            (ErrorKind::Refused, None) => format!("refused: {}", self.message),
            _ => self.message.clone(),
        }
    }

    /// The result column of an audit row for a command this error stopped.
    pub fn audit_result(&self) -> String {
        match self.kind {
            ErrorKind::Refused => self.headline(),
            _ => format!("refused: {}", self.message),
        }
    }
}

/// The fact alone, so that an error can be quoted inside another message
/// (a fixture entry's problem); `headline` is what a person is shown.
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `db::` gives a failure its exit code as a context on the error; the
    /// kind must be found there.
    #[test]
    fn classify_finds_an_error_given_as_context() {
        let err =
            anyhow::anyhow!("database is locked").context(Error::new(ErrorKind::Busy, "busy"));
        assert_eq!(classify(&err).kind, ErrorKind::Busy);
    }
}
