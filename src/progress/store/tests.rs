use super::*;

use crate::progress::model::{ChoiceRecord, SessionRecord};

/// A profile with a fixed id and a played session, so files are comparable.
pub(super) fn profile(id: &str, nickname: &str, created: u64) -> Profile {
    let mut p = Profile::new(nickname, 3);
    p.id = id.to_string();
    p.created = created;
    p.settings.language = Some("es".into());
    p.sessions.push(SessionRecord {
        id: format!("{id}-s1"),
        scenario: "left-out-of-the-chat".into(),
        locale: "es".into(),
        started: created + 10,
        finished: Some(created + 100),
        choices: vec![ChoiceRecord {
            node: "chat-choice".into(),
            choice: "left-out-of-the-chat-go-along".into(),
            evidence: [("empathy".to_string(), -1)].into(),
            retried: true,
        }],
        ending: Some("end-rule".into()),
    });
    p
}

pub(super) fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

/// Files in the profiles folder whose name contains `part`.
pub(super) fn files_containing(store: &Store, part: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(store.dir().join("profiles"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(part))
        .collect();
    found.sort();
    found
}

/// Saves `first`, then `second` (same id), so the backup holds `first`.
pub(super) fn saved_twice(store: &Store) -> (Profile, Profile) {
    let first = profile("aaaa", "Brave Otter", 100);
    store.save(&first).unwrap();
    let mut second = first.clone();
    second.nickname = "Calm Heron".into();
    second.settings.text_size = 2;
    store.save(&second).unwrap();
    (first, second)
}

#[test]
fn open_creates_the_profiles_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("new").join("data");
    let store = Store::open(&data).unwrap();
    assert!(data.join("profiles").is_dir());
    assert_eq!(store.dir(), data);
}

#[test]
fn save_then_load_round_trips() {
    let (_dir, store) = store();
    let p = profile("aaaa", "Brave Otter", 100);
    store.save(&p).unwrap();
    assert!(store.profile_path("aaaa").is_file());
    let loaded = store.load_all();
    assert_eq!(loaded.profiles, [p]);
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
}

#[test]
fn saved_file_names_its_format_version() {
    let (_dir, store) = store();
    store.save(&profile("aaaa", "Brave Otter", 100)).unwrap();
    let text = fs::read_to_string(store.profile_path("aaaa")).unwrap();
    assert_eq!(peek_version(&text), Some(FORMAT_VERSION));
}

#[test]
fn profiles_load_oldest_first() {
    let (_dir, store) = store();
    let young = profile("aaaa", "Brave Otter", 300);
    let old = profile("bbbb", "Calm Heron", 100);
    store.save(&young).unwrap();
    store.save(&old).unwrap();
    assert_eq!(store.load_all().profiles, [old, young]);
}

#[test]
fn second_save_keeps_the_previous_good_file_as_bak() {
    let (_dir, store) = store();
    let first = profile("aaaa", "Brave Otter", 100);
    store.save(&first).unwrap();
    let first_bytes = fs::read(store.profile_path("aaaa")).unwrap();
    assert!(
        !backup_path(&store.profile_path("aaaa")).exists(),
        "nothing to back up yet"
    );

    let mut second = first.clone();
    second.nickname = "Calm Heron".into();
    store.save(&second).unwrap();

    let bak = backup_path(&store.profile_path("aaaa"));
    assert_eq!(bak.file_name().unwrap(), "aaaa.ron.bak");
    assert_eq!(fs::read(&bak).unwrap(), first_bytes);
    assert_eq!(store.load_all().profiles, [second]);
    // No temporary files are left behind.
    assert!(files_containing(&store, ".tmp").is_empty());
}

#[test]
fn save_does_not_back_up_a_broken_file() {
    let (_dir, store) = store();
    let (first, second) = saved_twice(&store);
    let good_bak = fs::read(backup_path(&store.profile_path("aaaa"))).unwrap();
    fs::write(store.profile_path("aaaa"), b"garbage").unwrap();
    let mut third = second.clone();
    third.nickname = "Kind Fox".into();
    store.save(&third).unwrap();
    assert_eq!(
        fs::read(backup_path(&store.profile_path("aaaa"))).unwrap(),
        good_bak
    );
    assert_eq!(
        read_profile(&backup_path(&store.profile_path("aaaa"))).unwrap(),
        first
    );
    assert_eq!(store.load_all().profiles, [third]);
}

/// A corrupt main file: set aside with its bytes, backup used and put back.
fn assert_recovers_from(corrupt: &[u8]) {
    let (_dir, store) = store();
    let (first, _second) = saved_twice(&store);
    let main = store.profile_path("aaaa");
    fs::write(&main, corrupt).unwrap();

    let loaded = store.load_all();
    assert_eq!(
        loaded.profiles,
        std::slice::from_ref(&first),
        "the backup is used"
    );
    assert!(
        loaded
            .notices
            .iter()
            .any(|n| n.message.contains("could not read this profile")),
        "{:?}",
        loaded.notices
    );
    assert!(
        loaded
            .notices
            .iter()
            .any(|n| n.message.contains("backup was used")),
        "{:?}",
        loaded.notices
    );

    let aside = files_containing(&store, ".corrupt-");
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        fs::read(&aside[0]).unwrap(),
        corrupt,
        "the broken file is kept as it was"
    );

    // The backup was restored as the main file, and the next load is clean.
    assert_eq!(read_profile(&main).unwrap(), first);
    let again = store.load_all();
    assert_eq!(again.profiles, [first]);
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    assert_eq!(
        files_containing(&store, ".corrupt-"),
        aside,
        "the set-aside file is never deleted"
    );
}

#[test]
fn corrupt_main_file_of_garbage_bytes_is_set_aside_and_the_backup_used() {
    assert_recovers_from(&[0xff, 0x00, 0xfe, 0x13, 0x37, 0x80, b'\n', 0xc3]);
}

#[test]
fn truncated_main_file_is_set_aside_and_the_backup_used() {
    let (_dir, store) = store();
    saved_twice(&store);
    let full = fs::read(store.profile_path("aaaa")).unwrap();
    drop(store);
    assert_recovers_from(&full[..full.len() / 2]);
}

#[test]
fn empty_main_file_is_set_aside_and_the_backup_used() {
    assert_recovers_from(b"");
}

#[test]
fn missing_main_file_is_restored_from_its_backup() {
    let (_dir, store) = store();
    let (first, _) = saved_twice(&store);
    fs::remove_file(store.profile_path("aaaa")).unwrap();
    let loaded = store.load_all();
    assert_eq!(loaded.profiles, std::slice::from_ref(&first));
    assert_eq!(read_profile(&store.profile_path("aaaa")).unwrap(), first);
    assert!(files_containing(&store, ".corrupt-").is_empty());
}

#[test]
fn other_profiles_still_load_when_one_is_corrupt() {
    let (_dir, store) = store();
    let a = profile("aaaa", "Brave Otter", 100);
    let b = profile("bbbb", "Calm Heron", 200);
    let c = profile("cccc", "Kind Fox", 300);
    for p in [&a, &b, &c] {
        store.save(p).unwrap();
    }
    // b has no backup (saved once), so it cannot be recovered.
    fs::write(
        store.profile_path("bbbb"),
        b"ProfileFile(format: 1, profile: (",
    )
    .unwrap();
    let loaded = store.load_all();
    assert_eq!(loaded.profiles, [a, c]);
    assert_eq!(loaded.notices.len(), 1, "{:?}", loaded.notices);
    assert!(loaded.notices[0].file.ends_with("bbbb.ron"));
    let aside = files_containing(&store, "bbbb.corrupt-");
    assert_eq!(aside.len(), 1);
    assert_eq!(
        fs::read(&aside[0]).unwrap(),
        b"ProfileFile(format: 1, profile: ("
    );
}

#[test]
fn corrupt_main_and_backup_are_both_kept_and_nothing_is_loaded() {
    let (_dir, store) = store();
    saved_twice(&store);
    let bak = backup_path(&store.profile_path("aaaa"));
    fs::write(store.profile_path("aaaa"), b"\x00\x01").unwrap();
    fs::write(&bak, b"not a profile").unwrap();
    let loaded = store.load_all();
    assert!(loaded.profiles.is_empty());
    assert!(
        loaded.notices.iter().any(|n| n.file == bak),
        "{:?}",
        loaded.notices
    );
    assert_eq!(
        fs::read(&bak).unwrap(),
        b"not a profile",
        "the backup is left as it is"
    );
    let aside = files_containing(&store, ".corrupt-");
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(&aside[0]).unwrap(), b"\x00\x01");
}

#[test]
fn a_newer_format_is_refused_with_a_notice_and_left_untouched() {
    let (_dir, store) = store();
    let (_, second) = saved_twice(&store);
    let main = store.profile_path("aaaa");
    let bak = backup_path(&main);
    let text = fs::read_to_string(&main).unwrap();
    assert!(text.contains("format: 1"), "{text}");
    // A future version may also have fields this one does not know.
    let newer = text
        .replace("format: 1", "format: 99")
        .replace("nickname:", "pronouns: \"they\",\n        nickname:");
    fs::write(&main, &newer).unwrap();
    let bak_bytes = fs::read(&bak).unwrap();

    let loaded = store.load_all();
    assert!(
        loaded.profiles.is_empty(),
        "neither the file nor an older backup is used"
    );
    assert_eq!(loaded.notices.len(), 1, "{:?}", loaded.notices);
    assert_eq!(loaded.notices[0].file, main);
    assert!(
        loaded.notices[0].message.contains("newer"),
        "{}",
        loaded.notices[0].message
    );
    assert!(
        loaded.notices[0].message.contains("99"),
        "{}",
        loaded.notices[0].message
    );
    assert_eq!(
        fs::read_to_string(&main).unwrap(),
        newer,
        "byte for byte untouched"
    );
    assert_eq!(fs::read(&bak).unwrap(), bak_bytes);
    assert!(files_containing(&store, ".corrupt-").is_empty());
    assert_eq!(second.id, "aaaa");
}

#[test]
fn a_newer_format_that_parses_as_ours_is_refused_too() {
    let (_dir, store) = store();
    store.save(&profile("aaaa", "Brave Otter", 100)).unwrap();
    let main = store.profile_path("aaaa");
    let newer = fs::read_to_string(&main)
        .unwrap()
        .replace("format: 1", "format: 99");
    fs::write(&main, &newer).unwrap();
    let loaded = store.load_all();
    assert!(loaded.profiles.is_empty());
    assert_eq!(loaded.notices.len(), 1);
    assert_eq!(fs::read_to_string(&main).unwrap(), newer);
}

#[test]
fn an_empty_profiles_folder_gives_no_profiles() {
    let (_dir, store) = store();
    let loaded = store.load_all();
    assert!(loaded.profiles.is_empty());
    assert!(loaded.notices.is_empty());
}

#[test]
fn a_missing_profiles_folder_gives_no_profiles() {
    let (dir, store) = store();
    fs::remove_dir(dir.path().join("profiles")).unwrap();
    let loaded = store.load_all();
    assert!(loaded.profiles.is_empty());
    assert!(loaded.notices.is_empty());
}

#[test]
fn files_that_are_not_profiles_are_ignored() {
    let (_dir, store) = store();
    let p = profile("aaaa", "Brave Otter", 100);
    store.save(&p).unwrap();
    let profiles = store.dir().join("profiles");
    fs::write(profiles.join("notes.txt"), b"hello").unwrap();
    fs::write(profiles.join("old.corrupt-1-0.ron-aside"), b"junk").unwrap();
    let loaded = store.load_all();
    assert_eq!(loaded.profiles, [p]);
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert_eq!(fs::read(profiles.join("notes.txt")).unwrap(), b"hello");
}

#[test]
fn write_atomic_replaces_the_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.ron");
    write_atomic(&path, b"a long first version").unwrap();
    write_atomic(&path, b"short").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"short");
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["f.ron"]);
}

#[test]
fn data_dir_flag_wins() {
    let d = Path::new("/some/where");
    assert_eq!(Store::resolve_dir(Some(d)).unwrap(), d);
}

/// A save whose id would be a path (`../../escaped`) is broken, never a way to
/// write outside the data folder; saving or erasing such an id does nothing.
#[test]
fn an_id_that_is_a_path_never_writes_outside_the_data_folder() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let store = Store::open(&data).unwrap();
    let good = profile("aaaa", "Brave Otter", 1);
    store.save(&good).unwrap();
    // A hand-edited file gives itself an id that climbs out of the folder.
    let text = fs::read_to_string(store.profile_path("aaaa")).unwrap();
    let evil = text.replace("\"aaaa\"", "\"../../escaped\"");
    assert_ne!(evil, text);
    fs::write(data.join("profiles/bbbb.ron"), &evil).unwrap();
    let loaded = store.load_all();
    assert_eq!(loaded.profiles, vec![good.clone()]);
    assert!(
        loaded
            .notices
            .iter()
            .any(|n| n.message.contains("not one Kind Quest makes")),
        "{:?}",
        loaded.notices
    );
    let mut escaping = good.clone();
    escaping.id = "../../escaped".into();
    assert!(store.save(&escaping).is_err());
    assert_eq!(store.erase("").unwrap(), Vec::<PathBuf>::new());
    assert_eq!(store.erase("..").unwrap(), Vec::<PathBuf>::new());
    let outside: Vec<_> = fs::read_dir(root.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        outside,
        ["data"],
        "nothing was written beside the data folder"
    );
}

/// A save that is not an ordinary file (a folder in its place here; a pipe
/// would never end) is set aside with a plain reason, not read.
#[test]
fn a_save_that_is_not_a_file_is_not_read() {
    let (_dir, store) = store();
    let good = profile("aaaa", "Brave Otter", 1);
    store.save(&good).unwrap();
    store.save(&good).unwrap();
    // The saver's broken-file rules: a folder named like the file.
    let path = store.profile_path("cccc");
    fs::create_dir_all(&path).unwrap();
    let err = format::read_profile(&path).unwrap_err();
    assert!(matches!(&err, ReadError::Broken(why) if why.contains("not an ordinary file")));
}
