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
    /// The decoded text; a registration link's token is masked unless the
    /// reader is an admin of its org (15.6; `link_hidden` says so).
    pub body: String,
    pub created_at: String,
    /// `unsent`, `sent` or `failed` (issue 16).
    pub status: String,
    pub sent_at: Option<String>,
    /// The SMTP server's last reply to this message.
    pub reply: Option<String>,
    pub attempts: i64,
    pub link_hidden: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditView {
    pub id: i64,
    pub at: String,
    pub actor: Option<String>,
    pub action: String,
    pub target: Option<String>,
    pub result: String,
    /// The database user who wrote the row (PostgreSQL; null on SQLite).
    pub db_user: Option<String>,
    /// "owner acting for EMAIL" when the owner used `--as` on the server.
    pub detail: Option<String>,
}

/// A login on the PostgreSQL server (`login list`, issue 14.1).
#[derive(Debug, Clone, Serialize)]
pub struct LoginView {
    pub login: String,
    pub account_id: crate::model::AccountId,
    pub email: String,
    /// The org the login was made for.
    pub org: Option<String>,
    pub role: Option<crate::model::Role>,
    pub status: crate::model::AccountStatus,
    pub created_at: String,
    /// Whether the server still lets the role in.
    pub can_log_in: bool,
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
    /// The Chatwork ID the entry was resolved by (S6).
    pub chatwork_id: Option<String>,
    pub status: StaffStatus,
    /// A `stale` entry's account's Chatwork ID now (`null` when it has
    /// none), shown beside the stale one (S6, 12.8); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_chatwork_id: Option<Option<String>>,
}

/// A rejected row of a staff import: where, and why.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct StaffRowError {
    pub line: u64,
    pub column: String,
    pub message: String,
}

/// The report of `staff import` (CLI.md keys, then `rejected`, `encoding`
/// and `ignored_columns`; `errors` last, with every rejected row).
#[derive(Debug, Serialize)]
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
    /// Header cells that name no staff column: their cells are ignored.
    pub ignored_columns: Vec<String>,
    pub errors: RowErrors,
}

/// Every rejected row of an import, in memory bounded by the work (15.2):
/// the first `RowErrors::KEPT` are kept, and once there are more, all of
/// them are written to a private temporary file (one JSON object a line)
/// and read back, one at a time, when the report is printed.
#[derive(Debug, Default)]
pub struct RowErrors {
    count: u64,
    kept: Vec<StaffRowError>,
    spill: Option<std::io::BufWriter<std::fs::File>>,
    /// The spill, finished and ready to be read again.
    done: Option<std::fs::File>,
}

impl RowErrors {
    /// How many errors stay in memory; the screen shows fewer (17.7).
    pub const KEPT: usize = 1000;

    pub fn push(&mut self, error: StaffRowError) -> crate::error::Result<()> {
        use std::io::Write;
        self.count += 1;
        if self.spill.is_none() && self.kept.len() >= Self::KEPT {
            let mut spill = std::io::BufWriter::new(tempfile::tempfile()?);
            for e in &self.kept {
                serde_json::to_writer(&mut spill, e)?;
                spill.write_all(b"\n")?;
            }
            self.spill = Some(spill);
        }
        match &mut self.spill {
            Some(spill) => {
                serde_json::to_writer(&mut *spill, &error)?;
                spill.write_all(b"\n")?;
            }
            None => self.kept.push(error),
        }
        Ok(())
    }

    /// Ends the writing; the errors can then be read (`for_each`).
    pub fn finish(&mut self) -> crate::error::Result<()> {
        if let Some(spill) = self.spill.take() {
            let file = spill.into_inner().map_err(|e| e.into_error())?;
            self.done = Some(file);
        }
        Ok(())
    }

    pub fn len(&self) -> u64 {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The first errors, in line order (at most `KEPT`).
    pub fn first(&self) -> &[StaffRowError] {
        &self.kept
    }

    /// Every error, in line order, read back from the spill if there is
    /// one.
    pub fn for_each(
        &self,
        mut f: impl FnMut(StaffRowError) -> crate::error::Result<()>,
    ) -> crate::error::Result<()> {
        use std::io::{BufRead, Seek};
        match &self.done {
            Some(file) => {
                let mut file = file.try_clone()?;
                file.seek(std::io::SeekFrom::Start(0))?;
                for line in std::io::BufReader::new(file).lines() {
                    f(serde_json::from_str(&line?)?)?;
                }
                Ok(())
            }
            None => self.kept.iter().cloned().try_for_each(f),
        }
    }
}

impl RowErrors {
    /// Every error in memory: for tests, on small inputs.
    pub fn all(&self) -> crate::error::Result<Vec<StaffRowError>> {
        let mut all = Vec::new();
        self.for_each(|e| {
            all.push(e);
            Ok(())
        })?;
        Ok(all)
    }
}

impl PartialEq for RowErrors {
    fn eq(&self, other: &Self) -> bool {
        self.count == other.count && self.all().ok() == other.all().ok()
    }
}

impl Serialize for RowErrors {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq};
        let mut seq = s.serialize_seq(None)?;
        let mut failed = None;
        let read = self.for_each(|e| {
            if failed.is_none()
                && let Err(err) = seq.serialize_element(&e)
            {
                failed = Some(err);
            }
            Ok(())
        });
        if let Some(err) = failed {
            return Err(err);
        }
        read.map_err(|e| S::Error::custom(e.to_string()))?;
        seq.end()
    }
}

/// What `orgctl check` found: the file's integrity, its schema version and
/// every violation of I1–I5, each with its rule and what to do (`hint`).
#[derive(Debug, Serialize)]
pub struct CheckView {
    pub integrity: String,
    pub schema_version: usize,
    pub violations: Vec<crate::checks::Blocker>,
}
