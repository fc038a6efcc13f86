//! The one write engine (issue 11.2): a change and its audit row are one
//! transaction, for plans (`commands::execute`) and bulk loads alike; a
//! refusal is audited once, with its rule, by the renderer's prefix.

use crate::harness::{World, fixture};

/// Makes every insert into the audit log fail, as a full disk or a broken
/// log table would, so that a change whose audit row cannot be written is
/// seen to roll back with it.
fn break_the_audit_log(w: &World) {
    match &w.pg {
        Some(pg) => pg
            .client()
            .batch_execute(
                "CREATE FUNCTION no_audit() RETURNS trigger LANGUAGE plpgsql AS
                 $$ BEGIN RAISE EXCEPTION 'the audit log is broken'; END $$;
                 CREATE TRIGGER no_audit BEFORE INSERT ON audit
                 FOR EACH ROW EXECUTE FUNCTION no_audit();",
            )
            .unwrap(),
        None => rusqlite::Connection::open(&w.db)
            .unwrap()
            .execute_batch(
                "CREATE TRIGGER no_audit BEFORE INSERT ON audit
                 BEGIN SELECT RAISE(ABORT, 'the audit log is broken'); END;",
            )
            .unwrap(),
    }
}

/// Issue 11.2, 14.4: the audit row is written in the change's own
/// transaction, so a change whose audit row cannot be written is not
/// committed either (and a crash between the two has nothing to interrupt).
#[test]
fn a_change_whose_audit_row_fails_is_rolled_back() {
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    let before = w.snapshot();
    break_the_audit_log(&w);
    let r = w.run(&["--yes", "org", "set", "a", "--seats", "9"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("audit log is broken"), "{}", r.stderr);
    assert_eq!(
        w.snapshot(),
        before,
        "the change went without its audit row"
    );
}

#[test]
fn a_fixture_load_whose_audit_row_fails_loads_nothing() {
    let w = World::new();
    w.ok(&["init"]);
    break_the_audit_log(&w);
    let f = fixture("three-companies.toml");
    let r = w.run(&["fixture", "load", f.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(w.json(&["org", "list"]), serde_json::json!([]));
    let r = w.run(&["fixture", "generate", "--orgs", "2", "--users", "20"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(w.json(&["user", "list"]), serde_json::json!([]));
}

#[test]
fn a_refusal_is_audited_once_with_its_rule_and_one_prefix() {
    let w = World::with_fixture("three-companies.toml");
    // Handing the admin role to the admin itself is refused by I1.
    let e = w.fails(
        3,
        &[
            "--as",
            "a0@a.example",
            "org",
            "hand-over",
            "a",
            "--to",
            "a0@a.example",
        ],
    );
    assert_eq!(e["rule"], "I1");
    let message = e["message"].as_str().unwrap();
    assert!(message.starts_with("refused [I1]: "), "{message}");
    assert_eq!(message.matches("refused").count(), 1, "{message}");
    let log = w.json(&["audit", "list", "--action", "org.hand_over"]);
    let rows = log.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["result"], message);
    // A refusal without a rule number reads `refused: ...`, once.
    let e = w.fails(
        3,
        &["--as", "a1@a.example", "org", "set", "a", "--seats", "8"],
    );
    let message = e["message"].as_str().unwrap();
    assert!(
        message.starts_with("refused: this command needs"),
        "{message}"
    );
    let log = w.json(&["audit", "list", "--action", "org.set"]);
    assert_eq!(log[0]["result"], message, "not `refused: refused: ...`");
}

#[test]
fn a_refused_bulk_load_is_audited() {
    let w = World::with_fixture("three-companies.toml");
    let f = fixture("three-companies.toml");
    let e = w.fails(3, &["fixture", "load", f.to_str().unwrap()]);
    let log = w.json(&["audit", "list", "--action", "fixture"]);
    let rows = log.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["result"], "ok");
    assert_eq!(rows[1]["result"], e["message"]);
}
