//! Renders screens with `kind-quest shot` in a real window (under Xvfb with
//! software Vulkan in CI) and fails on a missing, blank or broken frame.
//!
//! Needs a display: `scripts/test.sh` runs the tests under `xvfb-run`. Without a
//! display (DISPLAY and WAYLAND_DISPLAY unset) the test says so and fails, unless
//! KIND_QUEST_SKIP_SCREENSHOTS=1 is set on purpose.

#![cfg(feature = "gui")]

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::Mutex;

/// One game window at a time on the virtual screen: the tests of this file run
/// in parallel threads, and a software-rendered window already keeps a core
/// busy; two at once only make the X server and the machine slower.
static ONE_WINDOW: Mutex<()> = Mutex::new(());

fn has_display() -> bool {
    std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
}

/// True when the test can draw; false when there is no display and skipping
/// was asked for (KIND_QUEST_SKIP_SCREENSHOTS); otherwise it fails, saying why.
fn can_draw() -> bool {
    if has_display() {
        return true;
    }
    if std::env::var_os("KIND_QUEST_SKIP_SCREENSHOTS").is_some() {
        eprintln!("no display: screenshot test skipped on purpose");
        return false;
    }
    panic!("no display: run the tests with scripts/test.sh (it uses xvfb-run)");
}

/// Decodes a PNG into (width, height, RGB bytes).
fn read_png(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let channels = info.color_type.samples();
    let rgb: Vec<u8> = buf
        .chunks(channels)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    (info.width, info.height, rgb)
}

/// Counts distinct colours (coarsely) and the share of the most common one.
fn colour_stats(rgb: &[u8]) -> (usize, f64) {
    let mut counts = std::collections::HashMap::new();
    for p in rgb.chunks(3) {
        *counts
            .entry((p[0] >> 3, p[1] >> 3, p[2] >> 3))
            .or_insert(0usize) += 1;
    }
    let total = rgb.len() / 3;
    let top = counts.values().max().copied().unwrap_or(0);
    (counts.len(), top as f64 / total as f64)
}

fn shot(args: &[&str], out: &Path) {
    let _window = ONE_WINDOW.lock().unwrap_or_else(|e| e.into_inner());
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_kind-quest"))
            .arg("shot")
            .arg("--out")
            .arg(out)
            .args(args)
            .env("LP_NUM_THREADS", "1")
            .output()
            .expect("run kind-quest shot")
    };
    let mut done = run();
    // The virtual screen now and then turns away a client that connects just
    // as another (the previous shot) leaves (src/app/open_window.rs): the game
    // says so, and a person would start it again. So does the test, once.
    if !done.status.success()
        && String::from_utf8_lossy(&done.stderr).contains("the screen turned it away")
    {
        done = run();
    }
    assert!(
        done.status.success(),
        "kind-quest shot {args:?} failed: {}\n{}",
        done.status,
        String::from_utf8_lossy(&done.stderr)
    );
}

/// Takes a shot in `dir` and returns what a screen reader hears on it: one
/// "Role: name" line per item, a tab and where it lies, then the window's size.
fn heard(args: &[&str], dir: &Path) -> String {
    let names = dir.join("names.txt");
    let mut all = args.to_vec();
    all.extend(["--accessibility-out", names.to_str().unwrap()]);
    shot(&all, &dir.join("shot.png"));
    std::fs::read_to_string(&names).unwrap()
}

#[test]
fn every_screen_renders_a_real_frame_at_the_requested_size() {
    if !can_draw() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[&str])] = &[
        ("title", &["--screen", "title"]),
        ("map-es", &["--screen", "map", "--locale", "es"]),
        (
            "play",
            &["--screen", "play", "--scenario", "hospital-photos"],
        ),
        (
            "feedback",
            &[
                "--screen",
                "feedback",
                "--scenario",
                "left-out-of-the-chat",
                "--choices",
                "1",
            ],
        ),
        ("gate-uk", &["--screen", "gate", "--locale", "uk"]),
        (
            "projector-feedback-uk",
            &[
                "--screen",
                "projector-feedback",
                "--scenario",
                "hotel-game-lobby",
                "--choices",
                "1",
                "--locale",
                "uk",
            ],
        ),
        (
            "projector-fr",
            &[
                "--screen",
                "projector",
                "--scenario",
                "mean-meme",
                "--locale",
                "fr",
            ],
        ),
        (
            "progress-de",
            &[
                "--screen",
                "progress",
                "--scenario",
                "left-out-of-the-chat",
                "--choices",
                "2,1,1,1",
                "--locale",
                "de",
            ],
        ),
        ("settings-hc", &["--screen", "settings", "--high-contrast"]),
        (
            "stickers-larger-de",
            &[
                "--screen",
                "stickers",
                "--scenario",
                "left-out-of-the-chat",
                "--text-size",
                "2",
                "--locale",
                "de",
            ],
        ),
        (
            "line-dyslexic-tab",
            &[
                "--screen",
                "line",
                "--scenario",
                "photo-without-asking",
                "--dyslexia-font",
                "--tab",
                "2",
            ],
        ),
        (
            "ending-1080",
            &[
                "--screen",
                "ending",
                "--scenario",
                "hotel-game-lobby",
                "--size",
                "1920x1080",
            ],
        ),
    ];
    for (name, args) in cases {
        let out = dir.path().join(format!("{name}.png"));
        shot(args, &out);
        let (w, h, rgb) = read_png(&out);
        let expected = if name.ends_with("1080") {
            (1920, 1080)
        } else {
            (1280, 720)
        };
        assert_eq!((w, h), expected, "{name}: wrong size");
        let (colours, top_share) = colour_stats(&rgb);
        // A blank or broken frame is one flat colour (or nearly); a real screen has
        // text, faces and buttons in many colours.
        assert!(
            colours > 40,
            "{name}: only {colours} colours - blank or broken frame"
        );
        assert!(
            top_share < 0.97,
            "{name}: {:.1}% is one colour - nothing drawn",
            top_share * 100.0
        );
        if *name == "title" {
            // egui's colours pass through our copy of its shader (cheaper colour
            // sums, src/app/egui_shader.rs): the palette's own colours must come
            // out exactly, not a step lighter or darker.
            let palette = kind_quest::palette::NORMAL;
            // The background is the window's own colour (the renderer clears
            // it with the screen's colour: theme::WindowPanel).
            for (what, colour) in [
                ("primary", palette.primary),
                ("secondary", palette.secondary),
                ("background", palette.background),
            ] {
                let exact = rgb.chunks(3).filter(|p| *p == colour).count();
                assert!(
                    exact > 1000,
                    "title: only {exact} pixels of the {what} colour {colour:?} - colours are off"
                );
            }
        }
    }
}

/// What a screen reader hears on the story screen: every button has words (the
/// speaker too), every face a name and a feeling, the question is there.
#[test]
fn a_screen_reader_hears_every_button_face_and_question() {
    if !can_draw() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let text = heard(
        &["--screen", "play", "--scenario", "left-out-of-the-chat"],
        dir.path(),
    );
    // Each line is "Role: name", then a tab and where it is.
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap_or(l))
        .collect();
    for want in [
        "Button: Read aloud",
        "Button: Map",
        "Label: What do you do, Brave Otter?",
        "Image: Priya, calm",
        "Image: Tomás, happy",
    ] {
        assert!(lines.contains(&want), "{want:?} missing from:\n{text}");
    }
    let choices = lines
        .iter()
        .filter(|l| {
            l.starts_with("Button: 1 ")
                || l.starts_with("Button: 2 ")
                || l.starts_with("Button: 3 ")
        })
        .count();
    assert_eq!(choices, 3, "every choice is a named button:\n{text}");
    // No button is only a picture: each has a letter a screen reader can say.
    for l in lines.iter().filter(|l| l.starts_with("Button: ")) {
        assert!(
            l["Button: ".len()..].chars().any(char::is_alphabetic),
            "a button with no words: {l}"
        );
    }
}

#[test]
fn shot_refuses_unknown_screens_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kind-quest"))
        .args(["shot", "--screen", "nowhere", "--out"])
        .arg(dir.path().join("x.png"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown screen"));
}

/// Without a screen the game says so in words a grown-up can act on, instead of
/// a backtrace from the window library, and touches nothing.
#[test]
fn without_a_screen_the_game_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = Command::new(env!("CARGO_BIN_EXE_kind-quest"))
        .args(["shot", "--screen", "title", "--out"])
        .arg(dir.path().join("x.png"))
        .arg("--data-dir")
        .arg(&data)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot open the game window"), "{err}");
    assert!(err.contains("DISPLAY is not set"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!data.exists(), "nothing is written when no window can open");

    // A screen that is named but not there (no X server answers on :4242).
    let out = Command::new(env!("CARGO_BIN_EXE_kind-quest"))
        .args(["shot", "--screen", "title", "--out"])
        .arg(dir.path().join("x.png"))
        .env("DISPLAY", ":4242")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(":4242"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A class of 30 on "who is playing?": every child's card lies within the
/// window's width (they used to run off the right edge in one row, hiding 25
/// children), and the rows below are reached by scrolling.
#[test]
fn a_class_of_thirty_fits_the_window_on_who_is_playing() {
    if !can_draw() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = kind_quest::progress::Store::open(&data).unwrap();
    for n in 1..=30 {
        let child = kind_quest::progress::Profile::new(&format!("Child {n}"), (n % 8) as u8);
        store.save(&child).unwrap();
    }
    drop(store);
    let text = heard(
        &["--screen", "profiles", "--data-dir", data.to_str().unwrap()],
        dir.path(),
    );
    let width: f64 = text
        .lines()
        .find_map(|l| l.strip_prefix("Window: "))
        .and_then(|s| s.split('x').next())
        .and_then(|w| w.parse().ok())
        .expect("the window's size is written");
    // "Button: Child 7\t@ x0,y0 x1,y1": each card's name, left, top and right.
    let cards: Vec<(&str, f64, f64, f64)> = text
        .lines()
        .filter(|l| l.starts_with("Button: Child "))
        .map(|l| {
            let (name, place) = l.split_once("\t@ ").expect("a place");
            let numbers: Vec<f64> = place
                .split([' ', ','])
                .map(|n| n.parse().unwrap())
                .collect();
            (name, numbers[0], numbers[1], numbers[2])
        })
        .collect();
    assert_eq!(cards.len(), 30, "every child has a card:\n{text}");
    for (name, x0, _, x1) in &cards {
        assert!(
            *x0 >= 0.0 && *x1 <= width,
            "{name} lies outside the window (0 to {width}): {x0} to {x1}"
        );
    }
    // More than one row: the cards do not all start at the same height.
    let rows: std::collections::BTreeSet<u64> =
        cards.iter().map(|(_, _, y0, _)| y0.to_bits()).collect();
    assert!(rows.len() > 1, "one row only:\n{text}");
}

/// With a school's library the map lays out only the rows on screen or near
/// it (the rest keep their room): a frame no longer lays out every card.
#[test]
fn the_map_of_a_large_library_lays_out_only_the_rows_near_the_screen() {
    if !can_draw() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    let files = kind_quest::sample_library::generate(300, Default::default());
    kind_quest::sample_library::write(&library, &files).unwrap();
    let text = heard(
        &["--screen", "map", "--scenarios", library.to_str().unwrap()],
        dir.path(),
    );
    let cards = text
        .lines()
        .filter(|l| l.starts_with("Button: Story "))
        .count();
    assert!(cards > 0, "the first rows are there:\n{text}");
    assert!(
        cards < 100,
        "{cards} of 300 generated stories were laid out in one frame"
    );
}

/// A profile shared by a class for years holds thousands of stories played:
/// the progress screen shows the choices of the latest 50 and says how many
/// earlier ones the saved copy keeps (it used to lay out every one in every
/// frame: a second a frame at 25,000).
#[test]
fn the_progress_screen_shows_the_latest_choices_and_counts_the_rest() {
    if !can_draw() {
        return;
    }
    use kind_quest::progress::model::{ChoiceRecord, SessionRecord};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = kind_quest::progress::Store::open(&data).unwrap();
    let mut class = kind_quest::progress::Profile::new("Class Bees", 2);
    class.sessions = (0..60)
        .map(|n| SessionRecord {
            id: format!("{n:016x}"),
            scenario: "left-out-of-the-chat".into(),
            locale: "en".into(),
            started: 1_796_000_000 + n,
            finished: Some(1_796_000_100 + n),
            choices: vec![ChoiceRecord {
                node: "chat-choice".into(),
                choice: "left-out-of-the-chat-go-along".into(),
                evidence: [("empathy".to_string(), 1)].into(),
                retried: false,
            }],
            ending: Some("end-rule".into()),
        })
        .collect();
    store.save(&class).unwrap();
    drop(store);
    let text = heard(
        &["--screen", "progress", "--data-dir", data.to_str().unwrap()],
        dir.path(),
    );
    // Each story played is headed "Title · date" (stories finished are
    // listed apart, with a tick). The shot plays one more first: 61 in all.
    let shown = text
        .lines()
        .filter(|l| l.starts_with("Label: ") && !l.contains('✔') && l.contains(" · 20"))
        .count();
    assert_eq!(shown, 50, "the latest 50 stories played:\n{text}");
    assert!(
        text.lines()
            .any(|l| l
                .starts_with("Label: …and 11 earlier stories. \"Save a copy\" keeps them all.")),
        "the rest are counted:\n{text}"
    );
}

/// Every file under `dir` with its bytes.
fn files_and_bytes(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    common::files_under(dir)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(dir.join(f)).unwrap()))
        .collect()
}

/// A picture of the class screen used to set the screen up in the teacher's
/// own `classroom.ron` (a child moved in or out of a class, a "Class 2"
/// added, the backup turned over). A shot works on a copy: the folder it is
/// given is left exactly as it was.
#[test]
fn a_shot_leaves_the_data_folder_it_is_given_as_it_was() {
    if !can_draw() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/saves/v1");
    std::fs::create_dir_all(data.join("profiles")).unwrap();
    for file in common::files_under(&fixtures) {
        std::fs::copy(fixtures.join(&file), data.join(&file)).unwrap();
    }
    let before = files_and_bytes(&data);
    for screen in ["class", "progress", "map"] {
        shot(
            &["--screen", screen, "--data-dir", data.to_str().unwrap()],
            &dir.path().join(format!("{screen}.png")),
        );
    }
    assert_eq!(files_and_bytes(&data), before);
}
