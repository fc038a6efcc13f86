//! Flags, environment and the config file, resolved once into plain structs
//! (CLI.md "Global options"): flag, then environment, then config, then
//! default. The rest of the program never sees clap or the config file.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use clap::ValueEnum;
use serde::Deserialize;

use crate::error::{Error, Result};
pub use crate::mail::MailLang;

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
}

/// The global options as given on the command line (clap has already merged
/// in the environment variables).
#[derive(Debug, Clone, Default)]
pub struct GivenOptions {
    pub db: Option<PathBuf>,
    pub config: Option<PathBuf>,
    pub actor: Option<String>,
    pub format: Option<Format>,
    pub yes: bool,
    pub quiet: bool,
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
}

/// Everything a command needs to know about how it was asked to run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub db_path: PathBuf,
    pub actor: Option<String>,
    pub format: Format,
    pub yes: bool,
    pub quiet: bool,
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
        let busy_timeout = match env("ORGCTL_BUSY_TIMEOUT_MS") {
            Some(ms) => Some(Duration::from_millis(ms.trim().parse().map_err(|_| {
                Error::usage(format!(
                    "ORGCTL_BUSY_TIMEOUT_MS={ms} is not a number of milliseconds"
                ))
            })?)),
            None => None,
        };
        let db_path = match given.db.or(config.db) {
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
                let file = config_path
                    .as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                return Err(Error::refused(format!(
                    "config file {file}: {key} = {days} is out of range: give 1 to {MAX_TTL_DAYS} days"
                ))
                .into());
            }
        }
        Ok(Settings {
            db_path,
            actor: given.actor.or(config.actor),
            format: given.format.or(config.format).unwrap_or_default(),
            yes: given.yes,
            quiet: given.quiet,
            now_fixed: env("ORGCTL_NOW").is_some(),
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
    pub fn now_text(&self) -> String {
        timestamp(self.now)
    }
}

/// The longest a link or request may stay open (`ttl_days`): ten years,
/// which keeps every expiry a four-digit-year time that compares as text.
pub const MAX_TTL_DAYS: u32 = 3650;

/// When something made at `now` (a stored time) expires after `days`
/// (R7, T6).
pub fn expires_at(now: &str, days: u32) -> Result<String> {
    let now = DateTime::parse_from_rfc3339(now)
        .map_err(|e| Error::unexpected(format!("bad clock {now}: {e}")))?
        .with_timezone(&Utc);
    now.checked_add_signed(chrono::Duration::days(i64::from(days)))
        .map(timestamp)
        .ok_or_else(|| {
            Error::usage(format!("{days} days from {now} is past the end of time")).into()
        })
}

/// A time as the database stores it.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
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
        .with_hint("the keys are: actor, format, db, [registration] ttl_days, link_base, [transfer] ttl_days, [mail] from, lang")
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
        assert!(expires_at("2026-01-01T00:00:00Z", MAX_TTL_DAYS).is_ok());
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
}
