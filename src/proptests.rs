//! Property tests of the core on in-memory databases (SPEC §9): random small
//! worlds, then random sequences of operations — policy changes, deletions,
//! `user add` and accepting its link, transfer request / approve / reject /
//! cancel, and staff imports. After every step the invariants I1–I5 hold,
//! and the plan computed for the preview is the plan the engine's own write
//! step (`commands::apply_in_one_transaction`) computes and applies in the
//! write transaction (I6, I7); the preview's effects are then checked
//! against what the real run changed in the database, row by row, both
//! ways. A staff import's dry run reports what the real run then does.
//! A drawn operation that does not apply tries its neighbours first, so
//! that skipped steps stay rare.

use proptest::prelude::*;

use crate::csvio::{Encoding, StaffReader};
use crate::db::{self, Db, accounts, orgs, outbox, transfers};
use crate::domain::fixture::{
    self, FxAccount, FxContact, FxFile, FxGroup, FxMessage, FxOrg, FxTask, Scenario,
};
use crate::domain::registration::{self, AddRequest, MailSettings, Password};
use crate::domain::staff::{ImportOptions, ImportSummary};
use crate::domain::{delete, invariants, policy_change, transfer};
use crate::model::{AccountStatus, OrgPlan, Role, Timestamp, TransferStatus};
use crate::plan::Plan;

static NOW: std::sync::LazyLock<crate::model::Timestamp> = std::sync::LazyLock::new(|| {
    crate::model::Timestamp::parse("2026-11-23T09:00:00Z").expect("a fixed RFC 3339 time")
});
const PLANS: [&str; 3] = ["business", "enterprise", "kddi"];

fn account(email: String, org: Option<String>, role: Option<&str>, exempt: bool) -> FxAccount {
    FxAccount {
        name: email.split('@').next().unwrap_or_default().to_string(),
        email,
        org,
        role: role.map(str::to_string),
        account_id: None,
        chatwork_id: None,
        password: None,
        exempt_outside: exempt,
        exempt_file: exempt,
        api_token: false,
        teams: vec![],
        status: None,
        deleted_at: None,
    }
}

/// A world with no prohibition yet (so every contact and group is allowed);
/// the operations then turn prohibitions on and break what they forbid.
fn world() -> impl Strategy<Value = Scenario> {
    (
        proptest::collection::vec((0..3usize, 0..4usize, any::<bool>()), 2..4),
        0..3usize,
        proptest::collection::vec((any::<u16>(), any::<u16>()), 0..8),
        proptest::collection::vec(proptest::collection::vec(any::<u16>(), 1..5), 0..4),
        proptest::collection::vec((any::<u16>(), any::<u16>(), any::<u16>()), 0..10),
    )
        .prop_map(
            |(org_specs, personal, contact_picks, group_picks, content_picks)| {
                let mut s = Scenario::default();
                let mut people = Vec::new();
                for (i, (plan, members, exempt)) in org_specs.iter().enumerate() {
                    let slug = format!("o{i}");
                    s.org.push(FxOrg {
                        slug: slug.clone(),
                        name: slug.clone(),
                        plan: PLANS[*plan].to_string(),
                        seats: 10,
                        prohibit_outside: false,
                        prohibit_file_sharing: false,
                        allow: vec![],
                    });
                    let admin = format!("admin@{slug}.example");
                    s.account.push(account(
                        admin.clone(),
                        Some(slug.clone()),
                        Some("admin"),
                        false,
                    ));
                    people.push(admin);
                    for m in 0..*members {
                        let email = format!("m{m}@{slug}.example");
                        s.account.push(account(
                            email.clone(),
                            Some(slug.clone()),
                            None,
                            *exempt && m == 0,
                        ));
                        people.push(email);
                    }
                }
                for p in 0..personal {
                    let email = format!("p{p}@free.example");
                    s.account.push(account(email.clone(), None, None, false));
                    people.push(email);
                }
                let n = people.len();
                let mut pairs = std::collections::HashSet::new();
                for (a, b) in contact_picks {
                    let (a, b) = (a as usize % n, b as usize % n);
                    if a != b && pairs.insert((a.min(b), a.max(b))) {
                        s.contact.push(FxContact {
                            between: vec![people[a].clone(), people[b].clone()],
                            chat: Some(format!("dm{}-{}", a.min(b), a.max(b))),
                        });
                    }
                }
                let mut groups: Vec<Vec<String>> = Vec::new();
                for (g, picks) in group_picks.iter().enumerate() {
                    let mut members: Vec<String> = Vec::new();
                    for p in picks {
                        let who = people[*p as usize % n].clone();
                        if !members.contains(&who) {
                            members.push(who);
                        }
                    }
                    s.group.push(FxGroup {
                        name: format!("g{g}"),
                        admins: vec![members[0].clone()],
                        members: members[1..].to_vec(),
                        readonly: vec![],
                    });
                    groups.push(members);
                }
                for (g, a, b) in content_picks {
                    if groups.is_empty() {
                        break;
                    }
                    let gi = g as usize % groups.len();
                    let members = &groups[gi];
                    let who = members[a as usize % members.len()].clone();
                    let other = members[b as usize % members.len()].clone();
                    let chat = format!("g{gi}");
                    s.message.push(FxMessage {
                        chat: chat.clone(),
                        from: who.clone(),
                        body: "hi".into(),
                        count: None,
                    });
                    s.file.push(FxFile {
                        chat: chat.clone(),
                        uploader: who.clone(),
                        name: "f.txt".into(),
                        size: Some(10),
                        owner_org: None,
                    });
                    s.task.push(FxTask {
                        chat,
                        requester: who,
                        assignee: other,
                        body: "t".into(),
                        status: None,
                    });
                }
                s
            },
        )
}

/// One operation of a random sequence.
#[derive(Debug, Clone)]
enum Op {
    ProhibitOutside(usize, bool),
    Allow(usize, usize, bool),
    ExemptOutside(usize, bool),
    Delete(usize),
    Cancel(usize),
    /// `user add`: org, then an address: new, or a personal account's.
    AddUser(usize, usize, bool),
    /// Accepting the link of the n-th registration e-mail.
    Accept(usize),
    /// `transfer request` of one or two members from an org to another.
    TransferRequest(usize, usize, usize, Option<usize>),
    TransferApprove(usize),
    TransferReject(usize),
    TransferCancel(usize),
    /// A staff import into an org: its members by account ID (some), and
    /// invited new addresses.
    StaffImport(usize, Vec<usize>, usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..4usize, any::<bool>()).prop_map(|(o, on)| Op::ProhibitOutside(o, on)),
        2 => (0..4usize, 0..4usize, any::<bool>()).prop_map(|(a, b, on)| Op::Allow(a, b, on)),
        2 => (0..32usize, any::<bool>()).prop_map(|(u, on)| Op::ExemptOutside(u, on)),
        3 => (0..32usize).prop_map(Op::Delete),
        1 => (0..4usize).prop_map(Op::Cancel),
        3 => (0..4usize, 0..12usize, any::<bool>()).prop_map(|(o, e, new)| Op::AddUser(o, e, new)),
        3 => (0..8usize).prop_map(Op::Accept),
        6 => (0..4usize, 0..4usize, 0..32usize, proptest::option::of(0..32usize))
            .prop_map(|(a, b, u, v)| Op::TransferRequest(a, b, u, v)),
        5 => (0..4usize).prop_map(Op::TransferApprove),
        2 => (0..4usize).prop_map(Op::TransferReject),
        2 => (0..4usize).prop_map(Op::TransferCancel),
        2 => (0..4usize, proptest::collection::vec(0..32usize, 0..4), 0..3usize)
            .prop_map(|(o, m, n)| Op::StaffImport(o, m, n)),
    ]
}

impl Op {
    /// The same operation on the `k`-th next targets (every index moved by
    /// `k`): when the drawn target does not apply (an admin to delete, a
    /// transfer no longer pending, a used link), a neighbour usually does,
    /// which keeps skipped steps rare (issue 11).
    fn shifted(&self, k: usize) -> Op {
        match self.clone() {
            Op::ProhibitOutside(o, on) => Op::ProhibitOutside(o + k, on ^ (k % 2 == 1)),
            Op::Allow(a, b, on) => Op::Allow(a + k / 2, b + k, on ^ (k % 2 == 1)),
            Op::ExemptOutside(u, on) => Op::ExemptOutside(u + k, on ^ (k % 2 == 1)),
            Op::Delete(u) => Op::Delete(u + k),
            Op::Cancel(o) => Op::Cancel(o + k),
            Op::AddUser(o, e, new) => Op::AddUser(o + k, e + k, new),
            Op::Accept(n) => Op::Accept(n + k),
            Op::TransferRequest(a, b, u, v) => {
                Op::TransferRequest(a + k / 3, b + k % 3, u + k, v.map(|v| v + k))
            }
            Op::TransferApprove(t) => Op::TransferApprove(t + k),
            Op::TransferReject(t) => Op::TransferReject(t + k),
            Op::TransferCancel(t) => Op::TransferCancel(t + k),
            Op::StaffImport(o, m, n) => Op::StaffImport(o + k, m, n),
        }
    }
}

/// How many neighbours of a drawn operation are tried before the step is
/// counted as skipped.
const TRIES: usize = 12;

/// The first of `op` and its neighbours that applies on this state, with
/// its plan.
/// A step that needs something earlier steps make (a pending transfer, a
/// live link) makes that instead when there is none: it is then counted as
/// the step it became.
fn applicable(conn: &crate::db::Tx, op: &Op, password: &Password) -> Option<(Op, Plan)> {
    let first = |op: &Op| {
        (0..TRIES).find_map(|k| {
            let candidate = op.shifted(k);
            plan_for(conn, &candidate, password).map(|plan| (candidate, plan))
        })
    };
    first(op).or_else(|| match *op {
        Op::TransferApprove(t) | Op::TransferReject(t) | Op::TransferCancel(t) => {
            first(&Op::TransferRequest(t, t, t, None))
        }
        Op::Accept(n) => first(&Op::AddUser(n, n, n % 2 == 0)),
        _ => None,
    })
}

/// The password every invitee types.
const PASSWORD: &str = "correct horse battery";

fn transfer_mail() -> crate::mail::Sender {
    registration_mail().sender
}

fn registration_mail() -> MailSettings {
    MailSettings {
        ttl_days: 7,
        link_base: "https://chat.example.com/register".into(),
        sender: crate::mail::Sender {
            from: "orgctl <noreply@example.com>".into(),
            lang: Default::default(),
        },
    }
}

/// The token at the end of the n-th registration e-mail's link (wrapping).
fn token_at(conn: &crate::db::Tx, n: usize) -> Option<String> {
    let tokens: Vec<String> = outbox::list(conn, None, None)
        .ok()?
        .iter()
        .filter_map(|m| {
            let at = m.body.rfind("token=")? + "token=".len();
            Some(
                m.body[at..]
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect(),
            )
        })
        .collect();
    tokens.get(n % tokens.len().max(1)).cloned()
}

/// The admin of an org, by e-mail.
fn admin_of(conn: &crate::db::Tx, org: &crate::model::Org) -> Option<String> {
    accounts::with_role(conn, org.id, Role::Admin)
        .ok()?
        .into_iter()
        .next()
        .map(|a| a.email)
}

/// The plan an operation makes on the current state, or `None` when the
/// operation does not apply (refused, unknown, blocked).
fn plan_for(conn: &crate::db::Tx, op: &Op, password: &Password) -> Option<Plan> {
    let all_orgs = orgs::list(conn).ok()?;
    let live: Vec<_> = accounts::list(conn, None, Some(AccountStatus::Active)).ok()?;
    // Picks wrap around, so that almost every step does something.
    let org_at = |i: usize| all_orgs.get(i % all_orgs.len().max(1));
    let user_at = |i: usize| live.get(i % live.len().max(1));
    let plan = match op {
        Op::ProhibitOutside(o, on) => {
            let org = org_at(*o)?;
            let settings = policy_change::OrgSettings {
                prohibit_outside: Some(*on),
                ..Default::default()
            };
            let admin = admin_of(conn, org)?;
            policy_change::plan_org_set(conn, Some(&admin), org, settings, &NOW).ok()?
        }
        Op::Allow(a, b, on) => {
            let org = org_at(*a)?;
            let admin = admin_of(conn, org)?;
            policy_change::plan_allow(conn, Some(&admin), org, org_at(*b)?, *on).ok()?
        }
        Op::ExemptOutside(u, on) => {
            let user = user_at(*u)?;
            let org = orgs::by_slug(conn, user.org_slug.as_deref()?).ok()??;
            let admin = admin_of(conn, &org)?;
            policy_change::plan_exemptions(conn, Some(&admin), user, Some(*on), None).ok()?
        }
        Op::Delete(u) => {
            let user = user_at(*u)?;
            let admin = accounts::with_role(conn, user.org_id?, Role::Admin)
                .ok()?
                .into_iter()
                .next()?;
            delete::plan_delete(conn, Some(&admin.email), std::slice::from_ref(&user.email)).ok()?
        }
        Op::Cancel(o) => {
            let org = org_at(*o)?;
            let admin = admin_of(conn, org)?;
            policy_change::plan_cancel(conn, Some(&admin), org).ok()?
        }
        Op::AddUser(o, e, new) => {
            let org = org_at(*o)?;
            let email = if *new {
                format!("n{e}@new.example")
            } else {
                format!("p{}@free.example", e % 3)
            };
            let request = AddRequest {
                email: &email,
                org: &org.slug,
                name: None,
                role: Role::Member,
            };
            let admin = admin_of(conn, org)?;
            registration::plan_add(conn, &NOW, Some(&admin), &request, &registration_mail()).ok()?
        }
        Op::Accept(n) => {
            registration::plan_accept(conn, &NOW, &token_at(conn, *n)?, password).ok()?
        }
        Op::TransferRequest(a, b, u, v) => {
            // Never the same org twice: `to` is `b + 1` orgs after `from`.
            let (from, to) = (
                org_at(*a)?,
                org_at(*a + 1 + *b % all_orgs.len().saturating_sub(1).max(1))?,
            );
            let members: Vec<_> = live
                .iter()
                .filter(|m| m.org_id == Some(from.id) && m.role != Some(Role::Admin))
                .collect();
            let mut users = vec![members.get(u % members.len().max(1))?.email.clone()];
            if let Some(v) = v {
                let other = &members.get(v % members.len())?.email;
                if !users.contains(other) {
                    users.push(other.clone());
                }
            }
            let request = transfer::Request {
                from: &from.slug,
                to_admin: &admin_of(conn, to)?,
                users: &users,
                ttl_days: 14,
            };
            let admin = admin_of(conn, from)?;
            transfer::plan_request(conn, Some(&admin), &request, &NOW, &transfer_mail()).ok()?
        }
        Op::TransferApprove(t) | Op::TransferReject(t) | Op::TransferCancel(t) => {
            // Only pending ones can be decided; an empty list does not apply.
            let all: Vec<_> = transfers::list(conn, None)
                .ok()?
                .into_iter()
                .filter(|t| {
                    transfers::users(conn, t.id).is_ok_and(|users| {
                        users.iter().any(|u| u.status == TransferStatus::Pending)
                    })
                })
                .collect();
            let t = all.get(t % all.len().max(1))?;
            let id = t.id.0;
            let mail = transfer_mail();
            let (from, to) = (
                orgs::by_slug(conn, &t.from_slug).ok()??,
                orgs::by_slug(conn, &t.to_slug).ok()??,
            );
            match op {
                Op::TransferApprove(_) => transfer::plan_approve(
                    conn,
                    Some(&admin_of(conn, &to)?),
                    id,
                    &[],
                    &NOW,
                    &registration_mail(),
                ),
                Op::TransferReject(_) => transfer::plan_decline(
                    conn,
                    Some(&admin_of(conn, &to)?),
                    id,
                    &[],
                    &NOW,
                    false,
                    &mail,
                ),
                _ => transfer::plan_decline(
                    conn,
                    Some(&admin_of(conn, &from)?),
                    id,
                    &[],
                    &NOW,
                    true,
                    &mail,
                ),
            }
            .ok()?
        }
        Op::StaffImport(..) => return None,
    };
    plan.blockers.is_empty().then_some(plan)
}

/// A staff import of `op` in its own transaction, committed only when
/// `write` (else rolled back, as `--dry-run` does); `None` when it does not
/// apply (no such org, refused whole).
fn staff_import(database: &mut Db, op: &Op, write: bool) -> Option<ImportSummary> {
    let Op::StaffImport(o, picks, invited) = op else {
        return None;
    };
    // The dry run is the command's: a read transaction that writes nothing
    // (`writing` false); the real run writes as it goes and is committed
    // when the summary says the rows are kept.
    let run = |tx: &crate::db::Tx| -> crate::error::Result<Option<ImportSummary>> {
        let all = orgs::list(tx)?;
        let Some(org) = all.get(o % all.len().max(1)) else {
            return Ok(None);
        };
        let members = accounts::list(tx, None, Some(AccountStatus::Active))?
            .into_iter()
            .filter(|a| a.org_id == Some(org.id))
            .collect::<Vec<_>>();
        let Some(actor) = members
            .iter()
            .find(|a| a.role == Some(Role::Admin))
            .cloned()
        else {
            return Ok(None);
        };
        let mut csv = String::from("name,account_id,email\n");
        for p in picks {
            let m = &members[p % members.len()];
            csv.push_str(&format!("{},{},\n", m.name, m.id.0));
        }
        for i in 0..*invited {
            csv.push_str(&format!("Staff {i},,s{i}@{}.staff.example\n", org.slug));
        }
        let size = csv.len() as u64;
        let mut reader = StaffReader::from_reader(
            Box::new(std::io::Cursor::new(csv.into_bytes())),
            Encoding::Utf8,
            false,
            size,
        )?;
        let options = ImportOptions {
            invite: Some(registration_mail()),
            skip_invalid: false,
        };
        let summary = crate::commands::staff::import_in(
            tx,
            org,
            &actor,
            &mut reader,
            &options,
            &NOW,
            write,
            &mut |_, _| Ok(()),
            &mut |_| {},
        )?;
        Ok(Some(summary))
    };
    if write {
        database
            .write_or_roll_back(|tx| {
                let summary = run(tx)?;
                let commit = summary.as_ref().is_some_and(|s| s.written);
                Ok((summary, commit))
            })
            .ok()
            .flatten()
    } else {
        database.read(|tx| run(tx)).ok().flatten()
    }
}

/// How many steps of each kind were applied over the whole run, for the
/// figures in RELIABILITY.md (printed with `--nocapture`).
static APPLIED: [std::sync::atomic::AtomicUsize; 13] =
    [const { std::sync::atomic::AtomicUsize::new(0) }; 13];
static SKIPPED: [std::sync::atomic::AtomicUsize; 13] =
    [const { std::sync::atomic::AtomicUsize::new(0) }; 13];
static CASES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
const KINDS: [&str; 13] = [
    "prohibit_outside",
    "allow",
    "exempt",
    "delete",
    "cancel",
    "user_add",
    "accept",
    "transfer_request",
    "transfer_approve",
    "transfer_reject",
    "transfer_cancel",
    "staff_import",
    "skipped",
];

fn kind(op: &Op) -> usize {
    match op {
        Op::ProhibitOutside(..) => 0,
        Op::Allow(..) => 1,
        Op::ExemptOutside(..) => 2,
        Op::Delete(..) => 3,
        Op::Cancel(..) => 4,
        Op::AddUser(..) => 5,
        Op::Accept(..) => 6,
        Op::TransferRequest(..) => 7,
        Op::TransferApprove(..) => 8,
        Op::TransferReject(..) => 9,
        Op::TransferCancel(..) => 10,
        Op::StaffImport(..) => 11,
    }
}

fn count(i: usize) {
    APPLIED[i].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// One row a run changed: its table, its primary key, the row before
/// (none if added) and after (none if removed).
type Change = (
    String,
    Vec<String>,
    Option<Vec<String>>,
    Option<Vec<String>>,
);

/// What a run changed: every row added, removed or updated.
type Changes = Vec<Change>;

fn changes(
    before: &std::collections::BTreeMap<String, db::dump::Table>,
    after: &std::collections::BTreeMap<String, db::dump::Table>,
) -> Changes {
    let mut out = Changes::new();
    for (name, table) in after {
        let empty = db::dump::Table::default();
        let old = before.get(name).unwrap_or(&empty);
        let keys: std::collections::BTreeSet<&Vec<String>> =
            old.rows.keys().chain(table.rows.keys()).collect();
        for key in keys {
            let (a, b) = (old.rows.get(key), table.rows.get(key));
            if a != b {
                out.push((name.clone(), key.clone(), a.cloned(), b.cloned()));
            }
        }
    }
    out
}

/// A part of the database an effect says it writes.
#[derive(Debug)]
enum Touch {
    /// The row of `table` with this primary key.
    Key(&'static str, Vec<String>),
    /// Rows of `table` whose `column` is `value` (before or after).
    Where(&'static str, &'static str, String),
    /// Rows added to `table` (new rows the effect creates, keys unknown
    /// to the plan: an outbox message, a new account's My Chat).
    Added(&'static str),
}

/// What each effect writes, by kind (`plan::apply::apply_effect`, one arm
/// each). `org_id` resolves a slug on the state before the run.
fn touches(effect: &crate::plan::Effect, org_id: &dyn Fn(&str) -> String) -> Vec<Touch> {
    use crate::plan::Effect as E;
    use Touch::*;
    let id = |n: i64| n.to_string();
    match effect {
        E::OrgCreated { .. } => vec![
            Added("orgs"),
            Added("accounts"),
            Added("chats"),
            Added("chat_members"),
        ],
        E::AccountCreated { account_id, .. } => vec![
            Key("accounts", vec![id(account_id.0)]),
            Added("chats"),
            Where("chat_members", "account_id", id(account_id.0)),
        ],
        E::AccountDeleted { account_id, .. }
        | E::AccountUpdated { account_id, .. }
        | E::RoleChanged { account_id, .. }
        | E::OrgChanged { account_id, .. }
        | E::ExemptionSet { account_id, .. }
        | E::ApiTokenRevoked { account_id, .. }
        | E::PasswordSet { account_id, .. }
        | E::AccountActivated { account_id, .. } => vec![Key("accounts", vec![id(account_id.0)])],
        E::AccountRemoved { account_id, .. } => vec![
            Key("accounts", vec![id(account_id.0)]),
            Where("chat_members", "account_id", id(account_id.0)),
            Where("chats", "owner_id", id(account_id.0)),
            Where("registrations", "account_id", id(account_id.0)),
        ],
        E::TeamsCleared { account_id, .. } => {
            vec![Where("team_members", "account_id", id(account_id.0))]
        }
        // Logins exist on PostgreSQL only (issue 14); the proptests' SQLite
        // worlds never hold one, but the row is what the effect writes.
        E::LoginCreated { account_id, .. } | E::LoginDropped { account_id, .. } => {
            vec![Where("orgctl_logins", "account_id", id(account_id.0))]
        }
        E::OrgClosed { org } | E::OrgCancelled { org } => vec![Key("orgs", vec![org_id(org)])],
        E::SettingChanged {
            org,
            change: crate::plan::OrgSetting::Allow(_),
        } => {
            vec![Where("org_allow", "org_id", org_id(org))]
        }
        E::SettingChanged { org, .. } => vec![Key("orgs", vec![org_id(org)])],
        E::ContactRemoved {
            account_id,
            other_id,
            ..
        } => {
            let (a, b) = (account_id.0.min(other_id.0), account_id.0.max(other_id.0));
            vec![Key("contacts", vec![id(a), id(b)])]
        }
        E::ChatLeft {
            account_id,
            chat_id,
            ..
        }
        | E::ChatAdminGranted {
            account_id,
            chat_id,
            ..
        } => vec![Key("chat_members", vec![id(chat_id.0), id(account_id.0)])],
        E::ChatDeleted { chat_id, .. } => vec![
            Key("chats", vec![id(chat_id.0)]),
            Where("chat_members", "chat_id", id(chat_id.0)),
            Where("messages", "chat_id", id(chat_id.0)),
            Where("files", "chat_id", id(chat_id.0)),
            Where("tasks", "chat_id", id(chat_id.0)),
            Where("contacts", "chat_id", id(chat_id.0)),
        ],
        E::FileReowned { file_id, .. } | E::FileDeleted { file_id, .. } => {
            vec![Key("files", vec![id(file_id.0)])]
        }
        E::TaskDeleted { task_id, .. } => vec![Key("tasks", vec![id(task_id.0)])],
        // Shown from the account's `deleted` status: nothing is written.
        E::TaskRequesterCancelled { .. } | E::MessagesMarkedCancelled { .. } => vec![],
        E::EmailQueued { .. } => vec![Added("outbox")],
        E::EmailRequeued { id: n, .. } | E::EmailPurged { id: n, .. } => {
            vec![Key("outbox", vec![id(*n)])]
        }
        E::TransferRequested { transfer_id, .. } => vec![
            Key("transfers", vec![id(transfer_id.0)]),
            Where("transfer_users", "transfer_id", id(transfer_id.0)),
        ],
        E::TransferDecided {
            transfer_id,
            account_id,
            ..
        } => vec![
            Key("transfer_users", vec![id(transfer_id.0), id(account_id.0)]),
            Key("transfers", vec![id(transfer_id.0)]),
        ],
        E::RegistrationRequested {
            registration_id, ..
        }
        | E::RegistrationCancelled {
            registration_id, ..
        }
        | E::RegistrationAccepted {
            registration_id, ..
        }
        | E::RegistrationExemptionSet {
            registration_id, ..
        } => vec![Key("registrations", vec![id(registration_id.0)])],
        E::RegistrationLinkSent {
            registration_id, ..
        } => vec![
            Key("registrations", vec![id(registration_id.0)]),
            Added("outbox"),
        ],
    }
}

fn explains(touch: &Touch, change: &Change, columns: &[String]) -> bool {
    let (table, key, before, after) = change;
    match touch {
        Touch::Key(t, k) => t == table && k == key,
        Touch::Added(t) => t == table && before.is_none(),
        Touch::Where(t, column, value) => {
            t == table
                && columns.iter().position(|c| c == column).is_some_and(|i| {
                    [before, after]
                        .iter()
                        .any(|row| row.as_ref().is_some_and(|r| &r[i] == value))
                })
        }
    }
}

/// I7, checked against the database rather than against a second plan: the
/// preview's effects account for every row the real run changed (nothing
/// unlisted happened), and every effect that writes changed a row (nothing
/// listed failed to happen). The audit row is the engine's own, checked
/// apart: exactly one, added.
fn assert_effects_match_changes(
    op: &Op,
    preview: &Plan,
    before: &std::collections::BTreeMap<String, db::dump::Table>,
    after: &std::collections::BTreeMap<String, db::dump::Table>,
) -> Result<(), TestCaseError> {
    let org_id = |slug: &str| -> String {
        before["orgs"]
            .rows
            .values()
            .find(|r| r[1] == slug)
            .map(|r| r[0].clone())
            .unwrap_or_default()
    };
    let all = changes(before, after);
    let (audit, changed): (Vec<_>, Vec<_>) = all.into_iter().partition(|c| c.0 == "audit");
    prop_assert_eq!(audit.len(), 1, "one audit row for {:?}: {:?}", op, audit);
    prop_assert!(
        audit[0].2.is_none(),
        "the audit row is added, never changed"
    );
    let touched: Vec<(usize, Vec<Touch>)> = preview
        .effects
        .iter()
        .enumerate()
        .map(|(i, e)| (i, touches(e, &org_id)))
        .collect();
    let mut used = vec![false; preview.effects.len()];
    for change in &changed {
        let columns = &after[&change.0].columns;
        let mut explained = false;
        for (i, ts) in &touched {
            if ts.iter().any(|t| explains(t, change, columns)) {
                used[*i] = true;
                explained = true;
            }
        }
        prop_assert!(
            explained,
            "{:?} changed {} {:?} ({:?} -> {:?}), which no effect of its preview lists: {:?}",
            op,
            change.0,
            change.1,
            change.2,
            change.3,
            preview.effects
        );
    }
    for ((i, ts), used) in touched.iter().zip(&used) {
        prop_assert!(
            *used || ts.is_empty(),
            "{:?}: effect {:?} of the preview changed nothing",
            op,
            preview.effects[*i]
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_and_previews_equal_applied_plans(scenario in world(), ops in proptest::collection::vec(op(), 1..16)) {
        let mut database = Db::open_in_memory().unwrap();
        database.write(|tx| fixture::load(tx, &scenario, &NOW)).unwrap();
        for op in &ops {
            if let Op::StaffImport(..) = op {
                let dry = staff_import(&mut database, op, false);
                let real = staff_import(&mut database, op, true);
                prop_assert_eq!(&dry, &real, "I7 for {:?}", op);
                if real.as_ref().is_some_and(|r| r.written) {
                    count(kind(op));
                } else {
                    count(12);
                    SKIPPED[kind(op)].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                let broken = database.read(|tx| invariants::check(tx, &NOW)).unwrap();
                prop_assert!(broken.is_empty(), "after {:?}: {:?}", op, broken);
                continue;
            }
            // One password per step: its hash is computed once, so the
            // preview and the applied plan carry the same one.
            let password = Password::new(PASSWORD.to_string());
            let found = database.read(|tx| Ok(applicable(tx, op, &password))).unwrap();
            let Some((op, preview)) = found else {
                count(12);
                SKIPPED[kind(op)].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                continue;
            };
            count(kind(&op));
            let before = database.read(db::dump::dump).unwrap();
            // The real run is the engine's own write step (the one
            // `commands::execute` runs): the plan computed again in the
            // transaction, checked against the preview, applied, audited.
            let entry = crate::commands::AuditEntry {
                now: &NOW,
                actor: None,
                action: "proptest",
                target: None,
            };
            let op = &op;
            let compute = |tx: &crate::db::Tx, _now: &Timestamp| {
                plan_for(tx, op, &password)
                    .ok_or_else(|| crate::error::Error::unexpected("the same state gave no plan").into())
            };
            let (applied, _audit_id) = crate::commands::apply_in_one_transaction(
                &mut database,
                &entry,
                Some(&preview),
                &compute,
            )
            .unwrap();
            prop_assert_eq!(&preview.effects, &applied.effects, "I7 for {:?}", op);
            let after = database.read(db::dump::dump).unwrap();
            assert_effects_match_changes(op, &preview, &before, &after)?;
            let broken = database.read(|tx| invariants::check(tx, &NOW)).unwrap();
            prop_assert!(broken.is_empty(), "after {:?}: {:?}", op, broken);
        }
        if CASES.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1 == 64 {
            let figures: Vec<String> = KINDS
                .iter()
                .zip(&APPLIED)
                .map(|(k, n)| format!("{k} {}", n.load(std::sync::atomic::Ordering::Relaxed)))
                .collect();
            let skipped: Vec<String> = KINDS
                .iter()
                .zip(&SKIPPED)
                .map(|(k, n)| format!("{k} {}", n.load(std::sync::atomic::Ordering::Relaxed)))
                .collect();
            eprintln!("proptest state machine, 64 cases, steps applied: {}", figures.join(", "));
            eprintln!("steps skipped (not applicable), by kind: {}", skipped.join(", "));
        }
    }
}

#[test]
fn plans_without_prohibited_acts_settings_are_listed() {
    // A guard for the generator: enterprise and kddi have the settings.
    assert!(!OrgPlan::Business.has_prohibited_acts_settings());
    assert!(OrgPlan::Kddi.has_prohibited_acts_settings());
}
