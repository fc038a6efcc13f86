//! The everyday surface (issue 17): tables at fixed widths on a real
//! pseudo-terminal, prompts, -q and -v, help and man pages, --dry-run and
//! --exit-code on every state change, `user delete --from`, read-only
//! commands on a missing database, and `check` answering on stdout.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::harness::{World, fixture, repo};

/// Shell-quotes one argument.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Runs `orgctl ARGS` on a real pseudo-terminal of `cols` columns (util-linux
/// `script`), typing `input` after a moment; returns the exit code and
/// everything the terminal showed (stdout and stderr together).
fn pty(w: &World, cols: u16, args: &[&str], input: Option<&str>) -> (i32, String) {
    let bin = assert_cmd::cargo::cargo_bin("orgctl");
    let mut line = format!(
        "stty cols {cols} rows 50; exec {} --db {}",
        quote(bin.to_str().unwrap()),
        quote(w.target().to_str().unwrap())
    );
    if let Some(actor) = &w.actor {
        line.push_str(&format!(" --as {}", quote(actor)));
    }
    for a in args {
        line.push(' ');
        line.push_str(&quote(a));
    }
    let mut child = Command::new("script")
        .args(["-q", "-e", "-c", &line, "/dev/null"])
        .env_remove("ORGCTL_DB")
        .env_remove("ORGCTL_CONFIG")
        .env_remove("ORGCTL_AS")
        .env_remove("ORGCTL_FORMAT")
        .env_remove("COLUMNS")
        .env("HOME", w.dir())
        .env("XDG_CONFIG_HOME", w.dir().join("config"))
        .env("XDG_DATA_HOME", w.dir().join("data"))
        .env("ORGCTL_NOW", &w.now)
        .env("TERM", "xterm")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux `script` runs (apt-get install util-linux bsdutils)");
    let mut stdin = child.stdin.take().expect("stdin");
    if let Some(input) = input {
        // The prompt must be up before the answer is typed.
        std::thread::sleep(std::time::Duration::from_millis(1500));
        stdin.write_all(input.as_bytes()).expect("typed");
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    let out = child.wait_with_output().expect("script ends");
    drop(stdin);
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    (out.status.code().unwrap_or(-1), text)
}

fn demo() -> World {
    let w = World::with_fixture("demo.toml");
    // A long e-mail and a long name, the cases that broke tables.
    w.ok(&[
        "--as",
        "ken@kumo.example",
        "--yes",
        "user",
        "add",
        "someone.with.a.long.address@kumo-subsidiary.example",
        "--org",
        "kumo",
        "--name",
        "A rather long name that goes on and on as names of departments do",
    ]);
    w
}

fn table_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.starts_with(['│', '┌', '└', '╞', '├']))
        .collect()
}

#[test]
fn tables_fit_80_and_120_columns_without_breaking_values() {
    let w = demo();
    for cols in [80u16, 120] {
        for args in [&["user", "list"][..], &["org", "list"], &["chat", "list"]] {
            let (code, text) = pty(&w, cols, args, None);
            assert_eq!(code, 0, "{args:?} at {cols}:\n{text}");
            for line in table_lines(&text) {
                assert!(
                    line.chars().count() <= usize::from(cols),
                    "{args:?} at {cols}: a line is {} wide:\n{text}",
                    line.chars().count()
                );
            }
            if args[0] == "user" {
                for email in [
                    "someone.with.a.long.address@kumo-subsidiary.example",
                    "sho@freelance.example",
                ] {
                    assert!(text.contains(email), "{email} broken at {cols}:\n{text}");
                }
            }
        }
    }
    // At 120 columns the user list keeps its status and org; at 80 the
    // columns left out are named.
    let (_, text) = pty(&w, 120, &["user", "list"], None);
    assert!(
        text.contains("pending_first_login") && text.contains("kumo"),
        "{text}"
    );
    let (_, text) = pty(&w, 80, &["user", "list"], None);
    assert!(text.contains("left out to fit 80 columns"), "{text}");
}

#[test]
fn a_terminal_reporting_zero_columns_does_not_collapse_columns() {
    let w = demo();
    let (code, text) = pty(&w, 0, &["user", "list"], None);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("someone.with.a.long.address@kumo-subsidiary.example"),
        "{text}"
    );
    assert!(text.contains("account_id"), "{text}");
}

#[test]
fn tables_are_not_wrapped_when_stdout_is_not_a_terminal() {
    let w = demo();
    let out = w.ok(&["user", "list"]);
    assert!(
        out.contains("A rather long name that goes on and on as names of departments do"),
        "{out}"
    );
    // One line per user: 9 users, a header, three rules.
    assert_eq!(table_lines(&out).len(), 9 + 1 + 3, "{out}");
    // Empty columns take no room: nobody in kumo-only lists has teams… but
    // the Chatwork ID column is empty for a list of pending users.
    let pending = w.ok(&["user", "list", "--status", "pending_first_login"]);
    assert!(!pending.contains("chatwork"), "{pending}");
}

#[test]
fn file_list_shows_human_sizes_and_json_keeps_bytes() {
    let w = World::with_fixture("demo.toml");
    let out = w.ok(&["file", "list"]);
    assert!(out.contains("2.3 MiB") && out.contains("1.8 KiB"), "{out}");
    let json = w.json(&["file", "list"]);
    assert!(json[0]["size"].is_i64(), "{json}");
}

#[test]
fn a_confirmation_prompt_shows_a_preview_not_headed_dry_run_and_no_means_no() {
    let w = World::with_fixture("demo.toml").acting_as("ken@kumo.example");
    let (code, text) = pty(
        &w,
        100,
        &["user", "delete", "taro@kumo.example"],
        Some("n\n"),
    );
    assert_eq!(code, 5, "{text}");
    assert!(text.contains("to confirm"), "{text}");
    assert!(!text.contains("dry run"), "{text}");
    assert!(text.contains("Apply these 21 changes?"), "{text}");
    assert_eq!(
        w.json(&["user", "show", "taro@kumo.example"])["status"],
        "active"
    );
}

#[test]
fn hand_over_asks_on_a_terminal_and_needs_yes_without_one() {
    let w = World::with_fixture("demo.toml").acting_as("ken@kumo.example");
    let r = w.run(&["org", "hand-over", "kumo", "--to", "hana@kumo.example"]);
    assert_eq!(r.code, 5, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    let (code, text) = pty(
        &w,
        100,
        &["org", "hand-over", "kumo", "--to", "hana@kumo.example"],
        Some("y\n"),
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Apply these"), "{text}");
    assert_eq!(
        w.json(&["org", "show", "kumo"])["admin"],
        "hana@kumo.example"
    );
}

#[test]
fn every_state_change_previews_with_dry_run_and_changes_nothing() {
    let w = World::with_fixture("demo.toml").acting_as("ken@kumo.example");
    let before = w.snapshot();
    for args in [
        &[
            "org",
            "create",
            "new",
            "--name",
            "New",
            "--plan",
            "business",
            "--seats",
            "3",
            "--admin-email",
            "boss@new.example",
            "--dry-run",
        ][..],
        &[
            "user",
            "set",
            "taro@kumo.example",
            "--name",
            "T",
            "--dry-run",
        ],
        &[
            "org",
            "hand-over",
            "kumo",
            "--to",
            "hana@kumo.example",
            "--dry-run",
        ],
    ] {
        let plan = w.json(args);
        assert_eq!(plan["dry_run"], true, "{args:?}: {plan}");
        assert!(!plan["effects"].as_array().unwrap().is_empty(), "{plan}");
    }
    assert_eq!(w.snapshot(), before);
}

#[test]
fn exit_code_tells_a_script_whether_a_dry_run_would_change_anything() {
    let w = World::with_fixture("demo.toml").acting_as("ken@kumo.example");
    let would = w.run(&[
        "user",
        "set",
        "taro@kumo.example",
        "--name",
        "T",
        "--dry-run",
        "--exit-code",
    ]);
    assert_eq!(would.code, 10, "{}", would.stderr);
    let same = w.run(&[
        "user",
        "set",
        "taro@kumo.example",
        "--name",
        "Taro Tanaka",
        "--dry-run",
        "--exit-code",
    ]);
    assert_eq!(same.code, 0, "{}\n{}", same.stdout, same.stderr);
    // Without --dry-run the flag is a usage error, never silently ignored.
    assert_eq!(
        w.run(&[
            "user",
            "set",
            "taro@kumo.example",
            "--name",
            "T",
            "--exit-code"
        ])
        .code,
        2
    );
}

#[test]
fn quiet_prints_only_the_result_and_verbose_says_what_happens() {
    let w = World::with_fixture("demo.toml").acting_as("ken@kumo.example");
    let r = w.run(&[
        "-q",
        "--yes",
        "user",
        "set",
        "taro@kumo.example",
        "--name",
        "Taro T",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "", "an applied change prints nothing under -q");
    assert_eq!(r.stderr, "");
    let dry = w.run(&["-q", "user", "delete", "taro@kumo.example", "--dry-run"]);
    assert!(dry.stdout.starts_with("1. ["), "{}", dry.stdout);
    assert!(!dry.stdout.contains("total"), "{}", dry.stdout);
    let init = w.run(&["-q", "init"]);
    assert_eq!((init.stdout.as_str(), init.stderr.as_str()), ("", ""));
    let none = w.run(&["-q", "user", "list", "--status", "deleted"]);
    assert_eq!(
        (none.code, none.stderr.as_str()),
        (0, ""),
        "(none) is a note"
    );

    let v = w.run(&["-v", "org", "list"]);
    assert_eq!(v.code, 0);
    assert!(v.stderr.contains("orgctl: database"), "{}", v.stderr);
    assert!(v.stderr.contains("opened"), "{}", v.stderr);
    assert!(v.stderr.contains("finished in"), "{}", v.stderr);
    assert!(!v.stdout.contains("orgctl:"), "the trace stays off stdout");
}

#[test]
fn plans_cite_a_rule_for_every_effect_and_a_blocked_plan_has_no_total() {
    let w = World::with_fixture("demo.toml").acting_as("ken@kumo.example");
    let plan = w.json(&["user", "delete", "taro@kumo.example", "--dry-run"]);
    for e in plan["effects"].as_array().unwrap() {
        if ["file_deleted", "chat_deleted", "task_deleted"].contains(&e["effect"].as_str().unwrap())
        {
            assert!(e["rule"].is_string(), "{e}");
        }
    }
    let text = w.ok(&["user", "delete", "taro@kumo.example", "--dry-run"]);
    // Numbered in the order shown: 1, 2, 3, ...
    let numbers: Vec<usize> = text
        .lines()
        .filter_map(|l| {
            l.strip_prefix("│ ")?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .collect();
    assert_eq!(numbers, (1..=numbers.len()).collect::<Vec<_>>(), "{text}");
    assert!(text.contains("1 account deleted"), "{text}");
    assert!(
        !text.contains("[L"),
        "rules are cited in the rule column only:\n{text}"
    );
    // The admin cannot be deleted (D1): blocked, and no total.
    let blocked = w.run(&["user", "delete", "ken@kumo.example", "--dry-run"]);
    assert_eq!(blocked.code, 3);
    assert!(
        blocked.stdout.contains("blocked [D1]"),
        "{}",
        blocked.stdout
    );
    assert!(!blocked.stdout.contains("total"), "{}", blocked.stdout);
}

#[test]
fn user_delete_reads_users_from_a_file_stdin_or_the_user_list_csv() {
    let w = World::with_fixture("demo.toml").acting_as("ken@kumo.example");
    let list = w.dir().join("leavers.txt");
    std::fs::write(&list, "# leavers\ntaro@kumo.example\n\n10004\n").unwrap();
    let plan = w.json(&[
        "user",
        "delete",
        "--from",
        list.to_str().unwrap(),
        "--dry-run",
    ]);
    let deleted: Vec<&str> = plan["effects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["effect"] == "account_deleted")
        .map(|e| e["account"].as_str().unwrap())
        .collect();
    assert_eq!(deleted.len(), 2, "{plan}");

    // The CSV that `user list --format csv` writes, through standard input.
    let csv = w.ok(&[
        "--format",
        "csv",
        "user",
        "list",
        "--status",
        "pending_first_login",
    ]);
    let mut cmd = w.cmd();
    let out = cmd
        .args(["--format", "json", "--yes", "user", "delete", "--from", "-"])
        .write_stdin(csv)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        w.json(&["user", "show", "yui@kumo.example"])["status"],
        "deleted"
    );

    let empty = w.dir().join("empty.txt");
    std::fs::write(&empty, "\n").unwrap();
    assert_eq!(
        w.run(&["user", "delete", "--from", empty.to_str().unwrap()])
            .code,
        2
    );
    assert_eq!(w.run(&["user", "delete"]).code, 2);
}

#[test]
fn a_read_only_command_on_a_missing_database_fails_and_creates_nothing() {
    let w = World::sqlite();
    let csv = w.dir().join("staff.csv");
    std::fs::write(&csv, "name,account_id\nKen,1001\n").unwrap();
    let csv = csv.to_str().unwrap();
    for args in [
        &["org", "list"][..],
        &["user", "show", "x@y.example"],
        &["check"],
        &[
            "--as",
            "a@b.example",
            "user",
            "delete",
            "x@y.example",
            "--dry-run",
        ],
        &[
            "--as",
            "a@b.example",
            "staff",
            "import",
            csv,
            "--org",
            "a",
            "--dry-run",
        ],
    ] {
        let e = w.fails(4, args);
        let message = e["message"].as_str().unwrap();
        assert!(message.contains("no database at"), "{message}");
        assert!(message.contains("orgctl init"), "{message}");
    }
    assert!(!w.db.exists(), "a read created the database");
    w.ok(&["init"]);
    assert!(w.db.exists());
}

#[test]
fn check_prints_violations_with_rule_and_fix_and_exits_3() {
    let w = World::sqlite_with_fixture("demo.toml");
    let ok = w.json(&["check"]);
    assert_eq!(ok["violations"], serde_json::json!([]));
    // Break I2 behind orgctl's back.
    let conn = rusqlite::Connection::open(&w.db).unwrap();
    conn.execute("UPDATE orgs SET seats = 1 WHERE slug = 'kumo'", [])
        .unwrap();
    drop(conn);
    let r = w.run_json(&["check"]);
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    let report = r.json();
    let v = &report["violations"][0];
    assert_eq!(v["rule"], "I2");
    assert_eq!(r.error()["code"], 3, "the error object goes to stderr too");
    assert!(
        v["hint"].as_str().unwrap().contains("org set kumo --seats"),
        "{v}"
    );
    let text = w.run(&["check"]);
    assert_eq!(text.code, 3);
    assert!(
        text.stdout.contains("I2") && text.stdout.contains("violation"),
        "{}",
        text.stdout
    );
}

#[test]
fn help_describes_every_option_with_global_options_apart_and_examples() {
    let w = World::new();
    let help = w.ok(&["user", "delete", "--help"]);
    assert!(help.contains("Global options:"), "{help}");
    assert!(help.contains("Examples:"), "{help}");
    let options = help.split("Global options:").next().unwrap();
    assert!(
        !options.contains("--db"),
        "global options sit apart:\n{help}"
    );
    let list = w.ok(&["user", "list", "--help"]);
    assert!(
        list.contains("pending_first_login"),
        "enum values are listed:\n{list}"
    );
    let top = w.ok(&["--help"]);
    assert!(
        top.contains("docs/rules.md") && top.contains("docs/cli.md"),
        "{top}"
    );
    assert!(!top.contains("../shared"), "{top}");
}

#[test]
fn the_committed_man_pages_match_the_binary() {
    let w = World::new();
    let dir = w.dir().join("man");
    w.ok(&["-q", "manpages", dir.to_str().unwrap()]);
    let mut generated: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    generated.sort();
    let mut committed: Vec<String> = std::fs::read_dir(repo().join("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    committed.sort();
    assert_eq!(
        generated, committed,
        "man/ is out of date; regenerate with completions/regenerate.sh"
    );
    for name in generated {
        let a = std::fs::read_to_string(dir.join(&name)).unwrap();
        let b = std::fs::read_to_string(repo().join("man").join(&name)).unwrap();
        assert!(
            a == b,
            "man/{name} is out of date; regenerate with completions/regenerate.sh"
        );
    }
}

#[test]
fn every_link_in_the_readme_and_docs_resolves_inside_the_repository() {
    for doc in [
        "README.md",
        "ARCHITECTURE.md",
        "docs/rules.md",
        "docs/cli.md",
    ] {
        let path = repo().join(doc);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("../shared"),
            "{doc} links outside the repository"
        );
        let mut rest = text.as_str();
        while let Some(i) = rest.find("](") {
            rest = &rest[i + 2..];
            let target = &rest[..rest.find(')').unwrap()];
            if target.starts_with("http") || target.starts_with('#') {
                continue;
            }
            let file = target.split('#').next().unwrap();
            let resolved = path.parent().unwrap().join(file);
            assert!(resolved.exists(), "{doc}: link {target} does not resolve");
        }
    }
    let _ = fixture("demo.toml");
}

#[test]
fn long_work_stays_silent_without_a_terminal() {
    let w = World::new();
    let r = w.run(&[
        "fixture", "generate", "--orgs", "2", "--users", "40", "--seed", "3",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Only the closing note: no bar, no spinner, no control characters.
    assert!(
        !r.stderr.contains('\u{1b}') && !r.stderr.contains('\r'),
        "{:?}",
        r.stderr
    );
    assert!(r.stderr.starts_with("generated in"), "{}", r.stderr);
    let q = w.run(&["-q", "check"]);
    assert_eq!((q.code, q.stderr.as_str()), (0, ""));
    // On a terminal, check names its step while it works and ends with the
    // answer on stdout.
    let (code, text) = pty(&w, 100, &["check"], None);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("every invariant (I1-I5) holds"), "{text}");
}
