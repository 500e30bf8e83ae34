//! Saves survive crashes: every step of a save (create, write, flush, fsync,
//! rename, folder fsync, the backup copy) is made to fail or to "crash" in turn,
//! and the game restarted on the folder must find exactly the old profile or
//! exactly the new one: never a mix, never none.

use std::path::Path;
use std::sync::Arc;

use super::faults::{Fault, FaultyDisk, Step};
use super::tests::profile;
use super::*;

/// Everything that can go wrong at one step.
const FAULTS: [Fault; 5] = [
    Fault::Fail(std::io::ErrorKind::Other),
    Fault::Fail(std::io::ErrorKind::StorageFull),
    Fault::Fail(std::io::ErrorKind::PermissionDenied),
    Fault::Crash,
    Fault::TornWrite,
];

/// A folder where `saves` were made one after another (with the real disk).
fn folder_after(saves: &[&Profile]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    for p in saves {
        store.save(p).unwrap();
    }
    dir
}

/// The game started again on the folder: what it finds.
fn restart(dir: &Path) -> Loaded {
    Store::open(dir).unwrap().load_all()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir.join("profiles"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    names
}

/// The steps a save takes when nothing goes wrong.
fn steps_of_save(before: &[&Profile], new: &Profile) -> Vec<(Step, PathBuf)> {
    let dir = folder_after(before);
    let disk = Arc::new(FaultyDisk::none());
    Store::open_on(dir.path(), disk.clone())
        .unwrap()
        .save(new)
        .unwrap();
    disk.steps()
}

/// Saves `new` over a folder holding `before`, with `fault` at every step in
/// turn, and checks what a restart finds each time.
fn check_every_fault(before: &[&Profile], new: &Profile) -> usize {
    let old = before.last().copied();
    let steps = steps_of_save(before, new);
    let mut runs = 0;
    for (at, step) in steps.iter().enumerate() {
        for fault in FAULTS {
            let case = format!("{fault:?} at step {at} {step:?}");
            let dir = folder_after(before);
            let disk = Arc::new(FaultyDisk::at(at, fault));
            let result = Store::open_on(dir.path(), disk).unwrap().save(new);

            let loaded = restart(dir.path());
            let found = loaded.profiles.as_slice();
            let is_new = found == std::slice::from_ref(new);
            let is_old = match old {
                Some(old) => found == std::slice::from_ref(old),
                None => found.is_empty(),
            };
            assert!(is_old || is_new, "{case}: found {found:#?}");
            match (&result, fault) {
                (Ok(()), _) => assert!(is_new, "{case}: save said yes but the old state loads"),
                (Err(e), Fault::Fail(kind)) => {
                    // Nothing is silently lost: the error names the file and says
                    // what to do, and no half-written file is left behind.
                    let message = e.to_string();
                    assert!(message.contains("profiles"), "{case}: {message}");
                    assert!(
                        message.contains("last saved progress is kept"),
                        "{case}: {message}"
                    );
                    if kind == std::io::ErrorKind::StorageFull {
                        assert!(message.contains("disk is full"), "{case}: {message}");
                        assert!(message.contains("Free some space"), "{case}: {message}");
                    }
                    let names = names_in(dir.path());
                    assert!(
                        !names.iter().any(|n| n.ends_with(".tmp")),
                        "{case}: {names:?}"
                    );
                }
                (Err(_), _) => {} // the computer stopped: nobody hears the error
            }
            assert!(loaded.notices.is_empty(), "{case}: {:?}", loaded.notices);
            // A second start finds the same, and the game can save again.
            let again = restart(dir.path());
            assert_eq!(again.profiles, loaded.profiles, "{case}");
            let mut next = new.clone();
            next.nickname = "Gentle Panda".into();
            Store::open(dir.path()).unwrap().save(&next).unwrap();
            assert_eq!(restart(dir.path()).profiles, [next], "{case}");
            runs += 1;
        }
    }
    runs
}

fn three_versions() -> (Profile, Profile, Profile) {
    let first = profile("aaaa", "Brave Otter", 100);
    let mut second = first.clone();
    second.nickname = "Calm Heron".into();
    second.settings.text_size = 2;
    let mut third = second.clone();
    third.sessions[0].choices[0].retried = false;
    third.settings.high_contrast = true;
    (first, second, third)
}

#[test]
fn a_save_takes_every_step_of_an_atomic_write_for_the_backup_and_then_the_file() {
    let (first, second, _) = three_versions();
    let steps = steps_of_save(&[&first], &second);
    let kinds: Vec<Step> = steps.iter().map(|(s, _)| *s).collect();
    use Step::*;
    let one_write = [Create, Write, Flush, Sync, Rename, SyncDir];
    assert_eq!(kinds, [one_write, one_write].concat(), "{steps:?}");
    // The backup is written first, so a crash never leaves the new file without one.
    assert!(steps[4].1.ends_with("aaaa.ron.bak"), "{steps:?}");
    assert!(steps[10].1.ends_with("aaaa.ron"), "{steps:?}");
}

#[test]
fn a_first_save_that_fails_anywhere_leaves_nothing_or_the_whole_profile() {
    let (first, _, _) = three_versions();
    assert_eq!(check_every_fault(&[], &first), 6 * FAULTS.len());
}

#[test]
fn a_second_save_that_fails_anywhere_leaves_the_old_or_the_new_profile() {
    let (first, second, _) = three_versions();
    assert_eq!(check_every_fault(&[&first], &second), 12 * FAULTS.len());
}

#[test]
fn a_save_over_a_backup_that_fails_anywhere_leaves_the_old_or_the_new_profile() {
    let (first, second, third) = three_versions();
    assert_eq!(
        check_every_fault(&[&first, &second], &third),
        12 * FAULTS.len()
    );
}

/// Loading a folder with a broken file moves it aside and puts the backup back:
/// a crash or failure at any step of that repair loses neither the good
/// backup nor the broken file (a grown-up may want it).
#[test]
fn a_crash_while_repairing_a_broken_file_loses_nothing() {
    let (first, second, _) = three_versions();
    let broken = b"ProfileFile(format: 1, profile: (id: \"aa".to_vec();
    let steps = {
        let dir = folder_after(&[&first, &second]);
        fs::write(dir.path().join("profiles/aaaa.ron"), &broken).unwrap();
        let disk = Arc::new(FaultyDisk::none());
        Store::open_on(dir.path(), disk.clone()).unwrap().load_all();
        disk.steps()
    };
    // Move aside, then one atomic write of the backup to its place.
    assert_eq!(steps.len(), 7, "{steps:?}");
    for (at, step) in steps.iter().enumerate() {
        for fault in FAULTS {
            let case = format!("{fault:?} at step {at} {step:?}");
            let dir = folder_after(&[&first, &second]);
            fs::write(dir.path().join("profiles/aaaa.ron"), &broken).unwrap();
            let disk = Arc::new(FaultyDisk::at(at, fault));
            let during = Store::open_on(dir.path(), disk).unwrap().load_all();
            // That start says what happened, whatever it could do.
            assert!(!during.notices.is_empty(), "{case}");
            assert!(
                during.profiles.is_empty() || during.profiles == [first.clone()],
                "{case}: {:?}",
                during.profiles
            );

            let after = restart(dir.path());
            assert_eq!(
                after.profiles,
                std::slice::from_ref(&first),
                "{case}: {:?}",
                after.notices
            );
            let kept = names_in(dir.path())
                .into_iter()
                .filter(|n| fs::read(dir.path().join("profiles").join(n)).unwrap() == broken)
                .count();
            assert_eq!(kept, 1, "{case}: {:?}", names_in(dir.path()));
        }
    }
}
