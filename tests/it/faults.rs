//! Fault injection (issue 15.9) and honest exit codes after a commit (15.4):
//! a failure at each step of a state-changing command — before the write
//! lock, inside the transaction, just before `COMMIT`, after it while the
//! report is printed, standard output on a full disk, a database that may
//! not grow (disk full) or may not be written (read-only) — and, each time,
//! the exit code, the message and the database state.
//!
//! Steps are reached through the debug-build hook of `src/fault.rs`
//! (`ORGCTL_FAULT=POINT`); standard output on a full disk is the real
//! `/dev/full`.

use std::process::Stdio;

use super::harness::*;

/// The demo world, acting as kumo's admin.
fn demo() -> World {
    World::with_fixture("demo.toml").acting_as("ken@kumo.example")
}

const DELETE: [&str; 4] = ["--yes", "user", "delete", "taro@kumo.example"];

/// Runs `args` (with `--format json`) with `ORGCTL_FAULT=point`.
fn with_fault(w: &World, point: &str, args: &[&str]) -> Run {
    let mut cmd = w.cmd();
    cmd.env("ORGCTL_FAULT", point).arg("--format").arg("json");
    let out = cmd.args(args).output().expect("orgctl runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn audit_rows(w: &World) -> Vec<serde_json::Value> {
    w.json(&["audit", "list"]).as_array().unwrap().clone()
}

fn taro_status(w: &World) -> String {
    w.json(&["user", "show", "taro@kumo.example"])["status"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A failure before anything is written, or inside the transaction before
/// `COMMIT`, is exit 1 and leaves every table as it was, the audit log
/// included: the audit row is written in the change's own transaction, so
/// it rolls back with it.
#[test]
fn a_failure_at_or_before_commit_is_exit_1_and_changes_nothing_not_even_the_audit() {
    for point in ["begin", "commit"] {
        let w = demo();
        let before = w.snapshot();
        let r = with_fault(&w, point, &DELETE);
        assert_eq!(r.code, 1, "{point}: {}", r.stderr);
        let e = r.error();
        assert_eq!(e["kind"], "unexpected");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains(&format!("injected fault at step {point}")),
            "{e}"
        );
        assert!(r.stdout.is_empty(), "no plan is printed as applied");
        assert_eq!(
            w.snapshot(),
            before,
            "{point}: nothing changed, audit included"
        );
        w.assert_invariants();
    }
}

/// After `COMMIT`, a failure to print the report is exit 7: the message says
/// the change was applied and names its audit row, never "nothing was
/// changed", and the change stays.
#[test]
fn a_failure_after_commit_is_exit_7_saying_the_change_was_applied() {
    let w = demo();
    let r = with_fault(&w, "output", &DELETE);
    assert_eq!(r.code, 7, "{}", r.stderr);
    let e = r.error();
    assert_eq!(e["code"], 7);
    assert_eq!(e["kind"], "report_failed");
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("user.delete was applied"), "{message}");
    assert!(!message.contains("nothing was changed"), "{message}");
    assert!(
        e["hint"].as_str().unwrap().contains("do not run it again"),
        "{e}"
    );
    assert_eq!(taro_status(&w), "deleted");
    let log = audit_rows(&w);
    let last = log.last().unwrap();
    assert_eq!(last["action"], "user.delete");
    assert_eq!(last["result"], "ok");
    assert!(
        message.contains(&format!("audit row {}", last["id"])),
        "the message names the audit row: {message}"
    );
    w.assert_invariants();
}

/// Standard output on a full disk (the real `/dev/full`, ENOSPC) after the
/// commit: exit 7, the message on standard error, the change applied. Today's
/// orgctl said exit 1, as if nothing had happened.
#[test]
fn stdout_on_a_full_disk_after_a_commit_is_exit_7_and_the_change_stays() {
    for format in ["json", "table"] {
        let w = demo();
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full exists on Linux");
        let out = w
            .std_cmd()
            .args(["--as", "ken@kumo.example", "--format", format])
            .args(DELETE)
            .stdin(Stdio::null())
            .stdout(Stdio::from(full))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(7), "{format}: {stderr}");
        assert!(stderr.contains("was applied"), "{stderr}");
        assert!(stderr.contains("No space left on device"), "{stderr}");
        assert_eq!(taro_status(&w), "deleted");
    }
}

/// The bulk loads keep the same promise: a fixture committed and then not
/// reported is exit 7, with the fixture in the database.
#[test]
fn a_bulk_load_whose_report_fails_after_commit_is_exit_7() {
    let w = World::new();
    let demo = fixture("demo.toml");
    let r = with_fault(&w, "output", &["fixture", "load", demo.to_str().unwrap()]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("fixture.load was applied")
    );
    assert_eq!(w.json(&["org", "list"]).as_array().unwrap().len(), 3);
    let log = audit_rows(&w);
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["action"], "fixture.load");
}

/// A staff import committed and then not reported (its rejects file or its
/// report) is exit 7, with the rows in the roster and one audit row.
#[test]
fn a_staff_import_whose_report_fails_after_commit_is_exit_7() {
    let w = demo();
    let csv = w.dir().join("staff.csv");
    std::fs::write(&csv, "name,account_id\nKen Sato,10001\nHana Suzuki,10002\n").unwrap();
    let before = audit_rows(&w).len();
    let r = with_fault(
        &w,
        "output",
        &["staff", "import", csv.to_str().unwrap(), "--org", "kumo"],
    );
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("staff.import was applied")
    );
    assert_eq!(
        w.json(&["staff", "list", "--org", "kumo"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let log = audit_rows(&w);
    assert_eq!(
        log.len(),
        before + 1,
        "one audit row, written with the rows"
    );
    assert_eq!(log.last().unwrap()["result"], "ok");
}

/// A refusal found inside the write transaction (with `--yes` the plan is
/// computed only there) is audited in that transaction; a fault before its
/// `COMMIT` loses the refusal's row but never the refusal: exit 3, as asked.
#[test]
fn a_refusal_inside_the_transaction_is_audited_there_and_stays_a_refusal() {
    let w = demo();
    let before = audit_rows(&w).len();
    let e = w.fails(3, &["--yes", "user", "delete", "ken@kumo.example"]);
    assert_eq!(e["blockers"][0]["rule"], "D1");
    let log = audit_rows(&w);
    assert_eq!(log.len(), before + 1);
    let result = log.last().unwrap()["result"].as_str().unwrap().to_string();
    assert!(
        result.starts_with("refused") && result.contains("[D1]"),
        "{result}"
    );

    let snapshot = w.snapshot();
    let r = with_fault(
        &w,
        "commit",
        &["--yes", "user", "delete", "ken@kumo.example"],
    );
    assert_eq!(r.code, 3, "the refusal, not the fault: {}", r.stderr);
    assert_eq!(r.error()["blockers"][0]["rule"], "D1");
    assert_eq!(w.snapshot(), snapshot);
}

/// A database that may not grow (SQLite's "database or disk is full", here
/// by `PRAGMA max_page_count`): exit 1 with a message that says the disk is
/// full and nothing was changed, and the state as it was.
#[test]
fn a_full_disk_during_the_transaction_changes_nothing_and_says_so() {
    let w = World::sqlite();
    w.ok(&["init"]);
    let before = w.snapshot();
    let r = with_fault(
        &w,
        "disk-full",
        &[
            "fixture",
            "generate",
            "--users",
            "2000",
            "--messages",
            "2000",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let e = r.error();
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("full"), "{message}");
    assert!(message.contains("nothing was changed"), "{message}");
    assert!(e["hint"].as_str().unwrap().contains("free"), "{e}");
    assert_eq!(w.snapshot(), before);
    w.assert_invariants();

    // And through the plan engine: a transfer request of 300 users writes
    // far more than the free room of the file's pages.
    let w = World::sqlite();
    let fx = w.dir().join("transfer.toml");
    std::fs::write(&fx, super::crash::transfer_fixture(300)).unwrap();
    w.ok(&["fixture", "load", fx.to_str().unwrap()]);
    let before = w.snapshot();
    let mut args = vec![
        "--yes",
        "--as",
        "s0@src.example",
        "transfer",
        "request",
        "--from",
        "src",
        "--to-admin",
        "d0@dst.example",
    ];
    let users: Vec<String> = (0..300).map(|i| format!("u{i}@src.example")).collect();
    args.extend(users.iter().map(String::as_str));
    let r = with_fault(&w, "disk-full", &args);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("nothing was changed")
    );
    assert_eq!(w.snapshot(), before);
}

/// A database this process may not write (opened read-only, as SQLite does
/// when the file is write-protected: the tests run as root, for whom
/// permissions would not bite, hence the hook): reading works, a change is
/// exit 1 naming the file and the permissions, and nothing changes.
#[test]
fn a_read_only_database_reads_and_refuses_changes_with_a_hint() {
    let w = World::sqlite_with_fixture("demo.toml").acting_as("ken@kumo.example");
    let before = w.snapshot();
    let r = with_fault(&w, "read-only", &["org", "list"]);
    assert_eq!(
        r.code, 0,
        "reading a read-only database works: {}",
        r.stderr
    );
    let r = with_fault(&w, "read-only", &DELETE);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let e = r.error();
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("read-only"), "{message}");
    assert!(message.contains("nothing was changed"), "{message}");
    assert!(e["hint"].as_str().unwrap().contains("permissions"), "{e}");
    assert_eq!(w.snapshot(), before);
}

/// The same two promises for other kinds of state change: before `COMMIT`
/// nothing (audit included) changes and the exit is 1; after it the change
/// stays, its audit row is there, and the exit is 7.
#[test]
fn every_kind_of_change_keeps_both_promises() {
    let commands: [&[&str]; 4] = [
        &["--yes", "org", "set", "kumo", "--seats", "9"],
        &["--yes", "user", "add", "new@kumo.example", "--org", "kumo"],
        &[
            "--yes",
            "user",
            "set",
            "hana@kumo.example",
            "--name",
            "Hana S.",
        ],
        &[
            "--yes",
            "transfer",
            "request",
            "--from",
            "kumo",
            "--to-admin",
            "mika@sora.example",
            "taro@kumo.example",
        ],
    ];
    for args in commands {
        let w = demo();
        let before = w.snapshot();
        let r = with_fault(&w, "commit", args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        assert_eq!(
            w.snapshot(),
            before,
            "{args:?}: nothing changed, audit included"
        );

        let r = with_fault(&w, "output", args);
        assert_eq!(r.code, 7, "{args:?}: {}", r.stderr);
        assert!(
            r.error()["message"]
                .as_str()
                .unwrap()
                .contains("was applied")
        );
        assert_ne!(
            w.snapshot_audit_aside(),
            before_audit_aside(&before),
            "{args:?}: applied"
        );
        let log = audit_rows(&w);
        assert_eq!(log.last().unwrap()["result"], "ok", "{args:?}");
        w.assert_invariants();
    }
}

/// `before` without its audit table, to compare with `snapshot_audit_aside`.
fn before_audit_aside(before: &Dump) -> Dump {
    let mut d = before.clone();
    d.remove("audit");
    d.entry("sqlite_sequence".into())
        .and_modify(|rows| rows.retain(|r| r[0] != "\"audit\""));
    d
}
