//! The end of a story: what happened, a reflection question, any stickers the
//! story earned (landing in place), and a gentle "good place for a break" card.
//! No scores, no streaks.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::grown_ups::GrownUpAction;
use crate::app::read_aloud::{Reader, highlighted_job};
use crate::app::screens::{cast, key, root_ui};
use crate::app::{motion, sticker, theme};
use crate::story::model::Node;
use crate::story::runtime::Step;

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut reader: ResMut<Reader>,
    mut actions: MessageWriter<UiAction>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let Some(play) = game.play.as_ref() else {
        return Ok(());
    };
    let key_now = format!(
        "ending:{}:{}",
        play.session.scenario().id,
        play.session.node_id()
    );
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
    // Read aloud: what happened, how each person feels, then the question.
    let mut texts = vec![("ending".to_string(), t(text))];
    texts.extend(cast::feeling_texts(&game, s, feelings));
    texts.push(("reflection".to_string(), t(reflection)));
    reader.auto(game.settings().read_aloud, &key_now, &texts);
    let mut root = root_ui(&ctx);
    // A child's way on stays in a bar at the bottom, in sight at any text size.
    if game.projector.is_none() {
        egui::Panel::bottom("ending-actions")
            .frame(theme::bar_frame().inner_margin(egui::Margin::symmetric(36, 10)))
            .show(&mut root, |ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let back = theme::primary_button(ui, &t("ending-to-map"));
                    if back.clicked() || key(&ctx, egui::Key::Enter) {
                        actions.write(UiAction::ToMap);
                    }
                });
            });
    }
    theme::WindowPanel::new(theme::setting_tint(s.setting)).show(&mut root, |ui| {
        // Everything fits at 1280x720; a scroll bar is the safety net for
        // longer translations.
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                theme::heading_label(ui, &t("ending-title"));
            });
            ui.horizontal(|ui| {
                let w = ui.available_width();
                // Left: what happened, the faces now, and how each person feels.
                ui.vertical(|ui| {
                    ui.set_width(w * 0.6);
                    theme::card().show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            reader.button(ui, &t("read-aloud-button"), &texts);
                            let said = t(text);
                            ui.add(
                                egui::Label::new(highlighted_job(
                                    &said,
                                    reader.highlight("ending"),
                                    egui::FontId::proportional(theme::px(26.0)),
                                    theme::ink(),
                                ))
                                .wrap(),
                            );
                        });
                        ui.add_space(4.0);
                        cast::row(ui, &game, play, s, None, 88.0);
                        // How each person feels now, and why, as after a choice.
                        cast::feeling_lines(ui, &game, s, feelings, 22.0, Some(&reader), false);
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
                    theme::card().fill(theme::note_fill()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        let think = format!("💭 {}", t("ending-think"));
                        let r = theme::label_spoken_as_words(
                            ui,
                            egui::Label::new(theme::bold(&think, 22.0).color(theme::primary())),
                            &think,
                        );
                        theme::mark_heading(ui, &r);
                        let q = t(reflection);
                        ui.add(
                            egui::Label::new(highlighted_job(
                                &q,
                                reader.highlight("reflection"),
                                egui::FontId::proportional(theme::px(24.0)),
                                theme::ink(),
                            ))
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
                                    .color(theme::primary()),
                            );
                            for d in &s.discussion {
                                ui.add(
                                    egui::Label::new(
                                        egui::RichText::new(t(d)).size(theme::px(19.0)),
                                    )
                                    .wrap(),
                                );
                            }
                        });
                    } else {
                        new_stickers(ui, &game, &play.new_stickers, &key_now, &mut actions);
                        // A gentle word about a break, right above the way out.
                        ui.add_space(8.0);
                        let rest = format!("🌿 {}", t("ending-break"));
                        theme::label_spoken_as_words(
                            ui,
                            egui::Label::new(
                                egui::RichText::new(&rest)
                                    .size(theme::px(20.0))
                                    .color(theme::soft_ink()),
                            )
                            .wrap(),
                            &rest,
                        );
                    }
                });
            });
        });
    });
    if game.projector.is_none() && key(&ctx, egui::Key::Escape) {
        actions.write(UiAction::ToMap);
    }
    Ok(())
}

/// On the big screen: the next story, or the end of the lesson.
fn way_on(
    ui: &mut egui::Ui,
    game: &Game,
    ctx: &egui::Context,
    actions: &mut MessageWriter<UiAction>,
) {
    let t = |id: &str| game.l10n.text(id);
    // A child's way on is the bar at the bottom; this is the big screen's.
    let Some(p) = &game.projector else {
        return;
    };
    ui.vertical_centered(|ui| {
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
    });
}

/// The stickers this story earned, landing one after another; or, if none, a
/// word that every story helps (never "you got nothing").
fn new_stickers(
    ui: &mut egui::Ui,
    game: &Game,
    stickers: &[crate::progress::stickers::Sticker],
    key_now: &str,
    actions: &mut MessageWriter<UiAction>,
) {
    let t = |id: &str| game.l10n.text(id);
    theme::card().show(ui, |ui| {
        ui.set_width(ui.available_width());
        if stickers.is_empty() {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("🌱 {}", t("ending-no-new-sticker")))
                        .size(theme::px(21.0)),
                )
                .wrap(),
            );
        } else {
            ui.add(
                egui::Label::new(theme::bold(
                    &game
                        .l10n
                        .text_with("ending-new-stickers", &[("count", stickers.len().into())]),
                    22.0,
                ))
                .wrap(),
            );
            ui.horizontal_wrapped(|ui| {
                // Every new sticker, so a child who counts finds them all.
                for (n, st) in stickers.iter().take(16).enumerate() {
                    let index = game
                        .content
                        .catalogue
                        .skills
                        .iter()
                        .position(|k| k.id == st.skill)
                        .unwrap_or(0);
                    let Some(skill) = game.content.catalogue.skill(&st.skill) else {
                        continue;
                    };
                    // Each lands a moment after the one before: it drops in and settles.
                    let p =
                        motion::progress(ui.ctx(), ("sticker", key_now, n), 0.45 + 0.15 * n as f32);
                    let (rect, resp) =
                        ui.allocate_exact_size(egui::vec2(50.0, 50.0), egui::Sense::hover());
                    let label = game.l10n.text_with(
                        "sticker-label",
                        &[
                            ("skill", t(&skill.name).into()),
                            ("level", t(st.level.message_id()).into()),
                        ],
                    );
                    resp.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::WidgetType::Image, true, &label)
                    });
                    resp.on_hover_text(&label);
                    let drop = (1.0 - p) * 40.0;
                    let scale = 1.0 + 0.35 * (1.0 - p);
                    sticker::paint(
                        ui.painter(),
                        rect.center() - egui::vec2(0.0, drop),
                        22.0 * scale,
                        sticker::skill_colour(index),
                        &skill.icon,
                        st.level,
                    );
                }
                let book = ui.add(
                    egui::Button::new(
                        egui::RichText::new(format!("⭐ {}", t("stickers-open")))
                            .size(theme::px(19.0)),
                    )
                    .min_size(egui::vec2(48.0, 48.0)),
                );
                let name = t("stickers-open");
                book.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &name)
                });
                if book.clicked() {
                    actions.write(UiAction::OpenStickers);
                }
            });
        }
    });
}
