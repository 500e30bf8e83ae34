//! The safety promises of docs/safety.md, tested. Each test is named after the
//! promise it backs, and each fails when the promise is broken: adding a field
//! to what is saved, a timer or reward to the content model, a file written
//! outside the data folder, or randomness to how stories and stickers work.
//!
//! Core only (no Bevy); the game window's own promises are in tests/app_flow.rs.

mod common;
use common::files_under;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use kind_quest::content::Content;
use kind_quest::progress::stickers::Book;
use kind_quest::progress::store::LOCK_FILE;
use kind_quest::progress::{ChoiceRecord, Profile, SessionRecord, Settings, Store};
use kind_quest::story::model::{
    AgeBand, Branch, Character, Choice, Feeling, FeelingChange, Look, Node, Scenario, Setting,
};
use kind_quest::story::runtime::{endings_with_scripts, play_script};

// ---------------------------------------------------------------------------
// Helpers: the field names of anything serde can write.

/// Every field path in a JSON value: `profile.settings.volume`, with `[]` for a
/// list's items, an enum variant as its own step, and `{}` for a map whose keys
/// are data (skill ids), not fields.
fn field_paths(
    v: &serde_json::Value,
    prefix: &str,
    data_maps: &[&str],
    out: &mut BTreeSet<String>,
) {
    match v {
        serde_json::Value::Object(map) => {
            let last = prefix.rsplit('.').next().unwrap_or("");
            if data_maps.contains(&last) {
                out.insert(format!("{prefix}{{}}"));
                return;
            }
            for (k, child) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.insert(path.clone());
                field_paths(child, &path, data_maps, out);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                field_paths(item, &format!("{prefix}[]"), data_maps, out);
            }
        }
        _ => {}
    }
}

fn paths_of(v: &impl serde::Serialize, data_maps: &[&str]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    field_paths(&serde_json::to_value(v).unwrap(), "", data_maps, &mut out);
    out
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A profile with every field filled in, so that every field is written.
fn full_profile() -> Profile {
    let mut p = Profile::new("Brave Otter", 3);
    p.settings = Settings {
        language: Some("fr".into()),
        text_size: 2,
        high_contrast: true,
        dyslexia_font: true,
        reduce_motion: true,
        volume: 40,
        muted: true,
        read_aloud: true,
    };
    let mut s = SessionRecord::start("left-out-of-the-chat", "fr");
    s.finished = Some(s.started + 300);
    s.ending = Some("end-picnic".into());
    s.choices.push(ChoiceRecord {
        node: "chat-choice".into(),
        choice: "left-out-of-the-chat-speak-up".into(),
        evidence: BTreeMap::from([("empathy".to_string(), 2)]),
        retried: true,
    });
    p.sessions.push(s);
    p
}

/// What a profile may hold: a game name, a face, settings and what was played.
/// Adding a field here is a decision about children's data: update
/// docs/privacy.md and docs/safety.md in the same change.
const APPROVED_PROFILE_FIELDS: &[&str] = &[
    "id",
    "nickname",
    "avatar",
    "created",
    "settings",
    "settings.language",
    "settings.text_size",
    "settings.high_contrast",
    "settings.dyslexia_font",
    "settings.reduce_motion",
    "settings.volume",
    "settings.muted",
    "settings.read_aloud",
    "sessions",
    "sessions[].id",
    "sessions[].scenario",
    "sessions[].locale",
    "sessions[].started",
    "sessions[].finished",
    "sessions[].choices",
    "sessions[].choices[].node",
    "sessions[].choices[].choice",
    "sessions[].choices[].evidence",
    "sessions[].choices[].evidence{}",
    "sessions[].choices[].retried",
    "sessions[].ending",
];

/// Words for personal data Kind Quest never keeps (docs/privacy.md), as field names.
const NEVER_KEPT: &[&str] = &[
    "name", "real", "first", "last", "surname", "birth", "age", "email", "mail", "phone",
    "address", "school", "photo", "picture", "image", "voice", "location", "geo", "lat", "lon",
    "gps", "ip", "device", "contact", "friend", "gender", "typed", "message", "chat",
];

// ---------------------------------------------------------------------------
// Data minimisation: only a game name and a face.

#[test]
fn a_profile_holds_only_a_game_name_a_face_settings_and_what_was_played() {
    let found = paths_of(&full_profile(), &["evidence"]);
    assert_eq!(
        found,
        set(APPROVED_PROFILE_FIELDS),
        "a profile's fields changed: a new field about a child needs a decision \
         recorded in docs/privacy.md and docs/safety.md, then this list"
    );
}

#[test]
fn no_saved_field_is_named_like_personal_data() {
    // The approved list itself is checked, so it cannot quietly grow a
    // "birthday" or "school": the only name a profile has is the game name.
    for path in APPROVED_PROFILE_FIELDS {
        for word in path.split(|c: char| !c.is_ascii_alphanumeric()) {
            for part in word.split('_') {
                if part == "nickname" {
                    continue;
                }
                assert!(
                    !NEVER_KEPT.contains(&part),
                    "{path}: `{part}` looks like personal data Kind Quest never keeps"
                );
            }
        }
    }
}

#[test]
fn the_file_saved_on_the_device_and_the_export_hold_the_same_approved_fields() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let profile = full_profile();
    store.save(&profile).unwrap();

    // What is on disk (RON), read back as plain data, field by field.
    let text = std::fs::read_to_string(store.profile_path(&profile.id)).unwrap();
    let on_disk: ron::Value = ron::from_str(&text).unwrap();
    let on_disk = paths_of(&on_disk, &["evidence"]);
    let mut expected = set(&["format", "profile"]);
    expected.extend(
        APPROVED_PROFILE_FIELDS
            .iter()
            .map(|f| format!("profile.{f}")),
    );
    assert_eq!(on_disk, expected, "the saved file:\n{text}");

    // The export a grown-up reads has exactly the same, plus a sentence about it.
    let export: serde_json::Value = serde_json::from_str(&profile.export_json()).unwrap();
    let mut exported = paths_of(&export, &["evidence"]);
    assert!(exported.remove("about"));
    assert_eq!(
        exported, expected,
        "everything kept is in the export, nothing more"
    );

    // And the data folder holds that one file: no log, cache or identifier beside
    // it. The only other file is the empty lock that keeps a second window from
    // writing over the first; it never holds anything.
    let files = files_under(dir.path());
    assert_eq!(
        files,
        vec![
            PathBuf::from(LOCK_FILE),
            PathBuf::from(format!("profiles/{}.ron", profile.id))
        ],
        "{files:?}"
    );
    assert_lock_is_empty(dir.path());
}

/// The data folder's lock file is there only to be locked: it holds no byte.
fn assert_lock_is_empty(data: &Path) {
    let lock = std::fs::read(data.join(LOCK_FILE)).unwrap();
    assert!(lock.is_empty(), "the lock file holds {} bytes", lock.len());
}

// ---------------------------------------------------------------------------
// Default settings: private by default.

#[test]
fn child_settings_are_private_by_default() {
    // No setting shares, publishes, syncs or shows anything to anyone: the
    // settings are how the game looks and sounds, nothing else. A new switch
    // (say "share progress" or "online") fails here until it is decided with
    // its default in docs/safety.md.
    let fields = paths_of(&Settings::default(), &[]);
    assert_eq!(
        fields,
        set(&[
            "language",
            "text_size",
            "high_contrast",
            "dyslexia_font",
            "reduce_motion",
            "volume",
            "muted",
            "read_aloud",
        ])
    );
    // The defaults as documented: the computer's language, normal text, sound on
    // at 70%, reading aloud off until the child or a grown-up turns it on.
    let d = Settings::default();
    assert_eq!(d.language, None, "follows the computer, asks nothing");
    assert_eq!(
        (
            d.text_size,
            d.high_contrast,
            d.dyslexia_font,
            d.reduce_motion
        ),
        (0, false, false, false)
    );
    assert_eq!((d.volume, d.muted, d.read_aloud), (70, false, false));
    // A new child starts with these defaults and nothing played.
    let p = Profile::new("Kind Koala", 0);
    assert_eq!(p.settings, d);
    assert!(p.sessions.is_empty());
    // The grown-up area starts closed.
    let gate = kind_quest::gate::Gate::new(&mut fastrand::Rng::with_seed(1));
    assert!(!gate.is_open());
}

#[test]
fn children_never_type_text_only_grown_ups_do() {
    // Text boxes exist only on the grown-up screens (the gate's answer, the PIN,
    // lesson and class names). A text box on a child's screen could collect a
    // real name or a message: it fails here.
    let screens = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let grown_up_files = [
        "screens/gate.rs",
        "screens/grown_ups.rs",
        "screens/classroom.rs",
    ];
    let mut with_text_boxes = Vec::new();
    for file in rust_files(&screens) {
        let text = std::fs::read_to_string(&file).unwrap();
        if text.contains("TextEdit") {
            with_text_boxes.push(file.strip_prefix(&screens).unwrap().to_path_buf());
        }
    }
    assert!(!with_text_boxes.is_empty(), "the scan found the gate's box");
    for f in &with_text_boxes {
        assert!(
            grown_up_files.iter().any(|g| Path::new(g) == f),
            "a text box on a child's screen: src/app/{}",
            f.display()
        );
    }
}

// ---------------------------------------------------------------------------
// Nothing leaves the device without a grown-up: files only in the data folder.

/// Runs the command line with a home and platform folders inside `sandbox`, so
/// that anything written outside the data folder shows up there.
fn kind_quest(sandbox: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_kind-quest"))
        .args(args)
        .current_dir(sandbox.join("cwd"))
        .env("HOME", sandbox.join("home"))
        .env("XDG_DATA_HOME", sandbox.join("home/.local/share"))
        .env("XDG_CONFIG_HOME", sandbox.join("home/.config"))
        .env("XDG_CACHE_HOME", sandbox.join("home/.cache"))
        .env("XDG_STATE_HOME", sandbox.join("home/.local/state"))
        .env("TMPDIR", sandbox.join("tmp"))
        .env_remove("KIND_QUEST_DATA_DIR")
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn the_game_writes_only_in_its_data_folder_unless_a_grown_up_names_a_file() {
    let sandbox = tempfile::tempdir().unwrap();
    let s = sandbox.path();
    for d in ["cwd", "home", "tmp"] {
        std::fs::create_dir_all(s.join(d)).unwrap();
    }
    // No --data-dir: the platform's own data folder (here, inside the sandbox).
    kind_quest(
        s,
        &[
            "play-text",
            "left-out-of-the-chat",
            "--locale",
            "en",
            "--choices",
            "2,1,1,1",
            "--profile",
            "Kind Koala",
        ],
    );
    kind_quest(s, &["data", "export", "--profile", "Kind Koala"]);
    let data = "home/.local/share/kind-quest";
    let after_play = files_under(s);
    assert!(!after_play.is_empty());
    for f in &after_play {
        assert!(
            f.starts_with(format!("{data}/profiles")) || *f == Path::new(data).join(LOCK_FILE),
            "written outside the data folder: {}",
            f.display()
        );
    }
    assert_lock_is_empty(&s.join(data));

    // Reports read data folders and change nothing in them; on the terminal
    // they write no file at all.
    let data_dir = s.join(data);
    let data_dir = data_dir.to_str().unwrap();
    let before = snapshot(s);
    for format in ["csv", "html", "xapi"] {
        kind_quest(s, &["--data-dir", data_dir, "report", "--format", format]);
    }
    assert_eq!(snapshot(s), before, "a report changed or added a file");

    // A file appears only where a grown-up asks for it, and only that file.
    kind_quest(
        s,
        &[
            "data",
            "export",
            "--profile",
            "Kind Koala",
            "--out",
            "koala.json",
        ],
    );
    let mut added: Vec<_> = files_under(s)
        .into_iter()
        .filter(|f| !before.contains_key(f))
        .collect();
    added.sort();
    assert_eq!(added, vec![PathBuf::from("cwd/koala.json")]);
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    files_under(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    files_under(dir)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "rs"))
        .map(|f| dir.join(f))
        .collect()
}

// ---------------------------------------------------------------------------
// Nudge techniques: no timers, streaks, currency or random rewards in the content model.

/// A scenario using every node kind and every field, so every field is written.
fn full_scenario() -> Scenario {
    let feeling = FeelingChange {
        who: "sam".into(),
        feels: Feeling::Happy,
        why: "why".into(),
    };
    Scenario {
        id: "s".into(),
        title: "t".into(),
        summary: "s".into(),
        ages: vec![AgeBand::Ages6to8],
        setting: Setting::School,
        skills: vec!["empathy".into()],
        icon: "x".into(),
        characters: vec![Character {
            id: "sam".into(),
            name: "n".into(),
            look: Look::default(),
        }],
        start: "a".into(),
        nodes: vec![
            Node::Line {
                id: "a".into(),
                speaker: "sam".into(),
                feeling: Feeling::Calm,
                text: "t".into(),
                next: "b".into(),
                set: vec!["f".into()],
            },
            Node::Choice {
                id: "b".into(),
                prompt: "p".into(),
                choices: vec![Choice {
                    text: "t".into(),
                    next: "c".into(),
                    feedback: "f".into(),
                    feelings: vec![feeling.clone()],
                    evidence: BTreeMap::from([("empathy".to_string(), 1)]),
                    if_set: vec!["f".into()],
                    if_not_set: vec!["g".into()],
                    set: vec!["h".into()],
                }],
            },
            Node::Branch {
                id: "c".into(),
                branches: vec![Branch {
                    if_set: vec!["f".into()],
                    if_not_set: vec![],
                    next: "d".into(),
                }],
                otherwise: "d".into(),
            },
            Node::Ending {
                id: "d".into(),
                text: "t".into(),
                reflection: "r".into(),
                feelings: vec![feeling],
            },
        ],
        discussion: vec!["q".into()],
    }
}

/// Words of pressure and chance, as field names: none may appear in the model.
const NO_NUDGES: &[&str] = &[
    "time",
    "timer",
    "timeout",
    "deadline",
    "countdown",
    "seconds",
    "duration",
    "limit",
    "streak",
    "daily",
    "days",
    "expire",
    "expires",
    "reward",
    "prize",
    "loot",
    "random",
    "chance",
    "odds",
    "luck",
    "coin",
    "coins",
    "gem",
    "gems",
    "currency",
    "price",
    "buy",
    "shop",
    "points",
    "rank",
    "leaderboard",
    "lives",
    "energy",
    "notification",
    "remind",
];

#[test]
fn the_content_model_has_no_timers_streaks_currency_or_random_rewards() {
    let fields = paths_of(&full_scenario(), &["evidence"]);
    for path in &fields {
        for word in path.split(|c: char| !c.is_ascii_alphanumeric()) {
            for part in word.split('_') {
                assert!(
                    !NO_NUDGES.contains(&part.to_ascii_lowercase().as_str()),
                    "{path}: `{part}` in the scenario model"
                );
            }
        }
    }
    // And the model is exactly what docs/scenario-format.md describes: a new
    // field fails here, to be looked at for pressure or chance before it ships.
    let approved: BTreeSet<String> = SCENARIO_FIELDS.iter().map(|s| s.to_string()).collect();
    assert_eq!(fields, approved);
}

const SCENARIO_FIELDS: &[&str] = &[
    "id",
    "title",
    "summary",
    "ages",
    "setting",
    "skills",
    "icon",
    "start",
    "discussion",
    "characters",
    "characters[].id",
    "characters[].name",
    "characters[].look",
    "characters[].look.skin",
    "characters[].look.hair",
    "characters[].look.hair_colour",
    "characters[].look.top",
    "characters[].look.glasses",
    "characters[].look.wheelchair",
    "characters[].look.adult",
    "nodes",
    "nodes[].Line",
    "nodes[].Line.id",
    "nodes[].Line.speaker",
    "nodes[].Line.feeling",
    "nodes[].Line.text",
    "nodes[].Line.next",
    "nodes[].Line.set",
    "nodes[].Choice",
    "nodes[].Choice.id",
    "nodes[].Choice.prompt",
    "nodes[].Choice.choices",
    "nodes[].Choice.choices[].text",
    "nodes[].Choice.choices[].next",
    "nodes[].Choice.choices[].feedback",
    "nodes[].Choice.choices[].feelings",
    "nodes[].Choice.choices[].feelings[].who",
    "nodes[].Choice.choices[].feelings[].feels",
    "nodes[].Choice.choices[].feelings[].why",
    "nodes[].Choice.choices[].evidence",
    "nodes[].Choice.choices[].evidence{}",
    "nodes[].Choice.choices[].if_set",
    "nodes[].Choice.choices[].if_not_set",
    "nodes[].Choice.choices[].set",
    "nodes[].Branch",
    "nodes[].Branch.id",
    "nodes[].Branch.branches",
    "nodes[].Branch.branches[].if_set",
    "nodes[].Branch.branches[].if_not_set",
    "nodes[].Branch.branches[].next",
    "nodes[].Branch.otherwise",
    "nodes[].Ending",
    "nodes[].Ending.id",
    "nodes[].Ending.text",
    "nodes[].Ending.reflection",
    "nodes[].Ending.feelings",
    "nodes[].Ending.feelings[].who",
    "nodes[].Ending.feelings[].feels",
    "nodes[].Ending.feelings[].why",
];

#[test]
fn a_story_file_that_adds_a_timer_or_a_reward_is_refused() {
    // The loader refuses fields the model does not have, so a story cannot
    // carry a timer or a prize that some later code might pick up.
    let content = Content::embedded();
    let shipped = &content.scenarios[0].source;
    let text: &str = &shipped.text;
    let plants = [
        ("Scenario(", "Scenario(time_limit: 30, "),
        ("Choice(", "Choice(reward: \"gold-star\", "),
        ("Character(", "Character(streak: 3, "),
        ("Ending(", "Ending(countdown: 10, "),
        ("Line(", "Line(random_reward: true, "),
    ];
    for (anchor, planted) in plants {
        assert!(text.contains(anchor), "{anchor} in {}", shipped.name);
        let bad = text.replacen(anchor, planted, 1);
        let source = kind_quest::diagnostic::SourceFile::new("planted.ron", bad);
        assert!(
            kind_quest::story::load::parse_scenario(&source).is_err(),
            "a story with `{planted}` was accepted"
        );
    }
}

#[test]
fn the_shipped_stories_use_only_the_approved_fields() {
    let content = Content::embedded();
    assert!(content.scenarios.len() >= 18);
    let approved: BTreeSet<String> = SCENARIO_FIELDS.iter().map(|s| s.to_string()).collect();
    for s in &content.scenarios {
        let fields = paths_of(&s.scenario, &["evidence"]);
        let extra: Vec<_> = fields.difference(&approved).collect();
        assert!(extra.is_empty(), "{}: {extra:?}", s.scenario.id);
    }
}

// ---------------------------------------------------------------------------
// No random rewards: the same play always gives the same story and stickers.

#[test]
fn the_same_choices_give_the_same_story_and_stickers_whatever_the_dice_say() {
    // Every ending of every shipped story, played twice with the process's
    // random numbers seeded differently: same path, same ending, same stickers.
    let content = Content::embedded();
    let mut profiles = [Profile::new("A", 0), Profile::new("B", 0)];
    for loaded in &content.scenarios {
        let scenario = Arc::new(loaded.scenario.clone());
        for script in endings_with_scripts(&scenario).unwrap().values() {
            let mut played = Vec::new();
            for (seed, profile) in [1, 99].into_iter().zip(profiles.iter_mut()) {
                fastrand::seed(seed);
                let session = play_script(&scenario, script).unwrap();
                let mut record = SessionRecord::start(&scenario.id, "en");
                record.update_from(&session);
                record.started = profile.sessions.len() as u64;
                played.push((session.history().to_vec(), record.ending.clone()));
                profile.sessions.push(record);
            }
            assert_eq!(played[0], played[1], "{} {script:?}", scenario.id);
        }
    }
    let books = profiles.each_ref().map(|p| Book::for_profile(p, &content));
    assert!(!books[0].stickers().is_empty());
    assert_eq!(books[0], books[1]);
}

#[test]
fn stories_scores_and_stickers_never_use_chance_or_the_clock() {
    // The code that decides what happens in a story, how it is counted and
    // which stickers a child gets has no random numbers and reads no clock: no
    // random reward, no timer, nothing that expires. (Ids and dates of a saved
    // session are made in progress/model.rs, outside these files.)
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = rust_files(&src.join("story"));
    files.extend(rust_files(&src.join("progress/score")));
    files.push(src.join("progress/score.rs"));
    files.push(src.join("progress/stickers.rs"));
    let forbidden = [
        "fastrand",
        "rand::",
        "SystemTime",
        "Instant",
        "thread_rng",
        "getrandom",
    ];
    let mut checked = 0;
    for file in files {
        if file.ends_with("tests.rs") {
            continue; // tests may play randomly to explore every path
        }
        let text = std::fs::read_to_string(&file).unwrap();
        checked += 1;
        for word in forbidden {
            assert!(
                !text.contains(word),
                "{} uses `{word}`",
                file.strip_prefix(&src).unwrap().display()
            );
        }
    }
    assert!(
        checked >= 10,
        "the scan found the story code ({checked} files)"
    );
}
