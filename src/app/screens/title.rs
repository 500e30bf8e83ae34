//! The title screen: the name of the game, a big Play button, and the language.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::screens::language::language_row;
use crate::app::screens::{key, root_ui};
use crate::app::{face, theme};
use crate::story::model::Feeling;

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    theme::WindowPanel::new(theme::background()).show(&mut root_ui(&ctx), |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.06);
            ui.label(theme::bold(&t("app-title"), 76.0).color(theme::primary()));
            ui.label(
                egui::RichText::new(t("title-tagline"))
                    .size(theme::px(28.0))
                    .color(theme::soft_ink()),
            );
            ui.add_space(16.0);
            // A welcoming row of faces.
            let feelings = [
                Feeling::Happy,
                Feeling::Proud,
                Feeling::Calm,
                Feeling::Happy,
            ];
            // Each figure is 150/3.5*2.6 wide, plus item spacing.
            let width = 4.0 * (150.0 / 3.5 * 2.6) + 3.0 * ui.spacing().item_spacing.x;
            ui.horizontal(|ui| {
                ui.add_space((ui.available_width() - width) / 2.0);
                for (i, f) in feelings.iter().enumerate() {
                    face::figure(ui, 150.0, &face::avatar(i as u8 * 2 + 1), *f, false);
                }
            });
            ui.add_space(20.0);
            let play = theme::primary_button(ui, &format!("▶  {}", t("title-play")));
            if play.clicked() || key(&ctx, egui::Key::Enter) {
                actions.write(UiAction::Start);
            }
            ui.add_space(24.0);
            language_row(ui, &game, &mut actions);
        });
    });
    Ok(())
}
