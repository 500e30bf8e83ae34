//! Nothing here: the benchmarks are `content.rs` (run with `cargo bench -p kind-quest-benches`).
