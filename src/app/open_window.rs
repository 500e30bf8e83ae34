//! Bevy's own plugins, the window's among them, added without a backtrace when
//! the screen turns the window away.
//!
//! Bevy's window plugin panics when the screen does not take its connection
//! ("Failed to build event loop: XOpenDisplayFailed"), and winit lets a
//! process ask only once. A virtual screen (Xvfb) drops a new connection when
//! another client has just gone (measured here: 81 of 2,000 quick connections
//! that each closed the one before, none of 2,000 that kept them open), which
//! ended 4 of 80 starts of the game under a screen grabber, and once a
//! screenshot test. `display::check` keeps its own connection open until the
//! window has one, so the game is never the client that just left; if the
//! screen still turns the window away, the game says so in plain words
//! instead of a backtrace.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Mutex, Once, PoisonError};
use std::thread::ThreadId;

use bevy::app::PluginGroupBuilder;
use bevy::prelude::*;

/// The threads adding plugins now, each with the message of a panic caught.
static CATCHING: Mutex<Vec<(ThreadId, Option<String>)>> = Mutex::new(Vec::new());

/// Our panic hook is put in once, in front of whatever hook was there, and
/// stays: hooks that plugins add later wrap it, and so are kept too.
static HOOK: Once = Once::new();

fn install_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let this_thread = std::thread::current().id();
            let mut catching = CATCHING.lock().unwrap_or_else(PoisonError::into_inner);
            match catching.iter_mut().find(|(t, _)| *t == this_thread) {
                // Kept quiet: the caller says what happened in plain words.
                Some((_, message)) => {
                    let text = info.payload_as_str().unwrap_or("a panic without a message");
                    *message = Some(text.to_string());
                }
                // Any other panic (another thread's, or later) as always.
                None => {
                    drop(catching);
                    previous(info);
                }
            }
        }));
    });
}

/// Adds Bevy's plugins. Err with the panic's message if one of them panicked
/// (the app is then half-built and must not be run).
pub fn add_plugins(app: &mut App, plugins: PluginGroupBuilder) -> Result<(), String> {
    install_hook();
    let this_thread = std::thread::current().id();
    let catching = || CATCHING.lock().unwrap_or_else(PoisonError::into_inner);
    catching().push((this_thread, None));
    let added = catch_unwind(AssertUnwindSafe(|| {
        app.add_plugins(plugins);
    }));
    let mut all = catching();
    let message = all
        .iter()
        .position(|(t, _)| *t == this_thread)
        .and_then(|i| all.remove(i).1);
    added.map_err(|_| message.unwrap_or_else(|| "a panic without a message".into()))
}

/// Says why there is no window, in words a grown-up can act on.
pub fn explain(problem: &str) -> std::process::ExitCode {
    if problem.contains("event loop") {
        eprintln!(
            "kind-quest: cannot open the game window: the screen turned it away \
             ({problem}). Start Kind Quest again; if it happens every time, check that \
             the desktop is running and that this user may use it."
        );
    } else {
        eprintln!("kind-quest: cannot open the game window: {problem}");
    }
    std::process::ExitCode::FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Refuses;
    impl Plugin for Refuses {
        fn build(&self, _app: &mut App) {
            panic!("Failed to build event loop: XOpenDisplayFailed");
        }
    }

    struct Fine;
    impl Plugin for Fine {
        fn build(&self, app: &mut App) {
            app.insert_resource(Added);
        }
    }

    #[derive(Resource)]
    struct Added;

    struct Group<P: Plugin>(fn() -> P);
    impl<P: Plugin> PluginGroup for Group<P> {
        fn build(self) -> PluginGroupBuilder {
            PluginGroupBuilder::start::<Self>().add((self.0)())
        }
    }

    #[test]
    fn a_panicking_plugin_gives_its_message_instead_of_a_backtrace() {
        let mut app = App::new();
        let result = add_plugins(&mut app, Group(|| Refuses).build());
        assert_eq!(
            result,
            Err("Failed to build event loop: XOpenDisplayFailed".to_string())
        );
        // Later panics are not caught here: they unwind as always.
        assert!(catch_unwind(|| panic!("later")).is_err());
    }

    #[test]
    fn plugins_that_build_are_added() {
        let mut app = App::new();
        assert_eq!(add_plugins(&mut app, Group(|| Fine).build()), Ok(()));
        assert!(app.world().contains_resource::<Added>());
    }
}
