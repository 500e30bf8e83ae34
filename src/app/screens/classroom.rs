//! Editing a lesson (its name, and which stories in which order) and a class
//! (its name, and which children), in the grown-up area.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::grown_ups::GrownUpAction;
use crate::app::screens::{grown_ups::banner, root_ui};
use crate::app::theme;

/// The top row of an editor: "Done", the name (edited as a copy and sent when
/// the field loses focus), and "Delete" on the right.
fn header(
    ui: &mut egui::Ui,
    game: &Game,
    draft: &mut Option<String>,
    current: &str,
    rename: impl FnOnce(String) -> GrownUpAction,
    delete: GrownUpAction,
    out: &mut Vec<GrownUpAction>,
) {
    let t = |id: &str| game.l10n.text(id);
    ui.horizontal(|ui| {
        if theme::primary_button(ui, &format!("✔ {}", t("classroom-done"))).clicked() {
            out.push(GrownUpAction::List);
        }
        ui.label(egui::RichText::new(t("classroom-name")).size(theme::px(20.0)));
        let text = draft.get_or_insert_with(|| current.to_string());
        let r = ui.add(
            egui::TextEdit::singleline(text)
                .font(egui::FontId::proportional(24.0))
                .desired_width(420.0)
                .char_limit(60),
        );
        if r.lost_focus() && text.trim() != current {
            out.push(rename(text.clone()));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if theme::secondary_button(ui, &format!("🗑 {}", t("classroom-delete"))).clicked() {
                out.push(delete);
            }
        });
    });
}

/// Sends the editor's actions; leaving the editor forgets the name being typed.
fn send(
    actions: &mut MessageWriter<UiAction>,
    out: Vec<GrownUpAction>,
    draft: &mut Option<String>,
) {
    for a in out {
        if matches!(
            a,
            GrownUpAction::List | GrownUpAction::DeleteLesson(_) | GrownUpAction::DeleteClass(_)
        ) {
            *draft = None;
        }
        actions.write(UiAction::GrownUps(a));
    }
}

pub fn draw_lesson(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
    mut name: Local<Option<String>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let Some(i) = game.grown_ups.editing else {
        return Ok(());
    };
    let Some(lesson) = game.classroom.lessons.get(i) else {
        return Ok(());
    };
    let mut root = root_ui(&ctx);
    banner(&mut root, &game, &mut actions);
    let mut out: Vec<GrownUpAction> = Vec::new();
    theme::WindowPanel::new(theme::background()).show(&mut root, |ui| {
        header(
            ui,
            &game,
            &mut name,
            &lesson.name,
            |new| GrownUpAction::RenameLesson(i, new),
            GrownUpAction::DeleteLesson(i),
            &mut out,
        );
        ui.label(egui::RichText::new(t("classroom-pick-stories")).size(theme::px(20.0)));
        ui.columns(2, |cols| {
            // Left: every story, grouped as on the map; a tick when it is in.
            // Only the rows in view are laid out: a school library has a
            // thousand stories, all of one height.
            let cards = game.library.cards();
            let row = (theme::px(19.0) * 1.4 + 2.0 * cols[0].spacing().button_padding.y)
                .max(40.0)
                .ceil();
            egui::ScrollArea::vertical()
                .id_salt("all-stories")
                .show_rows(&mut cols[0], row, cards.len(), |ui, shown| {
                    for s in &cards[shown] {
                        let inside = lesson.stories.contains(&s.id);
                        let ages: Vec<&str> = s.ages.iter().map(|a| a.label()).collect();
                        let label = format!(
                            "{} {}  {}  ({})",
                            if inside { "✔" } else { "➕" },
                            s.icon,
                            t(&s.title),
                            ages.join(", ")
                        );
                        if ui
                            .add(
                                egui::Button::selectable(
                                    inside,
                                    egui::RichText::new(label).size(theme::px(19.0)),
                                )
                                .min_size(egui::vec2(ui.available_width(), row)),
                            )
                            .clicked()
                        {
                            out.push(GrownUpAction::ToggleStory(i, s.id.clone()));
                        }
                    }
                });
            // Right: the lesson, in order.
            let ui = &mut cols[1];
            ui.label(theme::bold(&t("classroom-in-lesson"), 22.0));
            for (k, id) in lesson.stories.iter().enumerate() {
                let title = game
                    .library
                    .card(id)
                    .map_or_else(|| id.clone(), |s| format!("{}  {}", s.icon, t(&s.title)));
                ui.horizontal(|ui| {
                    ui.label(
                        egui::RichText::new(format!("{}. {title}", k + 1)).size(theme::px(19.0)),
                    );
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.button("✖").clicked() {
                            out.push(GrownUpAction::ToggleStory(i, id.clone()));
                        }
                        if ui.button("⬇").clicked() {
                            out.push(GrownUpAction::ShiftStory(i, k, false));
                        }
                        if ui.button("⬆").clicked() {
                            out.push(GrownUpAction::ShiftStory(i, k, true));
                        }
                    });
                });
            }
        });
    });
    send(&mut actions, out, &mut name);
    Ok(())
}

pub fn draw_class(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
    mut name: Local<Option<String>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let Some(i) = game.grown_ups.editing else {
        return Ok(());
    };
    let Some(class) = game.classroom.classes.get(i) else {
        return Ok(());
    };
    let mut root = root_ui(&ctx);
    banner(&mut root, &game, &mut actions);
    let mut out: Vec<GrownUpAction> = Vec::new();
    theme::WindowPanel::new(theme::background()).show(&mut root, |ui| {
        header(
            ui,
            &game,
            &mut name,
            &class.name,
            |new| GrownUpAction::RenameClass(i, new),
            GrownUpAction::DeleteClass(i),
            &mut out,
        );
        ui.label(theme::bold(&t("classroom-members"), 22.0));
        egui::ScrollArea::vertical().show(ui, |ui| {
            // Like the lesson's story list: a tick when the child is in.
            for p in &game.profiles {
                let inside = class.members.contains(&p.id);
                let label = format!("{} {}", if inside { "✔" } else { "➕" }, p.nickname);
                if ui
                    .add(
                        egui::Button::selectable(
                            inside,
                            egui::RichText::new(label).size(theme::px(21.0)),
                        )
                        .min_size(egui::vec2(420.0, 44.0)),
                    )
                    .clicked()
                {
                    out.push(GrownUpAction::ToggleMember(i, p.id.clone()));
                }
            }
        });
    });
    send(&mut actions, out, &mut name);
    Ok(())
}
