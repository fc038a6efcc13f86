//! Security checks (issue #8): private files, audit history that outlives
//! deletion, and hostile strings that reach SQL only as bound parameters.
//! (Passwords and tokens never stored in clear:
//! `registration::neither_the_password_nor_the_token_is_stored_in_clear`.)

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::harness::*;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn every_file_orgctl_writes_is_private() {
    let w = World::sqlite_with_fixture("three-companies.toml").acting_as("a0@a.example");
    assert_eq!(mode(&w.db), 0o600, "the database");
    for side in ["-wal", "-shm"] {
        let p = w.db.with_file_name(format!("orgctl.db{side}"));
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
    }
    // --rejects FILE
    let csv = w.dir().join("bad.csv");
    std::fs::write(&csv, "name,account_id\nX,notanumber\n").unwrap();
    let rejects = w.dir().join("rejects.csv");
    let r = w.run_json(&[
        "staff",
        "import",
        csv.to_str().unwrap(),
        "--org",
        "a",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(mode(&rejects), 0o600, "the rejects file");
    // outbox export --maildir DIR: every file and directory it creates.
    w.ok(&["--yes", "user", "add", "new@a.example", "--org", "a"]);
    let maildir = w.dir().join("mail");
    w.ok(&["outbox", "export", "--maildir", maildir.to_str().unwrap()]);
    let mut files = 0;
    let mut stack = vec![maildir.clone()];
    while let Some(dir) = stack.pop() {
        // DIR itself may pre-exist (the user's choice); tmp/new/cur are 0700.
        if dir != maildir {
            assert_eq!(mode(&dir), 0o700, "{} is open to others", dir.display());
        }
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                assert_eq!(mode(&p), 0o600, "{}", p.display());
                files += 1;
            }
        }
    }
    assert!(files >= 1);
    // A database created in a new directory by any command.
    let mut fresh = World::sqlite();
    fresh.db = fresh.dir().join("deep/er/orgctl.db");
    fresh.ok(&["init"]);
    assert_eq!(mode(&fresh.db), 0o600);
}

#[test]
fn a_deleted_users_audit_history_stays() {
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    w.ok(&["user", "set", "a1@a.example", "--name", "Renamed"]);
    let naming = |w: &World| -> usize {
        w.json(&["audit", "list"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|row| row.to_string().contains("a1@a.example"))
            .count()
    };
    let before = naming(&w);
    assert!(before >= 1);
    w.ok(&["--yes", "user", "delete", "a1@a.example"]);
    // Its earlier rows are all still there, plus the deletion's.
    assert!(naming(&w) > before, "{}", w.json(&["audit", "list"]));
    w.assert_invariants();
}

/// Strings that would break a query built by concatenation, and others
/// that stress storage: quotes, comments, unicode, very long.
fn hostile() -> Vec<String> {
    vec![
        "'; DROP TABLE accounts; --".to_string(),
        "\" OR 1=1 --".to_string(),
        "Robert'); DELETE FROM orgs; --".to_string(),
        // No bidirectional override: names with one are refused since
        // issue 15.8 (edges::names_that_could_make_a_preview_lie_are_refused).
        "名前 ☃ 𝄞 émoji 🙂 rtl".to_string(),
        // Names allow up to 200 characters: the longest valid one.
        format!("long {}", "ü".repeat(195)),
    ]
}

#[test]
fn hostile_strings_are_stored_and_read_back_verbatim() {
    let w = World::new();
    let mut fx = String::from(
        "[[org]]\nslug = \"a\"\nname = \"A\"\nplan = \"business\"\nseats = 50\n\
         [[account]]\nemail = \"a0@a.example\"\nname = \"a0\"\norg = \"a\"\nrole = \"admin\"\n\
         [[account]]\nemail = \"a1@a.example\"\nname = \"a1\"\norg = \"a\"\naccount_id = 1001\n",
    );
    let values = hostile();
    // Group names, message bodies, file names and task bodies via a fixture.
    for (i, v) in values.iter().enumerate() {
        let v = toml_string(v);
        fx.push_str(&format!(
            "[[group]]\nname = {v}\nadmins = [\"a0@a.example\"]\nmembers = [\"a1@a.example\"]\n\
             [[message]]\nchat = {v}\nfrom = \"a0@a.example\"\nbody = {v}\n\
             [[file]]\nchat = {v}\nuploader = \"a1@a.example\"\nname = \"f{i}-\"\n\
             [[task]]\nchat = {v}\nrequester = \"a0@a.example\"\nassignee = \"a1@a.example\"\nbody = {v}\n"
        ));
    }
    let path = w.dir().join("hostile.toml");
    std::fs::write(&path, fx).unwrap();
    let r = w.run_json(&["fixture", "load", path.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let w = w.acting_as("a0@a.example");
    let chats = w.json(&["chat", "list"]).to_string();
    for v in &values {
        assert!(chats.contains(&json_text(v)), "group name {v:.40} lost");
    }
    let all_messages: String = w
        .json(&["chat", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            w.json(&["message", "list", "--chat", &c["id"].to_string()])
                .to_string()
        })
        .collect();
    let tasks = w.json(&["task", "list"]).to_string();
    for v in &values {
        assert!(all_messages.contains(&json_text(v)), "message {v:.40} lost");
        assert!(tasks.contains(&json_text(v)), "task {v:.40} lost");
    }
    // Names through user add and user set; Chatwork IDs must be valid IDs,
    // so the SQL-looking ones are refused, and nothing changes.
    for (i, v) in values.iter().enumerate() {
        let email = format!("h{i}@a.example");
        let r = w.run_json(&["--yes", "user", "add", &email, "--org", "a", "--name", v]);
        if r.code == 0 {
            assert_eq!(w.json(&["user", "show", &email])["name"], v.as_str());
        } else {
            assert_eq!(r.code, 3, "{}", r.stderr);
        }
        let r = w.run_json(&["user", "set", "a1@a.example", "--name", v]);
        if r.code == 0 {
            assert_eq!(
                w.json(&["user", "show", "a1@a.example"])["name"],
                v.as_str()
            );
        } else {
            assert_eq!(r.code, 3, "{}", r.stderr);
        }
        let r = w.run_json(&[
            "user",
            "set",
            "a1@a.example",
            "--as",
            "a1@a.example",
            "--chatwork-id",
            v,
        ]);
        assert!(r.code == 3 || r.code == 2, "{v:.40}: {}", r.stderr);
    }
    // E-mail addresses that are valid and still look hostile.
    for email in [
        "o'brien@a.example",
        "\"quoted--\"@a.example",
        "x+1=1@a.example",
    ] {
        let r = w.run_json(&["--yes", "user", "add", email, "--org", "a"]);
        if r.code == 0 {
            assert_eq!(w.json(&["user", "show", email])["email"], email);
        } else {
            assert_eq!(r.code, 3, "{email}: {}", r.stderr);
        }
    }
    // Staff CSV cells.
    let csv = format!(
        "name,account_id\n\"{}\",1001\n",
        values[0].replace('"', "\"\"")
    );
    let file = w.dir().join("staff.csv");
    std::fs::write(&file, &csv).unwrap();
    w.json(&["staff", "import", file.to_str().unwrap(), "--org", "a"]);
    let roster = w.json(&["staff", "list", "--org", "a"]);
    assert_eq!(roster[0]["name"], values[0].as_str());
    for (i, v) in values.iter().enumerate().skip(1) {
        let csv = format!("name,account_id\n\"{}\",1001\n", v.replace('"', "\"\""));
        let file = w.dir().join(format!("staff{i}.csv"));
        std::fs::write(&file, csv).unwrap();
        let r = w.run_json(&["staff", "import", file.to_str().unwrap(), "--org", "a"]);
        if r.code == 0 {
            let roster = w.json(&["staff", "list", "--org", "a"]);
            assert_eq!(roster[0]["name"], v.as_str());
        } else {
            assert_eq!(r.code, 3, "{}", r.stdout);
        }
    }
    // The tables are all there and every invariant holds.
    assert_eq!(w.json(&["org", "list"]).as_array().unwrap().len(), 1);
    w.assert_invariants();
}

fn toml_string(v: &str) -> String {
    serde_json::to_string(v).unwrap()
}

/// How a string appears inside JSON output.
fn json_text(v: &str) -> String {
    let quoted = serde_json::to_string(v).unwrap();
    quoted[1..quoted.len() - 1].to_string()
}
