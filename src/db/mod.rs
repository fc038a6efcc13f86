//! The only code that knows SQL: opening the database file carefully, the
//! migrations, and the queries the domain asks for.

pub mod accounts;
pub mod audit;
pub mod bulk;
pub mod chats;
#[cfg(test)]
pub mod dump;
pub mod invariants;
pub mod logins;
pub mod orgs;
pub mod outbox;
mod pg;
mod pgpass;
pub mod registrations;
pub mod sql;
mod sqlite_file;
pub mod staff;
pub mod staff_batch;
pub mod stmt_status;
pub mod transfers;

use std::path::Path;
use std::time::Duration;

use anyhow::Context;

use crate::error::{Error, Result};
pub use sql::{Backend, Tx};

/// Whether `--db` names a PostgreSQL server (a `postgres://` URL) rather
/// than an SQLite file.
pub fn is_server(path: &Path) -> bool {
    path.to_str().is_some_and(pg::is_url)
}

/// The schema migrations, in order. Append only: the schema version is the
/// number of entries applied (SQLite's `user_version`, PostgreSQL's
/// `orgctl_schema` row). Each entry is its SQLite text and, when that text is
/// not also valid PostgreSQL, the PostgreSQL text beside it.
const MIGRATIONS: &[Migration] = &[
    Migration {
        sqlite: include_str!("schema_v1.sql"),
        postgres: Some(include_str!("schema_pg_v1.sql")),
    },
    // Issue 12: portable DDL, the same text on both.
    Migration {
        sqlite: include_str!("migration_fidelity.sql"),
        postgres: None,
    },
    // Issue 16 and 15.6: the outbox's delivery state, registration
    // attempts. Portable SQL, the same text on both backends.
    Migration {
        sqlite: include_str!("migration_mail.sql"),
        postgres: None,
    },
    // Issue 18: plain CREATE INDEX, the same text on both backends.
    Migration {
        sqlite: include_str!("migration_speed.sql"),
        postgres: None,
    },
    // Logins (issue 14): the shared tables and columns, and on PostgreSQL
    // the functions, grants, triggers and row-level security.
    Migration {
        sqlite: include_str!("migration_login.sql"),
        postgres: Some(concat!(
            include_str!("migration_login.sql"),
            include_str!("migration_login_pg.sql")
        )),
    },
];

struct Migration {
    sqlite: &'static str,
    postgres: Option<&'static str>,
}

/// The schema version this binary writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// How long a writer waits for another process's lock before giving up with
/// exit 75. Tests shorten it with `ORGCTL_BUSY_TIMEOUT_MS`.
const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open orgctl database: an SQLite file or a PostgreSQL database.
pub struct Db {
    conn: Tx,
    /// The file's path or the server's URL without its password, for
    /// messages.
    name: String,
    busy_timeout: Duration,
    /// Things the administrator should know about the file (a permission
    /// fixed), for the caller to print: `db/` never prints.
    pub warnings: Vec<String>,
}

/// Whether `--db` names a PostgreSQL server (a `postgres://` URL) rather
/// than a file: a server's database is not created by a command, so only a
/// file can be checked for existence before opening.
pub fn is_server_url(path: &Path) -> bool {
    path.to_str().is_some_and(pg::is_url)
}

impl Db {
    /// Opens the database `--db` names: a `postgres://` or `postgresql://`
    /// URL is a PostgreSQL database, anything else a file path, opened (and
    /// created whole if needed) by `sqlite_file` with its safety checks
    /// (issue 15.5). Either is migrated to this binary's schema.
    pub fn open(path: &Path, busy_timeout: Option<Duration>) -> Result<Db> {
        Self::open_asking(path, busy_timeout, &mut |_| Ok(None))
    }

    /// `open`, with a way to ask for a server's password when neither the
    /// URL, `PGPASSWORD` nor the password file has one and the server wants
    /// one (issue 14.6): `ask` gets the question and returns the answer, or
    /// `None` when there is nobody to ask. `db/` never prompts itself.
    pub fn open_asking(
        path: &Path,
        busy_timeout: Option<Duration>,
        ask: &mut dyn FnMut(&str) -> Result<Option<String>>,
    ) -> Result<Db> {
        Self::open_inner(path, busy_timeout, ask).map_err(sql::with_exit_code)
    }

    fn open_inner(
        path: &Path,
        busy_timeout: Option<Duration>,
        ask: &mut dyn FnMut(&str) -> Result<Option<String>>,
    ) -> Result<Db> {
        let busy_timeout = busy_timeout.unwrap_or(DEFAULT_BUSY_TIMEOUT);
        if let Some(url) = path.to_str().filter(|p| pg::is_url(p)) {
            let mut warnings = Vec::new();
            let (conn, name) = pg::connect(url, busy_timeout, ask, &mut warnings)?;
            let mut db = Db {
                conn,
                name,
                busy_timeout,
                warnings,
            };
            let name = db.name.clone();
            db.migrate().with_context(|| format!("database {name}"))?;
            return Ok(db);
        }
        let mut warnings = Vec::new();
        let conn = sqlite_file::open(path, busy_timeout, &mut warnings)?;
        let mut db = Db {
            conn: Tx::sqlite(conn),
            name: path.display().to_string(),
            busy_timeout,
            warnings,
        };
        db.configure_sqlite()
            .and_then(|()| db.migrate())
            .and_then(|()| db.conn.sqlite_conn().map_or(Ok(()), sqlite_file::opened))
            .with_context(|| format!("database {}", path.display()))?;
        Ok(db)
    }

    /// A fresh in-memory database, migrated: for unit tests and fuzzing.
    #[cfg(any(test, fuzzing))]
    pub fn open_in_memory() -> Result<Db> {
        let mut db = Db {
            conn: Tx::sqlite(rusqlite::Connection::open_in_memory()?),
            name: ":memory:".into(),
            busy_timeout: DEFAULT_BUSY_TIMEOUT,
            warnings: Vec::new(),
        };
        db.configure_sqlite()?;
        db.migrate()?;
        Ok(db)
    }

    /// Tells the server, for this session, the org of the account acting
    /// (issue 14.5: outbox rows belong to it), in every transaction from
    /// now on (`logins::set_actor_org`).
    pub fn set_actor_org(&self, org: Option<crate::model::OrgId>) -> Result<()> {
        logins::set_actor_org(&self.conn, org)
    }

    /// The file's path or the server's URL (never its password).
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn backend(&self) -> Backend {
        self.conn.backend()
    }

    /// How many statements this connection has run.
    pub fn statement_count(&self) -> u64 {
        self.conn.statement_count()
    }

    /// Pragmas, set outside any transaction as SQLite requires.
    /// `synchronous = FULL`: in WAL mode, NORMAL may lose the last commits
    /// on power loss; a command that said "applied" must stay applied
    /// (issue 15.5).
    fn configure_sqlite(&self) -> Result<()> {
        let Some(conn) = self.conn.sqlite_conn() else {
            return Ok(());
        };
        // A C int of milliseconds (settings refuse more; issue 15.7).
        conn.busy_timeout(
            self.busy_timeout
                .min(Duration::from_millis(i32::MAX as u64)),
        )?;
        // Room for the statements of a whole plan, so none is prepared twice.
        conn.set_prepared_statement_cache_capacity(64);
        // The query planner stability guarantee: a plan never depends on the
        // values bound to it. Without it, SQLite marks parameters it peeked
        // at while planning (STAT4 estimates, `x = ?` outside the index),
        // and clearing the bindings, which rusqlite does whenever a statement
        // returns to its cache, then expires the statement: every
        // `prepare_cached` re-prepared it (issue 18;
        // `stmt_status::tests` counts the re-prepares).
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        // `journal_mode` answers with a row; reading it is also the first
        // real access, which fails cleanly on a file that is not a database.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.execute_batch(
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
        if self.conn.backend() == Backend::Postgres {
            return pg::migrate(
                &self.conn,
                MIGRATIONS.iter().map(|m| m.postgres.unwrap_or(m.sqlite)),
            );
        }
        let current = user_version(&self.conn)?;
        if current > SCHEMA_VERSION {
            return Err(too_new(current).into());
        }
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        let tx = &self.conn;
        tx.begin(sql::Mode::Write)?;
        let migrated = (|| -> Result<()> {
            // Another process may have migrated while we waited for the lock.
            let current = user_version(tx)?;
            if current > SCHEMA_VERSION {
                return Err(too_new(current).into());
            }
            for m in &MIGRATIONS[current..] {
                tx.execute_batch(m.sqlite)?;
            }
            tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
            Ok(())
        })();
        tx.end(migrated.is_ok())?;
        migrated
    }

    /// The connection, for unit tests that look under the plan engine.
    #[cfg(any(test, fuzzing))]
    pub fn conn(&self) -> &Tx {
        &self.conn
    }

    /// Runs `f` in one write transaction and commits what it did, or nothing.
    /// SQLite: `BEGIN IMMEDIATE` takes the write lock up front, so concurrent
    /// writers wait (up to the busy timeout) instead of failing halfway.
    /// PostgreSQL: `SERIALIZABLE`; a serialization failure or deadlock rolls
    /// back and runs `f` again (it recomputes its plan from the state of
    /// that moment, T7), a bounded number of times, then exit 75.
    pub fn write<T>(&mut self, mut f: impl FnMut(&Tx) -> Result<T>) -> Result<T> {
        self.write_or_roll_back(|tx| f(tx).map(|v| (v, true)))
    }

    /// Like `write`, but `f` also says whether to commit: `(value, true)`
    /// commits, `(value, false)` rolls everything back and still returns the
    /// value (a batch that found a bad item after checking them all).
    pub fn write_or_roll_back<T>(
        &mut self,
        mut f: impl FnMut(&Tx) -> Result<(T, bool)>,
    ) -> Result<T> {
        let started = std::time::Instant::now();
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.transaction(sql::Mode::Write, &mut f) {
                // Bounded twice: a number of attempts, and the busy timeout
                // that bounds a wait for SQLite's lock.
                Err(e)
                    if attempt < pg::MAX_ATTEMPTS
                        && started.elapsed() < self.busy_timeout
                        && self.conn.retryable(&e) =>
                {
                    pg::back_off(attempt);
                }
                other => return other.map_err(sql::with_exit_code),
            }
        }
    }

    /// Runs `f` in a read transaction, so that it sees one consistent state.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.transaction(sql::Mode::Read, |tx| f(tx).map(|v| (v, false)))
            .map_err(sql::with_exit_code)
    }

    fn transaction<T>(
        &mut self,
        mode: sql::Mode,
        f: impl FnOnce(&Tx) -> Result<(T, bool)>,
    ) -> Result<T> {
        let tx = &self.conn;
        let write = matches!(mode, sql::Mode::Write);
        // Issue 18.5: a read keeps few pages of its own (the OS caches the
        // file, and nothing is dirty), so a large dry run's memory is its
        // plan, not SQLite's cache; a write keeps more, so that the index
        // pages it dirties stay in memory until it commits.
        set_cache_mib(
            tx,
            if write {
                WRITE_CACHE_MIB
            } else {
                READ_CACHE_MIB
            },
        )?;
        tx.begin(mode)?;
        // The test-only fault points of a write (src/fault.rs, issue 15.9).
        let f = |tx: &Tx| {
            if write {
                crate::fault::point("begin")?;
            }
            let (value, commit) = f(tx)?;
            if write && commit {
                crate::fault::point("commit")?;
            }
            Ok((value, commit))
        };
        match f(tx) {
            Ok((value, commit)) => match tx.end(commit) {
                Ok(()) => {
                    if write && commit {
                        crate::fault::reached("committed");
                    }
                    Ok(value)
                }
                Err(e) => {
                    // A COMMIT that failed (busy, serialization) leaves the
                    // transaction open on SQLite: close it.
                    let _ = tx.end(false);
                    Err(e.into())
                }
            },
            Err(e) => {
                // The error that stopped `f` is the one to report; a failed
                // rollback (a lost connection) changes nothing for the caller:
                // the server rolls back an interrupted transaction itself.
                let _ = tx.end(false);
                Err(e)
            }
        }
    }
}

/// Runs `f` inside a savepoint of the open write transaction: kept when it
/// returns `(value, true)`, undone when `(value, false)`, so that what
/// follows in the same transaction (an audit row) is written either way.
/// Standard SQL, as PostgreSQL has it too.
pub fn in_savepoint<T>(conn: &Tx, f: impl FnOnce(&Tx) -> Result<(T, bool)>) -> Result<T> {
    conn.execute_batch("SAVEPOINT staged")?;
    match f(conn) {
        Ok((value, true)) => {
            conn.execute_batch("RELEASE SAVEPOINT staged")?;
            Ok(value)
        }
        Ok((value, false)) => {
            conn.execute_batch("ROLLBACK TO SAVEPOINT staged; RELEASE SAVEPOINT staged")?;
            Ok(value)
        }
        Err(e) => {
            // The caller's transaction is rolled back by the error anyway.
            let _ = conn.execute_batch("ROLLBACK TO SAVEPOINT staged; RELEASE SAVEPOINT staged");
            Err(e)
        }
    }
}

/// The schema version; a negative `user_version` (another program's, or a
/// damaged header) is refused rather than read as a huge number (15.7).
fn user_version(conn: &Tx) -> Result<usize> {
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

/// The page cache of an SQLite connection in a read transaction and in a
/// write transaction (`Db::transaction`), in MiB. Measured on the C1 dry run
/// over 32,324 users (BENCHMARKS.md): 8 MiB instead of 32 took 26 MB off its
/// peak at the same CPU time.
const READ_CACHE_MIB: i64 = 8;
const WRITE_CACHE_MIB: i64 = 32;

/// Lets SQLite keep up to `mib` MiB of pages in memory for this connection:
/// a bulk load whose indexes outgrow the default cache otherwise spends its
/// time re-reading pages it just wrote.
pub fn set_cache_mib(conn: &Tx, mib: i64) -> Result<()> {
    if conn.backend() == Backend::Sqlite {
        conn.execute_batch(&format!("PRAGMA cache_size = {}", -mib * 1024))?;
    }
    Ok(())
}

/// How many rows a table holds, for tests and fuzz targets that check that a
/// refused command wrote nothing. Table names cannot be bound as
/// parameters, so only the tables listed here are accepted.
#[cfg(any(test, fuzzing))]
pub fn row_count(conn: &Tx, table: &str) -> Result<i64> {
    if !TABLES.contains(&table) {
        anyhow::bail!("row_count: unknown table {table}");
    }
    Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
}

/// The tables of the schema that hold the service's state.
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

/// SQLite's own check of the file: `ok`, or what is wrong. On PostgreSQL
/// the server guards its storage itself; what orgctl can check there is that
/// every table of its schema is present.
pub fn integrity_check(conn: &Tx) -> Result<String> {
    if conn.backend() == Backend::Postgres {
        return pg::integrity_check(conn);
    }
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let lines: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<sql::Result<_>>()?;
    Ok(lines.join("; "))
}

/// Reads a boolean stored as 0/1.
pub(crate) fn flag(v: i64) -> bool {
    v != 0
}

// Batched reads by ID (issues 18.5 and 13.8): a plan that reads the same
// facts of many accounts or chats reads them a batch at a time, so that its
// statements (round trips, on a server) grow with batches, not rows.

/// How many IDs one batched read binds. One statement text per query
/// whatever the batch: a shorter batch binds NULL in the unused places,
/// which `IN` never matches. Well below SQLite's and PostgreSQL's limits on
/// parameters.
pub const BATCH: usize = 256;

/// The width of a query's second text, for batches of at most this many
/// IDs: on a server, parsing and planning a statement of 256 parameters
/// costs more than the few one-row statements it would replace (the orgs
/// of one chat's members, issue 13.8).
const SMALL_BATCH: usize = 16;

/// A batched query's two statement texts (`batched`).
pub(crate) struct Batched {
    small: String,
    large: String,
}

/// Where a batched query's texts are built, once.
pub(crate) type BatchedSql = std::sync::OnceLock<Batched>;

/// `sql` with `{ids}` replaced by `?1, …, ?N`, and `{extra1}`, `{extra2}`,
/// … by the parameters after them (`?N+1`, …).
fn expand(sql: &str, n: usize) -> String {
    let list = (1..=n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut out = sql.replace("{ids}", &list);
    for k in 1..=4 {
        out = out.replace(&format!("{{extra{k}}}"), &format!("?{}", n + k));
    }
    out
}

/// A query's texts for batches of up to `SMALL_BATCH` and of `BATCH` IDs,
/// built once per query.
pub(crate) fn batched(cell: &'static BatchedSql, sql: &str) -> &'static Batched {
    cell.get_or_init(|| Batched {
        small: expand(sql, SMALL_BATCH),
        large: expand(sql, BATCH),
    })
}

/// Runs `sql` for each batch of `ids`, handing every row to `f` (which must
/// not run statements of its own).
pub(crate) fn for_each_batch<I: sql::ToSql + Copy>(
    conn: &Tx,
    sql: &'static Batched,
    ids: &[I],
    f: impl FnMut(&sql::Row) -> Result<()>,
) -> Result<()> {
    for_each_batch_with(conn, sql, ids, &[], f)
}

/// `for_each_batch` with `extra` parameters bound after each batch's IDs,
/// where the query says `{extra1}`, `{extra2}`, ….
pub(crate) fn for_each_batch_with<I: sql::ToSql + Copy>(
    conn: &Tx,
    sql: &'static Batched,
    ids: &[I],
    extra: &[sql::Value],
    mut f: impl FnMut(&sql::Row) -> Result<()>,
) -> Result<()> {
    for chunk in ids.chunks(BATCH) {
        let (text, width) = if chunk.len() <= SMALL_BATCH {
            (sql.small.as_str(), SMALL_BATCH)
        } else {
            (sql.large.as_str(), BATCH)
        };
        let mut values: Vec<sql::Value> = chunk.iter().map(|id| id.to_value()).collect();
        values.resize(width, sql::Value::Null);
        values.extend_from_slice(extra);
        conn.prepare_cached(text)?
            .for_each_row_received(values, |r| f(r).map(|()| true))?;
    }
    Ok(())
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
            .execute_batch("PRAGMA user_version = 999")
            .unwrap();
        drop(db);
        let err = Db::open(&path, None).err().unwrap();
        assert!(format!("{err:#}").contains("newer orgctl"), "{err:#}");
    }

    #[test]
    fn commits_are_durable_with_synchronous_full() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("o.db"), None).unwrap();
        let level: i64 = db
            .conn()
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(level, 2, "FULL (issue 15.5)");
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
