//! The fonts the game draws text with, and which characters they can draw.
//!
//! The window uses Andika first and egui's built-in fonts (Ubuntu, Noto Emoji and an
//! icon font) behind it. `check` uses the same list to warn about any character in a
//! scenario or translation that would show as an empty box.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use skrifa::MetadataProvider;

/// Andika (SIL Open Font License, `assets/fonts/OFL.txt`): Latin and Cyrillic,
/// letter shapes made for children learning to read.
pub const ANDIKA_REGULAR: &[u8] = include_bytes!("../assets/fonts/Andika-Regular.ttf");
pub const ANDIKA_BOLD: &[u8] = include_bytes!("../assets/fonts/Andika-Bold.ttf");

/// OpenDyslexic (CC-BY-3.0 and Bitstream Vera licence,
/// `assets/fonts/OpenDyslexic-LICENSE.txt`): the dyslexia-friendly font setting.
/// Latin only; the window draws other letters with Andika.
pub const OPEN_DYSLEXIC_REGULAR: &[u8] = include_bytes!("../assets/fonts/OpenDyslexic-Regular.otf");
pub const OPEN_DYSLEXIC_BOLD: &[u8] = include_bytes!("../assets/fonts/OpenDyslexic-Bold.otf");

/// Every font the window falls back through, in order.
fn all_fonts() -> [&'static [u8]; 5] {
    [
        ANDIKA_REGULAR,
        ANDIKA_BOLD,
        epaint_default_fonts::UBUNTU_LIGHT,
        epaint_default_fonts::NOTO_EMOJI_REGULAR,
        epaint_default_fonts::EMOJI_ICON,
    ]
}

const KNOWN_YES: u8 = 1;
const KNOWN_NO: u8 = 2;

/// Which characters the game's fonts can draw.
pub struct GlyphCoverage {
    charmaps: Vec<skrifa::charmap::Charmap<'static>>,
    /// Answers so far: a library has a few hundred distinct characters in
    /// millions of places, so each is looked up in the fonts once.
    known: RefCell<HashMap<char, bool, foldhash::fast::RandomState>>,
    /// The same for characters below U+0800, by code point (0: not looked up yet).
    small: Box<[Cell<u8>]>,
}

impl GlyphCoverage {
    pub fn new() -> Self {
        Self::of(&all_fonts())
    }

    /// Only the shipped Andika fonts: the letters a language's text is drawn with.
    pub fn andika_only() -> Self {
        Self::of(&[ANDIKA_REGULAR, ANDIKA_BOLD])
    }

    fn of(fonts: &[&'static [u8]]) -> Self {
        let charmaps = fonts
            .iter()
            .filter_map(|data| skrifa::FontRef::new(data).ok())
            .map(|f| f.charmap())
            .collect();
        Self {
            charmaps,
            known: RefCell::new(HashMap::default()),
            small: (0..0x800).map(|_| Cell::new(0)).collect(),
        }
    }

    /// True when some font has a glyph for `c`. Plain spaces and line breaks need
    /// none; other spaces (no-break, thin) do, or they show as boxes.
    pub fn covers(&self, c: char) -> bool {
        if matches!(c, ' ' | '\n' | '\r' | '\t')
            // Joiners and marks that only steer other glyphs; egui skips them.
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2068}' | '\u{2069}')
        {
            return true;
        }
        // Andika draws all of printable ASCII, which is most of any text.
        if (' '..='~').contains(&c) {
            return true;
        }
        // Latin, Greek and Cyrillic letters (below U+0800) are remembered in a
        // table; the rest (emoji, symbols) in a map.
        if let Some(slot) = self.small.get(c as usize) {
            return match slot.get() {
                KNOWN_YES => true,
                KNOWN_NO => false,
                _ => {
                    let found = self.in_fonts(c);
                    slot.set(if found { KNOWN_YES } else { KNOWN_NO });
                    found
                }
            };
        }
        if let Some(known) = self.known.borrow().get(&c) {
            return *known;
        }
        let found = self.in_fonts(c);
        self.known.borrow_mut().insert(c, found);
        found
    }

    fn in_fonts(&self, c: char) -> bool {
        self.charmaps.iter().any(|m| m.map(c).is_some())
    }

    /// The characters of `text` no font can draw, each once, in order.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        // Most characters of most texts are plain ASCII, which Andika draws:
        // jump from one other character to the next.
        let plain = |b: &u8| (b' '..=b'~').contains(b) || matches!(b, b'\n' | b'\r' | b'\t');
        let mut rest = text;
        while let Some(i) = rest.as_bytes().iter().position(|b| !plain(b)) {
            let Some(c) = rest[i..].chars().next() else {
                break;
            };
            if !out.contains(&c) && !self.covers(c) {
                out.push(c);
            }
            rest = &rest[i + c.len_utf8()..];
        }
        out
    }
}

impl Default for GlyphCoverage {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The game's own code writes some signs straight into what it shows
    /// ("→ Next", "✔ done", "🗑 Erase"): each must be in a font, or a box is
    /// drawn instead (the progress screen showed one for "➜"). Comments are
    /// left out; any other letter outside ASCII in the code is taken as shown.
    #[test]
    fn every_sign_the_game_writes_in_its_code_is_drawn() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (n, line) in text.lines().enumerate() {
                        let code = line.split("//").next().unwrap_or_default();
                        for c in GlyphCoverage::new().missing(code) {
                            found.push(format!("{}:{}: {c:?}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
        let mut missing = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app"),
            &mut missing,
        );
        assert!(missing.is_empty(), "no font draws these: {missing:#?}");
    }

    #[test]
    fn latin_cyrillic_and_the_skill_icons_are_drawn() {
        let g = GlyphCoverage::new();
        assert!(
            g.missing("Hola, ¿qué tal? Ça va. Grüße. Olá, coração.")
                .is_empty()
        );
        assert!(
            g.missing("Привіт! Ґанок, їжак, єнот, «лапки» — так.")
                .is_empty()
        );
        assert!(g.missing("🙋⏰🛡🔒💗👣🔍🔑💬🏥🏨").is_empty());
    }

    #[test]
    fn andika_really_draws_all_printable_ascii() {
        // `covers` answers printable ASCII without asking the fonts; this keeps it honest.
        let andika = GlyphCoverage::andika_only();
        for c in ' '..='~' {
            assert!(andika.charmaps.iter().any(|m| m.map(c).is_some()), "{c:?}");
        }
    }

    #[test]
    fn emoji_the_fonts_lack_are_reported_once() {
        let g = GlyphCoverage::new();
        assert_eq!(g.missing("🤝 and 🤝 and 🙂"), vec!['🤝', '🙂']);
        // Scripts no shipped font covers.
        assert_eq!(g.missing("مرحبا").len(), 5);
    }
}
