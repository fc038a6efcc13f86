//! The staff import's batches (issue 18.3): rows are resolved and written a
//! batch at a time, and where the batches begin and end changes nothing
//! (S5, S6: the same errors on the same lines, the same roster, the same
//! report). A debug build takes the batch size from `ORGCTL_STAFF_BATCH`,
//! so these tests put the boundaries where they want them; the statement
//! count grows with the batches, not the rows (13.6), on both backends.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::harness::*;

fn world() -> World {
    World::with_fixture("three-companies.toml").acting_as("a0@a.example")
}

fn write(w: &World, name: &str, text: &str) -> PathBuf {
    let path = w.dir().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// What one run printed and returned.
#[derive(Debug, PartialEq)]
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

/// `orgctl --format json staff import FILE --org ORG EXTRA…` with batches
/// of `batch` rows (0: the built-in size).
fn import(w: &World, file: &Path, org: &str, batch: usize, extra: &[&str]) -> Outcome {
    let mut cmd = w.cmd();
    if batch > 0 {
        cmd.env("ORGCTL_STAFF_BATCH", batch.to_string());
    }
    let out = cmd
        .args(["--format", "json", "staff", "import"])
        .arg(file)
        .args(["--org", org])
        .args(extra)
        .output()
        .unwrap();
    Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn report(o: &Outcome) -> Value {
    serde_json::from_str(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", o.stdout, o.stderr))
}

fn error_lines(report: &Value) -> Vec<u64> {
    report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect()
}

/// The roster's names in the order the entries were added.
fn names(w: &World) -> Vec<String> {
    w.json(&["staff", "list", "--org", "a"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect()
}

/// S5: a row that names an account an earlier row named is a duplicate even
/// when the earlier row is in another batch, and its error names that line.
#[test]
fn a_duplicate_in_a_later_batch_names_the_line_of_the_first() {
    let w = world();
    // Batches of 2: lines 2–3, then 4–5; line 5 repeats line 2's account,
    // line 4 repeats line 3's by its Chatwork ID in another case.
    let file = write(
        &w,
        "dup.csv",
        "name,account_id,chatwork_id\nZero,1000,\nOne,1001,\nOne again,,A-ONE\nZero again,1000,\n",
    );
    let o = import(&w, &file, "a", 2, &["--dry-run"]);
    assert_eq!(o.code, 3, "{o:?}");
    let r = report(&o);
    assert_eq!(error_lines(&r), [4, 5], "{r}");
    let text = r["errors"].to_string();
    assert!(
        text.contains("line 3 already names account 1001 (a1@a.example)"),
        "{text}"
    );
    assert!(
        text.contains("line 2 already names account 1000 (a0@a.example)"),
        "{text}"
    );
    // The same report, byte for byte, in one batch.
    assert_eq!(import(&w, &file, "a", 0, &["--dry-run"]), o);
    // Written with --skip-invalid: the first two rows only, exit 6.
    let o = import(&w, &file, "a", 2, &["--skip-invalid"]);
    assert_eq!(o.code, 6, "{o:?}");
    assert_eq!(names(&w), ["Zero", "One"]);
}

/// S5: errors on the first and the last row of a batch are reported on
/// their lines, and the good rows around them are written in file order.
#[test]
fn errors_on_the_first_and_last_row_of_a_batch() {
    let w = world();
    // Batches of 3: lines 2–4, 5–7, 8. Bad: 2 (first of the first batch),
    // 4 (its last), 5 (first of the second), 8 (the last batch's only row).
    let file = write(
        &w,
        "edges.csv",
        "name,account_id,chatwork_id\n\
         Nobody,999999,\n\
         Zero,1000,\n\
         Other org,2001,\n\
         ,1001,\n\
         One,1001,\n\
         Gone,,zz-none\n\
         Zero twice,1000,\n",
    );
    let dry = import(&w, &file, "a", 3, &["--dry-run", "--skip-invalid"]);
    assert_eq!(dry.code, 6, "{dry:?}");
    assert_eq!(error_lines(&report(&dry)), [2, 4, 5, 7, 8]);
    assert_eq!(
        import(&w, &file, "a", 0, &["--dry-run", "--skip-invalid"]),
        dry
    );
    let rejects = w.dir().join("rejects.csv");
    let real = import(
        &w,
        &file,
        "a",
        3,
        &["--skip-invalid", "--rejects", rejects.to_str().unwrap()],
    );
    assert_eq!(real.code, 6, "{real:?}");
    let r = report(&real);
    assert_eq!(error_lines(&r), [2, 4, 5, 7, 8]);
    assert_eq!(
        (r["created"].as_u64(), r["applied"].as_bool()),
        (Some(2), Some(true))
    );
    assert_eq!(names(&w), ["Zero", "One"]);
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    assert_eq!(rejected.lines().count(), 6, "{rejected}");
    // S6: the same file again changes nothing, in any batching.
    let again = import(&w, &file, "a", 1, &["--dry-run", "--skip-invalid"]);
    let r = report(&again);
    assert_eq!(
        (r["created"].as_u64(), r["unchanged"].as_u64()),
        (Some(0), Some(2))
    );
}

/// I7, S5: the batch size never changes what an import reports or writes:
/// a file mixing method A, updates, method B rows found again and
/// registration requests (which reserve seats row by row, R1), run with
/// batches of 1, 2 and the built-in size on fresh copies of one world, gives
/// the same output, exit code and roster.
#[test]
fn the_batch_size_changes_neither_the_report_nor_the_roster() {
    let first = "name,account_id,chatwork_id,email\n\
                 Zero,1000,,\n\
                 One,,a-one,\n\
                 Invitee,,,new1@x.example\n";
    let second = "name,account_id,chatwork_id,email\n\
                  Zero renamed,1000,,\n\
                  One,,A-ONE,\n\
                  Invitee,,,NEW1@x.example\n\
                  Two,,,new2@x.example\n\
                  Three,,,new3@x.example\n\
                  Four,,,new4@x.example\n\
                  Five,,,new5@x.example\n\
                  Dup,,,new2@x.example\n\
                  Other,2000,,\n\
                  Zero again,1000,,\n";
    let mut seen: Option<Vec<Outcome>> = None;
    for batch in [1, 2, 0] {
        let w = world();
        let f1 = write(&w, "first.csv", first);
        let f2 = write(&w, "second.csv", second);
        let mut outcomes = vec![import(&w, &f1, "a", batch, &["--invite"])];
        for extra in [
            &["--invite", "--dry-run"][..],
            &["--invite", "--skip-invalid", "--dry-run"][..],
            &["--invite", "--skip-invalid"][..],
        ] {
            outcomes.push(import(&w, &f2, "a", batch, extra));
        }
        let roster = w.ok(&["--format", "json", "staff", "list", "--org", "a"]);
        outcomes.push(Outcome {
            code: 0,
            stdout: roster,
            stderr: String::new(),
        });
        assert_eq!(outcomes[0].code, 0, "{:?}", outcomes[0]);
        assert_eq!(outcomes[3].code, 6, "{:?}", outcomes[3]);
        match &seen {
            None => seen = Some(outcomes),
            Some(expected) => assert_eq!(&outcomes, expected, "batches of {batch}"),
        }
    }
}

/// The SQL statements of one import (ORGCTL_STATEMENT_COUNT).
fn statements(w: &World, file: &Path, batch: usize, extra: &[&str]) -> u64 {
    let mut cmd = w.cmd();
    if batch > 0 {
        cmd.env("ORGCTL_STAFF_BATCH", batch.to_string());
    }
    let out = cmd
        .env("ORGCTL_STATEMENT_COUNT", "1")
        .args(["--format", "json", "staff", "import"])
        .arg(file)
        .args(["--org", "org0000"])
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(matches!(out.status.code(), Some(0) | Some(3)), "{stderr}");
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("orgctl: ")?.strip_suffix(" SQL statements"))
        .unwrap_or_else(|| panic!("no statement count in: {stderr}"))
        .parse()
        .unwrap()
}

/// 13.6, 18.3: an import's statements (round trips on the server) grow with
/// its batches, not its rows: 400 rows in one batch cost what 40 rows do,
/// good rows or bad, dry run or real; and 400 rows in 10 batches cost a
/// bounded number more per extra batch.
#[test]
fn an_imports_statements_grow_with_batches_not_rows() {
    let pristine = World::new();
    pristine.ok(&[
        "fixture",
        "generate",
        "--orgs",
        "1",
        "--users",
        "420",
        "--groups",
        "0",
        "--messages",
        "0",
        "--files",
        "0",
        "--tasks",
        "0",
    ]);
    let users = pristine.json(&["user", "list", "--org", "org0000"]);
    let users = users.as_array().unwrap();
    let admin = users.iter().find(|u| u["role"] == "admin").unwrap()["email"]
        .as_str()
        .unwrap()
        .to_string();
    let csv = |n: usize, offset: i64| {
        let mut text = String::from("name,account_id\n");
        for u in users.iter().take(n) {
            let id = u["account_id"].as_i64().unwrap() + offset;
            text.push_str(&format!("{},{id}\n", u["name"].as_str().unwrap()));
        }
        text
    };
    let w = pristine.acting_as(&admin);
    let small = write(&w, "small.csv", &csv(40, 0));
    let large = write(&w, "large.csv", &csv(400, 0));
    let bad_small = write(&w, "bad_small.csv", &csv(40, 1_000_000));
    let bad_large = write(&w, "bad_large.csv", &csv(400, 1_000_000));
    let one_batch = 1000;
    let dry = ["--dry-run"];
    let s = statements(&w, &small, one_batch, &dry);
    assert_eq!(statements(&w, &large, one_batch, &dry), s);
    let bad = statements(&w, &bad_small, one_batch, &dry);
    assert_eq!(statements(&w, &bad_large, one_batch, &dry), bad);
    // Ten batches: a few statements more for each batch after the first.
    let ten = statements(&w, &large, 40, &dry);
    assert!(ten > s && ten <= s + 9 * 8, "{ten} vs {s}");
    // The real run (each on its own copy of the world's state: the first
    // import fills the roster, so the later ones find their rows again).
    let real = |file: &Path, batch: usize| {
        let fresh = World::new();
        fresh.ok(&[
            "fixture",
            "generate",
            "--orgs",
            "1",
            "--users",
            "420",
            "--groups",
            "0",
            "--messages",
            "0",
            "--files",
            "0",
            "--tasks",
            "0",
        ]);
        let fresh = fresh.acting_as(&admin);
        let copy = write(&fresh, "rows.csv", &std::fs::read_to_string(file).unwrap());
        statements(&fresh, &copy, batch, &[])
    };
    let s = real(&small, one_batch);
    assert_eq!(real(&large, one_batch), s);
    let ten = real(&large, 40);
    assert!(ten > s && ten <= s + 9 * 10, "{ten} vs {s}");
}

/// 18.3, S2, S6: a new entry made of its row is written from the batch's
/// table, one `INSERT … SELECT` over the runs of such rows; it carries the
/// row's cells, the account its IDs name and that account's own spelling of
/// the Chatwork ID, and takes its ID in file order among the other new
/// entries of its batch: those of refused rows are skipped (a run ends
/// there), and a method-B row that resolves to a member (R4, contents
/// given) and a registration request's entry interleave with them.
#[test]
fn new_entries_written_from_the_batch_carry_what_their_rows_decided() {
    let file = "name,email,account_id,chatwork_id\n\
                One,,,A-ONE\n\
                Nobody,,999999,\n\
                Zero by mail,A0@a.example,,\n\
                Newcomer,new1@x.example,,\n\
                Zero again,,1000,\n";
    let mut rosters = Vec::new();
    for batch in [2, 0] {
        let w = world();
        let f = write(&w, "rows.csv", file);
        let o = import(&w, &f, "a", batch, &["--invite", "--skip-invalid"]);
        assert_eq!(o.code, 6, "{o:?}");
        assert_eq!(error_lines(&report(&o)), [3, 6], "{o:?}");
        let roster = w.json(&["staff", "list", "--org", "a"]);
        let entries: Vec<(String, Value, Value, Value)> = roster
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["name"].as_str().unwrap().to_string(),
                    e["email"].clone(),
                    e["account_id"].clone(),
                    e["chatwork_id"].clone(),
                )
            })
            .collect();
        assert_eq!(
            entries[..2],
            [
                (
                    "One".to_string(),
                    Value::Null,
                    Value::from(1001),
                    Value::from("a-one")
                ),
                (
                    "Zero by mail".to_string(),
                    Value::from("A0@a.example"),
                    Value::from(1000),
                    Value::Null
                ),
            ],
            "batches of {batch}: {roster}"
        );
        assert_eq!(entries[2].0, "Newcomer", "{roster}");
        assert_eq!(entries.len(), 3, "{roster}");
        rosters.push(roster);
    }
    assert_eq!(rosters[0], rosters[1]);
}
