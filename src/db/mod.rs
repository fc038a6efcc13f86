//! The only code that knows SQL: opening the database file carefully, the
//! migrations, and the queries the domain asks for.

pub mod accounts;
pub mod apply;
pub mod audit;
pub mod chats;
pub mod invariants;
pub mod orgs;
pub mod outbox;
pub mod registrations;
pub mod staff;
pub mod stmt_status;
pub mod transfers;

use std::fs::OpenOptions;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

/// The schema migrations, in order. Append only: the database's
/// `user_version` is the number of entries applied.
const MIGRATIONS: &[&str] = &[
    include_str!("schema_v1.sql"),
    include_str!("migration_speed.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// How long a writer waits for another process's lock before giving up with
/// exit 75. Tests shorten it with `ORGCTL_BUSY_TIMEOUT_MS`.
const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open orgctl database.
pub struct Db {
    conn: Connection,
}

impl Db {
    /// Opens (creating with mode 0600 if needed) and migrates the database.
    pub fn open(path: &Path, busy_timeout: Option<Duration>) -> Result<Db> {
        if path.is_dir() {
            return Err(Error::unexpected(format!(
                "{} is a directory, not a database file",
                path.display()
            ))
            .into());
        }
        if !path.exists() {
            create_private_file(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .with_context(|| format!("cannot open the database {}", path.display()))?;
        let mut db = Db { conn };
        db.configure(busy_timeout.unwrap_or(DEFAULT_BUSY_TIMEOUT))
            .and_then(|()| db.migrate())
            .with_context(|| format!("database {}", path.display()))?;
        Ok(db)
    }

    /// A fresh in-memory database, migrated: for unit tests and fuzzing.
    #[cfg(any(test, fuzzing))]
    pub fn open_in_memory() -> Result<Db> {
        let mut db = Db {
            conn: Connection::open_in_memory()?,
        };
        db.configure(DEFAULT_BUSY_TIMEOUT)?;
        db.migrate()?;
        Ok(db)
    }

    /// Pragmas, set outside any transaction as SQLite requires.
    fn configure(&self, busy_timeout: Duration) -> Result<()> {
        self.conn.busy_timeout(busy_timeout)?;
        // Room for the statements of a whole plan, so none is prepared twice.
        self.conn.set_prepared_statement_cache_capacity(64);
        // The query planner stability guarantee: a plan never depends on the
        // values bound to it. Without it, SQLite marks parameters it peeked
        // at while planning (STAT4 estimates, `x = ?` outside the index),
        // and clearing the bindings, which rusqlite does whenever a statement
        // returns to its cache, then expires the statement: every
        // `prepare_cached` re-prepared it (issue 18;
        // `stmt_status::tests` counts the re-prepares).
        self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        // `journal_mode` answers with a row; reading it is also the first
        // real access, which fails cleanly on a file that is not a database.
        let _mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        self.conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             PRAGMA synchronous = NORMAL;
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
        let value = f(&tx)?;
        tx.commit()?;
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
        let (value, commit) = f(&tx)?;
        if commit {
            tx.commit()?;
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

fn user_version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}

fn too_new(found: usize) -> Error {
    Error::unexpected(format!(
        "this database was written by a newer orgctl (schema version {found}; this orgctl knows up to {SCHEMA_VERSION})"
    ))
    .with_hint("upgrade orgctl, or point --db at another database")
}

/// Creates the database file readable and writable by its owner only, before
/// SQLite opens it, so it is never visible to others even for a moment.
fn create_private_file(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create the directory {}", parent.display()))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another process created it between our check and now: fine.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot create the database {}", path.display())),
    }
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
