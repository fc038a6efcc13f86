//! `orgctl org ...`

use super::{Ctx, execute};
use crate::cli::{OnOff, OrgCmd};
use crate::db::orgs;
use crate::domain::access;
use crate::domain::org::{self, NewOrg};
use crate::domain::policy_change::{self, OrgSettings};
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
        } => {
            let req = NewOrg {
                slug: &slug,
                name: &name,
                plan,
                seats: i64::from(seats),
                admin_email: &admin_email,
                admin_name: admin_name.as_deref(),
            };
            execute(ctx, "org.create", Some(&slug), false, |conn, _| {
                org::plan_create(conn, &req)
            })
        }
        OrgCmd::List => {
            let views = ctx.read(|conn, now| {
                orgs::list(conn)?
                    .iter()
                    .map(|o| org::view(conn, o, now))
                    .collect::<Result<Vec<_>>>()
            })?;
            render::list(&views, ctx.settings.format)?;
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
            prohibit_outside,
            prohibit_file_sharing,
            dry_run,
        } => {
            let settings = OrgSettings {
                seats: seats.map(i64::from),
                prohibit_outside: prohibit_outside.map(OnOff::is_on),
                prohibit_file_sharing: prohibit_file_sharing.map(OnOff::is_on),
            };
            if settings.seats.is_none()
                && settings.prohibit_outside.is_none()
                && settings.prohibit_file_sharing.is_none()
            {
                return Err(Error::usage("nothing to change")
                    .with_hint("give --seats, --prohibit-outside or --prohibit-file-sharing")
                    .into());
            }
            let actor = ctx.settings.actor.clone();
            execute(ctx, "org.set", Some(&slug), dry_run, |conn, now| {
                let o = access::org(conn, &slug)?;
                policy_change::plan_org_set(conn, actor.as_deref(), &o, settings, now)
            })
        }
        OrgCmd::Allow {
            org: slug,
            other,
            dry_run,
        }
        | OrgCmd::Disallow {
            org: slug,
            other,
            dry_run,
        } => {
            let allow = matches!(cmd_kind, Kind::Allow);
            let action = if allow { "org.allow" } else { "org.disallow" };
            let actor = ctx.settings.actor.clone();
            let target = format!("{slug} {other}");
            execute(ctx, action, Some(&target), dry_run, |conn, _| {
                let o = access::org(conn, &slug)?;
                let other = access::org(conn, &other)?;
                policy_change::plan_allow(conn, actor.as_deref(), &o, &other, allow)
            })
        }
        OrgCmd::Cancel { org: slug, dry_run } => {
            let actor = ctx.settings.actor.clone();
            execute(ctx, "org.cancel", Some(&slug), dry_run, |conn, _| {
                let o = access::org(conn, &slug)?;
                policy_change::plan_cancel(conn, actor.as_deref(), &o)
            })
        }
        OrgCmd::HandOver { org: slug, to } => {
            let actor = ctx.settings.actor.clone();
            execute(ctx, "org.hand_over", Some(&slug), false, |conn, _| {
                let o = access::org(conn, &slug)?;
                org::plan_hand_over(conn, actor.as_deref(), &o, &to)
            })
        }
    }
}
