//! `orgctl transfer ...`: moving users between organizations (T1-T11).

use clap::{Subcommand, ValueEnum};

use super::{DryRun, Paging};

/// The states a transfer (or one of its users) can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TransferStatus {
    /// Waiting for the destination admin
    Pending,
    /// Moved to the destination
    Approved,
    /// Turned down by the destination admin
    Rejected,
    /// Withdrawn by the source admin
    Cancelled,
    /// Not decided in time (T6)
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
    #[command(
        long_about = "Ask the destination org's admin to take users (T6, the source admin). The \
preview shows the destination (org, plan, seats), every check of T1-T5, and what an approval \
would do on today's state (T11). The destination admin is e-mailed.",
        after_long_help = "Examples:\n  orgctl --as a-admin@a.example transfer request --from a --to-admin c-admin@c.example a1@a.example --dry-run\n  orgctl --as a-admin@a.example --yes transfer request --from a --to-admin c-admin@c.example a1@a.example a2@a.example"
    )]
    Request {
        /// The source org
        #[arg(long = "from", value_name = "ORG")]
        from: String,
        /// The destination org's admin, by e-mail
        #[arg(long, value_name = "EMAIL")]
        to_admin: String,
        /// The users to move: e-mails, account IDs or Chatwork IDs
        #[arg(required = true, value_name = "USER")]
        users: Vec<String>,
        #[command(flatten)]
        preview: DryRun,
    },
    /// List transfers, of one org or all
    List {
        #[command(flatten)]
        paging: Paging,
        /// Only transfers from or to this org
        #[arg(long)]
        org: Option<String>,
        /// Only transfers in this state
        #[arg(long, value_enum)]
        status: Option<TransferStatus>,
    },
    /// Show one transfer with its users
    Show {
        /// The transfer's ID
        id: i64,
    },
    /// Approve every pending user, or the ones named (the destination admin)
    #[command(
        long_about = "Approve every pending user of a transfer, or the ones named (T6, T7, the \
destination admin). Every check is made again against today's state, and the approval is \
all-or-nothing for the users it names.",
        after_long_help = "Examples:\n  orgctl --as c-admin@c.example transfer approve 1 --dry-run\n  orgctl --as c-admin@c.example --yes transfer approve 1 --user a1@a.example"
    )]
    Approve {
        /// The transfer's ID
        id: i64,
        /// A user to approve (repeatable); none: every pending user
        #[arg(long = "user", value_name = "USER")]
        users: Vec<String>,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Reject every pending user, or the ones named (the destination admin)
    Reject {
        /// The transfer's ID
        id: i64,
        /// A user to reject (repeatable); none: every pending user
        #[arg(long = "user", value_name = "USER")]
        users: Vec<String>,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Cancel a request's pending users (the source admin)
    Cancel {
        /// The transfer's ID
        id: i64,
        #[command(flatten)]
        preview: DryRun,
    },
}
