//! The data folder: one copy of the game at a time, and a plain message for
//! every problem a parent or teacher can meet with it (each says what happened
//! and what to do).

use std::sync::Arc;

use super::faults::{Fault, FaultyDisk};
use super::tests::{profile, saved_twice, store};
use super::*;

/// Every file under `dir` with its bytes, to show nothing was written.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push((p.clone(), fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn assert_in_use(err: StoreError, dir: &Path) {
    assert!(matches!(err, StoreError::InUse { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("already open"), "{message}");
    assert!(
        message.contains("close the other window first"),
        "{message}"
    );
    assert!(message.contains(&dir.display().to_string()), "{message}");
}

#[test]
fn a_second_copy_on_the_same_folder_is_refused_and_writes_nothing() {
    let (dir, first) = store();
    let (_, second_profile) = saved_twice(&first);
    let before = snapshot(dir.path());
    assert!(
        before.iter().any(|(p, _)| p.ends_with(LOCK_FILE)),
        "{before:?}"
    );

    assert_in_use(Store::open(dir.path()).unwrap_err(), dir.path());
    assert_eq!(
        snapshot(dir.path()),
        before,
        "the refused copy changed nothing"
    );

    // The first copy goes on saving, and its clones share its lock.
    let clone = first.clone();
    drop(first);
    assert_in_use(Store::open(dir.path()).unwrap_err(), dir.path());
    clone.save(&second_profile).unwrap();
    drop(clone);

    // Once it is closed, the folder opens again.
    let again = Store::open(dir.path()).unwrap();
    assert_eq!(again.load_all().profiles, [second_profile]);
}

#[test]
fn different_folders_do_not_block_each_other() {
    let (_a, a) = store();
    let (_b, b) = store();
    a.save(&profile("aaaa", "Brave Otter", 1)).unwrap();
    b.save(&profile("bbbb", "Calm Heron", 2)).unwrap();
}

#[test]
fn a_missing_folder_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("a").join("b");
    Store::open(&data)
        .unwrap()
        .save(&profile("aaaa", "Brave Otter", 1))
        .unwrap();
    assert!(data.join("profiles/aaaa.ron").is_file());
}

#[test]
fn a_file_where_the_folder_should_be_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kind-quest");
    fs::write(&file, b"a file").unwrap();
    for data in [file.clone(), file.join("inside")] {
        let message = Store::open(&data).unwrap_err().to_string();
        assert!(message.contains(&data.display().to_string()), "{message}");
        assert!(message.contains("a file is in the way"), "{message}");
        assert!(message.contains("Move or rename that file"), "{message}");
        assert!(message.contains("--data-dir"), "{message}");
    }
    assert_eq!(fs::read(&file).unwrap(), b"a file", "left as it was");
}

#[test]
fn a_folder_where_the_lock_file_should_be_is_named_and_explained() {
    let dir = tempfile::tempdir().unwrap();
    let lock = dir.path().join(super::lock::LOCK_FILE);
    fs::create_dir(&lock).unwrap();
    let message = Store::open(dir.path()).unwrap_err().to_string();
    assert!(message.contains(&lock.display().to_string()), "{message}");
    assert!(message.contains("a folder is in the way"), "{message}");
    assert!(message.contains("Move or rename that folder"), "{message}");
    assert!(lock.is_dir(), "left as it was");
}

/// True when this user may write even where permissions say no (root in a
/// container): the permission tests then prove nothing, so they stop early.
fn permissions_are_not_enforced(read_only_dir: &Path) -> bool {
    let probe = read_only_dir.join("probe");
    let wrote = fs::write(&probe, b"").is_ok();
    let _ = fs::remove_file(&probe);
    wrote
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_folder_this_user_may_not_write_to_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("locked");
    fs::create_dir(&data).unwrap();
    set_mode(&data, 0o555);
    if permissions_are_not_enforced(&data) {
        eprintln!(
            "skipped: this user (root?) may write anywhere; tests/cli_errors.rs runs the same case as another user"
        );
        set_mode(&data, 0o755);
        return;
    }
    let message = Store::open(&data).unwrap_err().to_string();
    set_mode(&data, 0o755);
    assert!(message.contains(&data.display().to_string()), "{message}");
    assert!(message.contains("not allowed to write"), "{message}");
    assert!(message.contains("--data-dir"), "{message}");
}

#[cfg(unix)]
#[test]
fn a_profiles_folder_that_became_read_only_is_explained_when_saving() {
    let (dir, store) = store();
    let first = profile("aaaa", "Brave Otter", 1);
    store.save(&first).unwrap();
    let profiles = dir.path().join("profiles");
    set_mode(&profiles, 0o555);
    if permissions_are_not_enforced(&profiles) {
        eprintln!(
            "skipped: this user (root?) may write anywhere; tests/cli_errors.rs runs the same case as another user"
        );
        set_mode(&profiles, 0o755);
        return;
    }
    let mut second = first.clone();
    second.nickname = "Calm Heron".into();
    let message = store.save(&second).unwrap_err().to_string();
    set_mode(&profiles, 0o755);
    assert!(message.contains("aaaa.ron"), "{message}");
    assert!(message.contains("not allowed to write"), "{message}");
    assert!(
        message.contains("Ask whoever looks after this computer"),
        "{message}"
    );
    assert_eq!(store.load_all().profiles, [first]);
}

#[test]
fn a_full_disk_is_explained_and_the_last_save_kept() {
    let (dir, store) = store();
    let first = profile("aaaa", "Brave Otter", 1);
    store.save(&first).unwrap();
    drop(store);
    // The disk fills up as the new file is written.
    let disk = Arc::new(FaultyDisk::at(
        7,
        Fault::Fail(std::io::ErrorKind::StorageFull),
    ));
    let store = Store::open_on(dir.path(), disk).unwrap();
    let mut second = first.clone();
    second.nickname = "Calm Heron".into();
    let message = store.save(&second).unwrap_err().to_string();
    assert!(message.contains("aaaa.ron"), "{message}");
    assert!(message.contains("the disk is full"), "{message}");
    assert!(message.contains("Free some space"), "{message}");
    assert!(message.contains("last saved progress is kept"), "{message}");
    drop(store);
    assert_eq!(
        Store::open(dir.path()).unwrap().load_all().profiles,
        [first]
    );
}

#[test]
fn no_default_folder_says_how_to_choose_one() {
    let message = StoreError::NoDefaultFolder.to_string();
    assert!(message.contains("--data-dir"), "{message}");
    assert!(message.contains("KIND_QUEST_DATA_DIR"), "{message}");
}

#[test]
fn a_profile_from_a_newer_game_is_never_overwritten_by_a_save() {
    let (_dir, store) = store();
    let (_, second) = saved_twice(&store);
    let path = store.profile_path("aaaa");
    let newer = fs::read_to_string(&path)
        .unwrap()
        .replace("format: 1", "format: 7");
    fs::write(&path, &newer).unwrap();
    let bak = fs::read(backup_path(&path)).unwrap();

    let err = store.save(&second).unwrap_err();
    assert!(matches!(err, StoreError::Newer { found: 7, .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("aaaa.ron"), "{message}");
    assert!(message.contains("newer Kind Quest"), "{message}");
    assert!(message.contains("Update Kind Quest"), "{message}");
    assert_eq!(fs::read_to_string(&path).unwrap(), newer, "byte for byte");
    assert_eq!(fs::read(backup_path(&path)).unwrap(), bak);
    let names: Vec<_> = fs::read_dir(store.dir().join("profiles"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 2, "nothing new beside it: {names:?}");
}
