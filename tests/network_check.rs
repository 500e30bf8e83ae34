//! The network check (scripts/check_network.py) must fail when it should, so
//! that its "OK" in CI means something. Each test plants one kind of violation
//! in a made-up crate list and expects exit status 1; the clean cases expect 0,
//! and a broken setup expects 2 (never a pass).
//!
//! Needs `python3` and `grep`, as scripts/check-network.sh does.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A made-up dependency tree: crates in folders, a crate list naming them, an
/// allow list, and our own crate with a clean `src/`.
struct Fixture {
    dir: tempfile::TempDir,
    crates: Vec<String>,
    allow: Vec<String>,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("own/src/lib.rs"), "pub fn kind() {}\n");
        Self {
            dir,
            crates: Vec::new(),
            allow: Vec::new(),
        }
    }

    /// A dependency with one file; `features` as cargo tree prints them.
    fn dep(&mut self, name: &str, features: &str, file: &str, text: &str) -> &mut Self {
        let root = self.dir.path().join(format!("registry/{name}-1.0.0"));
        write(&root.join(file), text);
        self.crates
            .push(format!("{name} 1.0.0 {} {features}", root.display()));
        self
    }

    fn allow(&mut self, line: &str) -> &mut Self {
        self.allow.push(line.to_string());
        self
    }

    fn own(&self) -> PathBuf {
        self.dir.path().join("own")
    }

    fn run(&self) -> Output {
        let crates = self.dir.path().join("crates.txt");
        let allow = self.dir.path().join("allow.txt");
        fs::write(&crates, self.crates.join("\n")).unwrap();
        fs::write(&allow, self.allow.join("\n")).unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/check_network.py");
        std::process::Command::new("python3")
            .arg(script)
            .arg("--crates")
            .arg(&crates)
            .arg("--allowlist")
            .arg(&allow)
            .arg("--own")
            .arg(self.own())
            .output()
            .expect("python3 runs (the network check needs it)")
    }
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// The exit status and everything printed, for the assertion messages.
fn outcome(out: &Output) -> (i32, String) {
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

fn assert_fails(f: &Fixture, expected: &str) {
    let (code, text) = outcome(&f.run());
    assert_eq!(code, 1, "the check must fail:\n{text}");
    assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
}

fn assert_passes(f: &Fixture) -> String {
    let (code, text) = outcome(&f.run());
    assert_eq!(code, 0, "the check must pass:\n{text}");
    text
}

// Written in pieces, so that this file itself does not name the APIs it plants.
const TCP_CONNECT: &str = concat!("std::net::Tcp", "Stream::connect(\"example.org:80\")");

#[test]
fn a_clean_tree_passes() {
    let mut f = Fixture::new();
    f.dep(
        "quiet",
        "std",
        "src/lib.rs",
        "pub fn add(a: u8) -> u8 { a }\n",
    );
    assert!(assert_passes(&f).contains("OK"));
}

#[test]
fn a_crate_that_connects_and_is_not_allowed_fails() {
    let mut f = Fixture::new();
    f.dep("quiet", "", "src/lib.rs", "pub fn add() {}\n");
    f.dep(
        "phone-home",
        "",
        "src/lib.rs",
        &format!("pub fn go() {{ let _ = {TCP_CONNECT}; }}\n"),
    );
    assert_fails(&f, "phone-home 1.0.0: names socket APIs (src/lib.rs)");
}

#[test]
fn an_http_client_and_a_host_lookup_are_found_too() {
    let mut f = Fixture::new();
    f.dep(
        "uploader",
        "",
        "src/lib.rs",
        concat!("fn f() { ure", "q::post(\"https://x\"); }\n"),
    );
    f.dep(
        "resolver",
        "",
        "src/lib.rs",
        concat!("use std::net::ToSocket", "Addrs;\n"),
    );
    assert_fails(&f, "uploader 1.0.0: names http APIs");
    assert_fails(&f, "resolver 1.0.0: names dns APIs");
}

#[test]
fn a_c_file_that_opens_an_internet_socket_is_found() {
    let mut f = Fixture::new();
    f.dep(
        "bundled-c",
        "",
        "csrc/net.c",
        concat!("int s = socket(AF_", "INET, SOCK_STREAM, 0);\n"),
    );
    assert_fails(&f, "bundled-c 1.0.0: names socket APIs (csrc/net.c)");
}

#[test]
fn network_code_in_our_own_crate_fails_even_if_the_allow_list_names_it() {
    let mut f = Fixture::new();
    write(
        &f.own().join("src/report/send.rs"),
        concat!("use std::net::Udp", "Socket;\n"),
    );
    f.allow("kind-quest | socket | - | an allow list cannot excuse our own code");
    assert_fails(&f, "(our own code): src/report/send.rs");
}

#[test]
fn our_own_crate_may_not_start_another_program_either() {
    let f = Fixture::new();
    write(
        &f.own().join("src/help.rs"),
        concat!(
            "fn open_help() { std::process::Com",
            "mand::new(\"xdg-open\"); }\n"
        ),
    );
    assert_fails(&f, "(our own code): src/help.rs");
}

#[test]
fn an_allowed_crate_may_not_take_up_a_new_kind_of_network_api() {
    let mut f = Fixture::new();
    f.dep(
        "ipc",
        "",
        "src/lib.rs",
        concat!(
            "use std::net::Tcp",
            "Stream; fn f() { hyp",
            "er::Client::new(); }\n"
        ),
    );
    f.allow("ipc | socket | - | local only");
    assert_fails(&f, "ipc 1.0.0: now names http APIs");
}

#[test]
fn an_allowance_behind_a_feature_fails_once_the_feature_is_on() {
    let mut f = Fixture::new();
    let code = format!("#[cfg(feature = \"web\")] fn f() {{ {TCP_CONNECT}; }}\n");
    f.dep("assets", "default,web", "src/web.rs", &code);
    f.allow("assets | socket | features-off=web | web loading is off");
    assert_fails(&f, "assets 1.0.0: feature(s) web are enabled");

    let mut off = Fixture::new();
    off.dep("assets", "default", "src/web.rs", &code);
    off.allow("assets | socket | features-off=web | web loading is off");
    assert_passes(&off);
}

#[test]
fn an_allowance_for_tests_only_fails_when_the_library_connects() {
    let mut f = Fixture::new();
    let code = format!("fn f() {{ {TCP_CONNECT}; }}\n");
    f.dep("lib-with-tests", "", "src/lib.rs", &code);
    f.allow("lib-with-tests | socket | paths=tests/ | only in its tests");
    assert_fails(&f, "accepts them only in tests/");

    let mut tests_only = Fixture::new();
    tests_only.dep("lib-with-tests", "", "tests/net.rs", &code);
    tests_only.allow("lib-with-tests | socket | paths=tests/ | only in its tests");
    assert_passes(&tests_only);
}

#[test]
fn comments_do_not_count_and_stale_allowances_are_warned_about() {
    let mut f = Fixture::new();
    f.dep(
        "documented",
        "",
        "src/lib.rs",
        &format!("/// Read from any reader, e.g. {TCP_CONNECT}.\npub fn f() {{}}\n"),
    );
    f.allow("gone-crate | socket | - | was here once");
    f.allow("documented | socket | - | no longer needed");
    let text = assert_passes(&f);
    assert!(
        text.contains("gone-crate is no longer in the game"),
        "{text}"
    );
    assert!(text.contains("documented no longer names any"), "{text}");
}

#[test]
fn a_check_that_cannot_run_never_passes() {
    let mut missing = Fixture::new();
    missing
        .crates
        .push("ghost 1.0.0 /nonexistent/ghost-1.0.0".to_string());
    assert_eq!(outcome(&missing.run()).0, 2, "a crate with no source");

    let mut bad = Fixture::new();
    bad.allow("half a line | socket");
    assert_eq!(outcome(&bad.run()).0, 2, "an allow list it cannot read");
}

#[test]
fn the_real_allow_list_reads_and_never_names_our_crate() {
    // The committed list must parse (a typo would stop CI with status 2), and
    // Kind Quest itself gets no allowance.
    let list =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/network-allowlist.txt"))
            .unwrap();
    for line in list
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let fields: Vec<&str> = line.split('|').map(str::trim).collect();
        assert_eq!(fields.len(), 4, "{line}");
        assert_ne!(fields[0], "kind-quest", "our own crate is never allowed");
        assert!(fields[3].len() > 15, "a real reason: {line}");
    }
}
