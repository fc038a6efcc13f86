//! The one error type that carries an exit code (CLI.md "Exit codes"), and the
//! single place where any error is mapped to one.

use std::fmt;

use serde::Serialize;

use crate::plan::Blocker;

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

    /// A plan that cannot be applied: every blocker is listed. Exit-code
    /// precedence: when every blocker is a name that matches nothing, the
    /// plan is "not found" (4); any other blocker makes it "refused" (3).
    pub fn blocked(blockers: Vec<Blocker>) -> Self {
        let message = match blockers.as_slice() {
            [one] if one.not_found => one.message.clone(),
            [one] => format!("refused [{}]: {}", one.rule, one.message),
            many => format!("refused: {} rules block this command", many.len()),
        };
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

/// Finds the exit-code-bearing error in an `anyhow` chain; a database
/// failure that retrying can cure (a lock held past the busy timeout, a
/// serialization failure retried to the limit, a lost or timed-out
/// connection) becomes exit 75, and anything else unexpected is exit 1.
pub fn classify(err: &anyhow::Error) -> Error {
    use crate::db::sql::Failure;
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Error>() {
            return e.clone();
        }
        if let Some(e) = cause.downcast_ref::<crate::db::sql::Error>() {
            match e.failure() {
                Failure::Busy => {
                    return Error::new(
                        ErrorKind::Busy,
                        "the database stayed busy with other writers past the busy timeout; nothing was changed",
                    )
                    .with_hint("another orgctl is writing to it; retry in a moment");
                }
                Failure::Unavailable => {
                    return Error::new(
                        ErrorKind::Busy,
                        format!("the connection to the database server was lost: {err:#}; nothing was changed"),
                    )
                    .with_hint("check that the server is up, then run the command again");
                }
                Failure::Timeout => {
                    return Error::new(
                        ErrorKind::Busy,
                        format!("the database server cancelled a statement (statement_timeout): {err:#}; nothing was changed"),
                    )
                    .with_hint("retry when the server is less busy, or raise its statement_timeout");
                }
                Failure::Auth => {
                    return Error::new(ErrorKind::Denied, format!("{err:#}"))
                        .with_hint("check the database user and password");
                }
                Failure::NotADatabase => {
                    return Error::unexpected(format!("{err:#}"))
                        .with_hint("point --db (or ORGCTL_DB) at an orgctl database file");
                }
                Failure::Constraint | Failure::Other => {}
            }
        }
    }
    Error::unexpected(format!("{err:#}"))
}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;
