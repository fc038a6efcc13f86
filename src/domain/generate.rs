//! `fixture generate`: a synthetic world at scale, deterministic for a seed,
//! with realistic shapes (org sizes that vary, a mix of plans and
//! prohibited-acts settings with allow-lists, contacts inside and across
//! orgs, group chats of varied size, content spread unevenly, a share of
//! personal accounts). Every contact and group is checked against the
//! communication policy as it is made, so the result satisfies SPEC §9; the
//! same invariant check as `fixture load` then proves it.

use crate::model::Timestamp;
use std::collections::HashSet;

use crate::db::Tx;
use serde::Serialize;

use super::invariants;
use super::policy::{Party, Policies};
use crate::db::{accounts, chats, orgs};
use crate::error::{Error, Result};
use crate::model::{
    AccountId, AccountStatus, ChatId, ChatKind, ChatRole, OrgId, OrgPlan, Prohibition, Role,
    TaskStatus,
};

/// The sizes asked for.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub orgs: u32,
    pub users: u32,
    pub groups: u32,
    pub contacts: u32,
    pub messages: u64,
    pub files: u32,
    pub tasks: u32,
    pub seed: u64,
}

/// What was generated.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Generated {
    pub seed: u64,
    pub orgs: u32,
    pub accounts: u32,
    pub personal_accounts: u32,
    pub contacts: u32,
    pub groups: u32,
    pub messages: u64,
    pub files: u32,
    pub tasks: u32,
}

/// SplitMix64: tiny, fast, and the same stream on every platform and
/// version, which is what "deterministic for a seed" needs (a library RNG
/// may change its stream between releases).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A float in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// An index in `0..n` skewed towards the start: a few items get most.
    fn skewed(&mut self, n: usize) -> usize {
        let u = self.unit();
        ((u * u * u) * n as f64) as usize % n.max(1)
    }
}

/// A generated person, as the policy needs it.
#[derive(Clone, Copy)]
struct Person {
    id: AccountId,
    org: Option<OrgId>,
    exempt_outside: bool,
    may_upload: bool,
}

const WORDS: &[&str] = &[
    "report", "draft", "meeting", "invoice", "design", "review", "schedule", "budget", "launch",
    "proposal", "contract", "figures", "slides", "minutes", "plan",
];

/// The largest world `fixture generate` makes: each count is held in memory
/// while it is generated, so a count past these would exhaust memory and
/// abort the process instead of saying no (issue 15.7).
pub const LIMITS: [(&str, u64); 7] = [
    ("orgs", 100_000),
    ("users", 5_000_000),
    ("groups", 1_000_000),
    ("contacts", 20_000_000),
    ("messages", 200_000_000),
    ("files", 10_000_000),
    ("tasks", 10_000_000),
];

impl Sizes {
    /// Every count within `LIMITS`, or a usage error naming the first one
    /// that is not (before anything is allocated or written).
    pub fn check(&self) -> Result<()> {
        let asked = [
            u64::from(self.orgs),
            u64::from(self.users),
            u64::from(self.groups),
            u64::from(self.contacts),
            self.messages,
            u64::from(self.files),
            u64::from(self.tasks),
        ];
        for ((what, max), n) in LIMITS.iter().zip(asked) {
            if n > *max {
                return Err(Error::usage(format!(
                    "fixture generate: {n} {what} is more than the {max} it can generate"
                ))
                .with_hint(format!(
                    "ask for at most {max} {what} (the defaults follow --users: --groups users/10, --contacts users*2, --messages users*10, --files users/2, --tasks users/4)"
                ))
                .into());
            }
        }
        Ok(())
    }

    /// The items a generation writes (accounts, contacts, groups, messages,
    /// files, tasks), the total its progress counts towards.
    pub fn items(&self) -> u64 {
        [
            u64::from(self.users),
            u64::from(self.contacts),
            u64::from(self.groups),
            self.messages,
            u64::from(self.files),
            u64::from(self.tasks),
        ]
        .iter()
        .fold(0u64, |sum, n| sum.saturating_add(*n))
    }
}

pub fn generate(conn: &Tx, sizes: &Sizes, now: &Timestamp) -> Result<Generated> {
    generate_with_progress(conn, sizes, now, &mut |_, _| {})
}

/// As `generate`, telling `progress` the phase and how many of
/// `Sizes::items` are done, now and then (the domain prints nothing; the
/// caller draws the bar on a terminal).
pub fn generate_with_progress(
    conn: &Tx,
    sizes: &Sizes,
    now: &Timestamp,
    progress: &mut dyn FnMut(&str, u64),
) -> Result<Generated> {
    sizes.check()?;
    if !orgs::database_is_empty(conn)? {
        return Err(Error::refused(
            "fixture generate needs an empty database, and this one already holds orgs or accounts",
        )
        .with_hint("use a new --db path")
        .into());
    }
    if sizes.users < sizes.orgs {
        return Err(Error::rule(
            "I1",
            format!(
                "{} orgs need at least {} users, one admin each",
                sizes.orgs, sizes.orgs
            ),
        )
        .into());
    }
    // The whole world is written in one transaction; a cache that holds it
    // keeps the random index inserts in memory (measured in BENCHMARKS.md).
    crate::db::set_cache_mib(conn, 1024)?;
    // Each step draws from the one random stream in turn, so the order of
    // the steps is part of "deterministic for a seed".
    let (org_sizes, personal) = org_sizes(sizes);
    let mut g = Generator::new(conn, sizes, now);
    g.orgs(&org_sizes)?;
    g.allow_lists()?;
    g.accounts(&org_sizes, personal)?;
    let mut done = u64::from(sizes.users);
    progress("contacts", done);
    g.contacts()?;
    done = done.saturating_add(u64::from(sizes.contacts));
    progress("group chats", done);
    g.groups()?;
    done = done.saturating_add(u64::from(sizes.groups));
    progress("messages", done);
    let busy = g.busy_order();
    g.messages(&busy, &mut |written| {
        progress("messages", done.saturating_add(written))
    })?;
    done = done.saturating_add(sizes.messages);
    progress("files", done);
    g.files(&busy)?;
    done = done.saturating_add(u64::from(sizes.files));
    progress("tasks", done);
    g.tasks(&busy)?;
    progress("checking invariants", sizes.items());
    g.finish()
}

/// How many members each org gets, and how many personal accounts there
/// are. Sizes follow 1/rank, so a few orgs are large and most are small;
/// 5% of the users have no org at all.
fn org_sizes(sizes: &Sizes) -> (Vec<usize>, usize) {
    let n_orgs = sizes.orgs as usize;
    let personal = if n_orgs == 0 {
        sizes.users as usize
    } else {
        (sizes.users as usize) / 20
    };
    let in_orgs = sizes.users as usize - personal;
    let weights: Vec<f64> = (0..n_orgs).map(|i| 1.0 / (i as f64 + 1.0)).collect();
    let total: f64 = weights.iter().sum();
    let mut org_sizes: Vec<usize> = weights
        .iter()
        .map(|w| ((w / total) * in_orgs as f64).floor() as usize)
        .map(|n| n.max(1))
        .collect();
    let mut assigned: usize = org_sizes.iter().sum();
    let mut i = 0;
    while assigned < in_orgs && n_orgs > 0 {
        org_sizes[i % n_orgs] += 1;
        assigned += 1;
        i += 1;
    }
    while assigned > in_orgs {
        // Rounding up to one member each can overshoot; trim the largest.
        if let Some(max) = org_sizes.iter_mut().max() {
            *max -= 1;
        }
        assigned -= 1;
    }
    (org_sizes, personal)
}

/// The world as it is being generated.
struct Generator<'c> {
    conn: &'c Tx,
    now: &'c Timestamp,
    sizes: Sizes,
    rng: Rng,
    out: Generated,
    /// Each org with its plan.
    org_ids: Vec<(OrgId, OrgPlan)>,
    /// The orgs' settings, once their allow-lists are written.
    policies: Policies,
    people: Vec<Person>,
    /// The indexes into `people` of each org's members.
    members_of: Vec<Vec<usize>>,
    /// Every chat with the indexes of its members, for the content.
    chat_members: Vec<(ChatId, Vec<usize>)>,
    next_id: i64,
}

fn party(p: &Person) -> Party<'static> {
    Party {
        email: "",
        org: p.org,
        exempt_outside: p.exempt_outside,
    }
}

impl<'c> Generator<'c> {
    fn new(conn: &'c Tx, sizes: &Sizes, now: &'c Timestamp) -> Generator<'c> {
        Generator {
            conn,
            now,
            sizes: *sizes,
            rng: Rng(sizes.seed ^ 0x6F72_6763_746C),
            out: Generated {
                seed: sizes.seed,
                ..Default::default()
            },
            org_ids: Vec::with_capacity(sizes.orgs as usize),
            policies: Policies::default(),
            people: Vec::with_capacity(sizes.users as usize),
            members_of: vec![Vec::new(); sizes.orgs as usize],
            chat_members: Vec::new(),
            next_id: 1000,
        }
    }

    /// Orgs with a mix of plans; those with the settings prohibit outside
    /// talk (40%) and file sharing (20%) at random.
    fn orgs(&mut self, org_sizes: &[usize]) -> Result<()> {
        let rng = &mut self.rng;
        for (i, size) in org_sizes.iter().enumerate() {
            let plan = match rng.below(20) {
                0..=9 => OrgPlan::Business,
                10..=16 => OrgPlan::Enterprise,
                _ => OrgPlan::Kddi,
            };
            let slack = 1 + size / 5 + rng.below(5);
            let slug = format!("org{i:04}");
            let id = orgs::insert(
                self.conn,
                &slug,
                &format!("Org {i}"),
                plan,
                (size + slack) as i64,
                self.now,
            )?;
            if plan.has_prohibited_acts_settings() {
                orgs::set_prohibition(self.conn, id, Prohibition::Outside, rng.chance(0.4))?;
                orgs::set_prohibition(self.conn, id, Prohibition::FileSharing, rng.chance(0.2))?;
            }
            self.org_ids.push((id, plan));
            self.out.orgs += 1;
        }
        Ok(())
    }

    /// Allow-lists on the orgs with the settings: one to three others.
    fn allow_lists(&mut self) -> Result<()> {
        let n_orgs = self.org_ids.len();
        for (id, plan) in &self.org_ids {
            if plan.has_prohibited_acts_settings() && n_orgs > 1 {
                let mut others = Vec::new();
                for _ in 0..1 + self.rng.below(3) {
                    let (other, _) = self.org_ids[self.rng.below(n_orgs)];
                    if other != *id && !others.contains(&other) {
                        others.push(other);
                    }
                }
                orgs::set_allow_list(self.conn, *id, &others)?;
            }
        }
        self.policies = Policies::load(self.conn)?;
        Ok(())
    }

    /// Every org's members (its first is the admin, about 5% are
    /// user_admins), then the personal accounts.
    fn accounts(&mut self, org_sizes: &[usize], personal: usize) -> Result<()> {
        for (i, size) in org_sizes.iter().enumerate() {
            let org = self.org_ids[i].0;
            for m in 0..*size {
                let role = match m {
                    0 => Role::Admin,
                    _ if self.rng.chance(0.05) => Role::UserAdmin,
                    _ => Role::Member,
                };
                let index = self.account(Some((i, org)), Some(role))?;
                self.members_of[i].push(index);
            }
        }
        for _ in 0..personal {
            self.account(None, None)?;
            self.out.personal_accounts += 1;
        }
        self.out.accounts = self.people.len() as u32;
        Ok(())
    }

    /// One account, with its My Chat (D4, through the one account writer);
    /// some get exemptions where their org prohibits.
    fn account(&mut self, org: Option<(usize, OrgId)>, role: Option<Role>) -> Result<usize> {
        let id = AccountId(self.next_id);
        self.next_id += 1;
        let (exempt_outside, exempt_file) = match org.and_then(|(_, o)| self.policies.get(o)) {
            Some(p) => (
                p.prohibit_outside && self.rng.chance(0.1),
                p.prohibit_file_sharing && self.rng.chance(0.3),
            ),
            None => (false, false),
        };
        let email = match org {
            Some((i, _)) => format!("u{}@org{i:04}.example", id.0),
            None => format!("u{}@personal.example", id.0),
        };
        let my = accounts::create(
            self.conn,
            &accounts::NewAccount {
                id,
                email: &email,
                name: &format!("User {}", id.0),
                status: AccountStatus::Active,
                org: org.map(|(_, o)| o),
                role,
                chatwork_id: None,
                password_hash: None,
                exempt_outside,
                exempt_file,
                api_token_hash: None,
            },
            self.now,
        )?;
        self.people.push(Person {
            id,
            org: org.map(|(_, o)| o),
            exempt_outside,
            may_upload: self.policies.may_upload(org.map(|(_, o)| o), exempt_file),
        });
        let index = self.people.len() - 1;
        self.chat_members.push((my, vec![index]));
        Ok(index)
    }

    /// Someone `p` is likely to talk to: mostly a colleague.
    fn pick_colleague(&mut self, p: &Person) -> usize {
        let n_people = self.people.len();
        match p
            .org
            .and_then(|o| self.org_ids.iter().position(|(id, _)| *id == o))
        {
            Some(i) if self.rng.chance(0.7) => {
                self.members_of[i][self.rng.below(self.members_of[i].len())]
            }
            _ => self.rng.below(n_people),
        }
    }

    /// Contacts, mostly colleagues (some attempts fall on a pair that exists
    /// or that the policy forbids, so there are a few fewer than asked).
    fn contacts(&mut self) -> Result<()> {
        let n_people = self.people.len();
        let mut pairs: HashSet<(usize, usize)> = HashSet::new();
        for _ in 0..self.sizes.contacts {
            if n_people < 2 {
                break;
            }
            let a = self.rng.below(n_people);
            let b = self.pick_colleague(&self.people[a].clone());
            let key = (a.min(b), a.max(b));
            if a == b
                || pairs.contains(&key)
                || self
                    .policies
                    .check(&party(&self.people[a]), &party(&self.people[b]))
                    .is_some()
            {
                continue;
            }
            pairs.insert(key);
            let (pa, pb) = (self.people[a].id, self.people[b].id);
            let conn = self.conn;
            let chat = chats::insert(conn, ChatKind::Direct, None, None, Some((pa, pb)), self.now)?;
            chats::add_member(conn, chat, pa, ChatRole::Member)?;
            chats::add_member(conn, chat, pb, ChatRole::Member)?;
            chats::insert_contact(conn, pa, pb, chat)?;
            self.chat_members.push((chat, vec![a, b]));
            self.out.contacts += 1;
        }
        Ok(())
    }

    /// Group chats: mostly small, a few large; members mostly from one org,
    /// outsiders only where every side already in the group permits them.
    fn groups(&mut self) -> Result<()> {
        let n_people = self.people.len();
        for g in 0..self.sizes.groups {
            let first = self.rng.below(n_people);
            let target = 2 + (self.rng.unit().powi(4) * 80.0) as usize;
            let mut members = vec![first];
            let mut sides: Vec<Person> = vec![self.people[first]];
            for _ in 0..target * 2 {
                if members.len() >= target {
                    break;
                }
                let c = self.pick_colleague(&self.people[first].clone());
                if members.contains(&c) {
                    continue;
                }
                let cand = self.people[c];
                let fits = sides
                    .iter()
                    .all(|s| self.policies.check(&party(s), &party(&cand)).is_none());
                if !fits {
                    continue;
                }
                if !sides
                    .iter()
                    .any(|s| s.org == cand.org && s.exempt_outside == cand.exempt_outside)
                {
                    sides.push(cand);
                }
                members.push(c);
            }
            let chat = chats::insert(
                self.conn,
                ChatKind::Group,
                Some(&format!("Group {g}")),
                None,
                None,
                self.now,
            )?;
            for (k, m) in members.iter().enumerate() {
                let role = if k == 0 || self.rng.chance(0.1) {
                    ChatRole::Admin
                } else if self.rng.chance(0.05) {
                    ChatRole::Readonly
                } else {
                    ChatRole::Member
                };
                chats::add_member(self.conn, chat, self.people[*m].id, role)?;
            }
            self.chat_members.push((chat, members));
            self.out.groups += 1;
        }
        Ok(())
    }

    /// Which chats are the busy ones: a shuffle, so that it is not always
    /// the My Chats of the first accounts. Content is spread unevenly over
    /// it: a few chats hold most of it.
    fn busy_order(&mut self) -> Vec<usize> {
        let n_chats = self.chat_members.len();
        let mut order: Vec<usize> = (0..n_chats).collect();
        for i in (1..n_chats).rev() {
            order.swap(i, self.rng.below(i + 1));
        }
        order
    }

    /// Messages: first how many each chat gets, then chat by chat, so that
    /// the chat index grows by appending (measured: BENCHMARKS.md).
    fn messages(&mut self, busy: &[usize], progress: &mut dyn FnMut(u64)) -> Result<()> {
        let n_chats = self.chat_members.len();
        let mut per_chat = vec![0u32; n_chats];
        for _ in 0..self.sizes.messages {
            per_chat[busy[self.rng.skewed(n_chats)]] += 1;
        }
        for ((chat, members), count) in self.chat_members.iter().zip(&per_chat) {
            for _ in 0..*count {
                let sender = self.people[members[self.rng.below(members.len())]].id;
                let body = format!(
                    "{} {}",
                    WORDS[self.rng.below(WORDS.len())],
                    self.rng.below(1000)
                );
                chats::insert_messages(self.conn, *chat, sender, &body, 1, self.now)?;
                self.out.messages += 1;
            }
            if *count > 0 {
                progress(self.out.messages);
            }
        }
        Ok(())
    }

    /// Files, only from uploaders P4 lets share.
    fn files(&mut self, busy: &[usize]) -> Result<()> {
        let n_chats = self.chat_members.len();
        for _ in 0..self.sizes.files {
            let (chat, members) = &self.chat_members[busy[self.rng.skewed(n_chats)]];
            let uploader = self.people[members[self.rng.below(members.len())]];
            if !uploader.may_upload {
                continue; // P4
            }
            let name = format!(
                "{}-{}.pdf",
                WORDS[self.rng.below(WORDS.len())],
                self.rng.below(10_000)
            );
            chats::insert_file(
                self.conn,
                *chat,
                uploader.id,
                &name,
                (self.rng.below(5_000_000) + 100) as i64,
                None,
                self.now,
            )?;
            self.out.files += 1;
        }
        Ok(())
    }

    fn tasks(&mut self, busy: &[usize]) -> Result<()> {
        let n_chats = self.chat_members.len();
        for _ in 0..self.sizes.tasks {
            let (chat, members) = &self.chat_members[busy[self.rng.skewed(n_chats)]];
            let requester = self.people[members[self.rng.below(members.len())]].id;
            let assignee = self.people[members[self.rng.below(members.len())]].id;
            let status = if self.rng.chance(0.3) {
                TaskStatus::Done
            } else {
                TaskStatus::Open
            };
            let body = format!(
                "{} the {}",
                ["check", "send", "finish", "review"][self.rng.below(4)],
                WORDS[self.rng.below(WORDS.len())]
            );
            chats::insert_task(
                self.conn, *chat, requester, assignee, &body, status, self.now,
            )?;
            self.out.tasks += 1;
        }
        Ok(())
    }

    /// The same invariant check as `fixture load` proves the world sound.
    fn finish(self) -> Result<Generated> {
        let broken = invariants::check(self.conn, self.now)?;
        if !broken.is_empty() {
            return Err(Error::blocked(broken)
                .with_hint(
                    "the generator made a world that breaks the invariants I1-I5; this is a bug in orgctl",
                )
                .into());
        }
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    fn ts(text: &str) -> Timestamp {
        Timestamp::parse(text).expect("an RFC 3339 time")
    }

    fn sizes(seed: u64) -> Sizes {
        Sizes {
            orgs: 6,
            users: 300,
            groups: 40,
            contacts: 600,
            messages: 2000,
            files: 200,
            tasks: 100,
            seed,
        }
    }

    fn dump(db: &mut Db) -> Vec<String> {
        db.read(|tx| {
            let mut rows = Vec::new();
            for a in accounts::list(tx, None, None)? {
                rows.push(format!("{:?}", a));
            }
            for c in chats::all(tx)? {
                rows.push(format!("{:?} {:?}", c, chats::members(tx, c.id)?));
            }
            rows.push(format!("{:?}", chats::files(tx, None, None)?.len()));
            Ok(rows)
        })
        .unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_world_and_it_holds_the_invariants() {
        let mut a = Db::open_in_memory().unwrap();
        let mut b = Db::open_in_memory().unwrap();
        let ga = a
            .write(|tx| generate(tx, &sizes(7), &ts("2026-01-01T00:00:00Z")))
            .unwrap();
        let gb = b
            .write(|tx| generate(tx, &sizes(7), &ts("2026-01-01T00:00:00Z")))
            .unwrap();
        assert_eq!(format!("{ga:?}"), format!("{gb:?}"));
        assert_eq!(dump(&mut a), dump(&mut b));
        assert!(ga.contacts > 0 && ga.groups == 40 && ga.messages == 2000);
        assert!(ga.personal_accounts > 0);
        let mut c = Db::open_in_memory().unwrap();
        c.write(|tx| generate(tx, &sizes(8), &ts("2026-01-01T00:00:00Z")))
            .unwrap();
        assert_ne!(dump(&mut a), dump(&mut c), "another seed, another world");
    }

    #[test]
    fn too_few_users_for_the_orgs_is_refused() {
        let mut db = Db::open_in_memory().unwrap();
        let small = Sizes {
            users: 3,
            ..sizes(1)
        };
        assert!(
            db.write(|tx| generate(tx, &small, &ts("2026-01-01T00:00:00Z")))
                .is_err()
        );
    }
}
