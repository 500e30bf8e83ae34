//! The fonts the game draws text with, and which characters they can draw.
//!
//! The window uses Andika first and egui's built-in fonts (Ubuntu, Noto Emoji and an
//! icon font) behind it. `check` uses the same list to warn about any character in a
//! scenario or translation that would show as an empty box.

use skrifa::MetadataProvider;

/// Andika (SIL Open Font License, `assets/fonts/OFL.txt`): Latin and Cyrillic,
/// letter shapes made for children learning to read.
pub const ANDIKA_REGULAR: &[u8] = include_bytes!("../assets/fonts/Andika-Regular.ttf");
pub const ANDIKA_BOLD: &[u8] = include_bytes!("../assets/fonts/Andika-Bold.ttf");

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
    fonts: Vec<skrifa::FontRef<'static>>,
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
        let fonts = fonts
            .iter()
            .filter_map(|data| skrifa::FontRef::new(data).ok())
            .collect();
        Self { fonts }
    }

    /// True when some font has a glyph for `c`. Plain spaces and line breaks need
    /// none; other spaces (no-break, thin) do, or they show as boxes.
    pub fn covers(&self, c: char) -> bool {
        matches!(c, ' ' | '\n' | '\r' | '\t')
            // Joiners and marks that only steer other glyphs; egui skips them.
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2068}' | '\u{2069}')
            || self.fonts.iter().any(|f| f.charmap().map(c).is_some())
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
    fn emoji_the_fonts_lack_are_reported_once() {
        let g = GlyphCoverage::new();
        assert_eq!(g.missing("🤝 and 🤝 and 🙂"), vec!['🤝', '🙂']);
        // Scripts no shipped font covers.
        assert_eq!(g.missing("مرحبا").len(), 5);
    }
}
