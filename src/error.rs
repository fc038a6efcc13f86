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

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
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
        self.hint = Some(hint.into());
        self
    }

    /// A plan that cannot be applied: every blocker is listed.
    pub fn blocked(blockers: Vec<Blocker>) -> Self {
        let message = match blockers.as_slice() {
            [one] => format!("refused [{}]: {}", one.rule, one.message),
            many => format!("refused: {} rules block this command", many.len()),
        };
        Error {
            kind: ErrorKind::Refused,
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
    // An exit code given as context (`db::sql::with_exit_code`) is found
    // only by anyhow's own downcast: in `chain()` it is a context wrapper.
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
