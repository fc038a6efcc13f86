//! Logins on the PostgreSQL server (issue 14): who is connected, the login
//! roles and the accounts they act as. The roles, grants and row-level
//! security themselves are SQL functions of `migration_login_pg.sql`; this
//! module calls them. On SQLite there are no logins: the table exists and
//! stays empty.

use super::sql::{Backend, OptionalExtension, Tx, params};
use crate::model::Timestamp;

use crate::error::Result;
use crate::model::{AccountId, OrgId};
use crate::views::LoginView;

/// Who the database says is connected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The database user (`current_user`).
    pub user: String,
    /// The role that owns orgctl's tables (ran `orgctl init`), a member of
    /// it, or a superuser.
    pub owner: bool,
    /// The account this role is the login of, if it is one.
    pub login: Option<AccountId>,
}

/// The connected session on PostgreSQL; `None` on SQLite, where the file's
/// permissions are the boundary and `--as` is a claim.
pub fn session(conn: &Tx) -> Result<Option<Session>> {
    if conn.backend() != Backend::Postgres {
        return Ok(None);
    }
    let s = conn.query_row(
        "SELECT current_user::TEXT, orgctl_is_owner(),
                (SELECT account_id FROM orgctl_logins WHERE role_name = current_user::TEXT)",
        [],
        |r| {
            Ok(Session {
                user: r.get(0)?,
                owner: r.get(1)?,
                login: r.get(2)?,
            })
        },
    )?;
    Ok(Some(s))
}

/// The login role of an account, if it has one.
pub fn of_account(conn: &Tx, account: AccountId) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT role_name FROM orgctl_logins WHERE account_id = ?1")?
        .query_row([account], |r| r.get(0))
        .optional()?)
}

/// `of_account` for many accounts at once (issue 13.8): the login role of
/// each of `ids` that has one.
pub fn of_accounts(
    conn: &Tx,
    ids: &[AccountId],
) -> Result<std::collections::HashMap<AccountId, String>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = super::batched(
        &SQL,
        "SELECT account_id, role_name FROM orgctl_logins WHERE account_id IN ({ids})",
    );
    let mut out = std::collections::HashMap::new();
    super::for_each_batch(conn, sql, ids, |r| {
        out.insert(r.get(0)?, r.get(1)?);
        Ok(())
    })?;
    Ok(out)
}

/// Whether a role of that name exists anywhere on the server (roles are
/// shared by every database of a cluster).
pub fn role_exists(conn: &Tx, name: &str) -> Result<bool> {
    if conn.backend() != Backend::Postgres {
        return Ok(false);
    }
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = ?1)",
        [name],
        |r| r.get(0),
    )?)
}

/// Creates the login role (a member of the login group, which is created
/// and granted its privileges if needed) and records its account.
pub fn create(
    conn: &Tx,
    role: &str,
    verifier: &str,
    account: AccountId,
    org: OrgId,
    now: &Timestamp,
) -> Result<()> {
    conn.query_row(
        "SELECT orgctl_create_login(?1, ?2)::TEXT",
        params![role, verifier],
        |r| r.get::<_, Option<String>>(0),
    )?;
    conn.execute(
        "INSERT INTO orgctl_logins (role_name, account_id, org_id, created_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![role, account, org, now],
    )?;
    Ok(())
}

/// Drops a login role and its row, in the caller's transaction. The
/// database function refuses (permission denied) when the caller is not the
/// owner and the login is still valid.
pub fn drop_login(conn: &Tx, role: &str) -> Result<()> {
    conn.query_row("SELECT orgctl_drop_login(?1)", [role], |r| {
        r.get::<_, Option<bool>>(0)
    })?;
    Ok(())
}

/// Every login, with its account and whether the server still lets it in.
pub fn list(conn: &Tx) -> Result<Vec<LoginView>> {
    let mut stmt = conn.prepare(
        "SELECT l.role_name, a.id, a.email, (SELECT o.slug FROM orgs o WHERE o.id = l.org_id),
                a.role, a.status, l.created_at,
                EXISTS (SELECT FROM pg_roles r WHERE r.rolname = l.role_name AND r.rolcanlogin)
         FROM orgctl_logins l JOIN accounts a ON a.id = l.account_id
         ORDER BY l.role_name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(LoginView {
            login: r.get(0)?,
            account_id: r.get(1)?,
            email: r.get(2)?,
            org: r.get(3)?,
            role: r.get(4)?,
            status: r.get(5)?,
            created_at: r.get(6)?,
            can_log_in: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The org of the account the owner acts for, for the outbox rows this
/// session writes (issue 14.5), set in each of its transactions. Ignored by
/// the database for a login, whose rows always belong to its own org.
pub fn set_actor_org(conn: &Tx, org: Option<OrgId>) -> Result<()> {
    if conn.backend() != Backend::Postgres {
        return Ok(());
    }
    // Set for each transaction, in its BEGIN's round trip, rather than for
    // the session by a statement of its own (two round trips, issue 13.8):
    // every statement that reads it (the outbox's default) runs in one.
    // An integer or nothing: no user text reaches the SQL.
    let text = org.map(|o| o.0.to_string()).unwrap_or_default();
    conn.set_in_every_transaction(format!(
        "SELECT set_config('orgctl.actor_org', '{text}', true)"
    ));
    Ok(())
}

/// The server's clock, as orgctl writes times: a login's "now" (issue 14.4).
pub fn server_now(conn: &Tx) -> Result<Timestamp> {
    let text: String = conn.query_row(
        "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
        [],
        |r| r.get(0),
    )?;
    Timestamp::parse(&text).map_err(|e| {
        crate::error::Error::unexpected(format!("the server's clock says {text}: {e}")).into()
    })
}
