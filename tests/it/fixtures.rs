//! `fixture load`: every shipped fixture loads and holds the invariants; a
//! scenario that breaks a rule is refused whole, naming the entry.

use super::harness::*;

#[test]
fn every_fixture_loads_and_holds_the_invariants() {
    let dir = repo().join("fixtures");
    let mut loaded = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let w = World::new();
            w.ok(&["fixture", "load", path.to_str().unwrap()]);
            w.assert_invariants();
            loaded += 1;
        }
    }
    assert!(loaded >= 3, "expected the seed, deletion and demo fixtures");
}

/// Loads `text` as a fixture and expects a refusal (exit 3) whose blockers
/// mention `rule` and `needle`; the database stays empty.
fn refused(text: &str, rule: &str, needle: &str) {
    let w = World::new();
    let path = w.dir().join("bad.toml");
    std::fs::write(&path, text).unwrap();
    let e = w.fails(3, &["fixture", "load", path.to_str().unwrap()]);
    let all = e.to_string();
    assert!(
        all.contains(&format!("\"{rule}\"")) || all.contains(&format!("[{rule}]")),
        "{rule} not in {all}"
    );
    assert!(all.contains(needle), "{needle} not in {all}");
    assert_eq!(w.json(&["org", "list"]), serde_json::json!([]));
    assert_eq!(w.json(&["user", "list"]), serde_json::json!([]));
}

const TWO_ORGS: &str = r#"
[[org]]
slug = "a"
name = "A"
plan = "enterprise"
seats = 2
[[org]]
slug = "b"
name = "B"
plan = "enterprise"
seats = 2
prohibit_outside = true
prohibit_file_sharing = true
[[account]]
email = "a0@a.example"
name = "a0"
org = "a"
role = "admin"
[[account]]
email = "b0@b.example"
name = "b0"
org = "b"
role = "admin"
"#;

#[test]
fn a_contact_that_p3_forbids_is_refused() {
    let text = format!("{TWO_ORGS}\n[[contact]]\nbetween = [\"a0@a.example\", \"b0@b.example\"]\n");
    refused(
        &text,
        "I3",
        "b prohibits outside users and does not allow a",
    );
}

#[test]
fn a_group_that_p3_forbids_is_refused() {
    let text = format!(
        "{TWO_ORGS}\n[[group]]\nname = \"G\"\nadmins = [\"a0@a.example\"]\nmembers = [\"b0@b.example\"]\n"
    );
    refused(&text, "I3", "group chat");
}

#[test]
fn an_org_without_an_admin_is_refused() {
    let text = "[[org]]\nslug = \"z\"\nname = \"Z\"\nplan = \"business\"\nseats = 3\n";
    refused(text, "I1", "org z has 0 admins");
}

#[test]
fn two_admins_are_refused() {
    let text = format!(
        "{TWO_ORGS}\n[[account]]\nemail = \"a9@a.example\"\nname = \"a9\"\norg = \"a\"\nrole = \"admin\"\n"
    );
    refused(&text, "I1", "org a has 2 admins");
}

#[test]
fn more_users_than_seats_are_refused() {
    let text = format!(
        "{TWO_ORGS}\n[[account]]\nemail = \"a1@a.example\"\nname = \"a1\"\norg = \"a\"\n[[account]]\nemail = \"a2@a.example\"\nname = \"a2\"\norg = \"a\"\n"
    );
    refused(&text, "I2", "org a uses 3 seats but has 2");
}

#[test]
fn a_group_without_an_admin_is_refused() {
    let text = format!("{TWO_ORGS}\n[[group]]\nname = \"G\"\nmembers = [\"a0@a.example\"]\n");
    refused(&text, "I4", "has members but no admin");
}

#[test]
fn a_file_that_p4_forbids_is_refused() {
    let text = format!(
        "{TWO_ORGS}\n[[file]]\nchat = \"my:b0@b.example\"\nuploader = \"b0@b.example\"\nname = \"x.pdf\"\n"
    );
    refused(&text, "P4", "prohibits file sharing");
}

#[test]
fn unknown_references_name_the_entry() {
    let text = format!(
        "{TWO_ORGS}\n[[account]]\nemail = \"q@q.example\"\nname = \"q\"\norg = \"nowhere\"\n"
    );
    refused(
        &text,
        "§1",
        "[[account]] #3 (q@q.example): org `nowhere` is not defined",
    );
    let text = format!(
        "{TWO_ORGS}\n[[message]]\nchat = \"Nope\"\nfrom = \"a0@a.example\"\nbody = \"hi\"\n"
    );
    refused(&text, "§1", "[[message]] #1");
    let text = format!(
        "{TWO_ORGS}\n[[message]]\nchat = \"my:a0@a.example\"\nfrom = \"b0@b.example\"\nbody = \"hi\"\n"
    );
    refused(
        &text,
        "§1",
        "b0@b.example is not a member of `my:a0@a.example`",
    );
}

#[test]
fn bad_values_are_refused() {
    refused(
        "[[org]]\nslug = \"Bad Slug\"\nname = \"x\"\nplan = \"business\"\nseats = 1\n",
        "§1",
        "not a valid org slug",
    );
    refused(
        "[[org]]\nslug = \"f\"\nname = \"x\"\nplan = \"free\"\nseats = 1\n",
        "§1",
        "`free` is not one of",
    );
    let text = format!("{TWO_ORGS}\n[[account]]\nemail = \"not-an-email\"\nname = \"q\"\n");
    refused(&text, "§1", "not a valid e-mail");
    let text = format!("{TWO_ORGS}\n[[account]]\nemail = \"A0@A.example\"\nname = \"dup\"\n");
    refused(&text, "§1", "the e-mail is used twice");
}

#[test]
fn malformed_toml_and_unknown_keys_are_refused_with_the_line() {
    let w = World::new();
    let path = w.dir().join("bad.toml");
    std::fs::write(&path, "[[org]]\nslug = \"a\"\nname = \n").unwrap();
    let e = w.fails(3, &["fixture", "load", path.to_str().unwrap()]);
    assert!(e["message"].as_str().unwrap().contains("line 3"), "{e}");
    std::fs::write(
        &path,
        "[[org]]\nslug = \"a\"\nname = \"A\"\nplan = \"business\"\nseats = 1\ncolour = \"red\"\n",
    )
    .unwrap();
    let e = w.fails(3, &["fixture", "load", path.to_str().unwrap()]);
    assert!(e["message"].as_str().unwrap().contains("colour"), "{e}");
}

#[test]
fn a_missing_fixture_file_is_not_found() {
    let w = World::new();
    w.fails(4, &["fixture", "load", "/nonexistent/scenario.toml"]);
}

#[test]
fn loading_into_a_database_with_data_is_refused() {
    let w = World::with_fixture("three-companies.toml");
    let e = w.fails(
        3,
        &[
            "fixture",
            "load",
            fixture("deletion.toml").to_str().unwrap(),
        ],
    );
    assert!(e["message"].as_str().unwrap().contains("empty database"));
}

#[test]
fn generate_makes_a_deterministic_world_that_holds_the_invariants() {
    let a = World::new();
    let report = a.json(&[
        "fixture",
        "generate",
        "--orgs",
        "8",
        "--users",
        "600",
        "--messages",
        "3000",
        "--seed",
        "42",
    ]);
    assert_eq!(report["accounts"], 600);
    assert_eq!(report["messages"], 3000);
    a.assert_invariants();
    let b = World::new();
    b.json(&[
        "fixture",
        "generate",
        "--orgs",
        "8",
        "--users",
        "600",
        "--messages",
        "3000",
        "--seed",
        "42",
    ]);
    assert_eq!(
        a.json(&["user", "list"]),
        b.json(&["user", "list"]),
        "the same seed, the same world"
    );
    assert_eq!(a.json(&["chat", "list"]), b.json(&["chat", "list"]));
    // A generated world is a world like any other: delete someone in it.
    let users = a.json(&["user", "list", "--org", "org0000"]);
    let member = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["role"] == "member")
        .unwrap();
    let org = a.json(&["org", "show", "org0000"]);
    let w = a.acting_as(org["admin"].as_str().unwrap());
    let email = member["email"].as_str().unwrap();
    let dry = w.json(&["user", "delete", email, "--dry-run"]);
    let real = w.json(&["--yes", "user", "delete", email]);
    assert_eq!(dry["effects"], real["effects"]);
    w.assert_invariants();
    // Into a database with data: refused.
    w.fails(3, &["fixture", "generate", "--users", "10"]);
}
