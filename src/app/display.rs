//! Before the window: is there a screen to open it on?
//!
//! Without one, Bevy's window plugin panics with a backtrace a teacher cannot
//! read ("Failed to build event loop: XOpenDisplayFailed"). We ask first and
//! say in plain words what is wrong and what to do. A display that refuses a
//! connection for a moment (a busy X server, a virtual one still starting) is
//! asked again a few times before we give up.

use std::time::Duration;

/// How many times to ask a display that refuses, and how long to wait between.
const TRIES: u32 = 5;
const PAUSE: Duration = Duration::from_millis(300);

/// A connection to the screen, kept until the window has its own: a virtual
/// screen can turn away a client that connects just after another left
/// (`open_window`), and closing this one first would make the game that client.
pub struct Connection(#[allow(dead_code)] Option<XConnection>);

/// Ok when a window can be opened; otherwise a message for a grown-up.
pub fn check() -> Result<Connection, String> {
    check_with(std::env::var_os("DISPLAY"), PAUSE, open_x_display).map(|c| Connection(c.flatten()))
}

/// The decision, apart from the system (tests give their own `open`). None
/// where no check is made.
fn check_with<T>(
    display: Option<std::ffi::OsString>,
    pause: Duration,
    mut open: impl FnMut() -> Result<T, String>,
) -> Result<Option<T>, String> {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return Ok(None);
    }
    let Some(display) = display.filter(|d| !d.is_empty()) else {
        return Err(
            "no screen to open the window on (DISPLAY is not set). Start Kind Quest \
             from the desktop, or in a terminal of the desktop session. On a machine \
             without a screen, run it under a virtual one: xvfb-run kind-quest"
                .into(),
        );
    };
    let mut last = String::new();
    for attempt in 0..TRIES {
        if attempt > 0 {
            std::thread::sleep(pause);
        }
        match open() {
            Ok(connection) => return Ok(Some(connection)),
            Err(e) => last = e,
        }
    }
    Err(format!(
        "could not connect to the screen \"{}\" ({last}, asked {TRIES} times). \
         Check that the desktop is running and that this user may use it (on a \
         remote machine: ssh -X, or xhost on the desktop).",
        display.to_string_lossy()
    ))
}

/// An open connection to the X server, closed when dropped.
#[cfg(all(unix, not(target_os = "macos")))]
pub struct XConnection {
    xlib: x11_dl::xlib::Xlib,
    display: std::ptr::NonNull<x11_dl::xlib::Display>,
}

#[cfg(all(unix, not(target_os = "macos")))]
impl Drop for XConnection {
    fn drop(&mut self) {
        // SAFETY: the display was opened by XOpenDisplay, is ours alone, and is
        // closed once.
        unsafe {
            (self.xlib.XCloseDisplay)(self.display.as_ptr());
        }
    }
}

/// Opens a connection to the X server named by DISPLAY, through the same
/// libX11 the window will use (loaded at run time, as winit does).
#[cfg(all(unix, not(target_os = "macos")))]
fn open_x_display() -> Result<Option<XConnection>, String> {
    let xlib = x11_dl::xlib::Xlib::open().map_err(|e| format!("libX11 not found: {e}"))?;
    // SAFETY: XOpenDisplay with a null name reads DISPLAY; a non-null result is
    // a connection we own (closed by `XConnection`'s drop).
    let display = unsafe { (xlib.XOpenDisplay)(std::ptr::null()) };
    match std::ptr::NonNull::new(display) {
        Some(display) => Ok(Some(XConnection { xlib, display })),
        None => Err("the X server did not accept a connection".into()),
    }
}

/// Elsewhere there is nothing to keep.
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub struct XConnection;

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn open_x_display() -> Result<Option<XConnection>, String> {
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_display_says_what_to_do() {
        if !cfg!(all(unix, not(target_os = "macos"))) {
            return;
        }
        let e = check_with(None, Duration::ZERO, || -> Result<(), String> {
            panic!("must not try")
        })
        .unwrap_err();
        assert!(e.contains("DISPLAY is not set"), "{e}");
        assert!(e.contains("xvfb-run"), "{e}");
        let e = check_with(Some("".into()), Duration::ZERO, || -> Result<(), String> {
            panic!("must not try")
        })
        .unwrap_err();
        assert!(e.contains("DISPLAY is not set"), "{e}");
    }

    #[test]
    fn a_display_that_refuses_for_a_moment_is_asked_again() {
        let mut calls = 0;
        let r = check_with(Some(":99".into()), Duration::ZERO, || {
            calls += 1;
            if calls < 3 {
                Err("no connection".into())
            } else {
                Ok(())
            }
        });
        assert!(r.is_ok());
        if cfg!(all(unix, not(target_os = "macos"))) {
            assert_eq!(calls, 3);
        }
    }

    #[test]
    fn a_display_that_always_refuses_is_named_in_the_message() {
        if !cfg!(all(unix, not(target_os = "macos"))) {
            return;
        }
        let mut calls = 0;
        let e = check_with(
            Some(":42".into()),
            Duration::ZERO,
            || -> Result<(), String> {
                calls += 1;
                Err("no connection".into())
            },
        )
        .unwrap_err();
        assert_eq!(calls, TRIES);
        assert!(e.contains(":42") && e.contains("no connection"), "{e}");
    }
}
