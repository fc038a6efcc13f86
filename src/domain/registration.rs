//! Adding users by registration request (SPEC §4, R1–R9): `user add`, and
//! the life of a request: resend, cancel, accept. Each function computes a
//! plan; `plan::apply` carries it out. Links are issued while the plan is
//! applied (`Effect::RegistrationLinkSent`), so no token is ever in a plan.

use std::cell::OnceCell;

use crate::db::Tx;

use super::access::{self, Need};
use super::delete::live_members;
use super::leave::{Cause, Scratch};
use super::validate;
use crate::db::registrations::{self, Registration};
use crate::db::{accounts, chats, orgs};
use crate::error::{Error, ErrorKind, Result};
use crate::mail::{self, MailTemplate};
use crate::model::Exemption;
use crate::model::{
    Account, AccountStatus, ChatKind, Org, OrgStatus, RegistrationId, RegistrationStatus, Role,
};
use crate::plan::{CarryOver, Effect, Plan, SecretHash};
use crate::secrets;
use crate::views::RegistrationView;

/// The settings a registration e-mail needs (`[registration]`, `[mail]`).
#[derive(Debug, Clone, Default)]
pub struct MailSettings {
    pub ttl_days: u32,
    pub link_base: String,
    pub sender: mail::Sender,
}

/// A password typed by the invitee. Its Argon2id hash is computed once, so
/// the plan previewed and the plan applied carry the same hash.
pub struct Password {
    clear: String,
    hash: OnceCell<String>,
}

impl Password {
    pub fn new(clear: String) -> Password {
        Password {
            clear,
            hash: OnceCell::new(),
        }
    }

    fn hash(&self) -> Result<String> {
        if let Some(h) = self.hash.get() {
            return Ok(h.clone());
        }
        // Only the length rule is R2; running out of OS randomness is not
        // the invitee's fault and keeps its own exit code.
        let h = secrets::hash_password(&self.clear).map_err(|e| {
            let c = crate::error::classify(&e);
            if c.kind == ErrorKind::Refused {
                Error::rule("R2", c.message).into()
            } else {
                e
            }
        })?;
        Ok(self.hash.get_or_init(|| h).clone())
    }
}

fn link_effect(
    mail_settings: &MailSettings,
    reg: RegistrationId,
    to: &str,
    name: &str,
    org: &Org,
    new_account: bool,
    expires_at: String,
) -> Effect {
    let template = if new_account {
        MailTemplate::NewAccount
    } else {
        MailTemplate::ExistingAccount
    };
    Effect::RegistrationLinkSent {
        account: to.to_string(),
        registration_id: reg,
        template,
        lang: mail_settings.sender.lang,
        from: mail_settings.sender.from.clone(),
        subject: mail::subject(template, mail_settings.sender.lang, &org.name),
        name: name.to_string(),
        org_name: org.name.clone(),
        link_base: mail_settings.link_base.clone(),
        expires_at,
    }
}

/// The org an account is the admin of, when it has no other active member
/// (R4: a one-person organization). Pending accounts it invited do not count
/// here: they are its "unregistered users awaiting approval", which R5
/// refuses on their own.
fn one_person_org(conn: &Tx, a: &Account) -> Result<Option<Org>> {
    match (&a.org_slug, a.role) {
        (Some(slug), Some(Role::Admin)) => {
            let org = access::org(conn, slug)?;
            let active = live_members(conn, org.id)?
                .iter()
                .filter(|m| m.status == AccountStatus::Active)
                .count();
            Ok((active == 1).then_some(org))
        }
        _ => Ok(None),
    }
}

/// R4, R5: whether this existing account may receive (or accept) a request
/// from `org`; every reason it may not is added to the plan.
fn check_existing(conn: &Tx, a: &Account, org: &Org, plan: &mut Plan) -> Result<()> {
    if a.org_id == Some(org.id) {
        plan.block(
            "R4",
            format!("{} is already a user of {}", a.email, org.slug),
            Some(format!("`orgctl user show {}` shows the account", a.email)),
        );
        return Ok(());
    }
    let Some(current) = &a.org_slug else {
        return Ok(()); // A personal (free) account may always be asked.
    };
    match one_person_org(conn, a)? {
        Some(own) => {
            let pending = registrations::open_of_org(conn, own.id)?;
            if !pending.is_empty() {
                let ids: Vec<String> = pending.iter().map(|r| r.id.to_string()).collect();
                plan.block(
                    "R5",
                    format!(
                        "{} is the admin of the one-person org {} which has pending registration requests of its own (#{})",
                        a.email,
                        own.slug,
                        ids.join(", #")
                    ),
                    Some(format!(
                        "{}'s admin cancels them first: orgctl registration cancel {}",
                        own.slug, ids[0]
                    )),
                );
            }
        }
        None => {
            let admin = accounts::with_role(conn, org.id, Role::Admin)?
                .first()
                .map(|x| x.email.clone())
                .unwrap_or_else(|| "ADMIN".into());
            plan.block(
                "R4",
                format!(
                    "{} is managed by the org {current}; a registration request cannot reach it",
                    a.email
                ),
                Some(format!(
                    "{current}'s admin moves it with a transfer: orgctl transfer request --from {current} --to-admin {admin} {}",
                    a.email
                )),
            );
        }
    }
    Ok(())
}

/// R1: a free seat for one more user.
fn check_seat(conn: &Tx, org: &Org, now: &str, plan: &mut Plan) -> Result<()> {
    let used = orgs::seats_used(conn, org.id, now)?;
    if used + 1 > org.seats {
        plan.block(
            "R1",
            format!(
                "{} has no free seat ({used} of {} used, counting pending requests)",
                org.slug, org.seats
            ),
            Some(format!(
                "add seats (orgctl org set {} --seats {}) or cancel a pending request (orgctl registration list --org {} --status pending)",
                org.slug,
                used + 1,
                org.slug
            )),
        );
    }
    Ok(())
}

/// What `user add` was asked to do.
pub struct AddRequest<'a> {
    pub email: &'a str,
    pub org: &'a str,
    pub name: Option<&'a str>,
    pub role: Role,
}

/// `user add EMAIL --org ORG`: R1–R6.
pub fn plan_add(
    conn: &Tx,
    now: &str,
    actor: Option<&str>,
    req: &AddRequest<'_>,
    mail_settings: &MailSettings,
) -> Result<Plan> {
    let mut plan = Plan::new("user.add");
    let email = validate::email(req.email)?;
    let org = access::org(conn, req.org)?;
    plan.summary = Some(format!("add {email} to {} as {}", org.slug, req.role));
    // R1: only the org's admin or a user_admin adds users; a refusal is a
    // blocker like the others, so a dry run lists them all.
    let actor_account = match access::may_act(conn, actor, &org, Need::UserManager)? {
        Ok(a) => Some(a),
        Err(refusal) => {
            plan.block("R1", refusal.message, refusal.hint);
            None
        }
    };
    if org.status != OrgStatus::Active {
        plan.block(
            "R1",
            format!("{} is {}; it cannot add users", org.slug, org.status),
            None,
        );
    }
    let name = match req.name {
        Some(n) => Some(validate::name("name", n)?),
        None => None,
    };
    let existing = match accounts::email_owner(conn, &email, None)? {
        Some(id) => accounts::by_id(conn, id)?,
        None => None,
    };
    // R7: one pending request per address and org; resend it instead.
    let duplicate = registrations::pending_for_email(conn, org.id, &email)?;
    if let Some(dup) = duplicate.first() {
        plan.block(
            "R7",
            format!(
                "{email} already has a registration request #{} for {} ({})",
                dup.id,
                org.slug,
                dup.status_at(now)
            ),
            Some(format!(
                "send its link again: orgctl registration resend {}",
                dup.id
            )),
        );
    } else if let Some(a) = &existing {
        // R3, R4, R5 (R6: only this exact e-mail reaches this account).
        check_existing(conn, a, &org, &mut plan)?;
    }
    if duplicate.is_empty() {
        check_seat(conn, &org, now, &mut plan)?;
    }
    if !plan.blockers.is_empty() {
        return Ok(plan);
    }
    let reg_id = registrations::next_id(conn)?;
    let expires_at = crate::settings::expires_at(now, mail_settings.ttl_days)?;
    let requested_by = actor_account.map(|a| a.id);
    match existing {
        None => {
            // R2: a new account, already a member, waiting for its first login.
            let account_id = accounts::next_id(conn)?;
            let name =
                name.unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_string());
            plan.push(Effect::AccountCreated {
                account: email.clone(),
                account_id,
                name: name.clone(),
                org: Some(org.slug.clone()),
                role: Some(req.role),
                status: AccountStatus::PendingFirstLogin,
            });
            plan.push(Effect::RegistrationRequested {
                account: email.clone(),
                account_id,
                org: org.slug.clone(),
                registration_id: reg_id,
                new_account: true,
                role: req.role,
                expires_at: expires_at.clone(),
                requested_by,
            });
            plan.push(link_effect(
                mail_settings,
                reg_id,
                &email,
                &name,
                &org,
                true,
                expires_at,
            ));
        }
        Some(a) => {
            if name.is_some() {
                plan.warn(
                    "R3",
                    format!("{} keeps its own name; --name is ignored", a.email),
                );
            }
            plan.push(Effect::RegistrationRequested {
                account: a.email.clone(),
                account_id: a.id,
                org: org.slug.clone(),
                registration_id: reg_id,
                new_account: false,
                role: req.role,
                expires_at: expires_at.clone(),
                requested_by,
            });
            plan.push(link_effect(
                mail_settings,
                reg_id,
                &a.email,
                &a.name,
                &org,
                false,
                expires_at,
            ));
        }
    }
    Ok(plan)
}

/// A request by ID, or exit 4.
pub fn find(conn: &Tx, id: i64) -> Result<Registration> {
    registrations::by_id(conn, RegistrationId(id))?.ok_or_else(|| {
        Error::not_found(format!("no registration request #{id}"))
            .with_hint("`orgctl registration list` shows them")
            .into()
    })
}

/// The request an administrator resends or cancels: found, its org's
/// administrator acting, and still open (R7: only a pending or expired
/// request can be resent or cancelled).
fn open_request(
    conn: &Tx,
    now: &str,
    actor: Option<&str>,
    id: i64,
    what: &str,
) -> Result<(Registration, Org)> {
    let reg = find(conn, id)?;
    let org = access::org(conn, &reg.org_slug)?;
    access::authorize(conn, actor, &org, Need::UserManager)?;
    match reg.status_at(now) {
        RegistrationStatus::Pending | RegistrationStatus::Expired => Ok((reg, org)),
        done => Err(Error::rule(
            "R7",
            format!(
                "registration request #{} is {done}; it cannot be {what}",
                reg.id
            ),
        )
        .with_hint("`orgctl user add` sends a new request")
        .into()),
    }
}

/// `registration resend ID`: a new link, the old one void (R7).
pub fn plan_resend(
    conn: &Tx,
    now: &str,
    actor: Option<&str>,
    id: i64,
    mail_settings: &MailSettings,
) -> Result<Plan> {
    let (reg, org) = open_request(conn, now, actor, id, "resent")?;
    let mut plan = Plan::new("registration.resend");
    plan.summary = Some(format!(
        "send registration request #{} to {} again with a new link",
        reg.id, reg.email
    ));
    if org.status != OrgStatus::Active {
        plan.block("R1", format!("{} is {}", org.slug, org.status), None);
    }
    let account = reg
        .account_id
        .map(|a| accounts::by_id(conn, a))
        .transpose()?
        .flatten()
        .filter(|a| a.status != AccountStatus::Deleted)
        .ok_or_else(|| {
            Error::rule(
                "R7",
                format!("the account of request #{} no longer exists", reg.id),
            )
            .with_hint(format!("cancel it: orgctl registration cancel {}", reg.id))
        })?;
    if !reg.new_account {
        check_existing(conn, &account, &org, &mut plan)?;
        // R1: an expired request to an existing account no longer holds its
        // seat; reviving it needs one.
        if reg.status_at(now) == RegistrationStatus::Expired {
            check_seat(conn, &org, now, &mut plan)?;
        }
    }
    if plan.blockers.is_empty() {
        plan.push(link_effect(
            mail_settings,
            reg.id,
            &account.email,
            &account.name,
            &org,
            reg.new_account,
            crate::settings::expires_at(now, mail_settings.ttl_days)?,
        ));
    }
    Ok(plan)
}

/// `registration cancel ID`: the link stops working; a pending new account
/// is removed, freeing its e-mail and seat (R7).
pub fn plan_cancel(conn: &Tx, now: &str, actor: Option<&str>, id: i64) -> Result<Plan> {
    let (reg, org) = open_request(conn, now, actor, id, "cancelled")?;
    let mut plan = Plan::new("registration.cancel");
    plan.summary = Some(format!(
        "cancel registration request #{} to {}",
        reg.id, reg.email
    ));
    plan.push(Effect::RegistrationCancelled {
        account: reg.email.clone(),
        registration_id: reg.id,
        org: org.slug.clone(),
        new_account: reg.new_account,
    });
    let pending = reg
        .account_id
        .map(|a| accounts::by_id(conn, a))
        .transpose()?
        .flatten()
        .filter(|a| reg.new_account && a.status == AccountStatus::PendingFirstLogin);
    let Some(a) = pending else {
        return Ok(plan);
    };
    // R7: the pending account goes with its request. It leaves its chats
    // (its My Chat, L5) through the one leave-chat mechanism. An account that
    // never posted anything is removed, freeing its e-mail, seat and row; one
    // that did (only a loaded scenario can do that) is deleted as in §6, so
    // that what it posted keeps its sender.
    let mut s = Scratch::new(conn, plan)?;
    s.mark_departing([a.id]);
    if accounts::has_content(conn, a.id)? {
        super::delete::delete_account(&mut s, &a)?;
    } else {
        for (other, _) in s.contacts_of(a.id)? {
            s.remove_contact(
                a.id,
                other,
                "R7",
                format!("the pending account {} is cancelled", a.email),
                None,
            )?;
        }
        for chat in s.chats_of(a.id)? {
            s.leave(a.id, chat, &Cause::Deletion)?;
        }
        s.record(Effect::AccountRemoved {
            account: a.email.clone(),
            account_id: a.id,
        })?;
    }
    Ok(s.into_plan())
}

/// The token out of what the invitee pasted: the token, or the whole link.
fn token_of(text: &str) -> &str {
    let text = text.trim();
    match text.rfind("token=") {
        Some(i) => &text[i + "token=".len()..],
        None => text,
    }
}

/// The pending request a link belongs to; a used, cancelled, expired or
/// voided link is refused with the reason (R7), an unknown one is exit 4.
pub fn by_token(conn: &Tx, now: &str, token: &str) -> Result<Registration> {
    let hash = secrets::hash_token(token_of(token));
    let Some(reg) = registrations::by_token_hash(conn, &hash)? else {
        if let Some(old) = registrations::by_voided_hash(conn, &hash)? {
            return Err(Error::rule(
                "R7",
                format!(
                    "this link was replaced by a newer one; use the link in the latest e-mail, or ask your administrator to resend it: orgctl registration resend {}",
                    old.id
                ),
            )
            .into());
        }
        return Err(Error::not_found("no registration request has this link")
            .with_hint("check that the whole link was copied")
            .into());
    };
    let reason = match reg.status_at(now) {
        RegistrationStatus::Pending => return Ok(reg),
        RegistrationStatus::Accepted => {
            "this link was already used; it works only once".to_string()
        }
        RegistrationStatus::Cancelled => {
            "this registration request was cancelled by the administrator".to_string()
        }
        RegistrationStatus::Expired => format!(
            "this link has expired; ask your administrator to resend it: orgctl registration resend {}",
            reg.id
        ),
    };
    Err(Error::rule("R7", reason).into())
}

/// `registration accept TOKEN`: the invitee's side (R2, R3, R4, R5, R8).
pub fn plan_accept(conn: &Tx, now: &str, token: &str, password: &Password) -> Result<Plan> {
    let reg = by_token(conn, now, token)?;
    let org = access::org(conn, &reg.org_slug)?;
    let account = reg
        .account_id
        .map(|a| accounts::by_id(conn, a))
        .transpose()?
        .flatten()
        .filter(|a| a.status != AccountStatus::Deleted)
        .ok_or_else(|| Error::rule("R7", "the account of this request no longer exists"))?;
    let mut plan = Plan::new("registration.accept");
    if org.status != OrgStatus::Active {
        plan.block(
            "R1",
            format!("{} is {}; it no longer takes users", org.slug, org.status),
            None,
        );
    }
    if reg.new_account {
        // R2: the new account sets its password and becomes active.
        let hash = password.hash()?;
        plan.summary = Some(format!(
            "{} sets a password and starts using {} ({})",
            account.email, org.slug, org.name
        ));
        plan.push(Effect::PasswordSet {
            account: account.email.clone(),
            account_id: account.id,
            hash: SecretHash(hash),
        });
        if account.status == AccountStatus::PendingFirstLogin {
            plan.push(Effect::AccountActivated {
                account: account.email.clone(),
                account_id: account.id,
            });
        }
        plan.push(Effect::RegistrationAccepted {
            account: account.email.clone(),
            registration_id: reg.id,
            org: org.slug.clone(),
            new_account: true,
            from_plan: "none".into(),
            to_plan: org.plan,
            carries_over: CarryOver::default(),
        });
        return Ok(plan);
    }

    // R3: an existing account proves itself with its current password.
    let stored = accounts::password_hash(conn, account.id)?;
    if !stored.is_some_and(|h| secrets::verify_password(&password.clear, &h)) {
        return Err(Error::rule(
            "R3",
            format!("wrong password for {}; nothing was changed", account.email),
        )
        .with_hint("enter the current password of this account")
        .into());
    }
    check_existing(conn, &account, &org, &mut plan)?;
    let own = one_person_org(conn, &account)?;
    let from_plan = own
        .as_ref()
        .map(|o| o.plan.to_string())
        .unwrap_or_else(|| "free".into());
    plan.summary = Some(format!(
        "{} switches from {} to {} ({}, {} plan) as {}",
        account.email,
        match &own {
            Some(o) => format!(
                "the one-person org {} ({} plan; it closes and its billing stops)",
                o.slug, o.plan
            ),
            None => "a personal account (free plan)".into(),
        },
        org.slug,
        org.name,
        org.plan,
        reg.role
    ));
    if !plan.blockers.is_empty() {
        return Ok(plan);
    }
    let mut s = Scratch::new(conn, plan)?;
    if let Some(o) = &own {
        // R4: the one-person org closes; billing stops.
        s.record(Effect::OrgClosed {
            org: o.slug.clone(),
        })?;
    }
    // Exemptions and teams belong to the org the account leaves.
    for (setting, on) in [
        (Exemption::Outside, account.exempt_outside),
        (Exemption::File, account.exempt_file),
    ] {
        if on {
            s.record(Effect::ExemptionSet {
                account: account.email.clone(),
                account_id: account.id,
                setting,
                value: false,
            })?;
        }
    }
    s.clear_teams(&account)?;
    s.record(Effect::OrgChanged {
        account: account.email.clone(),
        account_id: account.id,
        from: account.org_slug.clone(),
        to: org.slug.clone(),
        role: reg.role,
    })?;
    // R8: the communication policy of the new org applies to the account
    // (which `record` has moved there, without its exemptions).
    s.apply_policy(account.id, "R8")?;
    // R3: what carries over is what the policy left.
    let contacts = s.contacts_of(account.id)?.len() as i64;
    let mut chat_count = 0;
    for chat in s.chats_of(account.id)? {
        if chats::by_id(conn, chat)?.is_some_and(|c| c.kind != ChatKind::My) {
            chat_count += 1;
        }
    }
    let files = chats::own_files_of(conn, account.id)?
        .iter()
        .filter(|(_, f)| !s.is_gone_file(f.id))
        .count() as i64;
    let mut messages = 0;
    for (chat, count) in chats::message_counts_by_sender(conn, account.id)? {
        if !s.chat_deleted(chat)? {
            messages += count;
        }
    }
    s.record(Effect::RegistrationAccepted {
        account: account.email.clone(),
        registration_id: reg.id,
        org: org.slug.clone(),
        new_account: false,
        from_plan,
        to_plan: org.plan,
        carries_over: CarryOver {
            contacts,
            chats: chat_count,
            files,
            messages,
        },
    })?;
    Ok(s.into_plan())
}

/// `registration list`: the status follows the clock (R7).
pub fn list(
    conn: &Tx,
    now: &str,
    org: Option<&str>,
    status: Option<RegistrationStatus>,
) -> Result<Vec<RegistrationView>> {
    let org = org.map(|s| access::org(conn, s)).transpose()?;
    Ok(registrations::list(conn, org.map(|o| o.id))?
        .into_iter()
        .map(|r| RegistrationView {
            status: r.status_at(now),
            id: r.id,
            email: r.email,
            org: r.org_slug,
            new_account: r.new_account,
            role: r.role,
            expires_at: r.expires_at,
        })
        .filter(|v| status.is_none_or(|s| s == v.status))
        .collect())
}
