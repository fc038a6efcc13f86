//! Transfers between organizations (SPEC §5, T1–T11): request by the source
//! admin, approval by the destination admin, and the move.

use serde_json::Value;

use super::harness::*;

/// A world of two orgs, `src` and `dst`, each with an admin; `src` has
/// members s1 and s2 (s1 with an API token and a team); `dst` has d1.
/// `extra` is appended to the fixture.
fn two_orgs(src_plan: &str, dst_plan: &str, settings: &str, dst_seats: u32, extra: &str) -> World {
    let w = World::new();
    let text = format!(
        r#"
[[org]]
slug = "src"
name = "Source"
plan = "{src_plan}"
seats = 5
{src_settings}
[[org]]
slug = "dst"
name = "Destination"
plan = "{dst_plan}"
seats = {dst_seats}
{dst_settings}
[[account]]
email = "s0@src.example"
name = "s0"
org = "src"
role = "admin"
[[account]]
email = "s1@src.example"
name = "s1"
org = "src"
api_token = true
teams = ["ops"]
[[account]]
email = "s2@src.example"
name = "s2"
org = "src"
[[account]]
email = "d0@dst.example"
name = "d0"
org = "dst"
role = "admin"
[[account]]
email = "p@free.example"
name = "p"
{extra}
"#,
        src_settings = settings.split('|').next().unwrap_or_default(),
        dst_settings = settings.split('|').nth(1).unwrap_or_default(),
    );
    let path = w.dir().join("two.toml");
    std::fs::write(&path, text).unwrap();
    w.ok(&["fixture", "load", path.to_str().unwrap()]);
    w
}

fn request(w: &World, users: &[&str], dry: bool) -> super::harness::Run {
    let mut args = vec![
        "--as",
        "s0@src.example",
        "--yes",
        "transfer",
        "request",
        "--from",
        "src",
        "--to-admin",
        "d0@dst.example",
    ];
    args.extend_from_slice(users);
    if dry {
        args.push("--dry-run");
    }
    w.run_json(&args)
}

fn blocker_rules(plan_or_error: &Value) -> Vec<String> {
    plan_or_error["blockers"]
        .as_array()
        .map(|b| {
            b.iter()
                .map(|x| x["rule"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn seed_002_moving_a1_from_a_to_c_breaks_what_b_forbids() {
    let w = World::with_fixture("three-companies.toml");
    let dry = w.json(&[
        "--as",
        "a0@a.example",
        "transfer",
        "request",
        "--from",
        "a",
        "--to-admin",
        "c0@c.example",
        "a1@a.example",
        "--dry-run",
    ]);
    // T6: every check is shown, and T11: the impact names the setting and the fix.
    assert!(
        dry["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["ok"] == true)
    );
    let impact = &dry["impact"];
    let removed: Vec<&Value> = impact
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["effect"] == "contact_removed")
        .collect();
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0]["other"], "b1@b.example");
    assert!(
        removed[0]["reason"]
            .as_str()
            .unwrap()
            .contains("b prohibits outside users and does not allow c")
    );
    assert!(
        removed[0]["fix"]
            .as_str()
            .unwrap()
            .contains("orgctl org allow b c")
    );
    w.ok(&[
        "--as",
        "a0@a.example",
        "--yes",
        "transfer",
        "request",
        "--from",
        "a",
        "--to-admin",
        "c0@c.example",
        "a1@a.example",
    ]);
    let list = w.json(&["transfer", "list", "--status", "pending"]);
    assert_eq!(list[0]["users"][0]["status"], "pending");
    // T6: the destination admin is asked by e-mail.
    let mail = w.json(&["outbox", "list", "--to", "c0@c.example"]);
    assert!(
        mail[0]["subject"]
            .as_str()
            .unwrap()
            .starts_with("Transfer request for your approval")
    );
    assert!(
        mail[0]["body"]
            .as_str()
            .unwrap()
            .contains("orgctl transfer approve 1")
    );
    let approve_dry = w.json(&[
        "--as",
        "c0@c.example",
        "transfer",
        "approve",
        "1",
        "--dry-run",
    ]);
    let approved = w.json(&["--as", "c0@c.example", "--yes", "transfer", "approve", "1"]);
    assert_eq!(approve_dry["effects"], approved["effects"], "I7");
    assert_eq!(
        impact,
        &Value::Array(
            approved["effects"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["effect"] != "transfer_decided" && e["effect"] != "email_queued")
                .cloned()
                .collect()
        )
    );
    // The contact is gone, the direct chat deleted, a1 left Project X with its
    // file and the task it was in charge of.
    let a1 = w.json(&["user", "show", "a1@a.example"]);
    assert_eq!(a1["org"], "c");
    assert_eq!(a1["role"], "member");
    let contacts = w.json(&["contact", "list", "a1@a.example"]);
    assert!(find(&contacts, "email", "b1@b.example").is_none());
    let chats = w.json(&["chat", "list", "--user", "a1@a.example"]);
    assert!(find(&chats, "name", "Project X").is_none());
    assert!(
        find(&chats, "name", "A team").is_some(),
        "a0 and a1 may still talk: A does not prohibit"
    );
    let files = w.json(&["file", "list", "--user", "a1@a.example"]);
    assert_eq!(files, serde_json::json!([]));
    let tasks = w.json(&["task", "list"]);
    assert!(find(&tasks, "body", "review the spec").is_none());
    assert!(
        find(&tasks, "body", "send the figures").is_some(),
        "a task a1 requested stays (L3)"
    );
    assert_eq!(w.json(&["transfer", "show", "1"])["status"], "approved");
    // T6: the source admin is told the outcome.
    let mail = w.json(&["outbox", "list", "--to", "a0@a.example"]);
    assert!(
        mail[0]["subject"]
            .as_str()
            .unwrap()
            .contains("1 user approved"),
        "{mail}"
    );
    w.assert_invariants();
}

#[test]
fn t6_decisions_are_mailed_to_the_other_side_in_the_configured_language() {
    let w = two_orgs("business", "business", "|", 5, "");
    request(&w, &["s1@src.example"], false);
    w.ok(&["--as", "d0@dst.example", "transfer", "reject", "1"]);
    let mail = w.json(&["outbox", "list", "--to", "s0@src.example"]);
    assert!(
        mail[0]["subject"].as_str().unwrap().contains("rejected"),
        "{mail}"
    );
    let config = w.dir().join("ja.toml");
    std::fs::write(
        &config,
        "[mail]\nlang = \"ja\"\nfrom = \"Admin <admin@example.jp>\"\n",
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    w.ok(&[
        "--config",
        cfg,
        "--as",
        "s0@src.example",
        "--yes",
        "transfer",
        "request",
        "--from",
        "src",
        "--to-admin",
        "d0@dst.example",
        "s2@src.example",
    ]);
    w.ok(&[
        "--config",
        cfg,
        "--as",
        "s0@src.example",
        "transfer",
        "cancel",
        "2",
    ]);
    let mail = w.json(&["outbox", "list", "--to", "d0@dst.example"]);
    let subjects: Vec<&str> = mail
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    assert!(
        subjects
            .iter()
            .any(|s| s.starts_with("組織間移行に伴う、移行申請のご案内")),
        "{subjects:?}"
    );
    assert!(
        subjects.iter().any(|s| s.contains("取り消し")),
        "{subjects:?}"
    );
}

#[test]
fn t1_the_plan_matrix() {
    let plans = ["business", "enterprise", "kddi"];
    for from in plans {
        for to in plans {
            let w = two_orgs(from, to, "|", 5, "");
            let r = request(&w, &["s1@src.example"], true);
            let allowed = from == "business" || from == to;
            if allowed {
                assert_eq!(r.code, 0, "{from} → {to}: {}", r.stderr);
            } else {
                assert_eq!(r.code, 3, "{from} → {to} must be refused");
                let plan = r.json();
                assert!(
                    blocker_rules(&plan).contains(&"T1".to_string()),
                    "{from} → {to}"
                );
                // A failed check says what is wrong, not what was hoped for.
                let t1 = plan["blockers"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|b| b["rule"] == "T1")
                    .unwrap();
                assert!(
                    t1["message"]
                        .as_str()
                        .unwrap()
                        .contains("is not an allowed move"),
                    "{t1}"
                );
            }
        }
        // A free (personal) account is never a destination.
        let w = two_orgs(from, "business", "|", 5, "");
        let r = w.run_json(&[
            "--as",
            "s0@src.example",
            "transfer",
            "request",
            "--from",
            "src",
            "--to-admin",
            "p@free.example",
            "s1@src.example",
            "--dry-run",
        ]);
        assert_eq!(r.code, 3);
        assert_eq!(blocker_rules(&r.json()), ["T1"]);
    }
}

#[test]
fn t2_both_prohibitions_need_the_allow_list() {
    // (src settings | dst settings, allowed?)
    let cases = [
        ("|", true),
        ("prohibit_outside = true|", false),
        ("prohibit_outside = true\nallow = [\"dst\"]|", true),
        ("|prohibit_outside = true", false),
        ("|prohibit_outside = true\nallow = [\"src\"]", true),
        (
            "prohibit_outside = true\nallow = [\"dst\"]|prohibit_outside = true",
            false,
        ),
        (
            "prohibit_outside = true|prohibit_outside = true\nallow = [\"src\"]",
            false,
        ),
        (
            "prohibit_outside = true\nallow = [\"dst\"]|prohibit_outside = true\nallow = [\"src\"]",
            true,
        ),
    ];
    for (settings, allowed) in cases {
        let w = two_orgs("enterprise", "enterprise", settings, 5, "");
        let r = request(&w, &["s1@src.example"], true);
        if allowed {
            assert_eq!(r.code, 0, "{settings}: {}", r.stderr);
        } else {
            assert_eq!(r.code, 3, "{settings}");
            let plan = r.json();
            assert!(
                blocker_rules(&plan).iter().all(|r| r == "T2"),
                "{settings}: {plan}"
            );
            let hint = plan["blockers"][0]["hint"].as_str().unwrap();
            // The hint names the admin who may run it (issue 12).
            assert!(
                hint.contains("orgctl --as ") && hint.contains(" org allow "),
                "{hint}"
            );
        }
    }
}

#[test]
fn t3_seats_warn_at_request_block_at_approval_and_allow_partial_approval() {
    // dst has 2 seats: its admin and one free.
    let w = two_orgs("business", "business", "|", 2, "");
    let r = request(&w, &["s1@src.example", "s2@src.example"], false);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let plan = r.json();
    assert!(plan["warnings"].as_array().unwrap().iter().any(|w| {
        w["rule"] == "T3"
            && w["message"]
                .as_str()
                .unwrap()
                .contains("1 free seat for 2 users")
    }));
    let e = w.fails(
        3,
        &[
            "--as",
            "d0@dst.example",
            "--yes",
            "transfer",
            "approve",
            "1",
        ],
    );
    assert_eq!(blocker_rules(&e), ["T3"]);
    // Partial approval: one user fits.
    w.ok(&[
        "--as",
        "d0@dst.example",
        "--yes",
        "transfer",
        "approve",
        "1",
        "--user",
        "s1@src.example",
    ]);
    let t = w.json(&["transfer", "show", "1"]);
    assert_eq!(t["status"], "pending");
    assert_eq!(
        find(&t["users"], "email", "s1@src.example").unwrap()["status"],
        "approved"
    );
    assert_eq!(
        find(&t["users"], "email", "s2@src.example").unwrap()["status"],
        "pending"
    );
    // The source keeps its seats and is told which are now unused.
    assert_eq!(w.json(&["org", "show", "src"])["seats"], 5);
    // Once the destination adds a seat, the rest is approved.
    w.ok(&[
        "--as",
        "d0@dst.example",
        "org",
        "set",
        "dst",
        "--seats",
        "3",
    ]);
    w.ok(&[
        "--as",
        "d0@dst.example",
        "--yes",
        "transfer",
        "approve",
        "1",
    ]);
    assert_eq!(w.json(&["transfer", "show", "1"])["status"], "approved");
    w.assert_invariants();
}

#[test]
fn t4_only_members_move_not_the_admin_nor_outsiders() {
    let w = two_orgs("business", "business", "|", 5, "");
    let r = request(&w, &["s0@src.example", "d0@dst.example"], true);
    assert_eq!(r.code, 3);
    let plan = r.json();
    assert_eq!(blocker_rules(&plan), ["T4", "T4"]);
    assert!(
        plan["blockers"][0]["hint"]
            .as_str()
            .unwrap()
            .contains("hand-over")
    );
    assert_eq!(request(&w, &["ghost@src.example"], true).code, 4);
}

#[test]
fn t5_a_user_is_in_at_most_one_pending_transfer() {
    let w = two_orgs("business", "business", "|", 5, "");
    assert_eq!(request(&w, &["s1@src.example"], false).code, 0);
    let r = request(&w, &["s1@src.example", "s2@src.example"], false);
    assert_eq!(r.code, 3);
    assert_eq!(blocker_rules(&r.error()), ["T5"]);
    // Once cancelled, the user may be requested again.
    w.ok(&["--as", "s0@src.example", "transfer", "cancel", "1"]);
    assert_eq!(w.json(&["transfer", "show", "1"])["status"], "cancelled");
    assert_eq!(request(&w, &["s1@src.example"], false).code, 0);
}

#[test]
fn t6_only_the_right_admins_act_and_decided_or_expired_requests_are_final() {
    let mut w = two_orgs("business", "business", "|", 5, "");
    // The destination admin is named by its e-mail; a member is not an admin.
    let r = w.run_json(&[
        "--as",
        "s0@src.example",
        "transfer",
        "request",
        "--from",
        "src",
        "--to-admin",
        "s2@src.example",
        "s1@src.example",
        "--dry-run",
    ]);
    assert_eq!(r.code, 3);
    // The same org at both ends.
    let r = w.run_json(&[
        "--as",
        "s0@src.example",
        "transfer",
        "request",
        "--from",
        "src",
        "--to-admin",
        "s0@src.example",
        "s1@src.example",
        "--dry-run",
    ]);
    assert_eq!(r.code, 3);
    assert!(blocker_rules(&r.json()).contains(&"T6".to_string()));
    // A member cannot request.
    assert_eq!(
        w.run(&[
            "--as",
            "s1@src.example",
            "--yes",
            "transfer",
            "request",
            "--from",
            "src",
            "--to-admin",
            "d0@dst.example",
            "s2@src.example"
        ])
        .code,
        3
    );
    assert_eq!(request(&w, &["s1@src.example"], false).code, 0);
    // Only the destination admin approves or rejects.
    w.fails(
        3,
        &[
            "--as",
            "s0@src.example",
            "--yes",
            "transfer",
            "approve",
            "1",
        ],
    );
    w.fails(
        4,
        &[
            "--as",
            "d0@dst.example",
            "--yes",
            "transfer",
            "approve",
            "99",
        ],
    );
    w.fails(
        4,
        &[
            "--as",
            "d0@dst.example",
            "--yes",
            "transfer",
            "approve",
            "1",
            "--user",
            "s2@src.example",
        ],
    );
    w.ok(&["--as", "d0@dst.example", "transfer", "reject", "1"]);
    assert_eq!(w.json(&["transfer", "show", "1"])["status"], "rejected");
    let e = w.fails(
        3,
        &[
            "--as",
            "d0@dst.example",
            "--yes",
            "transfer",
            "approve",
            "1",
        ],
    );
    assert_eq!(blocker_rules(&e), ["T6"]);
    // Expiry after 14 days (our choice, configurable).
    assert_eq!(request(&w, &["s2@src.example"], false).code, 0);
    w.now = "2026-12-08T09:00:00Z".into();
    assert_eq!(w.json(&["transfer", "show", "2"])["status"], "expired");
    let e = w.fails(
        3,
        &[
            "--as",
            "d0@dst.example",
            "--yes",
            "transfer",
            "approve",
            "2",
        ],
    );
    assert!(e.to_string().contains("expired"), "{e}");
    assert_eq!(w.json(&["user", "show", "s2@src.example"])["org"], "src");
}

#[test]
fn t6_the_ttl_comes_from_the_config_file() {
    let w = two_orgs("business", "business", "|", 5, "");
    let config = w.dir().join("c.toml");
    std::fs::write(&config, "[transfer]\nttl_days = 2\n").unwrap();
    let plan = w.json(&[
        "--config",
        config.to_str().unwrap(),
        "--as",
        "s0@src.example",
        "--yes",
        "transfer",
        "request",
        "--from",
        "src",
        "--to-admin",
        "d0@dst.example",
        "s1@src.example",
    ]);
    assert_eq!(
        effects_of(&plan, "transfer_requested")[0]["expires_at"],
        "2026-11-25T09:00:00Z"
    );
}

#[test]
fn t7_every_check_runs_again_at_approval() {
    let w = two_orgs("enterprise", "enterprise", "|", 5, "");
    assert_eq!(request(&w, &["s1@src.example"], false).code, 0);
    // After the request, the destination starts prohibiting outside users.
    w.ok(&[
        "--as",
        "d0@dst.example",
        "org",
        "set",
        "dst",
        "--prohibit-outside",
        "on",
    ]);
    let e = w.fails(
        3,
        &[
            "--as",
            "d0@dst.example",
            "--yes",
            "transfer",
            "approve",
            "1",
        ],
    );
    assert_eq!(blocker_rules(&e), ["T2"]);
    assert_eq!(
        w.json(&["user", "show", "s1@src.example"])["org"],
        "src",
        "all or nothing"
    );
    w.ok(&["--as", "d0@dst.example", "org", "allow", "dst", "src"]);
    w.ok(&[
        "--as",
        "d0@dst.example",
        "--yes",
        "transfer",
        "approve",
        "1",
    ]);
}

#[test]
fn t8_the_token_and_teams_stay_behind() {
    let w = two_orgs("business", "business", "|", 5, "");
    request(&w, &["s1@src.example"], false);
    let plan = w.json(&[
        "--as",
        "d0@dst.example",
        "--yes",
        "transfer",
        "approve",
        "1",
    ]);
    assert_eq!(effects_of(&plan, "api_token_revoked").len(), 1);
    assert_eq!(effects_of(&plan, "teams_cleared").len(), 1);
    let s1 = w.json(&["user", "show", "s1@src.example"]);
    assert_eq!(s1["has_api_token"], false);
    assert_eq!(s1["teams"], serde_json::json!([]));
    assert_eq!(s1["org"], "dst");
}

#[test]
fn t9_exemptions_follow_the_destination_settings() {
    for (dst, outside, file) in [
        ("", false, false),
        ("prohibit_outside = true", true, false),
        ("prohibit_file_sharing = true", false, true),
        (
            "prohibit_outside = true\nprohibit_file_sharing = true",
            true,
            true,
        ),
    ] {
        let extra = "[[account]]\nemail = \"s3@src.example\"\nname = \"s3\"\norg = \"src\"\nexempt_outside = true\nexempt_file = true\n";
        let settings =
            format!("prohibit_outside = true\nallow = [\"dst\"]|{dst}\nallow = [\"src\"]");
        let w = two_orgs("enterprise", "enterprise", &settings, 6, extra);
        let r = request(&w, &["s1@src.example", "s3@src.example"], false);
        assert_eq!(r.code, 0, "{dst}: {}", r.stderr);
        w.ok(&[
            "--as",
            "d0@dst.example",
            "--yes",
            "transfer",
            "approve",
            "1",
        ]);
        for who in ["s1@src.example", "s3@src.example"] {
            let u = w.json(&["user", "show", who]);
            assert_eq!(u["exempt_outside"], outside, "{dst} {who}");
            assert_eq!(u["exempt_file"], file, "{dst} {who}");
        }
        w.assert_invariants();
    }
}

#[test]
fn t10_users_moving_together_keep_what_they_share() {
    // s1 and s2 are contacts; src and dst are open; after both move, their
    // contact stays (they are in one org).
    let extra = "[[contact]]\nbetween = [\"s1@src.example\", \"s2@src.example\"]\n";
    let w = two_orgs("business", "business", "|", 5, extra);
    request(&w, &["s1@src.example", "s2@src.example"], false);
    let plan = w.json(&[
        "--as",
        "d0@dst.example",
        "--yes",
        "transfer",
        "approve",
        "1",
    ]);
    assert!(effects_of(&plan, "contact_removed").is_empty());
    assert_eq!(
        w.json(&["contact", "list", "s1@src.example"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn two_approvals_at_once_apply_exactly_once() {
    // Six processes race to approve the same request (on PostgreSQL too:
    // issue 13.4).
    let w2 = two_orgs("business", "business", "|", 5, "");
    request(&w2, &["s1@src.example", "s2@src.example"], false);
    let mut procs: Vec<std::process::Child> = (0..6)
        .map(|_| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("orgctl"));
            cmd.env("ORGCTL_NOW", NOW)
                .env("ORGCTL_BUSY_TIMEOUT_MS", "20000")
                .env("HOME", w2.dir())
                .arg("--db")
                .arg(w2.target())
                .args([
                    "--as",
                    "d0@dst.example",
                    "--yes",
                    "transfer",
                    "approve",
                    "1",
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            cmd.spawn().unwrap()
        })
        .collect();
    let codes: Vec<i32> = procs
        .iter_mut()
        .map(|p| p.wait().unwrap().code().unwrap_or(-1))
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == 0 || *c == 3), "{codes:?}");
    let moved = w2.json(&["user", "list", "--org", "dst"]);
    assert_eq!(moved.as_array().unwrap().len(), 3);
    w2.assert_invariants();
}
