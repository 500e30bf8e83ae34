use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::progress::model::ChoiceRecord;

fn record(node: &str, choice: &str, evidence: &[(&str, i32)], retried: bool) -> ChoiceRecord {
    ChoiceRecord {
        node: node.into(),
        choice: choice.into(),
        evidence: evidence.iter().map(|(k, w)| (k.to_string(), *w)).collect(),
        retried,
    }
}

fn session(scenario: &str, choices: Vec<ChoiceRecord>) -> SessionRecord {
    SessionRecord {
        id: "s1".into(),
        scenario: scenario.into(),
        locale: "en".into(),
        started: 1,
        finished: None,
        choices,
        ending: None,
    }
}

fn score(sessions: Vec<SessionRecord>) -> BTreeMap<String, SkillScore> {
    let mut p = Profile::new("Brave Otter", 0);
    p.sessions = sessions;
    score_profile(&p, &Content::embedded())
}

// In "left-out-of-the-chat", the first decision ("chat-choice") offers:
// go along {empathy -1, cyberbullying -1}, speak up {cyberbullying 2, empathy 1},
// say nothing {cyberbullying -1}.

#[test]
fn the_kind_choice_shows_all_that_was_available() {
    let s = score(vec![session(
        "left-out-of-the-chat",
        vec![record(
            "chat-choice",
            "left-out-of-the-chat-speak-up",
            &[("cyberbullying", 2), ("empathy", 1)],
            false,
        )],
    )]);
    let cb = &s["cyberbullying"];
    assert_eq!(
        (cb.observations, cb.shown, cb.available, cb.not_yet),
        (1, 2, 2, 0)
    );
    let em = &s["empathy"];
    assert_eq!((em.observations, em.shown, em.available), (1, 1, 1));
    assert_eq!(em.share(), Some(1.0));
    // One decision is not enough to say more than "just starting".
    assert_eq!(em.growth(), Growth::JustStarting);
    assert_eq!(s["privacy"].growth(), Growth::NotYetPlayed);
}

#[test]
fn only_the_first_choice_counts_and_a_retry_is_noted() {
    let s = score(vec![session(
        "left-out-of-the-chat",
        vec![
            record(
                "chat-choice",
                "left-out-of-the-chat-go-along",
                &[("empathy", -1), ("cyberbullying", -1)],
                true,
            ),
            record(
                "chat-choice",
                "left-out-of-the-chat-speak-up",
                &[("cyberbullying", 2), ("empathy", 1)],
                false,
            ),
        ],
    )]);
    let cb = &s["cyberbullying"];
    assert_eq!(
        (
            cb.observations,
            cb.shown,
            cb.available,
            cb.not_yet,
            cb.retries
        ),
        (1, 0, 2, 1, 1)
    );
}

#[test]
fn a_choice_with_no_evidence_for_a_skill_shows_none_of_it() {
    // "say nothing" gives no empathy evidence, but speak up would have shown 1.
    let s = score(vec![session(
        "left-out-of-the-chat",
        vec![record(
            "chat-choice",
            "left-out-of-the-chat-say-nothing",
            &[("cyberbullying", -1)],
            false,
        )],
    )]);
    let em = &s["empathy"];
    assert_eq!(
        (em.observations, em.shown, em.available, em.not_yet),
        (1, 0, 1, 0)
    );
}

#[test]
fn a_story_that_is_gone_counts_what_was_recorded() {
    let s = score(vec![session(
        "a-story-from-another-device",
        vec![record("q", "x", &[("privacy", 2), ("empathy", -1)], false)],
    )]);
    let pr = &s["privacy"];
    assert_eq!((pr.observations, pr.shown, pr.available), (1, 2, 2));
    let em = &s["empathy"];
    assert_eq!(
        (em.observations, em.shown, em.available, em.not_yet),
        (1, 0, 0, 1)
    );
    assert_eq!(em.share(), None);
}

#[test]
fn growth_words_follow_the_share_once_there_is_enough_to_go_on() {
    let g = |shown, available, observations| {
        SkillScore {
            observations,
            shown,
            available,
            ..Default::default()
        }
        .growth()
    };
    assert_eq!(g(0, 0, 0), Growth::NotYetPlayed);
    assert_eq!(g(2, 2, 2), Growth::JustStarting);
    assert_eq!(g(1, 4, 3), Growth::Growing);
    assert_eq!(g(2, 4, 3), Growth::GettingStrong);
    assert_eq!(g(4, 5, 3), Growth::Shining);
}

proptest! {
    /// Whatever is recorded, shown never exceeds available and the share stays in 0..=1.
    #[test]
    fn shown_never_exceeds_available(
        picks in proptest::collection::vec((0usize..3, any::<bool>()), 0..12)
    ) {
        let options = [
            ("left-out-of-the-chat-go-along", vec![("empathy", -1), ("cyberbullying", -1)]),
            ("left-out-of-the-chat-speak-up", vec![("cyberbullying", 2), ("empathy", 1)]),
            ("left-out-of-the-chat-say-nothing", vec![("cyberbullying", -1)]),
        ];
        let choices = picks
            .iter()
            .map(|(i, retried)| record("chat-choice", options[*i].0, &options[*i].1, *retried))
            .collect();
        let s = score(vec![session("left-out-of-the-chat", choices)]);
        for v in s.values() {
            prop_assert!(v.shown <= v.available);
            if let Some(share) = v.share() {
                prop_assert!((0.0..=1.0).contains(&share));
            }
        }
    }
}
