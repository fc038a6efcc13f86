//! Lists as scripts read them (issue 17.6, issue 18): `--limit N`,
//! `--format jsonl`, and streamed output that prints exactly what the whole
//! list printed at once.

use serde_json::Value;

use crate::harness::World;

/// The JSON a list printed in one piece: a pretty array and a newline.
fn pretty(list: &Value) -> String {
    format!("{}\n", serde_json::to_string_pretty(list).unwrap())
}

#[test]
fn a_streamed_json_list_is_the_pretty_array_byte_for_byte() {
    let w = World::with_fixture("demo.toml");
    for args in [
        vec!["user", "list"],
        vec!["org", "list"],
        vec!["chat", "list"],
        vec!["user", "list", "--org", "nobody-has-this"],
    ] {
        let r = w.run_json(&args);
        if r.code != 0 {
            continue;
        }
        assert_eq!(r.stdout, pretty(&r.json()), "{args:?}");
    }
    // An empty list is `[]`, as before.
    let r = w.run_json(&["user", "list", "--status", "deleted"]);
    assert_eq!(r.stdout, "[]\n");
}

#[test]
fn user_list_reads_teams_with_their_accounts_in_name_order() {
    let w = World::with_fixture("demo.toml");
    let users = w.json(&["user", "list"]);
    let with_teams: Vec<&Value> = users
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| !u["teams"].as_array().unwrap().is_empty())
        .collect();
    assert!(!with_teams.is_empty());
    for u in with_teams {
        // The same as `user show`, which reads teams account by account.
        let one = w.json(&["user", "show", u["email"].as_str().unwrap()]);
        assert_eq!(u, &one);
        let names: Vec<&str> = u["teams"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }
    // Each account once, in account order.
    let ids: Vec<i64> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["account_id"].as_i64().unwrap())
        .collect();
    assert!(ids.windows(2).all(|p| p[0] < p[1]), "{ids:?}");
}

#[test]
fn limit_prints_the_first_n_records_in_every_format() {
    let w = World::with_fixture("demo.toml");
    let all = w.json(&["user", "list"]);
    let all = all.as_array().unwrap();
    assert!(all.len() > 3);
    let two = w.json(&["user", "list", "--limit", "2"]);
    assert_eq!(two.as_array().unwrap(), &all[..2]);
    let none = w.json(&["user", "list", "--limit", "0"]);
    assert_eq!(none, Value::Array(vec![]));
    let csv = w.ok(&["--format", "csv", "user", "list", "--limit", "2"]);
    assert_eq!(csv.lines().count(), 3, "header and two rows:\n{csv}");
    let jsonl = w.ok(&["--format", "jsonl", "user", "list", "--limit", "3"]);
    assert_eq!(jsonl.lines().count(), 3);
    // Every list command takes it.
    for args in [
        vec!["org", "list"],
        vec!["chat", "list"],
        vec!["file", "list"],
        vec!["task", "list"],
        vec!["audit", "list"],
        vec!["transfer", "list"],
        vec!["registration", "list"],
        vec!["outbox", "list"],
    ] {
        let mut with_limit = args.clone();
        with_limit.extend(["--limit", "1"]);
        let list = w.json(&with_limit);
        assert!(list.as_array().unwrap().len() <= 1, "{args:?}: {list}");
        let whole = w.json(&args);
        assert_eq!(
            list.as_array().unwrap().first(),
            whole.as_array().unwrap().first(),
            "{args:?}"
        );
    }
}

#[test]
fn jsonl_prints_one_compact_object_a_line() {
    let w = World::with_fixture("demo.toml");
    let all = w.json(&["user", "list"]);
    let jsonl = w.ok(&["--format", "jsonl", "user", "list"]);
    let lines: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(Value::Array(lines), all);
    assert!(jsonl.lines().all(|l| !l.starts_with(' ')));
    // One record is one line too, and errors are JSON on stderr.
    let one = w.ok(&["--format", "jsonl", "org", "show", "kumo"]);
    assert_eq!(one.lines().count(), 1, "{one}");
    let r = w.run(&[
        "--format",
        "jsonl",
        "user",
        "show",
        "nobody@nowhere.example",
    ]);
    assert_ne!(r.code, 0);
    let err: Value = serde_json::from_str(&r.stderr).unwrap();
    assert!(err["error"]["message"].is_string(), "{}", r.stderr);
}

#[test]
fn a_long_table_is_printed_a_page_at_a_time() {
    let w = World::new();
    w.ok(&[
        "-q",
        "fixture",
        "generate",
        "--orgs",
        "1",
        "--users",
        "1200",
        "--groups",
        "0",
        "--contacts",
        "0",
        "--messages",
        "0",
        "--files",
        "0",
        "--tasks",
        "0",
        "--seed",
        "1",
    ]);
    let table = w.ok(&["user", "list"]);
    let headers = table.lines().filter(|l| l.contains("account_id")).count();
    assert_eq!(headers, 2, "1,200 rows: two pages of at most 1,000");
    // Short lists are one table, as before.
    let short = w.ok(&["user", "list", "--limit", "10"]);
    assert_eq!(
        short.lines().filter(|l| l.contains("account_id")).count(),
        1
    );
}
