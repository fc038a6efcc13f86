//! Flags, environment and the config file, resolved once into plain structs
//! (CLI.md "Global options"): flag, then environment, then config, then
//! default. The rest of the program never sees clap or the config file.

use crate::model::Timestamp;
use crate::text::AgeError;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Datelike, Utc};
use clap::ValueEnum;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
pub use crate::mail::MailLang;

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
    /// JSON lines: one compact JSON object a line; lists stream.
    Jsonl,
}

impl Format {
    /// Whether errors and blockers are written as JSON (CLI.md).
    pub fn is_json(self) -> bool {
        matches!(self, Format::Json | Format::Jsonl)
    }
}

/// The global options as given on the command line (clap has already merged
/// in the environment variables).
#[derive(Debug, Clone, Default)]
pub struct GivenOptions {
    pub db: Option<PathBuf>,
    pub config: Option<PathBuf>,
    /// `--profile NAME` or `ORGCTL_PROFILE`: a `[profile.NAME]` section.
    pub profile: Option<String>,
    pub actor: Option<String>,
    pub format: Option<Format>,
    pub yes: bool,
    pub quiet: bool,
    pub verbose: bool,
}

/// The config file (TOML). Unknown keys are an error, not ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    actor: Option<String>,
    format: Option<Format>,
    db: Option<PathBuf>,
    #[serde(default)]
    registration: RegistrationConfig,
    #[serde(default)]
    transfer: TransferConfig,
    #[serde(default)]
    mail: MailConfig,
    /// The profile used when neither `--profile` nor `ORGCTL_PROFILE` names
    /// one (as kubectl's current context).
    default_profile: Option<String>,
    /// `[profile.NAME]`: one section per server or database (CLI.md, turn 2).
    #[serde(default)]
    profile: BTreeMap<String, ProfileConfig>,
}

/// One `[profile.NAME]` section: the settings that differ between servers.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileConfig {
    db: Option<PathBuf>,
    format: Option<Format>,
    actor: Option<String>,
}

/// A profile as `orgctl profile list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileView {
    pub name: String,
    pub db: Option<String>,
    pub format: Option<Format>,
    pub actor: Option<String>,
    /// Whether this run selected it (`--profile`, `ORGCTL_PROFILE` or
    /// `default_profile`).
    pub active: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistrationConfig {
    ttl_days: Option<u32>,
    link_base: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TransferConfig {
    ttl_days: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MailConfig {
    from: Option<String>,
    lang: Option<MailLang>,
    smtp: Option<String>,
    user: Option<String>,
    send: Option<SendMode>,
    /// A PEM file of extra trusted roots for the server's certificate (an
    /// internal relay's own CA), added to the system's.
    ca_file: Option<PathBuf>,
    /// Never read: present only to refuse it with the way out (issue 16:
    /// the password comes from ORGCTL_SMTP_PASSWORD or a prompt).
    password: Option<toml::Value>,
}

/// When the outbox is handed to the SMTP server (`[mail] send`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum SendMode {
    /// Only when `outbox send` runs (from cron).
    #[default]
    Manual,
    /// Right after each state-changing command commits, too.
    OnCommit,
}

/// A password that never shows in `Debug` output.
#[derive(Clone)]
pub struct SecretString(pub String);

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<secret>")
    }
}

/// Everything a command needs to know about how it was asked to run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub db_path: PathBuf,
    pub actor: Option<String>,
    pub format: Format,
    pub yes: bool,
    pub quiet: bool,
    /// `-v`: say on standard error what orgctl does (settings, database,
    /// timing), for diagnosing cron jobs.
    pub verbose: bool,
    /// Where the config file was read from, if one was (for `-v`).
    pub config_path: Option<PathBuf>,
    /// The clock: `ORGCTL_NOW` if set, else the system time.
    pub now: DateTime<Utc>,
    /// Whether `now` came from `ORGCTL_NOW` (a login may not set it: issue 14.4).
    pub now_fixed: bool,
    pub busy_timeout: Option<Duration>,
    // The registration, transfer and mail settings are resolved and checked
    // now, and read by the registration and transfer commands.
    pub registration_ttl_days: u32,
    pub registration_link_base: String,
    pub transfer_ttl_days: u32,
    pub mail_from: String,
    pub mail_lang: MailLang,
    /// The profile selected, if any, and every profile of the config file
    /// (for `orgctl profile list`).
    pub profile: Option<String>,
    pub profiles: Vec<ProfileView>,
    /// `[mail] smtp`, checked: where `outbox send` delivers.
    pub smtp: Option<crate::smtp::Server>,
    pub smtp_user: Option<String>,
    /// `ORGCTL_SMTP_PASSWORD`; without it a terminal prompt asks.
    pub smtp_password: Option<SecretString>,
    /// `[mail] ca_file`: extra trusted roots (PEM) for the SMTP server.
    pub smtp_ca_file: Option<PathBuf>,
    pub mail_send: SendMode,
}

impl Settings {
    /// Resolves the settings from the given options and the process
    /// environment.
    pub fn resolve(given: GivenOptions) -> Result<Settings> {
        Self::resolve_with(given, |name| std::env::var(name).ok())
    }

    /// As `resolve`, with the environment supplied by the caller (tests).
    pub fn resolve_with(
        given: GivenOptions,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Settings> {
        let config_path = given.config.clone().or_else(default_config_path);
        let config = match &config_path {
            Some(path) => read_config(path, given.config.is_some())?,
            None => ConfigFile::default(),
        };
        let config_name = config_path
            .as_deref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        refuse_passwords_in_config(&config, &config_name)?;
        let profile_name = given.profile.clone().or(config.default_profile.clone());
        let profile = match &profile_name {
            Some(name) => Some(select_profile(
                &config,
                name,
                &config_name,
                given.profile.is_some(),
            )?),
            None => None,
        };
        let now = match env("ORGCTL_NOW") {
            Some(text) => DateTime::parse_from_rfc3339(text.trim())
                .map_err(|e| {
                    Error::usage(format!(
                        "ORGCTL_NOW={text} is not an RFC 3339 time ({e}); e.g. 2026-01-31T09:00:00Z"
                    ))
                })?
                .with_timezone(&Utc),
            None => Utc::now(),
        };
        // Stored times are compared as text, so every expiry (up to
        // MAX_TTL_DAYS later) must keep a four-digit year: a clock in
        // 9999 made links expire the moment they were sent (issue 15.7).
        if now.year() > MAX_CLOCK_YEAR {
            return Err(Error::usage(format!(
                "the clock ({}) is past the year {MAX_CLOCK_YEAR}: expiries up to ten years later must stay four-digit years",
                Timestamp::from_utc(now)
            ))
            .with_hint("set ORGCTL_NOW to an earlier time (or unset it to use the system clock)")
            .into());
        }
        let busy_timeout = match env("ORGCTL_BUSY_TIMEOUT_MS") {
            Some(ms) => Some(busy_timeout_ms(&ms)?),
            None => None,
        };
        let profiles = profile_views(&config, profile_name.as_deref());
        let db_path = match given
            .db
            .or(profile.as_ref().and_then(|p| p.db.clone()))
            .or(config.db)
        {
            Some(path) => path,
            None => default_db_path().ok_or_else(|| {
                Error::usage("cannot find a home directory for the default database")
                    .with_hint("pass --db PATH or set ORGCTL_DB")
            })?,
        };
        for (key, days) in [
            ("registration.ttl_days", config.registration.ttl_days),
            ("transfer.ttl_days", config.transfer.ttl_days),
        ] {
            if let Some(days) = days
                && !(1..=MAX_TTL_DAYS).contains(&days)
            {
                return Err(Error::refused(format!(
                    "config file {config_name}: {key} = {days} is out of range: give 1 to {MAX_TTL_DAYS} days"
                ))
                .into());
            }
        }
        let config_file = || {
            config_path
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        };
        if config.mail.password.is_some() {
            return Err(Error::refused(format!(
                "config file {}: [mail] password is not read: orgctl never takes a password from the config file",
                config_file()
            ))
            .with_hint("remove the key, and set ORGCTL_SMTP_PASSWORD in the environment of the command (or type it when asked)")
            .into());
        }
        let smtp = match &config.mail.smtp {
            Some(url) => Some(crate::smtp::Server::parse(url).map_err(|e| {
                Error::refused(format!("config file {}: [mail] smtp: {e}", config_file()))
                    .with_hint("e.g. smtp = \"smtp://relay.example.com:587\" or \"smtps://relay.example.com\"")
            })?),
            None => None,
        };
        let mail_send = config.mail.send.unwrap_or_default();
        if mail_send == SendMode::OnCommit && smtp.is_none() {
            return Err(Error::refused(format!(
                "config file {}: [mail] send = \"on-commit\" needs [mail] smtp, the server to send through",
                config_file()
            ))
            .with_hint("add smtp = \"smtp://HOST:PORT\" to [mail], or remove send")
            .into());
        }
        Ok(Settings {
            smtp,
            smtp_user: config.mail.user.filter(|u| !u.is_empty()),
            smtp_password: env("ORGCTL_SMTP_PASSWORD").map(SecretString),
            smtp_ca_file: config.mail.ca_file,
            mail_send,
            db_path,
            actor: given
                .actor
                .or(profile.as_ref().and_then(|p| p.actor.clone()))
                .or(config.actor),
            format: given
                .format
                .or(profile.as_ref().and_then(|p| p.format))
                .or(config.format)
                .unwrap_or_default(),
            yes: given.yes,
            quiet: given.quiet,
            now_fixed: env("ORGCTL_NOW").is_some(),
            verbose: given.verbose,
            config_path: config_path.filter(|p| p.exists()),
            now,
            busy_timeout,
            registration_ttl_days: config.registration.ttl_days.unwrap_or(7),
            registration_link_base: config
                .registration
                .link_base
                .unwrap_or_else(|| "https://chat.example.com/register".to_string()),
            transfer_ttl_days: config.transfer.ttl_days.unwrap_or(14),
            mail_from: config
                .mail
                .from
                .unwrap_or_else(|| "orgctl <noreply@example.com>".to_string()),
            mail_lang: config.mail.lang.unwrap_or_default(),
            profile: profile_name,
            profiles,
        })
    }

    /// Who e-mails are from and in which language (`[mail]`).
    pub fn sender(&self) -> crate::mail::Sender {
        crate::mail::Sender {
            from: self.mail_from.clone(),
            lang: self.mail_lang,
        }
    }

    /// The clock as stored in the database: RFC 3339, UTC, whole seconds, so
    /// that text comparison is time comparison.
    pub fn now_text(&self) -> Timestamp {
        Timestamp::from_utc(self.now)
    }
}

/// The profile named by `--profile`, `ORGCTL_PROFILE` or `default_profile`;
/// a name the config file does not define is an error listing the ones it
/// does (a usage error when given on the command line or in the
/// environment, a config error when it is the file's own `default_profile`).
fn select_profile(
    config: &ConfigFile,
    name: &str,
    file: &str,
    given: bool,
) -> Result<ProfileConfig> {
    if let Some(p) = config.profile.get(name) {
        return Ok(p.clone());
    }
    let known: Vec<&str> = config.profile.keys().map(String::as_str).collect();
    let hint = if known.is_empty() {
        format!("add a [profile.{name}] section (with db = ...) to {file}")
    } else {
        format!(
            "the profiles are: {}; see them with `orgctl profile list`",
            known.join(", ")
        )
    };
    let err = if given {
        Error::usage(format!(
            "no profile named `{name}` in the config file {file}"
        ))
    } else {
        Error::refused(format!(
            "config file {file}: default_profile = \"{name}\" names no [profile.{name}] section"
        ))
    };
    Err(err.with_hint(hint).into())
}

fn profile_views(config: &ConfigFile, active: Option<&str>) -> Vec<ProfileView> {
    config
        .profile
        .iter()
        .map(|(name, p)| ProfileView {
            name: name.clone(),
            db: p.db.as_ref().map(|d| d.display().to_string()),
            format: p.format,
            actor: p.actor.clone(),
            active: active == Some(name.as_str()),
        })
        .collect()
}

/// Passwords never come from a config file in clear (CLI.md, turn 2): a
/// `db` that is a PostgreSQL URL or connection string with a password in it
/// is refused, naming the key but not repeating the password.
fn refuse_passwords_in_config(config: &ConfigFile, file: &str) -> Result<()> {
    let dbs = std::iter::once(("db".to_string(), config.db.as_ref())).chain(
        config
            .profile
            .iter()
            .map(|(name, p)| (format!("profile.{name}.db"), p.db.as_ref())),
    );
    for (key, db) in dbs {
        if let Some(db) = db
            && db_has_password(&db.to_string_lossy())
        {
            return Err(Error::refused(format!(
                "config file {file}: {key} holds a password in clear; orgctl does not read passwords from a config file"
            ))
            .with_hint(
                "remove the password from the URL and give it through PGPASSWORD or the password file (PGPASSFILE, ~/.pgpass); without either, orgctl asks on a terminal",
            )
            .into());
        }
    }
    Ok(())
}

/// Whether a database location carries a password: a `postgres://` or
/// `postgresql://` URL with `user:password@`, or a `password=` in the URL's
/// query or in a `key=value` connection string.
fn db_has_password(db: &str) -> bool {
    let lower = db.to_ascii_lowercase();
    let url = lower
        .strip_prefix("postgres://")
        .or_else(|| lower.strip_prefix("postgresql://"));
    match url {
        Some(rest) => {
            let (authority, query) = match rest.split_once('?') {
                Some((a, q)) => (a, q),
                None => (rest, ""),
            };
            // The userinfo ends at the last '@' before the path.
            let authority = authority.split('/').next().unwrap_or_default();
            let user_has_password = authority
                .rsplit_once('@')
                .is_some_and(|(userinfo, _)| userinfo.contains(':'));
            user_has_password
                || query
                    .split('&')
                    .any(|pair| pair.trim_start().starts_with("password="))
        }
        // A libpq key=value string, e.g. "host=db user=x password=y".
        None => {
            lower.contains('=')
                && lower
                    .split_whitespace()
                    .any(|pair| pair.starts_with("password="))
        }
    }
}

/// The longest busy timeout SQLite takes: its milliseconds are a C `int`
/// (about 24.8 days); a larger value used to panic (issue 15.7).
pub const MAX_BUSY_TIMEOUT_MS: u64 = i32::MAX as u64;

/// `ORGCTL_BUSY_TIMEOUT_MS`: 0 to `MAX_BUSY_TIMEOUT_MS` milliseconds.
fn busy_timeout_ms(text: &str) -> Result<Duration> {
    match text.trim().parse::<u64>() {
        Ok(ms) if ms <= MAX_BUSY_TIMEOUT_MS => Ok(Duration::from_millis(ms)),
        _ => Err(Error::usage(format!(
            "ORGCTL_BUSY_TIMEOUT_MS={} is not a number of milliseconds from 0 to {MAX_BUSY_TIMEOUT_MS}",
            crate::error::echo(text)
        ))
        .with_hint("e.g. ORGCTL_BUSY_TIMEOUT_MS=10000 waits up to 10 s for another orgctl")
        .into()),
    }
}

/// The latest year the clock may show: ten years (`MAX_TTL_DAYS`) later is
/// still a four-digit year.
pub const MAX_CLOCK_YEAR: i32 = 9989;

/// The longest a link or request may stay open (`ttl_days`): ten years,
/// which keeps every expiry a four-digit-year time that compares as text.
pub const MAX_TTL_DAYS: u32 = 3650;

/// When something made at `now` (a stored time) expires after `days`
/// (R7, T6).
pub fn expires_at(now: &Timestamp, days: u32) -> Result<Timestamp> {
    let now = now.to_utc();
    now.checked_add_signed(chrono::Duration::days(i64::from(days)))
        .map(Timestamp::from_utc)
        .ok_or_else(|| {
            Error::usage(format!("{days} days from {now} is past the end of time")).into()
        })
}

/// Which end of a time range a `--since`/`--until` value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// Inclusive: rows at or after the time.
    Since,
    /// Given inclusive, returned exclusive: rows before the returned time.
    Until,
}

/// A `--since`/`--until` value as a stored time (CLI.md, turn 2: "RFC 3339,
/// a date, or 7d/24h"). A date is midnight UTC, and as `--until` the whole
/// day; an age (`30m`, `24h`, `7d`, `2w`) counts back from the clock. For
/// `Until` the result is the first time *after* the range, since stored
/// times are whole seconds.
pub fn time_bound(flag: &str, text: &str, now: DateTime<Utc>, bound: Bound) -> Result<Timestamp> {
    let text = text.trim();
    let bad = |why: &str| {
        Error::usage(format!("{flag} {text}: {why}"))
            .with_hint("give an RFC 3339 time (2026-11-01T09:00:00Z), a date (2026-11-01) or an age (30m, 24h, 7d, 2w)")
    };
    let second = chrono::Duration::seconds(1);
    let (at, end) = if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        let t = t.with_timezone(&Utc);
        (t, t.checked_add_signed(second))
    } else if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        let t = day.and_time(chrono::NaiveTime::MIN).and_utc();
        (t, t.checked_add_signed(chrono::Duration::days(1)))
    } else if text.chars().last().is_some_and(|c| c.is_ascii_alphabetic()) {
        let age = crate::text::age(text).map_err(|e| match e {
            AgeError::Number => bad("an age is a whole number and a unit, e.g. 7d"),
            AgeError::Unit => bad("the unit of an age is s, m, h, d or w"),
            AgeError::TooLarge => bad("that is before the beginning of time"),
        })?;
        let t = now
            .checked_sub_signed(age)
            .ok_or_else(|| bad("that is before the beginning of time"))?;
        (t, t.checked_add_signed(second))
    } else {
        return Err(bad("not a time").into());
    };
    match bound {
        Bound::Since => Ok(Timestamp::from_utc(at)),
        Bound::Until => end
            .map(Timestamp::from_utc)
            .ok_or_else(|| bad("that is past the end of time").into()),
    }
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "orgctl")
}

/// The platform data directory, e.g. `~/.local/share/orgctl/orgctl.db`.
pub fn default_db_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("orgctl.db"))
}

/// The platform config directory, e.g. `~/.config/orgctl/config.toml`.
pub fn default_config_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config file. The default file is optional; one named with
/// `--config` or `ORGCTL_CONFIG` must exist.
fn read_config(path: &Path, named: bool) -> Result<ConfigFile> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => {
            return Ok(ConfigFile::default());
        }
        Err(e) => {
            return Err(Error::refused(format!(
                "cannot read the config file {}: {e}",
                path.display()
            ))
            .into());
        }
    };
    toml::from_str(&text).map_err(|e| {
        Error::refused(format!(
            "config file {}: {}",
            path.display(),
            e.to_string().trim_end()
        ))
        .with_hint("the keys are: actor, format, db, default_profile, [profile.NAME] db, format, actor, [registration] ttl_days, link_base, [transfer] ttl_days, [mail] from, lang, smtp, user, send, ca_file")
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_config(text: &str, given: GivenOptions) -> Result<Settings> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        Settings::resolve_with(
            GivenOptions {
                config: Some(path),
                ..given
            },
            |_| None,
        )
    }

    #[test]
    fn a_flag_beats_the_config_file() {
        let s = with_config(
            "actor = \"x@a.example\"\nformat = \"csv\"\ndb = \"/tmp/c.db\"",
            GivenOptions {
                actor: Some("y@a.example".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(s.actor.as_deref(), Some("y@a.example"));
        assert_eq!(s.format, Format::Csv);
        assert_eq!(s.db_path, PathBuf::from("/tmp/c.db"));
    }

    #[test]
    fn config_sections_are_read() {
        let s = with_config(
            "[registration]\nttl_days = 3\n[transfer]\nttl_days = 5\n[mail]\nlang = \"ja\"",
            GivenOptions::default(),
        )
        .unwrap();
        assert_eq!(s.registration_ttl_days, 3);
        assert_eq!(s.transfer_ttl_days, 5);
        assert_eq!(s.mail_lang, MailLang::Ja);
    }

    #[test]
    fn an_unknown_key_is_an_error_naming_it() {
        let err = with_config("colour = \"red\"", GivenOptions::default()).unwrap_err();
        let msg = format!("{err:#}");
        assert!(
            msg.contains("colour") && msg.contains("config.toml"),
            "{msg}"
        );
    }

    #[test]
    fn ttl_days_out_of_range_is_an_error_naming_the_key() {
        for bad in ["0", "3651", "4000000000"] {
            let err = with_config(
                &format!("[registration]\nttl_days = {bad}"),
                GivenOptions::default(),
            )
            .unwrap_err();
            assert!(
                format!("{err:#}").contains("registration.ttl_days"),
                "{bad}: {err:#}"
            );
        }
        assert!(
            expires_at(
                &Timestamp::parse("2026-01-01T00:00:00Z").unwrap(),
                MAX_TTL_DAYS
            )
            .is_ok()
        );
    }

    #[test]
    fn a_value_of_the_wrong_type_is_an_error() {
        let err =
            with_config("[transfer]\nttl_days = \"soon\"", GivenOptions::default()).unwrap_err();
        assert!(format!("{err:#}").contains("ttl_days"));
    }

    #[test]
    fn orgctl_now_replaces_the_clock() {
        let s = Settings::resolve_with(
            GivenOptions {
                db: Some("x.db".into()),
                config: Some("/nonexistent/but/unused.toml".into()),
                ..Default::default()
            },
            |k| (k == "ORGCTL_NOW").then(|| "2026-01-02T03:04:05+09:00".to_string()),
        );
        // A named config file that is missing is an error...
        assert!(s.is_err());
        let s = Settings::resolve_with(
            GivenOptions {
                db: Some("x.db".into()),
                ..Default::default()
            },
            |k| (k == "ORGCTL_NOW").then(|| "2026-01-02T03:04:05+09:00".to_string()),
        )
        .unwrap();
        // ...and the clock is stored in UTC.
        assert_eq!(s.now_text(), "2026-01-01T18:04:05Z");
    }

    const PROFILES: &str = "db = \"/tmp/top.db\"\nformat = \"csv\"\n\
        [profile.tokyo]\ndb = \"postgres://boss%40acme.example@db.tokyo.example/orgctl\"\nformat = \"json\"\n\
        [profile.osaka]\ndb = \"/tmp/osaka.db\"\n";

    #[test]
    fn a_profile_replaces_the_top_level_keys_and_flags_beat_it() {
        let s = with_config(
            PROFILES,
            GivenOptions {
                profile: Some("osaka".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(s.db_path, PathBuf::from("/tmp/osaka.db"));
        // osaka sets no format: the top-level one applies.
        assert_eq!(s.format, Format::Csv);
        assert_eq!(s.profile.as_deref(), Some("osaka"));
        let names: Vec<_> = s
            .profiles
            .iter()
            .map(|p| (p.name.as_str(), p.active))
            .collect();
        assert_eq!(names, [("osaka", true), ("tokyo", false)]);

        let s = with_config(
            PROFILES,
            GivenOptions {
                profile: Some("tokyo".into()),
                format: Some(Format::Table),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(s.format, Format::Table);
        assert!(s.db_path.to_string_lossy().starts_with("postgres://"));
    }

    #[test]
    fn default_profile_is_used_when_none_is_named() {
        let s = with_config(
            &format!("default_profile = \"osaka\"\n{PROFILES}"),
            GivenOptions::default(),
        )
        .unwrap();
        assert_eq!(s.db_path, PathBuf::from("/tmp/osaka.db"));
        let err = with_config(
            &format!("default_profile = \"kobe\"\n{PROFILES}"),
            GivenOptions::default(),
        )
        .unwrap_err();
        let e = crate::error::classify(&err);
        assert_eq!(e.kind, crate::error::ErrorKind::Refused);
        assert!(e.message.contains("default_profile"), "{}", e.message);
    }

    #[test]
    fn an_unknown_profile_is_a_usage_error_listing_the_known_ones() {
        let err = with_config(
            PROFILES,
            GivenOptions {
                profile: Some("kobe".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
        let e = crate::error::classify(&err);
        assert_eq!(e.kind, crate::error::ErrorKind::Usage);
        assert!(e.message.contains("`kobe`"), "{}", e.message);
        let hint = e.hint.unwrap_or_default();
        assert!(hint.contains("osaka, tokyo"), "{hint}");
    }

    #[test]
    fn a_password_in_a_config_file_is_refused_without_repeating_it() {
        for (text, key) in [
            ("db = \"postgres://boss:s3cret@db.example/orgctl\"", "db"),
            (
                "[profile.x]\ndb = \"postgresql://boss:s3cret@db.example:5432/orgctl\"",
                "profile.x.db",
            ),
            (
                "[profile.x]\ndb = \"postgres://db.example/orgctl?user=boss&password=s3cret\"",
                "profile.x.db",
            ),
            (
                "db = \"host=db.example user=boss password=s3cret dbname=orgctl\"",
                "db",
            ),
        ] {
            let err = with_config(text, GivenOptions::default()).unwrap_err();
            let e = crate::error::classify(&err);
            assert_eq!(e.kind, crate::error::ErrorKind::Refused, "{text}");
            assert!(e.message.contains(key), "{text}: {}", e.message);
            assert!(!e.message.contains("s3cret"), "{}", e.message);
            assert!(e.hint.unwrap_or_default().contains("PGPASSWORD"));
        }
        // A user name alone, or a percent-encoded '@' in it, is no password.
        for fine in [
            "db = \"postgres://boss%40acme.example@db.example/orgctl\"",
            "db = \"postgres://db.example/orgctl\"",
            "db = \"/home/me/pass:word@x.db\"",
        ] {
            assert!(with_config(fine, GivenOptions::default()).is_ok(), "{fine}");
        }
    }

    #[test]
    fn time_bounds_read_rfc3339_dates_and_ages() {
        let now = DateTime::parse_from_rfc3339("2026-11-10T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let b = |text: &str, bound| time_bound("--since", text, now, bound);
        assert_eq!(b("7d", Bound::Since).unwrap(), "2026-11-03T12:00:00Z");
        assert_eq!(b("24h", Bound::Until).unwrap(), "2026-11-09T12:00:01Z");
        assert_eq!(b("2w", Bound::Since).unwrap(), "2026-10-27T12:00:00Z");
        assert_eq!(
            b("2026-11-01", Bound::Since).unwrap(),
            "2026-11-01T00:00:00Z"
        );
        // As --until, a date is the whole day.
        assert_eq!(
            b("2026-11-01", Bound::Until).unwrap(),
            "2026-11-02T00:00:00Z"
        );
        assert_eq!(
            b("2026-11-01T09:00:00+09:00", Bound::Since).unwrap(),
            "2026-11-01T00:00:00Z"
        );
        for bad in [
            "",
            "yesterday",
            "7",
            "-3d",
            "7y",
            "2026-13-01",
            "99999999999999w",
        ] {
            let e = crate::error::classify(&b(bad, Bound::Since).unwrap_err());
            assert_eq!(e.kind, crate::error::ErrorKind::Usage, "{bad}");
            assert!(e.message.starts_with("--since"), "{}", e.message);
        }
    }
}
