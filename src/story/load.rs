//! Reading scenario files: bytes -> text -> `Scenario`, with every failure turned
//! into a `Diagnostic` that says where and what to do. Never panics on any input.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::story::model::Scenario;

/// Largest content file we read. A real scenario is a few kilobytes; this bound
/// keeps a mistaken drop of a huge file from stalling the game.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Nesting deeper than this is refused before it can exhaust the stack.
const RECURSION_LIMIT: usize = 48;

mod nesting;
mod whole_number;

pub use nesting::MAX_FTL_NESTING;

/// RON options used for every content and save file.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Reads a content file, refusing files that are too large, not UTF-8, not
/// ordinary files, or (for `.ftl`) nested too deep for the Fluent parser.
pub fn read_source(path: &Path, shown_as: &str) -> Result<SourceFile, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| io_problem(shown_as, &e))?;
    if !meta.is_file() {
        // A pipe or a device (e.g. a link to /dev/zero) would block or never end.
        return Err(Diagnostic::error(
            shown_as,
            (1, 1),
            "this is not an ordinary file (it may be a pipe, a device or a folder)",
            "give a .ron or .ftl file saved by a text editor",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(shown_as, meta.len()));
    }
    // Read at most one byte past the limit: the file may grow while it is read.
    // Sized up front: growing the buffer as it fills copies each file several
    // times, which in a library of thousands of files costs more than the parse.
    let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| io_problem(shown_as, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(shown_as, bytes.len() as u64));
    }
    let source = source_from_bytes(shown_as, bytes)?;
    if path.extension().is_some_and(|e| e == "ftl") {
        check_locale_depth(&source)?;
    }
    Ok(source)
}

fn too_large(shown_as: &str, bytes: u64) -> Diagnostic {
    Diagnostic::error(
        shown_as,
        (1, 1),
        format!("the file is too large ({} KB)", bytes / 1024),
        format!(
            "content files must be under {} KB; split it or check it is the right file",
            MAX_FILE_BYTES / 1024
        ),
    )
}

/// Refuses an `.ftl` text that nests deeper than any real text, before the
/// Fluent parser (which has no depth limit) can overflow the stack on it.
pub fn check_locale_depth(source: &SourceFile) -> Result<(), Diagnostic> {
    match nesting::too_deep_at(&source.text) {
        None => Ok(()),
        Some(at) => Err(source.error_at(
            at,
            format!(
                "the text nests more than {} levels of {{ }} or ( ) here",
                nesting::MAX_FTL_NESTING
            ),
            "a message needs at most a few levels, like { $n -> ... }; \
             check for brackets that are opened and never closed",
        )),
    }
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
            format!(
                "content files must be under {} KB; split it or check it is the right file",
                MAX_FILE_BYTES / 1024
            ),
        ));
    }
    ron_options()
        .from_str::<Scenario>(&source.text)
        .map_err(|e| ron_problem(source, &e))
}

/// Turns a RON error into a diagnostic in plain words, with what to do.
pub fn ron_problem(source: &SourceFile, e: &ron::error::SpannedError) -> Diagnostic {
    let (line, col) = (e.span.start.line.max(1), e.span.start.col.max(1));
    let decimal = match e.code {
        ron::error::Error::ExpectedComma => whole_number::decimal_problem(source, line, col),
        _ => None,
    };
    let (message, hint) = decimal.unwrap_or_else(|| ron_words(&e.code));
    Diagnostic::error(&source.name, (line, col), message, hint)
}

/// What a RON error means and what to do about it, for the person who wrote
/// the file (RON's own words are for programmers: "serde_stacker", "Eof").
pub fn ron_words(code: &ron::error::Error) -> (String, String) {
    use ron::error::Error as E;
    let within =
        |outer: &Option<String>| outer.as_ref().map_or(String::new(), |o| format!(" in {o}"));
    let allowed = |names: &[&str]| {
        if names.is_empty() {
            "see docs/scenario-format.md for the names that are allowed".to_string()
        } else {
            format!("use one of: {}", names.join(", "))
        }
    };
    let (message, hint) = match code {
        E::Eof => (
            "the file ends too early".to_string(),
            "a bracket or quote is probably not closed".to_string(),
        ),
        E::ExceededRecursionLimit => (
            "brackets are nested too deep here".to_string(),
            "a scenario needs only a few levels; look for brackets that are opened and never closed"
                .to_string(),
        ),
        E::MissingStructField { field, outer } => (
            format!("`{field}` is missing{}", within(outer)),
            format!("add `{field}: ...` (see docs/scenario-format.md)"),
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            format!("`{found}` is not a field the game knows{}", within(outer)),
            allowed(expected),
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            format!("`{found}` is not a value the game knows{}", within(outer)),
            allowed(expected),
        ),
        E::DuplicateStructField { field, outer } => (
            format!("`{field}` is given twice{}", within(outer)),
            "keep one of them".to_string(),
        ),
        E::ExpectedComma => (code.to_string(), "add a comma between the two items".to_string()),
        E::ExpectedString | E::ExpectedStringEnd => (
            code.to_string(),
            "put the text in double quotes, like \"my-id\"".to_string(),
        ),
        E::ExpectedDifferentStructName { .. } => (
            code.to_string(),
            "check the name before the opening bracket".to_string(),
        ),
        _ => (
            code.to_string(),
            "compare this line with the example in docs/scenario-format.md".to_string(),
        ),
    };
    (message, hint)
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
