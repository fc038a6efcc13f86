//! The command line as clap types, and nothing else: the contract of CLI.md.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::{AccountStatus, OrgPlan, RegistrationStatus};
use crate::settings::{Format, GivenOptions};

#[derive(Debug, Parser)]
#[command(
    name = "orgctl",
    version,
    about = "Administer a business-chat service: organizations, users, transfers, deletions and staff rosters",
    long_about = "orgctl is the administrator's tool for a business-chat service. Every command that \
changes state first computes a plan; --dry-run prints it and changes nothing, and the real run \
applies exactly that plan in one transaction.",
    after_help = "Exit codes: 0 done, 1 unexpected failure, 2 usage error, 3 refused by a rule or invalid input, \
4 not found, 5 needs confirmation (no terminal and no --yes), 6 partly done, 75 database locked (retry)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The database file [default: the platform data dir, e.g. ~/.local/share/orgctl/orgctl.db]
    #[arg(long, global = true, env = "ORGCTL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The config file [default: e.g. ~/.config/orgctl/config.toml, optional]
    #[arg(long, global = true, env = "ORGCTL_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// A [profile.NAME] section of the config file (its db, format, actor)
    #[arg(long, global = true, env = "ORGCTL_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,
    /// The administrator acting: an e-mail, account ID or Chatwork ID (recorded, not authenticated)
    #[arg(long = "as", global = true, env = "ORGCTL_AS", value_name = "USER")]
    pub actor: Option<String>,
    /// Output format [default: table]
    #[arg(long, global = true, env = "ORGCTL_FORMAT", value_enum)]
    pub format: Option<Format>,
    /// Do not ask for confirmation before destructive changes
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Print less: no summaries or hints
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
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
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create (or migrate) the database and do nothing else
    Init,
    /// Check the database: SQLite's integrity check and the invariants of SPEC §9
    Check,
    /// Load or generate whole scenarios
    #[command(subcommand)]
    Fixture(FixtureCmd),
    /// Organizations: create, inspect, settings, allow-lists, admin hand-over
    #[command(subcommand)]
    Org(OrgCmd),
    /// Users of organizations
    #[command(subcommand)]
    User(UserCmd),
    /// Move users between organizations: request, review, approve
    #[command(subcommand)]
    Transfer(TransferCmd),
    /// Registration requests: adding users by e-mail, and the invitee's acceptance
    #[command(subcommand)]
    Registration(RegistrationCmd),
    /// The staff roster: import from CSV, list, export (SPEC §8)
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
    /// E-mails orgctl has sent
    #[command(subcommand)]
    Outbox(OutboxCmd),
    /// The audit log of state-changing commands
    #[command(subcommand)]
    Audit(AuditCmd),
    /// The profiles of the config file ([profile.NAME] sections)
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum FixtureCmd {
    /// Load a whole scenario (TOML, CLI.md format) into an empty database
    Load { file: PathBuf },
    /// Generate a synthetic world at scale into an empty database (deterministic for a seed)
    Generate {
        /// Organizations
        #[arg(long, default_value_t = 20)]
        orgs: u32,
        /// Accounts, of which 5% are personal
        #[arg(long, default_value_t = 2000)]
        users: u32,
        /// Group chats [default: users / 10]
        #[arg(long)]
        groups: Option<u32>,
        /// Contacts, each with its direct chat [default: users * 2]
        #[arg(long)]
        contacts: Option<u32>,
        /// Messages [default: users * 10]
        #[arg(long)]
        messages: Option<u64>,
        /// Files [default: users / 2]
        #[arg(long)]
        files: Option<u32>,
        /// Tasks [default: users / 4]
        #[arg(long)]
        tasks: Option<u32>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// `on` or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
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
    Member,
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

fn parse_plan(s: &str) -> Result<OrgPlan, String> {
    if s == "free" {
        return Err(
            "`free` is the plan of personal accounts, not of organizations; use business, enterprise or kddi"
                .into(),
        );
    }
    s.parse()
}

fn parse_status(s: &str) -> Result<AccountStatus, String> {
    s.parse()
}

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    /// Create an organization with its admin
    Create {
        /// The slug: lower-case letters, digits and '-', at most 63
        slug: String,
        #[arg(long)]
        name: String,
        /// business, enterprise or kddi
        #[arg(long, value_parser = parse_plan)]
        plan: OrgPlan,
        /// Licenses; the admin uses one
        #[arg(long)]
        seats: u32,
        #[arg(long, value_name = "EMAIL")]
        admin_email: String,
        #[arg(long, value_name = "NAME")]
        admin_name: Option<String>,
    },
    /// List organizations
    List,
    /// Show one organization
    Show { org: String },
    /// Change an organization's seats or prohibited-acts settings
    Set {
        org: String,
        /// Licenses; never below the seats used
        #[arg(long)]
        seats: Option<u32>,
        /// Prohibit talking to users outside the org (enterprise, kddi); on breaks what it forbids (C1)
        #[arg(long, value_enum, value_name = "on|off")]
        prohibit_outside: Option<OnOff>,
        /// Prohibit file sharing (enterprise, kddi)
        #[arg(long, value_enum, value_name = "on|off")]
        prohibit_file_sharing: Option<OnOff>,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Put OTHER on ORG's outside allow-list (ORG's users may talk to OTHER's)
    Allow {
        org: String,
        other: String,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Take OTHER off ORG's outside allow-list; breaks what that forbids (C1)
    Disallow {
        org: String,
        other: String,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Cancel the contract: delete every user and every file of the org (C3)
    Cancel {
        org: String,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Hand the admin role to another member; the old admin becomes user_admin
    HandOver {
        org: String,
        #[arg(long, value_name = "USER")]
        to: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)
    Add {
        email: String,
        #[arg(long)]
        org: String,
        /// The new account's name [default: the e-mail's local part]
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_enum, default_value = "member")]
        role: AssignableRole,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// List accounts
    List {
        #[arg(long)]
        org: Option<String>,
        #[arg(long, value_parser = parse_status)]
        status: Option<AccountStatus>,
    },
    /// Show one account
    Show { user: String },
    /// Change a user's name, e-mail, Chatwork ID or role
    Set {
        user: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long, value_name = "ID", conflicts_with = "clear_chatwork_id")]
        chatwork_id: Option<String>,
        #[arg(long)]
        clear_chatwork_id: bool,
        #[arg(long, value_enum)]
        role: Option<AssignableRole>,
    },
    /// Change a user's security exemptions; turning one off breaks what it allowed (C1, C2)
    Security {
        user: String,
        /// The outside-communication prohibition does not apply to this user
        #[arg(long, value_enum, value_name = "on|off")]
        exempt_outside: Option<OnOff>,
        /// The file-sharing prohibition does not apply to this user
        #[arg(long, value_enum, value_name = "on|off")]
        exempt_file: Option<OnOff>,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Delete users, after an exact preview of what goes (D1-D9)
    Delete {
        #[arg(required = true, value_name = "USER")]
        users: Vec<String>,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
}

/// The states a transfer (or one of its users) can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TransferStatus {
    Pending,
    Approved,
    Rejected,
    Cancelled,
    Expired,
}

impl From<TransferStatus> for crate::model::TransferStatus {
    fn from(s: TransferStatus) -> Self {
        use crate::model::TransferStatus as T;
        match s {
            TransferStatus::Pending => T::Pending,
            TransferStatus::Approved => T::Approved,
            TransferStatus::Rejected => T::Rejected,
            TransferStatus::Cancelled => T::Cancelled,
            TransferStatus::Expired => T::Expired,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum TransferCmd {
    /// Ask the destination org's admin to take users (the source admin)
    Request {
        /// The source org
        #[arg(long = "from", value_name = "ORG")]
        from: String,
        /// The destination org's admin
        #[arg(long, value_name = "EMAIL")]
        to_admin: String,
        #[arg(required = true, value_name = "USER")]
        users: Vec<String>,
        /// Preview the checks and the impact and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// List transfers, of one org or all
    List {
        #[arg(long)]
        org: Option<String>,
        #[arg(long, value_enum)]
        status: Option<TransferStatus>,
    },
    /// Show one transfer with its users
    Show { id: i64 },
    /// Approve every pending user, or the ones named (the destination admin)
    Approve {
        id: i64,
        /// A user to approve (repeatable); none: every pending user
        #[arg(long = "user", value_name = "USER")]
        users: Vec<String>,
        /// Preview the checks and the impact and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Reject every pending user, or the ones named (the destination admin)
    Reject {
        id: i64,
        #[arg(long = "user", value_name = "USER")]
        users: Vec<String>,
    },
    /// Cancel a request's pending users (the source admin)
    Cancel { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum RegistrationCmd {
    /// List registration requests; a pending one past its expiry shows as expired
    List {
        #[arg(long)]
        org: Option<String>,
        #[arg(long, value_parser = parse_registration_status)]
        status: Option<RegistrationStatus>,
    },
    /// Send a request's e-mail again with a new link; the old link stops working (R7)
    Resend {
        id: i64,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Cancel a request; a new account that never logged in is removed (R7)
    Cancel {
        id: i64,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// The invitee's side: accept a request with the link's token and a password (no --as)
    Accept {
        /// The token from the e-mail's link (or the whole link)
        token: String,
        /// Read the password from standard input instead of asking on the terminal
        #[arg(long)]
        password_stdin: bool,
        /// Preview the plan (after checking the password) and change nothing
        #[arg(long)]
        dry_run: bool,
    },
}

fn parse_registration_status(s: &str) -> Result<RegistrationStatus, String> {
    s.parse()
}

/// The encoding of a staff CSV to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportEncoding {
    /// A BOM means UTF-8; else valid UTF-8 is UTF-8; else Shift_JIS
    Auto,
    #[value(name = "utf-8")]
    Utf8,
    /// Shift_JIS as Windows writes it (CP932)
    #[value(name = "shift_jis")]
    ShiftJis,
}

/// The encoding of a staff CSV to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportEncoding {
    #[value(name = "utf-8")]
    Utf8,
    /// Shift_JIS as Windows writes it (CP932)
    #[value(name = "shift_jis")]
    ShiftJis,
}

fn parse_staff_status(s: &str) -> Result<crate::model::StaffStatus, String> {
    s.parse()
}

#[derive(Debug, Subcommand)]
pub enum StaffCmd {
    /// Import staff from a CSV file (S2-S6); every row is checked before anything is written
    Import {
        /// The CSV file: headers name (名前, 氏名), email (メールアドレス), account_id
        /// (accountID, アカウントID, 識別ID), chatwork_id (chatworkID, チャットワークID)
        file: PathBuf,
        #[arg(long)]
        org: String,
        /// Send registration requests for rows with a name and e-mail only (method B)
        #[arg(long)]
        invite: bool,
        /// Write the good rows even when some are bad (exit 6 when any row was skipped)
        #[arg(long)]
        skip_invalid: bool,
        /// Write the rejected rows, with an `error` column, to this file (mode 0600)
        #[arg(long, value_name = "FILE")]
        rejects: Option<PathBuf>,
        /// The file's encoding
        #[arg(long, value_enum, default_value = "auto")]
        encoding: ImportEncoding,
        /// Check every row and report, and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// List an org's staff roster with each entry's status
    List {
        #[arg(long)]
        org: String,
        /// ready, awaiting_registration, unresolved or stale
        #[arg(long, value_parser = parse_staff_status)]
        status: Option<crate::model::StaffStatus>,
    },
    /// Write an org's staff roster as CSV in the import format, to standard output
    Export {
        #[arg(long)]
        org: String,
        #[arg(long, value_enum, default_value = "utf-8")]
        encoding: ExportEncoding,
    },
}

#[derive(Debug, Subcommand)]
pub enum ContactCmd {
    /// A user's contacts
    List { user: String },
}

#[derive(Debug, Subcommand)]
pub enum ChatCmd {
    /// List chats, or the chats of one user
    List {
        #[arg(long)]
        user: Option<String>,
    },
    /// Show one chat with its members
    Show { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum MessageCmd {
    /// The messages of a chat
    List {
        #[arg(long)]
        chat: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum FileCmd {
    /// Files, of one chat or one uploader
    List {
        #[arg(long)]
        chat: Option<i64>,
        #[arg(long)]
        user: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TaskCmd {
    /// Tasks, of one chat
    List {
        #[arg(long)]
        chat: Option<i64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutboxCmd {
    /// The e-mails sent, to one address or all
    List {
        #[arg(long, value_name = "EMAIL")]
        to: Option<String>,
    },
    /// Write every message as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool
    Export {
        #[arg(long, value_name = "DIR")]
        maildir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// The audit log, filtered by time, actor and action
    List {
        /// From this time on: RFC 3339, a date (YYYY-MM-DD, UTC) or an age (30m, 24h, 7d, 2w)
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Up to this time: RFC 3339, a date (the whole day, UTC) or an age (24h = until a day ago)
        #[arg(long, value_name = "TIME")]
        until: Option<String>,
        /// Only what this administrator did: an e-mail, account ID or Chatwork ID
        // Its own id: `actor` is the global `--as`, which clap would copy in.
        #[arg(long = "actor", id = "audit_actor", value_name = "USER")]
        actor: Option<String>,
        /// Only this action (user.delete) or group of actions (user)
        #[arg(long, value_name = "KIND")]
        action: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// The [profile.NAME] sections of the config file; the one in use is marked active
    List,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_cli_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
