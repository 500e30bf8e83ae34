//! Saves from every shipped format version load, whole, and are saved again in
//! today's format; a save from a newer Kind Quest is refused and left as it is.
//! The fixtures are under `tests/fixtures/saves/v<N>/` (see the README there).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use kind_quest::classroom::{self, Classroom};
use kind_quest::progress::model::{ChoiceRecord, FORMAT_VERSION, SessionRecord};
use kind_quest::progress::{Profile, Settings, Store, read_folder};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saves")
}

/// Every `v<N>` folder, oldest first.
fn version_folders() -> Vec<(u32, PathBuf)> {
    let mut found: Vec<(u32, PathBuf)> = fs::read_dir(fixtures())
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_str()?.strip_prefix('v')?.parse().ok()?;
            Some((n, e.path()))
        })
        .collect();
    found.sort();
    found
}

/// A copy of a fixture folder to work on, so the fixture itself never changes.
fn copy_of(folder: &Path) -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for e in fs::read_dir(from).unwrap().flatten() {
            let target = to.join(e.file_name());
            if e.path().is_dir() {
                copy(&e.path(), &target);
            } else {
                fs::copy(e.path(), &target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(folder, dir.path());
    dir
}

fn choice(node: &str, choice: &str, evidence: &[(&str, i32)], retried: bool) -> ChoiceRecord {
    ChoiceRecord {
        node: node.into(),
        choice: choice.into(),
        evidence: evidence
            .iter()
            .map(|(s, w)| (s.to_string(), *w))
            .collect::<BTreeMap<_, _>>(),
        retried,
    }
}

/// What the v1 fixture holds, written out in full.
fn v1_profiles() -> Vec<Profile> {
    let otter = Profile {
        id: "a1b2c3d4e5f60718".into(),
        nickname: "Brave Otter".into(),
        avatar: 5,
        created: 1_763_000_000,
        // The first release kept only these two settings; the rest are defaults.
        settings: Settings {
            language: Some("en".into()),
            text_size: 2,
            ..Settings::default()
        },
        sessions: vec![SessionRecord {
            id: "5e55a0000000002b".into(),
            scenario: "hospital-photos".into(),
            locale: "en".into(),
            started: 1_763_000_100,
            finished: None,
            choices: vec![choice(
                "photo-choice",
                "hospital-photos-ask-first",
                &[("empathy", 2), ("privacy", 2)],
                false,
            )],
            ending: None,
        }],
    };
    let koala = Profile {
        id: "0f1e2d3c4b5a6978".into(),
        nickname: "Kind Koala".into(),
        avatar: 0,
        created: 1_764_000_000,
        settings: Settings {
            language: Some("es".into()),
            text_size: 1,
            high_contrast: true,
            volume: 40,
            ..Settings::default()
        },
        sessions: vec![SessionRecord {
            id: "5e55a0000000001a".into(),
            scenario: "left-out-of-the-chat".into(),
            locale: "es".into(),
            started: 1_764_000_000,
            finished: Some(1_764_000_000),
            choices: vec![
                choice(
                    "chat-choice",
                    "left-out-of-the-chat-go-along",
                    &[("cyberbullying", -1), ("empathy", -1)],
                    true,
                ),
                choice(
                    "chat-choice",
                    "left-out-of-the-chat-speak-up",
                    &[("cyberbullying", 2), ("empathy", 1)],
                    false,
                ),
                choice(
                    "notice-choice",
                    "left-out-of-the-chat-ask",
                    &[("empathy", 2)],
                    false,
                ),
                choice(
                    "help-choice",
                    "left-out-of-the-chat-add",
                    &[("cyberbullying", 1), ("empathy", 2)],
                    false,
                ),
                choice(
                    "lena-choice",
                    "left-out-of-the-chat-understand",
                    &[("cyberbullying", 1), ("empathy", 2)],
                    false,
                ),
            ],
            ending: Some("end-picnic".into()),
        }],
    };
    vec![otter, koala]
}

#[test]
fn there_is_a_fixture_for_every_format_version_up_to_this_one() {
    let versions: Vec<u32> = version_folders().into_iter().map(|(v, _)| v).collect();
    assert_eq!(versions, (1..=FORMAT_VERSION).collect::<Vec<_>>());
}

#[test]
fn every_shipped_version_loads_whole_and_is_saved_again_in_todays_format() {
    for (version, folder) in version_folders() {
        let copy = copy_of(&folder);
        let store = Store::open(copy.path()).unwrap();
        let loaded = store.load_all();
        assert!(
            loaded.notices.is_empty(),
            "v{version}: {:?}",
            loaded.notices
        );
        if version == 1 {
            assert_eq!(loaded.profiles, v1_profiles());
        }
        // Reports read the same, without changing anything.
        assert_eq!(read_folder(&folder).profiles, loaded.profiles, "v{version}");

        // Saved again, each profile is in today's format and reads back the same.
        for p in &loaded.profiles {
            store.save(p).unwrap();
            let text = fs::read_to_string(store.profile_path(&p.id)).unwrap();
            assert!(
                text.contains(&format!("format: {FORMAT_VERSION},")),
                "{text}"
            );
        }
        drop(store);
        let again = Store::open(copy.path()).unwrap().load_all();
        assert_eq!(again.profiles, loaded.profiles, "v{version}");

        match Classroom::load(copy.path()) {
            classroom::Loaded::Ok(c) => {
                assert_eq!(c.lessons.len(), 1, "v{version}");
                assert_eq!(
                    c.classes[0].members.len(),
                    loaded.profiles.len(),
                    "v{version}"
                );
            }
            other => panic!("v{version}: {other:?}"),
        }
        assert!(!kind_quest::gate::GrownUpSettings::load(copy.path()).has_pin());
    }
}

#[test]
fn a_profile_from_a_newer_game_is_refused_with_a_message_and_left_untouched() {
    let (_, folder) = version_folders().pop().unwrap();
    let copy = copy_of(&folder);
    let path = copy.path().join("profiles/0f1e2d3c4b5a6978.ron");
    let newer = fs::read_to_string(&path)
        .unwrap()
        .replacen(&format!("format: {FORMAT_VERSION},"), "format: 99,", 1)
        .replace("avatar: 0,", "avatar: 0,\n        pet: \"cat\",");
    fs::write(&path, &newer).unwrap();
    let bak = fs::read(copy.path().join("profiles/0f1e2d3c4b5a6978.ron.bak")).unwrap();

    let store = Store::open(copy.path()).unwrap();
    let loaded = store.load_all();
    // The other child still loads; this one is not replaced by its older backup.
    assert_eq!(loaded.profiles.len(), 1);
    assert_eq!(loaded.profiles[0].nickname, "Brave Otter");
    assert_eq!(loaded.notices.len(), 1, "{:?}", loaded.notices);
    assert_eq!(loaded.notices[0].file, path);
    let message = &loaded.notices[0].message;
    assert!(message.contains("newer Kind Quest"), "{message}");
    assert!(message.contains("Update Kind Quest"), "{message}");

    // Saving that child (e.g. its backup, from another tool) does not overwrite it.
    let old: Profile = v1_profiles().pop().unwrap();
    let err = store.save(&old).unwrap_err().to_string();
    assert!(err.contains("newer Kind Quest"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), newer, "byte for byte");
    assert_eq!(
        fs::read(copy.path().join("profiles/0f1e2d3c4b5a6978.ron.bak")).unwrap(),
        bak
    );
}

#[test]
fn a_classroom_from_a_newer_game_is_kept_and_never_overwritten() {
    let (_, folder) = version_folders().pop().unwrap();
    let copy = copy_of(&folder);
    let path = Classroom::path(copy.path());
    let newer = fs::read_to_string(&path)
        .unwrap()
        .replacen("format: 1,", "format: 42,", 1);
    fs::write(&path, &newer).unwrap();

    let shown = match Classroom::load(copy.path()) {
        classroom::Loaded::SetAside(c, kept) => {
            assert_eq!(kept, path, "left where it is");
            c
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(shown, Classroom::default());
    let err = shown.save(copy.path()).unwrap_err().to_string();
    assert!(
        err.contains("newer Kind Quest") && err.contains("classroom.ron"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), newer, "byte for byte");
    assert_eq!(Classroom::load_read_only(copy.path()), None);
}

#[test]
fn a_broken_classroom_is_kept_aside_and_its_backup_used() {
    let (_, folder) = version_folders().pop().unwrap();
    let copy = copy_of(&folder);
    let classroom::Loaded::Ok(mut c) = Classroom::load(copy.path()) else {
        panic!()
    };
    let first = c.clone();
    c.lessons[0].name = "Week 2".into();
    c.save(copy.path()).unwrap(); // the backup is now `first`
    let path = Classroom::path(copy.path());
    fs::write(&path, "(format: 1, classroom: (lessons: [").unwrap();
    match Classroom::load(copy.path()) {
        classroom::Loaded::SetAside(from_backup, aside) => {
            assert_eq!(from_backup, first);
            assert_eq!(
                fs::read_to_string(aside).unwrap(),
                "(format: 1, classroom: (lessons: ["
            );
        }
        other => panic!("{other:?}"),
    }
}
