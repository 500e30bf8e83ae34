//! Playing a scenario: the characters with faces that show their feelings, one
//! line of story at a time, big numbered choices, then kind feedback on how each
//! person feels and why, with "try another way" after a choice that hurt someone.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, PlayState, UiAction};
use crate::app::screens::{key, number_key, root_ui};
use crate::app::{face, theme};
use crate::story::check::NARRATOR;
use crate::story::model::{Feeling, Node, Scenario};
use crate::story::runtime::Step;

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(play) = game.play.as_ref() else {
        return Ok(());
    };
    let s = play.session.scenario();
    let Ok(step) = play.session.step() else {
        return Ok(());
    };
    let t = |id: &str| game.l10n.text(id);
    let mut root = root_ui(&ctx);
    top_bar(&mut root, &game, s, &mut actions);
    let speaker = match &step {
        Step::Line(Node::Line { speaker, .. }) => Some(speaker.as_str()),
        _ => None,
    };
    // The buttons sit in a bar at the bottom, so long words never push them off screen.
    let bar = theme::screen_frame(theme::setting_tint(s.setting))
        .inner_margin(egui::Margin::symmetric(36, 12));
    match &step {
        Step::Line(_) => {
            egui::Panel::bottom("play-actions")
                .frame(bar)
                .show(&mut root, |ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let next = theme::primary_button(ui, &format!("{}  →", t("play-next")));
                        ui.label(
                            egui::RichText::new(t("play-next-hint"))
                                .size(18.0)
                                .color(theme::SOFT_INK),
                        );
                        if next.clicked()
                            || key(&ctx, egui::Key::Enter)
                            || key(&ctx, egui::Key::Space)
                        {
                            actions.write(UiAction::Advance);
                        }
                    });
                });
        }
        Step::Feedback { can_try_again, .. } => {
            let can_try_again = *can_try_again;
            egui::Panel::bottom("play-actions")
                .frame(bar)
                .show(&mut root, |ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let go = theme::primary_button(ui, &format!("{}  →", t("feedback-go-on")));
                        if go.clicked() || key(&ctx, egui::Key::Enter) {
                            actions.write(UiAction::Advance);
                        }
                        if can_try_again
                            && theme::secondary_button(
                                ui,
                                &format!("↺  {}", t("feedback-try-another-way")),
                            )
                            .clicked()
                        {
                            actions.write(UiAction::TryAnotherWay);
                        }
                    });
                });
        }
        _ => {}
    }
    // Lines get a big stage; decisions and feedback need the room for words
    // (feedback most: the feelings under it must fit at 1280x720 in every language).
    let stage_height = match step {
        Step::Line(_) => 220.0,
        Step::Feedback { .. } => 96.0,
        _ => 118.0,
    };
    egui::CentralPanel::default()
        .frame(theme::screen_frame(theme::setting_tint(s.setting)))
        .show(&mut root, |ui| {
            stage(ui, &game, play, s, speaker, stage_height);
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    match step {
                        Step::Line(Node::Line { speaker, text, .. }) => {
                            theme::card().show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                let who = if speaker == NARRATOR {
                                    t("play-narrator")
                                } else {
                                    s.character(speaker)
                                        .map_or_else(|| speaker.clone(), |c| t(&c.name))
                                };
                                ui.label(theme::bold(&who, 22.0).color(theme::PRIMARY));
                                ui.add(
                                    egui::Label::new(egui::RichText::new(t(text)).size(30.0))
                                        .wrap(),
                                );
                            });
                        }
                        Step::Decision {
                            prompt, offered, ..
                        } => {
                            ui.horizontal_wrapped(|ui| {
                                ui.label(theme::bold(&t(prompt), 28.0));
                                ui.label(
                                    egui::RichText::new(t("play-choose-hint"))
                                        .size(18.0)
                                        .color(theme::SOFT_INK),
                                );
                            });
                            ui.spacing_mut().item_spacing.y = 10.0;
                            let pressed = number_key(&ctx);
                            for (n, (_, choice)) in offered.iter().enumerate() {
                                let text = format!("{}   {}", n + 1, t(&choice.text));
                                let b = egui::Button::new(egui::RichText::new(text).size(25.0))
                                    .wrap()
                                    .fill(theme::PANEL)
                                    .stroke(egui::Stroke::new(2.0, theme::BORDER))
                                    .min_size(egui::Vec2::new(ui.available_width(), 58.0));
                                let r = ui.add(b);
                                if r.clicked() || pressed == Some(n + 1) {
                                    actions.write(UiAction::Choose(n));
                                }
                            }
                        }
                        Step::Feedback {
                            choice, feelings, ..
                        } => {
                            theme::card()
                                .inner_margin(egui::Margin::symmetric(20, 12))
                                .show(ui, |ui| {
                                    ui.set_width(ui.available_width());
                                    ui.spacing_mut().item_spacing.y = 8.0;
                                    ui.label(
                                        egui::RichText::new(format!(
                                            "{}: {}",
                                            t("feedback-you-chose"),
                                            t(&choice.text)
                                        ))
                                        .size(20.0)
                                        .color(theme::SOFT_INK),
                                    );
                                    ui.add(
                                        egui::Label::new(
                                            egui::RichText::new(t(&choice.feedback)).size(26.0),
                                        )
                                        .wrap(),
                                    );
                                    ui.add_space(4.0);
                                    ui.label(
                                        theme::bold(&t("feedback-title"), 22.0)
                                            .color(theme::PRIMARY),
                                    );
                                    // The faces above show the feelings; here, each one in words.
                                    for f in feelings {
                                        if let Some(c) = s.character(&f.who) {
                                            let lead = format!(
                                                "{} ({}):",
                                                t(&c.name),
                                                t(f.feels.message_id())
                                            );
                                            theme::lead_and_text(ui, &lead, &t(&f.why), 22.0);
                                        }
                                    }
                                });
                        }
                        _ => {}
                    }
                });
        });
    if key(&ctx, egui::Key::Escape) {
        actions.write(UiAction::ToMap);
    }
    Ok(())
}

fn top_bar(root: &mut egui::Ui, game: &Game, s: &Scenario, actions: &mut MessageWriter<UiAction>) {
    let t = |id: &str| game.l10n.text(id);
    egui::Panel::top("play-top")
        .frame(theme::screen_frame(theme::PANEL).inner_margin(egui::Margin::symmetric(24, 8)))
        .show(root, |ui| {
            ui.horizontal(|ui| {
                if theme::secondary_button(ui, &format!("◀ {}", t("play-to-map"))).clicked() {
                    actions.write(UiAction::ToMap);
                }
                ui.label(theme::bold(&format!("{}  {}", s.icon, t(&s.title)), 26.0));
            });
        });
}

/// The row of characters; the one speaking is highlighted and drawn larger.
fn stage(
    ui: &mut egui::Ui,
    game: &Game,
    play: &PlayState,
    s: &Scenario,
    speaker: Option<&str>,
    height: f32,
) {
    let t = |id: &str| game.l10n.text(id);
    let n = s.characters.len().max(1) as f32;
    let slot = (height / 3.5 * 2.6 + 60.0).max(150.0);
    ui.horizontal(|ui| {
        ui.add_space(((ui.available_width() - n * slot) / 2.0).max(0.0));
        for c in &s.characters {
            let feeling = play.faces.get(&c.id).copied().unwrap_or(Feeling::Calm);
            let speaking = speaker == Some(c.id.as_str());
            ui.vertical(|ui| {
                ui.set_width(slot - 14.0);
                ui.vertical_centered(|ui| {
                    let h = if speaking { height } else { height * 0.85 };
                    ui.add_space(height - h);
                    face::figure(ui, h, &c.look, feeling, speaking);
                    ui.spacing_mut().item_spacing.y = 2.0;
                    ui.label(theme::bold(&t(&c.name), 19.0));
                    ui.label(
                        egui::RichText::new(t(feeling.message_id()))
                            .size(17.0)
                            .color(theme::SOFT_INK),
                    );
                });
            });
        }
    });
}
