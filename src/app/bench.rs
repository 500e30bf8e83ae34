//! Measuring hooks for `scripts/bench-app.sh`, added only with `KIND_QUEST_BENCH=1`:
//!
//! - prints "bench: first frame" to stderr once the first screen is drawn in
//!   full (fonts and style in place);
//! - `KIND_QUEST_BENCH_STORY=ID` opens that story for a sample child first, so
//!   the first frame is the story's; `KIND_QUEST_BENCH_MAP=1` stops at the map;
//! - `KIND_QUEST_BENCH_FRAMES=SECONDS` keeps the screen's movement going (text
//!   fading in, faces hopping: it starts again every 0.6 s), then prints how long
//!   frames took over that many seconds and closes the game.

use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::StyleReady;
use crate::app::flow::{self, Game};

pub fn plugin(app: &mut App) {
    app.add_systems(Startup, open_story)
        .add_systems(Last, first_frame);
    let seconds = std::env::var("KIND_QUEST_BENCH_FRAMES")
        .ok()
        .and_then(|s| s.parse::<f32>().ok());
    if let Some(seconds) = seconds {
        app.insert_resource(FrameBench {
            seconds,
            ..default()
        })
        .add_systems(First, frame_start)
        .add_systems(
            EguiPrimaryContextPass,
            restart_motion.before(crate::app::screens::draw_set()),
        )
        .add_systems(Last, frame_end)
        .add_systems(
            PostUpdate,
            count_shapes.after(bevy_egui::EguiPostUpdateSet::ProcessOutput),
        );
    }
}

/// The update that set `ready` also drew the first screen.
fn first_frame(ready: Res<StyleReady>, mut said: Local<bool>) {
    if ready.0 && !*said {
        *said = true;
        eprintln!("bench: first frame");
    }
}

fn open_story(mut game: ResMut<Game>, mut next: ResMut<NextState<flow::Screen>>) {
    let story = std::env::var("KIND_QUEST_BENCH_STORY").ok();
    let map = std::env::var_os("KIND_QUEST_BENCH_MAP").is_some();
    if story.is_none() && !map {
        return;
    }
    let mut actions = vec![
        flow::UiAction::Start,
        flow::UiAction::CreateProfile {
            nickname: "Bench Otter".into(),
            avatar: 0,
        },
    ];
    actions.extend(story.map(flow::UiAction::OpenScenario));
    let mut screen = flow::Screen::Title;
    for action in actions {
        if let Some(s) = game.apply(&action, screen) {
            screen = s;
        }
    }
    next.set(screen);
}

#[derive(Resource, Default)]
struct FrameBench {
    seconds: f32,
    /// When measuring began (one second after the first screen, to skip start-up).
    from: Option<Instant>,
    frame_began: Option<Instant>,
    last_end: Option<Instant>,
    last_restart: Option<Instant>,
    /// Time from the start of one frame's update to the end of its update.
    update: Vec<Duration>,
    /// Time between the ends of two frames (update and drawing, as the eye sees it).
    interval: Vec<Duration>,
    /// What the last frame gave the renderer: triangles, and the area they
    /// cover in window areas (overlaps counted each time).
    triangles: usize,
    windows_covered: f32,
}

/// A software renderer's work grows with triangles and covered pixels: both
/// are printed with the frame times, to see what a change to a screen costs.
fn count_shapes(
    outputs: Query<&bevy_egui::EguiRenderOutput>,
    windows: Query<&Window>,
    mut bench: ResMut<FrameBench>,
) {
    let (mut triangles, mut area) = (0, 0.0);
    for output in &outputs {
        for job in &output.paint_jobs {
            let bevy_egui::egui::epaint::Primitive::Mesh(mesh) = &job.primitive else {
                continue;
            };
            triangles += mesh.indices.len() / 3;
            for t in mesh.indices.chunks_exact(3) {
                let [a, b, c] = [0, 1, 2].map(|i| mesh.vertices[t[i] as usize].pos);
                area += ((b - a).x * (c - a).y - (b - a).y * (c - a).x).abs() / 2.0;
            }
        }
    }
    let window: f32 = windows.iter().map(|w| w.width() * w.height()).sum();
    bench.triangles = triangles;
    bench.windows_covered = if window > 0.0 { area / window } else { 0.0 };
}

fn frame_start(mut bench: ResMut<FrameBench>) {
    bench.frame_began = Some(Instant::now());
}

/// Movement is keyed by when egui first saw it; forgetting those times starts
/// it again, as if the line had just appeared.
fn restart_motion(mut contexts: EguiContexts, mut bench: ResMut<FrameBench>) -> Result {
    let now = Instant::now();
    if bench
        .last_restart
        .is_none_or(|t| now - t > Duration::from_millis(600))
    {
        bench.last_restart = Some(now);
        contexts.ctx_mut()?.data_mut(|d| d.remove_by_type::<f64>());
    }
    Ok(())
}

fn frame_end(
    mut bench: ResMut<FrameBench>,
    ready: Res<StyleReady>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let now = Instant::now();
    // Frames keep coming even on a screen where nothing moves.
    redraw.write(bevy::window::RequestRedraw);
    if !ready.0 {
        return;
    }
    let from = *bench.from.get_or_insert(now + Duration::from_secs(1));
    if now >= from {
        if let Some(began) = bench.frame_began {
            bench.update.push(now - began);
        }
        if let Some(last) = bench.last_end {
            bench.interval.push(now - last);
        }
    }
    bench.last_end = Some(now);
    if now >= from + Duration::from_secs_f32(bench.seconds) {
        let bench = &mut *bench;
        eprintln!(
            "bench: frames {} in {:.1} s; update {}; frame {}; last frame {} triangles covering {:.2} windows",
            bench.interval.len(),
            bench.seconds,
            summary(&mut bench.update),
            summary(&mut bench.interval),
            bench.triangles,
            bench.windows_covered
        );
        exit.write(AppExit::Success);
    }
}

/// "median 3.1 ms, p95 4.0 ms, worst 9.2 ms".
fn summary(times: &mut [Duration]) -> String {
    if times.is_empty() {
        return "no frames".into();
    }
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "median {:.1} ms, p95 {:.1} ms, worst {:.1} ms",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(times[times.len() - 1])
    )
}

/// With `KIND_QUEST_BENCH_TRACE=1`: prints when each of the first updates and
/// renders starts and ends, and whether egui's pipeline is ready, as
/// milliseconds since 1970, to line up with a script's own clock (how the
/// first picture's delay was found: docs/performance.md).
pub fn trace_plugin(app: &mut App) {
    if std::env::var_os("KIND_QUEST_BENCH_TRACE").is_none() {
        return;
    }
    /// The first frames are what start-up is about.
    const FRAMES: u32 = 12;
    fn step(what: &'static str) -> impl FnMut(Local<u32>) {
        move |mut n: Local<u32>| {
            *n += 1;
            if *n <= FRAMES {
                trace_point(&format!("{what} {}", *n));
            }
        }
    }
    app.add_systems(First, step("update start"))
        .add_systems(Last, step("update end"));
    let render = app.sub_app_mut(bevy::render::RenderApp);
    render.add_systems(
        bevy::render::Render,
        step("render start").in_set(bevy::render::RenderSystems::ExtractCommands),
    );
    render.add_systems(
        bevy::render::Render,
        (|mut n: Local<u32>,
          cache: Res<bevy::render::render_resource::PipelineCache>,
          pipelines: Option<Res<bevy_egui::render::systems::EguiPipelines>>| {
            *n += 1;
            if *n <= FRAMES {
                let ready = pipelines.is_some_and(|p| {
                    p.0.values()
                        .all(|id| cache.get_render_pipeline(*id).is_some())
                });
                trace_point(&format!("render end {} (egui pipeline ready: {ready})", *n));
            }
        })
        .in_set(bevy::render::RenderSystems::Cleanup),
    );
}

/// One line of the start-up trace (see `trace_plugin`).
pub fn trace_point(what: &str) {
    if std::env::var_os("KIND_QUEST_BENCH_TRACE").is_some() {
        let since_1970 = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis();
        eprintln!("trace {since_1970} {what}");
    }
}
