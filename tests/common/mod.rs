//! Shared by the test files.

/// A fenced code block (```ron, ```ftl) of the complete example in
/// docs/scenario-format.md: the one teachers copy.
pub fn documented_example(lang: &str) -> String {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/scenario-format.md"
    ))
    .unwrap();
    let start = doc.find(&format!("```{lang}\n")).expect("code block") + lang.len() + 4;
    let end = start + doc[start..].find("```").unwrap();
    doc[start..end].to_string()
}
