//! Who is acting, and the logins that make it sure (issue 14, items 1-2).
//!
//! On SQLite the file's permissions are the boundary and `--as` is a claim
//! (CLI.md "Who may act"). On PostgreSQL the server authenticates: a login
//! role acts as exactly one account (an org `admin` or `user_admin`), and
//! the role that owns orgctl's tables (it ran `orgctl init`) or a superuser
//! is the owner, who manages logins and may act for anyone with `--as`.

use crate::db::{Tx, logins};
use crate::domain::access;
use crate::domain::leave::Scratch;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Account, AccountStatus, Role};
use crate::plan::{Effect, Plan};

/// PostgreSQL limits a role's name to 63 bytes (NAMEDATALEN - 1).
const ROLE_NAME_MAX: usize = 63;

/// Who the database says is connected.
#[derive(Debug, Clone)]
pub enum Who {
    /// An SQLite file: whoever can write it.
    File,
    /// The owner of the database on the server (or a superuser).
    Owner { user: String },
    /// A login role and the account it acts as.
    Login { user: String, account: Account },
}

impl Who {
    /// The database user, on the server.
    pub fn db_user(&self) -> Option<&str> {
        match self {
            Who::File => None,
            Who::Owner { user } | Who::Login { user, .. } => Some(user),
        }
    }
}

fn denied(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Denied, message)
}

/// Asks the database who is connected. A role that is neither the owner
/// nor a login, or a login whose account no longer qualifies, is refused
/// (exit 77).
pub fn who(conn: &Tx) -> Result<Who> {
    let Some(session) = logins::session(conn)? else {
        return Ok(Who::File);
    };
    if let Some(id) = session.login {
        let account = access::user(conn, &id.0.to_string())?;
        let qualifies = account.status == AccountStatus::Active
            && matches!(account.role, Some(Role::Admin | Role::UserAdmin));
        if !qualifies {
            return Err(denied(format!(
                "the login {} acts for {} ({}), who is no longer an active admin or user_admin; nothing was changed",
                session.user, account.email, account.status
            ))
            .with_hint("ask the owner of the database to drop this login (`orgctl login drop EMAIL`)")
            .into());
        }
        return Ok(Who::Login {
            user: session.user,
            account,
        });
    }
    if session.owner {
        return Ok(Who::Owner { user: session.user });
    }
    Err(denied(format!(
        "the database user {} is neither the owner of this orgctl database nor an orgctl login; nothing was changed",
        session.user
    ))
    .with_hint("connect as your login (postgres://EMAIL@HOST/DB), or ask the owner to run `orgctl login create EMAIL`")
    .into())
}

/// The actor of this command (issue 14.2). A login acts as its account:
/// `--as` may be left out, and naming anyone else is refused (exit 77). The
/// owner and an SQLite file keep `--as` as given.
pub fn actor(conn: &Tx, who: &Who, given: Option<&str>) -> Result<Option<String>> {
    let Who::Login { user, account } = who else {
        return Ok(given.map(str::to_owned));
    };
    let Some(given) = given else {
        return Ok(Some(account.email.clone()));
    };
    let same = access::user(conn, given).is_ok_and(|a| a.id == account.id);
    if !same {
        return Err(denied(format!(
            "--as {given}: you are connected as the login {user}, which acts only as {}; nothing was changed",
            account.email
        ))
        .with_hint(format!(
            "leave out --as (or write --as {}), or connect with {given}'s own login",
            account.email
        ))
        .into());
    }
    Ok(Some(account.email.clone()))
}

fn require_owner(who: &Who, what: &str) -> Result<()> {
    match who {
        Who::Owner { .. } => Ok(()),
        Who::File => Err(Error::usage(format!(
            "{what}: logins exist only on a PostgreSQL server; an SQLite file's boundary is its file permissions"
        ))
        .with_hint("point --db at a postgres:// URL, or keep using --as on this file")
        .into()),
        Who::Login { user, .. } => Err(denied(format!(
            "{what}: only the owner of the database (the role that ran `orgctl init`) or a superuser manages logins; you are connected as the login {user}"
        ))
        .with_hint("ask the owner of the database to run it")
        .into()),
    }
}

/// The role name of an account's login: its e-mail, as a person types it
/// in a URL (`postgres://EMAIL@HOST/DB`, the `@` written `%40`), with ASCII
/// letters lowered (e-mails fold ASCII only, SPEC §1).
pub fn role_name(email: &str) -> String {
    email.to_ascii_lowercase()
}

/// `login create EMAIL`: a login for an active org admin or user_admin.
pub fn plan_create(conn: &Tx, who: &Who, email: &str, verifier: &str) -> Result<Plan> {
    require_owner(who, "login create")?;
    let account = access::live_user(conn, email)?;
    let Some(role) = account
        .role
        .filter(|r| matches!(r, Role::Admin | Role::UserAdmin))
    else {
        let is = match (&account.org_slug, account.role) {
            (Some(slug), Some(role)) => format!("a {role} of {slug}"),
            _ => "a personal account".into(),
        };
        return Err(Error::refused(format!(
            "logins are for org admins and user_admins (issue 14.1); {} is {is}",
            account.email
        ))
        .with_hint(format!(
            "make them one first: orgctl user set {} --role user_admin",
            account.email
        ))
        .into());
    };
    if account.status != AccountStatus::Active {
        return Err(Error::refused(format!(
            "{} is {}, not active; a login acts for an active {role}",
            account.email, account.status
        ))
        .into());
    }
    if let Some(existing) = logins::of_account(conn, account.id)? {
        return Err(Error::refused(format!(
            "{} already has the login {existing}",
            account.email
        ))
        .with_hint(format!(
            "to change its password, run `orgctl login drop {0}` then `orgctl login create {0}`",
            account.email
        ))
        .into());
    }
    let login = role_name(&account.email);
    if login.len() > ROLE_NAME_MAX {
        return Err(Error::refused(format!(
            "PostgreSQL role names hold at most {ROLE_NAME_MAX} bytes, and {login} has {}",
            login.len()
        ))
        .with_hint("give the account a shorter e-mail (orgctl user set USER --email NEW) first")
        .into());
    }
    if logins::role_exists(conn, &login)? {
        return Err(Error::refused(format!(
            "a role named {login} already exists on this server (roles are shared by all its databases)"
        ))
        .with_hint(format!(
            "drop or rename that role first (DROP ROLE \"{login}\"), if it is no longer used"
        ))
        .into());
    }
    let mut plan = Plan::new("login.create");
    plan.push(Effect::LoginCreated {
        account: account.email.clone(),
        account_id: account.id,
        login,
        verifier: verifier.to_owned(),
    });
    Ok(plan)
}

/// `login drop EMAIL`: the account's login ends (also for deleted accounts).
pub fn plan_drop(conn: &Tx, who: &Who, email: &str) -> Result<Plan> {
    require_owner(who, "login drop")?;
    let account = access::user(conn, email)?;
    let Some(login) = logins::of_account(conn, account.id)? else {
        return Err(Error::not_found(format!("{} has no login", account.email))
            .with_hint("`orgctl login list` shows the logins")
            .into());
    };
    let mut plan = Plan::new("login.drop");
    plan.push(Effect::LoginDropped {
        account: account.email.clone(),
        account_id: account.id,
        login,
    });
    Ok(plan)
}

/// Issue 14.1: an account that is deleted (D2) or moved to another org (T8)
/// loses its login in the same plan. Pushed after the effect that deletes
/// or moves the account, so the database sees why the login ends.
pub fn drop_with_account(s: &mut Scratch<'_>, a: &Account) -> Result<()> {
    // Through the view: a transfer reads its users' logins ahead, a batch
    // at a time (`Scratch::prefetch_moves`, issue 13.8).
    if let Some(login) = s.login_of(a.id)? {
        s.record(Effect::LoginDropped {
            account: a.email.clone(),
            account_id: a.id,
            login,
        })?;
    }
    Ok(())
}
