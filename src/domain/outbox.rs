//! The outbox's rules: who may read the registration links in it (issue
//! 15.6), putting a refused message back in the queue and purging delivered
//! mail (plans, so `--dry-run` previews them and the audit log records them).
//! Delivery itself is `commands::outbox::send` over `smtp.rs`.

use crate::db::Tx;
use crate::model::Timestamp;

use crate::db::outbox;
use crate::domain::access;
use crate::error::{Error, Result};
use crate::model::{AccountStatus, Role};
use crate::plan::{Effect, Plan};
use crate::views::OutboxView;

/// What replaces a token the reader may not see.
pub const MASK: &str = "********";

/// `outbox list`: the messages with their delivery state. A registration
/// link is the only clear copy of its token (15.6): it is shown only when
/// `--as` names an active admin or user_admin of the request's org (the
/// people who may resend it anyway, CLI.md "Who may act"); everyone else
/// sees the link with its token masked.
pub fn list(
    conn: &Tx,
    actor: Option<&str>,
    to: Option<&str>,
    status: Option<&str>,
) -> Result<Vec<OutboxView>> {
    let reader = match actor {
        Some(actor) => Some(access::user(conn, actor)?),
        None => None,
    };
    let may_read = |org: i64| {
        reader.as_ref().is_some_and(|a| {
            a.status == AccountStatus::Active
                && a.org_id.is_some_and(|o| o.0 == org)
                && matches!(a.role, Some(Role::Admin | Role::UserAdmin))
        })
    };
    Ok(outbox::list(conn, to, status)?
        .into_iter()
        .map(|m| {
            let hidden = m.secret_org_id.is_some_and(|org| !may_read(org));
            OutboxView {
                id: m.id,
                to: m.to,
                subject: m.subject,
                body: if hidden { mask_tokens(&m.body) } else { m.body },
                created_at: m.created_at,
                status: m.status,
                sent_at: m.sent_at,
                reply: m.reply,
                attempts: m.attempts,
                link_hidden: hidden,
            }
        })
        .collect())
}

/// Replaces the value of every `token=` in `text` with `MASK`.
pub fn mask_tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("token=") {
        let (head, tail) = rest.split_at(at + "token=".len());
        out.push_str(head);
        let end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(tail.len());
        if end > 0 {
            out.push_str(MASK);
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// `outbox retry ID`: a `failed` message goes back to the queue.
pub fn plan_retry(conn: &Tx, id: i64) -> Result<Plan> {
    let m = outbox::get(conn, id)?.ok_or_else(|| {
        Error::not_found(format!("no outbox message {id}"))
            .with_hint("`orgctl outbox list --status failed` shows the refused ones")
    })?;
    if m.status != "failed" {
        let why = match m.status.as_str() {
            "sent" => format!(
                "it was delivered at {}; it is not sent twice",
                m.sent_at.as_deref().unwrap_or("(unknown)")
            ),
            _ => "it is still unsent; the next `orgctl outbox send` sends it".to_string(),
        };
        return Err(Error::refused(format!(
            "outbox message {id} is {}, not failed: {why}",
            m.status
        ))
        .with_hint("`orgctl outbox list --status failed` shows the ones that can be retried")
        .into());
    }
    let mut plan = Plan::new("outbox.retry");
    plan.push(Effect::EmailRequeued {
        id: m.id,
        to: m.to,
        reply: m.reply,
    });
    Ok(plan)
}

/// `outbox purge --sent --older-than AGE`: the messages delivered before
/// `now - AGE` are removed (15.6: a delivered link has done its job, and
/// the database should not keep a clear copy of it).
pub fn plan_purge(conn: &Tx, now: &Timestamp, older_than: &str) -> Result<Plan> {
    let age = parse_age(older_than)?;
    let before = now
        .to_utc()
        .checked_sub_signed(age)
        .map(Timestamp::from_utc)
        .ok_or_else(|| {
            Error::usage(format!(
                "--older-than {older_than} reaches before the start of time"
            ))
        })?;
    let mut plan = Plan::new("outbox.purge");
    plan.summary = Some(format!("e-mails delivered before {before}"));
    for m in outbox::sent_before(conn, &before)? {
        plan.push(Effect::EmailPurged {
            id: m.id,
            to: m.to,
            subject: m.subject,
            sent_at: m.sent_at,
        });
    }
    Ok(plan)
}

/// A duration such as `30d`, `12h`, `90m`, `2w` or `45s`.
pub fn parse_age(text: &str) -> Result<chrono::Duration> {
    crate::text::age(text).map_err(|_| {
        Error::usage(format!(
            "--older-than {:?} is not a duration: give a number and a unit, e.g. 30d, 12h, 90m",
            text.trim()
        ))
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_masked_wherever_they_are() {
        assert_eq!(
            mask_tokens("open https://x.example/register?token=AbC123_-x\nthen"),
            format!("open https://x.example/register?token={MASK}\nthen")
        );
        assert_eq!(
            mask_tokens("token=a token=b"),
            format!("token={MASK} token={MASK}")
        );
        assert_eq!(mask_tokens("no link"), "no link");
        assert_eq!(mask_tokens("token="), "token=");
    }

    #[test]
    fn ages_are_parsed_or_refused() {
        assert_eq!(parse_age("30d").unwrap(), chrono::Duration::days(30));
        assert_eq!(parse_age("12h").unwrap(), chrono::Duration::hours(12));
        assert_eq!(parse_age("2w").unwrap(), chrono::Duration::days(14));
        for bad in [
            "",
            "d",
            "30",
            "30x",
            "-3d",
            "99999999999999999999d",
            "9223372036854775807w",
        ] {
            assert!(parse_age(bad).is_err(), "{bad}");
        }
    }
}
