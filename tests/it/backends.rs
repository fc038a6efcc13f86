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
    assert_eq!(
        r.code, 0,
        "non-ASCII case makes two addresses: {}",
        r.stderr
    );
    let users = w.json(&["user", "list"]);
    assert_eq!(users.as_array().unwrap().len(), 3, "{users}");

    // The database's own check (the unique index and the lookup) agrees.
    let w = w.acting_as("a0@a.example");
    let e = w.fails(
        3,
        &[
            "user",
            "set",
            "élise@a.example",
            "--email",
            "ÉLISE@A.EXAMPLE",
        ],
    );
    assert!(
        e["message"].as_str().unwrap().contains("already belongs"),
        "{e}"
    );
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
        let mut args = vec![
            "user",
            "add",
            "new@n.example",
            "--org",
            "a",
            "--name",
            "New",
        ];
        args.extend_from_slice(extra);
        w.run_json(&args)
    };
    // Rolled-back writes first: dry runs and refused commands.
    for _ in 0..3 {
        assert_eq!(add(&["--dry-run"]).code, 0);
        assert_eq!(
            w.run_json(&["user", "add", "not-an-email", "--org", "a"])
                .code,
            3
        );
    }
    let preview = add(&["--dry-run"]).json();
    let applied = add(&[]).json();
    assert_eq!(
        preview["effects"], applied["effects"],
        "{preview}\n{applied}"
    );
    // The effects name the new account and its My Chat by ID.
    let shown = applied["effects"].to_string();
    assert!(
        shown.contains("\"account\"") || shown.contains("account_id"),
        "{shown}"
    );
}

/// Org `a` with its admin and `n` members in pairs: each pair a contact and a
/// group of its own with a message, a file and a task, and every member in
/// team `t`. Org `b` (the transfer destination) with its admin. Member `mK`
/// has account ID 1001+K.
fn sized_world(n: u32) -> World {
    let w = World::new();
    let mut t = String::from(
        "[[org]]\nslug = \"a\"\nname = \"A\"\nplan = \"business\"\nseats = 500\n\
         [[org]]\nslug = \"b\"\nname = \"B\"\nplan = \"business\"\nseats = 500\n\
         [[account]]\nemail = \"a0@a.example\"\nname = \"a0\"\norg = \"a\"\nrole = \"admin\"\naccount_id = 1000\n\
         [[account]]\nemail = \"b0@b.example\"\nname = \"b0\"\norg = \"b\"\nrole = \"admin\"\naccount_id = 5000\n",
    );
    for i in 0..n {
        t.push_str(&format!(
            "[[account]]\nemail = \"m{i}@a.example\"\nname = \"m{i}\"\norg = \"a\"\naccount_id = {}\nteams = [\"t\"]\n",
            1001 + i
        ));
    }
    for i in (0..n).step_by(2) {
        let (x, y) = (format!("m{i}@a.example"), format!("m{}@a.example", i + 1));
        t.push_str(&format!(
            "[[contact]]\nbetween = [\"{x}\", \"{y}\"]\n\
             [[group]]\nname = \"g{i}\"\nadmins = [\"{x}\"]\nmembers = [\"{y}\"]\n\
             [[message]]\nchat = \"g{i}\"\nfrom = \"{y}\"\nbody = \"hi\"\n\
             [[file]]\nchat = \"g{i}\"\nuploader = \"{x}\"\nname = \"f{i}\"\n\
             [[task]]\nchat = \"g{i}\"\nrequester = \"{y}\"\nassignee = \"{x}\"\nbody = \"t{i}\"\n"
        ));
    }
    let r = load(&w, &t);
    assert_eq!(r.code, 0, "{}", r.stderr);
    w.acting_as("a0@a.example")
}

/// The SQL statements one run issued (ORGCTL_STATEMENT_COUNT).
fn statements(w: &World, args: &[&str]) -> u64 {
    let out = w
        .cmd_with_actor(!args.contains(&"--as"))
        .env("ORGCTL_STATEMENT_COUNT", "1")
        .args(["--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0) | Some(3)),
        "orgctl {args:?}: {stderr}"
    );
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("orgctl: ")?.strip_suffix(" SQL statements"))
        .unwrap_or_else(|| panic!("no statement count in: {stderr}"))
        .parse()
        .unwrap()
}

/// Issue 13.6: a list costs the same number of statements (round trips to a
/// server) whether it lists 4 rows or 40.
#[test]
fn list_commands_use_a_constant_number_of_statements() {
    let small = sized_world(4);
    let large = sized_world(40);
    for args in [
        vec!["org", "list"],
        vec!["user", "list"],
        vec!["chat", "list"],
        vec!["contact", "list", "m0@a.example"],
        vec!["file", "list"],
        vec!["task", "list"],
        vec!["registration", "list"],
        vec!["transfer", "list"],
        vec!["staff", "list", "--org", "a"],
        vec!["audit", "list"],
        vec!["check"],
    ] {
        let (s, l) = (statements(&small, &args), statements(&large, &args));
        assert_eq!(
            s, l,
            "orgctl {args:?}: {s} statements for 4 members, {l} for 40"
        );
    }
}

/// Issue 13.6: a deletion preview and a transfer approval cost statements in
/// proportion to what they touch (one user, its chats), not to the database.
#[test]
fn plans_cost_what_they_touch_not_the_database() {
    let small = sized_world(4);
    let large = sized_world(40);
    let delete = ["user", "delete", "m0@a.example", "--dry-run"];
    let (s, l) = (statements(&small, &delete), statements(&large, &delete));
    assert_eq!(
        s, l,
        "deletion preview: {s} statements at 4 members, {l} at 40"
    );

    for w in [&small, &large] {
        let r = w.run_json(&[
            "--yes",
            "transfer",
            "request",
            "--from",
            "a",
            "--to-admin",
            "b0@b.example",
            "m0@a.example",
            "m1@a.example",
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let approve = ["--as", "b0@b.example", "--yes", "transfer", "approve", "1"];
    let (s, l) = (statements(&small, &approve), statements(&large, &approve));
    assert_eq!(
        s, l,
        "transfer approval: {s} statements at 4 members, {l} at 40"
    );
}

/// Issue 13.8: a plan reads the settings of the orgs it meets a batch at a
/// time (`Policies::ensure_many`), not two statements per org: deleting a
/// member whose group holds people of six other orgs costs what it costs
/// with two.
#[test]
fn a_preview_reads_the_orgs_it_meets_together() {
    let world = |orgs: u32| {
        let w = World::new();
        let mut t = String::from(ORG);
        t.push_str(&account("x@a.example", "x"));
        let mut members = Vec::new();
        for i in 0..orgs {
            t.push_str(&format!(
                "[[org]]\nslug = \"o{i}\"\nname = \"O{i}\"\nplan = \"business\"\nseats = 5\n\
                 [[account]]\nemail = \"admin@o{i}.example\"\nname = \"admin{i}\"\norg = \"o{i}\"\nrole = \"admin\"\n\
                 [[account]]\nemail = \"m@o{i}.example\"\nname = \"m{i}\"\norg = \"o{i}\"\n"
            ));
            members.push(format!("\"m@o{i}.example\""));
        }
        t.push_str(&format!(
            "[[group]]\nname = \"g\"\nadmins = [\"x@a.example\"]\nmembers = [{}]\n\
             [[message]]\nchat = \"g\"\nfrom = \"x@a.example\"\nbody = \"hi\"\n",
            members.join(", ")
        ));
        let r = load(&w, &t);
        assert_eq!(r.code, 0, "{}", r.stderr);
        w.acting_as("a0@a.example")
    };
    let delete = ["user", "delete", "x@a.example", "--dry-run"];
    let (two, six) = (
        statements(&world(2), &delete),
        statements(&world(6), &delete),
    );
    assert_eq!(
        two, six,
        "deletion preview: {two} statements with members of 2 orgs, {six} with 6"
    );
}

/// Issue 13.8: the bulk writers write a chunk of rows per statement, not a
/// row per statement (a round trip each on a server). `fixture generate`
/// of 1,500 users writes about 40,000 rows (accounts, My Chats, contacts,
/// groups, memberships, 15,000 messages, files, tasks); its statements are
/// the few orgs' own plus one per chunk, and grow by far less than the rows.
#[test]
fn fixture_generate_writes_rows_in_chunks() {
    let count = |users: u32| {
        let w = World::new();
        let users = users.to_string();
        statements(
            &w,
            &[
                "fixture", "generate", "--orgs", "3", "--users", &users, "--seed", "1",
            ],
        )
    };
    let (s, l) = (count(150), count(1500));
    // One statement per row would be over 40,000; a chunk is 500 rows.
    assert!(
        l < 250,
        "fixture generate of 1,500 users: {l} statements (150 users: {s})"
    );
    assert!(
        l - s < 150,
        "ten times the users cost {s} -> {l} statements: more than a chunk's worth"
    );
}

/// A Chatwork ID given to two accounts (compared as the column compares,
/// ASCII letters folded) is a problem of the second entry, found before
/// anything is written, the same on both backends; nothing is loaded. (The
/// rows are written in chunks, so the database cannot be asked row by row.)
#[test]
fn a_chatwork_id_given_twice_is_refused_by_the_load() {
    let w = World::new();
    let t = format!(
        "{ORG}[[account]]\nemail = \"x@a.example\"\nname = \"x\"\norg = \"a\"\nchatwork_id = \"cw_one\"\n\
         [[account]]\nemail = \"y@a.example\"\nname = \"y\"\norg = \"a\"\nchatwork_id = \"CW_One\"\n"
    );
    let r = load(&w, &t);
    assert_eq!(r.code, 3, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("[[account]] #3") && r.stderr.contains("chatwork_id `CW_One`"),
        "{}",
        r.stderr
    );
    assert_eq!(w.json(&["user", "list"]), serde_json::json!([]));
}

/// Issue 13.8: an approval's writes (each user's new org, each part's
/// decision) are sets, and every fact it reads per moved user is read a
/// batch of users at a time: its statements grow with batches of 256
/// users (`db::BATCH`), not with users.
#[test]
fn a_transfer_approval_writes_its_moves_as_sets() {
    let sizes = [4, 40, 300];
    let worlds: Vec<World> = sizes.iter().map(|&n| sized_world(n)).collect();
    for (w, n) in worlds.iter().zip(sizes) {
        let mut args = vec![
            "--yes",
            "transfer",
            "request",
            "--from",
            "a",
            "--to-admin",
            "b0@b.example",
        ];
        let users: Vec<String> = (0..n).map(|i| format!("m{i}@a.example")).collect();
        args.extend(users.iter().map(String::as_str));
        let r = w.run_json(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let approve = ["--as", "b0@b.example", "--yes", "transfer", "approve", "1"];
    let counts: Vec<u64> = worlds.iter().map(|w| statements(w, &approve)).collect();
    let (s, l, two) = (counts[0], counts[1], counts[2]);
    // Per moved user: nothing. Its account, pending transfers, teams and
    // logins (`accounts::by_ids`, `transfers::pending_for_many`,
    // `Scratch::prefetch_moves`), its chats, contacts and their members
    // (`Scratch::prefetch`) are read for a batch of users at once (5 per
    // user before, 9 before that), and its writes (org, teams, decision)
    // are sets.
    assert!(
        l <= s,
        "approving 40 users took {l} statements, 4 took {s}: more users, more statements"
    );
    // A second batch of users costs one more statement per kind of fact
    // read ahead (9 kinds: accounts, pending transfers, teams, logins,
    // memberships, chats, contacts, members, people) and per write set that
    // grows past a chunk (none at 300 users).
    assert!(
        two <= s + 10,
        "approving 300 users (two batches) took {two} statements, 4 took {s}"
    );
    // The moves themselves: every user changed org.
    let moved = worlds[2].json(&["user", "list", "--org", "b"]);
    assert_eq!(moved.as_array().map(Vec::len), Some(301), "{moved}");
}

// Faults (issue 13.7): a clear message naming the server and never its
// password, exit 75 where a retry can help, nothing half-applied.

/// Runs `orgctl --db URL ARGS` outside any world's database.
fn run_on(w: &World, url: &str, args: &[&str]) -> Run {
    let out = w
        .cmd_without_db()
        .env("ORGCTL_BUSY_TIMEOUT_MS", "3000")
        .args(["--db", url])
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_server_that_is_down_is_exit_75_naming_it_without_the_password() {
    let w = World::sqlite();
    // Nothing listens on port 1 of the loopback address.
    let r = run_on(
        &w,
        "postgres://boss:s3cret-pw@127.0.0.1:1/orgctl",
        &["org", "list"],
    );
    assert_eq!(r.code, 75, "{}", r.stderr);
    assert!(
        r.stderr.contains("postgres://boss:***@127.0.0.1:1/orgctl"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("s3cret-pw"),
        "the password leaked: {}",
        r.stderr
    );
    assert!(!r.stderr.contains("panicked"));
    // A unix socket directory with no server in it.
    let url = format!("postgresql://boss@/orgctl?host={}", w.dir().display());
    let r = run_on(&w, &url, &["org", "list"]);
    assert_eq!(r.code, 75, "{}", r.stderr);
    assert!(
        r.stderr.contains("cannot reach the PostgreSQL server"),
        "{}",
        r.stderr
    );
}

/// The world's server URL with another user, password or database.
fn server_url(user: &str, database: &str) -> String {
    let server = test_server().expect("a test server");
    let url = with_database(&server, database);
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.split_once('@').map_or(rest, |(_, h)| h);
    format!("{scheme}://{user}@{host}")
}

#[test]
fn a_missing_database_and_a_wrong_password_are_named() {
    let w = World::new();
    let Some(pg) = &w.pg else {
        eprintln!("runs on PostgreSQL only (scripts/test.sh runs it there)");
        return;
    };
    let url = server_url("orgctl_test", "no_such_orgctl_db");
    let r = run_on(&w, &url, &["init"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("has no such database"), "{}", r.stderr);
    assert!(r.stderr.contains("createdb"), "{}", r.stderr);

    let mut admin = pg.client();
    admin
        .batch_execute(
            "DO $$ BEGIN
                 IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'orgctl_pw') THEN
                     CREATE ROLE orgctl_pw LOGIN PASSWORD 'right-pw';
                 END IF;
             END $$",
        )
        .unwrap();
    let name = url_database(&pg.url);
    let wrong = server_url("orgctl_pw:wrong-pw", &name);
    let r = run_on(&w, &wrong, &["org", "list"]);
    assert_eq!(
        r.code, 77,
        "the test server must ask orgctl_pw for its password (scripts/test.sh sets pg_hba.conf): {}",
        r.stderr
    );
    assert!(r.stderr.contains("refused the login"), "{}", r.stderr);
    assert!(
        !r.stderr.contains("wrong-pw"),
        "the password leaked: {}",
        r.stderr
    );
}

fn url_database(url: &str) -> String {
    let path = url.split_once("://").unwrap().1;
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    path.rsplit('/').next().unwrap().to_owned()
}

/// A connection lost inside the write transaction, and a statement the
/// server cancels: exit 75, and the state is what it was.
#[test]
fn a_lost_connection_and_a_statement_timeout_change_nothing() {
    let w = sized_world(4);
    let Some(pg) = &w.pg else {
        eprintln!("runs on PostgreSQL only (scripts/test.sh runs it there)");
        return;
    };
    let before = w.snapshot();
    // Writers to `tasks` wait: the deletion computes its plan, starts
    // writing, and blocks inside its transaction.
    let mut holder = pg.client();
    let mut lock = holder.transaction().unwrap();
    lock.batch_execute("LOCK TABLE tasks IN EXCLUSIVE MODE")
        .unwrap();
    let child = super::concurrency::spawn(
        &w,
        &[
            "--as",
            "a0@a.example",
            "--yes",
            "user",
            "delete",
            "m0@a.example",
        ],
    );
    // Wait until it is blocked on the lock, then cut its connection.
    let mut killed = false;
    for _ in 0..200 {
        let n: i64 = pg
            .client()
            .query_one(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                 WHERE application_name = 'orgctl' AND wait_event_type = 'Lock'",
                &[],
            )
            .unwrap()
            .get(0);
        if n > 0 {
            killed = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    lock.rollback().unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(killed, "orgctl never waited on the lock: {stderr}");
    assert_eq!(out.status.code(), Some(75), "{stderr}");
    assert!(
        stderr.contains("connection to the database server was lost"),
        "{stderr}"
    );
    assert_eq!(
        w.snapshot(),
        before,
        "a lost connection applied part of the plan"
    );

    // The server's statement_timeout (here from the URL's options).
    let mut lock = holder.transaction().unwrap();
    lock.batch_execute("LOCK TABLE tasks IN EXCLUSIVE MODE")
        .unwrap();
    let join = if pg.url.contains('?') { '&' } else { '?' };
    let url = format!("{}{join}options=-c%20statement_timeout%3D300", pg.url);
    let r = run_on(
        &w,
        &url,
        &[
            "--as",
            "a0@a.example",
            "--yes",
            "user",
            "delete",
            "m0@a.example",
        ],
    );
    lock.rollback().unwrap();
    assert_eq!(r.code, 75, "{}", r.stderr);
    assert!(r.stderr.contains("statement_timeout"), "{}", r.stderr);
    assert_eq!(w.snapshot(), before);
    w.assert_invariants();
}

/// Issue 13.1: the same commands give the same exit codes, JSON and messages
/// on both backends. Runs where a server is given (scripts/test.sh's
/// PostgreSQL pass); a scenario of every command group, compared step by
/// step with an SQLite world.
#[test]
fn the_same_commands_print_the_same_on_both_backends() {
    let Some(_) = test_server() else {
        eprintln!("needs ORGCTL_TEST_PG (scripts/test.sh's PostgreSQL pass runs it)");
        return;
    };
    let lite = World::sqlite();
    let pg = World::new();
    let steps: Vec<Vec<String>> = [
        "fixture load FIXTURES/deletion.toml",
        "org list",
        "user list",
        "chat list",
        "contact list a1@a.example",
        "--as admin@d.example user delete d1@d.example --dry-run",
        "--as admin@d.example --yes user delete d1@d.example",
        "--as admin@d.example user delete nobody@d.example",
        "user list",
        "chat list",
        "file list",
        "task list",
        "fixture load FIXTURES/three-companies.toml",
        "org create z --name Zed --plan business --seats 3 --admin-email z0@z.example",
        "org list",
        "check",
        "audit list",
    ]
    .iter()
    .map(|s| s.split(' ').map(str::to_owned).collect())
    .collect();
    let fixtures = fixture("x");
    let fixtures = fixtures.parent().unwrap().to_str().unwrap().to_owned();
    for step in &steps {
        let args: Vec<String> = step
            .iter()
            .map(|a| a.replace("FIXTURES", &fixtures))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (a, b) = (lite.run_json(&args), pg.run_json(&args));
        assert_eq!(
            a.code, b.code,
            "orgctl {args:?}: exit codes differ\n{}\n{}",
            a.stderr, b.stderr
        );
        if args == ["audit", "list"] {
            // Issue 14.3: only the server knows the database user, and
            // says when the owner acted for someone; the rest is the same.
            let strip = |out: &str| {
                let mut v: serde_json::Value = serde_json::from_str(out).unwrap();
                for row in v.as_array_mut().unwrap() {
                    let row = row.as_object_mut().unwrap();
                    row.remove("db_user");
                    row.remove("detail");
                }
                v
            };
            assert_eq!(strip(&a.stdout), strip(&b.stdout), "audit lists differ");
            let pg_rows: serde_json::Value = serde_json::from_str(&b.stdout).unwrap();
            assert!(
                pg_rows
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|r| r["db_user"].is_string()),
                "{pg_rows}"
            );
            continue;
        }
        assert_eq!(a.stdout, b.stdout, "orgctl {args:?}: outputs differ");
        assert_eq!(a.stderr, b.stderr, "orgctl {args:?}: messages differ");
    }
}

/// Enterprise org `a` with its admin and `n` members; business org `b` with
/// `n` members. Each `mK` has a contact with `oK` and a group with it (`mK`
/// its only admin) holding a file of each and a task on `mK`.
fn c1_world(n: u32) -> World {
    let w = World::new();
    let mut t = String::from(
        "[[org]]\nslug = \"a\"\nname = \"A\"\nplan = \"enterprise\"\nseats = 1000\n\
         [[org]]\nslug = \"b\"\nname = \"B\"\nplan = \"business\"\nseats = 1000\n\
         [[account]]\nemail = \"a0@a.example\"\nname = \"a0\"\norg = \"a\"\nrole = \"admin\"\n\
         [[account]]\nemail = \"b0@b.example\"\nname = \"b0\"\norg = \"b\"\nrole = \"admin\"\n",
    );
    for i in 0..n {
        let (x, y) = (format!("m{i}@a.example"), format!("o{i}@b.example"));
        t.push_str(&format!(
            "[[account]]\nemail = \"{x}\"\nname = \"m{i}\"\norg = \"a\"\n\
             [[account]]\nemail = \"{y}\"\nname = \"o{i}\"\norg = \"b\"\n\
             [[contact]]\nbetween = [\"{x}\", \"{y}\"]\n\
             [[group]]\nname = \"g{i}\"\nadmins = [\"{x}\"]\nmembers = [\"{y}\"]\n\
             [[file]]\nchat = \"g{i}\"\nuploader = \"{x}\"\nname = \"f{i}\"\n\
             [[file]]\nchat = \"g{i}\"\nuploader = \"{y}\"\nname = \"h{i}\"\n\
             [[task]]\nchat = \"g{i}\"\nrequester = \"{y}\"\nassignee = \"{x}\"\nbody = \"t{i}\"\n"
        ));
    }
    let r = load(&w, &t);
    assert_eq!(r.code, 0, "{}", r.stderr);
    w.acting_as("a0@a.example")
}

/// Issue 18.5: `org set --prohibit-outside on` (C1) over an org larger than
/// one read-ahead batch (256 members) reads the members' chats, contacts
/// and people a batch at a time. A further member costs only the 4
/// statements of what breaks for it: the files and tasks of its direct
/// chat, and its files and tasks in the group it leaves; it cost 12 when
/// each member's chats and contacts, each chat's members and each
/// contact's account were read one by one. The preview is what is applied.
#[test]
fn c1_over_a_large_org_reads_ahead_in_batches_and_applies_its_preview() {
    let (small, large) = (c1_world(270), c1_world(300));
    let args = ["org", "set", "a", "--prohibit-outside", "on", "--dry-run"];
    let (s, l) = (statements(&small, &args), statements(&large, &args));
    assert!(
        l - s <= 4 * 30,
        "{s} statements at 270 members, {l} at 300: more than 4 per member"
    );
    let dry = large.json(&args);
    let real = large.json(&["--yes", "org", "set", "a", "--prohibit-outside", "on"]);
    assert_eq!(dry["effects"], real["effects"]);
    assert_eq!(effects_of(&real, "contact_removed").len(), 300);
    assert_eq!(effects_of(&real, "chat_left").len(), 300);
    // L2: mK's file in its group goes with it (no one of A stays); L3: its
    // task goes; L4: oK becomes the group's admin; L6: the direct chat goes.
    assert_eq!(effects_of(&real, "file_deleted").len(), 300);
    assert_eq!(effects_of(&real, "task_deleted").len(), 300);
    assert_eq!(effects_of(&real, "chat_admin_granted").len(), 300);
    assert_eq!(effects_of(&real, "chat_deleted").len(), 300);
    large.assert_invariants();
}
