//! `audit list` filters (--actor, --action, --since, --until) and config
//! profiles (`[profile.NAME]`, --profile, ORGCTL_PROFILE, `profile list`),
//! issue 14 items 6 and 7.

use crate::harness::World;

/// The `action` and `actor` of each row of `audit list ARGS`.
fn rows(w: &World, args: &[&str]) -> Vec<(String, String)> {
    let mut all = vec!["audit", "list"];
    all.extend_from_slice(args);
    w.json(&all)
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["action"].as_str().unwrap().to_string(),
                r["actor"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// A world with a history over three days: the fixture load on day 1,
/// a change by a0 on day 2 (by e-mail), a refusal for a1 and a change by b0
/// (by account ID) on day 3.
fn history() -> World {
    let mut w = World::new();
    w.now = "2026-11-01T10:00:00Z".into();
    let f = crate::harness::fixture("three-companies.toml");
    w.ok(&["fixture", "load", f.to_str().unwrap()]);
    w.now = "2026-11-02T10:00:00Z".into();
    w.ok(&["--as", "a0@a.example", "org", "set", "a", "--seats", "7"]);
    w.now = "2026-11-03T10:00:00Z".into();
    assert_eq!(
        w.run(&["--as", "a1@a.example", "org", "set", "a", "--seats", "8"])
            .code,
        3
    );
    let b0 = w.json(&["user", "show", "b0@b.example"])["account_id"].to_string();
    w.ok(&[
        "--as",
        &b0,
        "user",
        "set",
        "b1@b.example",
        "--name",
        "B One",
    ]);
    w
}

#[test]
fn audit_list_filters_by_time_actor_and_action() {
    let w = history();
    assert_eq!(rows(&w, &[]).len(), 4);
    // --since and --until: RFC 3339, a date (a whole day as --until), an age.
    assert_eq!(
        rows(&w, &["--since", "2026-11-02"]),
        [
            ("org.set".into(), "a0@a.example".into()),
            ("org.set".into(), "a1@a.example".into()),
            (
                "user.set".into(),
                w.json(&["user", "show", "b0@b.example"])["account_id"].to_string()
            ),
        ]
    );
    assert_eq!(rows(&w, &["--until", "2026-11-01"]).len(), 1);
    assert_eq!(
        rows(&w, &["--since", "2026-11-02", "--until", "2026-11-02"]).len(),
        1
    );
    assert_eq!(rows(&w, &["--until", "2026-11-02T10:00:00Z"]).len(), 2);
    assert_eq!(rows(&w, &["--since", "2026-11-02T10:00:01Z"]).len(), 2);
    // Ages count back from the clock (the last run's, 2026-11-03T10:00Z).
    assert_eq!(rows(&w, &["--since", "36h"]).len(), 3);
    assert_eq!(rows(&w, &["--since", "12h"]).len(), 2);
    assert_eq!(rows(&w, &["--until", "1d"]).len(), 2);
    // --action: one action, or a group.
    assert_eq!(rows(&w, &["--action", "org.set"]).len(), 2);
    assert_eq!(rows(&w, &["--action", "user"]).len(), 1);
    assert_eq!(rows(&w, &["--action", "fixture.load"]).len(), 1);
    assert!(rows(&w, &["--action", "us"]).is_empty());
    // --actor: any spelling of the account matches what --as recorded.
    let b0 = rows(&w, &["--actor", "b0@B.example"]);
    assert_eq!(b0.len(), 1);
    assert_eq!(b0[0].0, "user.set");
    assert_eq!(rows(&w, &["--actor", "a-one"]).len(), 1);
    assert_eq!(rows(&w, &["--actor", "1000"]).len(), 1);
    assert_eq!(
        rows(&w, &["--actor", "a1@a.example", "--action", "org"]),
        [("org.set".into(), "a1@a.example".into())]
    );
    // An actor that names no account matches as typed: nothing here.
    assert!(rows(&w, &["--actor", "nobody@x.example"]).is_empty());
}

#[test]
fn audit_list_refuses_a_bad_time_or_range_as_usage() {
    let w = history();
    for args in [
        ["--since", "yesterday"],
        ["--until", "7y"],
        ["--since", "2026-13-01"],
    ] {
        let mut all = vec!["audit", "list"];
        all.extend_from_slice(&args);
        let e = w.fails(2, &all);
        let msg = e["message"].as_str().unwrap();
        assert!(msg.starts_with(args[0]), "{msg}");
        assert!(e["hint"].as_str().unwrap().contains("7d"));
    }
    let e = w.fails(
        2,
        &[
            "audit",
            "list",
            "--since",
            "2026-11-03",
            "--until",
            "2026-11-01",
        ],
    );
    assert!(e["message"].as_str().unwrap().contains("not before"));
}

fn write_config(w: &World, text: &str) -> std::path::PathBuf {
    let path = w.dir().join("profiles.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_profile_names_the_database_and_format() {
    let w = World::with_fixture("three-companies.toml");
    let other = w.dir().join("other.db");
    let config = write_config(
        &w,
        &format!(
            "format = \"csv\"\n[profile.here]\ndb = \"{}\"\nformat = \"json\"\n[profile.other]\ndb = \"{}\"\n",
            w.target().to_string_lossy(),
            other.display()
        ),
    );
    let config = config.to_str().unwrap();
    // The harness passes --db; a profile is below the flag, so run without it.
    let run = |args: &[&str], env: Option<&str>| {
        let mut cmd = w.cmd_without_db();
        cmd.env("ORGCTL_CONFIG", config);
        if let Some(p) = env {
            cmd.env("ORGCTL_PROFILE", p);
        }
        let out = cmd.args(args).output().unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // --profile here: its db (the fixture's) and its format (JSON).
    let (code, out, err) = run(&["--profile", "here", "org", "list"], None);
    assert_eq!(code, 0, "{err}");
    let orgs: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(orgs.as_array().unwrap().len(), 3);
    // ORGCTL_PROFILE=other: another database (created by init: read-only
    // commands do not create one), the top-level format.
    assert!(!other.exists());
    let (code, _, err) = run(&["init"], Some("other"));
    assert_eq!(code, 0, "{err}");
    assert!(other.exists());
    let (code, out, err) = run(&["org", "list"], Some("other"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.trim(),
        "slug,name,plan,seats,seats_used,status,prohibit_outside,prohibit_file_sharing,allow,admin"
    );
    assert!(other.exists());
    // The flag beats the environment.
    let (code, out, _) = run(&["--profile", "here", "org", "list"], Some("other"));
    assert_eq!(code, 0);
    assert!(out.contains("\"slug\": \"a\""));
    // profile list marks the one in use.
    let (code, out, _) = run(&["--format", "json", "profile", "list"], Some("other"));
    assert_eq!(code, 0);
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list[0]["name"], "here");
    assert_eq!(list[0]["active"], false);
    assert_eq!(list[0]["format"], "json");
    assert_eq!(list[1]["name"], "other");
    assert_eq!(list[1]["active"], true);
    // An unknown profile: a usage error naming it, listing the known ones.
    let (code, _, err) = run(&["--profile", "kobe", "org", "list"], None);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no profile named `kobe`"), "{err}");
    assert!(err.contains("here, other"), "{err}");
}

#[test]
fn a_password_in_the_config_file_is_refused() {
    let w = World::new();
    let config = write_config(
        &w,
        "[profile.tokyo]\ndb = \"postgres://boss:hunter2@db.tokyo.example/orgctl\"\n",
    );
    let r = w.run(&["--config", config.to_str().unwrap(), "org", "list"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stderr.contains("profile.tokyo.db holds a password"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("PGPASSWORD") && r.stderr.contains("~/.pgpass"));
    assert!(!r.stderr.contains("hunter2"), "{}", r.stderr);
}

#[test]
fn the_global_as_is_not_an_actor_filter() {
    // `--as` (the world's actor here) names who acts, not whose rows to show.
    let w = history().acting_as("c0@c.example");
    assert_eq!(rows(&w, &[]).len(), 4);
}
