//! Writes the outbox as a Maildir (`DIR/{tmp,new,cur}`), the spool format
//! every mail tool reads: each message goes to `tmp/` first and is renamed
//! into `new/`, so a reader never sees half a message.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::db::outbox::RawMessage;
use crate::error::Result;

/// Writes every message; returns how many. A message's file name is derived
/// from its outbox ID, so exporting again replaces what is still in `new/`;
/// a message a mail reader has already moved to `cur/` is written to `new/`
/// again (export to a fresh directory, or one the mail system drains).
pub fn export(dir: &Path, messages: &[RawMessage]) -> Result<usize> {
    for sub in ["tmp", "new", "cur"] {
        let path = dir.join(sub);
        fs::create_dir_all(&path).with_context(|| format!("cannot create {}", path.display()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o700))
                .with_context(|| format!("cannot restrict {}", path.display()))?;
        }
    }
    for m in messages {
        let secs = chrono::DateTime::parse_from_rfc3339(&m.created_at)
            .map(|t| t.timestamp())
            .unwrap_or(0);
        let name = format!("{secs}.O{}.orgctl", m.id);
        let tmp = dir.join("tmp").join(&name);
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options
            .open(&tmp)
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        file.write_all(m.raw.as_bytes())
            .and_then(|()| file.sync_all())
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        let new = dir.join("new").join(&name);
        fs::rename(&tmp, &new)
            .with_context(|| format!("cannot move a message to {}", new.display()))?;
    }
    Ok(messages.len())
}
