//! Adding users by registration request (SPEC §4, R1–R9): `user add`, and
//! the life of a request: resend, cancel, accept. Each function computes a
//! plan; `plan::apply` carries it out. Links are issued while the plan is
//! applied (`Effect::RegistrationLinkSent`), so no token is ever in a plan.

use crate::model::Timestamp;
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
use crate::plan::{CarryOver, Effect, LinkMail, Plan, SecretHash};
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

    /// The Argon2id hash, computed once; a too-short password is refused.
    pub fn hash(&self) -> Result<String> {
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
    expires_at: Timestamp,
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
        mail: Box::new(LinkMail {
            from: mail_settings.sender.from.clone(),
            subject: mail::subject(template, mail_settings.sender.lang, &org.name),
            name: name.to_string(),
            org_name: org.name.clone(),
            link_base: mail_settings.link_base.clone(),
            expires_at,
        }),
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
                        "{}'s admin cancels them first: orgctl {}registration cancel {}",
                        own.slug,
                        access::as_admin(conn, &own)?,
                        ids[0]
                    )),
                );
            }
        }
        None => {
            let hint = managed_hint(conn, a, current, org)?;
            plan.block(
                "R4",
                format!(
                    "{} is managed by the org {current}; a registration request cannot reach it",
                    a.email
                ),
                Some(hint),
            );
        }
    }
    Ok(())
}

/// The way out of R4 for an account managed by another org (issue 12): a
/// transfer, when T1 allows one between the two plans, preceded by a
/// hand-over when the account is that org's admin (T4); otherwise a new,
/// separate account under another e-mail (R6).
fn managed_hint(conn: &Tx, a: &Account, current: &str, org: &Org) -> Result<String> {
    let from = access::org(conn, current)?;
    if !super::transfer::plan_allows(from.plan, org.plan) {
        return Ok(format!(
            "no transfer can move it ({} → {} is not an allowed move, T1); to give the person a separate account in {}, add another e-mail address of theirs (R6)",
            from.plan, org.plan, org.slug
        ));
    }
    let to_admin = accounts::with_role(conn, org.id, Role::Admin)?
        .first()
        .map(|x| x.email.clone())
        .unwrap_or_else(|| "ADMIN".into());
    let is_admin = a.role == Some(Role::Admin);
    // After a hand-over the new admin is the one who requests the transfer.
    let mover = match (is_admin, access::successor(conn, &from)?) {
        (true, Some(next)) => format!("--as {next} "),
        _ => access::as_admin(conn, &from)?,
    };
    let transfer = format!(
        "orgctl {mover}transfer request --from {current} --to-admin {to_admin} {}",
        a.email
    );
    Ok(if is_admin {
        format!(
            "{} is {current}'s admin, and only members can be moved (T4): {current}'s admin first hands the role over ({}), then moves it with a transfer: {transfer}",
            a.email,
            access::hand_over_hint(conn, &from)?
        )
    } else {
        format!("{current}'s admin moves it with a transfer: {transfer}")
    })
}

/// R1: a free seat for one more user.
fn check_seat(conn: &Tx, org: &Org, now: &Timestamp, plan: &mut Plan) -> Result<()> {
    let used = orgs::seats_used(conn, org.id, now)?;
    check_seat_with(conn, org, used, plan)
}

/// R1 with `used` seats already taken: the one wording of the rule, also
/// used by the staff import, which counts the seats its earlier rows'
/// requests reserve in a dry run that writes nothing.
pub fn check_seat_with(conn: &Tx, org: &Org, used: i64, plan: &mut Plan) -> Result<()> {
    if used + 1 > org.seats {
        plan.block(
            "R1",
            format!(
                "{} has no free seat ({used} of {} used, counting pending requests)",
                org.slug, org.seats
            ),
            Some(format!(
                "{}'s admin adds seats: orgctl {}org set {} --seats {} (or cancel a pending request: orgctl registration list --org {} --status pending)",
                org.slug,
                access::as_admin(conn, org)?,
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

/// The security exemptions an admin gives the invitee at `user add` (R8):
/// set at once on a new account, kept on the pending membership of an
/// existing one until it accepts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Exemptions {
    pub outside: bool,
    pub file: bool,
}

/// `user add EMAIL --org ORG`: R1–R6, with no exemption.
pub fn plan_add(
    conn: &Tx,
    now: &Timestamp,
    actor: Option<&str>,
    req: &AddRequest<'_>,
    mail_settings: &MailSettings,
) -> Result<Plan> {
    plan_add_with(conn, now, actor, req, Exemptions::default(), mail_settings)
}

/// R8: what applying `org`'s communication policy would break for an
/// existing account that joins it with `exempt_outside`, on today's state:
/// the effects the acceptance would list.
fn join_impact(
    conn: &Tx,
    account: &Account,
    org: &Org,
    exempt_outside: bool,
) -> Result<Vec<Effect>> {
    let mut s = Scratch::new(conn, Plan::new("registration.accept"))?;
    s.set_side(account.id, Some(org.id), exempt_outside)?;
    s.apply_policy(account.id, "R8")?;
    let mut plan = s.into_plan();
    name_the_admin_in_fixes(&mut plan, &access::as_admin(conn, org)?);
    Ok(plan.effects)
}

/// R8: the exemption a break's fix names is set by the joining org's admin
/// (on the pending membership), not by the invitee who reads the
/// acceptance preview, so the command names that admin with `--as` and
/// works as shown.
fn name_the_admin_in_fixes(plan: &mut Plan, as_admin: &str) {
    if as_admin.is_empty() {
        return;
    }
    let with_admin = format!("`orgctl {as_admin}user security ");
    for effect in &mut plan.effects {
        if let Effect::ContactRemoved { fix: Some(fix), .. }
        | Effect::ChatLeft { fix: Some(fix), .. } = effect
        {
            *fix = fix.replace("`orgctl user security ", &with_admin).into();
        }
    }
}

/// R8 (seed 000: "all your past data will be transferred"): the warning an
/// admin sees when the invitee would lose contacts or chats on joining, with
/// the command that keeps them.
fn warn_join_losses(plan: &mut Plan, keep: String) {
    let impact = &plan.impact;
    let contacts = impact
        .iter()
        .filter(|e| matches!(e, Effect::ContactRemoved { .. }))
        .count();
    let chats = impact
        .iter()
        .filter(|e| matches!(e, Effect::ChatLeft { .. }))
        .count();
    let files = impact
        .iter()
        .filter(|e| matches!(e, Effect::FileDeleted { .. }))
        .count();
    if contacts + chats + files > 0 {
        plan.warn(
            "R8",
            format!(
                "on accepting, the invitee would lose {contacts} contacts, leave {chats} chats and lose {files} files under this org's outside-communication prohibition (listed under impact); to keep them, exempt the invitee before it accepts: {keep}"
            ),
        );
    }
}

/// `user add EMAIL --org ORG [--exempt-outside on] [--exempt-file on]`:
/// R1–R6, and R8's preview of what the invitee would lose.
pub fn plan_add_with(
    conn: &Tx,
    now: &Timestamp,
    actor: Option<&str>,
    req: &AddRequest<'_>,
    exempt: Exemptions,
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
                exempt_outside: false,
                exempt_file: false,
            });
            // R8: a new account is already a member; its exemptions are
            // set on it at once.
            for (setting, on) in [
                (Exemption::Outside, exempt.outside),
                (Exemption::File, exempt.file),
            ] {
                if on {
                    plan.push(Effect::ExemptionSet {
                        account: email.clone(),
                        account_id,
                        setting,
                        value: true,
                    });
                }
            }
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
                exempt_outside: exempt.outside,
                exempt_file: exempt.file,
            });
            // R8: what the invitee would lose on accepting, and how to keep it.
            plan.impact = join_impact(conn, &a, &org, exempt.outside)?;
            let actor_flag = actor.map(|x| format!("--as {x} ")).unwrap_or_default();
            warn_join_losses(
                &mut plan,
                format!(
                    "orgctl {actor_flag}user add {} --org {} --exempt-outside on",
                    a.email, org.slug
                ),
            );
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
    now: &Timestamp,
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
        .with_hint(format!(
            "send a new request: orgctl user add {} --org {}",
            reg.email, org.slug
        ))
        .into()),
    }
}

/// `registration resend ID`: a new link, the old one void (R7).
pub fn plan_resend(
    conn: &Tx,
    now: &Timestamp,
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
pub fn plan_cancel(conn: &Tx, now: &Timestamp, actor: Option<&str>, id: i64) -> Result<Plan> {
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
        reason: None,
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
    // An account named by a transfer is kept too (deleted, not removed), so
    // that the transfer's record still names it (issue 12: a pending
    // account can be moved).
    if accounts::has_content(conn, a.id)? || crate::db::transfers::involves(conn, a.id)? {
        super::delete::delete_account(&mut s, &a)?;
    } else {
        for (other, _) in s.contacts_of(a.id)? {
            s.remove_contact(
                a.id,
                other,
                "R7",
                format!("the pending account {} is cancelled", a.email).into(),
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
pub fn by_token(conn: &Tx, now: &Timestamp, token: &str) -> Result<Registration> {
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
        RegistrationStatus::Pending => {
            // 15.6: too many wrong passwords lock the request until the
            // admin sends a new link (which resets the count).
            let tries = registrations::failed_attempts(conn, reg.id)?;
            if tries >= MAX_PASSWORD_ATTEMPTS {
                return Err(Error::rule(
                    "R3",
                    format!(
                        "this request is locked after {tries} wrong passwords; ask your administrator to send a new link: orgctl registration resend {}",
                        reg.id
                    ),
                )
                .into());
            }
            return Ok(reg);
        }
        RegistrationStatus::Accepted => {
            "this link was already used; it works only once".to_string()
        }
        RegistrationStatus::Cancelled => match &reg.end_reason {
            Some(why) => format!("this registration request has ended: {why}"),
            None => "this registration request was cancelled by the administrator".to_string(),
        },
        RegistrationStatus::Expired => format!(
            "this link has expired; ask your administrator to resend it: orgctl registration resend {}",
            reg.id
        ),
    };
    Err(Error::rule("R7", reason).into())
}

/// 15.6: wrong passwords allowed on one request (R3 accept); the next
/// attempt is refused until the admin resends the link.
pub const MAX_PASSWORD_ATTEMPTS: i64 = 5;

/// R3: whether `password` is the current password of the existing account
/// a request is for (a new account chooses its password: always true). The
/// caller counts a wrong one in its own transaction, so that the count
/// survives the refusal (15.6).
pub fn password_matches(conn: &Tx, reg: &Registration, password: &Password) -> Result<bool> {
    if reg.new_account {
        return Ok(true);
    }
    let Some(account) = reg.account_id else {
        return Ok(false);
    };
    let stored = accounts::password_hash(conn, account)?;
    Ok(stored.is_some_and(|h| secrets::verify_password(&password.clear, &h)))
}

/// `registration accept TOKEN`: the invitee's side (R2, R3, R4, R5, R8).
pub fn plan_accept(conn: &Tx, now: &Timestamp, token: &str, password: &Password) -> Result<Plan> {
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
    if reg.new_account && account.org_id != Some(reg.org_id) {
        // Issue 12: a pending account moved to another org by a transfer
        // has a request from its new org; this one no longer applies.
        return Err(Error::rule(
            "R7",
            format!(
                "this link of {} no longer applies: the account is now in {}",
                org.slug,
                account.org_slug.as_deref().unwrap_or("no org")
            ),
        )
        .with_hint("use the link in the latest e-mail")
        .into());
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
    // Exemptions and teams belong to the org the account leaves; it takes
    // the ones its new org's admin set on the pending membership (R8).
    for (setting, was, to_be) in [
        (
            Exemption::Outside,
            account.exempt_outside,
            reg.exempt_outside,
        ),
        (Exemption::File, account.exempt_file, reg.exempt_file),
    ] {
        if was != to_be {
            s.record(Effect::ExemptionSet {
                account: account.email.clone(),
                account_id: account.id,
                setting,
                value: to_be,
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
    // Issue 14.1: a login acts for one org; it ends when the account leaves.
    crate::domain::login::drop_with_account(&mut s, &account)?;
    // R8: the communication policy of the new org applies to the account
    // (which `record` has moved there, with the exemptions it takes).
    s.apply_policy(account.id, "R8")?;
    name_the_admin_in_fixes(&mut s.plan, &access::as_admin(conn, &org)?);
    // R4: once managed by this org, the account can accept no other
    // request; those end here, freeing their seats.
    for other in registrations::open_for_account(conn, account.id)? {
        if other.id != reg.id {
            end_request(
                &mut s,
                &other,
                format!("{} joined {} (R4)", account.email, org.slug),
            )?;
        }
    }
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

/// Ends one open request because a rule ended it, once per plan.
fn end_request(s: &mut Scratch<'_>, reg: &Registration, reason: String) -> Result<()> {
    let already = s.plan.effects.iter().any(|e| {
        matches!(e, Effect::RegistrationCancelled { registration_id, .. } if *registration_id == reg.id)
    });
    if !already {
        s.record(Effect::RegistrationCancelled {
            account: reg.email.clone(),
            registration_id: reg.id,
            org: reg.org_slug.clone(),
            new_account: reg.new_account,
            reason: Some(reason),
        })?;
    }
    Ok(())
}

/// D2, C3 (issue 12): every open request whose invitee is `account` ends in
/// the plan that deletes it, freeing its seat and its e-mail for a new
/// request (seed 004: "You can register a new account with the same email
/// address after deletion").
pub fn end_requests_of(s: &mut Scratch<'_>, account: &Account, reason: &str) -> Result<()> {
    for reg in registrations::open_for_account(s.conn(), account.id)? {
        end_request(s, &reg, reason.to_string())?;
    }
    Ok(())
}

/// C3 (issue 12): every open request an org sent ends when its contract is
/// cancelled.
pub fn end_requests_from(s: &mut Scratch<'_>, org: &Org, reason: &str) -> Result<()> {
    for reg in registrations::open_of_org(s.conn(), org.id)? {
        end_request(s, &reg, reason.to_string())?;
    }
    Ok(())
}

/// Issue 12, defect 3: a pending account moved by a transfer (T6) takes its
/// registration along, consistently: the old org's request ends (its link
/// stops working) and the destination sends its own, with a new link.
pub fn carry_over_requests(
    s: &mut Scratch<'_>,
    account: &Account,
    to: &Org,
    mail_settings: &MailSettings,
    now: &Timestamp,
) -> Result<()> {
    if account.status != AccountStatus::PendingFirstLogin {
        return Ok(());
    }
    let open = registrations::open_for_account(s.conn(), account.id)?;
    if open.is_empty() {
        return Ok(());
    }
    for reg in &open {
        end_request(
            s,
            reg,
            format!("{} was moved to {}", account.email, to.slug),
        )?;
    }
    // Requests made earlier in this plan are not stored yet.
    let planned = s
        .plan
        .effects
        .iter()
        .filter_map(|e| match e {
            Effect::RegistrationRequested {
                registration_id, ..
            } => Some(registration_id.0),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let id = RegistrationId(registrations::next_id(s.conn())?.0.max(planned + 1));
    let expires_at = crate::settings::expires_at(now, mail_settings.ttl_days)?;
    s.record(Effect::RegistrationRequested {
        account: account.email.clone(),
        account_id: account.id,
        org: to.slug.clone(),
        registration_id: id,
        new_account: true,
        role: Role::Member,
        expires_at: expires_at.clone(),
        requested_by: None,
        exempt_outside: false,
        exempt_file: false,
    })?;
    s.record(link_effect(
        mail_settings,
        id,
        &account.email,
        &account.name,
        to,
        true,
        expires_at,
    ))?;
    Ok(())
}

/// `user security USER ...` on an invitee that the actor's org has not
/// admitted yet (R8): the exemptions are set on the pending membership, so
/// the fix an acceptance preview names works before acceptance. `None` when
/// the actor manages no open request to this account.
pub fn plan_pending_exemptions(
    conn: &Tx,
    now: &Timestamp,
    actor: Option<&str>,
    account: &Account,
    exempt_outside: Option<bool>,
    exempt_file: Option<bool>,
) -> Result<Option<Plan>> {
    let mut found = None;
    for reg in registrations::open_for_account(conn, account.id)? {
        if reg.new_account || reg.status_at(now) != RegistrationStatus::Pending {
            continue;
        }
        let org = access::org(conn, &reg.org_slug)?;
        if access::authorize(conn, actor, &org, Need::UserManager).is_ok() {
            found = Some((reg, org));
            break;
        }
    }
    let Some((reg, org)) = found else {
        return Ok(None);
    };
    let mut plan = Plan::new("user.security");
    plan.summary = Some(format!(
        "set the exemptions {} takes when it accepts registration request #{} to {}",
        account.email, reg.id, org.slug
    ));
    let mut outside = reg.exempt_outside;
    for (setting, asked, was) in [
        ("exempt_outside", exempt_outside, reg.exempt_outside),
        ("exempt_file", exempt_file, reg.exempt_file),
    ] {
        if let Some(on) = asked
            && on != was
        {
            plan.push(Effect::RegistrationExemptionSet {
                account: account.email.clone(),
                registration_id: reg.id,
                org: org.slug.clone(),
                setting: setting.into(),
                value: on,
            });
            if setting == "exempt_outside" {
                outside = on;
            }
        }
    }
    // R8: what the acceptance would still break with these exemptions.
    plan.impact = join_impact(conn, account, &org, outside)?;
    let actor_flag = actor.map(|x| format!("--as {x} ")).unwrap_or_default();
    warn_join_losses(
        &mut plan,
        format!(
            "orgctl {actor_flag}user security {} --exempt-outside on",
            account.email
        ),
    );
    Ok(Some(plan))
}

/// Why an open request holds no seat although it is pending (R1, R4).
fn no_seat_reason(conn: &Tx, r: &Registration) -> Result<Option<String>> {
    let Some(id) = r.account_id else {
        return Ok(Some("its account no longer exists".into()));
    };
    let Some(a) = accounts::by_id(conn, id)? else {
        return Ok(Some("its account no longer exists".into()));
    };
    Ok(Some(match (a.status, &a.org_slug) {
        (AccountStatus::Deleted, _) => format!("{} was deleted", a.email),
        (_, Some(slug)) => format!(
            "{} is now managed by {slug}, which has other members, so it cannot accept (R4); it holds no seat",
            a.email
        ),
        _ => return Ok(None),
    }))
}

/// `registration list`: the status follows the clock (R7).
pub fn list(
    conn: &Tx,
    now: &Timestamp,
    org: Option<&str>,
    status: Option<RegistrationStatus>,
) -> Result<Vec<RegistrationView>> {
    let org = org.map(|s| access::org(conn, s)).transpose()?;
    let mut views = Vec::new();
    for r in registrations::list(conn, org.map(|o| o.id), now)? {
        let current = r.status_at(now);
        if status.is_some_and(|s| s != current) {
            continue;
        }
        // The reason: why a rule ended it, or why a pending request to an
        // existing account holds no seat (`registrations::holds_seat` said so).
        let reason = match current {
            RegistrationStatus::Cancelled => r.end_reason.clone(),
            RegistrationStatus::Pending if !r.new_account && !r.holds_seat => {
                no_seat_reason(conn, &r)?
            }
            _ => None,
        };
        views.push(RegistrationView {
            status: current,
            id: r.id,
            email: r.email,
            org: r.org_slug,
            new_account: r.new_account,
            role: r.role,
            expires_at: r.expires_at,
            holds_seat: r.holds_seat,
            reason,
            exempt_outside: r.exempt_outside,
            exempt_file: r.exempt_file,
        });
    }
    Ok(views)
}
