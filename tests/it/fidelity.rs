//! The domain rules to the letter (issue 12): one test per defect found
//! against the seeds, each failing before its fix. The world: `a` (business)
//! with a0 (admin), a1, a2 and a group chat; `b` (enterprise) prohibits
//! outside talk; `c` (business) with c0, c1; `solo` a one-person org; p1 and
//! p2 personal accounts with a contact, a group chat and messages.

use serde_json::Value;

use super::harness::*;

const WORLD: &str = r#"
[[org]]
slug = "a"
name = "Company A"
plan = "business"
seats = 5

[[org]]
slug = "b"
name = "Company B"
plan = "enterprise"
seats = 5
prohibit_outside = true

[[org]]
slug = "c"
name = "Company C"
plan = "business"
seats = 5

[[org]]
slug = "solo"
name = "Solo Ltd"
plan = "business"
seats = 2

[[account]]
email = "a0@a.example"
name = "a0"
org = "a"
role = "admin"
password = "secret-pass-a0"

[[account]]
email = "a1@a.example"
name = "a1"
org = "a"
role = "user_admin"

[[account]]
email = "a2@a.example"
name = "a2"
org = "a"

[[account]]
email = "b0@b.example"
name = "b0"
org = "b"
role = "admin"

[[account]]
email = "b1@b.example"
name = "b1"
org = "b"

[[account]]
email = "c0@c.example"
name = "c0"
org = "c"
role = "admin"

[[account]]
email = "c1@c.example"
name = "c1"
org = "c"

[[account]]
email = "s0@solo.example"
name = "s0"
org = "solo"
role = "admin"
password = "secret-pass-s0"

[[account]]
email = "p1@p.example"
name = "p1"
password = "secret-pass-p1"

[[account]]
email = "p2@p.example"
name = "p2"
password = "secret-pass-p2"

[[contact]]
between = ["p1@p.example", "p2@p.example"]
chat = "dm-p1-p2"

[[group]]
name = "Book club"
admins = ["p2@p.example"]
members = ["p1@p.example"]

[[group]]
name = "Team"
admins = ["a0@a.example"]
members = ["a1@a.example", "a2@a.example"]

[[message]]
chat = "dm-p1-p2"
from = "p1@p.example"
body = "hello"

[[message]]
chat = "Team"
from = "a2@a.example"
body = "minutes attached"
"#;

fn load(text: &str) -> World {
    let w = World::new();
    let path = w.dir().join("world.toml");
    std::fs::write(&path, text).unwrap();
    w.ok(&["fixture", "load", path.to_str().unwrap()]);
    w
}

fn world() -> World {
    load(WORLD).acting_as("a0@a.example")
}

/// Runs `orgctl --format json ARGS` with `stdin`.
fn run_stdin(w: &World, args: &[&str], stdin: &str) -> Run {
    let out = w
        .cmd_for(args)
        .args(["--format", "json"])
        .args(args)
        .write_stdin(stdin.to_string())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The token of the latest registration e-mail to `to`.
/// Links are shown only to the admins of the request's org (15.6), so the
/// outbox is read as the admin of the org of the latest request to `to`.
fn token_for(w: &World, to: &str) -> String {
    let requests = w.json(&["registration", "list"]);
    let org = requests
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|r| {
            r["email"]
                .as_str()
                .is_some_and(|e| e.eq_ignore_ascii_case(to))
        })
        .and_then(|r| r["org"].as_str().map(str::to_string))
        .expect("a registration request to this address");
    let admin = w.json(&["org", "show", &org])["admin"]
        .as_str()
        .expect("the org's admin")
        .to_string();
    let mails = w.json(&["outbox", "list", "--to", to, "--as", &admin]);
    let body = mails.as_array().unwrap().last().expect("an e-mail")["body"]
        .as_str()
        .unwrap()
        .to_string();
    let start = body.find("token=").expect("a link with a token") + "token=".len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect()
}

fn accept(w: &World, token: &str, password: &str, args: &[&str]) -> Run {
    let mut all = vec!["registration", "accept", token, "--password-stdin"];
    all.extend_from_slice(args);
    run_stdin(w, &all, &format!("{password}\n"))
}

fn registration(w: &World, id: i64) -> Value {
    let list = w.json(&["registration", "list"]);
    list.as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("no registration {id} in {list}"))
}

fn seats_used(w: &World, org: &str) -> i64 {
    w.json(&["org", "show", org])["seats_used"]
        .as_i64()
        .unwrap()
}

fn blocker_rules(v: &Value) -> Vec<String> {
    v["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["rule"].as_str().unwrap().to_string())
        .collect()
}

/// The first `orgctl ...` command a hint names, as arguments (without
/// `orgctl`): up to a backtick, a closing parenthesis, a semicolon, or
/// the words " or " / ", then".
fn command_in(hint: &str) -> Vec<String> {
    let start = hint
        .find("orgctl ")
        .unwrap_or_else(|| panic!("the hint names no command: {hint}"));
    let mut rest = &hint[start + "orgctl ".len()..];
    for stop in ["`", ")", ";", " or ", ", ", " (or "] {
        if let Some(i) = rest.find(stop) {
            rest = &rest[..i];
        }
    }
    rest.split_whitespace().map(str::to_string).collect()
}

/// Runs the command a hint names, as shown (the world's actor acts unless
/// the hint names one with `--as`), and expects it to work.
fn run_hint(w: &World, hint: &str) {
    let args = command_in(hint);
    let mut all: Vec<&str> = vec!["--yes"];
    all.extend(args.iter().map(String::as_str));
    let r = w.run_json(&all);
    assert_eq!(
        r.code, 0,
        "the hint `{hint}` names a command that fails:\n{}\n{}",
        r.stdout, r.stderr
    );
}

/// The hint of a refusal: the error's own, or its first blocker's.
fn hint_of(err: &Value) -> String {
    err["hint"]
        .as_str()
        .or_else(|| err["blockers"][0]["hint"].as_str())
        .unwrap_or_else(|| panic!("no hint in {err}"))
        .to_string()
}

// ---- 1, 2: requests end, or stop holding a seat, when they can no longer be accepted

#[test]
fn d2_deleting_an_unregistered_user_ends_its_request_so_it_can_be_invited_again() {
    let w = world();
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    assert_eq!(seats_used(&w, "a"), 4);
    let dry = w.json(&["user", "delete", "new@n.example", "--dry-run"]);
    let ended = effects_of(&dry, "registration_cancelled");
    assert_eq!(ended.len(), 1, "{dry}");
    assert_eq!(ended[0]["registration_id"], 1);
    assert!(
        ended[0]["reason"].as_str().unwrap().contains("deleted"),
        "{dry}"
    );
    let real = w.json(&["--yes", "user", "delete", "new@n.example"]);
    assert_eq!(
        real["effects"], dry["effects"],
        "the preview is the run (I7)"
    );
    let r = registration(&w, 1);
    assert_eq!(r["status"], "cancelled");
    assert!(r["reason"].as_str().unwrap().contains("deleted"), "{r}");
    assert_eq!(seats_used(&w, "a"), 3);
    // Seed 004: "You can register a new account with the same email
    // address after deletion."
    let again = w.json(&["user", "add", "new@n.example", "--org", "a"]);
    assert_eq!(
        effects_of(&again, "account_created")[0]["account"],
        "new@n.example"
    );
    // The ended request's own hint names a command that works.
    let e = w.fails(3, &["registration", "resend", "1"]);
    assert!(
        hint_of(&e).contains("user add new@n.example --org a"),
        "{e}"
    );
    w.assert_invariants();
}

#[test]
fn c3_cancelling_an_org_ends_the_requests_to_and_from_it() {
    let w = world();
    // a invites solo's admin (a one-person org), then solo invites p2.
    w.json(&["user", "add", "s0@solo.example", "--org", "a"]);
    assert_eq!(seats_used(&w, "a"), 4, "the request holds a seat (R1)");
    w.json(&[
        "--as",
        "s0@solo.example",
        "user",
        "add",
        "p2@p.example",
        "--org",
        "solo",
    ]);
    let plan = w.json(&["--as", "s0@solo.example", "--yes", "org", "cancel", "solo"]);
    let ended: Vec<i64> = effects_of(&plan, "registration_cancelled")
        .iter()
        .map(|e| e["registration_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ended, vec![1, 2], "{plan}");
    assert!(
        registration(&w, 1)["reason"]
            .as_str()
            .unwrap()
            .contains("deleted")
    );
    assert!(
        registration(&w, 2)["reason"]
            .as_str()
            .unwrap()
            .contains("cancelled")
    );
    assert_eq!(seats_used(&w, "a"), 3, "the seat is free again");
    // p2 can be invited by another org at once.
    w.json(&[
        "--as",
        "c0@c.example",
        "user",
        "add",
        "p2@p.example",
        "--org",
        "c",
    ]);
    w.assert_invariants();
}

#[test]
fn r1_a_request_whose_invitee_gained_members_holds_no_seat_and_says_why() {
    let w = world();
    w.json(&["user", "add", "s0@solo.example", "--org", "a"]);
    assert_eq!(seats_used(&w, "a"), 4);
    // solo gains an active member: a new account that registers.
    w.json(&[
        "--as",
        "s0@solo.example",
        "user",
        "add",
        "n1@n.example",
        "--org",
        "solo",
    ]);
    let token = token_for(&w, "n1@n.example");
    assert_eq!(accept(&w, &token, "secret-pass-n1", &[]).code, 0);
    // R4: s0 can no longer accept; the request stops holding a seat.
    let r = registration(&w, 1);
    assert_eq!(r["status"], "pending");
    assert_eq!(r["holds_seat"], false);
    assert!(r["reason"].as_str().unwrap().contains("solo"), "{r}");
    assert_eq!(seats_used(&w, "a"), 3, "org show agrees with the list");
    let token = token_for(&w, "s0@solo.example");
    let refused = accept(&w, &token, "secret-pass-s0", &["--dry-run"]);
    assert_eq!(refused.code, 3, "{}", refused.stdout);
    assert!(blocker_rules(&refused.json()).contains(&"R4".to_string()));
}

#[test]
fn r4_joining_one_org_ends_the_invitees_other_requests() {
    let w = world();
    w.json(&["user", "add", "p2@p.example", "--org", "a"]);
    w.json(&[
        "--as",
        "c0@c.example",
        "user",
        "add",
        "p2@p.example",
        "--org",
        "c",
    ]);
    assert_eq!(seats_used(&w, "a"), 4);
    let token = token_for(&w, "p2@p.example");
    let r = accept(&w, &token, "secret-pass-p2", &["--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let plan = r.json();
    let ended = effects_of(&plan, "registration_cancelled");
    assert_eq!(ended.len(), 1, "{plan}");
    assert_eq!(ended[0]["registration_id"], 1);
    let first = registration(&w, 1);
    assert_eq!(first["status"], "cancelled");
    assert!(
        first["reason"].as_str().unwrap().contains("joined c"),
        "{first}"
    );
    assert_eq!(seats_used(&w, "a"), 3);
}

// ---- 3: a link used for the wrong org

#[test]
fn t6_an_unregistered_user_moved_by_a_transfer_registers_with_the_destination() {
    let w = world();
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    let old = token_for(&w, "new@n.example");
    w.json(&[
        "--yes",
        "transfer",
        "request",
        "--from",
        "a",
        "--to-admin",
        "c0@c.example",
        "new@n.example",
    ]);
    let plan = w.json(&["--as", "c0@c.example", "--yes", "transfer", "approve", "1"]);
    let ended = effects_of(&plan, "registration_cancelled");
    assert_eq!(ended.len(), 1, "{plan}");
    assert_eq!(ended[0]["org"], "a");
    let new = effects_of(&plan, "registration_requested");
    assert_eq!(new.len(), 1, "{plan}");
    assert_eq!(new[0]["org"], "c");
    // The first org's link no longer works, and says why.
    let r = accept(&w, &old, "secret-pass-new", &[]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("moved to c")
    );
    // The destination's link does, for the destination.
    let token = token_for(&w, "new@n.example");
    assert_ne!(token, old);
    let r = accept(&w, &token, "secret-pass-new", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["effects"][2]["org"], "c");
    let u = w.json(&["user", "show", "new@n.example"]);
    assert_eq!(u["org"], "c");
    assert_eq!(u["status"], "active");
    assert_eq!(registration(&w, 1)["status"], "cancelled");
    assert_eq!(registration(&w, 2)["status"], "accepted");
}

#[test]
fn r7_a_moved_unregistered_user_can_still_be_cancelled_by_its_new_org() {
    let w = world();
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    w.json(&[
        "--yes",
        "transfer",
        "request",
        "--from",
        "a",
        "--to-admin",
        "c0@c.example",
        "new@n.example",
    ]);
    w.json(&["--as", "c0@c.example", "--yes", "transfer", "approve", "1"]);
    let plan = w.json(&[
        "--as",
        "c0@c.example",
        "--yes",
        "registration",
        "cancel",
        "2",
    ]);
    assert_eq!(
        effects_of(&plan, "registration_cancelled").len(),
        1,
        "{plan}"
    );
    assert_eq!(
        w.json(&["user", "show", "new@n.example"])["status"],
        "deleted",
        "the account the transfer names stays on record"
    );
    assert_eq!(
        w.json(&["transfer", "show", "1"])["users"][0]["status"],
        "approved"
    );
    // Its e-mail is free again (D2).
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    w.assert_invariants();
}

// ---- 4: transfers that name deleted users

#[test]
fn d2_deleting_a_user_in_a_pending_transfer_ends_its_part_and_says_why() {
    let w = world();
    w.json(&[
        "--yes",
        "transfer",
        "request",
        "--from",
        "a",
        "--to-admin",
        "c0@c.example",
        "a1@a.example",
        "a2@a.example",
    ]);
    let dry = w.json(&["user", "delete", "a1@a.example", "--dry-run"]);
    let ended = effects_of(&dry, "transfer_decided");
    assert_eq!(ended.len(), 1, "{dry}");
    assert_eq!(ended[0]["status"], "cancelled");
    w.json(&["--yes", "user", "delete", "a1@a.example"]);
    let t = w.json(&["transfer", "show", "1"]);
    let a1 = find(&t["users"], "email", "a1@a.example").unwrap();
    assert_eq!(a1["status"], "cancelled");
    assert!(a1["reason"].as_str().unwrap().contains("deleted"), "{t}");
    // "Approve all" approves the one left.
    w.json(&["--as", "c0@c.example", "--yes", "transfer", "approve", "1"]);
    assert_eq!(w.json(&["user", "show", "a2@a.example"])["org"], "c");
    w.assert_invariants();
}

// ---- 5: the invitee's data under the new org's policy

#[test]
fn r8_user_add_warns_what_the_invitee_would_lose_and_the_named_fix_keeps_it() {
    let w = world().acting_as("b0@b.example");
    let dry = w.json(&["user", "add", "p1@p.example", "--org", "b", "--dry-run"]);
    let warning = dry["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["rule"] == "R8")
        .unwrap_or_else(|| panic!("no R8 warning: {dry}"))
        .clone();
    assert!(
        !effects_of(
            &serde_json::json!({"effects": dry["impact"]}),
            "contact_removed"
        )
        .is_empty(),
        "{dry}"
    );
    let message = warning["message"].as_str().unwrap();
    assert!(message.contains("--exempt-outside on"), "{message}");
    run_hint(&w, message);
    let r = registration(&w, 1);
    assert_eq!(r["exempt_outside"], true);
    let token = token_for(&w, "p1@p.example");
    let r = accept(&w, &token, "secret-pass-p1", &["--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let plan = r.json();
    assert!(effects_of(&plan, "contact_removed").is_empty(), "{plan}");
    assert!(effects_of(&plan, "chat_left").is_empty(), "{plan}");
    let u = w.json(&["user", "show", "p1@p.example"]);
    assert_eq!(u["org"], "b");
    assert_eq!(u["exempt_outside"], true);
    assert_eq!(
        w.json(&["contact", "list", "p1@p.example"])[0]["email"],
        "p2@p.example"
    );
    w.assert_invariants();
}

#[test]
fn r8_the_fix_an_acceptance_preview_names_works_before_acceptance() {
    let w = world().acting_as("b0@b.example");
    w.json(&["user", "add", "p1@p.example", "--org", "b"]);
    let token = token_for(&w, "p1@p.example");
    let r = accept(&w, &token, "secret-pass-p1", &["--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let preview = r.json();
    let removed = effects_of(&preview, "contact_removed");
    assert_eq!(removed.len(), 1, "{preview}");
    let fix = removed[0]["fix"].as_str().unwrap().to_string();
    // The fix is the admin's to apply, on the pending membership, and it
    // names that admin, so it works as shown whoever runs it.
    assert!(
        fix.contains("orgctl --as b0@b.example user security"),
        "{fix}"
    );
    let w = w.acting_as("p2@p.example");
    run_hint(&w, &fix);
    let r = accept(&w, &token, "secret-pass-p1", &["--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(effects_of(&r.json(), "contact_removed").is_empty());
    assert_eq!(
        w.json(&["user", "show", "p1@p.example"])["exempt_outside"],
        true
    );
}

// ---- 6: the Chatwork ID belongs to its user

#[test]
fn s1_a_user_sets_its_own_chatwork_id_and_an_admin_cannot() {
    let w = world();
    // A personal account sets its own (seed 003: 利用者本人が自分で設定).
    w.json(&[
        "--as",
        "p1@p.example",
        "user",
        "set",
        "p1@p.example",
        "--chatwork-id",
        "p-one",
    ]);
    assert_eq!(
        w.json(&["user", "show", "p1@p.example"])["chatwork_id"],
        "p-one"
    );
    // A member sets its own, and changes it at any time.
    for id in ["a-two", "a-2"] {
        w.json(&[
            "--as",
            "a2@a.example",
            "user",
            "set",
            "a2@a.example",
            "--chatwork-id",
            id,
        ]);
    }
    // Its admin cannot (管理者で一括管理ができません); the hint works.
    let e = w.fails(3, &["user", "set", "a2@a.example", "--chatwork-id", "x-y"]);
    assert!(e["message"].as_str().unwrap().contains("[S1]"), "{e}");
    assert_eq!(
        w.json(&["user", "show", "a2@a.example"])["chatwork_id"],
        "a-2"
    );
    run_hint(&w, &hint_of(&e));
    assert_eq!(
        w.json(&["user", "show", "a2@a.example"])["chatwork_id"],
        "x-y"
    );
    // The admin still edits the rest.
    w.json(&["user", "set", "a2@a.example", "--name", "A Two"]);
}

// ---- 7: "Cancelled Users"

fn sender_names(w: &World) -> Vec<String> {
    let chats = w.json(&["chat", "list"]);
    let team = find(&chats, "name", "Team").unwrap()["id"]
        .as_i64()
        .unwrap();
    w.json(&["message", "list", "--chat", &team.to_string()])
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["sender_name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn d3_speakers_deleted_before_2016_03_09_jst_show_as_cancelled_users() {
    // 2016-03-09 00:00 JST is 2016-03-08 15:00 UTC.
    for (at, shown) in [
        ("2016-03-08T14:59:59Z", "Cancelled Users"),
        ("2016-03-08T15:00:00Z", "a2 (Cancelled)"),
    ] {
        let mut w = world();
        w.now = at.to_string();
        w.json(&["--yes", "user", "delete", "a2@a.example"]);
        w.now = NOW.to_string();
        assert_eq!(sender_names(&w), vec![shown.to_string()], "deleted at {at}");
    }
    // A scenario says when an account was deleted.
    let text = WORLD.replace(
        "email = \"a2@a.example\"\nname = \"a2\"\norg = \"a\"\n",
        "email = \"a2@a.example\"\nname = \"a2\"\norg = \"a\"\ndeleted_at = \"2015-04-01T09:00:00+09:00\"\n",
    );
    let w = load(&text);
    assert_eq!(sender_names(&w), vec!["Cancelled Users".to_string()]);
    assert_eq!(
        w.json(&["user", "show", "a2@a.example"])["status"],
        "deleted"
    );
    w.assert_invariants();
}

// ---- 10: passwords an admin needs

#[test]
fn org_create_gives_its_admin_a_first_password_and_admins_reset_passwords() {
    let w = world();
    let r = run_stdin(
        &w,
        &[
            "org",
            "create",
            "z",
            "--name",
            "Z",
            "--plan",
            "business",
            "--seats",
            "2",
            "--admin-email",
            "z0@z.example",
            "--admin-password-stdin",
        ],
        "secret-pass-z0\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("secret-pass-z0"), "never printed");
    // z0 (a one-person org's admin) can now confirm a registration request.
    w.json(&["user", "add", "z0@z.example", "--org", "a"]);
    let token = token_for(&w, "z0@z.example");
    let r = accept(&w, &token, "secret-pass-z0", &["--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(w.json(&["user", "show", "z0@z.example"])["org"], "a");

    // Without a password, org create warns and names the command that sets one.
    let plan = w.json(&[
        "org",
        "create",
        "y",
        "--name",
        "Y",
        "--plan",
        "business",
        "--seats",
        "2",
        "--admin-email",
        "y0@y.example",
    ]);
    let warning = plan["warnings"][0]["message"].as_str().unwrap().to_string();
    let mut args = vec!["--yes".to_string()];
    args.extend(command_in(&warning));
    args.push("--password-stdin".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = run_stdin(&w, &args, "secret-pass-y0\n");
    assert_eq!(r.code, 0, "{}", r.stderr);
    w.json(&["user", "add", "y0@y.example", "--org", "a"]);
    let token = token_for(&w, "y0@y.example");
    assert_eq!(accept(&w, &token, "secret-pass-y0", &["--dry-run"]).code, 0);

    // An admin resets a member's password (seed 004); another org's cannot.
    let r = run_stdin(
        &w,
        &["user", "password", "a2@a.example", "--password-stdin"],
        "new-secret-pass-a2\n",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(effects_of(&r.json(), "password_set").len() == 1);
    let r = run_stdin(
        &w,
        &[
            "--as",
            "c0@c.example",
            "user",
            "password",
            "a2@a.example",
            "--password-stdin",
        ],
        "other-secret-pass\n",
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    let audit = w.json(&["audit", "list"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "user.password" && a["result"] == "ok")
    );
}

// ---- 11: a dry run lists every blocker

#[test]
fn d9_a_dry_run_lists_every_blocker_unknown_users_included() {
    let w = world();
    let r = w.run_json(&[
        "user",
        "delete",
        "a1@a.example",
        "a0@a.example",
        "nobody@x.example",
        "c1@c.example",
        "--dry-run",
    ]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    let plan = r.json();
    let text = plan["blockers"].to_string();
    assert!(text.contains("nobody@x.example"), "{text}");
    assert!(text.contains("a0@a.example is a's admin"), "{text}");
    assert!(text.contains("c1@c.example is not a user of a"), "{text}");
    // Not-found alone is exit 4; the real run lists the same blockers.
    let r = w.run_json(&["user", "delete", "nobody@x.example", "--dry-run"]);
    assert_eq!(r.code, 4, "{}", r.stdout);
    let e = w.fails(
        4,
        &[
            "--yes",
            "user",
            "delete",
            "nobody@x.example",
            "ghost@x.example",
        ],
    );
    assert_eq!(e["kind"], "not_found");
    assert_eq!(e["blockers"].as_array().unwrap().len(), 2);
    let e = w.fails(
        3,
        &[
            "--yes",
            "user",
            "delete",
            "a0@a.example",
            "nobody@x.example",
        ],
    );
    assert_eq!(e["blockers"].as_array().unwrap().len(), 2);
    // A transfer request lists its unknown users with its other blockers.
    let r = w.run_json(&[
        "transfer",
        "request",
        "--from",
        "a",
        "--to-admin",
        "c0@c.example",
        "a0@a.example",
        "nobody@x.example",
        "--dry-run",
    ]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    let text = r.json()["blockers"].to_string();
    assert!(
        text.contains("nobody@x.example") && text.contains("a's admin"),
        "{text}"
    );
}

// ---- 12: hints that lead somewhere

#[test]
fn r4_the_hint_for_another_orgs_admin_hands_the_role_over_first() {
    let w = world();
    let e = w.fails(3, &["user", "add", "c0@c.example", "--org", "a"]);
    let hint = hint_of(&e);
    assert!(hint.contains("org hand-over c --to c1@c.example"), "{hint}");
    assert!(hint.contains("transfer request --from c"), "{hint}");
    // Both steps, as shown, work.
    run_hint(&w, &hint[hint.find("(orgctl").unwrap() + 1..]);
    run_hint(&w, &hint[hint.rfind("orgctl").unwrap()..]);
    assert_eq!(
        w.json(&["transfer", "show", "1"])["users"][0]["email"],
        "c0@c.example"
    );
    // A plan T1 forbids gets no transfer hint (enterprise → business).
    let e = w.fails(3, &["user", "add", "b1@b.example", "--org", "a"]);
    let hint = hint_of(&e);
    assert!(
        hint.contains("T1") && !hint.contains("transfer request"),
        "{hint}"
    );
}

#[test]
fn org_set_plan_changes_plans_and_keeps_what_a_lower_plan_lacks_in_view() {
    let w = world();
    // A business org has no prohibited-acts settings; the hint moves it.
    let e = w.fails(3, &["org", "set", "a", "--prohibit-outside", "on"]);
    run_hint(&w, &hint_of(&e));
    let a = w.json(&["org", "show", "a"]);
    assert_eq!(a["plan"], "enterprise");
    assert_eq!(a["prohibit_outside"], true);
    // Back to business: refused while a setting business lacks is on.
    w.json(&["--yes", "org", "allow", "a", "c"]);
    let e = w.fails(3, &["org", "set", "a", "--plan", "business"]);
    assert_eq!(e["blockers"].as_array().unwrap().len(), 2, "{e}");
    let hints: Vec<String> = e["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["hint"].as_str().unwrap().to_string())
        .collect();
    assert!(hints[0].contains("--prohibit-outside off"), "{hints:?}");
    w.json(&["--yes", "org", "set", "a", "--prohibit-outside", "off"]);
    run_hint(&w, &hints[1]);
    let plan = w.json(&["org", "set", "a", "--plan", "business"]);
    assert_eq!(effects_of(&plan, "setting_changed")[0]["value"], "business");
    let a = w.json(&["org", "show", "a"]);
    assert_eq!(a["plan"], "business");
    assert_eq!(a["seats"], 5, "the seats are kept");
    assert_eq!(a["allow"], serde_json::json!([]));
    let audit = w.json(&["audit", "list"]);
    assert!(audit.to_string().contains("org.set"));
}

#[test]
fn t3_the_unused_seats_count_only_people_who_really_leave() {
    let w = world();
    let r = w.run_json(&[
        "transfer",
        "request",
        "--from",
        "a",
        "--to-admin",
        "c0@c.example",
        "a1@a.example",
        "c1@c.example",
        "--dry-run",
    ]);
    assert_eq!(r.code, 3, "c1 is not a's (T4)");
    let plan = r.json();
    let t3 = plan["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["rule"] == "T3" && x["message"].as_str().unwrap().contains("unused"))
        .unwrap_or_else(|| panic!("no T3 warning: {plan}"))
        .clone();
    // a: 5 seats, 3 used; only a1 leaves, so 3 stay unused (not 4).
    let message = t3["message"].as_str().unwrap();
    assert!(message.contains("3 of them are unused"), "{message}");
    assert!(message.contains("--seats 2"), "{message}");
}

/// Each refusal kind's hint, run as shown, works; where it is the whole way
/// out, the refused command then works too.
#[test]
fn every_refusal_kind_names_a_command_that_works() {
    // (actor, refused command, whether the hint alone clears the way)
    let cases: &[(&str, &[&str], bool)] = &[
        // R1: no free seat (solo has 2 seats, s0 uses one).
        (
            "s0@solo.example",
            &["user", "add", "n1@n.example", "--org", "solo"],
            false,
        ),
        (
            "s0@solo.example",
            &["user", "add", "n2@n.example", "--org", "solo"],
            true,
        ),
        // D1: the admin cannot be deleted.
        ("a0@a.example", &["user", "delete", "a0@a.example"], false),
        // T4: nor moved.
        (
            "c0@c.example",
            &[
                "transfer",
                "request",
                "--from",
                "c",
                "--to-admin",
                "a1@a.example",
                "c0@c.example",
            ],
            false,
        ),
        // T2: the destination prohibits outside users and does not allow a.
        (
            "a1@a.example",
            &[
                "transfer",
                "request",
                "--from",
                "a",
                "--to-admin",
                "b0@b.example",
                "a2@a.example",
            ],
            true,
        ),
        // T5: a2 is already in that pending transfer.
        (
            "a1@a.example",
            &[
                "transfer",
                "request",
                "--from",
                "a",
                "--to-admin",
                "b0@b.example",
                "a2@a.example",
            ],
            true,
        ),
        // T6: c0 is no longer c's admin (the T4 hint handed the role over).
        (
            "a1@a.example",
            &[
                "transfer",
                "request",
                "--from",
                "a",
                "--to-admin",
                "c0@c.example",
                "a0@a.example",
            ],
            false,
        ),
        // R5: solo has unregistered users awaiting approval (n1, n2); the
        // hint cancels the first, so the request stays refused for n2.
        (
            "a1@a.example",
            &["user", "add", "s0@solo.example", "--org", "a"],
            false,
        ),
        // I1: the admin's role changes only by a hand-over (c1 is c's
        // admin since the T4 hint ran).
        (
            "c1@c.example",
            &["user", "set", "c1@c.example", "--role", "member"],
            true,
        ),
        // S1: the Chatwork ID is its user's.
        (
            "c1@c.example",
            &["user", "set", "c0@c.example", "--chatwork-id", "c-zero"],
            false,
        ),
        // C1: the prohibited-acts settings need a plan that has them.
        (
            "c0@c.example",
            &["org", "set", "c", "--prohibit-file-sharing", "on"],
            false,
        ),
    ];
    let w = world();
    for (actor, args, then_ok) in cases {
        let mut all = vec!["--as", actor, "--yes"];
        all.extend_from_slice(args);
        let r = w.run_json(&all);
        if r.code == 0 {
            continue; // an earlier hint already cleared the way (R1's second add)
        }
        assert_eq!(r.code, 3, "{args:?}: {}", r.stderr);
        let hint = hint_of(&r.error());
        run_hint(&w, &hint);
        if *then_ok {
            let r = w.run_json(&all);
            assert_eq!(r.code, 0, "{args:?} after `{hint}`: {}", r.stderr);
        }
    }
    w.assert_invariants();
}
