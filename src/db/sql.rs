//! The storage seam: `Tx`, the project's own connection type, with the small
//! subset of rusqlite's API that `db/` uses (`prepare_cached`, `query_row`,
//! `query_map`, `execute`, `.optional()`, `Row::get`, `params!`), dispatching
//! to SQLite (rusqlite) or PostgreSQL (the sync `postgres` crate). Nothing
//! outside `db/` names either driver (ARCHITECTURE.md "The storage boundary").
//!
//! SQL is written once with `?N` placeholders; for PostgreSQL it is rewritten
//! to `$N` once per statement text and the prepared statement is cached per
//! connection. Values cross the seam as [`Value`]s, typed like SQLite's
//! storage classes; on PostgreSQL they are encoded for the type the server
//! inferred for each parameter, so `?1 IS NULL OR org_id = ?1` binds an
//! `Option<OrgId>` on both backends.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::error::Error as StdError;
use std::fmt;

use postgres::types::{IsNull, Kind, Type};

// Bulk writes (`Tx::insert_rows`), in their own file to merge easily.
mod bulk;

/// A value as it crosses the seam.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// Why a statement failed.
#[derive(Debug)]
pub enum Error {
    /// `query_row` found no row (turned into `None` by `.optional()`).
    NoRows,
    Sqlite(rusqlite::Error),
    Pg(postgres::Error),
    /// A column could not be read as the Rust type asked for.
    Conversion(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoRows => f.write_str("the query returned no rows"),
            Error::Sqlite(e) => e.fmt(f),
            Error::Pg(e) => match e.as_db_error() {
                // The server's own words, without the driver's "db error:".
                Some(db) => write!(f, "{}: {}", db.severity(), db.message()),
                None => e.fmt(f),
            },
            Error::Conversion(m) => f.write_str(m),
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Error::Sqlite(e) => Some(e),
            Error::Pg(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            e => Error::Sqlite(e),
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        Error::Pg(e)
    }
}

/// What a failed statement means for the person running the command
/// (`error::classify` turns it into an exit code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Another writer holds the lock, or the server could not serialize
    /// this transaction with a concurrent one: retrying can help (exit 75).
    Busy,
    /// The connection broke or the server is unreachable (exit 75).
    Unavailable,
    /// The server cancelled the statement (`statement_timeout`) (exit 75).
    Timeout,
    /// The password or the role was refused (exit 77).
    Auth,
    /// The database's privileges or row-level security refused a statement
    /// (insufficient_privilege: a login doing the owner's work, issue 14.3;
    /// exit 77).
    Forbidden,
    /// The disk (or the database's size limit) is full (issue 15.9).
    DiskFull,
    /// The database may not be written by this process (issue 15.5).
    ReadOnly,
    /// The file is not an SQLite database.
    NotADatabase,
    /// A constraint refused the write.
    Constraint,
    Other,
}

impl Error {
    pub fn failure(&self) -> Failure {
        match self {
            Error::Sqlite(rusqlite::Error::SqliteFailure(code, _)) => match code.code {
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked => {
                    Failure::Busy
                }
                rusqlite::ErrorCode::NotADatabase => Failure::NotADatabase,
                rusqlite::ErrorCode::DiskFull => Failure::DiskFull,
                rusqlite::ErrorCode::ReadOnly => Failure::ReadOnly,
                rusqlite::ErrorCode::ConstraintViolation => Failure::Constraint,
                _ => Failure::Other,
            },
            Error::Pg(e) => pg_failure(e),
            _ => Failure::Other,
        }
    }
}

/// SQLSTATE classes of PostgreSQL's errors (Appendix A of its manual).
fn pg_failure(e: &postgres::Error) -> Failure {
    if let Some(db) = e.as_db_error() {
        let code = db.code().code();
        return match code {
            // serialization_failure, deadlock_detected, lock_not_available
            "40001" | "40P01" | "55P03" => Failure::Busy,
            // query_canceled: statement_timeout, lock_timeout
            "57014" => Failure::Timeout,
            // disk_full; read_only_sql_transaction
            "53100" => Failure::DiskFull,
            "25006" => Failure::ReadOnly,
            // invalid_password, invalid_authorization_specification
            "28P01" | "28000" => Failure::Auth,
            "42501" => Failure::Forbidden,
            // admin_shutdown, crash_shutdown, cannot_connect_now,
            // too_many_connections
            "57P01" | "57P02" | "57P03" | "53300" => Failure::Unavailable,
            c if c.starts_with("08") => Failure::Unavailable,
            c if c.starts_with("23") => Failure::Constraint,
            _ => Failure::Other,
        };
    }
    if e.is_closed() {
        return Failure::Unavailable;
    }
    // No server answer at all: refused, unreachable, reset, closed.
    let mut source = e.source();
    while let Some(s) = source {
        if s.downcast_ref::<std::io::Error>().is_some() {
            return Failure::Unavailable;
        }
        source = s.source();
    }
    let text = e.to_string();
    if text.contains("connection") || text.contains("closed") {
        return Failure::Unavailable;
    }
    Failure::Other
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Gives a database failure its exit code as it leaves `db::` (CLI.md):
/// a failure that retrying can cure (a lock held past the busy timeout, a
/// serialization failure retried to the limit, a lost or timed-out
/// connection) is exit 75, a refused login exit 77. Other errors pass as
/// they are (`error::classify` makes them exit 1).
pub(crate) fn with_exit_code(err: anyhow::Error) -> anyhow::Error {
    use crate::error::{Error as Exit, ErrorKind};
    if err.downcast_ref::<Exit>().is_some() || err.chain().any(|c| c.is::<Exit>()) {
        return err;
    }
    let Some(failure) = err
        .chain()
        .find_map(|c| c.downcast_ref::<Error>())
        .map(Error::failure)
    else {
        return err;
    };
    let exit = match failure {
        Failure::Busy => Exit::new(
            ErrorKind::Busy,
            "the database stayed busy with other writers past the busy timeout; nothing was changed",
        )
        .with_hint("another orgctl is writing to it; retry in a moment"),
        Failure::Unavailable => Exit::new(
            ErrorKind::Busy,
            format!("the connection to the database server was lost: {err:#}; nothing was changed"),
        )
        .with_hint("check that the server is up, then run the command again"),
        Failure::Timeout => Exit::new(
            ErrorKind::Busy,
            format!(
                "the database server cancelled a statement (statement_timeout): {err:#}; nothing was changed"
            ),
        )
        .with_hint("retry when the server is less busy, or raise its statement_timeout"),
        Failure::Auth => Exit::new(ErrorKind::Denied, format!("{err:#}"))
            .with_hint("check the database user and password"),
        Failure::Forbidden => Exit::new(
            ErrorKind::Denied,
            format!("the database refused this as not permitted for your role: {err:#}; nothing was changed"),
        )
        .with_hint("logins change only their own org's rows; org create, fixtures and logins are the owner's (the role that ran orgctl init)"),
        // After a failed statement or COMMIT the transaction is rolled
        // back; past the COMMIT nothing writes (the audit row is in the
        // transaction, issue 15.4), so "nothing was changed" is true here.
        Failure::DiskFull => Exit::unexpected(
            "the database cannot grow: the disk holding it is full; nothing was changed",
        )
        .with_hint(
            "free space on the disk that holds the database (and its -wal file), then run the command again",
        ),
        Failure::ReadOnly => Exit::unexpected(
            "the database is read-only for this user; nothing was changed",
        )
        .with_hint(
            "check the permissions of the database file, its -wal and -shm files and its directory (a stale -shm left by another user can be removed when no orgctl runs), or run as the database's owner",
        ),
        Failure::NotADatabase => Exit::unexpected(format!("{err:#}"))
            .with_hint("point --db (or ORGCTL_DB) at an orgctl database file"),
        Failure::Constraint | Failure::Other => return err,
    };
    // The driver's words are in the message where they help; the new error
    // replaces the chain so that `error::classify` finds its exit code.
    anyhow::Error::new(exit)
}

/// rusqlite's `.optional()`: no row is `None`, any other error stays one.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A Rust value that can be bound as a parameter.
pub trait ToSql {
    fn to_value(&self) -> Value;
}

/// A Rust value that can be read from a column.
pub trait FromSql: Sized {
    fn from_value(v: Value) -> Result<Self, String>;
}

impl<T: ToSql + ?Sized> ToSql for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}
impl<T: ToSql> ToSql for Option<T> {
    fn to_value(&self) -> Value {
        match self {
            Some(v) => v.to_value(),
            None => Value::Null,
        }
    }
}
impl ToSql for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl ToSql for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_owned())
    }
}
impl ToSql for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToSql for crate::model::Timestamp {
    fn to_value(&self) -> Value {
        Value::Text(self.as_str().to_owned())
    }
}
impl ToSql for bool {
    fn to_value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl ToSql for f64 {
    fn to_value(&self) -> Value {
        Value::Real(*self)
    }
}
impl ToSql for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToSql for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}
macro_rules! int_to_sql {
    ($($t:ty),*) => {$(
        impl ToSql for $t {
            fn to_value(&self) -> Value {
                Value::Int(i64::from(*self))
            }
        }
    )*};
}
int_to_sql!(i64, i32, i16, i8, u32, u16, u8);
impl ToSql for usize {
    fn to_value(&self) -> Value {
        // Counts and sizes: a usize above i64::MAX cannot exist in memory
        // we could have filled, so saturating is only a formality.
        Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}
impl ToSql for u64 {
    fn to_value(&self) -> Value {
        Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl FromSql for Value {
    fn from_value(v: Value) -> Result<Self, String> {
        Ok(v)
    }
}
impl<T: FromSql> FromSql for Option<T> {
    fn from_value(v: Value) -> Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}
impl FromSql for i64 {
    fn from_value(v: Value) -> Result<Self, String> {
        match v {
            Value::Int(i) => Ok(i),
            other => Err(format!("expected an integer, found {other:?}")),
        }
    }
}
macro_rules! int_from_sql {
    ($($t:ty),*) => {$(
        impl FromSql for $t {
            fn from_value(v: Value) -> Result<Self, String> {
                let i = i64::from_value(v)?;
                <$t>::try_from(i).map_err(|_| format!("{i} is out of range for {}", stringify!($t)))
            }
        }
    )*};
}
int_from_sql!(i32, u32, u64, usize, u16, u8);
impl FromSql for bool {
    fn from_value(v: Value) -> Result<Self, String> {
        Ok(i64::from_value(v)? != 0)
    }
}
impl FromSql for f64 {
    fn from_value(v: Value) -> Result<Self, String> {
        match v {
            Value::Real(f) => Ok(f),
            // As SQLite reads an integer column as a real.
            Value::Int(i) => Ok(i as f64),
            other => Err(format!("expected a number, found {other:?}")),
        }
    }
}
impl FromSql for String {
    fn from_value(v: Value) -> Result<Self, String> {
        match v {
            Value::Text(s) => Ok(s),
            other => Err(format!("expected text, found {other:?}")),
        }
    }
}
impl FromSql for Vec<u8> {
    fn from_value(v: Value) -> Result<Self, String> {
        match v {
            Value::Blob(b) => Ok(b),
            Value::Text(s) => Ok(s.into_bytes()),
            other => Err(format!("expected bytes, found {other:?}")),
        }
    }
}

/// The model's ID newtypes are stored as integers.
macro_rules! id_sql {
    ($($t:ident),* $(,)?) => {$(
        impl ToSql for crate::model::$t {
            fn to_value(&self) -> Value {
                Value::Int(self.0)
            }
        }
        impl FromSql for crate::model::$t {
            fn from_value(v: Value) -> Result<Self, String> {
                i64::from_value(v).map(crate::model::$t)
            }
        }
    )*};
}
id_sql!(
    AccountId,
    OrgId,
    ChatId,
    MessageId,
    FileId,
    TaskId,
    RegistrationId,
    TransferId
);

/// The model's enumerations are stored as their lower-case names.
macro_rules! enum_sql {
    ($($t:ident),* $(,)?) => {$(
        impl ToSql for crate::model::$t {
            fn to_value(&self) -> Value {
                Value::Text(self.as_str().to_owned())
            }
        }
        impl FromSql for crate::model::$t {
            fn from_value(v: Value) -> Result<Self, String> {
                String::from_value(v)?.parse()
            }
        }
    )*};
}
enum_sql!(
    OrgPlan,
    OrgStatus,
    TransferStatus,
    AccountStatus,
    Role,
    ChatKind,
    ChatRole,
    TaskStatus,
    RegistrationStatus,
    StaffStatus,
);

/// The parameters of one statement: `params![a, b]`, `[x]`, `[]`.
pub trait Params {
    fn values(&self) -> Vec<Value>;
}
impl Params for &[&dyn ToSql] {
    fn values(&self) -> Vec<Value> {
        self.iter().map(|p| p.to_value()).collect()
    }
}
impl Params for [&dyn ToSql; 0] {
    fn values(&self) -> Vec<Value> {
        Vec::new()
    }
}
impl Params for Vec<Value> {
    fn values(&self) -> Vec<Value> {
        self.clone()
    }
}
macro_rules! array_params {
    ($($n:literal),*) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn values(&self) -> Vec<Value> {
                self.iter().map(ToSql::to_value).collect()
            }
        }
    )*};
}
array_params!(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

/// rusqlite's `params!`: a slice of heterogeneous parameters.
macro_rules! params {
    () => { &[] as &[&dyn $crate::db::sql::ToSql] };
    ($($p:expr),+ $(,)?) => { &[$(&$p as &dyn $crate::db::sql::ToSql),+] as &[&dyn $crate::db::sql::ToSql] };
}
pub(crate) use params;

/// A column index (only `usize`, so a literal `0` needs no suffix).
pub trait RowIndex {
    fn index(self) -> usize;
}
impl RowIndex for usize {
    fn index(self) -> usize {
        self
    }
}

/// One result row, read by column index.
pub struct Row {
    values: Vec<Value>,
}

impl Row {
    /// The column `idx` as `T`. (Two type parameters, like rusqlite's, so
    /// `r.get::<_, i64>(0)` reads the same.)
    pub fn get<I: RowIndex, T: FromSql>(&self, idx: I) -> Result<T> {
        let idx = idx.index();
        let value = self
            .values
            .get(idx)
            .cloned()
            .ok_or_else(|| Error::Conversion(format!("no column {idx}")))?;
        T::from_value(value).map_err(|e| Error::Conversion(format!("column {idx}: {e}")))
    }
}

/// What a transaction may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Read,
    Write,
}

/// Which server a `Tx` talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

enum Inner {
    Sqlite(rusqlite::Connection),
    Pg(Box<RefCell<PgConn>>),
}

struct PgConn {
    client: postgres::Client,
    /// Prepared statements by their `?N` text.
    cache: HashMap<String, postgres::Statement>,
}

/// The project's connection: the domain and the commands receive a `&Tx`
/// inside a transaction that `Db` opened, and hand it to `db::` queries.
pub struct Tx {
    inner: Inner,
    statements: Cell<u64>,
    /// Sent with every `BEGIN` on PostgreSQL, in its round trip: the
    /// transaction's settings (`Tx::set_in_every_transaction`).
    begin_extra: RefCell<String>,
}

/// A statement bound to its connection: preparation is done (and cached) by
/// the backend when it runs, so this is only the text.
pub struct Statement<'c> {
    tx: &'c Tx,
    sql: std::borrow::Cow<'c, str>,
    cached: bool,
}

impl Tx {
    pub(crate) fn sqlite(conn: rusqlite::Connection) -> Tx {
        Tx {
            inner: Inner::Sqlite(conn),
            statements: Cell::new(0),
            begin_extra: RefCell::new(String::new()),
        }
    }

    pub(crate) fn postgres(client: postgres::Client) -> Tx {
        Tx {
            inner: Inner::Pg(Box::new(RefCell::new(PgConn {
                client,
                cache: HashMap::new(),
            }))),
            statements: Cell::new(0),
            begin_extra: RefCell::new(String::new()),
        }
    }

    pub fn backend(&self) -> Backend {
        match self.inner {
            Inner::Sqlite(_) => Backend::Sqlite,
            Inner::Pg(_) => Backend::Postgres,
        }
    }

    /// How many statements this connection has run (issue 13.6:
    /// round-trip budget, asserted by tests through `ORGCTL_STATEMENT_COUNT`).
    pub fn statement_count(&self) -> u64 {
        self.statements.get()
    }

    pub(crate) fn sqlite_conn(&self) -> Option<&rusqlite::Connection> {
        match &self.inner {
            Inner::Sqlite(c) => Some(c),
            Inner::Pg(_) => None,
        }
    }

    /// `left = right`, folding ASCII letters only, the same on both backends
    /// (SQLite's NOCASE; `ascii_lower` of schema_pg_v1.sql). The one piece
    /// of SQL that differs by backend in queries; both forms use an index.
    pub fn nocase_eq(&self, left: &str, right: &str) -> String {
        match self.backend() {
            Backend::Sqlite => format!("{left} = {right} COLLATE NOCASE"),
            Backend::Postgres => format!("ascii_lower({left}) = ascii_lower({right})"),
        }
    }

    /// Opens a transaction (see `Db::write` for the model on each backend).
    pub(crate) fn begin(&self, mode: Mode) -> Result<()> {
        let sql = match (self.backend(), mode) {
            (Backend::Sqlite, Mode::Write) => "BEGIN IMMEDIATE",
            (Backend::Sqlite, Mode::Read) => "BEGIN DEFERRED",
            (Backend::Postgres, Mode::Write) => "BEGIN ISOLATION LEVEL SERIALIZABLE",
            // One snapshot for the whole read, as SQLite's read transaction.
            (Backend::Postgres, Mode::Read) => "BEGIN ISOLATION LEVEL REPEATABLE READ",
        };
        let extra = self.begin_extra.borrow();
        if extra.is_empty() {
            return self.control(sql);
        }
        // One simple query: BEGIN, then the settings, inside the new
        // transaction (so never mixed into an implicit one before it).
        self.control(&format!("{sql}; {extra}"))
    }

    /// Runs `sql` (parameterless statements that set something for the
    /// transaction, e.g. `SELECT set_config(…, true)`) at the start of every
    /// transaction from now on, in the round trip of its `BEGIN` (issue
    /// 13.8: a session setting of its own costs a Parse and an Execute).
    /// PostgreSQL only; `sql` must hold no text from a user.
    pub(crate) fn set_in_every_transaction(&self, sql: String) {
        *self.begin_extra.borrow_mut() = sql;
    }

    /// The first column of the first row of a parameterless query, as
    /// text, in one round trip (PostgreSQL's simple query protocol: no
    /// Parse of its own); `None` when it is NULL or there is no row. For
    /// statements run once per connection. On SQLite, a plain query.
    pub(crate) fn simple_query_value(&self, sql: &str) -> Result<Option<String>> {
        match &self.inner {
            Inner::Sqlite(_) => {
                let v: Value = self.query_row(sql, [], |r| r.get(0))?;
                Ok(match v {
                    Value::Null => None,
                    Value::Int(i) => Some(i.to_string()),
                    Value::Real(f) => Some(f.to_string()),
                    Value::Text(t) => Some(t),
                    Value::Blob(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                })
            }
            Inner::Pg(pg) => {
                self.bump();
                let messages = pg.borrow_mut().client.simple_query(sql)?;
                Ok(messages
                    .iter()
                    .find_map(|m| match m {
                        postgres::SimpleQueryMessage::Row(row) => {
                            Some(row.get(0).map(str::to_owned))
                        }
                        _ => None,
                    })
                    .flatten())
            }
        }
    }

    /// Commits (`true`) or rolls back the open transaction.
    pub(crate) fn end(&self, commit: bool) -> Result<()> {
        self.control(if commit { "COMMIT" } else { "ROLLBACK" })
    }

    /// Transaction control, not counted as a statement of the command.
    fn control(&self, sql: &str) -> Result<()> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Inner::Pg(pg) => Ok(pg.borrow_mut().client.batch_execute(sql)?),
        }
    }

    /// Whether running the whole transaction again can succeed: PostgreSQL's
    /// serialization failures and deadlocks. (SQLite's busy waits happen
    /// inside `busy_timeout` already.)
    pub(crate) fn retryable(&self, err: &anyhow::Error) -> bool {
        self.backend() == Backend::Postgres
            && err
                .chain()
                .filter_map(|c| c.downcast_ref::<Error>())
                .any(|e| e.failure() == Failure::Busy)
    }

    pub fn prepare_cached<'c>(&'c self, sql: &'c str) -> Result<Statement<'c>> {
        Ok(Statement {
            tx: self,
            sql: sql.into(),
            cached: true,
        })
    }

    /// A statement whose text is built at run time (not kept in the cache).
    pub fn prepare<'c>(&'c self, sql: &'c str) -> Result<Statement<'c>> {
        Ok(Statement {
            tx: self,
            sql: sql.into(),
            cached: false,
        })
    }

    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        self.run_execute(sql, false, &params.values())
    }

    pub fn query_row<P: Params, T>(
        &self,
        sql: &str,
        params: P,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        let mut rows = self.run_query(sql, false, &params.values(), Some(1))?;
        match rows.pop() {
            Some(row) => f(&row),
            None => Err(Error::NoRows),
        }
    }

    /// Runs several `;`-separated statements with no parameters (DDL).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        self.bump();
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Inner::Pg(pg) => Ok(pg.borrow_mut().client.batch_execute(sql)?),
        }
    }

    fn bump(&self) {
        self.statements.set(self.statements.get() + 1);
    }

    fn run_execute(&self, sql: &str, cached: bool, values: &[Value]) -> Result<usize> {
        self.bump();
        match &self.inner {
            Inner::Sqlite(c) => {
                let params = rusqlite::params_from_iter(values.iter().map(sqlite_value));
                Ok(if cached {
                    c.prepare_cached(sql)?.execute(params)?
                } else {
                    c.prepare(sql)?.execute(params)?
                })
            }
            Inner::Pg(pg) => {
                let mut pg = pg.borrow_mut();
                let stmt = pg.statement(sql, cached)?;
                let refs = pg_params(values);
                let n = pg.client.execute(&stmt, &refs)?;
                Ok(usize::try_from(n).unwrap_or(usize::MAX))
            }
        }
    }

    fn run_query(
        &self,
        sql: &str,
        cached: bool,
        values: &[Value],
        limit: Option<usize>,
    ) -> Result<Vec<Row>> {
        self.bump();
        match &self.inner {
            Inner::Sqlite(c) => {
                let params = rusqlite::params_from_iter(values.iter().map(sqlite_value));
                let mut cached_stmt;
                let mut plain_stmt;
                let stmt: &mut rusqlite::Statement<'_> = if cached {
                    cached_stmt = c.prepare_cached(sql)?;
                    &mut cached_stmt
                } else {
                    plain_stmt = c.prepare(sql)?;
                    &mut plain_stmt
                };
                let columns = stmt.column_count();
                let mut rows = stmt.query(params)?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    let mut values = Vec::with_capacity(columns);
                    for i in 0..columns {
                        values.push(from_sqlite(r.get_ref(i)?));
                    }
                    out.push(Row { values });
                    if limit.is_some_and(|l| out.len() >= l) {
                        break;
                    }
                }
                Ok(out)
            }
            Inner::Pg(pg) => {
                let mut pg = pg.borrow_mut();
                let stmt = pg.statement(sql, cached)?;
                let refs = pg_params(values);
                let rows = pg.client.query(&stmt, &refs)?;
                let mut out = Vec::with_capacity(rows.len());
                for r in rows.iter().take(limit.unwrap_or(usize::MAX)) {
                    let mut values = Vec::with_capacity(r.len());
                    for i in 0..r.len() {
                        let v: PgValue = r.try_get(i)?;
                        values.push(v.0);
                    }
                    out.push(Row { values });
                }
                Ok(out)
            }
        }
    }
}

impl Statement<'_> {
    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        self.tx
            .run_execute(&self.sql, self.cached, &params.values())
    }

    pub fn query_row<P: Params, T>(
        &mut self,
        params: P,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        let mut rows = self
            .tx
            .run_query(&self.sql, self.cached, &params.values(), Some(1))?;
        match rows.pop() {
            Some(row) => f(&row),
            None => Err(Error::NoRows),
        }
    }

    /// Every row mapped by `f`. The rows are read before `f` runs (one round
    /// trip on the server), so the iterator holds no lock on the connection.
    pub fn query_map<P: Params, T, F: FnMut(&Row) -> Result<T>>(
        &mut self,
        params: P,
        f: F,
    ) -> Result<MappedRows<T, F>> {
        let rows = self
            .tx
            .run_query(&self.sql, self.cached, &params.values(), None)?;
        Ok(MappedRows {
            rows: rows.into_iter(),
            f,
        })
    }

    /// Each row in turn, for a result of bounded size (a batched read of
    /// `db::BATCH` keys): on PostgreSQL the rows are received whole, in
    /// their compact wire form, in one call into the driver, then turned
    /// into `Row`s one at a time for `f`. Streaming them (`for_each_row`)
    /// enters the driver's runtime once per row, which cost more than the
    /// server's work for 50,000 membership rows (issue 13.8). On SQLite,
    /// `for_each_row`.
    pub fn for_each_row_received<P: Params, E: From<Error>>(
        &mut self,
        params: P,
        mut f: impl FnMut(&Row) -> std::result::Result<bool, E>,
    ) -> std::result::Result<(), E> {
        let tx = self.tx;
        let Inner::Pg(pg) = &tx.inner else {
            return self.for_each_row(params, f);
        };
        let values = params.values();
        tx.bump();
        let rows = {
            let mut pg = pg.borrow_mut();
            let stmt = pg.statement(&self.sql, self.cached)?;
            pg.client
                .query(&stmt, &pg_params(&values))
                .map_err(Error::from)?
        };
        let mut row = Row { values: Vec::new() };
        for r in &rows {
            row.values.clear();
            for i in 0..r.len() {
                let v: PgValue = r.try_get(i).map_err(Error::from)?;
                row.values.push(v.0);
            }
            if !f(&row)? {
                break;
            }
        }
        Ok(())
    }

    /// Each row in turn, read when `f` asks for it; `f` returns `false` to
    /// stop. A long list is never held whole in memory on either backend
    /// (issue 18: lists stream): on PostgreSQL the rows are read from the
    /// server as `f` takes them, so `f` must not run statements of its own
    /// (the connection is busy with this one until the loop ends).
    pub fn for_each_row<P: Params, E: From<Error>>(
        &mut self,
        params: P,
        mut f: impl FnMut(&Row) -> std::result::Result<bool, E>,
    ) -> std::result::Result<(), E> {
        let tx = self.tx;
        let values = params.values();
        let c = match &tx.inner {
            Inner::Sqlite(c) => c,
            Inner::Pg(pg) => {
                use postgres::fallible_iterator::FallibleIterator;
                tx.bump();
                let mut pg = pg.borrow_mut();
                let stmt = pg.statement(&self.sql, self.cached)?;
                let mut rows = pg
                    .client
                    .query_raw(&stmt, pg_params(&values))
                    .map_err(Error::from)?;
                while let Some(r) = rows.next().map_err(Error::from)? {
                    let mut values = Vec::with_capacity(r.len());
                    for i in 0..r.len() {
                        let v: PgValue = r.try_get(i).map_err(Error::from)?;
                        values.push(v.0);
                    }
                    if !f(&Row { values })? {
                        break;
                    }
                }
                return Ok(());
            }
        };
        tx.bump();
        let params = rusqlite::params_from_iter(values.iter().map(sqlite_value));
        let mut cached_stmt;
        let mut plain_stmt;
        let stmt: &mut rusqlite::Statement<'_> = if self.cached {
            cached_stmt = c.prepare_cached(&self.sql).map_err(Error::from)?;
            &mut cached_stmt
        } else {
            plain_stmt = c.prepare(&self.sql).map_err(Error::from)?;
            &mut plain_stmt
        };
        let columns = stmt.column_count();
        let mut rows = stmt.query(params).map_err(Error::from)?;
        while let Some(r) = rows.next().map_err(Error::from)? {
            let mut values = Vec::with_capacity(columns);
            for i in 0..columns {
                values.push(from_sqlite(r.get_ref(i).map_err(Error::from)?));
            }
            if !f(&Row { values })? {
                break;
            }
        }
        Ok(())
    }

    pub fn exists<P: Params>(&mut self, params: P) -> Result<bool> {
        let rows = self
            .tx
            .run_query(&self.sql, self.cached, &params.values(), Some(1))?;
        Ok(!rows.is_empty())
    }
}

/// Bulk statements (`db::bulk`): parameters handed over as a slice, not
/// copied into a `Params` first.
impl Tx {
    /// Runs one statement with `values` as its parameters; `keep` keeps it
    /// prepared for the next call with the same text.
    pub fn execute_values(&self, sql: &str, keep: bool, values: &[Value]) -> Result<usize> {
        self.run_execute(sql, keep, values)
    }
}

/// The rows of `query_map`, each mapped when it is taken.
pub struct MappedRows<T, F: FnMut(&Row) -> Result<T>> {
    rows: std::vec::IntoIter<Row>,
    f: F,
}

impl<T, F: FnMut(&Row) -> Result<T>> Iterator for MappedRows<T, F> {
    type Item = Result<T>;
    fn next(&mut self) -> Option<Result<T>> {
        self.rows.next().map(|r| (self.f)(&r))
    }
}

/// A value bound to an SQLite statement by reference: SQLite copies the
/// text as it binds it, so the facade makes no copy of its own.
struct SqliteBind<'a>(&'a Value);

impl rusqlite::ToSql for SqliteBind<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::ValueRef as V;
        Ok(rusqlite::types::ToSqlOutput::Borrowed(match self.0 {
            Value::Null => V::Null,
            Value::Int(i) => V::Integer(*i),
            Value::Real(f) => V::Real(*f),
            Value::Text(s) => V::Text(s.as_bytes()),
            Value::Blob(b) => V::Blob(b),
        }))
    }
}

fn sqlite_value(v: &Value) -> SqliteBind<'_> {
    SqliteBind(v)
}

fn from_sqlite(v: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef as V;
    match v {
        V::Null => Value::Null,
        V::Integer(i) => Value::Int(i),
        V::Real(f) => Value::Real(f),
        V::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        V::Blob(b) => Value::Blob(b.to_vec()),
    }
}

/// How many prepared statements a server connection keeps. Every text is
/// kept, not only `prepare_cached`'s: an uncached statement costs a second
/// round trip (Parse, then Bind/Execute), and most uncached texts are fixed
/// (`Tx::execute`) and run again in the same command. Texts built at run time
/// are few per command; past the cap the cache starts again.
const PG_CACHE_CAP: usize = 1024;

impl PgConn {
    fn statement(&mut self, sql: &str, _cached: bool) -> Result<postgres::Statement> {
        if let Some(s) = self.cache.get(sql) {
            return Ok(s.clone());
        }
        let text = dollar_placeholders(sql);
        let (probe, tested) = without_null_tests(&text);
        let stmt = if tested {
            // PostgreSQL cannot type `$1` in `$1 IS NULL OR org_id = $1`
            // (it meets the null test first). The same text without its
            // null tests has the types; prepare the real text with them.
            let types = self.client.prepare(&probe)?.params().to_vec();
            self.client.prepare_typed(&text, &types)?
        } else {
            self.client.prepare(&text)?
        };
        if self.cache.len() >= PG_CACHE_CAP {
            self.cache.clear();
        }
        self.cache.insert(sql.to_owned(), stmt.clone());
        Ok(stmt)
    }
}

/// `?1` → `$1`, outside string literals and quoted identifiers.
pub(crate) fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
                out.push(c);
            }
            None => {
                if c == '\'' || c == '"' {
                    quote = Some(c);
                    out.push(c);
                } else if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) {
                    out.push('$');
                } else {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// `text` with each `$N IS NULL` and `$N IS NOT NULL` replaced by `TRUE`,
/// and whether there was one.
fn without_null_tests(text: &str) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let tail = &after[digits..];
        let test = [" IS NULL", " IS NOT NULL"]
            .into_iter()
            .find(|t| tail.len() >= t.len() && tail[..t.len()].eq_ignore_ascii_case(t));
        match test {
            Some(t) if digits > 0 => {
                out.push_str("TRUE");
                rest = &tail[t.len()..];
                found = true;
            }
            _ => {
                out.push('$');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, found)
}

fn pg_params(values: &[Value]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    values
        .iter()
        .map(|v| v as &(dyn postgres::types::ToSql + Sync))
        .collect()
}

/// Encodes a value for the type the server inferred for its parameter, the
/// way SQLite's affinity would take it.
impl postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::FLOAT4 => (*i as f32).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    i.to_string().to_sql(&Type::TEXT, out)
                }
                Type::NUMERIC => numeric_from_i64(*i, out),
                _ => Err(format!("cannot bind an integer as {ty}").into()),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => f.to_string().to_sql(&Type::TEXT, out),
                _ => Err(format!("cannot bind a real as {ty}").into()),
            },
            Value::Text(s) => match *ty {
                Type::INT8 => s.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => s.parse::<i32>()?.to_sql(ty, out),
                Type::BYTEA => s.as_bytes().to_sql(ty, out),
                // Text, varchar, name, unknown, and every other text-like
                // type accept the UTF-8 bytes.
                _ => {
                    out.extend_from_slice(s.as_bytes());
                    Ok(IsNull::No)
                }
            },
            Value::Blob(b) => match *ty {
                Type::BYTEA => b.as_slice().to_sql(ty, out),
                _ => {
                    out.extend_from_slice(b);
                    Ok(IsNull::No)
                }
            },
        }
    }

    fn accepts(ty: &Type) -> bool {
        !matches!(
            ty.kind(),
            Kind::Array(_) | Kind::Composite(_) | Kind::Range(_)
        )
    }

    postgres::types::to_sql_checked!();
}

/// A numeric parameter from an integer, in PostgreSQL's binary format:
/// base-10000 digits, most significant first.
fn numeric_from_i64(
    i: i64,
    out: &mut postgres::types::private::BytesMut,
) -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
    let mut n = i.unsigned_abs();
    let mut digits = Vec::new();
    while n > 0 {
        digits.push((n % 10_000) as i16);
        n /= 10_000;
    }
    digits.reverse();
    let weight = digits.len() as i16 - 1;
    let sign: u16 = if i < 0 { 0x4000 } else { 0 };
    out.extend_from_slice(&(digits.len() as i16).to_be_bytes());
    out.extend_from_slice(&weight.max(0).to_be_bytes());
    out.extend_from_slice(&sign.to_be_bytes());
    out.extend_from_slice(&0u16.to_be_bytes());
    for d in digits {
        out.extend_from_slice(&d.to_be_bytes());
    }
    Ok(IsNull::No)
}

/// A column read from PostgreSQL as a `Value`.
struct PgValue(Value);

impl<'a> postgres::types::FromSql<'a> for PgValue {
    /// The column read in place (`PgRef`, which holds the one mapping of
    /// PostgreSQL's types to ours), then owned.
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(PgValue(match PgRef::from_sql(ty, raw)?.0 {
            ValueRef::Null => Value::Null,
            ValueRef::Int(i) => Value::Int(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(t) => Value::Text(t.to_string()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        }))
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(PgValue(Value::Null))
    }

    fn accepts(ty: &Type) -> bool {
        !matches!(
            ty.kind(),
            Kind::Array(_) | Kind::Composite(_) | Kind::Range(_)
        )
    }
}

/// `sum()` over BIGINT is NUMERIC on PostgreSQL: an integer when it has no
/// fraction (as SQLite's `sum` of integers), else a real.
fn numeric_value(raw: &[u8]) -> Result<Value, Box<dyn StdError + Sync + Send>> {
    let word = |i: usize| -> Result<i16, Box<dyn StdError + Sync + Send>> {
        raw.get(i..i + 2)
            .map(|b| i16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| "short numeric".into())
    };
    let ndigits = usize::try_from(word(0)?)?;
    let weight = i32::from(word(2)?);
    let sign = word(4)? as u16;
    if sign == 0xC000 {
        return Ok(Value::Real(f64::NAN));
    }
    let mut int: i128 = 0;
    let mut real: f64 = 0.0;
    let mut fraction = false;
    for k in 0..ndigits {
        let d = i128::from(word(8 + 2 * k)?);
        let power = weight - k as i32;
        real += d as f64 * 10_000f64.powi(power);
        if power >= 0 {
            int += d * 10_000i128.pow(power as u32);
        } else if d != 0 {
            fraction = true;
        }
    }
    let negative = sign == 0x4000;
    if !fraction && let Ok(i) = i64::try_from(if negative { -int } else { int }) {
        return Ok(Value::Int(i));
    }
    Ok(Value::Real(if negative { -real } else { real }))
}

/// A column of a row read in place (issue 18.3): text and bytes borrow the
/// driver's buffer instead of being copied into a [`Value`] first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueRef<'r> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'r str),
    Blob(&'r [u8]),
}

/// One result row of [`Statement::for_each_row_ref`], read by column index
/// without copying it: a long import reads hundreds of thousands of rows,
/// and copying each one into a [`Row`] (then again on every `get`) was a
/// third of its resolving step (BENCHMARKS.md, "Staff import").
pub struct RowRef<'r> {
    row: RowRefInner<'r>,
}

enum RowRefInner<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Pg(&'r postgres::Row),
}

/// A column as PostgreSQL sends it, borrowed: the one mapping of its types
/// to ours (`PgValue` owns what this reads).
struct PgRef<'a>(ValueRef<'a>);

impl<'a> postgres::types::FromSql<'a> for PgRef<'a> {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(PgRef(match *ty {
            Type::INT8 => ValueRef::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => ValueRef::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT2 => ValueRef::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::OID => ValueRef::Int(i64::from(u32::from_sql(ty, raw)?)),
            // SQLite has no booleans: `x IS NOT NULL` is 0 or 1 there.
            Type::BOOL => ValueRef::Int(i64::from(bool::from_sql(ty, raw)?)),
            Type::FLOAT8 => ValueRef::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => ValueRef::Real(f64::from(f32::from_sql(ty, raw)?)),
            Type::NUMERIC => match numeric_value(raw)? {
                Value::Int(i) => ValueRef::Int(i),
                Value::Real(f) => ValueRef::Real(f),
                other => return Err(format!("numeric read as {other:?}").into()),
            },
            Type::BYTEA => ValueRef::Blob(raw),
            _ => ValueRef::Text(std::str::from_utf8(raw)?),
        }))
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(PgRef(ValueRef::Null))
    }

    fn accepts(ty: &Type) -> bool {
        <PgValue as postgres::types::FromSql>::accepts(ty)
    }
}

impl<'r> RowRef<'r> {
    /// The column `idx` as it is stored, borrowed from the row.
    pub fn value(&self, idx: usize) -> Result<ValueRef<'r>> {
        match self.row {
            RowRefInner::Sqlite(r) => {
                use rusqlite::types::ValueRef as V;
                Ok(match r.get_ref(idx)? {
                    V::Null => ValueRef::Null,
                    V::Integer(i) => ValueRef::Int(i),
                    V::Real(f) => ValueRef::Real(f),
                    V::Text(t) => ValueRef::Text(std::str::from_utf8(t).map_err(|e| {
                        Error::Conversion(format!("column {idx}: not UTF-8 text: {e}"))
                    })?),
                    V::Blob(b) => ValueRef::Blob(b),
                })
            }
            RowRefInner::Pg(r) => {
                if idx >= r.len() {
                    return Err(Error::Conversion(format!("no column {idx}")));
                }
                Ok(r.try_get::<_, PgRef<'r>>(idx)?.0)
            }
        }
    }

    /// The column `idx` as an integer, or `None` for NULL.
    pub fn int(&self, idx: usize) -> Result<Option<i64>> {
        match self.value(idx)? {
            ValueRef::Null => Ok(None),
            ValueRef::Int(i) => Ok(Some(i)),
            other => Err(Error::Conversion(format!(
                "column {idx}: expected an integer, found {other:?}"
            ))),
        }
    }

    /// The column `idx` as text borrowed from the row, or `None` for NULL.
    pub fn text(&self, idx: usize) -> Result<Option<&'r str>> {
        match self.value(idx)? {
            ValueRef::Null => Ok(None),
            ValueRef::Text(s) => Ok(Some(s)),
            other => Err(Error::Conversion(format!(
                "column {idx}: expected text, found {other:?}"
            ))),
        }
    }
}

impl Statement<'_> {
    /// Each row in turn, read in place ([`RowRef`]) when `f` asks for it;
    /// `f` returns `false` to stop. Streams like `for_each_row` (on
    /// PostgreSQL `f` must not run statements of its own), without copying
    /// any column `f` does not keep.
    pub fn for_each_row_ref<P: Params, E: From<Error>>(
        &mut self,
        params: P,
        mut f: impl FnMut(&RowRef<'_>) -> std::result::Result<bool, E>,
    ) -> std::result::Result<(), E> {
        let tx = self.tx;
        let values = params.values();
        tx.bump();
        match &tx.inner {
            Inner::Sqlite(c) => {
                let params = rusqlite::params_from_iter(values.iter().map(sqlite_value));
                let mut cached_stmt;
                let mut plain_stmt;
                let stmt: &mut rusqlite::Statement<'_> = if self.cached {
                    cached_stmt = c.prepare_cached(&self.sql).map_err(Error::from)?;
                    &mut cached_stmt
                } else {
                    plain_stmt = c.prepare(&self.sql).map_err(Error::from)?;
                    &mut plain_stmt
                };
                let mut rows = stmt.query(params).map_err(Error::from)?;
                while let Some(r) = rows.next().map_err(Error::from)? {
                    if !f(&RowRef {
                        row: RowRefInner::Sqlite(r),
                    })? {
                        break;
                    }
                }
            }
            Inner::Pg(pg) => {
                use postgres::fallible_iterator::FallibleIterator;
                let mut pg = pg.borrow_mut();
                let stmt = pg.statement(&self.sql, self.cached)?;
                let mut rows = pg
                    .client
                    .query_raw(&stmt, pg_params(&values))
                    .map_err(Error::from)?;
                while let Some(r) = rows.next().map_err(Error::from)? {
                    if !f(&RowRef {
                        row: RowRefInner::Pg(&r),
                    })? {
                        break;
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_rewritten_outside_literals() {
        assert_eq!(
            dollar_placeholders("SELECT '?1', \"?2\" FROM t WHERE a = ?1 AND b = ?12"),
            "SELECT '?1', \"?2\" FROM t WHERE a = $1 AND b = $12"
        );
    }

    #[test]
    fn null_tests_of_parameters_are_found() {
        assert_eq!(
            without_null_tests("WHERE ($1 IS NULL OR a = $1) AND ($12 is not null) AND $2 = 1"),
            (
                "WHERE (TRUE OR a = $1) AND (TRUE) AND $2 = 1".to_owned(),
                true
            )
        );
        assert_eq!(without_null_tests("a = $1"), ("a = $1".to_owned(), false));
    }

    #[test]
    fn optional_turns_no_rows_into_none() {
        let r: Result<i64> = Err(Error::NoRows);
        assert_eq!(r.optional().unwrap(), None);
    }

    #[test]
    fn numeric_round_trip_of_integers() {
        for i in [
            0_i64,
            1,
            -1,
            9_999,
            10_000,
            123_456_789,
            -98_765_432_101,
            i64::MAX,
        ] {
            let mut out = postgres::types::private::BytesMut::new();
            numeric_from_i64(i, &mut out).unwrap();
            assert_eq!(numeric_value(&out).unwrap(), Value::Int(i), "{i}");
        }
    }
}
