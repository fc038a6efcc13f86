//! Queries on accounts, their teams and their credentials.

use super::sql::params;
use super::sql::{Backend, OptionalExtension, Row, Tx};
use crate::model::Timestamp;

use crate::error::Result;
use crate::model::{
    Account, AccountId, AccountStatus, ChatId, ChatKind, ChatRole, Exemption, OrgId, Role,
};

/// The org's slug is a correlated subquery, not a LEFT JOIN: with the join,
/// this SQLite (built with STAT4) re-prepares the statement on nearly every
/// step, which made a 100k-row staff import spend half its time in the SQL
/// parser (BENCHMARKS.md).
const ACCOUNT_SELECT: &str = "SELECT a.id, a.chatwork_id, a.name, a.email, a.status, a.org_id,
        (SELECT o.slug FROM orgs o WHERE o.id = a.org_id), a.role, a.exempt_outside,
        a.exempt_file, a.api_token_hash IS NOT NULL
     FROM accounts a";

fn account_from_row(r: &Row) -> super::sql::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        chatwork_id: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        status: r.get(4)?,
        org_id: r.get(5)?,
        org_slug: r.get(6)?,
        role: r.get(7)?,
        exempt_outside: super::flag(r.get(8)?),
        exempt_file: super::flag(r.get(9)?),
        has_api_token: r.get(10)?,
    })
}

pub fn by_id(conn: &Tx, id: AccountId) -> Result<Option<Account>> {
    let sql = format!("{ACCOUNT_SELECT} WHERE a.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], account_from_row)
        .optional()?)
}

/// `by_id` for many accounts at once, by ID (issue 13.8: a transfer approval
/// read its users one statement each). Missing IDs are absent.
pub fn by_ids(
    conn: &Tx,
    ids: &[AccountId],
) -> Result<std::collections::HashMap<AccountId, Account>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = super::batched(&SQL, &format!("{ACCOUNT_SELECT} WHERE a.id IN ({{ids}})"));
    let mut out = std::collections::HashMap::with_capacity(ids.len());
    super::for_each_batch(conn, sql, ids, |r| {
        let a = account_from_row(r)?;
        out.insert(a.id, a);
        Ok(())
    })?;
    Ok(out)
}

/// The account with this e-mail: the live one if there is one, else the most
/// recently deleted one (so that "already deleted" can be said).
pub fn by_email(conn: &Tx, email: &str) -> Result<Option<Account>> {
    let sql = format!(
        "{ACCOUNT_SELECT} WHERE {}
         ORDER BY a.status = 'deleted', a.id DESC LIMIT 1",
        conn.nocase_eq("a.email", "?1")
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([email], account_from_row)
        .optional()?)
}

pub fn by_chatwork_id(conn: &Tx, chatwork_id: &str) -> Result<Option<Account>> {
    // Chatwork IDs compare case-insensitively (the column's NOCASE).
    let sql = format!(
        "{ACCOUNT_SELECT} WHERE {}",
        conn.nocase_eq("a.chatwork_id", "?1")
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([chatwork_id], account_from_row)
        .optional()?)
}

pub fn list(conn: &Tx, org: Option<OrgId>, status: Option<AccountStatus>) -> Result<Vec<Account>> {
    let sql = format!(
        "{ACCOUNT_SELECT} WHERE (?1 IS NULL OR a.org_id = ?1) AND (?2 IS NULL OR a.status = ?2)
         ORDER BY a.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![org, status], account_from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The accounts `list` returns, each with its team names in name order,
/// from one query (teams joined, not looked up account by account), handed
/// to `each` as they are read; `each` returns `false` to stop reading (a
/// `--limit` reached, a closed pipe), so a list streams in bounded memory.
pub fn each_with_teams(
    conn: &Tx,
    org: Option<OrgId>,
    status: Option<AccountStatus>,
    mut each: impl FnMut(Account, Vec<String>) -> Result<bool>,
) -> Result<()> {
    // Only the filters given are in the SQL, so that each variant's plan
    // uses the index that fits it (plans do not depend on bound values).
    let mut filters = Vec::new();
    let mut values = Vec::new();
    if let Some(org) = org {
        values.push(super::sql::ToSql::to_value(&org));
        filters.push(format!("a.org_id = ?{}", values.len()));
    }
    if let Some(status) = status {
        values.push(super::sql::ToSql::to_value(&status));
        filters.push(format!("a.status = ?{}", values.len()));
    }
    let filter = if filters.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", filters.join(" AND "))
    };
    // The team name is the last column; an account without teams has one
    // row with NULL there. Teams are ordered by the database, as `teams`
    // orders them for `user show` (the same collation on each backend).
    let sql = format!(
        "SELECT a.id, a.chatwork_id, a.name, a.email, a.status, a.org_id,
            (SELECT o.slug FROM orgs o WHERE o.id = a.org_id), a.role, a.exempt_outside,
            a.exempt_file, a.api_token_hash IS NOT NULL, t.name
         FROM accounts a
         LEFT JOIN team_members tm ON tm.account_id = a.id
         LEFT JOIN teams t ON t.id = tm.team_id
         {filter} ORDER BY a.id, t.name"
    );
    let mut current: Option<(Account, Vec<String>)> = None;
    let mut stopped = false;
    conn.prepare_cached(&sql)?
        .for_each_row(values, |row| -> Result<bool> {
            let id: AccountId = row.get(0)?;
            let team: Option<String> = row.get(11)?;
            match &mut current {
                Some((a, teams)) if a.id == id => teams.extend(team),
                _ => {
                    if let Some((a, teams)) = current.take()
                        && !each(a, teams)?
                    {
                        stopped = true;
                        return Ok(false);
                    }
                    current = Some((account_from_row(row)?, team.into_iter().collect()));
                }
            }
            Ok(true)
        })?;
    if stopped {
        return Ok(());
    }
    if let Some((a, teams)) = current {
        each(a, teams)?;
    }
    Ok(())
}

/// The live members of an org with the given role.
pub fn with_role(conn: &Tx, org: OrgId, role: Role) -> Result<Vec<Account>> {
    let sql = format!(
        "{ACCOUNT_SELECT} WHERE a.org_id = ?1 AND a.role = ?2 AND a.status != 'deleted'
         ORDER BY a.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![org, role], account_from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The names of the teams an account belongs to.
pub fn teams(conn: &Tx, id: AccountId) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.name FROM team_members m JOIN teams t ON t.id = m.team_id
         WHERE m.account_id = ?1 ORDER BY t.name",
    )?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Which of `ids` belong to a team (`teams` is not empty), in one
/// statement per batch (issue 13.8).
pub fn in_teams(conn: &Tx, ids: &[AccountId]) -> Result<std::collections::HashSet<AccountId>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = super::batched(
        &SQL,
        "SELECT DISTINCT m.account_id FROM team_members m JOIN teams t ON t.id = m.team_id
         WHERE m.account_id IN ({ids})",
    );
    let mut out = std::collections::HashSet::new();
    super::for_each_batch(conn, sql, ids, |r| {
        out.insert(r.get(0)?);
        Ok(())
    })?;
    Ok(out)
}

/// The team names of every account (of `org`, or of all orgs), in one
/// statement: a list must not cost a query per row (issue 13.6).
pub fn teams_by_account(
    conn: &Tx,
    org: Option<OrgId>,
) -> Result<std::collections::HashMap<AccountId, Vec<String>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.account_id, t.name FROM team_members m JOIN teams t ON t.id = m.team_id
         WHERE (?1 IS NULL OR t.org_id = ?1) ORDER BY m.account_id, t.name",
    )?;
    let mut teams: std::collections::HashMap<AccountId, Vec<String>> = Default::default();
    for row in stmt.query_map([org], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (account, name): (AccountId, String) = row?;
        teams.entry(account).or_default().push(name);
    }
    Ok(teams)
}

/// The live account, other than `except`, that already uses this e-mail.
pub fn email_owner(conn: &Tx, email: &str, except: Option<AccountId>) -> Result<Option<AccountId>> {
    let sql = format!(
        "SELECT id FROM accounts WHERE {} AND status != 'deleted'
         AND (?2 IS NULL OR id != ?2)",
        conn.nocase_eq("email", "?1")
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params![email, except], |r| r.get(0))
        .optional()?)
}

/// The account ID the next created account receives: above every ID ever
/// given (SQLite's `sqlite_sequence` and PostgreSQL's `orgctl_id_high`
/// remember removed ones), and from 1000 on. Read inside the transaction that
/// inserts, so a dry run shows the ID the real run gives (issue 13).
pub fn next_id(conn: &Tx) -> Result<AccountId> {
    let sql = match conn.backend() {
        Backend::Sqlite => {
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'accounts'), 0),
                    coalesce((SELECT max(id) FROM accounts), 0)) + 1"
        }
        Backend::Postgres => {
            "SELECT greatest(coalesce((SELECT last FROM orgctl_id_high WHERE name = 'accounts'), 0),
                    coalesce((SELECT max(id) FROM accounts), 0)) + 1"
        }
    };
    Ok(AccountId(
        conn.query_row(sql, [], |r| r.get::<_, i64>(0))?.max(1000),
    ))
}

/// A new account, as `insert` writes it.
pub struct NewAccount<'a> {
    pub id: AccountId,
    pub email: &'a str,
    pub name: &'a str,
    pub status: AccountStatus,
    pub org: Option<OrgId>,
    pub role: Option<Role>,
    pub chatwork_id: Option<&'a str>,
    pub password_hash: Option<&'a str>,
    pub exempt_outside: bool,
    pub exempt_file: bool,
    pub api_token_hash: Option<&'a str>,
}

/// Creates an account with its My Chat (D4: every account has one from the
/// start, and it goes with the account). Plans (`account_created`) create
/// accounts here; `fixture load` and `fixture generate` through `create_in`,
/// the one writer of these rows, with their bulk writer. Returns the My Chat.
pub fn create(conn: &Tx, a: &NewAccount<'_>, now: &Timestamp) -> Result<ChatId> {
    let mut w = super::bulk::Writer::new(conn, now)?;
    let my = create_in(&mut w, a)?;
    w.flush()?;
    Ok(my)
}

/// The rows of a new account (D4): the account, its My Chat, and its
/// membership as the chat's admin, kept in `w` until it flushes.
pub fn create_in(w: &mut super::bulk::Writer<'_>, a: &NewAccount<'_>) -> Result<ChatId> {
    w.account(a)?;
    let my = w.chat(ChatKind::My, None, Some(a.id), None)?;
    w.member(my, a.id, ChatRole::Admin)?;
    Ok(my)
}

/// Adds an account to a team of its org, creating the team if needed.
pub fn add_to_team(conn: &Tx, org: OrgId, account: AccountId, team: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO teams (id, org_id, name)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM teams), ?1, ?2)
         ON CONFLICT DO NOTHING",
    )?
    .execute(params![org, team])?;
    conn.prepare_cached(
        "INSERT INTO team_members (team_id, account_id)
         SELECT id, CAST(?3 AS BIGINT) FROM teams WHERE org_id = ?1 AND name = ?2
         ON CONFLICT DO NOTHING",
    )?
    .execute(params![org, team, account])?;
    Ok(())
}

/// Sets a plain text field of an account. `field` is one of a fixed set
/// chosen by the caller, never user text.
pub fn set_text(conn: &Tx, id: AccountId, field: &str, value: Option<&str>) -> Result<()> {
    let sql = match field {
        "name" => "UPDATE accounts SET name = ?2 WHERE id = ?1",
        "email" => "UPDATE accounts SET email = ?2 WHERE id = ?1",
        "chatwork_id" => "UPDATE accounts SET chatwork_id = ?2 WHERE id = ?1",
        other => anyhow::bail!("unknown account field {other}"),
    };
    conn.execute(sql, params![id, value])?;
    Ok(())
}

pub fn set_role(conn: &Tx, id: AccountId, role: Role) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET role = ?2 WHERE id = ?1",
        params![id, role],
    )?;
    Ok(())
}

pub fn set_org(conn: &Tx, id: AccountId, org: Option<OrgId>, role: Option<Role>) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET org_id = ?2, role = ?3 WHERE id = ?1",
        params![id, org, role],
    )?;
    Ok(())
}

/// Sets `exempt_outside` or `exempt_file`.
pub fn set_exemption(conn: &Tx, id: AccountId, setting: Exemption, value: bool) -> Result<()> {
    let sql = match setting {
        Exemption::Outside => "UPDATE accounts SET exempt_outside = ?2 WHERE id = ?1",
        Exemption::File => "UPDATE accounts SET exempt_file = ?2 WHERE id = ?1",
    };
    conn.execute(sql, params![id, value])?;
    Ok(())
}

pub fn revoke_api_token(conn: &Tx, id: AccountId) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET api_token_hash = NULL WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

pub fn clear_teams(conn: &Tx, id: AccountId) -> Result<()> {
    conn.execute("DELETE FROM team_members WHERE account_id = ?1", [id])?;
    Ok(())
}

/// D2: the account can no longer log in and cannot be restored. The row stays
/// (messages and tasks still name it, and its org is kept for the record) but
/// holds no credential any more; its e-mail and Chatwork ID are free at once.
pub fn mark_deleted(conn: &Tx, id: AccountId, now: &Timestamp) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET status = 'deleted', deleted_at = ?2, password_hash = NULL,
                api_token_hash = NULL, chatwork_id = NULL
         WHERE id = ?1",
        params![id, now],
    )?;
    conn.execute("DELETE FROM team_members WHERE account_id = ?1", [id])?;
    Ok(())
}

/// The stored Argon2id hash of an account's password, if it has one.
pub fn password_hash(conn: &Tx, id: AccountId) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT password_hash FROM accounts WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .flatten())
}

/// R2: stores a password hash (never the password).
pub fn set_password_hash(conn: &Tx, id: AccountId, hash: &str) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET password_hash = ?2 WHERE id = ?1",
        params![id, hash],
    )?;
    Ok(())
}

pub fn set_status(conn: &Tx, id: AccountId, status: AccountStatus) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET status = ?2 WHERE id = ?1",
        params![id, status],
    )?;
    Ok(())
}

/// Whether an account has posted anything that names it: a message, a file
/// or a task.
pub fn has_content(conn: &Tx, id: AccountId) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM messages WHERE sender_id = ?1)
                 OR EXISTS (SELECT 1 FROM files WHERE uploader_id = ?1)
                 OR EXISTS (SELECT 1 FROM tasks WHERE requester_id = ?1)
                 OR EXISTS (SELECT 1 FROM tasks WHERE assignee_id = ?1)",
        )?
        .query_row([id], |r| r.get(0))?)
}

/// R7: removes a pending account that never logged in. Its My Chat must be
/// gone already; the registration keeps the e-mail, with no account.
pub fn remove_pending(conn: &Tx, id: AccountId) -> Result<()> {
    conn.execute("DELETE FROM team_members WHERE account_id = ?1", [id])?;
    conn.execute(
        "DELETE FROM accounts WHERE id = ?1 AND status = 'pending_first_login'",
        [id],
    )?;
    // SQLite's AUTOINCREMENT remembers the removed ID by itself; on
    // PostgreSQL the high-water mark does, so it is never given again (S1).
    if conn.backend() == Backend::Postgres {
        conn.execute(
            "UPDATE orgctl_id_high SET last = greatest(last, ?1) WHERE name = 'accounts'",
            [id],
        )?;
    }
    Ok(())
}

/// Many `set_org`s in one statement per `bulk::CHUNK` accounts (a
/// transfer's moves, issue 13.8). Each account appears once.
pub fn set_orgs(conn: &Tx, rows: &[(AccountId, Option<OrgId>, Option<Role>)]) -> Result<()> {
    use super::bulk::{self, Cast};
    use super::sql::ToSql;
    let values: Vec<_> = rows
        .iter()
        .flat_map(|(id, org, role)| [id.to_value(), org.to_value(), role.to_value()])
        .collect();
    bulk::run(
        conn,
        3,
        Some(&[Cast::Int, Cast::Int, Cast::Text]),
        &values,
        |list| {
            format!(
                "UPDATE accounts SET org_id = v.column2, role = v.column3
                 FROM (VALUES {list}) AS v WHERE accounts.id = v.column1"
            )
        },
    )?;
    Ok(())
}

/// `clear_teams` of many accounts in one statement per `bulk::CHUNK`.
pub fn clear_teams_many(conn: &Tx, ids: &[AccountId]) -> Result<()> {
    use super::sql::ToSql;
    let values = super::bulk::flat(ids, |id| [id.to_value()]);
    super::bulk::delete_keys(conn, "team_members", "account_id", 1, &values)
}

/// `revoke_api_token` of many accounts in one statement per `bulk::CHUNK`.
pub fn revoke_api_tokens(conn: &Tx, ids: &[AccountId]) -> Result<()> {
    use super::bulk::{self, Cast};
    use super::sql::ToSql;
    let values: Vec<_> = ids.iter().map(ToSql::to_value).collect();
    bulk::run(conn, 1, Some(&[Cast::Int]), &values, |list| {
        format!("UPDATE accounts SET api_token_hash = NULL WHERE id IN (VALUES {list})")
    })?;
    Ok(())
}

/// The active member a hand-over hint proposes as an org's next admin: its
/// first user_admin, else its first member (in account order).
pub fn successor(conn: &Tx, org: OrgId) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT email FROM accounts
             WHERE org_id = ?1 AND status = 'active' AND role IN ('user_admin', 'member')
             ORDER BY CASE role WHEN 'user_admin' THEN 0 ELSE 1 END, id LIMIT 1",
        )?
        .query_row([org], |r| r.get(0))
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    #[test]
    fn create_gives_the_account_its_my_chat() {
        let mut db = Db::open_in_memory().unwrap();
        db.write(|tx| {
            let my = create(
                tx,
                &NewAccount {
                    id: AccountId(1000),
                    email: "p@x.example",
                    name: "p",
                    status: AccountStatus::Active,
                    org: None,
                    role: None,
                    chatwork_id: None,
                    password_hash: None,
                    exempt_outside: false,
                    exempt_file: false,
                    api_token_hash: None,
                },
                &Timestamp::parse("2026-01-01T00:00:00Z").unwrap(),
            )?;
            // D4: one My Chat, the account its only member, as chat admin.
            let chats = crate::db::chats::of_account(tx, AccountId(1000))?;
            assert_eq!(chats.len(), 1);
            assert_eq!((chats[0].id, chats[0].kind), (my, ChatKind::My));
            let members = crate::db::chats::members(tx, my)?;
            assert_eq!(members.len(), 1);
            assert_eq!(members[0].role, ChatRole::Admin);
            Ok(())
        })
        .unwrap();
    }
}
