use super::*;

use proptest::prelude::*;

use crate::content::Content;
use crate::diagnostic::SourceFile;
use crate::story::load::parse_scenario;

/// Parses a scenario from RON text (panics with the diagnostic if it is broken).
fn parse(text: &str) -> Arc<Scenario> {
    let source = SourceFile::new("scenarios/t.ron", text);
    Arc::new(parse_scenario(&source).unwrap_or_else(|d| panic!("{d}")))
}

/// Wraps nodes in a scenario that starts at `start`.
fn scenario_from(start: &str, nodes: &str) -> Arc<Scenario> {
    parse(&format!(
        r#"Scenario(
    id: "t", title: "t-title", ages: [Ages9to12], setting: Home,
    skills: ["empathy", "cyberbullying"],
    characters: [Character(id: "sam", name: "t-sam")],
    start: "{start}",
    nodes: [{nodes}],
)"#
    ))
}

/// intro (sets "met") -> q1 -> mid -> q2 -> route (Branch) -> one of three endings.
///
/// q1: "kind" (sets "kind", +2 empathy), "mean" (sets "mean", harmful), "hidden"
/// (only if "never", which nothing sets).
/// q2: "thank" (if kind), "apologise" (if mean), "shrug" (if not kind), "wave" (always).
/// route: kind -> end-good; mean and not kind -> end-sorry; else end-plain.
fn story() -> Arc<Scenario> {
    scenario_from(
        "intro",
        r#"
        Line(id: "intro", speaker: "narrator", text: "t-intro", set: ["met"], next: "q1"),
        Choice(id: "q1", prompt: "t-q1", choices: [
            (text: "kind", feedback: "kind-fb",
                feelings: [(who: "sam", feels: Happy, why: "kind-why")],
                evidence: {"empathy": 2}, set: ["kind"], next: "mid"),
            (text: "mean", feedback: "mean-fb",
                feelings: [(who: "sam", feels: Sad, why: "mean-why")],
                evidence: {"empathy": -1, "cyberbullying": -1}, set: ["mean"], next: "mid"),
            (text: "hidden", feedback: "hidden-fb", if_set: ["never"], next: "mid"),
        ]),
        Line(id: "mid", speaker: "sam", feeling: Worried, text: "t-mid", next: "q2"),
        Choice(id: "q2", prompt: "t-q2", choices: [
            (text: "thank", feedback: "fb", if_set: ["kind"], next: "route"),
            (text: "apologise", feedback: "fb", if_set: ["mean"], next: "route"),
            (text: "shrug", feedback: "fb", if_not_set: ["kind"], next: "route"),
            (text: "wave", feedback: "fb", next: "route"),
        ]),
        Branch(id: "route",
            branches: [
                (if_set: ["kind"], next: "end-good"),
                (if_set: ["mean"], if_not_set: ["kind"], next: "end-sorry"),
            ],
            otherwise: "end-plain"),
        Ending(id: "end-good", text: "t-good", reflection: "t-r"),
        Ending(id: "end-sorry", text: "t-sorry", reflection: "t-r"),
        Ending(id: "end-plain", text: "t-plain", reflection: "t-r"),
    "#,
    )
}

/// Texts of the offered choices at the current decision.
fn offered_texts(s: &Session) -> Vec<String> {
    match s.step().unwrap() {
        Step::Decision { offered, .. } => offered.iter().map(|(_, c)| c.text.clone()).collect(),
        other => panic!("not at a decision: {other:?}"),
    }
}

/// Flags as a sorted list, for comparisons.
fn flags(s: &Session) -> Vec<&str> {
    s.flags().iter().map(String::as_str).collect()
}

/// Started and advanced past the intro line to q1.
fn at_q1() -> Session {
    let mut s = Session::start(story()).unwrap();
    s.advance().unwrap();
    assert_eq!(s.node_id(), "q1");
    s
}

#[test]
fn start_rests_on_the_first_line_and_applies_its_flags() {
    let s = Session::start(story()).unwrap();
    assert_eq!(s.node_id(), "intro");
    assert_eq!(flags(&s), ["met"]);
    assert!(s.history().is_empty());
    assert!(!s.is_finished());
    match s.step().unwrap() {
        Step::Line(Node::Line { text, .. }) => assert_eq!(text, "t-intro"),
        other => panic!("expected the intro line, got {other:?}"),
    }
}

#[test]
fn start_follows_a_branch_at_the_start() {
    let sc = scenario_from(
        "fork",
        r#"
        Branch(id: "fork", branches: [(if_set: ["x"], next: "end-x")], otherwise: "end-y"),
        Ending(id: "end-x", text: "x", reflection: "r"),
        Ending(id: "end-y", text: "y", reflection: "r"),
    "#,
    );
    let s = Session::start(sc).unwrap();
    assert_eq!(s.node_id(), "end-y");
    assert!(s.is_finished());
}

#[test]
fn lines_advance_to_their_next_node() {
    let mut s = at_q1();
    s.choose(0).unwrap();
    s.advance().unwrap();
    assert_eq!(s.node_id(), "mid");
    assert!(matches!(s.step().unwrap(), Step::Line(Node::Line { id, .. }) if id == "mid"));
    s.advance().unwrap();
    assert_eq!(s.node_id(), "q2");
}

#[test]
fn advancing_at_a_decision_stays_there() {
    let mut s = at_q1();
    s.advance().unwrap();
    assert_eq!(s.node_id(), "q1");
    assert!(s.history().is_empty());
}

#[test]
fn decision_offers_only_choices_whose_conditions_hold() {
    let mut s = at_q1();
    match s.step().unwrap() {
        Step::Decision {
            prompt,
            offered,
            node,
        } => {
            assert_eq!(prompt, "t-q1");
            assert_eq!(node.id(), "q1");
            let indices: Vec<usize> = offered.iter().map(|(i, _)| *i).collect();
            assert_eq!(indices, [0, 1], "\"hidden\" needs a flag nobody set");
        }
        other => panic!("{other:?}"),
    }
    // After the kind choice: thank (if kind) and wave; shrug is hidden by if_not_set.
    let mut kind = s.clone();
    kind.choose(0).unwrap();
    kind.advance().unwrap();
    kind.advance().unwrap();
    assert_eq!(offered_texts(&kind), ["thank", "wave"]);
    // After the mean choice: apologise (if mean), shrug (kind not set) and wave.
    s.choose(1).unwrap();
    s.advance().unwrap();
    s.advance().unwrap();
    assert_eq!(offered_texts(&s), ["apologise", "shrug", "wave"]);
    // Choosing picks from the offered list, not the node's list.
    s.choose(1).unwrap();
    assert_eq!(s.history().last().unwrap().choice, "shrug");
}

#[test]
fn when_no_condition_holds_every_choice_is_offered() {
    let sc = scenario_from(
        "q",
        r#"
        Choice(id: "q", prompt: "p", choices: [
            (text: "a", feedback: "f", if_set: ["nope"], next: "end"),
            (text: "b", feedback: "f", if_set: ["nada"], next: "end"),
        ]),
        Ending(id: "end", text: "e", reflection: "r"),
    "#,
    );
    let s = Session::start(sc).unwrap();
    assert_eq!(offered_texts(&s), ["a", "b"]);
}

#[test]
fn choose_sets_flags_and_records_history_with_evidence() {
    let mut s = at_q1();
    s.choose(1).unwrap();
    assert_eq!(flags(&s), ["mean", "met"]);
    assert_eq!(
        s.history(),
        [ChoiceMade {
            node: "q1".into(),
            choice: "mean".into(),
            evidence: BTreeMap::from([("cyberbullying".into(), -1), ("empathy".into(), -1)]),
            retried: false,
        }]
    );
}

#[test]
fn feedback_shows_the_choice_and_offers_another_way_only_after_harm() {
    let mut s = at_q1();
    let mut kind = s.clone();
    kind.choose(0).unwrap();
    match kind.step().unwrap() {
        Step::Feedback {
            choice,
            feelings,
            can_try_again,
        } => {
            assert_eq!(choice.feedback, "kind-fb");
            assert_eq!(feelings.len(), 1);
            assert_eq!(feelings[0].why, "kind-why");
            assert!(!can_try_again);
        }
        other => panic!("{other:?}"),
    }
    s.choose(1).unwrap();
    match s.step().unwrap() {
        Step::Feedback {
            choice,
            can_try_again,
            ..
        } => {
            assert_eq!(choice.feedback, "mean-fb");
            assert!(can_try_again);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn advance_after_feedback_goes_to_the_choice_next() {
    let mut s = at_q1();
    s.choose(0).unwrap();
    assert_eq!(s.node_id(), "q1", "feedback is shown before moving on");
    s.advance().unwrap();
    assert_eq!(s.node_id(), "mid");
    assert!(matches!(s.step().unwrap(), Step::Line(_)));
    assert_eq!(s.history().len(), 1);
}

#[test]
fn try_another_way_restores_flags_and_node_and_marks_the_choice_retried() {
    let mut s = at_q1();
    s.choose(1).unwrap();
    s.try_another_way().unwrap();
    assert_eq!(s.node_id(), "q1");
    assert_eq!(flags(&s), ["met"], "the mean flag is taken back");
    assert_eq!(offered_texts(&s), ["kind", "mean"]);
    assert_eq!(s.history().len(), 1);
    assert!(s.history()[0].retried);
    // The new choice is recorded after the retried one.
    s.choose(0).unwrap();
    assert_eq!(s.history().len(), 2);
    assert_eq!(s.history()[1].choice, "kind");
    assert!(!s.history()[1].retried);
    assert!(s.history()[0].retried);
    s.advance().unwrap();
    s.advance().unwrap();
    assert_eq!(offered_texts(&s), ["thank", "wave"]);
}

#[test]
fn try_another_way_without_a_pending_choice_is_refused() {
    let mut s = at_q1();
    assert_eq!(s.try_another_way(), Err(PlayError::NotADecision));
    s.choose(0).unwrap();
    s.advance().unwrap();
    assert_eq!(s.try_another_way(), Err(PlayError::NotADecision));
    assert_eq!(s.node_id(), "mid");
    assert!(!s.history()[0].retried);
}

#[test]
fn choose_is_refused_outside_a_decision_and_out_of_range() {
    let mut s = Session::start(story()).unwrap();
    assert_eq!(s.choose(0), Err(PlayError::NotADecision), "at a line");
    s.advance().unwrap();
    assert_eq!(
        s.choose(2),
        Err(PlayError::NoSuchChoice(3)),
        "only two are offered"
    );
    assert!(s.history().is_empty());
    s.choose(0).unwrap();
    assert_eq!(s.choose(0), Err(PlayError::NotADecision), "during feedback");
    assert_eq!(s.history().len(), 1);
}

#[test]
fn branches_route_by_flags() {
    let good = play_script(&story(), &[1, 1]).unwrap();
    assert_eq!(good.ending().map(Node::id), Some("end-good"));
    let sorry = play_script(&story(), &[2, 3]).unwrap();
    assert_eq!(sorry.ending().map(Node::id), Some("end-sorry"));
    assert!(sorry.is_finished());
}

#[test]
fn a_branch_with_no_matching_route_takes_otherwise() {
    let sc = scenario_from(
        "fork",
        r#"
        Branch(id: "fork",
            branches: [(if_set: ["a"], next: "end-a"), (if_not_set: ["b"], if_set: ["c"], next: "end-c")],
            otherwise: "end-other"),
        Ending(id: "end-a", text: "a", reflection: "r"),
        Ending(id: "end-c", text: "c", reflection: "r"),
        Ending(id: "end-other", text: "o", reflection: "r"),
    "#,
    );
    assert_eq!(Session::start(sc).unwrap().node_id(), "end-other");
}

#[test]
fn a_loop_of_branches_is_an_error_not_a_hang() {
    let sc = scenario_from(
        "b1",
        r#"
        Branch(id: "b1", branches: [], otherwise: "b2"),
        Branch(id: "b2", branches: [], otherwise: "b1"),
        Ending(id: "end", text: "e", reflection: "r"),
    "#,
    );
    assert_eq!(Session::start(sc).unwrap_err(), PlayError::Loop);
}

#[test]
fn a_missing_node_is_an_error() {
    let sc = scenario_from(
        "a",
        r#"
        Line(id: "a", speaker: "narrator", text: "t", next: "gone"),
        Ending(id: "end", text: "e", reflection: "r"),
    "#,
    );
    let mut s = Session::start(Arc::clone(&sc)).unwrap();
    assert_eq!(s.advance(), Err(PlayError::MissingNode("gone".into())));
    let missing_start = scenario_from(
        "nowhere",
        r#"Ending(id: "end", text: "e", reflection: "r"),"#,
    );
    assert_eq!(
        Session::start(missing_start).unwrap_err(),
        PlayError::MissingNode("nowhere".into())
    );
}

#[test]
fn play_script_stops_where_the_script_runs_out() {
    let s = play_script(&story(), &[2]).unwrap();
    assert_eq!(s.node_id(), "q2");
    assert!(!s.is_finished());
    assert_eq!(s.history().len(), 1);
    assert_eq!(flags(&s), ["mean", "met"]);
}

#[test]
fn play_script_refuses_choice_zero_and_numbers_not_offered() {
    assert_eq!(
        play_script(&story(), &[0]).unwrap_err(),
        PlayError::NoSuchChoice(0)
    );
    assert_eq!(
        play_script(&story(), &[3]).unwrap_err(),
        PlayError::NoSuchChoice(3)
    );
}

#[test]
fn play_script_records_every_choice_in_order() {
    let s = play_script(&story(), &[1, 2]).unwrap();
    let made: Vec<(&str, &str)> = s
        .history()
        .iter()
        .map(|c| (c.node.as_str(), c.choice.as_str()))
        .collect();
    assert_eq!(made, [("q1", "kind"), ("q2", "wave")]);
}

#[test]
fn endings_with_scripts_finds_every_reachable_ending_with_a_working_script() {
    let sc = story();
    let found = endings_with_scripts(&sc).unwrap();
    // end-plain needs neither kind nor mean, which no offered choice allows.
    let ids: Vec<&str> = found.keys().map(String::as_str).collect();
    assert_eq!(ids, ["end-good", "end-sorry"]);
    for (ending, script) in &found {
        let s = play_script(&sc, script).unwrap();
        assert_eq!(
            s.ending().map(Node::id),
            Some(ending.as_str()),
            "script {script:?}"
        );
    }
}

#[test]
fn endings_with_scripts_terminates_on_a_story_with_a_loop() {
    let sc = scenario_from(
        "q",
        r#"
        Choice(id: "q", prompt: "p", choices: [
            (text: "again", feedback: "f", next: "q"),
            (text: "stop", feedback: "f", next: "end"),
        ]),
        Ending(id: "end", text: "e", reflection: "r"),
    "#,
    );
    let found = endings_with_scripts(&sc).unwrap();
    assert_eq!(found.get("end"), Some(&vec![2]));
    assert_eq!(found.len(), 1);
}

/// Plays `scenario` with `picks`: at each decision the next pick (mod the number
/// offered) is chosen; after harmful feedback its flag asks to try another way.
/// When the picks run out the first choice is taken. Returns the ending's id and
/// the number of steps, or an error message.
fn play_randomly(
    scenario: &Arc<Scenario>,
    picks: &[(usize, bool)],
    max_steps: usize,
) -> Result<(String, usize), String> {
    let mut s = Session::start(Arc::clone(scenario)).map_err(|e| e.to_string())?;
    let mut picks = picks.iter().copied();
    let mut retry = false;
    for steps in 0..max_steps {
        match s.step().map_err(|e| e.to_string())? {
            Step::Ending(node) => return Ok((node.id().to_string(), steps)),
            Step::Line(_) => s.advance().map_err(|e| e.to_string())?,
            Step::Decision { offered, .. } => {
                if offered.is_empty() {
                    return Err(format!("nothing offered at {}", s.node_id()));
                }
                let (pick, again) = picks.next().unwrap_or((0, false));
                retry = again;
                s.choose(pick % offered.len()).map_err(|e| e.to_string())?;
            }
            Step::Feedback { can_try_again, .. } => {
                if can_try_again && retry {
                    let at = s.node_id().to_string();
                    s.try_another_way().map_err(|e| e.to_string())?;
                    if s.node_id() != at || !s.history().last().is_some_and(|c| c.retried) {
                        return Err(format!("retry at {at} did not go back to the decision"));
                    }
                } else {
                    s.advance().map_err(|e| e.to_string())?;
                }
            }
        }
    }
    Err(format!(
        "no ending after {max_steps} steps (at {})",
        s.node_id()
    ))
}

#[test]
fn shipped_scenarios_are_there_to_be_played() {
    let content = Content::embedded();
    assert!(content.scenarios.len() >= 3, "{}", content.scenarios.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_choices_and_retries_reach_an_ending_in_every_shipped_scenario(
        picks in proptest::collection::vec((0usize..8, any::<bool>()), 0..40)
    ) {
        let content = Content::embedded();
        for loaded in &content.scenarios {
            let sc = Arc::new(loaded.scenario.clone());
            // Each pick can cost a decision, its feedback and a retry; the rest of
            // the story is at most every node once per decision made.
            let bound = (picks.len() + 1) * (sc.nodes.len() + 3) * 2;
            let result = play_randomly(&sc, &picks, bound);
            prop_assert!(result.is_ok(), "{}: {:?}", sc.id, result);
            let (ending, _) = result.unwrap();
            prop_assert!(
                matches!(sc.node(&ending), Some(Node::Ending { .. })),
                "{} ended on {ending}", sc.id
            );
        }
    }
}
