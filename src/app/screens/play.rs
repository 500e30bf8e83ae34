//! Playing a scenario: the characters with faces that show their feelings, one
//! line of story at a time, big numbered choices, then kind feedback on how each
//! person feels and why, with "try another way" after a choice that hurt someone.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::read_aloud::{Reader, highlighted_job};
use crate::app::screens::{cast, key, number_key, root_ui};
use crate::app::{motion, scene, theme};
use crate::story::check::NARRATOR;
use crate::story::model::{Node, Scenario};
use crate::story::runtime::Step;

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut reader: ResMut<Reader>,
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
    // What this step says, in reading order, for reading aloud (and the key
    // that makes each step's motion and automatic reading happen once).
    let step_key = format!(
        "{}:{}:{}:{}",
        s.id,
        play.session.node_id(),
        play.session.history().len(),
        matches!(step, Step::Feedback { .. })
    );
    let texts = step_texts(&game, s, &step);
    reader.auto(game.settings().read_aloud, &step_key, &texts);
    // On the big screen the words are larger, so the back of the class can read them.
    let big = if game.projector.is_some() { 1.3 } else { 1.0 };
    let mut root = root_ui(&ctx);
    top_bar(&mut root, &game, s, &mut actions);
    // A speaker was pressed but nothing can speak: say why, once, until closed.
    if reader.show_problem
        && let Some(problem) = reader.unavailable.clone()
    {
        egui::Panel::top("read-aloud-problem")
            .frame(theme::screen_frame(theme::panel()).inner_margin(egui::Margin::symmetric(24, 4)))
            .show(&mut root, |ui| {
                ui.horizontal(|ui| {
                    let close = theme::secondary_button(ui, "✖");
                    let name = t("grown-ups-close");
                    close.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &name)
                    });
                    if close.clicked() {
                        reader.show_problem = false;
                    }
                    crate::app::screens::settings::problem_note(ui, &game, &problem);
                });
            });
    }
    let speaker = match &step {
        Step::Line(Node::Line { speaker, .. }) => Some(speaker.as_str()),
        _ => None,
    };
    // The buttons sit in a bar at the bottom, so long words never push them off screen.
    let bar = theme::bar_frame().inner_margin(egui::Margin::symmetric(36, 12));
    match &step {
        Step::Line(_) => {
            egui::Panel::bottom("play-actions")
                .frame(bar)
                .show(&mut root, |ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let next = theme::primary_button(ui, &format!("{}  →", t("play-next")));
                        ui.label(
                            egui::RichText::new(t("play-next-hint"))
                                .size(theme::px(18.0))
                                .color(theme::soft_ink()),
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
        // The big screen's larger words take some of the faces' room.
        Step::Line(_) if game.projector.is_some() => 180.0,
        // Larger text takes its room from the faces, so the line stays in sight.
        Step::Line(_) => 220.0 / theme::px(1.0).powi(2),
        Step::Feedback { .. } => 96.0,
        // Four long choices in German or Ukrainian must fit under the cast.
        _ => 84.0,
    };
    // With large text, feedback shows each named person's face beside their
    // words instead of the whole cast above.
    let faces_inline = matches!(step, Step::Feedback { .. }) && theme::px(1.0) > 1.0;
    theme::WindowPanel::new(theme::setting_tint(s.setting)).show(&mut root, |ui| {
        // On the big screen decisions and feedback show only words, in large
        // type (each feeling is still named, with its person); the faces
        // are there for the story's lines.
        let words_only = (game.projector.is_some()
            && matches!(step, Step::Decision { .. } | Step::Feedback { .. }))
            || faces_inline;
        if !words_only {
            // The scenery fills the panel's width behind the cast and names.
            let full = ui.max_rect().expand2(egui::vec2(36.0, 24.0));
            // It ends just under the figures' feet: the floor is there.
            let stage = egui::Rect::from_min_size(
                full.min,
                egui::vec2(full.width(), 24.0 + stage_height + 10.0),
            );
            scene::paint(ui.painter(), stage, s.setting);
            cast::row(ui, &game, play, s, speaker, stage_height);
        }
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .auto_shrink([false, true])
            .show(ui, |ui| {
                match step {
                    Step::Line(Node::Line { speaker, text, .. }) => {
                        motion::appear(ui, ("line", &step_key), |ui| {
                            theme::card().show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                let who = if speaker == NARRATOR {
                                    t("play-narrator")
                                } else {
                                    s.character(speaker)
                                        .map_or_else(|| speaker.clone(), |c| t(&c.name))
                                };
                                ui.horizontal(|ui| {
                                    reader.button(ui, &t("read-aloud-button"), &texts);
                                    ui.label(theme::bold(&who, 22.0).color(theme::primary()));
                                });
                                let line = t(text);
                                ui.add(
                                    egui::Label::new(highlighted_job(
                                        &line,
                                        reader.highlight("line"),
                                        egui::FontId::proportional(theme::px(30.0 * big)),
                                        theme::ink(),
                                    ))
                                    .wrap(),
                                );
                            });
                        });
                    }
                    Step::Decision {
                        prompt, offered, ..
                    } => {
                        // The hint goes beside the question when both fit on one
                        // line; otherwise the numbers on the buttons say enough.
                        let question = t(prompt);
                        let prompt = theme::bold(&question, 28.0 * big);
                        // The question as drawn: highlighted while it is read aloud.
                        let shown: egui::WidgetText = match reader.highlight("prompt") {
                            Some(r) => highlighted_job(
                                &question,
                                Some(r),
                                egui::FontId::new(
                                    theme::px(28.0 * big),
                                    egui::FontFamily::Name("bold".into()),
                                ),
                                theme::ink(),
                            )
                            .into(),
                            None => prompt.clone().into(),
                        };
                        let hint = egui::RichText::new(t("play-choose-hint"))
                            .size(theme::px(18.0))
                            .color(theme::soft_ink());
                        let width = |r: &egui::RichText| {
                            egui::WidgetText::from(r.clone())
                                .into_galley(
                                    ui,
                                    Some(egui::TextWrapMode::Extend),
                                    f32::INFINITY,
                                    egui::FontSelection::Default,
                                )
                                .size()
                                .x
                        };
                        let both =
                            width(&prompt) + width(&hint) + 2.0 * ui.spacing().item_spacing.x;
                        if game.projector.is_some() {
                            // The class votes; the teacher enters the choice.
                            ui.add(egui::Label::new(prompt).wrap());
                            ui.label(
                                egui::RichText::new(format!("✋ {}", t("projector-vote-hint")))
                                    .size(theme::px(20.0))
                                    .color(theme::soft_ink()),
                            );
                        } else if both + 60.0 <= ui.available_width() {
                            ui.horizontal(|ui| {
                                reader.button(ui, &t("read-aloud-button"), &texts);
                                ui.label(shown);
                                ui.label(hint);
                            });
                        } else {
                            ui.horizontal(|ui| {
                                reader.button(ui, &t("read-aloud-button"), &texts);
                                ui.add(egui::Label::new(shown).wrap());
                            });
                        }
                        ui.spacing_mut().item_spacing.y = 8.0;
                        let pressed = number_key(&ctx);
                        for (n, (_, choice)) in offered.iter().enumerate() {
                            let text = format!("{}   {}", n + 1, t(&choice.text));
                            let source = format!("choice-{n}");
                            // The number is not read; the highlight skips it too.
                            let shift = text.len() - t(&choice.text).len();
                            let range = reader
                                .highlight(&source)
                                .map(|r| r.start + shift..r.end + shift);
                            let job = highlighted_job(
                                &text,
                                range,
                                egui::FontId::proportional(theme::px(25.0 * big)),
                                theme::ink(),
                            );
                            // Choices come in one after another, quickly.
                            let p = motion::progress(
                                &ctx,
                                ("choice", &step_key, n),
                                0.25 + 0.08 * n as f32,
                            );
                            // Each choice has its own speaker (not on the big
                            // screen: there the teacher reads to the class).
                            let r = ui
                                .horizontal(|ui| {
                                    if game.projector.is_none() {
                                        let said = t(&choice.text);
                                        reader.button(
                                            ui,
                                            &t("read-aloud-button"),
                                            &[(source.clone(), said)],
                                        );
                                    }
                                    let b = egui::Button::new(job)
                                        .wrap()
                                        .fill(theme::panel())
                                        .stroke(theme::border_stroke())
                                        .min_size(egui::Vec2::new(ui.available_width(), 54.0));
                                    // Top-down inside, so the words start at the left.
                                    ui.vertical(|ui| {
                                        ui.set_opacity(0.2 + 0.8 * p);
                                        ui.add(b)
                                    })
                                    .inner
                                })
                                .inner;
                            if r.clicked() || pressed == Some(n + 1) {
                                actions.write(UiAction::Choose(n));
                            }
                        }
                    }
                    Step::Feedback {
                        choice, feelings, ..
                    } => {
                        motion::appear(ui, ("feedback", &step_key), |ui| {
                            theme::card()
                                .inner_margin(egui::Margin::symmetric(20, 12))
                                .show(ui, |ui| {
                                    ui.set_width(ui.available_width());
                                    ui.spacing_mut().item_spacing.y = 8.0;
                                    ui.horizontal(|ui| {
                                        reader.button(ui, &t("read-aloud-button"), &texts);
                                        ui.add(
                                            egui::Label::new(
                                                egui::RichText::new(game.l10n.text_with(
                                                    "feedback-you-chose",
                                                    &[("choice", t(&choice.text).into())],
                                                ))
                                                .size(theme::px(20.0))
                                                .color(theme::soft_ink()),
                                            )
                                            .wrap(),
                                        );
                                    });
                                    let said = t(&choice.feedback);
                                    ui.add(
                                        egui::Label::new(highlighted_job(
                                            &said,
                                            reader.highlight("feedback"),
                                            egui::FontId::proportional(theme::px(26.0 * big)),
                                            theme::ink(),
                                        ))
                                        .wrap(),
                                    );
                                    ui.add_space(4.0);
                                    ui.label(
                                        theme::bold(&t("feedback-title"), 22.0)
                                            .color(theme::primary()),
                                    );
                                    cast::feeling_lines(
                                        ui,
                                        &game,
                                        s,
                                        feelings,
                                        22.0 * big,
                                        Some(&reader),
                                        faces_inline,
                                    );
                                });
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

/// Everything a step says, in reading order, as (source, text) for reading
/// aloud: the line; or the question and each choice; or the feedback and how
/// each person feels.
fn step_texts(game: &Game, s: &Scenario, step: &Step) -> Vec<(String, String)> {
    let t = |id: &str| game.l10n.text(id);
    match step {
        Step::Line(Node::Line { text, .. }) => vec![("line".into(), t(text))],
        Step::Decision {
            prompt, offered, ..
        } => std::iter::once(("prompt".to_string(), t(prompt)))
            .chain(
                offered
                    .iter()
                    .enumerate()
                    .map(|(n, (_, c))| (format!("choice-{n}"), t(&c.text))),
            )
            .collect(),
        Step::Feedback {
            choice, feelings, ..
        } => std::iter::once(("feedback".to_string(), t(&choice.feedback)))
            .chain(cast::feeling_texts(game, s, feelings))
            .collect(),
        _ => Vec::new(),
    }
}

fn top_bar(root: &mut egui::Ui, game: &Game, s: &Scenario, actions: &mut MessageWriter<UiAction>) {
    let t = |id: &str| game.l10n.text(id);
    egui::Panel::top("play-top")
        .frame(theme::screen_frame(theme::panel()).inner_margin(egui::Margin::symmetric(24, 8)))
        .show(root, |ui| {
            ui.horizontal(|ui| {
                // On the big screen this way out ends the lesson.
                let out = if game.projector.is_some() {
                    t("projector-end")
                } else {
                    t("play-to-map")
                };
                if theme::secondary_button(ui, &format!("◀ {out}")).clicked() {
                    actions.write(UiAction::ToMap);
                }
                // The story's title is the screen's heading; its icon is not read out.
                let title = t(&s.title);
                let r = theme::label_spoken_as_words(
                    ui,
                    egui::Label::new(theme::bold(&format!("{}  {title}", s.icon), 26.0)),
                    &title,
                );
                theme::mark_heading(ui, &r);
                // On the big screen, everyone can see that nobody's progress counts.
                if game.projector.is_some() {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(t("projector-banner"))
                                    .size(theme::px(17.0))
                                    .color(theme::soft_ink()),
                            )
                            .wrap(),
                        );
                    });
                }
            });
        });
}
