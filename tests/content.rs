//! The shipped content meets every rule, with no warnings, and is rich enough to play.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

mod common;

use kind_quest::content::Content;
use kind_quest::fonts::GlyphCoverage;
use kind_quest::story::check::check_content;
use kind_quest::story::model::{AgeBand, Node, Scenario, Setting};
use kind_quest::story::runtime::{endings_with_scripts, play_script};
use kind_quest::story::summary::message_texts;

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

/// The languages the game ships, English (the reference) first.
const LANGUAGES: [&str; 6] = ["en", "es", "fr", "de", "pt-BR", "uk"];

#[test]
fn the_library_covers_every_skill_both_age_bands_and_places_beyond_school() {
    let all = scenarios();
    assert!(all.len() >= 16, "{} stories", all.len());
    for id in [
        "hospital-photos",
        "hotel-game-lobby",
        "left-out-of-the-chat",
    ] {
        assert!(all.iter().any(|s| s.id == id), "{id} missing");
    }
    let content = Content::embedded();
    for skill in &content.catalogue.skills {
        let main = all
            .iter()
            .filter(|s| s.skills.first() == Some(&skill.id))
            .count();
        assert!(
            main >= 2,
            "{} is the main skill of {main} stories",
            skill.id
        );
    }
    let empathy = all
        .iter()
        .filter(|s| s.skills.iter().any(|k| k == "empathy"))
        .count();
    assert!(empathy >= 10, "empathy is practised in {empathy} stories");
    for band in [AgeBand::Ages6to8, AgeBand::Ages9to12] {
        let n = all.iter().filter(|s| s.ages.contains(&band)).count();
        assert!(n >= 6, "{band:?}: {n} stories");
    }
    let health = all
        .iter()
        .filter(|s| s.setting == Setting::Hospital)
        .count();
    let hospitality = all
        .iter()
        .filter(|s| matches!(s.setting, Setting::Hotel | Setting::Restaurant))
        .count();
    assert!(health >= 2, "{health} healthcare stories");
    assert!(hospitality >= 2, "{hospitality} hospitality stories");
    for s in &all {
        assert!(s.discussion.len() >= 3, "{}: discussion prompts", s.id);
        assert!(!s.summary.is_empty(), "{}: summary", s.id);
    }
}

#[test]
fn six_languages_each_define_exactly_the_english_messages() {
    let content = Content::embedded();
    let defined = defined_messages(&content);
    let langs: Vec<&str> = defined.keys().map(String::as_str).collect();
    let mut want = LANGUAGES.to_vec();
    want.sort_unstable();
    assert_eq!(langs, want);
    for lang in LANGUAGES {
        let ids = &defined[lang];
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
        assert_eq!(
            &defined["en"], ids,
            "{lang} defines the same messages as English"
        );
    }
}

#[test]
fn every_language_is_really_translated_and_names_itself() {
    let content = Content::embedded();
    let texts: BTreeMap<&str, _> = LANGUAGES
        .iter()
        .map(|lang| {
            (
                *lang,
                message_texts(content.locales.iter().filter(|f| f.lang == *lang)),
            )
        })
        .collect();
    let en = &texts["en"];
    let mut names = BTreeSet::new();
    for lang in LANGUAGES {
        let t = &texts[lang];
        assert!(
            names.insert(t["language-name"].clone()),
            "{lang}: language-name"
        );
        if lang == "en" {
            continue;
        }
        // Names and a few words ("Hotel", "Panda") may stay the same; stories may not.
        let same = en
            .iter()
            .filter(|(id, text)| t.get(*id) == Some(*text))
            .count();
        assert!(
            same * 10 < en.len(),
            "{lang}: {same} of {} texts are the same as English",
            en.len()
        );
    }
}

#[test]
fn the_non_latin_language_is_drawn_by_the_shipped_font() {
    let content = Content::embedded();
    let uk = message_texts(content.locales.iter().filter(|f| f.lang == "uk"));
    let cyrillic = uk
        .values()
        .flat_map(|t| t.chars())
        .filter(|c| ('\u{0400}'..='\u{04FF}').contains(c))
        .count();
    let letters = uk
        .values()
        .flat_map(|t| t.chars())
        .filter(|c| c.is_alphabetic())
        .count();
    assert!(
        cyrillic * 10 > letters * 9,
        "Ukrainian is written in Cyrillic"
    );
    // Andika, shipped with its licence, draws every Ukrainian letter.
    let andika = GlyphCoverage::andika_only();
    for (id, text) in &uk {
        let missing: Vec<char> = text
            .chars()
            .filter(|c| c.is_alphabetic() && !andika.covers(*c))
            .collect();
        assert!(missing.is_empty(), "uk {id}: {missing:?}");
    }
    let licence = std::fs::read_to_string("assets/fonts/OFL.txt").expect("font licence");
    assert!(
        licence.contains("SIL OPEN FONT LICENSE"),
        "the OFL licence text"
    );
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
    let block = common::documented_example;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("drawing-in-the-chat.ron"), block("ron")).unwrap();
    // Every shipped language must be complete; the English words stand in for this test.
    for lang in LANGUAGES {
        let folder = dir.path().join("locales").join(lang);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("drawing-in-the-chat.ftl"), block("ftl")).unwrap();
    }
    let mut content = kind_quest::content::Content::embedded();
    content.add_path(dir.path());
    let diagnostics = kind_quest::story::check::check_content(&content);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let s = std::sync::Arc::new(content.scenario("drawing-in-the-chat").unwrap().clone());
    let endings = kind_quest::story::runtime::endings_with_scripts(&s).unwrap();
    assert_eq!(endings.len(), 2, "{endings:?}");
}
