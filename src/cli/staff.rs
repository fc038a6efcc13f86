//! `orgctl staff ...`: the staff roster and its CSV (S1-S7).

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};

use super::{DryRun, Paging, choice};
use crate::model::StaffStatus;

/// The encoding of a staff CSV to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportEncoding {
    /// A BOM means UTF-8; else valid UTF-8 is UTF-8; else Shift_JIS
    Auto,
    /// UTF-8, with or without a BOM
    #[value(name = "utf-8")]
    Utf8,
    /// Shift_JIS as Windows writes it (CP932)
    #[value(name = "shift_jis")]
    ShiftJis,
}

/// The encoding of a staff CSV to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportEncoding {
    /// UTF-8, without a BOM
    #[value(name = "utf-8")]
    Utf8,
    /// Shift_JIS as Windows writes it (CP932)
    #[value(name = "shift_jis")]
    ShiftJis,
}

#[derive(Debug, Subcommand)]
pub enum StaffCmd {
    /// Import staff from a CSV file (S2-S6); every row is checked before anything is written
    #[command(
        long_about = "Import staff from a CSV file (S2-S6). Rows with an account ID or a Chatwork \
ID are tied to that account at once (method A); rows with a name and an e-mail only are sent a \
registration request with --invite (method B). Every row is checked first; by default one bad \
row means nothing is written (S5). Importing the same file twice changes nothing (S6).",
        after_long_help = "Examples:\n  orgctl --as boss@acme.example staff import staff.csv --org acme --dry-run\n  orgctl --as boss@acme.example staff import staff.csv --org acme --skip-invalid --rejects rejected.csv"
    )]
    Import {
        /// The CSV file, or `-` for standard input: headers name (名前, 氏名), email
        /// (メールアドレス), account_id (accountID, アカウントID, 識別ID), chatwork_id
        /// (chatworkID, チャットワークID); comma- or tab-separated
        file: PathBuf,
        /// The org whose roster is filled
        #[arg(long)]
        org: String,
        /// Send registration requests for rows with a name and e-mail only (method B)
        #[arg(long)]
        invite: bool,
        /// Write the good rows even when some are bad (exit 6 when any row was skipped)
        #[arg(long)]
        skip_invalid: bool,
        /// Write the rejected rows, with an `error` column, to this new file (mode 0600),
        /// put in place only when the import runs to its end
        #[arg(long, value_name = "FILE")]
        rejects: Option<PathBuf>,
        /// Let --rejects replace an existing file
        #[arg(long, requires = "rejects")]
        force: bool,
        /// Write the --rejects file in a dry run too
        #[arg(long, requires = "rejects")]
        write_rejects: bool,
        /// The file's encoding
        #[arg(long, value_enum, default_value = "auto")]
        encoding: ImportEncoding,
        #[command(flatten)]
        preview: DryRun,
    },
    /// List an org's staff roster with each entry's status
    List {
        #[command(flatten)]
        paging: Paging,
        /// The org
        #[arg(long)]
        org: String,
        /// Only the entries in this state
        #[arg(long, value_parser = choice::<StaffStatus>(StaffStatus::ALL))]
        status: Option<StaffStatus>,
    },
    /// Write an org's staff roster as CSV in the import format, to standard output
    Export {
        /// The org
        #[arg(long)]
        org: String,
        /// The encoding to write
        #[arg(long, value_enum, default_value = "utf-8")]
        encoding: ExportEncoding,
    },
}
