//! PostgreSQL's side of the seam: recognising and connecting to a server URL
//! (never showing its password), the schema version kept in the database, and
//! the retry of transactions the server could not serialize (issue 13).

use std::str::FromStr;
use std::time::Duration;

use postgres::config::SslMode;

use super::sql::{Failure, Tx};
use crate::error::{Error, ErrorKind, Result};

/// How many times a write transaction runs before a serialization failure
/// or deadlock is reported (exit 75).
pub(super) const MAX_ATTEMPTS: u32 = 50;

/// `--db` names a PostgreSQL database when it is one of these URLs.
pub(super) fn is_url(s: &str) -> bool {
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// The URL as it may be shown: the password (in the user part or as a
/// `password=` parameter) replaced by `***`.
pub(crate) fn redact(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (authority_end, _) = rest
        .char_indices()
        .find(|&(_, c)| c == '/' || c == '?')
        .unwrap_or((rest.len(), ' '));
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _password)) => format!("{name}:***@{host}"),
            None => format!("{user}@{host}"),
        },
        None => authority.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|kv| {
                    if kv.to_ascii_lowercase().starts_with("password=") {
                        "password=***".to_owned()
                    } else {
                        kv.to_owned()
                    }
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// Connects to the server; a refusal names the server (never the password)
/// and gets the exit code that says whether retrying can help. The password
/// comes, as libpq's does, from the URL, else `PGPASSWORD`, else the password
/// file (`db::pgpass`); if the server still wants one, `ask` may get it from
/// a person (issue 14.6). Never from the config file.
pub(super) fn connect(
    url: &str,
    busy_timeout: Duration,
    ask: &mut dyn FnMut(&str) -> Result<Option<String>>,
    warnings: &mut Vec<String>,
) -> Result<(Tx, String)> {
    let name = redact(url);
    let mut config = postgres::Config::from_str(url).map_err(|e| {
        Error::usage(format!("--db {name} is not a PostgreSQL URL: {e}")).with_hint(
            "write it as postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME, or postgres:///DBNAME?host=/run/postgresql for a unix socket",
        )
    })?;
    if config.get_password().is_none()
        && let Ok(password) = std::env::var("PGPASSWORD")
    {
        config.password(password);
    }
    let (host, user) = (
        first_host(&config),
        config.get_user().unwrap_or("").to_owned(),
    );
    if config.get_password().is_none() {
        let target = super::pgpass::Target {
            host: &host,
            port: config.get_ports().first().copied().unwrap_or(5432),
            database: config.get_dbname().unwrap_or(&user),
            user: &user,
        };
        if let Some(password) = super::pgpass::lookup(&target, warnings) {
            config.password(password);
        }
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    if config.get_ssl_mode() == SslMode::Require {
        return Err(Error::usage(format!(
            "--db {name} asks for sslmode=require, but this orgctl connects without TLS"
        ))
        .with_hint("connect through a unix socket (?host=/run/postgresql) or an SSH tunnel, with sslmode=disable or prefer")
        .into());
    }
    if config.get_application_name().is_none() {
        config.application_name("orgctl");
    }
    // A writer waiting for a row lock gives up after the busy timeout, as
    // SQLite's does (exit 75 after the retries). Set in the startup packet,
    // after any options the URL gives, not by a `SET` of its own: one round
    // trip less for every command (issue 13.8).
    let lock_timeout = format!(
        "-c lock_timeout={}",
        busy_timeout.as_millis().min(i32::MAX as u128)
    );
    let options = match config.get_options() {
        Some(given) if !given.trim().is_empty() => format!("{given} {lock_timeout}"),
        _ => lock_timeout,
    };
    config.options(&options);
    let client = match config.connect(postgres::NoTls) {
        Ok(client) => client,
        // The server wants a password that nothing gave: ask a person, if
        // there is one, once.
        Err(e) if config.get_password().is_none() && password_missing(&e) => {
            match ask(&format!("Password for {user} on {host}"))? {
                Some(password) => {
                    config.password(password);
                    config
                        .connect(postgres::NoTls)
                        .map_err(|e| connect_error(&name, &super::sql::Error::Pg(e)))?
                }
                None => return Err(no_password(&name, &user, warnings)),
            }
        }
        Err(e) => return Err(connect_error(&name, &super::sql::Error::Pg(e))),
    };
    Ok((Tx::postgres(client), name))
}

/// The host as the password file names it: a TCP host name, or a socket
/// directory; `localhost` when the URL names none.
fn first_host(config: &postgres::Config) -> String {
    match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(dir)) => dir.display().to_string(),
        None => "localhost".to_owned(),
    }
}

/// The client library's refusal to authenticate without a password (the
/// server asked for one and none was configured): no server error code.
fn password_missing(e: &postgres::Error) -> bool {
    // "invalid configuration", caused by "password missing".
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        if s.to_string().contains("password missing") {
            return e.as_db_error().is_none();
        }
        source = s.source();
    }
    false
}

/// Exit 77 when a password is needed and nothing gave one; a password file
/// that was ignored (`warnings`) is said in the hint, since the connection
/// that would print it as a note never opened.
fn no_password(name: &str, user: &str, warnings: &[String]) -> anyhow::Error {
    let mut hint = String::from(
        "put it in PGPASSWORD or the password file (~/.pgpass, or PGPASSFILE; mode 0600), or run orgctl on a terminal to be asked",
    );
    for warning in warnings {
        hint.push_str("; ");
        hint.push_str(warning);
    }
    Error::new(
        ErrorKind::Denied,
        format!("the PostgreSQL server {name} wants a password for {user}, and none was given"),
    )
    .with_hint(hint)
    .into()
}

fn connect_error(name: &str, e: &super::sql::Error) -> anyhow::Error {
    let code = match e {
        super::sql::Error::Pg(p) => p.code().map(|c| c.code().to_owned()),
        _ => None,
    };
    let error = match (e.failure(), code.as_deref()) {
        (Failure::Auth, _) => Error::new(
            ErrorKind::Denied,
            format!("the PostgreSQL server {name} refused the login: {e}"),
        )
        .with_hint("check the user and the password (in the URL or PGPASSWORD)"),
        (_, Some("3D000")) => Error::unexpected(format!(
            "the PostgreSQL server {name} has no such database: {e}"
        ))
        .with_hint("create it first (createdb DBNAME, or CREATE DATABASE), then run orgctl init"),
        (Failure::Unavailable | Failure::Busy | Failure::Timeout, _) | (_, None) => Error::new(
            ErrorKind::Busy,
            format!("cannot reach the PostgreSQL server {name}: {e}"),
        )
        .with_hint(
            "check that the server is running and the host and port are right; retry when it is up",
        ),
        _ => Error::unexpected(format!(
            "the PostgreSQL server {name} refused the connection: {e}"
        )),
    };
    error.into()
}

/// Applies the migrations the database lacks, under an advisory lock so that
/// two first runs do not both create the schema, and refuses a database from
/// a newer orgctl.
pub(super) fn migrate<'a>(tx: &Tx, migrations: impl Iterator<Item = &'a str>) -> Result<()> {
    let migrations: Vec<&str> = migrations.collect();
    let wanted = migrations.len();
    // The usual case, one round trip: the schema is there and current.
    if let Ok(current) = version(tx) {
        if current > wanted {
            return Err(super::too_new(current).into());
        }
        if current == wanted {
            return Ok(());
        }
    }
    tx.begin(super::sql::Mode::Write)?;
    let migrated = (|| -> Result<()> {
        // Any number: it only has to be the same for every orgctl.
        tx.execute_batch(
            "SELECT pg_advisory_xact_lock(7283544318);
             CREATE TABLE IF NOT EXISTS orgctl_schema (version BIGINT NOT NULL);",
        )?;
        let current = version(tx)?;
        if current > wanted {
            return Err(super::too_new(current).into());
        }
        for sql in &migrations[current..] {
            tx.execute_batch(sql)?;
        }
        tx.execute("DELETE FROM orgctl_schema", [])?;
        tx.execute("INSERT INTO orgctl_schema (version) VALUES (?1)", [wanted])?;
        Ok(())
    })();
    match migrated {
        Ok(()) => tx.end(true)?,
        Err(e) => {
            let _ = tx.end(false);
            return Err(e);
        }
    }
    Ok(())
}

/// The schema version, in one round trip: a statement run once per command
/// is not worth a Parse of its own (the simple query protocol, issue 13.8).
fn version(tx: &Tx) -> Result<usize> {
    let v = tx.simple_query_value("SELECT max(version) FROM orgctl_schema")?;
    let v: i64 = match v.as_deref() {
        None => 0,
        Some(text) => text.parse().map_err(|_| {
            Error::unexpected(format!("the schema version in orgctl_schema is {text}"))
        })?,
    };
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}

/// Waits a little before running a transaction again, longer each time and
/// never in step with the process it collided with.
pub(super) fn back_off(attempt: u32) {
    let mut jitter = [0u8; 2];
    let _ = getrandom::fill(&mut jitter);
    let base = 5u64 << attempt.min(6);
    let ms = base + u64::from(u16::from_le_bytes(jitter)) % (base + 1);
    std::thread::sleep(Duration::from_millis(ms));
}

/// What orgctl can check of a server's database: every table it uses is
/// there (the server guards its own storage).
pub(super) fn integrity_check(tx: &Tx) -> Result<String> {
    let mut missing = Vec::new();
    for table in super::TABLES {
        let found: i64 = tx.query_row(
            "SELECT count(*) FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_name = ?1",
            [*table],
            |r| r.get(0),
        )?;
        if found == 0 {
            missing.push(*table);
        }
    }
    Ok(if missing.is_empty() {
        "ok".to_owned()
    } else {
        format!("missing tables: {}", missing.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_never_shown() {
        assert_eq!(
            redact("postgres://boss:s3cret@db.example:5433/orgctl"),
            "postgres://boss:***@db.example:5433/orgctl"
        );
        assert_eq!(
            redact("postgresql://u@h/d?host=/tmp&password=x&sslmode=disable"),
            "postgresql://u@h/d?host=/tmp&password=***&sslmode=disable"
        );
        assert_eq!(
            redact("postgres:///orgctl?host=/run/pg"),
            "postgres:///orgctl?host=/run/pg"
        );
        // An '@' inside the password (percent-encoded or not) does not leak.
        assert!(!redact("postgres://u:p@ss@h/d").contains("p@ss"));
    }
}
