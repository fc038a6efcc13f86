//! Opening an SQLite database file safely (issue 15.5): the path is a plain
//! file path (no `file:` URI, no query string, no `:memory:`); a new file is
//! born whole — 0600 in directories orgctl makes 0700, whatever the umask,
//! already in WAL mode and marked as orgctl's — and appears under its name
//! atomically, so processes racing to create one database never see it
//! half made (15.7); an existing file readable or writable by others is
//! fixed with a warning; a file that belongs to another application is
//! refused before anything is written to it.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, ErrorKind, Result};

/// `PRAGMA application_id` of every orgctl database: "orgc" in ASCII, so
/// `file(1)` and a hex dump of the header (offset 68) name it.
pub const APPLICATION_ID: i32 = 0x6f72_6763;

/// Opens the SQLite database at `path` for reading and writing, creating it
/// if needed, with the busy timeout set. Warnings for the administrator
/// (a permission fixed) are pushed to `warnings`; the caller prints them.
pub fn open(path: &Path, busy_timeout: Duration, warnings: &mut Vec<String>) -> Result<Connection> {
    check_path(path)?;
    if !path.exists() {
        create_whole(path)?;
    }
    make_private(path, warnings)?;
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if crate::fault::injected("read-only") {
        // What SQLite does by itself with a write-protected file (tests run
        // as root, whom permissions do not stop).
        flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    }
    // No SQLITE_OPEN_URI: the path is a file name, never a URI with options.
    let conn = Connection::open_with_flags(path, flags)
        .with_context(|| format!("cannot open the database {}", path.display()))?;
    // SQLite counts the timeout in a C int of milliseconds; rusqlite panics
    // past it. Settings refuse larger values; this keeps any caller safe.
    conn.busy_timeout(busy_timeout.min(Duration::from_millis(i32::MAX as u64)))?;
    claim(&conn, path)?;
    Ok(conn)
}

/// After the migrations: the test-only "disk full" fault lets the file grow
/// no further (`max_page_count`), so the next write that needs a new page
/// fails as on a full disk (15.9).
pub fn opened(conn: &Connection) -> Result<()> {
    if crate::fault::injected("disk-full") {
        let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        let _: i64 = conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
            r.get(0)
        })?;
    }
    Ok(())
}

/// A plain file path, or a usage error (exit 2). SQLite would read
/// `file:x?mode=memory` as a URI and keep nothing, and `:memory:` is a
/// database that vanishes when orgctl exits: both printed "applied".
fn check_path(path: &Path) -> Result<()> {
    let text = path.to_string_lossy();
    let way_out = "give the path of the database file, e.g. --db ./orgctl.db";
    if text.is_empty() {
        return Err(Error::usage("--db is empty").with_hint(way_out).into());
    }
    if text.len() >= 5 && text[..5].eq_ignore_ascii_case("file:") {
        return Err(Error::usage(format!(
            "--db {}: orgctl takes a database file path, not an SQLite URI",
            crate::error::echo(&text)
        ))
        .with_hint(way_out)
        .into());
    }
    if text == ":memory:" || text.starts_with(":memory:") {
        return Err(Error::usage(
            "--db :memory: would keep nothing after orgctl exits; orgctl needs a database file",
        )
        .with_hint(way_out)
        .into());
    }
    if text.contains('?') {
        return Err(Error::usage(format!(
            "--db {}: a database path may not contain '?' (orgctl takes no URI query options)",
            crate::error::echo(&text)
        ))
        .with_hint(way_out)
        .into());
    }
    if path.is_dir() {
        return Err(Error::unexpected(format!(
            "{} is a directory, not a database file",
            path.display()
        ))
        .with_hint(way_out)
        .into());
    }
    Ok(())
}

/// Creates the database whole under a temporary name in the same
/// directory — mode 0600, WAL mode, marked with `APPLICATION_ID` — and links
/// it into place only if nobody else created `path` meanwhile. Whoever loses
/// the race discards its file and opens the winner's: no process ever opens
/// a half-made file, so racing first runs never wait on a journal-mode
/// switch (the spurious exit 75s of issue 15.7).
fn create_whole(path: &Path) -> Result<()> {
    let parent = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) => parent.to_path_buf(),
        None => PathBuf::from("."),
    };
    create_private_dirs(&parent)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "orgctl.db".into());
    let temp = parent.join(format!(
        ".{name}.{}.{}.new",
        std::process::id(),
        random_hex()
    ));
    let made = make_database(&temp);
    let placed = made.and_then(|()| {
        match fs::hard_link(&temp, path) {
            Ok(()) => Ok(()),
            // Another process placed its database first: use that one.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
            // A filesystem without hard links: rename, which replaces; the
            // window is the moment between the check and the rename.
            Err(_) if !path.exists() => fs::rename(&temp, path)
                .with_context(|| format!("cannot create the database {}", path.display())),
            Err(_) => Ok(()),
        }
    });
    for leftover in [temp.clone(), wal_of(&temp, "-wal"), wal_of(&temp, "-shm")] {
        let _ = fs::remove_file(leftover);
    }
    placed?;
    sync_dir(&parent);
    Ok(())
}

/// The new file's content: an empty database in WAL mode with orgctl's
/// application id, flushed to disk.
fn make_database(temp: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(temp)
        .with_context(|| format!("cannot create the database {}", temp.display()))?;
    // The mode given at creation passes through the umask; set it exactly.
    set_mode(temp, 0o600)?;
    drop(file);
    let conn = Connection::open_with_flags(
        temp,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    // Closing the only connection checkpoints the WAL into the file.
    conn.close().map_err(|(_, e)| e)?;
    OpenOptions::new().read(true).open(temp)?.sync_all()?;
    Ok(())
}

/// Creates the missing directories of `dir`, each 0700 whatever the umask;
/// existing ones are left as they are.
fn create_private_dirs(dir: &Path) -> Result<()> {
    let mut missing = Vec::new();
    let mut at = Some(dir);
    while let Some(d) = at.filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        missing.push(d.to_path_buf());
        at = d.parent();
    }
    for d in missing.iter().rev() {
        match fs::create_dir(d) {
            Ok(()) => set_mode(d, 0o700)?,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot create the directory {}", d.display()));
            }
        }
    }
    Ok(())
}

/// An existing database (and its `-wal`, `-shm`) that others may read or
/// write is made private to its owner and group, with a warning: the file
/// holds mail with registration links and the whole state (README,
/// "Security model"). Group permissions are left alone, since a group
/// shared by a team of administrators is a deliberate choice. A file whose
/// mode cannot be changed (not ours) is refused.
fn make_private(path: &Path, warnings: &mut Vec<String>) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in [
            path.to_path_buf(),
            wal_of(path, "-wal"),
            wal_of(path, "-shm"),
        ] {
            let Ok(meta) = fs::metadata(&file) else {
                continue;
            };
            let mode = meta.permissions().mode() & 0o7777;
            if mode & 0o007 == 0 {
                continue;
            }
            let fixed = mode & !0o007;
            fs::set_permissions(&file, fs::Permissions::from_mode(fixed)).map_err(|e| {
                Error::refused(format!(
                    "the database file {} is open to every user of this machine (mode {mode:o}), and its mode cannot be changed: {e}",
                    file.display()
                ))
                .with_hint(format!("its owner can run: chmod o-rwx {}", file.display()))
            })?;
            warnings.push(format!(
                "warning: {} was open to every user of this machine (mode {mode:o}); orgctl made it {fixed:o}",
                file.display()
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = (path, warnings);
    Ok(())
}

/// Checks whose database this is before anything writes to it: orgctl's
/// (marked), orgctl's from before the mark (its tables, stamped now), new
/// and empty (stamped by its creation or now), or another application's —
/// refused, so that `org list` never adds orgctl's tables to it.
fn claim(conn: &Connection, path: &Path) -> Result<()> {
    let first_read = conn.query_row("PRAGMA application_id", [], |r| r.get::<_, i32>(0));
    let id = first_read.map_err(|e| readable_error(e, path))?;
    if id == APPLICATION_ID {
        return Ok(());
    }
    let foreign = |what: String| -> anyhow::Error {
        Error::refused(format!(
            "{} is not an orgctl database: {what}; orgctl changes nothing in it",
            path.display()
        ))
        .with_hint(
            "point --db (or ORGCTL_DB) at an orgctl database, or at a new file name to create one",
        )
        .into()
    };
    if id != 0 {
        return Err(foreign(format!(
            "it belongs to another application (application_id {id:#x})"
        )));
    }
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let ours = ["orgs", "accounts", "chats", "audit"]
        .iter()
        .all(|t| tables.iter().any(|n| n == t));
    if !tables.is_empty() && !ours {
        let mut shown: Vec<&str> = tables.iter().map(String::as_str).take(5).collect();
        if tables.len() > 5 {
            shown.push("…");
        }
        return Err(foreign(format!(
            "it holds other tables ({})",
            shown.join(", ")
        )));
    }
    // An empty file or an orgctl database from before the mark: mark it. A
    // file this process may not write is marked by the next one that may.
    let _ = conn.pragma_update(None, "application_id", APPLICATION_ID);
    Ok(())
}

/// The first read of a database file failed: say why in the administrator's
/// terms (a stale read-only `-shm` has its own hint).
fn readable_error(e: rusqlite::Error, path: &Path) -> anyhow::Error {
    if let rusqlite::Error::SqliteFailure(code, _) = &e {
        let shm = wal_of(path, "-shm");
        match code.extended_code {
            // SQLITE_READONLY_CANTINIT, SQLITE_READONLY_RECOVERY,
            // SQLITE_READONLY_CANTLOCK: the shared-memory file is there
            // but this process may not write it.
            1288 | 264 | 520 => {
                return Error::new(
                    ErrorKind::Unexpected,
                    format!(
                        "cannot use the database {}: its shared-memory file {} is read-only for this user (left by another user or a crashed run)",
                        path.display(),
                        shm.display()
                    ),
                )
                .with_hint(format!(
                    "when no orgctl is running on it, remove {} (SQLite rebuilds it), or run as the database's owner",
                    shm.display()
                ))
                .into();
            }
            _ => {}
        }
    }
    anyhow::Error::new(e).context(format!("cannot read the database {}", path.display()))
}

/// `PATH-wal` or `PATH-shm`.
fn wal_of(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
            .with_context(|| format!("cannot set the mode of {}", path.display()))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Makes a new name in `dir` durable (best effort: not every filesystem
/// lets a directory be opened for fsync).
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

fn random_hex() -> String {
    let mut bytes = [0u8; 6];
    // Without randomness the pid alone still keeps names apart in practice.
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn uris_queries_and_memory_databases_are_refused() {
        for bad in [
            "file:x.db",
            "FILE:x?mode=memory",
            ":memory:",
            "x.db?mode=ro",
            "",
        ] {
            let err = check_path(Path::new(bad)).unwrap_err();
            let e = crate::error::classify(&err);
            assert_eq!(e.kind, ErrorKind::Usage, "{bad}: {e:?}");
            assert!(e.hint.unwrap().contains("--db ./orgctl.db"));
        }
        check_path(Path::new("some dir/orgctl.db")).unwrap();
    }

    #[test]
    fn a_new_database_and_its_new_directories_are_private_whatever_the_parent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/o.db");
        let mut warnings = Vec::new();
        let conn = open(&path, Duration::from_secs(1), &mut warnings).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&dir.path().join("a/b")), 0o700);
        let id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(id, APPLICATION_ID);
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(journal, "wal");
        // No temporary file is left behind.
        let names: Vec<String> = fs::read_dir(dir.path().join("a/b"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with("-wal") && !n.ends_with("-shm"))
            .collect();
        assert_eq!(names, ["o.db"]);
    }

    #[test]
    fn a_database_open_to_others_is_made_private_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("o.db");
        drop(open(&path, Duration::from_secs(1), &mut Vec::new()).unwrap());
        fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).unwrap();
        let mut warnings = Vec::new();
        drop(open(&path, Duration::from_secs(1), &mut warnings).unwrap());
        assert_eq!(mode(&path), 0o660);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("mode 666") && warnings[0].contains("660"));
    }

    #[test]
    fn a_stale_read_only_shm_gets_a_hint_naming_it() {
        // SQLITE_READONLY_CANTINIT: what SQLite answers when the -shm file
        // exists and this process may not write it (as root, permissions
        // cannot make that happen for real, so the error is built here).
        let e = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(1288), None);
        let err = readable_error(e, Path::new("/srv/orgctl.db"));
        let e = crate::error::classify(&err);
        assert!(e.message.contains("/srv/orgctl.db-shm"), "{}", e.message);
        assert!(e.message.contains("read-only"), "{}", e.message);
        assert!(e.hint.unwrap().contains("remove /srv/orgctl.db-shm"));
    }

    #[test]
    fn another_applications_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        let other = Connection::open(&path).unwrap();
        other
            .execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);")
            .unwrap();
        drop(other);
        let before = fs::read(&path).unwrap();
        let err = open(&path, Duration::from_secs(1), &mut Vec::new()).unwrap_err();
        let e = crate::error::classify(&err);
        assert_eq!(e.kind, ErrorKind::Refused);
        assert!(
            e.message.contains("not an orgctl database"),
            "{}",
            e.message
        );
        assert!(e.message.contains("notes"), "{}", e.message);
        assert_eq!(fs::read(&path).unwrap(), before, "not a byte changed");

        let marked = dir.path().join("marked.db");
        let other = Connection::open(&marked).unwrap();
        other.pragma_update(None, "application_id", 42).unwrap();
        drop(other);
        let err = open(&marked, Duration::from_secs(1), &mut Vec::new()).unwrap_err();
        assert!(format!("{err:#}").contains("another application (application_id 0x2a)"));
    }
}
