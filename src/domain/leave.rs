//! Leaving a chat — the one mechanism (SPEC §3, L1–L6) — and applying the
//! communication policy to an account (T10, C1, R8), over a scratch view of
//! the state.
//!
//! Deletion, transfer, registration and policy changes all remove accounts
//! from chats, and they all do it here. `Scratch` reads the part of the
//! state a plan touches, lazily, and keeps the plan's changes in memory, so
//! that the second account leaving a chat sees the chat as the first one
//! left it. Nothing here writes: the effects it collects are applied later
//! by `plan::apply`, exactly as previewed.

// foldhash, not SipHash: these maps are keyed by integer IDs and looked up
// for every member of every chat a plan touches (issue 18); nothing here
// iterates them, so their order cannot reach a plan.
use foldhash::{HashMap, HashSet};

use crate::db::Tx;

use super::policy::{OrgPolicy, Party, Policies};
use crate::db::{accounts, chats};
use crate::error::{Error, Result};
use crate::model::{
    AccountId, AccountStatus, ChatId, ChatKind, ChatRole, Exemption, FileId, OrgId, TaskId, Text,
};
use crate::plan::{Effect, OrgSetting, Plan};

/// What the rules need to know of an account.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Shared with every effect that names the account (issue 18.5).
    pub email: Text,
    pub org: Option<OrgId>,
    pub exempt_outside: bool,
    pub status: AccountStatus,
}

/// What P1 and P2 look at of one account: its org and its
/// `exempt_outside`. Whether two accounts may communicate depends on their
/// sides only (the e-mail only words the reason).
type Side = (Option<OrgId>, bool);

/// A chat's members grouped by side, so that applying the policy to an
/// account checks each side of a chat once instead of each member (T10 and
/// C1 over thousands of members; issue 18).
#[derive(Debug)]
struct SideIndex {
    /// `Scratch::side_epoch` when it was built: a side changed since makes
    /// it stale.
    epoch: u64,
    /// Each side's members in account order.
    sides: Vec<(Side, Vec<AccountId>)>,
}

/// The chats of the view (issue 18.5: a policy change over a large org
/// holds some 100,000): the states side by side, found through a map of
/// IDs to positions, which keeps the map's slots small.
#[derive(Default)]
struct ChatStore {
    at: HashMap<ChatId, u32>,
    states: Vec<ChatState>,
}

impl ChatStore {
    fn contains_key(&self, id: &ChatId) -> bool {
        self.at.contains_key(id)
    }

    fn get(&self, id: &ChatId) -> Option<&ChatState> {
        self.at.get(id).map(|&i| &self.states[i as usize])
    }

    fn get_mut(&mut self, id: &ChatId) -> Option<&mut ChatState> {
        self.at.get(id).map(|&i| &mut self.states[i as usize])
    }

    /// Adds a chat not yet in the view (a chat is loaded once).
    fn insert(&mut self, id: ChatId, state: ChatState) -> Result<()> {
        let i = u32::try_from(self.states.len())
            .map_err(|_| Error::unexpected("more than 2^32 chats in one plan"))?;
        if self.at.insert(id, i).is_some() {
            return Err(Error::unexpected("chat loaded twice").into());
        }
        self.states.push(state);
        Ok(())
    }
}

impl std::ops::Index<&ChatId> for ChatStore {
    type Output = ChatState;
    /// Only for chats the caller just loaded through `Scratch::chat`.
    fn index(&self, id: &ChatId) -> &ChatState {
        &self.states[self.at[id] as usize]
    }
}

#[derive(Debug)]
struct ChatState {
    kind: ChatKind,
    deleted: bool,
    /// A group's name, shared with every effect that names the chat.
    name: Option<Text>,
    /// The contact pair of a direct chat.
    pair: Option<(AccountId, AccountId)>,
    /// In account order (the order of `chats::members`), which `leave`
    /// keeps, so membership is a binary search.
    members: Vec<(AccountId, ChatRole)>,
    /// Built for group chats only, on first use.
    sides: Option<Box<SideIndex>>,
}

impl ChatState {
    fn has_member(&self, account: AccountId) -> bool {
        self.members
            .binary_search_by_key(&account, |(m, _)| *m)
            .is_ok()
    }
}

/// Why an account leaves a chat.
#[derive(Debug, Clone, PartialEq)]
pub enum Cause {
    /// The account is deleted (§6).
    Deletion,
    /// The account may no longer talk to someone in the chat (T10, C1, R8);
    /// `rule` is the rule that applies the policy.
    PolicyBreak {
        rule: Text,
        reason: Text,
        fix: Option<Text>,
    },
}

/// The state as a plan sees it while it is being computed.
pub struct Scratch<'c> {
    conn: &'c Tx,
    /// The settings of the orgs of every account in `people` (and of orgs
    /// named through `policy_mut`), read as those accounts are: P1 and P2
    /// between two known accounts look at nothing else.
    pub policies: Policies,
    people: HashMap<AccountId, Person>,
    chats: ChatStore,
    /// Accounts this plan removes from everything (deleted accounts): they
    /// do not count as remaining members for L2 and L4.
    departing: HashSet<AccountId>,
    gone_files: HashSet<FileId>,
    gone_tasks: HashSet<TaskId>,
    removed_contacts: HashSet<(AccountId, AccountId)>,
    /// Bumped whenever an account's side changes (`set_side`), which makes
    /// every chat's `SideIndex` stale.
    side_epoch: u64,
    /// What `prefetch` read ahead for accounts about to have the policy
    /// applied: the group chats each was a member of and its contacts
    /// (with their direct chats), as stored; taken by `apply_policy`
    /// (`group_chats_of`) and `contacts_of`, which filter them by this
    /// plan's changes as they filter what they read themselves.
    pre_groups: HashMap<AccountId, Vec<ChatId>>,
    pre_contacts: HashMap<AccountId, Vec<(AccountId, ChatId)>>,
    /// What `prefetch_moves` read ahead for accounts a plan moves or
    /// deletes one after another: whether each is in a team, and its login
    /// role, as stored; taken once by `clear_teams` and `login_of`, which
    /// read it themselves for any other account (issue 13.8).
    pre_teams: HashMap<AccountId, bool>,
    pre_logins: HashMap<AccountId, Option<String>>,
    /// The rules, reasons and fixes this plan's effects cite, each held once
    /// however many effects repeat it (`text`).
    texts: HashSet<Text>,
    pub plan: Plan,
}

fn pair_key(a: AccountId, b: AccountId) -> (AccountId, AccountId) {
    if a < b { (a, b) } else { (b, a) }
}

impl<'c> Scratch<'c> {
    pub fn new(conn: &'c Tx, plan: Plan) -> Result<Scratch<'c>> {
        Ok(Scratch {
            conn,
            policies: Policies::default(),
            people: HashMap::default(),
            chats: ChatStore::default(),
            departing: HashSet::default(),
            gone_files: HashSet::default(),
            gone_tasks: HashSet::default(),
            removed_contacts: HashSet::default(),
            side_epoch: 0,
            pre_groups: HashMap::default(),
            pre_contacts: HashMap::default(),
            pre_teams: HashMap::default(),
            pre_logins: HashMap::default(),
            texts: HashSet::default(),
            plan,
        })
    }

    pub fn conn(&self) -> &'c Tx {
        self.conn
    }

    pub fn into_plan(self) -> Plan {
        self.plan
    }

    /// Adds an effect to the plan and brings the in-memory state to what it
    /// will be once the effect is applied, so that the rules that follow
    /// see it: an org's prohibition or allow-list (C1), an account's org
    /// (T10, R8), exemption (T9, C1) or deletion (L6). Every effect of a
    /// plan computed over a scratch view is recorded here, and nowhere
    /// else is the view changed to match an effect.
    pub fn record(&mut self, effect: Effect) -> Result<()> {
        match &effect {
            Effect::SettingChanged { org, change } => {
                if let Some(id) = self.org_id(org)? {
                    let allowed = match change {
                        OrgSetting::Allow(slugs) => {
                            let mut ids = std::collections::BTreeSet::new();
                            for slug in slugs {
                                ids.extend(self.org_id(slug)?);
                            }
                            Some(ids)
                        }
                        _ => None,
                    };
                    let p = self.policy_mut(id)?;
                    match change {
                        OrgSetting::ProhibitOutside(on) => p.prohibit_outside = *on,
                        OrgSetting::ProhibitFileSharing(on) => p.prohibit_file_sharing = *on,
                        OrgSetting::Allow(_) => p.allow = allowed.unwrap_or_default(),
                        OrgSetting::Plan(plan) => p.plan = *plan,
                        OrgSetting::Seats(_) => {}
                    }
                }
            }
            Effect::ExemptionSet {
                account_id,
                setting: Exemption::Outside,
                value,
                ..
            } => {
                let org = self.person(*account_id)?.org;
                self.set_side(*account_id, org, *value)?;
            }
            Effect::OrgChanged { account_id, to, .. } => {
                let org = self.org_id(to)?;
                let exempt = self.person(*account_id)?.exempt_outside;
                self.set_side(*account_id, org, exempt)?;
            }
            Effect::AccountDeleted { account_id, .. } => {
                self.set_status(*account_id, AccountStatus::Deleted)?;
            }
            _ => {}
        }
        self.plan.push(effect);
        Ok(())
    }

    /// The org a slug names, its settings loaded into this plan's view
    /// (plans read only the orgs they involve: issue 18.6).
    fn org_id(&mut self, slug: &str) -> Result<Option<OrgId>> {
        if let Some(id) = self.policies.id_of(slug) {
            return Ok(Some(id));
        }
        match crate::db::orgs::by_slug(self.conn, slug)? {
            Some(org) => {
                self.policies.ensure(self.conn, org.id)?;
                Ok(Some(org.id))
            }
            None => Ok(None),
        }
    }

    /// The account as this plan sees it.
    pub fn person(&mut self, id: AccountId) -> Result<&Person> {
        Ok(self.person_mut(id)?)
    }

    /// The account moves to `org` with the given `exempt_outside` within
    /// this plan (T9, R8) or has its exemption changed (C1). The one way a
    /// side changes, so that no chat's side index goes stale unnoticed.
    pub fn set_side(
        &mut self,
        id: AccountId,
        org: Option<OrgId>,
        exempt_outside: bool,
    ) -> Result<()> {
        if let Some(org) = org {
            self.policies.ensure(self.conn, org)?;
        }
        let person = self.person_mut(id)?;
        person.org = org;
        person.exempt_outside = exempt_outside;
        self.side_epoch += 1;
        Ok(())
    }

    /// The account is deleted by this plan (D1).
    pub fn set_status(&mut self, id: AccountId, status: AccountStatus) -> Result<()> {
        self.person_mut(id)?.status = status;
        Ok(())
    }

    /// An org's settings as this plan sees them, to change them (C1).
    pub fn policy_mut(&mut self, org: OrgId) -> Result<&mut OrgPolicy> {
        self.policies.ensure(self.conn, org)?;
        self.policies
            .get_mut(org)
            .ok_or_else(|| Error::not_found(format!("no org {org}")).into())
    }

    fn person_mut(&mut self, id: AccountId) -> Result<&mut Person> {
        if !self.people.contains_key(&id) {
            let a = accounts::by_id(self.conn, id)?
                .ok_or_else(|| Error::not_found(format!("no account {id}")))?;
            if let Some(org) = a.org_id {
                self.policies.ensure(self.conn, org)?;
            }
            self.people.insert(
                id,
                Person {
                    email: a.email.into(),
                    org: a.org_id,
                    exempt_outside: a.exempt_outside,
                    status: a.status,
                },
            );
        }
        // Inserted just above when it was missing.
        self.people
            .get_mut(&id)
            .ok_or_else(|| Error::unexpected("account cache").into())
    }

    /// Adds accounts the caller has just read (`accounts::by_ids`, in the
    /// same transaction) to this plan's view, so that the view does not read
    /// them again one by one (issue 13.8). An account already in the view
    /// keeps what the view has: this plan may have changed it.
    pub fn know(&mut self, accounts: &[crate::model::Account]) -> Result<()> {
        // Their orgs' settings, a batch at a time (`Policies::ensure_many`).
        self.policies
            .ensure_many(self.conn, accounts.iter().filter_map(|a| a.org_id))?;
        for a in accounts {
            if self.people.contains_key(&a.id) {
                continue;
            }
            self.people.insert(
                a.id,
                Person {
                    email: Text::from(&a.email),
                    org: a.org_id,
                    exempt_outside: a.exempt_outside,
                    status: a.status,
                },
            );
        }
        Ok(())
    }

    /// Reads ahead, in one statement per kind and `db::BATCH` accounts,
    /// what `clear_teams` and `login_of` will read for each of `accounts`
    /// (T8, D2, issue 14.1): a transfer approval of 1,000 users read them
    /// user by user, a round trip each on a server (issue 13.8).
    pub fn prefetch_moves(&mut self, accounts: &[AccountId]) -> Result<()> {
        let in_teams = accounts::in_teams(self.conn, accounts)?;
        let mut logins = crate::db::logins::of_accounts(self.conn, accounts)?;
        for &a in accounts {
            self.pre_teams.insert(a, in_teams.contains(&a));
            self.pre_logins.insert(a, logins.remove(&a));
        }
        Ok(())
    }

    /// The login role of an account, as stored (issue 14.1): what
    /// `prefetch_moves` read for it, else read now.
    pub fn login_of(&mut self, account: AccountId) -> Result<Option<String>> {
        match self.pre_logins.remove(&account) {
            Some(login) => Ok(login),
            None => crate::db::logins::of_account(self.conn, account),
        }
    }

    /// Marks accounts that this plan removes from everything.
    pub fn mark_departing(&mut self, ids: impl IntoIterator<Item = AccountId>) {
        self.departing.extend(ids);
    }

    /// Whether this plan already deleted or re-owned the file.
    pub fn is_gone_file(&self, id: FileId) -> bool {
        self.gone_files.contains(&id)
    }

    /// Deletes a file by itself (C2, C3), unless this plan already deleted
    /// or re-owned it, or deletes its chat.
    pub fn delete_file(&mut self, chat: ChatId, file: chats::FileRow, rule: &str) -> Result<()> {
        if self.gone_files.contains(&file.id) || self.chat_deleted(chat)? {
            return Ok(());
        }
        self.gone_files.insert(file.id);
        self.file_deleted(chat, file, rule)
    }

    /// The one `file_deleted` effect of a file this plan deletes (by itself,
    /// with its chat, or with its uploader: C2, C3, L2, L5, L6).
    fn file_deleted(&mut self, chat: ChatId, file: chats::FileRow, rule: &str) -> Result<()> {
        let rule = self.text(rule);
        self.record(Effect::FileDeleted {
            file_id: file.id,
            file_name: file.name.into(),
            chat_id: chat,
            size: file.size,
            rule,
        })
    }

    pub fn is_gone_task(&self, id: TaskId) -> bool {
        self.gone_tasks.contains(&id)
    }

    fn chat(&mut self, id: ChatId) -> Result<&mut ChatState> {
        if !self.chats.contains_key(&id) {
            let (chat, pair) = chats::with_pair(self.conn, id)?
                .ok_or_else(|| Error::not_found(format!("no chat {id}")))?;
            self.load_chat(chat, pair)?;
        }
        self.chats
            .get_mut(&id)
            .ok_or_else(|| Error::unexpected("chat cache").into())
    }

    /// Reads a chat's members (and their people) into the scratch view.
    fn load_chat(
        &mut self,
        chat: crate::model::Chat,
        pair: Option<(AccountId, AccountId)>,
    ) -> Result<()> {
        let id = chat.id;
        let mut members = Vec::new();
        let rows = chats::members(self.conn, id)?;
        // The members' orgs' settings at once, not two statements per org
        // (issue 13.8).
        self.policies
            .ensure_many(self.conn, rows.iter().filter_map(|m| m.org_id))?;
        for m in rows {
            members.push((m.account_id, m.role));
            self.people.entry(m.account_id).or_insert(Person {
                email: m.email.into(),
                org: m.org_id,
                exempt_outside: m.exempt_outside,
                status: m.status,
            });
        }
        // `chats::members` reads them in account order; sorting again
        // costs nothing then, and keeps `has_member` right regardless.
        members.sort_unstable_by_key(|(m, _)| *m);
        self.chats.insert(
            id,
            ChatState {
                kind: chat.kind,
                name: chat.name.map(Text::from),
                pair,
                members,
                deleted: false,
                sides: None,
            },
        )
    }

    /// D2, T8: the account's API token is revoked, if it has one.
    pub fn revoke_api_token(&mut self, a: &crate::model::Account) -> Result<()> {
        if a.has_api_token {
            self.record(Effect::ApiTokenRevoked {
                account: a.email.clone(),
                account_id: a.id,
            })?;
        }
        Ok(())
    }

    /// D2, T8, R3: the account's team memberships in its org end, if any.
    pub fn clear_teams(&mut self, a: &crate::model::Account) -> Result<()> {
        let in_team = match self.pre_teams.remove(&a.id) {
            Some(known) => known,
            None => !accounts::teams(self.conn, a.id)?.is_empty(),
        };
        if in_team {
            self.record(Effect::TeamsCleared {
                account: a.email.clone(),
                account_id: a.id,
            })?;
        }
        Ok(())
    }

    /// Whether the chat is deleted by this plan.
    pub fn chat_deleted(&mut self, id: ChatId) -> Result<bool> {
        Ok(self.chat(id)?.deleted)
    }

    /// Reads ahead, in a few statements per `db::BATCH` accounts, what
    /// `apply_policy` will read for each of `accounts` (issue 18.5: a policy
    /// change over a large org read it account by account, and each chat's
    /// members with their accounts chat by chat): their group and direct
    /// chats with the members of those not yet in the view, their
    /// contacts, and the people of all of them. My Chats are left out: the
    /// policy never removes anyone from one. Only what is stored is read;
    /// what this plan changed stays as the view has it.
    pub fn prefetch(&mut self, accounts: &[AccountId]) -> Result<()> {
        let conn = self.conn;
        let mut unknown: Vec<AccountId> = Vec::new();
        let mut seen: HashSet<AccountId> = HashSet::default();
        let mut want = |people: &HashMap<AccountId, Person>, id: AccountId| {
            if !people.contains_key(&id) && seen.insert(id) {
                unknown.push(id);
            }
        };
        for &a in accounts {
            want(&self.people, a);
            self.pre_groups.entry(a).or_default();
            self.pre_contacts.entry(a).or_default();
        }
        // Each account's chats, then each chat not yet in the view once
        // (issue 13.8: 1,000 users in the same 50 chats read them 50,000
        // times).
        let memberships = chats::chat_ids_of_accounts(conn, accounts)?;
        let mut unseen: Vec<ChatId> = Vec::new();
        let mut new_ids: HashSet<ChatId> = HashSet::default();
        for &(_, chat) in &memberships {
            if !self.chats.contains_key(&chat) && new_ids.insert(chat) {
                unseen.push(chat);
            }
        }
        let mut read: HashMap<ChatId, chats::ChatWithPair> = HashMap::default();
        let mut kinds: HashMap<ChatId, ChatKind> = HashMap::default();
        for (chat, pair) in chats::with_pair_many(conn, &unseen)? {
            kinds.insert(chat.id, chat.kind);
            read.insert(chat.id, (chat, pair));
        }
        let mut new_chats = Vec::new();
        for (account, chat) in memberships {
            let kind = match (kinds.get(&chat), self.chats.get(&chat)) {
                (Some(kind), _) => *kind,
                (None, Some(state)) => state.kind,
                // A membership without its chat: the foreign key makes it
                // impossible within one snapshot.
                (None, None) => continue,
            };
            match kind {
                ChatKind::My => continue,
                ChatKind::Group => self.pre_groups.entry(account).or_default().push(chat),
                ChatKind::Direct => {}
            }
            // In the order the memberships name them, once each.
            if let Some(c) = read.remove(&chat) {
                new_chats.push(c);
            }
        }
        for (account, other, chat) in chats::contact_pairs(conn, accounts)? {
            want(&self.people, other);
            self.pre_contacts
                .entry(account)
                .or_default()
                .push((other, chat));
        }
        let ids: Vec<ChatId> = new_chats.iter().map(|(c, _)| c.id).collect();
        let mut members: HashMap<ChatId, Vec<(AccountId, ChatRole)>> = HashMap::default();
        for (chat, account, role) in chats::member_roles(conn, &ids)? {
            want(&self.people, account);
            members.entry(chat).or_default().push((account, role));
        }
        let people = chats::people(conn, &unknown)?;
        self.policies
            .ensure_many(conn, people.iter().filter_map(|p| p.org_id))?;
        for p in people {
            self.people.entry(p.id).or_insert(Person {
                email: p.email.into(),
                org: p.org_id,
                exempt_outside: p.exempt_outside,
                status: p.status,
            });
        }
        for (chat, pair) in new_chats {
            // In account order, as `load_chat` keeps them.
            let members = members.remove(&chat.id).unwrap_or_default();
            self.chats.insert(
                chat.id,
                ChatState {
                    kind: chat.kind,
                    name: chat.name.map(Text::from),
                    pair,
                    members,
                    deleted: false,
                    sides: None,
                },
            )?;
        }
        Ok(())
    }

    /// The group chats an account is still a member of, as this plan sees
    /// them: what `prefetch` read for it, else `chats_of`.
    fn group_chats_of(&mut self, account: AccountId) -> Result<Vec<ChatId>> {
        let ids = match self.pre_groups.remove(&account) {
            Some(ids) => ids,
            None => self.chats_of(account)?,
        };
        let mut result = Vec::with_capacity(ids.len());
        for id in ids {
            let state = self.chat(id)?;
            if state.kind == ChatKind::Group && !state.deleted && state.has_member(account) {
                result.push(id);
            }
        }
        Ok(result)
    }

    /// The chats an account is still a member of, as this plan sees them.
    pub fn chats_of(&mut self, account: AccountId) -> Result<Vec<ChatId>> {
        let mut result = Vec::new();
        for (chat, pair) in chats::with_pair_of_account(self.conn, account)? {
            let id = chat.id;
            if !self.chats.contains_key(&id) {
                self.load_chat(chat, pair)?;
            }
            let state = self.chat(id)?;
            if !state.deleted && state.has_member(account) {
                result.push(id);
            }
        }
        Ok(result)
    }

    /// The contacts of an account not yet removed by this plan, with their
    /// direct chats.
    pub fn contacts_of(&mut self, account: AccountId) -> Result<Vec<(AccountId, ChatId)>> {
        if let Some(mut list) = self.pre_contacts.remove(&account) {
            list.retain(|(other, _)| !self.removed_contacts.contains(&pair_key(account, *other)));
            return Ok(list);
        }
        Ok(chats::contacts_of(self.conn, account)?
            .into_iter()
            .filter(|c| {
                !self
                    .removed_contacts
                    .contains(&pair_key(account, c.account_id))
            })
            .map(|c| (c.account_id, c.chat_id))
            .collect())
    }

    fn email(&mut self, id: AccountId) -> Result<Text> {
        Ok(self.person(id)?.email.clone())
    }

    /// `text` as this plan's one shared copy of it: a C1 plan cites the
    /// same rule, reason or fix in thousands of effects (issue 18.5).
    fn text(&mut self, text: &str) -> Text {
        if let Some(shared) = self.texts.get(text) {
            return shared.clone();
        }
        let shared = Text::from(text);
        self.texts.insert(shared.clone());
        shared
    }

    /// A chat's name as seen from `viewer` (CLI.md `chat_name`).
    fn chat_name(&mut self, chat: ChatId, viewer: Option<AccountId>) -> Result<Text> {
        let state = self.chat(chat)?;
        let (kind, pair) = (state.kind, state.pair);
        Ok(match kind {
            ChatKind::Group => state.name.clone().unwrap_or_default(),
            ChatKind::My => self.text("my"),
            ChatKind::Direct => match (pair, viewer) {
                (Some((a, b)), Some(v)) if v == a => self.email(b)?,
                (Some((a, b)), Some(v)) if v == b => self.email(a)?,
                (Some((a, b)), _) => format!("{} / {}", self.email(a)?, self.email(b)?).into(),
                (None, _) => Text::default(),
            },
        })
    }

    /// Removes a contact (D5, T10, C1); its direct chat is handled by the
    /// caller through `leave`.
    pub fn remove_contact(
        &mut self,
        account: AccountId,
        other: AccountId,
        rule: &str,
        reason: Text,
        fix: Option<Text>,
    ) -> Result<()> {
        if !self.removed_contacts.insert(pair_key(account, other)) {
            return Ok(());
        }
        let effect = Effect::ContactRemoved {
            account: self.email(account)?,
            account_id: account,
            other: self.email(other)?,
            other_id: other,
            rule: self.text(rule),
            reason,
            fix,
        };
        self.record(effect)?;
        Ok(())
    }

    /// L5 (and L6 on a policy break): deletes a chat with everything in it.
    /// The files and tasks that go with it are listed one by one, so that
    /// the preview shows what is lost.
    /// Deletes a chat with everything in it; `rule` is cited by the chat's
    /// deletion and by each file and task that goes with it.
    fn delete_chat(&mut self, chat: ChatId, rule: &str, reason: Text) -> Result<()> {
        let state = self.chat(chat)?;
        if state.deleted {
            return Ok(());
        }
        let (kind, pair) = (state.kind, state.pair);
        if let Some((a, b)) = pair
            && !self.removed_contacts.contains(&pair_key(a, b))
            && chats::contact_chat(self.conn, a, b)? == Some(chat)
        {
            // A direct chat never outlives its contact (I5).
            let reason = self.text("their direct chat is deleted");
            self.remove_contact(a, b, "L6", reason, None)?;
        }
        for f in chats::files_in(self.conn, chat)? {
            if self.gone_files.insert(f.id) {
                self.file_deleted(chat, f, rule)?;
            }
        }
        for t in chats::tasks_in(self.conn, chat)? {
            if self.gone_tasks.insert(t.id) {
                let rule = self.text(rule);
                self.record(Effect::TaskDeleted {
                    task_id: t.id,
                    chat_id: chat,
                    body: t.body.into(),
                    rule,
                })?;
            }
        }
        let chat_name = self.chat_name(chat, None)?;
        let rule = self.text(rule);
        self.record(Effect::ChatDeleted {
            chat_id: chat,
            chat_name,
            kind,
            reason,
            rule,
        })?;
        let state = self.chat(chat)?;
        state.deleted = true;
        state.members.clear();
        state.sides = None;
        Ok(())
    }

    /// `account` leaves `chat` (L1–L6). Leaving a chat the account is not in
    /// (any more) does nothing.
    pub fn leave(&mut self, account: AccountId, chat: ChatId, cause: &Cause) -> Result<()> {
        // Only what is needed is read from the chat: copying its members
        // for each leaver made a large chat cost its size squared.
        let state = self.chat(chat)?;
        if state.deleted || !state.has_member(account) {
            return Ok(());
        }
        let kind = state.kind;
        match (kind, cause) {
            // D4: a deleted account's My Chat goes with it.
            (ChatKind::My, _) => {
                let reason = self.text("the owner's My Chat is deleted with the account");
                return self.delete_chat(chat, "D4", reason);
            }
            // L6: on a policy break the direct chat is deleted for both.
            (ChatKind::Direct, Cause::PolicyBreak { rule, reason, .. }) => {
                let rule = format!("{rule}, L6");
                return self.delete_chat(chat, &rule, reason.clone());
            }
            // L6: on deletion the other stays alone, unless the chat has no
            // messages or the other is deleted too.
            (ChatKind::Direct, Cause::Deletion) => {
                let other = state
                    .members
                    .iter()
                    .map(|(m, _)| *m)
                    .find(|m| *m != account);
                let other_gone = match other {
                    None => true,
                    Some(o) => {
                        self.departing.contains(&o)
                            || self.person(o)?.status == AccountStatus::Deleted
                    }
                };
                if other_gone {
                    let reason = self.text("both accounts of the direct chat are deleted");
                    return self.delete_chat(chat, "L6", reason);
                }
                if chats::message_count(self.conn, chat)? == 0 {
                    let reason = self.text("the direct chat has no messages");
                    return self.delete_chat(chat, "L6", reason);
                }
            }
            (ChatKind::Group, _) => {}
        }

        // L1.
        let chat_name = self.chat_name(chat, Some(account))?;
        let (rule, reason, fix) = match cause {
            Cause::Deletion if kind == ChatKind::Direct => (self.text("L6"), None, None),
            Cause::Deletion => (self.text("D6"), None, None),
            Cause::PolicyBreak { rule, reason, fix } => {
                (rule.clone(), Some(reason.clone()), fix.clone())
            }
        };
        let email = self.email(account)?;
        self.record(Effect::ChatLeft {
            account: email,
            account_id: account,
            chat_id: chat,
            chat_name,
            kind,
            rule,
            reason,
            fix,
        })?;
        let leaver_side = {
            let p = self.person(account)?;
            (p.org, p.exempt_outside)
        };
        let epoch = self.side_epoch;
        let state = self.chat(chat)?;
        if let Ok(at) = state.members.binary_search_by_key(&account, |(m, _)| *m) {
            state.members.remove(at);
        }
        // The side index follows the members; a stale one is rebuilt on use.
        match &mut state.sides {
            Some(index) if index.epoch == epoch => {
                if let Some(at) = index.sides.iter().position(|(s, _)| *s == leaver_side) {
                    let ids = &mut index.sides[at].1;
                    if let Ok(i) = ids.binary_search(&account) {
                        ids.remove(i);
                    }
                    if index.sides[at].1.is_empty() {
                        index.sides.remove(at);
                    }
                }
            }
            _ => state.sides = None,
        }

        // L5: nobody is left.
        if state.members.is_empty() {
            let reason = self.text("no member remains");
            return self.delete_chat(chat, "L5", reason);
        }
        let has_admin = state.members.iter().any(|(_, r)| *r == ChatRole::Admin);

        // L2: the leaver's files go to its org if someone of that org stays
        // (for a transfer, the org it moves to); else they are deleted.
        // Members who stay after this plan count (deleted accounts do not).
        let org = self.person(account)?.org;
        let mut same_org_stays = false;
        if let Some(org) = org {
            let (people, departing) = (&self.people, &self.departing);
            same_org_stays = self.chats[&chat].members.iter().any(|(m, _)| {
                !departing.contains(m) && people.get(m).is_some_and(|p| p.org == Some(org))
            });
        }
        let org_slug = org
            .and_then(|o| self.policies.get(o))
            .map(|p| p.slug.clone())
            .unwrap_or_default();
        let org_slug = self.text(&org_slug);
        for f in chats::own_files_in(self.conn, chat, account)? {
            if !self.gone_files.insert(f.id) {
                continue;
            }
            match org {
                Some(org_id) if same_org_stays => self.record(Effect::FileReowned {
                    file_id: f.id,
                    file_name: f.name.into(),
                    chat_id: chat,
                    org: org_slug.clone(),
                    org_id,
                    size: f.size,
                })?,
                _ => self.file_deleted(chat, f, "L2")?,
            }
        }

        // L3: tasks the leaver is in charge of are deleted; the ones it
        // requested stay.
        for t in chats::tasks_involving(self.conn, chat, account)? {
            if t.assignee == account && self.gone_tasks.insert(t.id) {
                let rule = self.text("L3");
                self.record(Effect::TaskDeleted {
                    task_id: t.id,
                    chat_id: chat,
                    body: t.body.into(),
                    rule,
                })?;
            }
        }

        // L4: a group without an admin makes every remaining member who
        // stays an admin.
        if kind == ChatKind::Group && !has_admin {
            let staying: Vec<AccountId> = self.chats[&chat]
                .members
                .iter()
                .map(|(m, _)| *m)
                .filter(|m| !self.departing.contains(m))
                .collect();
            for m in staying {
                let email = self.email(m)?;
                self.record(Effect::ChatAdminGranted {
                    account: email,
                    account_id: m,
                    chat_id: chat,
                })?;
                let members = &mut self.chat(chat)?.members;
                if let Ok(at) = members.binary_search_by_key(&m, |(id, _)| *id) {
                    members[at].1 = ChatRole::Admin;
                }
            }
        }
        Ok(())
    }

    /// The members of a group chat grouped by side, as this plan sees them
    /// now: built on first use, kept by `leave`, rebuilt after `set_side`.
    fn index_sides(&mut self, chat: ChatId) -> Result<&SideIndex> {
        let epoch = self.side_epoch;
        self.chat(chat)?;
        let (people, state) = (&self.people, self.chats.get_mut(&chat));
        let Some(state) = state else {
            return Err(Error::unexpected("chat cache").into());
        };
        if state.sides.as_ref().is_none_or(|i| i.epoch != epoch) {
            // Members are in account order, so each side's list is too.
            let mut sides: Vec<(Side, Vec<AccountId>)> = Vec::new();
            for (m, _) in &state.members {
                // `chat` loaded every member's person with the chat.
                let Some(p) = people.get(m) else { continue };
                let side = (p.org, p.exempt_outside);
                match sides.iter_mut().find(|(s, _)| *s == side) {
                    Some((_, ids)) => ids.push(*m),
                    None => sides.push((side, vec![*m])),
                }
            }
            state.sides = Some(Box::new(SideIndex { epoch, sides }));
        }
        state
            .sides
            .as_deref()
            .ok_or_else(|| Error::unexpected("side index").into())
    }

    /// Applies the communication policy to `account` as the state now stands
    /// in this plan (T10, C1, R8): each contact it may no longer talk to is
    /// removed with their direct chat, and it leaves each group chat that
    /// holds a member it may no longer talk to.
    pub fn apply_policy(&mut self, account: AccountId, rule: &str) -> Result<()> {
        let me = self.person(account)?.clone();
        let me_party = Party {
            email: &me.email,
            org: me.org,
            exempt_outside: me.exempt_outside,
        };
        for (other, chat) in self.contacts_of(account)? {
            let them = self.person(other)?.clone();
            let them_party = Party {
                email: &them.email,
                org: them.org,
                exempt_outside: them.exempt_outside,
            };
            if let Some(broken) = self.policies.check(&me_party, &them_party) {
                let (reason, fix) = (self.text(&broken.reason), self.text(&broken.fix));
                self.remove_contact(account, other, rule, reason.clone(), Some(fix.clone()))?;
                let cause = Cause::PolicyBreak {
                    rule: self.text(rule),
                    reason,
                    fix: Some(fix),
                };
                self.leave(account, chat, &cause)?;
            }
        }
        for chat in self.group_chats_of(account)? {
            // The first member, in account order, that `account` may no
            // longer talk to: the first of each side that breaks, compared.
            // Sides are few, so this costs the number of orgs in the chat,
            // not its members.
            let me_side = (me.org, me.exempt_outside);
            self.index_sides(chat)?;
            let first_broken = {
                let policies = &self.policies;
                let Some(index) = self.chats.get(&chat).and_then(|c| c.sides.as_ref()) else {
                    continue;
                };
                index
                    .sides
                    .iter()
                    .filter(|(side, _)| *side != me_side)
                    .filter(|(side, _)| {
                        let them = Party {
                            email: "",
                            org: side.0,
                            exempt_outside: side.1,
                        };
                        policies.refuses(&me_party, &them)
                    })
                    .filter_map(|(_, ids)| ids.iter().find(|m| **m != account).copied())
                    .min()
            };
            let Some(first) = first_broken else { continue };
            let them = self.person(first)?.clone();
            let them_party = Party {
                email: &them.email,
                org: them.org,
                exempt_outside: them.exempt_outside,
            };
            if let Some(broken) = self.policies.check(&me_party, &them_party) {
                let cause = Cause::PolicyBreak {
                    rule: self.text(rule),
                    reason: self.text(&format!(
                        "may no longer talk to {}: {}",
                        them.email, broken.reason
                    )),
                    fix: Some(self.text(&broken.fix)),
                };
                self.leave(account, chat, &cause)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;
    use crate::db::Db;
    use crate::model::{Exemption, Role};
    use crate::plan::OrgSetting;

    const WORLD: &str = r#"
[[org]]
slug = "a"
name = "A"
plan = "enterprise"
seats = 5
[[org]]
slug = "b"
name = "B"
plan = "enterprise"
seats = 5
[[account]]
email = "a0@a.example"
name = "a0"
org = "a"
role = "admin"
account_id = 1000
[[account]]
email = "b0@b.example"
name = "b0"
org = "b"
role = "admin"
account_id = 2000
"#;

    /// `record` is the one place an effect changes the scratch view: the
    /// rules that follow see the org, exemption, deletion and policy the
    /// effect makes.
    #[test]
    fn record_pushes_the_effect_and_updates_the_view() {
        let mut db = Db::open_in_memory().unwrap();
        let now = &crate::model::Timestamp::parse("2026-01-01T00:00:00Z").unwrap();
        db.write(|tx| {
            let scenario = crate::domain::fixture::parse(WORLD, "world").unwrap();
            crate::domain::fixture::load(tx, &scenario, now)?;
            let (a, b) = (OrgId(1), OrgId(2));
            let mut s = Scratch::new(tx, Plan::new("test"))?;
            let a0 = AccountId(1000);
            s.record(Effect::OrgChanged {
                account: "a0@a.example".into(),
                account_id: a0,
                from: Some("a".into()),
                to: "b".into(),
                role: Role::Member,
            })?;
            assert_eq!(s.person(a0)?.org, Some(b));
            s.record(Effect::ExemptionSet {
                account: "a0@a.example".into(),
                account_id: a0,
                setting: Exemption::Outside,
                value: true,
            })?;
            assert!(s.person(a0)?.exempt_outside);
            s.record(Effect::SettingChanged {
                org: "a".into(),
                change: OrgSetting::ProhibitOutside(true),
            })?;
            assert!(s.policies.get(a).unwrap().prohibit_outside);
            s.record(Effect::SettingChanged {
                org: "a".into(),
                change: OrgSetting::Allow(vec!["b".into()]),
            })?;
            assert!(s.policies.get(a).unwrap().allow.contains(&b));
            s.record(Effect::AccountDeleted {
                account: "a0@a.example".into(),
                account_id: a0,
            })?;
            assert_eq!(s.person(a0)?.status, AccountStatus::Deleted);
            assert_eq!(s.into_plan().effects.len(), 5);
            Ok(())
        })
        .unwrap();
    }
}

#[cfg(test)]
mod tests {
    use super::Scratch;
    use crate::db::{Db, accounts};
    use crate::domain::{delete, fixture};
    use crate::plan::Plan;

    /// `extra` orgs with admins and allow-lists that no chat of `a1` involves.
    fn world(extra: usize) -> Db {
        let mut toml = String::from(
            r#"
[[org]]
slug = "a"
name = "A"
plan = "enterprise"
seats = 10
[[org]]
slug = "b"
name = "B"
plan = "business"
seats = 10
[[account]]
email = "a0@a.example"
name = "a0"
org = "a"
role = "admin"
[[account]]
email = "a1@a.example"
name = "a1"
org = "a"
[[account]]
email = "b0@b.example"
name = "b0"
org = "b"
role = "admin"
[[group]]
name = "G"
admins = ["a0@a.example"]
members = ["a1@a.example", "b0@b.example"]
[[contact]]
between = ["a1@a.example", "b0@b.example"]
"#,
        );
        for i in 0..extra {
            toml.push_str(&format!(
                "[[org]]\nslug = \"x{i}\"\nname = \"X{i}\"\nplan = \"enterprise\"\nseats = 2\nallow = [\"a\"]\n\
                 [[account]]\nemail = \"x{i}@x.example\"\nname = \"x{i}\"\norg = \"x{i}\"\nrole = \"admin\"\n"
            ));
        }
        let scenario = fixture::parse(&toml, "test").unwrap();
        let mut db = Db::open_in_memory().unwrap();
        db.write(|tx| {
            fixture::load(
                tx,
                &scenario,
                &crate::model::Timestamp::parse("2026-11-23T09:00:00Z").unwrap(),
            )
        })
        .unwrap();
        db
    }

    #[test]
    fn a_plan_reads_the_settings_of_the_orgs_it_involves_only() {
        // Issue 18: a deletion preview read every org and allow-list.
        for extra in [0, 40] {
            let mut db = world(extra);
            let known = db
                .read(|tx| {
                    let a1 = accounts::by_email(tx, "a1@a.example")?.unwrap();
                    let mut scratch = Scratch::new(tx, Plan::new("user.delete"))?;
                    scratch.mark_departing([a1.id]);
                    delete::delete_account(&mut scratch, &a1)?;
                    assert!(!scratch.plan.effects.is_empty());
                    Ok(scratch.policies.known())
                })
                .unwrap();
            assert_eq!(known, 2, "with {extra} other orgs: a and b only");
        }
    }
}

#[cfg(test)]
mod prefetch_tests {
    use super::Scratch;
    use crate::db::{Db, orgs};
    use crate::domain::{delete, fixture};
    use crate::plan::Plan;

    /// A prohibits outside users; its members share a group with B's and
    /// C's members (two of A's among them, so a later member finds the group
    /// as an earlier one left it), a contact each with B, one between
    /// themselves, files and a task; plus My Chats.
    const WORLD: &str = r#"
[[org]]
slug = "a"
name = "A"
plan = "enterprise"
seats = 10
[[org]]
slug = "b"
name = "B"
plan = "business"
seats = 10
[[org]]
slug = "c"
name = "C"
plan = "business"
seats = 10
[[account]]
email = "a0@a.example"
name = "a0"
org = "a"
role = "admin"
[[account]]
email = "a1@a.example"
name = "a1"
org = "a"
[[account]]
email = "a2@a.example"
name = "a2"
org = "a"
[[account]]
email = "b0@b.example"
name = "b0"
org = "b"
role = "admin"
[[account]]
email = "c0@c.example"
name = "c0"
org = "c"
role = "admin"
[[group]]
name = "G"
admins = ["a1@a.example"]
members = ["a2@a.example", "b0@b.example", "c0@c.example"]
[[group]]
name = "H"
admins = ["b0@b.example"]
members = ["a0@a.example"]
[[contact]]
between = ["a1@a.example", "b0@b.example"]
[[contact]]
between = ["a2@a.example", "b0@b.example"]
[[contact]]
between = ["a1@a.example", "a2@a.example"]
[[message]]
chat = "G"
from = "b0@b.example"
body = "hi"
[[file]]
chat = "G"
uploader = "a1@a.example"
name = "f1"
[[file]]
chat = "G"
uploader = "a2@a.example"
name = "f2"
[[task]]
chat = "G"
requester = "b0@b.example"
assignee = "a2@a.example"
body = "t"
"#;

    /// Issue 18.5: reading ahead (`prefetch`) reads what the lazy reads
    /// would, so C1 over an org plans exactly the same effects either way.
    #[test]
    fn reading_ahead_plans_the_same_effects() {
        let scenario = fixture::parse(WORLD, "test").unwrap();
        let mut db = Db::open_in_memory().unwrap();
        let now = crate::model::Timestamp::parse("2026-11-23T09:00:00Z").unwrap();
        db.write(|tx| fixture::load(tx, &scenario, &now)).unwrap();
        let plans = db
            .read(|tx| {
                let a = orgs::by_slug(tx, "a")?.unwrap();
                let members = delete::ids(&delete::live_members(tx, a.id)?);
                let mut plans = Vec::new();
                for read_ahead in [false, true] {
                    let mut scratch = Scratch::new(tx, Plan::new("org.set"))?;
                    scratch.policy_mut(a.id)?.prohibit_outside = true;
                    if read_ahead {
                        scratch.prefetch(&members)?;
                    }
                    for &m in &members {
                        scratch.apply_policy(m, "C1")?;
                    }
                    plans.push(scratch.into_plan().effects);
                }
                Ok(plans)
            })
            .unwrap();
        let kinds: Vec<String> = plans[0].iter().map(|e| e.kind()).collect();
        for kind in [
            "contact_removed",
            "chat_deleted",
            "chat_left",
            "file_deleted",
        ] {
            assert!(kinds.iter().any(|k| k == kind), "no {kind} in {kinds:?}");
        }
        assert_eq!(plans[0], plans[1]);
    }
}
