//! The child's own settings, saved with their profile: language, text size,
//! letters that are easier to tell apart, strong colours, less movement, sound
//! effects and their volume, and reading everything aloud. One row per
//! setting, its name on the left and big buttons on the right; the chosen one
//! is filled and has a tick before its word, so colour is not the only sign.
//! The page itself is drawn with the settings as chosen, so it is its own preview.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::read_aloud::{Reader, Unavailable, highlighted_job};
use crate::app::screens::{back_bar, language::languages, root_ui};
use crate::app::theme;

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut reader: ResMut<Reader>,
    mut actions: MessageWriter<UiAction>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let Some(profile) = game.profile() else {
        return Ok(());
    };
    let now = profile.settings.clone();
    let mut new = now.clone();
    let mut root = root_ui(&ctx);
    back_bar(
        &mut root,
        &ctx,
        &format!("⚙ {}", t("settings-title")),
        &t("play-to-map"),
        &mut actions,
    );
    theme::WindowPanel::new(theme::background())
        .inner_margin(egui::Margin::symmetric(36, 12))
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                theme::card()
                    .inner_margin(egui::Margin::symmetric(20, 8))
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.spacing_mut().item_spacing.y = 6.0;
                        let current = game.l10n.current_tag().to_string();
                        row(ui, &t("settings-language"), |ui| {
                            for (tag, name) in languages(&game) {
                                let selected = tag == current;
                                if option(ui, &name, selected).clicked() && !selected {
                                    actions.write(UiAction::SetLanguage(tag));
                                }
                            }
                        });
                        row(ui, &t("settings-text-size"), |ui| {
                            for (k, id) in [
                                "settings-size-normal",
                                "settings-size-large",
                                "settings-size-larger",
                            ]
                            .iter()
                            .enumerate()
                            {
                                if option(ui, &t(id), new.text_size == k as u8).clicked() {
                                    new.text_size = k as u8;
                                }
                            }
                        });
                        row(ui, &t("settings-font"), |ui| {
                            if option(ui, &t("settings-font-usual"), !new.dyslexia_font).clicked() {
                                new.dyslexia_font = false;
                            }
                            if option(ui, &t("settings-font-dyslexic"), new.dyslexia_font).clicked()
                            {
                                new.dyslexia_font = true;
                            }
                        });
                        on_off(ui, &game, &t("settings-contrast"), &mut new.high_contrast);
                        on_off(ui, &game, &t("settings-motion"), &mut new.reduce_motion);
                        let mut sound = !new.muted;
                        on_off(ui, &game, &t("settings-sound"), &mut sound);
                        new.muted = !sound;
                        row(ui, &t("settings-volume"), |ui| {
                            if option(ui, &format!("− {}", t("settings-quieter")), false).clicked()
                            {
                                new.volume = new.volume.saturating_sub(10);
                            }
                            ui.label(theme::bold(&format!("{} %", new.volume), 24.0));
                            if option(ui, &format!("+ {}", t("settings-louder")), false).clicked() {
                                new.volume = (new.volume + 10).min(100);
                            }
                        });
                        row(ui, &t("settings-read-aloud"), |ui| {
                            for (word, on) in [(t("settings-on"), true), (t("settings-off"), false)]
                            {
                                if option(ui, &word, new.read_aloud == on).clicked() {
                                    new.read_aloud = on;
                                }
                            }
                            ui.add_space(12.0);
                            let sample = t("settings-read-aloud-sample");
                            reader.button(
                                ui,
                                &t("read-aloud-button"),
                                &[("settings-sample".into(), sample.clone())],
                            );
                            ui.add(
                                egui::Label::new(highlighted_job(
                                    &sample,
                                    reader.highlight("settings-sample"),
                                    egui::FontId::proportional(theme::px(20.0)),
                                    theme::soft_ink(),
                                ))
                                .wrap(),
                            );
                        });
                        if let Some(problem) = &reader.unavailable {
                            problem_note(ui, &game, problem);
                        }
                    });
            });
        });
    if new != now {
        actions.write(UiAction::UpdateSettings(new));
    }
    Ok(())
}

/// Why reading aloud cannot work here, in words for a child and a grown-up.
pub fn problem_note(ui: &mut egui::Ui, game: &Game, problem: &Unavailable) {
    let t = |id: &str| game.l10n.text(id);
    let text = match problem {
        Unavailable::NotBuilt => t("read-aloud-not-built"),
        Unavailable::NoEngine(_) => t("read-aloud-no-engine"),
        Unavailable::NoVoice(_) => t("read-aloud-no-voice"),
    };
    theme::card()
        .fill(theme::note_fill())
        .inner_margin(egui::Margin::symmetric(14, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(egui::RichText::new(format!("🔇 {text}")).size(theme::px(19.0)))
                    .wrap(),
            );
        });
}

/// A setting's name on the left, its options beside it (wrapping if needed),
/// and a thin line under the row.
fn row(ui: &mut egui::Ui, label: &str, options: impl FnOnce(&mut egui::Ui)) {
    ui.horizontal(|ui| {
        let w = (ui.available_width() * 0.24).max(140.0);
        ui.allocate_ui_with_layout(
            egui::vec2(w, 46.0),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_width(w);
                ui.add(egui::Label::new(theme::bold(label, 22.0)).wrap());
            },
        );
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().button_padding = egui::vec2(16.0, 8.0);
            ui.spacing_mut().item_spacing = egui::vec2(12.0, 6.0);
            options(ui);
        });
    });
    let r = ui.available_rect_before_wrap();
    ui.painter().hline(
        r.x_range(),
        r.top() - 2.0,
        egui::Stroke::new(1.0, theme::border()),
    );
}

/// "On" / "Off" for a yes-or-no setting (a screen reader hears "Strong colours: On").
fn on_off(ui: &mut egui::Ui, game: &Game, label: &str, value: &mut bool) {
    row(ui, label, |ui| {
        for (word, on) in [
            (game.l10n.text("settings-on"), true),
            (game.l10n.text("settings-off"), false),
        ] {
            let r = option(ui, &word, *value == on);
            let name = format!("{label}: {word}");
            r.widget_info(|| {
                egui::WidgetInfo::selected(egui::WidgetType::Button, true, *value == on, &name)
            });
            if r.clicked() {
                *value = on;
            }
        }
    });
}

/// One option: the chosen one is filled, with a tick before its word.
fn option(ui: &mut egui::Ui, text: &str, selected: bool) -> egui::Response {
    let label = if selected {
        format!("✔ {text}")
    } else {
        text.to_string()
    };
    let mut rich = egui::RichText::new(label).size(theme::px(21.0));
    if selected {
        rich = rich.color(theme::on_primary());
    }
    ui.add(
        egui::Button::new(rich)
            .fill(if selected {
                theme::primary()
            } else {
                theme::secondary()
            })
            .selected(selected)
            .min_size(egui::vec2(64.0, 48.0)),
    )
}
