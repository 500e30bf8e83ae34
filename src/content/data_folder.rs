//! Telling a data folder (children's saved progress) from a folder of stories.
//!
//! Both hold `.ron` files. A teacher who gives `check` the game's data folder,
//! or a folder that holds one next to the stories, should hear "that is the
//! children's progress, not stories" once, not thirty errors about a field
//! called `format`. Nothing in a data folder is read beyond the first bytes of
//! one file.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::Diagnostic;

/// The folder of profiles inside a data folder.
const PROFILES: &str = "profiles";

/// Some(warning) when `dir` is a data folder or its `profiles` folder: its
/// files are then not content and are not searched.
pub(super) fn skip_notice(dir: &Path) -> Option<Diagnostic> {
    let profiles_here = dir.file_name().is_some_and(|n| n == PROFILES) && holds_a_profile(dir);
    let data_folder = dir.join(PROFILES).is_dir()
        && (dir.join(crate::progress::store::LOCK_FILE).is_file()
            || holds_a_profile(&dir.join(PROFILES)));
    if !(profiles_here || data_folder) {
        return None;
    }
    let shown = dir.display().to_string();
    let data = if profiles_here {
        dir.parent().unwrap_or(dir)
    } else {
        dir
    };
    Some(Diagnostic::warning(
        &shown,
        (1, 1),
        "this is a Kind Quest data folder (children's saved progress), not stories, \
         so it was not checked",
        format!(
            "to see what it holds, run `kind-quest report --data-dir {}`; keep \
             stories in a folder of their own",
            data.display()
        ),
    ))
}

/// Some(error) when the file given is a child's saved profile.
pub(super) fn profile_file_notice(path: &Path) -> Option<Diagnostic> {
    looks_like_profile(path).then(|| {
        Diagnostic::error(
            &path.display().to_string(),
            (1, 1),
            "this is a child's saved profile (from a Kind Quest data folder), not a story",
            format!(
                "`kind-quest report --data-dir {}` shows what it holds; give `check` \
                 story files (.ron) or translations (.ftl)",
                path.parent()
                    .and_then(Path::parent)
                    .unwrap_or(Path::new("."))
                    .display()
            ),
        )
    })
}

/// Whether any of the first few `.ron` files in `dir` is a saved profile.
fn holds_a_profile(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .take(3)
        .any(|p| looks_like_profile(&p))
}

/// A profile file starts `(format: N, profile: (` (as the store writes it); a
/// story has no `format` field at all.
fn looks_like_profile(path: &Path) -> bool {
    let mut start = [0u8; 256];
    let Ok(n) = std::fs::File::open(path).and_then(|mut f| f.read(&mut start)) else {
        return false;
    };
    let text = String::from_utf8_lossy(&start[..n]);
    let Some(inside) = text.trim_start().strip_prefix('(') else {
        return false;
    };
    inside.trim_start().starts_with("format:") && inside.contains("profile:")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Profile, Store};

    fn data_folder_with_a_child() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.save(&Profile::new("Brave Otter", 0)).unwrap();
        dir
    }

    #[test]
    fn a_data_folder_and_its_profiles_folder_are_recognised() {
        let data = data_folder_with_a_child();
        let notice = skip_notice(data.path()).expect("a data folder");
        assert!(notice.message.contains("data folder"), "{notice}");
        assert!(
            notice.hint.contains("kind-quest report --data-dir"),
            "{notice}"
        );
        assert!(skip_notice(&data.path().join("profiles")).is_some());
        let profile = std::fs::read_dir(data.path().join("profiles"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "ron"))
            .unwrap();
        assert!(profile_file_notice(&profile).is_some());
    }

    #[test]
    fn a_story_folder_is_not_a_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        // Even with a folder called "profiles" of stories in it.
        let profiles = dir.path().join("profiles");
        std::fs::create_dir(&profiles).unwrap();
        let story = crate::content::embedded::SCENARIOS[0].1;
        std::fs::write(profiles.join("a.ron"), story).unwrap();
        assert!(skip_notice(dir.path()).is_none());
        assert!(skip_notice(&profiles).is_none());
        assert!(profile_file_notice(&profiles.join("a.ron")).is_none());
        // A story that wrongly has a `format` field is still a story (and
        // `check` says what is wrong with it).
        std::fs::write(profiles.join("b.ron"), "(format: 1, id: \"b\")").unwrap();
        assert!(profile_file_notice(&profiles.join("b.ron")).is_none());
    }
}
