//! The look of the game in one place: calm colours, the Andika font (made for
//! children learning to read), large rounded widgets, and sizes that scale with
//! the window so 1280x720 and 1920x1080 show the same layout.

use crate::palette::Palette;
use bevy_egui::egui::{
    self, Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Margin, RichText,
    Stroke, TextStyle, Vec2,
};

/// Window size the layout is designed for; larger windows zoom in.
pub const DESIGN_SIZE: Vec2 = Vec2::new(1280.0, 720.0);

/// How the child playing wants the game to look (their settings, or the
/// defaults on the title screen and in the grown-up area).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Appearance {
    pub high_contrast: bool,
    pub text_scale: f32,
    pub dyslexia_font: bool,
    pub reduce_motion: bool,
}

impl Default for Appearance {
    fn default() -> Self {
        Self::from_settings(&crate::progress::Settings::default())
    }
}

impl Appearance {
    pub fn from_settings(s: &crate::progress::Settings) -> Self {
        Self {
            high_contrast: s.high_contrast,
            text_scale: s.text_scale(),
            dyslexia_font: s.dyslexia_font,
            reduce_motion: s.reduce_motion,
        }
    }
}

// One window, drawn from one thread: the screens read the appearance through
// these small functions instead of threading it through every call.
static CURRENT: std::sync::RwLock<Appearance> = std::sync::RwLock::new(Appearance {
    high_contrast: false,
    text_scale: 1.0,
    dyslexia_font: false,
    reduce_motion: false,
});

/// The appearance screens draw with now.
pub fn appearance() -> Appearance {
    *CURRENT
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Changes the appearance; true if it changed (fonts and style then need
/// installing again).
pub fn set_appearance(a: Appearance) -> bool {
    let mut cur = CURRENT
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let changed = *cur != a;
    *cur = a;
    changed
}

fn palette() -> &'static Palette {
    crate::palette::for_settings(appearance().high_contrast)
}

fn rgb(c: crate::palette::Rgb) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// A size in points for text, grown by the child's text size setting.
pub fn px(size: f32) -> f32 {
    size * appearance().text_scale
}

pub fn background() -> Color32 {
    rgb(palette().background)
}
pub fn panel() -> Color32 {
    rgb(palette().panel)
}
pub fn ink() -> Color32 {
    rgb(palette().ink)
}
pub fn soft_ink() -> Color32 {
    rgb(palette().soft_ink)
}
pub fn primary() -> Color32 {
    rgb(palette().primary)
}
pub fn on_primary() -> Color32 {
    rgb(palette().on_primary)
}
pub fn secondary() -> Color32 {
    rgb(palette().secondary)
}
pub fn accent() -> Color32 {
    rgb(palette().accent)
}
pub fn stamp() -> Color32 {
    rgb(palette().stamp)
}
/// The grown-up area's banner: unlike anything in the child's screens.
pub fn grown_up() -> Color32 {
    rgb(palette().grown_up)
}
pub fn border() -> Color32 {
    rgb(palette().border)
}
pub fn border_stroke() -> Stroke {
    Stroke::new(palette().border_width, border())
}
/// A soft yellow note (hints, "what grown-ups can see"); plain in high contrast.
pub fn note_fill() -> Color32 {
    if appearance().high_contrast {
        panel()
    } else {
        Color32::from_rgb(0xFF, 0xF4, 0xD6)
    }
}

/// Soft background tints per setting (classroom, hospital...); none in high contrast.
pub fn setting_tint(setting: crate::story::model::Setting) -> Color32 {
    use crate::story::model::Setting::*;
    if !palette().tinted_scenes {
        return background();
    }
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

/// Installs the fonts for an appearance (they take effect on the next egui pass).
pub fn install_fonts(ctx: &egui::Context, a: &Appearance) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "andika".into(),
        FontData::from_static(crate::fonts::ANDIKA_REGULAR).into(),
    );
    fonts.font_data.insert(
        "andika-bold".into(),
        FontData::from_static(crate::fonts::ANDIKA_BOLD).into(),
    );
    // OpenDyslexic only when it is chosen: egui reads every font it is given,
    // and start-up should not pay for two fonts most children never see.
    if a.dyslexia_font {
        fonts.font_data.insert(
            "dyslexic".into(),
            FontData::from_static(crate::fonts::OPEN_DYSLEXIC_REGULAR).into(),
        );
        fonts.font_data.insert(
            "dyslexic-bold".into(),
            FontData::from_static(crate::fonts::OPEN_DYSLEXIC_BOLD).into(),
        );
    }
    // egui's own fonts stay behind ours for emoji and symbols.
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    // OpenDyslexic has Latin letters only: Andika draws the rest (Cyrillic).
    let (regular, bold): (Vec<&str>, Vec<&str>) = if a.dyslexia_font {
        (
            vec!["dyslexic", "andika"],
            vec!["dyslexic-bold", "andika-bold"],
        )
    } else {
        (vec!["andika"], vec!["andika-bold"])
    };
    let family = |first: Vec<&str>| -> Vec<String> {
        first
            .into_iter()
            .map(str::to_string)
            .chain(fallbacks.iter().cloned())
            .collect()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family(regular));
    fonts
        .families
        .insert(FontFamily::Name(BOLD.into()), family(bold));
    ctx.set_fonts(fonts);
}

/// Installs the style for an appearance; the fonts must be in place already.
pub fn install_style(ctx: &egui::Context, a: &Appearance) {
    let k = a.text_scale;
    let p = crate::palette::for_settings(a.high_contrast);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(18.0 * k)),
            (TextStyle::Body, FontId::proportional(24.0 * k)),
            (
                TextStyle::Button,
                FontId::new(26.0 * k, FontFamily::Name(BOLD.into())),
            ),
            (
                TextStyle::Heading,
                FontId::new(40.0 * k, FontFamily::Name(BOLD.into())),
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
        v.panel_fill = rgb(p.background);
        v.window_fill = rgb(p.panel);
        v.override_text_color = Some(rgb(p.ink));
        v.selection.bg_fill = rgb(p.accent);
        v.selection.stroke = Stroke::new(3.0, rgb(p.ink));
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
        v.widgets.inactive.weak_bg_fill = rgb(p.secondary);
        v.widgets.inactive.bg_fill = rgb(p.secondary);
        v.widgets.hovered.weak_bg_fill = rgb(p.secondary_hover);
        v.widgets.hovered.bg_fill = rgb(p.secondary_hover);
        v.widgets.active.weak_bg_fill = rgb(p.secondary_hover);
        v.widgets.hovered.bg_stroke = Stroke::new(3.0, rgb(p.primary));
        v.widgets.active.bg_stroke = Stroke::new(3.0, rgb(p.ink));
        if a.high_contrast {
            // Every button outlined, so its edge does not depend on a tint.
            v.widgets.inactive.bg_stroke = Stroke::new(2.0, rgb(p.ink));
            v.widgets.noninteractive.bg_stroke = Stroke::new(2.0, rgb(p.ink));
        }
        // Motion is short and gentle, and none at all when asked.
        style.animation_time = if a.reduce_motion { 0.0 } else { 0.12 };
    });
}

/// Zoom so the design size fits the window (1.0 at 1280x720, 1.5 at 1920x1080).
pub fn zoom_for(window: Vec2) -> f32 {
    (window.x / DESIGN_SIZE.x)
        .min(window.y / DESIGN_SIZE.y)
        .clamp(0.6, 4.0)
}

/// What a screen reader should say for a button's text: the words, without the
/// arrows and pictures that decorate it ("◀ Map" is "Map", "Go on →" is "Go on").
pub fn spoken(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || ".,!?'’:;()-%\"«»„“”".contains(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Gives a drawn button its spoken name.
fn name_for_screen_readers(r: &egui::Response, text: &str) {
    let name = spoken(text);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, r.enabled(), &name));
}

/// A label whose picture (💭, 🌿) a screen reader should not read out.
pub fn label_spoken_as_words(ui: &mut egui::Ui, label: egui::Label, text: &str) -> egui::Response {
    let r = ui.add(label);
    let name = spoken(text);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &name));
    r
}

/// A big, rounded, coloured button for the main action on a screen.
pub fn primary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let button = egui::Button::new(RichText::new(text).color(on_primary()).size(px(28.0)))
        .fill(primary())
        .corner_radius(CornerRadius::same(22))
        .min_size(Vec2::new(200.0, 64.0));
    let r = ui.add(button);
    name_for_screen_readers(&r, text);
    if r.hovered() {
        ui.painter().rect_stroke(
            r.rect,
            22,
            Stroke::new(3.0, rgb(palette().primary_hover)),
            egui::StrokeKind::Outside,
        );
    }
    r
}

/// A quieter button for secondary actions.
pub fn secondary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let r = ui.add(
        egui::Button::new(RichText::new(text).size(px(22.0)))
            .fill(secondary())
            .corner_radius(CornerRadius::same(18))
            .min_size(Vec2::new(48.0, 52.0)),
    );
    name_for_screen_readers(&r, text);
    r
}

/// A white rounded card.
pub fn card() -> egui::Frame {
    egui::Frame::new()
        .fill(panel())
        .stroke(border_stroke())
        .corner_radius(CornerRadius::same(22))
        .inner_margin(Margin::same(20))
}

/// The colour the window is cleared with before egui draws (see `window_frame`),
/// as egui's bytes; 0 until a screen has said.
static WINDOW_COLOUR: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// A screen's central panel, the part behind everything else. Its colour
/// becomes the window's own (the colour the renderer clears it with,
/// `window_colour`) instead of being painted over it: on a software renderer
/// painting a whole window in egui costs as much as the rest of a simple
/// screen (the title: 33 -> 20 ms a frame on lavapipe, docs/performance.md).
/// What is inside still knows the colour behind it (a scroll area's fade at
/// its edges is drawn in it). A see-through colour is painted as before.
pub struct WindowPanel {
    fill: Color32,
    frame: egui::Frame,
}

impl WindowPanel {
    pub fn new(fill: Color32) -> Self {
        WindowPanel {
            fill,
            frame: screen_frame(Color32::TRANSPARENT),
        }
    }

    pub fn inner_margin(mut self, margin: Margin) -> Self {
        self.frame = self.frame.inner_margin(margin);
        self
    }

    pub fn show<R>(
        self,
        root: &mut egui::Ui,
        add_contents: impl FnOnce(&mut egui::Ui) -> R,
    ) -> egui::InnerResponse<R> {
        let fill = self.fill;
        if !fill.is_opaque() {
            return egui::CentralPanel::default()
                .frame(self.frame.fill(fill))
                .show(root, add_contents);
        }
        WINDOW_COLOUR.store(
            u32::from_le_bytes(fill.to_array()),
            std::sync::atomic::Ordering::Relaxed,
        );
        egui::CentralPanel::default()
            .frame(self.frame)
            .show(root, |ui| {
                let behind = egui::UiStackInfo::default().with_frame(egui::Frame::new().fill(fill));
                ui.scope_builder(egui::UiBuilder::new().ui_stack_info(behind), add_contents)
                    .inner
            })
    }
}

/// The colour the last screen drawn asked the window to be cleared with.
pub fn window_colour() -> Option<Color32> {
    match WINDOW_COLOUR.load(std::sync::atomic::Ordering::Relaxed) {
        0 => None,
        c => {
            let [r, g, b, a] = c.to_le_bytes();
            Some(Color32::from_rgba_premultiplied(r, g, b, a))
        }
    }
}

/// The frame of a whole screen.
pub fn screen_frame(fill: Color32) -> egui::Frame {
    egui::Frame::new()
        .fill(fill)
        .inner_margin(Margin::symmetric(36, 24))
}

/// A bar in the screen's own colour: it paints nothing, the window (cleared
/// with that colour, see `WindowPanel`) shows through. Painting it again cost
/// a seventh of a window's area in every frame of a story (docs/performance.md).
pub fn bar_frame() -> egui::Frame {
    screen_frame(Color32::TRANSPARENT)
}

/// Big heading text.
pub fn heading(text: &str) -> RichText {
    RichText::new(text)
        .text_style(TextStyle::Heading)
        .color(ink())
}

/// A screen's title: big, and a heading for screen readers (they can jump
/// from heading to heading).
pub fn heading_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let r = ui.label(heading(text));
    mark_heading(ui, &r);
    r
}

/// Tells screen readers that `r` is a heading.
pub fn mark_heading(ui: &egui::Ui, r: &egui::Response) {
    ui.ctx()
        .accesskit_node_builder(r.id, |node| node.set_role(egui::accesskit::Role::Heading));
}

/// Bold text at a size.
pub fn bold(text: &str, size: f32) -> RichText {
    RichText::new(text).font(FontId::new(px(size), FontFamily::Name(BOLD.into())))
}

/// "Name (feeling): why" as one paragraph that wraps as a whole: the lead in
/// bold, the rest regular. (Two labels in a wrapped row would each take a full
/// touch-target height and leave gaps.)
/// `marked` highlights the whole paragraph (it is being read aloud).
pub fn lead_and_text(
    ui: &mut egui::Ui,
    lead: &str,
    text: &str,
    size: f32,
    marked: bool,
) -> egui::Response {
    let mut job = egui::text::LayoutJob::default();
    let format = |family: FontFamily| egui::TextFormat {
        font_id: FontId::new(px(size), family),
        color: if marked { Color32::BLACK } else { ink() },
        background: if marked {
            Color32::from_rgb(0xFF, 0xE5, 0x8A)
        } else {
            Color32::TRANSPARENT
        },
        ..Default::default()
    };
    job.append(lead, 0.0, format(FontFamily::Name(BOLD.into())));
    // A real space (not only a gap), so a screen reader does not run the words together.
    job.append(
        &format!(" {text}"),
        px(size) * 0.2,
        format(FontFamily::Proportional),
    );
    ui.add(egui::Label::new(job).wrap())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The central panel's colour goes to the window instead of being painted,
    /// and what is inside still sees it behind (scroll fades are drawn in it).
    #[test]
    fn a_window_panel_gives_its_colour_to_the_window_and_paints_none() {
        let ctx = egui::Context::default();
        let fill = Color32::from_rgb(0x12, 0x34, 0x56);
        let mut behind = Color32::TRANSPARENT;
        ctx.begin_pass(Default::default());
        let mut root = egui::Ui::new(
            ctx.clone(),
            egui::Id::new("root"),
            egui::UiBuilder::new().max_rect(ctx.content_rect()),
        );
        WindowPanel::new(fill).show(&mut root, |ui| {
            behind = ui.stack().bg_color();
            ui.label("hello");
        });
        let mut out = ctx.end_pass();
        out.textures_delta.clear();
        assert_eq!(window_colour(), Some(fill));
        assert_eq!(behind, fill, "a scroll area's fade would be drawn in this");
        let painted = out.shapes.iter().any(|s| match &s.shape {
            egui::Shape::Rect(r) => r.fill == fill,
            _ => false,
        });
        assert!(!painted, "the panel's colour was painted over the window");
    }

    #[test]
    fn spoken_names_drop_arrows_and_pictures() {
        assert_eq!(spoken("◀ Map"), "Map");
        assert_eq!(spoken("Go on  →"), "Go on");
        assert_eq!(spoken("↺  Try another way"), "Try another way");
        assert_eq!(spoken("⭐ Мої наліпки"), "Мої наліпки");
        assert_eq!(spoken("− Quieter"), "Quieter");
        assert_eq!(spoken("✖"), "");
    }
}
