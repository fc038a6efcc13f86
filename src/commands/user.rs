//! `orgctl user ...`

use super::{Ctx, execute};

use crate::cli::{OnOff, UserCmd};
use crate::db::accounts;
use crate::domain::access;
use crate::domain::user::{self, UserChanges};
use crate::domain::{delete, policy_change, registration};
use crate::error::{Error, ExitStatus, Result};
use crate::render;

pub fn run(ctx: &mut Ctx, cmd: UserCmd) -> Result<ExitStatus> {
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
        UserCmd::List { org, status } => {
            let views = ctx.read(|conn, _| {
                let org = org.as_deref().map(|s| access::org(conn, s)).transpose()?;
                let org = org.map(|o| o.id);
                user::views(conn, &accounts::list(conn, org, status)?, org)
            })?;
            render::list(&views, ctx.settings.format)?;
            Ok(ExitStatus::Success)
        }
        UserCmd::Show { user: who } => {
            let view = ctx.read(|conn, _| user::view(conn, &access::user(conn, &who)?))?;
            render::one(&view, ctx.settings.format)?;
            Ok(ExitStatus::Success)
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
                user::plan_set(conn, actor.as_deref(), &account, &changes)
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
                policy_change::plan_exemptions(
                    conn,
                    actor.as_deref(),
                    &account,
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
