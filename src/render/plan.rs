//! Plans as a report a person can act on, as JSON (docs/cli.md "The plan"),
//! or as CSV (one row per effect). In the table, effects are numbered in the
//! order shown, and each cites its rule in one place, the `rule` column.

use std::collections::BTreeMap;
use std::io::Write;

use super::{csv_text, json_out, out, table};
use crate::error::Result;
use crate::plan::{Effect, OrgSetting, Plan, plural};
use crate::settings::Format;

/// A size as a person reads it (`1.5 MiB`); plans and `file list` alike.
pub fn human_size(bytes: i64) -> String {
    size(bytes)
}

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
        } => format!(
            "create org {org} \"{name}\" on the {plan} plan with {}",
            plural(*seats, "seat", "seats")
        ),
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
                OrgSetting::Plan(plan) => format!("{org}: {setting} → {plan}"),
                OrgSetting::ProhibitOutside(on) | OrgSetting::ProhibitFileSharing(on) => {
                    format!("{org}: {setting} → {}", if *on { "yes" } else { "no" })
                }
            }
        }
        Effect::ContactRemoved {
            account,
            other,
            reason,
            fix,
            ..
        } => {
            let mut s = format!("{account} and {other} are no longer contacts: {reason}");
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
            reason,
            fix,
            ..
        } => {
            let mut s = format!("{account} leaves {kind} chat {chat_id} \"{chat_name}\"");
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
            ..
        } => {
            format!("delete {kind} chat {chat_id} \"{chat_name}\" with everything in it: {reason}")
        }
        Effect::ChatAdminGranted {
            account, chat_id, ..
        } => format!("{account} becomes an admin of chat {chat_id}"),
        Effect::FileReowned {
            file_name,
            chat_id,
            org,
            size: bytes,
            ..
        } => format!(
            "file \"{file_name}\" ({}) in chat {chat_id} becomes owned by org {org}",
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
            ..
        } => format!("delete task {task_id} \"{body}\" in chat {chat_id}"),
        Effect::TaskRequesterCancelled { task_id, chat_id } => {
            format!(
                "task {task_id} in chat {chat_id} keeps its requester, shown as \"NAME (Cancelled)\""
            )
        }
        Effect::MessagesMarkedCancelled { account, count } => {
            format!(
                "{} of {account} show the sender as \"NAME (Cancelled)\"",
                plural(*count, "message", "messages")
            )
        }
        Effect::ApiTokenRevoked { account, .. } => format!("revoke {account}'s API token"),
        Effect::TeamsCleared { account, .. } => format!("clear {account}'s team memberships"),
        Effect::LoginCreated { account, login, .. } => {
            format!("create the PostgreSQL login {login} acting as {account}")
        }
        Effect::LoginDropped { account, login, .. } => {
            format!("drop {account}'s PostgreSQL login {login}")
        }
        Effect::EmailQueued { to, subject, .. } => format!("e-mail {to}: \"{subject}\""),
        Effect::EmailRequeued { id, to, reply } => match reply {
            Some(reply) => format!("queue e-mail {id} to {to} again (it was refused: {reply})"),
            None => format!("queue e-mail {id} to {to} again"),
        },
        Effect::EmailPurged {
            id,
            to,
            subject,
            sent_at,
        } => format!(
            "remove e-mail {id} to {to} \"{subject}\", delivered {}",
            sent_at.as_deref().unwrap_or("(unknown)")
        ),
        Effect::TransferRequested {
            transfer_id,
            request,
        } => format!(
            "record transfer request {transfer_id} of {} from {} to {}, for {} to approve by {}",
            request.users.join(", "),
            request.from,
            request.to,
            request.to_admin,
            request.expires_at
        ),
        Effect::TransferDecided {
            transfer_id,
            account,
            status,
            reason,
            ..
        } => match reason {
            Some(why) => format!("transfer {transfer_id}: {account} is {status} ({why})"),
            None => format!("transfer {transfer_id}: {account} is {status}"),
        },
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
            mail,
            ..
        } => format!(
            "e-mail {account} \"{}\" ({}) with a new one-time link {}?token=… for request #{registration_id}, valid until {}; any earlier link stops working",
            mail.subject,
            serde_json::to_value(lang)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            mail.link_base,
            mail.expires_at
        ),
        Effect::RegistrationCancelled {
            account,
            registration_id,
            org,
            reason,
            ..
        } => match reason {
            Some(why) => format!(
                "end registration request #{registration_id} to {account} for {org} ({why}); its link stops working and it holds no seat"
            ),
            None => format!(
                "cancel registration request #{registration_id} to {account} for {org}; its link stops working"
            ),
        },
        Effect::RegistrationExemptionSet {
            account,
            registration_id,
            org,
            setting,
            value,
        } => format!(
            "registration request #{registration_id} to {account} for {org}: {setting} → {} when it is accepted",
            if *value { "on" } else { "off" }
        ),
        Effect::AccountRemoved { account, .. } => format!(
            "remove the pending account {account}, which never logged in; its e-mail and seat are free again"
        ),
        Effect::PasswordSet { account, .. } => {
            format!("{account} sets its password (stored as an Argon2id hash)")
        }
        Effect::AccountActivated { account, .. } => {
            format!("{account}: pending_first_login → active")
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
                    "{account} accepts registration request #{registration_id} and starts using {org}"
                )
            } else {
                format!(
                    "{account} accepts registration request #{registration_id}: plan {from_plan} → {to_plan} ({org}); carries over {}, {}, {}, {}",
                    plural(carries_over.contacts, "contact", "contacts"),
                    plural(carries_over.chats, "chat", "chats"),
                    plural(carries_over.files, "file", "files"),
                    plural(carries_over.messages, "message", "messages")
                )
            }
        }
    }
}

/// A count of one effect kind in words: "1 chat left", "5 chats left".
fn kind_count(kind: &str, n: usize) -> String {
    let n64 = n;
    match kind {
        "messages_marked_cancelled" => plural(
            n64,
            "account's messages marked cancelled",
            "accounts' messages marked cancelled",
        ),
        "teams_cleared" => plural(n64, "account's teams cleared", "accounts' teams cleared"),
        _ => {
            // `noun_verb`: the last word is what happens, the rest what it
            // happens to ("chat_left": chat, left).
            let (noun, verb) = kind.rsplit_once('_').unwrap_or((kind, ""));
            let noun = noun.replace('_', " ");
            plural(n64, &format!("{noun} {verb}"), &format!("{noun}s {verb}"))
                .trim_end()
                .to_string()
        }
    }
}

/// Totals by effect kind, with the bytes of deleted and re-owned files.
fn totals(effects: &[Effect]) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let (mut deleted_bytes, mut reowned_bytes) = (0, 0);
    for e in effects {
        *counts.entry(e.kind()).or_default() += 1;
        match e {
            Effect::FileDeleted { size, .. } => deleted_bytes += size,
            Effect::FileReowned { size, .. } => reowned_bytes += size,
            _ => {}
        }
    }
    if counts.is_empty() {
        return "no change".into();
    }
    let parts: Vec<String> = counts
        .iter()
        .map(|(kind, n)| match kind.as_str() {
            "file_deleted" => format!("{} ({})", kind_count(kind, *n), size(deleted_bytes)),
            "file_reowned" => format!("{} ({})", kind_count(kind, *n), size(reowned_bytes)),
            _ => kind_count(kind, *n),
        })
        .collect();
    format!(
        "{}: {}",
        plural(effects.len(), "change", "changes"),
        parts.join(", ")
    )
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

/// The effects in the order a person reads them: those outside any chat
/// first, then chat by chat, each group in the order the plan applies it.
fn shown_order(effects: &[Effect]) -> Vec<&Effect> {
    let mut order: Vec<(usize, &Effect)> = effects.iter().enumerate().collect();
    order.sort_by_key(|(i, e)| (chat_of(e).unwrap_or(-1), *i));
    order.into_iter().map(|(_, e)| e).collect()
}

/// Effects as a table numbered in the order shown, each with its rule.
fn effects_table(effects: &[Effect], action: &str, width: Option<u16>) -> String {
    let rows: Vec<Vec<String>> = shown_order(effects)
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                (i + 1).to_string(),
                chat_of(e).map(|c| c.to_string()).unwrap_or_default(),
                e.rule(action),
                describe(e),
            ]
        })
        .collect();
    table::render(&["#", "chat", "rule", "what happens"], &rows, width)
}

/// Why a plan is being shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// The result of the command (a dry run, or what was applied).
    Result,
    /// The preview a person is about to confirm: nothing is done yet, and
    /// it is not a dry run (the command goes on if they say yes).
    ToConfirm,
}

fn table_report(plan: &Plan, shown: Shown, quiet: bool, width: Option<u16>) -> String {
    let mut text = String::new();
    let blocked = !plan.blockers.is_empty();
    if quiet && shown == Shown::Result {
        // -q: only what the command produced. An applied plan's result is
        // its exit code; a dry run's is its blockers or its effects.
        if plan.applied {
            return text;
        }
        for b in &plan.blockers {
            text.push_str(&format!("[{}] {}\n", b.rule, b.message));
        }
        if !blocked {
            for (i, e) in shown_order(&plan.effects).into_iter().enumerate() {
                text.push_str(&format!(
                    "{}. [{}] {}\n",
                    i + 1,
                    e.rule(&plan.action),
                    describe(e)
                ));
            }
        }
        return text;
    }
    let state = match (shown, plan.dry_run, plan.applied) {
        (Shown::ToConfirm, _, _) => "to confirm: nothing is changed until you answer yes",
        (_, true, _) if blocked => "dry run: blocked, nothing would be changed",
        (_, true, _) => "dry run: nothing was changed",
        (_, false, true) => "applied",
        (_, false, false) => "not applied",
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
    if !plan.checks.is_empty() {
        text.push_str("checks:\n");
        for c in &plan.checks {
            let mark = if c.ok { "ok    " } else { "FAILED" };
            text.push_str(&format!("  {mark} [{}] {}\n", c.rule, c.message));
        }
    }
    if !plan.effects.is_empty() {
        if blocked {
            text.push_str("what it would do once unblocked:\n");
        }
        text.push_str(&effects_table(&plan.effects, &plan.action, width));
    }
    if !plan.impact.is_empty() {
        // A transfer request previews its approval; `user add` and an
        // exemption on a pending membership preview the acceptance (R8).
        let (heading, action) = if plan.action.starts_with("transfer") {
            ("impact if approved on today's state:\n", "transfer.approve")
        } else {
            (
                "impact when the invitee accepts, on today's state:\n",
                "registration.accept",
            )
        };
        text.push_str(heading);
        text.push_str(&effects_table(&plan.impact, action, width));
    }
    // A blocked plan makes no change, so it has no total to announce.
    if !blocked {
        text.push_str(&format!("total: {}\n", totals(&plan.effects)));
    }
    text
}

/// Prints a plan in the chosen format.
pub fn plan(plan: &Plan, format: Format, quiet: bool) -> Result<()> {
    match format {
        // A plan can be large (C1 over a big org): it is written as it is
        // serialized, never held as one string besides itself (issue 18).
        Format::Json => json_out(plan, true),
        Format::Jsonl => json_out(plan, false),
        Format::Csv => {
            let rows: Vec<Vec<String>> = plan
                .effects
                .iter()
                .map(|e| {
                    vec![
                        plan.action.clone(),
                        e.kind(),
                        describe(e),
                        e.rule(&plan.action),
                    ]
                })
                .collect();
            out(&csv_text(&["action", "effect", "what", "rule"], &rows)?)
        }
        Format::Table => out(&super::visible(&table_report(
            plan,
            Shown::Result,
            quiet,
            table::terminal_width(),
        ))),
    }
}

/// Shows the plan a person is asked to confirm, on standard error beside the
/// question (standard output then carries only the applied result).
pub fn plan_for_confirmation(plan: &Plan) -> Result<()> {
    let width = dialoguer::console::Term::stderr()
        .size_checked()
        .map(|(_, cols)| cols)
        .filter(|cols| *cols > 0);
    let text = table_report(plan, Shown::ToConfirm, false, width);
    let mut stderr = std::io::stderr().lock();
    stderr.write_all(text.as_bytes())?;
    Ok(())
}
