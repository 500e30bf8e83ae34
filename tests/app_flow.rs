//! The game's screen flow, run headless in Bevy (no window, no GPU): a child
//! makes a profile, opens a story, makes choices, tries another way, reaches an
//! ending, and finds the stamp and the saved record after a restart.

#![cfg(feature = "gui")]

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
mod common;

use kind_quest::app::flow::{self, Game, Screen, UiAction};
use kind_quest::app::grown_ups::{GrownUpAction, ReportKind};
use kind_quest::library::Library;
use kind_quest::progress::Store;
use kind_quest::story::runtime::Step;

fn new_app(data: &std::path::Path) -> App {
    app_with(Library::embedded(), data)
}

fn app_with(library: Library, data: &std::path::Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(Game::new(
            library,
            Some(Store::open(data).unwrap()),
            Some("en"),
        ))
        .add_plugins(flow::plugin);
    app.update();
    app
}

fn send(app: &mut App, action: UiAction) {
    app.world_mut().write_message(action);
    // One update applies the action, the next runs the state transition.
    app.update();
    app.update();
}

/// From the title: "Play", then a new player with this nickname and face.
fn new_player(app: &mut App, nickname: &str, avatar: u8) {
    send(app, UiAction::Start);
    send(
        app,
        UiAction::CreateProfile {
            nickname: nickname.into(),
            avatar,
        },
    );
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn step_kind(app: &App) -> &'static str {
    let game = app.world().resource::<Game>();
    match game.play.as_ref().map(|p| p.session.step()) {
        Some(Ok(Step::Line(_))) => "line",
        Some(Ok(Step::Decision { .. })) => "decision",
        Some(Ok(Step::Feedback { .. })) => "feedback",
        Some(Ok(Step::Ending(_))) => "ending",
        _ => "none",
    }
}

/// Advances through lines to the next decision (or ending).
fn to_decision(app: &mut App) {
    for _ in 0..100 {
        match step_kind(app) {
            "line" | "feedback" => send(app, UiAction::Advance),
            _ => return,
        }
    }
}

#[test]
fn a_child_plays_a_story_to_the_end_and_finds_the_stamp_after_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    assert_eq!(screen(&app), Screen::Title);

    send(&mut app, UiAction::Start);
    assert_eq!(screen(&app), Screen::Profiles);

    send(
        &mut app,
        UiAction::CreateProfile {
            nickname: "Brave Otter".into(),
            avatar: 2,
        },
    );
    assert_eq!(screen(&app), Screen::Map);

    send(
        &mut app,
        UiAction::OpenScenario("left-out-of-the-chat".into()),
    );
    assert_eq!(screen(&app), Screen::Play);
    to_decision(&mut app);
    assert_eq!(step_kind(&app), "decision");

    // A choice that hurts someone, then "try another way".
    send(&mut app, UiAction::Choose(0));
    assert_eq!(step_kind(&app), "feedback");
    send(&mut app, UiAction::TryAnotherWay);
    assert_eq!(step_kind(&app), "decision");

    // Then always the second choice, to the end.
    for _ in 0..20 {
        to_decision(&mut app);
        if step_kind(&app) != "decision" {
            break;
        }
        send(&mut app, UiAction::Choose(1));
    }
    assert_eq!(screen(&app), Screen::Ending);
    send(&mut app, UiAction::ToMap);
    assert_eq!(screen(&app), Screen::Map);

    // "The next day": a new app on the same data folder.
    drop(app);
    let mut app = new_app(data.path());
    let game = app.world().resource::<Game>();
    assert_eq!(game.profiles.len(), 1);
    let p = &game.profiles[0];
    assert_eq!(p.nickname, "Brave Otter");
    assert!(p.has_finished("left-out-of-the-chat"));
    let record = &p.sessions[0];
    assert!(record.ending.is_some());
    assert!(
        record.choices[0].retried,
        "the retried choice is recorded as such"
    );
    assert!(record.choices.len() >= 3);
    send(&mut app, UiAction::Start);
    send(&mut app, UiAction::SelectProfile(0));
    assert_eq!(screen(&app), Screen::Map);
}

#[test]
fn language_switch_is_remembered_for_the_child() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    new_player(&mut app, "Kind Fox", 0);
    send(&mut app, UiAction::SetLanguage("es".into()));
    assert_eq!(app.world().resource::<Game>().l10n.current_tag(), "es");
    drop(app);

    let mut app = new_app(data.path());
    send(&mut app, UiAction::Start);
    send(&mut app, UiAction::SelectProfile(0));
    let game = app.world().resource::<Game>();
    assert_eq!(game.l10n.current_tag(), "es");
    assert!(game.l10n.text("profiles-hello").contains("Kind Fox"));
}

#[test]
fn leaving_a_story_midway_keeps_the_choices_made_so_far() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    new_player(&mut app, "Calm Owl", 3);
    send(&mut app, UiAction::OpenScenario("hospital-photos".into()));
    to_decision(&mut app);
    send(&mut app, UiAction::Choose(1));
    send(&mut app, UiAction::ToMap);
    assert_eq!(screen(&app), Screen::Map);
    drop(app);

    let app = new_app(data.path());
    let p = &app.world().resource::<Game>().profiles[0];
    assert_eq!(p.sessions.len(), 1);
    assert_eq!(p.sessions[0].choices.len(), 1);
    assert!(!p.has_finished("hospital-photos"));
}

/// A teacher's story in a folder given with `--scenarios` (here the example from
/// docs/scenario-format.md, in the layout the guide shows) is on the map and plays,
/// with no rebuild.
#[test]
fn a_story_from_a_scenarios_folder_is_on_the_map_and_plays() {
    let block = common::documented_example;
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("drawing-in-the-chat.ron"), block("ron")).unwrap();
    std::fs::create_dir_all(folder.path().join("locales/en")).unwrap();
    std::fs::write(
        folder.path().join("locales/en/drawing-in-the-chat.ftl"),
        block("ftl"),
    )
    .unwrap();
    let mut library = Library::embedded();
    let shipped = library.cards().len();
    library.add_path(folder.path());
    assert!(library.problems().is_empty(), "{:?}", library.problems());

    let data = tempfile::tempdir().unwrap();
    let mut app = app_with(library, data.path());
    new_player(&mut app, "Kind Koala", 1);
    assert_eq!(screen(&app), Screen::Map);
    let game = app.world().resource::<Game>();
    assert_eq!(game.library.cards().len(), shipped + 1);
    assert!(game.library.card("drawing-in-the-chat").is_some());
    // The map names it from the titles alone: no story is held in full yet.
    assert_eq!(
        game.l10n.text("drawing-in-the-chat-title"),
        "A drawing in the chat"
    );
    assert!(game.content.scenarios.is_empty());

    send(
        &mut app,
        UiAction::OpenScenario("drawing-in-the-chat".into()),
    );
    assert_eq!(screen(&app), Screen::Play);
    to_decision(&mut app);
    assert_eq!(step_kind(&app), "decision");
    let game = app.world().resource::<Game>();
    // Only the story being played is held in full.
    let open: Vec<&str> = game
        .content
        .scenarios
        .iter()
        .map(|s| s.scenario.id.as_str())
        .collect();
    assert_eq!(open, ["drawing-in-the-chat"]);
    let title = game.l10n.text("drawing-in-the-chat-title");
    assert!(
        !title.contains("drawing-in-the-chat"),
        "the folder's words are used: {title}"
    );
}

fn gate_answer(app: &App) -> String {
    match &app.world().resource::<Game>().grown_ups.gate {
        kind_quest::gate::Gate::Closed { question } => question.answer().to_string(),
        kind_quest::gate::Gate::Open { .. } => panic!("the gate is open"),
    }
}

fn grown_up(app: &mut App, action: GrownUpAction) {
    send(app, UiAction::GrownUps(action));
}

/// A parent opens the grown-up area, looks at a child's progress, saves a copy,
/// erases another child, and closes it; unanswered, nothing behind the gate opens.
#[test]
fn the_grown_up_area_is_behind_the_gate_and_keeps_its_promises() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    new_player(&mut app, "Kind Koala", 1);
    send(
        &mut app,
        UiAction::OpenScenario("left-out-of-the-chat".into()),
    );
    to_decision(&mut app);
    send(&mut app, UiAction::Choose(1));
    send(&mut app, UiAction::ChangePlayer);
    send(
        &mut app,
        UiAction::CreateProfile {
            nickname: "Brave Otter".into(),
            avatar: 2,
        },
    );
    send(&mut app, UiAction::ChangePlayer);
    assert_eq!(screen(&app), Screen::Profiles);

    // Behind the gate, nothing opens without the answer.
    grown_up(&mut app, GrownUpAction::View(0));
    assert_eq!(screen(&app), Screen::Gate);
    grown_up(&mut app, GrownUpAction::Open);
    assert_eq!(screen(&app), Screen::Gate);
    grown_up(&mut app, GrownUpAction::Answer("7".into()));
    assert_eq!(screen(&app), Screen::Gate);
    assert!(app.world().resource::<Game>().grown_ups.wrong_answer);
    let answer = gate_answer(&app);
    grown_up(&mut app, GrownUpAction::Answer(answer));
    assert_eq!(screen(&app), Screen::GrownUps);

    // One child's progress, and a readable copy in the data folder.
    let koala = app
        .world()
        .resource::<Game>()
        .profiles
        .iter()
        .position(|p| p.nickname == "Kind Koala")
        .unwrap();
    grown_up(&mut app, GrownUpAction::View(koala));
    assert_eq!(screen(&app), Screen::Progress);
    grown_up(&mut app, GrownUpAction::Export(koala));
    let exported = match &app.world().resource::<Game>().grown_ups.last_export {
        Some(Ok(path)) => path.clone(),
        other => panic!("no export: {other:?}"),
    };
    assert!(exported.starts_with(data.path().join("exports")));
    let text = std::fs::read_to_string(&exported).unwrap();
    assert!(text.contains("Kind Koala") && text.contains("left-out-of-the-chat-speak-up"));

    // Erasing a child removes them from the screen and from disk.
    let otter = app
        .world()
        .resource::<Game>()
        .profiles
        .iter()
        .position(|p| p.nickname == "Brave Otter")
        .unwrap();
    grown_up(&mut app, GrownUpAction::Erase(otter));
    assert_eq!(screen(&app), Screen::GrownUps);
    let game = app.world().resource::<Game>();
    assert_eq!(game.profiles.len(), 1);
    for entry in std::fs::read_dir(data.path().join("profiles")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("Brave Otter"));
    }

    // Closing brings back the child's view, and the gate asks again.
    grown_up(&mut app, GrownUpAction::Close);
    assert_eq!(screen(&app), Screen::Profiles);
    grown_up(&mut app, GrownUpAction::Open);
    assert_eq!(screen(&app), Screen::Gate);
}

#[test]
fn the_grown_up_area_closes_by_itself_when_left_alone() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    new_player(&mut app, "Kind Koala", 1);
    send(&mut app, UiAction::ChangePlayer);
    grown_up(&mut app, GrownUpAction::Open);
    let answer = gate_answer(&app);
    grown_up(&mut app, GrownUpAction::Answer(answer));
    assert_eq!(screen(&app), Screen::GrownUps);
    // Six minutes without input.
    app.world_mut().resource_mut::<Game>().grown_ups.gate = kind_quest::gate::Gate::Open {
        last_input: kind_quest::progress::model::now() - 360,
    };
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Profiles);
    assert!(!app.world().resource::<Game>().grown_ups.gate.is_open());
}

fn open_grown_ups(app: &mut App) {
    grown_up(app, GrownUpAction::Open);
    let answer = gate_answer(app);
    grown_up(app, GrownUpAction::Answer(answer));
    assert_eq!(screen(app), Screen::GrownUps);
}

/// Plays the current story to its ending, always with the first choice.
fn play_to_ending(app: &mut App) {
    for _ in 0..40 {
        to_decision(app);
        if step_kind(app) != "decision" {
            break;
        }
        send(app, UiAction::Choose(0));
    }
    assert_eq!(screen(app), Screen::Ending);
}

/// A teacher makes a lesson of two stories, plays it on the big screen with the
/// class, and nobody's progress changes; a class report covers only its children.
#[test]
fn a_lesson_plays_on_the_big_screen_without_charging_any_child() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    new_player(&mut app, "Kind Koala", 1);
    send(&mut app, UiAction::ChangePlayer);
    new_player(&mut app, "Brave Otter", 2);
    send(&mut app, UiAction::ChangePlayer);
    open_grown_ups(&mut app);

    grown_up(&mut app, GrownUpAction::NewLesson);
    assert_eq!(screen(&app), Screen::Lesson);
    for id in ["hotel-wifi", "left-out-of-the-chat", "mean-meme"] {
        grown_up(&mut app, GrownUpAction::ToggleStory(0, id.into()));
    }
    grown_up(&mut app, GrownUpAction::ToggleStory(0, "mean-meme".into()));
    grown_up(&mut app, GrownUpAction::ShiftStory(0, 1, true));
    grown_up(&mut app, GrownUpAction::RenameLesson(0, "Week 1".into()));
    grown_up(&mut app, GrownUpAction::List);
    let lesson = app.world().resource::<Game>().classroom.lessons[0].clone();
    assert_eq!(lesson.name, "Week 1");
    assert_eq!(lesson.stories, ["left-out-of-the-chat", "hotel-wifi"]);
    // Kept on disk for next time.
    match kind_quest::classroom::Classroom::load(data.path()) {
        kind_quest::classroom::Loaded::Ok(c) => assert_eq!(c.lessons, vec![lesson]),
        other => panic!("{other:?}"),
    }

    grown_up(&mut app, GrownUpAction::StartLesson(0));
    assert_eq!(screen(&app), Screen::Play);
    let game = app.world().resource::<Game>();
    assert!(
        !game.grown_ups.gate.is_open(),
        "the grown-up area closes on the big screen"
    );
    assert_eq!(game.current, None);
    play_to_ending(&mut app);
    grown_up(&mut app, GrownUpAction::NextInLesson);
    assert_eq!(screen(&app), Screen::Play);
    let story = app
        .world()
        .resource::<Game>()
        .play
        .as_ref()
        .unwrap()
        .session
        .scenario()
        .id
        .clone();
    assert_eq!(story, "hotel-wifi");
    play_to_ending(&mut app);
    grown_up(&mut app, GrownUpAction::NextInLesson);
    assert_eq!(screen(&app), Screen::Profiles, "the lesson is over");
    let game = app.world().resource::<Game>();
    assert!(game.projector.is_none());
    assert!(
        game.profiles.iter().all(|p| p.sessions.is_empty()),
        "no child's progress was charged"
    );

    // A class of one child, and its report.
    open_grown_ups(&mut app);
    grown_up(&mut app, GrownUpAction::NewClass);
    assert_eq!(screen(&app), Screen::Class);
    let koala = app
        .world()
        .resource::<Game>()
        .profiles
        .iter()
        .find(|p| p.nickname == "Kind Koala")
        .unwrap()
        .id
        .clone();
    grown_up(&mut app, GrownUpAction::ToggleMember(0, koala));
    for kind in [ReportKind::Html, ReportKind::Csv, ReportKind::Xapi] {
        grown_up(&mut app, GrownUpAction::ClassReport(0, kind));
        let path = match &app.world().resource::<Game>().grown_ups.last_export {
            Some(Ok(p)) => p.clone(),
            other => panic!("{other:?}"),
        };
        let text = std::fs::read_to_string(path).unwrap();
        assert!(!text.contains("Brave Otter"), "{kind:?}: {text}");
        if kind == ReportKind::Xapi {
            // Nobody has played on their own yet (the lesson charged no one).
            assert_eq!(text.trim(), "[]");
        } else {
            assert!(text.contains("Kind Koala"), "{kind:?}: {text}");
        }
    }
    grown_up(&mut app, GrownUpAction::LessonSheet(0));
    let sheet = match &app.world().resource::<Game>().grown_ups.last_export {
        Some(Ok(p)) => std::fs::read_to_string(p).unwrap(),
        other => panic!("{other:?}"),
    };
    assert!(sheet.contains("<h1>Week 1</h1>"));
}

/// A teacher sets a PIN: the gate asks for it instead of a sum, across restarts;
/// a forgotten PIN goes with one file, and no progress is lost.
#[test]
fn a_teacher_pin_replaces_the_sum_and_can_be_reset_without_losing_progress() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    new_player(&mut app, "Kind Koala", 1);
    send(&mut app, UiAction::ChangePlayer);
    open_grown_ups(&mut app);
    grown_up(&mut app, GrownUpAction::SetPin("12".into()));
    assert!(app.world().resource::<Game>().grown_ups.pin_invalid);
    grown_up(&mut app, GrownUpAction::SetPin("2468".into()));
    assert!(app.world().resource::<Game>().grown_ups.settings.has_pin());
    grown_up(&mut app, GrownUpAction::Close);
    drop(app);

    let mut app = new_app(data.path());
    grown_up(&mut app, GrownUpAction::Open);
    // The sum's answer does not open it any more; the PIN does.
    let sum = gate_answer(&app);
    grown_up(&mut app, GrownUpAction::Answer(sum));
    assert_eq!(screen(&app), Screen::Gate);
    grown_up(&mut app, GrownUpAction::Answer("2468".into()));
    assert_eq!(screen(&app), Screen::GrownUps);
    drop(app);

    // Forgotten: delete grown-ups.ron. The child is still there.
    std::fs::remove_file(data.path().join("grown-ups.ron")).unwrap();
    let mut app = new_app(data.path());
    assert_eq!(app.world().resource::<Game>().profiles.len(), 1);
    open_grown_ups(&mut app);
}

#[test]
fn settings_are_the_childs_own_and_survive_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    new_player(&mut app, "Calm Heron", 2);
    send(&mut app, UiAction::OpenSettings);
    assert_eq!(screen(&app), Screen::Settings);
    let mut s = app.world().resource::<Game>().settings();
    assert_eq!((s.text_size, s.high_contrast, s.muted), (0, false, false));
    s.text_size = 2;
    s.high_contrast = true;
    s.dyslexia_font = true;
    s.reduce_motion = true;
    s.volume = 30;
    s.read_aloud = true;
    // The language has its own action; a settings change never drops it.
    s.language = Some("fr".into());
    send(&mut app, UiAction::UpdateSettings(s.clone()));
    send(&mut app, UiAction::ToMap);
    assert_eq!(screen(&app), Screen::Map);

    // A second child starts with the usual settings.
    send(&mut app, UiAction::ChangePlayer);
    send(
        &mut app,
        UiAction::CreateProfile {
            nickname: "Kind Fox".into(),
            avatar: 0,
        },
    );
    assert_eq!(app.world().resource::<Game>().settings().text_size, 0);

    // After a restart the first child's settings are back, language untouched.
    // (The first window closes first: two on one data folder would not save.)
    drop(app);
    let mut app = new_app(data.path());
    let game = app.world().resource::<Game>();
    let i = game
        .profiles
        .iter()
        .position(|p| p.nickname == "Calm Heron")
        .unwrap();
    send(&mut app, UiAction::Start);
    send(&mut app, UiAction::SelectProfile(i));
    let back = app.world().resource::<Game>().settings();
    assert_eq!(back.language.as_deref(), Some("en"));
    assert_eq!(
        (
            back.text_size,
            back.high_contrast,
            back.dyslexia_font,
            back.reduce_motion
        ),
        (2, true, true, true)
    );
    assert_eq!((back.volume, back.read_aloud), (30, true));
}

#[test]
fn a_finished_story_brings_stickers_and_sounds_mark_each_step() {
    let data = tempfile::tempdir().unwrap();
    let mut app = new_app(data.path());
    new_player(&mut app, "Bright Owl", 1);
    send(
        &mut app,
        UiAction::OpenScenario("left-out-of-the-chat".into()),
    );
    {
        let game = app.world().resource::<Game>();
        assert!(game.sounds.contains(&kind_quest::sound::Effect::PageTurn));
    }
    app.world_mut().resource_mut::<Game>().sounds.clear();
    to_decision(&mut app);
    send(&mut app, UiAction::Choose(0));
    {
        let game = app.world().resource::<Game>();
        // Every choice in this story has feedback: its chime, and no pop on top.
        assert!(game.sounds.contains(&kind_quest::sound::Effect::Feedback));
        assert!(!game.sounds.contains(&kind_quest::sound::Effect::Choice));
    }
    for _ in 0..50 {
        match step_kind(&app) {
            "ending" => break,
            "decision" => send(&mut app, UiAction::Choose(0)),
            _ => send(&mut app, UiAction::Advance),
        }
    }
    assert_eq!(screen(&app), Screen::Ending);
    let game = app.world().resource::<Game>();
    let play = game.play.as_ref().unwrap();
    assert!(
        !play.new_stickers.is_empty(),
        "a first story earns first stickers"
    );
    assert!(game.sounds.contains(&kind_quest::sound::Effect::Sticker));
    send(&mut app, UiAction::OpenStickers);
    assert_eq!(screen(&app), Screen::Stickers);
    send(&mut app, UiAction::ToMap);
    assert_eq!(screen(&app), Screen::Map);
}

/// The stories are read on their own thread while the window opens: the
/// title needs none of them, a broken one is still listed for grown-ups once
/// the reading ends, and the map has every good one.
#[test]
fn stories_read_behind_the_window_reach_the_map_and_the_skipped_reach_grown_ups() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("half-written.ron"), "Scenario(id: ").unwrap();
    let mut library = Library::embedded();
    library.add_path(folder.path());
    library.read_in_background();
    let data = tempfile::tempdir().unwrap();
    let mut app = app_with(library, data.path());
    // Each update asks whether the reading is done; it takes moments.
    for _ in 0..200 {
        let told = app
            .world()
            .resource::<Game>()
            .notices
            .iter()
            .any(|n| n.contains("half-written.ron"));
        if told {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        app.update();
    }
    let game = app.world().resource::<Game>();
    let notices: Vec<&String> = game
        .notices
        .iter()
        .filter(|n| n.contains("half-written.ron"))
        .collect();
    assert_eq!(notices.len(), 1, "told once: {:?}", game.notices);
    new_player(&mut app, "Kind Koala", 1);
    assert_eq!(screen(&app), Screen::Map);
    let game = app.world().resource::<Game>();
    assert_eq!(
        game.library.cards().len(),
        Library::embedded().cards().len()
    );
    // More updates do not tell it again.
    app.update();
    let game = app.world().resource::<Game>();
    assert_eq!(
        game.notices
            .iter()
            .filter(|n| n.contains("half-written.ron"))
            .count(),
        1
    );
}
