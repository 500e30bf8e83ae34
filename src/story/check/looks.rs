//! How texts fit the places the screens give them: a story's icon is one
//! emoji, a character's name is a few words, and a letter carries only a few
//! accents. Each was seen breaking a screen: 5,000 emoji as an icon pushed the
//! story's title off the title bar, a name of 2,000 words covered the scene,
//! and 300 accents on one letter drew a tower up over it.

use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_segmentation::UnicodeSegmentation;

use super::field_offset;
use super::locales::Messages;
use crate::content::Content;
use crate::diagnostic::Diagnostic;

/// The longest name a face label shows well (the longest shipped is 14).
const NAME_CHARS: usize = 30;
/// The most words in a name ("Aunt Mary Rose Lee").
const NAME_WORDS: usize = 4;
/// The most accents on one letter: Vietnamese uses two, some scripts three.
pub(super) const MARKS_ON_A_LETTER: usize = 3;

/// A story's icon is one emoji or symbol (a flag or a family emoji counts as
/// one: it is one picture). An error: the map and the title bar have room
/// for one.
pub(super) fn check_icon_is_one(content: &Content) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for loaded in &content.scenarios {
        let icon = &loaded.scenario.icon;
        let count = icon.graphemes(true).count();
        if count > 1 {
            out.push(loaded.source.error_at(
                field_offset(&loaded.source, "icon", 0),
                format!(
                    "the icon has {count} emoji or symbols; the map card and the title bar \
                     have room for one"
                ),
                "keep one, like icon: \"🎨\"",
            ));
        }
    }
    out
}

/// Each character's name, in every language, fits under a face.
pub(super) fn check_names(content: &Content, messages: &Messages) -> Vec<Diagnostic> {
    let mut ids: Vec<&str> = content
        .scenarios
        .iter()
        .flat_map(|s| s.scenario.characters.iter().map(|c| c.name.as_str()))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = Vec::new();
    for (_, defs) in messages.languages() {
        for id in &ids {
            let Some(def) = messages.get(defs, id) else {
                continue;
            };
            let chars = def.text.chars().count();
            let words = def.text.split_whitespace().count();
            if chars > NAME_CHARS || words > NAME_WORDS {
                out.push(def.file.source.warning_at(
                    def.offset,
                    format!(
                        "the name \"{id}\" is {words} words ({chars} characters); a name is \
                         shown under a face, where only a few words fit"
                    ),
                    format!(
                        "use a name of at most {NAME_WORDS} words and {NAME_CHARS} characters, \
                         like \"Aunt Rosa\""
                    ),
                ));
            }
        }
    }
    out
}

/// The most accents (combining marks) stacked on one letter of a text, and
/// the letter, if more than `MARKS_ON_A_LETTER`.
pub(super) fn stacked_marks(text: &str) -> Option<(char, usize)> {
    // Plain ASCII (most texts) has no marks at all.
    if text.is_ascii() {
        return None;
    }
    let bytes = text.as_bytes();
    // (where the letter starts, how many marks it carries)
    let mut worst: Option<(usize, usize)> = None;
    let mut base = 0;
    let mut run = 0;
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        let width = match lead {
            0..=0x7F => 1,
            0x80..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        // The first byte tells most letters apart from marks without
        // decoding them: below U+0300 (ASCII, Latin) and U+0380-U+047F
        // (Greek and Cyrillic letters) there is no mark.
        let plain = lead < 0xCC || (0xCE..=0xD1).contains(&lead);
        let mark = !plain
            && text
                .get(at..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| may_be_mark(c) && is_mark(c));
        if mark {
            run += 1;
            if run > MARKS_ON_A_LETTER && worst.is_none_or(|(_, n)| run > n) {
                worst = Some((base, run));
            }
        } else {
            base = at;
            run = 0;
        }
        at += width;
    }
    let (base, marks) = worst?;
    text.get(base..)?
        .chars()
        .next()
        .map(|letter| (letter, marks))
}

/// False for the characters most texts are made of, which no combining mark
/// is among: a library's texts are checked without a table look-up for each
/// of their letters (Latin, Greek, Cyrillic, quotes and dashes, emoji).
fn may_be_mark(c: char) -> bool {
    !matches!(
        c,
        '\0'..='\u{2FF}'
            | '\u{370}'..='\u{482}'
            | '\u{48A}'..='\u{58F}'
            | '\u{2000}'..='\u{20CF}'
            | '\u{1F000}'..='\u{1FAFF}'
    )
}

fn is_mark(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

/// The warning for a text with too many accents on one letter.
pub(super) fn stacked_marks_warning(
    src: &crate::diagnostic::SourceFile,
    offset: usize,
    id: &str,
    (letter, marks): (char, usize),
) -> Diagnostic {
    src.warning_at(
        offset,
        format!(
            "\"{id}\" has {marks} accents stacked on one letter (\"{}\"); they are drawn \
             one above the other, up over the text",
            letter.escape_debug()
        ),
        format!(
            "keep at most {MARKS_ON_A_LETTER} on a letter; if the text was pasted, type it again"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_are_counted_per_letter() {
        assert_eq!(stacked_marks("plain words"), None);
        // Vietnamese "ệ" written with two marks, Ukrainian, an emoji with its
        // variation selector: all fine.
        assert_eq!(stacked_marks("Vie\u{323}\u{302}t Привіт ❤\u{fe0f}"), None);
        let tower = format!("ok e{}", "\u{301}".repeat(300));
        assert_eq!(stacked_marks(&tower), Some(('e', 300)));
        assert_eq!(
            stacked_marks("a\u{301}\u{302}\u{303}\u{304}"),
            Some(('a', 4))
        );
        assert_eq!(stacked_marks("a\u{301}\u{302}\u{303}"), None);
        // Cyrillic marks (titlo) and letters next to them.
        assert_eq!(
            stacked_marks("ж\u{483}\u{483}\u{483}\u{483}ё"),
            Some(('ж', 4))
        );
        assert_eq!(stacked_marks(&"\u{301}".repeat(5)), Some(('\u{301}', 5)));
    }

    /// Every character the quick test passes over is truly no mark.
    #[test]
    fn the_quick_test_passes_over_no_mark() {
        for c in ('\0'..='\u{1FFFF}').filter(|c| !may_be_mark(*c)) {
            assert!(!is_mark(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn an_icon_is_one_picture_even_when_it_is_several_characters() {
        for one in ["🎨", "❤\u{fe0f}", "👩\u{200d}👩\u{200d}👧", "🇺🇦", "👍🏽"] {
            assert_eq!(one.graphemes(true).count(), 1, "{one}");
        }
        assert_eq!("🎨🎨".graphemes(true).count(), 2);
    }
}
