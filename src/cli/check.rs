//! `kind-quest check [PATH...]`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::content::Content;
use crate::story::check::check_content;
use crate::story::summary::Summary;

/// Checks the given paths (against the shipped locales and catalogue), or the
/// shipped content when no path is given. Exit 1 when any error is found. With
/// `summary`, also prints what the library holds (stories per band, skill, language).
pub fn run(paths: &[PathBuf], summary: bool) -> ExitCode {
    let content = if paths.is_empty() {
        Content::embedded()
    } else {
        let mut c = Content::embedded();
        for p in paths {
            c.add_path(p);
        }
        c
    };
    let diagnostics = check_content(&content);
    for d in &diagnostics {
        println!("{d}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if summary {
        println!("{}", Summary::of(&content));
    }
    let total = content.scenarios.len();
    let yours = content.scenarios.iter().filter(|s| !s.embedded).count();
    // Say which stories were counted: the shipped ones are always checked with yours,
    // because yours must fit with them (ids, messages, languages).
    let scenarios = if paths.is_empty() {
        format!("{total} scenario(s)")
    } else {
        format!("{total} scenario(s) ({yours} from the given paths, the rest shipped)")
    };
    let languages = content.languages().join(", ");
    if errors == 0 {
        eprintln!("ok: {scenarios}, languages {languages}; {warnings} warning(s)");
        ExitCode::SUCCESS
    } else {
        eprintln!("{errors} error(s), {warnings} warning(s) in {scenarios}");
        ExitCode::from(1)
    }
}
