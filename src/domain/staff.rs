//! The staff roster (SPEC §8, S1–S7): importing a staff CSV row by row,
//! each row checked against the state before it may be written (S5), and
//! the status of each entry (ready, awaiting registration, unresolved,
//! stale).
//!
//! The import is one stream: a row is read, checked and, if good, written
//! before the next is read, all inside the caller's transaction, so every
//! row is checked against the state the rows before it make (seats that
//! earlier invitations reserve, entries earlier rows create). Only the keys
//! needed to find duplicate rows are kept, so memory does not grow with the
//! rows' contents. When a row is bad and `--skip-invalid` was not given, the
//! caller rolls the whole transaction back, so nothing is written (S5).

use std::collections::HashMap;

use crate::db::Tx;

use super::registration::{self, MailSettings};
use super::validate;
use crate::csvio::{Field, StaffReader, StaffRow};
use crate::db::{accounts, staff};
use crate::error::{ErrorKind, Result, classify};
use crate::model::{Account, AccountId, AccountStatus, Org, Role, StaffStatus};
use crate::plan::Effect;
use crate::views::{StaffImportView, StaffRowError, StaffView};

/// How an import runs.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Method B rows (name and e-mail only) send registration requests (S3),
    /// with these `[registration]` and `[mail]` settings; `None` without
    /// `--invite`.
    pub invite: Option<MailSettings>,
    /// Write the good rows even when some are bad (exit 6).
    pub skip_invalid: bool,
}

/// What an import found and did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportSummary {
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub invited: u64,
    pub errors: Vec<StaffRowError>,
    /// Whether the rows were written (false on a dry run, and when a bad row
    /// stopped the import).
    pub written: bool,
}

impl ImportSummary {
    /// Rows that were (or on a dry run would be) taken.
    pub fn accepted(&self) -> u64 {
        self.created + self.updated + self.unchanged
    }

    pub fn view(&self, dry_run: bool, encoding: &str) -> StaffImportView {
        StaffImportView {
            dry_run,
            applied: self.written && !dry_run && self.accepted() > 0,
            rows: self.rows,
            created: self.created,
            updated: self.updated,
            unchanged: self.unchanged,
            invited: self.invited,
            rejected: self.errors.len() as u64,
            encoding: encoding.to_string(),
            errors: self.errors.clone(),
        }
    }
}

/// What one good row does to the roster.
enum RowAction {
    Create {
        name: String,
        email: Option<String>,
        account: Option<AccountId>,
        chatwork_id: Option<String>,
    },
    Update {
        id: i64,
        name: String,
        email: Option<String>,
        account: Option<AccountId>,
        chatwork_id: Option<String>,
    },
    Unchanged,
    Invite {
        name: String,
        email: String,
    },
}

/// The keys of the rows seen so far, to find duplicates: an account named
/// twice, or an e-mail invited twice.
#[derive(Default)]
struct Seen {
    accounts: HashMap<AccountId, u64>,
    emails: HashMap<String, u64>,
    /// The roster was empty when the import began and no row may invite:
    /// then an entry tied to an account can only come from an earlier row
    /// of this file, which `accounts` already refuses as a duplicate, so the
    /// lookup by account is skipped (a first import of a large file does
    /// one query less per row; BENCHMARKS.md).
    fresh_roster: bool,
}

/// A registration request sent for a method-B row.
#[derive(Debug, Clone, Copy)]
pub struct Invitation {
    pub registration_id: Option<i64>,
    pub account_id: Option<AccountId>,
}

/// S3: the one place a method-B row (a name and an e-mail of someone who is
/// not yet a member) becomes a registration request of SPEC §4, through
/// exactly the plan `user add` makes (`registration::plan_add`). With `send`
/// false it only checks the request (while rows are checked, and in dry
/// runs); with `send` true it applies the plan in the caller's transaction.
/// The outer error is a failure of the database; the inner one is the row's
/// error message.
#[allow(clippy::too_many_arguments)]
pub fn invite(
    conn: &Tx,
    org: &Org,
    actor: &Account,
    name: &str,
    email: &str,
    now: &str,
    send: bool,
    mail: &MailSettings,
) -> Result<std::result::Result<Invitation, String>> {
    let request = registration::AddRequest {
        email,
        org: &org.slug,
        name: Some(name),
        role: Role::Member,
    };
    let plan = match registration::plan_add(conn, now, Some(&actor.email), &request, mail) {
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
    let requested = plan.effects.iter().find_map(|e| match e {
        Effect::RegistrationRequested {
            registration_id,
            account_id,
            ..
        } => Some((*registration_id, *account_id)),
        _ => None,
    });
    let Some((registration_id, account_id)) = requested else {
        return Ok(Err(format!(
            "no registration request can be sent to {email}"
        )));
    };
    if send {
        crate::plan::apply::apply_plan(conn, &plan, now)?;
    }
    Ok(Ok(Invitation {
        registration_id: Some(registration_id.0),
        account_id: Some(account_id),
    }))
}

/// The longest cell of each column that is read at all; longer cells are
/// refused without echoing them (a 2 MB cell makes a useless message).
fn max_chars(field: Field) -> usize {
    match field {
        Field::Name => 200,
        Field::Email => 254,
        Field::AccountId => 40,
        Field::ChatworkId => 64,
    }
}

/// Imports a staff CSV into `org`'s roster (S2–S6). Rejected rows go to
/// `rejected` as they are found; `progress` hears how many bytes were read.
#[allow(clippy::too_many_arguments)]
pub fn import(
    conn: &Tx,
    org: &Org,
    actor: &Account,
    reader: &mut StaffReader,
    options: &ImportOptions,
    now: &str,
    rejected: &mut dyn FnMut(&StaffRow, &StaffRowError) -> Result<()>,
    progress: &mut dyn FnMut(u64),
) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    // S2, S3: only an active org keeps a roster (a closed or cancelled one
    // has no members to resolve and no seats to invite into).
    if org.status != crate::model::OrgStatus::Active {
        return Err(crate::error::Error::rule(
            "S2",
            format!(
                "org {} is {}; its roster cannot change",
                org.slug, org.status
            ),
        )
        .into());
    }
    let mut seen = Seen {
        fresh_roster: options.invite.is_none() && staff::count(conn, org.id)? == 0,
        ..Seen::default()
    };
    while let Some(row) = reader.next_row()? {
        summary.rows += 1;
        if summary.rows % 256 == 0 {
            progress(reader.bytes_read());
        }
        let action = match check_row(conn, org, actor, reader, &row, &mut seen, options, now)? {
            Ok(action) => action,
            Err((field, message)) => {
                let error = StaffRowError {
                    line: row.line,
                    column: field,
                    message,
                };
                rejected(&row, &error)?;
                summary.errors.push(error);
                continue;
            }
        };
        match action {
            RowAction::Unchanged => summary.unchanged += 1,
            RowAction::Create {
                name,
                email,
                account,
                chatwork_id,
            } => {
                summary.created += 1;
                staff::insert(
                    conn,
                    &staff::NewStaff {
                        org: org.id,
                        name: &name,
                        email: email.as_deref(),
                        account_id: account,
                        chatwork_id: chatwork_id.as_deref(),
                        registration_id: None,
                    },
                    now,
                )?;
            }
            RowAction::Update {
                id,
                name,
                email,
                account,
                chatwork_id,
            } => {
                summary.updated += 1;
                staff::update(
                    conn,
                    id,
                    &name,
                    email.as_deref(),
                    account,
                    chatwork_id.as_deref(),
                    now,
                )?;
            }
            RowAction::Invite { name, email } => {
                summary.created += 1;
                summary.invited += 1;
                let mail = options.invite.as_ref().ok_or_else(|| {
                    anyhow::anyhow!("a method-B row was accepted without --invite")
                })?;
                let sent = invite(conn, org, actor, &name, &email, now, true, mail)?
                    .map_err(|m| anyhow::anyhow!("registration request to {email}: {m}"))?;
                staff::insert(
                    conn,
                    &staff::NewStaff {
                        org: org.id,
                        name: &name,
                        email: Some(&email),
                        account_id: sent.account_id,
                        chatwork_id: None,
                        registration_id: sent.registration_id,
                    },
                    now,
                )?;
            }
        }
    }
    progress(reader.bytes_read());
    if summary.rows == 0 {
        return Err(crate::error::Error::rule(
            "S5",
            "the file has a header but no staff rows; nothing to import",
        )
        .with_hint("add one row per staff member under the header")
        .into());
    }
    // S5: every good row was written, so each row was checked against the
    // state the rows before it make; one bad row means the caller rolls all
    // of it back, unless --skip-invalid asked to keep the good rows.
    summary.written = summary.errors.is_empty() || options.skip_invalid;
    Ok(summary)
}

/// A row's error: the column's header as the file spells it, and the reason.
type RowProblem = (String, String);

/// Checks one row against the state (S2, S3, S5, S6) and says what it does.
#[allow(clippy::too_many_arguments)]
fn check_row(
    conn: &Tx,
    org: &Org,
    actor: &Account,
    reader: &StaffReader,
    row: &StaffRow,
    seen: &mut Seen,
    options: &ImportOptions,
    now: &str,
) -> Result<std::result::Result<RowAction, RowProblem>> {
    let col = |f: Field| reader.column_name(f);
    let fail = |f: Field, message: String| Ok(Err((col(f), message)));
    if let Some((column, message)) = &row.problem {
        return Ok(Err((column.clone(), message.clone())));
    }
    let cells = [
        (Field::Name, &row.name),
        (Field::Email, &row.email),
        (Field::AccountId, &row.account_id),
        (Field::ChatworkId, &row.chatwork_id),
    ];
    for (field, cell) in cells {
        if cell.contains('\0') {
            return fail(field, "the cell contains a NUL byte".into());
        }
        if cell.contains('\u{FFFD}') {
            return fail(
                field,
                format!(
                    "the cell holds bytes that are not valid {} text; save the file as UTF-8 or Shift_JIS, or pass --encoding",
                    reader.encoding.as_str()
                ),
            );
        }
        let n = cell.chars().count();
        if n > max_chars(field) {
            return fail(
                field,
                format!(
                    "the cell is {n} characters long; at most {} are allowed",
                    max_chars(field)
                ),
            );
        }
    }
    let name = match validate::name("the name", &row.name) {
        Ok(n) => n,
        Err(_) if row.name.is_empty() => {
            return fail(Field::Name, "the name is empty; every row needs one".into());
        }
        Err(e) => return fail(Field::Name, classify(&e).message),
    };
    let email = if row.email.is_empty() {
        None
    } else {
        match validate::email(&row.email) {
            Ok(e) => Some(e),
            Err(e) => return fail(Field::Email, classify(&e).message),
        }
    };
    let account_id = if row.account_id.is_empty() {
        None
    } else {
        match parse_account_id(&row.account_id) {
            Ok(id) => Some(id),
            Err(m) => return fail(Field::AccountId, m),
        }
    };
    let chatwork_id = if row.chatwork_id.is_empty() {
        None
    } else {
        match validate::chatwork_id(&row.chatwork_id) {
            Ok(()) => Some(row.chatwork_id.clone()),
            Err(e) => return fail(Field::ChatworkId, classify(&e).message),
        }
    };

    if account_id.is_some() || chatwork_id.is_some() {
        // S2, method A: the IDs name an account, which must be a live
        // member of the org.
        let by_id = match account_id {
            Some(id) => match accounts::by_id(conn, id)? {
                Some(a) => Some(a),
                None => {
                    return fail(
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
            Some(cw) => match accounts::by_chatwork_id(conn, cw)? {
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
                    return fail(
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
        let (account, field) = match (by_id, by_cw) {
            (Some(a), Some(b)) if a.id != b.id => {
                return fail(
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
            (None, None) => unreachable_row()?,
        };
        // S6: Chatwork IDs compare without case; the entry keeps the
        // account's own spelling, so `stale` means the ID really changed.
        let chatwork_id = chatwork_id.and(account.chatwork_id.clone());
        if let Some(problem) = not_a_live_member(&account, org) {
            return fail(field, problem);
        }
        if let Some(first) = seen.accounts.insert(account.id, row.line) {
            seen.accounts.insert(account.id, first);
            return fail(
                field,
                format!(
                    "line {first} already names account {} ({}); remove the duplicate row",
                    account.id, account.email
                ),
            );
        }
        // S6: an entry is found again by its account; else a method-B entry
        // with the same e-mail is now tied to the account.
        let by_account = if seen.fresh_roster {
            None
        } else {
            staff::by_account(conn, org.id, account.id)?
        };
        let existing = match by_account {
            Some(e) => Some(e),
            None => match &email {
                Some(e) => staff::by_email(conn, org.id, e)?.filter(|s| s.account_id.is_none()),
                None => None,
            },
        };
        return Ok(Ok(match existing {
            None => RowAction::Create {
                name,
                email,
                account: Some(account.id),
                chatwork_id,
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
        }));
    }

    // S3, method B: a name and an e-mail only.
    let Some(email) = email else {
        return fail(
            Field::Name,
            "the row has no account ID, Chatwork ID or e-mail; give the account ID (best), the Chatwork ID, or an e-mail with --invite".into(),
        );
    };
    let key = email.to_ascii_lowercase();
    if let Some(first) = seen.emails.get(&key) {
        return fail(
            Field::Email,
            format!("line {first} already names {email}; remove the duplicate row"),
        );
    }
    seen.emails.insert(key, row.line);
    // S6: importing the same row again changes nothing and sends nothing.
    if let Some(e) = staff::by_email(conn, org.id, &email)? {
        return Ok(Ok(renamed_or_unchanged(e, name)));
    }
    let Some(mail) = &options.invite else {
        return fail(
            Field::Email,
            format!(
                "{email} has no account ID or Chatwork ID, so it needs a registration request (S3); pass --invite to send registration requests"
            ),
        );
    };
    // R4: a live member of the org gets no request; the row resolves to it.
    if let Some(member) = accounts::by_email(conn, &email)?
        .filter(|a| a.status != AccountStatus::Deleted && a.org_id == Some(org.id))
    {
        if let Some(first) = seen.accounts.insert(member.id, row.line) {
            seen.accounts.insert(member.id, first);
            return fail(
                Field::Email,
                format!(
                    "line {first} already names account {} ({email}); remove the duplicate row",
                    member.id
                ),
            );
        }
        if let Some(e) = staff::by_account(conn, org.id, member.id)? {
            return Ok(Ok(renamed_or_unchanged(e, name)));
        }
        return Ok(Ok(RowAction::Create {
            name,
            email: Some(email),
            account: Some(member.id),
            chatwork_id: None,
        }));
    }
    match invite(conn, org, actor, &name, &email, now, false, mail)? {
        Ok(_) => Ok(Ok(RowAction::Invite { name, email })),
        Err(message) => fail(Field::Email, message),
    }
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

/// Method A needs at least one ID; the caller checked that.
fn unreachable_row<T>() -> Result<T> {
    Err(anyhow::anyhow!("a method-A row without an ID"))
}

fn same_email(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        (None, None) => true,
        _ => false,
    }
}

/// An account ID cell: a positive whole number that fits an account ID.
fn parse_account_id(text: &str) -> std::result::Result<AccountId, String> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    if let Some(rest) = text.strip_prefix('-')
        && !rest.is_empty()
        && rest.chars().all(|c| c.is_ascii_digit())
    {
        return Err(format!(
            "`{text}` is negative; an account ID is a positive number"
        ));
    }
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "`{}` is not an account ID: an account ID is a number such as 1001",
            text.escape_debug()
        ));
    }
    match digits.parse::<i64>() {
        Ok(0) => Err("0 is not an account ID; account IDs start at 1".into()),
        Ok(n) => Ok(AccountId(n)),
        Err(_) => Err(format!("`{text}` is too large to be an account ID")),
    }
}

/// S2: why an account cannot be on the org's roster, and what to do.
fn not_a_live_member(a: &Account, org: &Org) -> Option<String> {
    if a.status == AccountStatus::Deleted {
        return Some(format!(
            "account {} ({}) was deleted; remove this row",
            a.id, a.email
        ));
    }
    match &a.org_slug {
        None => Some(format!(
            "account {} ({}) is a personal account, not a member of {}; add it with `orgctl user add {} --org {}` and import again once it has joined",
            a.id, a.email, org.slug, a.email, org.slug
        )),
        Some(slug) if a.org_id != Some(org.id) => Some(format!(
            "account {} ({}) is a member of org {slug}, not of {}; move it with `orgctl transfer request`, or remove this row",
            a.id, a.email, org.slug
        )),
        Some(_) => None,
    }
}

/// S7: the roster of an org, each entry with its status.
pub fn list(
    conn: &Tx,
    org: &Org,
    status: Option<StaffStatus>,
    now: &str,
) -> Result<Vec<StaffView>> {
    let mut views = Vec::new();
    for s in staff::list(conn, org.id, now)? {
        let view = StaffView {
            status: status_of(&s, org),
            name: s.entry.name,
            email: s.entry.email,
            account_id: s.entry.account_id,
            chatwork_id: s.entry.chatwork_id,
        };
        if status.is_none_or(|want| want == view.status) {
            views.push(view);
        }
    }
    Ok(views)
}

/// The status of an entry (S3, S6, S7):
/// - `stale`: resolved by a Chatwork ID that the account no longer has;
/// - `ready`: its account is an active member of the org;
/// - `awaiting_registration`: its account has not finished joining (first
///   login pending, or a registration request pending);
/// - `unresolved`: its account was deleted or left the org, or its request
///   was cancelled or expired.
fn status_of(s: &staff::StaffState, org: &Org) -> StaffStatus {
    let pending_request = s.registration.as_deref() == Some("pending");
    match (&s.account, s.member_by_email) {
        (Some((status, account_org, current_cw)), _) => {
            let member = *status != AccountStatus::Deleted && *account_org == Some(org.id);
            if !member {
                if pending_request && *status != AccountStatus::Deleted {
                    StaffStatus::AwaitingRegistration
                } else {
                    StaffStatus::Unresolved
                }
            } else if s.entry.chatwork_id.is_some() && s.entry.chatwork_id != *current_cw {
                StaffStatus::Stale
            } else if *status == AccountStatus::Active {
                StaffStatus::Ready
            } else {
                StaffStatus::AwaitingRegistration
            }
        }
        (None, Some((_, AccountStatus::Active))) => StaffStatus::Ready,
        (None, Some(_)) => StaffStatus::AwaitingRegistration,
        (None, None) if pending_request => StaffStatus::AwaitingRegistration,
        (None, None) => StaffStatus::Unresolved,
    }
}

/// S7: the roster as CSV text in the import format, with formula cells
/// neutralised.
pub fn export_text(conn: &Tx, org: &Org, now: &str) -> Result<String> {
    use crate::csvio::{EXPORT_FIELDS, neutralise, record_text};
    let mut text = record_text(&EXPORT_FIELDS.map(Field::header))?;
    for s in staff::list(conn, org.id, now)? {
        let e = s.entry;
        let cells = [
            neutralise(&e.name),
            neutralise(e.email.as_deref().unwrap_or_default()),
            e.account_id.map(|a| a.to_string()).unwrap_or_default(),
            neutralise(e.chatwork_id.as_deref().unwrap_or_default()),
        ];
        text.push_str(&record_text(&cells)?);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_ids() {
        assert_eq!(parse_account_id("1001"), Ok(AccountId(1001)));
        assert!(parse_account_id("-5").unwrap_err().contains("negative"));
        assert!(
            parse_account_id("99999999999999999999")
                .unwrap_err()
                .contains("too large")
        );
        assert!(
            parse_account_id("abc")
                .unwrap_err()
                .contains("not an account ID")
        );
        assert!(
            parse_account_id("1.5")
                .unwrap_err()
                .contains("not an account ID")
        );
        assert!(parse_account_id("0").is_err());
    }

    /// Property (S5): any input, from random bytes to random rows under any
    /// header spelling, either is refused whole (an error, nothing written)
    /// or is imported with every row accepted or rejected, one error per
    /// rejected row; and when a row is rejected without `--skip-invalid`,
    /// nothing is written.
    mod props {
        use proptest::prelude::*;

        fn header() -> impl Strategy<Value = Vec<&'static str>> {
            (
                prop::sample::select(vec!["name", "名前", "氏名", " Name"]),
                prop::sample::select(vec!["email", "メールアドレス", "x"]),
                prop::sample::select(vec!["account_id", "識別ID", "accountID", "y"]),
                prop::sample::select(vec!["chatwork_id", "チャットワークID", "z"]),
            )
                .prop_map(|(a, b, c, d)| vec![a, b, c, d])
                .prop_shuffle()
        }

        fn cell() -> impl Strategy<Value = String> {
            prop::sample::select(vec![
                "",
                "Ann",
                "=x",
                "'=x",
                "1000",
                "1001",
                "2000",
                "5000",
                "9999",
                "-1",
                "99999999999999999999",
                "a-one",
                "zz",
                "bad id",
                "a1@a.example",
                "new@a.example",
                "bad",
                "\"q\"",
                "a\u{0}b",
                "名前",
            ])
            .prop_map(str::to_string)
        }

        fn rows_csv() -> impl Strategy<Value = Vec<u8>> {
            (
                header(),
                prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..12),
            )
                .prop_map(|(header, rows)| {
                    let mut text = crate::csvio::record_text(&header).unwrap();
                    for row in rows {
                        text.push_str(&crate::csvio::record_text(&row).unwrap());
                    }
                    text.into_bytes()
                })
        }

        fn input() -> impl Strategy<Value = Vec<u8>> {
            prop_oneof![
                rows_csv(),
                prop::collection::vec(any::<u8>(), 0..200),
                rows_csv().prop_map(|t| encoding_rs::SHIFT_JIS
                    .encode(&String::from_utf8(t).unwrap())
                    .0
                    .into_owned()),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]
            #[test]
            fn any_csv_is_imported_row_by_row_or_refused_whole(
                bytes in input(),
                shift_jis in any::<bool>(),
                skip_invalid in any::<bool>(),
                invite in any::<bool>(),
            ) {
                // The checks are the fuzz target's: every row accepted or
                // rejected, or the file refused whole; nothing written when
                // refused; the database still valid (it panics otherwise).
                let flags = u8::from(shift_jis) | (u8::from(skip_invalid) << 1) | (u8::from(invite) << 2);
                let mut data = vec![flags];
                data.extend_from_slice(&bytes);
                crate::fuzzing::staff_csv(&data);
            }
        }
    }
}
