//! The end of a story: what happened, a reflection question, a sticker for the
//! main skill, and a gentle "good place for a break" card. No scores, no streaks.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::grown_ups::GrownUpAction;
use crate::app::screens::{cast, key, root_ui};
use crate::app::theme;
use crate::story::model::Node;
use crate::story::runtime::Step;

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let Some(play) = game.play.as_ref() else {
        return Ok(());
    };
    let s = play.session.scenario();
    let Ok(Step::Ending(Node::Ending {
        text,
        reflection,
        feelings,
        ..
    })) = play.session.step()
    else {
        return Ok(());
    };
    let skill = s.main_skill().and_then(|k| game.content.catalogue.skill(k));
    egui::CentralPanel::default()
        .frame(theme::screen_frame(theme::setting_tint(s.setting)))
        .show(&mut root_ui(&ctx), |ui| {
            // Everything fits at 1280x720; a scroll bar is the safety net for
            // longer translations.
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.label(theme::heading(&t("ending-title")));
                });
                ui.horizontal(|ui| {
                    let w = ui.available_width();
                    // Left: what happened, the faces now, and how each person feels.
                    ui.vertical(|ui| {
                        ui.set_width(w * 0.6);
                        theme::card().show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.add(
                                egui::Label::new(egui::RichText::new(t(text)).size(26.0)).wrap(),
                            );
                            ui.add_space(4.0);
                            cast::row(ui, &game, play, s, None, 88.0);
                            // How each person feels now, and why, as after a choice.
                            cast::feeling_lines(ui, &game, s, feelings, 22.0);
                        });
                    });
                    // Right: the question to think about (first: it matters most), the
                    // sticker and the break card.
                    ui.vertical(|ui| {
                        ui.set_width(w * 0.36);
                        // On the big screen the way on comes first, above the talk.
                        if game.projector.is_some() {
                            way_on(ui, &game, &ctx, &mut actions);
                            ui.add_space(6.0);
                        }
                        theme::card()
                            .fill(egui::Color32::from_rgb(0xFF, 0xF4, 0xD6))
                            .show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                ui.label(
                                    theme::bold(&format!("💭 {}", t("ending-think")), 22.0)
                                        .color(theme::PRIMARY),
                                );
                                ui.add(
                                    egui::Label::new(egui::RichText::new(t(reflection)).size(24.0))
                                        .wrap(),
                                );
                            });
                        ui.add_space(6.0);
                        if game.projector.is_some() {
                            // In class: the discussion, instead of a sticker.
                            theme::card().show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                ui.label(
                                    theme::bold(&format!("💬 {}", t("projector-talk")), 22.0)
                                        .color(theme::PRIMARY),
                                );
                                for d in &s.discussion {
                                    ui.add(
                                        egui::Label::new(egui::RichText::new(t(d)).size(19.0))
                                            .wrap(),
                                    );
                                }
                            });
                        } else {
                            if let Some(skill) = skill {
                                theme::card().show(ui, |ui| {
                                    ui.set_width(ui.available_width());
                                    // The sticker beside its words, to leave room below.
                                    ui.horizontal(|ui| {
                                        let (rect, _) = ui.allocate_exact_size(
                                            egui::vec2(96.0, 96.0),
                                            egui::Sense::hover(),
                                        );
                                        let p = ui.painter();
                                        p.circle_filled(rect.center(), 46.0, theme::ACCENT);
                                        p.circle_stroke(
                                            rect.center(),
                                            41.0,
                                            egui::Stroke::new(3.0, egui::Color32::WHITE),
                                        );
                                        p.text(
                                            rect.center(),
                                            egui::Align2::CENTER_CENTER,
                                            &skill.icon,
                                            egui::FontId::proportional(42.0),
                                            theme::INK,
                                        );
                                        let name = t(&skill.name);
                                        ui.add(
                                            egui::Label::new(theme::bold(
                                                &game.l10n.text_with(
                                                    "ending-sticker",
                                                    &[("skill", name.into())],
                                                ),
                                                24.0,
                                            ))
                                            .wrap(),
                                        );
                                    });
                                });
                            }
                            // A gentle word about a break, right above the way out.
                            ui.add_space(8.0);
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(format!("🌿 {}", t("ending-break")))
                                        .size(20.0)
                                        .color(theme::SOFT_INK),
                                )
                                .wrap(),
                            );
                        }
                        if game.projector.is_none() {
                            ui.add_space(10.0);
                            way_on(ui, &game, &ctx, &mut actions);
                        }
                    });
                });
            });
        });
    Ok(())
}

/// "Back to the map" for a child; on the big screen, the next story or the end.
fn way_on(
    ui: &mut egui::Ui,
    game: &Game,
    ctx: &egui::Context,
    actions: &mut MessageWriter<UiAction>,
) {
    let t = |id: &str| game.l10n.text(id);
    ui.vertical_centered(|ui| match &game.projector {
        Some(p) => {
            let more = p.index + 1 < p.lesson.stories.len();
            let label = if more {
                format!("{}  →", t("projector-next"))
            } else {
                t("projector-end")
            };
            let go = theme::primary_button(ui, &label);
            if go.clicked() || key(ctx, egui::Key::Enter) {
                actions.write(UiAction::GrownUps(if more {
                    GrownUpAction::NextInLesson
                } else {
                    GrownUpAction::EndLesson
                }));
            }
        }
        None => {
            let back = theme::primary_button(ui, &t("ending-to-map"));
            if back.clicked() || key(ctx, egui::Key::Enter) {
                actions.write(UiAction::ToMap);
            }
        }
    });
}
