//! Each face drawn once into a picture, then shown as that picture.
//!
//! A face is made of many small shapes (head, hair, curls, eyes, glasses, a
//! body), about 940 triangles with their smoothed edges. A software renderer
//! (a school laptop without a graphics driver) sets up every triangle one by
//! one, in every frame: the five faces of a story scene were 8 ms of its
//! 32 ms frame on one lavapipe thread (docs/performance.md). A face only
//! changes with its feeling, so it is drawn the first time with egui's own
//! shapes, turned into triangles as egui would, filled into a picture here
//! on the CPU, and from then on shown as that picture: two triangles.
//!
//! Faces are placed on whole pixels, so the picture lands exactly on the
//! pixels it was drawn for and looks the same as the shapes did.

use std::collections::HashMap;
use std::sync::OnceLock;

use bevy_egui::egui::epaint::Tessellator;
use bevy_egui::egui::layers::ShapeIdx;
use bevy_egui::egui::{
    self, Color32, ColorImage, Id, Mesh, Painter, Pos2, Rect, Shape, TextureHandle, TextureOptions,
    Vec2, pos2,
};

use crate::story::model::{Feeling, Look};

/// What a picture shows, at which size.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    look: Look,
    feeling: Feeling,
    /// The head's radius in hundredths of a pixel.
    radius: i32,
}

/// A face's picture and where it lies from the head's centre, in pixels.
#[derive(Clone)]
struct Picture {
    texture: TextureHandle,
    offset: Vec2,
    size: Vec2,
}

/// The pictures made so far (kept with egui's context).
#[derive(Clone, Default)]
struct Pictures(HashMap<Key, Picture>);

/// More pictures than any screen needs: past this all are made again.
const MOST: usize = 64;

/// Paints a face (see `face::paint_shapes`) as a picture, made on first use.
pub fn paint(painter: &Painter, head: Pos2, r: f32, look: &Look, feeling: Feeling) {
    let ppp = painter.pixels_per_point();
    // On whole pixels: the picture then lands on the pixels it was drawn for.
    let head_px = (head.to_vec2() * ppp).round();
    let head = (head_px / ppp).to_pos2();
    let key = Key {
        look: *look,
        feeling,
        radius: (r * ppp * 100.0).round() as i32,
    };
    let ctx = painter.ctx();
    let id = Id::new("face pictures");
    let known = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Pictures>(id)
            .0
            .get(&key)
            .cloned()
    });
    let picture = match known {
        Some(picture) => picture,
        None if !may_make_one_now(ctx) => {
            crate::app::face::paint_shapes(painter, head, r, look, feeling);
            return;
        }
        None => {
            let Some(picture) = make_picture(painter, head, head_px, r, look, feeling) else {
                // Drawn as shapes this time (nothing to make a picture of).
                return;
            };
            ctx.data_mut(|d| {
                let all = d.get_temp_mut_or_default::<Pictures>(id);
                if all.0.len() >= MOST {
                    all.0.clear();
                }
                all.0.insert(key, picture.clone());
            });
            picture
        }
    };
    let min = ((head_px + picture.offset) / ppp).to_pos2();
    painter.image(
        picture.texture.id(),
        Rect::from_min_size(min, picture.size / ppp),
        Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
        Color32::WHITE,
    );
}

/// One picture a frame at most, and none in the first frame: making one
/// takes 1-2 ms, and the window's first picture should not wait for five.
/// Until its picture is made, a face is drawn as shapes.
fn may_make_one_now(ctx: &egui::Context) -> bool {
    let pass = ctx.cumulative_pass_nr();
    if pass == 0 {
        return false;
    }
    let id = Id::new("face picture made in pass");
    ctx.data_mut(|d| {
        let last = d.get_temp_mut_or_insert_with(id, || u64::MAX);
        let free = *last != pass;
        *last = pass;
        free
    })
}

/// Paints the face's shapes, takes them back out of the painter's layer and
/// makes its picture of them. None (and the shapes left as drawn) if they
/// make no picture.
fn make_picture(
    painter: &Painter,
    head: Pos2,
    head_px: Vec2,
    r: f32,
    look: &Look,
    feeling: Feeling,
) -> Option<Picture> {
    let ctx = painter.ctx();
    let layer = painter.layer_id();
    let start = ctx.graphics_mut(|g| g.entry(layer).next_idx());
    crate::app::face::paint_shapes(painter, head, r, look, feeling);
    let end = ctx.graphics_mut(|g| g.entry(layer).next_idx());
    let shapes: Vec<Shape> = ctx.graphics(|g| {
        g.get(layer)
            .map(|list| {
                list.all_entries()
                    .skip(start.0)
                    .take(end.0 - start.0)
                    .map(|c| c.shape.clone())
                    .collect()
            })
            .unwrap_or_default()
    });
    let ppp = painter.pixels_per_point();
    let options = ctx.tessellation_options(|o| *o);
    // No prepared discs: small circles become polygons, not font-atlas pictures.
    let mut tessellator = Tessellator::new(ppp, options, [1, 1], Vec::new());
    let mut mesh = Mesh::default();
    for shape in shapes {
        tessellator.tessellate_shape(shape, &mut mesh);
    }
    if mesh.indices.is_empty() {
        return None;
    }
    let bounds = mesh.calc_bounds();
    let origin = (bounds.min.to_vec2() * ppp).floor();
    let far = (bounds.max.to_vec2() * ppp).ceil();
    let size = [(far.x - origin.x) as usize, (far.y - origin.y) as usize];
    if size[0] == 0 || size[1] == 0 || size[0] > 4096 || size[1] > 4096 {
        return None;
    }
    let corners: Vec<Pos2> = mesh
        .vertices
        .iter()
        .map(|v| (v.pos.to_vec2() * ppp - origin).to_pos2())
        .collect();
    let colours: Vec<Color32> = mesh.vertices.iter().map(|v| v.color).collect();
    let pixels = fill_triangles(&corners, &colours, &mesh.indices, size);
    // Made: the shapes give way to the picture.
    ctx.graphics_mut(|g| {
        let list = g.entry(layer);
        for i in start.0..end.0 {
            list.reset_shape(ShapeIdx(i));
        }
    });
    let texture = ctx.load_texture(
        "face",
        ColorImage::new(size, pixels),
        TextureOptions::LINEAR,
    );
    Some(Picture {
        texture,
        offset: origin - head_px,
        size: Vec2::new(size[0] as f32, size[1] as f32),
    })
}

/// Fills triangles with colours blended across each one into a `size`
/// picture, each drawn over the ones before, the way the game's renderer
/// draws egui's triangles: the vertices' colours (sRGB, premultiplied) are
/// blended across a triangle as they are, then turned linear, and laid over
/// what is there in linear light. The picture holds the result in sRGB,
/// which the renderer turns linear again as it reads it. Positions are in
/// pixels; a pixel is filled where its centre lies inside a triangle, and
/// one on an edge two triangles share by only one of them, so edges inside
/// a shape leave no seam.
pub(crate) fn fill_triangles(
    corners: &[Pos2],
    colours: &[Color32],
    indices: &[u32],
    size: [usize; 2],
) -> Vec<Color32> {
    let [w, h] = size;
    let mut out = vec![[0.0f32; 4]; w * h];
    for t in indices.chunks_exact(3) {
        let [mut a, mut b, c] = [t[0], t[1], t[2]].map(|i| i as usize);
        let area = cross(corners[b] - corners[a], corners[c] - corners[a]);
        if area == 0.0 {
            continue;
        }
        // Turned so that a pixel inside is on the positive side of each edge.
        if area < 0.0 {
            std::mem::swap(&mut a, &mut b);
        }
        let [pa, pb, pc] = [corners[a], corners[b], corners[c]];
        let area = area.abs();
        let colour = [a, b, c].map(|i| colours[i].to_array().map(|x| f32::from(x) / 255.0));
        // Most triangles are one colour (a shape's inside): turned linear once.
        let plain = (colours[a] == colours[b] && colours[b] == colours[c]).then(|| {
            let [r, g, b, alpha] = colour[0];
            [r, g, b].map(linear_from_gamma).map(|x| (x, alpha))
        });
        let lo = pa.min(pb).min(pc);
        let hi = pa.max(pb).max(pc);
        let x0 = (lo.x - 0.5).ceil().max(0.0) as usize;
        let y0 = (lo.y - 0.5).ceil().max(0.0) as usize;
        let x1 = ((hi.x - 0.5).floor() as isize).min(w as isize - 1);
        let y1 = ((hi.y - 0.5).floor() as isize).min(h as isize - 1);
        if x1 < 0 || y1 < 0 {
            continue;
        }
        let edges = [(pb, pc), (pc, pa), (pa, pb)];
        for y in y0..=y1 as usize {
            // Only the stretch of this row the triangle can cover is tried
            // (a circle's thin edge triangles have wide, mostly empty boxes).
            let Some((from_x, to_x)) = row_span(&edges, y as f32 + 0.5, x0, x1 as usize) else {
                continue;
            };
            for x in from_x..=to_x {
                let p = pos2(x as f32 + 0.5, y as f32 + 0.5);
                let mut weights = [0.0f32; 3];
                let mut inside = true;
                for (k, (from, to)) in edges.iter().enumerate() {
                    let e = cross(*to - *from, p - *from);
                    if e < 0.0 || (e == 0.0 && !top_left(*from, *to)) {
                        inside = false;
                        break;
                    }
                    weights[k] = e / area;
                }
                if !inside {
                    continue;
                }
                let dst = &mut out[y * w + x];
                let (linear, alpha) = match plain {
                    Some(rgb) => (rgb.map(|(l, _)| l), rgb[0].1),
                    None => {
                        let gamma: [f32; 4] = std::array::from_fn(|i| {
                            weights[0] * colour[0][i]
                                + weights[1] * colour[1][i]
                                + weights[2] * colour[2][i]
                        });
                        let [r, g, b, alpha] = gamma;
                        ([r, g, b].map(linear_from_gamma_table), alpha)
                    }
                };
                // Premultiplied "over": what is drawn later covers what is there.
                for i in 0..3 {
                    dst[i] = linear[i] + dst[i] * (1.0 - alpha);
                }
                dst[3] = alpha + dst[3] * (1.0 - alpha);
            }
        }
    }
    let byte = |x: f32| (x.clamp(0.0, 1.0) * 255.0).round() as u8;
    out.into_iter()
        .map(|[r, g, b, a]| {
            let [r, g, b] = [r, g, b].map(|c| byte(gamma_from_linear_table(c)));
            Color32::from_rgba_premultiplied(r, g, b, byte(a))
        })
        .collect()
}

/// Steps of the tables below: far finer than the 255 of a colour.
const STEPS: usize = 4096;

/// `linear_from_gamma` looked up (a face's edges need it for every pixel).
fn linear_from_gamma_table(s: f32) -> f32 {
    static TABLE: OnceLock<Vec<f32>> = OnceLock::new();
    look_up(&TABLE, linear_from_gamma, s)
}

/// `gamma_from_linear` looked up.
fn gamma_from_linear_table(l: f32) -> f32 {
    static TABLE: OnceLock<Vec<f32>> = OnceLock::new();
    look_up(&TABLE, gamma_from_linear, l)
}

/// `curve(x)` from a table of `STEPS` steps over 0-1, made on first use.
fn look_up(table: &OnceLock<Vec<f32>>, curve: fn(f32) -> f32, x: f32) -> f32 {
    let table = table.get_or_init(|| {
        (0..=STEPS)
            .map(|i| curve(i as f32 / STEPS as f32))
            .collect()
    });
    table[(x.clamp(0.0, 1.0) * STEPS as f32).round() as usize]
}

/// 0-1 linear from 0-1 sRGB.
fn linear_from_gamma(s: f32) -> f32 {
    if s <= 0.04045 {
        s / 12.92
    } else {
        ((s + 0.055) / 1.055).powf(2.4)
    }
}

/// 0-1 sRGB from 0-1 linear.
fn gamma_from_linear(l: f32) -> f32 {
    if l <= 0.0031308 {
        l * 12.92
    } else {
        1.055 * l.powf(1.0 / 2.4) - 0.055
    }
}

/// The pixels of a row (centres at height `py`) that may lie inside the
/// triangle, within `x0..=x1`: a little wider than exact, each pixel is
/// tested again. None if none can.
fn row_span(edges: &[(Pos2, Pos2); 3], py: f32, x0: usize, x1: usize) -> Option<(usize, usize)> {
    // Each edge keeps the pixel centres px with c - dy * px >= 0.
    let (mut lo, mut hi) = (x0 as f32 + 0.5, x1 as f32 + 0.5);
    for (from, to) in edges {
        let (dx, dy) = (to.x - from.x, to.y - from.y);
        let c = dx * (py - from.y) + dy * from.x;
        if dy > 0.0 {
            hi = hi.min(c / dy);
        } else if dy < 0.0 {
            lo = lo.max(c / dy);
        } else if c < 0.0 {
            return None;
        }
    }
    let first = (lo - 0.5 - 0.01).ceil().max(x0 as f32);
    let last = (hi - 0.5 + 0.01).floor().min(x1 as f32);
    (first <= last).then_some((first as usize, last as usize))
}

fn cross(u: Vec2, v: Vec2) -> f32 {
    u.x * v.y - u.y * v.x
}

/// Whether pixels exactly on this edge belong to its triangle. Two triangles
/// sharing an edge go along it in opposite directions, and this is true for
/// exactly one of the two directions.
fn top_left(from: Pos2, to: Pos2) -> bool {
    let d = to - from;
    (d.y == 0.0 && d.x > 0.0) || d.y < 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const RED: Color32 = Color32::from_rgb(200, 0, 0);

    #[test]
    fn a_square_of_two_triangles_fills_its_pixels_once_each() {
        // Two triangles sharing a diagonal, half-transparent: a pixel on the
        // diagonal filled by both would come out darker than the rest.
        let half = Color32::from_rgba_premultiplied(100, 0, 0, 128);
        let corners = [
            pos2(1.0, 1.0),
            pos2(5.0, 1.0),
            pos2(5.0, 5.0),
            pos2(1.0, 5.0),
        ];
        let pixels = fill_triangles(&corners, &[half; 4], &[0, 1, 2, 0, 2, 3], [6, 6]);
        for y in 0..6 {
            for x in 0..6 {
                let inside = (1..5).contains(&x) && (1..5).contains(&y);
                let expected = if inside { half } else { Color32::TRANSPARENT };
                assert_eq!(pixels[y * 6 + x], expected, "pixel {x},{y}");
            }
        }
    }

    #[test]
    fn colours_blend_across_a_triangle_and_later_ones_cover_earlier() {
        let corners = [pos2(0.0, 0.0), pos2(8.0, 0.0), pos2(0.0, 8.0)];
        let white = Color32::WHITE;
        let black = Color32::BLACK;
        let pixels = fill_triangles(&corners, &[white, black, white], &[0, 1, 2], [8, 8]);
        let left = pixels[0].r();
        let right = pixels[6].r();
        assert!(
            left > right,
            "white fades to black going right: {left} {right}"
        );
        let red_over = fill_triangles(
            &[
                corners[0], corners[1], corners[2], corners[0], corners[1], corners[2],
            ],
            &[white, white, white, RED, RED, RED],
            &[0, 1, 2, 3, 4, 5],
            [8, 8],
        );
        assert_eq!(red_over[0], RED);
    }

    /// Which pixel centres lie inside, tried one by one over the whole picture.
    fn inside_everywhere(c: [Pos2; 3], size: usize) -> Vec<bool> {
        let area = cross(c[1] - c[0], c[2] - c[0]);
        let [a, b, cc] = if area < 0.0 { [c[1], c[0], c[2]] } else { c };
        let edges = [(b, cc), (cc, a), (a, b)];
        (0..size * size)
            .map(|i| {
                let p = pos2((i % size) as f32 + 0.5, (i / size) as f32 + 0.5);
                area != 0.0
                    && edges.iter().all(|(from, to)| {
                        let e = cross(*to - *from, p - *from);
                        e > 0.0 || (e == 0.0 && top_left(*from, *to))
                    })
            })
            .collect()
    }

    #[test]
    fn the_rows_tried_hold_every_pixel_inside() {
        let mut rng = fastrand::Rng::with_seed(7);
        let size = 24;
        for _ in 0..500 {
            let c = [(); 3].map(|_| pos2(rng.f32() * 26.0 - 1.0, rng.f32() * 26.0 - 1.0));
            let filled = fill_triangles(&c, &[Color32::WHITE; 3], &[0, 1, 2], [size, size]);
            let expected = inside_everywhere(c, size);
            for (i, (pixel, inside)) in filled.iter().zip(expected).enumerate() {
                assert_eq!(pixel.a() > 0, inside, "pixel {i} of {c:?}");
            }
        }
    }

    #[test]
    fn the_looked_up_curves_stay_within_a_fraction_of_a_step_of_255() {
        for i in 0..=1000 {
            let x = i as f32 / 1000.0;
            assert!((linear_from_gamma_table(x) - linear_from_gamma(x)).abs() < 0.5 / 255.0);
            assert!((gamma_from_linear_table(x) - gamma_from_linear(x)).abs() < 0.5 / 255.0);
        }
    }
}
