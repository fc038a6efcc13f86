//! The outbox: e-mails orgctl has sent, as complete messages.

use super::sql::{Tx, params};

use crate::error::Result;
use crate::views::OutboxView;

pub fn list(conn: &Tx, to: Option<&str>) -> Result<Vec<OutboxView>> {
    let sql = format!(
        "SELECT id, to_addr, subject, body, created_at FROM outbox
         WHERE (?1 IS NULL OR {}) ORDER BY id",
        conn.nocase_eq("to_addr", "?1")
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([to], |r| {
        Ok(OutboxView {
            id: r.get(0)?,
            to: r.get(1)?,
            subject: r.get(2)?,
            body: r.get(3)?,
            created_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Queues a complete message; `body` is its decoded text.
pub fn insert(conn: &Tx, to: &str, subject: &str, body: &str, raw: &str, now: &str) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO outbox (id, to_addr, subject, body, raw, created_at)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM outbox), ?1, ?2, ?3, ?4, ?5)
         RETURNING id",
        )?
        .query_row(params![to, subject, body, raw, now], |r| r.get(0))?)
}

/// A message as a mail tool reads it.
pub struct RawMessage {
    pub id: i64,
    pub created_at: String,
    pub raw: String,
}

/// Every message, oldest first, for `outbox export`.
pub fn raw_messages(conn: &Tx) -> Result<Vec<RawMessage>> {
    let mut stmt = conn.prepare("SELECT id, created_at, raw FROM outbox ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(RawMessage {
            id: r.get(0)?,
            created_at: r.get(1)?,
            raw: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
