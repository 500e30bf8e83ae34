//! The data folder: one copy of the game at a time, and a plain message for
//! every problem a parent or teacher can meet with it (each says what happened
//! and what to do).

use std::sync::Arc;

use super::faults::{Fault, FaultyDisk};
use super::tests::{files_containing, profile, saved_twice, store};
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

/// What a crash or a hand left under a save's temporary name: a link to
/// another child's save must not be written through, and the link goes.
#[cfg(unix)]
#[test]
fn a_link_left_under_the_temporary_name_is_not_written_through() {
    let (dir, store) = store();
    let other = profile("bbbb", "Kind Koala", 200);
    store.save(&other).unwrap();
    let profiles = dir.path().join("profiles");
    let before = fs::read(profiles.join("bbbb.ron")).unwrap();
    std::os::unix::fs::symlink("bbbb.ron", profiles.join("aaaa.ron.tmp")).unwrap();
    std::os::unix::fs::symlink("bbbb.ron.bak", profiles.join("aaaa.ron.bak.tmp")).unwrap();
    let mine = profile("aaaa", "Brave Otter", 100);
    store.save(&mine).unwrap();
    store.save(&mine).unwrap();
    assert_eq!(fs::read(profiles.join("bbbb.ron")).unwrap(), before);
    assert!(!profiles.join("bbbb.ron.bak").exists());
    let loaded = store.load_all();
    let mut names: Vec<_> = loaded
        .profiles
        .iter()
        .map(|p| p.nickname.as_str())
        .collect();
    names.sort();
    assert_eq!(names, ["Brave Otter", "Kind Koala"]);
    assert!(files_containing(&store, ".tmp").is_empty());
}

/// A pipe under the temporary name used to make every save wait for ever.
#[cfg(unix)]
#[test]
fn a_pipe_left_under_the_temporary_name_does_not_stop_saving() {
    let (dir, store) = store();
    let tmp = dir.path().join("profiles").join("aaaa.ron.tmp");
    let name = std::ffi::CString::new(tmp.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo with a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    let mine = profile("aaaa", "Brave Otter", 100);
    store.save(&mine).unwrap();
    assert_eq!(store.load_all().profiles, [mine]);
    assert!(files_containing(&store, ".tmp").is_empty());
}

/// A folder under the temporary name cannot be cleared away: the message
/// names that folder, not the save beside it.
#[test]
fn a_folder_under_the_temporary_name_is_the_one_named() {
    let (dir, store) = store();
    let tmp = dir.path().join("profiles").join("aaaa.ron.tmp");
    fs::create_dir(&tmp).unwrap();
    let err = store
        .save(&profile("aaaa", "Brave Otter", 100))
        .unwrap_err();
    let text = err.to_string();
    assert!(text.contains(&tmp.display().to_string()), "{text}");
    assert!(text.contains("a folder is in the way"), "{text}");
    assert!(text.contains("Move that folder"), "{text}");
}

/// A folder copied onto another with "keep both": `aaaa (copy).ron` holds the
/// same child with a story played on the other device. Both stories stay, the
/// child is shown once, the copy is kept aside (not deleted), and erasing the
/// child removes it too.
#[test]
fn two_files_of_one_child_are_put_together_and_the_copy_kept_aside() {
    let (dir, store) = store();
    let profiles = dir.path().join("profiles");
    let here = profile("aaaa", "Brave Otter", 100);
    store.save(&here).unwrap();
    let mut there = here.clone();
    there.nickname = "Other Name".into();
    there.sessions[0].id = "from-the-other-device".into();
    let copy = profiles.join("aaaa (copy).ron");
    let (other_dir, other_store) = super::tests::store();
    other_store.save(&there).unwrap();
    fs::copy(other_dir.path().join("profiles").join("aaaa.ron"), &copy).unwrap();

    let loaded = store.load_all();
    assert_eq!(loaded.profiles.len(), 1, "{:?}", loaded.profiles);
    let child = &loaded.profiles[0];
    assert_eq!(child.nickname, "Brave Otter");
    let mut sessions: Vec<&str> = child.sessions.iter().map(|s| s.id.as_str()).collect();
    sessions.sort();
    assert_eq!(sessions, ["aaaa-s1", "from-the-other-device"]);
    assert_eq!(loaded.notices.len(), 1, "{:?}", loaded.notices);
    assert!(
        loaded.notices[0].message.contains("kept as"),
        "{:?}",
        loaded.notices
    );
    assert!(!copy.exists());
    assert_eq!(files_containing(&store, ".copy-").len(), 1);

    // Loading again finds one file and nothing to say.
    let again = store.load_all();
    assert_eq!(again.profiles, loaded.profiles);
    assert!(again.notices.is_empty(), "{:?}", again.notices);

    store.erase("aaaa").unwrap();
    assert!(files_containing(&store, "aaaa").is_empty());
}

/// A `profiles` link that points at itself (or nowhere) is named for what it
/// is, not as "a file in the way".
#[cfg(unix)]
#[test]
fn a_profiles_link_that_leads_nowhere_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::os::unix::fs::symlink("profiles", &profiles).unwrap();
    let text = Store::open(dir.path()).unwrap_err().to_string();
    assert!(text.contains(&profiles.display().to_string()), "{text}");
    assert!(text.contains("a link that leads nowhere"), "{text}");
    assert!(text.contains("Remove that link"), "{text}");
}

/// A first save cut off after writing but before renaming leaves only
/// `<id>.ron.tmp`: it becomes the child's file. Any other leftover temporary
/// file is removed when the folder is opened (it held a game name that
/// `erase` could not find).
#[test]
fn saves_cut_off_midway_are_finished_or_removed_when_the_folder_opens() {
    let dir = tempfile::tempdir().unwrap();
    let first = profile("aaaa", "Brave Otter", 100);
    {
        let store = Store::open(dir.path()).unwrap();
        store.save(&first).unwrap();
    }
    let profiles = dir.path().join("profiles");
    fs::rename(profiles.join("aaaa.ron"), profiles.join("aaaa.ron.tmp")).unwrap();
    fs::remove_file(profiles.join("aaaa.ron.bak")).ok();
    fs::write(profiles.join("bbbb.ron.tmp"), b"(format: 1, half").unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.load_all().profiles, [first]);
    assert!(files_containing(&store, ".tmp").is_empty());
}
