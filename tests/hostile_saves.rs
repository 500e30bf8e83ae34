//! Hostile save files (issue 7): a profile file that is broken, huge, deep or
//! full of odd values is skipped with a notice saying which file and why, the
//! other children still load, and every report can still be made.

use std::path::Path;

use kind_quest::content::Content;
use kind_quest::progress::store::read_folder;
use kind_quest::report::{ClassReport, csv, xapi};

/// A good save of "Brave Otter" (id `aaaa`) that played one story.
fn good_save(id: &str, weight: &str) -> String {
    format!(
        r#"(
    format: 1,
    profile: (
        id: "{id}",
        nickname: "Brave Otter",
        avatar: 3,
        created: 100,
        sessions: [
            (
                id: "{id}-s1",
                scenario: "left-out-of-the-chat",
                locale: "en",
                started: 110,
                finished: Some(200),
                choices: [
                    (node: "chat-choice", choice: "left-out-of-the-chat-go-along", evidence: {{"empathy": {weight}}}),
                ],
                ending: Some("end-rule"),
            ),
        ],
    ),
)
"#
    )
}

/// A data folder holding a good save `good.ron` and `bad.ron` with `bytes`.
fn folder_with(bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::fs::create_dir_all(&profiles).unwrap();
    std::fs::write(profiles.join("good.ron"), good_save("good", "1")).unwrap();
    std::fs::write(profiles.join("bad.ron"), bytes).unwrap();
    dir
}

/// Reads the folder: the good child loads, the bad file has one notice naming it
/// with a reason, and every report format is made.
fn assert_bad_is_skipped(dir: &Path) -> String {
    let loaded = read_folder(dir);
    assert_eq!(loaded.profiles.len(), 1, "{:?}", loaded.notices);
    assert_eq!(loaded.profiles[0].nickname, "Brave Otter");
    assert_eq!(loaded.notices.len(), 1, "{:?}", loaded.notices);
    let notice = &loaded.notices[0];
    assert!(notice.file.ends_with("bad.ron"), "{notice:?}");
    assert!(
        notice.message.starts_with("could not read this profile (")
            && notice.message.ends_with("it was skipped"),
        "{notice:?}"
    );
    let content = Content::embedded();
    let report = ClassReport::build(&[dir.to_path_buf()], &content);
    assert_eq!(report.children.len(), 1);
    assert!(csv::render(&report).contains("Brave Otter"));
    assert!(xapi::render(&report, &content).contains("Brave Otter"));
    notice.message.clone()
}

#[test]
fn the_good_save_these_tests_use_loads() {
    let dir = folder_with(good_save("other", "2").as_bytes());
    assert_eq!(read_folder(dir.path()).profiles.len(), 2);
}

#[test]
fn deeply_nested_saves_are_skipped_without_overflowing() {
    for text in [
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        format!("(format: 1, profile: {}", "(".repeat(100_000)),
        good_save("bad", "1").replace(
            "finished: Some(200)",
            &format!(
                "finished: {}200{}",
                "Some(".repeat(10_000),
                ")".repeat(10_000)
            ),
        ),
    ] {
        assert_bad_is_skipped(folder_with(text.as_bytes()).path());
    }
}

#[test]
fn a_save_that_is_not_utf8_is_skipped_saying_so() {
    let mut bytes = good_save("bad", "1").into_bytes();
    bytes[40] = 0xff;
    let message = assert_bad_is_skipped(folder_with(&bytes).path());
    assert!(message.contains("not UTF-8"), "{message}");
}

#[test]
fn empty_truncated_and_wrong_typed_saves_are_skipped() {
    let good = good_save("bad", "1");
    for text in [
        String::new(),
        "\u{feff}".to_string(),
        good[..good.len() / 2].to_string(),
        good.replace("avatar: 3", "avatar: 300"),
        good.replace("avatar: 3", "avatar: -1"),
        good.replace("created: 100", "created: \"yesterday\""),
        good.replace("\"empathy\": 1", "\"empathy\": 99999999999"),
        good.replace("format: 1", "format: \"one\""),
        good.replace("sessions: [", "sessions: {"),
    ] {
        assert_bad_is_skipped(folder_with(text.as_bytes()).path());
    }
}

#[test]
fn huge_weights_in_saves_do_not_overflow_the_reports() {
    // Five copies of one child, each with the largest weight: the sums stop at
    // the largest number instead of overflowing (a panic in a debug build).
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::fs::create_dir_all(&profiles).unwrap();
    let mut text = good_save("big", "2147483647");
    let session = text.find("            (\n                id:").unwrap();
    let end = text.find("        ],\n    ),\n)").unwrap();
    let one = text[session..end].to_string();
    for n in 2..=5 {
        text.insert_str(end, &one.replace("big-s1", &format!("big-s{n}")));
    }
    std::fs::write(profiles.join("big.ron"), &text).unwrap();
    let content = Content::embedded();
    let loaded = read_folder(dir.path());
    assert_eq!(loaded.profiles[0].sessions.len(), 5, "{:?}", loaded.notices);
    assert_eq!(loaded.profiles[0].evidence_totals()["empathy"], i32::MAX);
    let report = ClassReport::build(&[dir.path().to_path_buf()], &content);
    assert!(csv::render(&report).contains("Brave Otter"));
}

#[test]
fn odd_characters_in_a_saved_profile_are_kept_as_text() {
    // Names are data, never paths or markup: an odd nickname is read and
    // reported like any other (reports never write into folders). An id that
    // is a path ("../../x") would become a file name when saved, so that save
    // is skipped with a notice instead.
    let odd = "../../\u{202e}\u{1f600}\u{0}\"<script>";
    let text = good_save("odd", "1").replace("Brave Otter", &odd.escape_default().to_string());
    let dir = folder_with(text.as_bytes());
    let path_id = good_save("odd", "1").replace("id: \"odd\"", "id: \"../../odd\"");
    std::fs::write(dir.path().join("profiles/path-id.ron"), path_id).unwrap();
    let loaded = read_folder(dir.path());
    assert_eq!(loaded.profiles.len(), 2, "{:?}", loaded.notices);
    assert!(
        loaded
            .notices
            .iter()
            .any(|n| n.file.ends_with("path-id.ron")
                && n.message.contains("not one Kind Quest makes")),
        "{:?}",
        loaded.notices
    );
    assert!(loaded.profiles.iter().any(|p| p.nickname == odd));
    let content = Content::embedded();
    let report = ClassReport::build(&[dir.path().to_path_buf()], &content);
    let l10n = kind_quest::i18n::Localizer::new(&content);
    let page = kind_quest::report::html::render(&report, &content, &l10n, "Class");
    assert!(!page.contains("<script>"), "the page escapes names");
    let names: Vec<_> = std::fs::read_dir(dir.path().join("profiles"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(names.len(), 3, "nothing was written");
}

/// A game name written into the file by hand, thousands of letters long, is
/// cut to a length the screens and the story lines can show.
#[test]
fn a_hand_written_game_name_of_thousands_of_letters_is_cut() {
    let long = "Zz".repeat(3000);
    let text = good_save("aaaa", "2").replace("Brave Otter", &long);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("profiles")).unwrap();
    std::fs::write(dir.path().join("profiles").join("aaaa.ron"), text).unwrap();
    let loaded = read_folder(dir.path());
    assert_eq!(loaded.profiles.len(), 1, "{:?}", loaded.notices);
    assert_eq!(loaded.profiles[0].nickname, "Zz".repeat(20));
    // The generated names fit whole.
    let dir = folder_with(good_save("other", "2").as_bytes());
    assert!(
        read_folder(dir.path())
            .profiles
            .iter()
            .all(|p| p.nickname == "Brave Otter")
    );
}
