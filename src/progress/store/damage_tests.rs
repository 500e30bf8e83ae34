//! Damaged files: a save cut short at every byte, garbage, a folder where a
//! file should be. Loading never panics, never loses a profile that has one good
//! copy, and keeps the damaged file (moved aside) with a notice.

use std::sync::Arc;

use super::faults::UnsyncedDisk;
use super::tests::{files_containing, saved_twice};
use super::*;

/// A fresh data folder whose saves skip fsync (these tests loop a lot and
/// are about reading damaged files, not about power cuts).
fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_on(dir.path(), Arc::new(UnsyncedDisk)).unwrap();
    (dir, store)
}

/// The bytes of a real save of `first` and then `second` (so `.bak` is `first`).
fn real_files() -> (Profile, Profile, Vec<u8>, Vec<u8>) {
    let (_dir, store) = store();
    let (first, second) = saved_twice(&store);
    let main = fs::read(store.profile_path("aaaa")).unwrap();
    let bak = fs::read(backup_path(&store.profile_path("aaaa"))).unwrap();
    (first, second, main, bak)
}

#[test]
fn a_main_file_cut_at_any_byte_gives_the_backup_and_is_kept_aside() {
    let (first, second, main, bak) = real_files();
    let mut from_backup = 0;
    // One folder for every cut (a fresh one each time is slow on some disks).
    let (_dir, store) = store();
    let path = store.profile_path("aaaa");
    for cut in 0..main.len() {
        for old in files_containing(&store, ".corrupt-") {
            fs::remove_file(old).unwrap();
        }
        fs::write(&path, &main[..cut]).unwrap();
        fs::write(backup_path(&path), &bak).unwrap();

        let loaded = store.load_all();
        if loaded.profiles == [second.clone()] {
            // Only the last line break was cut: the file is whole.
            assert!(
                main[cut..].iter().all(u8::is_ascii_whitespace),
                "cut at {cut}"
            );
            continue;
        }
        assert_eq!(
            loaded.profiles,
            std::slice::from_ref(&first),
            "cut at {cut}"
        );
        from_backup += 1;
        let said = |part: &str| loaded.notices.iter().any(|n| n.message.contains(part));
        assert!(
            said("could not read this profile"),
            "cut at {cut}: {:?}",
            loaded.notices
        );
        assert!(
            said("backup was used"),
            "cut at {cut}: {:?}",
            loaded.notices
        );
        let aside = files_containing(&store, ".corrupt-");
        assert_eq!(aside.len(), 1, "cut at {cut}");
        assert_eq!(fs::read(&aside[0]).unwrap(), &main[..cut], "cut at {cut}");
        assert_eq!(
            read_profile(&path).unwrap(),
            first,
            "the backup is back in place"
        );
    }
    assert!(
        from_backup + 2 >= main.len(),
        "{from_backup} of {}",
        main.len()
    );
}

#[test]
fn a_backup_cut_at_any_byte_does_not_matter_while_the_file_is_good() {
    let (_first, second, main, bak) = real_files();
    let (_dir, store) = store();
    let path = store.profile_path("aaaa");
    for cut in 0..bak.len() {
        fs::write(&path, &main).unwrap();
        fs::write(backup_path(&path), &bak[..cut]).unwrap();

        let loaded = store.load_all();
        assert_eq!(
            loaded.profiles,
            std::slice::from_ref(&second),
            "cut at {cut}"
        );
        assert!(
            loaded.notices.is_empty(),
            "cut at {cut}: {:?}",
            loaded.notices
        );
        // The next save makes the backup a good copy again.
        store.save(&second).unwrap();
        assert_eq!(fs::read(backup_path(&path)).unwrap(), main, "cut at {cut}");
    }
}

#[test]
fn a_backup_cut_at_any_byte_with_no_file_is_left_as_it_is_with_a_notice() {
    let (_first, _second, _main, bak) = real_files();
    for cut in (0..bak.len()).step_by(7) {
        let (_dir, store) = store();
        let bak_path = backup_path(&store.profile_path("aaaa"));
        fs::write(&bak_path, &bak[..cut]).unwrap();
        let loaded = store.load_all();
        assert!(loaded.profiles.is_empty(), "cut at {cut}");
        assert!(
            loaded
                .notices
                .iter()
                .any(|n| n.file == bak_path && n.message.contains("backup")),
            "cut at {cut}: {:?}",
            loaded.notices
        );
        assert_eq!(fs::read(&bak_path).unwrap(), &bak[..cut], "kept as it was");
    }
}

#[test]
fn invalid_utf8_in_the_middle_of_a_save_is_set_aside() {
    let (first, _second, mut main, bak) = real_files();
    let middle = main.len() / 2;
    main[middle] = 0xff;
    let (_dir, store) = store();
    let path = store.profile_path("aaaa");
    fs::write(&path, &main).unwrap();
    fs::write(backup_path(&path), &bak).unwrap();
    let loaded = store.load_all();
    assert_eq!(loaded.profiles, [first]);
    assert!(
        loaded
            .notices
            .iter()
            .any(|n| n.message.contains("not UTF-8")),
        "{:?}",
        loaded.notices
    );
    assert_eq!(
        fs::read(&files_containing(&store, ".corrupt-")[0]).unwrap(),
        main
    );
}

#[test]
fn a_folder_where_the_file_should_be_is_set_aside_and_the_backup_used() {
    let (first, _second, _main, bak) = real_files();
    let (_dir, store) = store();
    let path = store.profile_path("aaaa");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("inside.txt"), b"kept").unwrap();
    fs::write(backup_path(&path), &bak).unwrap();
    let loaded = store.load_all();
    assert_eq!(loaded.profiles, [first]);
    let aside = files_containing(&store, ".corrupt-");
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(aside[0].join("inside.txt")).unwrap(), b"kept");
}

#[test]
fn a_folder_where_the_backup_should_be_stops_the_save_with_a_plain_message() {
    let (_dir, store) = store();
    let (_first, second) = saved_twice(&store);
    let bak = backup_path(&store.profile_path("aaaa"));
    fs::remove_file(&bak).unwrap();
    fs::create_dir(&bak).unwrap();
    let main_before = fs::read(store.profile_path("aaaa")).unwrap();
    let mut third = second.clone();
    third.nickname = "Kind Fox".into();
    let message = store.save(&third).unwrap_err().to_string();
    assert!(message.contains("aaaa.ron.bak"), "{message}");
    assert!(message.contains("a folder is in the way"), "{message}");
    assert!(message.contains("Move that folder"), "{message}");
    assert_eq!(fs::read(store.profile_path("aaaa")).unwrap(), main_before);
    assert_eq!(store.load_all().profiles, [second]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever bytes are in the file, loading gives the backup and keeps them.
    #[test]
    fn any_bytes_in_the_file_give_the_backup(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
        let (_dir, store) = store();
        let (first, _second) = saved_twice(&store);
        fs::write(store.profile_path("aaaa"), &bytes).unwrap();
        let loaded = store.load_all();
        proptest::prop_assert_eq!(loaded.profiles, vec![first]);
        let aside = files_containing(&store, ".corrupt-");
        proptest::prop_assert_eq!(fs::read(&aside[0]).unwrap(), bytes);
    }
}
