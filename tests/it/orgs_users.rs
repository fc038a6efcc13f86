//! Organizations and users: create, show, seats, hand-over, user set, and
//! who may act.

use super::harness::*;

#[test]
fn org_create_makes_an_org_with_an_active_admin() {
    let w = World::new();
    let plan = w.json(&[
        "org",
        "create",
        "acme",
        "--name",
        "Acme",
        "--plan",
        "enterprise",
        "--seats",
        "3",
        "--admin-email",
        "boss@acme.example",
        "--admin-name",
        "Boss",
    ]);
    assert_eq!(plan["applied"], true);
    assert_eq!(effects_of(&plan, "org_created").len(), 1);
    let org = w.json(&["org", "show", "acme"]);
    assert_eq!(org["plan"], "enterprise");
    assert_eq!(org["seats"], 3);
    assert_eq!(org["seats_used"], 1);
    assert_eq!(org["admin"], "boss@acme.example");
    assert_eq!(org["status"], "active");
    let boss = w.json(&["user", "show", "boss@acme.example"]);
    assert_eq!(boss["role"], "admin");
    assert_eq!(boss["status"], "active");
    assert_eq!(boss["name"], "Boss");
    // It has its My Chat.
    let chats = w.json(&["chat", "list", "--user", "boss@acme.example"]);
    assert_eq!(chats[0]["kind"], "my");
    w.assert_invariants();
}

#[test]
fn org_create_refuses_bad_input_and_changes_nothing() {
    let w = World::with_fixture("three-companies.toml");
    let before = w.snapshot_audit_aside();
    let create = |slug: &str, plan: &str, seats: &str, email: &str| {
        w.run_json(&[
            "org",
            "create",
            slug,
            "--name",
            "X",
            "--plan",
            plan,
            "--seats",
            seats,
            "--admin-email",
            email,
        ])
    };
    let r = create("Bad_Slug", "business", "2", "x@x.example");
    assert_eq!(r.code, 3);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("not a valid org slug")
    );
    let r = create("x", "free", "2", "x@x.example");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("personal accounts"), "{}", r.stderr);
    assert_eq!(create("x", "business", "-3", "x@x.example").code, 2);
    let r = create("x", "business", "2", "not an email");
    assert_eq!(r.code, 3);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("not a valid e-mail")
    );
    // Taken slug and taken e-mail (case-insensitively) are blockers, all listed.
    let r = create("a", "business", "0", "A1@a.example");
    assert_eq!(r.code, 3);
    let blockers = r.error()["blockers"].as_array().unwrap().clone();
    assert_eq!(blockers.len(), 3, "{blockers:?}");
    assert_eq!(w.snapshot_audit_aside(), before);
}

#[test]
fn seats_never_go_below_seats_used() {
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    // a has 2 members.
    let e = w.fails(3, &["org", "set", "a", "--seats", "1"]);
    assert_eq!(e["blockers"][0]["rule"], "I2");
    let dry = w.json(&["org", "set", "a", "--seats", "2", "--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(w.json(&["org", "show", "a"])["seats"], 5);
    w.ok(&["org", "set", "a", "--seats", "2"]);
    assert_eq!(w.json(&["org", "show", "a"])["seats"], 2);
}

#[test]
fn hand_over_moves_the_admin_role() {
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    // A hand-over is confirmed like other changes its maker cannot undo
    // (issue 17.5): without a terminal it needs --yes.
    assert_eq!(
        w.run(&["org", "hand-over", "a", "--to", "a1@a.example"])
            .code,
        5
    );
    let plan = w.json(&["--yes", "org", "hand-over", "a", "--to", "a1@a.example"]);
    assert_eq!(effects_of(&plan, "role_changed").len(), 2);
    assert_eq!(w.json(&["user", "show", "a1@a.example"])["role"], "admin");
    assert_eq!(
        w.json(&["user", "show", "a0@a.example"])["role"],
        "user_admin"
    );
    assert_eq!(w.json(&["org", "show", "a"])["admin"], "a1@a.example");
    // The old admin is no longer the admin.
    w.fails(
        3,
        &["--yes", "org", "hand-over", "a", "--to", "a0@a.example"],
    );
    // A member of another org cannot receive it.
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    let e = w.fails(
        3,
        &["--yes", "org", "hand-over", "a", "--to", "b1@b.example"],
    );
    assert!(e.to_string().contains("not a member of a"));
    w.assert_invariants();
}

#[test]
fn who_may_act_is_checked_and_named() {
    let w = World::with_fixture("three-companies.toml");
    // No actor: a usage error that says how to give one.
    let r = w.run(&["org", "set", "a", "--seats", "6"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--as"), "{}", r.stderr);
    // A member is refused, and told who may.
    let e = w.fails(
        3,
        &["--as", "a1@a.example", "org", "set", "a", "--seats", "6"],
    );
    let msg = e.to_string();
    assert!(
        msg.contains("a's admin") && msg.contains("a0@a.example"),
        "{msg}"
    );
    // Another org's admin is refused.
    w.fails(
        3,
        &["--as", "b0@b.example", "org", "set", "a", "--seats", "6"],
    );
    // An unknown actor is not found.
    w.fails(
        4,
        &["--as", "ghost@a.example", "org", "set", "a", "--seats", "6"],
    );
    // The actor may be named by account ID or Chatwork ID.
    w.ok(&["--as", "1000", "org", "set", "a", "--seats", "6"]);
}

#[test]
fn unknown_things_are_exit_4() {
    let w = World::with_fixture("three-companies.toml");
    w.fails(4, &["org", "show", "nope"]);
    w.fails(4, &["user", "show", "nobody@x.example"]);
    w.fails(4, &["user", "show", "999999"]);
    w.fails(4, &["user", "show", "no-such-cw"]);
    w.fails(4, &["chat", "show", "9999"]);
    w.fails(4, &["message", "list", "--chat", "9999"]);
    w.fails(4, &["contact", "list", "nobody@x.example"]);
    // An empty USER is a usage error, not a search for nothing.
    w.fails(2, &["user", "show", ""]);
}

#[test]
fn users_are_found_by_email_account_id_or_chatwork_id() {
    let w = World::with_fixture("three-companies.toml");
    for key in ["b1@b.example", "B1@B.EXAMPLE", "2001", "b-one"] {
        assert_eq!(
            w.json(&["user", "show", key])["email"],
            "b1@b.example",
            "{key}"
        );
    }
    let u = w.json(&["user", "show", "a1@a.example"]);
    assert_eq!(u["has_api_token"], true);
    assert_eq!(u["teams"], serde_json::json!(["sales"]));
    let list = w.json(&["user", "list", "--org", "b"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let list = w.json(&["user", "list", "--status", "deleted"]);
    assert_eq!(list.as_array().unwrap().len(), 0);
}

#[test]
fn user_set_changes_name_email_chatwork_id_and_role() {
    let w = World::with_fixture("three-companies.toml").acting_as("b0@b.example");
    w.ok(&[
        "user",
        "set",
        "b1@b.example",
        "--name",
        "Bee One",
        "--email",
        "bee@b.example",
        "--role",
        "user_admin",
    ]);
    // S1: the Chatwork ID is set by the user itself (seed 003).
    w.ok(&[
        "user",
        "set",
        "bee@b.example",
        "--as",
        "bee@b.example",
        "--chatwork-id",
        "bee_1",
    ]);
    let u = w.json(&["user", "show", "2001"]);
    assert_eq!(u["name"], "Bee One");
    assert_eq!(u["email"], "bee@b.example");
    assert_eq!(u["chatwork_id"], "bee_1");
    assert_eq!(u["role"], "user_admin");
    w.ok(&["user", "set", "2001", "--clear-chatwork-id", "--as", "2001"]);
    assert_eq!(
        w.json(&["user", "show", "2001"])["chatwork_id"],
        serde_json::Value::Null
    );
    // A user_admin may edit users too.
    let w2 = World::with_fixture("three-companies.toml").acting_as("b0@b.example");
    w2.ok(&["user", "set", "b1@b.example", "--role", "user_admin"]);
    let w2 = w2.acting_as("b1@b.example");
    w2.ok(&["user", "set", "b1@b.example", "--name", "Self edit"]);
}

#[test]
fn user_set_refuses_taken_and_malformed_values() {
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    let before = w.snapshot_audit_aside();
    // R9: e-mails are unique, case-insensitively.
    let e = w.fails(
        3,
        &["user", "set", "a1@a.example", "--email", "A0@a.example"],
    );
    assert_eq!(e["blockers"][0]["rule"], "R9");
    w.fails(
        3,
        &["user", "set", "a1@a.example", "--email", "not-an-address"],
    );
    // Chatwork IDs (set by the user itself, S1): the format, and uniqueness.
    let e = w.fails(
        3,
        &[
            "user",
            "set",
            "a1@a.example",
            "--as",
            "a1@a.example",
            "--chatwork-id",
            "has space",
        ],
    );
    assert!(e["message"].as_str().unwrap().contains("Chatwork ID"));
    let e = w.fails(
        3,
        &[
            "user",
            "set",
            "a1@a.example",
            "--as",
            "a1@a.example",
            "--chatwork-id",
            "B-ONE",
        ],
    );
    assert!(e.to_string().contains("taken"), "{e}");
    // The admin's role moves only by hand-over (I1).
    let e = w.fails(3, &["user", "set", "a0@a.example", "--role", "member"]);
    assert_eq!(e["blockers"][0]["rule"], "I1");
    // Another org's user.
    w.fails(3, &["user", "set", "b1@b.example", "--name", "x"]);
    // Nothing to change.
    assert_eq!(w.run(&["user", "set", "a1@a.example"]).code, 2);
    assert_eq!(w.snapshot_audit_aside(), before);
}

#[test]
fn inspection_commands_show_the_contract_keys() {
    let w = World::with_fixture("three-companies.toml");
    let org = w.json(&["org", "show", "b"]);
    for key in [
        "slug",
        "name",
        "plan",
        "seats",
        "seats_used",
        "status",
        "prohibit_outside",
        "prohibit_file_sharing",
        "allow",
        "admin",
    ] {
        assert!(org.get(key).is_some(), "org show lacks {key}");
    }
    assert_eq!(org["allow"], serde_json::json!(["a"]));
    let contacts = w.json(&["contact", "list", "a1@a.example"]);
    assert_eq!(contacts.as_array().unwrap().len(), 2);
    for key in ["account_id", "email", "name"] {
        assert!(contacts[0].get(key).is_some());
    }
    let chats = w.json(&["chat", "list", "--user", "a1@a.example"]);
    let direct =
        find(&chats, "name", "b1@b.example").expect("the direct chat is named by the other member");
    assert_eq!(direct["kind"], "direct");
    let px = find(&chats, "name", "Project X").unwrap();
    let id = px["id"].to_string();
    let shown = w.json(&["chat", "show", &id]);
    assert_eq!(shown["members"].as_array().unwrap().len(), 3);
    assert_eq!(shown["members"][0]["role"], "member");
    let msgs = w.json(&["message", "list", "--chat", &id]);
    assert_eq!(msgs[0]["sender_name"], "a1");
    let files = w.json(&["file", "list", "--user", "a1@a.example"]);
    assert_eq!(files[0]["owner_kind"], "account");
    assert_eq!(files[0]["owner"], "a1@a.example");
    let tasks = w.json(&["task", "list", "--chat", &id]);
    for key in [
        "id",
        "chat_id",
        "body",
        "status",
        "requester",
        "requester_name",
        "assignee",
    ] {
        assert!(tasks[0].get(key).is_some(), "task list lacks {key}");
    }
    assert_eq!(w.json(&["outbox", "list"]), serde_json::json!([]));
}
