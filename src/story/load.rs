//! Reading scenario files: bytes -> text -> `Scenario`, with every failure turned
//! into a `Diagnostic` that says where and what to do. Never panics on any input.

use std::path::Path;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::story::model::Scenario;

/// Largest content file we read. A real scenario is a few kilobytes; this bound
/// keeps a mistaken drop of a huge file from stalling the game.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Nesting deeper than this is refused before it can exhaust the stack.
const RECURSION_LIMIT: usize = 48;

/// RON options used for every content and save file.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Reads a content file, refusing files that are too large or not UTF-8.
pub fn read_source(path: &Path, shown_as: &str) -> Result<SourceFile, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| io_problem(shown_as, &e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            shown_as,
            (1, 1),
            format!("the file is too large ({} KB)", meta.len() / 1024),
            format!(
                "content files must be under {} KB; split it or check it is the right file",
                MAX_FILE_BYTES / 1024
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| io_problem(shown_as, &e))?;
    source_from_bytes(shown_as, bytes)
}

/// Turns bytes into a source file, reporting invalid UTF-8 at its place.
pub fn source_from_bytes(shown_as: &str, bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
    match String::from_utf8(bytes) {
        // A byte-order mark is dropped; the text is copied only then.
        Ok(text) => Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => SourceFile::new(shown_as, rest),
            None => SourceFile::new(shown_as, text),
        }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let good = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let place = SourceFile::new(shown_as, good).position(valid);
            Err(Diagnostic::error(
                shown_as,
                place,
                "the file is not valid UTF-8 text",
                "save it as UTF-8 in your editor (\"Save with encoding\" -> UTF-8)",
            ))
        }
    }
}

fn io_problem(shown_as: &str, e: &std::io::Error) -> Diagnostic {
    let hint = match e.kind() {
        std::io::ErrorKind::NotFound => "check the path is spelled right",
        std::io::ErrorKind::PermissionDenied => "ask whoever owns the file to let you read it",
        _ => "check the file can be opened",
    };
    Diagnostic::error(shown_as, (1, 1), format!("cannot read the file: {e}"), hint)
}

/// Parses a scenario. Syntax and type errors come back with their place.
pub fn parse_scenario(source: &SourceFile) -> Result<Scenario, Diagnostic> {
    if source.text.trim().is_empty() {
        return Err(Diagnostic::error(
            &source.name,
            (1, 1),
            "the file is empty",
            "start from the example in docs/scenario-format.md",
        ));
    }
    if source.text.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            &source.name,
            (1, 1),
            "the file is too large",
            "content files must be under 1024 KB",
        ));
    }
    ron_options()
        .from_str::<Scenario>(&source.text)
        .map_err(|e| ron_problem(source, &e))
}

/// Turns a RON error into a diagnostic with a plain hint.
pub fn ron_problem(source: &SourceFile, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::error::Error as E;
    let hint = match &e.code {
        E::Eof => "the file ends too early: a bracket or quote is probably not closed",
        E::ExpectedComma => "add a comma between the two items",
        E::ExpectedString | E::ExpectedStringEnd => "put the text in double quotes, like \"my-id\"",
        E::ExceededRecursionLimit => "the file nests too deep; a scenario needs only a few levels",
        E::ExpectedDifferentStructName { .. } => "check the name before the opening bracket",
        E::NoSuchStructField { .. }
        | E::NoSuchEnumVariant { .. }
        | E::MissingStructField { .. } => {
            "see docs/scenario-format.md for the names that are allowed"
        }
        _ => "compare this line with the example in docs/scenario-format.md",
    };
    let (line, col) = (e.span.start.line.max(1), e.span.start.col.max(1));
    Diagnostic::error(&source.name, (line, col), e.code.to_string(), hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> SourceFile {
        SourceFile::new("t.ron", text)
    }

    #[test]
    fn empty_file_is_reported_at_line_one() {
        let d = parse_scenario(&src("  \n")).unwrap_err();
        assert_eq!((d.line, d.column), (1, 1));
        assert!(d.message.contains("empty"));
    }

    #[test]
    fn syntax_error_has_its_line() {
        let d = parse_scenario(&src("Scenario(\n  id: \"x\"\n  title: \"t\",\n)")).unwrap_err();
        assert_eq!(d.line, 3, "{d}");
    }

    #[test]
    fn deep_nesting_is_refused_without_overflow() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let d = parse_scenario(&src(&text)).unwrap_err();
        assert!(d.is_error());
    }

    #[test]
    fn invalid_utf8_is_reported_with_its_place() {
        let d = source_from_bytes("t.ron", b"ok\nab\xff".to_vec()).unwrap_err();
        assert_eq!((d.line, d.column), (2, 3));
    }
}
