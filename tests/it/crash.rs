//! Crash safety (issue #8, SPEC I6): `kill -9` at many moments during a
//! large staff import and a large transfer approval. After every kill the
//! file is sound and every invariant holds (`orgctl check`), and the change
//! is entirely there or entirely absent.
//!
//! The kill moments spread over the measured length of one uninterrupted
//! run (and a little past it), deterministically, so some kills land
//! before, some during and some after the commit.

use std::path::Path;
use std::time::{Duration, Instant};

use super::harness::*;

const KILLS: u64 = 20;

/// What happened to one killed run.
#[derive(Debug, Default)]
struct Tally {
    absent: u32,
    present: u32,
    finished_before_kill: u32,
    /// Killed with the write transaction open (begun, not committed), as
    /// the trace of `src/fault.rs` shows.
    inside_transaction: u32,
}

/// A world whose database is a copy of `pristine`.
fn copy_of(pristine: &Path) -> World {
    let w = World::sqlite();
    std::fs::copy(pristine, &w.db).unwrap();
    w
}

fn now_ms() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis()
}

/// The steps a run reached, from its `ORGCTL_TRACE` file: `(point, ms)`.
fn trace_of(path: &Path) -> Vec<(String, u128)> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (point, ms) = l.split_once(' ')?;
            Some((point.to_string(), ms.parse().ok()?))
        })
        .collect()
}

fn reached(trace: &[(String, u128)], point: &str) -> Option<u128> {
    trace.iter().find(|(p, _)| p == point).map(|(_, ms)| *ms)
}

/// Starts `args` with its steps traced to `trace`.
fn spawn_traced(w: &World, args: &[&str], trace: &Path) -> std::process::Child {
    let mut cmd = w.std_cmd();
    cmd.env("ORGCTL_TRACE", trace)
        .env("ORGCTL_BUSY_TIMEOUT_MS", "60000")
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    cmd.spawn().expect("orgctl starts")
}

/// One uninterrupted run of `args` on a copy of `pristine`: its length, and
/// when (from its start) its write transaction began and committed.
fn measure(pristine: &Path, args: &[&str]) -> (Duration, Duration, Duration) {
    let w = copy_of(pristine);
    let trace = w.dir().join("trace");
    let started = Instant::now();
    let started_ms = now_ms();
    let out = spawn_traced(&w, args, &trace).wait_with_output().unwrap();
    let full = started.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let steps = trace_of(&trace);
    let at = |point| {
        let ms = reached(&steps, point).unwrap_or_else(|| panic!("no {point} in {steps:?}"));
        Duration::from_millis(ms.saturating_sub(started_ms) as u64)
    };
    (full, at("begin"), at("committed"))
}

/// Runs `args` KILLS times on fresh copies of `pristine`, kills each at a
/// deterministic moment, and asks `outcome` whether the change is all
/// there (`Some(true)`), all absent (`Some(false)`) or partial (`None`).
///
/// Half the kills spread over 0–125 % of an uninterrupted run, half over
/// its write transaction (timed from the moment the run's trace says it
/// began), so that a meaningful share lands inside it; the
/// trace of each run says where it landed, and the test fails if too few
/// did (issue 11: a crash test that cannot show a kill inside the
/// transaction proves nothing). A kill inside the transaction must leave
/// the change absent; a kill after the commit, present.
fn kill_during(pristine: &Path, args: &[&str], outcome: impl Fn(&World) -> Option<bool>) -> Tally {
    let (full, begin, committed) = measure(pristine, args);
    let span = full.as_millis() as u64 * 5 / 4 + 1;
    let window = committed.saturating_sub(begin).as_millis() as u64 + 1;
    let mut tally = Tally::default();
    for i in 0..KILLS {
        let w = copy_of(pristine);
        let trace = w.dir().join("trace");
        // Even kills: over the whole run; odd ones: inside the transaction.
        let step = i * 7 % KILLS;
        let delay = if i % 2 == 0 {
            Duration::from_millis(step * span / KILLS)
        } else {
            begin + Duration::from_millis(step * window / KILLS)
        };
        let mut child = spawn_traced(&w, args, &trace);
        if i % 2 == 0 {
            std::thread::sleep(delay);
        } else {
            // Timed from the moment this run's transaction began, as its
            // trace shows, not from its start: on a loaded machine the
            // time before BEGIN varies more than the window itself.
            let wait = Instant::now();
            while reached(&trace_of(&trace), "begin").is_none()
                && child.try_wait().unwrap().is_none()
                && wait.elapsed() < full * 4 + Duration::from_secs(10)
            {
                std::thread::sleep(Duration::from_millis(1));
            }
            std::thread::sleep(delay - begin);
        }
        match child.try_wait().unwrap() {
            Some(_) => tally.finished_before_kill += 1,
            None => child.kill().unwrap(),
        }
        child.wait().unwrap();
        let steps = trace_of(&trace);
        let began = reached(&steps, "begin").is_some();
        let committing = reached(&steps, "commit").is_some();
        let done = reached(&steps, "committed").is_some();
        // A killed writer leaves its WAL behind; the next opener recovers.
        w.assert_invariants();
        let present = match outcome(&w) {
            Some(present) => present,
            None => panic!("kill {i} after {delay:?} left a partial change"),
        };
        if began && !done {
            tally.inside_transaction += 1;
            // Killed before COMMIT was even asked for: nothing may be there.
            // (Between "commit" and "committed" the COMMIT may have landed.)
            assert!(
                committing || !present,
                "kill {i} inside the transaction, before COMMIT, left the change: {steps:?}"
            );
        }
        if done {
            assert!(
                present,
                "kill {i} after the commit lost the change: {steps:?}"
            );
        }
        if present {
            tally.present += 1;
        } else {
            tally.absent += 1;
        }
    }
    assert!(
        tally.inside_transaction >= KILLS as u32 / 4,
        "only {} of {KILLS} kills landed inside the write transaction (run {full:?}, transaction {begin:?}..{committed:?}): {tally:?}",
        tally.inside_transaction
    );
    tally
}

#[test]
fn kill_9_during_a_20k_row_staff_import_leaves_all_rows_or_none() {
    let base = World::sqlite();
    base.ok(&[
        "fixture",
        "generate",
        "--orgs",
        "1",
        "--users",
        "21100",
        "--groups",
        "0",
        "--messages",
        "0",
        "--files",
        "0",
        "--tasks",
        "0",
    ]);
    let users = base.json(&["user", "list", "--org", "org0000", "--status", "active"]);
    let users = users.as_array().unwrap();
    let admin = users.iter().find(|u| u["role"] == "admin").unwrap()["email"]
        .as_str()
        .unwrap()
        .to_string();
    let mut csv = String::from("name,account_id\n");
    for u in users {
        csv.push_str(&format!(
            "{},{}\n",
            u["name"].as_str().unwrap(),
            u["account_id"]
        ));
    }
    let rows = users.len();
    assert!(rows >= 20_000, "{rows}");
    let file = base.dir().join("staff.csv");
    std::fs::write(&file, csv).unwrap();
    let args = [
        "--quiet",
        "--as",
        &admin,
        "staff",
        "import",
        file.to_str().unwrap(),
        "--org",
        "org0000",
    ];
    let tally = kill_during(&base.db, &args, |w| {
        let roster = w.json(&["staff", "list", "--org", "org0000"]);
        match roster.as_array().unwrap().len() {
            0 => Some(false),
            n if n == rows => Some(true),
            _ => None,
        }
    });
    eprintln!("staff import, {rows} rows, {KILLS} kills: {tally:?}");
}

/// Source org with `n` users (API tokens, pairwise contacts with direct
/// chats, group chats of 12) and an empty destination with room for them.
pub fn transfer_fixture(n: usize) -> String {
    let mut t = String::from(
        "[[org]]\nslug = \"src\"\nname = \"Source\"\nplan = \"business\"\nseats = 400\n\
         [[org]]\nslug = \"dst\"\nname = \"Destination\"\nplan = \"business\"\nseats = 400\n\
         [[account]]\nemail = \"s0@src.example\"\nname = \"s0\"\norg = \"src\"\nrole = \"admin\"\n\
         [[account]]\nemail = \"d0@dst.example\"\nname = \"d0\"\norg = \"dst\"\nrole = \"admin\"\n",
    );
    for i in 0..n {
        t.push_str(&format!(
            "[[account]]\nemail = \"u{i}@src.example\"\nname = \"u{i}\"\norg = \"src\"\napi_token = true\n"
        ));
    }
    for g in 0..n / 10 {
        let members: Vec<String> = (0..12)
            .map(|j| format!("\"u{}@src.example\"", (g * 10 + j) % n))
            .collect();
        t.push_str(&format!(
            "[[group]]\nname = \"g{g}\"\nadmins = [\"s0@src.example\"]\nmembers = [{}]\n",
            members.join(", ")
        ));
    }
    for i in (0..n - 1).step_by(2) {
        t.push_str(&format!(
            "[[contact]]\nbetween = [\"u{i}@src.example\", \"u{}@src.example\"]\nchat = \"dm{i}\"\n\
             [[message]]\nchat = \"dm{i}\"\nfrom = \"u{i}@src.example\"\nbody = \"hello\"\n",
            i + 1
        ));
    }
    t
}

#[test]
fn kill_9_during_a_300_user_transfer_approval_moves_all_or_none() {
    let n = 300;
    let base = World::sqlite();
    let fx = base.dir().join("transfer.toml");
    std::fs::write(&fx, transfer_fixture(n)).unwrap();
    base.ok(&["fixture", "load", fx.to_str().unwrap()]);
    let users: Vec<String> = (0..n).map(|i| format!("u{i}@src.example")).collect();
    let mut request = vec![
        "--yes",
        "--as",
        "s0@src.example",
        "transfer",
        "request",
        "--from",
        "src",
        "--to-admin",
        "d0@dst.example",
    ];
    request.extend(users.iter().map(String::as_str));
    base.ok(&request);
    let args = [
        "--yes",
        "--as",
        "d0@dst.example",
        "transfer",
        "approve",
        "1",
    ];
    let tally = kill_during(&base.db, &args, |w| {
        let moved = w
            .json(&["user", "list", "--org", "dst"])
            .as_array()
            .unwrap()
            .len()
            - 1;
        let stayed = w
            .json(&["user", "list", "--org", "src"])
            .as_array()
            .unwrap()
            .len()
            - 1;
        let status = w.json(&["transfer", "show", "1"])["status"].clone();
        match (moved, stayed, status.as_str()) {
            (0, s, Some("pending")) if s == n => Some(false),
            (m, 0, Some("approved")) if m == n => Some(true),
            _ => None,
        }
    });
    eprintln!("transfer approval, {n} users, {KILLS} kills: {tally:?}");
}
