//! The command line as clap types, and nothing else: the contract of
//! docs/cli.md. One file per command group, named like its runner in
//! `commands/`; the options every group shares (the global options, the
//! dry-run flags, `on|off`, the assignable roles) live here.

mod fixture;
mod inspect;
mod login;
mod org;
mod registration;
mod staff;
mod transfer;
mod user;

use std::path::PathBuf;
use std::str::FromStr;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

pub use fixture::FixtureCmd;
pub use inspect::{
    AuditCmd, ChatCmd, ContactCmd, FileCmd, MessageCmd, OutboxCmd, ProfileCmd, TaskCmd,
};
pub use login::LoginCmd;
pub use org::OrgCmd;
pub use registration::RegistrationCmd;
pub use staff::{ExportEncoding, ImportEncoding, StaffCmd};
pub use transfer::{TransferCmd, TransferStatus};
pub use user::UserCmd;

use crate::settings::{Format, GivenOptions};

/// The exit code of a dry run given `--exit-code` whose plan would change
/// something (docs/cli.md "Exit codes"); such a run that would change
/// nothing exits 0. Kept with the exit statuses in `error`.
pub use crate::error::EXIT_WOULD_CHANGE;

const AFTER_HELP: &str = "\
Exit codes: 0 done, 1 unexpected failure, 2 usage error, 3 refused by a rule or invalid input, \
4 not found, 5 needs confirmation (no terminal and no --yes), 6 partly done, \
10 a dry run with --exit-code would change something, 75 database locked (retry).

Rules are cited by number ([T4], [D6], ...): docs/rules.md in the source tree lists them. \
The whole command-line reference is docs/cli.md, and `man orgctl` (man/ in the source tree).";

const AFTER_LONG_HELP: &str = "\
Examples:
  orgctl init
  orgctl fixture load fixtures/demo.toml
  orgctl org create acme --name Acme --plan enterprise --seats 20 --admin-email boss@acme.example
  orgctl --as boss@acme.example user add new@acme.example --org acme
  orgctl --as boss@acme.example user delete ex@acme.example --dry-run
  orgctl --as boss@acme.example --yes user delete ex@acme.example
  orgctl --format json user list --org acme

Previews and confirmation: every command that changes state takes --dry-run, which prints the \
plan and changes nothing. A plan that deletes, removes, revokes, moves, closes or hands over \
something asks for confirmation on a terminal; without a terminal it needs --yes (else exit 5). \
Other changes apply at once.

Exit codes: 0 done, 1 unexpected failure, 2 usage error, 3 refused by a rule or invalid input, \
4 not found, 5 needs confirmation (no terminal and no --yes), 6 partly done, \
10 a dry run with --exit-code would change something, 75 database locked (retry).

Rules are cited by number ([T4], [D6], ...): docs/rules.md in the source tree lists them. \
The whole command-line reference is docs/cli.md, and `man orgctl` (man/ in the source tree).";

#[derive(Debug, Parser)]
#[command(
    name = "orgctl",
    version,
    about = "Administer a business-chat service: organizations, users, transfers, deletions and staff rosters",
    long_about = "orgctl is the administrator's tool for a business-chat service. Every command that \
changes state first computes a plan; --dry-run prints it and changes nothing, and the real run \
applies exactly that plan in one transaction.",
    after_help = AFTER_HELP,
    after_long_help = AFTER_LONG_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The options every command takes (docs/cli.md "Global options"): flag,
/// then environment, then config file, then default.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]
    #[arg(long, global = true, env = "ORGCTL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The config file (TOML) [default: e.g. ~/.config/orgctl/config.toml, optional]
    #[arg(long, global = true, env = "ORGCTL_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// A [profile.NAME] section of the config file (its db, format, actor)
    #[arg(long, global = true, env = "ORGCTL_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,
    /// The administrator acting: an e-mail, account ID or Chatwork ID (recorded in the audit log, not authenticated)
    #[arg(long = "as", global = true, env = "ORGCTL_AS", value_name = "USER")]
    pub actor: Option<String>,
    /// Output format: a table for people, JSON or CSV for scripts [default: table]
    #[arg(
        long,
        global = true,
        env = "ORGCTL_FORMAT",
        value_enum,
        value_name = "FORMAT"
    )]
    pub format: Option<Format>,
    /// Do not ask before destructive changes (needed without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Print only the result: no notes, summaries, hints or progress (errors still go to stderr)
    #[arg(short = 'q', long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say what orgctl does on stderr: settings used, database opened, timing
    #[arg(short = 'v', long, global = true)]
    pub verbose: bool,
}

impl GlobalArgs {
    pub fn given(&self) -> GivenOptions {
        GivenOptions {
            db: self.db.clone(),
            config: self.config.clone(),
            profile: self.profile.clone(),
            actor: self.actor.clone(),
            format: self.format,
            yes: self.yes,
            quiet: self.quiet,
            verbose: self.verbose,
        }
    }
}

/// How much of a list to print (docs/cli.md: list commands take `--limit N`).
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Paging {
    /// Print at most N records (the first N in the list's order)
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// The preview flags every state-changing command takes, so that they mean
/// the same everywhere (docs/cli.md "Previews and confirmation").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Args)]
pub struct DryRun {
    /// Print the plan (every effect, blocker and warning) and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 10 when the plan would change something, 0 when it would change nothing
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
}

impl From<bool> for DryRun {
    /// A plain dry run, as callers without `--exit-code` ask for it.
    fn from(dry_run: bool) -> DryRun {
        DryRun {
            dry_run,
            exit_code: false,
        }
    }
}

impl DryRun {
    /// The exit code of a dry run without blockers: 0, or with
    /// `--exit-code` 10 when something would change.
    pub fn exit_status(self, would_change: bool) -> crate::error::ExitStatus {
        if self.dry_run && self.exit_code && would_change {
            crate::error::ExitStatus::WouldChange
        } else {
            crate::error::ExitStatus::Success
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create (or migrate) the database and do nothing else
    #[command(
        long_about = "Create the database (mode 0600) if it does not exist, and migrate it to this \
version's schema. Every other command that writes does this too; the read-only commands refuse a \
database that does not exist (exit 4)."
    )]
    Init,
    /// Check the database: the file's integrity and the invariants I1-I5
    #[command(
        long_about = "Check the database: SQLite's integrity check, then the invariants I1-I5 \
(one admin per org, seats, the communication policy, chat admins, direct chats). Each violation \
is printed with its rule and what to do about it; any violation exits 3.",
        after_long_help = "Examples:\n  orgctl check\n  orgctl --format json check | jq '.violations[]'"
    )]
    Check,
    /// Load or generate whole scenarios into an empty database
    #[command(subcommand)]
    Fixture(FixtureCmd),
    /// Organizations: create, inspect, settings, allow-lists, admin hand-over, cancel
    #[command(subcommand)]
    Org(OrgCmd),
    /// Users of organizations: add, list, show, change, exemptions, delete
    #[command(subcommand)]
    User(UserCmd),
    /// Move users between organizations: request, review, approve, reject, cancel (T1-T11)
    #[command(subcommand)]
    Transfer(TransferCmd),
    /// Registration requests: adding users by e-mail, and the invitee's acceptance (R1-R9)
    #[command(subcommand)]
    Registration(RegistrationCmd),
    /// The staff roster: import from CSV, list, export (S1-S7)
    #[command(subcommand)]
    Staff(StaffCmd),
    /// A user's contacts
    #[command(subcommand)]
    Contact(ContactCmd),
    /// Chats and their members
    #[command(subcommand)]
    Chat(ChatCmd),
    /// Messages of a chat
    #[command(subcommand)]
    Message(MessageCmd),
    /// Files in chats
    #[command(subcommand)]
    File(FileCmd),
    /// Tasks in chats
    #[command(subcommand)]
    Task(TaskCmd),
    /// E-mails orgctl has written (registration links, transfer requests)
    #[command(subcommand)]
    Outbox(OutboxCmd),
    /// The audit log of state-changing commands
    #[command(subcommand)]
    Audit(AuditCmd),
    /// PostgreSQL logins for org admins (the owner of the database manages them)
    #[command(subcommand)]
    Login(LoginCmd),
    /// The profiles of the config file ([profile.NAME] sections)
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// Write the man pages (orgctl.1, orgctl-user-delete.1, ...) into DIR
    #[command(hide = true)]
    Manpages {
        /// The directory to write the pages into (created if missing)
        dir: PathBuf,
    },
    /// Print a shell completion script to standard output
    #[command(
        after_long_help = "Examples:\n  orgctl completions bash > ~/.local/share/bash-completion/completions/orgctl\n  orgctl completions zsh > ~/.zfunc/_orgctl"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// `on` or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    /// Turn the setting on
    On,
    /// Turn the setting off
    Off,
}

impl OnOff {
    pub fn is_on(self) -> bool {
        self == OnOff::On
    }
}

/// The roles `user add` and `user set` may give; `admin` moves only by
/// `org hand-over`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AssignableRole {
    /// An ordinary member of the org
    Member,
    /// May add, change and delete the org's users (not its settings)
    #[value(name = "user_admin")]
    UserAdmin,
}

impl From<AssignableRole> for crate::model::Role {
    fn from(r: AssignableRole) -> Self {
        match r {
            AssignableRole::Member => crate::model::Role::Member,
            AssignableRole::UserAdmin => crate::model::Role::UserAdmin,
        }
    }
}

/// A parser for one of the model's text enums that lists its values in the
/// help and the completions, and reports a wrong one with the list.
fn choice<T>(values: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: FromStr<Err = String> + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(values).try_map(|s| s.parse::<T>())
}

/// The org plans; `free` is accepted by the parser only to say why it is
/// not an org plan (it is the plan of personal accounts).
fn plan_choice() -> impl TypedValueParser<Value = crate::model::OrgPlan> {
    let values = crate::model::OrgPlan::ALL
        .iter()
        .map(|v| PossibleValue::new(*v))
        .chain([PossibleValue::new("free").hide(true)]);
    PossibleValuesParser::new(values).try_map(|s| {
        if s == "free" {
            return Err(
                "`free` is the plan of personal accounts, not of organizations; use business, enterprise or kddi"
                    .to_string(),
            );
        }
        s.parse::<crate::model::OrgPlan>()
    })
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::Cli;

    #[test]
    fn the_cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// Every argument and flag of every command has a description.
    #[test]
    fn every_argument_is_described() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            if cmd.get_about().is_none() && !cmd.is_hide_set() {
                missing.push(format!("{path} (the command)"));
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" || arg.is_hide_set() {
                    continue;
                }
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {id}"));
                }
            }
            for sub in cmd.get_subcommands() {
                if sub.get_name() == "help" {
                    continue;
                }
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "orgctl", &mut missing);
        assert!(missing.is_empty(), "undescribed: {missing:#?}");
    }

    /// Every command that changes state previews with --dry-run (17.5).
    #[test]
    fn every_state_changing_command_has_dry_run() {
        let readonly = [
            "init",
            "check",
            "completions",
            "list",
            "show",
            "export",
            "load",
            "generate",
            "manpages",
        ];
        fn walk(cmd: &clap::Command, path: &str, readonly: &[&str], missing: &mut Vec<String>) {
            let subs: Vec<_> = cmd
                .get_subcommands()
                .filter(|s| s.get_name() != "help")
                .collect();
            if subs.is_empty() {
                if !readonly.contains(&cmd.get_name())
                    && !cmd.get_arguments().any(|a| a.get_id() == "dry_run")
                {
                    missing.push(path.to_string());
                }
                return;
            }
            for sub in subs {
                walk(
                    sub,
                    &format!("{path} {}", sub.get_name()),
                    readonly,
                    missing,
                );
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "orgctl", &readonly, &mut missing);
        assert!(missing.is_empty(), "no --dry-run: {missing:?}");
    }

    #[test]
    fn exit_code_needs_dry_run() {
        let parsed = Cli::try_parse_from(["orgctl", "org", "cancel", "a", "--exit-code"]);
        assert!(parsed.is_err());
        assert!(
            Cli::try_parse_from(["orgctl", "org", "cancel", "a", "--dry-run", "--exit-code"])
                .is_ok()
        );
    }

    #[test]
    fn free_is_refused_as_an_org_plan_with_the_reason() {
        let err = Cli::try_parse_from([
            "orgctl",
            "org",
            "create",
            "x",
            "--name",
            "X",
            "--plan",
            "free",
            "--seats",
            "1",
            "--admin-email",
            "a@x.example",
        ])
        .unwrap_err()
        .to_string();
        assert!(err.contains("personal accounts"), "{err}");
    }
}
