//! Writes the outbox as a Maildir (`DIR/{tmp,new,cur}`), the spool format
//! every mail tool reads, with the care of a mail delivery agent (issue
//! 15.1): `tmp/`, `new/` and `cur/` must be real directories (a symlink is
//! refused, and every file operation goes through the directories' open
//! descriptors, so one cannot be swapped in meanwhile); each message is
//! created exclusively (`O_EXCL`, never following a link) under a unique
//! name of the Maildir convention (`SECS.M<usec>P<pid>R<random>.HOST`),
//! mode 0600; directories orgctl creates are 0700, whatever the umask. The
//! file is written and fsynced in `tmp/`, linked into `new/` (a link never
//! replaces an existing file), and `new/` is fsynced before the message
//! counts as delivered; then the `tmp/` name is removed. The outbox ID in
//! the name (`_orgctl<id>`) keeps a second export from writing a message
//! the Maildir still holds.

use std::io::Write;
use std::path::Path;

use crate::db::outbox::RawMessage;
use crate::error::{Error, Result};

/// What an export did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Exported {
    pub written: usize,
    /// Messages already in `new/` or `cur/` from an earlier export.
    pub already_there: usize,
}

/// The mark of outbox message `id` in a Maildir name (in the unique part:
/// `SECS.M<usec>P<pid>R<random>_orgctl<id>.HOST`), by which a later export
/// knows it is there already.
fn id_mark(id: i64) -> String {
    format!("_orgctl{id}.")
}

/// Writes every message of `messages` that the Maildir does not hold yet
/// (in `new/`, or in `cur/` where a mail reader moved it); a message a mail
/// system took away is written again.
#[cfg(unix)]
pub fn export(dir: &Path, messages: &[RawMessage]) -> Result<Exported> {
    use rustix::fs::{CWD, Mode, OFlags};

    let fail = |what: String, e: rustix::io::Errno| -> anyhow::Error {
        Error::unexpected(format!("{what}: {}", std::io::Error::from(e))).into()
    };
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode_private()
            .create(dir)
            .map_err(|e| Error::unexpected(format!("cannot create {}: {e}", dir.display())))?;
        // The mode given to mkdir is cut by the umask; set it outright.
        let fd = rustix::fs::open(
            dir,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(|e| fail(format!("cannot open {}", dir.display()), e))?;
        rustix::fs::fchmod(&fd, Mode::from_raw_mode(0o700))
            .map_err(|e| fail(format!("cannot restrict {}", dir.display()), e))?;
    }
    // DIR itself may be a link the administrator made (e.g. ~/Maildir to a
    // data disk); what orgctl writes inside it never follows one.
    let root = rustix::fs::openat(
        CWD,
        dir,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(|e| fail(format!("cannot open the Maildir {}", dir.display()), e))?;
    let mut subdirs = Vec::new();
    for sub in ["tmp", "new", "cur"] {
        let shown = dir.join(sub).display().to_string();
        let created = match rustix::fs::mkdirat(&root, sub, Mode::from_raw_mode(0o700)) {
            Ok(()) => true,
            Err(rustix::io::Errno::EXIST) => false,
            Err(e) => return Err(fail(format!("cannot create {shown}"), e)),
        };
        let fd = match rustix::fs::openat(
            &root,
            sub,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
        ) {
            Ok(fd) => fd,
            Err(rustix::io::Errno::LOOP | rustix::io::Errno::NOTDIR) => {
                return Err(Error::refused(format!(
                    "{shown} is a symbolic link or not a directory; orgctl writes mail only into real directories"
                ))
                .with_hint(format!(
                    "remove {shown} or export to another directory"
                ))
                .into());
            }
            Err(e) => return Err(fail(format!("cannot open {shown}"), e)),
        };
        if created {
            rustix::fs::fchmod(&fd, Mode::from_raw_mode(0o700))
                .map_err(|e| fail(format!("cannot restrict {shown}"), e))?;
        }
        subdirs.push(fd);
    }
    let (tmp, new) = (&subdirs[0], &subdirs[1]);
    let mut present = String::new();
    for sub in ["new", "cur"] {
        let path = dir.join(sub);
        let entries = std::fs::read_dir(&path)
            .map_err(|e| Error::unexpected(format!("cannot read {}: {e}", path.display())))?;
        for entry in entries.flatten() {
            present.push_str(&entry.file_name().to_string_lossy());
            present.push('/');
        }
    }
    let mut done = Exported::default();
    let host = maildir_host(&gethostname::gethostname().to_string_lossy());
    let pid = std::process::id();
    for m in messages {
        if present.contains(&id_mark(m.id)) {
            done.already_there += 1;
            continue;
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let random = &crate::secrets::new_token()?[..16];
        let name = format!(
            "{}.M{}P{pid}R{random}{}{host}",
            now.as_secs(),
            now.subsec_micros(),
            id_mark(m.id)
        );
        deliver_one(dir, tmp, new, &name, m.raw.as_bytes())
            .map_err(|e| Error::unexpected(format!("message {}: {e}", m.id)))?;
        done.written += 1;
    }
    Ok(done)
}

/// Writes one message as `tmp/NAME`, then links it to `new/NAME`: created
/// exclusively and never through a link, 0600, fsynced, and `new/` fsynced
/// before it counts as delivered. The `tmp/` name is removed either way.
#[cfg(unix)]
fn deliver_one(
    dir: &Path,
    tmp: &rustix::fd::OwnedFd,
    new: &rustix::fd::OwnedFd,
    name: &str,
    bytes: &[u8],
) -> std::result::Result<(), String> {
    use rustix::fs::{AtFlags, Mode, OFlags};
    let io = |e: rustix::io::Errno| std::io::Error::from(e);
    let shown_tmp = dir.join("tmp").join(name).display().to_string();
    let fd = rustix::fs::openat(
        tmp,
        name,
        OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o600),
    )
    .map_err(|e| format!("cannot create {shown_tmp}: {}", io(e)))?;
    let written = rustix::fs::fchmod(&fd, Mode::from_raw_mode(0o600))
        .map_err(io)
        .and_then(|()| {
            let mut file = std::fs::File::from(fd);
            file.write_all(bytes)?;
            // The bytes are on disk before the name in new/ exists.
            file.sync_all()
        });
    let delivered = written
        .map_err(|e| format!("cannot write {shown_tmp}: {e}"))
        .and_then(|()| {
            let shown_new = dir.join("new").join(name).display().to_string();
            // A link, unlike a rename, never replaces an existing file.
            rustix::fs::linkat(tmp, name, new, name, AtFlags::empty())
                .map_err(|e| format!("cannot link {shown_new}: {}", io(e)))?;
            // The name in new/ is on disk: now the message is delivered.
            rustix::fs::fsync(new)
                .map_err(|e| format!("cannot sync {}: {}", dir.join("new").display(), io(e)))
        });
    // A tmp/ name left by a failure to remove it is one that Maildir
    // readers clean up after 36 hours.
    let _ = rustix::fs::unlinkat(tmp, name, AtFlags::empty());
    delivered
}

#[cfg(not(unix))]
pub fn export(_dir: &Path, _messages: &[RawMessage]) -> Result<Exported> {
    Err(Error::unexpected("the Maildir export needs a Unix system").into())
}

/// The host part of a Maildir name: `/` and `:` are written as `\057` and
/// `\072`, as the convention asks.
fn maildir_host(host: &str) -> String {
    let host = if host.is_empty() { "localhost" } else { host };
    host.replace('/', "\\057").replace(':', "\\072")
}

/// `DirBuilder` with mode 0700 where the platform has modes.
trait PrivateDir {
    fn mode_private(&mut self) -> &mut Self;
}

impl PrivateDir for std::fs::DirBuilder {
    fn mode_private(&mut self) -> &mut Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            self.mode(0o700);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn maildir() -> (tempfile::TempDir, rustix::fd::OwnedFd, rustix::fd::OwnedFd) {
        use rustix::fs::{Mode, OFlags};
        let d = tempfile::tempdir().unwrap();
        export(d.path(), &[]).unwrap();
        let open = |sub: &str| {
            rustix::fs::open(
                d.path().join(sub).as_path(),
                OFlags::RDONLY | OFlags::DIRECTORY,
                Mode::empty(),
            )
            .unwrap()
        };
        let (tmp, new) = (open("tmp"), open("new"));
        (d, tmp, new)
    }

    #[test]
    fn a_planted_link_in_tmp_is_never_followed() {
        let (d, tmp, new) = maildir();
        let victim = d.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        std::os::unix::fs::symlink(&victim, d.path().join("tmp/NAME")).unwrap();
        let err = deliver_one(d.path(), &tmp, &new, "NAME", b"mail").unwrap_err();
        assert!(err.contains("cannot create"), "{err}");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
        assert!(!d.path().join("new/NAME").exists());
    }

    #[test]
    fn an_existing_message_in_new_is_never_replaced() {
        let (d, tmp, new) = maildir();
        std::fs::write(d.path().join("new/NAME"), "first").unwrap();
        let err = deliver_one(d.path(), &tmp, &new, "NAME", b"second").unwrap_err();
        assert!(err.contains("cannot link"), "{err}");
        assert_eq!(
            std::fs::read_to_string(d.path().join("new/NAME")).unwrap(),
            "first"
        );
        // Nothing is left behind in tmp/.
        assert_eq!(std::fs::read_dir(d.path().join("tmp")).unwrap().count(), 0);
    }

    #[test]
    fn a_message_is_delivered_whole_and_private() {
        use std::os::unix::fs::PermissionsExt;
        let (d, tmp, new) = maildir();
        deliver_one(d.path(), &tmp, &new, "NAME", b"From: a\r\n\r\nbody\r\n").unwrap();
        let path = d.path().join("new/NAME");
        assert_eq!(std::fs::read(&path).unwrap(), b"From: a\r\n\r\nbody\r\n");
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(std::fs::read_dir(d.path().join("tmp")).unwrap().count(), 0);
    }

    #[test]
    fn host_names_are_escaped() {
        assert_eq!(maildir_host("a/b:c"), "a\\057b\\072c");
        assert_eq!(maildir_host(""), "localhost");
    }
}
