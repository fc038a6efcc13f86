//! The formats of SPEC §1: org slugs, e-mails, Chatwork IDs, names.

use crate::error::{Error, Result, echo};

/// The largest account ID orgctl accepts (S1: IDs are fixed, and given in
/// bulk): 2^53 - 1, the largest integer every JSON reader (JavaScript's
/// numbers included) reads exactly, and far below SQLite's largest row ID,
/// so that `user add` can always give the next one (an ID of i64::MAX in a
/// fixture made every later `user add` fail, issue 15.7).
pub const MAX_ACCOUNT_ID: i64 = (1 << 53) - 1;

/// A slug is `[a-z0-9][a-z0-9-]{0,62}`.
pub fn slug(s: &str) -> Result<()> {
    let mut chars = s.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if first_ok && rest_ok && s.len() <= 63 {
        Ok(())
    } else {
        Err(Error::refused(format!(
            "`{}` is not a valid org slug: use 1 to 63 lower-case letters, digits and '-', starting with a letter or digit",
            echo(s)
        ))
        .into())
    }
}

/// An e-mail address, checked by an RFC 5322 parser and normalised to its
/// trimmed form. Display-name forms (`Name <a@b>`) are refused: an account's
/// e-mail is the bare address.
pub fn email(s: &str) -> Result<String> {
    let trimmed = s.trim();
    let ok = trimmed.len() <= 254
        && deceptive(trimmed).is_none()
        && email_address::EmailAddress::parse_with_options(
            trimmed,
            email_address::Options::default()
                .without_display_text()
                .without_domain_literal(),
        )
        .is_ok_and(|a| a.domain().contains('.') || a.domain() == "localhost");
    if ok {
        Ok(trimmed.to_string())
    } else {
        Err(
            Error::refused(format!("`{}` is not a valid e-mail address", quoted(s)))
                .with_hint("give a bare address such as name@example.com")
                .into(),
        )
    }
}

/// A Chatwork ID is `[A-Za-z0-9_-]`, 1 to 64 characters.
pub fn chatwork_id(s: &str) -> Result<()> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok {
        Ok(())
    } else {
        Err(Error::refused(format!(
            "`{}` is not a valid Chatwork ID: use 1 to 64 letters, digits, '_' and '-'",
            echo(s)
        ))
        .into())
    }
}

/// A person's, an org's or a group's display name: not blank, at most 200
/// characters, no control characters, and none of the invisible characters
/// that make a name look like another one (`deceptive`), so that a preview
/// cannot lie about who is affected (issue 15.8).
pub fn name(what: &str, s: &str) -> Result<String> {
    let trimmed = s.trim();
    if let Some((at, c)) = deceptive(trimmed) {
        return Err(Error::refused(format!(
            "{what} `{}` is not valid: character {} is U+{:04X} ({}), which changes how the text around it is shown",
            quoted(s),
            at + 1,
            u32::from(c),
            describe_deceptive(c)
        ))
        .with_hint("type the name again without it (copying from a web page or a chat can bring it along)")
        .into());
    }
    if trimmed.is_empty() || trimmed.chars().count() > 200 || trimmed.chars().any(char::is_control)
    {
        Err(Error::refused(format!(
            "{what} `{}` is not valid: give 1 to 200 printable characters",
            quoted(s)
        ))
        .into())
    } else {
        Ok(trimmed.to_string())
    }
}

/// The first character (its position in characters, and itself) that
/// reorders, hides or breaks the text around it: bidirectional embeddings,
/// overrides, isolates and marks, zero-width characters and joiners, the
/// byte-order mark, and the Unicode line and paragraph separators. Such a
/// name can display as someone else's ("Taro" followed by a right-to-left
/// override) or as two lines in a preview; orgctl refuses them rather than
/// escaping them, so every place a name is shown stays simple and true.
pub fn deceptive(s: &str) -> Option<(usize, char)> {
    s.chars().enumerate().find(|(_, c)| is_deceptive(*c))
}

pub use crate::text::is_deceptive;

/// `s` as a message may quote it: control and `deceptive` characters as
/// `\u{…}` escapes, at most `echo`'s length.
pub fn quoted(s: &str) -> String {
    let shown: String = s
        .chars()
        .take(400)
        .map(|c| {
            if is_deceptive(c) {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.escape_debug().to_string()
            }
        })
        .collect();
    let cut = s.chars().count() > 400;
    let shown = echo(&shown);
    if cut && !shown.ends_with("bytes)") {
        format!("{shown}…")
    } else {
        shown
    }
}

fn describe_deceptive(c: char) -> &'static str {
    match c {
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => "a bidirectional override",
        '\u{061C}' | '\u{200E}' | '\u{200F}' => "a bidirectional mark",
        '\u{2028}' | '\u{2029}' => "a line or paragraph separator",
        _ => "an invisible character",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_change_how_text_is_shown_are_refused() {
        for bad in [
            "Taro\u{202E}",
            "\u{2066}Hana",
            "Ta\u{200B}ro",
            "Ta\u{200D}ro",
            "A\u{2028}B",
            "A\u{2029}B",
            "\u{FEFF}Ken",
            "Ken\u{200F}",
            "\u{3164}",
        ] {
            let err = name("name", bad).unwrap_err();
            assert!(format!("{err}").contains("U+"), "{bad:?}: {err}");
            assert!(!format!("{err}").contains(bad), "{bad:?} is escaped");
            assert!(email(&format!("a{bad}@b.example")).is_err(), "{bad:?}");
        }
        for good in ["山田 太郎", "José Ñúñez", "O'Brien", "محمد", "Ελένη"] {
            assert_eq!(name("name", good).unwrap(), good);
        }
    }

    #[test]
    fn echoed_input_is_capped() {
        let long = "é".repeat(1000);
        let err = name("name", &long).unwrap_err();
        assert!(format!("{err}").len() < 400, "{err}");
        assert!(format!("{err}").contains("more bytes)"));
    }

    #[test]
    fn slugs() {
        for good in ["a", "b2", "acme-corp", &"x".repeat(63)] {
            assert!(slug(good).is_ok(), "{good}");
        }
        for bad in ["", "-a", "A", "a_b", "a b", "ä", &"x".repeat(64)] {
            assert!(slug(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(email(" a1@a.example ").unwrap(), "a1@a.example");
        for bad in [
            "",
            "a1",
            "a1@",
            "@a.example",
            "A <a@a.example>",
            "a@[1.2.3.4]",
            "a@b",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn chatwork_ids() {
        assert!(chatwork_id("b-one_2").is_ok());
        for bad in ["", "a b", "ab!", "日本"] {
            assert!(chatwork_id(bad).is_err(), "{bad}");
        }
    }
}
