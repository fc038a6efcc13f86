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
pub fn apply_plan(conn: &Tx, plan: &Plan, now: &Timestamp) -> Result<()> {
    for effect in &plan.effects {
        apply_effect(conn, effect, now).with_context(|| format!("applying {}", effect.kind()))?;
    }
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
        Effect::OrgChanged {
            account_id,
            to,
            role,
            ..
        } => {
            let org = org_id(conn, to)?;
            accounts::set_org(conn, *account_id, Some(org), Some(*role))?;
        }
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
        Effect::ContactRemoved {
            account_id,
            other_id,
            ..
        } => chats::remove_contact(conn, *account_id, *other_id)?,
        Effect::ChatLeft {
            account_id,
            chat_id,
            ..
        } => chats::remove_member(conn, *chat_id, *account_id)?,
        Effect::ChatDeleted { chat_id, .. } => chats::delete(conn, *chat_id)?,
        Effect::ChatAdminGranted {
            account_id,
            chat_id,
            ..
        } => chats::set_member_role(conn, *chat_id, *account_id, ChatRole::Admin)?,
        Effect::FileReowned {
            file_id, org_id, ..
        } => chats::reown_file(conn, *file_id, *org_id)?,
        Effect::FileDeleted { file_id, .. } => chats::delete_file(conn, *file_id)?,
        Effect::TaskDeleted { task_id, .. } => chats::delete_task(conn, *task_id)?,
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
        Effect::TransferDecided {
            transfer_id,
            account_id,
            status,
            reason,
            ..
        } => crate::db::transfers::set_user_status(
            conn,
            *transfer_id,
            *account_id,
            *status,
            reason.as_deref(),
            now,
        )?,
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
