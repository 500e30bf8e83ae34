//! The grown-up area's first page: every child on this computer with how many
//! stories they finished, the way to each child's progress, and what could not
//! be read from the data folder. A banner says clearly that this is the
//! grown-up area, so a child knows when they are being looked at.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::grown_ups::{GrownUpAction, ReportKind};
use crate::app::screens::{card_rows, card_width, root_ui};
use crate::app::{face, theme};
use crate::story::model::Feeling;

/// The band across the top of every grown-up screen, with the way out.
pub fn banner(root: &mut egui::Ui, game: &Game, actions: &mut MessageWriter<UiAction>) {
    let t = |id: &str| game.l10n.text(id);
    egui::Panel::top("grown-up-banner")
        .frame(theme::screen_frame(theme::grown_up()).inner_margin(egui::Margin::symmetric(28, 10)))
        .show(root, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    theme::bold(&format!("🔒 {}", t("grown-ups-banner")), 20.0)
                        .color(theme::on_primary()),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if theme::secondary_button(ui, &format!("✖ {}", t("grown-ups-close"))).clicked()
                    {
                        actions.write(UiAction::GrownUps(GrownUpAction::Close));
                    }
                });
            });
        });
}

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
    mut new_pin: Local<String>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let mut root = root_ui(&ctx);
    banner(&mut root, &game, &mut actions);
    theme::WindowPanel::new(theme::background()).show(&mut root, |ui| {
        theme::heading_label(ui, &t("grown-ups-title"));
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_width(ui.available_width());
            if game.profiles.is_empty() {
                ui.label(egui::RichText::new(t("grown-ups-no-children")).size(theme::px(22.0)));
            }
            let children: Vec<usize> = (0..game.profiles.len()).collect();
            card_rows(ui, &children, card_width(290.0), false, |ui, &i| {
                let p = &game.profiles[i];
                theme::card().show(ui, |ui| {
                    ui.set_width(290.0);
                    ui.vertical_centered(|ui| {
                        face::figure(ui, 110.0, &face::avatar(p.avatar), Feeling::Calm, false);
                        ui.label(theme::bold(&p.nickname, 22.0));
                        ui.label(
                            egui::RichText::new(game.l10n.text_with(
                                "grown-ups-finished",
                                &[("count", p.finished_count().into())],
                            ))
                            .size(theme::px(18.0))
                            .color(theme::soft_ink()),
                        );
                        if theme::secondary_button(ui, &t("grown-ups-open-progress")).clicked() {
                            actions.write(UiAction::GrownUps(GrownUpAction::View(i)));
                        }
                    });
                });
            });
            classroom(ui, &game, &mut actions);
            pin(ui, &game, &mut actions, &mut new_pin);
            if let Some(Ok(path)) = &game.grown_ups.last_export {
                ui.label(game.l10n.text_with(
                    "classroom-saved",
                    &[("path", path.display().to_string().into())],
                ));
            }
            if !game.notices.is_empty() {
                ui.add_space(12.0);
                ui.label(theme::bold(&t("grown-ups-files-set-aside"), 20.0));
                for n in &game.notices {
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(n)
                                .size(theme::px(16.0))
                                .color(theme::soft_ink()),
                        )
                        .wrap(),
                    );
                }
            }
        });
    });
    if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        actions.write(UiAction::GrownUps(GrownUpAction::Close));
    }
    Ok(())
}

/// Lessons (stories in the teacher's order, to play on the big screen) and classes.
fn classroom(ui: &mut egui::Ui, game: &Game, actions: &mut MessageWriter<UiAction>) {
    let t = |id: &str| game.l10n.text(id);
    let mut send = |a: GrownUpAction| {
        actions.write(UiAction::GrownUps(a));
    };
    ui.add_space(16.0);
    theme::heading_label(ui, &t("classroom-title"));
    theme::card().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(theme::bold(&t("classroom-lessons"), 24.0).color(theme::primary()));
        for (i, lesson) in game.classroom.lessons.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.label(theme::bold(&lesson.name, 21.0));
                ui.label(
                    egui::RichText::new(
                        game.l10n
                            .text_with("lesson-count", &[("count", lesson.stories.len().into())]),
                    )
                    .size(theme::px(18.0))
                    .color(theme::soft_ink()),
                );
                if !lesson.stories.is_empty()
                    && theme::secondary_button(ui, &format!("▶ {}", t("classroom-start"))).clicked()
                {
                    send(GrownUpAction::StartLesson(i));
                }
                if theme::secondary_button(ui, &t("classroom-sheet")).clicked() {
                    send(GrownUpAction::LessonSheet(i));
                }
                if theme::secondary_button(ui, &t("classroom-edit")).clicked() {
                    send(GrownUpAction::EditLesson(i));
                }
            });
        }
        if theme::secondary_button(ui, &format!("➕ {}", t("classroom-new-lesson"))).clicked() {
            send(GrownUpAction::NewLesson);
        }
    });
    ui.add_space(8.0);
    theme::card().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(theme::bold(&t("classroom-classes"), 24.0).color(theme::primary()));
        for (i, class) in game.classroom.classes.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.label(theme::bold(&class.name, 21.0));
                ui.label(
                    egui::RichText::new(game.l10n.text_with(
                        "classroom-children",
                        &[("count", class.members.len().into())],
                    ))
                    .size(theme::px(18.0))
                    .color(theme::soft_ink()),
                );
                if theme::secondary_button(ui, &t("classroom-class-report")).clicked() {
                    send(GrownUpAction::ClassReport(i, ReportKind::Html));
                }
                // The same for a spreadsheet or a school's learning record store.
                if theme::secondary_button(ui, "CSV").clicked() {
                    send(GrownUpAction::ClassReport(i, ReportKind::Csv));
                }
                if theme::secondary_button(ui, "xAPI").clicked() {
                    send(GrownUpAction::ClassReport(i, ReportKind::Xapi));
                }
                if theme::secondary_button(ui, &t("classroom-edit")).clicked() {
                    send(GrownUpAction::EditClass(i));
                }
            });
        }
        if theme::secondary_button(ui, &format!("➕ {}", t("classroom-new-class"))).clicked() {
            send(GrownUpAction::NewClass);
        }
    });
}

/// The optional teacher PIN: set it, or remove it.
fn pin(
    ui: &mut egui::Ui,
    game: &Game,
    actions: &mut MessageWriter<UiAction>,
    new_pin: &mut String,
) {
    let t = |id: &str| game.l10n.text(id);
    ui.add_space(8.0);
    theme::card().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(theme::bold(&t("pin-title"), 24.0).color(theme::primary()));
        ui.add(
            egui::Label::new(
                egui::RichText::new(t("pin-explain"))
                    .size(theme::px(17.0))
                    .color(theme::soft_ink()),
            )
            .wrap(),
        );
        ui.horizontal(|ui| {
            if game.grown_ups.settings.has_pin() {
                ui.label(
                    egui::RichText::new(format!("🔒 {}", t("pin-is-set"))).size(theme::px(20.0)),
                );
                if theme::secondary_button(ui, &t("pin-remove")).clicked() {
                    actions.write(UiAction::GrownUps(GrownUpAction::RemovePin));
                }
            } else {
                ui.label(egui::RichText::new(t("pin-new")).size(theme::px(19.0)));
                ui.add(
                    egui::TextEdit::singleline(new_pin)
                        .password(true)
                        .font(egui::FontId::proportional(24.0))
                        .desired_width(140.0)
                        .char_limit(8),
                );
                new_pin.retain(|c| c.is_ascii_digit());
                if theme::secondary_button(ui, &t("pin-set")).clicked() {
                    actions.write(UiAction::GrownUps(GrownUpAction::SetPin(std::mem::take(
                        new_pin,
                    ))));
                }
            }
        });
        if game.grown_ups.pin_invalid {
            ui.label(
                egui::RichText::new(t("pin-invalid"))
                    .size(theme::px(17.0))
                    .color(theme::soft_ink()),
            );
        }
    });
}
