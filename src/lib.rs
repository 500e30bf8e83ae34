//! Kind Quest: an offline learning game that teaches children digital empathy.
//!
//! The core (`story`, `progress`, `i18n`, `content`, `catalogue`) is plain Rust
//! with no Bevy, so it is tested fast and used by the command line. The game
//! window lives in `app` (behind the `gui` feature), as Bevy plugins that call
//! into the core.

pub mod catalogue;
pub mod classroom;
pub mod cli;
pub mod content;
pub mod diagnostic;
pub mod fonts;
pub mod gate;
pub mod i18n;
pub mod library;
pub mod nickname;
pub mod palette;
pub mod parallel;
pub mod progress;
pub mod report;
pub mod sample_library;
pub mod sound;
pub mod speech;
pub mod story;

#[cfg(feature = "gui")]
pub mod app;
