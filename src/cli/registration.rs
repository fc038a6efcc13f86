//! `orgctl registration ...`: registration requests (R1-R9).

use clap::Subcommand;

use super::{DryRun, Paging, choice};
use crate::model::RegistrationStatus;

#[derive(Debug, Subcommand)]
pub enum RegistrationCmd {
    /// List registration requests; a pending one past its expiry shows as expired
    List {
        #[command(flatten)]
        paging: Paging,
        /// Only the requests of this org
        #[arg(long)]
        org: Option<String>,
        /// Only the requests in this state
        #[arg(long, value_parser = choice::<RegistrationStatus>(RegistrationStatus::ALL))]
        status: Option<RegistrationStatus>,
    },
    /// Send a request's e-mail again with a new link; the old link stops working (R7)
    Resend {
        /// The request's ID (see `registration list`)
        id: i64,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Cancel a request; a new account that never logged in is removed (R7)
    Cancel {
        /// The request's ID (see `registration list`)
        id: i64,
        #[command(flatten)]
        preview: DryRun,
    },
    /// The invitee's side: accept a request with the link's token and a password (no --as)
    #[command(
        long_about = "The invitee's side (R2, R3): accept a registration request with the token of \
the e-mail's link. A new account chooses its password; an existing account proves itself with \
its current password and is shown what changes (the plan switch, the data that comes along, \
what the org's policy would break, R8) before it confirms.",
        after_long_help = "Examples:\n  orgctl registration accept 'https://chat.example.com/register?token=...'\n  printf '%s\\n' \"$PASSWORD\" | orgctl --yes registration accept TOKEN --password-stdin"
    )]
    Accept {
        /// The token from the e-mail's link (or the whole link); `-` reads it
        /// from standard input, and without it it is asked for on the terminal
        /// (argv is visible to other users in `ps`)
        token: Option<String>,
        /// Read the token from the first line of standard input (with
        /// --password-stdin, the password is the second line)
        #[arg(long, conflicts_with = "token")]
        token_stdin: bool,
        /// Read the password from standard input instead of asking on the terminal
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        preview: DryRun,
    },
}
