//! Choosing the language: a row of buttons on the title screen (each language's
//! name in that language, so a child finds their own), and a compact menu in the
//! map's top bar, where a row of six or more would not fit beside the player.

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::flow::{Game, UiAction};
use crate::app::theme;

const TEXT_SIZE: f32 = 22.0;
const GLOBE: &str = "🌐";

/// (tag, name in that language) for every language, in the switch's order.
pub fn languages(game: &Game) -> Vec<(String, String)> {
    game.l10n
        .tags()
        .iter()
        .map(|t| (t.to_string(), game.l10n.text_in(t, "language-name")))
        .collect()
}

fn label(name: &str, selected: bool) -> String {
    if selected {
        format!("✔ {name}")
    } else {
        name.to_string()
    }
}

/// A centred row of language buttons; it wraps onto a second line when the
/// languages do not fit in one.
pub fn language_row(ui: &mut egui::Ui, game: &Game, actions: &mut MessageWriter<UiAction>) {
    let current = game.l10n.current_tag().to_string();
    let langs = languages(game);
    let font = egui::FontId::proportional(TEXT_SIZE);
    let padding = ui.spacing().button_padding.x * 2.0;
    let gap = ui.spacing().item_spacing.x;
    let measure = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_string(), font.clone(), egui::Color32::BLACK)
            .size()
            .x
    };
    let width = measure(GLOBE)
        + langs
            .iter()
            .map(|(tag, name)| measure(&label(name, *tag == current)) + padding + gap)
            .sum::<f32>();
    let lead = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal_wrapped(|ui| {
        ui.add_space(lead);
        ui.label(egui::RichText::new(GLOBE).size(theme::px(26.0)));
        for (tag, name) in &langs {
            let selected = *tag == current;
            let b = egui::Button::new(
                egui::RichText::new(label(name, selected)).size(theme::px(TEXT_SIZE)),
            )
            .selected(selected)
            .min_size(egui::Vec2::new(48.0, 48.0));
            if ui.add(b).clicked() && !selected {
                actions.write(UiAction::SetLanguage(tag.clone()));
            }
        }
    });
}

/// A menu button showing the current language; opening it lists all of them.
pub fn language_menu(ui: &mut egui::Ui, game: &Game, actions: &mut MessageWriter<UiAction>) {
    let current = game.l10n.current_tag().to_string();
    let langs = languages(game);
    let current_name = langs
        .iter()
        .find(|(tag, _)| *tag == current)
        .map_or(current.clone(), |(_, name)| name.clone());
    egui::ComboBox::from_id_salt("language-menu")
        .selected_text(
            egui::RichText::new(format!("{GLOBE} {current_name}")).size(theme::px(TEXT_SIZE)),
        )
        .height(480.0)
        .show_ui(ui, |ui| {
            for (tag, name) in &langs {
                let selected = *tag == current;
                let item = ui.add(
                    egui::Button::selectable(
                        selected,
                        egui::RichText::new(name).size(theme::px(TEXT_SIZE)),
                    )
                    .min_size(egui::Vec2::new(220.0, 44.0)),
                );
                if item.clicked() && !selected {
                    actions.write(UiAction::SetLanguage(tag.clone()));
                }
            }
        });
}
