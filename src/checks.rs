//! What a rule found: a blocker that stops a plan, a warning that does not,
//! a check made. A leaf module (it imports nothing of the crate), so that
//! `error` and `plan` can both use it without an import circle (issue 11.1).

use serde::{Deserialize, Serialize};

/// A reason the plan cannot be applied, with the rule that gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Blocker {
    pub rule: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The blocker is a name that matches nothing (a user, an org). A plan
    /// whose every blocker is one exits 4 (not found); any other blocker
    /// makes it exit 3 (refused), so a dry run still lists them all.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_found: bool,
}

/// Something the administrator should know that does not stop the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    pub rule: String,
    pub message: String,
}

/// One check a command made, passed or not, so that the preview shows
/// every check (T6) and not only the failures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub rule: String,
    pub ok: bool,
    pub message: String,
}
