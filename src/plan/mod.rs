//! The plan: what a state-changing command will do (CLI.md "Previews and
//! results"). A command computes a `Plan` from the current state; `--dry-run`
//! prints it, otherwise `plan::apply` carries out exactly its effects in one
//! `BEGIN IMMEDIATE` transaction (I6, I7).

use crate::model::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use crate::checks::{Blocker, Check, Warning};
use crate::mail::MailLang;
use crate::mail::MailTemplate;
use crate::model::{
    AccountId, AccountStatus, ChatId, ChatKind, Exemption, FileId, OrgId, OrgPlan, Prohibition,
    RegistrationId, Role, TaskId, Text, TransferId, TransferStatus,
};

pub mod apply;

/// An Argon2id password hash carried from the command to the one apply arm
/// that stores it. It is never serialized, so it never appears in a printed
/// plan, and its `Debug` form hides it.
#[derive(Clone, PartialEq, Default)]
pub struct SecretHash(pub String);

impl std::fmt::Debug for SecretHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretHash(..)")
    }
}

/// What an existing account takes with it into the org it joins (R3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CarryOver {
    pub contacts: i64,
    pub chats: i64,
    pub files: i64,
    pub messages: i64,
}

/// An org setting with its new value: `seats` (a number),
/// `prohibit_outside` and `prohibit_file_sharing` (booleans), `allow` (the
/// whole new allow-list, slugs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "setting", content = "value", rename_all = "snake_case")]
pub enum OrgSetting {
    Seats(i64),
    /// The org's contract plan (`org set --plan`).
    Plan(OrgPlan),
    ProhibitOutside(bool),
    ProhibitFileSharing(bool),
    Allow(Vec<String>),
}

impl OrgSetting {
    /// The setting's name, as in JSON (`setting`).
    pub fn name(&self) -> &'static str {
        match self {
            OrgSetting::Seats(_) => "seats",
            OrgSetting::Plan(_) => "plan",
            OrgSetting::ProhibitOutside(_) => Prohibition::Outside.as_str(),
            OrgSetting::ProhibitFileSharing(_) => Prohibition::FileSharing.as_str(),
            OrgSetting::Allow(_) => "allow",
        }
    }
}

/// What a transfer request records (`Effect::TransferRequested`), boxed:
/// a rare effect with many fields would otherwise set the size of every
/// effect of a 100,000-effect plan (issue 18.5, `an_effect_stays_small`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransferRequest {
    pub from: String,
    pub to: String,
    pub to_admin: String,
    pub requested_by: String,
    pub users: Vec<String>,
    pub account_ids: Vec<AccountId>,
    pub expires_at: Timestamp,
}

/// The e-mail of `Effect::RegistrationLinkSent`, boxed like
/// `TransferRequest`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkMail {
    pub from: String,
    pub subject: String,
    pub name: String,
    pub org_name: String,
    pub link_base: String,
    pub expires_at: Timestamp,
}

/// One change to the state. Each variant is applied by exactly one arm of
/// `plan::apply::apply_effect`, so the preview and the real run cannot differ.
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
    /// An org setting changes; in JSON, `setting` names it and `value` is
    /// its new value (CLI.md).
    SettingChanged {
        org: String,
        #[serde(flatten)]
        change: OrgSetting,
    },
    ContactRemoved {
        account: Text,
        account_id: AccountId,
        other: Text,
        other_id: AccountId,
        rule: Text,
        reason: Text,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        fix: Option<Text>,
    },
    ChatLeft {
        account: Text,
        account_id: AccountId,
        chat_id: ChatId,
        chat_name: Text,
        kind: ChatKind,
        rule: Text,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        reason: Option<Text>,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        fix: Option<Text>,
    },
    ChatDeleted {
        chat_id: ChatId,
        chat_name: Text,
        kind: ChatKind,
        reason: Text,
        /// The rule that deletes it (D4, L5, L6, or a policy rule and L6).
        rule: Text,
    },
    ChatAdminGranted {
        account: Text,
        account_id: AccountId,
        chat_id: ChatId,
    },
    FileReowned {
        file_id: FileId,
        file_name: Text,
        chat_id: ChatId,
        org: Text,
        org_id: OrgId,
        size: i64,
    },
    FileDeleted {
        file_id: FileId,
        file_name: Text,
        chat_id: ChatId,
        size: i64,
        /// L2 (its uploader leaves), C2, C3, or the rule deleting its chat.
        rule: Text,
    },
    TaskDeleted {
        task_id: TaskId,
        chat_id: ChatId,
        body: Text,
        /// L3 (its person in charge leaves), or the rule deleting its chat.
        rule: Text,
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
    /// Issue 14.1: a PostgreSQL login role is made for an org admin or
    /// user_admin. The password travels as a SCRAM verifier that is never
    /// serialized, so a dry run and the real run print the same plan.
    LoginCreated {
        account: String,
        account_id: AccountId,
        login: String,
        #[serde(skip)]
        verifier: String,
    },
    /// Issue 14.1: the login role is dropped (`login drop`, or its account
    /// is deleted or transferred away).
    LoginDropped {
        account: String,
        account_id: AccountId,
        login: String,
    },
    /// An e-mail that holds no secret goes to the outbox (transfers, T6).
    /// E-mails with a one-time link are `registration_link_sent`.
    EmailQueued {
        from: String,
        to: String,
        subject: String,
        body: String,
    },
    /// `outbox retry`: a message the server refused for good goes back to
    /// the queue, to be sent by the next `outbox send` (issue 16).
    EmailRequeued {
        id: i64,
        to: String,
        reply: Option<String>,
    },
    /// `outbox purge`: a delivered message is removed, link and all (15.6).
    EmailPurged {
        id: i64,
        to: String,
        subject: String,
        sent_at: Option<String>,
    },
    /// A transfer request is recorded (T6); `users` are e-mails.
    TransferRequested {
        transfer_id: TransferId,
        #[serde(flatten)]
        request: Box<TransferRequest>,
    },
    /// A user of a transfer is approved, rejected or cancelled (T6), or
    /// its part ends because a rule ended it (D2: the user is deleted).
    TransferDecided {
        transfer_id: TransferId,
        account: String,
        account_id: AccountId,
        status: TransferStatus,
        /// Why a rule, not an admin's decision, ended the part (D2).
        #[serde(skip_serializing_if = "Option::is_none", default)]
        reason: Option<String>,
    },
    ExemptionSet {
        account: String,
        account_id: AccountId,
        setting: Exemption,
        value: bool,
    },
    /// R1–R3: a registration request is recorded; it reserves a seat until
    /// it is accepted, cancelled or expires.
    RegistrationRequested {
        account: String,
        account_id: AccountId,
        org: String,
        registration_id: RegistrationId,
        new_account: bool,
        role: Role,
        expires_at: Timestamp,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        requested_by: Option<AccountId>,
        /// R8: exemptions the account takes when it accepts.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        exempt_outside: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        exempt_file: bool,
    },
    /// R8: the inviting org's admin sets an exemption on a pending
    /// membership; the account takes it when it accepts.
    RegistrationExemptionSet {
        account: String,
        registration_id: RegistrationId,
        org: String,
        setting: String,
        value: bool,
    },
    /// R7: a new one-time link is issued for the request (voiding any
    /// earlier one) and the e-mail that carries it is queued in the outbox.
    /// The token is generated while this effect is applied, so it never
    /// appears in a plan.
    RegistrationLinkSent {
        account: String,
        registration_id: RegistrationId,
        template: MailTemplate,
        lang: MailLang,
        #[serde(flatten)]
        mail: Box<LinkMail>,
    },
    /// R7: a pending (or expired) request is cancelled; its link stops working.
    RegistrationCancelled {
        account: String,
        registration_id: RegistrationId,
        org: String,
        new_account: bool,
        /// Why a rule ended it (D2: the invitee is deleted; C3: the org is
        /// cancelled; T6: the invitee moved; R3: it joined another org).
        /// `None` when an administrator cancelled it.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        reason: Option<String>,
    },
    /// R7: a pending account that never logged in is removed outright,
    /// freeing its e-mail and its seat.
    AccountRemoved {
        account: String,
        account_id: AccountId,
    },
    /// R2: a new account sets its password (stored as an Argon2id hash).
    PasswordSet {
        account: String,
        account_id: AccountId,
        #[serde(skip)]
        hash: SecretHash,
    },
    /// R2: a pending account becomes active.
    AccountActivated {
        account: String,
        account_id: AccountId,
    },
    /// R2, R3: the invitee accepted; the request is used up.
    RegistrationAccepted {
        account: String,
        registration_id: RegistrationId,
        org: String,
        new_account: bool,
        /// The plan it leaves: `free` or the old org's plan (R3).
        from_plan: String,
        to_plan: OrgPlan,
        carries_over: CarryOver,
    },
}

impl Effect {
    /// The effect kind as it appears in JSON (`chat_left`, ...).
    /// The rule behind the effect, cited in every preview. Most effects
    /// carry it, or have one rule; a few depend on the command (`action`).
    pub fn rule(&self, action: &str) -> String {
        let by_action = |transfer: &str, registration: &str, otherwise: &str| {
            if action.starts_with("transfer.") {
                transfer.to_string()
            } else if action.starts_with("registration.") {
                registration.to_string()
            } else {
                otherwise.to_string()
            }
        };
        match self {
            Effect::ContactRemoved { rule, .. }
            | Effect::ChatLeft { rule, .. }
            | Effect::ChatDeleted { rule, .. }
            | Effect::FileDeleted { rule, .. }
            | Effect::TaskDeleted { rule, .. } => rule.to_string(),
            // An org is created with its one admin (I1); the model is §1.
            Effect::OrgCreated { .. } => "§1".into(),
            Effect::AccountCreated { .. } if action == "org.create" => "I1".into(),
            Effect::AccountCreated { .. } => "R2".into(),
            Effect::AccountDeleted { .. } => "D2".into(),
            Effect::AccountUpdated { field, .. } if field == "email" => "R9".into(),
            Effect::AccountUpdated { .. } => "§1".into(),
            Effect::RoleChanged { .. } if action == "org.hand_over" => "T4".into(),
            Effect::RoleChanged { .. } => "§1".into(),
            Effect::OrgChanged { .. } => by_action("T8", "R3", "R3"),
            Effect::OrgClosed { .. } => "R4".into(),
            Effect::OrgCancelled { .. } => "C3".into(),
            Effect::SettingChanged { change, .. } => match change {
                OrgSetting::Seats(_) => "I2",
                OrgSetting::ProhibitFileSharing(_) => "P4",
                _ => "P2",
            }
            .into(),
            Effect::ChatAdminGranted { .. } => "L4".into(),
            Effect::FileReowned { .. } => "L2".into(),
            Effect::TaskRequesterCancelled { .. } => "L3".into(),
            Effect::MessagesMarkedCancelled { .. } => "D3".into(),
            Effect::ApiTokenRevoked { .. } | Effect::TeamsCleared { .. } => {
                by_action("T8", "R3", "D2")
            }
            // Not a rule of SPEC.md: issue 14.1 (logins end with their account).
            Effect::LoginCreated { .. } | Effect::LoginDropped { .. } => "14.1".into(),
            Effect::EmailQueued { .. }
            | Effect::TransferRequested { .. }
            | Effect::TransferDecided { .. } => "T6".into(),
            Effect::ExemptionSet { setting, .. } => match setting.as_str() {
                _ if action.starts_with("transfer.") => "T9",
                "exempt_file" => "P4",
                _ => "P2",
            }
            .into(),
            Effect::RegistrationRequested { .. } => "R1".into(),
            // The first link of `user add` (R2, R3); a new one voids the old (R7).
            Effect::RegistrationLinkSent { .. } if action == "user.add" => "R2".into(),
            Effect::RegistrationLinkSent { .. } => "R7".into(),
            Effect::RegistrationCancelled { .. } | Effect::AccountRemoved { .. } => "R7".into(),
            Effect::RegistrationExemptionSet { .. } => "R8".into(),
            Effect::PasswordSet { .. } | Effect::AccountActivated { .. } => "R2".into(),
            Effect::RegistrationAccepted {
                new_account: true, ..
            } => "R2".into(),
            Effect::RegistrationAccepted { .. } => "R3".into(),
            // The outbox carries the links of R7 (and T6's notices); its
            // delivery and retention are issues 16 and 15.6, not SPEC rules.
            Effect::EmailRequeued { .. } | Effect::EmailPurged { .. } => "R7".into(),
        }
    }

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

pub use crate::text::plural;

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
    /// The checks made, passed or failed (transfers show every one).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub checks: Vec<Check>,
    /// What a later step would do on today's state, for a request that is
    /// approved later (a transfer request previews its approval, T6, T11).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub impact: Vec<Effect>,
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
            checks: Vec::new(),
            impact: Vec::new(),
        }
    }

    /// Records a check; a failed one is also a blocker.
    pub fn check(
        &mut self,
        rule: &str,
        ok: bool,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        let message = message.into();
        if !ok {
            self.block(rule, message.clone(), hint);
        }
        self.checks.push(Check {
            rule: rule.to_string(),
            ok,
            message,
        });
    }

    pub fn block(&mut self, rule: &str, message: impl Into<String>, hint: Option<String>) {
        self.blockers.push(Blocker {
            rule: rule.to_string(),
            message: message.into(),
            hint,
            not_found: false,
        });
    }

    /// A name that matches nothing, as a blocker (exit 4 when it is the only
    /// kind of blocker; see `Blocker::not_found`).
    pub fn block_not_found(
        &mut self,
        rule: &str,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        self.blockers.push(Blocker {
            rule: rule.to_string(),
            message: message.into(),
            hint,
            not_found: true,
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

    /// Whether a person must confirm the plan before it is applied (the one
    /// rule of docs/cli.md "Previews and confirmation"): it destroys or takes
    /// away something that cannot be restored from here, commits users to a
    /// move between organizations (T6: the source admin confirms once more),
    /// or hands the org's admin role over (I1: the old admin cannot take it
    /// back).
    pub fn needs_confirmation(&self) -> bool {
        self.effects.iter().any(|e| {
            matches!(
                e,
                Effect::RoleChanged {
                    to: Role::Admin,
                    ..
                } | Effect::AccountDeleted { .. }
                    | Effect::TransferRequested { .. }
                    | Effect::OrgChanged { .. }
                    | Effect::ContactRemoved { .. }
                    | Effect::ChatLeft { .. }
                    | Effect::ChatDeleted { .. }
                    | Effect::FileDeleted { .. }
                    | Effect::TaskDeleted { .. }
                    | Effect::OrgCancelled { .. }
                    | Effect::OrgClosed { .. }
                    | Effect::ApiTokenRevoked { .. }
                    | Effect::TeamsCleared { .. }
                    | Effect::AccountRemoved { .. }
                    | Effect::EmailPurged { .. }
                    // R3: a plan switch is confirmed by the invitee before
                    // it happens; it cannot be undone from here.
                    | Effect::RegistrationAccepted {
                        new_account: false,
                        ..
                    }
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The typed settings keep CLI.md's JSON: `setting` names it, `value`
    /// holds it, and a plan read back is the plan written.
    #[test]
    fn typed_settings_keep_the_json_of_the_contract() {
        for (effect, expected) in [
            (
                Effect::SettingChanged {
                    org: "b".into(),
                    change: OrgSetting::ProhibitOutside(true),
                },
                json!({"effect": "setting_changed", "org": "b", "setting": "prohibit_outside", "value": true}),
            ),
            (
                Effect::SettingChanged {
                    org: "b".into(),
                    change: OrgSetting::Allow(vec!["a".into()]),
                },
                json!({"effect": "setting_changed", "org": "b", "setting": "allow", "value": ["a"]}),
            ),
            (
                Effect::SettingChanged {
                    org: "b".into(),
                    change: OrgSetting::Plan(OrgPlan::Enterprise),
                },
                json!({"effect": "setting_changed", "org": "b", "setting": "plan", "value": "enterprise"}),
            ),
            (
                Effect::SettingChanged {
                    org: "b".into(),
                    change: OrgSetting::Seats(7),
                },
                json!({"effect": "setting_changed", "org": "b", "setting": "seats", "value": 7}),
            ),
            (
                Effect::ExemptionSet {
                    account: "x@b.example".into(),
                    account_id: AccountId(1),
                    setting: Exemption::File,
                    value: false,
                },
                json!({"effect": "exemption_set", "account": "x@b.example", "account_id": 1, "setting": "exempt_file", "value": false}),
            ),
            (
                Effect::TransferDecided {
                    transfer_id: TransferId(2),
                    account: "x@b.example".into(),
                    account_id: AccountId(1),
                    status: TransferStatus::Approved,
                    reason: None,
                },
                json!({"effect": "transfer_decided", "transfer_id": 2, "account": "x@b.example", "account_id": 1, "status": "approved"}),
            ),
        ] {
            let value = serde_json::to_value(&effect).unwrap();
            assert_eq!(value, expected);
            let back: Effect = serde_json::from_value(value).unwrap();
            assert_eq!(back, effect);
        }
    }

    /// Issue 18.5: a C1 plan holds 100,000s of effects, so the largest
    /// variant sets what every one of them costs (184 bytes before the
    /// rare, long ones were boxed and the repeated texts shared).
    #[test]
    fn an_effect_stays_small() {
        assert!(std::mem::size_of::<Effect>() <= 120);
    }
}
