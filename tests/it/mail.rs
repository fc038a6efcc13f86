//! Delivering the outbox through a real SMTP server (issue 16) and the
//! secrets in it (issue 15.6). The server is Python's aiosmtpd, started by
//! each test on a loopback port (`tests/smtp/server.py`), which records the
//! bytes it received; `.ci/run` installs it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

use super::harness::*;

const INSTALL: &str = "python3 -m pip install aiosmtpd";

/// A running aiosmtpd, stopped when dropped.
struct Smtp {
    child: Child,
    port: u16,
    dir: TempDir,
}

impl Smtp {
    /// Starts the server with `args` (`--reject ADDR`, `--defer ADDR`,
    /// `--slow ADDR=SECS`, `--auth USER:PASSWORD`). Fails loudly, with the
    /// install command, when aiosmtpd is missing: never a silent skip.
    fn start(args: &[&str]) -> Smtp {
        let probe = StdCommand::new("python3")
            .args(["-c", "import aiosmtpd"])
            .output();
        match probe {
            Ok(out) if out.status.success() => {}
            Ok(out) => panic!(
                "these tests need Python's aiosmtpd, which is not installed ({}); install it with: {INSTALL}",
                String::from_utf8_lossy(&out.stderr).trim()
            ),
            Err(e) => {
                panic!("these tests need python3 with aiosmtpd ({e}); install it with: {INSTALL}")
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let mut child = StdCommand::new("python3")
            .arg(repo().join("tests/smtp/server.py"))
            .arg("--dir")
            .arg(dir.path())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("the SMTP server did not start (said {line:?})"));
        Smtp { child, port, dir }
    }

    fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// What the server accepted so far, in order: (envelope, bytes).
    fn received(&self) -> Vec<(Value, Vec<u8>)> {
        received_in(self.dir.path())
    }

    /// Waits until the server has recorded `n` messages.
    fn wait_for(&self, n: usize) {
        let start = Instant::now();
        while self.received().len() < n {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the server received {} of {n} messages",
                self.received().len()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn received_in(dir: &Path) -> Vec<(Value, Vec<u8>)> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|eml| {
            let meta = std::fs::read(eml.with_extension("json")).ok()?;
            Some((
                serde_json::from_slice(&meta).unwrap(),
                std::fs::read(&eml).unwrap(),
            ))
        })
        .collect()
}

/// A port nothing listens on.
fn dead_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// The registration world, with `[mail]` pointing at `smtp_url` plus
/// `extra` lines; org `a` gets room for several new users.
fn world(smtp_url: &str, extra: &str) -> (World, PathBuf) {
    let w = World::with_fixture("registration.toml").acting_as("a0@a.example");
    let cfg = w.dir().join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            "[registration]\nlink_base = \"https://chat.example.com/register\"\n[mail]\nfrom = \"orgctl <noreply@example.com>\"\nsmtp = \"{smtp_url}\"\n{extra}\n"
        ),
    )
    .unwrap();
    w.json(&["org", "set", "a", "--seats", "20"]);
    (w, cfg)
}

/// `orgctl --config CFG --format json ARGS`.
fn run(w: &World, cfg: &Path, args: &[&str]) -> Run {
    run_env(w, cfg, args, &[], None)
}

fn run_env(w: &World, cfg: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
    let mut cmd = w.cmd();
    cmd.arg("--config")
        .arg(cfg)
        .args(["--format", "json"])
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_string());
    }
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn send(w: &World, cfg: &Path) -> Run {
    run(w, cfg, &["outbox", "send"])
}

fn add(w: &World, email: &str) {
    w.json(&["user", "add", email, "--org", "a"]);
}

/// Outbox messages in one state, as the org's admin sees them.
fn in_state(w: &World, status: &str) -> Vec<Value> {
    w.json(&["outbox", "list", "--status", status])
        .as_array()
        .unwrap()
        .clone()
}

fn ids(list: &[Value]) -> Vec<i64> {
    list.iter().map(|m| m["id"].as_i64().unwrap()).collect()
}

/// Decodes quoted-printable text (soft breaks and `=XX`).
fn unqp(text: &str) -> String {
    let text = text.replace("=\r\n", "");
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

/// The token of the link in a received message.
fn token_in(eml: &[u8]) -> String {
    let text = unqp(&String::from_utf8_lossy(eml));
    let at = text.find("token=").expect("a link in the message") + "token=".len();
    text[at..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect()
}

fn header_lines<'a>(eml: &'a str, name: &str) -> Vec<&'a str> {
    let head = eml.split("\r\n\r\n").next().unwrap();
    head.split("\r\n")
        .filter(|l| {
            l.len() > name.len()
                && l[..name.len()].eq_ignore_ascii_case(name)
                && l.as_bytes()[name.len()] == b':'
        })
        .collect()
}

#[test]
fn a_registration_mail_reaches_the_server_byte_for_byte_and_its_link_works() {
    let smtp = Smtp::start(&[]);
    let (w, cfg) = world(&smtp.url(), "");
    add(&w, "new@n.example");
    // The bytes the outbox holds, as the Maildir export writes them.
    let maildir = w.dir().join("spool");
    w.json(&["outbox", "export", "--maildir", maildir.to_str().unwrap()]);
    let exported: Vec<Vec<u8>> = std::fs::read_dir(maildir.join("new"))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(exported.len(), 1);

    let dry = run(&w, &cfg, &["outbox", "send", "--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert_eq!(dry.json()["messages"][0]["status"], "would_send");
    assert!(smtp.received().is_empty(), "a dry run connects to nothing");
    assert_eq!(in_state(&w, "unsent").len(), 1);

    let r = send(&w, &cfg);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let report = r.json();
    assert_eq!(
        (report["sent"].as_i64(), report["failed"].as_i64()),
        (Some(1), Some(0))
    );
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    let (envelope, bytes) = &got[0];
    assert_eq!(envelope["mail_from"], "noreply@example.com");
    assert_eq!(envelope["rcpt_tos"], serde_json::json!(["new@n.example"]));
    // Unchanged: the server got exactly the stored message.
    assert_eq!(
        bytes, &exported[0],
        "the bytes as received differ from the outbox's"
    );
    let text = String::from_utf8_lossy(bytes);
    assert_eq!(header_lines(&text, "Message-ID").len(), 1);

    let sent = in_state(&w, "sent");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["sent_at"], NOW);
    assert!(
        sent[0]["reply"].as_str().unwrap().starts_with("250"),
        "{}",
        sent[0]
    );
    assert!(in_state(&w, "unsent").is_empty());

    // The link from the received mail, given on standard input.
    let token = token_in(bytes);
    let r = run_env(
        &w,
        &cfg,
        &[
            "registration",
            "accept",
            "--token-stdin",
            "--password-stdin",
        ],
        &[],
        Some(&format!(
            "https://chat.example.com/register?token={token}\nnew-password-1\n"
        )),
    );
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        w.json(&["user", "show", "new@n.example"])["status"],
        "active"
    );
}

#[test]
fn a_second_send_sends_nothing_twice_and_each_run_is_audited() {
    let smtp = Smtp::start(&[]);
    let (w, cfg) = world(&smtp.url(), "");
    add(&w, "one@n.example");
    add(&w, "two@n.example");
    assert_eq!(send(&w, &cfg).json()["sent"], 2);
    let again = send(&w, &cfg);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(again.json()["sent"], 0);
    assert_eq!(smtp.received().len(), 2);
    add(&w, "three@n.example");
    let third = send(&w, &cfg);
    assert_eq!(third.json()["sent"], 1);
    assert_eq!(smtp.received().len(), 3);
    let audit = w.json(&["audit", "list"]);
    let sends: Vec<&Value> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "outbox.send")
        .collect();
    // Two runs handed mail over; the one with nothing to send left no row.
    assert_eq!(sends.len(), 2, "{audit}");
    assert_eq!(sends[0]["result"], "ok: 2 sent, 0 failed, 0 left unsent");
}

#[test]
fn limit_sends_the_oldest_first() {
    let smtp = Smtp::start(&[]);
    let (w, cfg) = world(&smtp.url(), "");
    for e in ["one@n.example", "two@n.example", "three@n.example"] {
        add(&w, e);
    }
    let r = run(&w, &cfg, &["outbox", "send", "--limit", "2"]);
    assert_eq!(r.json()["sent"], 2);
    let got: Vec<Value> = smtp
        .received()
        .into_iter()
        .map(|(e, _)| e["rcpt_tos"][0].clone())
        .collect();
    assert_eq!(got, ["one@n.example", "two@n.example"]);
    assert_eq!(in_state(&w, "unsent").len(), 1);
}

#[test]
fn a_server_that_cannot_be_reached_marks_nothing_and_exits_75() {
    let dead = format!("smtp://127.0.0.1:{}", dead_port());
    let (w, cfg) = world(&dead, "");
    add(&w, "one@n.example");
    add(&w, "two@n.example");
    let r = send(&w, &cfg);
    assert_eq!(r.code, 75, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("2 left unsent"),
        "{}",
        r.stderr
    );
    assert!(
        r.json()["stopped"]
            .as_str()
            .unwrap()
            .contains("cannot connect"),
        "{}",
        r.stdout
    );
    assert_eq!(in_state(&w, "unsent").len(), 2);
    assert!(in_state(&w, "sent").is_empty());
    // Later the server is up: everything goes, once.
    let smtp = Smtp::start(&[]);
    std::fs::write(&cfg, format!("[mail]\nsmtp = \"{}\"\n", smtp.url())).unwrap();
    assert_eq!(send(&w, &cfg).code, 0);
    assert_eq!(smtp.received().len(), 2);
}

#[test]
fn a_550_fails_that_message_only_exits_6_and_retry_queues_it_again() {
    let smtp = Smtp::start(&["--reject", "bad@n.example"]);
    let (w, cfg) = world(&smtp.url(), "");
    for e in ["one@n.example", "bad@n.example", "two@n.example"] {
        add(&w, e);
    }
    let r = send(&w, &cfg);
    assert_eq!(r.code, 6, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(r.error()["kind"], "partial");
    let failed = in_state(&w, "failed");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["to"], "bad@n.example");
    assert!(
        failed[0]["reply"].as_str().unwrap().contains("550"),
        "{}",
        failed[0]
    );
    assert_eq!(in_state(&w, "sent").len(), 2);
    assert_eq!(smtp.received().len(), 2);
    // A failed message is not sent again by itself...
    assert_eq!(send(&w, &cfg).json()["sent"], 0);
    // ...until it is queued again (a plan: preview, then apply, audited).
    let id = failed[0]["id"].as_i64().unwrap().to_string();
    let dry = w.json(&["outbox", "retry", &id, "--dry-run"]);
    assert_eq!(effects_of(&dry, "email_requeued").len(), 1);
    assert_eq!(in_state(&w, "failed").len(), 1);
    w.json(&["outbox", "retry", &id]);
    assert_eq!(ids(&in_state(&w, "unsent")), [id.parse::<i64>().unwrap()]);
    // Retrying a message that is not failed is refused, with the reason.
    let sent_id = in_state(&w, "sent")[0]["id"].as_i64().unwrap().to_string();
    let err = w.fails(3, &["outbox", "retry", &sent_id]);
    assert!(
        err["message"].as_str().unwrap().contains("not sent twice"),
        "{err}"
    );
    w.fails(4, &["outbox", "retry", "9999"]);
    // With the address fixed on the server's side, it goes.
    let ok = Smtp::start(&[]);
    std::fs::write(&cfg, format!("[mail]\nsmtp = \"{}\"\n", ok.url())).unwrap();
    assert_eq!(send(&w, &cfg).code, 0);
    assert_eq!(ok.received()[0].0["rcpt_tos"][0], "bad@n.example");
    let audit = w.json(&["audit", "list"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "outbox.retry")
    );
}

#[test]
fn a_4xx_leaves_that_message_unsent_and_exits_75() {
    let smtp = Smtp::start(&["--defer", "later@n.example"]);
    let (w, cfg) = world(&smtp.url(), "");
    for e in ["one@n.example", "later@n.example", "two@n.example"] {
        add(&w, e);
    }
    let r = send(&w, &cfg);
    assert_eq!(r.code, 75, "{}\n{}", r.stdout, r.stderr);
    let unsent = in_state(&w, "unsent");
    assert_eq!(unsent.len(), 1);
    assert_eq!(unsent[0]["to"], "later@n.example");
    assert_eq!(unsent[0]["attempts"], 1);
    assert!(unsent[0]["reply"].as_str().unwrap().contains("451"));
    assert_eq!(in_state(&w, "sent").len(), 2);
}

#[test]
fn kill_9_mid_batch_loses_nothing_and_resends_at_most_the_one_in_flight() {
    let slow = Smtp::start(&["--slow", "two@n.example=60"]);
    let (w, cfg) = world(&slow.url(), "");
    for e in ["one@n.example", "two@n.example", "three@n.example"] {
        add(&w, e);
    }
    let cfg_text = cfg.to_str().unwrap();
    let mut child = super::concurrency::spawn(&w, &["--config", cfg_text, "outbox", "send"]);
    // The server has the second message and is holding its reply.
    slow.wait_for(2);
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(ids(&in_state(&w, "sent")).len(), 1);
    assert_eq!(in_state(&w, "unsent").len(), 2);
    // The killed run's sender lock went with it.
    let ok = Smtp::start(&[]);
    std::fs::write(&cfg, format!("[mail]\nsmtp = \"{}\"\n", ok.url())).unwrap();
    let r = send(&w, &cfg);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(in_state(&w, "unsent").is_empty());
    // Every message arrived; only the one in flight arrived twice, with the
    // same bytes (and so the same Message-ID).
    let mut all: Vec<(String, Vec<u8>)> = slow
        .received()
        .into_iter()
        .chain(ok.received())
        .map(|(e, b)| (e["rcpt_tos"][0].as_str().unwrap().to_string(), b))
        .collect();
    all.sort();
    let to: Vec<&str> = all.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        to,
        [
            "one@n.example",
            "three@n.example",
            "two@n.example",
            "two@n.example"
        ]
    );
    assert_eq!(all[2].1, all[3].1);
}

#[test]
fn a_second_sender_at_the_same_time_exits_75_and_sends_nothing() {
    let slow = Smtp::start(&["--slow", "one@n.example=60"]);
    let (w, cfg) = world(&slow.url(), "");
    add(&w, "one@n.example");
    add(&w, "two@n.example");
    let cfg_text = cfg.to_str().unwrap();
    let mut first = super::concurrency::spawn(&w, &["--config", cfg_text, "outbox", "send"]);
    slow.wait_for(1);
    let r = send(&w, &cfg);
    assert_eq!(r.code, 75, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.error()["message"].as_str().unwrap().contains("another"),
        "{}",
        r.stderr
    );
    first.kill().unwrap();
    first.wait().unwrap();
    assert_eq!(slow.received().len(), 1);
}

#[test]
fn on_commit_delivers_right_after_the_change_and_a_failure_never_undoes_it() {
    let smtp = Smtp::start(&[]);
    let (w, cfg) = world(&smtp.url(), "send = \"on-commit\"");
    let r = run(&w, &cfg, &["user", "add", "now@n.example", "--org", "a"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(smtp.received().len(), 1);
    assert_eq!(in_state(&w, "sent").len(), 1);
    // A dry run queues nothing and sends nothing.
    let r = run(
        &w,
        &cfg,
        &["user", "add", "dry@n.example", "--org", "a", "--dry-run"],
    );
    assert_eq!(r.code, 0);
    assert_eq!(smtp.received().len(), 1);

    // The server is down: the user is added all the same, the mail waits.
    let dead = format!("smtp://127.0.0.1:{}", dead_port());
    std::fs::write(
        &cfg,
        format!("[mail]\nsmtp = \"{dead}\"\nsend = \"on-commit\"\n"),
    )
    .unwrap();
    let r = run(&w, &cfg, &["user", "add", "later@n.example", "--org", "a"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("the change was applied"), "{}", r.stderr);
    assert_eq!(
        w.json(&["user", "show", "later@n.example"])["status"],
        "pending_first_login"
    );
    assert_eq!(in_state(&w, "unsent")[0]["to"], "later@n.example");
}

#[test]
fn manual_is_the_default_and_on_commit_needs_a_server() {
    let smtp = Smtp::start(&[]);
    let (w, cfg) = world(&smtp.url(), "");
    run(&w, &cfg, &["user", "add", "x@n.example", "--org", "a"]);
    assert!(smtp.received().is_empty());
    std::fs::write(&cfg, "[mail]\nsend = \"on-commit\"\n").unwrap();
    let r = run(&w, &cfg, &["org", "list"]);
    assert_eq!(r.code, 3);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("needs [mail] smtp")
    );
    // A password in the config file is refused, with the way out.
    std::fs::write(&cfg, "[mail]\npassword = \"hunter2\"\n").unwrap();
    let r = run(&w, &cfg, &["org", "list"]);
    assert_eq!(r.code, 3);
    assert!(
        r.error()["hint"]
            .as_str()
            .unwrap()
            .contains("ORGCTL_SMTP_PASSWORD")
    );
    // No server configured: `outbox send` says what to add.
    std::fs::write(&cfg, "").unwrap();
    let r = send(&w, &cfg);
    assert_eq!(r.code, 2);
    assert!(
        r.error()["message"]
            .as_str()
            .unwrap()
            .contains("[mail] smtp")
    );
}

#[test]
fn the_login_uses_the_password_from_the_environment_only() {
    let smtp = Smtp::start(&["--auth", "orgctl:s3cret"]);
    let (w, cfg) = world(&smtp.url(), "user = \"orgctl\"");
    add(&w, "one@n.example");
    // No password and no terminal: a usage error naming the variable.
    let r = send(&w, &cfg);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.error()["hint"]
            .as_str()
            .unwrap()
            .contains("ORGCTL_SMTP_PASSWORD")
    );
    // A wrong one: refused by the server, nothing marked.
    let r = run_env(
        &w,
        &cfg,
        &["outbox", "send"],
        &[("ORGCTL_SMTP_PASSWORD", "wrong")],
        None,
    );
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.json()["stopped"].as_str().unwrap().contains("login"),
        "{}",
        r.stdout
    );
    assert_eq!(in_state(&w, "unsent").len(), 1);
    let r = run_env(
        &w,
        &cfg,
        &["outbox", "send"],
        &[("ORGCTL_SMTP_PASSWORD", "s3cret")],
        None,
    );
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(smtp.received().len(), 1);
}

#[test]
fn hostile_names_and_addresses_cannot_inject_headers_or_recipients() {
    let smtp = Smtp::start(&[]);
    let (w, cfg) = world(&smtp.url(), "");
    // Control characters in a name are refused up front.
    let r = w.run_json(&[
        "user",
        "add",
        "c@n.example",
        "--org",
        "a",
        "--name",
        "x\r\nBcc: victim@evil.example",
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    // Line and paragraph separators, and addresses with quoted local parts,
    // either are refused or travel encoded, to their one recipient.
    let hostile = [
        ("sep@n.example", "Eve\u{2028}Bcc: victim@evil.example"),
        ("\"a,victim@evil.example\"@n.example", "Quoted"),
        (
            "\"a>\r\nBcc: victim@evil.example\"@n.example",
            "Quoted CRLF",
        ),
        ("q@n.example>, victim@evil.example", "Angle"),
        // Accepted, and must travel encoded in its one header.
        ("enc@n.example", "Ève; Bcc: victim@evil.example"),
    ];
    let mut accepted = Vec::new();
    for (email, name) in hostile {
        let r = w.run_json(&["user", "add", email, "--org", "a", "--name", name]);
        match r.code {
            0 => accepted.push(email),
            3 | 2 => {}
            other => panic!("user add {email:?}: exit {other}\n{}", r.stderr),
        }
    }
    // A line separator in a name is refused (issue 15.8: a name must not
    // display as something it is not); the encoded name goes through.
    assert!(!accepted.contains(&"sep@n.example"), "{accepted:?}");
    assert!(accepted.contains(&"enc@n.example"), "{accepted:?}");
    let r = send(&w, &cfg);
    assert!(r.code == 0 || r.code == 6, "{}\n{}", r.stdout, r.stderr);
    for (envelope, bytes) in smtp.received() {
        let rcpts = envelope["rcpt_tos"].as_array().unwrap();
        // One recipient, at the domain it was added with (a quoted local
        // part may hold a comma or an @, and stays one mailbox).
        assert_eq!(rcpts.len(), 1, "{envelope}");
        let rcpt = rcpts[0].as_str().unwrap();
        assert!(rcpt.ends_with("@n.example"), "{envelope}");
        let text = String::from_utf8_lossy(&bytes);
        assert!(header_lines(&text, "Bcc").is_empty(), "{text}");
        assert!(header_lines(&text, "Cc").is_empty(), "{text}");
        let to = header_lines(&text, "To");
        assert_eq!(to.len(), 1, "{text}");
        assert!(to[0].contains(rcpt), "{text}");
    }
    assert_eq!(smtp.received().len(), accepted.len());
}

// --- 15.6: the secrets in the outbox -------------------------------------

#[test]
fn links_are_shown_only_to_the_admins_of_the_requests_org() {
    let w = World::with_fixture("registration.toml").acting_as("a0@a.example");
    w.json(&["user", "add", "new@n.example", "--org", "a"]);
    let token_of = |args: &[&str]| {
        let list = w.json(args);
        let m = list.as_array().unwrap().last().unwrap().clone();
        (
            m["body"].as_str().unwrap().to_string(),
            m["link_hidden"].as_bool().unwrap(),
        )
    };
    // a's admin and its user_admin (who may resend the link anyway) see it.
    for admin in ["a0@a.example", "a1@a.example"] {
        let (body, hidden) = token_of(&["outbox", "list", "--as", admin]);
        assert!(!hidden && !body.contains("token=********"), "{body}");
    }
    // Another org's admin and a personal account do not.
    for other in [
        &["outbox", "list", "--as", "b0@b.example"][..],
        &["outbox", "list", "--as", "p1@p.example"],
    ] {
        let (body, hidden) = token_of(other);
        assert!(
            hidden && body.contains("?token=********\n"),
            "{other:?}: {body}"
        );
    }
    // Without --as, nobody is an admin.
    let out = w
        .cmd_with_actor(false)
        .args(["--format", "json", "outbox", "list"])
        .output()
        .unwrap();
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["link_hidden"], true);
    assert!(list[0]["body"].as_str().unwrap().contains("token=********"));
}

#[test]
fn purge_removes_only_delivered_mail_older_than_asked_as_a_plan() {
    let smtp = Smtp::start(&[]);
    let (mut w, cfg) = world(&smtp.url(), "");
    add(&w, "old@n.example");
    assert_eq!(send(&w, &cfg).code, 0);
    add(&w, "waiting@n.example");
    w.now = "2027-01-15T09:00:00Z".to_string();
    // Not yet 60 days: nothing to purge.
    let none = w.json(&[
        "outbox",
        "purge",
        "--sent",
        "--older-than",
        "60d",
        "--dry-run",
    ]);
    assert!(effects_of(&none, "email_purged").is_empty());
    let dry = w.json(&[
        "outbox",
        "purge",
        "--sent",
        "--older-than",
        "30d",
        "--dry-run",
    ]);
    let purged = effects_of(&dry, "email_purged");
    assert_eq!(purged.len(), 1);
    assert_eq!(purged[0]["to"], "old@n.example");
    assert_eq!(w.json(&["outbox", "list"]).as_array().unwrap().len(), 2);
    // Removing mail is confirmed like any destructive change.
    w.fails(5, &["outbox", "purge", "--sent", "--older-than", "30d"]);
    w.json(&["outbox", "purge", "--sent", "--older-than", "30d", "--yes"]);
    let left = w.json(&["outbox", "list"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["to"], "waiting@n.example");
    let audit = w.json(&["audit", "list"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "outbox.purge" && a["result"] == "ok")
    );
    w.fails(2, &["outbox", "purge", "--sent", "--older-than", "soon"]);
    w.fails(2, &["outbox", "purge", "--older-than", "30d"]);
}

/// The token of the latest registration e-mail to `to`, read as `admin`.
fn token_for(w: &World, to: &str, admin: &str) -> String {
    let list = w.json(&["outbox", "list", "--to", to, "--as", admin]);
    let body = list.as_array().unwrap().last().unwrap()["body"]
        .as_str()
        .unwrap()
        .to_string();
    let at = body.find("token=").unwrap() + "token=".len();
    body[at..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect()
}

fn accept_stdin(w: &World, args: &[&str], input: &str) -> Run {
    let out = w
        .cmd_with_actor(false)
        .args(["--format", "json", "registration", "accept"])
        .args(args)
        .write_stdin(input.to_string())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn the_token_can_come_from_stdin_and_never_needs_argv() {
    let w = World::with_fixture("registration.toml").acting_as("a0@a.example");
    w.json(&["org", "set", "a", "--seats", "20"]);
    w.json(&["user", "add", "n1@n.example", "--org", "a"]);
    w.json(&["user", "add", "n2@n.example", "--org", "a"]);
    let t1 = token_for(&w, "n1@n.example", "a0@a.example");
    let r = accept_stdin(
        &w,
        &["-", "--password-stdin"],
        &format!("{t1}\npassword-n1\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let t2 = token_for(&w, "n2@n.example", "a0@a.example");
    let r = accept_stdin(
        &w,
        &["--token-stdin", "--password-stdin", "--dry-run"],
        &format!("{t2}\npassword-n2\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // No token, no terminal: a usage error that shows the way.
    let r = accept_stdin(&w, &["--password-stdin"], "");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.error()["hint"]
            .as_str()
            .unwrap()
            .contains("--token-stdin")
    );
    let r = accept_stdin(&w, &["--token-stdin"], "\n");
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn five_wrong_passwords_lock_the_request_until_it_is_resent() {
    let w = World::with_fixture("registration.toml").acting_as("a0@a.example");
    w.json(&["user", "add", "p1@p.example", "--org", "a"]);
    let token = token_for(&w, "p1@p.example", "a0@a.example");
    for n in 1..=5 {
        // Dry runs count too: no run is a free guess.
        let args: &[&str] = if n % 2 == 0 {
            &["--token-stdin", "--password-stdin", "--dry-run"]
        } else {
            &["--token-stdin", "--password-stdin"]
        };
        let r = accept_stdin(&w, args, &format!("{token}\nwrong-{n}\n"));
        assert_eq!(r.code, 3, "attempt {n}: {}", r.stderr);
        let e = r.error();
        assert!(
            e["message"].as_str().unwrap().contains("wrong password"),
            "{e}"
        );
        if n < 5 {
            assert!(
                e["hint"]
                    .as_str()
                    .unwrap()
                    .contains(&format!("{} attempt(s) left", 5 - n)),
                "{e}"
            );
        } else {
            assert!(
                e["hint"].as_str().unwrap().contains("registration resend"),
                "{e}"
            );
        }
    }
    // The right password no longer helps.
    let r = accept_stdin(
        &w,
        &["--token-stdin", "--password-stdin"],
        &format!("{token}\nsecret-pass-p1\n"),
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.error()["message"].as_str().unwrap().contains("locked"),
        "{}",
        r.stderr
    );
    let audit = w.json(&["audit", "list"]);
    let wrong = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| {
            a["action"] == "registration.accept"
                && a["result"].as_str().unwrap().contains("wrong password")
        })
        .count();
    assert_eq!(wrong, 5, "{audit}");
    // The admin sends a new link: the count starts again.
    let id = w
        .json(&["registration", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["email"] == "p1@p.example")
        .unwrap()["id"]
        .as_i64()
        .unwrap()
        .to_string();
    w.json(&["registration", "resend", &id]);
    let token = token_for(&w, "p1@p.example", "a0@a.example");
    let r = accept_stdin(
        &w,
        &["--token-stdin", "--password-stdin", "--yes"],
        &format!("{token}\nsecret-pass-p1\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

// --- 15.1: the Maildir export ---------------------------------------------

fn export_with_umask(w: &World, umask: &str, dir: &Path) -> Run {
    let out = StdCommand::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$@\""))
        .arg("sh")
        .arg(assert_cmd::cargo::cargo_bin("orgctl"))
        .arg("--db")
        .arg(w.target())
        .args(["--format", "json", "outbox", "export", "--maildir"])
        .arg(dir)
        .env_remove("ORGCTL_CONFIG")
        .env("HOME", w.dir())
        .env("XDG_CONFIG_HOME", w.dir().join("config"))
        .env("ORGCTL_NOW", &w.now)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn two_mails() -> World {
    let w = World::with_fixture("registration.toml").acting_as("a0@a.example");
    w.json(&["org", "set", "a", "--seats", "20"]);
    add(&w, "one@n.example");
    add(&w, "two@n.example");
    w
}

#[test]
fn maildir_files_are_0600_and_directories_0700_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let w = two_mails();
    for umask in ["000", "022", "077"] {
        let dir = w.dir().join(format!("spool-{umask}/deep"));
        let r = export_with_umask(&w, umask, &dir);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        for d in [
            dir.clone(),
            dir.join("tmp"),
            dir.join("new"),
            dir.join("cur"),
        ] {
            assert_eq!(mode(&d), 0o700, "umask {umask}: {}", d.display());
        }
        let files: Vec<PathBuf> = std::fs::read_dir(dir.join("new"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 2);
        for f in files {
            assert_eq!(mode(&f), 0o600, "umask {umask}: {}", f.display());
        }
        assert_eq!(std::fs::read_dir(dir.join("tmp")).unwrap().count(), 0);
    }
}

#[test]
fn maildir_names_are_unique_per_the_convention_and_nothing_is_replaced() {
    let w = two_mails();
    let dir = w.dir().join("spool");
    let export = || w.json(&["outbox", "export", "--maildir", dir.to_str().unwrap()]);
    let counts = |v: &Value| (v["written"].as_i64(), v["already_there"].as_i64());
    assert_eq!(counts(&export()), (Some(2), Some(0)));
    let names = |sub: &str| -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    };
    let before = names("new");
    // A reader moves one to cur/ (with flags) and deletes the other.
    std::fs::rename(
        dir.join("new").join(&before[0]),
        dir.join("cur").join(format!("{}:2,S", before[0])),
    )
    .unwrap();
    std::fs::remove_file(dir.join("new").join(&before[1])).unwrap();
    // The one still held (in cur/) is not written again; the deleted one
    // is, under a new name: nothing is ever replaced.
    assert_eq!(counts(&export()), (Some(1), Some(1)));
    let after = names("new");
    assert_eq!(after.len(), 1);
    assert!(!before.contains(&after[0]), "{before:?} {after:?}");
    assert_eq!(counts(&export()), (Some(0), Some(2)));
    for name in before.iter().chain(&after) {
        // SECS.M<usec>P<pid>R<random>_orgctl<id>.HOST
        let parts: Vec<&str> = name.splitn(3, '.').collect();
        assert!(parts[0].chars().all(|c| c.is_ascii_digit()), "{name}");
        let unique = parts[1];
        assert!(unique.starts_with('M'), "{name}");
        let (usec, rest) = unique[1..].split_once('P').unwrap();
        let (pid, rest) = rest.split_once('R').unwrap();
        let (random, id) = rest.split_once("_orgctl").unwrap();
        assert!(
            usec.parse::<u32>().is_ok() && pid.parse::<u32>().is_ok(),
            "{name}"
        );
        assert_eq!(random.len(), 16, "{name}");
        assert!(id.parse::<i64>().is_ok(), "{name}");
        assert!(
            !parts[2].is_empty() && !parts[2].contains('/') && !parts[2].contains(':'),
            "{name}"
        );
    }
}

#[test]
fn a_symlinked_tmp_or_new_is_refused_and_its_target_untouched() {
    let w = two_mails();
    for sub in ["tmp", "new", "cur"] {
        let dir = w.dir().join(format!("spool-{sub}"));
        let elsewhere = w.dir().join(format!("elsewhere-{sub}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, dir.join(sub)).unwrap();
        let err = w.fails(3, &["outbox", "export", "--maildir", dir.to_str().unwrap()]);
        let message = err["message"].as_str().unwrap();
        assert!(message.contains("symbolic link"), "{message}");
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0, "{sub}");
        assert!(
            !dir.join("new").is_dir() || std::fs::read_dir(dir.join("new")).unwrap().count() == 0
        );
    }
}

#[test]
fn a_japanese_mail_reaches_the_server_unchanged() {
    let smtp = Smtp::start(&[]);
    let (w, cfg) = world(&smtp.url(), "lang = \"ja\"");
    let r = run(
        &w,
        &cfg,
        &[
            "user",
            "add",
            "ja@n.example",
            "--org",
            "a",
            "--name",
            "山田 太郎",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let maildir = w.dir().join("spool");
    w.json(&["outbox", "export", "--maildir", maildir.to_str().unwrap()]);
    let exported = std::fs::read_dir(maildir.join("new"))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .next()
        .unwrap();
    assert_eq!(send(&w, &cfg).code, 0);
    let got = smtp.received();
    assert_eq!(got[0].1, exported);
    // The Subject is an encoded word, the body's text is the Japanese one.
    let text = String::from_utf8_lossy(&got[0].1);
    assert!(
        header_lines(&text, "Subject")[0].contains("=?utf-8?"),
        "{text}"
    );
    let list = w.json(&["outbox", "list", "--status", "sent"]);
    assert!(list[0]["body"].as_str().unwrap().contains("山田 太郎 様"));
}

/// A CA and a certificate it signed for 127.0.0.1, as PEM files in `dir`:
/// (ca, cert, key).
fn certificates(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca_key = KeyPair::generate().unwrap();
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&leaf_key, &issuer)
        .unwrap();
    let paths = (
        dir.join("ca.pem"),
        dir.join("cert.pem"),
        dir.join("key.pem"),
    );
    std::fs::write(&paths.0, ca.pem()).unwrap();
    std::fs::write(&paths.1, leaf.pem()).unwrap();
    std::fs::write(&paths.2, leaf_key.serialize_pem()).unwrap();
    paths
}

#[test]
fn starttls_is_used_when_offered_and_the_certificate_is_checked() {
    let keys = tempfile::tempdir().unwrap();
    let (ca, cert, key) = certificates(keys.path());
    let smtp = Smtp::start(&[
        "--tls",
        cert.to_str().unwrap(),
        key.to_str().unwrap(),
        "--auth",
        "orgctl:s3cret",
    ]);
    // A certificate no trusted root vouches for: the session stops before
    // anything (the password included) is sent; exit 3, nothing marked.
    let (w, cfg) = world(&smtp.url(), "user = \"orgctl\"");
    add(&w, "one@n.example");
    let pass = [("ORGCTL_SMTP_PASSWORD", "s3cret")];
    let r = run_env(&w, &cfg, &["outbox", "send"], &pass, None);
    assert_eq!(r.code, 3, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.json()["stopped"].as_str().unwrap().contains("STARTTLS"),
        "{}",
        r.stdout
    );
    assert_eq!(in_state(&w, "unsent").len(), 1);
    assert!(smtp.received().is_empty());
    // With the relay's CA in [mail] ca_file, the mail goes over TLS.
    std::fs::write(
        &cfg,
        format!(
            "[mail]\nsmtp = \"{}\"\nuser = \"orgctl\"\nca_file = \"{}\"\n",
            smtp.url(),
            ca.display()
        ),
    )
    .unwrap();
    let r = run_env(&w, &cfg, &["outbox", "send"], &pass, None);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0["tls"], true, "{}", got[0].0);
}
