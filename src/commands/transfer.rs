//! `orgctl transfer ...`

use super::{Ctx, execute};
use crate::cli::TransferCmd;
use crate::domain::{access, transfer};
use crate::error::{ExitStatus, Result};
use crate::render;

pub fn run(ctx: &mut Ctx, cmd: TransferCmd) -> Result<ExitStatus> {
    let actor = ctx.settings.actor.clone();
    let actor = actor.as_deref();
    let mail = ctx.settings.sender();
    match cmd {
        TransferCmd::Request {
            from,
            to_admin,
            users,
            dry_run,
        } => {
            let ttl = ctx.settings.transfer_ttl_days;
            execute(
                ctx,
                "transfer.request",
                Some(&from),
                dry_run,
                |conn, now| {
                    let req = transfer::Request {
                        from: &from,
                        to_admin: &to_admin,
                        users: &users,
                        ttl_days: ttl,
                    };
                    transfer::plan_request(conn, actor, &req, now, &mail)
                },
            )
        }
        TransferCmd::List { org, status } => {
            let status = status.map(Into::into);
            let rows = ctx.read(|conn, now| {
                let org = org.as_deref().map(|o| access::org(conn, o)).transpose()?;
                transfer::list(conn, org.as_ref(), status, now)
            })?;
            render::list(&rows, ctx.settings.format)?;
            Ok(ExitStatus::Success)
        }
        TransferCmd::Show { id } => {
            let view = ctx.read(|conn, now| transfer::view(conn, id, now))?;
            render::one(&view, ctx.settings.format)?;
            Ok(ExitStatus::Success)
        }
        TransferCmd::Approve { id, users, dry_run } => {
            let target = id.to_string();
            execute(
                ctx,
                "transfer.approve",
                Some(&target),
                dry_run,
                |conn, now| transfer::plan_approve(conn, actor, id, &users, now, &mail),
            )
        }
        TransferCmd::Reject { id, users } => {
            let target = id.to_string();
            execute(ctx, "transfer.reject", Some(&target), false, |conn, now| {
                transfer::plan_decline(conn, actor, id, &users, now, false, &mail)
            })
        }
        TransferCmd::Cancel { id } => {
            let target = id.to_string();
            execute(ctx, "transfer.cancel", Some(&target), false, |conn, now| {
                transfer::plan_decline(conn, actor, id, &[], now, true, &mail)
            })
        }
    }
}
