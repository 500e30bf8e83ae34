//! The `kind-quest` binary: everything lives in the library; see `cli`.

fn main() -> std::process::ExitCode {
    // A reader that stops early (`kind-quest play-text ... | head`) closes the pipe;
    // like other command-line tools, end quietly then instead of reporting a
    // failed write. Rust ignores SIGPIPE by default; this restores the default.
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    kind_quest::cli::main()
}
