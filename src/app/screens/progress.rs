//! One child's progress, for grown-ups: the eight skills as bars with growth
//! words and the figures behind them, how that is worked out, things to talk
//! about, the stories finished, and every choice with the story line and the
//! feedback the child saw. Export and erase are here too.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::flow::{Game, UiAction};
use crate::app::grown_ups::GrownUpAction;
use crate::app::screens::{grown_ups::banner, root_ui};
use crate::app::{face, theme};
use crate::progress::Profile;
use crate::progress::score::{SkillScore, score_profile};
use crate::story::model::{Feeling, Node};

pub fn draw(
    mut contexts: EguiContexts,
    game: Res<Game>,
    mut actions: MessageWriter<UiAction>,
    mut confirm_erase: Local<bool>,
    mut scored: Local<Option<Scored>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let t = |id: &str| game.l10n.text(id);
    let Some(i) = game.grown_ups.viewing else {
        return Ok(());
    };
    let Some(p) = game.profiles.get(i) else {
        return Ok(());
    };
    let mut root = root_ui(&ctx);
    banner(&mut root, &game, &mut actions);
    let mut send = |a: GrownUpAction| {
        actions.write(UiAction::GrownUps(a));
    };
    theme::WindowPanel::new(theme::background()).show(&mut root, |ui| {
        ui.horizontal(|ui| {
            if theme::secondary_button(ui, &format!("◀ {}", t("progress-back"))).clicked() {
                *confirm_erase = false;
                send(GrownUpAction::List);
            }
            face::figure(ui, 60.0, &face::avatar(p.avatar), Feeling::Calm, false);
            theme::heading_label(
                ui,
                &game
                    .l10n
                    .text_with("progress-title", &[("nickname", p.nickname.clone().into())]),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if theme::secondary_button(ui, &format!("🗑 {}", t("progress-erase"))).clicked() {
                    *confirm_erase = true;
                }
                if theme::secondary_button(ui, &format!("💾 {}", t("progress-export"))).clicked()
                {
                    send(GrownUpAction::Export(i));
                }
            });
        });
        if *confirm_erase {
            theme::card().fill(theme::note_fill()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(theme::bold(
                    &game.l10n.text_with(
                        "progress-erase-confirm",
                        &[("nickname", p.nickname.clone().into())],
                    ),
                    22.0,
                ));
                ui.horizontal(|ui| {
                    if theme::secondary_button(ui, &t("progress-erase-no")).clicked() {
                        *confirm_erase = false;
                    }
                    if theme::secondary_button(ui, &t("progress-erase-yes")).clicked() {
                        *confirm_erase = false;
                        send(GrownUpAction::Erase(i));
                    }
                });
            });
        }
        match &game.grown_ups.last_export {
            Some(Ok(path)) => {
                ui.label(game.l10n.text_with(
                    "progress-exported",
                    &[("path", path.display().to_string().into())],
                ));
            }
            Some(Err(e)) => {
                ui.label(
                    game.l10n
                        .text_with("progress-export-failed", &[("error", e.clone().into())]),
                );
            }
            None => {}
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_width(ui.available_width());
            skills(ui, &game, p, &mut scored);
            talk(ui, &game, p);
            stories(ui, &game, p);
            choices(ui, &game, p);
        });
    });
    if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        *confirm_erase = false;
        actions.write(UiAction::GrownUps(GrownUpAction::List));
    }
    Ok(())
}

fn section(ui: &mut egui::Ui, title: &str, body: impl FnOnce(&mut egui::Ui)) {
    ui.add_space(8.0);
    theme::card().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(theme::bold(title, 24.0).color(theme::primary()));
        ui.add_space(4.0);
        body(ui);
    });
}

/// A child's skill figures, and what they were worked out from: the figures
/// go over every choice of every session, and a class profile copied from
/// years of lessons (25,000 sessions) made that most of every frame.
pub struct Scored {
    profile: String,
    sessions: usize,
    stories: usize,
    scores: std::collections::BTreeMap<String, SkillScore>,
}

/// The eight skills as bars: the child's share of what was available, the
/// growth word, and the figures behind them.
fn skills(ui: &mut egui::Ui, game: &Game, p: &Profile, scored: &mut Option<Scored>) {
    let t = |id: &str| game.l10n.text(id);
    let fresh = |s: &Scored| {
        s.profile == p.id
            && s.sessions == p.sessions.len()
            && s.stories == game.content.scenarios.len()
    };
    if !scored.as_ref().is_some_and(fresh) {
        *scored = Some(Scored {
            profile: p.id.clone(),
            sessions: p.sessions.len(),
            stories: game.content.scenarios.len(),
            scores: score_profile(p, &game.content),
        });
    }
    let Some(Scored { scores, .. }) = scored.as_ref() else {
        return;
    };
    section(ui, &t("progress-skills"), |ui| {
        egui::Grid::new("skills")
            .num_columns(4)
            .spacing([18.0, 10.0])
            .show(ui, |ui| {
                for skill in &game.content.catalogue.skills {
                    let s = scores.get(&skill.id).cloned().unwrap_or_default();
                    ui.label(
                        egui::RichText::new(format!("{}  {}", skill.icon, t(&skill.name)))
                            .size(theme::px(20.0)),
                    );
                    bar(ui, &s);
                    ui.label(theme::bold(&t(s.growth().message_id()), 20.0));
                    // Nothing to count yet: the growth word says so.
                    let figures = if s.observations == 0 {
                        String::new()
                    } else {
                        game.l10n.text_with(
                            "progress-figures",
                            &[
                                ("shown", s.shown.into()),
                                ("available", s.available.into()),
                                ("count", s.observations.into()),
                            ],
                        )
                    };
                    ui.label(
                        egui::RichText::new(figures)
                            .size(theme::px(17.0))
                            .color(theme::soft_ink()),
                    );
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        ui.label(theme::bold(&t("progress-how"), 18.0));
        ui.add(
            egui::Label::new(
                egui::RichText::new(t("progress-how-text"))
                    .size(theme::px(16.0))
                    .color(theme::soft_ink()),
            )
            .wrap(),
        );
    });
}

/// A horizontal bar: the share filled, a lighter track for the rest. Growth words
/// beside it carry the meaning too, so colour is never the only signal.
fn bar(ui: &mut egui::Ui, s: &SkillScore) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(260.0, 20.0), egui::Sense::hover());
    let p = ui.painter();
    p.rect_filled(rect, 6, theme::border());
    if let Some(share) = s.share().filter(|v| *v > 0.0) {
        let mut filled = rect;
        filled.set_width((rect.width() * share as f32).max(6.0));
        p.rect_filled(filled, 6, theme::primary());
    }
}

/// Three things to talk about, from the stories the child played last.
fn talk(ui: &mut egui::Ui, game: &Game, p: &Profile) {
    let t = |id: &str| game.l10n.text(id);
    let mut seen: Vec<&str> = Vec::new();
    for s in p.sessions.iter().rev() {
        if !seen.contains(&s.scenario.as_str()) {
            seen.push(&s.scenario);
        }
    }
    // One prompt from each of the latest stories, then further ones from them.
    let mut prompts: Vec<&str> = Vec::new();
    for round in 0..3 {
        for id in &seen {
            if let Some(d) = game
                .content
                .scenario(id)
                .and_then(|sc| sc.discussion.get(round))
                && prompts.len() < 3
            {
                prompts.push(d);
            }
        }
    }
    if prompts.is_empty() {
        return;
    }
    section(ui, &t("progress-talk"), |ui| {
        for d in prompts {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("💬 {}", named(game, p, d))).size(theme::px(19.0)),
                )
                .wrap(),
            );
        }
    });
}

fn stories(ui: &mut egui::Ui, game: &Game, p: &Profile) {
    let t = |id: &str| game.l10n.text(id);
    let finished = crate::report::finished_stories(p);
    section(ui, &t("progress-stories"), |ui| {
        if finished.is_empty() {
            ui.label(egui::RichText::new(t("progress-none-finished")).size(theme::px(19.0)));
        }
        for (id, at) in finished {
            let title = game
                .library
                .card(id)
                .map_or(id.to_string(), |s| t(&s.title));
            ui.label(
                egui::RichText::new(format!("✔ {title} · {}", crate::report::time::date(at)))
                    .size(theme::px(19.0)),
            );
        }
    });
}

/// Every story played, newest first, with each decision's question, the child's
/// first choice and the feedback they saw.
fn choices(ui: &mut egui::Ui, game: &Game, p: &Profile) {
    let t = |id: &str| game.l10n.text(id);
    if p.sessions.iter().all(|s| s.choices.is_empty()) {
        return;
    }
    let played: Vec<_> = p
        .sessions
        .iter()
        .rev()
        .filter(|s| !s.choices.is_empty())
        .collect();
    section(ui, &t("progress-choices"), |ui| {
        for s in played.iter().take(CHOICES_SHOWN) {
            let scenario = game.content.scenario(&s.scenario);
            let title = scenario.map_or(s.scenario.clone(), |sc| t(&sc.title));
            let state = if s.ending.is_some() {
                crate::report::time::date(s.finished.unwrap_or(s.started))
            } else {
                t("progress-not-finished")
            };
            ui.add_space(6.0);
            ui.label(theme::bold(&format!("{title} · {state}"), 20.0));
            let mut k = 0;
            while k < s.choices.len() {
                let c = &s.choices[k];
                let node = scenario.and_then(|sc| sc.nodes.iter().find(|n| n.id() == c.node));
                let (prompt, feedback) = match node {
                    Some(Node::Choice {
                        prompt, choices, ..
                    }) => (
                        Some(prompt.as_str()),
                        choices
                            .iter()
                            .find(|x| x.text == c.choice)
                            .map(|x| x.feedback.as_str()),
                    ),
                    _ => (None, None),
                };
                // Retries straight after belong to the same decision.
                let mut retried = false;
                while s.choices[k].retried
                    && k + 1 < s.choices.len()
                    && s.choices[k + 1].node == c.node
                {
                    retried = true;
                    k += 1;
                }
                ui.indent(("choice", &s.id, k), |ui| {
                    if let Some(prompt) = prompt {
                        ui.label(
                            egui::RichText::new(named(game, p, prompt))
                                .size(theme::px(17.0))
                                .color(theme::soft_ink()),
                        );
                    }
                    let mut line = format!("→ {}", named(game, p, &c.choice));
                    if retried {
                        line.push_str(&format!(" ({})", t("progress-tried-again")));
                    }
                    ui.add(egui::Label::new(theme::bold(&line, 18.0)).wrap());
                    if let Some(f) = feedback.filter(|f| !f.is_empty()) {
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(named(game, p, f))
                                    .size(theme::px(16.0))
                                    .color(theme::soft_ink()),
                            )
                            .wrap(),
                        );
                    }
                });
                k += 1;
            }
        }
        if played.len() > CHOICES_SHOWN {
            let earlier = (played.len() - CHOICES_SHOWN) as i64;
            ui.add_space(6.0);
            ui.label(
                egui::RichText::new(
                    game.l10n
                        .text_with("progress-choices-earlier", &[("count", earlier.into())]),
                )
                .size(theme::px(17.0))
                .color(theme::soft_ink()),
            );
        }
    });
}

/// How many of the latest stories played show their choices. Every session
/// is laid out in every frame, and a class's shared profile can hold
/// thousands (25,000 took a second a frame); "Save a copy" has them all.
const CHOICES_SHOWN: usize = 50;

/// A story text with this child's game name in it.
fn named(game: &Game, p: &Profile, id: &str) -> String {
    game.l10n
        .text_with(id, &[("nickname", p.nickname.clone().into())])
}
