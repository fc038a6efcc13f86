//! The staff roster (SPEC §8): one test per rule S1–S7, every encoding and
//! header spelling, the bad-input corpus of `tests/corpus/staff/`, and the
//! export → import round trip.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::harness::*;

/// Three companies; a0 is the admin of org a (accounts 1000 and 1001, the
/// latter with Chatwork ID `a-one`).
fn world() -> World {
    World::with_fixture("three-companies.toml").acting_as("a0@a.example")
}

/// The same on an SQLite file whatever the suite's backend: for tests of the
/// file itself (its lock, its permissions, its identity).
fn sqlite_world() -> World {
    World::sqlite_with_fixture("three-companies.toml").acting_as("a0@a.example")
}

fn write(w: &World, name: &str, bytes: &[u8]) -> PathBuf {
    let path = w.dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn sjis(text: &str) -> Vec<u8> {
    let (bytes, _, had_errors) = encoding_rs::SHIFT_JIS.encode(text);
    assert!(!had_errors, "{text} is not Shift_JIS");
    bytes.into_owned()
}

fn import(w: &World, file: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["staff", "import", file.to_str().unwrap(), "--org", "a"];
    args.extend_from_slice(extra);
    w.run_json(&args)
}

fn import_ok(w: &World, file: &Path, extra: &[&str]) -> Value {
    let r = import(w, file, extra);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    r.json()
}

fn roster(w: &World) -> Value {
    w.json(&["staff", "list", "--org", "a"])
}

fn messages(report: &Value) -> String {
    report["errors"].to_string()
}

#[test]
fn s1_user_list_csv_carries_the_account_id() {
    let w = world();
    let csv = w.ok(&["--format", "csv", "user", "list", "--org", "a"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = header.iter().position(|h| *h == "account_id").unwrap();
    let ids: Vec<&str> = lines.map(|l| l.split(',').nth(col).unwrap()).collect();
    assert_eq!(ids, ["1000", "1001"]);
}

#[test]
fn s2_rows_with_an_account_id_or_chatwork_id_are_ready_at_once() {
    let w = world();
    let f = write(
        &w,
        "a.csv",
        b"name,account_id,chatwork_id\nZero,1000,\nOne,,a-one\n",
    );
    let report = import_ok(&w, &f, &[]);
    assert_eq!(report["applied"], true);
    assert_eq!(report["rows"], 2);
    assert_eq!(report["created"], 2);
    let list = roster(&w);
    assert_eq!(
        list,
        json!([
            {"name": "Zero", "email": null, "account_id": 1000, "chatwork_id": null, "status": "ready"},
            {"name": "One", "email": null, "account_id": 1001, "chatwork_id": "a-one", "status": "ready"},
        ])
    );
}

#[test]
fn s2_both_ids_must_name_the_same_account() {
    let w = world();
    w.ok(&["user", "set", "a0@a.example", "--chatwork-id", "a-zero"]);
    let f = write(
        &w,
        "a.csv",
        b"name,account_id,chatwork_id\nOne,1001,a-zero\n",
    );
    let r = import(&w, &f, &[]);
    assert_eq!(r.code, 3);
    let report = r.json();
    assert_eq!(report["errors"][0]["line"], 2);
    assert_eq!(report["errors"][0]["column"], "chatwork_id");
    assert!(messages(&report).contains("must name the same account"));
    let f = write(
        &w,
        "b.csv",
        b"name,account_id,chatwork_id\nOne,1001,a-one\n",
    );
    import_ok(&w, &f, &[]);
}

#[test]
fn s2_accounts_that_are_not_live_members_are_row_errors_saying_what_to_do() {
    let w = World::new().acting_as("a0@a.example");
    let scenario = r#"
[[org]]
slug = "a"
name = "A"
plan = "business"
seats = 5
[[org]]
slug = "b"
name = "B"
plan = "business"
seats = 5
[[account]]
email = "a0@a.example"
name = "a0"
org = "a"
role = "admin"
account_id = 1000
[[account]]
email = "gone@a.example"
name = "gone"
org = "a"
account_id = 1001
[[account]]
email = "b0@b.example"
name = "b0"
org = "b"
role = "admin"
account_id = 2000
[[account]]
email = "free@example.com"
name = "free"
account_id = 5000
"#;
    let fx = write(&w, "fx.toml", scenario.as_bytes());
    w.ok(&["fixture", "load", fx.to_str().unwrap()]);
    w.ok(&["--yes", "user", "delete", "gone@a.example"]);
    let f = write(
        &w,
        "a.csv",
        b"name,account_id\nGone,1001\nB zero,2000\nFree,5000\n",
    );
    let r = import(&w, &f, &[]);
    assert_eq!(r.code, 3);
    let e = r.json()["errors"].clone();
    assert!(
        e[0]["message"].as_str().unwrap().contains("was deleted"),
        "{e}"
    );
    assert!(
        e[1]["message"]
            .as_str()
            .unwrap()
            .contains("member of org b"),
        "{e}"
    );
    assert!(
        e[1]["message"].as_str().unwrap().contains("transfer"),
        "{e}"
    );
    assert!(
        e[2]["message"]
            .as_str()
            .unwrap()
            .contains("personal account"),
        "{e}"
    );
    assert!(
        e[2]["message"].as_str().unwrap().contains("user add"),
        "{e}"
    );
    assert_eq!(roster(&w), json!([]));
}

#[test]
fn s3_email_only_rows_need_invite_and_go_through_the_invite_hook() {
    let w = world();
    let f = write(
        &w,
        "b.csv",
        "氏名,メールアドレス\n新人,new@a.example\n".as_bytes(),
    );
    let r = import(&w, &f, &[]);
    assert_eq!(r.code, 3);
    assert!(messages(&r.json()).contains("pass --invite to send registration requests"));
    // A dry run checks the request and sends nothing.
    let dry = import_ok(&w, &f, &["--invite", "--dry-run"]);
    assert_eq!(dry["invited"], 1);
    assert_eq!(w.json(&["outbox", "list"]), json!([]));
    assert_eq!(roster(&w), json!([]));
    // With --invite, the row goes through `user add`'s registration request.
    let report = import_ok(&w, &f, &["--invite"]);
    assert_eq!(report["invited"], 1);
    assert_eq!(roster(&w)[0]["status"], "awaiting_registration");
    let user = w.json(&["user", "show", "new@a.example"]);
    assert_eq!(user["status"], "pending_first_login");
    assert_eq!(user["org"], "a");
    let mail = w.json(&["outbox", "list", "--to", "new@a.example"]);
    let body = mail[0]["body"].as_str().unwrap();
    let token = body
        .split("token=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    // Importing again sends no second request (S6).
    let again = import_ok(&w, &f, &["--invite"]);
    assert_eq!(again["invited"], 0);
    assert_eq!(
        w.json(&["outbox", "list", "--to", "new@a.example"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // When the registration completes, the entry is ready.
    let r = w
        .cmd()
        .args(["registration", "accept", token, "--password-stdin", "--yes"])
        .write_stdin("a-good-password\n")
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert_eq!(roster(&w)[0]["status"], "ready");
    // An e-mail that is already a member needs no request (R4): ready.
    let f = write(&w, "c.csv", b"name,email\nOne,A1@a.example\n");
    let report = import_ok(&w, &f, &["--invite"]);
    assert_eq!(report["invited"], 0);
    let one = roster(&w)
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["account_id"] == 1001)
        .cloned()
        .unwrap();
    assert_eq!(one["status"], "ready");
    w.assert_invariants();
}

#[test]
fn s3_r1_invitations_need_free_seats_like_user_add() {
    // a has 5 seats and 2 users: three invitations fit, the fourth does not.
    let w = world();
    let rows: String = (1..=4)
        .map(|i| format!("New {i},new{i}@a.example\n"))
        .collect();
    let f = write(&w, "many.csv", format!("name,email\n{rows}").as_bytes());
    let r = import(&w, &f, &["--invite"]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    assert!(messages(&r.json()).contains("R1"), "{}", r.stdout);
    assert_eq!(roster(&w), json!([]), "one bad row writes nothing (S5)");
    let r = import(&w, &f, &["--invite", "--skip-invalid"]);
    assert_eq!(r.code, 6, "{}", r.stdout);
    assert_eq!(r.json()["invited"], 3);
    assert_eq!(w.json(&["org", "show", "a"])["seats_used"], 5);
    w.assert_invariants();
}

#[test]
fn s3_an_entry_awaits_registration_until_its_account_is_active() {
    let w = World::with_fixture("demo.toml");
    let pending = w.json(&["user", "list", "--status", "pending_first_login"]);
    let p = &pending[0];
    let org = p["org"].as_str().unwrap().to_string();
    let admin = w.json(&["org", "show", &org])["admin"]
        .as_str()
        .unwrap()
        .to_string();
    let f = write(
        &w,
        "p.csv",
        format!("name,account_id\nNew,{}\n", p["account_id"]).as_bytes(),
    );
    let r = w.run_json(&[
        "--as",
        &admin,
        "staff",
        "import",
        f.to_str().unwrap(),
        "--org",
        &org,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let list = w.json(&["staff", "list", "--org", &org]);
    assert_eq!(list[0]["status"], "awaiting_registration");
    let filtered = w.json(&[
        "staff",
        "list",
        "--org",
        &org,
        "--status",
        "awaiting_registration",
    ]);
    assert_eq!(filtered.as_array().unwrap().len(), 1);
    let ready = w.json(&["staff", "list", "--org", &org, "--status", "ready"]);
    assert_eq!(ready, json!([]));
}

#[test]
fn s4_every_header_spelling_in_any_order_case_and_spacing() {
    let names = ["name", "名前", "氏名", " NAME "];
    let ids = [
        "account_id",
        "accountID",
        "アカウントID",
        "識別ID",
        "AccountId ",
    ];
    let cws = [
        "chatwork_id",
        "chatworkID",
        "チャットワークID",
        " ChatWork_ID",
    ];
    let emails = ["email", "メールアドレス", "EMAIL"];
    let w = world();
    for (i, name) in names.iter().enumerate() {
        let id = ids[i % ids.len()];
        let cw = cws[i % cws.len()];
        let email = emails[i % emails.len()];
        // Rotate the column order too.
        let text = match i % 3 {
            0 => format!("{name},{id},{cw},{email}\nZero,1000,,\nOne,,a-one,\n"),
            1 => format!("{cw},{email},{name},{id}\n,,Zero,1000\na-one,,One,\n"),
            _ => format!("{email},{id},{name},{cw}\n,1000,Zero,\n,,One,a-one\n"),
        };
        let f = write(&w, &format!("h{i}.csv"), text.as_bytes());
        let report = import_ok(&w, &f, &[]);
        assert_eq!(report["rows"], 2, "{text}");
        assert_eq!(report["errors"], json!([]), "{text}");
    }
    // Each ID spelling alone, too.
    let alone = ids
        .iter()
        .map(|h| (h, "1001"))
        .chain(cws.iter().map(|h| (h, "a-one")));
    for (id, value) in alone {
        let text = format!("name,{id}\nOne,{value}\n");
        let f = write(&w, "one.csv", text.as_bytes());
        let report = import_ok(&w, &f, &[]);
        assert_eq!(report["rows"], 1, "{text}");
    }
}

#[test]
fn s4_duplicate_or_unknown_headers_are_refused_with_the_accepted_list() {
    let w = world();
    let f = write(
        &w,
        "d.csv",
        "name,account_id,識別ID\nZero,1000,1000\n".as_bytes(),
    );
    let e = w.fails(3, &["staff", "import", f.to_str().unwrap(), "--org", "a"]);
    assert!(e["message"].as_str().unwrap().contains("twice"), "{e}");
    let f = write(&w, "u.csv", b"first,last\nAnn,Lee\n");
    let e = w.fails(3, &["staff", "import", f.to_str().unwrap(), "--org", "a"]);
    assert!(
        e["message"].as_str().unwrap().contains("no known column"),
        "{e}"
    );
    assert!(e["hint"].as_str().unwrap().contains("識別ID"), "{e}");
}

#[test]
fn s4_utf8_with_and_without_bom_and_shift_jis_are_decoded() {
    let text = "氏名,識別ID,チャットワークID\n山田 太郎,1000,\n佐藤 花子,,a-one\n";
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    for (file, bytes, flags, encoding) in [
        ("utf8.csv", text.as_bytes().to_vec(), vec![], "utf-8"),
        ("bom.csv", bom.clone(), vec![], "utf-8"),
        ("bom-forced.csv", bom, vec!["--encoding", "utf-8"], "utf-8"),
        ("sjis.csv", sjis(text), vec![], "shift_jis"),
        (
            "sjis-forced.csv",
            sjis(text),
            vec!["--encoding", "shift_jis"],
            "shift_jis",
        ),
    ] {
        let w = world();
        let f = write(&w, file, &bytes);
        let report = import_ok(&w, &f, &flags);
        assert_eq!(report["encoding"], encoding, "{file}");
        assert_eq!(report["created"], 2, "{file}");
        let list = roster(&w);
        assert_eq!(list[0]["name"], "山田 太郎", "{file}");
        assert_eq!(list[1]["name"], "佐藤 花子", "{file}");
    }
    // Shift_JIS read as UTF-8 is a row error, not mojibake in the roster.
    let w = world();
    let f = write(&w, "wrong.csv", &sjis(text));
    let r = import(&w, &f, &["--encoding", "utf-8"]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    assert_eq!(roster(&w), json!([]));
}

#[test]
fn s5_one_bad_row_means_nothing_is_written_and_every_error_is_listed() {
    let w = world();
    let f = write(
        &w,
        "a.csv",
        b"name,account_id\nZero,1000\nBad,abc\nOne,1001\nWorse,424242\n",
    );
    let r = import(&w, &f, &[]);
    assert_eq!(r.code, 3);
    let report = r.json();
    assert_eq!(report["applied"], false);
    assert_eq!(report["rows"], 4);
    assert_eq!(
        report["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["line"].as_u64().unwrap(), e["column"].as_str().unwrap()))
            .collect::<Vec<_>>(),
        [(3, "account_id"), (5, "account_id")]
    );
    assert_eq!(r.error()["kind"], "refused");
    assert_eq!(roster(&w), json!([]));
    let audit = w.json(&["audit", "list"]);
    let last = audit.as_array().unwrap().last().unwrap();
    assert_eq!(last["action"], "staff.import");
    assert!(last["result"].as_str().unwrap().starts_with("refused"));

    // A dry run reports the same and writes nothing, even with --skip-invalid.
    let r = import(&w, &f, &["--dry-run", "--skip-invalid"]);
    assert_eq!(r.code, 6);
    assert_eq!(r.json()["dry_run"], true);
    assert_eq!(r.json()["created"], 2);
    assert_eq!(roster(&w), json!([]));

    // --skip-invalid writes the good rows, exit 6.
    let rejects = w.dir().join("rejects.csv");
    let r = import(
        &w,
        &f,
        &["--skip-invalid", "--rejects", rejects.to_str().unwrap()],
    );
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert_eq!(r.json()["created"], 2);
    assert_eq!(r.error()["kind"], "partial");
    assert_eq!(roster(&w).as_array().unwrap().len(), 2);
    let audit = w.json(&["audit", "list"]);
    let last = audit.as_array().unwrap().last().unwrap();
    assert!(last["result"].as_str().unwrap().starts_with("partial"));

    // The rejects file: the input's headers plus `error`, private.
    let text = std::fs::read_to_string(&rejects).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("name,account_id,error"));
    assert!(lines.next().unwrap().starts_with("Bad,abc,"));
    assert!(lines.next().unwrap().starts_with("Worse,424242,"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&rejects).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Fixed, the rejects file imports as it is (its `error` column is ignored).
    let fixed = text
        .replace("Bad,abc,", "Bad,1001,")
        .replace("Worse,424242,", "Worse,1000,");
    let f2 = write(&w, "fixed.csv", fixed.as_bytes());
    let report = import_ok(&w, &f2, &[]);
    assert_eq!(report["updated"], 2);
    // With no bad rows --skip-invalid exits 0.
    import_ok(&w, &f2, &["--skip-invalid"]);
}

#[test]
fn s5_the_rejects_file_keeps_the_inputs_shift_jis_encoding() {
    let w = world();
    let f = write(&w, "s.csv", &sjis("氏名,識別ID\n山田,1000\n鈴木,9999\n"));
    let rejects = w.dir().join("r.csv");
    let r = import(&w, &f, &["--rejects", rejects.to_str().unwrap()]);
    assert_eq!(r.code, 3);
    let bytes = std::fs::read(&rejects).unwrap();
    let (text, _, bad) = encoding_rs::SHIFT_JIS.decode(&bytes);
    assert!(!bad);
    assert!(std::str::from_utf8(&bytes).is_err(), "not Shift_JIS");
    assert!(text.starts_with("氏名,識別ID,error\n鈴木,9999,"), "{text}");
}

#[test]
fn s6_importing_the_same_file_twice_changes_nothing() {
    let w = world();
    let f = write(
        &w,
        "a.csv",
        b"name,account_id,chatwork_id\nZero,1000,\nOne,,a-one\n",
    );
    import_ok(&w, &f, &[]);
    let before = roster(&w);
    let report = import_ok(&w, &f, &[]);
    assert_eq!(
        (&report["created"], &report["updated"], &report["unchanged"]),
        (&json!(0), &json!(0), &json!(2))
    );
    assert_eq!(roster(&w), before);
    let audit = w.json(&["audit", "list"]);
    assert_eq!(
        audit.as_array().unwrap().last().unwrap()["result"],
        "ok: no change"
    );
    // A changed name is an update of the same entry, not a new one.
    let f = write(&w, "b.csv", b"name,account_id\nZero Renamed,1000\n");
    assert_eq!(import_ok(&w, &f, &[])["updated"], 1);
    assert_eq!(roster(&w).as_array().unwrap().len(), 2);
}

#[test]
fn s6_an_entry_resolved_by_chatwork_id_keeps_its_account_and_goes_stale() {
    let w = world();
    let f = write(&w, "a.csv", b"name,chatwork_id\nOne,a-one\n");
    import_ok(&w, &f, &[]);
    // S1: the user changes its own Chatwork ID.
    w.ok(&[
        "user",
        "set",
        "a1@a.example",
        "--as",
        "a1@a.example",
        "--chatwork-id",
        "a-new",
    ]);
    let list = roster(&w);
    assert_eq!(list[0]["account_id"], 1001);
    assert_eq!(list[0]["chatwork_id"], "a-one");
    assert_eq!(list[0]["status"], "stale");
    let stale = w.json(&["staff", "list", "--org", "a", "--status", "stale"]);
    assert_eq!(stale.as_array().unwrap().len(), 1);
    // The old file no longer resolves, and says what the ID is now.
    let r = import(
        &w,
        &write(
            &w,
            "b.csv",
            b"name,account_id,chatwork_id\nOne,1001,a-one\n",
        ),
        &[],
    );
    assert_eq!(r.code, 3);
    assert!(
        messages(&r.json()).contains("is now `a-new`"),
        "{}",
        r.stdout
    );
    // Importing the new ID brings the entry back to ready.
    let f = write(&w, "c.csv", b"name,chatwork_id\nOne,a-new\n");
    assert_eq!(import_ok(&w, &f, &[])["updated"], 1);
    assert_eq!(roster(&w)[0]["status"], "ready");
}

#[test]
fn s7_the_roster_lists_unresolved_entries_and_exports_in_the_import_format() {
    let w = world();
    let f = write(
        &w,
        "a.csv",
        "name,email,account_id,chatwork_id\n=HYPERLINK(\"x\"),a0@a.example,1000,\n'@one,,1001,a-one\n".as_bytes(),
    );
    import_ok(&w, &f, &[]);
    let list = roster(&w);
    assert_eq!(list[0]["name"], "=HYPERLINK(\"x\")");
    assert_eq!(list[1]["name"], "@one");
    let exported = w.ok(&["staff", "export", "--org", "a"]);
    assert_eq!(
        exported,
        "name,email,account_id,chatwork_id\n\"'=HYPERLINK(\"\"x\"\")\",a0@a.example,1000,\n'@one,,1001,a-one\n"
    );
    // Deleting the account leaves the entry unresolved.
    w.ok(&["--yes", "user", "delete", "a1@a.example"]);
    let list = roster(&w);
    assert_eq!(list[1]["status"], "unresolved");
    let unresolved = w.json(&["staff", "list", "--org", "a", "--status", "unresolved"]);
    assert_eq!(unresolved.as_array().unwrap().len(), 1);
    assert_eq!(
        w.fails(4, &["staff", "list", "--org", "nowhere"])["kind"],
        "not_found"
    );
}

#[test]
fn export_then_import_changes_nothing_in_utf8_and_shift_jis() {
    let w = world();
    let f = write(
        &w,
        "a.csv",
        "名前,メールアドレス,アカウントID,チャットワークID\n=山田,+81@a.example,1000,\n-佐藤,,,a-one\n".as_bytes(),
    );
    import_ok(&w, &f, &[]);
    let before = roster(&w);
    for encoding in ["utf-8", "shift_jis"] {
        let out = w
            .cmd()
            .args(["staff", "export", "--org", "a", "--encoding", encoding])
            .output()
            .unwrap();
        assert!(out.status.success());
        if encoding == "shift_jis" {
            assert!(std::str::from_utf8(&out.stdout).is_err());
        }
        let f = write(&w, "export.csv", &out.stdout);
        let report = import_ok(&w, &f, &[]);
        assert_eq!(report["unchanged"], 2, "{encoding}: {report}");
        assert_eq!(report["created"], 0);
        assert_eq!(report["updated"], 0);
        assert_eq!(roster(&w), before);
    }
}

#[test]
fn staff_import_needs_an_administrator_of_the_org() {
    let w = world();
    let f = write(&w, "a.csv", b"name,account_id\nZero,1000\n");
    let r = w.run_json(&[
        "--as",
        "b0@b.example",
        "staff",
        "import",
        f.to_str().unwrap(),
        "--org",
        "a",
    ]);
    assert_eq!(r.code, 3);
    let r = w.run_json(&[
        "--as",
        "a1@a.example",
        "staff",
        "import",
        f.to_str().unwrap(),
        "--org",
        "a",
    ]);
    assert_eq!(r.code, 3);
    assert_eq!(roster(&w), json!([]));
}

/// The corpus of bad input: each file, the exit code, and a piece of the
/// message. Every file in `tests/corpus/staff/` must be listed here.
const CORPUS: &[(&str, i32, &str)] = &[
    ("empty.csv", 3, "the file is empty"),
    ("header_only.csv", 3, "no staff rows"),
    ("unterminated_quote.csv", 3, "never closed"),
    ("negative_id.csv", 3, "is negative"),
    ("overflowing_id.csv", 3, "too large"),
    ("non_numeric_id.csv", 3, "is not an account ID"),
    ("unknown_id.csv", 3, "no account has account ID 424242"),
    ("duplicate_rows.csv", 3, "line 2 already names account 1000"),
    (
        "duplicate_chatwork_rows.csv",
        3,
        "line 2 already names account 1001",
    ),
    ("sql_strings.csv", 3, "is not an account ID"),
    ("duplicate_headers.csv", 3, "twice"),
    ("unknown_headers.csv", 3, "no known column"),
    ("no_name_column.csv", 3, "no name column"),
    ("too_many_cells.csv", 3, "3 cells but the header has 2"),
    ("bad_email.csv", 3, "not a valid e-mail"),
    ("bad_chatwork_id.csv", 3, "not a valid Chatwork ID"),
    ("other_org_account.csv", 3, "member of org b"),
];

fn expect(w: &World, file: &Path, code: i32, needle: &str) {
    let r = import(w, file, &[]);
    assert_eq!(
        r.code,
        code,
        "{}: exit {}\n{}\n{}",
        file.display(),
        r.code,
        r.stdout,
        r.stderr
    );
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(
        all.contains(needle),
        "{}: `{needle}` not in\n{all}",
        file.display()
    );
    assert!(!all.contains("panicked"), "{all}");
}

#[test]
fn the_bad_input_corpus_is_refused_with_a_clear_message_and_nothing_written() {
    let w = world();
    let dir = repo().join("tests/corpus/staff");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(f, _, _)| f.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed, "every corpus file needs an expectation");
    for (file, code, needle) in CORPUS {
        expect(&w, &dir.join(file), *code, needle);
    }

    // Generated cases: too big or too binary to commit.
    let mut big = b"name,account_id\n".to_vec();
    big.extend(std::iter::repeat_n(b'x', 2 * 1024 * 1024));
    big.extend_from_slice(b",1000\n");
    expect(&w, &write(&w, "big.csv", &big), 3, "characters long");
    expect(
        &w,
        &write(&w, "nul.csv", b"name,account_id\nA\0n,1000\n"),
        3,
        "NUL byte",
    );
    expect(
        &w,
        &write(&w, "nul-header.csv", b"\0\0\0\x01\x02\0\n\0,\0\n"),
        3,
        "NUL",
    );
    // Latin-1 is neither UTF-8 nor Shift_JIS.
    expect(
        &w,
        &write(&w, "latin1.csv", b"name,account_id\nJos\xE9,1000\n"),
        3,
        "not valid shift_jis",
    );
    expect(
        &w,
        &write(&w, "latin1-utf8.csv", b"name,account_id\nJos\xE9,1000\n"),
        3,
        "not valid",
    );
    let r = import(&w, Path::new("/nonexistent/staff.csv"), &[]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    let r = import(&w, w.dir(), &[]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("is a directory"), "{}", r.stderr);

    // The SQL-looking name is only text: stored as it is once the row is valid.
    let f = write(
        &w,
        "sql.csv",
        b"name,account_id\nRobert'); DROP TABLE staff;--,1000\n",
    );
    import_ok(&w, &f, &[]);
    assert_eq!(roster(&w)[0]["name"], "Robert'); DROP TABLE staff;--");
    w.assert_invariants();
}

#[test]
fn r7_s7_cancelling_an_invitation_leaves_the_entry_unresolved_and_no_id_is_reused() {
    let w = world();
    let f = write(&w, "b.csv", b"name,email\nNew,new@a.example\n");
    import_ok(&w, &f, &["--invite"]);
    let pending = w.json(&["user", "show", "new@a.example"])["account_id"].clone();
    let regs = w.json(&["registration", "list", "--org", "a"]);
    let id = regs[0]["id"].to_string();
    // The roster names the pending account; cancelling removes it anyway.
    w.ok(&["--yes", "registration", "cancel", &id]);
    assert_eq!(w.run(&["user", "show", "new@a.example"]).code, 4);
    assert_eq!(roster(&w)[0]["status"], "unresolved");
    assert_eq!(roster(&w)[0]["account_id"], Value::Null);
    // The next account gets a new ID, never the cancelled one's (S1).
    w.ok(&["user", "add", "other@a.example", "--org", "a"]);
    let next = w.json(&["user", "show", "other@a.example"])["account_id"].clone();
    assert!(
        next.as_i64().unwrap() > pending.as_i64().unwrap(),
        "{next} reuses {pending}"
    );
    w.assert_invariants();
}

#[test]
fn s6_a_chatwork_id_in_another_case_is_the_same_id() {
    let w = world();
    let f = write(&w, "cw.csv", b"name,chatwork_id\nOne,A-ONE\n");
    import_ok(&w, &f, &[]);
    assert_eq!(roster(&w)[0]["chatwork_id"], "a-one");
    assert_eq!(roster(&w)[0]["status"], "ready");
    let again = import_ok(&w, &f, &[]);
    assert_eq!(again["unchanged"], 1);
}

#[test]
fn s5_skip_invalid_with_no_valid_row_is_refused_not_partial() {
    let w = world();
    let f = write(
        &w,
        "bad.csv",
        b"name,account_id\nGhost,999999\nNobody,888888\n",
    );
    let r = import(&w, &f, &["--skip-invalid"]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    assert_eq!(r.json()["applied"], false);
    assert_eq!(roster(&w), json!([]));
}

#[test]
fn s7_an_expired_request_to_an_existing_account_is_unresolved() {
    // registration.toml: org a (3 seats, 2 used) and the personal p1.
    let mut w = World::with_fixture("registration.toml").acting_as("a0@a.example");
    let f = write(&w, "p.csv", b"name,email\nP One,p1@p.example\n");
    let report = import_ok(&w, &f, &["--invite"]);
    assert_eq!(report["invited"], 1);
    let list = w.json(&["staff", "list", "--org", "a"]);
    assert_eq!(list[0]["status"], "awaiting_registration");
    w.now = "2026-12-31T09:00:00Z".into();
    let list = w.json(&["staff", "list", "--org", "a"]);
    assert_eq!(list[0]["status"], "unresolved", "the link expired (R7)");
}

#[test]
fn s5_rows_after_a_bad_row_are_checked_against_the_rows_before_them() {
    // a has 3 free seats. A bad first row must not hide that the fourth
    // invitation would find no seat: the report lists both (S5, R1).
    let w = world();
    let rows: String = (1..=4)
        .map(|i| format!("New {i},new{i}@a.example,\n"))
        .collect();
    let text = format!("name,email,account_id\nGhost,,999999\n{rows}");
    let f = write(&w, "mixed.csv", text.as_bytes());
    let r = import(&w, &f, &["--invite"]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    let lines: Vec<i64> = r.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, [2, 6], "{}", r.stdout);
    assert_eq!(roster(&w), json!([]));
    assert_eq!(w.json(&["outbox", "list"]), json!([]), "nothing was sent");
}

fn error_lines(r: &Run) -> Vec<u64> {
    r.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect()
}

#[test]
fn line_numbers_are_the_files_physical_lines_for_any_line_end() {
    // 12.9: Excel saves CRLF; old Macs CR; a quoted cell may hold line
    // breaks. The line of a row is the physical line it starts on.
    let w = world();
    for (name, text) in [
        ("lf.csv", "name,account_id\nZero,1000\nBad,abc\n"),
        ("crlf.csv", "name,account_id\r\nZero,1000\r\nBad,abc\r\n"),
        ("cr.csv", "name,account_id\rZero,1000\rBad,abc\r"),
    ] {
        let r = import(&w, &write(&w, name, text.as_bytes()), &[]);
        assert_eq!(r.code, 3, "{name}: {}", r.stdout);
        assert_eq!(error_lines(&r), [3], "{name}");
    }
    // A quoted cell over two lines (itself an error, on the line it starts
    // on) pushes the next rows one physical line down, whatever the ends.
    for (name, text) in [
        (
            "quoted-lf.csv",
            "name,account_id\n\"Two\nlines\",1000\nBad,abc\nWorse,-1\n",
        ),
        (
            "quoted-crlf.csv",
            "name,account_id\r\n\"Two\r\nlines\",1000\r\nBad,abc\r\nWorse,-1\r\n",
        ),
    ] {
        let r = import(&w, &write(&w, name, text.as_bytes()), &[]);
        assert_eq!(r.code, 3, "{name}: {}", r.stdout);
        assert_eq!(error_lines(&r), [2, 4, 5], "{name}: {}", r.stdout);
    }
    // Blank lines count too.
    let r = import(
        &w,
        &write(
            &w,
            "blank.csv",
            b"name,account_id\r\n\r\nZero,1000\r\n\r\nBad,abc\r\n",
        ),
        &[],
    );
    assert_eq!(error_lines(&r), [5]);
}

#[test]
fn a_stale_entry_shows_the_current_chatwork_id_and_its_export_imports_cleanly() {
    // 12.8 and the S7 round trip after a Chatwork ID changed (S6).
    let w = world();
    let f = write(
        &w,
        "a.csv",
        b"name,account_id,chatwork_id\nZero,1000,\nOne,,a-one\n",
    );
    import_ok(&w, &f, &[]);
    // A Chatwork ID is set by its user (S1).
    w.ok(&[
        "--as",
        "a1@a.example",
        "user",
        "set",
        "a1@a.example",
        "--chatwork-id",
        "a-new",
    ]);
    let list = roster(&w);
    assert_eq!(list[1]["status"], "stale");
    assert_eq!(list[1]["chatwork_id"], "a-one");
    assert_eq!(list[1]["current_chatwork_id"], "a-new");
    assert!(
        list[0].get("current_chatwork_id").is_none(),
        "only a stale entry carries it: {list}"
    );
    let table = w.ok(&["staff", "list", "--org", "a"]);
    assert!(table.contains("a-new"), "{table}");
    // The export names the account and its Chatwork ID now, so it imports
    // cleanly, and the entry is ready again.
    let exported = w.ok(&["staff", "export", "--org", "a"]);
    assert!(exported.contains("One,,1001,a-new"), "{exported}");
    let e = write(&w, "export.csv", exported.as_bytes());
    let report = import_ok(&w, &e, &[]);
    assert_eq!(report["updated"], 1, "{report}");
    assert_eq!(roster(&w)[1]["status"], "ready");
    assert_eq!(roster(&w)[1]["chatwork_id"], "a-new");
    // And the round trip is then the identity.
    let again = w.ok(&["staff", "export", "--org", "a"]);
    assert_eq!(again, exported);
    let report = import_ok(&w, &write(&w, "again.csv", again.as_bytes()), &[]);
    assert_eq!(report["unchanged"], 2);
}

fn bad_file(w: &World) -> PathBuf {
    write(w, "bad.csv", b"name,account_id\nZero,1000\nBad,abc\n")
}

#[test]
fn the_rejects_file_never_follows_a_link_nor_replaces_a_file_unless_forced() {
    // 15.1
    let w = sqlite_world();
    let f = bad_file(&w);
    let target = write(&w, "precious.txt", b"keep me\n");
    let link = w.dir().join("link.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for extra in [&[][..], &["--force"][..]] {
        let mut args = vec!["--rejects", link.to_str().unwrap()];
        args.extend_from_slice(extra);
        let r = import(&w, &f, &args);
        assert_eq!(r.code, 3, "{}", r.stderr);
        assert!(r.stderr.contains("symbolic link"), "{}", r.stderr);
        assert_eq!(std::fs::read(&target).unwrap(), b"keep me\n");
    }
    // An existing file is kept unless --force.
    let existing = write(&w, "old-rejects.csv", b"old\n");
    let r = import(&w, &f, &["--rejects", existing.to_str().unwrap()]);
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    assert_eq!(std::fs::read(&existing).unwrap(), b"old\n");
    let r = import(
        &w,
        &f,
        &["--rejects", existing.to_str().unwrap(), "--force"],
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    let text = std::fs::read_to_string(&existing).unwrap();
    assert!(
        text.starts_with("name,account_id,error\nBad,abc,"),
        "{text}"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&existing).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // A hard link to the input is the input: refused, even with --force.
    let hard = w.dir().join("hard.csv");
    std::fs::hard_link(&f, &hard).unwrap();
    let before = std::fs::read(&f).unwrap();
    let r = import(&w, &f, &["--rejects", hard.to_str().unwrap(), "--force"]);
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("the file being imported"), "{}", r.stderr);
    assert_eq!(std::fs::read(&f).unwrap(), before);
    // So is the database.
    let r = import(&w, &f, &["--rejects", w.db.to_str().unwrap(), "--force"]);
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("the database"), "{}", r.stderr);
    w.assert_invariants();
    // Nothing half-written is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(w.dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".orgctl-rejects")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_rejects_file_is_written_only_when_the_run_succeeds_and_not_by_a_dry_run() {
    // 15.1
    let w = sqlite_world();
    let f = bad_file(&w);
    let rejects = w.dir().join("rejects.csv");
    let r = import(
        &w,
        &f,
        &["--dry-run", "--rejects", rejects.to_str().unwrap()],
    );
    assert_eq!(r.code, 3);
    assert!(!rejects.exists(), "a dry run wrote the rejects file");
    assert!(r.stderr.contains("--write-rejects"), "{}", r.stderr);
    let r = import(
        &w,
        &f,
        &[
            "--dry-run",
            "--write-rejects",
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 3);
    assert!(
        std::fs::read_to_string(&rejects)
            .unwrap()
            .contains("Bad,abc,")
    );
    std::fs::remove_file(&rejects).unwrap();
    // A file refused whole (no rows) leaves no rejects file.
    let empty = write(&w, "header.csv", b"name,account_id\n");
    let r = import(&w, &empty, &["--rejects", rejects.to_str().unwrap()]);
    assert_eq!(r.code, 3);
    assert!(!rejects.exists());
    // A run that cannot take the write lock (exit 75) leaves none either.
    let conn = rusqlite::Connection::open(&w.db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let r = w
        .cmd()
        .env("ORGCTL_BUSY_TIMEOUT_MS", "100")
        .args(["staff", "import", f.to_str().unwrap(), "--org", "a"])
        .args(["--rejects", rejects.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(75),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(!rejects.exists(), "written by a run that changed nothing");
    // 15.3: a dry run does not wait for the writer that holds the lock.
    let r = w
        .cmd()
        .env("ORGCTL_BUSY_TIMEOUT_MS", "100")
        .args([
            "staff",
            "import",
            f.to_str().unwrap(),
            "--org",
            "a",
            "--dry-run",
        ])
        .args(["--skip-invalid"])
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(6),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    conn.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn a_dry_run_works_on_a_read_only_database() {
    // 15.3
    use std::os::unix::fs::PermissionsExt;
    let w = sqlite_world();
    let f = write(
        &w,
        "a.csv",
        b"name,email\nNew,new@a.example\nZero,a0@a.example\n",
    );
    w.ok(&["check"]);
    std::fs::set_permissions(&w.db, std::fs::Permissions::from_mode(0o400)).unwrap();
    let r = import(&w, &f, &["--dry-run", "--invite"]);
    std::fs::set_permissions(&w.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(r.json()["invited"], 1);
    assert_eq!(r.json()["created"], 2);
    assert_eq!(roster(&w), json!([]));
}

#[test]
fn staff_import_dash_reads_standard_input_once() {
    // 17.6, 15.3: a pipe is read once (the encoding detection does not
    // consume the rows).
    let w = world();
    let r = w
        .cmd()
        .args(["--format", "json", "staff", "import", "-", "--org", "a"])
        .write_stdin(sjis("氏名,識別ID\r\n山田,1000\r\n鈴木,1001\r\n"))
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let report: Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(report["created"], 2);
    assert_eq!(report["encoding"], "shift_jis");
    assert_eq!(roster(&w)[0]["name"], "山田");
    let audit = w.json(&["audit", "list"]);
    let last = audit.as_array().unwrap().last().unwrap();
    assert_eq!(last["target"], "a -");
    // An empty standard input is an empty file.
    let r = w
        .cmd()
        .args(["staff", "import", "-", "--org", "a"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&r.stderr).contains("the file is empty"));
}

#[test]
fn a_record_longer_than_the_cap_is_refused_naming_its_line() {
    // 15.2: a file with no line end, or a quote never closed, is not held
    // in memory whole.
    let w = world();
    let mut big = b"name,account_id\nZero,1000\n\"".to_vec();
    big.extend(std::iter::repeat_n(b'x', 5 * 1024 * 1024));
    let r = import(&w, &write(&w, "long.csv", &big), &[]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("line 3"), "{}", r.stderr);
    assert!(r.stderr.contains("longer than 4 MiB"), "{}", r.stderr);
    assert_eq!(roster(&w), json!([]));
}

#[test]
fn thousands_of_bad_rows_print_twenty_and_the_count_and_json_carries_them_all() {
    // 17.7, 15.2: the screen gets a sample; --format json and the rejects
    // file get every row (the errors beyond a thousand are spilled to a
    // temporary file, not kept in memory).
    let w = world();
    let mut text = String::from("name,account_id\n");
    for i in 0..2500 {
        text.push_str(&format!("Ghost {i},{}\n", 900_000 + i));
    }
    let f = write(&w, "ghosts.csv", text.as_bytes());
    let r = w.run(&["staff", "import", f.to_str().unwrap(), "--org", "a"]);
    assert_eq!(r.code, 3);
    assert!(
        r.stdout.contains("Ghost") || r.stdout.contains("900000"),
        "{}",
        r.stdout
    );
    let shown = r.stdout.matches("no account has account ID").count();
    assert_eq!(shown, 20, "{}", r.stdout);
    assert!(r.stderr.contains("2480 more rejected rows"), "{}", r.stderr);
    assert!(r.stderr.contains("--rejects FILE"), "{}", r.stderr);
    assert!(r.stderr.contains("--format json"), "{}", r.stderr);
    let r = import(&w, &f, &[]);
    let errors = r.json()["errors"].as_array().unwrap().clone();
    assert_eq!(errors.len(), 2500);
    assert_eq!(errors[2499]["line"], 2501);
    assert_eq!(r.json()["rejected"], 2500);
    let csv = w.run(&[
        "--format",
        "csv",
        "staff",
        "import",
        f.to_str().unwrap(),
        "--org",
        "a",
    ]);
    assert_eq!(csv.stdout.lines().count(), 2501);
    let rejects = w.dir().join("r.csv");
    import(&w, &f, &["--rejects", rejects.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&rejects).unwrap().lines().count(),
        2501
    );
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

#[test]
fn excel_unicode_text_utf16_with_tabs_is_read_and_rejects_keep_its_format() {
    // 17.9: Excel's "Unicode text" is UTF-16LE with a BOM, tab-separated.
    let w = world();
    let f = write(
        &w,
        "unicode.txt",
        &utf16le("氏名\t識別ID\tメモ\r\n山田\t1000\tfirst, with a comma\r\n鈴木\t9999\t\r\n"),
    );
    let rejects = w.dir().join("r.txt");
    let r = import(
        &w,
        &f,
        &["--skip-invalid", "--rejects", rejects.to_str().unwrap()],
    );
    assert_eq!(r.code, 6, "{}\n{}", r.stdout, r.stderr);
    let report = r.json();
    assert_eq!(report["encoding"], "utf-16le");
    assert_eq!(report["created"], 1);
    assert_eq!(report["errors"][0]["line"], 3);
    assert_eq!(report["ignored_columns"], json!(["メモ"]));
    assert_eq!(roster(&w)[0]["name"], "山田");
    let bytes = std::fs::read(&rejects).unwrap();
    assert_eq!(&bytes[..2], &[0xFF, 0xFE], "the rejects file keeps the BOM");
    let units: Vec<u16> = bytes[2..]
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let text = String::from_utf16(&units).unwrap();
    assert!(
        text.starts_with("氏名\t識別ID\tメモ\terror\n鈴木\t9999\t\t"),
        "{text}"
    );
    // Big-endian too.
    let mut be = vec![0xFE, 0xFF];
    for u in "name,account_id\nZero,1000\n".encode_utf16() {
        be.extend_from_slice(&u.to_be_bytes());
    }
    let report = import_ok(&w, &write(&w, "be.csv", &be), &[]);
    assert_eq!(report["encoding"], "utf-16be");
}

#[test]
fn unknown_columns_are_reported_once_as_ignored() {
    // 17.9
    let w = world();
    let f = write(
        &w,
        "extra.csv",
        b"name,dept,account_id,note\nZero,Sales,1000,x\nOne,Ops,1001,y\n",
    );
    let report = import_ok(&w, &f, &[]);
    assert_eq!(report["ignored_columns"], json!(["dept", "note"]));
    let r = w.run(&["staff", "import", f.to_str().unwrap(), "--org", "a"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr.matches("ignored columns").count(),
        1,
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("`dept`, `note`"), "{}", r.stderr);
    // A rejects file's own `error` column is expected, not reported.
    let f = write(
        &w,
        "fixed.csv",
        b"name,account_id,error\nZero,1000,was bad\n",
    );
    assert_eq!(import_ok(&w, &f, &[])["ignored_columns"], json!([]));
}

#[test]
fn forcing_utf8_on_a_shift_jis_file_suggests_the_right_encoding() {
    // 17.9
    let w = world();
    let f = write(&w, "s.csv", &sjis("name,account_id\n山田,1000\n"));
    let r = import(&w, &f, &["--encoding", "utf-8"]);
    assert_eq!(r.code, 3);
    let m = messages(&r.json());
    assert!(m.contains("looks like Shift_JIS"), "{m}");
    assert!(m.contains("--encoding shift_jis"), "{m}");
}

#[test]
fn a_dry_run_decides_every_row_as_the_real_run_does() {
    // 11.2, S5: the dry run writes nothing, so what earlier rows do is
    // tracked: seats their invitations reserve, entries they claim, e-mails
    // they name.
    let w = world();
    let text = "name,email,account_id\nNew 1,new1@a.example,\nNew 2,new2@a.example,\nNew 3,new3@a.example,\nNew 4,new4@a.example,\nZero,a0@a.example,1000\nAgain,a0@a.example,\n";
    let f = write(&w, "mixed.csv", text.as_bytes());
    let dry = import(&w, &f, &["--invite", "--dry-run", "--skip-invalid"]);
    let real = import(&w, &f, &["--invite", "--skip-invalid"]);
    assert_eq!(dry.code, 6, "{}", dry.stdout);
    assert_eq!(real.code, 6, "{}", real.stdout);
    let (mut d, mut r) = (dry.json(), real.json());
    assert_eq!(d["dry_run"], true);
    for v in [&mut d, &mut r] {
        v.as_object_mut().unwrap().remove("dry_run");
        v.as_object_mut().unwrap().remove("applied");
    }
    assert_eq!(d, r);
    assert_eq!(error_lines(&real), [5, 7], "{}", real.stdout);
    assert!(messages(&real.json()).contains("R1"));
    assert!(messages(&real.json()).contains("line 6 already names"));
    // One audit row, written with the import.
    let audit = w.json(&["audit", "list"]);
    let last = audit.as_array().unwrap().last().unwrap();
    assert!(
        last["result"].as_str().unwrap().starts_with("partial"),
        "{last}"
    );
    w.assert_invariants();
}

/// S5: a rejects file holds every rejected row's cells as they were read —
/// padded, neutralised, in a column orgctl ignores, or missing at the end —
/// whether the row kept its cells apart or its fields held them all
/// (`csvio::StaffRow::cells`, issue 18.3).
#[test]
fn s5_the_rejects_file_keeps_every_cell_as_read() {
    let w = world();
    let file = write(
        &w,
        "staff.csv",
        b"name,account_id,note\na1,1001,\n Padded ,999991,\nPlain,999992,\nNoted,999993,see me\n'=x,999994,\nShort,999995\n",
    );
    let rejects = w.dir().join("rejects.csv");
    let r = import(
        &w,
        &file,
        &["--skip-invalid", "--rejects", rejects.to_str().unwrap()],
    );
    assert_eq!(r.code, 6, "{}", r.stderr);
    let text = std::fs::read_to_string(&rejects).unwrap();
    let cells: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().take(3).map(str::to_string).collect())
        .collect();
    let want = [
        [" Padded ", "999991", ""],
        ["Plain", "999992", ""],
        ["Noted", "999993", "see me"],
        ["'=x", "999994", ""],
        ["Short", "999995", ""],
    ];
    assert_eq!(
        cells,
        want.map(|r| r.map(str::to_string).to_vec()),
        "{text}"
    );
    assert!(text.starts_with("name,account_id,note,error\n"), "{text}");
}
