//! The `kind-quest` command line as a user runs it: the real binary, in a temp dir.

use std::path::Path;
use std::process::{Command, Output};

/// Runs the binary with `args` in `dir`, with its data folder inside `dir`.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kind-quest"))
        .args(args)
        .current_dir(dir)
        .env("KIND_QUEST_DATA_DIR", dir.join("data"))
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the binary runs")
}

/// Runs the binary in a fresh temp dir.
fn run(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), args)
}

/// `play-text` a story for a child (by game name) in a data folder, recorded.
fn play_as(dir: &str, nickname: &str, story: &str, locale: &str, choices: &str) -> Output {
    run(&[
        "--data-dir",
        dir,
        "play-text",
        story,
        "--locale",
        locale,
        "--profile",
        nickname,
        "--choices",
        choices,
    ])
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Both streams, for failure messages.
fn both(o: &Output) -> String {
    format!(
        "status: {:?}\n--- stdout\n{}\n--- stderr\n{}",
        o.status,
        stdout(o),
        stderr(o)
    )
}

/// Asserts the exit code and that nothing panicked.
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(o.status.code(), Some(code), "{}", both(o));
    assert!(!stderr(o).contains("panicked"), "{}", both(o));
}

/// `check` on one file holding `bytes`: exits 1, names the file with a place, no panic.
fn check_bytes_fails(name: &str, bytes: &[u8]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), bytes).unwrap();
    let o = run_in(dir.path(), &["check", name]);
    assert_exit(&o, 1);
    let out = stdout(&o);
    assert!(out.contains(&format!("{name}:")), "{}", both(&o));
    assert!(out.contains(": error: "), "{}", both(&o));
    o
}

/// Deterministic pseudo-random bytes (xorshift64*).
fn random_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.max(1);
    (0..len)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

#[test]
fn check_with_no_arguments_passes_on_the_shipped_content() {
    let o = run(&["check"]);
    assert_exit(&o, 0);
    assert!(stderr(&o).starts_with("ok:"), "{}", both(&o));
    assert!(!stdout(&o).contains(": error: "), "{}", both(&o));
}

#[test]
fn check_on_the_shipped_folders_passes() {
    let root = env!("CARGO_MANIFEST_DIR");
    let o = run(&[
        "check",
        &format!("{root}/scenarios"),
        &format!("{root}/locales"),
    ]);
    assert_exit(&o, 0);
}

#[test]
fn check_on_a_folder_with_a_broken_scenario_exits_1_with_file_line_column() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mine");
    std::fs::create_dir(&folder).unwrap();
    // The comma after the id is missing: RON stops on line 3.
    std::fs::write(
        folder.join("broken.ron"),
        "Scenario(\n    id: \"broken\"\n    title: \"broken-title\",\n)\n",
    )
    .unwrap();
    let o = run_in(dir.path(), &["check", "mine"]);
    assert_exit(&o, 1);
    let shown = Path::new("mine").join("broken.ron").display().to_string();
    assert!(
        stdout(&o).contains(&format!("{shown}:3:5: error: ")),
        "{}",
        both(&o)
    );
    assert!(stderr(&o).contains("1 error(s)"), "{}", both(&o));
}

#[test]
fn check_reports_every_rule_broken_in_a_parsed_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let text = r#"Scenario(
    id: "mine",
    title: "mine-title",
    ages: [Ages9to12],
    setting: Home,
    skills: ["empathy"],
    characters: [Character(id: "sam", name: "mine-sam")],
    start: "a",
    nodes: [
        Line(id: "a", speaker: "zoe", text: "mine-a", next: "nowhere"),
        Ending(id: "end", text: "mine-end", reflection: "mine-r"),
    ],
)
"#;
    std::fs::write(dir.path().join("mine.ron"), text).unwrap();
    let o = run_in(dir.path(), &["check", "mine.ron"]);
    assert_exit(&o, 1);
    let out = stdout(&o);
    assert!(
        out.contains("mine.ron:10:32: error: speaker \"zoe\""),
        "{}",
        both(&o)
    );
    assert!(
        out.contains("mine.ron:10:61: error: node \"a\" leads to \"nowhere\""),
        "{}",
        both(&o)
    );
    // What only follows from the unknown target waits until it is fixed.
    assert!(!out.contains("can never be reached"), "{}", both(&o));
    assert!(!out.contains("no way to an Ending"), "{}", both(&o));
    // No text at all in either language: one problem per language, not one per text.
    assert!(
        out.contains("mine.ron:2:9: error: scenario \"mine\" has no English text yet (5 texts)"),
        "{}",
        both(&o)
    );
    assert!(
        out.contains("mine.ron:2:9: warning: scenario \"mine\" has no text in language \"es\" yet"),
        "{}",
        both(&o)
    );
    assert!(
        !out.contains("message \"mine-a\" is missing"),
        "{}",
        both(&o)
    );
    // With the target fixed into a loop, the graph problems show.
    std::fs::write(
        dir.path().join("mine.ron"),
        text.replace("\"nowhere\"", "\"a\""),
    )
    .unwrap();
    let o = run_in(dir.path(), &["check", "mine.ron"]);
    let out = stdout(&o);
    assert!(
        out.contains("mine.ron:11:20: error: node \"end\" can never be reached"),
        "{}",
        both(&o)
    );
    assert!(
        out.contains("error: from node \"a\" there is no way to an Ending"),
        "{}",
        both(&o)
    );
}

#[test]
fn check_on_an_empty_file_exits_1() {
    let o = check_bytes_fails("empty.ron", b"");
    assert!(
        stdout(&o).contains("empty.ron:1:1: error: the file is empty"),
        "{}",
        both(&o)
    );
}

#[test]
fn check_on_invalid_utf8_exits_1_with_its_place() {
    let o = check_bytes_fails("latin1.ron", b"Scenario(\n    id: \"caf\xe9\",\n)\n");
    assert!(
        stdout(&o).contains("latin1.ron:2:13: error: the file is not valid UTF-8 text"),
        "{}",
        both(&o)
    );
}

#[test]
fn check_on_deeply_nested_brackets_exits_1_without_overflowing() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let o = check_bytes_fails("deep.ron", text.as_bytes());
    assert!(stdout(&o).contains("deep.ron:1:"), "{}", both(&o));
}

#[test]
fn check_on_deeply_nested_structs_exits_1_without_overflowing() {
    let text = "Scenario(id: (".repeat(50_000);
    check_bytes_fails("deep2.ron", text.as_bytes());
}

#[test]
fn check_on_a_2_mb_file_exits_1_saying_it_is_too_large() {
    let mut text = String::from("Scenario(\n");
    while text.len() < 2 * 1024 * 1024 {
        text.push_str("    // a very long comment line that goes on and on\n");
    }
    let o = check_bytes_fails("huge.ron", text.as_bytes());
    assert!(
        stdout(&o).contains("huge.ron:1:1: error: the file is too large"),
        "{}",
        both(&o)
    );
}

#[test]
fn check_on_files_of_random_bytes_exits_1_without_panicking() {
    for seed in [1, 7, 42, 1234, 99_999] {
        check_bytes_fails("noise.ron", &random_bytes(seed, 4096));
    }
}

#[test]
fn check_on_random_text_exits_1_without_panicking() {
    const ALPHABET: &[u8] = b"()[]{}:,\"'/ \nabcXYZ019_-#.*";
    for seed in [3, 11, 2024] {
        let text: Vec<u8> = random_bytes(seed, 4096)
            .into_iter()
            .map(|b| ALPHABET[usize::from(b) % ALPHABET.len()])
            .collect();
        check_bytes_fails("text.ron", &text);
    }
}

#[test]
fn check_on_a_random_locale_file_never_panics() {
    const ALPHABET: &[u8] = b"= \n{}$-.*[]abcxyz01";
    for seed in [5, 77, 31_337] {
        let dir = tempfile::tempdir().unwrap();
        let en = dir.path().join("locales").join("en");
        std::fs::create_dir_all(&en).unwrap();
        let text: String = random_bytes(seed, 4096)
            .into_iter()
            .map(|b| char::from(ALPHABET[usize::from(b) % ALPHABET.len()]))
            .collect();
        std::fs::write(en.join("noise.ftl"), text).unwrap();
        let o = run_in(dir.path(), &["check", "locales"]);
        assert_exit(&o, 1);
        assert!(stdout(&o).contains("noise.ftl:"), "{}", both(&o));
    }
}

#[test]
fn check_on_a_nonexistent_path_exits_1_with_a_message() {
    let o = run(&["check", "no/such/folder"]);
    assert_exit(&o, 1);
    assert!(
        stdout(&o).contains("no/such/folder:1:1: error: cannot open this path"),
        "{}",
        both(&o)
    );
}

#[test]
fn check_with_an_unknown_flag_is_a_usage_error() {
    let o = run(&["check", "--no-such-flag"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("--no-such-flag"), "{}", both(&o));
}

#[test]
fn an_unknown_subcommand_is_a_usage_error() {
    let o = run(&["fly"]);
    assert_exit(&o, 2);
}

#[test]
fn play_text_in_english_reaches_the_end() {
    let o = run(&[
        "play-text",
        "left-out-of-the-chat",
        "--locale",
        "en",
        "--choices",
        "2,1,1,1",
    ]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(
        out.starts_with("== Left out of the chat =="),
        "{}",
        both(&o)
    );
    assert!(out.contains("== The end =="), "{}", both(&o));
    assert!(
        out.contains("At the picnic, Priya plays with everyone."),
        "{}",
        both(&o)
    );
}

#[test]
fn play_text_r_tries_another_way_after_a_harmful_choice() {
    let o = run(&[
        "play-text",
        "left-out-of-the-chat",
        "--locale",
        "en",
        "--choices",
        "1,r,2,1,1,1",
    ]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(out.contains("[r: Try another way]"), "{}", both(&o));
    assert!(out.contains("> r"), "{}", both(&o));
    // The same decision is shown twice: once before and once after the retry.
    let prompts = out.lines().filter(|l| l.starts_with("  1) ")).count();
    assert_eq!(prompts, 5, "{}", both(&o));
    assert!(
        out.contains("At the picnic, Priya plays with everyone."),
        "{}",
        both(&o)
    );
}

#[test]
fn play_text_in_spanish_prints_spanish() {
    let o = run(&[
        "play-text",
        "left-out-of-the-chat",
        "--locale",
        "es",
        "--choices",
        "2,1,1,1",
    ]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(out.starts_with("== Fuera del chat =="), "{}", both(&o));
    assert!(out.contains("== Fin =="), "{}", both(&o));
    assert!(!out.contains("== The end =="), "{}", both(&o));
}

#[test]
fn play_text_stops_at_a_decision_when_the_choices_run_out() {
    let o = run(&[
        "play-text",
        "left-out-of-the-chat",
        "--locale",
        "en",
        "--choices",
        "2",
    ]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(out.contains("(stopped at a decision)"), "{}", both(&o));
    assert!(!out.contains("== The end =="), "{}", both(&o));
}

#[test]
fn play_text_with_a_choice_that_is_not_offered_fails_cleanly() {
    let o = run(&[
        "play-text",
        "left-out-of-the-chat",
        "--locale",
        "en",
        "--choices",
        "9",
    ]);
    assert_exit(&o, 2);
    assert!(
        stderr(&o).contains("\"9\" is not a choice here"),
        "{}",
        both(&o)
    );
}

#[test]
fn play_text_with_an_unknown_scenario_is_a_usage_error() {
    let o = run(&["play-text", "no-such-story", "--locale", "en"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("no-such-story"), "{}", both(&o));
}

#[test]
fn play_text_with_an_unknown_language_is_a_usage_error() {
    let o = run(&[
        "play-text",
        "left-out-of-the-chat",
        "--locale",
        "tlh",
        "--choices",
        "1",
    ]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("unknown language"), "{}", both(&o));
}

#[test]
fn graph_as_mermaid_starts_with_flowchart() {
    let o = run(&["graph", "hospital-photos", "--format", "mermaid"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).starts_with("flowchart TD"), "{}", both(&o));
}

#[test]
fn graph_as_dot_starts_with_digraph() {
    let o = run(&["graph", "hospital-photos", "--format", "dot"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(out.starts_with("digraph"), "{}", both(&o));
    assert!(out.trim_end().ends_with('}'), "{}", both(&o));
}

#[test]
fn graph_labels_branches_with_their_flags_and_choices_with_what_they_set() {
    let o = run(&["graph", "left-out-of-the-chat", "--format", "dot"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    for needle in [
        "\"add-branch\" -> \"tomas-remembers\" [label=\"if spoke-up\"];",
        "\"add-branch\" -> \"tomas-agrees\" [label=\"otherwise\"];",
        "[sets spoke-up]",
    ] {
        assert!(out.contains(needle), "{needle} in:\n{out}");
    }
    // Texts read with the sample game name, as in the game.
    let o = run(&[
        "play-text",
        "left-out-of-the-chat",
        "--locale",
        "en",
        "--choices",
        "1",
    ]);
    assert!(
        stdout(&o).contains("What do you do, Brave Otter?"),
        "{}",
        both(&o)
    );
}

#[test]
fn play_text_refuses_a_story_with_errors_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let story = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/left-out-of-the-chat.ron"
    ))
    .unwrap()
    .replace("next: \"chat-made\"", "next: \"chat-mad\"");
    std::fs::write(dir.path().join("left-out-of-the-chat.ron"), story).unwrap();
    let o = run_in(
        dir.path(),
        &["play-text", "left-out-of-the-chat.ron", "--choices", "1"],
    );
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("leads to \"chat-mad\", which does not exist"),
        "{}",
        both(&o)
    );
    assert!(stdout(&o).is_empty(), "nothing is played: {}", both(&o));
}

#[test]
fn graph_of_an_unknown_scenario_is_a_usage_error() {
    let o = run(&["graph", "no-such-story"]);
    assert_exit(&o, 2);
}

#[test]
fn check_summary_counts_the_library_by_band_skill_and_language() {
    let o = run(&["check", "--summary"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    for needle in [
        "Stories: ",
        "  by age band: 6-8: ",
        "Skills (main skill of / practised in):",
        "  empathy ",
        "  privacy ",
        "Reading level of the English (Flesch-Kincaid grade, limit):",
        "  left-out-of-the-chat ",
        "Languages (messages translated):",
        "  en ",
        "  es ",
    ] {
        assert!(out.contains(needle), "{needle:?} missing in:\n{}", both(&o));
    }
    assert!(stderr(&o).contains("0 warning(s)"), "{}", both(&o));
}

#[test]
fn a_hard_sentence_in_a_6_to_8_story_is_a_warning_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let story = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/left-out-of-the-chat.ron"
    ))
    .unwrap();
    std::fs::write(dir.path().join("left-out-of-the-chat.ron"), story).unwrap();
    let en = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/en/left-out-of-the-chat.ftl"
    ))
    .unwrap()
    .replace(
        "left-out-of-the-chat-hook = After school, you use the family tablet. Dad cooks nearby.",
        "left-out-of-the-chat-hook = After school, you and your little brother use the family \
         tablet in the kitchen while Dad cooks dinner nearby.",
    );
    let line = en
        .lines()
        .position(|l| l.starts_with("left-out-of-the-chat-hook "))
        .unwrap()
        + 1;
    std::fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    std::fs::write(dir.path().join("locales/en/left-out-of-the-chat.ftl"), en).unwrap();
    let o = run_in(dir.path(), &["check", "."]);
    assert_exit(&o, 0);
    let shown = Path::new(".")
        .join("locales/en/left-out-of-the-chat.ftl")
        .display()
        .to_string();
    let want = format!(
        "{shown}:{line}:1: warning: a sentence in \"left-out-of-the-chat-hook\" has 19 words"
    );
    assert!(stdout(&o).contains(&want), "{want}\n{}", both(&o));
}

#[test]
fn play_text_with_a_profile_records_the_story_like_the_game() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let play = |choices: &str| play_as(dir, "Kind Koala", "left-out-of-the-chat", "es", choices);
    let o = play("1,r,2,1,1,1");
    assert_exit(&o, 0);
    // The child's own game name is used in the texts.
    assert!(stdout(&o).contains("Kind Koala"), "{}", both(&o));
    // A second story, left halfway: same profile, one more session.
    assert_exit(&play("2"), 0);

    let store = kind_quest::progress::Store::open(data.path()).unwrap();
    let loaded = store.load_all();
    assert_eq!(loaded.profiles.len(), 1, "one child, not two");
    let p = &loaded.profiles[0];
    assert_eq!(p.nickname, "Kind Koala");
    assert_eq!(p.sessions.len(), 2);
    let done = &p.sessions[0];
    assert_eq!(done.locale, "es");
    assert_eq!(done.ending.as_deref(), Some("end-picnic"));
    assert!(done.finished.is_some());
    assert!(
        done.choices[0].retried,
        "the choice taken back is kept, marked"
    );
    assert_eq!(done.choices[1].choice, "left-out-of-the-chat-speak-up");
    let halfway = &p.sessions[1];
    assert_eq!(halfway.ending, None);
    assert_eq!(
        halfway.choices.len(),
        1,
        "the choice made before stopping is kept"
    );
}

/// Two devices: "Kind Koala" plays on the first, whose folder is then copied to the
/// second, where "Brave Otter" plays too. The report over both folders counts each
/// session once.
/// A report or an export never replaces a file in a data folder it reads
/// (a child's save among them): `--out` there is refused, and nothing changes.
#[test]
fn an_out_inside_the_data_folder_read_is_refused() {
    let a = tempfile::tempdir().unwrap();
    let da = a.path().to_str().unwrap();
    assert_exit(
        &play_as(da, "Kind Koala", "left-out-of-the-chat", "en", "2,1,1,1"),
        0,
    );
    let save = std::fs::read_dir(a.path().join("profiles"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "ron"))
        .unwrap();
    let before = std::fs::read(&save).unwrap();
    let out = save.to_str().unwrap();
    let report = run(&["--data-dir", da, "report", "--format", "csv", "--out", out]);
    let export = run(&[
        "--data-dir",
        da,
        "data",
        "export",
        "--profile",
        "Kind Koala",
        "--out",
        out,
    ]);
    for o in [report, export] {
        assert_exit(&o, 2);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("inside the data folder"), "{err}");
        assert!(err.contains("somewhere else"), "{err}");
    }
    assert_eq!(std::fs::read(&save).unwrap(), before);
}

#[test]
fn report_merges_folders_from_two_devices_in_csv_html_and_xapi() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let (da, db) = (a.path().to_str().unwrap(), b.path().to_str().unwrap());
    let play = |dir: &str, nick: &str, story: &str, choices: &str| {
        let o = play_as(dir, nick, story, "en", choices);
        assert_exit(&o, 0);
    };
    play(da, "Kind Koala", "left-out-of-the-chat", "2,1,1,1");
    for entry in std::fs::read_dir(a.path().join("profiles")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::create_dir_all(b.path().join("profiles")).unwrap();
        std::fs::copy(&p, b.path().join("profiles").join(p.file_name().unwrap())).unwrap();
    }
    play(db, "Brave Otter", "hotel-wifi", "2,2,1,1");

    let o = run(&[
        "--data-dir",
        da,
        "--data-dir",
        db,
        "report",
        "--format",
        "csv",
    ]);
    assert_exit(&o, 0);
    let csv = stdout(&o);
    assert_eq!(csv.lines().count(), 1 + 2 * 8, "{csv}");
    let koala_rows: Vec<&str> = csv.lines().filter(|l| l.contains(",Kind Koala,")).collect();
    assert_eq!(koala_rows.len(), 8);
    // One finished story, although the folder was read twice.
    assert!(koala_rows.iter().all(|r| r.ends_with(",1")), "{csv}");

    // Written beside the data folders: inside one it is refused (next test).
    let reports = tempfile::tempdir().unwrap();
    let out = reports.path().join("class.html");
    let o = run(&[
        "--data-dir",
        da,
        "--data-dir",
        db,
        "report",
        "--format",
        "html",
        "--locale",
        "fr",
        "--title",
        "Classe 4B",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_exit(&o, 0);
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("<h1>Classe 4B</h1>") && page.contains("Brave Otter"));
    assert!(
        page.contains("Exclu du groupe") || page.contains("lang=\"fr\""),
        "{page}"
    );

    let o = run(&[
        "--data-dir",
        da,
        "--data-dir",
        db,
        "report",
        "--format",
        "xapi",
    ]);
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let completed = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["verb"]["id"].as_str().unwrap().ends_with("/completed"))
        .count();
    assert_eq!(completed, 2, "one completed story per child");
}

#[test]
fn report_on_a_folder_that_is_not_a_data_folder_says_so_and_exits_1() {
    let empty = tempfile::tempdir().unwrap();
    let o = run(&[
        "--data-dir",
        empty.path().to_str().unwrap(),
        "report",
        "--format",
        "csv",
    ]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("not a Kind Quest data folder"),
        "{}",
        both(&o)
    );
    // Several data folders are for reports only.
    let o = run(&["--data-dir", "x", "--data-dir", "y", "check"]);
    assert_exit(&o, 2);
}

#[test]
fn a_childs_data_is_exported_readably_and_erased_completely() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    for (nick, choices) in [("Kind Koala", "2,1,1,1"), ("Brave Otter", "1")] {
        let o = play_as(dir, nick, "left-out-of-the-chat", "en", choices);
        assert_exit(&o, 0);
    }
    // A second save leaves a backup; a copy set aside is the child's data too.
    let o = play_as(dir, "Kind Koala", "hotel-wifi", "en", "2");
    assert_exit(&o, 0);

    let o = run(&[
        "--data-dir",
        dir,
        "data",
        "export",
        "--profile",
        "Kind Koala",
    ]);
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["profile"]["nickname"], "Kind Koala");
    assert_eq!(v["profile"]["sessions"].as_array().unwrap().len(), 2);
    assert!(v["about"].as_str().unwrap().contains("on this device only"));
    let id = v["profile"]["id"].as_str().unwrap().to_string();
    std::fs::write(
        data.path()
            .join(format!("profiles/{id}.corrupt-1-0.ron-aside")),
        "Kind Koala",
    )
    .unwrap();

    let mut classroom = kind_quest::classroom::Classroom::default();
    let mut class = kind_quest::classroom::Class::new("4B");
    class.toggle(&id);
    classroom.classes.push(class);
    classroom.save(data.path()).unwrap();

    // Not without a confirmation.
    let o = run(&[
        "--data-dir",
        dir,
        "data",
        "erase",
        "--profile",
        "Kind Koala",
    ]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("--yes"), "{}", both(&o));
    let o = run(&[
        "--data-dir",
        dir,
        "data",
        "erase",
        "--profile",
        "Kind Koala",
        "--yes",
    ]);
    assert_exit(&o, 0);
    // Nothing on disk mentions the child any more; the other child is untouched.
    let mut left = Vec::new();
    for entry in std::fs::read_dir(data.path().join("profiles")).unwrap() {
        let p = entry.unwrap().path();
        let bytes = std::fs::read(&p).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains("Kind Koala")
                && !p.to_string_lossy().contains(&id),
            "{} still holds the erased child",
            p.display()
        );
        left.push(p);
    }
    assert!(!left.is_empty());
    let classroom = std::fs::read_to_string(data.path().join("classroom.ron")).unwrap();
    assert!(!classroom.contains(&id), "the child is out of every class");
    let o = run(&[
        "--data-dir",
        dir,
        "data",
        "export",
        "--profile",
        "Brave Otter",
    ]);
    assert_exit(&o, 0);
    let o = run(&[
        "--data-dir",
        dir,
        "data",
        "export",
        "--profile",
        "Kind Koala",
    ]);
    assert_exit(&o, 1);
    assert!(stderr(&o).contains("no child called"), "{}", both(&o));
}

#[test]
fn report_for_one_child_has_only_that_child() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    for nick in ["Kind Koala", "Brave Otter"] {
        let o = play_as(dir, nick, "one-more-level", "en", "2");
        assert_exit(&o, 0);
    }
    let o = run(&[
        "--data-dir",
        dir,
        "report",
        "--format",
        "html",
        "--profile",
        "Brave Otter",
    ]);
    assert_exit(&o, 0);
    let page = stdout(&o);
    assert!(page.contains("<h2>Brave Otter</h2>") && !page.contains("Kind Koala"));
    let o = run(&[
        "--data-dir",
        dir,
        "report",
        "--format",
        "csv",
        "--profile",
        "Nobody",
    ]);
    assert_exit(&o, 1);
}

#[test]
fn a_lesson_sheet_lists_the_stories_in_order_in_the_chosen_language() {
    let o = run(&[
        "lesson-sheet",
        "secret-in-the-game",
        "left-out-of-the-chat",
        "--locale",
        "de",
        "--title",
        "Stunde 1",
    ]);
    assert_exit(&o, 0);
    let page = stdout(&o);
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<h1>Stunde 1</h1>"));
    let a = page.find("<h2>1. ").unwrap();
    let b = page.find("<h2>2. ").unwrap();
    assert!(a < b);
    assert!(page.contains("Zum gemeinsamen Gespräch"), "German headings");
    let o = run(&["lesson-sheet", "no-such-story"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("there is no scenario"), "{}", both(&o));
}

/// Two children can share a game name (made on two devices, then put in one
/// folder). Erase and export never pick one of them for the grown-up: both
/// are listed with their profile numbers, and a number chooses.
#[test]
fn a_game_name_two_children_share_is_never_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let store = kind_quest::progress::Store::open(dir.path()).unwrap();
    let first = kind_quest::progress::Profile::new("Kind Koala", 1);
    let second = kind_quest::progress::Profile::new("Kind Koala", 2);
    store.save(&first).unwrap();
    store.save(&second).unwrap();
    drop(store);
    let d = dir.path().to_str().unwrap();
    for args in [
        vec!["data", "erase", "--profile", "Kind Koala", "--yes"],
        vec!["data", "export", "--profile", "Kind Koala"],
        vec![
            "play-text",
            "left-out-of-the-chat",
            "--profile",
            "Kind Koala",
            "--choices",
            "1",
        ],
    ] {
        let mut all = vec!["--data-dir", d];
        all.extend(args);
        let o = run(&all);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_ne!(o.status.code(), Some(0), "{err}");
        assert!(
            err.contains("2 children are called \"Kind Koala\""),
            "{err}"
        );
        assert!(err.contains(&first.id) && err.contains(&second.id), "{err}");
    }
    let o = run(&[
        "--data-dir",
        d,
        "data",
        "erase",
        "--profile",
        &first.id,
        "--yes",
    ]);
    assert_exit(&o, 0);
    let left = kind_quest::progress::Store::open(dir.path())
        .unwrap()
        .load_all();
    assert_eq!(left.profiles, [second]);
}

/// `play-text --profile` with a name that is one child's with other capitals
/// or spaces would make a second child and split the first one's progress:
/// it is refused with the name meant. Names no screen could show are refused.
#[test]
fn play_text_never_makes_a_near_twin_or_an_unshowable_child() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    assert_exit(
        &play_as(d, "Kind Koala", "left-out-of-the-chat", "en", "1"),
        0,
    );
    for name in [
        "kind koala",
        "Kind Koala ",
        "  ",
        "Koala\u{1b}[2J",
        &"a".repeat(41),
    ] {
        let o = play_as(d, name, "left-out-of-the-chat", "en", "1");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_ne!(o.status.code(), Some(0), "{name:?}: {err}");
        assert!(
            err.contains("but \"Kind Koala\" is") || err.contains("cannot be a game name"),
            "{name:?}: {err}"
        );
    }
    let loaded = kind_quest::progress::Store::open(dir.path())
        .unwrap()
        .load_all();
    assert_eq!(loaded.profiles.len(), 1);
}
