//! Test-only fault injection and tracing at the steps of a write (issue 15.9).
//!
//! In debug builds (what `cargo test` runs), two environment variables let
//! the integration tests reach failure points that a `kill -9` cannot aim at:
//!
//! - `ORGCTL_FAULT=POINT` makes the step named `POINT` fail with an
//!   unexpected error, as an I/O error there would;
//! - `ORGCTL_TRACE=FILE` appends `POINT MILLIS` to `FILE` as each step is
//!   reached (milliseconds since the Unix epoch), so the crash tests can tell
//!   whether a kill landed inside the write transaction.
//!
//! The points, in the order a state change reaches them:
//!
//! | point | where |
//! |---|---|
//! | `disk-full` | not a step: at open, the file may not grow past its current size (`PRAGMA max_page_count`), so SQLite itself fails with "database or disk is full" |
//! | `begin` | the write lock is held (`BEGIN IMMEDIATE` done) |
//! | `commit` | everything written (the audit row included), just before `COMMIT` |
//! | `committed` | just after `COMMIT` (traced only, never failed) |
//! | `output` | `commands::execute`: committed, before the report is printed |
//!
//! Release builds compile all of this to nothing: no environment variable
//! can make a real run fail on purpose.

use crate::error::Result;

/// Reaches the step `point`: traces it, and fails if the tests asked for a
/// fault there.
#[inline]
pub fn point(point: &str) -> Result<()> {
    #[cfg(debug_assertions)]
    {
        trace(point);
        if injected(point) {
            return Err(crate::error::Error::unexpected(format!(
                "injected fault at step {point} (ORGCTL_FAULT)"
            ))
            .into());
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = point;
    Ok(())
}

/// Whether the tests asked for a fault at `point` (always false in release
/// builds).
#[inline]
pub fn injected(point: &str) -> bool {
    #[cfg(debug_assertions)]
    {
        std::env::var("ORGCTL_FAULT").is_ok_and(|v| v.split(',').any(|p| p.trim() == point))
    }
    #[cfg(not(debug_assertions))]
    {
        let _ = point;
        false
    }
}

/// Records that `point` was reached, for a step where an injected failure
/// would have no honest meaning (just after `COMMIT`: the failures after
/// it are injected at `output`).
#[inline]
pub fn reached(point: &str) {
    #[cfg(debug_assertions)]
    trace(point);
    #[cfg(not(debug_assertions))]
    let _ = point;
}

#[cfg(debug_assertions)]
fn trace(point: &str) {
    use std::io::Write;
    let Some(path) = std::env::var_os("ORGCTL_TRACE") else {
        return;
    };
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    // One `write` of one line on an O_APPEND file: what a kill leaves is
    // whole lines. A trace that cannot be written is the test's problem,
    // never the command's.
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = f.write_all(format!("{point} {millis}\n").as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_fault_is_injected_unless_asked() {
        // The unit tests never set ORGCTL_FAULT.
        assert!(!injected("commit"));
        assert!(point("commit").is_ok());
    }
}
