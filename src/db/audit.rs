//! The audit log: one row per state-changing command, whatever its outcome.

use super::sql::Tx;
use super::sql::params;

use crate::error::Result;
use crate::views::AuditView;

/// Writes one audit row and returns its id, which an error after the commit
/// names so the administrator can find what was applied (issue 15.4).
pub fn record(
    conn: &Tx,
    at: &str,
    actor: Option<&str>,
    action: &str,
    target: Option<&str>,
    result: &str,
) -> Result<i64> {
    // db_user and detail are not written here: PostgreSQL stamps them (a
    // trigger, issue 14.3); SQLite leaves them empty.
    Ok(conn
        .prepare_cached(
            "INSERT INTO audit (at, actor, action, target, result)
             VALUES (?1, ?2, ?3, ?4, ?5)
             RETURNING id",
        )?
        .query_row(params![at, actor, action, target, result], |r| r.get(0))?)
}

pub fn list(conn: &Tx, since: Option<&str>) -> Result<Vec<AuditView>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, target, result, db_user, detail FROM audit
         WHERE (?1 IS NULL OR at >= ?1) ORDER BY id",
    )?;
    let rows = stmt.query_map([since], |r| {
        Ok(AuditView {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            target: r.get(4)?,
            result: r.get(5)?,
            db_user: r.get(6)?,
            detail: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
