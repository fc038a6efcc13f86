//! `fixture load`: a whole scenario (CLI.md "Fixture scenario format") into
//! an empty database. Every entry is checked, every problem is reported with
//! the entry that has it, and the state is checked against SPEC §9 before it
//! is committed: a scenario that breaks an invariant is refused whole.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde::Deserialize;

use super::policy::Policies;
use super::{invariants, validate};
use crate::db::{accounts, chats, orgs};
use crate::error::{Error, Result};
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
            .with_hint("the format is described in CLI.md, \"Fixture scenario format\"")
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
        });
    }
}

/// Loads `scenario` into the (empty) database behind `conn`, which the
/// caller holds in one write transaction; on any problem the caller rolls
/// back and nothing is written.
pub fn load(conn: &Connection, scenario: &Scenario, now: &str) -> Result<Loaded> {
    if !orgs::database_is_empty(conn)? {
        return Err(Error::refused(
            "fixture load needs an empty database, and this one already holds orgs or accounts",
        )
        .with_hint("use a new --db path, or delete the database file first")
        .into());
    }
    let mut problems = Problems::default();
    let mut loaded = Loaded::default();

    // Orgs, then their allow-lists (which may name orgs defined later).
    let mut org_ids: HashMap<String, OrgId> = HashMap::new();
    for (i, o) in scenario.org.iter().enumerate() {
        let entry = format!("[[org]] #{} ({})", i + 1, o.slug);
        if let Err(e) = validate::slug(&o.slug) {
            problems.add("§1", entry, e);
            continue;
        }
        let plan: OrgPlan = match o.plan.parse() {
            Ok(p) => p,
            Err(e) => {
                problems.add("§1", entry, format!("plan {e}"));
                continue;
            }
        };
        if o.seats < 0 {
            problems.add("§1", entry, "seats cannot be negative");
            continue;
        }
        if (o.prohibit_outside || o.prohibit_file_sharing || !o.allow.is_empty())
            && !plan.has_prohibited_acts_settings()
        {
            problems.add(
                "§1",
                entry.clone(),
                format!("a {plan} org has no prohibited-acts settings or allow-list (enterprise and kddi only)"),
            );
        }
        if org_ids.contains_key(&o.slug) {
            problems.add("§1", entry, "the slug is defined twice");
            continue;
        }
        let id = orgs::insert(conn, &o.slug, &o.name, plan, o.seats, now)?;
        orgs::set_prohibition(conn, id, Prohibition::Outside, o.prohibit_outside)?;
        orgs::set_prohibition(conn, id, Prohibition::FileSharing, o.prohibit_file_sharing)?;
        org_ids.insert(o.slug.clone(), id);
        loaded.orgs += 1;
    }
    for (i, o) in scenario.org.iter().enumerate() {
        let Some(&id) = org_ids.get(&o.slug) else {
            continue;
        };
        let mut others = Vec::new();
        for other in &o.allow {
            match org_ids.get(other) {
                Some(&oid) if oid != id => others.push(oid),
                Some(_) => problems.add(
                    "§1",
                    format!("[[org]] #{} ({})", i + 1, o.slug),
                    "an org cannot allow itself",
                ),
                None => problems.add(
                    "§1",
                    format!("[[org]] #{} ({})", i + 1, o.slug),
                    format!("allow names `{other}`, which is not defined"),
                ),
            }
        }
        orgs::set_allow_list(conn, id, &others)?;
    }

    // Accounts, each with its My Chat.
    let mut people: HashMap<String, Person> = HashMap::new();
    let mut next_id = scenario
        .account
        .iter()
        .filter_map(|a| a.account_id)
        .max()
        .unwrap_or(0)
        .max(999)
        + 1;
    let mut used_ids = HashSet::new();
    let mut my_chats: HashMap<String, ChatId> = HashMap::new();
    for (i, a) in scenario.account.iter().enumerate() {
        let entry = format!("[[account]] #{} ({})", i + 1, a.email);
        let email = match validate::email(&a.email) {
            Ok(e) => e.to_lowercase(),
            Err(e) => {
                problems.add("§1", entry, e);
                continue;
            }
        };
        if people.contains_key(&email) {
            problems.add("§1", entry, "the e-mail is used twice");
            continue;
        }
        let org = match &a.org {
            Some(slug) => match org_ids.get(slug) {
                Some(&id) => Some(id),
                None => {
                    problems.add("§1", entry, format!("org `{slug}` is not defined"));
                    continue;
                }
            },
            None => None,
        };
        let role = match (&a.role, org) {
            (Some(r), Some(_)) => match r.parse::<Role>() {
                Ok(r) => Some(r),
                Err(e) => {
                    problems.add("§1", entry, format!("role {e}"));
                    continue;
                }
            },
            (None, Some(_)) => Some(Role::Member),
            (Some(_), None) => {
                problems.add("§1", entry, "a personal account (no org) has no role");
                continue;
            }
            (None, None) => None,
        };
        let status = match a.status.as_deref().unwrap_or("active") {
            "active" => AccountStatus::Active,
            "pending_first_login" => AccountStatus::PendingFirstLogin,
            other => {
                problems.add(
                    "§1",
                    entry,
                    format!("status `{other}` is not one of: active, pending_first_login"),
                );
                continue;
            }
        };
        if let Some(cw) = &a.chatwork_id
            && let Err(e) = validate::chatwork_id(cw)
        {
            problems.add("§1", entry, e);
            continue;
        }
        let id = match a.account_id {
            Some(id) if id <= 0 => {
                problems.add("§1", entry, "account_id must be a positive number");
                continue;
            }
            Some(id) => id,
            None => {
                next_id += 1;
                next_id - 1
            }
        };
        if !used_ids.insert(id) {
            problems.add("§1", entry, format!("account_id {id} is used twice"));
            continue;
        }
        let password_hash = match &a.password {
            Some(p) => match secrets::hash_password(p) {
                Ok(h) => Some(h),
                Err(e) => {
                    problems.add("§1", entry, e);
                    continue;
                }
            },
            None => None,
        };
        let token_hash = if a.api_token {
            Some(secrets::hash_token(&secrets::new_token()?))
        } else {
            None
        };
        let name = match validate::name("name", &a.name) {
            Ok(n) => n,
            Err(e) => {
                problems.add("§1", entry, e);
                continue;
            }
        };
        let id = AccountId(id);
        let created = accounts::create(
            conn,
            &accounts::NewAccount {
                id,
                email: &email,
                name: &name,
                status,
                org,
                role,
                chatwork_id: a.chatwork_id.as_deref(),
                password_hash: password_hash.as_deref(),
                exempt_outside: a.exempt_outside,
                exempt_file: a.exempt_file,
                api_token_hash: token_hash.as_deref(),
            },
            now,
        );
        let my = match created {
            Ok(my) => my,
            Err(e) => {
                // The only constraint left to break here is the Chatwork
                // ID's uniqueness; the rest was checked above.
                problems.add(
                    "§1",
                    entry,
                    format!("cannot be stored ({e:#}); is its chatwork_id used twice?"),
                );
                continue;
            }
        };
        match org {
            Some(org) => {
                for team in &a.teams {
                    accounts::add_to_team(conn, org, id, team)?;
                }
            }
            None if !a.teams.is_empty() => {
                problems.add(
                    "§1",
                    entry.clone(),
                    "teams belong to an org; a personal account has none",
                );
            }
            None => {}
        }
        my_chats.insert(format!("my:{email}"), my);
        people.insert(
            email,
            Person {
                id,
                org,
                exempt_file: a.exempt_file,
            },
        );
        loaded.accounts += 1;
    }

    let find = |problems: &mut Problems, entry: &str, email: &str| -> Option<&Person> {
        let found = people.get(&email.trim().to_lowercase());
        if found.is_none() {
            problems.add(
                "§1",
                entry.to_string(),
                format!("`{email}` is not a defined account"),
            );
        }
        found
    };

    // Chats by the names messages, files and tasks use, with their members.
    let mut chat_keys: HashMap<String, ChatId> = my_chats;
    let mut members: HashMap<ChatId, HashSet<AccountId>> = HashMap::new();
    for (key, chat) in &chat_keys {
        if let Some(p) = key.strip_prefix("my:").and_then(|e| people.get(e)) {
            members.entry(*chat).or_default().insert(p.id);
        }
    }
    let mut pairs = HashSet::new();
    for (i, c) in scenario.contact.iter().enumerate() {
        let entry = format!("[[contact]] #{} ({})", i + 1, c.between.join(" – "));
        let [a, b] = c.between.as_slice() else {
            problems.add("§1", entry, "`between` needs exactly two accounts");
            continue;
        };
        let (Some(pa), Some(pb)) = (
            find(&mut problems, &entry, a),
            find(&mut problems, &entry, b),
        ) else {
            continue;
        };
        let (ida, idb) = (pa.id, pb.id);
        if ida == idb {
            problems.add("§1", entry, "an account cannot be its own contact");
            continue;
        }
        if !pairs.insert((ida.min(idb), ida.max(idb))) {
            problems.add("§1", entry, "this contact is listed twice");
            continue;
        }
        let chat = chats::insert(conn, ChatKind::Direct, None, None, Some((ida, idb)), now)?;
        chats::add_member(conn, chat, ida, ChatRole::Member)?;
        chats::add_member(conn, chat, idb, ChatRole::Member)?;
        chats::insert_contact(conn, ida, idb, chat)?;
        members.entry(chat).or_default().extend([ida, idb]);
        if let Some(key) = &c.chat
            && chat_keys.insert(key.clone(), chat).is_some()
        {
            problems.add(
                "§1",
                format!("[[contact]] #{}", i + 1),
                format!("the chat key `{key}` is used twice"),
            );
        }
        loaded.contacts += 1;
    }
    for (i, g) in scenario.group.iter().enumerate() {
        let entry = format!("[[group]] #{} ({})", i + 1, g.name);
        if let Err(e) = validate::name("group name", &g.name) {
            problems.add("§1", entry, e);
            continue;
        }
        if chat_keys.contains_key(&g.name) {
            problems.add(
                "§1",
                entry,
                "the name is already used by another group or a contact's chat key",
            );
            continue;
        }
        let chat = chats::insert(conn, ChatKind::Group, Some(&g.name), None, None, now)?;
        let in_chat = members.entry(chat).or_default();
        for (list, role) in [
            (&g.admins, ChatRole::Admin),
            (&g.members, ChatRole::Member),
            (&g.readonly, ChatRole::Readonly),
        ] {
            for email in list {
                let Some(p) = people.get(&email.trim().to_lowercase()) else {
                    problems.add(
                        "§1",
                        entry.clone(),
                        format!("`{email}` is not a defined account"),
                    );
                    continue;
                };
                if !in_chat.insert(p.id) {
                    problems.add("§1", entry.clone(), format!("{email} is listed twice"));
                    continue;
                }
                chats::add_member(conn, chat, p.id, role)?;
            }
        }
        chat_keys.insert(g.name.clone(), chat);
        loaded.groups += 1;
    }

    // Messages, files and tasks: their people must be members of the chat.
    let member_of = |problems: &mut Problems,
                     entry: &str,
                     chat: &str,
                     email: &str|
     -> Option<(ChatId, &Person)> {
        let Some(&chat_id) = chat_keys.get(chat) else {
            problems.add(
                "§1",
                entry.to_string(),
                format!("chat `{chat}` is neither a group name, a contact's chat key nor my:EMAIL"),
            );
            return None;
        };
        let person = people.get(&email.trim().to_lowercase());
        match person {
            Some(p) if members.get(&chat_id).is_some_and(|m| m.contains(&p.id)) => {
                Some((chat_id, p))
            }
            Some(_) => {
                problems.add(
                    "§1",
                    entry.to_string(),
                    format!("{email} is not a member of `{chat}`"),
                );
                None
            }
            None => {
                problems.add(
                    "§1",
                    entry.to_string(),
                    format!("`{email}` is not a defined account"),
                );
                None
            }
        }
    };
    for (i, m) in scenario.message.iter().enumerate() {
        let entry = format!("[[message]] #{}", i + 1);
        let Some((chat, sender)) = member_of(&mut problems, &entry, &m.chat, &m.from) else {
            continue;
        };
        let count = m.count.unwrap_or(1);
        chats::insert_messages(conn, chat, sender.id, &m.body, count, now)?;
        loaded.messages += u64::from(count);
    }
    let policies = Policies::load(conn)?;
    for (i, f) in scenario.file.iter().enumerate() {
        let entry = format!("[[file]] #{} ({})", i + 1, f.name);
        let Some((chat, uploader)) = member_of(&mut problems, &entry, &f.chat, &f.uploader) else {
            continue;
        };
        if !policies.may_upload(uploader.org, uploader.exempt_file) {
            problems.add(
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
            Some(slug) => match org_ids.get(slug) {
                Some(&id) => Some(id),
                None => {
                    problems.add("§1", entry, format!("owner_org `{slug}` is not defined"));
                    continue;
                }
            },
            None => None,
        };
        let size = f.size.unwrap_or(0);
        if size < 0 {
            problems.add("§1", entry, "size cannot be negative");
            continue;
        }
        chats::insert_file(conn, chat, uploader.id, &f.name, size, owner, now)?;
        loaded.files += 1;
    }
    for (i, t) in scenario.task.iter().enumerate() {
        let entry = format!("[[task]] #{} ({})", i + 1, t.body);
        let requester = member_of(&mut problems, &entry, &t.chat, &t.requester);
        let assignee = member_of(&mut problems, &entry, &t.chat, &t.assignee);
        let (Some((chat, r)), Some((_, a))) = (requester, assignee) else {
            continue;
        };
        let status: TaskStatus = match t.status.as_deref().unwrap_or("open").parse() {
            Ok(s) => s,
            Err(e) => {
                problems.add("§1", entry, format!("status {e}"));
                continue;
            }
        };
        chats::insert_task(conn, chat, r.id, a.id, &t.body, status, now)?;
        loaded.tasks += 1;
    }

    if !problems.0.is_empty() {
        return Err(Error::blocked(problems.0)
            .with_hint("nothing was loaded; fix the entries named above")
            .into());
    }
    let broken = invariants::check(conn, now)?;
    if !broken.is_empty() {
        return Err(Error::blocked(broken)
            .with_hint("the scenario breaks the invariants of SPEC §9; nothing was loaded")
            .into());
    }
    Ok(loaded)
}
