//! The set-based half of a staff import (issues 18.3 and 13.8): a batch of
//! parsed rows goes into a temporary table in one bulk write
//! (`Tx::insert_rows`: a stepped `INSERT` on SQLite, `COPY` on PostgreSQL),
//! one query joins it to the accounts, orgs and roster and yields each
//! row's facts with its line number, and the batch's accepted rows are
//! written with one bulk write and one `UPDATE … FROM`. The domain decides
//! every row from these facts exactly as it did with a lookup per row, so
//! the statements (and, on the server, the round trips) grow with the
//! batches, not the rows.
//!
//! The backend-specific SQL is the temporary tables' definitions (PostgreSQL
//! drops them at commit and compares text as "C") and the path of new
//! entries: SQLite inserts them straight into `staff`; PostgreSQL refuses
//! COPY into a table under row-level security (a login's), so they are
//! copied into a temporary table first and moved with `INSERT … SELECT`.

use super::sql::{Backend, Row, Tx, Value, params};
use super::staff::{AccountFacts, StaffEntry};
use crate::error::Result;
use crate::model::{AccountId, OrgId, Timestamp};

/// What one well-formed row names, to be looked up.
pub struct Probe<'a> {
    pub line: u64,
    pub account_id: Option<AccountId>,
    pub chatwork_id: Option<&'a str>,
    pub email: Option<&'a str>,
}

/// What the state says about one row's names when its batch is resolved.
#[derive(Debug, Default)]
pub struct Facts {
    pub line: u64,
    /// The account with the row's account ID.
    pub by_id: Option<AccountFacts>,
    /// The account with the row's Chatwork ID (compared as `accounts`
    /// collates it: without case).
    pub by_chatwork_id: Option<AccountFacts>,
    /// The org's entry tied to the account the IDs name (the account ID's
    /// account, else the Chatwork ID's).
    pub entry_by_account: Option<StaffEntry>,
    /// The org's oldest entry with the row's e-mail (ASCII case folded),
    /// looked up only when no entry is tied to the account.
    pub entry_by_email: Option<StaffEntry>,
}

/// A roster entry's contents, as a batch writes it.
#[derive(Debug)]
pub struct Entry {
    pub name: String,
    pub email: Option<String>,
    pub account_id: Option<AccountId>,
    pub chatwork_id: Option<String>,
}

// The temporary tables live in memory: a batch is a few megabytes at most,
// and a temporary file would cost a write per page.
const SQLITE_TABLES: &str = "
    PRAGMA temp_store = MEMORY;
    CREATE TEMP TABLE IF NOT EXISTS staff_probe (
        line INTEGER PRIMARY KEY, account_id INTEGER, chatwork_id TEXT, email TEXT);
    CREATE TEMP TABLE IF NOT EXISTS staff_changed (
        id INTEGER PRIMARY KEY, name TEXT, email TEXT, account_id INTEGER, chatwork_id TEXT);
    DELETE FROM staff_probe;
    DELETE FROM staff_changed;";

// A batch is a few thousand rows against tables of millions, and the
// roster grows batch by batch during the import: an index probe per row is
// always the right plan, but PostgreSQL's planner, seeing a temporary table
// of thousands of rows, may pick a hash join that reads the whole roster
// (or a merge join that walks the accounts from the first ID) on every
// batch, so the import grows with the square of its rows. The import's
// transaction therefore plans with nested loops only.
const PG_TABLES: &str = r#"
    SET LOCAL enable_hashjoin = off;
    SET LOCAL enable_mergejoin = off;
    CREATE TEMP TABLE IF NOT EXISTS staff_probe (
        line BIGINT, account_id BIGINT, chatwork_id TEXT COLLATE "C", email TEXT COLLATE "C")
        ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS staff_changed (
        id BIGINT, name TEXT COLLATE "C", email TEXT COLLATE "C", account_id BIGINT,
        chatwork_id TEXT COLLATE "C")
        ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS staff_new (
        id BIGINT, org_id BIGINT, name TEXT COLLATE "C", email TEXT COLLATE "C",
        account_id BIGINT, chatwork_id TEXT COLLATE "C", created_at TEXT COLLATE "C")
        ON COMMIT DROP;
    TRUNCATE staff_probe, staff_changed, staff_new;"#;

/// The columns of an account's facts, for `alias`; its org's slug is read
/// only for an account of another org (it words that row's error).
fn facts_columns(alias: &str) -> String {
    format!(
        "{alias}.id, {alias}.status, {alias}.org_id, {alias}.chatwork_id, {alias}.email,
         CASE WHEN {alias}.org_id = ?1 THEN ?2 ELSE
              (SELECT o.slug FROM orgs o WHERE o.id = {alias}.org_id) END"
    )
}

fn entry_columns(alias: &str) -> String {
    format!(
        "{alias}.id, {alias}.name, {alias}.email, {alias}.account_id, {alias}.chatwork_id, {alias}.registration_id"
    )
}

fn facts_at(r: &Row, at: usize) -> super::sql::Result<Option<AccountFacts>> {
    let id: Option<AccountId> = r.get(at)?;
    let Some(id) = id else { return Ok(None) };
    Ok(Some(AccountFacts {
        id,
        status: r.get(at + 1)?,
        org_id: r.get(at + 2)?,
        chatwork_id: r.get(at + 3)?,
        email: r.get(at + 4)?,
        org_slug: r.get(at + 5)?,
    }))
}

fn entry_at(r: &Row, at: usize) -> super::sql::Result<Option<StaffEntry>> {
    let id: Option<i64> = r.get(at)?;
    let Some(id) = id else { return Ok(None) };
    Ok(Some(StaffEntry {
        id,
        name: r.get(at + 1)?,
        email: r.get(at + 2)?,
        account_id: r.get(at + 3)?,
        chatwork_id: r.get(at + 4)?,
        registration_id: r.get(at + 5)?,
    }))
}

/// A staff import's batches on one connection: the temporary tables, made
/// once for the import, and the resolving query's text.
pub struct Batches<'c> {
    tx: &'c Tx,
    org: OrgId,
    slug: String,
    resolve: String,
}

impl<'c> Batches<'c> {
    /// Makes (or empties) the import's temporary tables. They are private
    /// to the connection, so a dry run in a read transaction can use them.
    /// Without `entries_by_account`, a row's entry is looked up by e-mail
    /// only (the caller knows no entry can be tied to the row's account).
    pub fn open(tx: &'c Tx, org: OrgId, slug: &str, entries_by_account: bool) -> Result<Self> {
        tx.execute_batch(match tx.backend() {
            Backend::Sqlite => SQLITE_TABLES,
            Backend::Postgres => PG_TABLES,
        })?;
        let resolve = format!(
            // One entry a row: the one tied to the row's account, else
            // (only then looked up) the oldest with the row's e-mail; the
            // last column says which.
            "SELECT p.line, {}, {}, {}, ea.id IS NOT NULL
             FROM staff_probe p
             LEFT JOIN accounts a ON a.id = p.account_id
             LEFT JOIN accounts c ON p.chatwork_id IS NOT NULL AND {}
             LEFT JOIN staff ea ON {} ea.org_id = ?1 AND ea.account_id = coalesce(a.id, c.id)
             LEFT JOIN staff e ON e.id = coalesce(ea.id, (
                 SELECT min(s.id) FROM staff s
                 WHERE p.email IS NOT NULL AND s.org_id = ?1 AND {}))
             ORDER BY p.line",
            facts_columns("a"),
            facts_columns("c"),
            entry_columns("e"),
            tx.nocase_eq("c.chatwork_id", "p.chatwork_id"),
            if entries_by_account { "" } else { "FALSE AND" },
            tx.nocase_eq("s.email", "p.email"),
        );
        Ok(Batches {
            tx,
            org,
            slug: slug.to_owned(),
            resolve,
        })
    }

    /// The facts of every probe, in the probes' order (their lines).
    pub fn resolve(&mut self, probes: &[Probe<'_>]) -> Result<Vec<Facts>> {
        let tx = self.tx;
        tx.execute_batch("DELETE FROM staff_probe")?;
        tx.insert_rows(
            "staff_probe",
            ["line", "account_id", "chatwork_id", "email"],
            probes.iter().map(|p| {
                [
                    Value::Int(i64::try_from(p.line).unwrap_or(i64::MAX)),
                    p.account_id.map_or(Value::Null, |a| Value::Int(a.0)),
                    p.chatwork_id
                        .map_or(Value::Null, |c| Value::Text(c.to_owned())),
                    p.email.map_or(Value::Null, |e| Value::Text(e.to_owned())),
                ]
            }),
        )?;
        if tx.backend() == Backend::Postgres {
            // A temporary table has no statistics until analysed: without
            // them the planner may scan every account instead of probing
            // the batch's few thousand.
            tx.execute_batch("ANALYZE staff_probe")?;
        }
        let mut facts = Vec::with_capacity(probes.len());
        tx.prepare_cached(&self.resolve)?
            .for_each_row(params![self.org, self.slug], |r| {
                let line: i64 = r.get(0)?;
                let entry = entry_at(r, 13)?;
                let by_account: bool = r.get(19)?;
                let (entry_by_account, entry_by_email) = if by_account {
                    (entry, None)
                } else {
                    (None, entry)
                };
                facts.push(Facts {
                    line: u64::try_from(line).unwrap_or_default(),
                    by_id: facts_at(r, 1)?,
                    by_chatwork_id: facts_at(r, 7)?,
                    entry_by_account,
                    entry_by_email,
                });
                Ok::<_, super::sql::Error>(true)
            })?;
        if facts.len() != probes.len() || facts.iter().zip(probes).any(|(f, p)| f.line != p.line) {
            return Err(anyhow::anyhow!(
                "the staff batch of {} rows resolved to {} rows",
                probes.len(),
                facts.len()
            ));
        }
        Ok(facts)
    }
}

/// Adds `entries` to `org`'s roster, with the next IDs in order (as
/// `staff::insert` gives them one at a time). Only within an import: the
/// temporary tables of `Batches::open` must exist in this transaction.
pub fn insert(tx: &Tx, org: OrgId, entries: Vec<Entry>, now: &Timestamp) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let last: i64 = tx
        .prepare_cached("SELECT coalesce(max(id), 0) FROM staff")?
        .query_row([], |r| r.get(0))?;
    let org = org.0;
    let now_value = Value::Text(now.as_str().to_owned());
    let rows = entries.into_iter().zip(last + 1..).map(|(e, id)| {
        [
            Value::Int(id),
            Value::Int(org),
            Value::Text(e.name),
            e.email.map_or(Value::Null, Value::Text),
            e.account_id.map_or(Value::Null, |a| Value::Int(a.0)),
            e.chatwork_id.map_or(Value::Null, Value::Text),
            now_value.clone(),
        ]
    });
    match tx.backend() {
        Backend::Sqlite => {
            tx.insert_rows(
                "staff",
                [
                    "id",
                    "org_id",
                    "name",
                    "email",
                    "account_id",
                    "chatwork_id",
                    "created_at",
                    "updated_at",
                ],
                rows.map(|[id, org, name, email, account, cw, now]| {
                    [id, org, name, email, account, cw, now.clone(), now]
                }),
            )?;
        }
        Backend::Postgres => {
            tx.insert_rows(
                "staff_new",
                [
                    "id",
                    "org_id",
                    "name",
                    "email",
                    "account_id",
                    "chatwork_id",
                    "created_at",
                ],
                rows,
            )?;
            tx.execute_batch(
                "INSERT INTO staff (id, org_id, name, email, account_id, chatwork_id,
                                        created_at, updated_at)
                     SELECT id, org_id, name, email, account_id, chatwork_id, created_at, created_at
                     FROM staff_new ORDER BY id;
                     TRUNCATE staff_new",
            )?;
        }
    }
    Ok(())
}

/// Changes the entries `changes` names (by ID) to their new contents. Only
/// within an import, as `insert`.
pub fn update(tx: &Tx, changes: Vec<(i64, Entry)>, now: &Timestamp) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    tx.insert_rows(
        "staff_changed",
        ["id", "name", "email", "account_id", "chatwork_id"],
        changes.into_iter().map(|(id, e)| {
            [
                Value::Int(id),
                Value::Text(e.name),
                e.email.map_or(Value::Null, Value::Text),
                e.account_id.map_or(Value::Null, |a| Value::Int(a.0)),
                e.chatwork_id.map_or(Value::Null, Value::Text),
            ]
        }),
    )?;
    tx.prepare_cached(
        "UPDATE staff SET name = u.name, email = u.email, account_id = u.account_id,
                              chatwork_id = u.chatwork_id, updated_at = ?1
             FROM staff_changed u WHERE staff.id = u.id",
    )?
    .execute([now])?;
    tx.execute_batch("DELETE FROM staff_changed")?;
    Ok(())
}
