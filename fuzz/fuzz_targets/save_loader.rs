//! Any bytes as a saved profile: written into a data folder, read by
//! `read_folder` (what reports use), then turned into every report format.
//! Nothing may panic or hang.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use kind_quest::content::Content;
use kind_quest::progress::store::read_folder;
use kind_quest::i18n::Localizer;
use kind_quest::report::{ClassReport, csv, html, xapi};
use libfuzzer_sys::fuzz_target;

/// One data folder for the whole run (made once: a folder per input is slow).
fn folder() -> &'static (tempfile::TempDir, PathBuf) {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temp folder");
        let profiles = dir.path().join("profiles");
        std::fs::create_dir_all(&profiles).expect("the profiles folder");
        (dir, profiles.join("0123456789abcdef.ron"))
    })
}

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn localizer() -> &'static Localizer {
    static L10N: OnceLock<Localizer> = OnceLock::new();
    L10N.get_or_init(|| Localizer::new(content()))
}

fuzz_target!(|data: &[u8]| {
    let (dir, file) = folder();
    std::fs::write(file, data).expect("the save is written");
    let loaded = read_folder(dir.path());
    assert_eq!(loaded.profiles.len() + loaded.notices.len().min(1), 1);
    let report = ClassReport::build(&[dir.path().to_path_buf()], content());
    let _ = csv::render(&report);
    let _ = xapi::render(&report, content());
    let _ = html::render(&report, content(), localizer(), "Fuzz");
});
