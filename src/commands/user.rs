//! `orgctl user ...`

use super::{Ctx, execute};
use crate::db::Tx;

use crate::cli::{OnOff, UserCmd};
use crate::db::accounts;
use crate::domain::access::{self, Need};
use crate::domain::user::{self, UserChanges};
use crate::domain::{delete, policy_change, registration};
use crate::error::{Error, Result};
use crate::model::{Account, Org};
use crate::render;

pub fn run(ctx: &mut Ctx, cmd: UserCmd) -> Result<u8> {
    match cmd {
        UserCmd::Add {
            email,
            org,
            name,
            role,
            dry_run,
        } => {
            let actor = ctx.settings.actor.clone();
            let mail = super::registration::mail_settings(ctx);
            let request = registration::AddRequest {
                email: &email,
                org: &org,
                name: name.as_deref(),
                role: role.into(),
            };
            execute(ctx, "user.add", Some(&email), dry_run, |conn, now| {
                registration::plan_add(conn, now, actor.as_deref(), &request, &mail)
            })
        }
        UserCmd::List {
            org,
            status,
            paging,
        } => {
            // Streamed: each account is printed as it is read (issue 18).
            let format = ctx.settings.format;
            ctx.read(|conn, _| {
                let org = org.as_deref().map(|s| access::org(conn, s)).transpose()?;
                let mut out = render::ListOut::new(format, paging.limit);
                if out.wants_more() {
                    accounts::each_with_teams(conn, org.map(|o| o.id), status, |a, teams| {
                        out.push(&user::view_with_teams(a, teams))?;
                        Ok(out.wants_more())
                    })?;
                }
                out.finish()
            })?;
            Ok(0)
        }
        UserCmd::Show { user: who } => {
            let view = ctx.read(|conn, _| user::view(conn, &access::user(conn, &who)?))?;
            render::one(&view, ctx.settings.format)?;
            Ok(0)
        }
        UserCmd::Set {
            user: who,
            name,
            email,
            chatwork_id,
            clear_chatwork_id,
            role,
        } => {
            let changes = UserChanges {
                name: name.as_deref(),
                email: email.as_deref(),
                chatwork_id: if clear_chatwork_id {
                    Some(None)
                } else {
                    chatwork_id.as_deref().map(Some)
                },
                role: role.map(Into::into),
            };
            if changes.name.is_none()
                && changes.email.is_none()
                && changes.chatwork_id.is_none()
                && changes.role.is_none()
            {
                return Err(Error::usage("nothing to change")
                    .with_hint("give --name, --email, --chatwork-id, --clear-chatwork-id or --role")
                    .into());
            }
            let actor = ctx.settings.actor.clone();
            execute(ctx, "user.set", Some(&who), false, |conn, _| {
                let account = access::live_user(conn, &who)?;
                let org = managing_org(conn, &account)?;
                access::authorize(conn, actor.as_deref(), &org, Need::UserManager)?;
                user::plan_set(conn, &account, &changes)
            })
        }
        UserCmd::Security {
            user: who,
            exempt_outside,
            exempt_file,
            dry_run,
        } => {
            if exempt_outside.is_none() && exempt_file.is_none() {
                return Err(Error::usage("nothing to change")
                    .with_hint("give --exempt-outside on|off or --exempt-file on|off")
                    .into());
            }
            let actor = ctx.settings.actor.clone();
            execute(ctx, "user.security", Some(&who), dry_run, |conn, _| {
                let account = access::live_user(conn, &who)?;
                let org = managing_org(conn, &account)?;
                access::authorize(conn, actor.as_deref(), &org, Need::UserManager)?;
                policy_change::plan_exemptions(
                    conn,
                    &account,
                    &org,
                    exempt_outside.map(OnOff::is_on),
                    exempt_file.map(OnOff::is_on),
                )
            })
        }
        UserCmd::Delete { users, dry_run } => {
            let actor = ctx.settings.actor.clone();
            let target = users.join(" ");
            execute(ctx, "user.delete", Some(&target), dry_run, |conn, _| {
                delete::plan_delete(conn, actor.as_deref(), &users)
            })
        }
    }
}

/// The org whose administrators manage an account; a personal account has
/// none, so no administrator may change it.
fn managing_org(conn: &Tx, account: &Account) -> Result<Org> {
    match &account.org_slug {
        Some(slug) => access::org(conn, slug),
        None => Err(Error::refused(format!(
            "refused: {} is a personal account; no org administrator manages it",
            account.email
        ))
        .into()),
    }
}
