//! `orgctl fixture ...`: whole scenarios into an empty database.

use std::path::PathBuf;

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum FixtureCmd {
    /// Load a whole scenario (TOML) into an empty database
    #[command(
        long_about = "Load a whole scenario (TOML: [[org]], [[account]], [[contact]], [[group]], \
[[message]], [[file]], [[task]]; docs/cli.md \"Fixture format\") into an empty database. Every \
entry is checked, and a scenario that breaks an invariant (I1-I5, e.g. a contact P3 forbids) is \
refused with the reason (exit 3); nothing is loaded then.",
        after_long_help = "Examples:\n  orgctl --db /tmp/demo.db fixture load fixtures/demo.toml"
    )]
    Load {
        /// The scenario file (TOML)
        file: PathBuf,
    },
    /// Generate a synthetic world at scale into an empty database (deterministic for a seed)
    #[command(
        after_long_help = "Examples:\n  orgctl --db /tmp/big.db fixture generate --orgs 200 --users 200000 --seed 7"
    )]
    Generate {
        /// Organizations
        #[arg(long, default_value_t = 20, value_name = "N")]
        orgs: u32,
        /// Accounts, of which 5% are personal
        #[arg(long, default_value_t = 2000, value_name = "N")]
        users: u32,
        /// Group chats [default: users / 10]
        #[arg(long, value_name = "N")]
        groups: Option<u32>,
        /// Contacts, each with its direct chat [default: users * 2]
        #[arg(long, value_name = "N")]
        contacts: Option<u32>,
        /// Messages [default: users * 10]
        #[arg(long, value_name = "N")]
        messages: Option<u64>,
        /// Files [default: users / 2]
        #[arg(long, value_name = "N")]
        files: Option<u32>,
        /// Tasks [default: users / 4]
        #[arg(long, value_name = "N")]
        tasks: Option<u32>,
        /// The random seed: the same seed and sizes give the same world
        #[arg(long, default_value_t = 1, value_name = "N")]
        seed: u64,
    },
}
