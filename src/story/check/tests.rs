use super::*;

use crate::content::{Content, LocaleFile};
use crate::diagnostic::{Severity, SourceFile};

/// Wraps `nodes` in a minimal valid scenario with id "x" (file `scenarios/x.ron`).
///
/// Line numbers are fixed: line 2 is `id`, line 6 is `skills`, line 8 is the one
/// character "sam", and the first line of `nodes` is line 12.
fn scenario(nodes: &str) -> String {
    format!(
        r#"Scenario(
    id: "x",
    title: "x-title",
    ages: [Ages9to12],
    setting: Home,
    skills: ["empathy"],
    characters: [
        Character(id: "sam", name: "x-sam"),
    ],
    start: "a",
    nodes: [
{nodes}
    ],
)
"#
    )
}

/// A small valid graph: a line, a decision with two choices, an ending.
/// Starts at line 12 of the scenario text.
const VALID_NODES: &str = r#"        Line(id: "a", speaker: "sam", text: "x-a", next: "c"),
        Choice(id: "c", prompt: "x-c", choices: [
            (text: "x-c1", feedback: "x-c1-fb", feelings: [(who: "sam", feels: Happy, why: "x-c1-why")], evidence: {"empathy": 1}, next: "end"),
            (text: "x-c2", feedback: "x-c2-fb", evidence: {"empathy": -1}, next: "end"),
        ]),
        Ending(id: "end", text: "x-end", reflection: "x-reflect"),"#;

/// Every message `VALID_NODES` in `scenario` uses, as an `.ftl` file.
const FTL: &str = "x-title = Title
x-sam = Sam
x-a = Hello
x-c = What now?
x-c1 = Be kind
x-c1-fb = Kind
x-c1-why = Sam is happy
x-c2 = Be mean
x-c2-fb = Mean
x-end = The end
x-reflect = Why?
";

/// Content with the given scenario files and locale files (lang, path, text),
/// the locale files read as `check` reads a folder (parsed only while checked).
fn content(scenarios: &[(&str, &str)], locales: &[(&str, &str, &str)]) -> Content {
    let mut c = Content::empty();
    for (path, text) in scenarios {
        c.add_scenario(SourceFile::new(*path, *text), false);
    }
    for (lang, path, text) in locales {
        c.locales
            .push(LocaleFile::unparsed(*lang, *path, *text, false));
    }
    c
}

/// Diagnostics for one scenario at `scenarios/x.ron`, no locales.
fn check_one(text: &str) -> Vec<Diagnostic> {
    check_content(&content(&[("scenarios/x.ron", text)], &[]))
}

/// The diagnostics whose message contains `needle`.
fn with<'a>(ds: &'a [Diagnostic], needle: &str) -> Vec<&'a Diagnostic> {
    ds.iter().filter(|d| d.message.contains(needle)).collect()
}

/// The single diagnostic whose message contains `needle` (fails otherwise).
fn only<'a>(ds: &'a [Diagnostic], needle: &str) -> &'a Diagnostic {
    let found = with(ds, needle);
    assert_eq!(
        found.len(),
        1,
        "expected one diagnostic with {needle:?} in {ds:#?}"
    );
    found[0]
}

/// 1-based column of the first `needle` in line `line` of `text`.
fn column_of(text: &str, line: usize, needle: &str) -> usize {
    let l = text.lines().nth(line - 1).expect("line exists");
    let byte = l.find(needle).expect("needle on that line");
    l[..byte].chars().count() + 1
}

#[test]
fn the_base_scenario_text_has_the_documented_layout() {
    let text = scenario(VALID_NODES);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1].trim(), "id: \"x\",");
    assert_eq!(lines[5].trim(), "skills: [\"empathy\"],");
    assert!(lines[11].trim_start().starts_with("Line(id: \"a\""));
}

#[test]
fn a_valid_scenario_with_complete_locales_has_no_diagnostics() {
    let text = scenario(VALID_NODES);
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", FTL),
        ],
    );
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    let ds = check_content(&c);
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn unknown_target_is_reported_at_its_next_field() {
    let nodes = VALID_NODES.replace(
        r#"evidence: {"empathy": -1}, next: "end""#,
        r#"evidence: {"empathy": -1}, next: "nowhere""#,
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "leads to");
    assert_eq!(
        d.message,
        "node \"c\" leads to \"nowhere\", which does not exist"
    );
    assert!(d.is_error());
    assert_eq!(d.file, "scenarios/x.ron");
    assert_eq!(
        (d.line, d.column),
        (15, column_of(&text, 15, "\"nowhere\""))
    );
}

#[test]
fn unknown_start_is_reported_at_the_start_field() {
    let text = scenario(VALID_NODES).replace("start: \"a\"", "start: \"begin\"");
    let ds = check_one(&text);
    let d = only(&ds, "start node");
    assert_eq!(d.message, "start node \"begin\" does not exist");
    assert_eq!((d.line, d.column), (10, 12));
}

#[test]
fn unreachable_node_is_reported_at_its_id() {
    let nodes = format!(
        "{VALID_NODES}\n        Line(id: \"orphan\", speaker: \"sam\", text: \"x-a\", next: \"end\"),"
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "can never be reached");
    assert_eq!(
        d.message,
        "node \"orphan\" can never be reached from the start"
    );
    assert!(d.is_error());
    assert_eq!((d.line, d.column), (18, column_of(&text, 18, "\"orphan\"")));
    assert_eq!(ds.len(), 1, "{ds:#?}");
}

#[test]
fn a_loop_with_no_way_to_an_ending_is_reported_at_each_node_in_it() {
    let nodes = VALID_NODES.replace(
        r#"evidence: {"empathy": -1}, next: "end""#,
        r#"evidence: {"empathy": -1}, next: "loop-1""#,
    ) + "
        Line(id: \"loop-1\", speaker: \"sam\", text: \"x-a\", next: \"loop-2\"),
        Line(id: \"loop-2\", speaker: \"sam\", text: \"x-a\", next: \"loop-1\"),";
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let stuck = with(&ds, "there is no way to an Ending");
    assert_eq!(stuck.len(), 2, "{ds:#?}");
    assert_eq!(
        stuck[0].message,
        "from node \"loop-1\" there is no way to an Ending"
    );
    assert_eq!(
        (stuck[0].line, stuck[0].column),
        (18, column_of(&text, 18, "\"loop-1\""))
    );
    assert_eq!(
        stuck[1].message,
        "from node \"loop-2\" there is no way to an Ending"
    );
    assert_eq!(
        (stuck[1].line, stuck[1].column),
        (19, column_of(&text, 19, "\"loop-2\""))
    );
    // The decision still has a way out through its first choice.
    assert!(with(&ds, "from node \"c\"").is_empty(), "{ds:#?}");
}

#[test]
fn a_story_without_an_ending_is_reported() {
    let nodes = r#"        Line(id: "a", speaker: "sam", text: "x-a", next: "a"),"#;
    let ds = check_one(&scenario(nodes));
    let d = only(&ds, "has no Ending");
    assert_eq!(d.message, "the story has no Ending");
    assert_eq!(d.line, 11);
}

#[test]
fn choice_without_feedback_is_reported_at_its_text() {
    let nodes = VALID_NODES.replace(r#"feedback: "x-c2-fb", "#, "");
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "has no feedback");
    assert_eq!(d.message, "choice \"x-c2\" has no feedback");
    assert!(d.is_error());
    assert_eq!((d.line, d.column), (15, column_of(&text, 15, "\"x-c2\"")));
}

#[test]
fn evidence_skill_not_in_the_catalogue_is_reported_where_it_is_written() {
    let nodes = VALID_NODES.replace(
        r#"evidence: {"empathy": -1}"#,
        r#"evidence: {"kindness": -1}"#,
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "is not a skill");
    assert_eq!(d.message, "\"kindness\" is not a skill in the catalogue");
    assert!(d.hint.contains("empathy"), "{}", d.hint);
    assert_eq!(
        (d.line, d.column),
        (15, column_of(&text, 15, "\"kindness\""))
    );
}

#[test]
fn scenario_skill_not_in_the_catalogue_is_reported_in_the_skills_list() {
    let text = scenario(VALID_NODES).replace(
        r#"skills: ["empathy"]"#,
        r#"skills: ["empathy", "juggling"]"#,
    );
    let ds = check_one(&text);
    let d = only(&ds, "is not a skill");
    assert_eq!(d.message, "\"juggling\" is not a skill in the catalogue");
    assert_eq!((d.line, d.column), (6, column_of(&text, 6, "\"juggling\"")));
}

#[test]
fn evidence_weight_out_of_range_is_reported() {
    let nodes = VALID_NODES.replace(
        r#"evidence: {"empathy": -1}"#,
        r#"evidence: {"empathy": -7}"#,
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "evidence weight");
    assert_eq!(d.message, "evidence weight -7 for \"empathy\" is too large");
    assert_eq!(
        (d.line, d.column),
        (15, column_of(&text, 15, "\"empathy\""))
    );
}

#[test]
fn duplicate_node_id_points_at_the_second_one() {
    let nodes = format!(
        "{VALID_NODES}\n        Ending(id: \"end\", text: \"x-end\", reflection: \"x-reflect\"),"
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "is used twice");
    assert_eq!(d.message, "node id \"end\" is used twice");
    assert!(d.is_error());
    assert_eq!((d.line, d.column), (18, column_of(&text, 18, "\"end\"")));
}

#[test]
fn every_repeat_of_a_node_id_is_reported_at_its_own_place() {
    let nodes = format!(
        "{VALID_NODES}
        Ending(id: \"end\", text: \"x-end\", reflection: \"x-reflect\"),
        Ending(id: \"end\", text: \"x-end\", reflection: \"x-reflect\"),"
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let twice = with(&ds, "is used twice");
    let lines: Vec<usize> = twice.iter().map(|d| d.line).collect();
    assert_eq!(lines, [18, 19], "{ds:#?}");
}

#[test]
fn duplicate_scenario_id_across_two_files_is_reported_in_the_second_file() {
    let text = scenario(VALID_NODES);
    let c = content(&[("scenarios/x.ron", &text), ("more/x.ron", &text)], &[]);
    assert_eq!(c.scenarios.len(), 2, "both files on disk are kept");
    let ds = check_content(&c);
    let d = only(&ds, "is already used");
    assert_eq!(
        d.message,
        "scenario id \"x\" is already used by scenarios/x.ron"
    );
    assert_eq!(d.file, "more/x.ron");
    assert_eq!((d.line, d.column), (2, 9));
    assert_eq!(ds.len(), 1, "{ds:#?}");
}

#[test]
fn id_not_matching_the_file_name_is_reported_at_the_id() {
    let text = scenario(VALID_NODES);
    let ds = check_content(&content(&[("scenarios/y.ron", &text)], &[]));
    let d = only(&ds, "does not match the file name");
    assert_eq!(
        d.message,
        "scenario id \"x\" does not match the file name \"y.ron\""
    );
    assert_eq!(d.file, "scenarios/y.ron");
    assert_eq!((d.line, d.column), (2, 9));
    assert!(d.hint.contains("x.ron"), "{}", d.hint);
}

/// A story called "app" would have its words in `app.ftl`, which is where the
/// game's own words are: the game would lose its buttons' words.
#[test]
fn a_story_id_that_is_the_game_words_file_name_is_refused_at_the_id() {
    assert!(
        crate::content::embedded::game_word_files()
            .iter()
            .any(|n| n == "app")
    );
    let text = scenario(VALID_NODES).replace("id: \"x\",", "id: \"app\",");
    let ds = check_content(&content(&[("scenarios/app.ron", &text)], &[]));
    let d = only(&ds, "the game's own words file");
    assert!(d.is_error());
    assert_eq!((d.line, d.column), (2, 9));
    assert!(d.hint.contains("app-story"), "{}", d.hint);
    // Every shipped story is free of it.
    for name in crate::content::embedded::game_word_files().iter() {
        assert!(
            !crate::content::embedded::SCENARIOS
                .iter()
                .any(|(file, _)| file.ends_with(&format!("/{name}.ron"))),
            "{name}"
        );
    }
}

#[test]
fn invalid_scenario_id_is_reported_at_the_id() {
    let text = scenario(VALID_NODES).replace("id: \"x\",", "id: \"X_Y\",");
    let ds = check_content(&content(&[("scenarios/X_Y.ron", &text)], &[]));
    let d = only(&ds, "characters that are not allowed");
    assert_eq!(
        d.message,
        "scenario id \"X_Y\" has characters that are not allowed"
    );
    assert_eq!((d.line, d.column), (2, 9));
}

#[test]
fn speaker_that_is_not_a_character_is_reported_at_the_speaker() {
    let nodes = VALID_NODES.replace(r#"speaker: "sam""#, r#"speaker: "zoe""#);
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "speaker");
    assert_eq!(
        d.message,
        "speaker \"zoe\" is not a character of this story"
    );
    assert_eq!((d.line, d.column), (12, column_of(&text, 12, "\"zoe\"")));
}

#[test]
fn narrator_is_always_a_valid_speaker() {
    let nodes = VALID_NODES.replace(r#"speaker: "sam""#, r#"speaker: "narrator""#);
    let ds = check_one(&scenario(&nodes));
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn feeling_of_someone_not_in_the_story_is_reported_at_who() {
    let nodes = VALID_NODES.replace(
        r#"(who: "sam", feels: Happy"#,
        r#"(who: "zoe", feels: Happy"#,
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "is not a character");
    assert_eq!(d.message, "\"zoe\" is not a character of this story");
    assert_eq!((d.line, d.column), (14, column_of(&text, 14, "\"zoe\"")));
}

const FOUR_CHOICES: &str = r#"        Line(id: "a", speaker: "sam", text: "x-a", next: "c"),
        Choice(id: "c", prompt: "x-c", choices: [
            (text: "x-c1", feedback: "x-c1-fb", next: "end"),
            (text: "x-c2", feedback: "x-c2-fb", next: "end"),
            (text: "x-c3", feedback: "x-c3-fb", next: "end"),
            (text: "x-c4", feedback: "x-c4-fb", next: "end"),
        ]),
        Ending(id: "end", text: "x-end", reflection: "x-reflect"),"#;

#[test]
fn too_many_choices_for_a_6_to_8_story_is_reported_at_the_decision() {
    let text = scenario(FOUR_CHOICES).replace("[Ages9to12]", "[Ages6to8]");
    let ds = check_one(&text);
    let d = only(&ds, "choices");
    assert_eq!(d.message, "decision \"c\" has 4 choices");
    assert_eq!(d.hint, "a 6-8 story offers 2 or 3 choices");
    assert_eq!((d.line, d.column), (13, column_of(&text, 13, "\"c\"")));
}

#[test]
fn four_choices_are_fine_when_the_story_is_also_for_9_to_12() {
    let text = scenario(FOUR_CHOICES).replace("[Ages9to12]", "[Ages6to8, Ages9to12]");
    let ds = check_one(&text);
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn a_single_choice_is_too_few() {
    let nodes = VALID_NODES.replace(
        "            (text: \"x-c2\", feedback: \"x-c2-fb\", evidence: {\"empathy\": -1}, next: \"end\"),\n",
        "",
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "choices");
    assert_eq!(d.message, "decision \"c\" has 1 choices");
    assert_eq!(d.line, 13);
}

#[test]
fn a_decision_where_every_choice_has_a_condition_is_a_warning() {
    let nodes = VALID_NODES
        .replace(r#"(text: "x-c1","#, r#"(text: "x-c1", if_set: ["ok"],"#)
        .replace(r#"(text: "x-c2","#, r#"(text: "x-c2", if_not_set: ["ok"],"#)
        .replace(
            r#"text: "x-a", next: "c""#,
            r#"text: "x-a", set: ["ok"], next: "c""#,
        );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "has a condition");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.line, 13);
    assert_eq!(ds.len(), 1, "{ds:#?}");
}

#[test]
fn a_flag_that_is_never_set_is_a_warning_where_it_is_tested() {
    let nodes = VALID_NODES.replace(r#"(text: "x-c1","#, r#"(text: "x-c1", if_set: ["nope"],"#);
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(&ds, "is never set");
    assert_eq!(d.message, "flag \"nope\" is never set in this story");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!((d.line, d.column), (14, column_of(&text, 14, "\"nope\"")));
}

#[test]
fn message_missing_in_a_locale_is_reported_where_the_scenario_uses_it() {
    let text = scenario(VALID_NODES);
    let es: String = FTL
        .lines()
        .filter(|l| !l.starts_with("x-c2-fb "))
        .map(|l| format!("{l}\n"))
        .collect();
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", &es),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "x-c2-fb");
    assert_eq!(
        d.message,
        "message \"x-c2-fb\" is missing in language \"es\""
    );
    assert!(d.is_error());
    assert_eq!(d.file, "scenarios/x.ron");
    assert_eq!(
        (d.line, d.column),
        (15, column_of(&text, 15, "\"x-c2-fb\""))
    );
    assert_eq!(ds.len(), 1, "{ds:#?}");
}

#[test]
fn interface_message_missing_in_a_translation_is_reported_at_the_english_definition() {
    let text = scenario(VALID_NODES);
    let en_app = "app-hello = Hello\napp-bye = Bye\n";
    let es_app = "app-hello = Hola\n";
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", FTL),
            ("en", "locales/en/app.ftl", en_app),
            ("es", "locales/es/app.ftl", es_app),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "app-bye");
    assert_eq!(
        d.message,
        "message \"app-bye\" has no translation in \"es\""
    );
    assert_eq!(d.file, "locales/en/app.ftl");
    assert_eq!((d.line, d.column), (2, 1));
    assert_eq!(ds.len(), 1, "interface messages are not 'unused': {ds:#?}");
}

#[test]
fn message_in_a_scenario_ftl_that_nothing_uses_is_a_warning_at_its_line() {
    let text = scenario(VALID_NODES);
    let ftl = format!("{FTL}x-extra = Not used\n");
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", &ftl),
            ("es", "locales/es/x.ftl", &ftl),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "x-extra");
    assert_eq!(d.message, "message \"x-extra\" is not used by any scenario");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.file, "locales/en/x.ftl");
    assert_eq!((d.line, d.column), (12, 1));
    assert!(ds.iter().all(|d| !d.is_error()), "{ds:#?}");
}

#[test]
fn duplicate_message_id_in_an_ftl_file_is_reported_at_the_second_definition() {
    let text = scenario(VALID_NODES);
    let ftl = format!("{FTL}x-a = Hello again\n");
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", &ftl),
            ("es", "locales/es/x.ftl", FTL),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "defined twice");
    assert_eq!(
        d.message,
        "message \"x-a\" is defined twice (first in locales/en/x.ftl)"
    );
    assert!(d.is_error());
    assert_eq!(d.file, "locales/en/x.ftl");
    assert_eq!((d.line, d.column), (12, 1));
}

#[test]
fn a_translation_that_defines_an_id_twice_is_reported_at_the_repeat() {
    let text = scenario(VALID_NODES);
    // One id English has, one it does not: both repeats are found.
    let es = format!("{FTL}x-a = Hola otra vez\nx-extra = Uno\nx-extra = Dos\n");
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", &es),
        ],
    );
    let ds = check_content(&c);
    let twice: Vec<_> = with(&ds, "defined twice")
        .iter()
        .map(|d| (d.message.as_str(), d.file.as_str(), d.line))
        .collect();
    assert_eq!(
        twice,
        vec![
            (
                "message \"x-a\" is defined twice (first in locales/es/x.ftl)",
                "locales/es/x.ftl",
                12
            ),
            (
                "message \"x-extra\" is defined twice (first in locales/es/x.ftl)",
                "locales/es/x.ftl",
                14
            ),
        ]
    );
    assert_eq!(with(&ds, "\"x-extra\" is not in English").len(), 1);
}

#[test]
fn a_translation_in_another_order_is_matched_id_by_id() {
    let text = scenario(VALID_NODES);
    // Ids are matched by place first (a translation mostly follows English);
    // reversed, with one missing and one English lacks, every id still counts.
    let mut es: Vec<&str> = FTL.lines().filter(|l| !l.starts_with("x-c2-fb")).collect();
    es.reverse();
    es.insert(3, "x-spare = Sobra");
    let es = es.join("\n") + "\n";
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", &es),
        ],
    );
    let ds: Vec<String> = check_content(&c)
        .iter()
        .map(|d| d.message.clone())
        .collect();
    assert_eq!(
        ds,
        vec![
            // Sorted by file: locales/es/x.ftl, then scenarios/x.ron.
            "message \"x-spare\" is not in English".to_string(),
            "message \"x-c2-fb\" is missing in language \"es\"".to_string(),
        ]
    );
}

#[test]
fn a_locale_file_parsed_by_the_game_checks_the_same_as_one_read_by_check() {
    let text = scenario(VALID_NODES);
    let es = format!("{FTL}x-a = Hola otra vez\nbroken = {{ $n ->\n");
    let files = [
        ("en", "locales/en/x.ftl", FTL),
        ("es", "locales/es/x.ftl", es.as_str()),
    ];
    let read_by_check = content(&[("scenarios/x.ron", &text)], &files);
    let mut parsed_by_game = read_by_check.clone();
    parsed_by_game.locales = files
        .iter()
        .map(|(lang, path, text)| LocaleFile::new(*lang, *path, *text, false))
        .collect();
    let ds = check_content(&read_by_check);
    assert!(!with(&ds, "Fluent syntax error").is_empty());
    assert_eq!(ds, check_content(&parsed_by_game));
}

#[test]
fn duplicate_message_id_across_two_ftl_files_names_the_first_file() {
    let text = scenario(VALID_NODES);
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            (
                "en",
                "locales/en/y.ftl",
                "y-one = One\nx-end = The end again\n",
            ),
            ("es", "locales/es/x.ftl", FTL),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "defined twice");
    assert_eq!(
        d.message,
        "message \"x-end\" is defined twice (first in locales/en/x.ftl)"
    );
    assert_eq!(d.file, "locales/en/y.ftl");
    assert_eq!((d.line, d.column), (2, 1));
}

#[test]
fn ftl_syntax_error_is_reported_at_its_line() {
    let text = scenario(VALID_NODES);
    let broken = FTL.replace(
        "x-c = What now?\n",
        "x-c = What now?\nthis line is not a message\n",
    );
    let c = content(
        &[("scenarios/x.ron", &text)],
        &[
            ("en", "locales/en/x.ftl", &broken),
            ("es", "locales/es/x.ftl", FTL),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "Fluent syntax error");
    assert!(d.is_error());
    assert_eq!(d.file, "locales/en/x.ftl");
    // The parser reads `this` as an id and stops where it expected `=`.
    assert_eq!((d.line, d.column), (5, 6), "{d}");
    // The messages around the broken line are still read.
    assert!(with(&ds, "is missing").is_empty(), "{ds:#?}");
}

#[test]
fn ron_syntax_error_is_reported_at_its_line() {
    // The comma after `title` is missing, so line 4 is where RON stumbles.
    let text = scenario(VALID_NODES).replace("title: \"x-title\",", "title: \"x-title\"");
    let c = content(&[("scenarios/x.ron", &text)], &[]);
    assert!(c.scenarios.is_empty());
    let ds = check_content(&c);
    assert_eq!(ds.len(), 1, "{ds:#?}");
    let d = &ds[0];
    assert!(d.is_error());
    assert_eq!(d.file, "scenarios/x.ron");
    assert_eq!(d.line, 4, "{d}");
    assert_eq!(d.column, 5, "{d}");
}

#[test]
fn unknown_field_is_reported_at_its_line() {
    let text =
        scenario(VALID_NODES).replace("setting: Home,", "setting: Home,\n    colour: \"red\",");
    let c = content(&[("scenarios/x.ron", &text)], &[]);
    let ds = check_content(&c);
    assert_eq!(ds.len(), 1, "{ds:#?}");
    assert_eq!(ds[0].line, 6, "{}", ds[0]);
    assert!(ds[0].message.contains("colour"), "{}", ds[0]);
}

#[test]
fn every_problem_is_reported_at_once_and_sorted_by_place() {
    let nodes = VALID_NODES
        .replace(r#"speaker: "sam""#, r#"speaker: "zoe""#)
        .replace(r#"feedback: "x-c2-fb", "#, "")
        .replace(
            r#"evidence: {"empathy": 1}"#,
            r#"evidence: {"kindness": 1}"#,
        );
    let ds = check_one(&scenario(&nodes));
    let lines: Vec<usize> = ds.iter().map(|d| d.line).collect();
    assert_eq!(lines, [12, 14, 15], "{ds:#?}");
}

#[test]
fn valid_ids_are_lowercase_letters_digits_and_inner_dashes() {
    assert!(is_valid_id("lunch-table-2"));
    assert!(!is_valid_id(""));
    assert!(!is_valid_id("-lead"));
    assert!(!is_valid_id("trail-"));
    assert!(!is_valid_id("Upper"));
    assert!(!is_valid_id("under_score"));
    assert!(!is_valid_id(&"a".repeat(65)));
}

#[test]
fn a_flag_set_but_never_checked_is_a_warning_where_it_is_set() {
    let nodes = VALID_NODES.replace(
        "evidence: {\"empathy\": 1}, next: \"end\"",
        "evidence: {\"empathy\": 1}, set: [\"was-kind\"], next: \"end\"",
    );
    let text = scenario(&nodes);
    let ds = check_one(&text);
    let d = only(
        &ds,
        "flag \"was-kind\" is set but nothing in the story checks it",
    );
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        (d.line, d.column),
        (14, column_of(&text, 14, "\"was-kind\""))
    );
}

mod expansion;
mod looks;
mod reading;
