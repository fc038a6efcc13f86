//! The edges (issue 15.5, 15.7, 15.8): how the database file is opened and
//! created, values at and past their limits, and output that a spreadsheet
//! or a terminal could make lie.

use std::process::{Command, Stdio};

use super::concurrency::{spawn, wait_all};
use super::harness::*;

/// Runs orgctl with `--db` given verbatim (no world database).
fn with_db(w: &World, db: &str, args: &[&str]) -> Run {
    let out = w
        .std_cmd_without_db()
        .current_dir(w.dir())
        .args(["--format", "json", "--db", db])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const CREATE: [&str; 9] = [
    "org", "create", "acme", "--name", "Acme", "--plan", "business", "--seats", "5",
];

/// `file:x?mode=memory` used to print "applied" and keep nothing: URIs,
/// query strings and `:memory:` are usage errors (exit 2), and no file
/// named after them appears.
#[test]
fn sqlite_uris_query_strings_and_memory_databases_are_refused() {
    let w = World::sqlite();
    for db in [
        "file:x?mode=memory",
        "file:orgctl.db",
        ":memory:",
        "orgctl.db?cache=shared",
    ] {
        let mut args = CREATE.to_vec();
        args.extend(["--admin-email", "boss@acme.example"]);
        let r = with_db(&w, db, &args);
        assert_eq!(r.code, 2, "{db}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{db}: nothing is reported as applied");
        let e = r.error();
        assert!(
            e["hint"].as_str().unwrap().contains("--db ./orgctl.db"),
            "{e}"
        );
    }
    let left: Vec<_> = std::fs::read_dir(w.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("orgctl.db") || n.to_string_lossy().contains(':'))
        .collect();
    assert!(left.is_empty(), "no file was created: {left:?}");
}

/// Another application's SQLite file is refused (exit 3) and left byte for
/// byte as it was; today `org list` added orgctl's tables to it.
#[test]
fn a_foreign_sqlite_file_is_refused_and_left_untouched() {
    let w = World::sqlite();
    let path = w.dir().join("notes.db");
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');")
        .unwrap();
    drop(other);
    let before = std::fs::read(&path).unwrap();
    let r = with_db(&w, path.to_str().unwrap(), &["org", "list"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let message = r.error()["message"].as_str().unwrap().to_string();
    assert!(message.contains("not an orgctl database"), "{message}");
    assert!(message.contains("notes"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!w.dir().join("notes.db-wal").exists());
}

/// New databases are marked as orgctl's (`PRAGMA application_id`), and
/// committed with `synchronous = FULL`.
#[test]
fn a_new_database_is_marked_as_orgctls() {
    let w = World::sqlite();
    w.ok(&["init"]);
    let conn = rusqlite::Connection::open(&w.db).unwrap();
    let id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(id, 0x6f72_6763, "\"orgc\"");
}

/// Whatever the umask, a new database is 0600 and the directories orgctl
/// makes for it 0700; an existing database open to others is made private
/// with a warning on standard error.
#[test]
fn files_are_private_whatever_the_umask_and_open_ones_are_fixed_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let w = World::sqlite();
    let db = w.dir().join("deep/er/orgctl.db");
    // `sh -c 'umask 000; exec orgctl ...'`: the widest umask there is.
    let status = Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" --db \"$1\" init")
        .arg(assert_cmd::cargo::cargo_bin("orgctl"))
        .arg(&db)
        .env("HOME", w.dir())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&w.dir().join("deep")), 0o700);
    assert_eq!(mode(&w.dir().join("deep/er")), 0o700);

    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let r = with_db(&w, db.to_str().unwrap(), &["org", "list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("open to every user") && r.stderr.contains("640"),
        "{}",
        r.stderr
    );
    assert_eq!(mode(&db), 0o640);
}

/// A negative `user_version` used to print as schema version
/// 18446744073709551615; it is refused as damaged, naming -1.
#[test]
fn a_negative_schema_version_is_refused_as_damaged() {
    let w = World::sqlite();
    w.ok(&["init"]);
    let conn = rusqlite::Connection::open(&w.db).unwrap();
    conn.pragma_update(None, "user_version", -1).unwrap();
    drop(conn);
    let e = w.fails(1, &["org", "list"]);
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("schema version is -1"), "{message}");
    assert!(!message.contains("18446744073709551615"), "{message}");
}

/// Concurrent first runs on one new database: every one succeeds (no
/// spurious exit 75), and the file is sound, over many rounds.
#[test]
fn racing_first_runs_create_one_sound_database() {
    const ROUNDS: usize = 12;
    const RACERS: usize = 8;
    let mut codes = Vec::new();
    for round in 0..ROUNDS {
        let mut w = World::sqlite();
        w.db = w.dir().join(format!("new/round{round}/orgctl.db"));
        // Half initialise, half create an org: both create the database if
        // it is missing (read-only commands no longer do).
        let children: Vec<_> = (0..RACERS)
            .map(|i| {
                if i % 2 == 0 {
                    spawn(&w, &["init"])
                } else {
                    let slug = format!("o{i}");
                    let admin = format!("a@o{i}.example");
                    spawn(
                        &w,
                        &[
                            "org",
                            "create",
                            &slug,
                            "--name",
                            "O",
                            "--plan",
                            "business",
                            "--seats",
                            "1",
                            "--admin-email",
                            &admin,
                        ],
                    )
                }
            })
            .collect();
        for (code, stderr) in wait_all(children) {
            assert_eq!(code, 0, "round {round}: {stderr}");
            codes.push(code);
        }
        w.assert_invariants();
        let leftovers: Vec<_> = std::fs::read_dir(w.db.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    }
    assert_eq!(codes.len(), ROUNDS * RACERS);
}

/// `ORGCTL_BUSY_TIMEOUT_MS=18446744073709551615` used to panic: values past
/// SQLite's limit (and non-numbers) are usage errors naming the range.
#[test]
fn busy_timeouts_past_the_limit_are_usage_errors_not_panics() {
    let w = World::sqlite();
    w.ok(&["init"]);
    for value in ["18446744073709551615", "2147483648", "-1", "ten"] {
        let r = w
            .cmd()
            .env("ORGCTL_BUSY_TIMEOUT_MS", value)
            .args(["--format", "json", "org", "list"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(2), "{value}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(stderr.contains("from 0 to 2147483647"), "{stderr}");
    }
    let ok = w
        .cmd()
        .env("ORGCTL_BUSY_TIMEOUT_MS", "2147483647")
        .args(["org", "list"])
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0));
}

/// `fixture generate --users 4294967295` used to abort on memory: counts
/// past the generator's limits are usage errors before anything is made.
#[test]
fn a_generator_count_past_its_limit_is_a_usage_error_not_an_abort() {
    let w = World::new();
    for args in [
        vec!["fixture", "generate", "--users", "4294967295"],
        vec![
            "fixture",
            "generate",
            "--users",
            "100",
            "--messages",
            "18446744073709551615",
        ],
        vec![
            "fixture",
            "generate",
            "--orgs",
            "4294967295",
            "--users",
            "4294967295",
        ],
    ] {
        let e = w.fails(2, &args);
        let message = e["message"].as_str().unwrap();
        assert!(message.contains("more than the"), "{message}");
    }
    assert!(!w.db.exists(), "refused before the database was opened");
}

/// An `account_id` of i64::MAX in a fixture used to break every later
/// `user add` (the ID sequence had nowhere to go): it is refused with the
/// range, and the largest accepted one leaves room for `user add`.
#[test]
fn account_ids_past_the_limit_are_refused_and_the_largest_leaves_room() {
    let fixture = |id: i64| {
        format!(
            "[[org]]\nslug = \"a\"\nname = \"A\"\nplan = \"business\"\nseats = 5\n\
             [[account]]\nemail = \"a0@a.example\"\nname = \"a0\"\norg = \"a\"\nrole = \"admin\"\naccount_id = {id}\n"
        )
    };
    let w = World::new();
    let path = w.dir().join("max.toml");
    std::fs::write(&path, fixture(i64::MAX)).unwrap();
    let e = w.fails(3, &["fixture", "load", path.to_str().unwrap()]);
    let text = e.to_string();
    assert!(
        text.contains("out of range: give 1 to 9007199254740991"),
        "{text}"
    );

    let w = World::new().acting_as("a0@a.example");
    std::fs::write(&path, fixture((1 << 53) - 1)).unwrap();
    w.ok(&["fixture", "load", path.to_str().unwrap()]);
    let added = w.json(&["--yes", "user", "add", "new@a.example", "--org", "a"]);
    assert_eq!(added["applied"], true, "{added}");
    w.assert_invariants();
}

/// A huge name (8 MB here: argv stops at 128 KiB, so it comes in a fixture)
/// is refused without being echoed whole: each message is cut, saying how
/// much was left out.
#[test]
fn a_huge_input_is_not_echoed_whole_in_the_error() {
    let w = World::new();
    let huge = "x".repeat(8 * 1024 * 1024);
    let fx = w.dir().join("huge.toml");
    std::fs::write(
        &fx,
        format!(
            "[[org]]\nslug = \"{huge}\"\nname = \"{huge}\"\nplan = \"business\"\nseats = 1\n\
             [[account]]\nemail = \"a@a.example\"\nname = \"{huge}\"\n"
        ),
    )
    .unwrap();
    let r = w.run_json(&["fixture", "load", fx.to_str().unwrap()]);
    let head = &r.stderr[..r.stderr.len().min(500)];
    assert_eq!(r.code, 3, "{head}");
    assert!(
        r.stderr.len() < 16 * 1024,
        "stderr is {} bytes",
        r.stderr.len()
    );
    assert!(r.stderr.contains("more bytes)"), "{head}");
}

/// Every CSV orgctl prints neutralises formula cells as `staff export`
/// does: a name starting with `=`, `+`, `-` or `@` gets a leading `'`.
#[test]
fn every_csv_output_neutralises_formula_cells() {
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    w.ok(&[
        "--yes",
        "user",
        "set",
        "a1@a.example",
        "--name",
        "=HYPERLINK(\"http://x\")",
    ]);
    w.ok(&[
        "--yes",
        "org",
        "create",
        "evil",
        "--name",
        "@SUM(1+1)",
        "--plan",
        "business",
        "--seats",
        "2",
        "--admin-email",
        "boss@evil.example",
        "--admin-name",
        "+cmd",
    ]);
    let users = w.ok(&["--format", "csv", "user", "list"]);
    assert!(users.contains("'=HYPERLINK("), "{users}");
    assert!(users.contains("'+cmd"), "{users}");
    let orgs = w.ok(&["--format", "csv", "org", "list"]);
    assert!(orgs.contains("'@SUM(1+1)"), "{orgs}");
    let one = w.ok(&["--format", "csv", "user", "show", "a1@a.example"]);
    assert!(one.contains("'=HYPERLINK("), "{one}");
    for csv in [&users, &orgs, &one] {
        let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "a live formula cell: {cell}"
                );
            }
        }
    }
}

/// Names with bidirectional overrides, zero-width or line-separator
/// characters are refused (exit 3) wherever a name comes in, with the code
/// point named and the character itself escaped in the message.
#[test]
fn names_that_could_make_a_preview_lie_are_refused() {
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    let before = w.snapshot_audit_aside();
    for (name, code) in [
        ("Taro\u{202E}oraT", "U+202E"),
        ("Ta\u{200B}ro", "U+200B"),
        ("Taro\u{2028}Hana", "U+2028"),
        ("\u{2067}Taro", "U+2067"),
        ("Ta\u{FEFF}ro", "U+FEFF"),
    ] {
        let e = w.fails(3, &["--yes", "user", "set", "a1@a.example", "--name", name]);
        let message = e["message"].as_str().unwrap();
        assert!(message.contains(code), "{message}");
        assert!(
            !message.contains(name),
            "the raw character is not echoed: {message}"
        );
        let e = w.fails(
            3,
            &[
                "org",
                "create",
                "z",
                "--name",
                name,
                "--plan",
                "business",
                "--seats",
                "1",
                "--admin-email",
                "z@z.example",
            ],
        );
        assert!(e["message"].as_str().unwrap().contains(code));
        let e = w.fails(
            3,
            &[
                "--yes",
                "user",
                "add",
                "new@a.example",
                "--org",
                "a",
                "--name",
                name,
            ],
        );
        assert!(e["message"].as_str().unwrap().contains(code));
    }
    let fx = w.dir().join("bidi.toml");
    std::fs::write(
        &fx,
        "[[org]]\nslug = \"q\"\nname = \"Q\u{202E}\"\nplan = \"business\"\nseats = 1\n",
    )
    .unwrap();
    let fresh = World::new();
    let e = fresh.fails(3, &["fixture", "load", fx.to_str().unwrap()]);
    assert!(e.to_string().contains("U+202E"), "{e}");
    assert_eq!(w.snapshot_audit_aside(), before);
}

/// Text that is not a name (a message body, a task) may still hold such
/// characters: tables and previews show them as `\u{…}` escapes, so the
/// screen cannot lie; JSON keeps the data verbatim.
#[test]
fn other_text_with_such_characters_is_shown_escaped_on_screen() {
    let w = World::new();
    let fx = w.dir().join("body.toml");
    std::fs::write(
        &fx,
        "[[org]]\nslug = \"a\"\nname = \"A\"\nplan = \"business\"\nseats = 5\n\
         [[account]]\nemail = \"a0@a.example\"\nname = \"a0\"\norg = \"a\"\nrole = \"admin\"\n\
         [[account]]\nemail = \"a1@a.example\"\nname = \"a1\"\norg = \"a\"\n\
         [[group]]\nname = \"G\"\nadmins = [\"a0@a.example\"]\nmembers = [\"a1@a.example\"]\n\
         [[task]]\nchat = \"G\"\nrequester = \"a0@a.example\"\nassignee = \"a1@a.example\"\nbody = \"pay \u{202E}00.001$\"\n",
    )
    .unwrap();
    w.ok(&["fixture", "load", fx.to_str().unwrap()]);
    let table = w.ok(&["task", "list"]);
    assert!(table.contains("pay \\u{202e}00.001$"), "{table}");
    assert!(!table.contains('\u{202E}'), "{table}");
    let json = w.json(&["task", "list"]);
    assert_eq!(json[0]["body"], "pay \u{202E}00.001$");
    let preview = w.ok(&[
        "--as",
        "a0@a.example",
        "user",
        "delete",
        "a1@a.example",
        "--dry-run",
    ]);
    assert!(!preview.contains('\u{202E}'), "{preview}");
}

/// A clock in the year 9999 stored expiries as `+10000-…`, which compares
/// as text before every date: links expired the moment they were sent. The
/// clock is refused past 9989, so that ten-year expiries stay four-digit.
#[test]
fn a_clock_too_late_for_four_digit_expiries_is_a_usage_error() {
    let mut w = World::with_fixture("demo.toml").acting_as("ken@kumo.example");
    w.now = "9999-12-31T23:59:59Z".into();
    let e = w.fails(2, &["registration", "list"]);
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("past the year 9989"),
        "{e}"
    );
    w.now = "9989-12-31T23:59:59Z".into();
    w.ok(&["registration", "list"]);
}

/// The rejects file of a staff import is a CSV orgctl writes too: a
/// rejected cell that a spreadsheet would run comes back neutralised, and
/// importing the rejects file reads the same value again.
#[test]
fn the_rejects_file_holds_no_live_formula() {
    let w = World::with_fixture("three-companies.toml").acting_as("a0@a.example");
    let input = w.dir().join("staff.csv");
    std::fs::write(
        &input,
        "name,account_id\na1,1001\n=HYPERLINK(\"http://x\"),999999\n",
    )
    .unwrap();
    let rejects = w.dir().join("rejects.csv");
    let r = w.run_json(&[
        "staff",
        "import",
        input.to_str().unwrap(),
        "--org",
        "a",
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    let text = std::fs::read_to_string(&rejects).unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert_eq!(&rows[0][0], "'=HYPERLINK(\"http://x\")", "{text}");
    for cell in rows[0].iter() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@']),
            "a live formula: {cell}"
        );
    }
}
