//! Passwords and tokens: Argon2id hashes for passwords, random URL-safe
//! tokens stored only as SHA-256 hashes. Nothing here is ever stored or
//! logged in clear.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 128;

/// Checks the length rule and hashes a password with Argon2id.
pub fn hash_password(password: &str) -> Result<String> {
    let len = password.chars().count();
    if !(PASSWORD_MIN..=PASSWORD_MAX).contains(&len) {
        return Err(Error::refused(format!(
            "a password needs {PASSWORD_MIN} to {PASSWORD_MAX} characters (this one has {len})"
        ))
        .into());
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| Error::unexpected(format!("no OS randomness: {e}")))?;
    let hash = Argon2::default()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map_err(|e| Error::unexpected(format!("cannot hash the password: {e}")))?;
    Ok(hash.to_string())
}

/// Whether `password` matches a stored Argon2id hash. A hash that cannot be
/// parsed matches nothing.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A new secret token: 32 bytes from the OS, as 64 hex digits (URL-safe).
pub fn new_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::unexpected(format!("no OS randomness: {e}")))?;
    Ok(hex(&bytes))
}

/// The SHA-256 of a token, as stored.
pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_round_trip_and_are_not_stored_in_clear() {
        let h = hash_password("secret-pass-1").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(!h.contains("secret-pass-1"));
        assert!(verify_password("secret-pass-1", &h));
        assert!(!verify_password("secret-pass-2", &h));
        assert!(!verify_password("secret-pass-1", "not a hash"));
    }

    #[test]
    fn password_length_is_checked() {
        assert!(hash_password("short").is_err());
        assert!(hash_password(&"x".repeat(129)).is_err());
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(hash_token(&a).len(), 64);
        assert_ne!(hash_token(&a), a);
    }
}
