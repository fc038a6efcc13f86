//! Users: the view of an account and `user set` (name, e-mail, Chatwork ID,
//! role).

use crate::db::Tx;

use super::access::{self, Need};
use super::validate;
use crate::db::accounts;
use crate::error::{Error, Result};
use crate::model::{Account, OrgId, Role};
use crate::plan::{Effect, Plan};
use crate::views::UserView;

pub fn view(conn: &Tx, a: &Account) -> Result<UserView> {
    Ok(view_with_teams(a, accounts::teams(conn, a.id)?))
}

/// The views of many accounts, with their teams read in one statement.
pub fn views(conn: &Tx, list: &[Account], org: Option<OrgId>) -> Result<Vec<UserView>> {
    let mut teams = accounts::teams_by_account(conn, org)?;
    Ok(list
        .iter()
        .map(|a| view_with_teams(a, teams.remove(&a.id).unwrap_or_default()))
        .collect())
}

fn view_with_teams(a: &Account, teams: Vec<String>) -> UserView {
    UserView {
        account_id: a.id,
        chatwork_id: a.chatwork_id.clone(),
        name: a.name.clone(),
        email: a.email.clone(),
        status: a.status,
        org: a.org_slug.clone(),
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

/// `user set`: the account's org's admin or a user_admin edits it.
pub fn plan_set(
    conn: &Tx,
    actor: Option<&str>,
    a: &Account,
    changes: &UserChanges<'_>,
) -> Result<Plan> {
    let org = access::managing_org(conn, a)?;
    access::authorize(conn, actor, &org, Need::UserManager)?;
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
                    "run `orgctl org hand-over {slug} --to OTHER` first"
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
