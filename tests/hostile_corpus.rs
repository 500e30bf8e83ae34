//! The committed corpus of hostile files (`tests/fixtures/hostile/`, and saves in
//! `tests/fixtures/hostile-saves/`), fuzz findings included. Every file goes
//! through the loader, the checker and `kind-quest check` (saves: `read_folder`
//! and `kind-quest report`): each ends in a clear problem that names it, and the
//! valid content around it still loads.
//!
//! To add a case: drop the file in the folder. Scenario and locale files must
//! each make `check` report at least one error in them; saves named `broken-*`
//! must be skipped with a notice, saves named `loads-*` must load.

mod hostile;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use hostile::assert_clear;
use kind_quest::content::{Content, collect_files};
use kind_quest::story::check::{check_content, set_aside_unplayable};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

fn saves() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile-saves")
}

/// Every content file of the corpus (scenarios and locale files).
fn corpus_files() -> Vec<PathBuf> {
    let files: Vec<PathBuf> = collect_files(&corpus())
        .unwrap()
        .into_iter()
        .map(|f| f.path)
        .collect();
    assert!(files.len() >= 20, "the corpus is there: {files:?}");
    files
}

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kind-quest"))
        .args(args)
        .current_dir(dir)
        .env("KIND_QUEST_DATA_DIR", dir.join("data"))
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the binary runs")
}

#[test]
fn every_corpus_file_on_its_own_ends_in_a_clear_error_that_names_it() {
    for path in corpus_files() {
        let mut content = Content::empty();
        content.add_path(&path);
        // A scenario checked with the shipped words would only add noise; a
        // locale file is checked against the shipped English.
        if path.extension().is_some_and(|e| e == "ftl") {
            content.locales.extend(
                Content::embedded()
                    .locales
                    .into_iter()
                    .filter(|l| l.lang == "en"),
            );
        }
        let found = check_content(&content);
        let shown = path.display().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let mine: Vec<_> = found.iter().filter(|d| d.file == shown).collect();
        assert!(
            mine.iter().any(|d| d.is_error()),
            "{shown}: no error about it: {found:#?}"
        );
        for d in mine {
            assert_clear(d, &bytes);
        }
    }
}

#[test]
fn the_game_keeps_every_valid_story_and_lists_each_skipped_file_with_its_reason() {
    // A teacher's folder: the hostile corpus next to a good story and its words.
    let dir = tempfile::tempdir().unwrap();
    copy_folder(&corpus(), dir.path());
    let good = hostile::scenario(hostile::VALID_NODES)
        .replace("\"x\"", "\"good-story\"")
        .replace("x-", "good-story-");
    std::fs::write(dir.path().join("scenarios/good-story.ron"), good).unwrap();
    std::fs::write(
        dir.path().join("locales/en/good-story.ftl"),
        hostile::FTL.replace("x-", "good-story-"),
    )
    .unwrap();

    let shipped = Content::embedded();
    let mut content = Content::embedded();
    content.add_path(dir.path());

    // Every shipped story and the good one are there.
    let ids: BTreeSet<&str> = content
        .scenarios
        .iter()
        .map(|s| s.scenario.id.as_str())
        .collect();
    for s in &shipped.scenarios {
        assert!(
            ids.contains(s.scenario.id.as_str()),
            "{} is kept",
            s.scenario.id
        );
    }
    assert!(ids.contains("good-story"));
    let found = check_content(&content);
    assert!(
        !found
            .iter()
            .any(|d| d.is_error() && d.file.ends_with("good-story.ron")),
        "{found:#?}"
    );
    // Each file that could not be read or parsed is listed once, with a reason.
    let loaded: BTreeSet<String> = content
        .scenarios
        .iter()
        .map(|s| s.source.name.clone())
        .collect();
    let locales: BTreeSet<String> = content
        .locales
        .iter()
        .map(|l| l.source.name.clone())
        .collect();
    for path in collect_files(dir.path()).unwrap() {
        let shown = path.path.display().to_string();
        let skipped: Vec<_> = content
            .problems
            .iter()
            .filter(|d| d.file == shown)
            .collect();
        let kept = loaded.contains(&shown) || locales.contains(&shown);
        assert_eq!(
            skipped.len(),
            usize::from(!kept),
            "{shown} is either kept or listed once as skipped: {skipped:?}"
        );
        for d in skipped {
            assert_clear(d, &std::fs::read(&path.path).unwrap());
        }
    }
    // The files that did load but are broken are named by `check`.
    for name in &loaded {
        if name.contains("good-story") || !name.starts_with(&dir.path().display().to_string()) {
            continue;
        }
        assert!(
            found.iter().any(|d| d.is_error() && &d.file == name),
            "{name}: {found:#?}"
        );
    }

    // The game then sets those aside too, and says why, so a child never
    // meets a story that stops halfway; every good story stays.
    let mine = dir.path().display().to_string();
    let broken_but_loaded = loaded
        .iter()
        .filter(|n| n.starts_with(&mine) && !n.contains("good-story"))
        .count();
    assert!(broken_but_loaded >= 8, "{loaded:?}");
    assert_eq!(set_aside_unplayable(&mut content), broken_but_loaded);
    let ids: BTreeSet<&str> = content
        .scenarios
        .iter()
        .map(|s| s.scenario.id.as_str())
        .collect();
    assert_eq!(ids.len(), shipped.scenarios.len() + 1, "{ids:?}");
    assert!(ids.contains("good-story"));
    for name in loaded
        .iter()
        .filter(|n| n.starts_with(&mine) && !n.contains("good-story"))
    {
        let d = content
            .problems
            .iter()
            .find(|d| &d.file == name)
            .unwrap_or_else(|| panic!("{name} is not listed"));
        assert!(
            d.message
                .starts_with("this story was not offered to children because"),
            "{d}"
        );
        assert_clear(d, &std::fs::read(name).unwrap());
    }

    // The game's own library (cards, words read later) offers the same
    // stories and names every other scenario file with its reason.
    let mut library = kind_quest::library::Library::embedded();
    library.add_path(dir.path());
    let cards: BTreeSet<&str> = library.cards().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(cards, ids);
    let problems: BTreeSet<&str> = library.problems().iter().map(|d| d.file.as_str()).collect();
    let kept: BTreeSet<&str> = content
        .problems
        .iter()
        .filter(|d| d.file.ends_with(".ron"))
        .map(|d| d.file.as_str())
        .collect();
    assert_eq!(problems, kept);
}

#[test]
fn kind_quest_check_on_the_corpus_exits_1_and_names_every_file() {
    let root = corpus();
    let o = run(&["check", "."], &root);
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    for path in corpus_files() {
        let shown = Path::new(".")
            .join(path.strip_prefix(&root).unwrap())
            .display()
            .to_string();
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&format!("{shown}:")) && l.contains(": error: ")),
            "{shown} is not named with an error:\n{stdout}"
        );
    }
}

#[test]
fn every_hostile_save_is_read_or_skipped_with_a_notice_and_reports_are_made() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("data").join("profiles");
    std::fs::create_dir_all(&profiles).unwrap();
    let mut broken = Vec::new();
    let mut loads = 0;
    for entry in std::fs::read_dir(saves()).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        std::fs::copy(entry.path(), profiles.join(&name)).unwrap();
        if name.starts_with("broken-") {
            broken.push(name);
        } else {
            assert!(
                name.starts_with("loads-"),
                "{name}: name it broken-* or loads-*"
            );
            loads += 1;
        }
    }
    let loaded = kind_quest::progress::store::read_folder(&dir.path().join("data"));
    assert_eq!(loaded.profiles.len(), loads, "{:?}", loaded.notices);
    assert_eq!(loaded.notices.len(), broken.len(), "{:?}", loaded.notices);
    for name in &broken {
        assert!(
            loaded
                .notices
                .iter()
                .any(|n| n.file.ends_with(name) && n.message.contains("it was skipped")),
            "{name}: {:?}",
            loaded.notices
        );
    }
    for format in ["csv", "html", "xapi"] {
        let o = run(
            &["report", "--format", format, "--locale", "en"],
            dir.path(),
        );
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{format}: {stderr}");
        for name in &broken {
            assert!(
                stderr.contains(name.as_str()),
                "{format}: {name} not named: {stderr}"
            );
        }
        // Every child that loaded is in the report.
        let stdout = String::from_utf8_lossy(&o.stdout);
        assert!(
            stdout.contains("Huge Weights") && stdout.contains("Far Future"),
            "{format}"
        );
    }
}

fn copy_folder(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A story whose tested flags can be set in too many ways to follow every way
/// through (seven decisions of four choices, the way out needing the same
/// choice each time) used to pass `check` unexamined, and a child could go
/// round its loop for ever. It is now an error, and the story is not played.
#[test]
fn a_story_too_tangled_to_follow_to_every_end_is_an_error() {
    let path = corpus().join("scenarios/too-many-flag-ways.ron");
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["check", path.to_str().unwrap()], dir.path());
    let err = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("too many to check that every way"), "{err}");
    assert!(err.contains("too-many-flag-ways.ron:"), "{err}");
}
