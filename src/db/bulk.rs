//! Set-based writes: many rows in one statement, so that a bulk writer costs
//! a round trip per few hundred rows on the server instead of one per row
//! (issue 13.8). Portable SQL only: a multi-row `INSERT ... VALUES (...),
//! (...)`, and for updates and deletes a `VALUES` list joined by its key
//! (`UPDATE ... FROM`, a row-value `IN`), which SQLite (3.33+) and
//! PostgreSQL both read. The `db::` writers that take many rows are built on
//! these; each keeps its one-row form's SQL beside it.

use super::sql::{Result, ToSql, Tx, Value};
use crate::model::{
    AccountId, ChatId, ChatKind, ChatRole, FileId, OrgId, TaskId, TaskStatus, Timestamp,
};

/// Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535
/// parameters for the widest table written in bulk (12 columns), and large
/// enough that the round trip is a small part of each statement.
pub const CHUNK: usize = 500;

/// The SQL type a `VALUES` column is cast to. A `VALUES` list outside an
/// `INSERT` gives PostgreSQL no column to infer a parameter's type from
/// (it would take `text`), so update and delete lists cast each parameter;
/// SQLite reads the same casts by affinity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cast {
    Int,
    Text,
}

impl Cast {
    fn name(self) -> &'static str {
        match self {
            Cast::Int => "BIGINT",
            Cast::Text => "TEXT",
        }
    }
}

/// `(?1, ?2), (?3, ?4)` for `rows` rows of `width` columns, each parameter
/// cast when `casts` is given.
pub fn values_list(rows: usize, width: usize, casts: Option<&[Cast]>) -> String {
    let mut out = String::with_capacity(rows * width * 8);
    let mut n = 0;
    for r in 0..rows {
        if r > 0 {
            out.push_str(", ");
        }
        out.push('(');
        for c in 0..width {
            if c > 0 {
                out.push_str(", ");
            }
            n += 1;
            match casts {
                Some(casts) => {
                    out.push_str("CAST(?");
                    out.push_str(&n.to_string());
                    out.push_str(" AS ");
                    out.push_str(casts[c].name());
                    out.push(')');
                }
                None => {
                    out.push('?');
                    out.push_str(&n.to_string());
                }
            }
        }
        out.push(')');
    }
    out
}

/// The values of `rows`, flattened, `N` per row (what `run` takes).
pub fn flat<const N: usize, T>(rows: &[T], f: impl Fn(&T) -> [Value; N]) -> Vec<Value> {
    rows.iter().flat_map(f).collect()
}

/// `DELETE FROM table WHERE (key columns) IN (VALUES ...)`, for integer
/// keys of one or two columns.
pub fn delete_keys(
    conn: &Tx,
    table: &str,
    keys: &str,
    width: usize,
    values: &[Value],
) -> crate::error::Result<()> {
    let casts = [Cast::Int; 2];
    run(conn, width, Some(&casts[..width]), values, |list| {
        format!("DELETE FROM {table} WHERE ({keys}) IN (VALUES {list})")
    })?;
    Ok(())
}

/// Runs `sql(values_list)` once per chunk of `rows` (each `width` values
/// long, flattened), in order; no rows, no statement. A full chunk's text
/// is the same every time and kept prepared, as is a one-row statement
/// (one account created); the last chunk of another length is prepared
/// once.
pub fn run(
    conn: &Tx,
    width: usize,
    casts: Option<&[Cast]>,
    rows: &[Value],
    sql: impl Fn(&str) -> String,
) -> Result<()> {
    debug_assert!(width > 0 && rows.len().is_multiple_of(width));
    for chunk in rows.chunks(CHUNK * width) {
        let n = chunk.len() / width;
        let text = sql(&values_list(n, width, casts));
        conn.execute_values(&text, n == CHUNK || n == 1, chunk)?;
    }
    Ok(())
}

/// `INSERT INTO table (columns) VALUES ...` over `rows` (flattened, one
/// value per column per row), in chunks; the parameters take the columns'
/// types on both backends.
pub fn insert(conn: &Tx, table: &str, columns: &[&str], rows: &[Value]) -> Result<()> {
    let head = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    run(conn, columns.len(), None, rows, |values| {
        format!("{head}{values}")
    })
}

/// A writer for a whole world at once (`fixture generate`, `fixture load`):
/// rows are kept and written a chunk per statement, tables in the order
/// their foreign keys need. It gives chat, file and task IDs itself as the
/// one-row writers do (`max(id) + 1`, read once when it starts), so the
/// world is the same row for row; messages take their IDs in the order they
/// are written, as before. Nothing else may write these tables while it
/// holds rows: `flush` before any other read or write of them.
pub struct Writer<'c> {
    conn: &'c Tx,
    now: String,
    /// The next IDs, read when first needed (`max(id) + 1`).
    next_chat: Option<i64>,
    next_file: Option<i64>,
    next_task: Option<i64>,
    /// Buffered rows, flattened, in the order they are flushed.
    tables: [Vec<Value>; 7],
}

/// The tables a `Writer` fills, in foreign-key order, with their columns.
const WRITER_TABLES: [(&str, &[&str]); 7] = [
    (
        "accounts",
        &[
            "id",
            "chatwork_id",
            "name",
            "email",
            "password_hash",
            "status",
            "org_id",
            "role",
            "exempt_outside",
            "exempt_file",
            "api_token_hash",
            "created_at",
        ],
    ),
    (
        "chats",
        &[
            "id",
            "kind",
            "name",
            "owner_id",
            "pair_a",
            "pair_b",
            "created_at",
        ],
    ),
    ("chat_members", &["chat_id", "account_id", "role"]),
    ("contacts", &["a_id", "b_id", "chat_id"]),
    ("messages", &["chat_id", "sender_id", "body", "sent_at"]),
    (
        "files",
        &[
            "id",
            "chat_id",
            "uploader_id",
            "name",
            "size",
            "owner_org_id",
            "uploaded_at",
        ],
    ),
    (
        "tasks",
        &[
            "id",
            "chat_id",
            "requester_id",
            "assignee_id",
            "body",
            "status",
            "created_at",
        ],
    ),
];
const ACCOUNTS: usize = 0;
const CHATS: usize = 1;
const MEMBERS: usize = 2;
const CONTACTS: usize = 3;
const MESSAGES: usize = 4;
const FILES: usize = 5;
const TASKS: usize = 6;

impl<'c> Writer<'c> {
    /// Starts writing; the next chat, file and task IDs are read when the
    /// first of each is written.
    pub fn new(conn: &'c Tx, now: &Timestamp) -> crate::error::Result<Writer<'c>> {
        Ok(Writer {
            conn,
            now: now.to_string(),
            next_chat: None,
            next_file: None,
            next_task: None,
            tables: Default::default(),
        })
    }

    /// The next ID of `table` (one of the three above), counting on.
    fn next_id(conn: &Tx, next: &mut Option<i64>, table: &str) -> Result<i64> {
        let id = match *next {
            Some(id) => id,
            None => conn.query_row(
                &format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"),
                [],
                |r| r.get(0),
            )?,
        };
        *next = Some(id + 1);
        Ok(id)
    }

    fn push<const N: usize>(&mut self, table: usize, row: [Value; N]) -> Result<()> {
        debug_assert_eq!(N, WRITER_TABLES[table].1.len());
        self.tables[table].extend(row);
        if self.tables[table].len() >= CHUNK * N {
            self.flush()?;
        }
        Ok(())
    }

    /// An `accounts` row (only `accounts::create_in` writes one, with the
    /// account's My Chat, D4).
    pub fn account(&mut self, a: &super::accounts::NewAccount<'_>) -> Result<()> {
        let now = self.now.to_value();
        self.push(
            ACCOUNTS,
            [
                a.id.to_value(),
                a.chatwork_id.to_value(),
                a.name.to_value(),
                a.email.to_value(),
                a.password_hash.to_value(),
                a.status.to_value(),
                a.org.to_value(),
                a.role.to_value(),
                a.exempt_outside.to_value(),
                a.exempt_file.to_value(),
                a.api_token_hash.to_value(),
                now,
            ],
        )
    }

    /// `chats::insert`'s row.
    pub fn chat(
        &mut self,
        kind: ChatKind,
        name: Option<&str>,
        owner: Option<AccountId>,
        pair: Option<(AccountId, AccountId)>,
    ) -> Result<ChatId> {
        let id = ChatId(Self::next_id(self.conn, &mut self.next_chat, "chats")?);
        let now = self.now.to_value();
        self.push(
            CHATS,
            [
                id.to_value(),
                kind.to_value(),
                name.to_value(),
                owner.to_value(),
                pair.map(|p| p.0).to_value(),
                pair.map(|p| p.1).to_value(),
                now,
            ],
        )?;
        Ok(id)
    }

    /// `chats::add_member`'s row.
    pub fn member(&mut self, chat: ChatId, account: AccountId, role: ChatRole) -> Result<()> {
        self.push(
            MEMBERS,
            [chat.to_value(), account.to_value(), role.to_value()],
        )
    }

    /// `chats::insert_contact`'s row (the pair in its canonical order).
    pub fn contact(&mut self, a: AccountId, b: AccountId, chat: ChatId) -> Result<()> {
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        self.push(CONTACTS, [a.to_value(), b.to_value(), chat.to_value()])
    }

    /// `chats::insert_messages`'s row, once.
    pub fn message(&mut self, chat: ChatId, sender: AccountId, body: &str) -> Result<()> {
        let now = self.now.to_value();
        self.push(
            MESSAGES,
            [chat.to_value(), sender.to_value(), body.to_value(), now],
        )
    }

    /// `chats::insert_file`'s row.
    pub fn file(
        &mut self,
        chat: ChatId,
        uploader: AccountId,
        name: &str,
        size: i64,
        owner_org: Option<OrgId>,
    ) -> Result<FileId> {
        let id = FileId(Self::next_id(self.conn, &mut self.next_file, "files")?);
        let now = self.now.to_value();
        self.push(
            FILES,
            [
                id.to_value(),
                chat.to_value(),
                uploader.to_value(),
                name.to_value(),
                size.to_value(),
                owner_org.to_value(),
                now,
            ],
        )?;
        Ok(id)
    }

    /// `chats::insert_task`'s row.
    pub fn task(
        &mut self,
        chat: ChatId,
        requester: AccountId,
        assignee: AccountId,
        body: &str,
        status: TaskStatus,
    ) -> Result<TaskId> {
        let id = TaskId(Self::next_id(self.conn, &mut self.next_task, "tasks")?);
        let now = self.now.to_value();
        self.push(
            TASKS,
            [
                id.to_value(),
                chat.to_value(),
                requester.to_value(),
                assignee.to_value(),
                body.to_value(),
                status.to_value(),
                now,
            ],
        )?;
        Ok(id)
    }

    /// Writes every row kept so far, tables in foreign-key order.
    pub fn flush(&mut self) -> Result<()> {
        for (i, (table, columns)) in WRITER_TABLES.iter().enumerate() {
            if !self.tables[i].is_empty() {
                let rows = std::mem::take(&mut self.tables[i]);
                insert(self.conn, table, columns, &rows)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_lists_number_their_parameters_in_order() {
        assert_eq!(values_list(2, 2, None), "(?1, ?2), (?3, ?4)");
        assert_eq!(
            values_list(2, 2, Some(&[Cast::Int, Cast::Text])),
            "(CAST(?1 AS BIGINT), CAST(?2 AS TEXT)), (CAST(?3 AS BIGINT), CAST(?4 AS TEXT))"
        );
    }
}
