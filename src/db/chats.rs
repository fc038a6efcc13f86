//! Queries on chats and what lives in them: members, contacts, messages,
//! files and tasks.

use super::bulk::{self, Cast, delete_keys, flat};
use super::sql::ToSql;
use super::sql::params;
use super::sql::{OptionalExtension, Tx};
use super::{batched, for_each_batch};
use crate::model::Timestamp;

use crate::error::Result;
use crate::model::{
    AccountId, Chat, ChatId, ChatKind, ChatMember, ChatRole, FileId, OrgId, TaskId, TaskStatus,
    display_name, speaker_name,
};
use crate::views::{ContactView, FileView, MessageView, TaskView};

pub fn by_id(conn: &Tx, id: ChatId) -> Result<Option<Chat>> {
    Ok(conn
        .prepare_cached("SELECT id, kind, name FROM chats WHERE id = ?1")?
        .query_row([id], |r| {
            Ok(Chat {
                id: r.get(0)?,
                kind: r.get(1)?,
                name: r.get(2)?,
            })
        })
        .optional()?)
}

/// The chats an account is a member of, in id order.
pub fn of_account(conn: &Tx, account: AccountId) -> Result<Vec<Chat>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.kind, c.name FROM chat_members m JOIN chats c ON c.id = m.chat_id
         WHERE m.account_id = ?1 ORDER BY c.id",
    )?;
    let rows = stmt.query_map([account], |r| {
        Ok(Chat {
            id: r.get(0)?,
            kind: r.get(1)?,
            name: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// A chat with the contact pair of a direct chat, as the leave-chat
/// mechanism reads it.
pub type ChatWithPair = (Chat, Option<(AccountId, AccountId)>);

fn chat_with_pair(r: &super::sql::Row) -> super::sql::Result<ChatWithPair> {
    let chat = Chat {
        id: r.get(0)?,
        kind: r.get(1)?,
        name: r.get(2)?,
    };
    // A direct chat always has both (a CHECK of the schema).
    let pair = match (chat.kind, r.get(3)?, r.get(4)?) {
        (ChatKind::Direct, Some(a), Some(b)) => Some((a, b)),
        _ => None,
    };
    Ok((chat, pair))
}

/// `by_id` and `pair` in one query.
pub fn with_pair(conn: &Tx, id: ChatId) -> Result<Option<ChatWithPair>> {
    Ok(conn
        .prepare_cached("SELECT id, kind, name, pair_a, pair_b FROM chats WHERE id = ?1")?
        .query_row([id], chat_with_pair)
        .optional()?)
}

/// `of_account` with each direct chat's pair: one query for what took one
/// per chat (issue 18).
pub fn with_pair_of_account(conn: &Tx, account: AccountId) -> Result<Vec<ChatWithPair>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.kind, c.name, c.pair_a, c.pair_b
         FROM chat_members m JOIN chats c ON c.id = m.chat_id
         WHERE m.account_id = ?1 ORDER BY c.id",
    )?;
    let rows = stmt.query_map([account], chat_with_pair)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every chat, in id order.
pub fn all(conn: &Tx) -> Result<Vec<Chat>> {
    let mut stmt = conn.prepare("SELECT id, kind, name FROM chats ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(Chat {
            id: r.get(0)?,
            kind: r.get(1)?,
            name: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// A member of a chat's pair and its e-mail (none if its account is gone).
pub type PairMember = (AccountId, Option<String>);

/// One row of `chat list`: the chat, the e-mails of its pair (a My Chat's
/// owner twice; none for a group), its content counts, its members.
pub struct ChatListing {
    pub chat: Chat,
    pub pair: Option<(PairMember, PairMember)>,
    pub counts: (i64, i64, i64),
    pub members: Vec<(String, ChatRole)>,
}

/// Every chat, or the chats `viewer` is a member of, with what `chat list`
/// shows, in two statements whatever their number (issue 13.6).
pub fn listing(conn: &Tx, viewer: Option<AccountId>) -> Result<Vec<ChatListing>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.kind, c.name,
                CASE WHEN c.kind != 'group' THEN coalesce(c.pair_a, c.owner_id) END,
                (SELECT a.email FROM accounts a WHERE a.id = coalesce(c.pair_a, c.owner_id)),
                CASE WHEN c.kind != 'group' THEN coalesce(c.pair_b, c.owner_id) END,
                (SELECT a.email FROM accounts a WHERE a.id = coalesce(c.pair_b, c.owner_id)),
                (SELECT count(*) FROM messages x WHERE x.chat_id = c.id),
                (SELECT count(*) FROM files x WHERE x.chat_id = c.id),
                (SELECT count(*) FROM tasks x WHERE x.chat_id = c.id)
         FROM chats c
         WHERE (?1 IS NULL OR c.id IN (SELECT v.chat_id FROM chat_members v WHERE v.account_id = ?1))
         ORDER BY c.id",
    )?;
    let rows = stmt.query_map([viewer], |r| {
        let a: Option<AccountId> = r.get(3)?;
        let b: Option<AccountId> = r.get(5)?;
        Ok(ChatListing {
            chat: Chat {
                id: r.get(0)?,
                kind: r.get(1)?,
                name: r.get(2)?,
            },
            pair: match (a, b) {
                (Some(a), Some(b)) => Some(((a, r.get(4)?), (b, r.get(6)?))),
                _ => None,
            },
            counts: (r.get(7)?, r.get(8)?, r.get(9)?),
            members: Vec::new(),
        })
    })?;
    let mut list: Vec<ChatListing> = rows.collect::<super::sql::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT m.chat_id, a.email, m.role FROM chat_members m JOIN accounts a ON a.id = m.account_id
         WHERE (?1 IS NULL OR m.chat_id IN
                (SELECT v.chat_id FROM chat_members v WHERE v.account_id = ?1))
         ORDER BY m.chat_id, m.account_id",
    )?;
    let index: std::collections::HashMap<ChatId, usize> = list
        .iter()
        .enumerate()
        .map(|(i, l)| (l.chat.id, i))
        .collect();
    for row in stmt.query_map([viewer], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))? {
        let (chat, email, role): (ChatId, String, ChatRole) = row?;
        if let Some(&i) = index.get(&chat) {
            list[i].members.push((email, role));
        }
    }
    Ok(list)
}

/// A chat's members with their chat roles, e-mails and orgs, in account order.
pub fn members(conn: &Tx, chat: ChatId) -> Result<Vec<ChatMember>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.account_id, a.email, a.name, a.status, a.org_id, a.exempt_outside, m.role
         FROM chat_members m JOIN accounts a ON a.id = m.account_id
         WHERE m.chat_id = ?1 ORDER BY m.account_id",
    )?;
    let rows = stmt.query_map([chat], |r| {
        Ok(ChatMember {
            account_id: r.get(0)?,
            email: r.get(1)?,
            name: r.get(2)?,
            status: r.get(3)?,
            org_id: r.get(4)?,
            exempt_outside: super::flag(r.get(5)?),
            role: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The contact pair of a direct chat, or the owner of a My Chat (twice).
pub fn pair(conn: &Tx, chat: ChatId) -> Result<Option<(AccountId, AccountId)>> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(pair_a, owner_id), coalesce(pair_b, owner_id) FROM chats
             WHERE id = ?1 AND kind != 'group'",
        )?
        .query_row([chat], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

pub fn insert(
    conn: &Tx,
    kind: ChatKind,
    name: Option<&str>,
    owner: Option<AccountId>,
    pair: Option<(AccountId, AccountId)>,
    now: &Timestamp,
) -> Result<ChatId> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO chats (id, kind, name, owner_id, pair_a, pair_b, created_at)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM chats), ?1, ?2, ?3, ?4, ?5, ?6)
         RETURNING id",
        )?
        .query_row(
            params![kind, name, owner, pair.map(|p| p.0), pair.map(|p| p.1), now],
            |r| r.get(0),
        )?)
}

pub fn add_member(conn: &Tx, chat: ChatId, account: AccountId, role: ChatRole) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO chat_members (chat_id, account_id, role) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![chat, account, role])?;
    Ok(())
}

pub fn remove_member(conn: &Tx, chat: ChatId, account: AccountId) -> Result<()> {
    conn.prepare_cached("DELETE FROM chat_members WHERE chat_id = ?1 AND account_id = ?2")?
        .execute(params![chat, account])?;
    Ok(())
}

pub fn set_member_role(conn: &Tx, chat: ChatId, account: AccountId, role: ChatRole) -> Result<()> {
    conn.prepare_cached(
        "UPDATE chat_members SET role = ?3 WHERE chat_id = ?1 AND account_id = ?2",
    )?
    .execute(params![chat, account, role])?;
    Ok(())
}

/// L5: deletes a chat with everything in it (messages, files, tasks and
/// memberships go by `ON DELETE CASCADE`).
pub fn delete(conn: &Tx, chat: ChatId) -> Result<()> {
    conn.prepare_cached("DELETE FROM chats WHERE id = ?1")?
        .execute([chat])?;
    Ok(())
}

/// Stores the contact pair in its canonical order (smaller id first).
fn ordered(a: AccountId, b: AccountId) -> (AccountId, AccountId) {
    if a < b { (a, b) } else { (b, a) }
}

pub fn insert_contact(conn: &Tx, a: AccountId, b: AccountId, chat: ChatId) -> Result<()> {
    let (a, b) = ordered(a, b);
    conn.prepare_cached("INSERT INTO contacts (a_id, b_id, chat_id) VALUES (?1, ?2, ?3)")?
        .execute(params![a, b, chat])?;
    Ok(())
}

pub fn remove_contact(conn: &Tx, a: AccountId, b: AccountId) -> Result<()> {
    let (a, b) = ordered(a, b);
    conn.prepare_cached("DELETE FROM contacts WHERE a_id = ?1 AND b_id = ?2")?
        .execute(params![a, b])?;
    Ok(())
}

/// The direct chat of a contact pair, if they are contacts.
pub fn contact_chat(conn: &Tx, a: AccountId, b: AccountId) -> Result<Option<ChatId>> {
    let (a, b) = ordered(a, b);
    Ok(conn
        .prepare_cached("SELECT chat_id FROM contacts WHERE a_id = ?1 AND b_id = ?2")?
        .query_row(params![a, b], |r| r.get(0))
        .optional()?)
}

/// An account's contacts with their direct chats, in account order.
pub fn contacts_of(conn: &Tx, account: AccountId) -> Result<Vec<ContactView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.email, a.name, c.chat_id FROM (
             SELECT b_id AS other, chat_id FROM contacts WHERE a_id = ?1
             UNION ALL
             SELECT a_id AS other, chat_id FROM contacts WHERE b_id = ?1
         ) c JOIN accounts a ON a.id = c.other ORDER BY a.id",
    )?;
    let rows = stmt.query_map([account], |r| {
        Ok(ContactView {
            account_id: r.get(0)?,
            email: r.get(1)?,
            name: r.get(2)?,
            chat_id: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every contact pair with its direct chat.
pub fn all_contacts(conn: &Tx) -> Result<Vec<(AccountId, AccountId, ChatId)>> {
    let mut stmt = conn.prepare("SELECT a_id, b_id, chat_id FROM contacts ORDER BY a_id, b_id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Inserts `count` copies of a message.
pub fn insert_messages(
    conn: &Tx,
    chat: ChatId,
    sender: AccountId,
    body: &str,
    count: u32,
    now: &Timestamp,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO messages (chat_id, sender_id, body, sent_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for _ in 0..count {
        stmt.execute(params![chat, sender, body, now])?;
    }
    Ok(())
}

/// How many messages a chat holds (L6: an empty direct chat is deleted).
pub fn message_count(conn: &Tx, chat: ChatId) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM messages WHERE chat_id = ?1")?
        .query_row([chat], |r| r.get(0))?)
}

/// How many messages an account sent, chat by chat (D3).
pub fn message_counts_by_sender(conn: &Tx, sender: AccountId) -> Result<Vec<(ChatId, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT chat_id, count(*) FROM messages WHERE sender_id = ?1 GROUP BY chat_id ORDER BY chat_id",
    )?;
    let rows = stmt.query_map([sender], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// (messages, files, tasks) in a chat.
pub fn content_counts(conn: &Tx, chat: ChatId) -> Result<(i64, i64, i64)> {
    Ok(conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM messages WHERE chat_id = ?1),
                    (SELECT count(*) FROM files WHERE chat_id = ?1),
                    (SELECT count(*) FROM tasks WHERE chat_id = ?1)",
        )?
        .query_row([chat], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)
}

pub fn messages(conn: &Tx, chat: ChatId) -> Result<Vec<MessageView>> {
    let mut stmt = conn.prepare(
        "SELECT m.id, a.email, a.name, a.status, m.body, m.sent_at, a.deleted_at
         FROM messages m JOIN accounts a ON a.id = m.sender_id
         WHERE m.chat_id = ?1 ORDER BY m.id",
    )?;
    let rows = stmt.query_map([chat], |r| {
        let name: String = r.get(2)?;
        let deleted_at: Option<String> = r.get(6)?;
        Ok(MessageView {
            id: r.get(0)?,
            sender: r.get(1)?,
            sender_name: speaker_name(&name, r.get(3)?, deleted_at.as_deref()),
            body: r.get(4)?,
            sent_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// A file as the leave-chat mechanism needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct FileRow {
    pub id: FileId,
    pub name: String,
    pub size: i64,
    pub uploader: AccountId,
    pub owner_org: Option<OrgId>,
}

pub fn insert_file(
    conn: &Tx,
    chat: ChatId,
    uploader: AccountId,
    name: &str,
    size: i64,
    owner_org: Option<OrgId>,
    now: &Timestamp,
) -> Result<FileId> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO files (id, chat_id, uploader_id, name, size, owner_org_id, uploaded_at)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM files), ?1, ?2, ?3, ?4, ?5, ?6)
         RETURNING id",
        )?
        .query_row(params![chat, uploader, name, size, owner_org, now], |r| {
            r.get(0)
        })?)
}

const FILE_COLUMNS: &str = "chat_id, id, name, size, uploader_id, owner_org_id";

/// A file row as (chat, file), from the columns of `FILE_COLUMNS`.
fn file_from_row(r: &super::sql::Row) -> super::sql::Result<(ChatId, FileRow)> {
    Ok((
        r.get(0)?,
        FileRow {
            id: r.get(1)?,
            name: r.get(2)?,
            size: r.get(3)?,
            uploader: r.get(4)?,
            owner_org: r.get(5)?,
        },
    ))
}

/// Runs a query over `files` whose columns are `FILE_COLUMNS`.
fn file_rows(
    conn: &Tx,
    condition: &str,
    params: impl super::sql::Params,
) -> Result<Vec<(ChatId, FileRow)>> {
    let sql = format!("SELECT {FILE_COLUMNS} FROM files WHERE {condition} ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params, file_from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The files an account uploaded in a chat that its account still owns
/// (organization-owned files are no longer the account's, L2).
pub fn own_files_in(conn: &Tx, chat: ChatId, uploader: AccountId) -> Result<Vec<FileRow>> {
    let rows = file_rows(
        conn,
        "chat_id = ?1 AND uploader_id = ?2 AND owner_org_id IS NULL",
        params![chat, uploader],
    )?;
    Ok(rows.into_iter().map(|(_, f)| f).collect())
}

/// Every file in a chat (L5: they go with it).
pub fn files_in(conn: &Tx, chat: ChatId) -> Result<Vec<FileRow>> {
    let rows = file_rows(conn, "chat_id = ?1", [chat])?;
    Ok(rows.into_iter().map(|(_, f)| f).collect())
}

/// Files an account uploaded anywhere that its account still owns (C2), with
/// their chats.
pub fn own_files_of(conn: &Tx, uploader: AccountId) -> Result<Vec<(ChatId, FileRow)>> {
    file_rows(
        conn,
        "uploader_id = ?1 AND owner_org_id IS NULL",
        [uploader],
    )
}

/// Files owned by an org (C3).
pub fn org_owned_files(conn: &Tx, org: OrgId) -> Result<Vec<(ChatId, FileRow)>> {
    file_rows(conn, "owner_org_id = ?1", [org])
}

pub fn reown_file(conn: &Tx, file: FileId, org: OrgId) -> Result<()> {
    conn.prepare_cached("UPDATE files SET owner_org_id = ?2 WHERE id = ?1")?
        .execute(params![file, org])?;
    Ok(())
}

pub fn delete_file(conn: &Tx, file: FileId) -> Result<()> {
    conn.prepare_cached("DELETE FROM files WHERE id = ?1")?
        .execute([file])?;
    Ok(())
}

/// Files, optionally of one chat and/or one uploader.
pub fn files(
    conn: &Tx,
    chat: Option<ChatId>,
    uploader: Option<AccountId>,
) -> Result<Vec<FileView>> {
    let mut stmt = conn.prepare(
        "SELECT f.id, f.name, f.chat_id, f.size, a.email, o.slug
         FROM files f JOIN accounts a ON a.id = f.uploader_id
         LEFT JOIN orgs o ON o.id = f.owner_org_id
         WHERE (?1 IS NULL OR f.chat_id = ?1) AND (?2 IS NULL OR f.uploader_id = ?2)
         ORDER BY f.id",
    )?;
    let rows = stmt.query_map(params![chat, uploader], |r| {
        let uploader: String = r.get(4)?;
        let org: Option<String> = r.get(5)?;
        Ok(FileView {
            id: r.get(0)?,
            name: r.get(1)?,
            chat_id: r.get(2)?,
            size: r.get(3)?,
            owner_kind: if org.is_some() { "org" } else { "account" },
            owner: org.unwrap_or_else(|| uploader.clone()),
            uploader,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// A task as the leave-chat mechanism needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskRow {
    pub id: TaskId,
    pub body: String,
    pub requester: AccountId,
    pub assignee: AccountId,
}

#[allow(clippy::too_many_arguments)]
pub fn insert_task(
    conn: &Tx,
    chat: ChatId,
    requester: AccountId,
    assignee: AccountId,
    body: &str,
    status: TaskStatus,
    now: &Timestamp,
) -> Result<TaskId> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO tasks (id, chat_id, requester_id, assignee_id, body, status, created_at)
         VALUES ((SELECT coalesce(max(id), 0) + 1 FROM tasks), ?1, ?2, ?3, ?4, ?5, ?6)
         RETURNING id",
        )?
        .query_row(params![chat, requester, assignee, body, status, now], |r| {
            r.get(0)
        })?)
}

/// Tasks in a chat that involve an account as person in charge or requester.
pub fn tasks_involving(conn: &Tx, chat: ChatId, account: AccountId) -> Result<Vec<TaskRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, body, requester_id, assignee_id FROM tasks
         WHERE chat_id = ?1 AND (assignee_id = ?2 OR requester_id = ?2) ORDER BY id",
    )?;
    let rows = stmt.query_map(params![chat, account], |r| {
        Ok(TaskRow {
            id: r.get(0)?,
            body: r.get(1)?,
            requester: r.get(2)?,
            assignee: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every task in a chat (L5: they go with it).
pub fn tasks_in(conn: &Tx, chat: ChatId) -> Result<Vec<TaskRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, body, requester_id, assignee_id FROM tasks WHERE chat_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([chat], |r| {
        Ok(TaskRow {
            id: r.get(0)?,
            body: r.get(1)?,
            requester: r.get(2)?,
            assignee: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Tasks an account requested, anywhere, with their chats (L3).
pub fn tasks_requested_by(conn: &Tx, requester: AccountId) -> Result<Vec<(ChatId, TaskId)>> {
    let mut stmt =
        conn.prepare_cached("SELECT chat_id, id FROM tasks WHERE requester_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([requester], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub fn delete_task(conn: &Tx, task: TaskId) -> Result<()> {
    conn.prepare_cached("DELETE FROM tasks WHERE id = ?1")?
        .execute([task])?;
    Ok(())
}

pub fn tasks(conn: &Tx, chat: Option<ChatId>) -> Result<Vec<TaskView>> {
    let mut stmt = conn.prepare(
        "SELECT t.id, t.chat_id, t.body, t.status, r.email, r.name, r.status, s.email
         FROM tasks t JOIN accounts r ON r.id = t.requester_id
         JOIN accounts s ON s.id = t.assignee_id
         WHERE (?1 IS NULL OR t.chat_id = ?1) ORDER BY t.id",
    )?;
    let rows = stmt.query_map([chat], |r| {
        let name: String = r.get(5)?;
        Ok(TaskView {
            id: r.get(0)?,
            chat_id: r.get(1)?,
            body: r.get(2)?,
            status: r.get(3)?,
            requester: r.get(4)?,
            requester_name: display_name(&name, r.get(6)?),
            assignee: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// One side of a group chat: (chat, its name, org, exempt_outside, an e-mail).
pub type GroupSide = (ChatId, String, Option<OrgId>, bool, String);

/// The distinct "sides" present in each group chat, for checking P3 without
/// comparing every pair of members: (chat, org, exempt_outside, an e-mail).
pub fn group_sides(conn: &Tx) -> Result<Vec<GroupSide>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.name, a.org_id, a.exempt_outside, min(a.email)
         FROM chats c JOIN chat_members m ON m.chat_id = c.id
         JOIN accounts a ON a.id = m.account_id
         WHERE c.kind = 'group'
         GROUP BY c.id, a.org_id, a.exempt_outside ORDER BY c.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            super::flag(r.get(3)?),
            r.get(4)?,
        ))
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

// Set-based forms of the writers above, for a plan that leaves, deletes or
// re-owns many rows at once (issue 13.8): one statement per `bulk::CHUNK`
// rows. Deletions are sets; an update names each row once.

/// The rows' values, flattened for `bulk::run`.
pub fn remove_members_many(conn: &Tx, rows: &[(ChatId, AccountId)]) -> Result<()> {
    let values = flat(rows, |(c, a)| [c.to_value(), a.to_value()]);
    delete_keys(conn, "chat_members", "chat_id, account_id", 2, &values)
}

pub fn remove_contacts_many(conn: &Tx, rows: &[(AccountId, AccountId)]) -> Result<()> {
    let values = flat(rows, |(a, b)| {
        let (a, b) = ordered(*a, *b);
        [a.to_value(), b.to_value()]
    });
    delete_keys(conn, "contacts", "a_id, b_id", 2, &values)
}

/// L5: chats with everything in them (`ON DELETE CASCADE`).
pub fn delete_many(conn: &Tx, ids: &[ChatId]) -> Result<()> {
    let values = flat(ids, |c| [c.to_value()]);
    delete_keys(conn, "chats", "id", 1, &values)
}

pub fn delete_files_many(conn: &Tx, ids: &[FileId]) -> Result<()> {
    let values = flat(ids, |f| [f.to_value()]);
    delete_keys(conn, "files", "id", 1, &values)
}

pub fn delete_tasks_many(conn: &Tx, ids: &[TaskId]) -> Result<()> {
    let values = flat(ids, |t| [t.to_value()]);
    delete_keys(conn, "tasks", "id", 1, &values)
}

pub fn set_member_roles_many(conn: &Tx, rows: &[(ChatId, AccountId, ChatRole)]) -> Result<()> {
    let values = flat(rows, |(c, a, r)| [c.to_value(), a.to_value(), r.to_value()]);
    bulk::run(
        conn,
        3,
        Some(&[Cast::Int, Cast::Int, Cast::Text]),
        &values,
        |list| {
            format!(
                "UPDATE chat_members SET role = v.column3 FROM (VALUES {list}) AS v
             WHERE chat_members.chat_id = v.column1 AND chat_members.account_id = v.column2"
            )
        },
    )?;
    Ok(())
}

pub fn reown_files_many(conn: &Tx, rows: &[(FileId, OrgId)]) -> Result<()> {
    let values = flat(rows, |(f, o)| [f.to_value(), o.to_value()]);
    bulk::run(conn, 2, Some(&[Cast::Int, Cast::Int]), &values, |list| {
        format!(
            "UPDATE files SET owner_org_id = v.column2 FROM (VALUES {list}) AS v
             WHERE files.id = v.column1"
        )
    })?;
    Ok(())
}

// Batched reads by ID (issue 18.5, 13.8) are `db::for_each_batch`, a
// `db::BATCH` of IDs at a time.

/// The chats of many accounts: (account, chat), in account then chat
/// order, from the membership index alone. One statement per `BATCH`
/// accounts (issue 18.5: a policy change over a large org read it per
/// member); the chats themselves are read once each (`with_pair_many`),
/// not once per member (issue 13.8: 1,000 users in the same 50 chats).
pub fn chat_ids_of_accounts(conn: &Tx, accounts: &[AccountId]) -> Result<Vec<(AccountId, ChatId)>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = batched(
        &SQL,
        "SELECT account_id, chat_id FROM chat_members
         WHERE account_id IN ({ids}) ORDER BY account_id, chat_id",
    );
    let mut out = Vec::new();
    for_each_batch(conn, sql, accounts, |r| {
        out.push((r.get(0)?, r.get(1)?));
        Ok(())
    })?;
    Ok(out)
}

/// `with_pair` for many chats at once, in no particular order.
pub fn with_pair_many(conn: &Tx, chats: &[ChatId]) -> Result<Vec<ChatWithPair>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = batched(
        &SQL,
        "SELECT id, kind, name, pair_a, pair_b FROM chats WHERE id IN ({ids})",
    );
    let mut out = Vec::with_capacity(chats.len());
    for_each_batch(conn, sql, chats, |r| {
        out.push(chat_with_pair(r)?);
        Ok(())
    })?;
    Ok(out)
}

/// The members of many chats with their roles: (chat, account, role), in
/// chat then account order (the order of `members`). Their accounts are
/// read apart (`people`), once each however many chats they share.
pub fn member_roles(conn: &Tx, chats: &[ChatId]) -> Result<Vec<(ChatId, AccountId, ChatRole)>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = batched(
        &SQL,
        "SELECT chat_id, account_id, role FROM chat_members
         WHERE chat_id IN ({ids}) ORDER BY chat_id, account_id",
    );
    let mut out = Vec::new();
    for_each_batch(conn, sql, chats, |r| {
        out.push((r.get(0)?, r.get(1)?, r.get(2)?));
        Ok(())
    })?;
    Ok(out)
}

/// What the communication rules read of an account (P1, P2): `members`'
/// account columns without the chat.
#[derive(Debug, Clone)]
pub struct PersonRow {
    pub id: AccountId,
    pub email: String,
    pub status: crate::model::AccountStatus,
    pub org_id: Option<OrgId>,
    pub exempt_outside: bool,
}

/// `PersonRow`s of many accounts, in no particular order.
pub fn people(conn: &Tx, ids: &[AccountId]) -> Result<Vec<PersonRow>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = batched(
        &SQL,
        "SELECT id, email, status, org_id, exempt_outside FROM accounts WHERE id IN ({ids})",
    );
    let mut out = Vec::with_capacity(ids.len());
    for_each_batch(conn, sql, ids, |r| {
        out.push(PersonRow {
            id: r.get(0)?,
            email: r.get(1)?,
            status: r.get(2)?,
            org_id: r.get(3)?,
            exempt_outside: super::flag(r.get(4)?),
        });
        Ok(())
    })?;
    Ok(out)
}

/// `contacts_of` for many accounts, without the other's columns:
/// (account, other, direct chat), in account then other order.
pub fn contact_pairs(
    conn: &Tx,
    accounts: &[AccountId],
) -> Result<Vec<(AccountId, AccountId, ChatId)>> {
    static SQL: super::BatchedSql = std::sync::OnceLock::new();
    let sql = batched(
        &SQL,
        "SELECT a_id, b_id, chat_id FROM contacts WHERE a_id IN ({ids})
         UNION ALL
         SELECT b_id, a_id, chat_id FROM contacts WHERE b_id IN ({ids})
         ORDER BY 1, 2",
    );
    let mut out = Vec::new();
    for_each_batch(conn, sql, accounts, |r| {
        out.push((r.get(0)?, r.get(1)?, r.get(2)?));
        Ok(())
    })?;
    Ok(out)
}
