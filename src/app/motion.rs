//! Small, gentle movement: text fading in, a face giving a little hop when its
//! feeling changes, a sticker landing. Every movement is short (under half a
//! second), never flashes or blinks, and is skipped entirely when the child
//! turns on "less movement". Frames are only asked for while something moves,
//! so an idle screen stays idle.

use std::fmt::Debug;
use std::hash::Hash;

use bevy_egui::egui;

use crate::app::theme;

/// How far along a movement is, 0.0 to 1.0 (eased), counted from the first
/// frame `key` was seen. Always 1.0 with reduced motion.
pub fn progress(ctx: &egui::Context, key: impl Hash + Debug, seconds: f32) -> f32 {
    if theme::appearance().reduce_motion {
        return 1.0;
    }
    let id = egui::Id::new(("motion", key));
    let now = ctx.input(|i| i.time);
    let start = ctx.data_mut(|d| *d.get_temp_mut_or_insert_with(id, || now));
    let t = ((now - start) as f32 / seconds).clamp(0.0, 1.0);
    if t < 1.0 {
        ctx.request_repaint();
    }
    ease_out(t)
}

/// Fast at first, settling softly.
pub fn ease_out(t: f32) -> f32 {
    1.0 - (1.0 - t).powi(3)
}

/// A hop: up and back down once (0 at the start and the end).
pub fn hop(p: f32) -> f32 {
    (p * std::f32::consts::PI).sin()
}

/// Fades a block of content in as it first appears, rising a few points.
pub fn appear<R>(
    ui: &mut egui::Ui,
    key: impl Hash + Debug,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let p = progress(ui.ctx(), key, 0.3);
    if p < 1.0 {
        ui.add_space((1.0 - p) * 12.0);
    }
    ui.scope(|ui| {
        ui.set_opacity(0.25 + 0.75 * p);
        add(ui)
    })
    .inner
}
