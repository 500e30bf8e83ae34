//! The story map: scenarios grouped by their main skill, each a card with an
//! icon, title, age band and a "done" stamp. Nothing is locked.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::screens::{key, root_ui};
use crate::app::{face, theme};
use crate::library::StoryCard;
use crate::story::model::Feeling;

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let Some(profile) = game.profile() else {
        return Ok(());
    };
    let mut root = root_ui(&ctx);
    egui::Panel::top("map-top")
        .frame(theme::screen_frame(theme::panel()).inner_margin(egui::Margin::symmetric(28, 10)))
        .show(&mut root, |ui| {
            let greeting = |ui: &mut egui::Ui| {
                face::figure(
                    ui,
                    70.0,
                    &face::avatar(profile.avatar),
                    Feeling::Happy,
                    false,
                );
                ui.vertical(|ui| {
                    ui.label(theme::bold(&t("profiles-hello"), 28.0));
                    let n = profile.finished_count();
                    ui.label(
                        egui::RichText::new(
                            game.l10n
                                .text_with("map-finished-count", &[("count", n.into())]),
                        )
                        .size(theme::px(20.0))
                        .color(theme::soft_ink()),
                    );
                });
            };
            let buttons = |ui: &mut egui::Ui, actions: &mut MessageWriter<UiAction>| {
                if theme::secondary_button(ui, &format!("👥 {}", t("map-change-player"))).clicked()
                {
                    actions.write(UiAction::ChangePlayer);
                }
                if theme::secondary_button(ui, &format!("⚙ {}", t("settings-open"))).clicked() {
                    actions.write(UiAction::OpenSettings);
                }
                if theme::secondary_button(ui, &format!("⭐ {}", t("stickers-open"))).clicked() {
                    actions.write(UiAction::OpenStickers);
                }
            };
            if theme::px(1.0) > 1.0 {
                // Larger text: the greeting, then the buttons on a row of their own.
                ui.horizontal(greeting);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    buttons(ui, &mut actions)
                });
            } else {
                ui.horizontal(|ui| {
                    greeting(ui);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        buttons(ui, &mut actions)
                    });
                });
            }
        });
    theme::WindowPanel::new(theme::background()).show(&mut root, |ui| {
        theme::heading_label(ui, &t("map-title"));
        if game.library.cards().is_empty() {
            ui.label(t("map-empty"));
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_width(ui.available_width());
            for skill in &game.content.catalogue.skills {
                let stories: Vec<&StoryCard> = game
                    .library
                    .cards()
                    .iter()
                    .filter(|s| s.main_skill() == Some(skill.id.as_str()))
                    .collect();
                if stories.is_empty() {
                    continue;
                }
                ui.label(
                    theme::bold(&format!("{}  {}", skill.icon, t(&skill.name)), 26.0)
                        .color(theme::primary()),
                );
                // As many columns as fit, each card as wide as its share.
                let gap = ui.spacing().item_spacing.x;
                // Less the scroll bar, which sits inside the available width.
                let avail = ui.available_width() - 2.0 * ui.spacing().scroll.bar_width - 8.0;
                let cols = ((avail + gap) / (MIN_CARD + CARD_FRAME + gap))
                    .floor()
                    .max(1.0);
                let width = ((avail - gap * (cols - 1.0)) / cols - CARD_FRAME - 1.0).floor();
                // Rows of `cols` cards: a wrapping layout cannot know a
                // card's width before drawing it, and let a fourth card
                // run off the edge when a skill had more stories than fit.
                for row in stories.chunks(cols as usize) {
                    let drawn = |ui: &mut egui::Ui| {
                        ui.horizontal_top(|ui| {
                            for s in row {
                                let done = profile.has_finished(&s.id);
                                if card(ui, &game, s, done, width).clicked() {
                                    actions.write(UiAction::OpenScenario(s.id.clone()));
                                }
                            }
                        })
                        .response
                    };
                    row_or_its_space(ui, &game, row, width, drawn);
                }
                ui.add_space(8.0);
            }
            let skipped = game.library.problems().len();
            if skipped > 0 {
                ui.label(
                    egui::RichText::new(
                        game.l10n
                            .text_with("content-problem", &[("count", skipped.into())]),
                    )
                    .size(theme::px(18.0))
                    .color(theme::soft_ink()),
                );
            }
        });
    });
    // Escape goes back to "who is playing?".
    if key(&ctx, egui::Key::Escape) {
        actions.write(UiAction::ChangePlayer);
    }
    Ok(())
}

/// The narrowest a story card may be (inside its frame), and what its frame adds.
const MIN_CARD: f32 = 300.0;
const CARD_FRAME: f32 = 44.0;

fn card(ui: &mut egui::Ui, game: &Game, s: &StoryCard, done: bool, width: f32) -> egui::Response {
    let t = |id: &str| game.l10n.text(id);
    let response = theme::card()
        .fill(theme::setting_tint(s.setting))
        .show(ui, |ui| {
            ui.set_width(width);
            ui.set_height(150.0);
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(&s.icon).size(theme::px(52.0)));
                ui.vertical(|ui| {
                    ui.add(egui::Label::new(theme::bold(&t(&s.title), 24.0)).wrap());
                    let ages: Vec<&str> = s.ages.iter().map(|a| a.label()).collect();
                    ui.label(
                        egui::RichText::new(format!(
                            "{} · {}",
                            game.l10n
                                .text_with("map-ages", &[("ages", ages.join(", ").into())]),
                            t(s.setting.message_id())
                        ))
                        .size(theme::px(18.0))
                        .color(theme::soft_ink()),
                    );
                    let icons: String = s
                        .skills
                        .iter()
                        .filter_map(|k| game.content.catalogue.skill(k))
                        .map(|k| k.icon.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    ui.label(egui::RichText::new(icons).size(theme::px(20.0)));
                });
            });
            if done {
                ui.label(theme::bold(&format!("✔ {}", t("map-done")), 20.0).color(theme::stamp()));
            }
        })
        .response;
    // A stable id, so the keyboard focus stays on the card from frame to frame
    // (Tab reaches every story), and the title as its name for screen readers.
    let name = if done {
        format!("{}, {}", t(&s.title), t("map-done"))
    } else {
        t(&s.title)
    };
    let response = crate::app::screens::as_button(ui, &response, ("story-card", &s.id), &name);
    crate::app::screens::highlight_card(ui, &response);
    response
}

/// Lays out a row of cards when it is on screen or near it, and otherwise only
/// takes the room it took when last laid out. A school library of 1,000
/// stories made every frame of the map lay out 1,000 cards (20 ms of the
/// frame here, against 3 ms for the shipped stories). Rows within a screen's
/// height of the visible part are laid out, so Tab always finds the next card
/// (which then scrolls into view).
fn row_or_its_space(
    ui: &mut egui::Ui,
    game: &Game,
    row: &[&StoryCard],
    width: f32,
    draw: impl FnOnce(&mut egui::Ui) -> egui::Response,
) {
    use std::hash::{Hash, Hasher};
    // What the row's height depends on: its stories, the card width, the
    // language and the text size (titles wrap differently).
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for s in row {
        s.id.hash(&mut h);
    }
    (width as i32).hash(&mut h);
    game.l10n.current_tag().hash(&mut h);
    theme::px(100.0).to_bits().hash(&mut h);
    let key = egui::Id::new(("map-row", h.finish()));
    let seen = ui.clip_rect();
    let near = seen.expand2(egui::vec2(0.0, seen.height()));
    let top = ui.cursor().top();
    match ui.data(|d| d.get_temp::<f32>(key)) {
        Some(height) if top > near.bottom() || top + height < near.top() => {
            ui.allocate_space(egui::vec2(ui.available_width(), height));
        }
        _ => {
            let height = draw(ui).rect.height();
            ui.data_mut(|d| d.insert_temp(key, height));
        }
    }
}
