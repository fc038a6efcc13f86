//! The only code that knows SQL: opening the database file carefully, the
//! migrations, and the queries the domain asks for.

pub mod accounts;
pub mod apply;
pub mod audit;
pub mod chats;
#[cfg(test)]
pub mod dump;
pub mod invariants;
pub mod orgs;
pub mod outbox;
pub mod registrations;
mod sqlite_file;
pub mod staff;
pub mod transfers;

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

/// The schema migrations, in order. Append only: the database's
/// `user_version` is the number of entries applied.
const MIGRATIONS: &[&str] = &[include_str!("schema_v1.sql")];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// How long a writer waits for another process's lock before giving up with
/// exit 75. Tests shorten it with `ORGCTL_BUSY_TIMEOUT_MS`.
const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open orgctl database.
pub struct Db {
    conn: Connection,
    /// Things the administrator should know about the file (a permission
    /// fixed), for the caller to print: `db/` never prints.
    pub warnings: Vec<String>,
}

impl Db {
    /// Opens (creating it whole, 0600, if needed) and migrates the database;
    /// `sqlite_file` does the file's safety checks (issue 15.5).
    pub fn open(path: &Path, busy_timeout: Option<Duration>) -> Result<Db> {
        let busy_timeout = busy_timeout.unwrap_or(DEFAULT_BUSY_TIMEOUT);
        let mut warnings = Vec::new();
        let conn = sqlite_file::open(path, busy_timeout, &mut warnings)?;
        let mut db = Db { conn, warnings };
        db.configure(busy_timeout)
            .and_then(|()| db.migrate())
            .and_then(|()| sqlite_file::opened(&db.conn))
            .with_context(|| format!("database {}", path.display()))?;
        Ok(db)
    }

    /// A fresh in-memory database, migrated: for unit tests and fuzzing.
    #[cfg(any(test, fuzzing))]
    pub fn open_in_memory() -> Result<Db> {
        let mut db = Db {
            conn: Connection::open_in_memory()?,
            warnings: Vec::new(),
        };
        db.configure(DEFAULT_BUSY_TIMEOUT)?;
        db.migrate()?;
        Ok(db)
    }

    /// Pragmas, set outside any transaction as SQLite requires.
    /// `synchronous = FULL`: in WAL mode, NORMAL may lose the last commits
    /// on power loss; a command that said "applied" must stay applied
    /// (issue 15.5).
    fn configure(&self, busy_timeout: Duration) -> Result<()> {
        // A C int of milliseconds (settings refuse more; issue 15.7).
        self.conn
            .busy_timeout(busy_timeout.min(Duration::from_millis(i32::MAX as u64)))?;
        // Room for the statements of a whole plan, so none is prepared twice.
        self.conn.set_prepared_statement_cache_capacity(64);
        // `journal_mode` answers with a row; reading it is also the first
        // real access, which fails cleanly on a file that is not a database.
        let _mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        self.conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             PRAGMA synchronous = FULL;
             PRAGMA journal_size_limit = 67108864;
             PRAGMA cache_size = -32768;",
        )?;
        Ok(())
    }

    /// Applies the migrations this database lacks, in one transaction, and
    /// refuses a database written by a newer orgctl.
    fn migrate(&mut self) -> Result<()> {
        let current = user_version(&self.conn)?;
        if current > SCHEMA_VERSION {
            return Err(too_new(current).into());
        }
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let current = user_version(&tx)?;
        if current > SCHEMA_VERSION {
            return Err(too_new(current).into());
        }
        for sql in &MIGRATIONS[current..] {
            tx.execute_batch(sql)?;
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION as i64)?;
        tx.commit()?;
        Ok(())
    }

    /// The connection, for unit tests that look under the plan engine.
    #[cfg(any(test, fuzzing))]
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: it takes the write lock
    /// up front, so concurrent writers wait (up to the busy timeout) instead of
    /// failing halfway, and everything `f` did is committed or nothing is.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        crate::fault::point("begin")?;
        let value = f(&tx)?;
        crate::fault::point("commit")?;
        tx.commit()?;
        crate::fault::reached("committed");
        Ok(value)
    }

    /// Like `write`, but `f` also says whether to commit: `(value, true)`
    /// commits, `(value, false)` rolls everything back and still returns the
    /// value (a batch that found a bad item after checking them all).
    pub fn write_or_roll_back<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<(T, bool)>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        crate::fault::point("begin")?;
        let (value, commit) = f(&tx)?;
        if commit {
            crate::fault::point("commit")?;
            tx.commit()?;
            crate::fault::reached("committed");
        } else {
            tx.rollback()?;
        }
        Ok(value)
    }

    /// Runs `f` in a read transaction, so that it sees one consistent state.
    pub fn read<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)?;
        let value = f(&tx)?;
        tx.finish()?;
        Ok(value)
    }
}

/// The schema version; a negative `user_version` (another program's, or a
/// damaged header) is refused rather than read as a huge number (15.7).
fn user_version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    usize::try_from(v).map_err(|_| {
        Error::unexpected(format!(
            "this database's schema version is {v}, which no orgctl writes; the file is damaged or not orgctl's"
        ))
        .with_hint("point --db at an orgctl database, or restore this one from a backup")
        .into()
    })
}

fn too_new(found: usize) -> Error {
    Error::unexpected(format!(
        "this database was written by a newer orgctl (schema version {found}; this orgctl knows up to {SCHEMA_VERSION})"
    ))
    .with_hint("upgrade orgctl, or point --db at another database")
}

/// Lets SQLite keep up to `mib` MiB of pages in memory for this connection:
/// a bulk load whose indexes outgrow the default cache otherwise spends its
/// time re-reading pages it just wrote.
pub fn set_cache_mib(conn: &Connection, mib: i64) -> Result<()> {
    conn.pragma_update(None, "cache_size", -mib * 1024)?;
    Ok(())
}

/// How many rows a table holds, for tests and fuzz targets that check that a
/// refused command wrote nothing. Table names cannot be bound as
/// parameters, so only the tables listed here are accepted.
#[cfg(any(test, fuzzing))]
pub fn row_count(conn: &Connection, table: &str) -> Result<i64> {
    const TABLES: &[&str] = &[
        "orgs",
        "accounts",
        "chats",
        "chat_members",
        "contacts",
        "messages",
        "files",
        "tasks",
        "registrations",
        "transfers",
        "staff",
        "outbox",
        "audit",
    ];
    if !TABLES.contains(&table) {
        anyhow::bail!("row_count: unknown table {table}");
    }
    Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
}

/// SQLite's own check of the file: `ok`, or what is wrong.
pub fn integrity_check(conn: &Connection) -> Result<String> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let lines: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(lines.join("; "))
}

/// Reads a boolean stored as 0/1.
pub(crate) fn flag(v: i64) -> bool {
    v != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrating_twice_is_a_no_op() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("o.db");
        let db = Db::open(&path, None).unwrap();
        assert_eq!(user_version(db.conn()).unwrap(), SCHEMA_VERSION);
        drop(db);
        let db = Db::open(&path, None).unwrap();
        assert_eq!(user_version(db.conn()).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_newer_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("o.db");
        let db = Db::open(&path, None).unwrap();
        db.conn()
            .pragma_update(None, "user_version", 999_i64)
            .unwrap();
        drop(db);
        let err = Db::open(&path, None).err().unwrap();
        assert!(format!("{err:#}").contains("newer orgctl"), "{err:#}");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_database_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/o.db");
        Db::open(&path, None).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
