//! The audit log: one row per state-changing command, whatever its outcome.

use super::sql::{ToSql, Tx, params};

use crate::error::Result;
use crate::model::Timestamp;
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

/// Which audit rows `audit list` shows (CLI.md, turn 2). Times are stored
/// as RFC 3339 UTC with whole seconds, so text comparison is time order.
#[derive(Debug, Default, Clone)]
pub struct AuditFilter {
    /// `at >= since`.
    pub since: Option<Timestamp>,
    /// `at < until` (the caller makes an inclusive bound exclusive).
    pub until: Option<Timestamp>,
    /// Any of these spellings of one administrator (e-mail, account ID,
    /// Chatwork ID), compared case-insensitively: the log records `--as` as
    /// it was typed.
    pub actors: Vec<String>,
    /// An action (`user.delete`) or a group of them (`user`).
    pub action: Option<String>,
}

pub fn list(conn: &Tx, filter: &AuditFilter) -> Result<Vec<AuditView>> {
    // Only the clauses asked for, each with bound parameters: plain SQL
    // that PostgreSQL runs as well.
    let mut sql = String::from(
        "SELECT id, at, actor, action, target, result, db_user, detail FROM audit WHERE 1 = 1",
    );
    let mut args: Vec<&dyn ToSql> = Vec::new();
    if let Some(since) = &filter.since {
        args.push(since);
        sql.push_str(&format!(" AND at >= ?{}", args.len()));
    }
    if let Some(until) = &filter.until {
        args.push(until);
        sql.push_str(&format!(" AND at < ?{}", args.len()));
    }
    if !filter.actors.is_empty() {
        let mut alternatives = Vec::new();
        for actor in &filter.actors {
            args.push(actor);
            alternatives.push(format!("lower(actor) = lower(?{})", args.len()));
        }
        sql.push_str(&format!(" AND ({})", alternatives.join(" OR ")));
    }
    // A group (`user`) matches its actions (`user.delete`) by their prefix,
    // computed here so that every parameter has a type PostgreSQL can infer.
    let group = filter.action.as_ref().map(|a| format!("{a}."));
    let group_len = group.as_ref().map(|g| g.chars().count() as i64);
    if let (Some(action), Some(group), Some(len)) = (&filter.action, &group, &group_len) {
        args.push(action);
        let exact = args.len();
        args.push(len);
        let n_len = args.len();
        args.push(group);
        let n_group = args.len();
        sql.push_str(&format!(
            " AND (action = ?{exact} OR substr(action, 1, ?{n_len}) = ?{n_group})"
        ));
    }
    sql.push_str(" ORDER BY id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(args.as_slice(), |r| {
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
