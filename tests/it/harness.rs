//! A small builder for driving the `orgctl` binary on a temporary database
//! through its contract: arguments in, exit code, JSON and messages out.

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

/// One temporary world: a directory, a database in it, a clock.
pub struct World {
    dir: TempDir,
    pub db: PathBuf,
    pub now: String,
    pub actor: Option<String>,
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
    pub fn new() -> World {
        let dir = tempfile::tempdir().expect("a temp dir");
        let db = dir.path().join("orgctl.db");
        World {
            dir,
            db,
            now: NOW.to_string(),
            actor: None,
        }
    }

    /// A world loaded from `fixtures/NAME`.
    pub fn with_fixture(name: &str) -> World {
        let w = World::new();
        let f = fixture(name);
        w.ok(&["fixture", "load", f.to_str().unwrap()]);
        w
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

    fn cmd_with_actor(&self, with_actor: bool) -> Command {
        let mut cmd = Command::cargo_bin("orgctl").expect("the orgctl binary");
        for var in [
            "ORGCTL_DB",
            "ORGCTL_CONFIG",
            "ORGCTL_AS",
            "ORGCTL_FORMAT",
            "ORGCTL_NOW",
            "ORGCTL_PROFILE",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("ORGCTL_NOW", &self.now)
            .arg("--db")
            .arg(&self.db);
        if let Some(actor) = self.actor.as_ref().filter(|_| with_actor) {
            cmd.arg("--as").arg(actor);
        }
        cmd
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

    /// A copy of the database file's bytes, to prove nothing changed.
    pub fn snapshot(&self) -> Value {
        // The observable state: everything the inspection commands show.
        let mut all = serde_json::Map::new();
        for (key, args) in [
            ("orgs", vec!["org", "list"]),
            ("users", vec!["user", "list"]),
            ("chats", vec!["chat", "list"]),
            ("files", vec!["file", "list"]),
            ("tasks", vec!["task", "list"]),
            ("outbox", vec!["outbox", "list"]),
        ] {
            all.insert(key.into(), self.json(&args));
        }
        Value::Object(all)
    }
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
