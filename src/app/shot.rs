//! `kind-quest shot`: puts the game on a named screen, waits for egui to lay it
//! out, saves a PNG of the window and exits. Used by the README's pictures, the
//! screenshot test and reviewers.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use crate::app::flow::{Game, Screen, UiAction};
use crate::app::grown_ups::GrownUpAction;
use crate::cli::ShotArgs;
use crate::library::Library;
use crate::story::runtime::Step;

/// Frames to wait after the screen is set, so fonts and layout settle.
const SETTLE_FRAMES: u32 = 12;
/// Give up if the picture has not arrived by then.
const GIVE_UP_FRAMES: u32 = 600;

/// Which screen to draw and how to get there.
#[derive(Debug, Clone, Resource)]
pub struct ShotPlan {
    pub out: PathBuf,
    pub target: Target,
    pub scenario: Option<String>,
    /// 1-based choices, or "r" for "try another way".
    pub choices: Vec<String>,
    /// The child's settings for the picture. Motion is always reduced: a
    /// picture shows where things end up, not halfway.
    pub settings: crate::progress::Settings,
    /// Tab presses before the picture.
    pub tab: u32,
    /// Where to write the screen reader's view of the screen.
    pub accessibility_out: Option<PathBuf>,
}

/// Screens `shot` can draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Title,
    Profiles,
    Map,
    Play,
    Feedback,
    Ending,
    /// The grown-up gate's question.
    Gate,
    /// The grown-up area (past the gate), after playing the story.
    GrownUps,
    /// The child's progress in the grown-up area, after playing the story.
    Progress,
    /// The story as a class lesson on the big screen, at its first decision.
    Projector,
    /// The feedback after a choice in a class lesson.
    ProjectorFeedback,
    /// Making a lesson in the classroom (with three stories in it).
    Lesson,
    /// Making a class in the classroom (with the one child in it).
    Class,
    /// The end of a class lesson's story, with the discussion.
    ProjectorEnding,
    /// The first line of the story (its big stage, with the scenery).
    Line,
    /// A numbered sheet of faces with no words, in a shuffled order, for a
    /// reader to name each feeling; the answers go to OUT with `.key.txt`.
    Faces,
    /// The child's settings page.
    Settings,
    /// The child's sticker book, after playing the story to its end.
    Stickers,
}

impl ShotPlan {
    /// Checks the arguments against the content.
    pub fn from_args(args: &ShotArgs, library: &Library) -> Result<Self, String> {
        let target = match args.screen.as_str() {
            "title" => Target::Title,
            "profiles" => Target::Profiles,
            "map" => Target::Map,
            "play" => Target::Play,
            "feedback" => Target::Feedback,
            "ending" => Target::Ending,
            "gate" => Target::Gate,
            "grown-ups" => Target::GrownUps,
            "progress" => Target::Progress,
            "projector" => Target::Projector,
            "projector-feedback" => Target::ProjectorFeedback,
            "lesson" => Target::Lesson,
            "class" => Target::Class,
            "projector-ending" => Target::ProjectorEnding,
            "line" => Target::Line,
            "faces" => Target::Faces,
            "settings" => Target::Settings,
            "stickers" => Target::Stickers,
            other => {
                return Err(format!(
                    "unknown screen \"{other}\". Screens: title, profiles, map, play, feedback, \
                     ending, line, faces, settings, stickers, gate, grown-ups, progress, projector, \
                     projector-feedback, projector-ending, lesson, class"
                ));
            }
        };
        if let Some(id) = &args.scenario
            && library.card(id).is_none()
        {
            return Err(format!("there is no scenario \"{id}\""));
        }
        for c in &args.choices {
            if c != "r" && c.parse::<usize>().map_or(true, |n| n == 0) {
                return Err(format!("choice \"{c}\" should be a number from 1, or r"));
            }
        }
        Ok(ShotPlan {
            out: args.out.clone(),
            target,
            scenario: args.scenario.clone(),
            choices: args.choices.clone(),
            settings: crate::progress::Settings {
                text_size: args.text_size,
                high_contrast: args.high_contrast,
                dyslexia_font: args.dyslexia_font,
                reduce_motion: true,
                ..Default::default()
            },
            tab: args.tab,
            accessibility_out: args.accessibility_out.clone(),
        })
    }
}

#[derive(Resource, Default)]
struct ShotProgress {
    frames: u32,
    requested: bool,
    saved: Option<Result<(), String>>,
}

/// Adds the shot systems to the app.
pub fn plugin(app: &mut App, plan: ShotPlan) {
    app.insert_resource(plan)
        .init_resource::<ShotProgress>()
        .add_systems(Startup, prepare)
        .add_systems(
            PreUpdate,
            press_tabs
                .after(bevy_egui::EguiPreUpdateSet::ProcessInput)
                .before(bevy_egui::EguiPreUpdateSet::BeginPass),
        )
        .add_systems(
            PostUpdate,
            write_accessibility.after(bevy_egui::EguiPostUpdateSet::ProcessOutput),
        )
        .add_systems(Last, take_and_exit)
        .add_systems(
            bevy_egui::EguiPrimaryContextPass,
            face_sheet.after(crate::app::screens::draw_set()),
        );
}

/// Drives the game to the wanted screen with the same actions a child would make.
fn prepare(mut game: ResMut<Game>, plan: Res<ShotPlan>, mut next: ResMut<NextState<Screen>>) {
    match drive(&mut game, &plan) {
        Ok(screen) => next.set(screen),
        Err(e) => error!("{e}"),
    }
}

/// Applies actions to reach the plan's screen; returns that screen.
pub fn drive(game: &mut Game, plan: &ShotPlan) -> Result<Screen, String> {
    let mut screen = Screen::Title;
    let apply = |game: &mut Game, a: UiAction, screen: &mut Screen| {
        if let Some(s) = game.apply(&a, *screen) {
            *screen = s;
        }
    };
    if matches!(plan.target, Target::Title | Target::Faces) {
        return Ok(screen);
    }
    apply(game, UiAction::Start, &mut screen);
    if plan.target == Target::Profiles {
        return Ok(screen);
    }
    if plan.target == Target::Gate {
        apply(game, UiAction::GrownUps(GrownUpAction::Open), &mut screen);
        return Ok(screen);
    }
    if game.profiles.is_empty() {
        let nickname = game.l10n.text_with(
            "nickname-pattern",
            &[
                ("adjective", game.l10n.text("nick-adj-brave").into()),
                ("animal", game.l10n.text("nick-animal-otter").into()),
            ],
        );
        apply(
            game,
            UiAction::CreateProfile {
                nickname,
                avatar: 1,
            },
            &mut screen,
        );
    } else {
        apply(game, UiAction::SelectProfile(0), &mut screen);
    }
    apply(
        game,
        UiAction::UpdateSettings(plan.settings.clone()),
        &mut screen,
    );
    if plan.target == Target::Map {
        return Ok(screen);
    }
    if plan.target == Target::Settings {
        apply(game, UiAction::OpenSettings, &mut screen);
        return Ok(screen);
    }
    if matches!(plan.target, Target::Lesson | Target::Class) {
        game.grown_ups.gate = crate::gate::Gate::Open {
            last_input: crate::progress::model::now(),
        };
        apply(game, UiAction::GrownUps(GrownUpAction::Open), &mut screen);
        if plan.target == Target::Lesson {
            apply(
                game,
                UiAction::GrownUps(GrownUpAction::NewLesson),
                &mut screen,
            );
            let ids: Vec<String> = game
                .library
                .cards()
                .iter()
                .take(3)
                .map(|c| c.id.clone())
                .collect();
            for id in ids {
                apply(
                    game,
                    UiAction::GrownUps(GrownUpAction::ToggleStory(0, id)),
                    &mut screen,
                );
            }
        } else {
            apply(
                game,
                UiAction::GrownUps(GrownUpAction::NewClass),
                &mut screen,
            );
            let id = game
                .profiles
                .first()
                .map(|p| p.id.clone())
                .unwrap_or_default();
            apply(
                game,
                UiAction::GrownUps(GrownUpAction::ToggleMember(0, id)),
                &mut screen,
            );
        }
        return Ok(screen);
    }
    let id = match &plan.scenario {
        Some(id) => id.clone(),
        None => game
            .library
            .cards()
            .first()
            .map(|c| c.id.clone())
            .ok_or("there are no scenarios to show")?,
    };
    if matches!(
        plan.target,
        Target::Projector | Target::ProjectorFeedback | Target::ProjectorEnding
    ) {
        // A one-story lesson, as if a teacher had started it.
        let mut lesson = crate::classroom::Lesson::new("Lesson");
        lesson.toggle(&id);
        game.projector = Some(crate::app::grown_ups::Projector { lesson, index: 0 });
        let class = game.l10n.text("projector-nickname");
        game.l10n.set_nickname(&class);
    }
    apply(game, UiAction::OpenScenario(id), &mut screen);
    let mut script = plan.choices.iter();
    for _ in 0..10_000 {
        let Some(play) = game.play.as_ref() else {
            break;
        };
        let step = play.session.step().map_err(|e| e.to_string())?;
        match step {
            Step::Ending(_) => break,
            Step::Line(_) if plan.target == Target::Line => break,
            // Lines are read through: `play` shows the next decision.
            Step::Line(_) => apply(game, UiAction::Advance, &mut screen),
            Step::Feedback { .. } => {
                let last = script.len() == 0;
                if last && matches!(plan.target, Target::Feedback | Target::ProjectorFeedback) {
                    break;
                }
                if script.as_slice().first().is_some_and(|c| c == "r") {
                    script.next();
                    apply(game, UiAction::TryAnotherWay, &mut screen);
                } else {
                    apply(game, UiAction::Advance, &mut screen);
                }
            }
            Step::Decision { offered, .. } => match script.next() {
                Some(c) => {
                    let n: usize = c
                        .parse()
                        .map_err(|_| format!("choice \"{c}\" is not a number"))?;
                    if n == 0 || n > offered.len() {
                        return Err(format!(
                            "there is no choice {n} here (there are {})",
                            offered.len()
                        ));
                    }
                    apply(game, UiAction::Choose(n - 1), &mut screen);
                }
                None if matches!(plan.target, Target::Play | Target::Projector) => break,
                None => apply(game, UiAction::Choose(0), &mut screen),
            },
        }
    }
    if plan.target == Target::Stickers {
        apply(game, UiAction::OpenStickers, &mut screen);
    }
    if matches!(plan.target, Target::GrownUps | Target::Progress) {
        // The picture-taker is the grown-up here: it opens the gate itself.
        let child = game.current.unwrap_or(0);
        game.grown_ups.gate = crate::gate::Gate::Open {
            last_input: crate::progress::model::now(),
        };
        apply(game, UiAction::GrownUps(GrownUpAction::Open), &mut screen);
        if plan.target == Target::Progress {
            apply(
                game,
                UiAction::GrownUps(GrownUpAction::View(child)),
                &mut screen,
            );
        }
    }
    Ok(screen)
}

/// Presses Tab (one press per frame, after the style is in place) and, for
/// the screen reader's view, switches AccessKit on from the start.
fn press_tabs(
    mut inputs: Query<(&mut bevy_egui::EguiInput, &mut bevy_egui::EguiContext)>,
    plan: Res<ShotPlan>,
    progress: Res<ShotProgress>,
) {
    for (mut input, mut ctx) in &mut inputs {
        if plan.accessibility_out.is_some() {
            ctx.get_mut().enable_accesskit();
        }
        let f = progress.frames;
        if f >= 4 && f < 4 + plan.tab {
            for pressed in [true, false] {
                input.events.push(bevy_egui::egui::Event::Key {
                    key: bevy_egui::egui::Key::Tab,
                    physical_key: None,
                    pressed,
                    repeat: false,
                    modifiers: bevy_egui::egui::Modifiers::NONE,
                });
            }
        }
    }
}

/// Writes the screen reader's view of the last frame: each node's role and name.
/// One line per node a screen reader is told about: its role and name, then
/// (after a tab) where it is on the window in points, "@ x0,y0 x1,y1"; and a
/// line "Window: WxH" with the window's size in the same points, so tests can
/// tell a button that lies off the edge.
fn write_accessibility(
    mut contexts: bevy_egui::EguiContexts,
    outputs: Query<&bevy_egui::EguiOutput>,
    plan: Res<ShotPlan>,
    progress: Res<ShotProgress>,
) {
    let Some(path) = &plan.accessibility_out else {
        return;
    };
    if progress.frames != SETTLE_FRAMES {
        return;
    }
    for output in &outputs {
        let Some(update) = &output.platform_output.accesskit_update else {
            continue;
        };
        let mut lines = Vec::new();
        if let Ok(ctx) = contexts.ctx_mut() {
            let size = ctx.content_rect().size();
            lines.push(format!("Window: {:.0}x{:.0}", size.x, size.y));
        }
        for (_, node) in &update.nodes {
            if node.is_hidden() {
                continue;
            }
            let name = node.label().or(node.value()).unwrap_or_default().trim();
            if name.is_empty() {
                continue;
            }
            let place = node.bounds().map_or(String::new(), |b| {
                format!("\t@ {:.0},{:.0} {:.0},{:.0}", b.x0, b.y0, b.x1, b.y1)
            });
            lines.push(format!("{:?}: {name}{place}", node.role()));
        }
        lines.sort();
        lines.dedup();
        if let Err(e) = std::fs::write(path, lines.join("\n") + "\n") {
            error!("cannot write {}: {e}", path.display());
        }
    }
}

fn take_and_exit(
    mut commands: Commands,
    mut progress: ResMut<ShotProgress>,
    plan: Res<ShotPlan>,
    mut exit: MessageWriter<AppExit>,
) {
    progress.frames += 1;
    if let Some(result) = progress.saved.take() {
        match result {
            Ok(()) => {
                info!("saved {}", plan.out.display());
                exit.write(AppExit::Success);
            }
            Err(e) => {
                error!("{e}");
                exit.write(AppExit::error());
            }
        }
        return;
    }
    if !progress.requested && progress.frames >= SETTLE_FRAMES {
        progress.requested = true;
        let out = plan.out.clone();
        commands.spawn(Screenshot::primary_window()).observe(
            move |captured: On<ScreenshotCaptured>, mut progress: ResMut<ShotProgress>| {
                progress.saved = Some(save_png(&captured.image, &out));
            },
        );
    }
    if progress.frames > GIVE_UP_FRAMES {
        error!("the screenshot did not arrive; is there a display (try xvfb-run)?");
        exit.write(AppExit::error());
    }
}

fn save_png(image: &Image, out: &std::path::Path) -> Result<(), String> {
    let rgb = image
        .clone()
        .try_into_dynamic()
        .map_err(|e| format!("cannot convert the screenshot: {e}"))?
        .to_rgb8();
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    rgb.save(out)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// The faces test: every feeling on two different people, numbered, no words,
/// in an order that does not follow the list of feelings.
fn face_sheet(
    mut contexts: bevy_egui::EguiContexts,
    plan: Res<ShotPlan>,
    mut wrote: Local<bool>,
) -> Result {
    use crate::story::model::Feeling;
    use bevy_egui::egui;
    if plan.target != Target::Faces {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?.clone();
    let looks = [crate::app::face::avatar(1), crate::app::face::avatar(2)];
    let mut cells: Vec<(usize, Feeling)> = (0..looks.len())
        .flat_map(|l| Feeling::ALL.iter().map(move |f| (l, *f)))
        .collect();
    fastrand::Rng::with_seed(11).shuffle(&mut cells);
    if !*wrote {
        *wrote = true;
        let key: String = cells
            .iter()
            .enumerate()
            .map(|(n, (_, f))| format!("{} {:?}\n", n + 1, f))
            .collect();
        let path = plan.out.with_extension("key.txt");
        if let Err(e) = std::fs::write(&path, key) {
            error!("cannot write {}: {e}", path.display());
        }
    }
    egui::Area::new("face-sheet".into())
        .order(egui::Order::Foreground)
        .fixed_pos(egui::Pos2::ZERO)
        .show(&ctx, |ui| {
            let screen = ctx.viewport_rect();
            ui.painter().rect_filled(screen, 0, egui::Color32::WHITE);
            let cols = 6;
            let w = screen.width() / cols as f32;
            let h = screen.height() / 3.0;
            for (n, (l, f)) in cells.iter().enumerate() {
                let x = (n % cols) as f32 * w;
                let y = (n / cols) as f32 * h;
                let head = egui::pos2(x + w / 2.0, y + h * 0.42);
                crate::app::face::paint(ui.painter(), head, h * 0.24, &looks[*l], *f);
                ui.painter().text(
                    egui::pos2(x + 14.0, y + 10.0),
                    egui::Align2::LEFT_TOP,
                    format!("{}", n + 1),
                    egui::FontId::proportional(26.0),
                    egui::Color32::BLACK,
                );
            }
        });
    Ok(())
}

/// A copy of a data folder for `shot` to work in: its ordinary files and those
/// of its folders (`profiles/`), nothing else (no links, pipes or devices).
pub fn copy_of_data_folder(from: &std::path::Path) -> std::io::Result<tempfile::TempDir> {
    let to = tempfile::Builder::new()
        .prefix("kind-quest-shot-")
        .tempdir()?;
    copy_files(from, to.path(), 1)?;
    Ok(to)
}

fn copy_files(from: &std::path::Path, to: &std::path::Path, depth: u32) -> std::io::Result<()> {
    for entry in std::fs::read_dir(from)?.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let target = to.join(entry.file_name());
        if kind.is_file() {
            std::fs::copy(entry.path(), &target)?;
        } else if kind.is_dir() && depth > 0 {
            std::fs::create_dir(&target)?;
            copy_files(&entry.path(), &target, depth - 1)?;
        }
    }
    Ok(())
}
