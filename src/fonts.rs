//! The fonts the game draws text with, and which characters they can draw.
//!
//! The window uses Andika first and egui's built-in fonts (Ubuntu, Noto Emoji and an
//! icon font) behind it. `check` uses the same list to warn about any character in a
//! scenario or translation that would show as an empty box.

use std::cell::RefCell;
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

/// Which characters the game's fonts can draw.
pub struct GlyphCoverage {
    charmaps: Vec<skrifa::charmap::Charmap<'static>>,
    /// Answers so far: a library has a few hundred distinct characters in
    /// millions of places, so each is looked up in the fonts once.
    known: RefCell<HashMap<char, bool>>,
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
            known: RefCell::new(HashMap::new()),
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
        if let Some(known) = self.known.borrow().get(&c) {
            return *known;
        }
        let found = self.charmaps.iter().any(|m| m.map(c).is_some());
        self.known.borrow_mut().insert(c, found);
        found
    }

    /// The characters of `text` no font can draw, each once, in order.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for c in text.chars() {
            if !out.contains(&c) && !self.covers(c) {
                out.push(c);
            }
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
