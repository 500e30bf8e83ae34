//! "Who is playing?": pick a profile (face + nickname) or make a new one with a
//! generated nickname. No real names are asked for.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::grown_ups::GrownUpAction;
use crate::app::screens::{card_rows, card_width, key, root_ui};
use crate::app::{face, theme};
use crate::nickname;
use crate::story::model::Feeling;

/// The new-player form, while it is open.
#[derive(Default)]
pub struct Draft {
    open: bool,
    /// The "what grown-ups can see" card is showing.
    showing_privacy: bool,
    nickname: String,
    avatar: u8,
    rng: Option<fastrand::Rng>,
}

impl Draft {
    fn new_name(&mut self, game: &Game) {
        let taken: Vec<String> = game.profiles.iter().map(|p| p.nickname.clone()).collect();
        let rng = self.rng.get_or_insert_with(fastrand::Rng::new);
        self.nickname = nickname::generate(&game.l10n, rng, &taken);
    }
}

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
    mut draft: Local<Draft>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    if game.profiles.is_empty() && !draft.open {
        draft.open = true;
        draft.new_name(&game);
    }
    // The way to the grown-up area and the child's card about it, small, in a bar
    // at the bottom: there for grown-ups, not in a child's way.
    let mut root = root_ui(&ctx);
    egui::Panel::bottom("grown-up-links")
        .frame(theme::bar_frame().inner_margin(egui::Margin::symmetric(24, 8)))
        .show(&mut root, |ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let small = |text: String| {
                    egui::Button::new(egui::RichText::new(text).size(theme::px(17.0)))
                        .fill(theme::secondary())
                        .min_size(egui::vec2(48.0, 44.0))
                };
                if ui
                    .add(small(format!("🔒 {}", t("grown-ups-button"))))
                    .clicked()
                {
                    actions.write(UiAction::GrownUps(GrownUpAction::Open));
                }
                if ui
                    .add(small(format!("ℹ {}", t("grown-ups-what-can-see-button"))))
                    .clicked()
                {
                    draft.showing_privacy = true;
                }
            });
        });
    theme::WindowPanel::new(theme::background()).show(&mut root, |ui| {
        ui.vertical_centered(|ui| {
            theme::heading_label(ui, &t("profiles-title"));
        });
        ui.add_space(8.0);
        if let Some(why) = game.unsaved {
            // Without this a child would find their players gone.
            let id = match why {
                crate::app::flow::Unsaved::InUse => "data-in-use",
                crate::app::flow::Unsaved::FolderProblem => "data-not-saved",
            };
            ui.vertical_centered(|ui| {
                ui.label(
                    egui::RichText::new(format!("ℹ {}", t(id)))
                        .size(theme::px(20.0))
                        .color(theme::ink()),
                );
            });
        }
        if game.data_problems > 0 {
            // Said once, calmly; the details are in the log for a grown-up.
            ui.vertical_centered(|ui| {
                ui.label(
                    egui::RichText::new(format!("ℹ {}", t("data-problem")))
                        .size(theme::px(18.0))
                        .color(theme::soft_ink()),
                );
            });
        }
        if draft.showing_privacy {
            privacy_card(ui, &game, &mut draft);
        } else if draft.open {
            new_player(ui, &ctx, &game, &mut draft, &mut actions);
        } else {
            pick_player(ui, &game, &mut draft, &mut actions);
        }
    });
    // Escape closes what is open, or goes back to the title.
    if crate::app::screens::key(&ctx, egui::Key::Escape) {
        if draft.showing_privacy {
            draft.showing_privacy = false;
        } else if draft.open && !game.profiles.is_empty() {
            draft.open = false;
        } else {
            actions.write(UiAction::ToTitle);
        }
    }
    Ok(())
}

fn pick_player(
    ui: &mut egui::Ui,
    game: &Game,
    draft: &mut Draft,
    actions: &mut MessageWriter<UiAction>,
) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        // Every player, then "new player".
        let cards: Vec<Option<usize>> = (0..game.profiles.len())
            .map(Some)
            .chain(std::iter::once(None))
            .collect();
        card_rows(ui, &cards, card_width(200.0), true, |ui, card| match card {
            Some(i) => player_card(ui, game, *i, actions),
            None => new_player_card(ui, game, draft),
        });
    });
}

fn player_card(ui: &mut egui::Ui, game: &Game, i: usize, actions: &mut MessageWriter<UiAction>) {
    let p = &game.profiles[i];
    let r = theme::card()
        .show(ui, |ui| {
            ui.set_width(200.0);
            ui.vertical_centered(|ui| {
                face::figure(ui, 140.0, &face::avatar(p.avatar), Feeling::Happy, false);
                ui.label(theme::bold(&p.nickname, 24.0));
            });
        })
        .response;
    let r = crate::app::screens::as_button(ui, &r, ("profile", &p.id), &p.nickname);
    crate::app::screens::highlight_card(ui, &r);
    if r.clicked() {
        actions.write(UiAction::SelectProfile(i));
    }
}

/// The last card: "new player".
fn new_player_card(ui: &mut egui::Ui, game: &Game, draft: &mut Draft) {
    let t = |id: &str| game.l10n.text(id);
    let r = theme::card()
        .show(ui, |ui| {
            ui.set_width(200.0);
            // As tall as a player's card (face and name).
            ui.set_height(194.0);
            ui.vertical_centered(|ui| {
                ui.add_space(30.0);
                ui.label(
                    egui::RichText::new("➕")
                        .size(theme::px(56.0))
                        .color(theme::primary()),
                );
                ui.label(theme::bold(&t("profiles-new"), 24.0));
            });
        })
        .response;
    let r = crate::app::screens::as_button(ui, &r, "new-player", &t("profiles-new"));
    if r.clicked() {
        draft.open = true;
        draft.avatar = (game.profiles.len() % nickname::AVATARS as usize) as u8;
        draft.new_name(game);
    }
}

fn new_player(
    ui: &mut egui::Ui,
    ctx: &egui::Context,
    game: &Game,
    draft: &mut Draft,
    actions: &mut MessageWriter<UiAction>,
) {
    let t = |id: &str| game.l10n.text(id);
    ui.vertical_centered(|ui| {
        theme::card().show(ui, |ui| {
            ui.set_width(ui.available_width().min(980.0));
            ui.vertical_centered(|ui| {
                ui.label(theme::bold(&t("profiles-pick-face"), 26.0));
                ui.horizontal(|ui| {
                    // Each face is as wide as its height / 3.5 * 2.6, plus the gap.
                    let w = nickname::AVATARS as f32
                        * (100.0 / 3.5 * 2.6 + ui.spacing().item_spacing.x);
                    ui.add_space(((ui.available_width() - w) / 2.0).max(0.0));
                    for i in 0..nickname::AVATARS {
                        let selected = draft.avatar == i;
                        let r = face::figure(
                            ui,
                            100.0,
                            &face::avatar(i),
                            if selected {
                                Feeling::Happy
                            } else {
                                Feeling::Calm
                            },
                            selected,
                        );
                        let r = crate::app::screens::as_button(
                            ui,
                            &r,
                            ("avatar", i),
                            &game
                                .l10n
                                .text_with("profiles-face-label", &[("number", (i + 1).into())]),
                        );
                        if selected {
                            // Chosen: a thick ring and a tick, not only a tint.
                            ui.painter().rect_stroke(
                                r.rect.expand(4.0),
                                18,
                                egui::Stroke::new(4.0, theme::primary()),
                                egui::StrokeKind::Outside,
                            );
                            ui.painter().text(
                                r.rect.right_top() + egui::vec2(-2.0, 2.0),
                                egui::Align2::RIGHT_TOP,
                                "✔",
                                egui::FontId::proportional(26.0),
                                theme::primary(),
                            );
                        }
                        if r.clicked() {
                            draft.avatar = i;
                        }
                    }
                });
                ui.label(
                    egui::RichText::new(t("profiles-your-name"))
                        .size(theme::px(22.0))
                        .color(theme::soft_ink()),
                );
                ui.label(theme::bold(&draft.nickname, 34.0).color(theme::primary()));
                if theme::secondary_button(ui, &format!("🎲  {}", t("profiles-another-name")))
                    .clicked()
                {
                    draft.new_name(game);
                }
                ui.horizontal(|ui| {
                    // Centre the main button; the back arrow (if any) sits to its left.
                    let back = !game.profiles.is_empty();
                    let w = 200.0
                        + if back {
                            2.0 * (52.0 + ui.spacing().item_spacing.x)
                        } else {
                            0.0
                        };
                    ui.add_space(((ui.available_width() - w) / 2.0).max(0.0));
                    if back && theme::secondary_button(ui, "◀").clicked() {
                        draft.open = false;
                    }
                    let go = theme::primary_button(ui, &t("profiles-create"));
                    if go.clicked() || key(ctx, egui::Key::Enter) {
                        actions.write(UiAction::CreateProfile {
                            nickname: draft.nickname.clone(),
                            avatar: draft.avatar,
                        });
                        draft.open = false;
                    }
                });
                ui.label(
                    egui::RichText::new(format!("🔒 {}", t("profiles-no-real-names")))
                        .size(theme::px(18.0))
                        .color(theme::soft_ink()),
                );
            });
        });
    });
}

/// What grown-ups can see, said to the child, simply.
fn privacy_card(ui: &mut egui::Ui, game: &Game, draft: &mut Draft) {
    let t = |id: &str| game.l10n.text(id);
    ui.vertical_centered(|ui| {
        ui.add_space(30.0);
        theme::card().show(ui, |ui| {
            ui.set_width(ui.available_width().min(760.0));
            ui.vertical_centered(|ui| {
                ui.label(theme::bold(
                    &format!("ℹ {}", t("grown-ups-what-can-see-title")),
                    30.0,
                ));
                ui.add_space(8.0);
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(t("grown-ups-what-can-see-text")).size(theme::px(26.0)),
                    )
                    .wrap(),
                );
                ui.add_space(12.0);
                if theme::primary_button(ui, &t("grown-ups-what-can-see-close")).clicked() {
                    draft.showing_privacy = false;
                }
            });
        });
    });
}
