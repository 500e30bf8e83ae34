//! Circles with as many corners as the eye needs, and no more.
//!
//! egui draws a circle 50 points across or more with 128 corners, 18 to 50
//! with 64 (chosen for sharp phone screens). Each corner is two or three
//! triangles with the smoothed edge, and a software renderer (a school laptop
//! without a graphics driver) sets up every triangle one by one: the five
//! faces of a story scene, made of circles, cost a third of its frame
//! (47 -> 33 ms without them, docs/performance.md). Here a circle gets the
//! corners that keep its edge within a fifth of a pixel of the true circle,
//! which no one can see: 33 for a head, 16 for a curl, 8 for an eye.

use bevy_egui::egui::epaint::PathStroke;
use bevy_egui::egui::{Color32, Painter, Pos2, Rect, Shape, Stroke, Vec2};

/// How far a corner's edge may stray inside the true circle, in pixels.
const TOLERANCE_PX: f32 = 0.2;

/// egui's own most, for the largest circles.
const MOST: usize = 128;

/// Corners for a circle of radius `r_px` pixels.
pub fn corners(r_px: f32) -> usize {
    if r_px <= TOLERANCE_PX {
        return 8;
    }
    // An edge between two corners strays r(1 - cos(a/2)) from the circle.
    let half_angle = (1.0 - TOLERANCE_PX / r_px).acos();
    ((std::f32::consts::PI / half_angle).ceil() as usize).clamp(8, MOST)
}

fn points(painter: &Painter, center: Pos2, r: f32) -> Vec<Pos2> {
    let n = corners(r * painter.pixels_per_point());
    (0..n)
        .map(|i| {
            let a = std::f32::consts::TAU * i as f32 / n as f32;
            center + r * Vec2::angled(a)
        })
        .collect()
}

/// Below this radius in pixels egui draws a filled circle as one small
/// picture from its font atlas (two triangles), which is cheaper still: its
/// pictures go up to 8 pixels, picked a quarter-octave up (epaint's
/// `tessellate_circle`).
const EGUI_DRAWS_AS_A_PICTURE_PX: f32 = 6.5;

/// A filled circle, as `Painter::circle_filled`.
pub fn filled(painter: &Painter, center: Pos2, r: f32, fill: impl Into<Color32>) {
    if r * painter.pixels_per_point() <= EGUI_DRAWS_AS_A_PICTURE_PX {
        painter.circle_filled(center, r, fill);
        return;
    }
    painter.add(Shape::convex_polygon(
        points(painter, center, r),
        fill,
        Stroke::NONE,
    ));
}

/// A circle's outline, as `Painter::circle_stroke`: like egui's, drawn
/// outside the circle.
pub fn stroke(painter: &Painter, center: Pos2, r: f32, stroke: impl Into<Stroke>) {
    let outside = PathStroke::from(stroke.into()).outside();
    painter.add(Shape::closed_line(points(painter, center, r), outside));
}

/// A rectangle with round corners, as `Painter::rect_filled` (egui gives a
/// corner of a face's body 17 points; this gives it what the eye needs).
pub fn rect_filled(painter: &Painter, rect: Rect, radius: f32, fill: impl Into<Color32>) {
    let radius = radius
        .min(rect.width() / 2.0)
        .min(rect.height() / 2.0)
        .max(0.0);
    // Each corner gets a quarter of a full circle's corners.
    let steps = corners(radius * painter.pixels_per_point()).div_ceil(4);
    let mut points = Vec::with_capacity(4 * (steps + 1));
    let centres = [
        (rect.right_bottom() + Vec2::new(-radius, -radius), 0.0),
        (rect.left_bottom() + Vec2::new(radius, -radius), 0.25),
        (rect.left_top() + Vec2::new(radius, radius), 0.5),
        (rect.right_top() + Vec2::new(-radius, radius), 0.75),
    ];
    for (centre, start) in centres {
        for i in 0..=steps {
            let turn = start + 0.25 * i as f32 / steps as f32;
            points.push(centre + radius * Vec2::angled(std::f32::consts::TAU * turn));
        }
    }
    painter.add(Shape::convex_polygon(points, fill, Stroke::NONE));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigger_circles_get_more_corners_within_egui_s_own_range() {
        let sizes = [0.1, 1.0, 4.0, 12.0, 55.0, 200.0, 5000.0];
        let n: Vec<usize> = sizes.iter().map(|r| corners(*r)).collect();
        assert!(n.windows(2).all(|w| w[0] <= w[1]), "{n:?}");
        assert_eq!(n[0], 8);
        assert_eq!(*n.last().unwrap(), MOST);
        // A head in a story scene (55 px): a quarter of egui's 128.
        assert!((30..=40).contains(&corners(55.0)), "{}", corners(55.0));
    }

    #[test]
    fn every_edge_stays_within_the_tolerance_of_the_true_circle() {
        for r in [1.0f32, 3.0, 8.0, 20.0, 55.0, 120.0] {
            let n = corners(r) as f32;
            // The middle of an edge is the point furthest inside the circle.
            let strays = r * (1.0 - (std::f32::consts::PI / n).cos());
            assert!(strays <= TOLERANCE_PX + 1e-4, "r {r}: {strays}");
        }
    }
}
