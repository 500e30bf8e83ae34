//! Reading rules: is the English easy enough for the story's age band, does each
//! translation fit where the English fits, and can the fonts draw every character.
//! All of these are warnings: the story still plays, but a child may struggle.

use super::field_offset;
use super::locales::{MessageDef, Messages};
use crate::content::{Content, LoadedScenario};
use crate::diagnostic::Diagnostic;
use crate::fonts::GlyphCoverage;
use crate::i18n::REFERENCE_LOCALE;
use crate::story::readability::{Stats, child_text_ids, limits_for, much_longer};

/// Reading level of each scenario's English, and sentences or messages too long
/// for its age band. Teacher-only texts (summary, discussion prompts) are not counted.
/// Stories are read in parallel.
pub(super) fn check_reading(content: &Content, messages: &Messages) -> Vec<Diagnostic> {
    let Some(reference) = messages.reference() else {
        return Vec::new();
    };
    crate::parallel::map(&content.scenarios, |loaded| {
        story_reading(loaded, &|id| messages.get(reference, id))
    })
    .into_iter()
    .flatten()
    .collect()
}

fn story_reading<'a>(
    loaded: &'a LoadedScenario,
    english: &dyn Fn(&str) -> Option<&'a MessageDef<'a>>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    {
        let s = &loaded.scenario;
        let limits = limits_for(&s.ages);
        let band = if limits.max_grade <= 3.0 {
            "6-8"
        } else {
            "9-12"
        };
        let mut total = Stats::default();
        let mut hardest: Vec<(f64, &str)> = Vec::new();
        for id in child_text_ids(s) {
            let Some(def) = english(id) else {
                continue;
            };
            let stats = Stats::of(&def.text);
            total.add(stats);
            if stats.words >= 6 {
                hardest.push((stats.grade(), id));
            }
            let src = &def.file.source;
            let longest = stats.longest_sentence;
            if longest > limits.max_sentence_words {
                out.push(src.warning_at(
                    def.offset,
                    format!(
                        "a sentence in \"{id}\" has {longest} words; for ages {band} keep each \
                         sentence to {} words or fewer, so it can be read in one breath",
                        limits.max_sentence_words
                    ),
                    "split it into two sentences",
                ));
            }
            if stats.words > limits.max_message_words {
                out.push(src.warning_at(
                    def.offset,
                    format!(
                        "\"{id}\" has {} words; for ages {band} keep one text to {} words or fewer",
                        stats.words, limits.max_message_words
                    ),
                    "say it in fewer words, or split the line into two lines",
                ));
            }
        }
        let grade = total.grade();
        if grade > limits.max_grade {
            hardest.sort_by(|a, b| b.0.total_cmp(&a.0));
            let names: Vec<&str> = hardest.iter().take(3).map(|(_, id)| *id).collect();
            out.push(loaded.source.warning_at(
                field_offset(&loaded.source, "ages", 0),
                format!(
                    "the English reads at about grade {grade:.1} (Flesch-Kincaid); for ages \
                     {band} aim for grade {:.0} or lower",
                    limits.max_grade
                ),
                format!(
                    "use shorter sentences and shorter, everyday words; start with {}",
                    names.join(", ")
                ),
            ));
        }
    }
    out
}

/// Translations much longer than their English may overflow the boxes and buttons
/// the screens size for English.
pub(super) fn check_lengths(messages: &Messages) -> Vec<Diagnostic> {
    let Some(reference) = messages.reference() else {
        return Vec::new();
    };
    let others: Vec<_> = messages
        .languages()
        .filter(|(lang, _)| *lang != REFERENCE_LOCALE)
        .collect();
    // One language per core: each compares all its texts with English.
    crate::parallel::map_each(&others, |(lang, defs)| {
        let mut out = Vec::new();
        for (n, def) in defs.iter().enumerate() {
            let (Some(def), Some(en)) = (def, &reference[n]) else {
                continue;
            };
            if much_longer(&en.text, &def.text) {
                out.push(def.file.source.warning_at(
                    def.offset,
                    format!(
                        "\"{}\" is {} characters in \"{lang}\" but {} in English, so it may \
                         not fit on the screen",
                        messages.name(n),
                        def.text.chars().count(),
                        en.text.chars().count()
                    ),
                    "say it more simply, about as long as the English",
                ));
            }
        }
        out
    })
    .into_iter()
    .flatten()
    .collect()
}

pub(super) const GLYPH_HINT: &str =
    "use other characters; docs/writing-scenarios.md lists the emoji that show";

/// A story's icon no font of the game can draw would show as an empty box.
/// (Texts are checked as their files are read, in `locales`.)
pub(super) fn check_icons(content: &Content) -> Vec<Diagnostic> {
    let glyphs = GlyphCoverage::new();
    let mut out = Vec::new();
    for loaded in &content.scenarios {
        let missing = glyphs.missing(&loaded.scenario.icon);
        if !missing.is_empty() {
            out.push(loaded.source.warning_at(
                field_offset(&loaded.source, "icon", 0),
                format!(
                    "the icon cannot be drawn by the game's fonts: {}",
                    describe(&missing)
                ),
                GLYPH_HINT,
            ));
        }
    }
    out
}

pub(super) fn describe(missing: &[char]) -> String {
    missing
        .iter()
        .map(|c| format!("\"{c}\" (U+{:04X})", u32::from(*c)))
        .collect::<Vec<_>>()
        .join(", ")
}
