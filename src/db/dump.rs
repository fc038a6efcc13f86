//! A logical dump of a whole database, for tests that compare what a run
//! changed with what its plan said (issue 11, test honesty): every table,
//! every row by its primary key.

use std::collections::BTreeMap;

use rusqlite::types::ValueRef;

use super::Tx;
use crate::error::Result;

/// One table: its column names, and its rows by primary key (as text).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: BTreeMap<Vec<String>, Vec<String>>,
}

/// Every table but SQLite's own, by name (SQLite only: the property tests
/// run on in-memory SQLite databases).
pub fn dump(tx: &Tx) -> Result<BTreeMap<String, Table>> {
    let conn = tx
        .sqlite_conn()
        .ok_or_else(|| anyhow::anyhow!("db::dump reads SQLite databases only"))?;
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut all = BTreeMap::new();
    for name in names {
        // (cid, name, type, notnull, default, pk): the key columns in order.
        let mut info: Vec<(String, i64)> = conn
            .prepare(&format!("PRAGMA table_info(\"{name}\")"))?
            .query_map([], |r| Ok((r.get(1)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let columns: Vec<String> = info.iter().map(|(c, _)| c.clone()).collect();
        info.retain(|(_, pk)| *pk > 0);
        info.sort_by_key(|(_, pk)| *pk);
        let key_at: Vec<usize> = info
            .iter()
            .filter_map(|(c, _)| columns.iter().position(|x| x == c))
            .collect();
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{name}\""))?;
        let width = columns.len();
        let rows: Vec<Vec<String>> = stmt
            .query_map([], |r| {
                (0..width)
                    .map(|i| {
                        Ok(match r.get_ref(i)? {
                            ValueRef::Null => "NULL".to_string(),
                            ValueRef::Integer(n) => n.to_string(),
                            ValueRef::Real(x) => x.to_string(),
                            ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                            ValueRef::Blob(b) => format!("{b:?}"),
                        })
                    })
                    .collect()
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut table = Table {
            columns,
            rows: BTreeMap::new(),
        };
        for row in rows {
            let key = if key_at.is_empty() {
                row.clone()
            } else {
                key_at.iter().map(|i| row[*i].clone()).collect()
            };
            table.rows.insert(key, row);
        }
        all.insert(name, table);
    }
    Ok(all)
}
