//! `orgctl org ...`

use super::{Ctx, execute};
use crate::cli::OrgCmd;
use crate::db::orgs;
use crate::domain::access::{self, Need};
use crate::domain::org::{self, NewOrg};
use crate::error::Result;
use crate::plan::Plan;
use crate::render;

pub fn run(ctx: &mut Ctx, cmd: OrgCmd) -> Result<u8> {
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
            Ok(0)
        }
        OrgCmd::Show { org: slug } => {
            let view = ctx.read(|conn, now| org::view(conn, &access::org(conn, &slug)?, now))?;
            render::one(&view, ctx.settings.format)?;
            Ok(0)
        }
        OrgCmd::Set {
            org: slug,
            seats,
            dry_run,
        } => {
            let actor = ctx.settings.actor.clone();
            execute(ctx, "org.set", Some(&slug), dry_run, |conn, now| {
                let o = access::org(conn, &slug)?;
                access::authorize(conn, actor.as_deref(), &o, Need::OrgAdmin)?;
                let mut plan = Plan::new("org.set");
                plan.summary = Some(format!("change the settings of {}", o.slug));
                if let Some(seats) = seats {
                    org::plan_seats(conn, &o, i64::from(seats), now, &mut plan)?;
                }
                Ok(plan)
            })
        }
        OrgCmd::HandOver { org: slug, to } => {
            let actor = ctx.settings.actor.clone();
            execute(ctx, "org.hand_over", Some(&slug), false, |conn, _| {
                let o = access::org(conn, &slug)?;
                access::authorize(conn, actor.as_deref(), &o, Need::OrgAdmin)?;
                org::plan_hand_over(conn, &o, &to)
            })
        }
    }
}
