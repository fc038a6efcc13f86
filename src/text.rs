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

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(plural(1, "seat", "seats"), "1 seat");
        assert_eq!(plural(0usize, "seat", "seats"), "0 seats");
        assert_eq!(plural(2i64, "user", "users"), "2 users");
    }
}
