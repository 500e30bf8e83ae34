//! Stickers drawn with the egui painter: a badge in the skill's colour with its
//! icon, whose edge grows with the level (a plain circle when just starting, a
//! ring when growing, a flower when getting strong, a star when shining). The
//! level is always written under it too, so the shape is never the only signal.

use bevy_egui::egui::{self, Color32, Pos2, Shape, Stroke};

use crate::app::theme;
use crate::progress::score::Growth;

/// One colour per skill, by its place in the catalogue.
const SKILL_COLOURS: [Color32; 8] = [
    Color32::from_rgb(0x8E, 0x6C, 0xC8),
    Color32::from_rgb(0x5B, 0xAE, 0x6A),
    Color32::from_rgb(0xE8, 0x6F, 0x5C),
    Color32::from_rgb(0x4A, 0x7F, 0xD0),
    Color32::from_rgb(0xE5, 0x7F, 0xB0),
    Color32::from_rgb(0xF0, 0x8C, 0x3C),
    Color32::from_rgb(0x2E, 0x9C, 0xA6),
    Color32::from_rgb(0xD9, 0xA4, 0x2B),
];

/// The colour of the skill at `index` in the catalogue.
pub fn skill_colour(index: usize) -> Color32 {
    SKILL_COLOURS[index % SKILL_COLOURS.len()]
}

/// Paints a sticker of radius `r` at `c`. `scale` (0-1+) lets it land.
pub fn paint(painter: &egui::Painter, c: Pos2, r: f32, colour: Color32, icon: &str, level: Growth) {
    let outline = Stroke::new((r * 0.06).max(2.0), theme::ink());
    let light = lighten(colour);
    match level {
        Growth::Shining => {
            // A star is not convex: fill it as a fan from its centre.
            let points = star(c, r, r * 0.72, 12);
            let mut mesh = egui::Mesh::default();
            mesh.colored_vertex(c, colour);
            for p in &points {
                mesh.colored_vertex(*p, colour);
            }
            let n = points.len() as u32;
            for k in 0..n {
                mesh.add_triangle(0, 1 + k, 1 + (k + 1) % n);
            }
            painter.add(Shape::mesh(mesh));
            painter.add(Shape::closed_line(points, outline));
            painter.circle_filled(c, r * 0.66, light);
        }
        Growth::GettingStrong => {
            // A flower: eight petals round a centre.
            for k in 0..8 {
                let a = k as f32 / 8.0 * std::f32::consts::TAU;
                let p = c + egui::vec2(a.cos(), a.sin()) * r * 0.62;
                painter.circle(p, r * 0.36, colour, outline);
            }
            painter.circle_filled(c, r * 0.7, light);
        }
        Growth::Growing => {
            painter.circle(c, r, colour, outline);
            painter.circle(c, r * 0.74, light, Stroke::new(r * 0.05, Color32::WHITE));
        }
        _ => {
            painter.circle(c, r * 0.86, light, outline);
        }
    }
    painter.text(
        c,
        egui::Align2::CENTER_CENTER,
        icon,
        egui::FontId::proportional(r * 0.8),
        theme::ink(),
    );
}

/// An empty place in the book: a soft dashed circle, no lock, nothing to regret.
pub fn paint_empty(painter: &egui::Painter, c: Pos2, r: f32) {
    let n = 20;
    for k in 0..n {
        if k % 2 == 0 {
            let a0 = k as f32 / n as f32 * std::f32::consts::TAU;
            let a1 = (k + 1) as f32 / n as f32 * std::f32::consts::TAU;
            painter.line_segment(
                [
                    c + egui::vec2(a0.cos(), a0.sin()) * r * 0.8,
                    c + egui::vec2(a1.cos(), a1.sin()) * r * 0.8,
                ],
                Stroke::new(2.0, theme::soft_ink()),
            );
        }
    }
}

fn star(c: Pos2, outer: f32, inner: f32, points: usize) -> Vec<Pos2> {
    (0..points * 2)
        .map(|k| {
            let a = k as f32 / (points * 2) as f32 * std::f32::consts::TAU
                - std::f32::consts::FRAC_PI_2;
            let r = if k % 2 == 0 { outer } else { inner };
            c + egui::vec2(a.cos(), a.sin()) * r
        })
        .collect()
}

fn lighten(c: Color32) -> Color32 {
    let mix = |v: u8| ((u16::from(v) + 255 * 2) / 3) as u8;
    Color32::from_rgb(mix(c.r()), mix(c.g()), mix(c.b()))
}
