//! `orgctl login ...` (issue 14): PostgreSQL logins for org admins.

use clap::Subcommand;

/// Logins exist only on a PostgreSQL server (issue 14); on an SQLite file
/// these commands exit 2.
#[derive(Debug, Subcommand)]
pub enum LoginCmd {
    /// Create a login role for an org admin or user_admin (password asked, never in argv)
    Create {
        /// The account's e-mail; it is also the login's role name
        email: String,
        /// Read the password from standard input instead of asking on the terminal
        #[arg(long)]
        password_stdin: bool,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// The logins and the accounts they act as
    List,
    /// Drop an account's login role
    Drop {
        /// The account's e-mail (its login is dropped, even when the account was deleted)
        email: String,
        /// Preview the plan and change nothing
        #[arg(long)]
        dry_run: bool,
    },
}
