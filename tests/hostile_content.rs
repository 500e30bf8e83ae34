//! Hostile scenario and locale files (issue 7): each one ends in a problem with
//! a file, a line, a column and words saying what to do, never in a panic, a
//! stack overflow or a hang. Saves are in `hostile_saves.rs`, the committed
//! corpus in `hostile_corpus.rs`, random inputs in `hostile_properties.rs`.

mod hostile;

use std::sync::Arc;

use hostile::{
    FTL, VALID_NODES, add_locale, assert_clear, check_bytes, errors, scenario, scenario_error,
};
use kind_quest::content::Content;
use kind_quest::diagnostic::SourceFile;
use kind_quest::story::check::check_content;
use kind_quest::story::load::{MAX_FILE_BYTES, MAX_FTL_NESTING, parse_scenario, read_source};
use kind_quest::story::runtime::{PlayError, Session, play_script};

#[test]
fn the_valid_story_these_tests_break_is_valid() {
    let text = scenario(VALID_NODES);
    let found = check_bytes(text.as_bytes(), FTL);
    assert!(errors(&found).is_empty(), "{found:#?}");
}

// --- Nesting -----------------------------------------------------------------

#[test]
fn a_hundred_thousand_open_brackets_end_in_one_clear_error_at_line_one() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let found = check_bytes(text.as_bytes(), FTL);
    let d = scenario_error(&found, text.as_bytes());
    assert_eq!((d.line, d.column), (1, 1), "{d}");
    assert_eq!(errors(&found).len(), 1, "{found:#?}");
}

#[test]
fn deeply_nested_values_inside_a_scenario_are_refused_as_too_deep() {
    // Deep nesting where the story's own fields are: in a node list, in a
    // branch's routes, in a character's look.
    let deep = |open: &str, close: &str| {
        let mut s = scenario(&format!(
            "        Branch(id: \"a\", branches: {}{}, otherwise: \"end\"),",
            open.repeat(20_000),
            close.repeat(20_000)
        ));
        s.push('\n');
        s
    };
    for text in [
        deep("[", "]"),
        deep("(", ")"),
        deep("Some(", ")"),
        deep("{", "}"),
    ] {
        let d = scenario_error(&check_bytes(text.as_bytes(), FTL), text.as_bytes());
        assert_eq!(d.line, 12, "{d}");
    }
}

#[test]
fn a_locale_file_of_deep_placeables_is_refused_before_fluent_parses_it() {
    // fluent-syntax has no depth limit: this overflowed the stack and ended the game.
    for text in [
        format!("x-a = {}", "{".repeat(100_000)),
        format!("x-a = {{ {}", "F(".repeat(100_000)),
        format!("x-a = {{ {}", "-t(".repeat(100_000)),
    ] {
        let mut content = Content::empty();
        add_locale(&mut content, "en", text.as_bytes());
        let d = &content.problems[0];
        assert_clear(d, text.as_bytes());
        assert_eq!(d.file, "locales/en/x.ftl");
        assert_eq!(d.line, 1);
        assert!(d.message.contains("nests more than"), "{d}");
        assert!(content.locales.is_empty(), "the file is skipped");
    }
}

#[test]
fn a_locale_file_nested_to_the_limit_still_loads_and_formats() {
    let depth = MAX_FTL_NESTING;
    let text = format!(
        "{FTL}x-deep = {}\"deep\"{}\n",
        "{ ".repeat(depth),
        " }".repeat(depth)
    );
    let mut content = Content::empty();
    add_locale(&mut content, "en", text.as_bytes());
    assert!(content.problems.is_empty(), "{:?}", content.problems);
    let l10n = kind_quest::i18n::Localizer::new(&content);
    assert_eq!(l10n.text("x-deep"), "deep");
}

#[test]
fn a_deep_locale_file_on_disk_is_skipped_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("locales").join("en");
    std::fs::create_dir_all(&en).unwrap();
    std::fs::write(en.join("deep.ftl"), format!("a = {}", "{".repeat(50_000))).unwrap();
    std::fs::write(en.join("fine.ftl"), "b = Fine\n").unwrap();
    let mut content = Content::empty();
    content.add_path(dir.path());
    assert_eq!(content.locales.len(), 1, "the good file is kept");
    assert_eq!(content.problems.len(), 1, "{:?}", content.problems);
    assert!(content.problems[0].file.ends_with("deep.ftl"));
}

// --- Bytes that are not text, or too many of them -----------------------------

#[test]
fn invalid_utf8_anywhere_is_reported_at_its_line_and_column() {
    let text = scenario(VALID_NODES);
    // A Latin-1 "é", a lone continuation byte, an overlong "/", a UTF-16 surrogate.
    for bad in [
        &b"\xe9"[..],
        b"\x80",
        b"\xc0\xaf",
        b"\xed\xa0\x80",
        b"\xff\xfe",
    ] {
        let at = text.find("x-a\"").unwrap();
        let mut bytes = text.as_bytes()[..at].to_vec();
        bytes.extend_from_slice(bad);
        bytes.extend_from_slice(&text.as_bytes()[at..]);
        let d = scenario_error(&check_bytes(&bytes, FTL), &bytes);
        assert_eq!((d.line, d.column), (12, 46), "{d}");
        assert!(d.message.contains("UTF-8"), "{d}");
    }
}

#[test]
fn a_file_just_over_the_size_limit_is_refused_without_being_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let mut text = scenario(VALID_NODES);
    text.push_str(&" ".repeat(MAX_FILE_BYTES as usize + 1 - text.len()));
    std::fs::write(&path, &text).unwrap();
    let d = read_source(&path, "big.ron").unwrap_err();
    assert_clear(&d, b"");
    assert!(d.message.contains("too large"), "{d}");
    // One byte less is read.
    text.pop();
    std::fs::write(&path, &text).unwrap();
    assert!(read_source(&path, "big.ron").is_ok());
}

#[test]
fn a_50_mb_string_in_memory_is_refused_as_too_large() {
    let text = format!("Scenario(id: \"{}\")", "x".repeat(50 * 1024 * 1024));
    let d = parse_scenario(&SourceFile::new("scenarios/x.ron", text)).unwrap_err();
    assert_eq!((d.line, d.column), (1, 1));
    assert!(d.message.contains("too large"), "{d}");
}

#[test]
fn a_string_as_long_as_the_file_allows_is_read_and_reported() {
    let long = "y".repeat(MAX_FILE_BYTES as usize - 1000);
    let text = scenario(VALID_NODES).replace("x-a\"", &format!("{long}\""));
    let found = check_bytes(text.as_bytes(), FTL);
    let d = scenario_error(&found, text.as_bytes());
    assert!(d.message.contains("is missing in language \"en\""), "{d}");
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_device_is_refused_instead_of_read_forever() {
    let dir = tempfile::tempdir().unwrap();
    // A link to an endless device: reading it would never stop.
    let link = dir.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    let d = read_source(&link, "zero.ron").unwrap_err();
    assert_clear(&d, b"");
    assert!(d.message.contains("not an ordinary file"), "{d}");
    // A folder named like a scenario.
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    assert!(read_source(&folder, "folder.ron").is_err());
}

// --- Empty files, byte-order marks, line endings ------------------------------

#[test]
fn empty_blank_and_bom_only_files_say_the_file_is_empty() {
    for bytes in [&b""[..], b"   \n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"] {
        let d = scenario_error(&check_bytes(bytes, FTL), bytes);
        assert_eq!((d.line, d.column), (1, 1));
        assert!(d.message.contains("empty"), "{d}");
    }
}

#[test]
fn a_bom_and_windows_line_endings_load_and_keep_their_places() {
    let text = scenario(VALID_NODES).replace('\n', "\r\n");
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let found = check_bytes(&bytes, &FTL.replace('\n', "\r\n"));
    assert!(errors(&found).is_empty(), "{found:#?}");
    // A problem in such a file is still at its line and column.
    let broken = text.replace("\"sam\", text", "\"zoe\", text");
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(broken.as_bytes());
    let d = scenario_error(&check_bytes(&bytes, FTL), &bytes);
    assert_eq!((d.line, d.column), (12, 32), "{d}");
}

// --- Graphs: cycles, self-loops, thousands of choices -------------------------

#[test]
fn a_line_that_leads_to_itself_is_reported_and_does_not_hang_play() {
    let text = scenario(
        r#"        Line(id: "a", speaker: "sam", text: "x-a", next: "a"),
        Ending(id: "end", text: "x-end", reflection: "x-reflect"),"#,
    );
    let found = check_bytes(text.as_bytes(), FTL);
    let messages: Vec<_> = errors(&found).iter().map(|d| d.message.clone()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("from node \"a\" there is no way to an Ending")),
        "{found:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("\"end\" can never be reached"))
    );
    for d in errors(&found) {
        assert_clear(d, text.as_bytes());
    }
    // Played anyway (the game keeps stories that load), it stops, it does not spin.
    let s = Arc::new(parse_scenario(&SourceFile::new("x.ron", text)).unwrap());
    assert_eq!(play_script(&s, &[]).unwrap_err(), PlayError::Loop);
}

#[test]
fn a_cycle_of_branches_is_reported_and_refused_by_play() {
    let text = scenario(
        r#"        Branch(id: "a", branches: [(if_set: ["f"], next: "b")], otherwise: "b"),
        Branch(id: "b", branches: [], otherwise: "a"),
        Ending(id: "end", text: "x-end", reflection: "x-reflect"),"#,
    );
    let found = check_bytes(text.as_bytes(), FTL);
    assert!(
        found.iter().any(|d| d
            .message
            .contains("from node \"b\" there is no way to an Ending")),
        "{found:#?}"
    );
    let s = Arc::new(parse_scenario(&SourceFile::new("x.ron", text)).unwrap());
    assert_eq!(Session::start(s).unwrap_err(), PlayError::Loop);
}

#[test]
fn a_choice_that_leads_back_to_itself_is_reported_and_play_stops() {
    let text = scenario(
        r#"        Line(id: "a", speaker: "sam", text: "x-a", next: "c"),
        Choice(id: "c", prompt: "x-c", choices: [
            (text: "x-c1", feedback: "x-c1-fb", next: "c"),
            (text: "x-c2", feedback: "x-c2-fb", next: "c"),
        ]),
        Ending(id: "end", text: "x-end", reflection: "x-reflect"),"#,
    );
    let found = check_bytes(text.as_bytes(), FTL);
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("from node \"c\" there is no way")),
        "{found:#?}"
    );
    let s = Arc::new(parse_scenario(&SourceFile::new("x.ron", text)).unwrap());
    // A long script of choices ends where the script does.
    let session = play_script(&s, &[1; 1000]).unwrap();
    assert_eq!(session.node_id(), "c");
    assert_eq!(session.history().len(), 1000);
}

#[test]
fn a_decision_with_thousands_of_choices_is_one_clear_error() {
    let choices: String = (0..5000)
        .map(|n| {
            format!("            (text: \"x-c1\", feedback: \"x-c1-fb\", next: \"end\"), // {n}\n")
        })
        .collect();
    let text = scenario(&format!(
        r#"        Line(id: "a", speaker: "sam", text: "x-a", next: "c"),
        Choice(id: "c", prompt: "x-c", choices: [
{choices}        ]),
        Ending(id: "end", text: "x-end", reflection: "x-reflect"),"#
    ));
    let found = check_bytes(text.as_bytes(), FTL);
    let d = scenario_error(&found, text.as_bytes());
    assert_eq!(d.message, "decision \"c\" has 5000 choices");
    assert_eq!(d.line, 13);
    assert_eq!(errors(&found).len(), 1, "{found:#?}");
    let s = Arc::new(parse_scenario(&SourceFile::new("x.ron", text)).unwrap());
    assert!(play_script(&s, &[4321]).unwrap().is_finished());
}

#[test]
fn thousands_of_nodes_in_a_chain_of_branches_load_check_and_play() {
    let n = 3000;
    let mut nodes: String = (0..n)
        .map(|i| {
            format!(
                "        Branch(id: \"b{i}\", branches: [], otherwise: \"b{}\"),\n",
                i + 1
            )
        })
        .collect();
    nodes.push_str(&format!(
        "        Ending(id: \"b{n}\", text: \"x-end\", reflection: \"x-reflect\"),\n"
    ));
    let text = scenario(&nodes).replace("start: \"a\"", "start: \"b0\"");
    let found = check_bytes(text.as_bytes(), FTL);
    let errors = errors(&found);
    assert!(
        errors.iter().all(|d| !d.message.contains("no way")),
        "{errors:#?}"
    );
    let s = Arc::new(parse_scenario(&SourceFile::new("x.ron", text)).unwrap());
    assert!(Session::start(s).unwrap().is_finished());
}

// --- Duplicate ids ------------------------------------------------------------

#[test]
fn duplicate_node_and_character_ids_are_reported_at_the_repeat() {
    let text = scenario(VALID_NODES)
        .replace(
            "        Character(id: \"sam\", name: \"x-sam\"),\n",
            "        Character(id: \"sam\", name: \"x-sam\"),\n        Character(id: \"sam\", name: \"x-sam\"),\n",
        )
        .replace(
            "        Ending(id: \"end\"",
            "        Ending(id: \"c\", text: \"x-end\", reflection: \"x-reflect\"),\n        Ending(id: \"end\"",
        );
    let found = check_bytes(text.as_bytes(), FTL);
    let at = |needle: &str| {
        found
            .iter()
            .find(|d| d.message.contains(needle))
            .unwrap_or_else(|| panic!("no \"{needle}\": {found:#?}"))
            .clone()
    };
    let d = at("character id \"sam\" is used twice");
    assert_clear(&d, text.as_bytes());
    assert_eq!((d.line, d.column), (9, 23), "{d}");
    let d = at("node id \"c\" is used twice");
    assert_clear(&d, text.as_bytes());
    assert_eq!(d.line, 18, "{d}");
}

#[test]
fn two_files_with_one_scenario_id_are_both_named() {
    let text = scenario(VALID_NODES);
    let mut content = Content::empty();
    content.add_scenario(SourceFile::new("a/x.ron", text.clone()), false);
    content.add_scenario(SourceFile::new("b/x.ron", text.clone()), false);
    add_locale(&mut content, "en", FTL.as_bytes());
    let found = check_content(&content);
    let d = found
        .iter()
        .find(|d| d.message.contains("is already used by a/x.ron"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!((d.file.as_str(), d.line, d.column), ("b/x.ron", 2, 9));
    assert_clear(d, text.as_bytes());
}

#[test]
fn a_message_defined_twice_is_reported_at_the_repeat() {
    let ftl = format!("{FTL}x-a = Again\n");
    let found = check_bytes(scenario(VALID_NODES).as_bytes(), &ftl);
    let d = found
        .iter()
        .find(|d| d.message.contains("\"x-a\" is defined twice"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!((d.line, d.column), (12, 1));
    assert_clear(d, ftl.as_bytes());
}

// --- Ids with odd characters --------------------------------------------------

#[test]
fn ids_with_odd_characters_are_refused_with_the_rule() {
    for odd in [
        "has space",
        "emoji-\u{1f600}",
        "rtl-\u{200f}mark",
        "bell-\u{7}",
        "nul-\u{0}",
        "../../etc/passwd",
        "UPPER",
        "",
        "-dash-",
        "tab\there",
    ] {
        let escaped = odd.escape_default().to_string();
        let text = scenario(VALID_NODES).replacen("id: \"x\"", &format!("id: \"{escaped}\""), 1);
        let found = check_bytes(text.as_bytes(), FTL);
        let d = found
            .iter()
            .find(|d| d.message.contains("has characters that are not allowed"))
            .unwrap_or_else(|| panic!("{odd:?}: {found:#?}"));
        assert_clear(d, text.as_bytes());
        assert_eq!(d.line, 2, "{odd:?}: {d}");
        assert!(
            d.hint.contains("lowercase letters, digits and dashes"),
            "{d}"
        );
    }
}

#[test]
fn node_and_character_ids_with_odd_characters_still_check_and_play() {
    // Node and character ids are only names inside one story; the graph rules
    // still hold for them, and play follows them exactly.
    let odd = "\u{202e}../\u{1f600} \u{0}";
    let escaped = odd.escape_default().to_string();
    let text = scenario(VALID_NODES)
        .replace("\"sam\"", &format!("\"{escaped}\""))
        .replace("\"c\"", &format!("\"c{escaped}\""));
    let found = check_bytes(text.as_bytes(), FTL);
    assert!(errors(&found).is_empty(), "{found:#?}");
    let s = Arc::new(parse_scenario(&SourceFile::new("x.ron", text)).unwrap());
    assert!(play_script(&s, &[2]).unwrap().is_finished());
}

// --- Wrong types --------------------------------------------------------------

#[test]
fn wrong_types_in_fields_are_reported_at_the_field() {
    let cases: &[(&str, &str, usize)] = &[
        ("id: \"x\"", "id: 5", 2),
        ("ages: [Ages9to12]", "ages: \"9-12\"", 4),
        ("ages: [Ages9to12]", "ages: [Ages13to99]", 4),
        ("setting: Home", "setting: Moon", 5),
        ("setting: Home", "setting: \"Home\"", 5),
        ("skills: [\"empathy\"]", "skills: {\"empathy\": 1}", 6),
        (
            "Character(id: \"sam\", name: \"x-sam\")",
            "Character(id: \"sam\", name: \"x-sam\", look: (skin: 300))",
            8,
        ),
        (
            "Character(id: \"sam\", name: \"x-sam\")",
            "Character(id: \"sam\", name: \"x-sam\", look: (glasses: \"yes\"))",
            8,
        ),
        ("start: \"a\"", "start: [\"a\"]", 10),
        ("{\"empathy\": 1}", "{\"empathy\": 99999999999}", 14),
        ("{\"empathy\": 1}", "{\"empathy\": 1.5}", 14),
        ("{\"empathy\": 1}", "[\"empathy\"]", 14),
        ("Line(id: \"a\"", "Paragraph(id: \"a\"", 12),
        ("Line(id: \"a\"", "Line(id: \"a\", colour: \"red\"", 12),
        ("    start: \"a\",\n", "", 18),
    ];
    for (from, to, line) in cases {
        let text = scenario(VALID_NODES).replacen(from, to, 1);
        assert_ne!(text, scenario(VALID_NODES), "{from}");
        let found = check_bytes(text.as_bytes(), FTL);
        assert!(!errors(&found).is_empty(), "{to}: no error");
        let d = scenario_error(&found, text.as_bytes());
        assert_eq!(d.line, *line, "{to}: {d}");
    }
}

#[test]
fn a_huge_evidence_weight_is_an_error_and_scores_do_not_overflow() {
    let text = scenario(VALID_NODES).replace("{\"empathy\": 1}", "{\"empathy\": 2147483647}");
    let found = check_bytes(text.as_bytes(), FTL);
    let d = scenario_error(&found, text.as_bytes());
    assert!(d.message.contains("evidence weight 2147483647"), "{d}");
    // Played anyway many times, the sums stop at the largest number.
    let mut content = Content::empty();
    content.add_scenario(SourceFile::new("scenarios/x.ron", text), false);
    let s = Arc::new(content.scenarios[0].scenario.clone());
    let mut profile = kind_quest::progress::Profile::new("Brave Otter", 0);
    for _ in 0..5 {
        let session = play_script(&s, &[1]).unwrap();
        let mut record = kind_quest::progress::SessionRecord::start("x", "en");
        record.update_from(&session);
        profile.sessions.push(record);
    }
    let scores = kind_quest::progress::score::score_profile(&profile, &content);
    assert_eq!(scores["empathy"].available, u32::MAX);
    assert_eq!(profile.evidence_totals()["empathy"], i32::MAX);
}

/// RON reads `4` of `4.0` and asks for a comma at the point, which sent
/// writers looking for a missing comma.
#[test]
fn a_decimal_where_a_whole_number_belongs_is_named_as_such_at_the_point() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Character(id: \"sam\", name: \"x-sam\")",
            "Character(id: \"sam\", name: \"x-sam\", look: (skin: 4.0))",
            "`skin` must be a whole number from 0 to 5, not 4.0",
        ),
        (
            "{\"empathy\": 1}",
            "{\"empathy\": -1.5}",
            "evidence weights are whole numbers from -3 to 3, not -1.5",
        ),
    ];
    for (from, to, says) in cases {
        let text = scenario(VALID_NODES).replacen(from, to, 1);
        let found = check_bytes(text.as_bytes(), FTL);
        let d = scenario_error(&found, text.as_bytes());
        assert_eq!(d.message, *says, "{d}");
        let line = text.lines().nth(d.line - 1).unwrap();
        let point: String = line.chars().skip(d.column - 1).take(1).collect();
        assert_eq!(point, ".", "{d}");
        assert!(d.hint.contains("without a decimal point"), "{d}");
        assert!(!d.to_string().contains("comma"), "{d}");
    }
}
