//! The read-only inspection commands: contacts, chats, messages, files,
//! tasks, the outbox and the audit log.

use std::path::PathBuf;

use clap::Subcommand;

use super::Paging;

#[derive(Debug, Subcommand)]
pub enum ContactCmd {
    /// A user's contacts
    List {
        #[command(flatten)]
        paging: Paging,
        /// An e-mail, account ID or Chatwork ID
        user: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ChatCmd {
    /// List chats, or the chats of one user
    List {
        #[command(flatten)]
        paging: Paging,
        /// Only the chats this user is in (direct chats are named from this user's side)
        #[arg(long)]
        user: Option<String>,
    },
    /// Show one chat with its members
    Show {
        /// The chat's ID
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum MessageCmd {
    /// The messages of a chat
    List {
        #[command(flatten)]
        paging: Paging,
        /// The chat's ID
        #[arg(long, value_name = "ID")]
        chat: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum FileCmd {
    /// Files, of one chat or one uploader
    List {
        #[command(flatten)]
        paging: Paging,
        /// Only the files of this chat
        #[arg(long, value_name = "ID")]
        chat: Option<i64>,
        /// Only the files this user uploaded
        #[arg(long)]
        user: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TaskCmd {
    /// Tasks, of one chat or all
    List {
        #[command(flatten)]
        paging: Paging,
        /// Only the tasks of this chat
        #[arg(long, value_name = "ID")]
        chat: Option<i64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutboxCmd {
    /// The e-mails, with their delivery state (links only for the org's admins)
    List {
        #[command(flatten)]
        paging: Paging,
        /// Only the e-mails to this address
        #[arg(long, value_name = "EMAIL")]
        to: Option<String>,
        /// Only the messages in this state
        #[arg(long, value_enum)]
        status: Option<OutboxStatus>,
    },
    /// Write the messages as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool
    Export {
        /// The Maildir to write (created if missing)
        #[arg(long, value_name = "DIR")]
        maildir: PathBuf,
    },
    /// Deliver the unsent e-mails through the SMTP server of [mail] smtp
    Send {
        /// List what would be sent and connect to nothing
        #[arg(long)]
        dry_run: bool,
        /// Send at most N messages, oldest first
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Queue a message the server refused (failed) again, for the next send
    Retry {
        /// The outbox message's ID (`outbox list --status failed`)
        id: i64,
        #[command(flatten)]
        preview: super::DryRun,
    },
    /// Remove delivered e-mails (and the links in them) older than a duration
    Purge {
        /// Only delivered messages are purged; the flag says so explicitly
        #[arg(long, required = true)]
        sent: bool,
        /// How long ago they were delivered: e.g. 30d, 12h, 90m
        #[arg(long, value_name = "DURATION")]
        older_than: String,
        #[command(flatten)]
        preview: super::DryRun,
    },
}

/// The delivery state of an outbox message (issue 16).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutboxStatus {
    Unsent,
    Sent,
    Failed,
}

impl OutboxStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxStatus::Unsent => "unsent",
            OutboxStatus::Sent => "sent",
            OutboxStatus::Failed => "failed",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// The audit log, filtered by time, actor and action
    List {
        #[command(flatten)]
        paging: Paging,
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
