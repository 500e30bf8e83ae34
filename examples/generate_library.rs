//! Writes a generated library of stories (and optionally players) to a folder,
//! to measure the game and `check` with much more content than ships:
//!
//!     cargo run --example generate_library --no-default-features -- OUT 1000 [PLAYERS]
//!     cargo run -- check OUT/library                       # every story, six languages
//!     cargo run -- --scenarios OUT/library --data-dir OUT/data   # the game with it
//!
//! OUT/library gets `scenarios/gen-NNNNN.ron` and `locales/<lang>/gen-NNNNN.ftl`;
//! with PLAYERS, OUT/data holds that many profiles who each finished four stories.
//! The texts are real sentences from the shipped stories; see `src/sample_library.rs`.

use std::path::PathBuf;
use std::process::ExitCode;

use kind_quest::sample_library::{self, Faults};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(out), Some(stories)) = (args.first(), args.get(1).and_then(|n| n.parse().ok()))
    else {
        eprintln!("usage: generate_library OUT STORIES [PLAYERS]");
        return ExitCode::from(2);
    };
    let players: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(0);
    let out = PathBuf::from(out);
    let files = sample_library::generate(stories, Faults::default());
    if let Err(e) = sample_library::write(&out.join("library"), &files) {
        eprintln!("cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    if players > 0 {
        let content = sample_library::content_with(&files);
        let scenarios = sample_library::generated_scenarios(&content);
        let profiles = sample_library::profiles(&scenarios, players, 4);
        if let Err(e) = sample_library::save_profiles(&out.join("data"), &profiles) {
            eprintln!("cannot save the players: {e}");
            return ExitCode::FAILURE;
        }
    }
    eprintln!(
        "wrote {} files ({stories} stories) and {players} players to {}",
        files.len(),
        out.display()
    );
    ExitCode::SUCCESS
}
