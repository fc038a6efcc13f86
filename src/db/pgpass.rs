//! The PostgreSQL password file (`PGPASSFILE`, else `~/.pgpass`), read as
//! libpq reads it, so that an administrator's existing file works unchanged
//! (issue 14.6): `hostname:port:database:username:password` lines, `*`
//! matching anything, `\:` and `\\` escapes, `#` comments, the first
//! matching line wins, and a file that its group or others may read is
//! ignored with a warning.

use std::path::{Path, PathBuf};

/// What a connection is for, as the password file's fields match it.
pub struct Target<'a> {
    /// The host as given (`db.example`, or a socket directory `/run/postgresql`).
    pub host: &'a str,
    pub port: u16,
    pub database: &'a str,
    pub user: &'a str,
}

/// The socket directories libpq is built with (Debian's, and upstream's): a
/// connection through one of them also matches a `localhost` line, as in
/// libpq's `passwordFromFile`.
const DEFAULT_SOCKET_DIRS: [&str; 3] = ["/var/run/postgresql", "/run/postgresql", "/tmp"];

/// The password file's path: `PGPASSFILE`, else `$HOME/.pgpass`.
pub fn path() -> Option<PathBuf> {
    match std::env::var_os("PGPASSFILE").filter(|p| !p.is_empty()) {
        Some(p) => Some(PathBuf::from(p)),
        None => std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| Path::new(&h).join(".pgpass")),
    }
}

/// The password for `target` from the password file, if it has one. A file
/// that is missing says nothing; one that is unsafe or unreadable adds a
/// warning for the caller to print (`db/` never prints).
pub fn lookup(target: &Target<'_>, warnings: &mut Vec<String>) -> Option<String> {
    let path = path()?;
    let meta = std::fs::metadata(&path).ok()?;
    if !meta.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            warnings.push(format!(
                "the password file {} is ignored: its group or others may read it (chmod 0600 {} to use it)",
                path.display(),
                path.display()
            ));
            return None;
        }
    }
    match std::fs::read_to_string(&path) {
        Ok(text) => find(&text, target),
        Err(e) => {
            warnings.push(format!(
                "the password file {} is ignored: {e}",
                path.display()
            ));
            None
        }
    }
}

/// The first line of `text` that matches `target`.
pub fn find(text: &str, target: &Target<'_>) -> Option<String> {
    let port = target.port.to_string();
    let hosts: Vec<&str> = if DEFAULT_SOCKET_DIRS.contains(&target.host) {
        vec![target.host, "localhost"]
    } else {
        vec![target.host]
    };
    text.lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .find_map(|line| {
            let fields = split(line)?;
            let matches = |field: &str, value: &str| field == "*" || field == value;
            (hosts.iter().any(|h| matches(&fields[0], h))
                && matches(&fields[1], &port)
                && matches(&fields[2], target.database)
                && matches(&fields[3], target.user))
            .then(|| fields[4].clone())
        })
}

/// A line's five fields, unescaped; `None` for a line with fewer (libpq
/// skips it). The password is the rest of the line after the fourth colon.
fn split(line: &str) -> Option<[String; 5]> {
    let mut fields: Vec<String> = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut()?.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut()?.push(c),
        }
    }
    fields.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target<'a>(host: &'a str, user: &'a str) -> Target<'a> {
        Target {
            host,
            port: 5432,
            database: "orgctl",
            user,
        }
    }

    #[test]
    fn the_first_matching_line_wins_with_wildcards_and_escapes() {
        let file = "# comment\n\
                    other.example:5432:orgctl:ann:not-this\n\
                    db.example:5432:*:ann:pa\\:ss\\\\word\n\
                    *:*:*:*:fallback:with:colons\n";
        assert_eq!(
            find(file, &target("db.example", "ann")).as_deref(),
            Some("pa:ss\\word")
        );
        assert_eq!(
            find(file, &target("db.example", "bob")).as_deref(),
            Some("fallback:with:colons")
        );
    }

    #[test]
    fn port_database_and_user_must_match_and_short_lines_are_skipped() {
        let file = "db.example:5433:orgctl:ann:wrong-port\n\
                    db.example:5432:other:ann:wrong-db\n\
                    db.example:5432\n";
        assert_eq!(find(file, &target("db.example", "ann")), None);
    }

    #[test]
    fn a_default_socket_directory_also_matches_localhost() {
        let file = "localhost:5432:orgctl:ann:local\n";
        assert_eq!(
            find(file, &target("/var/run/postgresql", "ann")).as_deref(),
            Some("local")
        );
        // Any other socket directory is matched by its own path only.
        assert_eq!(find(file, &target("/srv/pg", "ann")), None);
        assert_eq!(
            find("/srv/pg:5432:orgctl:ann:sock\n", &target("/srv/pg", "ann")).as_deref(),
            Some("sock")
        );
    }
}
