//! egui's shader with cheaper colour conversions.
//!
//! bevy_egui converts every pixel it draws from sRGB to linear and back with
//! `pow`, twice. A school laptop without a graphics driver draws with a
//! software renderer, where those six `pow` calls per pixel were a quarter of
//! a story frame's time (60 -> 48 ms on lavapipe, docs/performance.md). Our
//! copy does the same sums with fitted polynomials (one square root), within
//! half a step of 255 of the original, so screens look the same.

use bevy::asset::Assets;
use bevy::prelude::*;
use bevy::shader::Shader;

/// Replaces bevy_egui's shader; add after `EguiPlugin`, which registers it.
pub fn plugin(app: &mut App) {
    let shader = Shader::from_wgsl(
        include_str!("egui_shader.wgsl"),
        "kind_quest/app/egui_shader.wgsl",
    );
    // A UUID handle: inserting never fails, it replaces what is there.
    let _ = app
        .world_mut()
        .resource_mut::<Assets<Shader>>()
        .insert(bevy_egui::render::EGUI_SHADER_HANDLE.id(), shader);
}
