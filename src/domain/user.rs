//! Users: the view of an account and `user set` (name, e-mail, Chatwork ID,
//! role).

use crate::db::Tx;
use crate::model::Timestamp;

use super::access::{self, Need};
use super::registration::Password;
use super::validate;
use crate::db::{accounts, registrations};
use crate::error::{Error, Result};
use crate::model::{Account, AccountStatus, Org, Role};
use crate::plan::{Effect, Plan, SecretHash};
use crate::views::UserView;

pub fn view(conn: &Tx, a: &Account) -> Result<UserView> {
    Ok(view_with_teams(a.clone(), accounts::teams(conn, a.id)?))
}

/// The view of an account whose team names were read with it (`user list`).
pub fn view_with_teams(a: Account, teams: Vec<String>) -> UserView {
    UserView {
        account_id: a.id,
        chatwork_id: a.chatwork_id,
        name: a.name,
        email: a.email,
        status: a.status,
        org: a.org_slug,
        role: a.role,
        exempt_outside: a.exempt_outside,
        exempt_file: a.exempt_file,
        has_api_token: a.has_api_token,
        teams,
    }
}

/// What `user set` was asked to change.
#[derive(Debug, Default)]
pub struct UserChanges<'a> {
    pub name: Option<&'a str>,
    pub email: Option<&'a str>,
    /// `Some(None)` clears the Chatwork ID.
    pub chatwork_id: Option<Option<&'a str>>,
    pub role: Option<Role>,
}

/// Whether `actor` names the account itself (an active one).
fn is_self(conn: &Tx, actor: &str, a: &Account) -> bool {
    access::user(conn, actor).is_ok_and(|x| x.id == a.id && x.status == AccountStatus::Active)
}

/// The org whose administrators manage an account; none for a personal one.
fn managing_org(conn: &Tx, a: &Account) -> Result<Org> {
    match &a.org_slug {
        Some(slug) => access::org(conn, slug),
        None => Err(Error::refused(format!(
            "{} is a personal account; no org administrator manages it",
            a.email
        ))
        .with_hint(format!(
            "the user changes it itself: orgctl --as {} user ...",
            a.email
        ))
        .into()),
    }
}

/// Who may run `user set` (S1, R9): the user itself changes its name,
/// e-mail and Chatwork ID (personal accounts too); an admin or user_admin of
/// its org changes its name, e-mail and role, never its Chatwork ID (seed
/// 003: 利用者本人が自分のアカウントに対して設定するため…管理者で一括管理が
/// できません, "the user sets it on their own account … the administrator
/// cannot manage it").
pub fn authorize_set(
    conn: &Tx,
    actor: Option<&str>,
    a: &Account,
    changes: &UserChanges<'_>,
) -> Result<()> {
    let Some(actor) = actor else {
        return Err(Error::usage(
            "user set needs someone to act: the user itself, or an admin or user_admin of its org",
        )
        .with_hint("pass --as EMAIL, or set ORGCTL_AS or `actor` in the config file")
        .into());
    };
    let acting_self = is_self(conn, actor, a);
    if changes.chatwork_id.is_some() && !acting_self {
        let example = match changes.chatwork_id {
            Some(Some(id)) => format!("--chatwork-id {id}"),
            _ => "--clear-chatwork-id".to_string(),
        };
        return Err(Error::rule(
            "S1",
            format!(
                "the Chatwork ID of {} is set by its user, not by an administrator (--as {actor})",
                a.email
            ),
        )
        .with_hint(format!(
            "ask {} to run: orgctl --as {} user set {} {example}",
            a.email, a.email, a.email
        ))
        .into());
    }
    if acting_self && changes.role.is_none() {
        return Ok(());
    }
    let org = managing_org(conn, a)?;
    access::authorize(conn, Some(actor), &org, Need::UserManager)?;
    Ok(())
}

/// `user password USER`: an admin or user_admin of the user's org sets or
/// resets its password (seed 004: "Changing the password as a Manager can be
/// done by going to Admin Settings > User List > Details"), or the user sets
/// its own. A pending account sets its first password through its link
/// (R2).
pub fn plan_password(
    conn: &Tx,
    actor: Option<&str>,
    a: &Account,
    password: &Password,
) -> Result<Plan> {
    let acting_self = actor.is_some_and(|x| is_self(conn, x, a));
    if !acting_self {
        let org = managing_org(conn, a)?;
        access::authorize(conn, actor, &org, Need::UserManager)?;
    }
    let mut plan = Plan::new("user.password");
    plan.summary = Some(format!("set a new password for {}", a.email));
    if a.status == AccountStatus::PendingFirstLogin {
        let open = registrations::open_for_account(conn, a.id)?;
        let hint = match open.first() {
            Some(r) => format!(
                "send the link again: orgctl --as {} registration resend {}",
                actor.unwrap_or("ADMIN"),
                r.id
            ),
            None => format!(
                "no open request is left to resend; delete the account, then add it again: orgctl --as {} user delete {}",
                actor.unwrap_or("ADMIN"),
                a.email
            ),
        };
        plan.block(
            "R2",
            format!(
                "{} has not registered yet; it chooses its first password through its registration link",
                a.email
            ),
            Some(hint),
        );
        return Ok(plan);
    }
    plan.push(Effect::PasswordSet {
        account: a.email.clone(),
        account_id: a.id,
        hash: SecretHash(password.hash()?),
    });
    Ok(plan)
}

/// `user set`: who may act is checked first (`authorize_set`).
pub fn plan_set(
    conn: &Tx,
    actor: Option<&str>,
    a: &Account,
    changes: &UserChanges<'_>,
) -> Result<Plan> {
    authorize_set(conn, actor, a, changes)?;
    let mut plan = Plan::new("user.set");
    plan.summary = Some(format!("change account {} ({})", a.id, a.email));
    let field = |plan: &mut Plan, field: &str, from: Option<&str>, to: Option<String>| {
        if from != to.as_deref() {
            plan.push(Effect::AccountUpdated {
                account: a.email.clone(),
                account_id: a.id,
                field: field.to_string(),
                from: from.map(str::to_string),
                to,
            });
        }
    };
    if let Some(name) = changes.name {
        let name = validate::name("name", name)?;
        field(&mut plan, "name", Some(&a.name), Some(name));
    }
    if let Some(email) = changes.email {
        // R9: the e-mail may change after joining; it stays unique among
        // live accounts, compared case-insensitively.
        let email = validate::email(email)?;
        if let Some(owner) = accounts::email_owner(conn, &email, Some(a.id))? {
            plan.block(
                "R9",
                format!("{email} already belongs to account {owner}"),
                Some("e-mails are unique among accounts that are not deleted".into()),
            );
        }
        field(&mut plan, "email", Some(&a.email), Some(email));
    }
    if let Some(cw) = changes.chatwork_id {
        if let Some(id) = cw {
            validate::chatwork_id(id)?;
            if let Some(owner) = accounts::by_chatwork_id(conn, id)?
                && owner.id != a.id
            {
                plan.block(
                    "§1",
                    format!("the Chatwork ID `{id}` is taken by account {}", owner.id),
                    Some("Chatwork IDs are unique; choose another".into()),
                );
            }
        }
        field(
            &mut plan,
            "chatwork_id",
            a.chatwork_id.as_deref(),
            cw.map(str::to_string),
        );
    }
    if let Some(role) = changes.role {
        match (a.role, &a.org_slug) {
            (Some(Role::Admin), Some(slug)) => plan.block(
                "I1",
                format!(
                    "{} is {slug}'s admin; its role changes only by a hand-over",
                    a.email
                ),
                Some(format!(
                    "hand the role over: {}",
                    access::hand_over_hint(conn, &access::org(conn, slug)?)?
                )),
            ),
            (Some(from), Some(slug)) if from != role => plan.push(Effect::RoleChanged {
                account: a.email.clone(),
                account_id: a.id,
                org: slug.clone(),
                from,
                to: role,
            }),
            (Some(_), Some(_)) => {}
            _ => {
                return Err(Error::refused(format!(
                    "{} is a personal account and has no org role",
                    a.email
                ))
                .into());
            }
        }
    }
    Ok(plan)
}

/// `user security`: the exemptions of an account its org admits (C1, C2:
/// `policy_change::plan_exemptions`), or of an invitee the actor's org has
/// not admitted yet, which take them on its pending membership (R8:
/// `registration::plan_pending_exemptions`). Each plan authorizes the actor
/// itself; the choice between them is whether the actor manages the
/// account's current org.
pub fn plan_security(
    conn: &Tx,
    now: &Timestamp,
    actor: Option<&str>,
    account: &Account,
    exempt_outside: Option<bool>,
    exempt_file: Option<bool>,
) -> Result<Plan> {
    let manages_it = match &account.org_slug {
        Some(slug) => {
            let org = access::org(conn, slug)?;
            access::authorize(conn, actor, &org, Need::UserManager).is_ok()
        }
        None => false,
    };
    if !manages_it
        && let Some(plan) = super::registration::plan_pending_exemptions(
            conn,
            now,
            actor,
            account,
            exempt_outside,
            exempt_file,
        )?
    {
        return Ok(plan);
    }
    super::policy_change::plan_exemptions(conn, actor, account, exempt_outside, exempt_file)
}
