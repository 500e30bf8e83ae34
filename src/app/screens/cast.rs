//! The row of people in a story, each drawn with their name and how they feel
//! under them (the word, so colour and face are never the only signal). Used on
//! the play screen and at the ending.

use bevy_egui::egui;

use crate::app::flow::{Game, PlayState};
use crate::app::{face, theme};
use crate::story::model::{Feeling, FeelingChange, Scenario};

const NAME_SIZE: f32 = 18.0;
const FEELING_SIZE: f32 = 17.0;

/// Draws everyone in `s` centred in the row, figures `height` tall; `speaker` is
/// highlighted and drawn larger. Each gets a slot as wide as the longest name,
/// so names stay on one line and the row is even.
pub fn row(
    ui: &mut egui::Ui,
    game: &Game,
    play: &PlayState,
    s: &Scenario,
    speaker: Option<&str>,
    height: f32,
) {
    let t = |id: &str| game.l10n.text(id);
    let bold = egui::FontId::new(theme::px(NAME_SIZE), egui::FontFamily::Name("bold".into()));
    let regular = egui::FontId::proportional(theme::px(FEELING_SIZE));
    let width = |text: String, font: &egui::FontId| {
        ui.painter()
            .layout_no_wrap(text, font.clone(), theme::ink())
            .size()
            .x
    };
    // The longest name, or the longest feeling word in this language (any of them
    // may show, and the row must not jump as feelings change).
    let widest = s
        .characters
        .iter()
        .map(|c| width(t(&c.name), &bold))
        .chain(
            Feeling::ALL
                .iter()
                .map(|f| width(t(f.message_id()), &regular)),
        )
        .fold(0.0_f32, f32::max);
    let figure_width = height / 3.5 * 2.6;
    let gap = ui.spacing().item_spacing.x;
    let n = s.characters.len().max(1) as f32;
    // As wide as the longest name, but never wider than an even share of the row.
    let slot = (widest.max(figure_width) + 10.0).min((ui.available_width() - gap * n) / n);
    ui.horizontal(|ui| {
        ui.add_space(((ui.available_width() - n * (slot + gap)) / 2.0).max(0.0));
        for c in &s.characters {
            let feeling = play.faces.get(&c.id).copied().unwrap_or(Feeling::Calm);
            let speaking = speaker == Some(c.id.as_str());
            ui.vertical(|ui| {
                ui.set_width(slot);
                ui.vertical_centered(|ui| {
                    let h = if speaking { height } else { height * 0.85 };
                    ui.add_space(height - h);
                    let label = game.l10n.text_with(
                        "face-label",
                        &[
                            ("name", t(&c.name).into()),
                            ("feeling", t(feeling.message_id()).into()),
                        ],
                    );
                    face::story_figure(ui, h, &c.look, feeling, speaking, &c.id, &label);
                    ui.spacing_mut().item_spacing.y = 2.0;
                    let name = ui.label(theme::bold(&t(&c.name), NAME_SIZE));
                    let word = ui.label(
                        egui::RichText::new(t(feeling.message_id()))
                            .size(theme::px(FEELING_SIZE))
                            .color(theme::soft_ink()),
                    );
                    // The face already tells a screen reader "Priya, calm";
                    // the words under it would only repeat it.
                    for r in [name, word] {
                        ui.ctx()
                            .accesskit_node_builder(r.id, |node| node.set_hidden());
                    }
                });
            });
        }
    });
}

/// "Priya (sad):", the start of a person's feeling line.
pub fn feeling_lead(game: &Game, c: &crate::story::model::Character, feels: Feeling) -> String {
    game.l10n.text_with(
        "feeling-label",
        &[
            ("name", game.l10n.text(&c.name).into()),
            ("feeling", game.l10n.text(feels.message_id()).into()),
        ],
    )
}

/// Each person's feeling line as (source, words) for reading aloud, in order.
pub fn feeling_texts(
    game: &Game,
    s: &Scenario,
    feelings: &[FeelingChange],
) -> Vec<(String, String)> {
    feelings
        .iter()
        .enumerate()
        .filter_map(|(k, f)| {
            let c = s.character(&f.who)?;
            let why = game.l10n.text(&f.why);
            Some((
                format!("feeling-{k}"),
                format!("{} {why}", feeling_lead(game, c, f.feels)),
            ))
        })
        .collect()
}

/// One line per person: "Priya (sad): She will not know about the picnic." The
/// faces show the feelings; these say them in words, with the reason. With
/// `with_faces`, each line has the person's face beside it (for large text,
/// where the whole cast would take too much room).
pub fn feeling_lines(
    ui: &mut egui::Ui,
    game: &Game,
    s: &Scenario,
    feelings: &[FeelingChange],
    size: f32,
    reader: Option<&crate::app::read_aloud::Reader>,
    with_faces: bool,
) {
    let t = |id: &str| game.l10n.text(id);
    for (k, f) in feelings.iter().enumerate() {
        if let Some(c) = s.character(&f.who) {
            let lead = feeling_lead(game, c, f.feels);
            let marked = reader.is_some_and(|r| r.highlight(&format!("feeling-{k}")).is_some());
            if with_faces {
                ui.horizontal(|ui| {
                    face::story_figure(ui, 70.0, &c.look, f.feels, false, &c.id, &lead);
                    ui.vertical(|ui| theme::lead_and_text(ui, &lead, &t(&f.why), size, marked));
                });
            } else {
                theme::lead_and_text(ui, &lead, &t(&f.why), size, marked);
            }
        }
    }
}
