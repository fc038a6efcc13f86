//! Policy changes (SPEC §7, C1–C3): org settings, allow-lists, user
//! exemptions and contract cancellation. Each applies the communication
//! policy through the one leave-chat mechanism, after a preview.

use crate::db::Tx;
use crate::model::Timestamp;

use super::access::{self, Need};
use super::delete::{delete_account, ids, live_members};
use super::leave::Scratch;
use crate::db::{chats, orgs};
use crate::error::{Error, Result};
use crate::model::{Account, Exemption, Org, OrgPlan, OrgStatus};
use crate::plan::{Effect, OrgSetting, Plan};

/// What `org set` was asked to change.
#[derive(Debug, Default, Clone, Copy)]
pub struct OrgSettings {
    pub seats: Option<i64>,
    /// Issue 12: the org's plan.
    pub plan: Option<OrgPlan>,
    pub prohibit_outside: Option<bool>,
    pub prohibit_file_sharing: Option<bool>,
}

fn require_active(org: &Org) -> Result<()> {
    if org.status != OrgStatus::Active {
        return Err(Error::refused(format!(
            "{} is {}; its settings can no longer change",
            org.slug, org.status
        ))
        .into());
    }
    Ok(())
}

/// The prohibited-acts settings exist on enterprise and kddi only (§1);
/// `target` is the plan the org has after this command. `again` is the
/// command to run again with the plan changed in it.
fn require_settings_plan(org: &Org, target: OrgPlan, what: &str, again: String, plan: &mut Plan) {
    if !target.has_prohibited_acts_settings() {
        plan.block(
            "C1",
            format!(
                "{} is on the {target} plan, which has no {what} (enterprise and kddi only)",
                org.slug
            ),
            Some(format!(
                "move {} to the enterprise plan in the same command: {again}",
                org.slug
            )),
        );
    }
}

/// Issue 12: `org set --plan`. Seats are kept (I2 holds, as seats do not
/// change); a plan without the prohibited-acts settings (business) is
/// reached only once they are off and the allow-list is empty, since
/// dropping them silently would open what the org had closed (our choice).
fn plan_change(
    conn: &Tx,
    org: &Org,
    to: OrgPlan,
    settings: &OrgSettings,
    admin: &str,
    plan: &mut Plan,
) -> Result<()> {
    if to == org.plan {
        return Ok(());
    }
    if !to.has_prohibited_acts_settings() {
        let outside = settings.prohibit_outside.unwrap_or(org.prohibit_outside);
        let file = settings
            .prohibit_file_sharing
            .unwrap_or(org.prohibit_file_sharing);
        let mut off = Vec::new();
        if outside {
            off.push("--prohibit-outside off");
        }
        if file {
            off.push("--prohibit-file-sharing off");
        }
        if !off.is_empty() {
            plan.block(
                "§1",
                format!(
                    "{} has prohibited-acts settings on, which the {to} plan does not have",
                    org.slug
                ),
                Some(format!(
                    "turn them off in the same command: orgctl {admin}org set {} --plan {to} {}",
                    org.slug,
                    off.join(" ")
                )),
            );
        }
        let allow = orgs::allow_list(conn, org.id)?;
        if let Some(first) = allow.first() {
            plan.block(
                "§1",
                format!(
                    "{}'s outside allow-list holds {}, which the {to} plan does not have",
                    org.slug,
                    allow.join(", ")
                ),
                Some(format!(
                    "empty it first: orgctl {admin}org disallow {} {first}{}",
                    org.slug,
                    if outside {
                        format!(
                            ", with the prohibition turned off before, so that nothing breaks (orgctl {admin}org set {} --prohibit-outside off)",
                            org.slug
                        )
                    } else {
                        String::new()
                    },
                )),
            );
        }
    }
    plan.push(Effect::SettingChanged {
        org: org.slug.clone(),
        change: OrgSetting::Plan(to),
    });
    Ok(())
}

/// C1: the policy is applied to every live member of `org`, in account
/// order, each batch of members read ahead in a few statements (issue
/// 18.5).
fn apply_to_members(scratch: &mut Scratch<'_>, org: &Org) -> Result<()> {
    let members = ids(&live_members(scratch.conn(), org.id)?);
    for batch in members.chunks(crate::db::BATCH) {
        scratch.prefetch(batch)?;
        for &member in batch {
            scratch.apply_policy(member, "C1")?;
        }
    }
    Ok(())
}

/// `org set`: seats, and the prohibited-acts settings (C1).
pub fn plan_org_set(
    conn: &Tx,
    actor: Option<&str>,
    org: &Org,
    settings: OrgSettings,
    now: &Timestamp,
) -> Result<Plan> {
    access::authorize(conn, actor, org, Need::OrgAdmin)?;
    require_active(org)?;
    let mut plan = Plan::new("org.set");
    plan.summary = Some(format!("change the settings of {}", org.slug));
    let admin = super::access::as_admin(conn, org)?;
    let target = settings.plan.unwrap_or(org.plan);
    if let Some(to) = settings.plan {
        plan_change(conn, org, to, &settings, &admin, &mut plan)?;
    }
    if let Some(seats) = settings.seats {
        super::org::plan_seats(conn, org, seats, now, &mut plan)?;
    }
    if let Some(on) = settings.prohibit_file_sharing {
        if on {
            require_settings_plan(
                org,
                target,
                "file-sharing prohibition",
                format!(
                    "orgctl {admin}org set {} --plan enterprise --prohibit-file-sharing on",
                    org.slug
                ),
                &mut plan,
            );
        }
        if on != org.prohibit_file_sharing {
            // P4 applies to uploads from now on; files already shared stay.
            plan.push(Effect::SettingChanged {
                org: org.slug.clone(),
                change: OrgSetting::ProhibitFileSharing(on),
            });
        }
    }
    let mut scratch = Scratch::new(conn, plan)?;
    if let Some(on) = settings.prohibit_outside {
        if on {
            require_settings_plan(
                org,
                target,
                "outside-communication prohibition",
                format!(
                    "orgctl {admin}org set {} --plan enterprise --prohibit-outside on",
                    org.slug
                ),
                &mut scratch.plan,
            );
        }
        if on != org.prohibit_outside {
            scratch.record(Effect::SettingChanged {
                org: org.slug.clone(),
                change: OrgSetting::ProhibitOutside(on),
            })?;
            // C1: turning it on breaks what its members may no longer do;
            // turning it off breaks nothing.
            if on && scratch.plan.blockers.is_empty() {
                apply_to_members(&mut scratch, org)?;
            }
        }
    }
    Ok(scratch.into_plan())
}

/// `org allow` / `org disallow`: `other` joins or leaves `org`'s outside
/// allow-list. Removing it applies the policy to `org`'s members (C1).
pub fn plan_allow(
    conn: &Tx,
    actor: Option<&str>,
    org: &Org,
    other: &Org,
    allow: bool,
) -> Result<Plan> {
    access::authorize(conn, actor, org, Need::OrgAdmin)?;
    require_active(org)?;
    let action = if allow { "org.allow" } else { "org.disallow" };
    let mut plan = Plan::new(action);
    plan.summary = Some(if allow {
        format!("{} allows its users to talk to {}", org.slug, other.slug)
    } else {
        format!(
            "{} no longer allows its users to talk to {}",
            org.slug, other.slug
        )
    });
    if org.id == other.id {
        return Err(Error::rule(
            "C1",
            format!("{} cannot be on its own allow-list", org.slug),
        )
        .into());
    }
    if allow {
        let admin = super::access::as_admin(conn, org)?;
        require_settings_plan(
            org,
            org.plan,
            "outside allow-list",
            format!(
                "orgctl {admin}org set {} --plan enterprise, then orgctl {admin}org allow {} {}",
                org.slug, org.slug, other.slug
            ),
            &mut plan,
        );
    }
    let mut list = orgs::allow_list(conn, org.id)?;
    let present = list.contains(&other.slug);
    if allow == present {
        plan.warn(
            "C1",
            format!(
                "{} is {} on {}'s allow-list; nothing changes",
                other.slug,
                if present { "already" } else { "not" },
                org.slug
            ),
        );
        return Ok(plan);
    }
    if allow {
        list.push(other.slug.clone());
        list.sort();
    } else {
        list.retain(|s| s != &other.slug);
    }
    let mut scratch = Scratch::new(conn, plan)?;
    scratch.record(Effect::SettingChanged {
        org: org.slug.clone(),
        change: OrgSetting::Allow(list),
    })?;
    // C1: removing an org from the allow-list breaks what its members may
    // no longer do; adding one breaks nothing.
    if !allow && scratch.plan.blockers.is_empty() {
        apply_to_members(&mut scratch, org)?;
    }
    Ok(scratch.into_plan())
}

/// `user security`: the per-user exemptions. Turning `exempt_outside` off
/// applies the policy to the user (C1); turning `exempt_file` off while its
/// org prohibits file sharing deletes every file it uploaded (C2).
pub fn plan_exemptions(
    conn: &Tx,
    actor: Option<&str>,
    user: &Account,
    exempt_outside: Option<bool>,
    exempt_file: Option<bool>,
) -> Result<Plan> {
    let org = access::managing_org(conn, user)?;
    access::authorize(conn, actor, &org, Need::UserManager)?;
    let mut plan = Plan::new("user.security");
    plan.summary = Some(format!("change the security exemptions of {}", user.email));
    let mut scratch = Scratch::new(conn, plan)?;
    if let Some(on) = exempt_outside
        && on != user.exempt_outside
    {
        scratch.record(Effect::ExemptionSet {
            account: user.email.clone(),
            account_id: user.id,
            setting: Exemption::Outside,
            value: on,
        })?;
        if !on {
            scratch.apply_policy(user.id, "C1")?;
        }
    }
    if let Some(on) = exempt_file
        && on != user.exempt_file
    {
        scratch.record(Effect::ExemptionSet {
            account: user.email.clone(),
            account_id: user.id,
            setting: Exemption::File,
            value: on,
        })?;
        if !on && org.prohibit_file_sharing {
            // C2: the files it could only share by its exemption go.
            for (chat, f) in chats::own_files_of(conn, user.id)? {
                scratch.delete_file(chat, f, "C2")?;
            }
        }
    }
    Ok(scratch.into_plan())
}

/// `org cancel` (C3): every user is deleted (§6), then every file uploaded by
/// its users or owned by it, then the contract ends.
pub fn plan_cancel(conn: &Tx, actor: Option<&str>, org: &Org) -> Result<Plan> {
    access::authorize(conn, actor, org, Need::OrgAdmin)?;
    if org.status == OrgStatus::Cancelled {
        return Err(Error::rule("C3", format!("{} is already cancelled", org.slug)).into());
    }
    let mut plan = Plan::new("org.cancel");
    let members = live_members(conn, org.id)?;
    plan.summary = Some(format!(
        "cancel {}'s contract: delete its {} and every file of the org",
        org.slug,
        crate::text::plural(members.len(), "user", "users")
    ));
    let mut scratch = Scratch::new(conn, plan)?;
    scratch.mark_departing(ids(&members));
    for member in &members {
        delete_account(&mut scratch, member)?;
    }
    let mut files = chats::org_owned_files(conn, org.id)?;
    for member in &members {
        files.extend(chats::own_files_of(conn, member.id)?);
    }
    files.sort_by_key(|(_, f)| f.id);
    for (chat, f) in files {
        scratch.delete_file(chat, f, "C3")?;
    }
    // C3, D2: the requests the org sent end with it, freeing the invitees.
    super::registration::end_requests_from(
        &mut scratch,
        org,
        &format!("{}'s contract was cancelled (C3)", org.slug),
    )?;
    scratch.record(Effect::OrgCancelled {
        org: org.slug.clone(),
    })?;
    Ok(scratch.into_plan())
}
