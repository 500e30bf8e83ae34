//! Shared by the hostile-content tests: a small valid story to break in
//! different ways, and the one rule every problem must meet.

#![allow(dead_code)]

use kind_quest::content::{Content, LocaleFile};
use kind_quest::diagnostic::Diagnostic;
use kind_quest::story::check::check_content;
use kind_quest::story::load::{check_locale_depth, source_from_bytes};

/// A valid story with id "x", with `nodes` as its graph.
pub fn scenario(nodes: &str) -> String {
    format!(
        r#"Scenario(
    id: "x",
    title: "x-title",
    ages: [Ages9to12],
    setting: Home,
    skills: ["empathy"],
    characters: [
        Character(id: "sam", name: "x-sam"),
    ],
    start: "a",
    nodes: [
{nodes}
    ],
)
"#
    )
}

/// A line, a decision with two choices and an ending: valid with `FTL`.
pub const VALID_NODES: &str = r#"        Line(id: "a", speaker: "sam", text: "x-a", next: "c"),
        Choice(id: "c", prompt: "x-c", choices: [
            (text: "x-c1", feedback: "x-c1-fb", feelings: [(who: "sam", feels: Happy, why: "x-c1-why")], evidence: {"empathy": 1}, next: "end"),
            (text: "x-c2", feedback: "x-c2-fb", evidence: {"empathy": -1}, next: "end"),
        ]),
        Ending(id: "end", text: "x-end", reflection: "x-reflect"),"#;

/// The English of `VALID_NODES`.
pub const FTL: &str = "x-title = Title
x-sam = Sam
x-a = Hello
x-c = What now?
x-c1 = Be kind
x-c1-fb = Kind
x-c1-why = Sam is happy
x-c2 = Be mean
x-c2-fb = Mean
x-end = The end
x-reflect = Why?
";

/// What `check` says about one scenario file (`scenarios/x.ron`) holding
/// `bytes`, with `ftl` as its English: loading problems included, read the way
/// `Content::add_path` reads files from disk.
pub fn check_bytes(bytes: &[u8], ftl: &str) -> Vec<Diagnostic> {
    let mut content = Content::empty();
    match source_from_bytes("scenarios/x.ron", bytes.to_vec()) {
        Ok(source) => content.add_scenario(source, false),
        Err(d) => content.problems.push(d),
    }
    add_locale(&mut content, "en", ftl.as_bytes());
    check_content(&content)
}

/// Adds an `.ftl` file (`locales/<lang>/x.ftl`) through the same gate as files on disk.
pub fn add_locale(content: &mut Content, lang: &str, bytes: &[u8]) {
    let name = format!("locales/{lang}/x.ftl");
    match source_from_bytes(&name, bytes.to_vec()).and_then(|s| check_locale_depth(&s).map(|()| s))
    {
        Ok(s) => content.locales.push(LocaleFile::unparsed(
            lang,
            s.name,
            s.text.into_string(),
            false,
        )),
        Err(d) => content.problems.push(d),
    }
}

/// Errors only.
pub fn errors(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    diagnostics.iter().filter(|d| d.is_error()).collect()
}

/// Every problem names a file, a place in it (1-based, inside the text) and
/// says in words what is wrong and what to do.
pub fn assert_clear(d: &Diagnostic, text: &[u8]) {
    assert!(!d.file.is_empty(), "no file: {d}");
    assert!(d.line >= 1 && d.column >= 1, "no place: {d}");
    let lines = text.iter().filter(|b| **b == b'\n').count() + 1;
    assert!(
        d.line <= lines.max(1),
        "line past the end ({lines} lines): {d}"
    );
    assert!(!d.message.trim().is_empty(), "no message: {d}");
    assert!(!d.hint.trim().is_empty(), "no hint saying what to do: {d}");
    // Words for people, not the parser's words for programmers.
    for jargon in ["serde", "recursion_limit", "serde_stacker", "panicked"] {
        assert!(!d.to_string().contains(jargon), "jargon \"{jargon}\": {d}");
    }
}

/// The first error about the scenario file, which must exist and be clear.
pub fn scenario_error(diagnostics: &[Diagnostic], text: &[u8]) -> Diagnostic {
    let d = diagnostics
        .iter()
        .find(|d| d.is_error() && d.file == "scenarios/x.ron")
        .unwrap_or_else(|| panic!("no error about scenarios/x.ron: {diagnostics:#?}"))
        .clone();
    assert_clear(&d, text);
    d
}
