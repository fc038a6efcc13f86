//! Set-based writes: many rows in one statement, so that a bulk writer costs
//! a round trip per few hundred rows on the server instead of one per row
//! (issue 13.8). Portable SQL only: a multi-row `INSERT ... VALUES (...),
//! (...)`, and for updates and deletes a `VALUES` list joined by its key
//! (`UPDATE ... FROM`, a row-value `IN`), which SQLite (3.33+) and
//! PostgreSQL both read. The `db::` writers that take many rows are built on
//! these; each keeps its one-row form's SQL beside it.

use super::sql::{Result, Tx, Value};

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

/// Runs `sql(values_list)` once per chunk of `rows` (each `width` values
/// long, flattened), in order. A full chunk's text is the same every time
/// and kept prepared; the last, shorter chunk is prepared once.
pub fn run(
    conn: &Tx,
    width: usize,
    casts: Option<&[Cast]>,
    rows: &[Value],
    sql: impl Fn(&str) -> String,
) -> Result<()> {
    debug_assert!(width > 0 && rows.len() % width == 0);
    for chunk in rows.chunks(CHUNK * width) {
        let n = chunk.len() / width;
        let text = sql(&values_list(n, width, casts));
        conn.execute_values(&text, n == CHUNK, chunk)?;
    }
    Ok(())
}

/// `INSERT INTO table (columns) VALUES ...` over `rows` (flattened, one
/// value per column per row), in chunks; the parameters take the columns'
/// types on both backends.
pub fn insert(conn: &Tx, table: &str, columns: &[&str], rows: &[Value]) -> Result<()> {
    let head = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    run(conn, columns.len(), None, rows, |values| format!("{head}{values}"))
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
