//! Reading aloud, the parts that need no speech engine: cutting a text into
//! sentences (each is spoken, and highlighted, on its own), choosing a voice for
//! the language, and the queue of what is left to read. The window speaks
//! through the computer's offline speech service (`app::speech`).

use std::ops::Range;

/// Byte ranges of the sentences in `text`, trimmed, none empty. A sentence ends
/// after `.`, `!`, `?` or `…` (and any closing quotes) followed by a space.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        i += c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // More end marks, and closing quotes (French puts a space before »),
        // belong to the sentence they close.
        loop {
            let rest = &text[i..];
            let skipped = rest.len() - rest.trim_start().len();
            match rest.trim_start().chars().next() {
                Some(q @ ('.' | '!' | '?' | '…' | ')' | '”' | '»' | '’'))
                    if skipped == 0 || matches!(q, '»' | '”') =>
                {
                    i += skipped + q.len_utf8();
                }
                Some(q @ ('"' | '\'')) if skipped == 0 => i += q.len_utf8(),
                _ => break,
            }
        }
        if text[i..].chars().next().is_none_or(char::is_whitespace) {
            push_trimmed(text, start..i, &mut out);
            start = i;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Text as a speech engine should get it: no Unicode direction marks (which
/// Fluent may put around names) and no emoji pictures read out as their names.
pub fn speakable(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c, '\u{2068}' | '\u{2069}' | '\u{200E}' | '\u{200F}'))
        .filter(|c| !is_pictograph(*c))
        .collect::<String>()
        .trim()
        .to_string()
}

/// Emoji and symbols used as pictures on buttons (🔊, ⭐, 🔒).
fn is_pictograph(c: char) -> bool {
    matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F)
}

/// The best voice for a language tag among `(voice language)` tags: the exact
/// tag; else the language's own main region ("fr-FR", and "en-GB" for English,
/// whose spelling the game uses); else the shortest tag of the same language;
/// else none. Case and `_`/`-` do not matter ("pt-BR" finds "pt_br").
pub fn pick_voice(voices: &[String], wanted: &str) -> Option<usize> {
    let norm = |s: &str| s.to_ascii_lowercase().replace('_', "-");
    let wanted = norm(wanted);
    let lang = wanted.split('-').next().unwrap_or_default().to_string();
    let main_region = match lang.as_str() {
        "en" => "en-gb".to_string(),
        "uk" => "uk-ua".to_string(),
        l => format!("{l}-{l}"),
    };
    let tags: Vec<String> = voices.iter().map(|v| norm(v)).collect();
    let first = |want: &str| tags.iter().position(|t| t == want);
    first(&wanted).or_else(|| first(&main_region)).or_else(|| {
        tags.iter()
            .enumerate()
            .filter(|(_, t)| t.split('-').next() == Some(lang.as_str()))
            .min_by_key(|(i, t)| (t.len(), *i))
            .map(|(i, _)| i)
    })
}

/// One piece of text to read, with the id the screen uses to highlight it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// Which text on screen (a message id, or "choice-2").
    pub source: String,
    /// Byte range of the sentence in that text, for the highlight.
    pub range: Range<usize>,
    /// What is said.
    pub text: String,
}

/// Cuts texts into sentence utterances, in reading order.
pub fn utterances(texts: &[(String, String)]) -> Vec<Utterance> {
    texts
        .iter()
        .flat_map(|(source, text)| {
            sentences(text).into_iter().filter_map(move |range| {
                let said = speakable(&text[range.clone()]);
                (!said.is_empty()).then(|| Utterance {
                    source: source.clone(),
                    range,
                    text: said,
                })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pieces(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn splits_on_sentence_ends_followed_by_space() {
        assert_eq!(
            pieces("Mia sees the chat. Nobody asked her!  Is that fair?"),
            ["Mia sees the chat.", "Nobody asked her!", "Is that fair?"]
        );
        // A dot inside a word or number is not an end.
        assert_eq!(pieces("It costs 2.50 today"), ["It costs 2.50 today"]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            pieces("Ana dit « Ça va\u{a0}? » Puis elle sourit."),
            ["Ana dit « Ça va\u{a0}? »", "Puis elle sourit."]
        );
        assert_eq!(
            pieces("\"Stop!\" said Leo. \"Please.\""),
            ["\"Stop!\"", "said Leo.", "\"Please.\""]
        );
    }

    #[test]
    fn ukrainian_and_ellipsis() {
        assert_eq!(
            pieces("Привіт… Як справи? Добре."),
            ["Привіт…", "Як справи?", "Добре."]
        );
    }

    #[test]
    fn speakable_drops_marks_and_pictures() {
        assert_eq!(
            speakable("\u{2068}Brave Otter\u{2069} 🔊 wins ⭐"),
            "Brave Otter  wins"
        );
    }

    #[test]
    fn voices_are_picked_by_tag_then_language() {
        let v: Vec<String> = [
            "en-029", "en-US", "en-GB", "pt_PT", "pt_BR", "uk", "de", "fr-BE", "fr-FR",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(pick_voice(&v, "pt-BR"), Some(4));
        // English is written the British way in the game.
        assert_eq!(pick_voice(&v, "en"), Some(2));
        assert_eq!(pick_voice(&v, "fr"), Some(8));
        assert_eq!(pick_voice(&v, "uk"), Some(5));
        assert_eq!(pick_voice(&v, "es"), None);
    }

    #[test]
    fn utterances_keep_their_source_and_range() {
        let u = utterances(&[
            ("line".into(), "Hi. I am Mia.".into()),
            ("choice-1".into(), "🙂 Say hello".into()),
        ]);
        assert_eq!(u.len(), 3);
        assert_eq!(
            (u[1].source.as_str(), u[1].text.as_str()),
            ("line", "I am Mia.")
        );
        assert_eq!(u[1].range, 4..13);
        assert_eq!(u[2].text, "Say hello");
    }

    proptest! {
        #[test]
        fn sentences_are_in_order_inside_the_text_and_never_empty(t in "\\PC{0,120}") {
            let mut last = 0;
            for r in sentences(&t) {
                prop_assert!(r.start >= last && r.end <= t.len() && r.start < r.end);
                prop_assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
                prop_assert!(!t[r.clone()].trim().is_empty());
                last = r.end;
            }
        }
    }
}
