//! Who may talk to whom (SPEC §2, P1–P4): one pure function over the orgs'
//! settings, used by every rule that asks the question.

use std::collections::{BTreeSet, HashMap};

use crate::db::Tx;

use crate::db::orgs;
use crate::error::Result;
use crate::model::{Org, OrgId, OrgPlan};

/// One org's communication settings.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgPolicy {
    pub slug: String,
    pub plan: OrgPlan,
    pub prohibit_outside: bool,
    pub prohibit_file_sharing: bool,
    /// The orgs this org allows its users to talk to (its allow-list).
    pub allow: BTreeSet<OrgId>,
}

impl OrgPolicy {
    /// The settings of `org`, with its allow-list.
    fn of(org: Org, allow: BTreeSet<OrgId>) -> OrgPolicy {
        OrgPolicy {
            slug: org.slug,
            plan: org.plan,
            prohibit_outside: org.prohibit_outside,
            prohibit_file_sharing: org.prohibit_file_sharing,
            allow,
        }
    }
}

/// One side of a conversation: an account, its org (none for a personal
/// account) and its `exempt_outside` exemption.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Party<'a> {
    pub email: &'a str,
    pub org: Option<OrgId>,
    pub exempt_outside: bool,
}

/// Why two parties may not communicate, and how an administrator could
/// change that (T11).
#[derive(Debug, Clone, PartialEq)]
pub struct Break {
    pub reason: String,
    pub fix: String,
}

/// The settings of every org, possibly changed in memory to ask "what if".
#[derive(Debug, Clone, Default)]
pub struct Policies {
    orgs: HashMap<OrgId, OrgPolicy>,
}

impl Policies {
    pub fn load(conn: &Tx) -> Result<Policies> {
        let mut map: HashMap<OrgId, OrgPolicy> = orgs::list(conn)?
            .into_iter()
            .map(|o| {
                (
                    o.id,
                    OrgPolicy {
                        slug: o.slug,
                        plan: o.plan,
                        prohibit_outside: o.prohibit_outside,
                        prohibit_file_sharing: o.prohibit_file_sharing,
                        allow: BTreeSet::new(),
                    },
                )
            })
            .collect();
        for (org, other) in orgs::all_allows(conn)? {
            if let Some(p) = map.get_mut(&org) {
                p.allow.insert(other);
            }
        }
        Ok(Policies { orgs: map })
    }

    /// Reads the settings of `org` unless they are known already: a plan
    /// reads the orgs of the accounts it touches, not every org (issue 18).
    /// What is known is kept, with its changes in memory.
    pub fn ensure(&mut self, conn: &Tx, org: OrgId) -> Result<()> {
        if self.orgs.contains_key(&org) {
            return Ok(());
        }
        let Some(o) = orgs::by_id(conn, org)? else {
            return Ok(());
        };
        let allow = orgs::allowed_ids(conn, org)?.into_iter().collect();
        self.orgs.insert(org, OrgPolicy::of(o, allow));
        Ok(())
    }

    /// `ensure` for many orgs, in two statements per `db::BATCH` orgs not
    /// yet known rather than two per org (issue 13.8: a deletion preview
    /// read the ten orgs of its chats' members in twenty statements). The
    /// same settings as `ensure` reads.
    pub fn ensure_many(&mut self, conn: &Tx, orgs: impl IntoIterator<Item = OrgId>) -> Result<()> {
        let mut missing: Vec<OrgId> = Vec::new();
        for org in orgs {
            if !self.orgs.contains_key(&org) && !missing.contains(&org) {
                missing.push(org);
            }
        }
        match missing.len() {
            0 => return Ok(()),
            1 => return self.ensure(conn, missing[0]),
            _ => {}
        }
        let mut allows: HashMap<OrgId, BTreeSet<OrgId>> = HashMap::new();
        for (org, other) in orgs::allowed_ids_many(conn, &missing)? {
            allows.entry(org).or_default().insert(other);
        }
        for o in orgs::by_ids(conn, &missing)? {
            let allow = allows.remove(&o.id).unwrap_or_default();
            self.orgs.insert(o.id, OrgPolicy::of(o, allow));
        }
        Ok(())
    }

    /// The orgs whose settings are known, for tests that check what a plan
    /// read.
    pub fn known(&self) -> usize {
        self.orgs.len()
    }

    pub fn get(&self, org: OrgId) -> Option<&OrgPolicy> {
        self.orgs.get(&org)
    }

    pub fn get_mut(&mut self, org: OrgId) -> Option<&mut OrgPolicy> {
        self.orgs.get_mut(&org)
    }

    /// The org with this slug.
    pub fn id_of(&self, slug: &str) -> Option<OrgId> {
        self.orgs
            .iter()
            .find(|(_, p)| p.slug == slug)
            .map(|(id, _)| *id)
    }

    fn slug(&self, org: Option<OrgId>) -> String {
        match org.and_then(|o| self.orgs.get(&o)) {
            Some(p) => p.slug.clone(),
            None => "personal accounts".to_string(),
        }
    }

    /// P2: the policy of `side`'s org when it refuses `other`.
    fn refusing_policy(&self, side: &Party<'_>, other: &Party<'_>) -> Option<&OrgPolicy> {
        let policy = self.orgs.get(&side.org?)?;
        if !policy.prohibit_outside || side.exempt_outside {
            return None;
        }
        if other.org.is_some_and(|o| policy.allow.contains(&o)) {
            return None;
        }
        Some(policy)
    }

    /// P2: whether `side` permits talking to `other`, and if not, why.
    fn side_refuses(&self, side: &Party<'_>, other: &Party<'_>) -> Option<Break> {
        let policy = self.refusing_policy(side, other)?;
        let other_name = match other.org {
            Some(_) => self.slug(other.org),
            None => format!("{} (a personal account)", other.email),
        };
        let allow_fix = match other.org.and_then(|o| self.orgs.get(&o)) {
            Some(p) => format!(
                "{}'s admin can run `orgctl org allow {} {}`, or ",
                policy.slug, policy.slug, p.slug
            ),
            None => String::new(),
        };
        Some(Break {
            reason: format!(
                "{} prohibits outside users and does not allow {other_name}",
                policy.slug
            ),
            fix: format!(
                "{allow_fix}exempt {}: `orgctl user security {} --exempt-outside on`",
                side.email, side.email
            ),
        })
    }

    /// P1, P2: whether the two may no longer communicate; `check` without
    /// wording the reason, for the many comparisons that find none (issue
    /// 18.5).
    pub fn refuses(&self, a: &Party<'_>, b: &Party<'_>) -> bool {
        if a.org.is_some() && a.org == b.org {
            return false;
        }
        self.refusing_policy(a, b).is_some() || self.refusing_policy(b, a).is_some()
    }

    /// P1, P2: `None` when the two may communicate, else why not.
    pub fn check(&self, a: &Party<'_>, b: &Party<'_>) -> Option<Break> {
        // P1: the same org always may.
        if a.org.is_some() && a.org == b.org {
            return None;
        }
        self.side_refuses(a, b).or_else(|| self.side_refuses(b, a))
    }

    /// P4: whether an account of `org` with the given exemption may upload.
    pub fn may_upload(&self, org: Option<OrgId>, exempt_file: bool) -> bool {
        match org.and_then(|o| self.orgs.get(&o)) {
            Some(p) => !p.prohibit_file_sharing || exempt_file,
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A, B, C as in seed 002: B prohibits outside users and allows A only.
    fn three() -> Policies {
        let mut p = Policies::default();
        for (id, slug, prohibit, allow) in [
            (1, "a", false, vec![]),
            (2, "b", true, vec![OrgId(1)]),
            (3, "c", false, vec![]),
        ] {
            p.orgs.insert(
                OrgId(id),
                OrgPolicy {
                    slug: slug.into(),
                    plan: OrgPlan::Enterprise,
                    prohibit_outside: prohibit,
                    prohibit_file_sharing: false,
                    allow: allow.into_iter().collect(),
                },
            );
        }
        p
    }

    fn party(org: Option<i64>, exempt: bool) -> Party<'static> {
        Party {
            email: "x@x.example",
            org: org.map(OrgId),
            exempt_outside: exempt,
        }
    }

    #[test]
    fn p1_same_org_always_may() {
        let mut p = three();
        p.get_mut(OrgId(2)).unwrap().allow.clear();
        assert!(
            p.check(&party(Some(2), false), &party(Some(2), false))
                .is_none()
        );
    }

    #[test]
    fn p2_both_sides_must_permit() {
        let p = three();
        // B allows A; A does not prohibit.
        assert!(
            p.check(&party(Some(1), false), &party(Some(2), false))
                .is_none()
        );
        // B does not allow C.
        let b = p
            .check(&party(Some(3), false), &party(Some(2), false))
            .unwrap();
        assert!(
            b.reason
                .contains("b prohibits outside users and does not allow c")
        );
        assert!(b.fix.contains("orgctl org allow b c"));
        // An exemption on B's side permits.
        assert!(
            p.check(&party(Some(3), false), &party(Some(2), true))
                .is_none()
        );
        // A personal account's side always permits, but B refuses it.
        assert!(
            p.check(&party(None, false), &party(Some(2), false))
                .is_some()
        );
        assert!(
            p.check(&party(None, false), &party(Some(3), false))
                .is_none()
        );
    }

    #[test]
    fn refuses_agrees_with_check() {
        let p = three();
        let sides = [None, Some(1), Some(2), Some(3)];
        for a in sides {
            for b in sides {
                for (ea, eb) in [(false, false), (true, false), (false, true)] {
                    let (x, y) = (party(a, ea), party(b, eb));
                    assert_eq!(
                        p.refuses(&x, &y),
                        p.check(&x, &y).is_some(),
                        "{a:?}/{ea} and {b:?}/{eb}"
                    );
                }
            }
        }
    }

    #[test]
    fn p4_file_sharing() {
        let mut p = three();
        p.get_mut(OrgId(2)).unwrap().prohibit_file_sharing = true;
        assert!(!p.may_upload(Some(OrgId(2)), false));
        assert!(p.may_upload(Some(OrgId(2)), true));
        assert!(p.may_upload(None, false));
    }
}
