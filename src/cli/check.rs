//! `kind-quest check [PATH...]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::content::{Content, collect_files_and_skips};
use crate::diagnostic::Diagnostic;
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
    let mut diagnostics = check_content(&content);
    diagnostics.extend(paths.iter().filter_map(|p| folder_problem(p)));
    let mut text = String::new();
    for d in &diagnostics {
        text.push_str(&d.to_string());
        text.push('\n');
    }
    if summary {
        text.push_str(&format!("{}\n", Summary::of(&content)));
    }
    if let Err(code) = crate::cli::print_out(&text) {
        return code;
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
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

/// A folder given to `check` that cannot be listed (an error: nothing in it was
/// checked) or holds no content file at all (a warning: probably the wrong folder).
/// Without this, both would end in "ok".
fn folder_problem(path: &Path) -> Option<Diagnostic> {
    if !path.is_dir() {
        return None;
    }
    let shown = path.display().to_string();
    if let Err(e) = std::fs::read_dir(path) {
        let hint = if e.kind() == std::io::ErrorKind::PermissionDenied {
            "ask whoever owns the folder to let you read it, or copy it somewhere you can"
        } else {
            "check the folder can be opened"
        };
        return Some(Diagnostic::error(
            &shown,
            (1, 1),
            format!("cannot read this folder: {e}"),
            hint,
        ));
    }
    // When folders inside were skipped (a data folder, one that cannot be
    // read), the loader already said why nothing was found.
    let mut skipped = Vec::new();
    match collect_files_and_skips(path, &mut skipped) {
        Ok(files) if files.is_empty() && skipped.is_empty() => Some(Diagnostic::warning(
            &shown,
            (1, 1),
            "there are no .ron scenarios or .ftl files in this folder",
            "give the folder that holds your scenarios and their locales/<lang>/ folders",
        )),
        _ => None,
    }
}
