//! Faces drawn with the egui painter: skin, hair, glasses, a wheelchair, and a
//! face for each feeling. No bitmap art: content only names a `Look` and a `Feeling`.

use bevy_egui::egui::{
    self, Color32, Painter, Pos2, Shape, Stroke, Vec2, epaint::QuadraticBezierShape,
};

use crate::app::round;
use crate::story::model::{Feeling, Hair, Look};

const SKIN: [Color32; 6] = [
    Color32::from_rgb(0xFF, 0xDF, 0xC4),
    Color32::from_rgb(0xF0, 0xC0, 0x8A),
    Color32::from_rgb(0xD9, 0xA0, 0x6B),
    Color32::from_rgb(0xB0, 0x78, 0x48),
    Color32::from_rgb(0x8A, 0x5A, 0x35),
    Color32::from_rgb(0x5C, 0x3A, 0x21),
];
const HAIR: [Color32; 6] = [
    Color32::from_rgb(0x2B, 0x23, 0x20),
    Color32::from_rgb(0x4A, 0x34, 0x26),
    Color32::from_rgb(0x7A, 0x4E, 0x2D),
    Color32::from_rgb(0xA0, 0x52, 0x2D),
    Color32::from_rgb(0xE0, 0xB1, 0x5A),
    Color32::from_rgb(0xB8, 0xB8, 0xB8),
];
const TOPS: [Color32; 8] = [
    Color32::from_rgb(0x2E, 0x9C, 0xA6),
    Color32::from_rgb(0xE8, 0x6F, 0x5C),
    Color32::from_rgb(0x8E, 0x6C, 0xC8),
    Color32::from_rgb(0xF2, 0xC1, 0x4E),
    Color32::from_rgb(0x4A, 0x7F, 0xD0),
    Color32::from_rgb(0x5B, 0xAE, 0x6A),
    Color32::from_rgb(0xE5, 0x7F, 0xB0),
    Color32::from_rgb(0xF0, 0x8C, 0x3C),
];
const LINE: Color32 = Color32::from_rgb(0x2B, 0x2D, 0x42);
/// Mouth and brows on the darkest skin tones (over 6:1 contrast with them).
const LIGHT_INK: Color32 = Color32::from_rgb(0xF6, 0xDC, 0xC6);
const BLUSH: Color32 = Color32::from_rgba_premultiplied(0xE0, 0x60, 0x70, 0x90);

/// The avatar faces a child can pick for a profile.
pub fn avatar(index: u8) -> Look {
    const PRESETS: [(u8, Hair, u8, u8, bool); 8] = [
        (0, Hair::Short, 4, 0, false),
        (3, Hair::Curly, 0, 1, false),
        (5, Hair::Braids, 0, 2, false),
        (1, Hair::Long, 3, 3, true),
        (2, Hair::Bun, 1, 4, false),
        (4, Hair::Headscarf, 2, 5, false),
        (2, Hair::Short, 0, 6, true),
        (5, Hair::Bald, 0, 7, false),
    ];
    let (skin, hair, hair_colour, top, glasses) = PRESETS[index as usize % PRESETS.len()];
    Look {
        skin,
        hair,
        hair_colour,
        top,
        glasses,
        wheelchair: false,
        adult: false,
    }
}

/// Paints a character: body, head, hair and a face showing `feeling`.
/// `r` is the head radius; the figure is about 2r wide and 3.4r tall, centred on the head.
pub fn paint(painter: &Painter, head: Pos2, r: f32, look: &Look, feeling: Feeling) {
    crate::app::face_pictures::paint(painter, head, r, look, feeling);
}

/// The face's own shapes, which `face_pictures` turns into a picture.
pub(crate) fn paint_shapes(painter: &Painter, head: Pos2, r: f32, look: &Look, feeling: Feeling) {
    let skin = SKIN[look.skin as usize % SKIN.len()];
    let hair = HAIR[look.hair_colour as usize % HAIR.len()];
    let top = TOPS[look.top as usize % TOPS.len()];
    // A headscarf takes a cloth colour (hair_colour picks it), never the top's.
    let scarf = darker(TOPS[(look.hair_colour as usize + 2 + look.top as usize) % TOPS.len()]);
    let line = Stroke::new((r * 0.07).max(1.5), LINE);

    // Wheelchair: the backrest behind the body, the wheel in front of it.
    let chair = Color32::from_rgb(0x55, 0x5B, 0x6E);
    if look.wheelchair {
        painter.line_segment(
            [
                head + Vec2::new(-r * 1.12, r * 1.0),
                head + Vec2::new(-r * 1.12, r * 2.3),
            ],
            Stroke::new(r * 0.14, chair),
        );
    }
    // Body.
    let body = egui::Rect::from_min_max(
        head + Vec2::new(-r * 1.05, r * 0.85),
        head + Vec2::new(r * 1.05, r * 2.3),
    );
    round::rect_filled(painter, body, (r * 0.6).floor(), top);
    // Neck.
    painter.rect_filled(
        egui::Rect::from_center_size(head + Vec2::new(0.0, r * 0.9), Vec2::new(r * 0.45, r * 0.4)),
        0,
        skin,
    );

    if look.wheelchair {
        // A big wheel at the side with a hub (no crossed spokes: small, they
        // looked like a "crossed out" sign), the seat, and a little front
        // wheel with a footrest beyond the knees, so it reads as a chair.
        let wheel = head + Vec2::new(r * 0.45, r * 1.78);
        round::stroke(painter, wheel, r * 0.52, Stroke::new(r * 0.16, chair));
        round::stroke(painter, wheel, r * 0.3, Stroke::new(r * 0.04, chair));
        round::filled(painter, wheel, r * 0.11, chair);
        let seat_y = r * 1.62;
        painter.line_segment(
            [
                head + Vec2::new(-r * 1.12, seat_y),
                head + Vec2::new(r * 1.35, seat_y),
            ],
            Stroke::new(r * 0.1, chair),
        );
        painter.line_segment(
            [
                head + Vec2::new(r * 1.35, seat_y),
                head + Vec2::new(r * 1.35, r * 2.15),
            ],
            Stroke::new(r * 0.09, chair),
        );
        round::filled(
            painter,
            head + Vec2::new(r * 1.35, r * 2.18),
            r * 0.13,
            chair,
        );
    }

    // Hair behind the head.
    match look.hair {
        Hair::Long => {
            round::rect_filled(
                painter,
                egui::Rect::from_min_max(
                    head + Vec2::new(-r * 1.08, -r * 0.2),
                    head + Vec2::new(r * 1.08, r * 1.25),
                ),
                (r * 0.5).floor(),
                hair,
            );
            round::filled(painter, head + Vec2::new(0.0, -r * 0.08), r * 1.1, hair);
        }
        Hair::Braids => {
            for side in [-1.0, 1.0] {
                for k in 0..4 {
                    round::filled(
                        painter,
                        head + Vec2::new(side * r * 0.98, r * (0.05 + 0.32 * k as f32)),
                        r * 0.2,
                        hair,
                    );
                }
            }
            round::filled(painter, head + Vec2::new(0.0, -r * 0.08), r * 1.06, hair);
        }
        Hair::Bun => {
            round::filled(painter, head + Vec2::new(0.0, -r * 1.12), r * 0.42, hair);
            round::filled(painter, head + Vec2::new(0.0, -r * 0.08), r * 1.05, hair);
        }
        Hair::Curly => {
            for k in 0..11 {
                let a = std::f32::consts::PI * (1.0 + k as f32 / 10.0);
                round::filled(
                    painter,
                    head + Vec2::new(a.cos() * r * 0.98, a.sin() * r * 0.92 - r * 0.05),
                    r * 0.3,
                    hair,
                );
            }
        }
        Hair::Headscarf => {
            round::filled(painter, head + Vec2::new(0.0, r * 0.05), r * 1.2, scarf);
            painter.add(Shape::convex_polygon(
                vec![
                    head + Vec2::new(-r * 1.05, r * 0.4),
                    head + Vec2::new(r * 1.05, r * 0.4),
                    head + Vec2::new(0.0, r * 1.55),
                ],
                scarf,
                Stroke::NONE,
            ));
        }
        Hair::Short | Hair::Bald => {}
    }

    // Head.
    // Its outline is a slightly larger disc under it: half the triangles of a
    // ring drawn around it, the same picture.
    round::filled(painter, head, r * 1.03, skin.gamma_multiply(0.8));
    round::filled(painter, head, r, skin);

    // Hair in front (fringe).
    match look.hair {
        Hair::Short | Hair::Long | Hair::Braids | Hair::Bun => {
            let depth = if look.hair == Hair::Short { 0.35 } else { 0.3 };
            painter.add(Shape::convex_polygon(
                cap(head, r * 1.04, depth),
                hair,
                Stroke::NONE,
            ));
        }
        Hair::Curly => {
            for k in 0..7 {
                let a = std::f32::consts::PI * (1.15 + 0.7 * k as f32 / 6.0);
                round::filled(
                    painter,
                    head + Vec2::new(a.cos() * r * 0.78, a.sin() * r * 0.86),
                    r * 0.22,
                    hair,
                );
            }
        }
        Hair::Headscarf => {
            painter.add(Shape::convex_polygon(
                cap(head, r * 1.05, 0.25),
                scarf,
                Stroke::NONE,
            ));
        }
        Hair::Bald => {}
    }

    // On the two darkest skin tones dark lines barely show: mouth and brows are
    // drawn in a light tone there, and eyes get whites, so every face reads.
    let dark_skin = look.skin as usize % SKIN.len() >= 4;
    face(painter, head, r, feeling, line, dark_skin);

    if look.glasses {
        let g = Stroke::new(r * 0.07, LINE);
        for side in [-1.0, 1.0] {
            round::stroke(
                painter,
                head + Vec2::new(side * r * 0.36, -r * 0.05),
                r * 0.24,
                g,
            );
        }
        painter.line_segment(
            [
                head + Vec2::new(-r * 0.12, -r * 0.07),
                head + Vec2::new(r * 0.12, -r * 0.07),
            ],
            g,
        );
    }
}

fn darker(c: Color32) -> Color32 {
    let d = |v: u8| (v as f32 * 0.78) as u8;
    Color32::from_rgb(d(c.r()), d(c.g()), d(c.b()))
}

/// Points of the top cap of a circle, cut by a chord `depth` diameters below the top.
fn cap(c: Pos2, r: f32, depth: f32) -> Vec<Pos2> {
    let y = -(1.0 - 2.0 * depth).clamp(-0.9, 0.9);
    let half = y.asin(); // negative angle
    let start = std::f32::consts::PI - half; // left end of the chord
    let end = 2.0 * std::f32::consts::PI + half; // right end
    (0..=16)
        .map(|k| {
            let a = start + (end - start) * k as f32 / 16.0;
            c + Vec2::new(a.cos() * r, a.sin() * r)
        })
        .collect()
}

fn face(p: &Painter, c: Pos2, r: f32, feeling: Feeling, line: Stroke, dark_skin: bool) {
    let ink = if dark_skin { LIGHT_INK } else { LINE };
    let line = Stroke::new(line.width, ink);
    let eye_y = -r * 0.05;
    let eye_dx = r * 0.36;
    let eye_r = r * 0.09;
    let mouth_y = r * 0.42;
    let mouth_w = r * 0.32;
    let brow = |inner_dy: f32, outer_dy: f32| {
        for side in [-1.0f32, 1.0] {
            p.line_segment(
                [
                    c + Vec2::new(side * r * 0.2, -r * 0.33 + inner_dy * r),
                    c + Vec2::new(side * r * 0.52, -r * 0.33 + outer_dy * r),
                ],
                line,
            );
        }
    };
    let dots = |dx: f32, dy: f32, size: f32| {
        for side in [-1.0f32, 1.0] {
            if dark_skin {
                round::filled(
                    p,
                    c + Vec2::new(side * eye_dx + dx * r, eye_y + dy * r),
                    eye_r * size * 1.8,
                    Color32::WHITE,
                );
            }
            round::filled(
                p,
                c + Vec2::new(side * eye_dx + dx * r, eye_y + dy * r),
                eye_r * size,
                LINE,
            );
        }
    };
    let mouth = |bend: f32, width: f32| {
        let a = c + Vec2::new(-mouth_w * width, mouth_y);
        let b = c + Vec2::new(mouth_w * width, mouth_y);
        let ctrl = c + Vec2::new(0.0, mouth_y + bend * r);
        p.add(QuadraticBezierShape::from_points_stroke(
            [a, ctrl, b],
            false,
            Color32::TRANSPARENT,
            Stroke::new(line.width * 1.2, ink),
        ));
    };
    let blush = || {
        for side in [-1.0f32, 1.0] {
            round::filled(p, c + Vec2::new(side * r * 0.55, r * 0.22), r * 0.15, BLUSH);
        }
    };
    match feeling {
        Feeling::Calm => {
            dots(0.0, 0.0, 1.0);
            brow(0.0, 0.0);
            mouth(0.06, 0.7);
        }
        Feeling::Happy => {
            dots(0.0, 0.0, 1.1);
            brow(-0.05, -0.05);
            mouth(0.38, 1.15);
        }
        Feeling::Proud => {
            // Closed, smiling eyes and a wide smile, chin up.
            for side in [-1.0f32, 1.0] {
                let e = c + Vec2::new(side * eye_dx, eye_y);
                p.add(QuadraticBezierShape::from_points_stroke(
                    [
                        e + Vec2::new(-r * 0.12, r * 0.03),
                        e + Vec2::new(0.0, -r * 0.14),
                        e + Vec2::new(r * 0.12, r * 0.03),
                    ],
                    false,
                    Color32::TRANSPARENT,
                    line,
                ));
            }
            // No blush: rosy cheeks read as shy or embarrassed.
            mouth(0.42, 1.25);
        }
        Feeling::Sad => {
            dots(0.0, 0.05, 1.0);
            brow(-0.12, 0.06);
            mouth(-0.25, 0.9);
            // A tear.
            round::filled(
                p,
                c + Vec2::new(eye_dx + r * 0.05, r * 0.22),
                r * 0.07,
                Color32::from_rgb(0x6F, 0xB7, 0xE8),
            );
        }
        Feeling::Worried => {
            dots(0.0, 0.0, 1.0);
            brow(-0.14, 0.02);
            // A wobbly mouth.
            let pts: Vec<Pos2> = (0..=8)
                .map(|k| {
                    let t = k as f32 / 8.0;
                    c + Vec2::new(
                        -mouth_w + 2.0 * mouth_w * t,
                        mouth_y + (t * 12.0).sin() * r * 0.05,
                    )
                })
                .collect();
            p.add(Shape::line(pts, Stroke::new(line.width * 1.1, ink)));
        }
        Feeling::Angry => {
            dots(0.0, 0.03, 1.0);
            brow(0.1, -0.1);
            mouth(-0.15, 0.8);
            p.line_segment(
                [
                    c + Vec2::new(-r * 0.08, -r * 0.2),
                    c + Vec2::new(r * 0.08, -r * 0.2),
                ],
                Stroke::new(line.width * 0.6, ink),
            );
        }
        Feeling::Surprised => {
            for side in [-1.0f32, 1.0] {
                let e = c + Vec2::new(side * eye_dx, eye_y);
                round::filled(p, e, eye_r * 2.0, Color32::WHITE);
                round::stroke(p, e, eye_r * 2.0, Stroke::new(line.width * 0.6, LINE));
                round::filled(p, e, eye_r * 1.0, LINE);
            }
            brow(-0.12, -0.12);
            round::filled(p, c + Vec2::new(0.0, mouth_y), r * 0.14, ink);
        }
        Feeling::LeftOut => {
            // Looking away and down, a small unhappy mouth. A reader without
            // captions called it "a bit sad" and picked "left out" for it; a
            // version with wide eyes glancing sideways read as "worried". A face
            // alone cannot say "left out": the word under it always does.
            dots(-0.1, 0.07, 0.9);
            brow(-0.06, 0.04);
            let a = c + Vec2::new(-mouth_w * 0.55, mouth_y + r * 0.02);
            let b = c + Vec2::new(mouth_w * 0.45, mouth_y - r * 0.02);
            p.add(QuadraticBezierShape::from_points_stroke(
                [a, c + Vec2::new(0.0, mouth_y - r * 0.1), b],
                false,
                Color32::TRANSPARENT,
                Stroke::new(line.width * 1.1, ink),
            ));
        }
        Feeling::Embarrassed => {
            dots(0.0, 0.08, 0.9);
            brow(-0.08, 0.0);
            mouth(0.08, 0.55);
            blush();
        }
    }
}

/// Allocates space in a `Ui` and paints a character there; returns the rect.
pub fn figure(
    ui: &mut egui::Ui,
    height: f32,
    look: &Look,
    feeling: Feeling,
    highlight: bool,
) -> egui::Response {
    let r = height / 3.5;
    let (rect, response) = ui.allocate_exact_size(Vec2::new(r * 2.6, height), egui::Sense::hover());
    if highlight {
        ui.painter().rect_filled(
            rect.expand(4.0),
            24,
            Color32::from_rgba_unmultiplied(0xF2, 0xA5, 0x41, 0x40),
        );
    }
    let head = Pos2::new(rect.center().x, rect.top() + r * 1.2);
    paint(ui.painter(), head, r, look, feeling);
    response
}

/// A character in a story: like `figure`, but it gives a little hop when its
/// feeling changes (none with reduced motion), and screen readers hear its
/// name and feeling.
pub fn story_figure(
    ui: &mut egui::Ui,
    height: f32,
    look: &Look,
    feeling: Feeling,
    highlight: bool,
    who: &str,
    label: &str,
) -> egui::Response {
    let r = height / 3.5;
    let (rect, response) = ui.allocate_exact_size(Vec2::new(r * 2.6, height), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Image, true, label));
    if highlight {
        ui.painter().rect_filled(
            rect.expand(4.0),
            24,
            Color32::from_rgba_unmultiplied(0xF2, 0xA5, 0x41, 0x40),
        );
    }
    let p = crate::app::motion::progress(ui.ctx(), ("face", who, feeling), 0.4);
    let lift = crate::app::motion::hop(p) * r * 0.18;
    let head = Pos2::new(rect.center().x, rect.top() + r * 1.2 - lift);
    paint(ui.painter(), head, r, look, feeling);
    response
}
