//! Queries on the staff roster (SPEC §8). A staff import reads and writes
//! the roster a batch at a time through `staff_batch`; only a registration
//! request's row (S3) uses `entry_by_account` and `insert` here.

use super::sql::params;
use super::sql::{OptionalExtension, Row, Tx};
use crate::model::Timestamp;

use crate::error::Result;
use crate::model::{AccountId, AccountStatus, OrgId};

/// A roster entry as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffEntry {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub account_id: Option<AccountId>,
    /// The Chatwork ID as it was when the entry was resolved by it (S6).
    pub chatwork_id: Option<String>,
    pub registration_id: Option<i64>,
}

fn entry_from_row(r: &Row) -> super::sql::Result<StaffEntry> {
    Ok(StaffEntry {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        account_id: r.get(3)?,
        chatwork_id: r.get(4)?,
        registration_id: r.get(5)?,
    })
}

/// How many entries an org's roster holds.
pub fn count(conn: &Tx, org: OrgId) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM staff WHERE org_id = ?1")?
        .query_row([org], |r| r.get(0))?)
}

/// A new entry, as `insert` writes it.
pub struct NewStaff<'a> {
    pub org: OrgId,
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub account_id: Option<AccountId>,
    pub chatwork_id: Option<&'a str>,
    pub registration_id: Option<i64>,
}

/// Inserts with an ID computed in the statement, the same on both backends.
const INSERT_SQL: &str =
    "INSERT INTO staff (id, org_id, name, email, account_id, chatwork_id, registration_id,
                        created_at, updated_at)
     VALUES ((SELECT coalesce(max(id), 0) + 1 FROM staff), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)";

/// A roster entry with what its status depends on.
#[derive(Debug, Clone)]
pub struct StaffState {
    pub entry: StaffEntry,
    /// The tied account's status, org and current Chatwork ID.
    pub account: Option<(AccountStatus, Option<OrgId>, Option<String>)>,
    /// The status of the entry's registration request, if it has one.
    pub registration: Option<String>,
    /// For an entry without an account: the status of the org's live member
    /// with the entry's e-mail, if there is one.
    pub member_by_email: Option<(AccountId, AccountStatus)>,
}

/// Every entry of an org, in the order they were added; a pending
/// registration whose link expired by `now` reads as `expired` (R7).
pub fn list(conn: &Tx, org: OrgId, now: &Timestamp) -> Result<Vec<StaffState>> {
    let sql = format!(
        "SELECT s.id, s.name, s.email, s.account_id, s.chatwork_id, s.registration_id,
                a.status, a.org_id, a.chatwork_id,
                CASE WHEN r.status = 'pending' AND r.expires_at <= ?2 THEN 'expired' ELSE r.status END,
                m.id, m.status
         FROM staff s
         LEFT JOIN accounts a ON a.id = s.account_id
         LEFT JOIN registrations r ON r.id = s.registration_id
         LEFT JOIN accounts m ON s.account_id IS NULL AND s.email IS NOT NULL
              AND {} AND m.status != 'deleted'
              AND m.org_id = s.org_id
         WHERE s.org_id = ?1
         ORDER BY s.id",
        conn.nocase_eq("m.email", "s.email")
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![org, now], |r| {
        let status: Option<AccountStatus> = r.get(6)?;
        let member: Option<AccountId> = r.get(10)?;
        let member_status: Option<AccountStatus> = r.get(11)?;
        Ok(StaffState {
            entry: entry_from_row(r)?,
            account: status
                .map(|s| Ok::<_, super::sql::Error>((s, r.get(7)?, r.get(8)?)))
                .transpose()?,
            registration: r.get(9)?,
            member_by_email: member.zip(member_status),
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// What a staff import needs to know of an account to resolve a row (S2)
/// and to word its error: read by `staff_batch` for a whole batch at once,
/// without the rest of `Account`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountFacts {
    pub id: AccountId,
    pub status: AccountStatus,
    pub org_id: Option<OrgId>,
    pub chatwork_id: Option<String>,
    pub email: String,
    /// The slug of the account's org when that is not the importing org
    /// (it words the row's error; a member's row needs no text of it).
    pub other_org_slug: Option<String>,
}

/// The org's entry tied to this account.
pub fn entry_by_account(tx: &Tx, org: OrgId, account: AccountId) -> Result<Option<StaffEntry>> {
    Ok(tx
        .prepare_cached(ENTRY_BY_ACCOUNT)?
        .query_row(params![org, account], entry_from_row)
        .optional()?)
}

const ENTRY_BY_ACCOUNT: &str =
    "SELECT s.id, s.name, s.email, s.account_id, s.chatwork_id, s.registration_id FROM staff s
     WHERE s.org_id = ?1 AND s.account_id = ?2";

/// Adds one entry (a registration request's, S3), with the next ID.
pub fn insert(tx: &Tx, s: &NewStaff<'_>, now: &Timestamp) -> Result<()> {
    tx.prepare_cached(INSERT_SQL)?.execute(params![
        s.org,
        s.name,
        s.email,
        s.account_id,
        s.chatwork_id,
        s.registration_id,
        now
    ])?;
    Ok(())
}
