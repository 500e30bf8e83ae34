//! The `kind-quest` binary: everything lives in the library; see `cli`.

fn main() -> std::process::ExitCode {
    kind_quest::cli::main()
}
