//! `orgctl org ...`: organizations, their settings and their admin.

use clap::Subcommand;

use super::{DryRun, OnOff, Paging, plan_choice};
use crate::model::OrgPlan;

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    /// Create an organization with its admin
    #[command(
        long_about = "Create an organization and its admin's account (a new account, active, with \
its My Chat). The admin uses one of the seats.",
        after_long_help = "Examples:\n  orgctl org create acme --name Acme --plan enterprise --seats 20 --admin-email boss@acme.example\n  orgctl org create kumo --name Kumo --plan business --seats 5 --admin-email ken@kumo.example --admin-name Ken --dry-run"
    )]
    Create {
        /// The slug: lower-case letters, digits and '-', at most 63 characters
        slug: String,
        /// The display name
        #[arg(long)]
        name: String,
        /// The contract plan; prohibited-acts settings need enterprise or kddi
        #[arg(long, value_parser = plan_choice(), value_name = "PLAN")]
        plan: OrgPlan,
        /// Licenses; the admin uses one
        #[arg(long, value_name = "N")]
        seats: u32,
        /// The admin's login e-mail
        #[arg(long, value_name = "EMAIL")]
        admin_email: String,
        /// The admin's name [default: the e-mail's local part]
        #[arg(long, value_name = "NAME")]
        admin_name: Option<String>,
        /// Read the admin's first password from standard input (one line); without it, it is asked on the terminal
        #[arg(long)]
        admin_password_stdin: bool,
        #[command(flatten)]
        preview: DryRun,
    },
    /// List organizations with their seats and settings
    List {
        #[command(flatten)]
        paging: Paging,
    },
    /// Show one organization
    Show {
        /// The org's slug
        org: String,
    },
    /// Change an organization's seats or prohibited-acts settings (C1)
    #[command(
        long_about = "Change an organization's seats or its prohibited-acts settings (enterprise and \
kddi). Turning prohibit-outside on applies the communication policy to every member (C1): \
contacts and chats with people the org may no longer talk to go, after a preview.",
        after_long_help = "Examples:\n  orgctl --as boss@acme.example org set acme --prohibit-outside on --dry-run\n  orgctl --as boss@acme.example org set acme --seats 30"
    )]
    Set {
        /// The org's slug
        org: String,
        /// Licenses; never below the seats used
        #[arg(long, value_name = "N")]
        seats: Option<u32>,
        /// Change the plan (a lower plan needs the settings it lacks off)
        #[arg(long, value_parser = plan_choice(), value_name = "PLAN")]
        plan: Option<OrgPlan>,
        /// Prohibit talking to users outside the org (enterprise, kddi); on breaks what it forbids (C1)
        #[arg(long, value_enum)]
        prohibit_outside: Option<OnOff>,
        /// Prohibit file sharing (enterprise, kddi); applies to uploads from then on (P4)
        #[arg(long, value_enum)]
        prohibit_file_sharing: Option<OnOff>,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Put OTHER on ORG's outside allow-list (ORG's users may talk to OTHER's)
    Allow {
        /// The org whose allow-list changes
        org: String,
        /// The org to allow
        other: String,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Take OTHER off ORG's outside allow-list; breaks what that forbids (C1)
    Disallow {
        /// The org whose allow-list changes
        org: String,
        /// The org to take off the list
        other: String,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Cancel the contract: delete every user and every file of the org (C3)
    #[command(
        after_long_help = "Examples:\n  orgctl --as boss@acme.example org cancel acme --dry-run\n  orgctl --as boss@acme.example --yes org cancel acme"
    )]
    Cancel {
        /// The org's slug
        org: String,
        #[command(flatten)]
        preview: DryRun,
    },
    /// Hand the admin role to another member; the old admin becomes user_admin (T4)
    #[command(
        long_about = "Hand the org's admin role to another active member; the old admin becomes a \
user_admin. There is exactly one admin per org (I1), so this asks for confirmation like other \
changes that cannot be undone by the one who makes them.",
        after_long_help = "Examples:\n  orgctl --as boss@acme.example org hand-over acme --to next@acme.example --dry-run"
    )]
    HandOver {
        /// The org's slug
        org: String,
        /// The new admin: an e-mail, account ID or Chatwork ID of a member
        #[arg(long, value_name = "USER")]
        to: String,
        #[command(flatten)]
        preview: DryRun,
    },
}
