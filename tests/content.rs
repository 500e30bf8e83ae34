//! The shipped content meets every rule, with no warnings, and is rich enough to play.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use kind_quest::content::Content;
use kind_quest::story::check::check_content;
use kind_quest::story::model::{Node, Scenario};
use kind_quest::story::runtime::{endings_with_scripts, play_script};

/// Message ids defined per language, read straight from the `.ftl` files.
fn defined_messages(content: &Content) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &content.locales {
        let resource = fluent_syntax::parser::parse(file.source.text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.source.name));
        let ids = out.entry(file.lang.clone()).or_default();
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.insert(m.id.name.to_string());
            }
        }
    }
    out
}

fn scenarios() -> Vec<Scenario> {
    let content = Content::embedded();
    assert!(content.problems.is_empty(), "{:?}", content.problems);
    content
        .scenarios
        .iter()
        .map(|s| s.scenario.clone())
        .collect()
}

#[test]
fn the_three_shipped_scenarios_are_there() {
    let ids: BTreeSet<String> = scenarios().into_iter().map(|s| s.id).collect();
    for id in [
        "hospital-photos",
        "hotel-game-lobby",
        "left-out-of-the-chat",
    ] {
        assert!(ids.contains(id), "{id} missing from {ids:?}");
    }
}

#[test]
fn shipped_content_has_no_errors_and_no_warnings() {
    let content = Content::embedded();
    let diagnostics = check_content(&content);
    let listed: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert!(diagnostics.is_empty(), "{}", listed.join("\n"));
}

#[test]
fn every_scenario_has_at_least_three_decisions_and_two_endings() {
    for s in scenarios() {
        let decisions = s
            .nodes
            .iter()
            .filter(|n| matches!(n, Node::Choice { .. }))
            .count();
        let endings = s
            .nodes
            .iter()
            .filter(|n| matches!(n, Node::Ending { .. }))
            .count();
        assert!(decisions >= 3, "{} has {decisions} decisions", s.id);
        assert!(endings >= 2, "{} has {endings} endings", s.id);
    }
}

#[test]
fn every_ending_is_reached_by_some_script() {
    for s in scenarios() {
        let all: BTreeSet<String> = s
            .nodes
            .iter()
            .filter(|n| matches!(n, Node::Ending { .. }))
            .map(|n| n.id().to_string())
            .collect();
        let s = Arc::new(s);
        let found = endings_with_scripts(&s).unwrap();
        let reached: BTreeSet<String> = found.keys().cloned().collect();
        assert_eq!(reached, all, "{}: endings no choices lead to", s.id);
        for (ending, script) in &found {
            let session = play_script(&s, script).unwrap();
            assert_eq!(
                session.ending().map(Node::id),
                Some(ending.as_str()),
                "{} {script:?}",
                s.id
            );
        }
    }
}

#[test]
fn every_choice_has_feedback_and_at_least_one_feeling() {
    for s in scenarios() {
        for node in &s.nodes {
            let Node::Choice { id, choices, .. } = node else {
                continue;
            };
            for c in choices {
                assert!(
                    !c.feedback.trim().is_empty(),
                    "{}/{id}: {} has no feedback",
                    s.id,
                    c.text
                );
                assert!(
                    !c.feelings.is_empty(),
                    "{}/{id}: {} has no feeling",
                    s.id,
                    c.text
                );
                for f in &c.feelings {
                    assert!(
                        s.character(&f.who).is_some(),
                        "{}/{id}: {} is not a character",
                        s.id,
                        f.who
                    );
                }
            }
        }
    }
}

#[test]
fn every_message_a_scenario_uses_is_in_english_and_spanish() {
    let content = Content::embedded();
    let defined = defined_messages(&content);
    for lang in ["en", "es"] {
        let ids = defined
            .get(lang)
            .unwrap_or_else(|| panic!("no {lang} locale"));
        for loaded in &content.scenarios {
            for id in loaded.scenario.message_ids() {
                assert!(
                    ids.contains(id),
                    "{}: \"{id}\" is missing in {lang}",
                    loaded.scenario.id
                );
            }
        }
        for id in content.catalogue.message_ids() {
            assert!(ids.contains(id), "catalogue: \"{id}\" is missing in {lang}");
        }
    }
    assert_eq!(
        defined["en"], defined["es"],
        "English and Spanish define the same messages"
    );
}

#[test]
fn the_catalogue_has_the_eight_dq_skills_and_scenarios_use_only_them() {
    let content = Content::embedded();
    let ids: Vec<&str> = content
        .catalogue
        .skills
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "identity",
            "balanced_use",
            "cyberbullying",
            "security",
            "empathy",
            "footprint",
            "critical_thinking",
            "privacy"
        ]
    );
    for s in scenarios() {
        for skill in &s.skills {
            assert!(ids.contains(&skill.as_str()), "{}: {skill}", s.id);
        }
    }
}

/// The complete example in docs/scenario-format.md is what teachers copy: it must
/// pass `check` with no errors and no warnings, and play to both its endings.
#[test]
fn the_documented_example_scenario_checks_clean_and_plays() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/scenario-format.md"
    ))
    .unwrap();
    let block = |lang: &str| {
        let start = doc.find(&format!("```{lang}\n")).expect("code block") + lang.len() + 4;
        let end = start + doc[start..].find("```").unwrap();
        doc[start..end].to_string()
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    std::fs::create_dir_all(dir.path().join("locales/es")).unwrap();
    std::fs::write(dir.path().join("drawing-in-the-chat.ron"), block("ron")).unwrap();
    std::fs::write(
        dir.path().join("locales/en/drawing-in-the-chat.ftl"),
        block("ftl"),
    )
    .unwrap();
    // Spanish must be complete too; the English words stand in for this test.
    std::fs::write(
        dir.path().join("locales/es/drawing-in-the-chat.ftl"),
        block("ftl"),
    )
    .unwrap();
    let mut content = kind_quest::content::Content::embedded();
    content.add_path(dir.path());
    let diagnostics = kind_quest::story::check::check_content(&content);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let s = std::sync::Arc::new(content.scenario("drawing-in-the-chat").unwrap().clone());
    let endings = kind_quest::story::runtime::endings_with_scripts(&s).unwrap();
    assert_eq!(endings.len(), 2, "{endings:?}");
}
