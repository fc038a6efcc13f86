//! Carries out a plan's effects: tokens and e-mails are made here, then the
//! `db::` writers run. Each effect kind is applied by exactly one arm, so
//! what a preview lists is what a real run writes (I7). Business work, so it
//! lives with the plan and not in `db/`, which is only queries (issue 11.1).

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
/// A run of consecutive effects of one kind that `db::` can write as a set
/// (memberships left, chats deleted, accounts moved, transfer parts
/// decided, ...) is written in one statement per few hundred rows instead
/// of one per row (issue 13.8: a 1,000-user approval on a server). The run
/// ends where the kind changes or a row it updates is named again, so the
/// result is the one of applying the effects one by one.
pub fn apply_plan(conn: &Tx, plan: &Plan, now: &str) -> Result<()> {
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

/// The row an effect written as a set changes, by kind, or `None` for the
/// kinds written one at a time.
fn set_key(effect: &Effect) -> Option<(u8, i64, i64)> {
    Some(match effect {
        Effect::OrgChanged { account_id, .. } => (0, account_id.0, 0),
        Effect::TransferDecided {
            transfer_id,
            account_id,
            ..
        } => (1, transfer_id.0, account_id.0),
        Effect::ChatLeft {
            account_id,
            chat_id,
            ..
        } => (2, chat_id.0, account_id.0),
        Effect::ContactRemoved {
            account_id,
            other_id,
            ..
        } => (3, account_id.0.min(other_id.0), account_id.0.max(other_id.0)),
        Effect::ChatDeleted { chat_id, .. } => (4, chat_id.0, 0),
        Effect::ChatAdminGranted {
            account_id,
            chat_id,
            ..
        } => (5, chat_id.0, account_id.0),
        Effect::FileReowned { file_id, .. } => (6, file_id.0, 0),
        Effect::FileDeleted { file_id, .. } => (7, file_id.0, 0),
        Effect::TaskDeleted { task_id, .. } => (8, task_id.0, 0),
        _ => return None,
    })
}

/// How many effects from the first are one set: the same kind, each row
/// named once. 0 when the first is not written as a set.
fn run_len(effects: &[Effect]) -> usize {
    let Some((kind, ..)) = effects.first().and_then(set_key) else {
        return 0;
    };
    let mut seen = std::collections::HashSet::new();
    effects
        .iter()
        .map(set_key)
        .take_while(|k| k.is_some_and(|k| k.0 == kind && seen.insert(k)))
        .count()
}

/// Writes a run of effects of one kind (`run_len`) as a set: the only
/// writer of these kinds, for one effect or many.
fn apply_run(conn: &Tx, run: &[Effect], now: &str) -> Result<()> {
    macro_rules! rows {
        ($pat:pat => $row:expr) => {
            run.iter()
                .filter_map(|e| match e {
                    $pat => Some($row),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
    }
    match &run[0] {
        Effect::OrgChanged { .. } => {
            // Looked up once per destination, not once per account.
            let mut ids: std::collections::HashMap<&str, OrgId> = Default::default();
            let mut rows = Vec::with_capacity(run.len());
            for e in run {
                if let Effect::OrgChanged {
                    account_id,
                    to,
                    role,
                    ..
                } = e
                {
                    let org = match ids.get(to.as_str()) {
                        Some(id) => *id,
                        None => {
                            let id = org_id(conn, to)?;
                            ids.insert(to, id);
                            id
                        }
                    };
                    rows.push((*account_id, Some(org), Some(*role)));
                }
            }
            accounts::set_orgs(conn, &rows)?;
        }
        Effect::TransferDecided { .. } => {
            let rows = rows!(Effect::TransferDecided { transfer_id, account_id, status, reason, .. }
                => (*transfer_id, *account_id, *status, reason.as_deref()));
            crate::db::transfers::set_user_statuses(conn, &rows, now)?;
        }
        Effect::ChatLeft { .. } => {
            let rows = rows!(Effect::ChatLeft { account_id, chat_id, .. } => (*chat_id, *account_id));
            chats::remove_members_many(conn, &rows)?;
        }
        Effect::ContactRemoved { .. } => {
            let rows = rows!(Effect::ContactRemoved { account_id, other_id, .. } => (*account_id, *other_id));
            chats::remove_contacts_many(conn, &rows)?;
        }
        Effect::ChatDeleted { .. } => {
            let rows = rows!(Effect::ChatDeleted { chat_id, .. } => *chat_id);
            chats::delete_many(conn, &rows)?;
        }
        Effect::ChatAdminGranted { .. } => {
            let rows = rows!(Effect::ChatAdminGranted { account_id, chat_id, .. }
                => (*chat_id, *account_id, ChatRole::Admin));
            chats::set_member_roles_many(conn, &rows)?;
        }
        Effect::FileReowned { .. } => {
            let rows = rows!(Effect::FileReowned { file_id, org_id, .. } => (*file_id, *org_id));
            chats::reown_files_many(conn, &rows)?;
        }
        Effect::FileDeleted { .. } => {
            let rows = rows!(Effect::FileDeleted { file_id, .. } => *file_id);
            chats::delete_files_many(conn, &rows)?;
        }
        Effect::TaskDeleted { .. } => {
            let rows = rows!(Effect::TaskDeleted { task_id, .. } => *task_id);
            chats::delete_tasks_many(conn, &rows)?;
        }
        other => anyhow::bail!("{} is not written as a set", other.kind()),
    }
    Ok(())
}

fn org_id(conn: &Tx, slug: &str) -> Result<OrgId> {
    Ok(orgs::by_slug(conn, slug)?
        .ok_or_else(|| Error::unexpected(format!("org {slug} vanished while applying the plan")))?
        .id)
}

pub fn apply_effect(conn: &Tx, effect: &Effect, now: &str) -> Result<()> {
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
        Effect::ApiTokenRevoked { account_id, .. } => {
            accounts::revoke_api_token(conn, *account_id)?
        }
        Effect::TeamsCleared { account_id, .. } => accounts::clear_teams(conn, *account_id)?,
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
            from,
            to,
            to_admin,
            requested_by,
            account_ids,
            expires_at,
            ..
        } => {
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
            from,
            subject,
            name,
            org_name,
            link_base,
            expires_at,
        } => {
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
