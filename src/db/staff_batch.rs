//! The set-based half of a staff import (issues 18.3 and 13.8): a batch of
//! parsed rows goes into a temporary table in one bulk write
//! (`Tx::insert_rows`: a stepped `INSERT` on SQLite, `COPY` on PostgreSQL),
//! one query joins it to the accounts, orgs and roster and yields each
//! row's facts in the rows' order (read in place, `for_each_row_ref`), and
//! the batch's new entries are written with one `INSERT … SELECT` from that
//! same table (the runs of accepted rows are the statement's one parameter)
//! and its changed ones with one `UPDATE … FROM`. The domain decides every
//! row from these facts exactly as it did with a lookup per row, so the
//! statements (and, on the server, the round trips) grow with the batches,
//! not the rows.
//!
//! The backend-specific SQL is side by side below: the temporary tables'
//! definitions (PostgreSQL drops them at commit and compares text as "C"),
//! how a table is emptied, and how the runs of new entries are read from
//! their JSON parameter.

use std::fmt::Write as _;

use super::sql::{Backend, RowRef, Tx, Value, ValueRef, params};
use super::staff::{AccountFacts, StaffEntry};
use crate::error::Result;
use crate::model::{AccountId, AccountStatus, OrgId, Timestamp};

/// What one well-formed row names, to be looked up, and the cells a new
/// entry made from it takes.
pub struct Probe<'a> {
    pub line: u64,
    pub name: &'a str,
    pub account_id: Option<AccountId>,
    pub chatwork_id: Option<&'a str>,
    pub email: Option<&'a str>,
}

/// What the state says about one row's names when its batch is resolved.
#[derive(Debug, Default)]
pub struct Facts {
    pub line: u64,
    /// The row's place in its batch's table (its probe's index): a new
    /// entry made of the row's own cells is written from there
    /// (`NewEntry::Probed`).
    pub seq: usize,
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

/// A new roster entry of the current batch.
#[derive(Debug)]
pub enum NewEntry {
    /// Made of the row at this place of the batch's table exactly as it was
    /// probed (S2, method A): its name and e-mail cells, the account its IDs
    /// name (the account ID, else the Chatwork ID's account), and, when the
    /// row gave a Chatwork ID, that account's own spelling of it (S6). Written
    /// by `INSERT … SELECT` from the table, without binding the row again.
    Probed(usize),
    /// Any other contents (a method-B row resolved to a member, R4).
    Given(Entry),
}

// The temporary tables live in memory: a batch is a few megabytes at most,
// and a temporary file would cost a write per page. `seq` is the row's
// place in its batch: new entries are read back by runs of it.
const SQLITE_TABLES: &str = "
    PRAGMA temp_store = MEMORY;
    CREATE TEMP TABLE IF NOT EXISTS staff_probe (
        seq INTEGER PRIMARY KEY, line INTEGER, name TEXT, account_id INTEGER,
        chatwork_id TEXT, email TEXT);
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
// transaction therefore plans with nested loops only. Nor is the plan
// worth compiling: its estimated cost (thousands of probes) is past
// `jit_above_cost`, and JIT compiling the resolving query took 270 ms of
// its 350 ms per batch (auto_explain, 1M rows).
const PG_TABLES: &str = r#"
    SET LOCAL enable_hashjoin = off;
    SET LOCAL enable_mergejoin = off;
    SET LOCAL jit = off;
    CREATE TEMP TABLE IF NOT EXISTS staff_probe (
        seq BIGINT PRIMARY KEY, line BIGINT, name TEXT COLLATE "C", account_id BIGINT,
        chatwork_id TEXT COLLATE "C", email TEXT COLLATE "C")
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

/// Empties a temporary table between batches. On PostgreSQL a `DELETE`
/// leaves the dead rows in the table until a vacuum, which never comes
/// inside the import's one transaction: every batch's scan read every
/// earlier batch's rows too (the import grew with its square).
fn empty(tx: &Tx, table: &str) -> Result<()> {
    tx.execute_batch(&match tx.backend() {
        Backend::Sqlite => format!("DELETE FROM {table}"),
        Backend::Postgres => format!("TRUNCATE {table}"),
    })?;
    Ok(())
}

/// The columns of an account's facts, for `alias`; its org's slug is read
/// only for an account of another org (it words that row's error).
fn facts_columns(alias: &str) -> String {
    format!(
        "{alias}.id, {alias}.status, {alias}.org_id, {alias}.chatwork_id, {alias}.email,
         CASE WHEN {alias}.org_id = ?1 THEN NULL ELSE
              (SELECT o.slug FROM orgs o WHERE o.id = {alias}.org_id) END"
    )
}

fn entry_columns(alias: &str) -> String {
    format!(
        "{alias}.id, {alias}.name, {alias}.email, {alias}.account_id, {alias}.chatwork_id, {alias}.registration_id"
    )
}

fn owned(text: Option<&str>) -> Option<String> {
    text.map(str::to_owned)
}

fn account_id(r: &RowRef<'_>, at: usize) -> super::sql::Result<Option<AccountId>> {
    Ok(r.int(at)?.map(AccountId))
}

fn facts_at(r: &RowRef<'_>, at: usize) -> super::sql::Result<Option<AccountFacts>> {
    let Some(id) = account_id(r, at)? else {
        return Ok(None);
    };
    let status: AccountStatus = r
        .text(at + 1)?
        .unwrap_or_default()
        .parse()
        .map_err(|e| super::sql::Error::Conversion(format!("column {}: {e}", at + 1)))?;
    Ok(Some(AccountFacts {
        id,
        status,
        org_id: r.int(at + 2)?.map(OrgId),
        chatwork_id: owned(r.text(at + 3)?),
        email: r.text(at + 4)?.unwrap_or_default().to_owned(),
        other_org_slug: owned(r.text(at + 5)?),
    }))
}

fn entry_at(r: &RowRef<'_>, at: usize) -> super::sql::Result<Option<StaffEntry>> {
    let Some(id) = r.int(at)? else {
        return Ok(None);
    };
    Ok(Some(StaffEntry {
        id,
        name: r.text(at + 1)?.unwrap_or_default().to_owned(),
        email: owned(r.text(at + 2)?),
        account_id: account_id(r, at + 3)?,
        chatwork_id: owned(r.text(at + 4)?),
        registration_id: r.int(at + 5)?,
    }))
}

/// A staff import's batches on one connection: the temporary tables, made
/// once for the import, and the resolving query's texts.
pub struct Batches<'c> {
    tx: &'c Tx,
    org: OrgId,
    entries_by_account: bool,
    /// The resolving query by what the batch's rows name (`Needs::index`),
    /// built when first used.
    resolve: [Option<String>; 4],
    /// The last batch's facts, emptied, for the next batch (`recycle`): a
    /// batch's facts take a few megabytes, allocated once.
    spare: Vec<Facts>,
}

/// What a batch's rows name beyond account IDs: a query that leaves out the
/// joins no row of the batch can match reads the same facts with fewer
/// probes a row (a batch of account IDs only, the usual file, skips the
/// Chatwork ID and roster lookups: a third of the query's time).
#[derive(Clone, Copy)]
struct Needs {
    /// Some row gives a Chatwork ID.
    chatwork_ids: bool,
    /// Some row's entry may exist: the roster is looked up by account, or
    /// some row gives an e-mail.
    entries: bool,
}

impl Needs {
    fn index(self) -> usize {
        usize::from(self.chatwork_ids) | (usize::from(self.entries) << 1)
    }
}

impl<'c> Batches<'c> {
    /// Makes (or empties) the import's temporary tables. They are private
    /// to the connection, so a dry run in a read transaction can use them.
    /// Without `entries_by_account`, a row's entry is looked up by e-mail
    /// only (the caller knows no entry can be tied to the row's account).
    pub fn open(tx: &'c Tx, org: OrgId, entries_by_account: bool) -> Result<Self> {
        tx.execute_batch(match tx.backend() {
            Backend::Sqlite => SQLITE_TABLES,
            Backend::Postgres => PG_TABLES,
        })?;
        Ok(Batches {
            tx,
            org,
            entries_by_account,
            resolve: Default::default(),
            spare: Vec::new(),
        })
    }

    /// The resolving query for a batch with these needs. Its columns are the
    /// same in every variant: what a left-out join would have found is NULL
    /// there, as it would have been in every row.
    fn resolve_sql(&self, needs: Needs) -> String {
        let tx = self.tx;
        let c = if needs.chatwork_ids {
            facts_columns("c")
        } else {
            "NULL, NULL, NULL, NULL, NULL, NULL".to_owned()
        };
        let c_join = if needs.chatwork_ids {
            format!(
                "LEFT JOIN accounts c ON p.chatwork_id IS NOT NULL AND {}",
                tx.nocase_eq("c.chatwork_id", "p.chatwork_id")
            )
        } else {
            String::new()
        };
        let account = if needs.chatwork_ids {
            "coalesce(a.id, c.id)"
        } else {
            "a.id"
        };
        let (e, by_account, e_joins) = if needs.entries {
            (
                entry_columns("e"),
                "ea.id IS NOT NULL",
                // One entry a row: the one tied to the row's account, else
                // (only then looked up) the oldest with the row's e-mail;
                // the last column says which.
                format!(
                    "LEFT JOIN staff ea ON {} ea.org_id = ?1 AND ea.account_id = {account}
                     LEFT JOIN staff e ON e.id = coalesce(ea.id, (
                         SELECT min(s.id) FROM staff s
                         WHERE p.email IS NOT NULL AND s.org_id = ?1 AND {}))",
                    if self.entries_by_account {
                        ""
                    } else {
                        "FALSE AND"
                    },
                    tx.nocase_eq("s.email", "p.email"),
                ),
            )
        } else {
            (
                "NULL, NULL, NULL, NULL, NULL, NULL".to_owned(),
                "FALSE",
                String::new(),
            )
        };
        format!(
            "SELECT p.line, {}, {c}, {e}, {by_account}
             FROM staff_probe p
             LEFT JOIN accounts a ON a.id = p.account_id
             {c_join}
             {e_joins}
             ORDER BY p.seq",
            facts_columns("a"),
        )
    }

    /// The facts of every probe, in the probes' order (their lines). The
    /// probes stay in the batch's table until the next call, for
    /// `Writer::insert`.
    pub fn resolve(&mut self, probes: &[Probe<'_>]) -> Result<Vec<Facts>> {
        let tx = self.tx;
        empty(tx, "staff_probe")?;
        tx.insert_rows(
            "staff_probe",
            ["seq", "line", "name", "account_id", "chatwork_id", "email"],
            // The cells are bound from the parsed rows, not copied first.
            probes.iter().enumerate().map(|(seq, p)| {
                [
                    ValueRef::Int(i64::try_from(seq).unwrap_or(i64::MAX)),
                    ValueRef::Int(i64::try_from(p.line).unwrap_or(i64::MAX)),
                    ValueRef::Text(p.name),
                    p.account_id.map_or(ValueRef::Null, |a| ValueRef::Int(a.0)),
                    p.chatwork_id.map_or(ValueRef::Null, ValueRef::Text),
                    p.email.map_or(ValueRef::Null, ValueRef::Text),
                ]
            }),
        )?;
        if tx.backend() == Backend::Postgres {
            // A temporary table has no statistics until analysed: without
            // them the planner may scan every account instead of probing
            // the batch's few thousand.
            tx.execute_batch("ANALYZE staff_probe")?;
        }
        let needs = Needs {
            chatwork_ids: probes.iter().any(|p| p.chatwork_id.is_some()),
            entries: self.entries_by_account || probes.iter().any(|p| p.email.is_some()),
        };
        let sql = match &self.resolve[needs.index()] {
            Some(sql) => sql,
            None => self.resolve[needs.index()].insert(self.resolve_sql(needs)),
        };
        let mut facts = std::mem::take(&mut self.spare);
        facts.clear();
        facts.reserve(probes.len());
        tx.prepare_cached(sql)?.for_each_row_ref([self.org], |r| {
            let line = r.int(0)?.unwrap_or_default();
            let entry = entry_at(r, 13)?;
            let by_account = r.int(19)?.unwrap_or_default() != 0;
            let (entry_by_account, entry_by_email) = if by_account {
                (entry, None)
            } else {
                (None, entry)
            };
            facts.push(Facts {
                line: u64::try_from(line).unwrap_or_default(),
                seq: facts.len(),
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

    /// Takes back a batch's facts once they are used (emptied), so that the
    /// next batch reuses their memory.
    pub fn recycle(&mut self, mut facts: Vec<Facts>) {
        facts.clear();
        self.spare = facts;
    }
}

// New entries made of their probed rows, read from the batch's table by
// runs of consecutive rows: the parameter is a JSON array of
// `[first seq, last seq, first ID - first seq]`, one element a run (a
// batch of good rows is one run), read once into `r` (not once a row). The
// account is the one the row's IDs name (both name the same one, or the
// row was refused), and its Chatwork ID is that account's own spelling
// (S6), as the domain decided them. SQLite keeps a table's rows in ID
// order whatever the order of the inserts; PostgreSQL's lie in the order
// they were written, hence its `ORDER BY`.
const SQLITE_INSERT_PROBED: &str = "
    INSERT INTO staff (id, org_id, name, email, account_id, chatwork_id, created_at, updated_at)
    WITH r(lo, hi, shift) AS MATERIALIZED (
        SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?2))
    SELECT p.seq + r.shift, ?1, p.name, p.email, coalesce(p.account_id, c.id), c.chatwork_id,
           ?3, ?3
    FROM r
    JOIN staff_probe p ON p.seq BETWEEN r.lo AND r.hi
    LEFT JOIN accounts c ON p.chatwork_id IS NOT NULL
         AND c.chatwork_id = p.chatwork_id COLLATE NOCASE";

const PG_INSERT_PROBED: &str = "
    INSERT INTO staff (id, org_id, name, email, account_id, chatwork_id, created_at, updated_at)
    WITH r(lo, hi, shift) AS MATERIALIZED (
        SELECT (value ->> 0)::bigint, (value ->> 1)::bigint, (value ->> 2)::bigint
        FROM jsonb_array_elements(CAST(CAST(?2 AS TEXT) AS jsonb)))
    SELECT p.seq + r.shift, ?1, p.name, p.email, coalesce(p.account_id, c.id), c.chatwork_id,
           ?3, ?3
    FROM r
    JOIN staff_probe p ON p.seq BETWEEN r.lo AND r.hi
    LEFT JOIN accounts c ON p.chatwork_id IS NOT NULL
         AND ascii_lower(c.chatwork_id) = ascii_lower(p.chatwork_id)
    ORDER BY p.seq";

/// `PG_INSERT_PROBED` into `staff_new`, when given entries join them.
const PG_STAGE_PROBED: &str = "
    INSERT INTO staff_new (id, org_id, name, email, account_id, chatwork_id, created_at)
    WITH r(lo, hi, shift) AS MATERIALIZED (
        SELECT (value ->> 0)::bigint, (value ->> 1)::bigint, (value ->> 2)::bigint
        FROM jsonb_array_elements(CAST(CAST(?2 AS TEXT) AS jsonb)))
    SELECT p.seq + r.shift, ?1, p.name, p.email, coalesce(p.account_id, c.id), c.chatwork_id,
           ?3
    FROM r
    JOIN staff_probe p ON p.seq BETWEEN r.lo AND r.hi
    LEFT JOIN accounts c ON p.chatwork_id IS NOT NULL
         AND ascii_lower(c.chatwork_id) = ascii_lower(p.chatwork_id)";

/// Writes an import's new entries, with the next IDs in the order of their
/// rows (as `staff::insert` gives them one at a time). Only within an
/// import: the temporary tables of `Batches::open` must exist in this
/// transaction.
#[derive(Default)]
pub struct Writer {
    /// The next entry's ID, once read: nothing but this writer adds entries
    /// within the import's transaction until `forget_next_id`.
    next_id: Option<i64>,
}

impl Writer {
    /// Another writer (a registration request's entry) added an entry: the
    /// next ID is read again.
    pub fn forget_next_id(&mut self) {
        self.next_id = None;
    }

    /// Adds `entries` to `org`'s roster in their order.
    pub fn insert(
        &mut self,
        tx: &Tx,
        org: OrgId,
        entries: Vec<NewEntry>,
        now: &Timestamp,
    ) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let first = match self.next_id {
            Some(id) => id,
            None => {
                let last: i64 = tx
                    .prepare_cached("SELECT coalesce(max(id), 0) FROM staff")?
                    .query_row([], |r| r.get(0))?;
                last + 1
            }
        };
        let count = i64::try_from(entries.len())?;
        self.next_id = Some(first + count);
        // The runs of probed rows: consecutive places with consecutive IDs.
        let mut runs = String::from("[");
        let mut run: Option<(i64, i64, i64)> = None;
        let mut probed = 0u64;
        let mut given = Vec::new();
        let close = |runs: &mut String, (lo, hi, id): (i64, i64, i64)| {
            if runs.len() > 1 {
                runs.push(',');
            }
            // Writing to a String cannot fail.
            let _ = write!(runs, "[{lo},{hi},{}]", id - lo);
        };
        for (entry, id) in entries.into_iter().zip(first..) {
            match entry {
                NewEntry::Probed(seq) => {
                    let seq = i64::try_from(seq)?;
                    probed += 1;
                    run = match run {
                        Some((lo, hi, start)) if hi + 1 == seq && start + (seq - lo) == id => {
                            Some((lo, seq, start))
                        }
                        other => {
                            if let Some(done) = other {
                                close(&mut runs, done);
                            }
                            Some((seq, seq, id))
                        }
                    };
                }
                NewEntry::Given(e) => given.push((id, e)),
            }
        }
        if let Some(done) = run {
            close(&mut runs, done);
        }
        runs.push(']');
        if probed > 0 {
            let sql = match tx.backend() {
                Backend::Sqlite => SQLITE_INSERT_PROBED,
                Backend::Postgres if given.is_empty() => PG_INSERT_PROBED,
                // Both kinds in one batch on the server: the probed ones wait
                // in `staff_new` and move with the given ones, in ID order,
                // so that the table's rows lie in the order of their IDs as
                // they did before. (SQLite keeps them in ID order anyway.)
                Backend::Postgres => PG_STAGE_PROBED,
            };
            let written = tx.prepare_cached(sql)?.execute(params![org, runs, now])?;
            if u64::try_from(written).ok() != Some(probed) {
                return Err(anyhow::anyhow!(
                    "{probed} new roster entries of the batch were to be written, but {written} were"
                ));
            }
        }
        if !given.is_empty() {
            write_given(tx, org, given, now)?;
        }
        Ok(())
    }
}

/// Writes entries with their contents given (and IDs assigned); on
/// PostgreSQL with the probed entries staged in `staff_new`, if any.
fn write_given(tx: &Tx, org: OrgId, entries: Vec<(i64, Entry)>, now: &Timestamp) -> Result<()> {
    let org = org.0;
    let now_value = Value::Text(now.as_str().to_owned());
    let rows = entries.into_iter().map(|(id, e)| {
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
            // PostgreSQL refuses COPY into a table under row-level security
            // (a login's): copied into a temporary table first, then moved
            // with `INSERT … SELECT`, which the policies check row by row.
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
/// within an import, as `Writer::insert`.
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
    empty(tx, "staff_changed")
}
