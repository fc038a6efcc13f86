//! The plan: what a state-changing command will do (CLI.md "Previews and
//! results"). A command computes a `Plan` from the current state; `--dry-run`
//! prints it, otherwise `db::apply` carries out exactly its effects in one
//! `BEGIN IMMEDIATE` transaction (I6, I7).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::{
    AccountId, AccountStatus, ChatId, ChatKind, FileId, OrgId, Plan as OrgPlan, Role, TaskId,
};

/// A reason the plan cannot be applied, with the rule that gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Blocker {
    pub rule: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// Something the administrator should know that does not stop the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    pub rule: String,
    pub message: String,
}

/// One change to the state. Each variant is applied by exactly one arm of
/// `db::apply::apply_effect`, so the preview and the real run cannot differ.
/// `account` and `other` are e-mails as they were before the command.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
pub enum Effect {
    OrgCreated {
        org: String,
        name: String,
        plan: OrgPlan,
        seats: i64,
    },
    AccountCreated {
        account: String,
        account_id: AccountId,
        name: String,
        org: Option<String>,
        role: Option<Role>,
        status: AccountStatus,
    },
    AccountDeleted {
        account: String,
        account_id: AccountId,
    },
    /// A plain attribute of an account changed (`name`, `email`, `chatwork_id`).
    AccountUpdated {
        account: String,
        account_id: AccountId,
        field: String,
        from: Option<String>,
        to: Option<String>,
    },
    RoleChanged {
        account: String,
        account_id: AccountId,
        org: String,
        from: Role,
        to: Role,
    },
    OrgChanged {
        account: String,
        account_id: AccountId,
        from: Option<String>,
        to: String,
        role: Role,
    },
    OrgClosed {
        org: String,
    },
    OrgCancelled {
        org: String,
    },
    /// An org setting: `seats` (a number), `prohibit_outside` and
    /// `prohibit_file_sharing` (booleans), `allow` (the new allow-list).
    SettingChanged {
        org: String,
        setting: String,
        value: Value,
    },
    ContactRemoved {
        account: String,
        account_id: AccountId,
        other: String,
        other_id: AccountId,
        rule: String,
        reason: String,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        fix: Option<String>,
    },
    ChatLeft {
        account: String,
        account_id: AccountId,
        chat_id: ChatId,
        chat_name: String,
        kind: ChatKind,
        rule: String,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        reason: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        fix: Option<String>,
    },
    ChatDeleted {
        chat_id: ChatId,
        chat_name: String,
        kind: ChatKind,
        reason: String,
    },
    ChatAdminGranted {
        account: String,
        account_id: AccountId,
        chat_id: ChatId,
    },
    FileReowned {
        file_id: FileId,
        file_name: String,
        chat_id: ChatId,
        org: String,
        org_id: OrgId,
        size: i64,
    },
    FileDeleted {
        file_id: FileId,
        file_name: String,
        chat_id: ChatId,
        size: i64,
    },
    TaskDeleted {
        task_id: TaskId,
        chat_id: ChatId,
        body: String,
    },
    TaskRequesterCancelled {
        task_id: TaskId,
        chat_id: ChatId,
    },
    MessagesMarkedCancelled {
        account: String,
        count: i64,
    },
    ApiTokenRevoked {
        account: String,
        account_id: AccountId,
    },
    TeamsCleared {
        account: String,
        account_id: AccountId,
    },
    ExemptionSet {
        account: String,
        account_id: AccountId,
        setting: String,
        value: bool,
    },
}

impl Effect {
    /// The effect kind as it appears in JSON (`chat_left`, ...).
    pub fn kind(&self) -> String {
        match serde_json::to_value(self) {
            Ok(Value::Object(map)) => map
                .get("effect")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            _ => String::new(),
        }
    }
}

/// What a command will do, or did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub action: String,
    pub dry_run: bool,
    pub applied: bool,
    pub blockers: Vec<Blocker>,
    pub warnings: Vec<Warning>,
    pub effects: Vec<Effect>,
    /// A one-line account of what the command is about, for the table view.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub summary: Option<String>,
}

impl Plan {
    pub fn new(action: &str) -> Self {
        Plan {
            action: action.to_string(),
            dry_run: false,
            applied: false,
            blockers: Vec::new(),
            warnings: Vec::new(),
            effects: Vec::new(),
            summary: None,
        }
    }

    pub fn block(&mut self, rule: &str, message: impl Into<String>, hint: Option<String>) {
        self.blockers.push(Blocker {
            rule: rule.to_string(),
            message: message.into(),
            hint,
        });
    }

    pub fn warn(&mut self, rule: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            rule: rule.to_string(),
            message: message.into(),
        });
    }

    pub fn push(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// Whether applying the plan destroys something that cannot be restored,
    /// which is what makes a confirmation necessary.
    pub fn is_destructive(&self) -> bool {
        self.effects.iter().any(|e| {
            matches!(
                e,
                Effect::AccountDeleted { .. }
                    | Effect::ContactRemoved { .. }
                    | Effect::ChatLeft { .. }
                    | Effect::ChatDeleted { .. }
                    | Effect::FileDeleted { .. }
                    | Effect::TaskDeleted { .. }
                    | Effect::OrgCancelled { .. }
                    | Effect::OrgClosed { .. }
                    | Effect::ApiTokenRevoked { .. }
                    | Effect::TeamsCleared { .. }
            )
        })
    }
}
