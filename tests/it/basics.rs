//! The house rules: the database file, settings, exit codes, error output,
//! completions.

use super::harness::*;

#[test]
fn init_creates_a_private_database_and_is_idempotent() {
    let w = World::sqlite();
    w.ok(&["init"]);
    w.ok(&["init"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&w.db).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    w.assert_invariants();
}

#[test]
fn the_default_database_lives_in_the_data_dir() {
    let w = World::new();
    let mut cmd = assert_cmd::Command::cargo_bin("orgctl").unwrap();
    for var in ["ORGCTL_DB", "ORGCTL_CONFIG", "ORGCTL_AS", "ORGCTL_FORMAT"] {
        cmd.env_remove(var);
    }
    let out = cmd
        .env("HOME", w.dir())
        .env("XDG_DATA_HOME", w.dir().join("data"))
        .env("XDG_CONFIG_HOME", w.dir().join("config"))
        .arg("init")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(w.dir().join("data/orgctl/orgctl.db").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_exit_1_without_a_panic() {
    let w = World::sqlite();
    std::fs::write(&w.db, "this is not sqlite, just text ".repeat(200)).unwrap();
    let r = w.run(&["org", "list"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("not a database"), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"));
}

#[test]
fn a_directory_as_database_is_exit_1() {
    let w = World::sqlite();
    std::fs::create_dir(&w.db).unwrap();
    let r = w.run(&["org", "list"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("directory"));
}

#[test]
fn a_database_from_a_newer_orgctl_is_refused() {
    let w = World::sqlite();
    w.ok(&["init"]);
    let conn = rusqlite::Connection::open(&w.db).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let r = w.run(&["org", "list"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("newer orgctl"), "{}", r.stderr);
}

#[test]
fn a_locked_database_is_exit_75_and_nothing_changes() {
    let w = World::sqlite_with_fixture("three-companies.toml");
    let conn = rusqlite::Connection::open(&w.db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let r = w
        .cmd()
        .env("ORGCTL_BUSY_TIMEOUT_MS", "200")
        .args(["--as", "a0@a.example", "org", "set", "a", "--seats", "9"])
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(75),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    conn.execute_batch("ROLLBACK").unwrap();
    drop(conn);
    assert_eq!(w.json(&["org", "show", "a"])["seats"], 5);
}

#[test]
fn usage_errors_are_exit_2_and_json_when_asked() {
    let w = World::new();
    assert_eq!(w.run(&["org", "frobnicate"]).code, 2);
    let e = w.fails(2, &["org", "create", "x"]);
    assert_eq!(e["kind"], "usage");
    assert_eq!(e["code"], 2);
}

#[test]
fn help_and_version_exit_0() {
    let w = World::new();
    assert!(w.ok(&["--help"]).contains("Exit codes"));
    assert!(w.ok(&["--version"]).starts_with("orgctl "));
}

#[test]
fn a_bad_clock_is_a_usage_error() {
    let mut w = World::new();
    w.now = "yesterday".into();
    let r = w.run(&["org", "list"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("ORGCTL_NOW"));
}

#[test]
fn config_file_supplies_defaults_and_flags_win() {
    let w = World::with_fixture("three-companies.toml");
    let config = w.dir().join("orgctl.toml");
    std::fs::write(&config, "actor = \"b1@b.example\"\nformat = \"json\"\n").unwrap();
    let cfg = config.to_str().unwrap();
    // The config's format applies...
    let r = w.run(&["--config", cfg, "org", "show", "a"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.json()["slug"], "a");
    // ...its actor (a member) is refused, and the flag beats it.
    assert_eq!(
        w.run(&["--config", cfg, "org", "set", "a", "--seats", "6"])
            .code,
        3
    );
    let r = w.run(&[
        "--config",
        cfg,
        "--as",
        "a0@a.example",
        "org",
        "set",
        "a",
        "--seats",
        "6",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The environment beats the config file too.
    let r = w
        .cmd()
        .env("ORGCTL_FORMAT", "csv")
        .args(["--config", cfg, "org", "show", "a"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&r.stdout).starts_with("slug,name,plan"));
}

#[test]
fn an_unknown_config_key_names_the_key_and_the_file() {
    let w = World::new();
    let config = w.dir().join("bad.toml");
    std::fs::write(&config, "[transfer]\nttl_dayz = 3\n").unwrap();
    let r = w.run(&["--config", config.to_str().unwrap(), "org", "list"]);
    assert_eq!(r.code, 3);
    assert!(
        r.stderr.contains("ttl_dayz") && r.stderr.contains("bad.toml"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_committed_completions_match_the_binary() {
    let w = World::new();
    for (shell, file) in [
        ("bash", "orgctl.bash"),
        ("zsh", "_orgctl"),
        ("fish", "orgctl.fish"),
        ("powershell", "_orgctl.ps1"),
        ("elvish", "orgctl.elv"),
    ] {
        let generated = w.ok(&["completions", shell]);
        let path = repo().join("completions").join(file);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            generated == committed,
            "completions/{file} is out of date; regenerate with: cargo run -q -- completions {shell} > completions/{file}"
        );
    }
}

#[test]
fn every_state_change_is_audited_with_its_actor() {
    let w = World::with_fixture("three-companies.toml");
    w.ok(&["--as", "a0@a.example", "org", "set", "a", "--seats", "7"]);
    assert_eq!(
        w.run(&["--as", "a1@a.example", "org", "set", "a", "--seats", "8"])
            .code,
        3
    );
    let log = w.json(&["audit", "list"]);
    let rows = log.as_array().unwrap();
    let last_two = &rows[rows.len() - 2..];
    assert_eq!(last_two[0]["actor"], "a0@a.example");
    assert_eq!(last_two[0]["action"], "org.set");
    assert_eq!(last_two[0]["result"], "ok");
    assert_eq!(last_two[1]["actor"], "a1@a.example");
    assert!(
        last_two[1]["result"]
            .as_str()
            .unwrap()
            .starts_with("refused")
    );
    let since = w.json(&["audit", "list", "--since", "2030-01-01T00:00:00Z"]);
    assert_eq!(since.as_array().unwrap().len(), 0);
}

#[test]
fn table_and_csv_outputs_are_readable() {
    let w = World::with_fixture("three-companies.toml");
    let table = w.ok(&["user", "list", "--org", "b"]);
    assert!(table.contains("b1@b.example") && table.contains("account_id"));
    let csv = w.ok(&["--format", "csv", "user", "list"]);
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("account_id,chatwork_id,name,email")
    );
    assert!(lines.any(|l| l.starts_with("2001,b-one,b1,b1@b.example")));
}
