//! The outbox: e-mails orgctl has sent, as complete messages.

use rusqlite::Connection;

use crate::error::Result;
use crate::views::OutboxView;

pub fn list(conn: &Connection, to: Option<&str>) -> Result<Vec<OutboxView>> {
    let mut stmt = conn.prepare(
        "SELECT id, to_addr, subject, body, created_at FROM outbox
         WHERE (?1 IS NULL OR to_addr = ?1 COLLATE NOCASE) ORDER BY id",
    )?;
    let rows = stmt.query_map([to], |r| {
        Ok(OutboxView {
            id: r.get(0)?,
            to: r.get(1)?,
            subject: r.get(2)?,
            body: r.get(3)?,
            created_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Queues a complete message; `body` is its decoded text.
pub fn insert(
    conn: &Connection,
    to: &str,
    subject: &str,
    body: &str,
    raw: &str,
    now: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO outbox (to_addr, subject, body, raw, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(rusqlite::params![to, subject, body, raw, now])?;
    Ok(conn.last_insert_rowid())
}

/// A message as a mail tool reads it.
pub struct RawMessage {
    pub id: i64,
    pub created_at: String,
    pub raw: String,
}

/// Every message, oldest first, for `outbox export`.
pub fn raw_messages(conn: &Connection) -> Result<Vec<RawMessage>> {
    let mut stmt = conn.prepare("SELECT id, created_at, raw FROM outbox ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(RawMessage {
            id: r.get(0)?,
            created_at: r.get(1)?,
            raw: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
