//! Tables fitted to the terminal (issue 17.1): e-mails, IDs and other short
//! values are never broken inside a word; long free text wraps at spaces and
//! is cut with `…` past a few lines; columns empty in every row take no
//! room. When standard output is not a terminal, or a terminal that reports
//! no width (a pty at 0 columns), nothing is wrapped: every line is whole.

use std::io::IsTerminal;

use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Row, Table, Width, presets};

/// Columns holding free text that may wrap between words; every other
/// column holds values (e-mails, IDs, slugs, statuses, times) that are
/// never broken.
const FREE_TEXT: &[&str] = &[
    "name",
    "body",
    "subject",
    "message",
    "reason",
    "what happens",
    "sender_name",
    "requester_name",
    "members",
    "users",
    "teams",
    "allow",
    "target",
    "result",
    "value",
    "hint",
];

/// Columns that say which thing a row is, or what a report says: kept
/// longest when a terminal is too narrow for every column.
const IDENTITY: &[&str] = &[
    "#",
    "id",
    "account_id",
    "slug",
    "email",
    "rule",
    "what happens",
    "key",
    "value",
    "line",
    "message",
];

/// Columns that describe the thing: left out after every other column.
const ESSENTIAL: &[&str] = &["name", "status", "column", "hint"];

/// A word of free text longer than this may be broken, so that one long
/// word cannot push the table past the terminal.
const FREE_WORD_MAX: usize = 24;

/// Lines a row may take before its text is cut with `…`.
const ROW_MAX_LINES: usize = 4;

/// The width to fit tables to: the terminal's when standard output is a
/// terminal that reports one (else `COLUMNS`, as a shell sets it); none
/// when standard output is a file or a pipe.
pub fn terminal_width() -> Option<u16> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let reported = dialoguer::console::Term::stdout()
        .size_checked()
        .map(|(_, cols)| cols)
        .filter(|cols| *cols > 0);
    reported.or_else(|| {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|cols| *cols > 0)
    })
}

fn display_width(s: &str) -> usize {
    // East Asian wide characters take two columns; comfy-table measures the
    // same way (unicode-width), so the bounds agree with its layout.
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// CJK ideographs, kana, Hangul and full-width forms: two columns.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

fn longest_word(s: &str) -> usize {
    s.split_whitespace().map(display_width).max().unwrap_or(0)
}

/// The narrowest a column may be, padding included: a value column as wide
/// as its widest value, a free-text column as its longest word (at most
/// `FREE_WORD_MAX`), and never narrower than a word of its header.
fn min_column_width(name: &str, rows: &[Vec<String>], c: usize) -> usize {
    let free = FREE_TEXT.contains(&name);
    let content = rows
        .iter()
        .map(|r| {
            let v = r.get(c).map(String::as_str).unwrap_or_default();
            if free {
                longest_word(v).min(FREE_WORD_MAX)
            } else {
                // A value is one unit: as wide as its longest line,
                // whatever its spaces.
                v.lines().map(display_width).max().unwrap_or(0)
            }
        })
        .max()
        .unwrap_or(0);
    let header_word = longest_word(&name.replace('_', " "));
    // comfy-table's widths include the cell's padding (one space each side).
    content.max(header_word) + 2
}

/// A table of `header` and `rows` as text, fitted to `width` (none: not
/// wrapped). Columns empty in every row are left out.
pub fn render(header: &[&str], rows: &[Vec<String>], width: Option<u16>) -> String {
    // On screen, characters that reorder or hide text are shown escaped
    // (issue 15.8), before the widths are measured.
    let shown: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| super::visible(c).into_owned()).collect())
        .collect();
    let rows = shown.as_slice();
    let mut keep: Vec<usize> = (0..header.len())
        .filter(|&c| rows.iter().any(|r| r.get(c).is_some_and(|v| !v.is_empty())))
        .collect();
    // Columns are listed most important first. When even the narrowest
    // layout (every value whole, free text at its shortest) cannot fit the
    // terminal, the last columns are left out, and the person is told which
    // and how to see them, rather than every line wrapping.
    let mut hidden = Vec::new();
    if let Some(width) = width {
        let min_width = |keep: &[usize]| -> usize {
            keep.iter()
                .map(|&c| min_column_width(header[c], rows, c))
                .sum::<usize>()
                + keep.len()
                + 1
        };
        while keep.len() > 2 && min_width(&keep) > usize::from(width) {
            // The last column that says least goes first; a column naming
            // the thing listed goes only when nothing else is left.
            let rank = |c: usize| {
                if IDENTITY.contains(&header[c]) {
                    2
                } else if ESSENTIAL.contains(&header[c]) {
                    1
                } else {
                    0
                }
            };
            let drop = (0..=1)
                .find_map(|tier| {
                    keep.iter()
                        .rposition(|&c| rank(c) == tier)
                        .filter(|&i| i > 0)
                })
                .unwrap_or(keep.len() - 1);
            let c = keep.remove(drop);
            hidden.push(header[c]);
        }
    }
    if !hidden.is_empty() {
        super::info(&format!(
            "({} left out to fit {} columns: {}; a wider terminal, --format json or --format csv shows them)",
            crate::plan::plural(hidden.len(), "column", "columns"),
            width.unwrap_or_default(),
            hidden.join(", ")
        ));
    }
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    // On a terminal, headers read as words ("seats used"), so a narrow
    // column wraps them between words instead of inside one; elsewhere they
    // are the JSON keys, as scripts grep for them.
    table.set_header(
        keep.iter()
            .map(|&c| match width {
                Some(_) => header[c].replace('_', " "),
                None => header[c].to_string(),
            })
            .collect::<Vec<_>>(),
    );
    for r in rows {
        let mut row = Row::from(
            keep.iter()
                .map(|&c| Cell::new(r.get(c).map(String::as_str).unwrap_or_default()))
                .collect::<Vec<_>>(),
        );
        if width.is_some() {
            row.max_height(ROW_MAX_LINES);
        }
        table.add_row(row);
    }
    match width {
        None => {
            table
                .set_content_arrangement(ContentArrangement::Disabled)
                .force_no_tty();
        }
        Some(width) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width)
                .set_truncation_indicator("…");
            let constraints: Vec<ColumnConstraint> = keep
                .iter()
                .map(|&c| {
                    let free = FREE_TEXT.contains(&header[c]);
                    let min =
                        u16::try_from(min_column_width(header[c], rows, c)).unwrap_or(u16::MAX);
                    if free {
                        ColumnConstraint::LowerBoundary(Width::Fixed(min))
                    } else {
                        // A value column is exactly as wide as its widest
                        // value: it never needs more, and must not get less
                        // even when the terminal is too narrow for the
                        // whole table (the terminal then wraps the line,
                        // which breaks no value).
                        ColumnConstraint::Absolute(Width::Fixed(min))
                    }
                })
                .collect();
            table.set_constraints(constraints);
        }
    }
    format!("{table}\n")
}

#[cfg(test)]
mod tests {
    use super::render;

    fn rows() -> Vec<Vec<String>> {
        vec![
            vec![
                "1001".into(),
                "".into(),
                "A rather long name that goes on and on, as names of departments do".into(),
                "someone.with.a.long.address@subsidiary.example.co.jp".into(),
            ],
            vec![
                "1002".into(),
                "".into(),
                "Ken".into(),
                "ken@kumo.example".into(),
            ],
        ]
    }

    #[test]
    fn e_mails_are_never_broken_and_empty_columns_take_no_room() {
        for width in [60u16, 80, 120] {
            let text = render(
                &["account_id", "chatwork_id", "name", "email"],
                &rows(),
                Some(width),
            );
            assert!(
                text.contains("someone.with.a.long.address@subsidiary.example.co.jp"),
                "{text}"
            );
            assert!(!text.contains("chatwork"), "{text}");
            // At 60 columns a 52-character e-mail cannot fit beside anything:
            // it stays whole and the line runs long.
            if width >= 80 {
                assert!(
                    text.lines()
                        .all(|l| l.chars().count() <= usize::from(width)),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn without_a_width_nothing_wraps() {
        let text = render(
            &["account_id", "chatwork_id", "name", "email"],
            &rows(),
            None,
        );
        assert!(
            text.contains("A rather long name that goes on and on, as names of departments do")
        );
        assert_eq!(text.lines().count(), 6, "{text}");
    }
}
