//! The game window: Bevy + bevy_egui plugins, one per screen or concern, that
//! call into the core. `run` builds and runs the app for play or for `shot`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use bevy::log::LogPlugin;
use bevy::prelude::*;
use bevy::window::{PrimaryWindow, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

use crate::app::flow::Game;
use crate::cli::{Cli, ShotArgs};
use crate::library::{Library, ReadingSignal};
use crate::progress::Store;

pub mod audio;
pub mod bench;
pub mod display;
pub mod egui_shader;
pub mod face;
pub mod face_pictures;
pub mod flow;
pub mod grown_ups;
pub mod idle;
pub mod input;
pub mod motion;
pub mod open_stories;
pub mod open_window;
pub mod read_aloud;
pub mod round;
pub mod scene;
pub mod screens;
pub mod shot;
pub mod sticker;
pub mod theme;

/// How to start the app.
pub struct Launch {
    /// Lists the stories (as cards; their words are read when a screen needs
    /// them). Called on a thread of its own while the window is built.
    pub library: Box<dyn FnOnce() -> Library + Send>,
    pub data_dir: Option<PathBuf>,
    /// Language to start in; None follows the computer.
    pub language: Option<String>,
    pub size: (u32, u32),
    /// Render one screen to a file and exit.
    pub shot: Option<shot::ShotPlan>,
    /// A copy of the data folder a shot works in (removed when the app ends).
    pub scratch: Option<tempfile::TempDir>,
}

impl Launch {
    /// The game, as a child opens it.
    pub fn game(cli: &Cli) -> Self {
        let folders = cli.scenarios.clone();
        Launch {
            library: Box::new(move || {
                bench::trace_point("game: listing the library");
                let mut library = crate::cli::load_library_from(&folders);
                bench::trace_point("game: library listed");
                // The title screen needs no story: they are read while the
                // window opens.
                library.read_in_background();
                library
            }),
            data_dir: Store::resolve_dir(cli.data_dir()).ok(),
            language: None,
            size: (1280, 720),
            shot: None,
            scratch: None,
        }
    }

    /// `kind-quest shot`: validates the arguments before any window opens.
    pub fn shot(cli: &Cli, args: &ShotArgs) -> Result<Self, String> {
        let library = crate::cli::load_library(cli);
        let plan = shot::ShotPlan::from_args(args, &library)?;
        let size = parse_size(&args.size)?;
        let languages = library.languages();
        if !languages.contains(&args.locale) {
            return Err(format!(
                "unknown language \"{}\". Languages: {}",
                args.locale,
                languages.join(", ")
            ));
        }
        // Shots never touch a child's real data: without a folder they keep
        // none, and a folder named is copied first (setting up a screen saves,
        // e.g. a class's members for the class screen).
        let scratch = match cli.data_dir() {
            // A folder that is not there (or is a file) holds nothing to keep
            // safe; the game's own messages about it are what a shot shows.
            Some(dir) if dir.is_dir() => Some(shot::copy_of_data_folder(dir).map_err(|e| {
                format!(
                    "cannot copy the data folder {} to take the picture from: {e}",
                    dir.display()
                )
            })?),
            _ => None,
        };
        let data_dir = match &scratch {
            Some(copy) => Some(copy.path().to_path_buf()),
            None => cli.data_dir().map(std::path::Path::to_path_buf),
        };
        Ok(Launch {
            library: Box::new(move || library),
            data_dir,
            language: Some(args.locale.clone()),
            size,
            shot: Some(plan),
            scratch,
        })
    }
}

/// Parses "1280x720".
pub fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("size \"{s}\" should look like 1280x720");
    let (w, h) = s.split_once(['x', 'X']).ok_or_else(bad)?;
    let w: u32 = w.trim().parse().map_err(|_| bad())?;
    let h: u32 = h.trim().parse().map_err(|_| bad())?;
    if !(320..=7680).contains(&w) || !(240..=4320).contains(&h) {
        return Err(format!(
            "size \"{s}\" is out of range (320x240 to 7680x4320)"
        ));
    }
    Ok((w, h))
}

/// Builds the app and runs it until the window closes.
pub fn run(launch: Launch) -> ExitCode {
    // Before anything else (the data folder's lock included): a window needs a
    // screen, and without one the message should be ours, not a backtrace.
    let screen = match display::check() {
        Ok(connection) => connection,
        Err(e) => {
            eprintln!("kind-quest: cannot open the game window: {e}");
            return ExitCode::FAILURE;
        }
    };
    bench::trace_point("run: display checked");
    // The stories listed, the data folder opened and the players read on a
    // thread of their own while Bevy builds the app on this one: with a
    // school's library (7,000 files) and a class of thirty, that was 40-60 ms
    // before the first frame could begin (docs/performance.md).
    let Launch {
        library,
        data_dir,
        language,
        size,
        shot,
        scratch,
    } = launch;
    // Kept until the app has ended.
    let _scratch = scratch;
    // Shared so that, should no thread be had, this one can still do the work.
    let work = Arc::new(Mutex::new(Some(move || {
        make_game(library(), data_dir, language)
    })));
    let theirs = work.clone();
    let getting_ready = std::thread::Builder::new()
        .name("getting ready".into())
        .spawn(move || take(&theirs).map(|make| make()));
    let (w, h) = size;
    let mut app = App::new();
    let mut plugins = DefaultPlugins.build();
    if shot.is_some() {
        // Pictures need no sound card (and ALSA would only complain there is none).
        plugins = plugins.disable::<bevy::audio::AudioPlugin>();
    }
    let plugins = plugins
        .set(WindowPlugin {
            primary_window: Some(Window {
                title: "Kind Quest".into(),
                resolution: WindowResolution::new(w, h).with_scale_factor_override(1.0),
                ..default()
            }),
            ..default()
        })
        // egui's one pipeline compiled in the frame that first needs it,
        // not on a worker: the first picture then shows in the first
        // frame instead of the third (docs/performance.md).
        .set(bevy::render::RenderPlugin {
            synchronous_pipeline_compilation: true,
            ..default()
        })
        .set(LogPlugin {
            filter: "warn,kind_quest=info,wgpu=error,naga=warn".into(),
            ..default()
        });
    if let Err(problem) = open_window::add_plugins(&mut app, plugins) {
        // The half-built app is left as it is: taking it apart could panic too.
        std::mem::forget(app);
        return open_window::explain(&problem);
    }
    // The window has its own connection now (see `open_window`).
    drop(screen);
    app.add_plugins(EguiPlugin::default())
        .add_plugins(egui_shader::plugin)
        .insert_resource(ClearColor(Color::srgb_u8(0xFB, 0xF6, 0xEC)))
        .init_resource::<StyleReady>()
        .add_plugins((
            flow::plugin,
            idle::plugin,
            idle::debug_plugin,
            input::plugin,
            screens::plugin,
        ))
        .add_systems(Startup, |mut commands: Commands| {
            // No multisampling: egui smooths its own edges, and on a software
            // renderer four samples per pixel cost frames (see docs/performance.md).
            commands.spawn((Camera2d, Msaa::Off));
        })
        .add_systems(
            EguiPrimaryContextPass,
            (apply_appearance, zoom_to_window).before(screens::draw_set()),
        )
        .add_systems(
            PreUpdate,
            install_first_look.after(bevy_egui::EguiPreUpdateSet::InitContexts),
        )
        .add_systems(Update, draw_until_ready)
        .add_systems(Last, clear_with_the_screens_colour);
    match shot {
        Some(plan) => {
            // A shot needs frames to keep coming until the picture is taken.
            app.insert_resource(WinitSettings::continuous());
            read_aloud::plugin(&mut app, false);
            audio::silent(&mut app);
            shot::plugin(&mut app, plan);
        }
        None => {
            // Draw only on input or when something changes: an idle window costs nothing.
            app.insert_resource(WinitSettings::desktop_app());
            read_aloud::plugin(&mut app, true);
            audio::plugin(&mut app);
        }
    }
    if std::env::var_os("KIND_QUEST_BENCH").is_some() {
        bench::plugin(&mut app);
    }
    bench::trace_plugin(&mut app);
    bench::trace_point("run: app built");
    let made = match getting_ready {
        // A thread that panicked (it never should) has printed why.
        Ok(thread) => thread.join().ok().flatten(),
        // No thread to be had: the game is made here, after the app.
        Err(e) => {
            warn!("no thread to get ready on ({e}); getting ready on the window's");
            take(&work).map(|make| make())
        }
    };
    let Some((game, reading)) = made else {
        return ExitCode::FAILURE;
    };
    bench::trace_point("run: game joined");
    app.insert_resource(game);
    read_stories_after_the_first_frame(&mut app, reading);
    run_systems_one_after_another(&mut app);
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Runs each schedule's systems one after another on the thread that runs the
/// schedule, instead of handing them to the task pool's threads. The game's
/// systems are small (its update is 2-3.5 ms), and on a 2-core school laptop
/// the software renderer's threads already use both cores: waking pool threads
/// for each system cost about 800 thread wake-ups a frame, and frames on the
/// map went from 14.3-18.4 ms to 13.3-14.0 ms without them (docs/performance.md).
/// Drawing still overlaps the next update (Bevy's pipelined rendering).
fn run_systems_one_after_another(app: &mut App) {
    fn in_world(world: &mut World) {
        if let Some(mut schedules) = world.get_resource_mut::<Schedules>() {
            for (_, schedule) in schedules.iter_mut() {
                schedule.set_executor(bevy::ecs::schedule::SingleThreadedExecutor::new());
            }
        }
    }
    in_world(app.world_mut());
    if let Some(render) = app.get_sub_app_mut(bevy::render::RenderApp) {
        in_world(render.world_mut());
    }
}

/// What a mutex holds, taken out (a poisoned one still gives it).
fn take<T>(slot: &Mutex<Option<T>>) -> Option<T> {
    slot.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take()
}

/// The game over its stories and data folder, and the signal that lets its
/// stories be read. Tells the child (on "who is playing?") and the grown-ups
/// when the folder cannot be used.
fn make_game(
    library: Library,
    data_dir: Option<PathBuf>,
    language: Option<String>,
) -> (Game, ReadingSignal) {
    let mut problem = None;
    let store = data_dir.as_deref().and_then(|d| match Store::open(d) {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("kind-quest: {e} Progress will not be saved this time.");
            problem = Some(e);
            None
        }
    });
    bench::trace_point("game: store open");
    let reading = library.reading_signal();
    let mut game = flow::Game::new(library, store, language.as_deref());
    if let Some(e) = problem {
        // Children are told on "who is playing?"; grown-ups find the details.
        game.unsaved = Some(if matches!(e, crate::progress::StoreError::InUse { .. }) {
            flow::Unsaved::InUse
        } else {
            flow::Unsaved::FolderProblem
        });
        game.notices.push(e.to_string());
    }
    bench::trace_point("game: made");
    (game, reading)
}

/// Keeps frames coming until the first screen is drawn. A reactive window only
/// draws on input, and egui's context (and so the fonts) are not there on the
/// very first update: without this, the title waited for a mouse move or a
/// key (measured under Xvfb: no first screen at all within 90 s).
fn draw_until_ready(
    ready: Res<StyleReady>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if !ready.0 {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Lets the stories be read once the first frame has gone to the renderer
/// (see `ReadingSignal`): on two cores, drawing the title and reading a
/// school's library at the same time slowed the title.
fn read_stories_after_the_first_frame(app: &mut App, signal: ReadingSignal) {
    app.sub_app_mut(bevy::render::RenderApp).add_systems(
        bevy::render::Render,
        (move |mut given: Local<bool>| {
            if !*given {
                signal.go();
                *given = true;
            }
        })
        .in_set(bevy::render::RenderSystems::Cleanup),
    );
}

/// The window is cleared with the colour of the screen just drawn, which then
/// does not paint it again (`theme::window_frame`). Runs after the screens and
/// before the frame goes to the renderer, so each frame gets its own colour.
fn clear_with_the_screens_colour(mut clear: ResMut<ClearColor>) {
    if let Some(colour) = theme::window_colour() {
        let [r, g, b, _] = colour.to_array();
        let wanted = Color::srgb_u8(r, g, b);
        if clear.0 != wanted {
            clear.0 = wanted;
        }
    }
}

/// True once fonts and style are in place; screens wait for it.
#[derive(Resource, Default, PartialEq, Eq)]
pub struct StyleReady(pub bool);

/// The look the first screen needs, put in place as soon as egui's context
/// exists and before its first pass begins: fonts given to egui then take
/// effect in that very pass, so the title is drawn in full on the first frame
/// (one frame earlier than installing them inside the pass: 10-40 ms on a
/// software renderer, see docs/performance.md).
fn install_first_look(
    mut contexts: EguiContexts,
    game: Res<Game>,
    screen: Res<State<flow::Screen>>,
    mut ready: ResMut<StyleReady>,
) {
    if ready.0 {
        return;
    }
    // No context before the camera has been seen: try again next update.
    let Ok(ctx) = contexts.ctx_mut() else {
        return;
    };
    let wanted = wanted_appearance(&game, screen.get());
    theme::set_appearance(wanted);
    theme::install_fonts(ctx, &wanted);
    theme::install_style(ctx, &wanted);
    ready.0 = true;
}

/// Keeps egui's fonts and style in step with the appearance the child chose
/// (text size, contrast, font, motion).
fn apply_appearance(
    mut contexts: EguiContexts,
    game: Res<Game>,
    screen: Res<State<flow::Screen>>,
    ready: Res<StyleReady>,
) -> Result {
    if !ready.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let wanted = wanted_appearance(&game, screen.get());
    let before = theme::appearance();
    if theme::set_appearance(wanted) {
        if before.dyslexia_font != wanted.dyslexia_font {
            // Takes effect on the next pass: ask for it.
            theme::install_fonts(ctx, &wanted);
        }
        theme::install_style(ctx, &wanted);
        ctx.request_repaint();
    }
    Ok(())
}

/// The appearance for this screen.
fn wanted_appearance(game: &Game, screen: &flow::Screen) -> theme::Appearance {
    // The grown-up area and the big screen keep the usual look: settings belong
    // to the child playing.
    if screen.is_grown_up_area() || game.projector.is_some() {
        theme::Appearance::default()
    } else if game.profile().is_some() {
        theme::Appearance::from_settings(&game.settings())
    } else {
        // Before anyone is chosen (title, "who is playing?"), the look of the
        // child who played last: a child who needs large text or strong
        // colours finds their own face with them.
        game.profiles
            .iter()
            .max_by_key(|p| {
                p.sessions
                    .iter()
                    .map(|s| s.started)
                    .max()
                    .unwrap_or(p.created)
            })
            .map(|p| theme::Appearance::from_settings(&p.settings))
            .unwrap_or_default()
    }
}

/// Scales the layout with the window so big screens (and projectors) get big text.
fn zoom_to_window(
    mut contexts: EguiContexts,
    window: Query<&Window, With<PrimaryWindow>>,
) -> Result {
    let Ok(window) = window.single() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let zoom = theme::zoom_for(egui::vec2(window.width(), window.height()));
    if (ctx.zoom_factor() - zoom).abs() > 0.001 {
        ctx.set_zoom_factor(zoom);
    }
    Ok(())
}
