//! How deep an `.ftl` file nests, measured before Fluent parses it.
//!
//! The Fluent parser (fluent-syntax) calls itself once per level of `{ { ... } }`
//! and `FN(FN(...))`, with no limit of its own: a file of a few thousand `{`
//! overflows the stack of the thread that parses it and ends the game. Real texts
//! nest two or three levels (a plural inside a placeable), so a file that goes
//! deeper than `MAX_FTL_NESTING` is refused with a plain message instead.

/// Deepest nesting of placeables and call arguments an `.ftl` file may have.
pub const MAX_FTL_NESTING: usize = 32;

/// The deepest level of `{` and `(` inside placeables, and the byte offset of
/// the first bracket that goes past `MAX_FTL_NESTING` (None if none does).
///
/// This is a bracket count, not a Fluent parser: string literals (`"{"`) are
/// skipped, and brackets in plain text outside placeables are not counted. It
/// can only over-count (e.g. an unclosed `(` inside a plural's words), and only
/// a file deeper than any real text is refused.
pub fn too_deep_at(text: &str) -> Option<usize> {
    // Open brackets, innermost last; `(` counts only inside a placeable.
    let mut open: Vec<u8> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Outside every placeable only a `{` matters: jump to the next one (most
        // of a file is plain words, and this runs on every file of a library).
        if open.is_empty() && !in_string {
            match bytes[i..].iter().position(|b| *b == b'{') {
                Some(skip) => i += skip,
                None => break,
            }
        }
        let b = bytes[i];
        i += 1;
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'{' | b'(' if b == b'{' || !open.is_empty() => {
                open.push(b);
                if open.len() > MAX_FTL_NESTING {
                    return Some(i - 1);
                }
            }
            b'}' => {
                // Close up to and including the matching `{` (an unclosed `(`
                // inside it ends with it).
                if let Some(at) = open.iter().rposition(|o| *o == b'{') {
                    open.truncate(at);
                }
            }
            b')' if open.last() == Some(&b'(') => {
                open.pop();
            }
            b'"' if !open.is_empty() => in_string = true,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_texts_are_shallow() {
        let text = "a = Hi { $nickname }!\nb = { $n ->\n    [one] one (thing)\n   *[other] { $n } things\n}\n";
        assert_eq!(too_deep_at(text), None);
        // Brackets in plain text and in string literals do not count.
        let text = format!(
            "c = {}\nd = {{ \"{}\" }}\n",
            "(".repeat(100),
            "{".repeat(100)
        );
        assert_eq!(too_deep_at(&text), None);
    }

    #[test]
    fn deep_placeables_and_calls_are_found_at_the_bracket_too_many() {
        let text = format!("a = {}", "{".repeat(1000));
        assert_eq!(too_deep_at(&text), Some(4 + MAX_FTL_NESTING));
        let text = format!("a = {{ {}", "F(".repeat(1000));
        assert_eq!(too_deep_at(&text), Some(7 + 2 * (MAX_FTL_NESTING - 1)));
    }

    #[test]
    fn closed_levels_do_not_add_up() {
        let one = format!("{}{}", "{".repeat(20), "}".repeat(20));
        assert_eq!(too_deep_at(&format!("a = {}\n", one.repeat(100))), None);
    }
}
