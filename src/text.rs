//! Words for people: counts with their nouns ("1 seat", "2 seats"). A leaf
//! module, so that mail, plans and rendering all say it the same way.

/// "1 seat", "2 seats": a count with its noun, for sentences people read.
pub fn plural<N: std::fmt::Display + PartialEq + From<u8>>(n: N, one: &str, many: &str) -> String {
    if n == N::from(1) {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
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
