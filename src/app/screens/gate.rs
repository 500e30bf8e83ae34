//! The grown-up gate: a question a young child cannot answer alone, typed with
//! the keyboard (or the number keys on screen). No celebration on success, a new
//! question and no fuss after a wrong answer; Escape or "Back" returns.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::grown_ups::GrownUpAction;
use crate::app::screens::root_ui;
use crate::app::theme;
use crate::gate::Gate;

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
    mut typed: Local<String>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let Gate::Closed { question } = game.grown_ups.gate else {
        return Ok(());
    };
    let mut send = |a: GrownUpAction| {
        actions.write(UiAction::GrownUps(a));
    };
    theme::WindowPanel::new(theme::background()).show(&mut root_ui(&ctx), |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            theme::card().show(ui, |ui| {
                ui.set_width(640.0);
                ui.vertical_centered(|ui| {
                    ui.label(theme::bold(&format!("🔒 {}", t("gate-title")), 34.0));
                    ui.add_space(6.0);
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(t("gate-explain")).size(theme::px(20.0)),
                        )
                        .wrap(),
                    );
                    ui.add_space(16.0);
                    // A teacher's PIN, when one is set, instead of the sum.
                    let pin = game.grown_ups.settings.has_pin();
                    let q = if pin {
                        t("gate-pin-question")
                    } else {
                        game.l10n.text_with(
                            "gate-question",
                            &[("a", question.a.into()), ("b", question.b.into())],
                        )
                    };
                    ui.label(theme::bold(&q, 32.0));
                    ui.add_space(10.0);
                    let field = ui.add(
                        egui::TextEdit::singleline(&mut *typed)
                            .password(pin)
                            .font(egui::FontId::proportional(30.0))
                            .desired_width(200.0)
                            .horizontal_align(egui::Align::Center)
                            .char_limit(8),
                    );
                    // Typing works at once: the field has the keyboard.
                    if !field.has_focus() && !field.lost_focus() {
                        field.request_focus();
                    }
                    typed.retain(|c| c.is_ascii_digit());
                    if game.grown_ups.wrong_answer {
                        ui.label(
                            egui::RichText::new(t(if pin {
                                "gate-pin-wrong"
                            } else {
                                "gate-wrong"
                            }))
                            .size(theme::px(18.0))
                            .color(theme::soft_ink()),
                        );
                    }
                    ui.add_space(10.0);
                    ui.horizontal(|ui| {
                        ui.add_space((ui.available_width() - 420.0).max(0.0) / 2.0);
                        if theme::secondary_button(ui, &format!("◀ {}", t("gate-back"))).clicked()
                        {
                            typed.clear();
                            send(GrownUpAction::Close);
                        }
                        let enter =
                            field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if theme::primary_button(ui, &t("gate-go")).clicked() || enter {
                            send(GrownUpAction::Answer(std::mem::take(&mut *typed)));
                        }
                    });
                });
            });
        });
    });
    if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        typed.clear();
        actions.write(UiAction::GrownUps(GrownUpAction::Close));
    }
    Ok(())
}
