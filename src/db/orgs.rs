//! Queries on organizations, their allow-lists and their seats.

use super::sql::params;
use super::sql::{OptionalExtension, Row, Tx};
use crate::model::Timestamp;

use crate::error::Result;
use crate::model::{Org, OrgId, OrgPlan, OrgStatus, Prohibition};

const ORG_COLUMNS: &str =
    "id, slug, name, plan, seats, status, prohibit_outside, prohibit_file_sharing";

fn org_from_row(r: &Row) -> super::sql::Result<Org> {
    Ok(Org {
        id: r.get(0)?,
        slug: r.get(1)?,
        name: r.get(2)?,
        plan: r.get(3)?,
        seats: r.get(4)?,
        status: r.get(5)?,
        prohibit_outside: super::flag(r.get(6)?),
        prohibit_file_sharing: super::flag(r.get(7)?),
    })
}

pub fn by_slug(conn: &Tx, slug: &str) -> Result<Option<Org>> {
    let sql = format!("SELECT {ORG_COLUMNS} FROM orgs WHERE slug = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([slug], org_from_row)
        .optional()?)
}

pub fn by_id(conn: &Tx, id: OrgId) -> Result<Option<Org>> {
    let sql = format!("SELECT {ORG_COLUMNS} FROM orgs WHERE id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], org_from_row)
        .optional()?)
}

/// `by_id` for many orgs at once, in no particular order; one statement
/// per `db::BATCH` orgs (issue 13.8: a plan read the orgs of a chat's
/// members one by one, two statements each).
pub fn by_ids(conn: &Tx, ids: &[OrgId]) -> Result<Vec<Org>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = super::batched(
        &SQL,
        &format!("SELECT {ORG_COLUMNS} FROM orgs WHERE id IN ({{ids}})"),
    );
    let mut out = Vec::with_capacity(ids.len());
    super::for_each_batch(conn, sql, ids, |r| {
        out.push(org_from_row(r)?);
        Ok(())
    })?;
    Ok(out)
}

pub fn list(conn: &Tx) -> Result<Vec<Org>> {
    let sql = format!("SELECT {ORG_COLUMNS} FROM orgs ORDER BY slug");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], org_from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The slugs on an org's outside allow-list.
pub fn allow_list(conn: &Tx, org: OrgId) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.slug FROM org_allow a JOIN orgs o ON o.id = a.other_id
         WHERE a.org_id = ?1 ORDER BY o.slug",
    )?;
    let rows = stmt.query_map([org], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// `allowed_ids` of many orgs at once: (org, allowed org) pairs, in no
/// particular order.
pub fn allowed_ids_many(conn: &Tx, orgs: &[OrgId]) -> Result<Vec<(OrgId, OrgId)>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = super::batched(
        &SQL,
        "SELECT org_id, other_id FROM org_allow WHERE org_id IN ({ids})",
    );
    let mut out = Vec::new();
    super::for_each_batch(conn, sql, orgs, |r| {
        out.push((r.get(0)?, r.get(1)?));
        Ok(())
    })?;
    Ok(out)
}

/// The orgs on one org's outside allow-list, by ID.
pub fn allowed_ids(conn: &Tx, org: OrgId) -> Result<Vec<OrgId>> {
    let mut stmt = conn.prepare_cached("SELECT other_id FROM org_allow WHERE org_id = ?1")?;
    let rows = stmt.query_map([org], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every allow-list entry: (org, the org it allows).
pub fn all_allows(conn: &Tx) -> Result<Vec<(OrgId, OrgId)>> {
    let mut stmt = conn.prepare("SELECT org_id, other_id FROM org_allow")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Seats used (SPEC §1): active and pending members, plus the registration
/// requests that hold a seat (`registrations::holds_seat`, the one
/// definition, also behind `registration list`'s `holds_seat` and I2).
pub fn seats_used(conn: &Tx, org: OrgId, now: &Timestamp) -> Result<i64> {
    let sql = format!(
        "SELECT (SELECT count(*) FROM accounts
             WHERE org_id = ?1 AND status IN ('active', 'pending_first_login'))
          + (SELECT count(*) FROM registrations r
             WHERE r.org_id = ?1 AND {})",
        super::registrations::holds_seat("?2")
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params![org, now], |r| r.get(0))?)
}

pub fn insert(
    conn: &Tx,
    slug: &str,
    name: &str,
    plan: OrgPlan,
    seats: i64,
    now: &Timestamp,
) -> Result<OrgId> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO orgs (id, slug, name, plan, seats, status, created_at)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM orgs), ?1, ?2, ?3, ?4, 'active', ?5)
         RETURNING id",
        )?
        .query_row(params![slug, name, plan, seats, now], |r| r.get(0))?)
}

pub fn set_status(conn: &Tx, org: OrgId, status: OrgStatus) -> Result<()> {
    conn.execute(
        "UPDATE orgs SET status = ?2 WHERE id = ?1",
        params![org, status],
    )?;
    Ok(())
}

/// Issue 12: `org set --plan`.
pub fn set_plan(conn: &Tx, org: OrgId, plan: OrgPlan) -> Result<()> {
    conn.execute(
        "UPDATE orgs SET plan = ?2 WHERE id = ?1",
        params![org, plan],
    )?;
    Ok(())
}

pub fn set_seats(conn: &Tx, org: OrgId, seats: i64) -> Result<()> {
    conn.execute(
        "UPDATE orgs SET seats = ?2 WHERE id = ?1",
        params![org, seats],
    )?;
    Ok(())
}

/// Sets one of the prohibited-acts flags.
pub fn set_prohibition(conn: &Tx, org: OrgId, setting: Prohibition, on: bool) -> Result<()> {
    let sql = match setting {
        Prohibition::Outside => "UPDATE orgs SET prohibit_outside = ?2 WHERE id = ?1",
        Prohibition::FileSharing => "UPDATE orgs SET prohibit_file_sharing = ?2 WHERE id = ?1",
    };
    conn.execute(sql, params![org, on])?;
    Ok(())
}

/// Replaces an org's allow-list with exactly `others`.
pub fn set_allow_list(conn: &Tx, org: OrgId, others: &[OrgId]) -> Result<()> {
    conn.execute("DELETE FROM org_allow WHERE org_id = ?1", [org])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO org_allow (org_id, other_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?;
    for other in others {
        stmt.execute(params![org, other])?;
    }
    Ok(())
}

/// Whether the database holds no organization and no account yet.
pub fn database_is_empty(conn: &Tx) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM orgs) AND NOT EXISTS (SELECT 1 FROM accounts)",
        [],
        |r| r.get(0),
    )?)
}
