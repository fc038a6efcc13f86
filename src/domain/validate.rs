//! The formats of SPEC §1: org slugs, e-mails, Chatwork IDs, names.

use crate::error::{Error, Result};

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
            "`{s}` is not a valid org slug: use 1 to 63 lower-case letters, digits and '-', starting with a letter or digit"
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
            Error::refused(format!("`{s}` is not a valid e-mail address"))
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
            "`{s}` is not a valid Chatwork ID: use 1 to 64 letters, digits, '_' and '-'"
        ))
        .into())
    }
}

/// A person's or an org's display name: not blank, at most 200 characters, no
/// control characters.
pub fn name(what: &str, s: &str) -> Result<String> {
    let trimmed = s.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 200 || trimmed.chars().any(char::is_control)
    {
        Err(Error::refused(format!(
            "{what} `{}` is not valid: give 1 to 200 printable characters",
            s.escape_debug()
        ))
        .into())
    } else {
        Ok(trimmed.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
