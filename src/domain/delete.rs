//! Deleting users (SPEC §6, D1–D9). Every effect goes through the leave-chat
//! mechanism of `leave`, and the plan lists each one (D9).

use std::collections::HashSet;

use crate::db::Tx;

use super::access::{self, Need};
use super::leave::{Cause, Scratch};
use crate::db::{accounts, chats};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Account, AccountId, AccountStatus, Role};
use crate::plan::{Effect, Plan};

/// `user delete USER...`: one plan for all of them (applied in one
/// transaction).
pub fn plan_delete(conn: &Tx, actor: Option<&str>, users: &[String]) -> Result<Plan> {
    let mut plan = Plan::new("user.delete");
    let mut targets: Vec<Account> = Vec::new();
    let mut seen = HashSet::new();
    // Issue 12: a name that matches nothing is a blocker like the others, so
    // one dry run lists every reason (exit 4 only when it is the sole kind).
    for text in users {
        let account = match access::user(conn, text) {
            Ok(a) => a,
            Err(err) => {
                let e = crate::error::classify(&err);
                if e.kind != ErrorKind::NotFound {
                    return Err(err);
                }
                plan.block_not_found(
                    "D1",
                    e.message,
                    Some("`orgctl user list` shows the accounts".into()),
                );
                continue;
            }
        };
        if account.status == AccountStatus::Deleted {
            plan.block_not_found(
                "D2",
                format!(
                    "account {} ({}) is already deleted",
                    account.id, account.email
                ),
                Some("a deleted account cannot be restored or deleted again".into()),
            );
            continue;
        }
        if !seen.insert(account.id) {
            plan.warn(
                "D1",
                format!(
                    "{} is named more than once; it is deleted once",
                    account.email
                ),
            );
            continue;
        }
        targets.push(account);
    }
    // The actor manages the org of the first user named that has one;
    // every other user must belong to the same org.
    let Some(org_slug) = targets.iter().find_map(|a| a.org_slug.clone()) else {
        for a in &targets {
            plan.block(
                "D1",
                format!(
                    "{} is a personal account; no org administrator can delete it",
                    a.email
                ),
                None,
            );
        }
        if plan.blockers.is_empty() {
            return Err(Error::usage("name at least one user to delete").into());
        }
        return Ok(plan);
    };
    let org = access::org(conn, &org_slug)?;
    access::authorize(conn, actor, &org, Need::UserManager)?;
    for a in &targets {
        if a.org_id != Some(org.id) {
            plan.block(
                "D1",
                format!("{} is not a user of {}", a.email, org.slug),
                Some(match &a.org_slug {
                    Some(other) => format!(
                        "an administrator deletes users of its own org only; ask {other}'s administrator, in a separate command"
                    ),
                    None => "a personal account is not managed by any org; leave it out".into(),
                }),
            );
        } else if a.role == Some(Role::Admin) {
            plan.block(
                "D1",
                format!("{} is {}'s admin and cannot be deleted", a.email, org.slug),
                Some(format!(
                    "hand the role over first: {}",
                    access::hand_over_hint(conn, &org)?
                )),
            );
        }
    }
    plan.summary = Some(format!(
        "delete {} from {}: {}",
        crate::text::plural(targets.len(), "user", "users"),
        org.slug,
        targets
            .iter()
            .map(|a| a.email.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    if !plan.blockers.is_empty() {
        return Ok(plan);
    }
    let mut scratch = Scratch::new(conn, plan)?;
    scratch.mark_departing(targets.iter().map(|a| a.id));
    for a in &targets {
        delete_account(&mut scratch, a)?;
    }
    Ok(scratch.into_plan())
}

/// Deletes one account within a plan: D2–D8, each chat by L1–L6. Used by
/// `user delete` and by `org cancel` (C3).
pub fn delete_account(s: &mut Scratch<'_>, a: &Account) -> Result<()> {
    let conn = s.conn();
    // D5: it disappears from every contact list.
    for (other, _chat) in s.contacts_of(a.id)? {
        s.remove_contact(
            a.id,
            other,
            "D5",
            format!("{} is deleted", a.email).into(),
            None,
        )?;
    }
    // D4, D6, L6: it leaves every chat; D7, D8: its files and tasks there go
    // by L2 and L3, inside the leave-chat mechanism.
    for chat in s.chats_of(a.id)? {
        s.leave(a.id, chat, &Cause::Deletion)?;
    }
    // D3: its messages that remain show "NAME (Cancelled)".
    let mut remaining_messages = 0;
    for (chat, count) in chats::message_counts_by_sender(conn, a.id)? {
        if !s.chat_deleted(chat)? {
            remaining_messages += count;
        }
    }
    if remaining_messages > 0 {
        s.record(Effect::MessagesMarkedCancelled {
            account: a.email.clone(),
            count: remaining_messages,
        })?;
    }
    // L3: the tasks it requested stay, and show it as "(Cancelled)".
    for (chat, task) in chats::tasks_requested_by(conn, a.id)? {
        if !s.is_gone_task(task) && !s.chat_deleted(chat)? {
            s.record(Effect::TaskRequesterCancelled {
                task_id: task,
                chat_id: chat,
            })?;
        }
    }
    // D2: its e-mail is free at once: its open registration requests and
    // its part in pending transfers end here, freeing their seats.
    let why = format!("{} was deleted (D2)", a.email);
    super::registration::end_requests_of(s, a, &why)?;
    super::transfer::end_parts_of(s, a, &why)?;
    // D2: logged out everywhere, no way back in.
    s.revoke_api_token(a)?;
    s.clear_teams(a)?;
    s.record(Effect::AccountDeleted {
        account: a.email.clone(),
        account_id: a.id,
    })?;
    // Issue 14.1: its PostgreSQL login, if any, ends with it.
    crate::domain::login::drop_with_account(s, a)?;
    Ok(())
}

/// The live members of an org, for rules that act on all of them.
pub fn live_members(conn: &Tx, org: crate::model::OrgId) -> Result<Vec<Account>> {
    Ok(accounts::list(conn, Some(org), None)?
        .into_iter()
        .filter(|a| a.status != AccountStatus::Deleted)
        .collect())
}

/// The account IDs of a list of accounts.
pub fn ids(list: &[Account]) -> Vec<AccountId> {
    list.iter().map(|a| a.id).collect()
}
