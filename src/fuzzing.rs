//! The bodies of the fuzz targets in `fuzz/fuzz_targets/` (cargo-fuzz,
//! nightly), as plain functions: `cargo test` runs them over the seed corpus
//! and deterministic mutations of it (below), so the targets are exercised
//! on every run even where nightly is not installed. Each function panics
//! exactly when it finds a bug: a panic in the code under test, or a broken
//! promise (S5: every row accepted or rejected, or the file refused whole;
//! I6: a refused input writes nothing; §9: the database stays valid).
//!
//! Compiled for tests and under `--cfg fuzzing` (which cargo-fuzz sets).

use std::io::Cursor;

use crate::csvio::{Encoding, StaffReader};
use crate::db::{self, Db, accounts, orgs};
use crate::domain::registration::MailSettings;
use crate::domain::staff::ImportOptions;
use crate::domain::{fixture, invariants};
use crate::model::AccountId;

static NOW: std::sync::LazyLock<crate::model::Timestamp> = std::sync::LazyLock::new(|| {
    crate::model::Timestamp::parse("2026-11-23T09:00:00Z").expect("a fixed RFC 3339 time")
});

/// The world a fuzzed staff CSV is imported into: org `a` (admin 1000,
/// member 1001 `a-one`), org `b`, a personal account.
const STAFF_WORLD: &str = r#"
[[org]]
slug = "a"
name = "A"
plan = "business"
seats = 6
[[org]]
slug = "b"
name = "B"
plan = "business"
seats = 9
[[account]]
email = "a0@a.example"
name = "a0"
org = "a"
role = "admin"
account_id = 1000
[[account]]
email = "a1@a.example"
name = "a1"
org = "a"
account_id = 1001
chatwork_id = "a-one"
[[account]]
email = "b0@b.example"
name = "b0"
org = "b"
role = "admin"
account_id = 2000
[[account]]
email = "free@example.com"
name = "free"
account_id = 5000
"#;

fn count(db: &Db, table: &str) -> i64 {
    db::row_count(db.conn(), table).unwrap_or(-1)
}

/// The file is sound and every invariant of SPEC §9 holds.
fn assert_valid(db: &mut Db) {
    let (integrity, broken) = db
        .read(|tx| Ok((db::integrity_check(tx)?, invariants::check(tx, &NOW)?)))
        .expect("the database can be read");
    assert_eq!(integrity, "ok");
    assert!(broken.is_empty(), "invariants broken: {broken:?}");
}

/// `staff import` of arbitrary bytes. The first byte picks the options
/// (bit 0: Shift_JIS, bit 1: `--skip-invalid`, bit 2: `--invite`); the rest
/// is the file. Returns whether the input got past the header (for the
/// figures of the deterministic run).
pub fn staff_csv(data: &[u8]) -> bool {
    let (flags, bytes) = match data.split_first() {
        Some((f, rest)) => (*f, rest.to_vec()),
        None => (0, Vec::new()),
    };
    let encoding = if flags & 1 != 0 {
        Encoding::ShiftJis
    } else {
        Encoding::Utf8
    };
    let options = ImportOptions {
        invite: (flags & 4 != 0).then(MailSettings::default),
        skip_invalid: flags & 2 != 0,
    };
    let mut db = Db::open_in_memory().expect("an in-memory database");
    db.write(|tx| {
        fixture::load(tx, &fixture::parse(STAFF_WORLD, "world")?, &NOW)?;
        Ok(())
    })
    .expect("the staff world loads");
    let registrations = count(&db, "registrations");
    let size = bytes.len() as u64;
    let Ok(mut reader) =
        StaffReader::from_reader(Box::new(Cursor::new(bytes)), encoding, false, size)
    else {
        // Refused whole before any row.
        assert_eq!(count(&db, "staff"), 0);
        return false;
    };
    let mut rejected_rows = 0u64;
    let outcome = db.write_or_roll_back(|tx| {
        let org = orgs::by_slug(tx, "a")?.expect("org a");
        let actor = accounts::by_id(tx, AccountId(1000))?.expect("account 1000");
        let summary = crate::commands::staff::import_in(
            tx,
            &org,
            &actor,
            &mut reader,
            &options,
            &NOW,
            true,
            &mut |_, _| {
                rejected_rows += 1;
                Ok(())
            },
            &mut |_| {},
        )?;
        let commit = summary.written;
        Ok((summary, commit))
    });
    match outcome {
        Err(_) => {
            assert_eq!(count(&db, "staff"), 0, "a refused file wrote rows");
            assert_eq!(count(&db, "registrations"), registrations);
        }
        Ok(summary) => {
            let rejected = summary.errors.len();
            assert_eq!(summary.accepted() + rejected, summary.rows);
            assert_eq!(rejected, rejected_rows);
            if rejected > 0 && !options.skip_invalid {
                assert!(!summary.written);
                assert_eq!(count(&db, "staff"), 0);
                assert_eq!(count(&db, "registrations"), registrations);
            } else {
                assert_eq!(count(&db, "staff") as u64, summary.created);
            }
        }
    }
    assert_valid(&mut db);
    true
}

/// `fixture load` of arbitrary text: parsed and loaded, or refused whole
/// with nothing written; a loaded scenario satisfies every invariant.
/// Returns whether the text parsed and reached the loader.
pub fn fixture_toml(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let Ok(scenario) = fixture::parse(text, "fuzz") else {
        return false;
    };
    let mut db = Db::open_in_memory().expect("an in-memory database");
    let loaded = db.write(|tx| fixture::load(tx, &scenario, &NOW));
    if loaded.is_err() {
        for table in ["orgs", "accounts", "chats", "staff"] {
            assert_eq!(count(&db, table), 0, "a refused scenario wrote {table}");
        }
    }
    assert_valid(&mut db);
    true
}

/// A tiny deterministic xorshift, for the mutations `cargo test` runs.
#[cfg(test)]
struct XorShift(u64);

#[cfg(test)]
impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    /// Strings that have broken parsers before: quotes, separators, NUL,
    /// invalid UTF-8, huge numbers, SQL, headers in both languages.
    const DICTIONARY: &[&[u8]] = &[
        b"\"",
        b",",
        b"\n",
        b"\r\n",
        b"\0",
        b"\xff\xfe",
        b"\x82\xa0",
        b"\xef\xbb\xbf",
        b"=",
        b"1000",
        b"1001",
        b"2000",
        b"5000",
        b"-1",
        b"99999999999999999999",
        b"a-one",
        b"a1@a.example",
        b"new@a.example",
        b"'; DROP TABLE staff; --",
        b"name",
        b"email",
        b"account_id",
        b"chatwork_id",
        "氏名".as_bytes(),
        "メールアドレス".as_bytes(),
        b"[[org]]",
        b"[[account]]",
        b" = ",
        b"\"admin\"",
        b"true",
        b"0",
        b"[]",
    ];

    fn mutate(rng: &mut XorShift, seed: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
        let mut data = seed.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(data.len() + 1);
            match rng.below(7) {
                0 if !data.is_empty() => {
                    let i = rng.below(data.len());
                    data[i] ^= 1 << rng.below(8);
                }
                1 if !data.is_empty() => {
                    let end = (at + 1 + rng.below(16)).min(data.len());
                    data.drain(at.min(end)..end);
                }
                2 => {
                    let word = DICTIONARY[rng.below(DICTIONARY.len())];
                    data.splice(at..at, word.iter().copied());
                }
                3 => {
                    // Duplicate or move a line: rows and table entries.
                    let lines: Vec<&[u8]> = data.split(|b| *b == b'\n').collect();
                    let line = lines[rng.below(lines.len())].to_vec();
                    let mut with = line;
                    with.push(b'\n');
                    data.splice(at..at, with);
                }
                4 if !data.is_empty() => {
                    let i = rng.below(data.len());
                    data[i] = rng.next() as u8;
                }
                5 if !others.is_empty() => {
                    // Splice in a piece of another seed.
                    let other = &others[rng.below(others.len())];
                    let from = rng.below(other.len());
                    let to = (from + rng.below(64)).min(other.len());
                    data.splice(at..at, other[from..to].iter().copied());
                }
                _ => data.truncate(at),
            }
        }
        data
    }

    fn seeds(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut found: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect();
        found.sort();
        found
    }

    fn corpus(target: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz")
            .join("corpus")
            .join(target)
    }

    /// Runs `target` on every seed, then on `mutations` mutations; returns
    /// how many inputs it ran and how many of them went past parsing.
    fn exercise(
        target: fn(&[u8]) -> bool,
        seeds: &[Vec<u8>],
        mutations: usize,
        seed: u64,
    ) -> (usize, usize) {
        let mut deep = 0;
        for s in seeds {
            deep += usize::from(target(s));
        }
        let mut rng = XorShift(seed);
        for _ in 0..mutations {
            let base = &seeds[rng.below(seeds.len())];
            let input = mutate(&mut rng, base, seeds);
            match std::panic::catch_unwind(|| target(&input)) {
                Ok(went_deep) => deep += usize::from(went_deep),
                Err(_) => panic!(
                    "fuzz input found a bug; reproduce with this input: {:?}",
                    String::from_utf8_lossy(&input)
                ),
            }
        }
        (seeds.len() + mutations, deep)
    }

    #[test]
    fn staff_csv_target_over_the_corpus_and_mutations() {
        let files = seeds(&corpus("staff_csv"));
        assert!(files.len() >= 10, "the staff_csv seed corpus is missing");
        // Every seed under every option byte, then mutations of those.
        let mut inputs = Vec::new();
        for (_, bytes) in &files {
            for flags in 0..8u8 {
                let mut input = vec![flags];
                input.extend_from_slice(bytes);
                inputs.push(input);
            }
        }
        let (runs, deep) = exercise(staff_csv, &inputs, 3000, 0x5eed_c5f1);
        eprintln!("fuzzing::staff_csv: {runs} executions, {deep} past the header");
    }

    #[test]
    fn fixture_toml_target_over_the_corpus_and_mutations() {
        let files = seeds(&corpus("fixture_toml"));
        assert!(files.len() >= 4, "the fixture_toml seed corpus is missing");
        let originals: Vec<Vec<u8>> = files.iter().map(|(_, b)| b.clone()).collect();
        for s in &originals {
            assert!(fixture_toml(s), "a seed fixture does not parse");
        }
        // Mutations start from the seeds without passwords: an Argon2 hash
        // per account would make a few thousand runs take minutes.
        let cheap: Vec<Vec<u8>> = originals
            .iter()
            .map(|b| {
                String::from_utf8_lossy(b)
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("password"))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into_bytes()
            })
            .collect();
        let (runs, deep) = exercise(fixture_toml, &cheap, 2000, 0xf1c5_70e1);
        eprintln!(
            "fuzzing::fixture_toml: {} executions, {deep} parsed and loaded or refused",
            runs + originals.len()
        );
    }

    #[test]
    fn the_xorshift_is_deterministic() {
        let (mut a, mut b) = (XorShift(7), XorShift(7));
        assert!((0..100).all(|_| a.next() == b.next()));
    }
}
