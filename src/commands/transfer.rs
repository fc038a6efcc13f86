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
    let registration_mail = super::registration::mail_settings(ctx);
    match cmd {
        TransferCmd::Request {
            from,
            to_admin,
            users,
            preview,
        } => {
            let ttl = ctx.settings.transfer_ttl_days;
            execute(
                ctx,
                "transfer.request",
                Some(&from),
                preview,
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
        TransferCmd::List {
            org,
            status,
            paging,
        } => {
            let status = status.map(Into::into);
            let rows = ctx.read(|conn, now| {
                let org = org.as_deref().map(|o| access::org(conn, o)).transpose()?;
                transfer::list(conn, org.as_ref(), status, now)
            })?;
            render::list(&rows, ctx.settings.format, paging.limit)?;
            Ok(ExitStatus::Success)
        }
        TransferCmd::Show { id } => {
            let view = ctx.read(|conn, now| transfer::view(conn, id, now))?;
            render::one(&view, ctx.settings.format)?;
            Ok(ExitStatus::Success)
        }
        TransferCmd::Approve { id, users, preview } => {
            let target = id.to_string();
            execute(
                ctx,
                "transfer.approve",
                Some(&target),
                preview,
                |conn, now| {
                    transfer::plan_approve(conn, actor, id, &users, now, &registration_mail)
                },
            )
        }
        TransferCmd::Reject { id, users, preview } => {
            let target = id.to_string();
            execute(
                ctx,
                "transfer.reject",
                Some(&target),
                preview,
                |conn, now| transfer::plan_decline(conn, actor, id, &users, now, false, &mail),
            )
        }
        TransferCmd::Cancel { id, preview } => {
            let target = id.to_string();
            execute(
                ctx,
                "transfer.cancel",
                Some(&target),
                preview,
                |conn, now| transfer::plan_decline(conn, actor, id, &[], now, true, &mail),
            )
        }
    }
}
