//! The child's sticker book: one row per skill, four places in each (just
//! starting, growing, getting strong, shining). Earned stickers show with their
//! growth word; empty places are soft outlines. Nothing to buy, nothing random,
//! nothing that runs out.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::screens::{back_bar, root_ui};
use crate::app::{sticker, theme};
use crate::progress::stickers::{Book, LEVELS};

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
    let book = Book::for_profile(profile, &game.content);
    let mut root = root_ui(&ctx);
    back_bar(
        &mut root,
        &ctx,
        &format!("⭐ {}", t("stickers-title")),
        &t("play-to-map"),
        &mut actions,
    );
    theme::WindowPanel::new(theme::background()).show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(t("stickers-explain"))
                    .size(theme::px(21.0))
                    .color(theme::soft_ink()),
            );
            ui.label(theme::bold(
                &game.l10n.text_with(
                    "stickers-count",
                    &[
                        ("count", book.stickers().len().into()),
                        ("total", book.capacity().into()),
                    ],
                ),
                21.0,
            ));
        });
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Two skills side by side, so the whole book fits on one screen.
            ui.columns(2, |cols| {
                for (k, (skill_id, best)) in book.best.iter().enumerate() {
                    let Some(skill) = game.content.catalogue.skill(skill_id) else {
                        continue;
                    };
                    let ui = &mut cols[k % 2];
                    ui.spacing_mut().item_spacing.y = 8.0;
                    skill_card(ui, &game, skill, sticker::skill_colour(k), *best);
                }
            });
        });
    });
    Ok(())
}

/// One skill: its name, then its four places, each with its growth word.
fn skill_card(
    ui: &mut egui::Ui,
    game: &Game,
    skill: &crate::catalogue::Skill,
    colour: egui::Color32,
    best: crate::progress::score::Growth,
) {
    let t = |id: &str| game.l10n.text(id);
    theme::card()
        .inner_margin(egui::Margin::symmetric(14, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.spacing_mut().item_spacing.y = 2.0;
            ui.add(
                egui::Label::new(theme::bold(
                    &format!("{}  {}", skill.icon, t(&skill.name)),
                    20.0,
                ))
                .wrap(),
            );
            let place = ui.available_width() / 4.0;
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                for level in LEVELS {
                    let earned = level <= best;
                    ui.vertical(|ui| {
                        ui.set_width(place);
                        ui.vertical_centered(|ui| {
                            let r = 19.0;
                            let (rect, resp) = ui.allocate_exact_size(
                                egui::vec2(place, r * 2.2),
                                egui::Sense::hover(),
                            );
                            let word = t(level.message_id());
                            let label = if earned {
                                game.l10n.text_with(
                                    "sticker-label",
                                    &[
                                        ("skill", t(&skill.name).into()),
                                        ("level", word.clone().into()),
                                    ],
                                )
                            } else {
                                game.l10n.text_with(
                                    "sticker-empty-label",
                                    &[("level", word.clone().into())],
                                )
                            };
                            resp.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::WidgetType::Image, true, &label)
                            });
                            if earned {
                                sticker::paint(
                                    ui.painter(),
                                    rect.center(),
                                    r,
                                    colour,
                                    &skill.icon,
                                    level,
                                );
                            } else {
                                sticker::paint_empty(ui.painter(), rect.center(), r);
                            }
                            let colour = if earned {
                                theme::ink()
                            } else {
                                theme::soft_ink()
                            };
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(word)
                                        .size(theme::px(15.0))
                                        .color(colour),
                                )
                                .wrap(),
                            );
                        });
                    });
                }
            });
        });
}
