//! The roster as it stands (S6, S7): each entry's status, the list, and the
//! export in the import format.

use crate::db::Tx;
use crate::model::Timestamp;

use crate::csvio::{EXPORT_FIELDS, Field, neutralise, record_text};
use crate::db::staff;
use crate::error::Result;
use crate::model::{AccountStatus, Org, StaffStatus};
use crate::views::StaffView;

/// S7: the roster of an org, each entry with its status; a stale entry also
/// shows its account's Chatwork ID now (S6).
pub fn list(
    conn: &Tx,
    org: &Org,
    status: Option<StaffStatus>,
    now: &Timestamp,
) -> Result<Vec<StaffView>> {
    let mut views = Vec::new();
    for s in staff::list(conn, org.id, now)? {
        let status_now = status_of(&s, org);
        let current = match (&s.account, status_now) {
            (Some((_, _, current)), StaffStatus::Stale) => Some(current.clone()),
            _ => None,
        };
        let view = StaffView {
            status: status_now,
            name: s.entry.name,
            email: s.entry.email,
            account_id: s.entry.account_id,
            chatwork_id: s.entry.chatwork_id,
            current_chatwork_id: current,
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
/// neutralised. An entry tied to an account that is still a member carries
/// the account's Chatwork ID *now*: a stale one (S6) would name no account,
/// and the export must import cleanly (12.8); importing it updates the
/// entry to the current ID, which is what the roster shows beside it.
pub fn export_text(conn: &Tx, org: &Org, now: &Timestamp) -> Result<String> {
    let mut text = record_text(&EXPORT_FIELDS.map(Field::header))?;
    for s in staff::list(conn, org.id, now)? {
        let stale = status_of(&s, org) == StaffStatus::Stale;
        let e = s.entry;
        let chatwork_id = match (&s.account, stale) {
            (Some((_, _, current)), true) => current.clone(),
            _ => e.chatwork_id,
        };
        let cells = [
            neutralise(&e.name),
            neutralise(e.email.as_deref().unwrap_or_default()),
            e.account_id.map(|a| a.to_string()).unwrap_or_default(),
            neutralise(chatwork_id.as_deref().unwrap_or_default()),
        ];
        text.push_str(&record_text(&cells)?);
    }
    Ok(text)
}
