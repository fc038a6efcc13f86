//! A small builder for driving the `orgctl` binary on a temporary database
//! through its contract: arguments in, exit code, JSON and messages out.
//!
//! The backend: an SQLite file in a temp dir, or, when `ORGCTL_TEST_PG` holds
//! a PostgreSQL server URL (scripts/test.sh sets it), a fresh database on
//! that server per world, dropped with it. Tests of the file itself (modes,
//! a file that is not a database, crashes) ask for `World::sqlite()`.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The fixed clock of every test, so outputs are reproducible.
pub const NOW: &str = "2026-11-23T09:00:00Z";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("fixtures").join(name)
}

/// One temporary world: a directory, a database (a file in it, or a
/// database on the test server), a clock.
pub struct World {
    dir: TempDir,
    /// The SQLite file (also set, unused, on PostgreSQL).
    pub db: PathBuf,
    /// The PostgreSQL database's URL when the suite runs on a server.
    pub pg: Option<PgDatabase>,
    pub now: String,
    pub actor: Option<String>,
}

/// A database made for one world on the test server, dropped with it.
pub struct PgDatabase {
    pub url: String,
    server: String,
    name: String,
}

impl PgDatabase {
    fn create(server: &str) -> PgDatabase {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "orgctl_t{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let mut client = postgres::Client::connect(server, postgres::NoTls)
            .unwrap_or_else(|e| panic!("ORGCTL_TEST_PG={server}: cannot connect: {e}"));
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        PgDatabase {
            url: with_database(server, &name),
            server: server.to_owned(),
            name,
        }
    }

    /// Every row of every table but `except`, as text: what a person with
    /// the server's files could read.
    pub fn dump_text(&self, except: &[&str]) -> String {
        let mut c = self.client();
        let tables: Vec<String> = c
            .query(
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = current_schema()",
                &[],
            )
            .expect("the table list")
            .iter()
            .map(|r| r.get(0))
            .filter(|t: &String| !except.contains(&t.as_str()))
            .collect();
        let mut all = String::new();
        for t in tables {
            for row in c
                .query(&format!("SELECT t::text FROM {t} t"), &[])
                .expect("a table's rows")
            {
                all.push_str(row.get::<_, &str>(0));
                all.push('\n');
            }
        }
        all
    }

    /// A connection to this database, for tests that look under orgctl.
    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).expect("the test database")
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        // Best effort: a database left behind dies with the throwaway cluster.
        if let Ok(mut c) = postgres::Client::connect(&self.server, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// The server URL `server` with its database name replaced by `name`.
pub fn with_database(server: &str, name: &str) -> String {
    let (scheme, rest) = server.split_once("://").expect("a postgres:// URL");
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (rest, String::new()),
    };
    let authority = before_query.split('/').next().unwrap_or("");
    format!("{scheme}://{authority}/{name}{query}")
}

/// The test server's URL, when the suite runs on PostgreSQL.
pub fn test_server() -> Option<String> {
    std::env::var("ORGCTL_TEST_PG")
        .ok()
        .filter(|s| !s.is_empty())
}

/// What one run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// The `{"error": ...}` object printed on stderr under `--format json`.
    pub fn error(&self) -> Value {
        let v: Value = serde_json::from_str(&self.stderr)
            .unwrap_or_else(|e| panic!("stderr is not JSON ({e}):\n{}", self.stderr));
        v["error"].clone()
    }
}

impl World {
    /// A world on the suite's backend (ORGCTL_TEST_PG, else SQLite).
    pub fn new() -> World {
        let mut w = World::sqlite();
        w.pg = test_server().map(|s| PgDatabase::create(&s));
        w
    }

    /// A world on an SQLite file whatever the suite's backend: for tests of
    /// the file itself.
    pub fn sqlite() -> World {
        let dir = tempfile::tempdir().expect("a temp dir");
        let db = dir.path().join("orgctl.db");
        World {
            dir,
            db,
            pg: None,
            now: NOW.to_string(),
            actor: None,
        }
    }

    /// What `--db` names: the server URL or the file.
    pub fn target(&self) -> std::ffi::OsString {
        match &self.pg {
            Some(pg) => pg.url.clone().into(),
            None => self.db.clone().into(),
        }
    }

    /// A world loaded from `fixtures/NAME`.
    pub fn with_fixture(name: &str) -> World {
        World::new().loaded(name)
    }

    /// An SQLite world loaded from `fixtures/NAME` (tests of the file).
    pub fn sqlite_with_fixture(name: &str) -> World {
        World::sqlite().loaded(name)
    }

    fn loaded(self, name: &str) -> World {
        let f = fixture(name);
        self.ok(&["fixture", "load", f.to_str().unwrap()]);
        self
    }

    /// Sets the actor (`--as`) for the following commands.
    pub fn acting_as(mut self, actor: &str) -> World {
        self.actor = Some(actor.to_string());
        self
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The command, isolated from the user's own environment and config.
    pub fn cmd(&self) -> Command {
        self.cmd_with_actor(true)
    }

    pub fn cmd_with_actor(&self, with_actor: bool) -> Command {
        let mut cmd = self.std_cmd();
        if let Some(actor) = self.actor.as_ref().filter(|_| with_actor) {
            cmd.arg("--as").arg(actor);
        }
        Command::from_std(cmd)
    }

    /// The isolated command with no `--db` and no `--as`.
    pub fn cmd_without_db(&self) -> Command {
        Command::from_std(self.std_cmd_without_db())
    }

    /// `orgctl --db TARGET` isolated from the user's own environment and
    /// config, as a plain `std::process::Command` for tests that spawn
    /// processes and redirect their output.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = self.std_cmd_without_db();
        cmd.arg("--db").arg(self.target());
        cmd
    }

    /// The one place the isolation is written (issue 11): every `ORGCTL_*`
    /// variable removed, `HOME` and the XDG directories in the world's
    /// directory, the world's clock; no `--db`, no `--as`.
    pub fn std_cmd_without_db(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("orgctl"));
        for (var, _) in std::env::vars_os() {
            if var.to_string_lossy().starts_with("ORGCTL_") {
                cmd.env_remove(var);
            }
        }
        cmd.env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("ORGCTL_NOW", &self.now);
        cmd
    }

    /// The command for ARGS (not yet added): an `--as` in ARGS replaces the
    /// world's actor, as in `run`.
    pub fn cmd_for(&self, args: &[&str]) -> Command {
        self.cmd_with_actor(!args.contains(&"--as"))
    }

    /// Runs `orgctl ARGS`; an `--as` in ARGS replaces the world's actor.
    pub fn run(&self, args: &[&str]) -> Run {
        let with_actor = !args.contains(&"--as");
        Run::from(
            self.cmd_with_actor(with_actor)
                .args(args)
                .output()
                .expect("orgctl runs"),
        )
    }

    /// Runs with `--format json`.
    pub fn run_json(&self, args: &[&str]) -> Run {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// Runs, expects exit 0, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(
            r.code, 0,
            "orgctl {args:?} failed:\n{}\n{}",
            r.stdout, r.stderr
        );
        r.stdout
    }

    /// Runs with `--format json`, expects exit 0, returns the JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let r = self.run_json(args);
        assert_eq!(
            r.code, 0,
            "orgctl {args:?} failed:\n{}\n{}",
            r.stdout, r.stderr
        );
        r.json()
    }

    /// Runs with `--format json`, expects `code`, returns the error object.
    pub fn fails(&self, code: i32, args: &[&str]) -> Value {
        let r = self.run_json(args);
        assert_eq!(
            r.code, code,
            "orgctl {args:?}: expected exit {code}, got {}:\n{}\n{}",
            r.code, r.stdout, r.stderr
        );
        r.error()
    }

    /// Every invariant of SPEC §9 holds and the file is sound.
    pub fn assert_invariants(&self) {
        let r = self.run_json(&["check"]);
        assert_eq!(r.code, 0, "invariants broken:\n{}\n{}", r.stdout, r.stderr);
    }

    /// A full logical dump of the database: every table, every row, every
    /// column (issue 11, test honesty), so that a run that should change
    /// nothing and touched any table fails the comparison. Rows are sorted,
    /// so the dump depends on the content only.
    pub fn snapshot(&self) -> Dump {
        self.dump(&[])
    }

    /// `snapshot` without the audit log: for runs that are refused, which
    /// change nothing but write the audit row of the refusal.
    pub fn snapshot_audit_aside(&self) -> Dump {
        self.dump(&["audit"])
    }

    fn dump(&self, aside: &[&str]) -> Dump {
        match &self.pg {
            Some(pg) => pg.dump(aside),
            None => dump(&self.db, aside),
        }
    }
}

impl PgDatabase {
    /// Every table's rows as text (`t::text`), sorted, but `aside`: the
    /// same comparison as `dump` on a PostgreSQL database.
    pub fn dump(&self, aside: &[&str]) -> Dump {
        let mut c = self.client();
        let tables: Vec<String> = c
            .query(
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = current_schema() ORDER BY 1",
                &[],
            )
            .expect("the table list")
            .iter()
            .map(|r| r.get(0))
            .filter(|t: &String| !aside.contains(&t.as_str()))
            .collect();
        let mut all = Dump::new();
        for t in tables {
            let mut rows: Vec<Vec<String>> = c
                .query(&format!("SELECT t::text FROM {t} t"), &[])
                .expect("a table's rows")
                .iter()
                .map(|r| vec![r.get::<_, String>(0)])
                .collect();
            rows.sort();
            all.insert(t, rows);
        }
        all
    }
}

/// Every table's rows, as text, sorted; by table name.
pub type Dump = std::collections::BTreeMap<String, Vec<Vec<String>>>;

/// Dumps the database at `path` read-only, leaving out the tables named in
/// `aside` (and their `sqlite_sequence` rows).
pub fn dump(path: &Path, aside: &[&str]) -> Dump {
    use rusqlite::{Connection, OpenFlags, types::ValueRef};
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .expect("the database opens read-only");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("the table list");
    assert!(tables.len() > 10, "not an orgctl database: {tables:?}");
    let mut all = Dump::new();
    for table in tables.iter().filter(|t| !aside.contains(&t.as_str())) {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .expect("a table reads");
        let width = stmt.column_count();
        let mut rows: Vec<Vec<String>> = stmt
            .query_map([], |r| {
                (0..width)
                    .map(|i| {
                        Ok(match r.get_ref(i)? {
                            ValueRef::Null => "NULL".to_string(),
                            ValueRef::Integer(n) => n.to_string(),
                            ValueRef::Real(x) => format!("{x:?}"),
                            ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
                            ValueRef::Blob(b) => format!("x'{}'", hex(b)),
                        })
                    })
                    .collect()
            })
            .and_then(|rows| rows.collect())
            .expect("rows read");
        if table == "sqlite_sequence" {
            rows.retain(|r| !aside.iter().any(|a| r[0] == format!("{a:?}")));
        }
        rows.sort();
        all.insert(table.clone(), rows);
    }
    all
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The effects of a plan, by kind.
pub fn effects_of<'a>(plan: &'a Value, kind: &str) -> Vec<&'a Value> {
    plan["effects"]
        .as_array()
        .expect("effects")
        .iter()
        .filter(|e| e["effect"] == kind)
        .collect()
}

/// Finds an item of a JSON list by a key's value.
pub fn find<'a>(list: &'a Value, key: &str, value: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|v| v[key] == value)
}
