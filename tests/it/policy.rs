//! Policy changes (SPEC §7, C1–C3) and the communication policy (§2) on the
//! seed-002 scenario: B prohibits outside users and allows A only.

use super::harness::*;

fn world() -> World {
    World::with_fixture("three-companies.toml")
}

#[test]
fn c1_disallowing_breaks_contacts_and_group_chats_with_the_fix_named() {
    let w = world().acting_as("b0@b.example");
    let dry = w.json(&["org", "disallow", "b", "a", "--dry-run"]);
    let real = w.json(&["--yes", "org", "disallow", "b", "a"]);
    assert_eq!(dry["effects"], real["effects"]);
    let removed = effects_of(&real, "contact_removed");
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0]["rule"], "C1");
    assert!(
        removed[0]["reason"]
            .as_str()
            .unwrap()
            .contains("b prohibits outside users and does not allow a")
    );
    assert!(
        removed[0]["fix"]
            .as_str()
            .unwrap()
            .contains("orgctl org allow b a")
    );
    // L6 on a policy break: the direct chat is deleted for both, with its files.
    assert!(
        effects_of(&real, "chat_deleted")
            .iter()
            .any(|e| e["kind"] == "direct")
    );
    assert!(
        effects_of(&real, "file_deleted")
            .iter()
            .any(|e| e["file_name"] == "quote.xlsx")
    );
    // The members of B (whose setting changed) are the ones who leave.
    let left: Vec<&str> = effects_of(&real, "chat_left")
        .iter()
        .map(|e| e["account"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["b0@b.example", "b1@b.example"]);
    assert_eq!(
        w.json(&["org", "show", "b"])["allow"],
        serde_json::json!([])
    );
    assert_eq!(
        w.json(&["contact", "list", "a1@a.example"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    w.assert_invariants();
}

#[test]
fn c1_turning_prohibit_outside_on_breaks_what_it_forbids() {
    // C does not prohibit; a contact between c0 and a1 is fine until it does.
    let w = world().acting_as("c0@c.example");
    let dry = w.json(&["org", "set", "c", "--prohibit-outside", "on", "--dry-run"]);
    assert_eq!(effects_of(&dry, "setting_changed").len(), 1);
    assert_eq!(
        effects_of(&dry, "contact_removed").len(),
        0,
        "c0 has no contacts"
    );
    w.ok(&["--yes", "org", "set", "c", "--prohibit-outside", "on"]);
    assert_eq!(w.json(&["org", "show", "c"])["prohibit_outside"], true);
    // Turning it off breaks nothing.
    let off = w.json(&["org", "set", "c", "--prohibit-outside", "off"]);
    assert_eq!(off["effects"].as_array().unwrap().len(), 1);
    w.assert_invariants();
}

#[test]
fn c1_exempt_users_keep_their_contacts() {
    let w = world().acting_as("b0@b.example");
    w.ok(&["user", "security", "b1@b.example", "--exempt-outside", "on"]);
    let plan = w.json(&["--yes", "org", "disallow", "b", "a"]);
    let removed = effects_of(&plan, "contact_removed");
    assert!(removed.is_empty(), "b1 is exempt: {removed:?}");
    // b0 is not exempt and leaves Project X, where a1 is.
    assert_eq!(effects_of(&plan, "chat_left")[0]["account"], "b0@b.example");
    // C1: turning the exemption off applies the policy to b1 alone.
    let plan = w.json(&[
        "--yes",
        "user",
        "security",
        "b1@b.example",
        "--exempt-outside",
        "off",
    ]);
    assert_eq!(effects_of(&plan, "exemption_set").len(), 1);
    assert_eq!(
        effects_of(&plan, "contact_removed")[0]["account"],
        "b1@b.example"
    );
    w.assert_invariants();
}

#[test]
fn c1_prohibited_acts_settings_are_refused_on_business() {
    let w = world().acting_as("a0@a.example");
    let before = w.snapshot_audit_aside();
    let e = w.fails(3, &["org", "set", "a", "--prohibit-outside", "on"]);
    assert!(e.to_string().contains("business plan"), "{e}");
    w.fails(3, &["org", "set", "a", "--prohibit-file-sharing", "on"]);
    w.fails(3, &["org", "allow", "a", "c"]);
    assert_eq!(w.snapshot_audit_aside(), before);
}

#[test]
fn allow_adds_to_the_list_and_repeats_change_nothing() {
    let w = world().acting_as("b0@b.example");
    w.ok(&["org", "allow", "b", "c"]);
    assert_eq!(
        w.json(&["org", "show", "b"])["allow"],
        serde_json::json!(["a", "c"])
    );
    let again = w.json(&["org", "allow", "b", "c"]);
    assert!(again["effects"].as_array().unwrap().is_empty());
    assert_eq!(again["warnings"].as_array().unwrap().len(), 1);
    w.fails(3, &["org", "allow", "b", "b"]);
    w.fails(4, &["org", "allow", "b", "zz"]);
}

#[test]
fn c2_turning_exempt_file_off_deletes_the_users_files() {
    // demo.toml: sora prohibits file sharing; ren is exempt and shared
    // brand-guidelines.pdf in "Sora rebrand".
    let w = World::with_fixture("demo.toml").acting_as("mika@sora.example");
    let dry = w.json(&[
        "user",
        "security",
        "ren@sora.example",
        "--exempt-file",
        "off",
        "--dry-run",
    ]);
    let real = w.json(&[
        "--yes",
        "user",
        "security",
        "ren@sora.example",
        "--exempt-file",
        "off",
    ]);
    assert_eq!(dry["effects"], real["effects"]);
    assert_eq!(
        effects_of(&real, "exemption_set")[0]["setting"],
        "exempt_file"
    );
    let deleted: Vec<&str> = effects_of(&real, "file_deleted")
        .iter()
        .map(|e| e["file_name"].as_str().unwrap())
        .collect();
    assert_eq!(deleted, ["brand-guidelines.pdf"]);
    let files = w.json(&["file", "list", "--user", "ren@sora.example"]);
    assert_eq!(files, serde_json::json!([]));
    assert_eq!(
        w.json(&["user", "show", "ren@sora.example"])["exempt_file"],
        false
    );
    // Without the org's prohibition, turning the exemption off deletes nothing.
    let w = world().acting_as("b0@b.example");
    w.ok(&["user", "security", "b1@b.example", "--exempt-file", "on"]);
    let plan = w.json(&[
        "--yes",
        "user",
        "security",
        "b1@b.example",
        "--exempt-file",
        "off",
    ]);
    assert!(effects_of(&plan, "file_deleted").is_empty());
    w.assert_invariants();
}

#[test]
fn c3_cancelling_deletes_every_user_and_file_of_the_org() {
    let w = world().acting_as("a0@a.example");
    let dry = w.json(&["org", "cancel", "a", "--dry-run"]);
    let real = w.json(&["--yes", "org", "cancel", "a"]);
    assert_eq!(dry["effects"], real["effects"]);
    assert_eq!(effects_of(&real, "account_deleted").len(), 2);
    assert_eq!(effects_of(&real, "org_cancelled").len(), 1);
    let files = w.json(&["file", "list"]);
    assert_eq!(
        files,
        serde_json::json!([]),
        "a1's files go, wherever they were"
    );
    assert_eq!(w.json(&["org", "show", "a"])["status"], "cancelled");
    let a_users = w.json(&["user", "list", "--org", "a", "--status", "active"]);
    assert_eq!(a_users, serde_json::json!([]));
    w.assert_invariants();
    w.fails(3, &["--yes", "--as", "b0@b.example", "org", "cancel", "a"]);
}
