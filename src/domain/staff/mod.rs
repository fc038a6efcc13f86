//! The staff roster (SPEC §8, S1–S7): importing a staff CSV, and the
//! roster's entries with their status.
//!
//! An import is a stream of rows, decided a batch at a time (issue 18.3).
//! Each row is read and its cells checked (`cells`); for a batch of rows,
//! what the well-formed ones name is looked up in one set-based query
//! (`db::staff_batch`), then each row is decided in file order (`resolve`)
//! and the result handed to the caller's `ImportSink`: the row's
//! `RowAction` (which the write engine, `commands::staff`, applies in its
//! transaction when the batch ends, or not at all in a dry run) or its
//! error (which goes to the rejects file and the report). The domain itself
//! writes nothing. What earlier rows of the file do is known through `Seen`
//! (duplicate rows, entries already claimed, seats already reserved by
//! invitations), never through what the real run has written, so a dry run
//! in a read transaction decides every row exactly as the real run does
//! (S5). Only compact keys are kept per row beyond its batch, so memory
//! does not grow with the rows' contents.

mod cells;
mod resolve;
mod roster;

use crate::model::Timestamp;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::db::Tx;

pub use cells::parse_account_id;
pub use roster::{export_text, list};

use super::registration::MailSettings;
use crate::csvio::{StaffReader, StaffRow};
use crate::db::{staff, staff_batch};
use crate::error::Result;
use crate::model::{Account, AccountId, Org};
use crate::plan::Plan;
use crate::views::{RowErrors, StaffImportView, StaffRowError};
use cells::Cells;

/// How an import runs.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Method B rows (name and e-mail only) send registration requests (S3),
    /// with these `[registration]` and `[mail]` settings; `None` without
    /// `--invite`.
    pub invite: Option<MailSettings>,
    /// Write the good rows even when some are bad (exit 6).
    pub skip_invalid: bool,
}

/// What an import found and did.
#[derive(Debug, Default, PartialEq)]
pub struct ImportSummary {
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub invited: u64,
    /// Every rejected row: a few kept for the screen, all of them spilled
    /// to a temporary file beyond that (15.2).
    pub errors: RowErrors,
    /// Header cells that name no staff column, ignored (17.9).
    pub ignored_columns: Vec<String>,
    /// Whether the good rows are to be kept (false when a bad row means
    /// nothing may be written, S5).
    pub written: bool,
}

impl ImportSummary {
    /// Rows that were (or on a dry run would be) taken.
    pub fn accepted(&self) -> u64 {
        self.created + self.updated + self.unchanged
    }

    pub fn view(self, dry_run: bool, encoding: &str) -> StaffImportView {
        StaffImportView {
            dry_run,
            applied: self.written && !dry_run && self.accepted() > 0,
            rows: self.rows,
            created: self.created,
            updated: self.updated,
            unchanged: self.unchanged,
            invited: self.invited,
            rejected: self.errors.len(),
            encoding: encoding.to_string(),
            ignored_columns: self.ignored_columns,
            errors: self.errors,
        }
    }
}

/// What one good row does to the roster: the import's unit of a plan.
#[derive(Debug)]
pub enum RowAction {
    Create {
        name: String,
        email: Option<String>,
        account: Option<AccountId>,
        chatwork_id: Option<String>,
        /// The row's place in its batch (`Facts::seq`) when the entry is
        /// exactly its probed row (S2, method A: its cells, the account its
        /// IDs name, that account's Chatwork ID): the engine then writes it
        /// from the batch's table (`staff_batch::NewEntry::Probed`).
        probed: Option<usize>,
    },
    Update {
        id: i64,
        name: String,
        email: Option<String>,
        account: Option<AccountId>,
        chatwork_id: Option<String>,
    },
    Unchanged,
    /// S3: a registration request, by the plan `user add` makes, computed
    /// once; the entry is created with the request's account.
    Invite {
        name: String,
        email: String,
        plan: Box<Plan>,
    },
}

/// Where an import's outcomes go, row by row.
pub trait ImportSink {
    /// A good row: apply it (the real run) or only count it (a dry run).
    fn accepted(&mut self, action: RowAction) -> Result<()>;
    /// A bad row with its error.
    fn rejected(&mut self, row: &StaffRow, error: &StaffRowError) -> Result<()>;
    /// The rows of a batch have all been handed over: the real run writes
    /// the batch's accepted rows now, set-based (`db::staff_batch`).
    fn end_batch(&mut self) -> Result<()> {
        Ok(())
    }
    /// How many bytes of the input have been read.
    fn progress(&mut self, _bytes: u64) {}
}

/// A row's error: the column's header as the file spells it, and the reason.
pub type RowProblem = (String, String);

/// A hasher for keys that are already integers (account and entry IDs, and
/// e-mail digests): one multiplication, instead of SipHash on every row.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 =
                (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    /// The low bits (which pick the bucket) are the key's own, so that
    /// account IDs, which the database hands out in sequence, land in
    /// neighbouring buckets (a first import of a million rows then touches
    /// the map's memory in order instead of at random); the top bits (the
    /// tag the map compares first) are mixed.
    fn write_u64(&mut self, n: u64) {
        let mixed = (self.0 ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = (n & 0x01ff_ffff_ffff_ffff) | (mixed & 0xfe00_0000_0000_0000);
    }
}

type IdMap<K> = HashMap<K, u64, BuildHasherDefault<IdHasher>>;

/// What the rows before this one did, as far as later rows care: the
/// accounts and e-mails they named, the existing entries they claimed, the
/// seats their invitations reserve (S5, S6, R1).
#[derive(Default)]
pub struct Seen {
    /// Accounts whose ID and line fit 32 bits (all of them, in practice):
    /// eight bytes an entry, so that two million rows stay well under
    /// 100 MB (15.2, 18.3).
    accounts: HashMap<u32, u32, BuildHasherDefault<IdHasher>>,
    /// The others.
    accounts_wide: IdMap<i64>,
    /// E-mails by a 64-bit digest of their lower-case form (a collision
    /// among a file's rows is about as likely as a cosmic ray).
    emails: IdMap<u64>,
    /// Existing entries found by e-mail, which a second row must not
    /// claim again.
    entries: IdMap<i64>,
    /// Registration requests sent by earlier rows.
    invites: i64,
    seats_used_at_start: Option<i64>,
}

fn email_key(email: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    email.to_ascii_lowercase().hash(&mut h);
    h.finish()
}

/// After this many rows, the duplicate map is sized for the whole file
/// from the bytes a row takes so far, instead of doubling (and rehashing)
/// its way up.
const PRESIZE_AFTER: u64 = 8192;

impl Seen {
    fn presize(&mut self, size: u64, read: u64, rows: u64) {
        let per_row = (read / rows.max(1)).max(4);
        let expected = (size / per_row).min(size / 4).min(1 << 24);
        let more = usize::try_from(expected)
            .unwrap_or(0)
            .saturating_sub(self.accounts.len());
        self.accounts.reserve(more);
    }

    /// Notes that `line` names `account`; the first line that did, if any.
    fn account(&mut self, account: AccountId, line: u64) -> Option<u64> {
        match (u32::try_from(account.0), u32::try_from(line)) {
            (Ok(id), Ok(line)) => {
                if let Some(first) = self.accounts_wide.get(&account.0) {
                    return Some(*first);
                }
                match self.accounts.entry(id) {
                    std::collections::hash_map::Entry::Occupied(e) => Some(u64::from(*e.get())),
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(line);
                        None
                    }
                }
            }
            _ => {
                if let Some(first) = u32::try_from(account.0)
                    .ok()
                    .and_then(|id| self.accounts.get(&id))
                {
                    return Some(u64::from(*first));
                }
                first_or_insert(&mut self.accounts_wide, account.0, line)
            }
        }
    }

    /// Notes that `line` names `email` (method B); the first line that did.
    fn email(&mut self, email: &str, line: u64) -> Option<u64> {
        first_or_insert(&mut self.emails, email_key(email), line)
    }

    /// Notes the e-mail of a method-A row, which a later method-B row must
    /// not name again; two method-A rows may share one.
    fn note_email(&mut self, email: &str, line: u64) {
        self.emails.entry(email_key(email)).or_insert(line);
    }

    /// Notes that `line` claims the existing entry `id`.
    fn entry(&mut self, id: i64, line: u64) -> Option<u64> {
        first_or_insert(&mut self.entries, id, line)
    }
}

fn first_or_insert<K: Hash + Eq>(map: &mut IdMap<K>, key: K, line: u64) -> Option<u64> {
    match map.entry(key) {
        std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert(line);
            None
        }
    }
}

/// Checks a staff CSV against `org`'s roster row by row (S2–S6) and hands
/// each outcome to `sink`. Writes nothing itself.
pub fn import(
    conn: &Tx,
    org: &Org,
    actor: &Account,
    reader: &mut StaffReader,
    options: &ImportOptions,
    now: &Timestamp,
    sink: &mut dyn ImportSink,
) -> Result<ImportSummary> {
    // S2, S3: only an active org keeps a roster (a closed or cancelled one
    // has no members to resolve and no seats to invite into).
    if org.status != crate::model::OrgStatus::Active {
        return Err(crate::error::Error::rule(
            "S2",
            format!(
                "org {} is {}; its roster cannot change",
                org.slug, org.status
            ),
        )
        .into());
    }
    let mut summary = ImportSummary {
        ignored_columns: reader.ignored_columns(),
        ..ImportSummary::default()
    };
    let mut seen = Seen::default();
    // The roster was empty when the import began: an entry tied to an
    // account can then only come from an earlier row of this file, which
    // `Seen` already refuses as a duplicate, so the lookup by account is
    // left out of the batches' query (BENCHMARKS.md). A registration
    // request ties an entry to an account no row names, hence not then.
    let by_account = options.invite.is_some() || staff::count(conn, org.id)? > 0;
    let mut batches = staff_batch::Batches::open(conn, org.id, by_account)?;
    let size = batch_size();
    let mut batch: Vec<(StaffRow, std::result::Result<Cells, RowProblem>)> =
        Vec::with_capacity(size);
    loop {
        let row = reader.next_row()?;
        let end = row.is_none();
        if let Some(row) = row {
            summary.rows += 1;
            if summary.rows.is_multiple_of(256) {
                sink.progress(reader.bytes_read());
            }
            if summary.rows == PRESIZE_AFTER {
                seen.presize(reader.size, reader.bytes_read(), summary.rows);
            }
            let cells = cells::parse(reader, &row);
            batch.push((row, cells));
        }
        if batch.len() >= size || (end && !batch.is_empty()) {
            let cx = resolve::Context {
                conn,
                org,
                actor,
                reader,
                invite: options.invite.as_ref(),
                now,
            };
            decide(&cx, &mut batches, &mut batch, &mut seen, &mut summary, sink)?;
        }
        if end {
            break;
        }
    }
    sink.progress(reader.bytes_read());
    summary.errors.finish()?;
    if summary.rows == 0 {
        return Err(crate::error::Error::rule(
            "S5",
            "the file has a header but no staff rows; nothing to import",
        )
        .with_hint("add one row per staff member under the header")
        .into());
    }
    // S5: one bad row means nothing is kept, unless --skip-invalid asked
    // to keep the good rows.
    summary.written = summary.errors.is_empty() || options.skip_invalid;
    Ok(summary)
}

/// Rows decided together: one bulk write and one query for what they name
/// (issue 18.3). Small enough that a batch's rows and facts take a few
/// megabytes; large enough that the per-batch statements cost nothing.
const BATCH_ROWS: usize = 10_000;

/// The batch size: `BATCH_ROWS`, or in a debug build `ORGCTL_STAFF_BATCH`,
/// so that tests can put batch boundaries where they want them.
fn batch_size() -> usize {
    #[cfg(debug_assertions)]
    if let Some(n) = std::env::var("ORGCTL_STAFF_BATCH")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| *n > 0)
    {
        return n;
    }
    BATCH_ROWS
}

/// Decides a batch of rows in file order: looks up what the well-formed
/// rows name in one query, then hands each outcome to `sink`, and tells it
/// the batch is done (the engine writes the batch then). Empties `batch`.
fn decide(
    cx: &resolve::Context<'_>,
    batches: &mut staff_batch::Batches<'_>,
    batch: &mut Vec<(StaffRow, std::result::Result<Cells, RowProblem>)>,
    seen: &mut Seen,
    summary: &mut ImportSummary,
    sink: &mut dyn ImportSink,
) -> Result<()> {
    let probes: Vec<staff_batch::Probe<'_>> = batch
        .iter()
        .filter_map(|(row, cells)| {
            let c = cells.as_ref().ok()?;
            Some(staff_batch::Probe {
                line: row.line,
                name: &c.name,
                account_id: c.account_id,
                chatwork_id: c.chatwork_id.as_deref(),
                email: c.email.as_deref(),
            })
        })
        .collect();
    let mut all_facts = batches.resolve(&probes)?;
    drop(probes);
    let mut facts = all_facts.drain(..);
    for (row, cells) in batch.drain(..) {
        let outcome = match cells {
            Ok(cells) => {
                let found = facts
                    .next()
                    .ok_or_else(|| anyhow::anyhow!("no facts for line {}", row.line))?;
                resolve::row(cx, row.line, cells, found, seen)?
            }
            Err(problem) => Err(problem),
        };
        match outcome {
            Ok(action) => {
                match &action {
                    RowAction::Unchanged => summary.unchanged += 1,
                    RowAction::Create { .. } => summary.created += 1,
                    RowAction::Update { .. } => summary.updated += 1,
                    RowAction::Invite { .. } => {
                        summary.created += 1;
                        summary.invited += 1;
                    }
                }
                sink.accepted(action)?;
            }
            Err((column, message)) => {
                let error = StaffRowError {
                    line: row.line,
                    column,
                    message,
                };
                sink.rejected(&row, &error)?;
                summary.errors.push(error)?;
            }
        }
    }
    drop(facts);
    batches.recycle(all_facts);
    sink.end_batch()
}

#[cfg(test)]
mod tests {
    /// Property (S5): any input, from random bytes to random rows under any
    /// header spelling, either is refused whole (an error, nothing written)
    /// or is imported with every row accepted or rejected, one error per
    /// rejected row; and when a row is rejected without `--skip-invalid`,
    /// nothing is written.
    mod props {
        use proptest::prelude::*;

        fn header() -> impl Strategy<Value = Vec<&'static str>> {
            (
                prop::sample::select(vec!["name", "名前", "氏名", " Name"]),
                prop::sample::select(vec!["email", "メールアドレス", "x"]),
                prop::sample::select(vec!["account_id", "識別ID", "accountID", "y"]),
                prop::sample::select(vec!["chatwork_id", "チャットワークID", "z"]),
            )
                .prop_map(|(a, b, c, d)| vec![a, b, c, d])
                .prop_shuffle()
        }

        fn cell() -> impl Strategy<Value = String> {
            prop::sample::select(vec![
                "",
                "Ann",
                "=x",
                "'=x",
                "1000",
                "1001",
                "2000",
                "5000",
                "9999",
                "-1",
                "99999999999999999999",
                "a-one",
                "zz",
                "bad id",
                "a1@a.example",
                "new@a.example",
                "bad",
                "\"q\"",
                "a\u{0}b",
                "名前",
            ])
            .prop_map(str::to_string)
        }

        fn rows_csv() -> impl Strategy<Value = Vec<u8>> {
            (
                header(),
                prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..12),
            )
                .prop_map(|(header, rows)| {
                    let mut text = crate::csvio::record_text(&header).unwrap();
                    for row in rows {
                        text.push_str(&crate::csvio::record_text(&row).unwrap());
                    }
                    text.into_bytes()
                })
        }

        fn input() -> impl Strategy<Value = Vec<u8>> {
            prop_oneof![
                rows_csv(),
                prop::collection::vec(any::<u8>(), 0..200),
                rows_csv().prop_map(|t| encoding_rs::SHIFT_JIS
                    .encode(&String::from_utf8(t).unwrap())
                    .0
                    .into_owned()),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]
            #[test]
            fn any_csv_is_imported_row_by_row_or_refused_whole(
                bytes in input(),
                shift_jis in any::<bool>(),
                skip_invalid in any::<bool>(),
                invite in any::<bool>(),
            ) {
                // The checks are the fuzz target's: every row accepted or
                // rejected, or the file refused whole; nothing written when
                // refused; the database still valid (it panics otherwise).
                let flags = u8::from(shift_jis) | (u8::from(skip_invalid) << 1) | (u8::from(invite) << 2);
                let mut data = vec![flags];
                data.extend_from_slice(&bytes);
                crate::fuzzing::staff_csv(&data);
            }
        }
    }
}
