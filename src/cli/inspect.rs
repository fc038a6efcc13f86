//! The read-only inspection commands: contacts, chats, messages, files,
//! tasks, the outbox and the audit log.

use std::path::PathBuf;

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ContactCmd {
    /// A user's contacts
    List {
        /// An e-mail, account ID or Chatwork ID
        user: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ChatCmd {
    /// List chats, or the chats of one user
    List {
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
        /// The chat's ID
        #[arg(long, value_name = "ID")]
        chat: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum FileCmd {
    /// Files, of one chat or one uploader
    List {
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
        /// Only the tasks of this chat
        #[arg(long, value_name = "ID")]
        chat: Option<i64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutboxCmd {
    /// The e-mails written, to one address or all
    List {
        /// Only the e-mails to this address
        #[arg(long, value_name = "EMAIL")]
        to: Option<String>,
    },
    /// Write every message as a Maildir (DIR/tmp, DIR/new, DIR/cur) for any mail tool
    Export {
        /// The Maildir to write (created if missing)
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
