//! Plans as a report a person can act on, as JSON (CLI.md "the plan"), or
//! as CSV (one row per effect).

use std::collections::BTreeMap;

use comfy_table::{ContentArrangement, Table, presets};

use super::{csv_text, out};
use crate::error::Result;
use crate::plan::{Effect, OrgSetting, Plan};
use crate::settings::Format;

/// A size as a person reads it.
fn size(bytes: i64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// One effect as a sentence.
pub fn describe(effect: &Effect) -> String {
    match effect {
        Effect::OrgCreated {
            org,
            name,
            plan,
            seats,
        } => format!("create org {org} \"{name}\" on the {plan} plan with {seats} seats"),
        Effect::AccountCreated {
            account,
            account_id,
            org,
            role,
            status,
            ..
        } => match (org, role) {
            (Some(org), Some(role)) => {
                format!("create account {account_id} {account} as {role} of {org} ({status})")
            }
            _ => format!("create personal account {account_id} {account} ({status})"),
        },
        Effect::AccountDeleted { account, .. } => {
            format!("delete {account}: logged out everywhere, cannot log in or be restored")
        }
        Effect::AccountUpdated {
            account,
            field,
            from,
            to,
            ..
        } => format!(
            "{account}: {field} {} → {}",
            from.as_deref().unwrap_or("(none)"),
            to.as_deref().unwrap_or("(none)")
        ),
        Effect::RoleChanged {
            account,
            org,
            from,
            to,
            ..
        } => format!("{account}: role in {org} {from} → {to}"),
        Effect::OrgChanged {
            account,
            from,
            to,
            role,
            ..
        } => format!(
            "{account} moves from {} to {to} as {role}",
            from.as_deref().unwrap_or("a personal account")
        ),
        Effect::OrgClosed { org } => format!("close org {org}: its billing stops"),
        Effect::OrgCancelled { org } => format!("cancel org {org}'s contract"),
        Effect::SettingChanged { org, change } => {
            let setting = change.name();
            match change {
                OrgSetting::Allow(slugs) if slugs.is_empty() => {
                    format!("{org}: {setting} → (empty)")
                }
                OrgSetting::Allow(slugs) => format!("{org}: {setting} → {}", slugs.join(", ")),
                OrgSetting::Seats(n) => format!("{org}: {setting} → {n}"),
                OrgSetting::ProhibitOutside(on) | OrgSetting::ProhibitFileSharing(on) => {
                    format!("{org}: {setting} → {}", if *on { "yes" } else { "no" })
                }
            }
        }
        Effect::ContactRemoved {
            account,
            other,
            rule,
            reason,
            fix,
            ..
        } => {
            let mut s = format!("{account} and {other} are no longer contacts [{rule}: {reason}]");
            if let Some(fix) = fix {
                s.push_str(&format!("; to keep it: {fix}"));
            }
            s
        }
        Effect::ChatLeft {
            account,
            chat_id,
            chat_name,
            kind,
            rule,
            reason,
            fix,
            ..
        } => {
            let mut s = format!("{account} leaves {kind} chat {chat_id} \"{chat_name}\" [{rule}]");
            if let Some(r) = reason {
                s.push_str(&format!(": {r}"));
            }
            if let Some(fix) = fix {
                s.push_str(&format!("; to keep it: {fix}"));
            }
            s
        }
        Effect::ChatDeleted {
            chat_id,
            chat_name,
            kind,
            reason,
        } => {
            format!("delete {kind} chat {chat_id} \"{chat_name}\" with everything in it: {reason}")
        }
        Effect::ChatAdminGranted {
            account, chat_id, ..
        } => format!("{account} becomes an admin of chat {chat_id} [L4]"),
        Effect::FileReowned {
            file_name,
            chat_id,
            org,
            size: bytes,
            ..
        } => format!(
            "file \"{file_name}\" ({}) in chat {chat_id} becomes owned by org {org} [L2]",
            size(*bytes)
        ),
        Effect::FileDeleted {
            file_name,
            chat_id,
            size: bytes,
            ..
        } => format!(
            "delete file \"{file_name}\" ({}) in chat {chat_id}",
            size(*bytes)
        ),
        Effect::TaskDeleted {
            task_id,
            chat_id,
            body,
        } => format!("delete task {task_id} \"{body}\" in chat {chat_id} [L3]"),
        Effect::TaskRequesterCancelled { task_id, chat_id } => {
            format!(
                "task {task_id} in chat {chat_id} keeps its requester, shown as \"(Cancelled)\" [L3]"
            )
        }
        Effect::MessagesMarkedCancelled { account, count } => {
            format!("{count} messages of {account} show the sender as \"NAME (Cancelled)\" [D3]")
        }
        Effect::ApiTokenRevoked { account, .. } => format!("revoke {account}'s API token"),
        Effect::TeamsCleared { account, .. } => format!("clear {account}'s team memberships"),
        Effect::EmailQueued { to, subject, .. } => format!("e-mail {to}: \"{subject}\""),
        Effect::TransferRequested {
            transfer_id,
            from,
            to,
            to_admin,
            users,
            expires_at,
            ..
        } => format!(
            "record transfer request {transfer_id} of {} from {from} to {to}, for {to_admin} to approve by {expires_at}",
            users.join(", ")
        ),
        Effect::TransferDecided {
            transfer_id,
            account,
            status,
            ..
        } => format!("transfer {transfer_id}: {account} is {status}"),
        Effect::ExemptionSet {
            account,
            setting,
            value,
            ..
        } => format!(
            "{account}: {setting} → {}",
            if *value { "on" } else { "off" }
        ),
        Effect::RegistrationRequested {
            account,
            org,
            registration_id,
            new_account,
            role,
            expires_at,
            ..
        } => {
            let kind = if *new_account {
                "new account"
            } else {
                "existing account"
            };
            format!(
                "registration request #{registration_id} to {account} ({kind}) to join {org} as {role}; holds a seat until it is accepted, cancelled or expires at {expires_at}"
            )
        }
        Effect::RegistrationLinkSent {
            account,
            registration_id,
            lang,
            subject,
            link_base,
            expires_at,
            ..
        } => format!(
            "e-mail {account} \"{subject}\" ({}) with a new one-time link {link_base}?token=… for request #{registration_id}, valid until {expires_at}; any earlier link stops working [R7]",
            serde_json::to_value(lang)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        ),
        Effect::RegistrationCancelled {
            account,
            registration_id,
            org,
            ..
        } => format!(
            "cancel registration request #{registration_id} to {account} for {org}; its link stops working [R7]"
        ),
        Effect::AccountRemoved { account, .. } => format!(
            "remove the pending account {account}, which never logged in; its e-mail and seat are free again [R7]"
        ),
        Effect::PasswordSet { account, .. } => {
            format!("{account} sets its password (stored as an Argon2id hash) [R2]")
        }
        Effect::AccountActivated { account, .. } => {
            format!("{account}: pending_first_login → active [R2]")
        }
        Effect::RegistrationAccepted {
            account,
            registration_id,
            org,
            from_plan,
            to_plan,
            carries_over,
            new_account,
        } => {
            if *new_account {
                format!(
                    "{account} accepts registration request #{registration_id} and starts using {org} [R2]"
                )
            } else {
                format!(
                    "{account} accepts registration request #{registration_id}: plan {from_plan} → {to_plan} ({org}); carries over {} contacts, {} chats, {} files, {} messages [R3]",
                    carries_over.contacts,
                    carries_over.chats,
                    carries_over.files,
                    carries_over.messages
                )
            }
        }
    }
}

/// Totals by effect kind, with the bytes of deleted and re-owned files.
fn totals(plan: &Plan) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let (mut deleted_bytes, mut reowned_bytes) = (0, 0);
    for e in &plan.effects {
        *counts.entry(e.kind()).or_default() += 1;
        match e {
            Effect::FileDeleted { size, .. } => deleted_bytes += size,
            Effect::FileReowned { size, .. } => reowned_bytes += size,
            _ => {}
        }
    }
    let mut parts: Vec<String> = counts
        .iter()
        .map(|(kind, n)| match kind.as_str() {
            "file_deleted" => format!("{n} {kind} ({})", size(deleted_bytes)),
            "file_reowned" => format!("{n} {kind} ({})", size(reowned_bytes)),
            _ => format!("{n} {kind}"),
        })
        .collect();
    if parts.is_empty() {
        parts.push("no change".into());
    }
    parts.join(", ")
}

/// The chat an effect happens in, to group the report by chat.
fn chat_of(effect: &Effect) -> Option<i64> {
    match effect {
        Effect::ChatLeft { chat_id, .. }
        | Effect::ChatDeleted { chat_id, .. }
        | Effect::ChatAdminGranted { chat_id, .. }
        | Effect::FileReowned { chat_id, .. }
        | Effect::FileDeleted { chat_id, .. }
        | Effect::TaskDeleted { chat_id, .. }
        | Effect::TaskRequesterCancelled { chat_id, .. } => Some(chat_id.0),
        _ => None,
    }
}

/// Effects as a table: those outside any chat first, then chat by chat,
/// each in the order the plan applies them (the `#` column).
fn effects_table(effects: &[Effect]) -> String {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(vec!["#", "chat", "effect", "what happens"]);
    let mut order: Vec<(usize, &Effect)> = effects.iter().enumerate().collect();
    order.sort_by_key(|(i, e)| (chat_of(e).unwrap_or(-1), *i));
    for (i, e) in order {
        table.add_row(vec![
            (i + 1).to_string(),
            chat_of(e).map(|c| c.to_string()).unwrap_or_default(),
            e.kind(),
            describe(e),
        ]);
    }
    format!("{table}\n")
}

fn table_report(plan: &Plan, quiet: bool) -> String {
    let mut text = String::new();
    let state = match (plan.dry_run, plan.applied) {
        (true, _) => "dry run: nothing was changed",
        (false, true) => "applied",
        (false, false) => "not applied",
    };
    text.push_str(&format!("{} ({state})\n", plan.action));
    if let Some(summary) = &plan.summary {
        text.push_str(&format!("{summary}\n"));
    }
    for b in &plan.blockers {
        text.push_str(&format!("blocked [{}]: {}\n", b.rule, b.message));
        if let Some(h) = &b.hint {
            text.push_str(&format!("  hint: {h}\n"));
        }
    }
    for w in &plan.warnings {
        text.push_str(&format!("warning [{}]: {}\n", w.rule, w.message));
    }
    if !plan.checks.is_empty() && !quiet {
        text.push_str("checks:\n");
        for c in &plan.checks {
            let mark = if c.ok { "ok    " } else { "FAILED" };
            text.push_str(&format!("  {mark} [{}] {}\n", c.rule, c.message));
        }
    }
    if !plan.effects.is_empty() && !quiet {
        text.push_str(&effects_table(&plan.effects));
    }
    if !plan.impact.is_empty() && !quiet {
        text.push_str("impact if approved on today's state:\n");
        text.push_str(&effects_table(&plan.impact));
    }
    text.push_str(&format!("total: {}\n", totals(plan)));
    text
}

/// Prints a plan in the chosen format.
pub fn plan(plan: &Plan, format: Format, quiet: bool) -> Result<()> {
    match format {
        Format::Json => out(&format!("{}\n", serde_json::to_string_pretty(plan)?)),
        Format::Csv => {
            let rows: Vec<Vec<String>> = plan
                .effects
                .iter()
                .map(|e| vec![plan.action.clone(), e.kind(), describe(e)])
                .collect();
            out(&csv_text(&["action", "effect", "what"], &rows)?)
        }
        Format::Table => out(&table_report(plan, quiet)),
    }
}
