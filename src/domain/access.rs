//! Finding the org, user or chat a command names, and who may act (CLI.md
//! "Who may act"): checked here and nowhere else.

use crate::db::Tx;

use crate::db::{accounts, chats, orgs};
use crate::error::{Error, Result};
use crate::model::{Account, AccountId, AccountStatus, Chat, ChatId, Org, Role};

/// An org by slug, or exit 4.
pub fn org(conn: &Tx, slug: &str) -> Result<Org> {
    orgs::by_slug(conn, slug)?.ok_or_else(|| {
        Error::not_found(format!("no org `{slug}`"))
            .with_hint("`orgctl org list` shows the orgs")
            .into()
    })
}

/// The account a `USER` argument names: an e-mail (has `@`), an account ID
/// (all digits) or a Chatwork ID. Deleted accounts are found too, so that
/// callers can say so; exit 4 when nothing matches.
pub fn user(conn: &Tx, text: &str) -> Result<Account> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::usage("an empty USER names no account")
            .with_hint("give an e-mail, an account ID or a Chatwork ID")
            .into());
    }
    let found = if text.contains('@') {
        accounts::by_email(conn, text)?
    } else if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) {
        match text.parse::<i64>() {
            Ok(id) => accounts::by_id(conn, AccountId(id))?,
            Err(_) => None,
        }
    } else {
        accounts::by_chatwork_id(conn, text)?
    };
    found.ok_or_else(|| {
        let by = if text.contains('@') {
            "e-mail"
        } else if text.chars().all(|c| c.is_ascii_digit()) {
            "account ID"
        } else {
            "Chatwork ID"
        };
        Error::not_found(format!("no account with {by} `{text}`")).into()
    })
}

/// A user that must not be deleted (most commands act on live accounts).
pub fn live_user(conn: &Tx, text: &str) -> Result<Account> {
    let account = user(conn, text)?;
    if account.status == AccountStatus::Deleted {
        return Err(Error::not_found(format!(
            "account {} ({}) was deleted and cannot be changed",
            account.id, account.email
        ))
        .into());
    }
    Ok(account)
}

/// The org whose administrators manage an account; a personal account has
/// none, so no administrator may change it.
pub fn managing_org(conn: &Tx, account: &Account) -> Result<Org> {
    match &account.org_slug {
        Some(slug) => org(conn, slug),
        None => Err(Error::refused(format!(
            "{} is a personal account; no org administrator manages it",
            account.email
        ))
        .into()),
    }
}

pub fn chat(conn: &Tx, id: i64) -> Result<Chat> {
    chats::by_id(conn, ChatId(id))?.ok_or_else(|| Error::not_found(format!("no chat {id}")).into())
}

/// What a command needs of the actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Org settings, allow-lists, hand-over, cancel and transfers.
    OrgAdmin,
    /// Adding, deleting and editing users, registrations and staff.
    UserManager,
}

/// Why the actor may not act: the fact, and who may.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub message: String,
    pub hint: Option<String>,
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Error {
        let e = Error::refused(r.message);
        match r.hint {
            Some(h) => e.with_hint(h),
            None => e,
        }
    }
}

/// Checks that `--as` names an active administrator of `org` with the
/// needed role, and returns that account. A refusal is an error (exit 3).
pub fn authorize(conn: &Tx, actor: Option<&str>, org: &Org, need: Need) -> Result<Account> {
    match may_act(conn, actor, org, need)? {
        Ok(account) => Ok(account),
        Err(refusal) => Err(Error::from(refusal).into()),
    }
}

/// As `authorize`, with the refusal given back as a value, for a plan that
/// lists it as a blocker beside the others (R1: a dry run lists them all).
/// A missing `--as` (a usage error) and an `--as` that names nobody (not
/// found) are still errors.
pub fn may_act(
    conn: &Tx,
    actor: Option<&str>,
    org: &Org,
    need: Need,
) -> Result<std::result::Result<Account, Refusal>> {
    let needed = match need {
        Need::OrgAdmin => format!("{}'s admin", org.slug),
        Need::UserManager => format!("{}'s admin or a user_admin", org.slug),
    };
    let admin_hint = accounts::with_role(conn, org.id, Role::Admin)?
        .first()
        .map(|a| format!(" ({})", a.email))
        .unwrap_or_default();
    let Some(actor) = actor else {
        return Err(
            Error::usage(format!("this command needs {needed}{admin_hint} to act"))
                .with_hint("pass --as EMAIL, or set ORGCTL_AS or `actor` in the config file")
                .into(),
        );
    };
    let account = user(conn, actor)
        .map_err(|_| Error::not_found(format!("--as `{actor}`: no such account")))?;
    if account.status != AccountStatus::Active {
        return Ok(Err(Refusal {
            message: format!(
                "--as {} is {}, not an active account",
                account.email, account.status
            ),
            hint: None,
        }));
    }
    let role_ok = matches!(
        (account.role, need),
        (Some(Role::Admin), _) | (Some(Role::UserAdmin), Need::UserManager)
    );
    if account.org_id != Some(org.id) || !role_ok {
        let is = match (&account.org_slug, account.role) {
            (Some(slug), Some(role)) => format!("{role} of {slug}"),
            _ => "a personal account".to_string(),
        };
        return Ok(Err(Refusal {
            message: format!(
                "this command needs {needed}; --as {} is {is}",
                account.email
            ),
            hint: Some(format!("run it as {needed}{admin_hint}")),
        }));
    }
    Ok(Ok(account))
}

/// `--as ADMIN ` naming an org's admin, for hints whose command only that
/// admin may run, so that the command works as shown (issue 12).
pub fn as_admin(conn: &Tx, org: &Org) -> Result<String> {
    Ok(accounts::with_role(conn, org.id, Role::Admin)?
        .first()
        .map(|a| format!("--as {} ", a.email))
        .unwrap_or_default())
}

/// The member a hint proposes as the next admin: an active user_admin
/// first, else an active member.
pub fn successor(conn: &Tx, org: &Org) -> Result<Option<String>> {
    let members = accounts::list(conn, Some(org.id), Some(AccountStatus::Active))?;
    Ok(members
        .iter()
        .filter(|a| a.role == Some(Role::UserAdmin))
        .chain(members.iter().filter(|a| a.role == Some(Role::Member)))
        .map(|a| a.email.clone())
        .next())
}

/// The admin hand-over a hint names (T4, D1, I1): `org hand-over ORG --to
/// USER` with a real active member (a user_admin first), run by the admin.
pub fn hand_over_hint(conn: &Tx, org: &Org) -> Result<String> {
    let to = successor(conn, org)?;
    let admin = as_admin(conn, org)?;
    Ok(match to {
        Some(to) => format!("orgctl {admin}org hand-over {} --to {to}", org.slug),
        None => format!(
            "{} has no other active member to take the admin role; add one first: orgctl {admin}user add EMAIL --org {}",
            org.slug, org.slug
        ),
    })
}
