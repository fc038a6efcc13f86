//! Queries on registration requests (SPEC §4). Tokens are stored only as
//! SHA-256 hashes (R7).

use super::sql::params;
use super::sql::{Backend, OptionalExtension, Row, Tx};

use crate::error::Result;
use crate::model::{AccountId, OrgId, RegistrationId, RegistrationStatus, Role};

/// A registration request as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Registration {
    pub id: RegistrationId,
    pub org_id: OrgId,
    pub org_slug: String,
    /// `None` once a cancelled request's pending account was removed.
    pub account_id: Option<AccountId>,
    pub email: String,
    pub role: Role,
    pub new_account: bool,
    /// As stored; `status_at` derives `expired` from the clock.
    pub stored_status: RegistrationStatus,
    pub expires_at: String,
}

impl Registration {
    /// R7: a pending request whose link has passed its expiry is expired.
    pub fn status_at(&self, now: &str) -> RegistrationStatus {
        if self.stored_status == RegistrationStatus::Pending && self.expires_at.as_str() <= now {
            RegistrationStatus::Expired
        } else {
            self.stored_status
        }
    }
}

const SELECT: &str = "SELECT r.id, r.org_id, o.slug, r.account_id, r.email, r.role,
        r.new_account, r.status, r.expires_at
     FROM registrations r JOIN orgs o ON o.id = r.org_id";

fn from_row(r: &Row) -> super::sql::Result<Registration> {
    Ok(Registration {
        id: r.get(0)?,
        org_id: r.get(1)?,
        org_slug: r.get(2)?,
        account_id: r.get(3)?,
        email: r.get(4)?,
        role: r.get(5)?,
        new_account: super::flag(r.get(6)?),
        stored_status: r.get(7)?,
        expires_at: r.get(8)?,
    })
}

pub fn by_id(conn: &Tx, id: RegistrationId) -> Result<Option<Registration>> {
    let sql = format!("{SELECT} WHERE r.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

/// The request whose live link has this token hash.
pub fn by_token_hash(conn: &Tx, hash: &str) -> Result<Option<Registration>> {
    let sql = format!("{SELECT} WHERE r.token_hash = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([hash], from_row)
        .optional()?)
}

/// The request whose link with this token hash a resend voided (R7).
pub fn by_voided_hash(conn: &Tx, hash: &str) -> Result<Option<Registration>> {
    // Hashes are 64 hex digits separated by spaces, so a match is a whole hash.
    let find = match conn.backend() {
        Backend::Sqlite => "instr(r.voided_hashes, ?1) > 0",
        Backend::Postgres => "strpos(r.voided_hashes, ?1) > 0",
    };
    let sql = format!("{SELECT} WHERE {find} LIMIT 1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([hash], from_row)
        .optional()?)
}

pub fn list(conn: &Tx, org: Option<OrgId>) -> Result<Vec<Registration>> {
    let sql = format!("{SELECT} WHERE (?1 IS NULL OR r.org_id = ?1) ORDER BY r.id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([org], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The requests of an org for this e-mail that are pending, expired or not.
pub fn pending_for_email(conn: &Tx, org: OrgId, email: &str) -> Result<Vec<Registration>> {
    let sql = format!(
        "{SELECT} WHERE r.org_id = ?1 AND {} AND r.status = 'pending'
         ORDER BY r.id",
        conn.nocase_eq("r.email", "?2")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![org, email], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// R5: an org's own requests still awaiting their invitees: pending ones,
/// and expired ones not yet cancelled (their pending accounts still exist).
pub fn open_of_org(conn: &Tx, org: OrgId) -> Result<Vec<Registration>> {
    let sql = format!("{SELECT} WHERE r.org_id = ?1 AND r.status = 'pending' ORDER BY r.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([org], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The ID the next request receives (plans name it before it exists; the
/// plan is recomputed inside the writing transaction, so it is exact).
pub fn next_id(conn: &Tx) -> Result<RegistrationId> {
    Ok(RegistrationId(conn.query_row(
        "SELECT coalesce(max(id), 0) + 1 FROM registrations",
        [],
        |r| r.get(0),
    )?))
}

/// A new request, as `insert` writes it; its link is issued separately.
pub struct NewRegistration<'a> {
    pub id: RegistrationId,
    pub org: OrgId,
    pub account: AccountId,
    pub email: &'a str,
    pub role: Role,
    pub new_account: bool,
    pub created_by: Option<AccountId>,
    pub expires_at: &'a str,
}

pub fn insert(conn: &Tx, r: &NewRegistration<'_>, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO registrations (id, org_id, account_id, email, role, new_account, status,
                                    created_by, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7, ?8, ?9)",
    )?
    .execute(params![
        r.id,
        r.org,
        r.account,
        r.email,
        r.role,
        r.new_account,
        r.created_by,
        now,
        r.expires_at
    ])?;
    Ok(())
}

/// R7: the request gets a new link; the previous one is voided.
pub fn issue_link(conn: &Tx, id: RegistrationId, token_hash: &str, expires_at: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE registrations
         SET voided_hashes = trim(voided_hashes || ' ' || coalesce(token_hash, '')),
             token_hash = ?2, expires_at = ?3, status = 'pending'
         WHERE id = ?1",
    )?
    .execute(params![id, token_hash, expires_at])?;
    Ok(())
}

/// Records the decision on a request. The hash of its last link stays, so a
/// second use of that link is refused as used or cancelled, not unknown.
pub fn decide(conn: &Tx, id: RegistrationId, status: RegistrationStatus, now: &str) -> Result<()> {
    conn.prepare_cached("UPDATE registrations SET status = ?2, decided_at = ?3 WHERE id = ?1")?
        .execute(params![id, status, now])?;
    Ok(())
}
