//! The invariants of SPEC §9 that a state must satisfy (I1–I5, with P3),
//! checked over the whole database. `fixture load` refuses a scenario that
//! breaks one; the tests run it after every command.

use crate::model::Timestamp;
use std::collections::HashMap;

use crate::db::Tx;

use super::policy::{Party, Policies};
use crate::db::{accounts, chats, invariants as facts};
use crate::error::Result;
use crate::model::{AccountId, ChatKind, OrgId};
use crate::plan::Blocker;

/// A violation with what to do about it: `orgctl check` prints the hint
/// beside the rule, so an administrator is never left with a bare finding.
fn violation(rule: &str, message: String) -> Blocker {
    let hint = match rule {
        // I4 and I5 describe shapes orgctl never writes (one leave mechanism,
        // L1-L6); only an edit from outside orgctl makes them.
        "I4" | "I5" => {
            "orgctl never writes this shape; the database was changed outside orgctl: restore it from a backup"
        }
        "I1" => {
            "orgctl never leaves an org without exactly one admin; the database was changed outside orgctl: restore it from a backup"
        }
        _ => "",
    };
    Blocker {
        rule: rule.to_string(),
        message,
        hint: (!hint.is_empty()).then(|| hint.to_string()),
        not_found: false,
    }
}

fn with_hint(mut blocker: Blocker, hint: String) -> Blocker {
    blocker.hint = Some(hint);
    blocker
}

/// I3: the pair may be kept by allowing it, or parted by the rules (C1).
fn i3_hint(a: &str, b: &str) -> String {
    format!(
        "to keep them together, allow it: `orgctl --as ADMIN org allow ORG OTHER` or `orgctl --as ADMIN user security {a} --exempt-outside on` (or {b}); to part them by the rules, turn the prohibiting org's `org set ORG --prohibit-outside` off and on again (C1)"
    )
}

/// Every violation of I1–I5 in the current state; empty when all hold.
pub fn check(conn: &Tx, now: &Timestamp) -> Result<Vec<Blocker>> {
    let mut found = Vec::new();

    for (slug, live, active) in facts::admin_counts(conn)? {
        if live != 1 || active != 1 {
            found.push(violation(
                "I1",
                format!("org {slug} has {live} admins ({active} active); it needs exactly one active admin"),
            ));
        }
    }
    for (slug, seats, used) in facts::seat_usage(conn, now)? {
        if used > seats {
            found.push(with_hint(
                violation("I2", format!("org {slug} uses {used} seats but has {seats}")),
                format!(
                    "raise the seats: `orgctl --as ADMIN org set {slug} --seats {used}`, or free seats with `orgctl --as ADMIN user delete USER`"
                ),
            ));
        }
    }

    // I3 (P3): contacts and their direct chats, and every pair of sides that
    // share a group chat.
    let policies = Policies::load(conn)?;
    let mut people: HashMap<AccountId, (String, Option<OrgId>, bool)> = HashMap::new();
    for a in accounts::list(conn, None, None)? {
        people.insert(a.id, (a.email, a.org_id, a.exempt_outside));
    }
    let party = |id: &AccountId| {
        people.get(id).map(|(email, org, exempt)| Party {
            email,
            org: *org,
            exempt_outside: *exempt,
        })
    };
    for (a, b, _chat) in chats::all_contacts(conn)? {
        if let (Some(pa), Some(pb)) = (party(&a), party(&b))
            && let Some(broken) = policies.check(&pa, &pb)
        {
            found.push(with_hint(
                violation(
                    "I3",
                    format!(
                        "{} and {} are contacts but may not communicate: {} (P3)",
                        pa.email, pb.email, broken.reason
                    ),
                ),
                i3_hint(pa.email, pb.email),
            ));
        }
    }
    let mut by_chat: HashMap<_, Vec<_>> = HashMap::new();
    for (chat, name, org, exempt, email) in chats::group_sides(conn)? {
        by_chat
            .entry(chat)
            .or_default()
            .push((name, org, exempt, email));
    }
    let mut group_ids: Vec<_> = by_chat.keys().copied().collect();
    group_ids.sort();
    for chat in group_ids {
        let sides = &by_chat[&chat];
        'pairs: for (i, (name, org_a, ex_a, email_a)) in sides.iter().enumerate() {
            for (_, org_b, ex_b, email_b) in &sides[i + 1..] {
                let pa = Party {
                    email: email_a,
                    org: *org_a,
                    exempt_outside: *ex_a,
                };
                let pb = Party {
                    email: email_b,
                    org: *org_b,
                    exempt_outside: *ex_b,
                };
                if let Some(broken) = policies.check(&pa, &pb) {
                    found.push(with_hint(
                        violation(
                            "I3",
                            format!(
                                "group chat {chat} \"{name}\" holds {email_a} and {email_b}, who may not communicate: {} (P3)",
                                broken.reason
                            ),
                        ),
                        i3_hint(email_a, email_b),
                    ));
                    break 'pairs;
                }
            }
        }
    }

    for (id, kind, name, members, admins, strangers, deleted) in facts::chat_shapes(conn)? {
        let label = match kind {
            ChatKind::Group => format!("group chat {id} \"{name}\""),
            other => format!("{other} chat {id}"),
        };
        if members == 0 {
            found.push(violation("I4", format!("{label} has no member left")));
        } else if kind == ChatKind::Group && admins == 0 {
            found.push(violation("I4", format!("{label} has members but no admin")));
        }
        if kind == ChatKind::Direct && (members > 2 || strangers > 0) {
            found.push(violation(
                "I5",
                format!(
                    "{label} has {members} members, {strangers} of them outside its contact pair"
                ),
            ));
        }
        if kind == ChatKind::My && strangers > 0 {
            found.push(violation(
                "I5",
                format!("{label} holds someone other than its owner"),
            ));
        }
        if deleted > 0 {
            found.push(violation(
                "I4",
                format!("{label} still holds {deleted} deleted accounts (D6)"),
            ));
        }
    }
    for (a, b) in facts::contacts_without_both_members(conn)? {
        found.push(violation(
            "I5",
            format!("the direct chat of contacts {a} and {b} does not hold both of them"),
        ));
    }
    Ok(found)
}
