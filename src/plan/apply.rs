//! Carries out a plan's effects: tokens and e-mails are made here, then the
//! `db::` writers run. Each effect kind is applied by exactly one arm, so
//! what a preview lists is what a real run writes (I7). Business work, so it
//! lives with the plan and not in `db/`, which is only queries (issue 11.1).

use crate::model::Timestamp;
use anyhow::Context;

use crate::db::{Tx, accounts, chats, logins, orgs, outbox, registrations};
use crate::error::{Error, Result};
use crate::mail;
use crate::model::{AccountStatus, ChatRole, OrgId, OrgStatus, Prohibition, RegistrationStatus};
use crate::plan::{Effect, OrgSetting, Plan};
use crate::secrets;

/// Applies every effect of the plan in order. The caller holds the
/// `BEGIN IMMEDIATE` transaction, so a failure part-way changes nothing (I6).
///
/// Effects that `db::` writes as sets are gathered into runs and written in
/// one statement per few hundred rows instead of one per row (issue 13.8:
/// a 1,000-user approval on a server). A run is a stretch of effects of one
/// family whose writes commute (`family`): each row they change is changed
/// by one effect of its kind, or only deleted, so writing the run's sets at
/// its end leaves the database as applying them one by one would. Effects
/// of the family that are not sets are applied in place; any other effect
/// ends the run.
pub fn apply_plan(conn: &Tx, plan: &Plan, now: &Timestamp) -> Result<()> {
    let effects = &plan.effects;
    let mut i = 0;
    while i < effects.len() {
        let n = run_len(&effects[i..]);
        if n > 0 {
            apply_run(conn, &effects[i..i + n], now)
                .with_context(|| format!("applying {}", effects[i].kind()))?;
            i += n;
        } else {
            apply_effect(conn, &effects[i], now)
                .with_context(|| format!("applying {}", effects[i].kind()))?;
            i += 1;
        }
    }
    Ok(())
}

/// Families of effects whose writes commute with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// An account's move (T8, T9) and the transfer parts decided: each
    /// kind writes its own columns or table.
    Moves,
    /// What leaving chats removes (L1-L6, C1-C3): deletions, and updates
    /// of rows that a deletion in the same run can only remove.
    Leaving,
    /// Writes nothing (shown from another effect's write).
    Nothing,
}

fn family(effect: &Effect) -> Option<Family> {
    Some(match effect {
        Effect::OrgChanged { .. }
        | Effect::TransferDecided { .. }
        | Effect::TeamsCleared { .. }
        | Effect::ApiTokenRevoked { .. }
        | Effect::ExemptionSet { .. } => Family::Moves,
        Effect::ChatLeft { .. }
        | Effect::ContactRemoved { .. }
        | Effect::ChatDeleted { .. }
        | Effect::ChatAdminGranted { .. }
        | Effect::FileReowned { .. }
        | Effect::FileDeleted { .. }
        | Effect::TaskDeleted { .. } => Family::Leaving,
        Effect::TaskRequesterCancelled { .. } | Effect::MessagesMarkedCancelled { .. } => {
            Family::Nothing
        }
        _ => return None,
    })
}

/// The row an effect changes, with its kind: a run names each at most once,
/// so no two writes of a set meet on one row.
fn row_key(effect: &Effect) -> Option<(u8, i64, i64)> {
    Some(match effect {
        Effect::OrgChanged { account_id, .. } => (0, account_id.0, 0),
        Effect::TransferDecided {
            transfer_id,
            account_id,
            ..
        } => (1, transfer_id.0, account_id.0),
        Effect::TeamsCleared { account_id, .. } => (2, account_id.0, 0),
        Effect::ApiTokenRevoked { account_id, .. } => (3, account_id.0, 0),
        Effect::ExemptionSet {
            account_id,
            setting,
            ..
        } => (4, account_id.0, *setting as i64),
        Effect::ChatLeft {
            account_id,
            chat_id,
            ..
        } => (5, chat_id.0, account_id.0),
        Effect::ContactRemoved {
            account_id,
            other_id,
            ..
        } => (
            6,
            account_id.0.min(other_id.0),
            account_id.0.max(other_id.0),
        ),
        Effect::ChatDeleted { chat_id, .. } => (7, chat_id.0, 0),
        Effect::ChatAdminGranted {
            account_id,
            chat_id,
            ..
        } => (8, chat_id.0, account_id.0),
        Effect::FileReowned { file_id, .. } => (9, file_id.0, 0),
        Effect::FileDeleted { file_id, .. } => (10, file_id.0, 0),
        Effect::TaskDeleted { task_id, .. } => (11, task_id.0, 0),
        _ => return None,
    })
}

/// How many effects from the first make one run; 0 when the first is not
/// of a family with sets.
fn run_len(effects: &[Effect]) -> usize {
    let Some(first) = effects.first().and_then(family) else {
        return 0;
    };
    if first == Family::Nothing {
        return 0;
    }
    let mut seen = std::collections::HashSet::new();
    effects
        .iter()
        .take_while(|e| {
            matches!(family(e), Some(f) if f == first || f == Family::Nothing)
                && row_key(e).is_none_or(|k| seen.insert(k))
        })
        .count()
}

/// Writes a run (`run_len`): the effects that are not sets in place, then
/// each kind's set. The only writer of the kinds written as sets, for one
/// effect or many.
fn apply_run(conn: &Tx, run: &[Effect], now: &Timestamp) -> Result<()> {
    let mut moves = Vec::new();
    let mut decided = Vec::new();
    let mut teams = Vec::new();
    let mut tokens = Vec::new();
    let mut left = Vec::new();
    let mut contacts = Vec::new();
    let mut deleted_chats = Vec::new();
    let mut admins = Vec::new();
    let mut reowned = Vec::new();
    let mut deleted_files = Vec::new();
    let mut deleted_tasks = Vec::new();
    // Looked up once per destination, not once per account.
    let mut org_ids: std::collections::HashMap<&str, OrgId> = Default::default();
    for effect in run {
        match effect {
            Effect::OrgChanged {
                account_id,
                to,
                role,
                ..
            } => {
                let org = match org_ids.get(to.as_str()) {
                    Some(id) => *id,
                    None => {
                        let id = org_id(conn, to)?;
                        org_ids.insert(to, id);
                        id
                    }
                };
                moves.push((*account_id, Some(org), Some(*role)));
            }
            Effect::TransferDecided {
                transfer_id,
                account_id,
                status,
                reason,
                ..
            } => decided.push((*transfer_id, *account_id, *status, reason.as_deref())),
            Effect::TeamsCleared { account_id, .. } => teams.push(*account_id),
            Effect::ApiTokenRevoked { account_id, .. } => tokens.push(*account_id),
            Effect::ChatLeft {
                account_id,
                chat_id,
                ..
            } => left.push((*chat_id, *account_id)),
            Effect::ContactRemoved {
                account_id,
                other_id,
                ..
            } => contacts.push((*account_id, *other_id)),
            Effect::ChatDeleted { chat_id, .. } => deleted_chats.push(*chat_id),
            Effect::ChatAdminGranted {
                account_id,
                chat_id,
                ..
            } => admins.push((*chat_id, *account_id, ChatRole::Admin)),
            Effect::FileReowned {
                file_id, org_id, ..
            } => reowned.push((*file_id, *org_id)),
            Effect::FileDeleted { file_id, .. } => deleted_files.push(*file_id),
            Effect::TaskDeleted { task_id, .. } => deleted_tasks.push(*task_id),
            Effect::ExemptionSet {
                account_id,
                setting,
                value,
                ..
            } => accounts::set_exemption(conn, *account_id, *setting, *value)?,
            Effect::TaskRequesterCancelled { .. } | Effect::MessagesMarkedCancelled { .. } => {}
            other => anyhow::bail!("{} is not written in a run", other.kind()),
        }
    }
    // Each writer issues no statement for no rows (`bulk::run`).
    accounts::set_orgs(conn, &moves)?;
    crate::db::transfers::set_user_statuses(conn, &decided, now)?;
    accounts::clear_teams_many(conn, &teams)?;
    accounts::revoke_api_tokens(conn, &tokens)?;
    // Updates before deletions: an update of a row that a deletion of the
    // run removes changes nothing either way.
    chats::set_member_roles_many(conn, &admins)?;
    chats::reown_files_many(conn, &reowned)?;
    chats::remove_members_many(conn, &left)?;
    chats::remove_contacts_many(conn, &contacts)?;
    chats::delete_files_many(conn, &deleted_files)?;
    chats::delete_tasks_many(conn, &deleted_tasks)?;
    chats::delete_many(conn, &deleted_chats)?;
    Ok(())
}

fn org_id(conn: &Tx, slug: &str) -> Result<OrgId> {
    Ok(orgs::by_slug(conn, slug)?
        .ok_or_else(|| Error::unexpected(format!("org {slug} vanished while applying the plan")))?
        .id)
}

pub fn apply_effect(conn: &Tx, effect: &Effect, now: &Timestamp) -> Result<()> {
    match effect {
        Effect::OrgCreated {
            org,
            name,
            plan,
            seats,
        } => {
            orgs::insert(conn, org, name, *plan, *seats, now)?;
        }
        Effect::AccountCreated {
            account,
            account_id,
            name,
            org,
            role,
            status,
        } => {
            let org = org.as_deref().map(|s| org_id(conn, s)).transpose()?;
            accounts::create(
                conn,
                &accounts::NewAccount {
                    id: *account_id,
                    email: account,
                    name,
                    status: *status,
                    org,
                    role: *role,
                    chatwork_id: None,
                    password_hash: None,
                    exempt_outside: false,
                    exempt_file: false,
                    api_token_hash: None,
                },
                now,
            )?;
        }
        Effect::AccountDeleted { account_id, .. } => {
            accounts::mark_deleted(conn, *account_id, now)?
        }
        Effect::AccountUpdated {
            account_id,
            field,
            to,
            ..
        } => accounts::set_text(conn, *account_id, field, to.as_deref())?,
        Effect::RoleChanged { account_id, to, .. } => accounts::set_role(conn, *account_id, *to)?,
        Effect::OrgClosed { org } => orgs::set_status(conn, org_id(conn, org)?, OrgStatus::Closed)?,
        Effect::OrgCancelled { org } => {
            orgs::set_status(conn, org_id(conn, org)?, OrgStatus::Cancelled)?
        }
        Effect::SettingChanged { org, change } => {
            let id = org_id(conn, org)?;
            match change {
                OrgSetting::Seats(seats) => orgs::set_seats(conn, id, *seats)?,
                OrgSetting::ProhibitOutside(on) => {
                    orgs::set_prohibition(conn, id, Prohibition::Outside, *on)?
                }
                OrgSetting::Plan(plan) => orgs::set_plan(conn, id, *plan)?,
                OrgSetting::ProhibitFileSharing(on) => {
                    orgs::set_prohibition(conn, id, Prohibition::FileSharing, *on)?
                }
                OrgSetting::Allow(slugs) => {
                    let others = slugs
                        .iter()
                        .map(|s| org_id(conn, s))
                        .collect::<Result<Vec<_>>>()?;
                    orgs::set_allow_list(conn, id, &others)?;
                }
            }
        }
        // The kinds written as sets have their one writer in `apply_run`.
        Effect::OrgChanged { .. }
        | Effect::TransferDecided { .. }
        | Effect::TeamsCleared { .. }
        | Effect::ApiTokenRevoked { .. }
        | Effect::ContactRemoved { .. }
        | Effect::ChatLeft { .. }
        | Effect::ChatDeleted { .. }
        | Effect::ChatAdminGranted { .. }
        | Effect::FileReowned { .. }
        | Effect::FileDeleted { .. }
        | Effect::TaskDeleted { .. } => apply_run(conn, std::slice::from_ref(effect), now)?,
        // Both are shown from the account's `deleted` status, which
        // `account_deleted` writes; there is nothing more to store (D3, L3).
        Effect::TaskRequesterCancelled { .. } | Effect::MessagesMarkedCancelled { .. } => {}
        Effect::LoginCreated {
            account_id,
            login,
            verifier,
            ..
        } => {
            let org = accounts::by_id(conn, *account_id)?
                .and_then(|a| a.org_id)
                .ok_or_else(|| {
                    Error::unexpected(format!("login {login}: the account has no org"))
                })?;
            logins::create(conn, login, verifier, *account_id, org, now)?
        }
        Effect::LoginDropped { login, .. } => logins::drop_login(conn, login)?,
        Effect::EmailQueued {
            from,
            to,
            subject,
            body,
        } => {
            let when = chrono::DateTime::parse_from_rfc3339(now)
                .map_err(|e| Error::unexpected(format!("bad clock {now}: {e}")))?
                .with_timezone(&chrono::Utc);
            let unique = format!("orgctl.{}", &secrets::new_token()?[..24]);
            let raw = mail::build(from, to, subject, body, when, &unique)?;
            outbox::insert(
                conn,
                &outbox::NewMessage {
                    env_from: mail::envelope_address(from),
                    to,
                    subject,
                    body,
                    raw: &raw,
                    secret_org_id: None,
                },
                now,
            )?;
        }
        Effect::EmailRequeued { id, .. } => outbox::requeue(conn, *id)?,
        Effect::EmailPurged { id, .. } => outbox::delete_sent(conn, *id)?,
        Effect::TransferRequested {
            transfer_id,
            request,
        } => {
            let crate::plan::TransferRequest {
                from,
                to,
                to_admin,
                requested_by,
                account_ids,
                expires_at,
                ..
            } = &**request;
            let to_admin = accounts::by_email(conn, to_admin)?.map(|a| a.id);
            let requested_by = accounts::by_email(conn, requested_by)?.map(|a| a.id);
            crate::db::transfers::insert(
                conn,
                *transfer_id,
                org_id(conn, from)?,
                org_id(conn, to)?,
                requested_by,
                to_admin,
                account_ids,
                now,
                expires_at,
            )?;
        }
        Effect::ExemptionSet {
            account_id,
            setting,
            value,
            ..
        } => accounts::set_exemption(conn, *account_id, *setting, *value)?,
        Effect::RegistrationRequested {
            account,
            account_id,
            org,
            registration_id,
            new_account,
            role,
            expires_at,
            requested_by,
            exempt_outside,
            exempt_file,
        } => registrations::insert(
            conn,
            &registrations::NewRegistration {
                id: *registration_id,
                org: org_id(conn, org)?,
                account: *account_id,
                email: account,
                role: *role,
                new_account: *new_account,
                created_by: *requested_by,
                expires_at,
                exempt_outside: *exempt_outside,
                exempt_file: *exempt_file,
            },
            now,
        )?,
        Effect::RegistrationExemptionSet {
            registration_id,
            setting,
            value,
            ..
        } => registrations::set_exemption(conn, *registration_id, setting, *value)?,
        Effect::RegistrationLinkSent {
            account,
            registration_id,
            template,
            lang,
            mail,
        } => {
            let crate::plan::LinkMail {
                from,
                subject,
                name,
                org_name,
                link_base,
                expires_at,
            } = &**mail;
            // R7, secrets: the token exists only here and in the e-mail;
            // the database keeps its SHA-256, the plan never sees it.
            let token = secrets::new_token()?;
            registrations::issue_link(
                conn,
                *registration_id,
                &secrets::hash_token(&token),
                expires_at,
            )?;
            let link = format!("{link_base}?token={token}");
            let body = mail::body(
                *template,
                *lang,
                &mail::Letter {
                    name,
                    org_name,
                    link: &link,
                    expires_at,
                },
            );
            let when = chrono::DateTime::parse_from_rfc3339(now)
                .map_err(|e| Error::unexpected(format!("bad clock {now}: {e}")))?
                .with_timezone(&chrono::Utc);
            let unique = format!(
                "registration-{registration_id}.{}",
                &secrets::new_token()?[..16]
            );
            let raw = mail::build(from, account, subject, &body, when, &unique)?;
            // 15.6: the link is shown only to the admins of the request's org.
            let secret_org_id = registrations::org_id_of(conn, *registration_id)?;
            outbox::insert(
                conn,
                &outbox::NewMessage {
                    env_from: mail::envelope_address(from),
                    to: account,
                    subject,
                    body: &body,
                    raw: &raw,
                    secret_org_id,
                },
                now,
            )?;
        }
        Effect::RegistrationCancelled {
            registration_id,
            reason,
            ..
        } => {
            registrations::decide(conn, *registration_id, RegistrationStatus::Cancelled, now)?;
            if let Some(reason) = reason {
                registrations::set_end_reason(conn, *registration_id, reason)?;
            }
        }
        Effect::AccountRemoved { account_id, .. } => accounts::remove_pending(conn, *account_id)?,
        Effect::PasswordSet {
            account_id, hash, ..
        } => accounts::set_password_hash(conn, *account_id, &hash.0)?,
        Effect::AccountActivated { account_id, .. } => {
            accounts::set_status(conn, *account_id, AccountStatus::Active)?
        }
        Effect::RegistrationAccepted {
            registration_id, ..
        } => registrations::decide(conn, *registration_id, RegistrationStatus::Accepted, now)?,
    }
    Ok(())
}
