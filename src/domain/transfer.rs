//! Transfers between organizations (SPEC §5, T1–T11): the request by the
//! source admin, the review and approval by the destination admin, and the
//! move itself, which applies the communication policy through the one
//! leave-chat mechanism (`leave::Scratch::apply_policy`).

use crate::db::Tx;
use crate::model::Timestamp;

use super::access::{self, Need};
use super::leave::Scratch;
use super::registration::MailSettings;
use crate::db::{accounts, orgs, transfers};
use crate::error::{Error, Result};
use crate::mail::Sender;
use crate::model::{
    Account, AccountStatus, Exemption, Org, OrgPlan, OrgStatus, Role, TransferId, TransferStatus,
};
use crate::plan::{Effect, Plan, TransferRequest, plural};
use crate::views::{TransferUserView, TransferView};

/// The e-mail of a decision to the admin of the other side (T6).
fn outcome_mail(
    mail: &Sender,
    to: &str,
    t: &transfers::TransferRow,
    status: TransferStatus,
    users: &[String],
) -> Effect {
    let (subject, body) = crate::mail::transfer_outcome(
        mail.lang,
        t.id.0,
        &t.from_slug,
        &t.to_slug,
        status.as_str(),
        users,
    );
    Effect::EmailQueued {
        from: mail.from.clone(),
        to: to.to_string(),
        subject,
        body,
    }
}

/// The current admin's e-mail of an org, to write to.
fn admin_email(conn: &Tx, org: &Org) -> Result<Option<String>> {
    Ok(accounts::with_role(conn, org.id, Role::Admin)?
        .into_iter()
        .next()
        .map(|a| a.email))
}

/// T1: the plans a user may move between. A free (personal) account is never
/// an end of a transfer, and nothing moves to a lower plan.
pub fn plan_allows(from: OrgPlan, to: OrgPlan) -> bool {
    matches!(
        (from, to),
        (OrgPlan::Business, _)
            | (OrgPlan::Enterprise, OrgPlan::Enterprise)
            | (OrgPlan::Kddi, OrgPlan::Kddi)
    )
}

/// T1, T2 and the ends being two different active orgs, as checks.
fn check_ends(conn: &Tx, plan: &mut Plan, from: &Org, to: &Org) -> Result<()> {
    plan.check(
        "T6",
        from.id != to.id,
        if from.id != to.id {
            format!(
                "the source and the destination are different orgs ({} → {})",
                from.slug, to.slug
            )
        } else {
            format!("{} would be both the source and the destination", from.slug)
        },
        Some("name the admin of another org with --to-admin".into()),
    );
    plan.check(
        "T6",
        from.status == OrgStatus::Active && to.status == OrgStatus::Active,
        format!(
            "{} is {} and {} is {}; both must be active",
            from.slug, from.status, to.slug, to.status
        ),
        None,
    );
    plan.check(
        "T1",
        plan_allows(from.plan, to.plan),
        format!(
            "{} → {} is {} move ({} → {})",
            from.plan,
            to.plan,
            if plan_allows(from.plan, to.plan) { "an allowed" } else { "not an allowed" },
            from.slug,
            to.slug
        ),
        Some("business may move to business, enterprise or kddi; enterprise only to enterprise; kddi only to kddi".into()),
    );
    check_side_permits(conn, plan, from, to)?;
    check_side_permits(conn, plan, to, from)?;
    Ok(())
}

/// T2, one side: if `side` prohibits outside users, it must allow `other`.
fn check_side_permits(conn: &Tx, plan: &mut Plan, side: &Org, other: &Org) -> Result<()> {
    let allows = orgs::allow_list(conn, side.id)?.contains(&other.slug);
    let message = if side.prohibit_outside {
        let verb = if allows { "allows" } else { "does not allow" };
        format!(
            "{} prohibits outside users and {verb} {}",
            side.slug, other.slug
        )
    } else {
        format!("{} does not prohibit outside users", side.slug)
    };
    plan.check(
        "T2",
        !side.prohibit_outside || allows,
        message,
        Some(format!(
            "{}'s admin can run: orgctl {}org allow {} {}",
            side.slug,
            access::as_admin(conn, side)?,
            side.slug,
            other.slug
        )),
    );
    Ok(())
}

/// T4, T5 for every user: each is a member (not the admin) of the source,
/// in no pending transfer other than `this`. Their pending transfers are
/// read for all of them at once (issue 13.8: a statement per user is a
/// round trip each on a server).
fn check_users(
    conn: &Tx,
    plan: &mut Plan,
    users: &[Account],
    from: &Org,
    now: &Timestamp,
    this: Option<TransferId>,
) -> Result<()> {
    let ids: Vec<crate::model::AccountId> = users.iter().map(|u| u.id).collect();
    let pending = transfers::pending_for_many(conn, &ids, now, this)?;
    for user in users {
        check_user(conn, plan, user, from, pending.get(&user.id).copied())?;
    }
    Ok(())
}

/// T4, T5: a user is a member (not the admin) of the source; `pending` is
/// the other pending transfer it is in, if any.
fn check_user(
    conn: &Tx,
    plan: &mut Plan,
    user: &Account,
    from: &Org,
    pending: Option<TransferId>,
) -> Result<()> {
    let member = user.org_id == Some(from.id) && user.status != AccountStatus::Deleted;
    plan.check(
        "T4",
        member,
        format!(
            "{} is {}a user of {}",
            user.email,
            if member { "" } else { "not " },
            from.slug
        ),
        Some(format!(
            "only {}'s own users can be moved from it",
            from.slug
        )),
    );
    if !member {
        return Ok(());
    }
    plan.check(
        "T4",
        user.role != Some(Role::Admin),
        if user.role == Some(Role::Admin) {
            format!(
                "{} is {}'s admin; only members can be moved",
                user.email, from.slug
            )
        } else {
            format!("{} is not {}'s admin", user.email, from.slug)
        },
        // A hint is read only where the check fails: an approval checks
        // every user it moves, and these read the org (issue 13.8).
        match user.role {
            Some(Role::Admin) => Some(format!(
                "hand the admin role to someone else first: {}",
                access::hand_over_hint(conn, from)?
            )),
            _ => None,
        },
    );
    let hint = match pending {
        Some(t) => Some(format!(
            "wait for transfer {t} to be decided, or {}'s admin cancels it: orgctl {}transfer cancel {t}",
            from.slug,
            access::as_admin(conn, from)?
        )),
        None => None,
    };
    plan.check(
        "T5",
        pending.is_none(),
        match pending {
            Some(t) => format!("{} is already in pending transfer {t}", user.email),
            None => format!("{} is in no other pending transfer", user.email),
        },
        hint,
    );
    Ok(())
}

/// T3: the destination's free seats, with a blocker or a warning when they
/// are fewer than the users, and the source's seats left unused. Only the
/// users who really leave the source (its own live members) free a seat of
/// it (issue 12): a user named by mistake from another org frees none.
fn check_seats(
    conn: &Tx,
    plan: &mut Plan,
    from: &Org,
    to: &Org,
    users: &[Account],
    now: &Timestamp,
    at_approval: bool,
) -> Result<()> {
    let n = users.len() as i64;
    let leaving = users
        .iter()
        .filter(|u| u.org_id == Some(from.id) && u.status != AccountStatus::Deleted)
        .count() as i64;
    let used = orgs::seats_used(conn, to.id, now)?;
    let free = to.seats - used;
    let message = format!(
        "{} has {} for {} ({} seats, {used} used)",
        to.slug,
        plural(free, "free seat", "free seats"),
        plural(n, "user", "users"),
        to.seats
    );
    let hint = Some(format!(
        "{}'s admin can add seats: orgctl {}org set {} --seats {}",
        to.slug,
        access::as_admin(conn, to)?,
        to.slug,
        used + n
    ));
    if at_approval {
        plan.check("T3", free >= n, message, hint);
    } else {
        plan.checks.push(crate::plan::Check {
            rule: "T3".into(),
            ok: free >= n,
            message: message.clone(),
        });
        if free < n {
            // At request time the destination may still add seats.
            plan.warn(
                "T3",
                format!("{message}; it needs more before it can approve"),
            );
        }
    }
    let from_used = orgs::seats_used(conn, from.id, now)?;
    let unused = from.seats - (from_used - leaving);
    if leaving > 0 && unused > 0 {
        let admin = admin_email(conn, from)?
            .map(|a| format!("--as {a} "))
            .unwrap_or_default();
        plan.warn(
            "T3",
            format!(
                "{} keeps its {}; after the move {} unused: remove them before the next renewal date (no refund): orgctl {admin}org set {} --seats {}",
                from.slug,
                plural(from.seats, "seat", "seats"),
                match unused {
                    1 => "1 of them is".to_string(),
                    idle => format!("{idle} of them are"),
                },
                from.slug,
                (from_used - leaving).max(1)
            ),
        );
    }
    Ok(())
}

/// The move of T8–T10 for `users` into `to`, added to the scratch plan.
/// Every user changes org first, so users who move together keep what they
/// share; then the policy is applied to each.
fn plan_move(scratch: &mut Scratch<'_>, users: &[Account], from: &Org, to: &Org) -> Result<()> {
    // The users were just read (their checks): the view takes them as they
    // are, and reads their teams and logins ahead, a statement per kind and
    // batch of users instead of per user (issue 13.8).
    let ids: Vec<crate::model::AccountId> = users.iter().map(|u| u.id).collect();
    scratch.know(users)?;
    scratch.prefetch_moves(&ids)?;
    for user in users {
        scratch.record(Effect::OrgChanged {
            account: user.email.clone(),
            account_id: user.id,
            from: Some(from.slug.clone()),
            to: to.slug.clone(),
            role: Role::Member,
        })?;
        // T8: the API token and team settings stay behind.
        scratch.revoke_api_token(user)?;
        scratch.clear_teams(user)?;
        // Issue 14.1: a login acts for one org; it ends with the move.
        crate::domain::login::drop_with_account(scratch, user)?;
        // T9: exemptions are reset, except that each is on where the
        // destination prohibits, so that the move itself deletes nothing.
        for (setting, was, now_on) in [
            (Exemption::Outside, user.exempt_outside, to.prohibit_outside),
            (Exemption::File, user.exempt_file, to.prohibit_file_sharing),
        ] {
            if was != now_on {
                scratch.record(Effect::ExemptionSet {
                    account: user.email.clone(),
                    account_id: user.id,
                    setting,
                    value: now_on,
                })?;
            }
        }
    }
    // T10: what the moved accounts may no longer talk to breaks. Their
    // chats, contacts and the people in them are read ahead a batch at a
    // time (issue 13.6, 13.8: a statement per user is a round trip each on
    // a server), as a policy change over an org does.
    for batch in ids.chunks(crate::db::BATCH) {
        scratch.prefetch(batch)?;
        for &id in batch {
            scratch.apply_policy(id, "T10")?;
        }
    }
    Ok(())
}

fn resolve_users(conn: &Tx, plan: &mut Plan, names: &[String]) -> Result<Vec<Account>> {
    let mut users: Vec<Account> = Vec::new();
    for name in names {
        // Issue 12: a name that matches nothing is a blocker like the
        // others, so one dry run lists every reason.
        let user = match access::user(conn, name) {
            Ok(u) => u,
            Err(err) => {
                let e = crate::error::classify(&err);
                if e.kind != crate::error::ErrorKind::NotFound {
                    return Err(err);
                }
                plan.block_not_found(
                    "T4",
                    e.message,
                    Some("`orgctl user list` shows the accounts".into()),
                );
                continue;
            }
        };
        if users.iter().any(|u| u.id == user.id) {
            plan.warn("T6", format!("{} is named more than once", user.email));
            continue;
        }
        users.push(user);
    }
    Ok(users)
}

/// What `transfer request` was asked for.
pub struct Request<'a> {
    pub from: &'a str,
    pub to_admin: &'a str,
    pub users: &'a [String],
    /// Days until the request expires (`[transfer] ttl_days`).
    pub ttl_days: u32,
}

/// `transfer request --from ORG --to-admin EMAIL USER...` (T6): every check
/// of T1–T5, the destination, and the impact the approval would have today.
pub fn plan_request(
    conn: &Tx,
    actor: Option<&str>,
    req: &Request<'_>,
    now: &Timestamp,
    mail: &Sender,
) -> Result<Plan> {
    let (to_admin, names, ttl_days) = (req.to_admin, req.users, req.ttl_days);
    let from = access::org(conn, req.from)?;
    let requester = access::authorize(conn, actor, &from, Need::OrgAdmin)?;
    let mut plan = Plan::new("transfer.request");
    let admin = access::live_user(conn, to_admin)?;
    let to = match (&admin.org_slug, admin.role) {
        (Some(slug), Some(Role::Admin)) => access::org(conn, slug)?,
        (None, _) => {
            plan.check(
                "T1",
                false,
                format!("{} is a personal (free) account; a free account can be neither source nor destination of a transfer", admin.email),
                Some("name the admin of the destination organization".into()),
            );
            return Ok(plan);
        }
        (Some(slug), _) => {
            let real = accounts::with_role(conn, access::org(conn, slug)?.id, Role::Admin)?;
            plan.check(
                "T6",
                false,
                format!("{} is not the admin of {slug}", admin.email),
                real.first().map(|a| {
                    format!(
                        "name {slug}'s admin: orgctl --as {} transfer request --from {} --to-admin {} {}",
                        requester.email,
                        from.slug,
                        a.email,
                        names.join(" ")
                    )
                }),
            );
            return Ok(plan);
        }
    };
    let users = resolve_users(conn, &mut plan, names)?;
    let used = orgs::seats_used(conn, to.id, now)?;
    plan.summary = Some(format!(
        "transfer {} from {} ({}) to {} \"{}\" ({}, {} seats, {} used, {} free), approved by {}",
        users
            .iter()
            .map(|u| u.email.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        from.slug,
        from.plan,
        to.slug,
        to.name,
        to.plan,
        to.seats,
        used,
        to.seats - used,
        admin.email
    ));
    check_ends(conn, &mut plan, &from, &to)?;
    check_users(conn, &mut plan, &users, &from, now, None)?;
    check_seats(conn, &mut plan, &from, &to, &users, now, false)?;
    if !plan.blockers.is_empty() {
        return Ok(plan);
    }
    // The impact, were it approved on today's state (T11).
    let mut preview = Scratch::new(conn, Plan::new("transfer.approve"))?;
    plan_move(&mut preview, &users, &from, &to)?;
    plan.impact = preview.into_plan().effects;
    let transfer_id = transfers::next_id(conn)?;
    let emails: Vec<String> = users.iter().map(|u| u.email.clone()).collect();
    let expires_at = crate::settings::expires_at(now, ttl_days)?;
    plan.push(Effect::TransferRequested {
        transfer_id,
        request: Box::new(TransferRequest {
            from: from.slug.clone(),
            to: to.slug.clone(),
            to_admin: admin.email.clone(),
            requested_by: requester.email.clone(),
            users: emails.clone(),
            account_ids: users.iter().map(|u| u.id).collect(),
            expires_at: expires_at.clone(),
        }),
    });
    // T6: "transfer request for your approval".
    let (subject, body) = crate::mail::transfer_request(
        mail.lang,
        transfer_id.0,
        &from.slug,
        &to.slug,
        &emails,
        &expires_at,
    );
    plan.push(Effect::EmailQueued {
        from: mail.from.clone(),
        to: admin.email.clone(),
        subject,
        body,
    });
    Ok(plan)
}

/// A transfer and its users, with the status each has now.
struct Loaded {
    row: transfers::TransferRow,
    from: Org,
    to: Org,
    expired: bool,
    /// Its users, `expired` for pending users past the deadline.
    users: Vec<transfers::TransferUser>,
    /// Why a rule ended a user's part (D2), by account.
    reasons: Vec<(crate::model::AccountId, String)>,
}

fn load(conn: &Tx, id: i64, now: &Timestamp) -> Result<Loaded> {
    let row = transfers::by_id(conn, TransferId(id))?.ok_or_else(|| {
        Error::not_found(format!("no transfer {id}")).with_hint("`orgctl transfer list` shows them")
    })?;
    let from = access::org(conn, &row.from_slug)?;
    let to = access::org(conn, &row.to_slug)?;
    let expired = row.expires_at.as_str() <= now.as_str();
    let users = transfers::users(conn, row.id)?
        .into_iter()
        .map(|mut u| {
            if u.status == TransferStatus::Pending && expired {
                u.status = TransferStatus::Expired;
            }
            u
        })
        .collect();
    let reasons = transfers::reasons(conn, row.id)?;
    Ok(Loaded {
        row,
        from,
        to,
        expired,
        users,
        reasons,
    })
}

/// The users a decision names (`--user`), or every pending one.
fn chosen(conn: &Tx, t: &Loaded, names: &[String]) -> Result<Vec<transfers::TransferUser>> {
    if names.is_empty() {
        return Ok(t
            .users
            .iter()
            .filter(|u| matches!(u.status, TransferStatus::Pending | TransferStatus::Expired))
            .cloned()
            .collect());
    }
    let mut picked = Vec::new();
    for name in names {
        let account = access::user(conn, name)?;
        let Some(u) = t.users.iter().find(|u| u.account_id == account.id) else {
            return Err(Error::not_found(format!(
                "{} is not in transfer {}",
                account.email, t.row.id
            ))
            .into());
        };
        if !picked
            .iter()
            .any(|p: &transfers::TransferUser| p.account_id == u.account_id)
        {
            picked.push(u.clone());
        }
    }
    Ok(picked)
}

/// Refuses a decision on users that are no longer pending (T6).
fn require_pending(plan: &mut Plan, t: &Loaded, users: &[transfers::TransferUser]) {
    if t.expired {
        plan.block(
            "T6",
            format!("transfer {} expired at {}", t.row.id, t.row.expires_at),
            Some(format!("{}'s admin can request it again", t.from.slug)),
        );
        return;
    }
    if users.is_empty() {
        plan.block(
            "T6",
            format!("transfer {} has no pending user left", t.row.id),
            None,
        );
    }
    for u in users {
        if u.status != TransferStatus::Pending {
            plan.block(
                "T6",
                format!(
                    "{} is already {} in transfer {}",
                    u.email, u.status, t.row.id
                ),
                None,
            );
        }
    }
}

/// `transfer approve ID [--user USER]...`: every check again on the state
/// of this moment (T7), then the move, all or nothing.
pub fn plan_approve(
    conn: &Tx,
    actor: Option<&str>,
    id: i64,
    names: &[String],
    now: &Timestamp,
    registration_mail: &MailSettings,
) -> Result<Plan> {
    let mail = &registration_mail.sender;
    let t = load(conn, id, now)?;
    access::authorize(conn, actor, &t.to, Need::OrgAdmin)?;
    let mut plan = Plan::new("transfer.approve");
    let picked = chosen(conn, &t, names)?;
    require_pending(&mut plan, &t, &picked);
    if !plan.blockers.is_empty() {
        return Ok(plan);
    }
    // Every user's account in one statement per batch (issue 13.8), in the
    // transfer's order.
    let ids: Vec<crate::model::AccountId> = picked.iter().map(|u| u.account_id).collect();
    let mut found = accounts::by_ids(conn, &ids)?;
    let mut users = Vec::with_capacity(picked.len());
    for u in &picked {
        users.push(
            found
                .remove(&u.account_id)
                .ok_or_else(|| Error::not_found(format!("no account {}", u.account_id)))?,
        );
    }
    let used = orgs::seats_used(conn, t.to.id, now)?;
    plan.summary = Some(format!(
        "approve transfer {}: move {} from {} to {} ({}, {} seats, {} used, {} free)",
        t.row.id,
        users
            .iter()
            .map(|u| u.email.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        t.from.slug,
        t.to.slug,
        t.to.plan,
        t.to.seats,
        used,
        t.to.seats - used
    ));
    check_ends(conn, &mut plan, &t.from, &t.to)?;
    check_users(conn, &mut plan, &users, &t.from, now, Some(t.row.id))?;
    check_seats(conn, &mut plan, &t.from, &t.to, &users, now, true)?;
    if !plan.blockers.is_empty() {
        return Ok(plan);
    }
    let mut scratch = Scratch::new(conn, plan)?;
    plan_move(&mut scratch, &users, &t.from, &t.to)?;
    // Issue 12: a moved user that has not registered yet gets its link
    // from the destination; the source's link stops working.
    for user in &users {
        super::registration::carry_over_requests(
            &mut scratch,
            user,
            &t.to,
            registration_mail,
            now,
        )?;
    }
    for user in &users {
        scratch.record(Effect::TransferDecided {
            transfer_id: t.row.id,
            account: user.email.clone(),
            account_id: user.id,
            status: TransferStatus::Approved,
            reason: None,
        })?;
    }
    // T6: the source admin is told the outcome.
    if let Some(to) = admin_email(conn, &t.from)? {
        let emails: Vec<String> = users.iter().map(|u| u.email.clone()).collect();
        scratch.record(outcome_mail(
            mail,
            &to,
            &t.row,
            TransferStatus::Approved,
            &emails,
        ))?;
    }
    Ok(scratch.into_plan())
}

/// `transfer reject ID [--user USER]...` (destination admin) and
/// `transfer cancel ID` (source admin): the users stay where they are.
pub fn plan_decline(
    conn: &Tx,
    actor: Option<&str>,
    id: i64,
    names: &[String],
    now: &Timestamp,
    cancel: bool,
    mail: &Sender,
) -> Result<Plan> {
    let t = load(conn, id, now)?;
    let (action, status, who) = if cancel {
        ("transfer.cancel", TransferStatus::Cancelled, &t.from)
    } else {
        ("transfer.reject", TransferStatus::Rejected, &t.to)
    };
    access::authorize(conn, actor, who, Need::OrgAdmin)?;
    let mut plan = Plan::new(action);
    let picked = chosen(conn, &t, names)?;
    require_pending(&mut plan, &t, &picked);
    plan.summary = Some(format!(
        "{} transfer {} from {} to {}",
        if cancel { "cancel" } else { "reject" },
        t.row.id,
        t.from.slug,
        t.to.slug
    ));
    let emails: Vec<String> = picked.iter().map(|u| u.email.clone()).collect();
    for u in picked {
        plan.push(Effect::TransferDecided {
            transfer_id: t.row.id,
            account: u.email,
            account_id: u.account_id,
            status,
            reason: None,
        });
    }
    // T6: the other side's admin is told.
    let other = if cancel { &t.to } else { &t.from };
    if plan.blockers.is_empty()
        && let Some(to) = admin_email(conn, other)?
    {
        plan.push(outcome_mail(mail, &to, &t.row, status, &emails));
    }
    Ok(plan)
}

/// D2 (issue 12): a deleted user's part in every transfer it is still
/// pending in ends in the deletion's plan, so that "approve all" keeps
/// working and the destination admin sees why (`transfer show`).
pub fn end_parts_of(s: &mut Scratch<'_>, user: &Account, reason: &str) -> Result<()> {
    for id in transfers::open_parts_of(s.conn(), user.id)? {
        s.record(Effect::TransferDecided {
            transfer_id: id,
            account: user.email.clone(),
            account_id: user.id,
            status: TransferStatus::Cancelled,
            reason: Some(reason.to_string()),
        })?;
    }
    Ok(())
}

fn view_of(t: Loaded) -> TransferView {
    let has = |s: TransferStatus| t.users.iter().any(|u| u.status == s);
    // A transfer is pending while any user is; then it is named by the
    // decisions it holds.
    let status = [
        TransferStatus::Pending,
        TransferStatus::Expired,
        TransferStatus::Approved,
        TransferStatus::Rejected,
        TransferStatus::Cancelled,
    ]
    .into_iter()
    .find(|s| has(*s))
    .unwrap_or(TransferStatus::Cancelled);
    TransferView {
        id: t.row.id,
        from: t.from.slug,
        to: t.to.slug,
        status,
        users: t
            .users
            .into_iter()
            .map(|u| TransferUserView {
                reason: t
                    .reasons
                    .iter()
                    .find(|(a, _)| *a == u.account_id)
                    .map(|(_, r)| r.clone()),
                email: u.email,
                status: u.status,
            })
            .collect(),
        created_at: t.row.created_at,
        expires_at: t.row.expires_at,
    }
}

pub fn view(conn: &Tx, id: i64, now: &Timestamp) -> Result<TransferView> {
    Ok(view_of(load(conn, id, now)?))
}

pub fn list(
    conn: &Tx,
    org: Option<&Org>,
    status: Option<TransferStatus>,
    now: &Timestamp,
) -> Result<Vec<TransferView>> {
    let mut views = Vec::new();
    for row in transfers::list(conn, org.map(|o| o.id))? {
        let v = view_of(load(conn, row.id.0, now)?);
        if status.is_none_or(|s| v.status == s) {
            views.push(v);
        }
    }
    Ok(views)
}
