//! `user delete` (SPEC §6, D1–D9) and the leave-chat mechanism it runs
//! through (SPEC §3, L1–L6), on `fixtures/deletion.toml`.

use serde_json::Value;

use super::harness::*;

fn world() -> World {
    World::with_fixture("deletion.toml").acting_as("admin@d.example")
}

fn chat_id(w: &World, name: &str) -> String {
    let chats = w.json(&["chat", "list"]);
    find(&chats, "name", name).unwrap_or_else(|| panic!("no chat named {name} in {chats}"))["id"]
        .to_string()
}

/// The effects without `dry_run`/`applied`, for comparing runs.
fn effects(plan: &Value) -> Value {
    plan["effects"].clone()
}

fn delete_d1(w: &World) -> Value {
    w.json(&["--yes", "user", "delete", "d1@d.example"])
}

#[test]
fn d9_the_dry_run_lists_exactly_what_the_real_run_does() {
    let w = world();
    let before = w.snapshot();
    let dry = w.json(&["user", "delete", "d1@d.example", "--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["applied"], false);
    assert_eq!(w.snapshot(), before, "a dry run changes nothing");
    let real = delete_d1(&w);
    assert_eq!(real["dry_run"], false);
    assert_eq!(real["applied"], true);
    assert_eq!(effects(&dry), effects(&real));
    w.assert_invariants();
}

#[test]
fn i7_dry_run_equals_applied_for_every_user_of_every_fixture() {
    let dir = repo().join("fixtures");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let probe = World::with_fixture(&name);
        let users = probe.json(&["user", "list"]);
        for u in users.as_array().unwrap() {
            if u["org"].is_null() || u["role"] == "admin" || u["status"] == "deleted" {
                continue;
            }
            let org = probe.json(&["org", "show", u["org"].as_str().unwrap()]);
            let w = World::with_fixture(&name).acting_as(org["admin"].as_str().unwrap());
            let email = u["email"].as_str().unwrap();
            let dry = w.json(&["user", "delete", email, "--dry-run"]);
            let real = w.json(&["--yes", "user", "delete", email]);
            assert_eq!(effects(&dry), effects(&real), "{name}: deleting {email}");
            w.assert_invariants();
        }
    }
}

#[test]
fn d1_the_admin_cannot_be_deleted_and_all_blockers_are_listed() {
    let w = world();
    let before = w.snapshot_audit_aside();
    let r = w.run_json(&[
        "user",
        "delete",
        "admin@d.example",
        "x1@x.example",
        "--dry-run",
    ]);
    assert_eq!(r.code, 3, "a dry run with blockers exits 3");
    let plan = r.json();
    let rules: Vec<&str> = plan["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["D1", "D1"], "both blockers, not only the first");
    assert!(
        plan["blockers"][0]["hint"]
            .as_str()
            .unwrap()
            .contains("hand-over")
    );
    let e = w.fails(3, &["--yes", "user", "delete", "admin@d.example"]);
    assert_eq!(e["blockers"][0]["rule"], "D1");
    assert_eq!(w.snapshot_audit_aside(), before);
}

#[test]
fn d1_only_an_admin_or_user_admin_of_the_org_deletes() {
    let w = World::with_fixture("deletion.toml");
    w.fails(
        3,
        &[
            "--as",
            "d2@d.example",
            "--yes",
            "user",
            "delete",
            "d1@d.example",
        ],
    );
    w.fails(
        3,
        &[
            "--as",
            "x0@x.example",
            "--yes",
            "user",
            "delete",
            "d1@d.example",
        ],
    );
    w.fails(
        3,
        &[
            "--as",
            "admin@d.example",
            "--yes",
            "user",
            "delete",
            "p1@personal.example",
        ],
    );
    assert_eq!(w.run(&["--yes", "user", "delete", "d1@d.example"]).code, 2);
}

#[test]
fn unknown_and_already_deleted_users_are_exit_4() {
    let w = world();
    w.fails(4, &["--yes", "user", "delete", "ghost@d.example"]);
    delete_d1(&w);
    let e = w.fails(4, &["--yes", "user", "delete", "d1@d.example"]);
    assert!(e["message"].as_str().unwrap().contains("already deleted"));
}

#[test]
fn the_same_user_named_twice_is_deleted_once() {
    let w = world();
    let plan = w.json(&["--yes", "user", "delete", "d1@d.example", "D1@d.example"]);
    assert_eq!(effects_of(&plan, "account_deleted").len(), 1);
    assert_eq!(plan["warnings"].as_array().unwrap().len(), 1);
}

#[test]
fn no_terminal_and_no_yes_is_exit_5_and_nothing_changes() {
    let w = world();
    let before = w.snapshot();
    let e = w.fails(5, &["user", "delete", "d1@d.example"]);
    assert!(e["hint"].as_str().unwrap().contains("--yes"));
    assert_eq!(w.snapshot(), before);
}

#[test]
fn d2_the_account_is_gone_for_good_and_its_email_is_free() {
    let w = world();
    let plan = delete_d1(&w);
    assert_eq!(effects_of(&plan, "api_token_revoked").len(), 1);
    assert_eq!(effects_of(&plan, "teams_cleared").len(), 1);
    let u = w.json(&["user", "show", "d1@d.example"]);
    assert_eq!(u["status"], "deleted");
    assert_eq!(u["has_api_token"], false);
    assert_eq!(u["teams"], serde_json::json!([]));
    // The e-mail is free at once: a new, separate account can take it.
    w.ok(&[
        "--as",
        "admin@d.example",
        "user",
        "set",
        "d2@d.example",
        "--email",
        "d1@d.example",
    ]);
    assert_eq!(w.json(&["user", "show", "d1@d.example"])["name"], "d2");
}

#[test]
fn d3_past_messages_show_the_sender_as_cancelled() {
    let w = world();
    let design = chat_id(&w, "Design");
    let plan = delete_d1(&w);
    assert_eq!(
        effects_of(&plan, "messages_marked_cancelled")[0]["count"],
        1
    );
    let msgs = w.json(&["message", "list", "--chat", &design]);
    assert_eq!(msgs[0]["sender_name"], "d1 (Cancelled)");
}

#[test]
fn d4_the_my_chat_is_deleted() {
    let w = world();
    let plan = delete_d1(&w);
    let deleted = effects_of(&plan, "chat_deleted");
    assert!(
        deleted
            .iter()
            .any(|e| e["kind"] == "my" && e["chat_name"] == "my")
    );
    let chats = w.json(&["chat", "list"]);
    assert!(
        chats
            .as_array()
            .unwrap()
            .iter()
            .all(|c| !(c["kind"] == "my" && c["members"].as_array().unwrap().is_empty()))
    );
}

#[test]
fn d5_it_disappears_from_every_contact_list() {
    let w = world();
    let plan = delete_d1(&w);
    assert_eq!(effects_of(&plan, "contact_removed").len(), 3);
    for other in ["d2@d.example", "x1@x.example", "p1@personal.example"] {
        let contacts = w.json(&["contact", "list", other]);
        assert!(
            find(&contacts, "email", "d1@d.example").is_none(),
            "{other}"
        );
    }
}

#[test]
fn l6_deletion_leaves_the_other_alone_in_a_direct_chat_with_messages() {
    let w = world();
    let dm = chat_id(&w, "d1@d.example / d2@d.example");
    delete_d1(&w);
    let chat = w.json(&["chat", "show", &dm]);
    assert_eq!(
        chat["members"],
        serde_json::json!([{"email": "d2@d.example", "role": "member"}])
    );
    assert_eq!(chat["messages"], 3);
}

#[test]
fn l6_a_direct_chat_without_messages_is_deleted() {
    let w = world();
    let dm = chat_id(&w, "d1@d.example / x1@x.example");
    let plan = delete_d1(&w);
    let deleted = effects_of(&plan, "chat_deleted");
    assert!(
        deleted
            .iter()
            .any(|e| e["chat_id"] == dm.parse::<i64>().unwrap()
                && e["reason"].as_str().unwrap().contains("no messages"))
    );
    assert_eq!(w.run(&["chat", "show", &dm]).code, 4);
}

#[test]
fn l6_a_direct_chat_is_deleted_when_both_accounts_are() {
    let w = world();
    let dm = chat_id(&w, "d1@d.example / d2@d.example");
    delete_d1(&w);
    w.ok(&[
        "--yes",
        "--as",
        "admin@d.example",
        "user",
        "delete",
        "d2@d.example",
    ]);
    assert_eq!(w.run(&["chat", "show", &dm]).code, 4);
    w.assert_invariants();
}

#[test]
fn l1_l4_leaving_a_group_without_another_admin_promotes_everyone() {
    let w = world();
    let design = chat_id(&w, "Design");
    let plan = delete_d1(&w);
    let granted: Vec<&str> = effects_of(&plan, "chat_admin_granted")
        .iter()
        .map(|e| e["account"].as_str().unwrap())
        .collect();
    assert_eq!(granted, ["d2@d.example", "x1@x.example"]);
    let chat = w.json(&["chat", "show", &design]);
    assert_eq!(
        chat["members"],
        serde_json::json!([{"email": "d2@d.example", "role": "admin"}, {"email": "x1@x.example", "role": "admin"}])
    );
}

#[test]
fn l2_d7_files_go_to_the_org_when_a_colleague_stays_else_are_deleted() {
    let w = world();
    let plan = delete_d1(&w);
    let reowned: Vec<&str> = effects_of(&plan, "file_reowned")
        .iter()
        .map(|e| e["file_name"].as_str().unwrap())
        .collect();
    assert_eq!(reowned, ["photo.jpg", "draft.fig"]);
    let deleted: Vec<&str> = effects_of(&plan, "file_deleted")
        .iter()
        .map(|e| e["file_name"].as_str().unwrap())
        .collect();
    assert_eq!(deleted, ["invoice.pdf", "brief.pdf"]);
    let files = w.json(&["file", "list"]);
    let draft = find(&files, "name", "draft.fig").unwrap();
    assert_eq!(draft["owner_kind"], "org");
    assert_eq!(draft["owner"], "d");
    assert!(find(&files, "name", "brief.pdf").is_none());
}

#[test]
fn l3_d8_tasks_in_charge_go_and_requested_ones_stay_cancelled() {
    let w = world();
    let plan = delete_d1(&w);
    assert_eq!(
        effects_of(&plan, "task_deleted")[0]["body"],
        "finish the draft"
    );
    assert_eq!(effects_of(&plan, "task_requester_cancelled").len(), 1);
    let tasks = w.json(&["task", "list"]);
    assert_eq!(tasks.as_array().unwrap().len(), 1);
    assert_eq!(tasks[0]["body"], "review the draft");
    assert_eq!(tasks[0]["requester_name"], "d1 (Cancelled)");
}

#[test]
fn l5_d6_a_chat_without_members_is_deleted_with_everything() {
    let w = world();
    let just_us = chat_id(&w, "Just us");
    let partners = chat_id(&w, "Partners");
    let plan = delete_d1(&w);
    assert!(
        effects_of(&plan, "chat_deleted")
            .iter()
            .any(|e| e["chat_name"] == "Just us")
    );
    assert_eq!(w.run(&["chat", "show", &just_us]).code, 4);
    // D6: a chat with others left keeps going without d1.
    let p = w.json(&["chat", "show", &partners]);
    assert_eq!(p["members"].as_array().unwrap().len(), 1);
}

#[test]
fn several_users_in_one_plan_empty_a_shared_chat() {
    // Deleting d1 and d2 together: "Design" keeps only x1 of another org,
    // so d1's file there is deleted, not handed to org d (L2), and their
    // direct chat goes because both are deleted (L6).
    let w = world();
    let dm = chat_id(&w, "d1@d.example / d2@d.example");
    let dry = w.json(&[
        "user",
        "delete",
        "d1@d.example",
        "d2@d.example",
        "--dry-run",
    ]);
    let real = w.json(&["--yes", "user", "delete", "d1@d.example", "d2@d.example"]);
    assert_eq!(effects(&dry), effects(&real));
    assert!(
        effects_of(&real, "file_deleted")
            .iter()
            .any(|e| e["file_name"] == "draft.fig")
    );
    assert!(
        effects_of(&real, "chat_admin_granted")
            .iter()
            .all(|e| e["account"] == "x1@x.example")
    );
    assert_eq!(w.run(&["chat", "show", &dm]).code, 4);
    w.assert_invariants();
}

#[test]
fn the_table_report_names_chats_files_and_totals() {
    let w = world();
    let text = w.ok(&["user", "delete", "d1@d.example", "--dry-run"]);
    assert!(text.contains("dry run: nothing was changed"));
    assert!(text.contains("draft.fig") && text.contains("3.0 MiB"));
    assert!(text.contains("total:"));
}
