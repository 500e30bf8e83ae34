//! Playing without a mouse: a clear focus ring around the focused button
//! (keyboard and gamepad), and a gamepad turned into the keys egui already
//! understands: the D-pad and left stick move the focus like the arrow keys,
//! A (South) presses like Enter, B (East) goes back like Escape, and the
//! shoulder buttons move like Tab and Shift+Tab.

use bevy::input::gamepad::{Gamepad, GamepadAxis, GamepadButton};
use bevy::prelude::*;
use bevy_egui::{EguiContext, EguiContexts, EguiInput, EguiPreUpdateSet, egui};

use crate::app::theme;

/// True after a key or gamepad moved the focus; a mouse click clears it, so the
/// ring shows only for those who steer without a pointer.
#[derive(Resource, Default)]
pub struct KeyboardMode(pub bool);

fn track_mode(mut contexts: EguiContexts, mut mode: ResMut<KeyboardMode>) -> Result {
    let ctx = contexts.ctx_mut()?;
    ctx.input(|i| {
        for e in &i.events {
            match e {
                egui::Event::Key {
                    key:
                        egui::Key::Tab
                        | egui::Key::ArrowUp
                        | egui::Key::ArrowDown
                        | egui::Key::ArrowLeft
                        | egui::Key::ArrowRight,
                    pressed: true,
                    ..
                } => mode.0 = true,
                egui::Event::PointerButton { pressed: true, .. } => mode.0 = false,
                _ => {}
            }
        }
    });
    Ok(())
}

/// Draws the ring around the focused widget, above everything else.
fn focus_ring(mut contexts: EguiContexts, mode: Res<KeyboardMode>) -> Result {
    if !mode.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return Ok(());
    };
    let Some(r) = ctx.read_response(id) else {
        return Ok(());
    };
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        "focus-ring".into(),
    ));
    // Two rings, dark inside light, so it shows on any background.
    painter.rect_stroke(
        r.rect.expand(3.0),
        20,
        egui::Stroke::new(3.0, theme::ink()),
        egui::StrokeKind::Outside,
    );
    painter.rect_stroke(
        r.rect.expand(6.0),
        22,
        egui::Stroke::new(4.0, theme::accent()),
        egui::StrokeKind::Outside,
    );
    Ok(())
}

/// The keys a gamepad press stands for.
fn keys_for(pad: &Gamepad) -> Vec<(egui::Key, egui::Modifiers)> {
    let none = egui::Modifiers::NONE;
    let mut keys = Vec::new();
    let pressed = |b| pad.just_pressed(b);
    for (button, key, modifiers) in [
        (GamepadButton::DPadUp, egui::Key::ArrowUp, none),
        (GamepadButton::DPadDown, egui::Key::ArrowDown, none),
        (GamepadButton::DPadLeft, egui::Key::ArrowLeft, none),
        (GamepadButton::DPadRight, egui::Key::ArrowRight, none),
        (GamepadButton::South, egui::Key::Enter, none),
        (GamepadButton::East, egui::Key::Escape, none),
        (GamepadButton::RightTrigger, egui::Key::Tab, none),
        (
            GamepadButton::LeftTrigger,
            egui::Key::Tab,
            egui::Modifiers::SHIFT,
        ),
    ] {
        if pressed(button) {
            keys.push((key, modifiers));
        }
    }
    keys
}

/// The left stick, pushed past half way, as one arrow press (until released).
fn stick_key(pad: &Gamepad, held: &mut bool) -> Option<egui::Key> {
    let x = pad.get(GamepadAxis::LeftStickX).unwrap_or(0.0);
    let y = pad.get(GamepadAxis::LeftStickY).unwrap_or(0.0);
    if x.abs() < 0.5 && y.abs() < 0.5 {
        *held = false;
        return None;
    }
    if *held {
        return None;
    }
    *held = true;
    Some(if x.abs() > y.abs() {
        if x > 0.0 {
            egui::Key::ArrowRight
        } else {
            egui::Key::ArrowLeft
        }
    } else if y > 0.0 {
        egui::Key::ArrowUp
    } else {
        egui::Key::ArrowDown
    })
}

fn gamepad_to_keys(
    pads: Query<&Gamepad>,
    mut inputs: Query<(&mut EguiInput, &mut EguiContext)>,
    mut stick_held: Local<bool>,
) {
    let mut keys = Vec::new();
    for pad in &pads {
        keys.extend(keys_for(pad));
        if let Some(k) = stick_key(pad, &mut stick_held) {
            keys.push((k, egui::Modifiers::NONE));
        }
    }
    if keys.is_empty() {
        return;
    }
    for (mut input, mut ctx) in &mut inputs {
        // Arrows move focus only from a focused widget: the first press picks one.
        let nothing_focused = ctx.get_mut().memory(|m| m.focused().is_none());
        for (key, modifiers) in &keys {
            let key =
                if nothing_focused && matches!(key, egui::Key::ArrowDown | egui::Key::ArrowRight) {
                    egui::Key::Tab
                } else {
                    *key
                };
            for pressed in [true, false] {
                input.events.push(egui::Event::Key {
                    key,
                    physical_key: None,
                    pressed,
                    repeat: false,
                    modifiers: *modifiers,
                });
            }
        }
    }
}

pub fn plugin(app: &mut App) {
    app.init_resource::<KeyboardMode>()
        .add_systems(
            PreUpdate,
            gamepad_to_keys
                .after(EguiPreUpdateSet::ProcessInput)
                .before(EguiPreUpdateSet::BeginPass),
        )
        .add_systems(
            bevy_egui::EguiPrimaryContextPass,
            (
                track_mode.before(crate::app::screens::draw_set()),
                focus_ring.after(crate::app::screens::draw_set()),
            ),
        );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamepad_buttons_stand_for_the_keys_a_child_would_press() {
        let mut pad = Gamepad::default();
        pad.digital_mut().press(GamepadButton::South);
        pad.digital_mut().press(GamepadButton::East);
        pad.digital_mut().press(GamepadButton::DPadDown);
        let keys: Vec<egui::Key> = keys_for(&pad).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            [egui::Key::ArrowDown, egui::Key::Enter, egui::Key::Escape]
        );
        let mut pad = Gamepad::default();
        pad.digital_mut().press(GamepadButton::LeftTrigger);
        assert_eq!(keys_for(&pad), [(egui::Key::Tab, egui::Modifiers::SHIFT)]);
    }

    #[test]
    fn a_stick_push_is_one_step_until_it_comes_back() {
        let mut pad = Gamepad::default();
        let mut held = false;
        pad.analog_mut().set(GamepadAxis::LeftStickY, -0.9);
        assert_eq!(stick_key(&pad, &mut held), Some(egui::Key::ArrowDown));
        assert_eq!(stick_key(&pad, &mut held), None, "held: no repeat");
        pad.analog_mut().set(GamepadAxis::LeftStickY, 0.0);
        assert_eq!(stick_key(&pad, &mut held), None);
        pad.analog_mut().set(GamepadAxis::LeftStickX, 0.8);
        assert_eq!(stick_key(&pad, &mut held), Some(egui::Key::ArrowRight));
    }
}
