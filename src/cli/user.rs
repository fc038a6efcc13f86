//! `orgctl user ...`: the users of organizations.

use std::path::PathBuf;

use clap::Subcommand;

use super::{AssignableRole, DryRun, OnOff, Paging, choice};
use crate::model::AccountStatus;

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Add a user by e-mail: a new account, or a registration request to an existing one (R1-R6)
    #[command(
        long_about = "Add a user by e-mail (R1-R6). An e-mail no account uses gets a new account, \
pending its first login, and an e-mail with a one-time link (R2). An existing personal account \
(or the admin of a one-person org) gets a registration request it accepts with its own password \
(R3, R4). Either way the request holds a seat until it is accepted, cancelled or expires.",
        after_long_help = "Examples:\n  orgctl --as boss@acme.example user add new@acme.example --org acme --name \"New Person\"\n  orgctl --as boss@acme.example user add free@mail.example --org acme --role user_admin --dry-run"
    )]
    Add {
        /// The user's e-mail
        email: String,
        /// The org to add the user to
        #[arg(long)]
        org: String,
        /// The new account's name [default: the e-mail's local part]
        #[arg(long)]
        name: Option<String>,
        /// The role in the org
        #[arg(long, value_enum, default_value = "member")]
        role: AssignableRole,
        /// Exempt the invitee from the org's outside-communication prohibition, so that joining breaks none of its contacts and chats (R8)
        #[arg(long, value_enum)]
        exempt_outside: Option<OnOff>,
        /// Exempt the invitee from the org's file-sharing prohibition (R8)
        #[arg(long, value_enum)]
        exempt_file: Option<OnOff>,
        #[command(flatten)]
        preview: DryRun,
    },
    /// List accounts, of one org or all
    #[command(
        after_long_help = "Examples:\n  orgctl user list --org acme\n  orgctl --format csv user list --org acme > acme-users.csv"
    )]
    List {
        #[command(flatten)]
        paging: Paging,
        /// Only the accounts of this org
        #[arg(long)]
        org: Option<String>,
        /// Only the accounts in this state
        #[arg(long, value_parser = choice::<AccountStatus>(AccountStatus::ALL))]
        status: Option<AccountStatus>,
    },
    /// Show one account
    Show {
        /// An e-mail, account ID or Chatwork ID
        user: String,
    },
    /// Change a user's name, e-mail or role; the Chatwork ID only by the user itself (S1)
    #[command(
        after_long_help = "Examples:\n  orgctl --as boss@acme.example user set taro@acme.example --name \"Taro Yamada\"\n  orgctl --as boss@acme.example user set taro@acme.example --role user_admin --dry-run"
    )]
    Set {
        /// An e-mail, account ID or Chatwork ID
        user: String,
        /// The new name
        #[arg(long)]
        name: Option<String>,
        /// The new login e-mail (R9)
        #[arg(long)]
        email: Option<String>,
        /// The new Chatwork ID (letters, digits, '_' and '-')
        #[arg(long, value_name = "ID", conflicts_with = "clear_chatwork_id")]
        chatwork_id: Option<String>,
        /// Unset the Chatwork ID
        #[arg(long)]
        clear_chatwork_id: bool,
        /// The new role in the org (the admin role moves only by `org hand-over`)
        #[arg(long, value_enum)]
        role: Option<AssignableRole>,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Change a user's security exemptions; turning one off breaks what it allowed (C1, C2)
    Security {
        /// An e-mail, account ID or Chatwork ID
        user: String,
        /// The outside-communication prohibition does not apply to this user
        #[arg(long, value_enum)]
        exempt_outside: Option<OnOff>,
        /// The file-sharing prohibition does not apply to this user
        #[arg(long, value_enum)]
        exempt_file: Option<OnOff>,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Set or reset a user's password: an admin or user_admin of its org, or the user itself
    #[command(
        after_long_help = "Examples:\n  orgctl --as boss@acme.example user password taro@acme.example\n  orgctl --as boss@acme.example user password taro@acme.example --password-stdin < new-password.txt"
    )]
    Password {
        /// An e-mail, account ID or Chatwork ID
        user: String,
        /// Read the new password from standard input (one line) instead of asking on the terminal
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Delete users, after an exact preview of what goes (D1-D9)
    #[command(
        long_about = "Delete users (D1-D9): each is logged out everywhere and cannot be restored; \
its chats, files and tasks go by L1-L6. The preview (--dry-run) lists every effect and the real \
run does exactly that. Users come from the arguments, from --from FILE, or both.",
        after_long_help = "Examples:\n  orgctl --as boss@acme.example user delete ex@acme.example --dry-run\n  orgctl --as boss@acme.example --yes user delete ex1@acme.example 1042\n  orgctl --as boss@acme.example --yes user delete --from leavers.txt\n  orgctl --format csv user list --org acme --status pending_first_login | orgctl --as boss@acme.example user delete --from - --dry-run"
    )]
    Delete {
        /// The users: e-mails, account IDs or Chatwork IDs
        #[arg(value_name = "USER", required_unless_present = "from")]
        users: Vec<String>,
        /// Read more users from FILE ('-' for standard input): one e-mail or account ID a line, or the CSV `user list --format csv` writes
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
        #[command(flatten)]
        preview: DryRun,
    },
}
