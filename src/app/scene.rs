//! A simple background for each setting, drawn behind the characters with the
//! egui painter: a chalkboard for school, a window and a bed for a bedroom, a
//! bed with a rail for hospital, a desk and bell for a hotel, blocks on a
//! screen for an online game, trees for the park. Soft and pale, kept to the
//! sides and the top, so faces stay the clearest thing on screen. In high
//! contrast the stage stays plain.

use bevy_egui::egui::{self, Color32, CornerRadius, Pos2, Rect, Stroke, Vec2, pos2, vec2};

use crate::app::{round, theme};
use crate::story::model::Setting;

/// A pale colour: scenery must never compete with the faces.
fn pale(r: u8, g: u8, b: u8) -> Color32 {
    Color32::from_rgba_unmultiplied(r, g, b, 120)
}

/// Paints the scenery for `setting` into `rect` (the stage behind the cast).
pub fn paint(painter: &egui::Painter, rect: Rect, setting: Setting) {
    if theme::appearance().high_contrast || rect.height() < 40.0 {
        return;
    }
    let floor_y = rect.bottom() - 14.0;
    // On decision and feedback screens the figures are small: only the floor
    // and the things at the sides, nothing behind their heads.
    let small = rect.height() < 160.0;
    let p = painter;
    match setting {
        Setting::School => {
            floor(p, rect, floor_y, pale(0xC8, 0xA8, 0x7A));
            // The chalkboard, with a few chalk words, high above the heads.
            if small {
                clock(p, pos2(rect.left() + 60.0, rect.top() + 44.0), 24.0);
            } else {
                let board = Rect::from_min_size(
                    pos2(rect.left() + 24.0, rect.top() + 16.0),
                    vec2(rect.width() * 0.2, rect.height() * 0.42),
                );
                p.rect_filled(board, 10, pale(0x3E, 0x6B, 0x4F));
                p.rect_stroke(
                    board,
                    10,
                    Stroke::new(5.0, pale(0x9C, 0x74, 0x48)),
                    egui::StrokeKind::Outside,
                );
                for k in 0..3 {
                    let y = board.top() + board.height() * (0.3 + 0.22 * k as f32);
                    let w = board.width() * [0.5, 0.35, 0.42][k];
                    p.line_segment(
                        [
                            pos2(board.left() + 24.0, y),
                            pos2(board.left() + 24.0 + w, y),
                        ],
                        Stroke::new(3.0, Color32::from_rgba_unmultiplied(255, 255, 255, 110)),
                    );
                }
            }
            clock(p, pos2(rect.right() - 200.0, rect.top() + 44.0), 26.0);
            window(
                p,
                Rect::from_min_size(
                    pos2(rect.right() - 150.0, rect.top() + 14.0),
                    vec2(110.0, 90.0),
                ),
                pale(0xBF, 0xE3, 0xF5),
            );
        }
        Setting::Bedroom => {
            floor(p, rect, floor_y, pale(0xD9, 0xB8, 0x94));
            window(
                p,
                Rect::from_min_size(
                    pos2(rect.left() + 40.0, rect.top() + 12.0),
                    vec2(130.0, 110.0),
                ),
                pale(0x2F, 0x3F, 0x7A),
            );
            // A moon and two stars through the window.
            round::filled(
                p,
                pos2(rect.left() + 130.0, rect.top() + 40.0),
                14.0,
                pale(0xFF, 0xF1, 0xB0),
            );
            star(p, pos2(rect.left() + 70.0, rect.top() + 36.0), 6.0);
            star(p, pos2(rect.left() + 100.0, rect.top() + 80.0), 4.0);
            // The bed.
            let bed = Rect::from_min_size(
                pos2(rect.right() - 250.0, floor_y - 60.0),
                vec2(210.0, 60.0),
            );
            p.rect_filled(bed, 12, pale(0x8E, 0x6C, 0xC8));
            p.rect_filled(
                Rect::from_min_size(bed.min + vec2(10.0, -16.0), vec2(60.0, 26.0)),
                10,
                pale(0xFF, 0xFF, 0xFF),
            );
            p.rect_filled(
                Rect::from_min_size(
                    pos2(bed.right() - 14.0, bed.top() - 50.0),
                    vec2(14.0, 110.0),
                ),
                6,
                pale(0x9C, 0x74, 0x48),
            );
            poster(p, pos2(rect.right() - 110.0, rect.top() + 40.0));
        }
        Setting::Home => {
            floor(p, rect, floor_y, pale(0xD9, 0xB8, 0x94));
            window(
                p,
                Rect::from_min_size(
                    pos2(rect.right() - 180.0, rect.top() + 12.0),
                    vec2(130.0, 100.0),
                ),
                pale(0xBF, 0xE3, 0xF5),
            );
            // A sofa and a lamp.
            let sofa =
                Rect::from_min_size(pos2(rect.left() + 30.0, floor_y - 56.0), vec2(200.0, 56.0));
            p.rect_filled(sofa, 16, pale(0xE8, 0x6F, 0x5C));
            p.rect_filled(
                Rect::from_min_size(sofa.min - vec2(0.0, 30.0), vec2(200.0, 34.0)),
                14,
                pale(0xE8, 0x6F, 0x5C),
            );
            let lamp = pos2(rect.left() + 270.0, floor_y);
            p.line_segment(
                [lamp, lamp - vec2(0.0, 110.0)],
                Stroke::new(4.0, pale(0x55, 0x5B, 0x6E)),
            );
            p.add(egui::Shape::convex_polygon(
                vec![
                    lamp + vec2(-26.0, -100.0),
                    lamp + vec2(26.0, -100.0),
                    lamp + vec2(16.0, -136.0),
                    lamp + vec2(-16.0, -136.0),
                ],
                pale(0xF2, 0xC1, 0x4E),
                Stroke::NONE,
            ));
        }
        Setting::Hospital => {
            floor(p, rect, floor_y, pale(0xB8, 0xD8, 0xDC));
            window(
                p,
                Rect::from_min_size(
                    pos2(rect.left() + 36.0, rect.top() + 12.0),
                    vec2(120.0, 100.0),
                ),
                pale(0xBF, 0xE3, 0xF5),
            );
            // A bed with a rail, and the sign of a place that helps.
            let bed = Rect::from_min_size(
                pos2(rect.right() - 260.0, floor_y - 50.0),
                vec2(220.0, 34.0),
            );
            p.rect_filled(bed, 8, pale(0xFF, 0xFF, 0xFF));
            p.rect_stroke(
                bed,
                8,
                Stroke::new(3.0, pale(0x6E, 0x9E, 0xA6)),
                egui::StrokeKind::Outside,
            );
            for x in [bed.left() + 6.0, bed.right() - 6.0] {
                p.line_segment(
                    [pos2(x, bed.bottom()), pos2(x, floor_y)],
                    Stroke::new(4.0, pale(0x6E, 0x9E, 0xA6)),
                );
            }
            p.line_segment(
                [
                    bed.left_top() + vec2(30.0, -22.0),
                    bed.right_top() + vec2(-30.0, -22.0),
                ],
                Stroke::new(4.0, pale(0x6E, 0x9E, 0xA6)),
            );
            let c = pos2(rect.left() + 200.0, rect.top() + 40.0);
            p.rect_filled(
                Rect::from_center_size(c, vec2(16.0, 48.0)),
                4,
                pale(0x2E, 0x9C, 0xA6),
            );
            p.rect_filled(
                Rect::from_center_size(c, vec2(48.0, 16.0)),
                4,
                pale(0x2E, 0x9C, 0xA6),
            );
        }
        Setting::Hotel => {
            floor(p, rect, floor_y, pale(0xC9, 0x9E, 0xA8));
            // The desk with a bell, keys on the wall, a plant.
            let desk = Rect::from_min_size(
                pos2(rect.right() - 300.0, floor_y - 70.0),
                vec2(260.0, 70.0),
            );
            p.rect_filled(desk, 10, pale(0x9C, 0x74, 0x48));
            let bell = pos2(desk.center().x, desk.top());
            round::filled(p, bell + vec2(0.0, -4.0), 12.0, pale(0xE0, 0xB1, 0x5A));
            for k in 0..4 {
                let x = rect.right() - 260.0 + k as f32 * 50.0;
                round::stroke(
                    p,
                    pos2(x, rect.top() + 40.0),
                    8.0,
                    Stroke::new(3.0, pale(0xB0, 0x8A, 0x3A)),
                );
                p.line_segment(
                    [pos2(x, rect.top() + 48.0), pos2(x, rect.top() + 70.0)],
                    Stroke::new(3.0, pale(0xB0, 0x8A, 0x3A)),
                );
            }
            plant(p, pos2(rect.left() + 70.0, floor_y));
        }
        Setting::Restaurant => {
            floor(p, rect, floor_y, pale(0xC9, 0x9E, 0xA8));
            for x in [rect.left() + 120.0, rect.right() - 140.0] {
                lamp_hanging(p, pos2(x, rect.top()), 60.0);
                let table = Rect::from_min_size(pos2(x - 80.0, floor_y - 60.0), vec2(160.0, 18.0));
                p.rect_filled(table, 6, pale(0xFF, 0xFF, 0xFF));
                p.line_segment(
                    [pos2(x, table.bottom()), pos2(x, floor_y)],
                    Stroke::new(6.0, pale(0x9C, 0x74, 0x48)),
                );
            }
        }
        Setting::OnlineGame => {
            // A big screen edge with blocks and pixels, like a game world.
            let screen = rect.shrink2(vec2(16.0, 6.0));
            p.rect_stroke(
                screen,
                18,
                Stroke::new(6.0, pale(0x4A, 0x4E, 0x8C)),
                egui::StrokeKind::Inside,
            );
            let s = 22.0;
            for (i, (dx, dy, c)) in [
                (1.0, 1.0, (0x5B, 0xAE, 0x6A)),
                (2.0, 1.0, (0x5B, 0xAE, 0x6A)),
                (1.0, 2.0, (0x9C, 0x74, 0x48)),
                (2.0, 2.0, (0x9C, 0x74, 0x48)),
                (3.0, 2.0, (0x5B, 0xAE, 0x6A)),
            ]
            .iter()
            .enumerate()
            {
                let _ = i;
                for side in [0.0, 1.0] {
                    let x0 = if side == 0.0 {
                        screen.left() + 20.0
                    } else {
                        screen.right() - 20.0 - 4.0 * s
                    };
                    let r = Rect::from_min_size(
                        pos2(x0 + dx * s, screen.bottom() - 10.0 - (4.0 - dy) * s),
                        Vec2::splat(s - 2.0),
                    );
                    p.rect_filled(r, 3, pale(c.0, c.1, c.2));
                }
            }
            for k in 0..7 {
                let x = screen.left() + screen.width() * (0.12 + 0.13 * k as f32);
                let y = screen.top() + 16.0 + (k % 3) as f32 * 14.0;
                p.rect_filled(
                    Rect::from_center_size(pos2(x, y), Vec2::splat(8.0)),
                    1,
                    pale(0xF2, 0xC1, 0x4E),
                );
            }
        }
        Setting::Park => {
            // Sky is the tint; a hill, a sun, trees and a bench.
            round::filled(
                p,
                pos2(rect.right() - 90.0, rect.top() + 44.0),
                28.0,
                pale(0xF2, 0xC1, 0x4E),
            );
            p.add(egui::Shape::convex_polygon(
                vec![
                    pos2(rect.left(), rect.bottom()),
                    pos2(rect.left(), floor_y - 20.0),
                    pos2(rect.center().x, floor_y - 36.0),
                    pos2(rect.right(), floor_y - 16.0),
                    pos2(rect.right(), rect.bottom()),
                ],
                pale(0x8C, 0xC8, 0x7A),
                Stroke::NONE,
            ));
            for x in [
                rect.left() + 70.0,
                rect.left() + 170.0,
                rect.right() - 200.0,
            ] {
                tree(p, pos2(x, floor_y - 14.0));
            }
            let bench = Rect::from_min_size(
                pos2(rect.right() - 150.0, floor_y - 40.0),
                vec2(110.0, 12.0),
            );
            p.rect_filled(bench, 4, pale(0x9C, 0x74, 0x48));
        }
    }
}

fn floor(p: &egui::Painter, rect: Rect, y: f32, colour: Color32) {
    p.rect_filled(
        Rect::from_min_max(pos2(rect.left(), y), rect.max),
        CornerRadius::ZERO,
        colour,
    );
}

fn window(p: &egui::Painter, r: Rect, sky: Color32) {
    p.rect_filled(r, 6, sky);
    let frame = Stroke::new(5.0, pale(0xFF, 0xFF, 0xFF));
    p.rect_stroke(r, 6, frame, egui::StrokeKind::Inside);
    p.line_segment(
        [pos2(r.center().x, r.top()), pos2(r.center().x, r.bottom())],
        frame,
    );
    p.line_segment(
        [pos2(r.left(), r.center().y), pos2(r.right(), r.center().y)],
        frame,
    );
}

fn clock(p: &egui::Painter, c: Pos2, r: f32) {
    p.circle(
        c,
        r,
        pale(0xFF, 0xFF, 0xFF),
        Stroke::new(3.0, pale(0x55, 0x5B, 0x6E)),
    );
    p.line_segment(
        [c, c + vec2(0.0, -r * 0.7)],
        Stroke::new(3.0, pale(0x55, 0x5B, 0x6E)),
    );
    p.line_segment(
        [c, c + vec2(r * 0.5, 0.0)],
        Stroke::new(3.0, pale(0x55, 0x5B, 0x6E)),
    );
}

fn star(p: &egui::Painter, c: Pos2, r: f32) {
    let s = Stroke::new(2.0, pale(0xFF, 0xF1, 0xB0));
    p.line_segment([c - vec2(r, 0.0), c + vec2(r, 0.0)], s);
    p.line_segment([c - vec2(0.0, r), c + vec2(0.0, r)], s);
}

fn poster(p: &egui::Painter, c: Pos2) {
    let r = Rect::from_center_size(c, vec2(70.0, 52.0));
    p.rect_filled(r, 6, pale(0xF2, 0xC1, 0x4E));
    round::filled(
        p,
        r.center() + vec2(-12.0, 0.0),
        10.0,
        pale(0xE8, 0x6F, 0x5C),
    );
    round::filled(p, r.center() + vec2(14.0, 6.0), 8.0, pale(0x4A, 0x7F, 0xD0));
}

fn plant(p: &egui::Painter, base: Pos2) {
    p.rect_filled(
        Rect::from_min_size(base - vec2(22.0, 40.0), vec2(44.0, 40.0)),
        8,
        pale(0xB0, 0x78, 0x48),
    );
    for (dx, dy) in [(-16.0, -60.0), (0.0, -76.0), (16.0, -60.0)] {
        round::filled(p, base + vec2(dx, dy), 18.0, pale(0x5B, 0xAE, 0x6A));
    }
}

fn lamp_hanging(p: &egui::Painter, top: Pos2, len: f32) {
    p.line_segment(
        [top, top + vec2(0.0, len)],
        Stroke::new(2.0, pale(0x55, 0x5B, 0x6E)),
    );
    p.add(egui::Shape::convex_polygon(
        vec![
            top + vec2(-22.0, len + 22.0),
            top + vec2(22.0, len + 22.0),
            top + vec2(10.0, len),
            top + vec2(-10.0, len),
        ],
        pale(0xF2, 0xC1, 0x4E),
        Stroke::NONE,
    ));
}

fn tree(p: &egui::Painter, base: Pos2) {
    p.rect_filled(
        Rect::from_min_size(base - vec2(7.0, 50.0), vec2(14.0, 50.0)),
        4,
        pale(0x8A, 0x5A, 0x35),
    );
    round::filled(p, base - vec2(0.0, 72.0), 34.0, pale(0x5B, 0xAE, 0x6A));
}
