//! Keeps the window idle when nothing happens.
//!
//! Bevy runs reactively (`WinitSettings::desktop_app`), so a frame is drawn only
//! on input or when something asks for a redraw. bevy_egui 0.42 pushes an
//! `egui::Event::ModifiersChanged` into egui's input every frame, even when the
//! modifier keys did not change. egui treats any input event as a reason to
//! repaint, bevy_egui turns that repaint into `RequestRedraw`, and the window
//! redraws forever (over 100% of a core here). Fixed upstream in bevy_egui 0.43,
//! which needs Bevy 0.20; until then this system drops the event unless the
//! modifiers really changed.

use bevy::prelude::*;
use bevy_egui::{EguiInput, EguiPreUpdateSet, egui};

/// Last modifiers seen per egui context.
#[derive(Default)]
struct LastModifiers(bevy::platform::collections::HashMap<Entity, egui::Modifiers>);

fn drop_unchanged_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<LastModifiers>,
) {
    for (entity, mut input) in &mut inputs {
        let previous = last.0.get(&entity).copied();
        let mut keep_one = None;
        input.events.retain(|event| match event {
            egui::Event::ModifiersChanged(m) => {
                if Some(*m) != previous {
                    keep_one = Some(*m);
                    true
                } else {
                    false
                }
            }
            _ => true,
        });
        if let Some(m) = keep_one {
            last.0.insert(entity, m);
        }
    }
}

/// Adds the fix between bevy_egui's input processing and the start of its pass.
pub fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
}

/// With `KIND_QUEST_DEBUG_REPAINT=1`, logs why egui asked for another frame
/// (file and line), to find whatever keeps an idle window busy.
fn log_repaint_causes(mut contexts: bevy_egui::EguiContexts, mut frames: Local<u64>) -> Result {
    *frames += 1;
    let ctx = contexts.ctx_mut()?;
    let causes = ctx.repaint_causes();
    info!("frame {}: repaint asked by {causes:?}", *frames);
    Ok(())
}

/// The repaint log, only when asked for.
pub fn debug_plugin(app: &mut App) {
    if std::env::var_os("KIND_QUEST_DEBUG_REPAINT").is_some() {
        app.add_systems(
            bevy_egui::EguiPrimaryContextPass,
            log_repaint_causes.after(crate::app::screens::draw_set()),
        );
    }
}
