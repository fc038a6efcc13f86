//! What a well-formed row names, and what it does to the roster (S2, S3,
//! S6): method A rows resolve to a live member by account ID or Chatwork
//! ID; method B rows (a name and an e-mail) find their entry again, resolve
//! to a member (R4), or become a registration request through exactly the
//! plan `user add` makes (`registration::plan_add`, computed once).
//!
//! What a row names is looked up for its whole batch at once
//! (`db::staff_batch`, one query); what the earlier rows of the file do is
//! known only through `Seen`, so a dry run (which writes nothing) and the
//! real run (which writes each batch after deciding it) decide every row
//! alike.

use crate::model::Timestamp;

use crate::db::Tx;

use super::cells::Cells;
use super::{RowAction, RowProblem, Seen};
use crate::csvio::{Field, StaffReader};
use crate::db::staff::AccountFacts;
use crate::db::staff_batch::Facts;
use crate::db::{accounts, orgs, staff};
use crate::domain::registration::{self, MailSettings};
use crate::error::{ErrorKind, Result, classify};
use crate::model::{Account, AccountStatus, Org, Role};
use crate::plan::{Effect, Plan};

/// The row's outcome: what it does, or its error.
pub type Resolved = std::result::Result<RowAction, RowProblem>;

/// Who imports, into which org, with which options: the same for every row.
pub struct Context<'a> {
    pub conn: &'a Tx,
    pub org: &'a Org,
    pub actor: &'a Account,
    pub reader: &'a StaffReader,
    pub invite: Option<&'a MailSettings>,
    pub now: &'a Timestamp,
}

impl Context<'_> {
    fn fail(&self, field: Field, message: String) -> Result<Resolved> {
        Ok(Err((self.reader.column_name(field), message)))
    }
}

/// Decides what one well-formed row does (S2, S3, S6), from what its batch
/// found for it (`facts`, as the state was when the batch was resolved).
pub fn row(
    cx: &Context<'_>,
    line: u64,
    cells: Cells,
    facts: Facts,
    seen: &mut Seen,
) -> Result<Resolved> {
    if cells.account_id.is_some() || cells.chatwork_id.is_some() {
        by_ids(cx, line, cells, facts, seen)
    } else {
        by_email(cx, line, cells, facts, seen)
    }
}

/// S2, method A: the IDs name an account, which must be a live member of
/// the org.
fn by_ids(
    cx: &Context<'_>,
    line: u64,
    cells: Cells,
    facts: Facts,
    seen: &mut Seen,
) -> Result<Resolved> {
    let Cells {
        name,
        email,
        account_id,
        chatwork_id,
    } = cells;
    let org = cx.org;
    let seq = facts.seq;
    let by_id = match account_id {
        Some(id) => match facts.by_id {
            Some(a) => Some(a),
            None => {
                return cx.fail(
                    Field::AccountId,
                    format!(
                        "no account has account ID {id}; `orgctl user list --org {} --format csv` lists the account IDs",
                        org.slug
                    ),
                );
            }
        },
        None => None,
    };
    let by_cw = match &chatwork_id {
        Some(cw) => match facts.by_chatwork_id {
            Some(a) => Some(a),
            None => {
                let now_is = by_id.as_ref().map(|a| match &a.chatwork_id {
                    Some(current) => format!(
                        "; account {}'s Chatwork ID is now `{current}`: correct the file, or leave chatwork_id empty",
                        a.id
                    ),
                    None => format!(
                        "; account {} has no Chatwork ID now: leave chatwork_id empty",
                        a.id
                    ),
                });
                return cx.fail(
                    Field::ChatworkId,
                    format!(
                        "no account has Chatwork ID `{cw}`{}",
                        now_is.unwrap_or_else(|| "; Chatwork IDs can change: ask for the current one, or give the account ID".into())
                    ),
                );
            }
        },
        None => None,
    };
    let (account, field): (AccountFacts, Field) = match (by_id, by_cw) {
        (Some(a), Some(b)) if a.id != b.id => {
            return cx.fail(
                Field::ChatworkId,
                format!(
                    "account ID {} is {} but Chatwork ID `{}` is account {} ({}); both must name the same account",
                    a.id,
                    a.email,
                    b.chatwork_id.as_deref().unwrap_or_default(),
                    b.id,
                    b.email
                ),
            );
        }
        (Some(a), _) => (a, Field::AccountId),
        (None, Some(b)) => (b, Field::ChatworkId),
        (None, None) => return Err(anyhow::anyhow!("a method-A row without an ID")),
    };
    // S6: Chatwork IDs compare without case; the entry keeps the account's
    // own spelling, so `stale` means the ID really changed.
    let chatwork_id = chatwork_id.and(account.chatwork_id.clone());
    if let Some(problem) = not_a_live_member(&account, org) {
        return cx.fail(field, problem);
    }
    if let Some(first) = seen.account(account.id, line) {
        return cx.fail(
            field,
            format!(
                "line {first} already names account {} ({}); remove the duplicate row",
                account.id, account.email
            ),
        );
    }
    if let Some(e) = &email {
        // A later method-B row with this e-mail is a duplicate of this one.
        seen.note_email(e, line);
    }
    // S6: an entry is found again by its account; else a method-B entry
    // with the same e-mail is now tied to the account.
    let existing = match facts.entry_by_account {
        Some(e) => Some(e),
        None => match &email {
            Some(e) => match facts.entry_by_email.filter(|s| s.account_id.is_none()) {
                Some(entry) => {
                    if let Some(first) = seen.entry(entry.id, line) {
                        return cx.fail(
                                Field::Email,
                                format!(
                                    "line {first} already names the roster entry of {e}; remove the duplicate row"
                                ),
                            );
                    }
                    Some(entry)
                }
                None => None,
            },
            None => None,
        },
    };
    Ok(Ok(match existing {
        // The entry is the probed row: its name and e-mail cells, the
        // account its IDs name and that account's spelling of the Chatwork
        // ID the row gave.
        None => RowAction::Create {
            name,
            email,
            account: Some(account.id),
            chatwork_id,
            probed: Some(seq),
        },
        Some(e)
            if e.account_id == Some(account.id)
                && e.name == name
                && same_email(e.email.as_deref(), email.as_deref())
                && e.chatwork_id == chatwork_id =>
        {
            RowAction::Unchanged
        }
        Some(e) => RowAction::Update {
            id: e.id,
            name,
            email,
            account: Some(account.id),
            chatwork_id,
        },
    }))
}

/// S3, method B: a name and an e-mail only.
fn by_email(
    cx: &Context<'_>,
    line: u64,
    cells: Cells,
    facts: Facts,
    seen: &mut Seen,
) -> Result<Resolved> {
    let org = cx.org;
    let name = cells.name;
    let Some(email) = cells.email else {
        return cx.fail(
            Field::Name,
            "the row has no account ID, Chatwork ID or e-mail; give the account ID (best), the Chatwork ID, or an e-mail with --invite".into(),
        );
    };
    if let Some(first) = seen.email(&email, line) {
        return cx.fail(
            Field::Email,
            format!("line {first} already names {email}; remove the duplicate row"),
        );
    }
    // S6: importing the same row again changes nothing and sends nothing.
    if let Some(e) = facts.entry_by_email {
        if let Some(first) = seen.entry(e.id, line) {
            return cx.fail(
                Field::Email,
                format!(
                    "line {first} already names the roster entry of {email}; remove the duplicate row"
                ),
            );
        }
        return Ok(Ok(renamed_or_unchanged(e, name)));
    }
    let Some(mail) = cx.invite else {
        return cx.fail(
            Field::Email,
            format!(
                "{email} has no account ID or Chatwork ID, so it needs a registration request (S3); pass --invite to send registration requests"
            ),
        );
    };
    // R4: a live member of the org gets no request; the row resolves to it.
    if let Some(member) = accounts::by_email(cx.conn, &email)?
        .filter(|a| a.status != AccountStatus::Deleted && a.org_id == Some(org.id))
    {
        if let Some(first) = seen.account(member.id, line) {
            return cx.fail(
                Field::Email,
                format!(
                    "line {first} already names account {} ({email}); remove the duplicate row",
                    member.id
                ),
            );
        }
        // One lookup per row, as the request itself: only with --invite.
        if let Some(e) = staff::entry_by_account(cx.conn, org.id, member.id)? {
            return Ok(Ok(renamed_or_unchanged(e, name)));
        }
        return Ok(Ok(RowAction::Create {
            name,
            email: Some(email),
            account: Some(member.id),
            chatwork_id: None,
            probed: None,
        }));
    }
    match invite(cx, &name, &email, mail, seen)? {
        Ok(plan) => {
            seen.invites += 1;
            Ok(Ok(RowAction::Invite {
                name,
                email,
                plan: Box::new(plan),
            }))
        }
        Err(message) => cx.fail(Field::Email, message),
    }
}

/// S3: the one place a method-B row (a name and an e-mail of someone who is
/// not yet a member) becomes a registration request of SPEC §4, through
/// exactly the plan `user add` makes (`registration::plan_add`). The plan is
/// computed once, here, and the import applies that very plan. The outer
/// error is a failure of the database; the inner one is the row's error.
fn invite(
    cx: &Context<'_>,
    name: &str,
    email: &str,
    mail: &MailSettings,
    seen: &mut Seen,
) -> Result<std::result::Result<Plan, String>> {
    let org = cx.org;
    let request = registration::AddRequest {
        email,
        org: &org.slug,
        name: Some(name),
        role: Role::Member,
    };
    let plan = match registration::plan_add(cx.conn, cx.now, Some(&cx.actor.email), &request, mail)
    {
        Ok(plan) => plan,
        Err(err) => {
            let e = classify(&err);
            return match e.kind {
                // A rule's refusal keeps its rule (`refused [R4]: ...`);
                // a malformed value is its message alone.
                ErrorKind::Refused | ErrorKind::NotFound | ErrorKind::Usage => {
                    Ok(Err(if e.rule.is_some() {
                        e.headline()
                    } else {
                        e.message
                    }))
                }
                _ => Err(err),
            };
        }
    };
    if !plan.blockers.is_empty() {
        let reasons: Vec<String> = plan
            .blockers
            .iter()
            .map(|b| match &b.hint {
                Some(h) => format!("[{}] {} ({h})", b.rule, b.message),
                None => format!("[{}] {}", b.rule, b.message),
            })
            .collect();
        return Ok(Err(reasons.join("; ")));
    }
    // R1: the seats the earlier rows' requests reserve. The real run has
    // written them, so `plan_add` already counts them; a dry run has not,
    // so they are counted here, from the seats used when the import began,
    // and both runs refuse the same row with the same words.
    let used_at_start = match seen.seats_used_at_start {
        Some(n) => n,
        None => {
            let n = orgs::seats_used(cx.conn, org.id, cx.now)?;
            seen.seats_used_at_start = Some(n);
            n
        }
    };
    let used = used_at_start + seen.invites;
    let mut seats = Plan::new("user.add");
    registration::check_seat_with(cx.conn, org, used, &mut seats)?;
    if let Some(b) = seats.blockers.first() {
        return Ok(Err(match &b.hint {
            Some(h) => format!("[{}] {} ({h})", b.rule, b.message),
            None => format!("[{}] {}", b.rule, b.message),
        }));
    }
    if !plan
        .effects
        .iter()
        .any(|e| matches!(e, Effect::RegistrationRequested { .. }))
    {
        return Ok(Err(format!(
            "no registration request can be sent to {email}"
        )));
    }
    Ok(Ok(plan))
}

/// S6: a method-B row found again on the roster changes at most its name.
fn renamed_or_unchanged(e: staff::StaffEntry, name: String) -> RowAction {
    if e.name == name {
        RowAction::Unchanged
    } else {
        RowAction::Update {
            id: e.id,
            name,
            email: e.email,
            account: e.account_id,
            chatwork_id: e.chatwork_id,
        }
    }
}

fn same_email(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        (None, None) => true,
        _ => false,
    }
}

/// S2: why an account cannot be on the org's roster, and what to do.
fn not_a_live_member(a: &AccountFacts, org: &Org) -> Option<String> {
    if a.status == AccountStatus::Deleted {
        return Some(format!(
            "account {} ({}) was deleted; remove this row",
            a.id, a.email
        ));
    }
    if a.org_id == Some(org.id) {
        return None;
    }
    match &a.other_org_slug {
        None => Some(format!(
            "account {} ({}) is a personal account, not a member of {}; add it with `orgctl user add {} --org {}` and import again once it has joined",
            a.id, a.email, org.slug, a.email, org.slug
        )),
        Some(slug) => Some(format!(
            "account {} ({}) is a member of org {slug}, not of {}; move it with `orgctl transfer request`, or remove this row",
            a.id, a.email, org.slug
        )),
    }
}
