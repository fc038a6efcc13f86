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

use std::collections::{HashMap, HashSet};

use crate::db::Tx;

use super::policy::{Party, Policies};
use crate::db::{accounts, chats};
use crate::error::{Error, Result};
use crate::model::{
    AccountId, AccountStatus, ChatId, ChatKind, ChatRole, Exemption, FileId, OrgId, TaskId,
};
use crate::plan::{Effect, OrgSetting, Plan};

/// What the rules need to know of an account.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub email: String,
    pub name: String,
    pub org: Option<OrgId>,
    pub exempt_outside: bool,
    pub status: AccountStatus,
}

#[derive(Debug, Clone)]
struct ChatState {
    kind: ChatKind,
    name: Option<String>,
    /// The contact pair of a direct chat.
    pair: Option<(AccountId, AccountId)>,
    members: Vec<(AccountId, ChatRole)>,
    deleted: bool,
}

/// Why an account leaves a chat.
#[derive(Debug, Clone, PartialEq)]
pub enum Cause {
    /// The account is deleted (§6).
    Deletion,
    /// The account may no longer talk to someone in the chat (T10, C1, R8);
    /// `rule` is the rule that applies the policy.
    PolicyBreak {
        rule: String,
        reason: String,
        fix: Option<String>,
    },
}

/// The state as a plan sees it while it is being computed.
pub struct Scratch<'c> {
    conn: &'c Tx,
    pub policies: Policies,
    people: HashMap<AccountId, Person>,
    chats: HashMap<ChatId, ChatState>,
    /// Accounts this plan removes from everything (deleted accounts): they
    /// do not count as remaining members for L2 and L4.
    departing: HashSet<AccountId>,
    gone_files: HashSet<FileId>,
    gone_tasks: HashSet<TaskId>,
    removed_contacts: HashSet<(AccountId, AccountId)>,
    pub plan: Plan,
}

fn pair_key(a: AccountId, b: AccountId) -> (AccountId, AccountId) {
    if a < b { (a, b) } else { (b, a) }
}

impl<'c> Scratch<'c> {
    pub fn new(conn: &'c Tx, plan: Plan) -> Result<Scratch<'c>> {
        Ok(Scratch {
            conn,
            policies: Policies::load(conn)?,
            people: HashMap::new(),
            chats: HashMap::new(),
            departing: HashSet::new(),
            gone_files: HashSet::new(),
            gone_tasks: HashSet::new(),
            removed_contacts: HashSet::new(),
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
                let id = self.policies.id_of(org);
                let allowed: Option<std::collections::BTreeSet<OrgId>> = match change {
                    OrgSetting::Allow(slugs) => Some(
                        slugs
                            .iter()
                            .filter_map(|s| self.policies.id_of(s))
                            .collect(),
                    ),
                    _ => None,
                };
                if let Some(p) = id.and_then(|id| self.policies.get_mut(id)) {
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
            } => self.person(*account_id)?.exempt_outside = *value,
            Effect::OrgChanged { account_id, to, .. } => {
                let org = self.policies.id_of(to);
                self.person(*account_id)?.org = org;
            }
            Effect::AccountDeleted { account_id, .. } => {
                self.person(*account_id)?.status = AccountStatus::Deleted;
            }
            _ => {}
        }
        self.plan.push(effect);
        Ok(())
    }

    /// The account as this plan sees it.
    pub fn person(&mut self, id: AccountId) -> Result<&mut Person> {
        if !self.people.contains_key(&id) {
            let a = accounts::by_id(self.conn, id)?
                .ok_or_else(|| Error::not_found(format!("no account {id}")))?;
            self.people.insert(
                id,
                Person {
                    email: a.email,
                    name: a.name,
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
        self.record(Effect::FileDeleted {
            file_id: file.id,
            file_name: file.name,
            chat_id: chat,
            size: file.size,
            rule: rule.to_string(),
        })?;
        Ok(())
    }

    pub fn is_gone_task(&self, id: TaskId) -> bool {
        self.gone_tasks.contains(&id)
    }

    fn chat(&mut self, id: ChatId) -> Result<&mut ChatState> {
        if !self.chats.contains_key(&id) {
            let chat = chats::by_id(self.conn, id)?
                .ok_or_else(|| Error::not_found(format!("no chat {id}")))?;
            let pair = if chat.kind == ChatKind::Direct {
                chats::pair(self.conn, id)?
            } else {
                None
            };
            let mut members = Vec::new();
            for m in chats::members(self.conn, id)? {
                members.push((m.account_id, m.role));
                self.people.entry(m.account_id).or_insert(Person {
                    email: m.email,
                    name: m.name,
                    org: m.org_id,
                    exempt_outside: m.exempt_outside,
                    status: m.status,
                });
            }
            self.chats.insert(
                id,
                ChatState {
                    kind: chat.kind,
                    name: chat.name,
                    pair,
                    members,
                    deleted: false,
                },
            );
        }
        self.chats
            .get_mut(&id)
            .ok_or_else(|| Error::unexpected("chat cache").into())
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
        if !accounts::teams(self.conn, a.id)?.is_empty() {
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

    /// The chats an account is still a member of, as this plan sees them.
    pub fn chats_of(&mut self, account: AccountId) -> Result<Vec<ChatId>> {
        let mut result = Vec::new();
        for chat in chats::of_account(self.conn, account)? {
            let state = self.chat(chat.id)?;
            if !state.deleted && state.members.iter().any(|(m, _)| *m == account) {
                result.push(chat.id);
            }
        }
        Ok(result)
    }

    /// The contacts of an account not yet removed by this plan, with their
    /// direct chats.
    pub fn contacts_of(&mut self, account: AccountId) -> Result<Vec<(AccountId, ChatId)>> {
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

    fn email(&mut self, id: AccountId) -> Result<String> {
        Ok(self.person(id)?.email.clone())
    }

    /// A chat's name as seen from `viewer` (CLI.md `chat_name`).
    fn chat_name(&mut self, chat: ChatId, viewer: Option<AccountId>) -> Result<String> {
        let state = self.chat(chat)?.clone();
        Ok(match state.kind {
            ChatKind::Group => state.name.unwrap_or_default(),
            ChatKind::My => "my".to_string(),
            ChatKind::Direct => match (state.pair, viewer) {
                (Some((a, b)), Some(v)) if v == a => self.email(b)?,
                (Some((a, b)), Some(v)) if v == b => self.email(a)?,
                (Some((a, b)), _) => format!("{} / {}", self.email(a)?, self.email(b)?),
                (None, _) => String::new(),
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
        reason: String,
        fix: Option<String>,
    ) -> Result<()> {
        if !self.removed_contacts.insert(pair_key(account, other)) {
            return Ok(());
        }
        let effect = Effect::ContactRemoved {
            account: self.email(account)?,
            account_id: account,
            other: self.email(other)?,
            other_id: other,
            rule: rule.to_string(),
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
    fn delete_chat(&mut self, chat: ChatId, rule: &str, reason: String) -> Result<()> {
        let state = self.chat(chat)?.clone();
        if state.deleted {
            return Ok(());
        }
        if let Some((a, b)) = state.pair
            && !self.removed_contacts.contains(&pair_key(a, b))
            && chats::contact_chat(self.conn, a, b)? == Some(chat)
        {
            // A direct chat never outlives its contact (I5).
            self.remove_contact(a, b, "L6", "their direct chat is deleted".into(), None)?;
        }
        for f in chats::files_in(self.conn, chat)? {
            if self.gone_files.insert(f.id) {
                self.record(Effect::FileDeleted {
                    file_id: f.id,
                    file_name: f.name,
                    chat_id: chat,
                    size: f.size,
                    rule: rule.to_string(),
                })?;
            }
        }
        for t in chats::tasks_in(self.conn, chat)? {
            if self.gone_tasks.insert(t.id) {
                self.record(Effect::TaskDeleted {
                    task_id: t.id,
                    chat_id: chat,
                    body: t.body,
                    rule: rule.to_string(),
                })?;
            }
        }
        let chat_name = self.chat_name(chat, None)?;
        self.record(Effect::ChatDeleted {
            chat_id: chat,
            chat_name,
            kind: state.kind,
            reason,
            rule: rule.to_string(),
        })?;
        let state = self.chat(chat)?;
        state.deleted = true;
        state.members.clear();
        Ok(())
    }

    /// `account` leaves `chat` (L1–L6). Leaving a chat the account is not in
    /// (any more) does nothing.
    pub fn leave(&mut self, account: AccountId, chat: ChatId, cause: &Cause) -> Result<()> {
        let state = self.chat(chat)?.clone();
        if state.deleted || !state.members.iter().any(|(m, _)| *m == account) {
            return Ok(());
        }
        match (state.kind, cause) {
            // D4: a deleted account's My Chat goes with it.
            (ChatKind::My, _) => {
                return self.delete_chat(
                    chat,
                    "D4",
                    "the owner's My Chat is deleted with the account".into(),
                );
            }
            // L6: on a policy break the direct chat is deleted for both.
            (ChatKind::Direct, Cause::PolicyBreak { rule, reason, .. }) => {
                return self.delete_chat(chat, &format!("{rule}, L6"), reason.clone());
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
                    return self.delete_chat(
                        chat,
                        "L6",
                        "both accounts of the direct chat are deleted".into(),
                    );
                }
                if chats::message_count(self.conn, chat)? == 0 {
                    return self.delete_chat(chat, "L6", "the direct chat has no messages".into());
                }
            }
            (ChatKind::Group, _) => {}
        }

        // L1.
        let chat_name = self.chat_name(chat, Some(account))?;
        let (rule, reason, fix) = match cause {
            Cause::Deletion if state.kind == ChatKind::Direct => ("L6".to_string(), None, None),
            Cause::Deletion => ("D6".to_string(), None, None),
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
            kind: state.kind,
            rule,
            reason,
            fix,
        })?;
        self.chat(chat)?.members.retain(|(m, _)| *m != account);
        let remaining = self.chat(chat)?.members.clone();

        // L5: nobody is left.
        if remaining.is_empty() {
            return self.delete_chat(chat, "L5", "no member remains".into());
        }
        // Members who stay after this plan (deleted accounts do not).
        let staying: Vec<(AccountId, ChatRole)> = remaining
            .iter()
            .copied()
            .filter(|(m, _)| !self.departing.contains(m))
            .collect();

        // L2: the leaver's files go to its org if someone of that org stays
        // (for a transfer, the org it moves to); else they are deleted.
        let org = self.person(account)?.org;
        let mut same_org_stays = false;
        if let Some(org) = org {
            for (m, _) in &staying {
                if self.person(*m)?.org == Some(org) {
                    same_org_stays = true;
                    break;
                }
            }
        }
        let org_slug = org
            .and_then(|o| self.policies.get(o))
            .map(|p| p.slug.clone())
            .unwrap_or_default();
        for f in chats::own_files_in(self.conn, chat, account)? {
            if !self.gone_files.insert(f.id) {
                continue;
            }
            match org {
                Some(org_id) if same_org_stays => self.record(Effect::FileReowned {
                    file_id: f.id,
                    file_name: f.name,
                    chat_id: chat,
                    org: org_slug.clone(),
                    org_id,
                    size: f.size,
                })?,
                _ => self.record(Effect::FileDeleted {
                    file_id: f.id,
                    file_name: f.name,
                    chat_id: chat,
                    size: f.size,
                    rule: "L2".into(),
                })?,
            }
        }

        // L3: tasks the leaver is in charge of are deleted; the ones it
        // requested stay.
        for t in chats::tasks_involving(self.conn, chat, account)? {
            if t.assignee == account && self.gone_tasks.insert(t.id) {
                self.record(Effect::TaskDeleted {
                    task_id: t.id,
                    chat_id: chat,
                    body: t.body,
                    rule: "L3".into(),
                })?;
            }
        }

        // L4: a group without an admin makes every remaining member an admin.
        if state.kind == ChatKind::Group && !remaining.iter().any(|(_, r)| *r == ChatRole::Admin) {
            for (m, _) in staying {
                let email = self.email(m)?;
                self.record(Effect::ChatAdminGranted {
                    account: email,
                    account_id: m,
                    chat_id: chat,
                })?;
                for member in &mut self.chat(chat)?.members {
                    if member.0 == m {
                        member.1 = ChatRole::Admin;
                    }
                }
            }
        }
        Ok(())
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
                self.remove_contact(
                    account,
                    other,
                    rule,
                    broken.reason.clone(),
                    Some(broken.fix.clone()),
                )?;
                self.leave(
                    account,
                    chat,
                    &Cause::PolicyBreak {
                        rule: rule.to_string(),
                        reason: broken.reason,
                        fix: Some(broken.fix),
                    },
                )?;
            }
        }
        for chat in self.chats_of(account)? {
            if self.chat(chat)?.kind != ChatKind::Group {
                continue;
            }
            // `self.chat(chat)` above loaded the chat (so indexing cannot
            // fail) and its members' people, which are checked by reference:
            // a large group costs no copies.
            let broken = {
                let (people, policies) = (&self.people, &self.policies);
                self.chats[&chat]
                    .members
                    .iter()
                    .filter(|(m, _)| *m != account)
                    .find_map(|(m, _)| {
                        let them = people.get(m)?;
                        let them_party = Party {
                            email: &them.email,
                            org: them.org,
                            exempt_outside: them.exempt_outside,
                        };
                        policies
                            .check(&me_party, &them_party)
                            .map(|b| (them.email.clone(), b))
                    })
            };
            if let Some((email, broken)) = broken {
                let cause = Cause::PolicyBreak {
                    rule: rule.to_string(),
                    reason: format!("may no longer talk to {email}: {}", broken.reason),
                    fix: Some(broken.fix),
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
        let now = "2026-01-01T00:00:00Z";
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
