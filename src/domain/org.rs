//! Organizations: creation, the view of one, seats and the admin hand-over.

use crate::db::Tx;
use crate::model::Timestamp;

use super::validate;
use crate::db::{accounts, orgs};
use crate::error::{Error, Result};
use crate::model::{AccountStatus, Org, OrgPlan, Role};
use crate::plan::{Effect, OrgSetting, Plan, SecretHash};
use crate::views::OrgView;

/// What `org create` was asked for.
pub struct NewOrg<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub plan: OrgPlan,
    pub seats: i64,
    pub admin_email: &'a str,
    pub admin_name: Option<&'a str>,
    /// The admin's first password (issue 12); `None` leaves it unset, with
    /// a warning naming the command that sets it.
    pub admin_password: Option<&'a super::registration::Password>,
}

/// `org create`: the org and its admin, an active account (I1) that uses
/// one of the seats (I2).
pub fn plan_create(conn: &Tx, req: &NewOrg<'_>) -> Result<Plan> {
    validate::slug(req.slug)?;
    let name = validate::name("org name", req.name)?;
    let email = validate::email(req.admin_email)?;
    let admin_name = match req.admin_name {
        Some(n) => validate::name("admin name", n)?,
        None => email.split('@').next().unwrap_or_default().to_string(),
    };
    let mut plan = Plan::new("org.create");
    plan.summary = Some(format!(
        "create org {} ({}) with admin {email}",
        req.slug, req.plan
    ));
    if orgs::by_slug(conn, req.slug)?.is_some() {
        plan.block(
            "§1",
            format!("an org with the slug `{}` already exists", req.slug),
            Some("choose another slug".into()),
        );
    }
    if let Some(id) = accounts::email_owner(conn, &email, None)? {
        plan.block(
            "§1",
            format!("{email} already belongs to account {id}"),
            Some("give the new org's admin an e-mail that no account uses".into()),
        );
    }
    if req.seats < 1 {
        plan.block(
            "I2",
            "an org needs at least one seat, for its admin",
            Some("pass --seats 1 or more".into()),
        );
    }
    plan.push(Effect::OrgCreated {
        org: req.slug.to_string(),
        name,
        plan: req.plan,
        seats: req.seats,
    });
    let account_id = accounts::next_id(conn)?;
    plan.push(Effect::AccountCreated {
        account: email.clone(),
        account_id,
        name: admin_name,
        org: Some(req.slug.to_string()),
        role: Some(Role::Admin),
        status: AccountStatus::Active,
    });
    match req.admin_password {
        Some(password) => plan.push(Effect::PasswordSet {
            account: email,
            account_id,
            hash: SecretHash(password.hash()?),
        }),
        None => plan.warn(
            "R3",
            format!(
                "{email} has no password yet, so it cannot confirm what needs one (accepting a registration request); set it: orgctl --as {email} user password {email}"
            ),
        ),
    }
    Ok(plan)
}

pub fn view(conn: &Tx, org: &Org, now: &Timestamp) -> Result<OrgView> {
    Ok(OrgView {
        slug: org.slug.clone(),
        name: org.name.clone(),
        plan: org.plan,
        seats: org.seats,
        seats_used: orgs::seats_used(conn, org.id, now)?,
        status: org.status,
        prohibit_outside: org.prohibit_outside,
        prohibit_file_sharing: org.prohibit_file_sharing,
        allow: orgs::allow_list(conn, org.id)?,
        admin: accounts::with_role(conn, org.id, Role::Admin)?
            .into_iter()
            .next()
            .map(|a| a.email),
    })
}

/// `org set --seats`: never below the seats used (I2).
pub fn plan_seats(
    conn: &Tx,
    org: &Org,
    seats: i64,
    now: &Timestamp,
    plan: &mut Plan,
) -> Result<()> {
    let used = orgs::seats_used(conn, org.id, now)?;
    if seats < used {
        plan.block(
            "I2",
            format!(
                "{} uses {used} seats; it cannot have fewer ({seats} asked)",
                org.slug
            ),
            Some(format!(
                "delete users or cancel pending registrations first, or keep at least {used} seats"
            )),
        );
    } else if seats != org.seats {
        plan.push(Effect::SettingChanged {
            org: org.slug.clone(),
            change: OrgSetting::Seats(seats),
        });
    }
    Ok(())
}

/// `org hand-over`: the admin role moves to another active member; the old
/// admin becomes `user_admin` (T4, I1).
pub fn plan_hand_over(conn: &Tx, actor: Option<&str>, org: &Org, to: &str) -> Result<Plan> {
    super::access::authorize(conn, actor, org, super::access::Need::OrgAdmin)?;
    let mut plan = Plan::new("org.hand_over");
    let new_admin = super::access::live_user(conn, to)?;
    plan.summary = Some(format!(
        "hand {}'s admin role to {}",
        org.slug, new_admin.email
    ));
    let current = accounts::with_role(conn, org.id, Role::Admin)?;
    if new_admin.org_id != Some(org.id) {
        plan.block(
            "I1",
            format!("{} is not a member of {}", new_admin.email, org.slug),
            Some("the admin role can only go to a member of the org".into()),
        );
        return Ok(plan);
    }
    if new_admin.status != AccountStatus::Active {
        plan.block(
            "I1",
            format!(
                "{} is {}, not active; the admin must be an active account",
                new_admin.email, new_admin.status
            ),
            Some("wait until the user has logged in for the first time".into()),
        );
    }
    if new_admin.role == Some(Role::Admin) {
        return Err(Error::rule(
            "I1",
            format!("{} is already {}'s admin", new_admin.email, org.slug),
        )
        .into());
    }
    for old in &current {
        plan.push(Effect::RoleChanged {
            account: old.email.clone(),
            account_id: old.id,
            org: org.slug.clone(),
            from: Role::Admin,
            to: Role::UserAdmin,
        });
    }
    plan.push(Effect::RoleChanged {
        account: new_admin.email.clone(),
        account_id: new_admin.id,
        org: org.slug.clone(),
        from: new_admin.role.unwrap_or(Role::Member),
        to: Role::Admin,
    });
    Ok(plan)
}
