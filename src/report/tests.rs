use std::collections::BTreeMap;

use super::*;
use crate::i18n::Localizer;
use crate::progress::SessionRecord;
use crate::progress::{ChoiceRecord, Store};

fn choice(node: &str, text: &str, evidence: &[(&str, i32)]) -> ChoiceRecord {
    ChoiceRecord {
        node: node.into(),
        choice: text.into(),
        evidence: evidence.iter().map(|(k, w)| (k.to_string(), *w)).collect(),
        retried: false,
    }
}

fn finished_session(id: &str) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        scenario: "left-out-of-the-chat".into(),
        locale: "en".into(),
        started: 1_795_450_000,
        finished: Some(1_795_450_300),
        choices: vec![choice(
            "chat-choice",
            "left-out-of-the-chat-speak-up",
            &[("cyberbullying", 2), ("empathy", 1)],
        )],
        ending: Some("end-picnic".into()),
    }
}

/// Two folders as if copied from two devices: "Kind Koala" is in both (the second
/// copy has one more session), "<Brave> Otter" only in the second.
fn two_folders() -> (tempfile::TempDir, tempfile::TempDir) {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let mut koala = Profile::new("Kind Koala", 1);
    koala.sessions.push(finished_session("s-1"));
    Store::open(a.path()).unwrap().save(&koala).unwrap();
    // The copy on the second device: the same session, and a new one halfway.
    let mut halfway = finished_session("s-2");
    halfway.ending = None;
    halfway.finished = None;
    koala.sessions.push(halfway);
    let store_b = Store::open(b.path()).unwrap();
    store_b.save(&koala).unwrap();
    let mut otter = Profile::new("<Brave> Otter", 2);
    otter.sessions.push(finished_session("s-3"));
    store_b.save(&otter).unwrap();
    (a, b)
}

fn build() -> (ClassReport, Content) {
    let (a, b) = two_folders();
    let content = Content::embedded();
    let report = ClassReport::build(&[a.path().into(), b.path().into()], &content);
    (report, content)
}

#[test]
fn folders_merge_without_counting_a_session_twice() {
    let (report, _) = build();
    assert_eq!(report.children.len(), 2);
    let koala = report
        .children
        .iter()
        .find(|c| c.profile.nickname == "Kind Koala")
        .unwrap();
    let ids: Vec<&str> = koala
        .profile
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, vec!["s-1", "s-2"]);
    let scores: BTreeMap<_, _> = koala.scores.iter().cloned().collect();
    assert_eq!(
        scores["cyberbullying"].observations, 2,
        "s-1 once, s-2 once"
    );
    assert_eq!(finished_stories(&koala.profile).len(), 1);
    assert!(report.notices.is_empty());
}

#[test]
fn reading_folders_changes_nothing_in_them() {
    let (a, b) = two_folders();
    std::fs::write(a.path().join("profiles/broken.ron"), "not a profile").unwrap();
    let listing = |d: &std::path::Path| {
        let mut v: Vec<_> = std::fs::read_dir(d.join("profiles"))
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                (p.clone(), std::fs::read(&p).unwrap())
            })
            .collect();
        v.sort();
        v
    };
    let before = (listing(a.path()), listing(b.path()));
    let report = ClassReport::build(&[a.path().into(), b.path().into()], &Content::embedded());
    assert_eq!(before, (listing(a.path()), listing(b.path())));
    assert_eq!(report.notices.len(), 1, "the broken file is reported");
    assert!(report.notices[0].message.contains("skipped"));
}

#[test]
fn csv_has_one_row_per_child_and_skill_with_counts() {
    let (report, _) = build();
    let text = csv::render(&report);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], csv::HEADER);
    assert_eq!(lines.len(), 1 + 2 * 8);
    let row = lines
        .iter()
        .find(|l| l.contains(",Kind Koala,cyberbullying,"))
        .unwrap();
    let cells: Vec<&str> = row.split(',').collect();
    // observations, shown, available, share, growth, not_yet, retries, finished
    assert_eq!(
        &cells[3..],
        &["2", "4", "4", "1.00", "just_starting", "0", "0", "1"]
    );
}

#[test]
fn html_is_one_printable_page_with_names_escaped() {
    let (report, content) = build();
    let l10n = Localizer::new(&content);
    let page = html::render(&report, &content, &l10n, "Class 4B");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("&lt;Brave&gt; Otter"));
    assert!(!page.contains("<Brave>"));
    assert!(page.contains("Left out of the chat (2026-11-23)"));
    assert!(
        page.contains("break-before: page"),
        "one child per printed page"
    );
    assert!(
        !page.contains("http"),
        "self-contained: no links or resources"
    );
}

#[test]
fn xapi_statements_are_valid_json_with_stable_unique_ids() {
    let (report, content) = build();
    let json = xapi::render(&report, &content);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let all = v.as_array().unwrap();
    // Koala: s-1 (experienced, answered, completed) + s-2 (experienced, answered);
    // Otter: s-3 (3 statements).
    assert_eq!(all.len(), 8);
    let mut ids: Vec<&str> = all.iter().map(|s| s["id"].as_str().unwrap()).collect();
    let verbs: Vec<&str> = all
        .iter()
        .map(|s| s["verb"]["id"].as_str().unwrap())
        .collect();
    assert!(verbs.iter().any(|v| v.ends_with("/completed")));
    assert_eq!(
        all[0]["actor"]["account"]["name"].as_str().unwrap().len(),
        16
    );
    assert_eq!(
        all[1]["context"]["extensions"]["urn:kind-quest:extension:skills"],
        serde_json::json!(["cyberbullying", "empathy"])
    );
    assert_eq!(all[0]["timestamp"], "2026-11-23T16:06:40Z");
    assert_eq!(
        all[0]["object"]["definition"]["name"]["en-US"],
        "Left out of the chat"
    );
    for id in &ids {
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "8", "UUID version 8");
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 8, "ids are unique");
    assert_eq!(
        json,
        xapi::render(&report, &content),
        "and the same every time"
    );
}
