//! Words for people: counts with their nouns ("1 seat", "2 seats") and the
//! characters that make a name display as something else. A leaf module, so
//! that mail, plans, validation and rendering all say it the same way.

/// "1 seat", "2 seats": a count with its noun, for sentences people read.
pub fn plural<N: std::fmt::Display + PartialEq + From<u8>>(n: N, one: &str, many: &str) -> String {
    if n == N::from(1) {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Whether `c` can make a name display as someone else's or as two lines
/// (`domain::validate::deceptive` refuses it; the renderer escapes it).
pub fn is_deceptive(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// What is wrong with an age as the command line writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeError {
    /// Not a whole number before the unit.
    Number,
    /// No unit, or not one of s, m, h, d, w.
    Unit,
    /// More time than the clock can count.
    TooLarge,
}

/// An age (`90s`, `30m`, `24h`, `7d`, `2w`): a whole number and one unit.
/// The one rule for `audit list --since 7d` and `outbox purge --older-than
/// 30d`.
pub fn age(text: &str) -> Result<chrono::Duration, AgeError> {
    let text = text.trim();
    let unit = text.chars().last().ok_or(AgeError::Number)?;
    let number = &text[..text.len() - unit.len_utf8()];
    let seconds_per = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        'w' => 7 * 86_400,
        _ => return Err(AgeError::Unit),
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AgeError::Number);
    }
    let n: i64 = number.parse().map_err(|_| AgeError::TooLarge)?;
    n.checked_mul(seconds_per)
        .and_then(chrono::Duration::try_seconds)
        .ok_or(AgeError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::{AgeError, age, plural};

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(plural(1, "seat", "seats"), "1 seat");
        assert_eq!(plural(0usize, "seat", "seats"), "0 seats");
        assert_eq!(plural(2i64, "user", "users"), "2 users");
    }

    #[test]
    fn an_age_is_a_whole_number_and_one_unit() {
        assert_eq!(age("90s"), Ok(chrono::Duration::seconds(90)));
        assert_eq!(age(" 2w "), Ok(chrono::Duration::days(14)));
        assert_eq!(age("30"), Err(AgeError::Unit));
        assert_eq!(age("7y"), Err(AgeError::Unit));
        assert_eq!(age(""), Err(AgeError::Number));
        assert_eq!(age("d"), Err(AgeError::Number));
        assert_eq!(age("-3d"), Err(AgeError::Number));
        assert_eq!(age("+3d"), Err(AgeError::Number));
        assert_eq!(age("99999999999999999999d"), Err(AgeError::TooLarge));
        assert_eq!(age("9223372036854775807w"), Err(AgeError::TooLarge));
    }
}
