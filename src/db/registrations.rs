//! Queries on registration requests (SPEC §4). Tokens are stored only as
//! SHA-256 hashes (R7).

use super::sql::params;
use super::sql::{Backend, OptionalExtension, Row, Tx};
use crate::model::Timestamp;

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
    /// R8: exemptions the inviting org's admin set on the pending membership.
    pub exempt_outside: bool,
    pub exempt_file: bool,
    /// D2, R7: why a rule ended the request, when one did.
    pub end_reason: Option<String>,
    /// R1: whether the request holds a seat now (`holds_seat`).
    pub holds_seat: bool,
}

/// R1 (issue 12): the one definition of a request that holds a seat of its
/// org: pending, not expired, to an existing account that can still accept
/// it: not deleted, and personal or the admin of an org with no other active
/// member (R4). A request to an invitee that became managed elsewhere stops
/// counting (and shows why in `registration list`). Requests for new
/// accounts hold no seat of their own: the pending account does. The
/// condition reads the request as `r`; `now` is the clock's placeholder
/// (`?1`, `?2`, ...) in the statement that embeds it. Portable SQL.
pub(crate) fn holds_seat(now: &str) -> String {
    format!(
        "(r.status = 'pending' AND r.new_account = 0
     AND r.expires_at > {now}
     AND EXISTS (SELECT 1 FROM accounts i WHERE i.id = r.account_id AND i.status <> 'deleted'
         AND (i.org_id IS NULL
              OR (i.role = 'admin' AND NOT EXISTS (
                  SELECT 1 FROM accounts m WHERE m.org_id = i.org_id AND m.id <> i.id
                     AND m.status = 'active')))))"
    )
}

impl Registration {
    /// R7: a pending request whose link has passed its expiry is expired.
    pub fn status_at(&self, now: &Timestamp) -> RegistrationStatus {
        if self.stored_status == RegistrationStatus::Pending
            && self.expires_at.as_str() <= now.as_str()
        {
            RegistrationStatus::Expired
        } else {
            self.stored_status
        }
    }
}

/// The columns `from_row` reads. With `seat`, the query binds the clock as
/// `?2` and `holds_seat` is computed; without, it reads false.
fn select(seat: bool) -> String {
    let holds = if seat {
        format!("CASE WHEN {} THEN 1 ELSE 0 END", holds_seat("?2"))
    } else {
        "0".to_string()
    };
    format!(
        "SELECT r.id, r.org_id, o.slug, r.account_id, r.email, r.role,
            r.new_account, r.status, r.expires_at, r.exempt_outside, r.exempt_file,
            r.end_reason, {holds}
         FROM registrations r JOIN orgs o ON o.id = r.org_id"
    )
}

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
        exempt_outside: super::flag(r.get(9)?),
        exempt_file: super::flag(r.get(10)?),
        end_reason: r.get(11)?,
        holds_seat: super::flag(r.get(12)?),
    })
}

pub fn by_id(conn: &Tx, id: RegistrationId) -> Result<Option<Registration>> {
    let sql = format!("{} WHERE r.id = ?1", select(false));
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

/// The request whose live link has this token hash.
pub fn by_token_hash(conn: &Tx, hash: &str) -> Result<Option<Registration>> {
    let sql = format!("{} WHERE r.token_hash = ?1", select(false));
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
    let sql = format!("{} WHERE {find} LIMIT 1", select(false));
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([hash], from_row)
        .optional()?)
}

pub fn list(conn: &Tx, org: Option<OrgId>, now: &Timestamp) -> Result<Vec<Registration>> {
    let sql = format!(
        "{} WHERE (?1 IS NULL OR r.org_id = ?1) ORDER BY r.id",
        select(true)
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![org, now], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The requests of an org for this e-mail that are pending, expired or not.
pub fn pending_for_email(conn: &Tx, org: OrgId, email: &str) -> Result<Vec<Registration>> {
    let sql = format!(
        "{} WHERE r.org_id = ?1 AND {} AND r.status = 'pending'
         ORDER BY r.id",
        select(false),
        conn.nocase_eq("r.email", "?2")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![org, email], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// R5: an org's own requests still awaiting their invitees: pending ones,
/// and expired ones not yet cancelled (their pending accounts still exist).
pub fn open_of_org(conn: &Tx, org: OrgId) -> Result<Vec<Registration>> {
    let sql = format!(
        "{} WHERE r.org_id = ?1 AND r.status = 'pending' ORDER BY r.id",
        select(false)
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([org], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// D2, R7 (issue 12): the open requests (pending, expired or not) whose
/// invitee is this account, in every org.
pub fn open_for_account(conn: &Tx, account: AccountId) -> Result<Vec<Registration>> {
    let sql = format!(
        "{} WHERE r.account_id = ?1 AND r.status = 'pending' ORDER BY r.id",
        select(false)
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([account], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// R8: sets `exempt_outside` or `exempt_file` on a pending membership.
pub fn set_exemption(conn: &Tx, id: RegistrationId, setting: &str, on: bool) -> Result<()> {
    let sql = match setting {
        "exempt_outside" => "UPDATE registrations SET exempt_outside = ?2 WHERE id = ?1",
        "exempt_file" => "UPDATE registrations SET exempt_file = ?2 WHERE id = ?1",
        other => anyhow::bail!("unknown exemption {other}"),
    };
    conn.prepare_cached(sql)?.execute(params![id, on])?;
    Ok(())
}

/// Records why a rule ended a request (D2, R7).
pub fn set_end_reason(conn: &Tx, id: RegistrationId, reason: &str) -> Result<()> {
    conn.prepare_cached("UPDATE registrations SET end_reason = ?2 WHERE id = ?1")?
        .execute(params![id, reason])?;
    Ok(())
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
    pub exempt_outside: bool,
    pub exempt_file: bool,
}

pub fn insert(conn: &Tx, r: &NewRegistration<'_>, now: &Timestamp) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO registrations (id, org_id, account_id, email, role, new_account, status,
                                    created_by, created_at, expires_at, exempt_outside,
                                    exempt_file)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7, ?8, ?9, ?10, ?11)",
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
        r.expires_at,
        r.exempt_outside,
        r.exempt_file
    ])?;
    Ok(())
}

/// R7: the request gets a new link; the previous one is voided.
pub fn issue_link(conn: &Tx, id: RegistrationId, token_hash: &str, expires_at: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE registrations
         SET voided_hashes = trim(voided_hashes || ' ' || coalesce(token_hash, '')),
             token_hash = ?2, expires_at = ?3, status = 'pending', failed_attempts = 0
         WHERE id = ?1",
    )?
    .execute(params![id, token_hash, expires_at])?;
    Ok(())
}

/// Records the decision on a request. The hash of its last link stays, so a
/// second use of that link is refused as used or cancelled, not unknown.
pub fn decide(
    conn: &Tx,
    id: RegistrationId,
    status: RegistrationStatus,
    now: &Timestamp,
) -> Result<()> {
    conn.prepare_cached("UPDATE registrations SET status = ?2, decided_at = ?3 WHERE id = ?1")?
        .execute(params![id, status, now])?;
    Ok(())
}

/// The org a request is for (the admins who may read its link, 15.6).
pub fn org_id_of(conn: &Tx, id: RegistrationId) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT org_id FROM registrations WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))
        .optional()?)
}

/// 15.6: counts one more wrong password on a request; returns the count.
pub fn count_failed_attempt(conn: &Tx, id: RegistrationId) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "UPDATE registrations SET failed_attempts = failed_attempts + 1
             WHERE id = ?1 RETURNING failed_attempts",
        )?
        .query_row(params![id], |r| r.get(0))?)
}

/// 15.6: how many wrong passwords a request has seen since its last link.
pub fn failed_attempts(conn: &Tx, id: RegistrationId) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT failed_attempts FROM registrations WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}
