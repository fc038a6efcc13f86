//! The records the inspection commands print, with the JSON keys of CLI.md
//! "Inspection output". Field order is the column order of the table view.

use serde::Serialize;

use crate::model::{
    AccountId, AccountStatus, ChatId, ChatKind, ChatRole, FileId, MessageId, OrgPlan, Role,
    StaffStatus, TaskId, TaskStatus, TransferId,
};

#[derive(Debug, Clone, Serialize)]
pub struct OrgView {
    pub slug: String,
    pub name: String,
    pub plan: OrgPlan,
    pub seats: i64,
    pub seats_used: i64,
    pub status: crate::model::OrgStatus,
    pub prohibit_outside: bool,
    pub prohibit_file_sharing: bool,
    pub allow: Vec<String>,
    pub admin: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UserView {
    pub account_id: AccountId,
    pub chatwork_id: Option<String>,
    pub name: String,
    pub email: String,
    pub status: AccountStatus,
    pub org: Option<String>,
    pub role: Option<Role>,
    pub exempt_outside: bool,
    pub exempt_file: bool,
    pub has_api_token: bool,
    pub teams: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub account_id: AccountId,
    pub email: String,
    pub name: String,
    pub chat_id: ChatId,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemberView {
    pub email: String,
    pub role: ChatRole,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChatView {
    pub id: ChatId,
    pub kind: ChatKind,
    pub name: String,
    pub members: Vec<MemberView>,
    pub messages: i64,
    pub files: i64,
    pub tasks: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct MessageView {
    pub id: MessageId,
    pub sender: String,
    pub sender_name: String,
    pub body: String,
    pub sent_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileView {
    pub id: FileId,
    pub name: String,
    pub chat_id: ChatId,
    pub size: i64,
    pub uploader: String,
    pub owner_kind: &'static str,
    pub owner: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TaskView {
    pub id: TaskId,
    pub chat_id: ChatId,
    pub body: String,
    pub status: TaskStatus,
    pub requester: String,
    pub requester_name: String,
    pub assignee: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutboxView {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditView {
    pub id: i64,
    pub at: String,
    pub actor: Option<String>,
    pub action: String,
    pub target: Option<String>,
    pub result: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TransferUserView {
    pub email: String,
    pub status: crate::model::TransferStatus,
    /// Why a rule ended this user's part (D2: the user was deleted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TransferView {
    pub id: TransferId,
    pub from: String,
    pub to: String,
    pub status: crate::model::TransferStatus,
    pub users: Vec<TransferUserView>,
    pub created_at: String,
    pub expires_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RegistrationView {
    pub id: crate::model::RegistrationId,
    pub email: String,
    pub org: String,
    pub status: crate::model::RegistrationStatus,
    pub new_account: bool,
    pub role: Role,
    pub expires_at: String,
    /// R1: whether the request holds a seat of its org now (a pending
    /// request to an existing account that can still accept it).
    pub holds_seat: bool,
    /// Why a rule ended it, or why a pending request holds no seat.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// R8: exemptions the invitee takes when it accepts.
    pub exempt_outside: bool,
    pub exempt_file: bool,
}

/// An entry of a staff roster (CLI.md `staff list`).
#[derive(Debug, Clone, Serialize)]
pub struct StaffView {
    pub name: String,
    pub email: Option<String>,
    pub account_id: Option<AccountId>,
    pub chatwork_id: Option<String>,
    pub status: StaffStatus,
}

/// A rejected row of a staff import: where, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaffRowError {
    pub line: u64,
    pub column: String,
    pub message: String,
}

/// The report of `staff import` (CLI.md keys, then `rejected` and
/// `encoding`).
#[derive(Debug, Clone, Serialize)]
pub struct StaffImportView {
    pub dry_run: bool,
    pub applied: bool,
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub invited: u64,
    pub rejected: u64,
    pub encoding: String,
    pub errors: Vec<StaffRowError>,
}

/// What `orgctl check` found: the file's integrity, its schema version and
/// every violation of I1–I5, each with its rule and what to do (`hint`).
#[derive(Debug, Serialize)]
pub struct CheckView {
    pub integrity: String,
    pub schema_version: usize,
    pub violations: Vec<crate::plan::Blocker>,
}
