//! SQLite's own counters over the statements a connection holds, so that
//! tests can prove that no statement is prepared again per use (issue 18).

use rusqlite::ffi;

use super::Tx;

/// How many times SQLite re-prepared the statements this connection still
/// holds (its cached statements included): the sum of
/// `SQLITE_STMTSTATUS_REPREPARE` over them. PostgreSQL has no such thing: 0.
pub fn reprepares(tx: &Tx) -> i64 {
    let Some(conn) = tx.sqlite_conn() else {
        return 0;
    };
    let mut total = 0_i64;
    // SAFETY: the handle is the live connection's (borrowed for this call);
    // `sqlite3_next_stmt` walks the statements SQLite keeps for it, and
    // reading a status counter neither finalizes nor steps them. Nothing
    // else uses the connection meanwhile (`Connection` is not `Sync`).
    unsafe {
        let db = conn.handle();
        let mut stmt = ffi::sqlite3_next_stmt(db, std::ptr::null_mut());
        while !stmt.is_null() {
            total += i64::from(ffi::sqlite3_stmt_status(
                stmt,
                ffi::SQLITE_STMTSTATUS_REPREPARE,
                0,
            ));
            stmt = ffi::sqlite3_next_stmt(db, stmt);
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::reprepares;
    use crate::db::{Db, accounts};
    use crate::domain::{delete, fixture, transfer, user};
    use crate::mail::Sender;

    static NOW: std::sync::LazyLock<crate::model::Timestamp> = std::sync::LazyLock::new(|| {
        crate::model::Timestamp::parse("2026-11-23T09:00:00Z").expect("a fixed RFC 3339 time")
    });

    /// Two orgs; `n` users of `src`, each in a team and in three group
    /// chats (with a message, a file and a task each), with contacts.
    fn world(n: usize) -> Db {
        let mut toml = String::new();
        for slug in ["src", "dst"] {
            toml.push_str(&format!(
                "[[org]]\nslug = \"{slug}\"\nname = \"{slug}\"\nplan = \"business\"\nseats = {}\n",
                n + 10
            ));
        }
        toml.push_str("[[account]]\nemail = \"s0@src.example\"\nname = \"s0\"\norg = \"src\"\nrole = \"admin\"\n");
        toml.push_str("[[account]]\nemail = \"d0@dst.example\"\nname = \"d0\"\norg = \"dst\"\nrole = \"admin\"\n");
        for i in 0..n {
            toml.push_str(&format!(
                "[[account]]\nemail = \"u{i}@src.example\"\nname = \"u{i}\"\norg = \"src\"\nteams = [\"team{}\"]\n",
                i % 3
            ));
        }
        for i in 1..n {
            toml.push_str(&format!(
                "[[contact]]\nbetween = [\"u0@src.example\", \"u{i}@src.example\"]\n"
            ));
        }
        let members: Vec<String> = (0..n).map(|i| format!("\"u{i}@src.example\"")).collect();
        for c in 0..3 {
            toml.push_str(&format!(
                "[[group]]\nname = \"Chat {c}\"\nadmins = [\"s0@src.example\"]\nmembers = [{}]\n",
                members.join(", ")
            ));
            toml.push_str(&format!(
                "[[message]]\nchat = \"Chat {c}\"\nfrom = \"u1@src.example\"\nbody = \"hi\"\n"
            ));
            toml.push_str(&format!("[[file]]\nchat = \"Chat {c}\"\nuploader = \"u0@src.example\"\nname = \"f{c}\"\nsize = 10\n"));
            toml.push_str(&format!("[[task]]\nchat = \"Chat {c}\"\nrequester = \"u1@src.example\"\nassignee = \"u0@src.example\"\nbody = \"t\"\n"));
        }
        let scenario = fixture::parse(&toml, "test").unwrap();
        let mut db = Db::open_in_memory().unwrap();
        db.write(|tx| fixture::load(tx, &scenario, &NOW)).unwrap();
        db
    }

    /// The re-prepares of a user list, a deletion preview, and a transfer
    /// request and approval, in a world of `n` users.
    fn reprepares_in_world(n: usize) -> Vec<(&'static str, i64)> {
        let mut db = world(n);
        let mut seen = Vec::new();
        let users: Vec<String> = (0..n).map(|i| format!("u{i}@src.example")).collect();
        db.read(|tx| {
            // `user list` (one query), then `user show` of each account
            // (the teams looked up one by one).
            accounts::each_with_teams(tx, None, None, |_, _| Ok(true))?;
            for a in accounts::list(tx, None, None)? {
                user::view(tx, &a)?;
            }
            seen.push(("user list and show", reprepares(tx)));
            delete::plan_delete(tx, Some("s0@src.example"), &users[..1])?;
            seen.push(("user delete --dry-run", reprepares(tx)));
            Ok(())
        })
        .unwrap();
        let mail = Sender::default();
        let request = transfer::Request {
            from: "src",
            to_admin: "d0@dst.example",
            users: &users,
            ttl_days: 14,
        };
        db.write(|tx| {
            let plan = transfer::plan_request(tx, Some("s0@src.example"), &request, &NOW, &mail)?;
            crate::plan::apply::apply_plan(tx, &plan, &NOW)?;
            Ok(())
        })
        .unwrap();
        db.read(|tx| {
            let registration_mail = crate::domain::registration::MailSettings {
                ttl_days: 7,
                link_base: "https://chat.example.com/register".into(),
                sender: mail.clone(),
            };
            let plan = transfer::plan_approve(
                tx,
                Some("d0@dst.example"),
                1,
                &[],
                &NOW,
                &registration_mail,
            )?;
            assert!(plan.blockers.is_empty(), "{:?}", plan.blockers);
            seen.push(("transfer approve", reprepares(tx)));
            Ok(())
        })
        .unwrap();
        seen
    }

    #[test]
    fn no_statement_is_prepared_again_per_row() {
        // The counters are cumulative over the commands of one world; with
        // a statement re-prepared per use they grow with the rows.
        let small = reprepares_in_world(5);
        let large = reprepares_in_world(40);
        assert_eq!(small, large, "re-prepares grow with the rows");
        for (command, count) in &large {
            assert_eq!(*count, 0, "{command}: {count} statements re-prepared");
        }
    }
}
