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
            ExitStatus::WouldChange => crate::cli::EXIT_WOULD_CHANGE,
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

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            rule: None,
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

    /// A refusal by a numbered rule, shown as `refused [T2]: ...`.
    pub fn rule(rule: &str, message: impl fmt::Display) -> Self {
        Error {
            rule: Some(rule.to_string()),
            ..Self::refused(message.to_string())
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// A plan that cannot be applied: every blocker is listed. Exit-code
    /// precedence: when every blocker is a name that matches nothing, the
    /// plan is "not found" (4); any other blocker makes it "refused" (3).
    pub fn blocked(blockers: Vec<Blocker>) -> Self {
        let (rule, message) = match blockers.as_slice() {
            [one] if one.not_found => (None, one.message.clone()),
            [one] => (Some(one.rule.clone()), one.message.clone()),
            many => (None, format!("{} rules block this command", many.len())),
        };
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
    // `downcast_ref` also finds an `Error` attached with `.context(..)`.
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
