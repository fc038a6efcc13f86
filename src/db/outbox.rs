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
