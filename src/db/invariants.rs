//! The facts the invariant check of SPEC §9 needs, read in bulk so that the
//! check costs a few queries whatever the size of the database.

use super::sql::Tx;
use crate::model::Timestamp;

use crate::error::Result;
use crate::model::{ChatId, ChatKind};

/// I1: active orgs whose admins are not exactly one active account,
/// as (slug, number of live admins, number of active admins).
pub fn admin_counts(conn: &Tx) -> Result<Vec<(String, i64, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT o.slug,
                count(a.id) FILTER (WHERE a.status != 'deleted'),
                count(a.id) FILTER (WHERE a.status = 'active')
         FROM orgs o LEFT JOIN accounts a ON a.org_id = o.id AND a.role = 'admin'
         WHERE o.status = 'active'
         GROUP BY o.id ORDER BY o.slug",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// I2: (slug, seats, seats used) for every org, with seats used as
/// `orgs::seats_used` counts it (the same `registrations::holds_seat`).
pub fn seat_usage(conn: &Tx, now: &Timestamp) -> Result<Vec<(String, i64, i64)>> {
    let sql = format!(
        "SELECT o.slug, o.seats,
                (SELECT count(*) FROM accounts a
                 WHERE a.org_id = o.id AND a.status IN ('active', 'pending_first_login'))
              + (SELECT count(*) FROM registrations r
                 WHERE r.org_id = o.id AND {})
         FROM orgs o ORDER BY o.slug",
        super::registrations::holds_seat("?1")
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// One chat's shape: (id, kind, name, members, admins, members outside the
/// direct chat's pair or the My Chat's owner, deleted members).
pub type ChatShape = (ChatId, ChatKind, String, i64, i64, i64, i64);

/// I4, I5: every chat's member counts.
pub fn chat_shapes(conn: &Tx) -> Result<Vec<ChatShape>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.kind, coalesce(c.name, ''),
                count(m.account_id),
                count(m.account_id) FILTER (WHERE m.role = 'admin'),
                count(m.account_id) FILTER (WHERE c.kind != 'group'
                    AND m.account_id NOT IN (coalesce(c.pair_a, c.owner_id),
                                             coalesce(c.pair_b, c.owner_id))),
                count(m.account_id) FILTER (WHERE a.status = 'deleted')
         FROM chats c LEFT JOIN chat_members m ON m.chat_id = c.id
         LEFT JOIN accounts a ON a.id = m.account_id
         GROUP BY c.id ORDER BY c.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
        ))
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Contacts whose direct chat does not hold both of them.
pub fn contacts_without_both_members(conn: &Tx) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT a.email, b.email FROM contacts c
         JOIN accounts a ON a.id = c.a_id JOIN accounts b ON b.id = c.b_id
         WHERE (SELECT count(*) FROM chat_members m
                WHERE m.chat_id = c.chat_id AND m.account_id IN (c.a_id, c.b_id)) != 2",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
