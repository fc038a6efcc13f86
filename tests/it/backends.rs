//! What must be the same on SQLite and PostgreSQL (issue 13): the one
//! e-mail folding rule, the schema version check, and that a dry run shows
//! the IDs the real run gives. Every test here runs on the suite's backend.

use super::harness::*;

fn load(w: &World, toml: &str) -> Run {
    let path = w.dir().join("world.toml");
    std::fs::write(&path, toml).unwrap();
    w.run_json(&["fixture", "load", path.to_str().unwrap()])
}

const ORG: &str = "[[org]]\nslug = \"a\"\nname = \"A\"\nplan = \"business\"\nseats = 50\n\
    [[account]]\nemail = \"a0@a.example\"\nname = \"a0\"\norg = \"a\"\nrole = \"admin\"\n";

fn account(email: &str, name: &str) -> String {
    format!("[[account]]\nemail = \"{email}\"\nname = \"{name}\"\norg = \"a\"\n")
}

/// SPEC §1 says e-mails are compared case-insensitively; SQLite's NOCASE and
/// PostgreSQL's lower() disagree beyond ASCII, so orgctl folds ASCII letters
/// only, on both backends and in its own checks: `Élise` and `élise` are two
/// addresses, `ÉLISE@A.EXAMPLE` and `ÉLISE@a.example` one.
#[test]
fn e_mails_fold_ascii_letters_only_on_every_backend() {
    let w = World::new();
    let two = format!(
        "{ORG}{}{}",
        account("élise@a.example", "e1"),
        account("Élise@a.example", "e2")
    );
    let r = load(&w, &two);
    assert_eq!(r.code, 0, "non-ASCII case makes two addresses: {}", r.stderr);
    let users = w.json(&["user", "list"]);
    assert_eq!(users.as_array().unwrap().len(), 3, "{users}");

    // The database's own check (the unique index and the lookup) agrees.
    let w = w.acting_as("a0@a.example");
    let e = w.fails(
        3,
        &["user", "set", "élise@a.example", "--email", "ÉLISE@A.EXAMPLE"],
    );
    assert!(e["message"].as_str().unwrap().contains("already belongs"), "{e}");
    // ASCII letters fold: ÉLISE@A.EXAMPLE is Élise@a.example's address.
    let found = w.json(&["user", "show", "ÉLISE@A.EXAMPLE"]);
    assert_eq!(found["name"], "e2", "{found}");
    // ... and a non-ASCII letter in another case is another address.
    let r = w.run_json(&["user", "show", "ÉLISE@a.example".to_lowercase().as_str()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["name"], "e1");
    let r = w.run_json(&["user", "show", "éLISE@a.example"]);
    assert_eq!(r.json()["name"], "e1", "{}", r.stdout);

    let same = format!(
        "{ORG}{}{}",
        account("bob@a.example", "b1"),
        account("BOB@A.example", "b2")
    );
    let w2 = World::new();
    let r = load(&w2, &same);
    assert_eq!(r.code, 3, "ASCII case makes one address: {}", r.stdout);
}

#[test]
fn init_creates_the_schema_and_is_idempotent() {
    let w = World::new();
    w.ok(&["init"]);
    w.ok(&["init"]);
    let check = w.json(&["check"]);
    assert_eq!(check["integrity"], "ok", "{check}");
    w.assert_invariants();
}

/// A database from a newer orgctl is refused, on the server too.
#[test]
fn a_newer_schema_is_refused() {
    let w = World::new();
    w.ok(&["init"]);
    match &w.pg {
        Some(pg) => {
            pg.client()
                .batch_execute("UPDATE orgctl_schema SET version = 99")
                .unwrap();
        }
        None => {
            let conn = rusqlite::Connection::open(&w.db).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
    }
    let r = w.run(&["org", "list"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("newer orgctl"), "{}", r.stderr);
}

/// Issue 13.5: the IDs a dry run shows are the IDs the real run creates,
/// even after rolled-back transactions (PostgreSQL sequences would skip).
#[test]
fn a_dry_run_shows_the_ids_the_real_run_gives() {
    let w = World::with_fixture("registration.toml").acting_as("a0@a.example");
    let add = |extra: &[&str]| {
        let mut args = vec!["user", "add", "new@n.example", "--org", "a", "--name", "New"];
        args.extend_from_slice(extra);
        w.run_json(&args)
    };
    // Rolled-back writes first: dry runs and refused commands.
    for _ in 0..3 {
        assert_eq!(add(&["--dry-run"]).code, 0);
        assert_eq!(w.run_json(&["user", "add", "not-an-email", "--org", "a"]).code, 3);
    }
    let preview = add(&["--dry-run"]).json();
    let applied = add(&[]).json();
    assert_eq!(preview["effects"], applied["effects"], "{preview}\n{applied}");
    // The effects name the new account and its My Chat by ID.
    let shown = applied["effects"].to_string();
    assert!(shown.contains("\"account\"") || shown.contains("account_id"), "{shown}");
}
