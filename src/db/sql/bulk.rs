//! Bulk writes (issues 18.3 and 13.8): many rows into one table as one
//! operation, a stepped `INSERT` on SQLite and `COPY` on PostgreSQL.

use super::{Error, Inner, Result, Tx, Value, ValueRef};

/// A value a bulk write takes: owned ([`Value`]) or borrowed from the
/// caller's own data ([`ValueRef`], bound without a copy of its own).
pub trait BulkValue {
    fn value_ref(&self) -> ValueRef<'_>;
}

impl BulkValue for Value {
    fn value_ref(&self) -> ValueRef<'_> {
        match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Int(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s),
            Value::Blob(b) => ValueRef::Blob(b),
        }
    }
}

impl BulkValue for ValueRef<'_> {
    fn value_ref(&self) -> ValueRef<'_> {
        *self
    }
}

/// A borrowed value bound to an SQLite statement (SQLite copies it).
struct SqliteRef<'a>(ValueRef<'a>);

impl rusqlite::ToSql for SqliteRef<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::ValueRef as V;
        Ok(rusqlite::types::ToSqlOutput::Borrowed(match self.0 {
            ValueRef::Null => V::Null,
            ValueRef::Int(i) => V::Integer(i),
            ValueRef::Real(f) => V::Real(f),
            ValueRef::Text(s) => V::Text(s.as_bytes()),
            ValueRef::Blob(b) => V::Blob(b),
        }))
    }
}

impl Tx {
    /// Inserts `rows` into `table` (`columns` in order) as one operation,
    /// counted as one statement: on SQLite one prepared `INSERT` stepped once
    /// per row (an embedded database has no round trip to save; this skips
    /// the per-row statement lookup and value copies of `execute`); on
    /// PostgreSQL one `COPY … FROM STDIN` in text format, a single round
    /// trip. COPY checks constraints and fires triggers like `INSERT`, but
    /// PostgreSQL refuses it on a table under row-level security for a
    /// login, so callers copy into a temporary table and `INSERT … SELECT`
    /// from there. Returns how many rows were written.
    pub fn insert_rows<const N: usize, V: BulkValue>(
        &self,
        table: &str,
        columns: [&str; N],
        rows: impl IntoIterator<Item = [V; N]>,
    ) -> Result<u64> {
        self.bump();
        let mut n = 0;
        match &self.inner {
            Inner::Sqlite(c) => {
                let placeholders: Vec<String> = (1..=N).map(|i| format!("?{i}")).collect();
                let sql = format!(
                    "INSERT INTO {table} ({}) VALUES ({})",
                    columns.join(", "),
                    placeholders.join(", ")
                );
                let mut stmt = c.prepare_cached(&sql)?;
                for row in rows {
                    stmt.execute(rusqlite::params_from_iter(
                        row.iter().map(|v| SqliteRef(v.value_ref())),
                    ))?;
                    n += 1;
                }
            }
            Inner::Pg(pg) => {
                use std::io::Write as _;
                let mut text = Vec::new();
                for row in rows {
                    for (i, v) in row.iter().enumerate() {
                        if i > 0 {
                            text.push(b'\t');
                        }
                        copy_text(v.value_ref(), &mut text);
                    }
                    text.push(b'\n');
                    n += 1;
                }
                let sql = format!("COPY {table} ({}) FROM STDIN", columns.join(", "));
                let mut pg = pg.borrow_mut();
                let mut writer = pg.client.copy_in(sql.as_str())?;
                let sent = writer.write_all(&text);
                // The server's own error, when there is one, says more than
                // the I/O error of the write that met it.
                writer.finish()?;
                sent.map_err(|e| Error::Conversion(format!("COPY {table}: {e}")))?;
            }
        }
        Ok(n)
    }
}

/// A value in COPY's text format: `\N` for NULL, backslash escapes for the
/// delimiter, line breaks and the backslash itself.
fn copy_text(v: ValueRef<'_>, out: &mut Vec<u8>) {
    fn escaped(bytes: &[u8], out: &mut Vec<u8>) {
        for &b in bytes {
            match b {
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\t' => out.extend_from_slice(b"\\t"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                _ => out.push(b),
            }
        }
    }
    match v {
        ValueRef::Null => out.extend_from_slice(b"\\N"),
        ValueRef::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        ValueRef::Real(f) if f.is_nan() => out.extend_from_slice(b"NaN"),
        ValueRef::Real(f) if f.is_infinite() => {
            out.extend_from_slice(if f > 0.0 { b"Infinity" } else { b"-Infinity" })
        }
        ValueRef::Real(f) => out.extend_from_slice(f.to_string().as_bytes()),
        ValueRef::Text(s) => escaped(s.as_bytes(), out),
        ValueRef::Blob(b) => {
            // bytea's hex input, its backslash escaped for COPY.
            out.extend_from_slice(b"\\\\x");
            for byte in b {
                out.extend_from_slice(format!("{byte:02x}").as_bytes());
            }
        }
    }
}
