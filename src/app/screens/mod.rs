//! One module per screen. Each draws with egui from `Game` and sends `UiAction`s;
//! none changes game data itself (see `flow`).

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use crate::app::flow::Screen;

pub mod cast;
pub mod classroom;
pub mod ending;
pub mod gate;
pub mod grown_ups;
pub mod language;
pub mod map;
pub mod play;
pub mod profiles;
pub mod progress;
pub mod settings;
pub mod stickers;
pub mod title;

/// A `Ui` covering the whole window, for panels to be shown in.
pub fn root_ui(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}

/// The top bar of a child's own page (settings, stickers): a way back to the
/// stories (Escape works too) and the page's title.
pub fn back_bar(
    root: &mut egui::Ui,
    ctx: &egui::Context,
    title: &str,
    back: &str,
    actions: &mut MessageWriter<crate::app::flow::UiAction>,
) {
    use crate::app::theme;
    egui::Panel::top("back-bar")
        .frame(theme::screen_frame(theme::panel()).inner_margin(egui::Margin::symmetric(24, 8)))
        .show(root, |ui| {
            ui.horizontal(|ui| {
                if theme::secondary_button(ui, &format!("◀ {back}")).clicked() {
                    actions.write(crate::app::flow::UiAction::ToMap);
                }
                ui.add_space(12.0);
                let r = ui.label(theme::bold(title, 30.0));
                theme::mark_heading(ui, &r);
            });
        });
    if key(ctx, egui::Key::Escape) {
        actions.write(crate::app::flow::UiAction::ToMap);
    }
}

/// Makes a drawn area (a card, a face) a button: clickable, reachable with Tab
/// and arrows (a stable id keeps the keyboard focus on it from frame to frame),
/// and named for screen readers.
pub fn as_button(
    ui: &mut egui::Ui,
    drawn: &egui::Response,
    id: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
) -> egui::Response {
    let r = ui.interact(drawn.rect, egui::Id::new(id), egui::Sense::click());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, name));
    // A child moving with Tab must see where they are: a card below the
    // visible part of a list (the 13th child of a class) is scrolled into view.
    if r.gained_focus() {
        r.scroll_to_me(None);
    }
    r
}

/// The line around a card under the pointer or the keyboard focus.
pub fn highlight_card(ui: &egui::Ui, card: &egui::Response) {
    if card.hovered() || card.has_focus() {
        ui.painter().rect_stroke(
            card.rect,
            22,
            egui::Stroke::new(4.0, crate::app::theme::primary()),
            egui::StrokeKind::Inside,
        );
    }
}

/// The outside width of a `theme::card()` whose inside is `inner` wide (its
/// margins and the line around it).
pub fn card_width(inner: f32) -> f32 {
    inner + 2.0 * 20.0 + 2.0
}

/// Lays out cards of one outside width in rows of as many as fit, centred when
/// asked. egui's wrapping layout cannot know a framed card's width before
/// drawing it, so a class of 30 ran off the right edge in a single row.
pub fn card_rows<T>(
    ui: &mut egui::Ui,
    items: &[T],
    width: f32,
    centred: bool,
    mut draw: impl FnMut(&mut egui::Ui, &T),
) {
    let gap = ui.spacing().item_spacing.x;
    // Less the scroll bar, which sits inside the available width.
    let avail = ui.available_width() - 2.0 * ui.spacing().scroll.bar_width - 8.0;
    let cols = ((avail + gap) / (width + gap)).floor().max(1.0) as usize;
    let used = cols.min(items.len()) as f32;
    let indent = if centred {
        ((avail - used * width - (used - 1.0) * gap) / 2.0).max(0.0)
    } else {
        0.0
    };
    for row in items.chunks(cols) {
        ui.horizontal_top(|ui| {
            if indent > 0.0 {
                ui.add_space(indent);
            }
            for item in row {
                draw(ui, item);
            }
        });
    }
}

/// True when a key was pressed and no widget has keyboard focus (a focused
/// button handles Enter itself, and must not be pressed twice).
pub fn key(ctx: &egui::Context, key: egui::Key) -> bool {
    ctx.memory(|m| m.focused().is_none()) && ctx.input(|i| i.key_pressed(key))
}

/// The number key pressed (1-9), if any.
pub fn number_key(ctx: &egui::Context) -> Option<usize> {
    use egui::Key::*;
    const KEYS: [egui::Key; 9] = [Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8, Num9];
    ctx.input(|i| KEYS.iter().position(|k| i.key_pressed(*k)).map(|n| n + 1))
}

/// The system set all screens draw in (style and zoom are applied before it).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct DrawScreens;

/// The set screens draw in.
pub fn draw_set() -> DrawScreens {
    DrawScreens
}

/// Adds every screen's drawing system.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (
            title::draw.run_if(in_state(Screen::Title)),
            profiles::draw.run_if(in_state(Screen::Profiles)),
            map::draw.run_if(in_state(Screen::Map)),
            play::draw.run_if(in_state(Screen::Play)),
            ending::draw.run_if(in_state(Screen::Ending)),
            gate::draw.run_if(in_state(Screen::Gate)),
            grown_ups::draw.run_if(in_state(Screen::GrownUps)),
            progress::draw.run_if(in_state(Screen::Progress)),
            classroom::draw_lesson.run_if(in_state(Screen::Lesson)),
            classroom::draw_class.run_if(in_state(Screen::Class)),
            settings::draw.run_if(in_state(Screen::Settings)),
            stickers::draw.run_if(in_state(Screen::Stickers)),
        )
            .in_set(DrawScreens)
            .run_if(resource_equals(crate::app::StyleReady(true))),
    );
}
