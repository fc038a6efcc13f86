//! Queries on transfers between organizations (SPEC §5) and their users.

use super::sql::params;
use super::sql::{OptionalExtension, Tx};
use crate::model::Timestamp;

use crate::error::Result;
use crate::model::{AccountId, OrgId, TransferId, TransferStatus};

/// A transfer as stored, with its orgs' slugs.
#[derive(Debug, Clone, PartialEq)]
pub struct TransferRow {
    pub id: TransferId,
    pub from_org: OrgId,
    pub from_slug: String,
    pub to_org: OrgId,
    pub to_slug: String,
    pub created_at: String,
    pub expires_at: String,
}

/// One user of a transfer, with its stored status.
#[derive(Debug, Clone, PartialEq)]
pub struct TransferUser {
    pub account_id: AccountId,
    pub email: String,
    pub status: TransferStatus,
}

const SELECT: &str =
    "SELECT t.id, t.from_org_id, f.slug, t.to_org_id, d.slug, t.created_at, t.expires_at
     FROM transfers t JOIN orgs f ON f.id = t.from_org_id JOIN orgs d ON d.id = t.to_org_id";

fn from_row(r: &super::sql::Row) -> super::sql::Result<TransferRow> {
    Ok(TransferRow {
        id: r.get(0)?,
        from_org: r.get(1)?,
        from_slug: r.get(2)?,
        to_org: r.get(3)?,
        to_slug: r.get(4)?,
        created_at: r.get(5)?,
        expires_at: r.get(6)?,
    })
}

pub fn by_id(conn: &Tx, id: TransferId) -> Result<Option<TransferRow>> {
    let sql = format!("{SELECT} WHERE t.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

/// Transfers from or to an org (or all), newest first.
pub fn list(conn: &Tx, org: Option<OrgId>) -> Result<Vec<TransferRow>> {
    let sql = format!(
        "{SELECT} WHERE ?1 IS NULL OR t.from_org_id = ?1 OR t.to_org_id = ?1 ORDER BY t.id DESC"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([org], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub fn users(conn: &Tx, id: TransferId) -> Result<Vec<TransferUser>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.account_id, a.email, u.status FROM transfer_users u
         JOIN accounts a ON a.id = u.account_id WHERE u.transfer_id = ?1 ORDER BY u.account_id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(TransferUser {
            account_id: r.get(0)?,
            email: r.get(1)?,
            status: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// D2 (issue 12): the transfers in which this account is still pending
/// (expired or not), so that its deletion ends its part in them.
pub fn open_parts_of(conn: &Tx, account: AccountId) -> Result<Vec<TransferId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT transfer_id FROM transfer_users WHERE account_id = ?1 AND status = 'pending'
         ORDER BY transfer_id",
    )?;
    let rows = stmt.query_map([account], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Whether an account was ever part of a transfer (its row must then stay,
/// for the transfer's record).
pub fn involves(conn: &Tx, account: AccountId) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM transfer_users WHERE account_id = ?1)")?
        .query_row([account], |r| r.get(0))?)
}

/// Why a rule ended users' parts in a transfer, by account (D2).
pub fn reasons(conn: &Tx, id: TransferId) -> Result<Vec<(AccountId, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT account_id, reason FROM transfer_users
         WHERE transfer_id = ?1 AND reason IS NOT NULL ORDER BY account_id",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// T5: the oldest pending, unexpired transfer each of `accounts` is in,
/// other than `except`, for the accounts in one; one statement per batch
/// (issue 13.8: a request or an approval asked it user by user).
pub fn pending_for_many(
    conn: &Tx,
    accounts: &[AccountId],
    now: &Timestamp,
    except: Option<TransferId>,
) -> Result<std::collections::HashMap<AccountId, TransferId>> {
    use super::sql::ToSql;
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = super::batched(
        &SQL,
        "SELECT u.account_id, min(t.id) FROM transfer_users u JOIN transfers t ON t.id = u.transfer_id
         WHERE u.account_id IN ({ids}) AND u.status = 'pending' AND t.expires_at > {extra1}
           AND ({extra2} IS NULL OR t.id != {extra2})
         GROUP BY u.account_id",
    );
    let mut out = std::collections::HashMap::new();
    super::for_each_batch_with(
        conn,
        sql,
        accounts,
        &[now.to_value(), except.to_value()],
        |r| {
            out.insert(r.get(0)?, r.get(1)?);
            Ok(())
        },
    )?;
    Ok(out)
}

/// The id the next transfer receives.
pub fn next_id(conn: &Tx) -> Result<TransferId> {
    Ok(TransferId(conn.query_row(
        "SELECT coalesce(max(id), 0) + 1 FROM transfers",
        [],
        |r| r.get(0),
    )?))
}

#[allow(clippy::too_many_arguments)]
pub fn insert(
    conn: &Tx,
    id: TransferId,
    from: OrgId,
    to: OrgId,
    requested_by: Option<AccountId>,
    to_admin: Option<AccountId>,
    users: &[AccountId],
    now: &Timestamp,
    expires_at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO transfers (id, from_org_id, to_org_id, requested_by, to_admin_id, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![id, from, to, requested_by, to_admin, now, expires_at])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO transfer_users (transfer_id, account_id, status) VALUES (?1, ?2, 'pending')",
    )?;
    for user in users {
        stmt.execute(params![id, user])?;
    }
    Ok(())
}

pub fn set_user_status(
    conn: &Tx,
    id: TransferId,
    account: AccountId,
    status: TransferStatus,
    reason: Option<&str>,
    now: &Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE transfer_users SET status = ?3, decided_at = ?4, reason = ?5
         WHERE transfer_id = ?1 AND account_id = ?2",
    )?
    .execute(params![id, account, status, now, reason])?;
    Ok(())
}

/// Many `set_user_status`es in one statement per `bulk::CHUNK` parts (an
/// approval of many users, issue 13.8). Each (transfer, account) appears
/// once.
pub fn set_user_statuses(
    conn: &Tx,
    rows: &[(TransferId, AccountId, TransferStatus, Option<&str>)],
    now: &Timestamp,
) -> Result<()> {
    use super::bulk::{self, Cast};
    use super::sql::ToSql;
    let values: Vec<_> = rows
        .iter()
        .flat_map(|(id, account, status, reason)| {
            [
                id.to_value(),
                account.to_value(),
                status.to_value(),
                now.to_value(),
                reason.to_value(),
            ]
        })
        .collect();
    bulk::run(
        conn,
        5,
        Some(&[Cast::Int, Cast::Int, Cast::Text, Cast::Text, Cast::Text]),
        &values,
        |list| {
            format!(
                "UPDATE transfer_users SET status = v.column3, decided_at = v.column4, reason = v.column5
                 FROM (VALUES {list}) AS v
                 WHERE transfer_users.transfer_id = v.column1 AND transfer_users.account_id = v.column2"
            )
        },
    )?;
    Ok(())
}
