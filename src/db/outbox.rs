//! The outbox: e-mails orgctl has written, as complete RFC 5322 messages,
//! with their delivery state (`unsent`, `sent`, `failed`; issue 16).

use super::sql::{Backend, OptionalExtension, Row, ToSql, Tx, params};
use crate::model::Timestamp;

use crate::error::Result;

/// A stored message with its delivery state, as `outbox list` reads it.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
    pub status: String,
    pub sent_at: Option<String>,
    pub reply: Option<String>,
    pub attempts: i64,
    /// The org whose admins may read the secret in it (a registration link).
    pub secret_org_id: Option<i64>,
}

const STORED_COLUMNS: &str =
    "id, to_addr, subject, body, created_at, status, sent_at, reply, attempts, secret_org_id";

fn stored(r: &Row) -> super::sql::Result<Stored> {
    Ok(Stored {
        id: r.get(0)?,
        to: r.get(1)?,
        subject: r.get(2)?,
        body: r.get(3)?,
        created_at: r.get(4)?,
        status: r.get(5)?,
        sent_at: r.get(6)?,
        reply: r.get(7)?,
        attempts: r.get(8)?,
        secret_org_id: r.get(9)?,
    })
}

/// The messages, oldest first, to one address and/or in one state. The
/// conditions are only those given, so every parameter has a type that
/// PostgreSQL can infer.
pub fn list(conn: &Tx, to: Option<&str>, status: Option<&str>) -> Result<Vec<Stored>> {
    let mut sql = format!("SELECT {STORED_COLUMNS} FROM outbox WHERE 1 = 1");
    let mut values: Vec<super::sql::Value> = Vec::new();
    if let Some(to) = to {
        values.push(to.to_value());
        sql.push_str(&format!(
            " AND {}",
            conn.nocase_eq("to_addr", &format!("?{}", values.len()))
        ));
    }
    if let Some(status) = status {
        values.push(status.to_value());
        sql.push_str(&format!(" AND status = ?{}", values.len()));
    }
    sql.push_str(" ORDER BY id");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(values, stored)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// One message, whatever its state.
pub fn get(conn: &Tx, id: i64) -> Result<Option<Stored>> {
    Ok(conn
        .query_row(
            &format!("SELECT {STORED_COLUMNS} FROM outbox WHERE id = ?1"),
            [id],
            stored,
        )
        .optional()?)
}

/// A message to queue: `body` is its decoded text, `raw` the whole message.
pub struct NewMessage<'a> {
    pub env_from: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub raw: &'a str,
    /// 15.6: the org whose admins may see the secret the message holds.
    pub secret_org_id: Option<i64>,
}

/// Queues a complete message, unsent.
pub fn insert(conn: &Tx, m: &NewMessage<'_>, now: &Timestamp) -> Result<i64> {
    // On PostgreSQL a login sees only its org's rows (issue 14.5), so the
    // next ID comes from a function that sees them all.
    let sql = match conn.backend() {
        Backend::Postgres => {
            "INSERT INTO outbox (id, to_addr, subject, body, raw, created_at, status, env_from, secret_org_id)
             VALUES (orgctl_outbox_next_id(), ?1, ?2, ?3, ?4, ?5, 'unsent', ?6, ?7)
             RETURNING id"
        }
        Backend::Sqlite => {
            "INSERT INTO outbox (id, to_addr, subject, body, raw, created_at, status, env_from, secret_org_id)
             VALUES ((SELECT coalesce(max(id), 0) + 1 FROM outbox), ?1, ?2, ?3, ?4, ?5, 'unsent', ?6, ?7)
             RETURNING id"
        }
    };
    Ok(conn.prepare_cached(sql)?.query_row(
        params![
            m.to,
            m.subject,
            m.body,
            m.raw,
            now,
            m.env_from,
            m.secret_org_id
        ],
        |r| r.get(0),
    )?)
}

/// A message as a mail tool or an SMTP server reads it.
pub struct RawMessage {
    pub id: i64,
    pub created_at: String,
    /// The envelope sender; `None` for a message queued before it was kept.
    pub env_from: Option<String>,
    pub to: String,
    pub raw: String,
}

fn raw_message(r: &Row) -> super::sql::Result<RawMessage> {
    Ok(RawMessage {
        id: r.get(0)?,
        created_at: r.get(1)?,
        env_from: r.get(2)?,
        to: r.get(3)?,
        raw: r.get(4)?,
    })
}

/// Every message, oldest first, for `outbox export`.
pub fn raw_messages(conn: &Tx) -> Result<Vec<RawMessage>> {
    let mut stmt =
        conn.prepare("SELECT id, created_at, env_from, to_addr, raw FROM outbox ORDER BY id")?;
    let rows = stmt.query_map([], raw_message)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The IDs of the unsent messages, oldest first: all of them, or those
/// after `after` (the messages a command just queued), at most `limit`.
pub fn unsent_ids(conn: &Tx, after: Option<i64>, limit: Option<u64>) -> Result<Vec<i64>> {
    // No limit is the largest one both SQLite and PostgreSQL take.
    let limit = limit.map_or(i64::MAX, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM outbox WHERE status = 'unsent' AND id > ?1 ORDER BY id LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![after.unwrap_or(0), limit], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// One unsent message, to hand to the server; `None` once it is no longer
/// unsent (another sender got to it, or it was purged).
pub fn unsent_raw(conn: &Tx, id: i64) -> Result<Option<RawMessage>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, created_at, env_from, to_addr, raw FROM outbox
             WHERE id = ?1 AND status = 'unsent'",
        )?
        .query_row([id], raw_message)
        .optional()?)
}

/// The highest message ID so far (0 for an empty outbox).
pub fn last_id(conn: &Tx) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(id), 0) FROM outbox", [], |r| r.get(0))?)
}

/// Records the outcome of one delivery attempt: `sent` (the server accepted
/// it), `failed` (a permanent rejection) or `unsent` (a temporary one: it
/// stays in the queue). Only an unsent message changes state.
pub fn record_attempt(
    conn: &Tx,
    id: i64,
    status: &str,
    reply: &str,
    now: &Timestamp,
) -> Result<bool> {
    let changed = conn
        .prepare_cached(
            "UPDATE outbox
             SET status = ?2, reply = ?3, attempts = attempts + 1, last_attempt_at = ?4,
                 sent_at = CASE WHEN ?2 = 'sent' THEN ?4 ELSE sent_at END
             WHERE id = ?1 AND status = 'unsent'",
        )?
        .execute(params![id, status, reply, now])?;
    Ok(changed == 1)
}

/// `outbox retry`: a failed message goes back to the queue.
pub fn requeue(conn: &Tx, id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE outbox SET status = 'unsent' WHERE id = ?1 AND status = 'failed'")?
        .execute([id])?;
    Ok(())
}

/// The sent messages delivered before `before`, for `outbox purge`.
pub fn sent_before(conn: &Tx, before: &str) -> Result<Vec<Stored>> {
    let sql = format!(
        "SELECT {STORED_COLUMNS} FROM outbox
         WHERE status = 'sent' AND sent_at < ?1 ORDER BY id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([before], stored)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Removes one sent message (`outbox purge`).
pub fn delete_sent(conn: &Tx, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM outbox WHERE id = ?1 AND status = 'sent'")?
        .execute([id])?;
    Ok(())
}

/// PostgreSQL's sender lock: a session advisory lock, held until this
/// connection ends (a killed sender's goes with its connection), so that
/// senders on different machines take turns. Whether it was taken.
/// (SQLite senders lock a file beside the database instead.)
pub fn try_lock_sender_pg(conn: &Tx) -> Result<bool> {
    // The key is arbitrary and fixed: "orgctl outbox send".
    Ok(conn.query_row("SELECT pg_try_advisory_lock(7101004316)", [], |r| r.get(0))?)
}
