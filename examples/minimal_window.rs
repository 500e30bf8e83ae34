//! The yardstick for `scripts/bench-app.sh`: the smallest Bevy + bevy_egui app
//! built with exactly the game's Bevy features, one egui window with a label,
//! drawn reactively like the game (`WinitSettings::desktop_app`). Start-up time,
//! idle CPU and peak memory of the game are compared with this.
//!
//! With `KIND_QUEST_BENCH=1` it prints "bench: first frame" to stderr once the
//! first frame with the window has been drawn, as the game does.

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

fn main() {
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: "Minimal window".into(),
                resolution: WindowResolution::new(1280, 720).with_scale_factor_override(1.0),
                ..default()
            }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .insert_resource(WinitSettings::desktop_app())
        .init_resource::<Drawn>()
        .add_systems(Startup, |mut commands: Commands| {
            // As the game: no multisampling (fair memory and start-up figures).
            commands.spawn((Camera2d, Msaa::Off));
        })
        .add_systems(EguiPrimaryContextPass, window)
        .add_systems(Last, first_frame)
        .run();
}

fn window(mut contexts: EguiContexts, mut drawn: ResMut<Drawn>) -> Result {
    egui::Window::new("Hello").show(contexts.ctx_mut()?, |ui| {
        ui.label("A minimal Bevy + egui window.");
    });
    drawn.0 += 1;
    Ok(())
}

/// egui passes so far.
#[derive(Resource, Default)]
struct Drawn(u32);

/// Says when the first update that drew the egui window is over. With
/// `KIND_QUEST_BENCH_FRAMES=SECONDS`, also how long frames took over that many
/// seconds (this window redraws all the time: see docs/performance.md).
fn first_frame(
    drawn: Res<Drawn>,
    mut said: Local<bool>,
    mut frames: Local<Vec<std::time::Instant>>,
    mut exit: MessageWriter<AppExit>,
) {
    if drawn.0 >= 1 && !*said {
        *said = true;
        if std::env::var_os("KIND_QUEST_BENCH").is_some() {
            eprintln!("bench: first frame");
        }
    }
    let Some(seconds) = std::env::var("KIND_QUEST_BENCH_FRAMES")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
    else {
        return;
    };
    frames.push(std::time::Instant::now());
    let elapsed = frames[frames.len() - 1] - frames[0];
    if elapsed.as_secs_f64() >= seconds {
        let mut gaps: Vec<f64> = frames
            .windows(2)
            .map(|w| (w[1] - w[0]).as_secs_f64() * 1000.0)
            .collect();
        gaps.sort_by(f64::total_cmp);
        eprintln!(
            "bench: frames {} in {seconds:.1} s; frame median {:.1} ms, worst {:.1} ms",
            gaps.len(),
            gaps[gaps.len() / 2],
            gaps[gaps.len() - 1]
        );
        exit.write(AppExit::Success);
    }
}
