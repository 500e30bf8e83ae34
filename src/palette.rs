//! The game's colours as plain numbers, in two palettes (normal and high
//! contrast), with the WCAG contrast ratio so tests can prove every pair of text
//! and background colours is readable. The window's theme turns these into egui
//! colours; keeping them here lets the check run without Bevy.

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// Every colour a screen draws text or shapes with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Behind whole screens.
    pub background: Rgb,
    /// Cards and panels.
    pub panel: Rgb,
    /// Main text.
    pub ink: Rgb,
    /// Quieter text (hints, captions).
    pub soft_ink: Rgb,
    /// Main buttons, titles, names.
    pub primary: Rgb,
    pub primary_hover: Rgb,
    /// Text on `primary`.
    pub on_primary: Rgb,
    /// Quieter buttons (choices, back).
    pub secondary: Rgb,
    pub secondary_hover: Rgb,
    /// Selection and the keyboard focus ring.
    pub accent: Rgb,
    /// "Finished" stamps (drawn with a tick and a word, never colour alone).
    pub stamp: Rgb,
    /// The grown-up area's banner.
    pub grown_up: Rgb,
    /// Card outlines.
    pub border: Rgb,
    /// Width of card outlines, in points.
    pub border_width: f32,
    /// Tints behind story scenes; None draws scenes on the plain background.
    pub tinted_scenes: bool,
}

/// The everyday look: calm, warm colours.
pub const NORMAL: Palette = Palette {
    background: [0xFB, 0xF6, 0xEC],
    panel: [0xFF, 0xFF, 0xFF],
    ink: [0x2B, 0x2D, 0x42],
    soft_ink: [0x52, 0x56, 0x70],
    primary: [0x23, 0x6E, 0x7C],
    primary_hover: [0x1C, 0x5A, 0x66],
    on_primary: [0xFF, 0xFF, 0xFF],
    secondary: [0xE8, 0xE4, 0xF4],
    secondary_hover: [0xD9, 0xD2, 0xEE],
    accent: [0xF2, 0xA5, 0x41],
    stamp: [0x2E, 0x7D, 0x4A],
    grown_up: [0x4B, 0x3F, 0x72],
    border: [0xE2, 0xDA, 0xC8],
    border_width: 2.0,
    tinted_scenes: true,
};

/// High contrast: black on white, strong outlines, no tints (AAA, 7:1, for text).
pub const HIGH_CONTRAST: Palette = Palette {
    background: [0xFF, 0xFF, 0xFF],
    panel: [0xFF, 0xFF, 0xFF],
    ink: [0x00, 0x00, 0x00],
    soft_ink: [0x1F, 0x1F, 0x1F],
    primary: [0x00, 0x3A, 0x70],
    primary_hover: [0x00, 0x24, 0x48],
    on_primary: [0xFF, 0xFF, 0xFF],
    secondary: [0xFF, 0xFF, 0xFF],
    secondary_hover: [0xFF, 0xF0, 0xB0],
    accent: [0xC2, 0x4E, 0x00],
    stamp: [0x00, 0x5A, 0x1E],
    grown_up: [0x2A, 0x1F, 0x52],
    border: [0x00, 0x00, 0x00],
    border_width: 3.0,
    tinted_scenes: false,
};

/// The palette for a child's setting.
pub fn for_settings(high_contrast: bool) -> &'static Palette {
    if high_contrast {
        &HIGH_CONTRAST
    } else {
        &NORMAL
    }
}

/// Relative luminance, as WCAG 2.x defines it.
pub fn luminance(c: Rgb) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
}

/// WCAG contrast ratio between two colours, 1.0 to 21.0.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

impl Palette {
    /// Every (name, text, background) pair the screens draw text with.
    pub fn text_pairs(&self) -> Vec<(&'static str, Rgb, Rgb)> {
        vec![
            ("ink on background", self.ink, self.background),
            ("ink on panel", self.ink, self.panel),
            ("ink on secondary", self.ink, self.secondary),
            ("ink on secondary hover", self.ink, self.secondary_hover),
            ("soft ink on background", self.soft_ink, self.background),
            ("soft ink on panel", self.soft_ink, self.panel),
            ("soft ink on secondary", self.soft_ink, self.secondary),
            ("primary text on background", self.primary, self.background),
            ("primary text on panel", self.primary, self.panel),
            ("text on primary button", self.on_primary, self.primary),
            ("text on primary hover", self.on_primary, self.primary_hover),
            ("text on grown-up banner", self.on_primary, self.grown_up),
            ("stamp word on panel", self.stamp, self.panel),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
        assert!((contrast([0x77, 0x77, 0x77], [255, 255, 255]) - 4.48).abs() < 0.01);
        assert_eq!(contrast([10, 20, 30], [10, 20, 30]), 1.0);
    }

    #[test]
    fn normal_text_meets_wcag_aa() {
        for (name, fg, bg) in NORMAL.text_pairs() {
            let c = contrast(fg, bg);
            assert!(c >= 4.5, "{name}: {c:.2}:1 is under AA's 4.5:1");
        }
    }

    #[test]
    fn high_contrast_text_meets_wcag_aaa() {
        for (name, fg, bg) in HIGH_CONTRAST.text_pairs() {
            let c = contrast(fg, bg);
            assert!(c >= 7.0, "{name}: {c:.2}:1 is under AAA's 7:1");
        }
    }

    #[test]
    fn high_contrast_outlines_stand_out() {
        // Non-text contrast (WCAG 1.4.11): outlines and the focus ring at 3:1 or more.
        let p = &HIGH_CONTRAST;
        assert!(contrast(p.border, p.background) >= 3.0);
        assert!(contrast(p.accent, p.background) >= 3.0);
        assert!(contrast(p.accent, p.panel) >= 3.0);
    }
}
