//! Adding users by registration request (SPEC §4, R1–R9), on
//! `fixtures/registration.toml`: org `a` has one free seat, `b` prohibits
//! talking outside, `solo` is a one-person org, `duo` manages d1, and p1/p2
//! are personal accounts with contacts, a group chat, messages and a file.

use std::process::{Command as StdCommand, Stdio};

use serde_json::Value;

use super::harness::*;

fn world() -> World {
    World::with_fixture("registration.toml").acting_as("a0@a.example")
}

/// The token of the latest registration e-mail to `to` (the link ends in
/// `token=TOKEN`).
fn token_for(w: &World, to: &str) -> String {
    token_for_as(w, to, None)
}

/// As `token_for`, reading the outbox as `admin`: links are shown only to
/// the admins of the request's org (15.6), so a request of another org than
/// the world's actor's is read as one of its admins.
fn token_for_as(w: &World, to: &str, admin: Option<&str>) -> String {
    let mut args = vec!["outbox", "list", "--to", to];
    if let Some(admin) = admin {
        args.extend(["--as", admin]);
    }
    let mails = w.json(&args);
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

/// `registration accept TOKEN --password-stdin ARGS` with `--format json`.
fn accept(w: &World, token: &str, password: &str, args: &[&str]) -> Run {
    let out = w
        .cmd()
        .args([
            "--format",
            "json",
            "registration",
            "accept",
            token,
            "--password-stdin",
        ])
        .args(args)
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
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

fn rules(err: &Value) -> Vec<String> {
    err["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn r2_a_new_account_is_created_pending_and_activated_by_its_link() {
    let w = world();
    let dry = w.json(&["user", "add", "new@n.example", "--org", "a", "--dry-run"]);
    let real = w.json(&[
        "user",
        "add",
        "new@n.example",
        "--org",
        "a",
        "--name",
        "New",
    ]);
    // I7: the preview is exact (the token is generated only when applied).
    let mut dry_effects = dry["effects"].clone();
    dry_effects[0]["name"] = "New".into();
    dry_effects[2]["name"] = "New".into();
    assert_eq!(dry_effects, real["effects"]);
    assert!(!real.to_string().contains("token="), "no token in a plan");
    let user = w.json(&["user", "show", "new@n.example"]);
    assert_eq!(user["status"], "pending_first_login");
    assert_eq!(user["org"], "a");
    let chats = w.json(&["chat", "list", "--user", "new@n.example"]);
    assert!(find(&chats, "kind", "my").is_some(), "it has its My Chat");
    let r = registration(&w, 1);
    assert_eq!(r["status"], "pending");
    assert_eq!(r["new_account"], true);
    assert_eq!(r["email"], "new@n.example");

    let token = token_for(&w, "new@n.example");
    assert_eq!(token.len(), 64);
    let before = w.snapshot();
    let dry = accept(&w, &token, "brand-new-pass", &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert_eq!(w.snapshot(), before, "a dry run changes nothing");
    let real = accept(&w, &token, "brand-new-pass", &[]);
    assert_eq!(real.code, 0, "{}", real.stderr);
    assert_eq!(dry.json()["effects"], real.json()["effects"]);
    let user = w.json(&["user", "show", "new@n.example"]);
    assert_eq!(user["status"], "active");
    assert_eq!(user["org"], "a");
    assert_eq!(registration(&w, 1)["status"], "accepted");
    w.assert_invariants();
}

#[test]
fn r3_an_existing_account_proves_its_password_and_carries_its_data_over() {
    let w = world();
    let real = w.json(&["user", "add", "p1@p.example", "--org", "a"]);
    assert_eq!(
        effects_of(&real, "registration_requested")[0]["new_account"],
        false
    );
    assert!(effects_of(&real, "account_created").is_empty());
    // It stays where it is until it accepts.
    assert!(w.json(&["user", "show", "p1@p.example"])["org"].is_null());
    let token = token_for(&w, "p1@p.example");

    // A wrong password changes nothing but the request's count of wrong
    // attempts (issue 15.6: five lock it), which is its own table's row.
    let without_requests = |mut tables: std::collections::BTreeMap<String, Vec<Vec<String>>>| {
        tables.remove("registrations");
        tables
    };
    let before = without_requests(w.snapshot_audit_aside());
    let r = accept(&w, &token, "not-the-password", &["--yes"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.error()["message"].as_str().unwrap().contains("[R3]"));
    assert_eq!(
        without_requests(w.snapshot_audit_aside()),
        before,
        "a wrong password changes nothing"
    );
    assert_eq!(registration(&w, 1)["status"], "pending");

    let dry = accept(&w, &token, "secret-pass-p1", &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    let dry = dry.json();
    let accepted = effects_of(&dry, "registration_accepted")[0].clone();
    assert_eq!(accepted["from_plan"], "free");
    assert_eq!(accepted["to_plan"], "business");
    assert_eq!(
        accepted["carries_over"],
        serde_json::json!({"contacts": 2, "chats": 3, "files": 1, "messages": 2})
    );
    assert!(
        dry["summary"]
            .as_str()
            .unwrap()
            .contains("switches from a personal account")
    );
    // The switch needs a confirmation: no terminal and no --yes is exit 5.
    let r = accept(&w, &token, "secret-pass-p1", &[]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    let real = accept(&w, &token, "secret-pass-p1", &["--yes"]);
    assert_eq!(real.code, 0, "{}", real.stderr);
    assert_eq!(dry["effects"], real.json()["effects"]);
    let user = w.json(&["user", "show", "p1@p.example"]);
    assert_eq!(user["org"], "a");
    assert_eq!(user["role"], "member");
    assert_eq!(
        w.json(&["contact", "list", "p1@p.example"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(registration(&w, 1)["status"], "accepted");
    w.assert_invariants();
}

#[test]
fn r8_joining_a_prohibiting_org_breaks_what_its_policy_forbids_after_showing_it() {
    let w = world().acting_as("b0@b.example");
    w.json(&["user", "add", "p1@p.example", "--org", "b"]);
    let token = token_for(&w, "p1@p.example");
    let dry = accept(&w, &token, "secret-pass-p1", &["--dry-run"]).json();
    let removed = effects_of(&dry, "contact_removed");
    assert_eq!(removed.len(), 2, "{dry}");
    assert!(removed.iter().all(|e| e["rule"] == "R8"));
    let left = effects_of(&dry, "chat_left");
    assert!(
        left.iter()
            .any(|e| e["chat_name"] == "Book club" && e["rule"] == "R8")
    );
    let accepted = effects_of(&dry, "registration_accepted")[0].clone();
    assert_eq!(accepted["carries_over"]["contacts"], 0);
    let real = accept(&w, &token, "secret-pass-p1", &["--yes"]);
    assert_eq!(real.code, 0, "{}", real.stderr);
    assert_eq!(dry["effects"], real.json()["effects"]);
    assert!(
        w.json(&["contact", "list", "p1@p.example"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(w.json(&["user", "show", "p1@p.example"])["org"], "b");
    w.assert_invariants();
}

#[test]
fn r1_a_request_needs_a_free_seat_and_an_administrator() {
    let w = world();
    // a1 is a user_admin: it may add users; the request takes the last seat.
    w.json(&[
        "--as",
        "a1@a.example",
        "user",
        "add",
        "p1@p.example",
        "--org",
        "a",
    ]);
    assert_eq!(w.json(&["org", "show", "a"])["seats_used"], 3);
    let before = w.snapshot_audit_aside();
    let err = w.fails(3, &["user", "add", "x@x.example", "--org", "a"]);
    assert_eq!(rules(&err), ["R1"]);
    assert!(
        err["blockers"][0]["hint"]
            .as_str()
            .unwrap()
            .contains("--seats 4")
    );
    // A member cannot add users, and a dry run lists every blocker.
    let r = w.run_json(&[
        "--as",
        "d1@duo.example",
        "user",
        "add",
        "x@x.example",
        "--org",
        "duo",
        "--dry-run",
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(rules(&r.json()), ["R1", "R1"], "{}", r.stdout);
    assert_eq!(w.snapshot_audit_aside(), before);
    w.assert_invariants();
}

#[test]
fn r4_only_personal_accounts_and_one_person_admins_can_be_asked() {
    let w = world().acting_as("b0@b.example");
    let err = w.fails(3, &["user", "add", "d1@duo.example", "--org", "b"]);
    assert_eq!(rules(&err), ["R4"]);
    let hint = err["blockers"][0]["hint"].as_str().unwrap();
    assert!(
        hint.contains("orgctl --as d0@duo.example transfer request --from duo"),
        "{hint}"
    );
    let err = w.fails(3, &["user", "add", "b0@b.example", "--org", "b"]);
    assert_eq!(rules(&err), ["R4"]);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("already a user of b")
    );

    // A one-person org's admin may join; its org closes and billing stops.
    w.json(&["user", "add", "s0@solo.example", "--org", "b"]);
    let token = token_for(&w, "s0@solo.example");
    let r = accept(&w, &token, "secret-pass-s0", &["--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let plan = r.json();
    assert_eq!(effects_of(&plan, "org_closed")[0]["org"], "solo");
    assert_eq!(
        effects_of(&plan, "registration_accepted")[0]["from_plan"],
        "business"
    );
    assert_eq!(w.json(&["org", "show", "solo"])["status"], "closed");
    let s0 = w.json(&["user", "show", "s0@solo.example"]);
    assert_eq!(
        (s0["org"].as_str(), s0["role"].as_str()),
        (Some("b"), Some("member"))
    );
    w.assert_invariants();
}

#[test]
fn r5_a_one_person_org_with_its_own_pending_requests_cannot_join() {
    let w = world();
    // b asks s0 first; then s0's own org asks someone else.
    w.json(&[
        "--as",
        "b0@b.example",
        "user",
        "add",
        "s0@solo.example",
        "--org",
        "b",
    ]);
    let token = token_for_as(&w, "s0@solo.example", Some("b0@b.example"));
    w.json(&[
        "--as",
        "s0@solo.example",
        "org",
        "set",
        "solo",
        "--seats",
        "2",
    ]);
    w.json(&[
        "--as",
        "s0@solo.example",
        "user",
        "add",
        "q@q.example",
        "--org",
        "solo",
    ]);
    let before = w.snapshot_audit_aside();
    let r = accept(&w, &token, "secret-pass-s0", &["--yes"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(rules(&r.error()), ["R5"]);
    assert_eq!(w.snapshot_audit_aside(), before);
    // Nor can another request reach it meanwhile.
    let err = w.fails(
        3,
        &[
            "--as",
            "a0@a.example",
            "user",
            "add",
            "s0@solo.example",
            "--org",
            "a",
        ],
    );
    assert_eq!(rules(&err), ["R5"]);
    assert!(
        err["blockers"][0]["hint"]
            .as_str()
            .unwrap()
            .contains("registration cancel 2")
    );
    w.assert_invariants();
}

#[test]
fn r6_a_different_email_creates_a_separate_account() {
    let w = world();
    let plan = w.json(&["user", "add", "p1.work@p.example", "--org", "a"]);
    assert_eq!(effects_of(&plan, "account_created").len(), 1);
    let p1 = w.json(&["user", "show", "p1@p.example"]);
    assert!(p1["org"].is_null(), "the old account stays apart");
    assert_eq!(
        w.json(&["user", "show", "p1.work@p.example"])["status"],
        "pending_first_login"
    );
    w.assert_invariants();
}

#[test]
fn r7_links_expire_with_the_clock_and_a_resend_voids_the_old_link() {
    let mut w = world();
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    let old = token_for(&w, "new@n.example");
    w.now = "2026-12-01T09:00:00Z".into(); // 8 days later
    assert_eq!(registration(&w, 1)["status"], "expired");
    assert_eq!(
        w.json(&["registration", "list", "--status", "expired"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let r = accept(&w, &old, "brand-new-pass", &[]);
    assert_eq!(r.code, 3);
    assert_eq!(
        r.error()["message"],
        "refused [R7]: this link has expired; ask your administrator to resend it: orgctl registration resend 1"
    );
    w.json(&["registration", "resend", "1"]);
    assert_eq!(registration(&w, 1)["status"], "pending");
    assert_eq!(registration(&w, 1)["expires_at"], "2026-12-08T09:00:00Z");
    let new = token_for(&w, "new@n.example");
    assert_ne!(old, new);
    let r = accept(&w, &old, "brand-new-pass", &[]);
    assert_eq!(r.code, 3);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("replaced by a newer one")
    );
    let r = accept(&w, &new, "brand-new-pass", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Single use.
    let r = accept(&w, &new, "brand-new-pass", &[]);
    assert_eq!(r.code, 3);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("already used")
    );
    w.assert_invariants();
}

#[test]
fn r7_cancelling_a_new_account_request_frees_its_email_and_seat() {
    let w = world();
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    let token = token_for(&w, "new@n.example");
    assert_eq!(w.json(&["org", "show", "a"])["seats_used"], 3);
    let dry = w.json(&["registration", "cancel", "1", "--dry-run"]);
    let real = w.json(&["--yes", "registration", "cancel", "1"]);
    assert_eq!(dry["effects"], real["effects"]);
    assert_eq!(effects_of(&real, "account_removed").len(), 1);
    w.fails(4, &["user", "show", "new@n.example"]);
    assert_eq!(w.json(&["org", "show", "a"])["seats_used"], 2);
    assert_eq!(registration(&w, 1)["status"], "cancelled");
    let r = accept(&w, &token, "brand-new-pass", &[]);
    assert_eq!(r.code, 3);
    assert!(r.error()["message"].as_str().unwrap().contains("cancelled"));
    w.fails(3, &["registration", "resend", "1"]);
    // The e-mail and the seat are free again.
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    w.assert_invariants();
}

#[test]
fn r7_bad_input_is_refused_with_a_reason_and_changes_nothing() {
    let w = world();
    let before = w.snapshot_audit_aside();
    let err = w.fails(3, &["user", "add", "not-an-email", "--org", "a"]);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("not a valid e-mail")
    );
    w.fails(4, &["user", "add", "x@x.example", "--org", "nope"]);
    let r = accept(&w, &"0".repeat(64), "whatever-pass", &[]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    w.fails(4, &["registration", "cancel", "9"]);
    assert_eq!(w.snapshot_audit_aside(), before);

    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    let err = w.fails(3, &["user", "add", "NEW@n.example", "--org", "a"]);
    assert_eq!(rules(&err), ["R7"]);
    assert!(
        err["blockers"][0]["hint"]
            .as_str()
            .unwrap()
            .contains("registration resend 1")
    );
    let token = token_for(&w, "new@n.example");
    let before = w.snapshot_audit_aside();
    for bad in ["short", &"x".repeat(129)] {
        let r = accept(&w, &token, bad, &[]);
        assert_eq!(r.code, 3, "{}", r.stderr);
        assert!(r.error()["message"].as_str().unwrap().contains("8 to 128"));
    }
    assert_eq!(w.snapshot_audit_aside(), before);
    w.assert_invariants();
}

#[test]
fn r9_a_user_who_joined_by_registration_can_change_the_email() {
    let w = world();
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    let token = token_for(&w, "new@n.example");
    assert_eq!(accept(&w, &token, "brand-new-pass", &[]).code, 0);
    w.json(&[
        "user",
        "set",
        "new@n.example",
        "--email",
        "renamed@n.example",
    ]);
    assert_eq!(w.json(&["user", "show", "renamed@n.example"])["org"], "a");
    w.fails(4, &["user", "show", "new@n.example"]);
    w.assert_invariants();
}

#[test]
fn neither_the_password_nor_the_token_is_stored_in_clear() {
    let w = world();
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    let token = token_for(&w, "new@n.example");
    let password = "Very-Secret-Pass-42";
    assert_eq!(accept(&w, &token, password, &[]).code, 0);
    let audit = w.ok(&["--format", "json", "audit", "list"]);
    assert!(!audit.contains(&token) && !audit.contains(password));
    if let Some(pg) = &w.pg {
        // On the server: no row of any table holds the password, and only
        // the outbox's message (the mail spool) holds the token.
        let everything = pg.dump_text(&[]);
        assert!(!everything.contains(password), "password stored in clear");
        assert!(
            !pg.dump_text(&["outbox"]).contains(&token),
            "token stored in clear"
        );
        return;
    }
    let bytes_of = |path: &std::path::Path| std::fs::read(path).unwrap_or_default();
    let wal = w.db.with_extension("db-wal");
    let contains =
        |hay: &[u8], needle: &str| hay.windows(needle.len()).any(|x| x == needle.as_bytes());
    for file in [&w.db, &wal] {
        assert!(
            !contains(&bytes_of(file), password),
            "password in {}",
            file.display()
        );
    }
    // The token lives only in the outbox message (the mail spool); with that
    // removed, no byte of the file holds it.
    let conn = rusqlite::Connection::open(&w.db).unwrap();
    conn.execute_batch("PRAGMA secure_delete = ON; DELETE FROM outbox;")
        .unwrap();
    let _: (i64, i64, i64) = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    drop(conn);
    for file in [&w.db, &wal] {
        let bytes = bytes_of(file);
        assert!(!contains(&bytes, &token), "token in {}", file.display());
        assert!(!contains(&bytes, password));
    }
}

#[test]
fn r1_two_administrators_racing_for_the_last_seat_one_wins() {
    let w = world();
    let bin = assert_cmd::cargo::cargo_bin("orgctl");
    let children: Vec<_> = (0..4)
        .map(|i| {
            StdCommand::new(&bin)
                .env_remove("ORGCTL_CONFIG")
                .env("HOME", w.dir())
                .env("ORGCTL_NOW", &w.now)
                .arg("--db")
                .arg(w.target())
                .args(["--yes", "--as"])
                .arg(if i % 2 == 0 {
                    "a0@a.example"
                } else {
                    "a1@a.example"
                })
                .args(["user", "add", &format!("race{i}@r.example"), "--org", "a"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let codes: Vec<i32> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap_or(-1))
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 3).count(), 3, "{codes:?}");
    assert_eq!(w.json(&["org", "show", "a"])["seats_used"], 3);
    w.assert_invariants();
}

#[test]
fn outbox_export_writes_a_private_maildir_and_japanese_mail_works() {
    let w = world();
    let config = w.dir().join("ja.toml");
    std::fs::write(
        &config,
        "[mail]\nlang = \"ja\"\nfrom = \"組織 <noreply@example.com>\"\n",
    )
    .unwrap();
    w.json(&[
        "--config",
        config.to_str().unwrap(),
        "user",
        "add",
        "new@n.example",
        "--org",
        "a",
    ]);
    let mails = w.json(&["outbox", "list"]);
    assert!(mails[0]["subject"].as_str().unwrap().contains("ご案内"));
    assert!(
        mails[0]["body"]
            .as_str()
            .unwrap()
            .contains("パスワードを設定")
    );
    let dir = w.dir().join("Maildir");
    let report = w.json(&["outbox", "export", "--maildir", dir.to_str().unwrap()]);
    assert_eq!(report["written"], 1);
    for sub in ["tmp", "new", "cur"] {
        assert!(dir.join(sub).is_dir());
    }
    let files: Vec<_> = std::fs::read_dir(dir.join("new"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(std::fs::read_dir(dir.join("tmp")).unwrap().count(), 0);
    let raw = std::fs::read_to_string(&files[0]).unwrap();
    for header in [
        "From: ",
        "To: ",
        "Subject: ",
        "Date: ",
        "Message-ID: ",
        "MIME-Version: 1.0",
    ] {
        assert!(raw.contains(header), "{header} in\n{raw}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&files[0]).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // Exporting again does not duplicate a message the Maildir still holds.
    w.json(&["outbox", "export", "--maildir", dir.to_str().unwrap()]);
    assert_eq!(std::fs::read_dir(dir.join("new")).unwrap().count(), 1);
}

#[test]
fn the_audit_log_names_the_invitee_as_the_one_who_accepts() {
    // The world acts as a0, which `accept` must not record: the invitee acts.
    let w = world();
    w.ok(&["user", "add", "new@n.example", "--org", "a"]);
    let token = token_for(&w, "new@n.example");
    let r = accept(&w, &token, "a-good-password", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let log = w.json(&["audit", "list"]);
    let row = log
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|r| r["action"] == "registration.accept")
        .unwrap();
    assert_eq!(row["actor"], "new@n.example");
    assert!(
        !log.to_string().contains(&token),
        "no token in the audit log"
    );
}
