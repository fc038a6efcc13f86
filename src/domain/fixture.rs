//! `fixture load`: a whole scenario (CLI.md "Fixture scenario format") into
//! an empty database. Every entry is checked, every problem is reported with
//! the entry that has it, and the state is checked against SPEC §9 before it
//! is committed: a scenario that breaks an invariant is refused whole.

use crate::model::Timestamp;
use std::collections::{HashMap, HashSet};

use crate::db::Tx;
use serde::Deserialize;

use super::leave::Scratch;
use super::policy::Policies;
use super::{invariants, validate};
use crate::db::{accounts, chats, orgs};
use crate::error::{Error, Result, echo};
use crate::model::{
    AccountId, AccountStatus, ChatId, ChatKind, ChatRole, OrgId, OrgPlan, Prohibition, Role,
    TaskStatus,
};
use crate::plan::Blocker;
use crate::secrets;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default)]
    pub org: Vec<FxOrg>,
    #[serde(default)]
    pub account: Vec<FxAccount>,
    #[serde(default)]
    pub contact: Vec<FxContact>,
    #[serde(default)]
    pub group: Vec<FxGroup>,
    #[serde(default)]
    pub message: Vec<FxMessage>,
    #[serde(default)]
    pub file: Vec<FxFile>,
    #[serde(default)]
    pub task: Vec<FxTask>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FxOrg {
    pub slug: String,
    pub name: String,
    pub plan: String,
    pub seats: i64,
    #[serde(default)]
    pub prohibit_outside: bool,
    #[serde(default)]
    pub prohibit_file_sharing: bool,
    #[serde(default)]
    pub allow: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FxAccount {
    pub email: String,
    pub name: String,
    pub org: Option<String>,
    pub role: Option<String>,
    pub account_id: Option<i64>,
    pub chatwork_id: Option<String>,
    pub password: Option<String>,
    #[serde(default)]
    pub exempt_outside: bool,
    #[serde(default)]
    pub exempt_file: bool,
    #[serde(default)]
    pub api_token: bool,
    #[serde(default)]
    pub teams: Vec<String>,
    pub status: Option<String>,
    /// D3 (issue 12): the account was deleted at this time (RFC 3339),
    /// after everything else in the scenario happened: it is loaded, then
    /// deleted by the deletion rules (§6) at that time, so its past posts
    /// show "Cancelled Users" before 2016-03-09 JST and "NAME (Cancelled)"
    /// after.
    pub deleted_at: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FxContact {
    pub between: Vec<String>,
    pub chat: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FxGroup {
    pub name: String,
    #[serde(default)]
    pub admins: Vec<String>,
    #[serde(default)]
    pub members: Vec<String>,
    #[serde(default)]
    pub readonly: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FxMessage {
    pub chat: String,
    pub from: String,
    pub body: String,
    pub count: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FxFile {
    pub chat: String,
    pub uploader: String,
    pub name: String,
    pub size: Option<i64>,
    pub owner_org: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FxTask {
    pub chat: String,
    pub requester: String,
    pub assignee: String,
    pub body: String,
    pub status: Option<String>,
}

/// Parses a scenario; a TOML error names the line and the key.
pub fn parse(text: &str, source: &str) -> Result<Scenario> {
    toml::from_str(text).map_err(|e| {
        Error::refused(format!("{source}: {}", e.to_string().trim_end()))
            .with_hint("the format is described in docs/cli.md, \"Fixture format (TOML)\"")
            .into()
    })
}

/// What a load created, for the report.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Loaded {
    pub orgs: usize,
    pub accounts: usize,
    pub contacts: usize,
    pub groups: usize,
    pub messages: u64,
    pub files: usize,
    pub tasks: usize,
}

/// An account as the loader knows it while it works.
#[derive(Clone, Copy)]
struct Person {
    id: AccountId,
    org: Option<OrgId>,
    exempt_file: bool,
}

/// Collects the problems of the scenario, each naming its entry.
#[derive(Default)]
struct Problems(Vec<Blocker>);

impl Problems {
    fn add(&mut self, rule: &str, entry: String, message: impl std::fmt::Display) {
        self.0.push(Blocker {
            rule: rule.to_string(),
            message: format!("{entry}: {message}"),
            hint: None,
            not_found: false,
        });
    }
}

/// Loads `scenario` into the (empty) database behind `conn`, which the
/// caller holds in one write transaction; on any problem the caller rolls
/// back and nothing is written. Each kind of entry is one step, in the
/// order in which they refer to each other.
pub fn load(conn: &Tx, scenario: &Scenario, now: &Timestamp) -> Result<Loaded> {
    if !orgs::database_is_empty(conn)? {
        return Err(Error::refused(
            "fixture load needs an empty database, and this one already holds orgs or accounts",
        )
        .with_hint("use a new --db path, or delete the database file first")
        .into());
    }
    let mut loader = Loader::new(conn, now);
    loader.orgs(&scenario.org)?;
    loader.allow_lists(&scenario.org)?;
    loader.accounts(&scenario.account)?;
    loader.contacts(&scenario.contact)?;
    loader.groups(&scenario.group)?;
    loader.messages(&scenario.message)?;
    loader.files(&scenario.file)?;
    loader.tasks(&scenario.task)?;
    loader.finish(scenario)
}

/// What a load knows while it works: the names entries use for each other
/// (slugs, e-mails, chat keys), who is in which chat, and the problems so far.
struct Loader<'c> {
    conn: &'c Tx,
    now: &'c Timestamp,
    problems: Problems,
    loaded: Loaded,
    org_ids: HashMap<String, OrgId>,
    people: HashMap<String, Person>,
    /// Chats by the names messages, files and tasks use: a group's name, a
    /// contact's chat key, `my:EMAIL`.
    chat_keys: HashMap<String, ChatId>,
    members: HashMap<ChatId, HashSet<AccountId>>,
}

impl<'c> Loader<'c> {
    fn new(conn: &'c Tx, now: &'c Timestamp) -> Loader<'c> {
        Loader {
            conn,
            now,
            problems: Problems::default(),
            loaded: Loaded::default(),
            org_ids: HashMap::new(),
            people: HashMap::new(),
            chat_keys: HashMap::new(),
            members: HashMap::new(),
        }
    }

    /// Orgs, with their prohibited-acts settings (§1).
    fn orgs(&mut self, list: &[FxOrg]) -> Result<()> {
        for (i, o) in list.iter().enumerate() {
            let entry = format!("[[org]] #{} ({})", i + 1, echo(&o.slug));
            if let Err(e) = validate::slug(&o.slug) {
                self.problems.add("§1", entry, e);
                continue;
            }
            let plan: OrgPlan = match o.plan.parse() {
                Ok(p) => p,
                Err(e) => {
                    self.problems.add("§1", entry, format!("plan {e}"));
                    continue;
                }
            };
            if o.seats < 0 {
                self.problems.add("§1", entry, "seats cannot be negative");
                continue;
            }
            if (o.prohibit_outside || o.prohibit_file_sharing || !o.allow.is_empty())
                && !plan.has_prohibited_acts_settings()
            {
                self.problems.add(
                    "§1",
                    entry.clone(),
                    format!("a {plan} org has no prohibited-acts settings or allow-list (enterprise and kddi only)"),
                );
            }
            if self.org_ids.contains_key(&o.slug) {
                self.problems.add("§1", entry, "the slug is defined twice");
                continue;
            }
            // The org's name is shown in every preview: checked like any name
            // (§1, issue 15.8).
            let name = match validate::name("org name", &o.name) {
                Ok(name) => name,
                Err(e) => {
                    self.problems.add("§1", entry, e);
                    continue;
                }
            };
            let id = orgs::insert(self.conn, &o.slug, &name, plan, o.seats, self.now)?;
            orgs::set_prohibition(self.conn, id, Prohibition::Outside, o.prohibit_outside)?;
            orgs::set_prohibition(
                self.conn,
                id,
                Prohibition::FileSharing,
                o.prohibit_file_sharing,
            )?;
            self.org_ids.insert(o.slug.clone(), id);
            self.loaded.orgs += 1;
        }
        Ok(())
    }

    /// Allow-lists, after every org exists (they may name orgs defined later).
    fn allow_lists(&mut self, list: &[FxOrg]) -> Result<()> {
        for (i, o) in list.iter().enumerate() {
            let Some(&id) = self.org_ids.get(&o.slug) else {
                continue;
            };
            let mut others = Vec::new();
            for other in &o.allow {
                match self.org_ids.get(other) {
                    Some(&oid) if oid != id => others.push(oid),
                    Some(_) => self.problems.add(
                        "§1",
                        format!("[[org]] #{} ({})", i + 1, o.slug),
                        "an org cannot allow itself",
                    ),
                    None => self.problems.add(
                        "§1",
                        format!("[[org]] #{} ({})", i + 1, o.slug),
                        format!("allow names `{other}`, which is not defined"),
                    ),
                }
            }
            orgs::set_allow_list(self.conn, id, &others)?;
        }
        Ok(())
    }

    /// Accounts, each with its My Chat (D4, through the one account writer).
    fn accounts(&mut self, list: &[FxAccount]) -> Result<()> {
        // Accounts without an ID get the next ones after the highest given.
        let mut next_id = list
            .iter()
            .filter_map(|a| a.account_id)
            // Out-of-range IDs are refused below; they must not move the start
            // (i64::MAX + 1 overflowed, issue 15.7).
            .filter(|id| (1..=validate::MAX_ACCOUNT_ID).contains(id))
            .max()
            .unwrap_or(0)
            .max(999)
            + 1;
        let mut used_ids = HashSet::new();
        for (i, a) in list.iter().enumerate() {
            let entry = format!("[[account]] #{} ({})", i + 1, validate::quoted(&a.email));
            let Some(checked) = self.check_account(&entry, a, &mut next_id, &mut used_ids)? else {
                continue;
            };
            self.create_account(entry, a, checked)?;
        }
        Ok(())
    }

    /// Checks one `[[account]]` entry; `None` when it has a problem (which
    /// is recorded).
    fn check_account(
        &mut self,
        entry: &str,
        a: &FxAccount,
        next_id: &mut i64,
        used_ids: &mut HashSet<i64>,
    ) -> Result<Option<CheckedAccount>> {
        let problem = |this: &mut Self, message: String| {
            this.problems.add("§1", entry.to_string(), message);
            Ok(None)
        };
        let email = match validate::email(&a.email) {
            Ok(e) => e.to_ascii_lowercase(),
            Err(e) => return problem(self, format!("{e:#}")),
        };
        if self.people.contains_key(&email) {
            return problem(self, "the e-mail is used twice".into());
        }
        let org = match &a.org {
            Some(slug) => match self.org_ids.get(slug) {
                Some(&id) => Some(id),
                None => return problem(self, format!("org `{slug}` is not defined")),
            },
            None => None,
        };
        let role = match (&a.role, org) {
            (Some(r), Some(_)) => match r.parse::<Role>() {
                Ok(r) => Some(r),
                Err(e) => return problem(self, format!("role {e}")),
            },
            (None, Some(_)) => Some(Role::Member),
            (Some(_), None) => {
                return problem(self, "a personal account (no org) has no role".into());
            }
            (None, None) => None,
        };
        let status = match a.status.as_deref().unwrap_or("active") {
            "active" => AccountStatus::Active,
            "pending_first_login" => AccountStatus::PendingFirstLogin,
            other => {
                return problem(
                    self,
                    format!("status `{other}` is not one of: active, pending_first_login"),
                );
            }
        };
        if let Some(cw) = &a.chatwork_id
            && let Err(e) = validate::chatwork_id(cw)
        {
            return problem(self, format!("{e:#}"));
        }
        let id = match a.account_id {
            Some(id) if !(1..=validate::MAX_ACCOUNT_ID).contains(&id) => {
                return problem(
                    self,
                    format!(
                        "account_id {id} is out of range: give 1 to {}",
                        validate::MAX_ACCOUNT_ID
                    ),
                );
            }
            Some(id) => id,
            None => {
                *next_id += 1;
                *next_id - 1
            }
        };
        if !used_ids.insert(id) {
            return problem(self, format!("account_id {id} is used twice"));
        }
        let password_hash = match &a.password {
            Some(p) => match secrets::hash_password(p) {
                Ok(h) => Some(h),
                Err(e) => return problem(self, format!("{e:#}")),
            },
            None => None,
        };
        let api_token_hash = if a.api_token {
            Some(secrets::hash_token(&secrets::new_token()?))
        } else {
            None
        };
        let name = match validate::name("name", &a.name) {
            Ok(n) => n,
            Err(e) => return problem(self, format!("{e:#}")),
        };
        Ok(Some(CheckedAccount {
            id: AccountId(id),
            email,
            name,
            org,
            role,
            status,
            password_hash,
            api_token_hash,
        }))
    }

    /// Writes a checked account, its teams and its My Chat.
    fn create_account(&mut self, entry: String, a: &FxAccount, c: CheckedAccount) -> Result<()> {
        let created = accounts::create(
            self.conn,
            &accounts::NewAccount {
                id: c.id,
                email: &c.email,
                name: &c.name,
                status: c.status,
                org: c.org,
                role: c.role,
                chatwork_id: a.chatwork_id.as_deref(),
                password_hash: c.password_hash.as_deref(),
                exempt_outside: a.exempt_outside,
                exempt_file: a.exempt_file,
                api_token_hash: c.api_token_hash.as_deref(),
            },
            self.now,
        );
        let my = match created {
            Ok(my) => my,
            Err(e) => {
                // The only constraint left to break here is the Chatwork
                // ID's uniqueness; the rest was checked above.
                self.problems.add(
                    "§1",
                    entry,
                    format!("cannot be stored ({e:#}); is its chatwork_id used twice?"),
                );
                return Ok(());
            }
        };
        match c.org {
            Some(org) => {
                for team in &a.teams {
                    accounts::add_to_team(self.conn, org, c.id, team)?;
                }
            }
            None if !a.teams.is_empty() => {
                self.problems.add(
                    "§1",
                    entry,
                    "teams belong to an org; a personal account has none",
                );
            }
            None => {}
        }
        self.chat_keys.insert(format!("my:{}", c.email), my);
        self.members.entry(my).or_default().insert(c.id);
        self.people.insert(
            c.email,
            Person {
                id: c.id,
                org: c.org,
                exempt_file: a.exempt_file,
            },
        );
        self.loaded.accounts += 1;
        Ok(())
    }

    /// The defined account with this e-mail; a problem when there is none.
    fn person(&mut self, entry: &str, email: &str) -> Option<Person> {
        let found = self.people.get(&email.trim().to_ascii_lowercase()).copied();
        if found.is_none() {
            self.problems.add(
                "§1",
                entry.to_string(),
                format!("`{email}` is not a defined account"),
            );
        }
        found
    }

    /// Contacts, each with its direct chat.
    fn contacts(&mut self, list: &[FxContact]) -> Result<()> {
        let mut pairs = HashSet::new();
        for (i, c) in list.iter().enumerate() {
            let entry = format!("[[contact]] #{} ({})", i + 1, echo(&c.between.join(" – ")));
            let [a, b] = c.between.as_slice() else {
                self.problems
                    .add("§1", entry, "`between` needs exactly two accounts");
                continue;
            };
            let (Some(pa), Some(pb)) = (self.person(&entry, a), self.person(&entry, b)) else {
                continue;
            };
            let (ida, idb) = (pa.id, pb.id);
            if ida == idb {
                self.problems
                    .add("§1", entry, "an account cannot be its own contact");
                continue;
            }
            if !pairs.insert((ida.min(idb), ida.max(idb))) {
                self.problems
                    .add("§1", entry, "this contact is listed twice");
                continue;
            }
            let conn = self.conn;
            let chat = chats::insert(
                conn,
                ChatKind::Direct,
                None,
                None,
                Some((ida, idb)),
                self.now,
            )?;
            chats::add_member(conn, chat, ida, ChatRole::Member)?;
            chats::add_member(conn, chat, idb, ChatRole::Member)?;
            chats::insert_contact(conn, ida, idb, chat)?;
            self.members.entry(chat).or_default().extend([ida, idb]);
            if let Some(key) = &c.chat
                && self.chat_keys.insert(key.clone(), chat).is_some()
            {
                self.problems.add(
                    "§1",
                    format!("[[contact]] #{}", i + 1),
                    format!("the chat key `{key}` is used twice"),
                );
            }
            self.loaded.contacts += 1;
        }
        Ok(())
    }

    /// Group chats with their admins, members and read-only members.
    fn groups(&mut self, list: &[FxGroup]) -> Result<()> {
        for (i, g) in list.iter().enumerate() {
            let entry = format!("[[group]] #{} ({})", i + 1, validate::quoted(&g.name));
            if let Err(e) = validate::name("group name", &g.name) {
                self.problems.add("§1", entry, e);
                continue;
            }
            if self.chat_keys.contains_key(&g.name) {
                self.problems.add(
                    "§1",
                    entry,
                    "the name is already used by another group or a contact's chat key",
                );
                continue;
            }
            let chat = chats::insert(
                self.conn,
                ChatKind::Group,
                Some(&g.name),
                None,
                None,
                self.now,
            )?;
            let in_chat = self.members.entry(chat).or_default();
            for (list, role) in [
                (&g.admins, ChatRole::Admin),
                (&g.members, ChatRole::Member),
                (&g.readonly, ChatRole::Readonly),
            ] {
                for email in list {
                    let Some(p) = self.people.get(&email.trim().to_ascii_lowercase()) else {
                        self.problems.add(
                            "§1",
                            entry.clone(),
                            format!("`{email}` is not a defined account"),
                        );
                        continue;
                    };
                    if !in_chat.insert(p.id) {
                        self.problems
                            .add("§1", entry.clone(), format!("{email} is listed twice"));
                        continue;
                    }
                    chats::add_member(self.conn, chat, p.id, role)?;
                }
            }
            self.chat_keys.insert(g.name.clone(), chat);
            self.loaded.groups += 1;
        }
        Ok(())
    }

    /// The chat a message, file or task names, and the person it names,
    /// who must be a member of it; a problem otherwise.
    fn member_of(&mut self, entry: &str, chat: &str, email: &str) -> Option<(ChatId, Person)> {
        let Some(&chat_id) = self.chat_keys.get(chat) else {
            self.problems.add(
                "§1",
                entry.to_string(),
                format!("chat `{chat}` is neither a group name, a contact's chat key nor my:EMAIL"),
            );
            return None;
        };
        let person = self.people.get(&email.trim().to_ascii_lowercase()).copied();
        match person {
            Some(p)
                if self
                    .members
                    .get(&chat_id)
                    .is_some_and(|m| m.contains(&p.id)) =>
            {
                Some((chat_id, p))
            }
            Some(_) => {
                self.problems.add(
                    "§1",
                    entry.to_string(),
                    format!("{email} is not a member of `{chat}`"),
                );
                None
            }
            None => {
                self.problems.add(
                    "§1",
                    entry.to_string(),
                    format!("`{email}` is not a defined account"),
                );
                None
            }
        }
    }

    fn messages(&mut self, list: &[FxMessage]) -> Result<()> {
        for (i, m) in list.iter().enumerate() {
            let entry = format!("[[message]] #{}", i + 1);
            let Some((chat, sender)) = self.member_of(&entry, &m.chat, &m.from) else {
                continue;
            };
            let count = m.count.unwrap_or(1);
            chats::insert_messages(self.conn, chat, sender.id, &m.body, count, self.now)?;
            self.loaded.messages += u64::from(count);
        }
        Ok(())
    }

    /// Files: their uploader must be a member of the chat and allowed to
    /// share files (P4).
    fn files(&mut self, list: &[FxFile]) -> Result<()> {
        let policies = Policies::load(self.conn)?;
        for (i, f) in list.iter().enumerate() {
            let entry = format!("[[file]] #{} ({})", i + 1, echo(&f.name));
            let Some((chat, uploader)) = self.member_of(&entry, &f.chat, &f.uploader) else {
                continue;
            };
            if !policies.may_upload(uploader.org, uploader.exempt_file) {
                self.problems.add(
                    "P4",
                    entry,
                    format!(
                        "{}'s org prohibits file sharing and it has no exempt_file",
                        f.uploader
                    ),
                );
                continue;
            }
            let owner = match &f.owner_org {
                Some(slug) => match self.org_ids.get(slug) {
                    Some(&id) => Some(id),
                    None => {
                        self.problems.add(
                            "§1",
                            entry,
                            format!("owner_org `{slug}` is not defined"),
                        );
                        continue;
                    }
                },
                None => None,
            };
            let size = f.size.unwrap_or(0);
            if size < 0 {
                self.problems.add("§1", entry, "size cannot be negative");
                continue;
            }
            chats::insert_file(self.conn, chat, uploader.id, &f.name, size, owner, self.now)?;
            self.loaded.files += 1;
        }
        Ok(())
    }

    fn tasks(&mut self, list: &[FxTask]) -> Result<()> {
        for (i, t) in list.iter().enumerate() {
            let entry = format!("[[task]] #{} ({})", i + 1, echo(&t.body));
            let requester = self.member_of(&entry, &t.chat, &t.requester);
            let assignee = self.member_of(&entry, &t.chat, &t.assignee);
            let (Some((chat, r)), Some((_, a))) = (requester, assignee) else {
                continue;
            };
            let status: TaskStatus = match t.status.as_deref().unwrap_or("open").parse() {
                Ok(s) => s,
                Err(e) => {
                    self.problems.add("§1", entry, format!("status {e}"));
                    continue;
                }
            };
            chats::insert_task(self.conn, chat, r.id, a.id, &t.body, status, self.now)?;
            self.loaded.tasks += 1;
        }
        Ok(())
    }

    /// Every problem refuses the whole scenario; then SPEC §9 must hold.
    /// Then the accounts with `deleted_at` are deleted at their times (D3).
    fn finish(mut self, scenario: &Scenario) -> Result<Loaded> {
        if !self.problems.0.is_empty() {
            return Err(Error::blocked(self.problems.0)
                .with_hint("nothing was loaded; fix the entries named above")
                .into());
        }
        delete_at_their_times(self.conn, scenario, &mut self.problems)?;
        if !self.problems.0.is_empty() {
            return Err(Error::blocked(self.problems.0)
                .with_hint("nothing was loaded; fix the entries named above")
                .into());
        }
        let broken = invariants::check(self.conn, self.now)?;
        if !broken.is_empty() {
            return Err(Error::blocked(broken)
                .with_hint("the scenario breaks the invariants I1-I5 (docs/rules.md, section 9); nothing was loaded")
                .into());
        }
        Ok(self.loaded)
    }
}

/// An `[[account]]` entry once checked, ready to write.
struct CheckedAccount {
    id: AccountId,
    email: String,
    name: String,
    org: Option<OrgId>,
    role: Option<Role>,
    status: AccountStatus,
    password_hash: Option<String>,
    api_token_hash: Option<String>,
}

/// D3 (issue 12): the accounts with `deleted_at` are deleted by the one
/// deletion mechanism (§6), each at its own time, oldest first, so that the
/// state is what the service would hold after those deletions.
fn delete_at_their_times(conn: &Tx, scenario: &Scenario, problems: &mut Problems) -> Result<()> {
    let mut dated: Vec<(Timestamp, &FxAccount, usize)> = Vec::new();
    for (i, a) in scenario.account.iter().enumerate() {
        let Some(at) = &a.deleted_at else { continue };
        let entry = format!("[[account]] #{} ({})", i + 1, a.email);
        match chrono::DateTime::parse_from_rfc3339(at) {
            Ok(t) => dated.push((Timestamp::from_utc(t.with_timezone(&chrono::Utc)), a, i)),
            Err(e) => problems.add(
                "D3",
                entry,
                format!("deleted_at `{at}` is not an RFC 3339 time: {e}"),
            ),
        }
    }
    dated.sort_by(|x, y| x.0.cmp(&y.0).then(x.2.cmp(&y.2)));
    for (at, a, i) in dated {
        let entry = format!("[[account]] #{} ({})", i + 1, a.email);
        let Some(account) = accounts::by_email(conn, &a.email)? else {
            continue;
        };
        if account.role == Some(Role::Admin) {
            problems.add(
                "D1",
                entry,
                "an org's admin cannot be deleted; give deleted_at to a member",
            );
            continue;
        }
        let mut s = Scratch::new(conn, crate::plan::Plan::new("user.delete"))?;
        s.mark_departing([account.id]);
        super::delete::delete_account(&mut s, &account)?;
        crate::plan::apply::apply_plan(conn, &s.into_plan(), &at)?;
    }
    Ok(())
}
