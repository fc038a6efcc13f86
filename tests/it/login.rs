//! Logins on the shared server (issue 14, items 1-5): the actor is the
//! login, the database enforces the audit log's append-only rule and org
//! boundaries, and on SQLite the login commands are refused clearly.
//! The server tests run on the PostgreSQL pass of scripts/test.sh (its
//! cluster asks every role but the test superuser for a password).

use std::io::Write;
use std::process::{Command as Process, Stdio};

use crate::harness::{Run, World, test_server, with_database};

/// A world of two orgs whose admins' e-mails are unique on the server
/// (roles are shared by all the cluster's databases, and tests run in
/// parallel): a's admin and user_admin, b's admin, a member each.
struct Orgs {
    w: World,
    a_admin: String,
    a_uadmin: String,
    b_admin: String,
    a_member: String,
}

fn orgs(tag: &str) -> Orgs {
    let w = World::new();
    let id = format!("{tag}-{}", std::process::id());
    let a_admin = format!("boss-{id}@a.example");
    let a_uadmin = format!("hr-{id}@a.example");
    let b_admin = format!("boss-{id}@b.example");
    let a_member = format!("m-{id}@a.example");
    let toml = format!(
        r#"
[[org]]
slug = "a"
name = "Company A"
plan = "enterprise"
seats = 10
[[org]]
slug = "b"
name = "Company B"
plan = "enterprise"
seats = 10
[[account]]
email = "{a_admin}"
name = "A boss"
org = "a"
role = "admin"
[[account]]
email = "{a_uadmin}"
name = "A hr"
org = "a"
role = "user_admin"
[[account]]
email = "{a_member}"
name = "A member"
org = "a"
[[account]]
email = "{b_admin}"
name = "B boss"
org = "b"
role = "admin"
"#
    );
    let file = w.dir().join("logins.toml");
    std::fs::write(&file, toml).unwrap();
    w.ok(&["fixture", "load", file.to_str().unwrap()]);
    Orgs {
        w,
        a_admin,
        a_uadmin,
        b_admin,
        a_member,
    }
}

fn encode(user: &str) -> String {
    user.replace('@', "%40")
}

/// The world's database URL as `user` with `password`.
fn url_as(w: &World, user: &str, password: &str) -> String {
    let server = test_server().expect("a test server");
    let db = w.pg.as_ref().expect("a server world").url.clone();
    let name = db
        .split_once("://")
        .unwrap()
        .1
        .split(['?'])
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let url = with_database(&server, &name);
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.split_once('@').map_or(rest, |(_, h)| h);
    format!("{scheme}://{}:{password}@{host}", encode(user))
}

/// Runs orgctl connected as a login: no ORGCTL_NOW (a login's clock is the
/// server's), optional standard input.
fn as_login(w: &World, url: &str, args: &[&str]) -> Run {
    let mut cmd = w.cmd_without_db();
    cmd.env_remove("ORGCTL_NOW").args(["--db", url]).args(args);
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `login create EMAIL --password-stdin` by the owner (the test superuser).
fn create_login(w: &World, email: &str, password: &str) -> Run {
    let mut cmd = w.cmd();
    cmd.args([
        "--format",
        "json",
        "login",
        "create",
        email,
        "--password-stdin",
    ])
    .write_stdin(format!("{password}\n"));
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// psql as `url`, one statement; (success, output).
fn psql(url: &str, sql: &str) -> (bool, String) {
    let mut child = Process::new("psql")
        .args([url, "-X", "-v", "ON_ERROR_STOP=1", "-q", "-At", "-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("psql is installed (apt-get install postgresql-client)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(sql.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

fn server_only(w: &World) -> bool {
    if w.pg.is_none() {
        eprintln!("runs on PostgreSQL only (scripts/test.sh runs it there)");
        return false;
    }
    true
}

#[test]
fn logins_are_refused_on_an_sqlite_file() {
    let w = World::sqlite_with_fixture("three-companies.toml");
    let mut cmd = w.cmd();
    cmd.args(["login", "create", "a0@a.example", "--password-stdin"])
        .write_stdin("long-enough-pw\n");
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("only on a PostgreSQL server"), "{err}");
    assert!(err.contains("postgres://"), "{err}");
    for args in [&["login", "list"][..], &["login", "drop", "a0@a.example"]] {
        let r = w.run(args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("PostgreSQL"), "{}", r.stderr);
    }
}

#[test]
fn a_login_acts_as_its_account_and_only_as_it() {
    let o = orgs("acts");
    let w = &o.w;
    if !server_only(w) {
        return;
    }
    let r = create_login(w, &o.a_admin, "pw-of-a-admin");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let plan: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(plan["effects"][0]["effect"], "login_created", "{plan}");
    assert!(!r.stdout.contains("pw-of-a-admin") && !r.stdout.contains("SCRAM"));
    let list = w.json(&["login", "list"]);
    assert_eq!(list[0]["email"], o.a_admin.as_str(), "{list}");
    assert_eq!(list[0]["can_log_in"], true);
    let url = url_as(w, &o.a_admin, "pw-of-a-admin");

    // Without --as: the login's account acts.
    let r = as_login(w, &url, &["--yes", "org", "set", "a", "--seats", "12"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut c = w.pg.as_ref().unwrap().client();
    let row = c
        .query_one(
            "SELECT actor, db_user, at FROM audit WHERE action = 'org.set' ORDER BY id DESC LIMIT 1",
            &[],
        )
        .unwrap();
    assert_eq!(
        row.get::<_, Option<String>>(0).as_deref(),
        Some(o.a_admin.as_str())
    );
    assert_eq!(
        row.get::<_, Option<String>>(1).as_deref(),
        Some(o.a_admin.as_str())
    );
    // The server's clock, not the test clock (ORGCTL_NOW is 2026-11-23).
    let at: String = row.get(2);
    assert!(at.as_str() > crate::harness::NOW, "{at}");

    // --as naming someone else: exit 77, the login named, nothing changed
    // but the audit row of the attempt.
    let before_aside = w.snapshot_audit_aside();
    let r = as_login(
        w,
        &url,
        &[
            "--as", &o.b_admin, "--yes", "org", "set", "b", "--seats", "3",
        ],
    );
    assert_eq!(r.code, 77, "{}", r.stderr);
    assert!(r.stderr.contains(&o.a_admin), "{}", r.stderr);
    assert!(r.stderr.contains("nothing was changed"), "{}", r.stderr);
    assert_eq!(w.snapshot_audit_aside(), before_aside);
    // The attempt is on record, as the login's own account.
    let row = c
        .query_one(
            "SELECT actor, db_user, target, result FROM audit ORDER BY id DESC LIMIT 1",
            &[],
        )
        .unwrap();
    assert_eq!(row.get::<_, Option<String>>(0), Some(o.a_admin.clone()));
    assert_eq!(row.get::<_, Option<String>>(1), Some(o.a_admin.clone()));
    assert_eq!(row.get::<_, Option<String>>(2), Some(o.b_admin.clone()));
    let result: String = row.get(3);
    assert!(result.starts_with("refused"), "{result}");
    assert!(result.contains("acts only as"), "{result}");
    // Its own e-mail with --as is fine.
    let r = as_login(w, &url, &["--as", &o.a_admin, "org", "show", "a"]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    // A login may not set the clock.
    let mut cmd = w.cmd_without_db();
    let out = cmd.args(["--db", &url, "org", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(77));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ORGCTL_NOW"));

    // The owner's work is refused to a login, by orgctl or by the database.
    let r = as_login(
        w,
        &url,
        &[
            "--yes",
            "org",
            "create",
            "z",
            "--name",
            "Z",
            "--plan",
            "business",
            "--seats",
            "1",
            "--admin-email",
            "z@z.example",
        ],
    );
    assert_eq!(r.code, 77, "{}", r.stderr);
    assert!(r.stderr.contains("not permitted"), "{}", r.stderr);

    // A login cannot manage logins.
    let r = as_login(w, &url, &["login", "drop", &o.a_admin]);
    assert_eq!(r.code, 77, "{}", r.stderr);
    assert!(r.stderr.contains("only the owner"), "{}", r.stderr);

    // A wrong password and an unknown login: exit 77, the password unshown.
    let r = as_login(w, &url_as(w, &o.a_admin, "wrong-pw-x"), &["org", "list"]);
    assert_eq!(r.code, 77, "{}", r.stderr);
    assert!(r.stderr.contains("refused the login"), "{}", r.stderr);
    assert!(!r.stderr.contains("wrong-pw-x"), "{}", r.stderr);
    let r = as_login(
        w,
        &url_as(w, "nobody-here@a.example", "pw-x-123"),
        &["org", "list"],
    );
    assert_eq!(r.code, 77, "{}", r.stderr);

    // Every audit row carries the database user.
    let rows = c
        .query("SELECT count(*) FROM audit WHERE db_user IS NULL", &[])
        .unwrap();
    assert_eq!(rows[0].get::<_, i64>(0), 0);

    // The owner acting for an admin is recorded as such.
    let r = w.run(&[
        "--as", &o.b_admin, "--yes", "org", "set", "b", "--seats", "9",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let audit = w.json(&["audit", "list"]);
    let last = audit.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["db_user"], "orgctl_test", "{last}");
    assert_eq!(
        last["detail"],
        format!("owner acting for {}", o.b_admin).as_str(),
        "{last}"
    );
}

#[test]
fn the_database_holds_the_line_against_a_logins_psql() {
    let o = orgs("psql");
    let w = &o.w;
    if !server_only(w) {
        return;
    }
    assert_eq!(create_login(w, &o.a_admin, "pw-psql-admin").code, 0);
    // An e-mail of org b in the outbox (the owner acting for b's admin).
    let r = w.run(&[
        "--as",
        &o.b_admin,
        "--yes",
        "user",
        "add",
        "new-b@b.example",
        "--org",
        "b",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let url = url_as(w, &o.a_admin, "pw-psql-admin");
    let r = as_login(
        w,
        &url,
        &["--yes", "user", "add", "new-a@a.example", "--org", "a"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);

    // The audit log is append-only for a login.
    for sql in ["UPDATE audit SET result = 'forged'", "DELETE FROM audit"] {
        let (ok, out) = psql(&url, sql);
        assert!(!ok, "{sql} was allowed: {out}");
        assert!(out.contains("permission denied"), "{out}");
    }
    let (ok, out) = psql(
        &url,
        "INSERT INTO audit (at, action, result, db_user) VALUES ('2000-01-01T00:00:00Z', 'x', 'ok', 'someone')",
    );
    assert!(ok, "{out}");
    let mut c = w.pg.as_ref().unwrap().client();
    let forged = c
        .query_one("SELECT at, db_user FROM audit WHERE action = 'x'", &[])
        .unwrap();
    assert_eq!(
        forged.get::<_, String>(1),
        o.a_admin,
        "the database sets db_user"
    );
    assert_ne!(
        forged.get::<_, String>(0),
        "2000-01-01T00:00:00Z",
        "no backdating"
    );

    // Another org's settings, allow-list, roster and registrations are out
    // of reach; its own are not.
    let (_, out) = psql(
        &url,
        "UPDATE orgs SET seats = 999 WHERE slug = 'b' RETURNING id",
    );
    assert_eq!(out.trim(), "", "no row of b is visible to change: {out}");
    let seats: i64 = c
        .query_one("SELECT seats FROM orgs WHERE slug = 'b'", &[])
        .unwrap()
        .get(0);
    assert_eq!(seats, 10);
    let (ok, out) = psql(
        &url,
        "UPDATE orgs SET seats = 11 WHERE slug = 'a' RETURNING seats",
    );
    assert!(ok && out.contains("11"), "{out}");
    let (ok, out) = psql(
        &url,
        "INSERT INTO org_allow (org_id, other_id) SELECT b.id, a.id FROM orgs a, orgs b WHERE a.slug = 'a' AND b.slug = 'b'",
    );
    assert!(!ok && out.contains("row-level security"), "{out}");
    let (_, out) = psql(
        &url,
        "UPDATE registrations SET status = 'cancelled' WHERE org_id = (SELECT id FROM orgs WHERE slug = 'b') RETURNING id",
    );
    assert_eq!(out.trim(), "", "{out}");
    let (ok, out) = psql(&url, "DROP TABLE audit");
    assert!(!ok, "{out}");

    // Outbox rows: only the org's own.
    let (ok, out) = psql(&url, "SELECT to_addr FROM outbox ORDER BY id");
    assert!(ok, "{out}");
    assert!(out.contains("new-a@a.example"), "{out}");
    assert!(!out.contains("new-b@b.example"), "{out}");
    let r = as_login(w, &url, &["outbox", "list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("new-b@b.example"), "{}", r.stdout);
    // The owner reads them all.
    assert!(w.ok(&["outbox", "list"]).contains("new-b@b.example"));
}

#[test]
fn a_deleted_or_moved_account_loses_its_login_in_the_same_plan() {
    let o = orgs("gone");
    let w = &o.w;
    if !server_only(w) {
        return;
    }
    assert_eq!(create_login(w, &o.a_admin, "pw-gone-admin").code, 0);
    assert_eq!(create_login(w, &o.a_uadmin, "pw-gone-hr").code, 0);
    // A member cannot have a login.
    let r = create_login(w, &o.a_member, "pw-gone-member");
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("admins and user_admins"), "{}", r.stderr);
    // A second login for the same account is refused.
    assert_eq!(create_login(w, &o.a_admin, "pw-gone-again").code, 3);

    let admin = url_as(w, &o.a_admin, "pw-gone-admin");
    let hr = url_as(w, &o.a_uadmin, "pw-gone-hr");
    assert_eq!(as_login(w, &hr, &["org", "list"]).code, 0);
    // The admin (a login, not the owner) deletes the user_admin: the plan
    // shows the login dropped, and applies it.
    let preview = as_login(
        w,
        &admin,
        &[
            "--format",
            "json",
            "user",
            "delete",
            &o.a_uadmin,
            "--dry-run",
        ],
    );
    assert_eq!(preview.code, 0, "{}", preview.stderr);
    assert!(
        preview.stdout.contains("\"login_dropped\""),
        "{}",
        preview.stdout
    );
    let r = as_login(w, &admin, &["--yes", "user", "delete", &o.a_uadmin]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = as_login(w, &hr, &["org", "list"]);
    assert_eq!(r.code, 77, "{}", r.stderr);
    let mut c = w.pg.as_ref().unwrap().client();
    let gone: bool = c
        .query_one(
            "SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = $1)",
            &[&o.a_uadmin],
        )
        .unwrap()
        .get(0);
    assert!(gone);
    // A still-valid login cannot be dropped by a login through psql.
    let (ok, out) = psql(
        &admin,
        &format!("SELECT orgctl_drop_login('{}')", o.a_admin),
    );
    assert!(!ok && out.contains("only the owner"), "{out}");
    // The owner drops it.
    let r = w.run(&["login", "drop", &o.a_admin]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(as_login(w, &admin, &["org", "list"]).code, 77);
    assert_eq!(w.json(&["login", "list"]), serde_json::json!([]));
}

/// Issue 14.1, 14.3: b's admin, a login, approves a transfer of a's
/// user_admin; the login of the moved account ends in the same plan (a
/// cross-org effect the database lets a login apply, README).
#[test]
fn a_transferred_account_loses_its_login() {
    let o = orgs("move");
    let w = &o.w;
    if !server_only(w) {
        return;
    }
    assert_eq!(create_login(w, &o.a_uadmin, "pw-move-hr").code, 0);
    assert_eq!(create_login(w, &o.b_admin, "pw-move-b").code, 0);
    let hr = url_as(w, &o.a_uadmin, "pw-move-hr");
    let b = url_as(w, &o.b_admin, "pw-move-b");
    let r = w.run(&[
        "--as",
        &o.a_admin,
        "--yes",
        "transfer",
        "request",
        "--from",
        "a",
        "--to-admin",
        &o.b_admin,
        &o.a_uadmin,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = as_login(
        w,
        &b,
        &["--format", "json", "--yes", "transfer", "approve", "1"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"login_dropped\""), "{}", r.stdout);
    assert_eq!(as_login(w, &hr, &["org", "list"]).code, 77);
    assert_eq!(w.json(&["user", "show", &o.a_uadmin])["org"], "b");
}

/// The world's database URL as `user`, without a password.
fn url_without_password(w: &World, user: &str) -> String {
    let url = url_as(w, user, "x");
    url.replacen(
        &format!("{}:x@", encode(user)),
        &format!("{}@", encode(user)),
        1,
    )
}

/// Runs `orgctl --db URL ARGS` as a login, with no password in the
/// environment unless `env` gives one.
fn as_login_env(w: &World, url: &str, env: &[(&str, &str)], args: &[&str]) -> Run {
    let mut cmd = w.cmd_without_db();
    cmd.env_remove("ORGCTL_NOW")
        .env_remove("PGPASSWORD")
        .env_remove("PGPASSFILE")
        .envs(env.iter().copied())
        .args(["--db", url])
        .args(args);
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[cfg(unix)]
fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Issue 14.6: a login's password comes from the URL, PGPASSWORD, the
/// password file (~/.pgpass or PGPASSFILE, as libpq reads it: private
/// files only) or a prompt on a terminal; without any, exit 77 with the
/// ways to give one.
#[cfg(unix)]
#[test]
fn a_login_password_comes_from_the_environment_the_password_file_or_a_prompt() {
    let o = orgs("pgpass");
    let w = &o.w;
    if !server_only(w) {
        return;
    }
    let r = create_login(w, &o.a_admin, "pw-in-a-file");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let url = url_without_password(w, &o.a_admin);
    assert!(
        !url.contains("pw-in-a-file") && !url.contains(":x@"),
        "{url}"
    );
    let show = ["--format", "json", "org", "show", "a"];

    // Nothing gives a password and there is no terminal: 77, with the ways.
    let r = as_login_env(w, &url, &[], &show);
    assert_eq!(r.code, 77, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("wants a password"), "{}", r.stderr);
    assert!(
        r.stderr.contains("PGPASSWORD") && r.stderr.contains(".pgpass"),
        "{}",
        r.stderr
    );

    // PGPASSWORD.
    let r = as_login_env(w, &url, &[("PGPASSWORD", "pw-in-a-file")], &show);
    assert_eq!(r.code, 0, "{}", r.stderr);

    // ~/.pgpass (HOME is the world's directory), first matching line wins.
    let pgpass = w.dir().join(".pgpass");
    std::fs::write(
        &pgpass,
        format!(
            "# orgctl\nnowhere.example:*:*:*:not-this\n*:*:*:{}:pw-in-a-file\n",
            o.a_admin
        ),
    )
    .unwrap();
    chmod(&pgpass, 0o600);
    let r = as_login_env(w, &url, &[], &show);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let org: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(org["slug"], "a", "{org}");

    // A file others may read is ignored, with a warning that says how to fix it.
    chmod(&pgpass, 0o644);
    let r = as_login_env(w, &url, &[], &show);
    assert_eq!(r.code, 77, "{}", r.stderr);
    assert!(
        r.stderr.contains("is ignored") && r.stderr.contains("chmod 0600"),
        "{}",
        r.stderr
    );

    // PGPASSFILE names another file.
    let other = w.dir().join("elsewhere.pgpass");
    std::fs::write(&other, format!("*:*:*:{}:pw-in-a-file\n", o.a_admin)).unwrap();
    chmod(&other, 0o600);
    let r = as_login_env(w, &url, &[("PGPASSFILE", other.to_str().unwrap())], &show);
    assert_eq!(r.code, 0, "{}", r.stderr);

    // A wrong password in the file is a refused login: 77.
    std::fs::write(&other, format!("*:*:*:{}:wrong\n", o.a_admin)).unwrap();
    let r = as_login_env(w, &url, &[("PGPASSFILE", other.to_str().unwrap())], &show);
    assert_eq!(r.code, 77, "{}", r.stderr);

    // On a terminal, orgctl asks (util-linux `script` gives it one).
    let bin = assert_cmd::cargo::cargo_bin("orgctl");
    let line = format!(
        "exec '{}' --db '{}' org show a",
        bin.display(),
        url.replace('\'', "'\\''")
    );
    let mut child = Process::new("script")
        .args(["-q", "-e", "-c", &line, "/dev/null"])
        .env_remove("PGPASSWORD")
        .env_remove("PGPASSFILE")
        .env_remove("ORGCTL_DB")
        .env("HOME", w.dir().join("no-home"))
        .env("TERM", "xterm")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux `script` runs (apt-get install util-linux bsdutils)");
    let mut stdin = child.stdin.take().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    stdin.write_all(b"pw-in-a-file\n").unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("Password for {}", o.a_admin)),
        "{text}"
    );
    assert!(
        !text.contains("pw-in-a-file"),
        "the password is not echoed: {text}"
    );
    assert!(text.contains("Company A"), "{text}");
    assert_eq!(out.status.code(), Some(0), "{text}");
}
