//! The look of the game in one place: calm colours, the Andika font (made for
//! children learning to read), large rounded widgets, and sizes that scale with
//! the window so 1280x720 and 1920x1080 show the same layout.

use bevy_egui::egui::{
    self, Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Margin, RichText,
    Stroke, TextStyle, Vec2,
};

/// Window size the layout is designed for; larger windows zoom in.
pub const DESIGN_SIZE: Vec2 = Vec2::new(1280.0, 720.0);

pub const BACKGROUND: Color32 = Color32::from_rgb(0xFB, 0xF6, 0xEC);
pub const PANEL: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFF);
pub const INK: Color32 = Color32::from_rgb(0x2B, 0x2D, 0x42);
pub const SOFT_INK: Color32 = Color32::from_rgb(0x5A, 0x5E, 0x78);
pub const PRIMARY: Color32 = Color32::from_rgb(0x2E, 0x7D, 0x8C);
pub const PRIMARY_HOVER: Color32 = Color32::from_rgb(0x25, 0x69, 0x76);
pub const ON_PRIMARY: Color32 = Color32::WHITE;
pub const SECONDARY: Color32 = Color32::from_rgb(0xE8, 0xE4, 0xF4);
pub const SECONDARY_HOVER: Color32 = Color32::from_rgb(0xD9, 0xD2, 0xEE);
pub const ACCENT: Color32 = Color32::from_rgb(0xF2, 0xA5, 0x41);
pub const STAMP: Color32 = Color32::from_rgb(0x3C, 0x9D, 0x5D);
/// The grown-up area's banner: unlike anything in the child's screens.
pub const GROWN_UP: Color32 = Color32::from_rgb(0x4B, 0x3F, 0x72);
pub const BORDER: Color32 = Color32::from_rgb(0xE2, 0xDA, 0xC8);

/// Soft background tints per setting (classroom, hospital...).
pub fn setting_tint(setting: crate::story::model::Setting) -> Color32 {
    use crate::story::model::Setting::*;
    match setting {
        Home | Bedroom => Color32::from_rgb(0xFC, 0xEE, 0xDC),
        School => Color32::from_rgb(0xE6, 0xF0, 0xE0),
        OnlineGame => Color32::from_rgb(0xE4, 0xE6, 0xF7),
        Hospital => Color32::from_rgb(0xE0, 0xF1, 0xF3),
        Hotel | Restaurant => Color32::from_rgb(0xF6, 0xE8, 0xEE),
        Park => Color32::from_rgb(0xE3, 0xF2, 0xDA),
    }
}

const BOLD: &str = "bold";

/// Installs the fonts (they take effect on the next egui pass).
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "andika".into(),
        FontData::from_static(crate::fonts::ANDIKA_REGULAR).into(),
    );
    fonts.font_data.insert(
        "andika-bold".into(),
        FontData::from_static(crate::fonts::ANDIKA_BOLD).into(),
    );
    // Andika first; egui's own fonts stay behind it for emoji and symbols.
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, "andika".into());
    let mut bold = vec!["andika-bold".to_string()];
    bold.extend(fallbacks);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
}

/// Installs the style; the fonts must be in place already.
pub fn install_style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(18.0)),
            (TextStyle::Body, FontId::proportional(24.0)),
            (
                TextStyle::Button,
                FontId::new(26.0, FontFamily::Name(BOLD.into())),
            ),
            (
                TextStyle::Heading,
                FontId::new(40.0, FontFamily::Name(BOLD.into())),
            ),
            (TextStyle::Monospace, FontId::monospace(20.0)),
        ]
        .into();
        style.spacing.item_spacing = Vec2::new(14.0, 14.0);
        style.spacing.button_padding = Vec2::new(24.0, 14.0);
        style.spacing.interact_size = Vec2::new(48.0, 48.0);
        style.interaction.selectable_labels = false;
        let v = &mut style.visuals;
        *v = egui::Visuals::light();
        v.panel_fill = BACKGROUND;
        v.window_fill = PANEL;
        v.override_text_color = Some(INK);
        v.selection.bg_fill = ACCENT;
        v.selection.stroke = Stroke::new(3.0, INK);
        let radius = CornerRadius::same(18);
        for w in [
            &mut v.widgets.noninteractive,
            &mut v.widgets.inactive,
            &mut v.widgets.hovered,
            &mut v.widgets.active,
            &mut v.widgets.open,
        ] {
            w.corner_radius = radius;
        }
        v.widgets.inactive.weak_bg_fill = SECONDARY;
        v.widgets.inactive.bg_fill = SECONDARY;
        v.widgets.hovered.weak_bg_fill = SECONDARY_HOVER;
        v.widgets.hovered.bg_fill = SECONDARY_HOVER;
        v.widgets.active.weak_bg_fill = SECONDARY_HOVER;
        v.widgets.hovered.bg_stroke = Stroke::new(3.0, PRIMARY);
        v.widgets.active.bg_stroke = Stroke::new(3.0, INK);
        // Motion is short and gentle; egui only animates while something changes.
        style.animation_time = 0.12;
    });
}

/// Zoom so the design size fits the window (1.0 at 1280x720, 1.5 at 1920x1080).
pub fn zoom_for(window: Vec2) -> f32 {
    (window.x / DESIGN_SIZE.x)
        .min(window.y / DESIGN_SIZE.y)
        .clamp(0.6, 4.0)
}

/// A big, rounded, coloured button for the main action on a screen.
pub fn primary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let button = egui::Button::new(RichText::new(text).color(ON_PRIMARY).size(28.0))
        .fill(PRIMARY)
        .corner_radius(CornerRadius::same(22))
        .min_size(Vec2::new(200.0, 64.0));
    let r = ui.add(button);
    if r.hovered() {
        ui.painter().rect_stroke(
            r.rect,
            22,
            Stroke::new(3.0, PRIMARY_HOVER),
            egui::StrokeKind::Outside,
        );
    }
    r
}

/// A quieter button for secondary actions.
pub fn secondary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(
        egui::Button::new(RichText::new(text).size(22.0))
            .fill(SECONDARY)
            .corner_radius(CornerRadius::same(18))
            .min_size(Vec2::new(48.0, 52.0)),
    )
}

/// A white rounded card.
pub fn card() -> egui::Frame {
    egui::Frame::new()
        .fill(PANEL)
        .stroke(Stroke::new(2.0, BORDER))
        .corner_radius(CornerRadius::same(22))
        .inner_margin(Margin::same(20))
}

/// The frame of a whole screen.
pub fn screen_frame(fill: Color32) -> egui::Frame {
    egui::Frame::new()
        .fill(fill)
        .inner_margin(Margin::symmetric(36, 24))
}

/// Big heading text.
pub fn heading(text: &str) -> RichText {
    RichText::new(text)
        .text_style(TextStyle::Heading)
        .color(INK)
}

/// Bold text at a size.
pub fn bold(text: &str, size: f32) -> RichText {
    RichText::new(text).font(FontId::new(size, FontFamily::Name(BOLD.into())))
}

/// "Name (feeling): why" as one paragraph that wraps as a whole: the lead in
/// bold, the rest regular. (Two labels in a wrapped row would each take a full
/// touch-target height and leave gaps.)
pub fn lead_and_text(ui: &mut egui::Ui, lead: &str, text: &str, size: f32) -> egui::Response {
    let mut job = egui::text::LayoutJob::default();
    let format = |family: FontFamily| egui::TextFormat {
        font_id: FontId::new(size, family),
        color: INK,
        ..Default::default()
    };
    job.append(lead, 0.0, format(FontFamily::Name(BOLD.into())));
    job.append(text, size * 0.4, format(FontFamily::Proportional));
    ui.add(egui::Label::new(job).wrap())
}
