//! `orgctl org ...`

use std::io::IsTerminal;

use super::{Ctx, execute};
use crate::cli::{OnOff, OrgCmd};
use crate::db::orgs;
use crate::domain::access;
use crate::domain::org::{self, NewOrg};
use crate::domain::policy_change::{self, OrgSettings};
use crate::domain::registration::Password;
use crate::error::{Error, ExitStatus, Result};
use crate::render;

enum Kind {
    Allow,
    Other,
}

pub fn run(ctx: &mut Ctx, cmd: OrgCmd) -> Result<ExitStatus> {
    let cmd_kind = if matches!(cmd, OrgCmd::Allow { .. }) {
        Kind::Allow
    } else {
        Kind::Other
    };
    match cmd {
        OrgCmd::Create {
            slug,
            name,
            plan,
            seats,
            admin_email,
            admin_name,
            admin_password_stdin,
            preview,
        } => {
            // Issue 12, defect 10: the admin gets a first password, so it can
            // confirm what needs one (R3). Never from argv: standard input,
            // or a prompt; with neither, the plan warns how to set it later.
            let password = if admin_password_stdin
                || (std::io::stdin().is_terminal() && std::io::stderr().is_terminal())
            {
                Some(Password::new(super::registration::read_new_password(
                    admin_password_stdin,
                    &admin_email,
                )?))
            } else {
                None
            };
            let req = NewOrg {
                slug: &slug,
                name: &name,
                plan,
                seats: i64::from(seats),
                admin_email: &admin_email,
                admin_name: admin_name.as_deref(),
                admin_password: password.as_ref(),
            };
            execute(ctx, "org.create", Some(&slug), preview, |conn, _| {
                org::plan_create(conn, &req)
            })
        }
        OrgCmd::List { paging } => {
            let views = ctx.read(|conn, now| {
                orgs::list(conn)?
                    .iter()
                    .map(|o| org::view(conn, o, now))
                    .collect::<Result<Vec<_>>>()
            })?;
            render::list(&views, ctx.settings.format, paging.limit)?;
            Ok(ExitStatus::Success)
        }
        OrgCmd::Show { org: slug } => {
            let view = ctx.read(|conn, now| org::view(conn, &access::org(conn, &slug)?, now))?;
            render::one(&view, ctx.settings.format)?;
            Ok(ExitStatus::Success)
        }
        OrgCmd::Set {
            org: slug,
            seats,
            plan,
            prohibit_outside,
            prohibit_file_sharing,
            preview,
        } => {
            let settings = OrgSettings {
                seats: seats.map(i64::from),
                plan,
                prohibit_outside: prohibit_outside.map(OnOff::is_on),
                prohibit_file_sharing: prohibit_file_sharing.map(OnOff::is_on),
            };
            if settings.seats.is_none()
                && settings.plan.is_none()
                && settings.prohibit_outside.is_none()
                && settings.prohibit_file_sharing.is_none()
            {
                return Err(Error::usage("nothing to change")
                    .with_hint(
                        "give --seats, --plan, --prohibit-outside or --prohibit-file-sharing",
                    )
                    .into());
            }
            let actor = ctx.settings.actor.clone();
            execute(ctx, "org.set", Some(&slug), preview, |conn, now| {
                let o = access::org(conn, &slug)?;
                policy_change::plan_org_set(conn, actor.as_deref(), &o, settings, now)
            })
        }
        OrgCmd::Allow {
            org: slug,
            other,
            preview,
        }
        | OrgCmd::Disallow {
            org: slug,
            other,
            preview,
        } => {
            let allow = matches!(cmd_kind, Kind::Allow);
            let action = if allow { "org.allow" } else { "org.disallow" };
            let actor = ctx.settings.actor.clone();
            let target = format!("{slug} {other}");
            execute(ctx, action, Some(&target), preview, |conn, _| {
                let o = access::org(conn, &slug)?;
                let other = access::org(conn, &other)?;
                policy_change::plan_allow(conn, actor.as_deref(), &o, &other, allow)
            })
        }
        OrgCmd::Cancel { org: slug, preview } => {
            let actor = ctx.settings.actor.clone();
            execute(ctx, "org.cancel", Some(&slug), preview, |conn, _| {
                let o = access::org(conn, &slug)?;
                policy_change::plan_cancel(conn, actor.as_deref(), &o)
            })
        }
        OrgCmd::HandOver {
            org: slug,
            to,
            preview,
        } => {
            let actor = ctx.settings.actor.clone();
            execute(ctx, "org.hand_over", Some(&slug), preview, |conn, _| {
                let o = access::org(conn, &slug)?;
                org::plan_hand_over(conn, actor.as_deref(), &o, &to)
            })
        }
    }
}
