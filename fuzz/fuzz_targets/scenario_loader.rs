//! Any bytes as a scenario file: read as text, parsed, checked on its own, then
//! played and drawn as a graph if it loaded. Nothing may panic or hang.
#![no_main]

use std::sync::Arc;

use kind_quest::catalogue::Catalogue;
use kind_quest::content::LoadedScenario;
use kind_quest::story::check::check_scenario;
use kind_quest::story::graph::{GraphFormat, render};
use kind_quest::story::load::{parse_scenario, source_from_bytes};
use kind_quest::story::runtime::play_script;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = source_from_bytes("fuzz.ron", data.to_vec()) else {
        return;
    };
    let Ok(scenario) = parse_scenario(&source) else {
        return;
    };
    let loaded = LoadedScenario {
        scenario: scenario.clone(),
        source,
        embedded: false,
    };
    let _ = check_scenario(&loaded, &Catalogue::embedded());
    // The runtime must end or refuse on any graph, checked or not (the game
    // keeps a story that loads even when `check` finds errors in it).
    let scenario = Arc::new(scenario);
    for script in [&[][..], &[1, 1, 1, 1], &[2, 1, 2, 1, 2], &[4, 3, 2, 1]] {
        let _ = play_script(&scenario, script);
    }
    for format in [GraphFormat::Dot, GraphFormat::Mermaid] {
        let _ = render(&scenario, format, &|id| id.to_string());
    }
});
