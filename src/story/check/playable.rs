//! Which loaded stories the game may offer a child. A story that parses but
//! breaks a rule of `check_scenario` can stop halfway (a node that does not
//! exist, a decision with no choices, a loop with no way to an ending), so the
//! game sets it aside and tells grown-ups why, as it does for a file it cannot
//! read. `kind-quest check` reports the same stories in full.

use crate::content::Content;
use crate::diagnostic::Diagnostic;

use super::check_scenario;

/// Moves every scenario with an error out of `content.scenarios` and adds one
/// problem per story to `content.problems`, at its first error, saying it was
/// set aside and why. Returns how many were set aside.
pub fn set_aside_unplayable(content: &mut Content) -> usize {
    let errors: Vec<Vec<Diagnostic>> = crate::parallel::map(&content.scenarios, |loaded| {
        check_scenario(loaded, &content.catalogue)
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect()
    });
    let mut set_aside = 0;
    let mut kept = Vec::with_capacity(content.scenarios.len());
    for (loaded, errors) in std::mem::take(&mut content.scenarios)
        .into_iter()
        .zip(errors)
    {
        let Some(problem) = why_not_offered(&errors) else {
            kept.push(loaded);
            continue;
        };
        content.problems.push(problem);
        set_aside += 1;
    }
    content.scenarios = kept;
    set_aside
}

/// The one problem told to grown-ups about a story with these errors (None if
/// there are none): where the first is, and that it was not offered.
pub fn why_not_offered(errors: &[Diagnostic]) -> Option<Diagnostic> {
    let first = errors.first()?;
    let more = match errors.len() {
        1 => String::new(),
        n => format!(" (and {} more problem(s))", n - 1),
    };
    Some(Diagnostic::error(
        &first.file,
        (first.line, first.column),
        format!(
            "this story was not offered to children because it has an error: {}{more}",
            first.message
        ),
        format!("{}; `kind-quest check` lists every problem", first.hint),
    ))
}
