//! One row's cells as the rules read them (S4, S5): each cell checked on
//! its own (no NUL, text valid in the file's encoding, a bounded length)
//! and parsed (a name, an e-mail, an account ID, a Chatwork ID), before any
//! of it is looked up in the state.

use super::RowProblem;
use crate::csvio::{Encoding, Field, StaffReader, StaffRow};
use crate::domain::validate;
use crate::error::classify;
use crate::model::AccountId;

/// A row whose cells are well-formed; what they name is checked later.
pub struct Cells {
    pub name: String,
    pub email: Option<String>,
    pub account_id: Option<AccountId>,
    pub chatwork_id: Option<String>,
}

/// The longest cell of each column that is read at all; longer cells are
/// refused without echoing them (a 2 MB cell makes a useless message).
fn max_chars(field: Field) -> usize {
    match field {
        Field::Name => 200,
        Field::Email => 254,
        Field::AccountId => 40,
        Field::ChatworkId => 64,
    }
}

/// The hint for text that is not valid in the encoding read: the encoding
/// detection would have chosen when `--encoding utf-8` was forced (17.9).
fn encoding_hint(reader: &StaffReader) -> String {
    match reader.suggested {
        Some(better) => format!(
            "the file looks like {}: pass --encoding {} (or leave --encoding out to detect it)",
            label(better),
            flag(better)
        ),
        None => "save the file as UTF-8 or Shift_JIS, or pass --encoding".to_string(),
    }
}

fn label(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::ShiftJis => "Shift_JIS",
        Encoding::Utf16Le => "UTF-16 (little-endian)",
        Encoding::Utf16Be => "UTF-16 (big-endian)",
    }
}

fn flag(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "utf-8",
        Encoding::ShiftJis => "shift_jis",
        Encoding::Utf16Le | Encoding::Utf16Be => "auto",
    }
}

/// Checks and parses a row's cells (S4, S5); the error names the column as
/// the file spells it.
pub fn parse(reader: &StaffReader, row: &StaffRow) -> std::result::Result<Cells, RowProblem> {
    let col = |f: Field| reader.column_name(f);
    let fail = |f: Field, message: String| Err((col(f), message));
    if let Some((column, message)) = &row.problem {
        return Err((column.clone(), message.clone()));
    }
    let cells = [
        (Field::Name, &row.name),
        (Field::Email, &row.email),
        (Field::AccountId, &row.account_id),
        (Field::ChatworkId, &row.chatwork_id),
    ];
    for (field, cell) in cells {
        if cell.contains('\0') {
            return fail(field, "the cell contains a NUL byte".into());
        }
        if cell.contains('\u{FFFD}') {
            return fail(
                field,
                format!(
                    "the cell holds bytes that are not valid {} text; {}",
                    reader.encoding.as_str(),
                    encoding_hint(reader)
                ),
            );
        }
        let n = cell.chars().count();
        if n > max_chars(field) {
            return fail(
                field,
                format!(
                    "the cell is {n} characters long; at most {} are allowed",
                    max_chars(field)
                ),
            );
        }
    }
    let name = match validate::name("the name", &row.name) {
        Ok(n) => n,
        Err(_) if row.name.is_empty() => {
            return fail(Field::Name, "the name is empty; every row needs one".into());
        }
        Err(e) => return fail(Field::Name, classify(&e).message),
    };
    let email = if row.email.is_empty() {
        None
    } else {
        match validate::email(&row.email) {
            Ok(e) => Some(e),
            Err(e) => return fail(Field::Email, classify(&e).message),
        }
    };
    let account_id = if row.account_id.is_empty() {
        None
    } else {
        match parse_account_id(&row.account_id) {
            Ok(id) => Some(id),
            Err(m) => return fail(Field::AccountId, m),
        }
    };
    let chatwork_id = if row.chatwork_id.is_empty() {
        None
    } else {
        match validate::chatwork_id(&row.chatwork_id) {
            Ok(()) => Some(row.chatwork_id.clone()),
            Err(e) => return fail(Field::ChatworkId, classify(&e).message),
        }
    };
    Ok(Cells {
        name,
        email,
        account_id,
        chatwork_id,
    })
}

/// An account ID cell: a positive whole number that fits an account ID.
pub fn parse_account_id(text: &str) -> std::result::Result<AccountId, String> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    if let Some(rest) = text.strip_prefix('-')
        && !rest.is_empty()
        && rest.chars().all(|c| c.is_ascii_digit())
    {
        return Err(format!(
            "`{text}` is negative; an account ID is a positive number"
        ));
    }
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "`{}` is not an account ID: an account ID is a number such as 1001",
            text.escape_debug()
        ));
    }
    match digits.parse::<i64>() {
        Ok(0) => Err("0 is not an account ID; account IDs start at 1".into()),
        Ok(n) => Ok(AccountId(n)),
        Err(_) => Err(format!("`{text}` is too large to be an account ID")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_ids() {
        assert_eq!(parse_account_id("1001"), Ok(AccountId(1001)));
        assert!(parse_account_id("-5").unwrap_err().contains("negative"));
        assert!(
            parse_account_id("99999999999999999999")
                .unwrap_err()
                .contains("too large")
        );
        assert!(
            parse_account_id("abc")
                .unwrap_err()
                .contains("not an account ID")
        );
        assert!(
            parse_account_id("1.5")
                .unwrap_err()
                .contains("not an account ID")
        );
        assert!(parse_account_id("0").is_err());
    }
}
