//! Shared by the test files (not every one uses every helper).
#![allow(dead_code)]

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

/// Every file under `dir`, relative to it, sorted.
pub fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}
