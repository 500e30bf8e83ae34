//! A decimal (`skin: 4.0`, an evidence weight of `-1.5`) where the story format
//! has only whole numbers. RON reads the `4`, stops at the `.` and asks for a
//! comma, which sent writers looking for a missing comma; this finds the
//! decimal and names the field, with the numbers it takes.

use crate::diagnostic::SourceFile;

/// The fields that take whole numbers, and the numbers each takes.
const RANGES: &[(&str, &str)] = &[
    ("skin", "from 0 to 5"),
    ("hair_colour", "from 0 to 5"),
    ("top", "from 0 to 7"),
];

/// What to say (message, hint) if the place RON stopped at, `(line, column)`,
/// is the decimal point of a number.
pub(super) fn decimal_problem(
    source: &SourceFile,
    line: usize,
    column: usize,
) -> Option<(String, String)> {
    let text = source.text.as_str();
    let at = offset_of(text, line, column)?;
    let before = &text[..at];
    let after = &text[at..];
    // A decimal point right after a digit.
    if !after.starts_with('.') || !before.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let whole_start = before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let start = if before[..whole_start].ends_with(['-', '+']) {
        whole_start - 1
    } else {
        whole_start
    };
    let fraction = after[1..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(after.len(), |i| i + 1);
    let written = format!("{}{}", &before[start..], &after[..fraction]);
    let whole = &before[start..];
    let hint = format!("write it without a decimal point, like {whole}");
    // What the number is for: `field: 4.0`, or `"skill": 1.5` in evidence.
    let label = before[..start].trim_end().strip_suffix(':')?.trim_end();
    if label.ends_with('"') {
        return Some((
            format!("evidence weights are whole numbers from -3 to 3, not {written}"),
            hint,
        ));
    }
    let field = &label[label
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1)..];
    Some(match RANGES.iter().find(|(name, _)| *name == field) {
        Some((name, range)) => (
            format!("`{name}` must be a whole number {range}, not {written}"),
            hint,
        ),
        None => (
            format!("a whole number is expected here, like 4, not {written}"),
            hint,
        ),
    })
}

/// The byte offset of a 1-based line and column (columns count characters).
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let rest = &text[line_start..];
    let within = rest
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    Some(line_start + within)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> Option<(String, String)> {
        let source = SourceFile::new("t.ron", text);
        let at = text.find('.')?;
        let (line, column) = source.position(at);
        decimal_problem(&source, line, column)
    }

    #[test]
    fn a_decimal_in_a_known_field_names_the_field_and_its_numbers() {
        let (message, hint) = problem("Look(\n  skin: 4.0, top: 2)").unwrap();
        assert_eq!(
            message,
            "`skin` must be a whole number from 0 to 5, not 4.0"
        );
        assert_eq!(hint, "write it without a decimal point, like 4");
        let (message, _) = problem("(top:7.25)").unwrap();
        assert_eq!(
            message,
            "`top` must be a whole number from 0 to 7, not 7.25"
        );
    }

    #[test]
    fn a_decimal_evidence_weight_says_weights_are_whole_numbers() {
        let (message, hint) = problem("evidence: {\"empathy\": -1.5}").unwrap();
        assert_eq!(
            message,
            "evidence weights are whole numbers from -3 to 3, not -1.5"
        );
        assert_eq!(hint, "write it without a decimal point, like -1");
    }

    #[test]
    fn a_decimal_elsewhere_says_a_whole_number_is_expected() {
        let (message, _) = problem("(size: 3.5e2)").unwrap();
        assert_eq!(
            message,
            "a whole number is expected here, like 4, not 3.5e2"
        );
    }

    #[test]
    fn a_point_that_is_not_in_a_number_is_left_to_the_usual_words() {
        assert_eq!(problem("(text: \"x\".)"), None);
        assert_eq!(problem("(a: 4 .0)"), None);
        assert_eq!(problem("4.0"), None);
    }

    #[test]
    fn places_past_the_text_are_not_found() {
        let source = SourceFile::new("t.ron", "a\nb");
        assert_eq!(decimal_problem(&source, 9, 1), None);
        assert_eq!(decimal_problem(&source, 2, 99), None);
    }
}
