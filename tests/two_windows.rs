//! Two copies of the game on one data folder: the second is kept out while the
//! first runs, across real processes (the unit tests show it within one).
//! Lives here, not in src/, because our own code may start no program
//! (scripts/check-network.sh); this test starts a copy of itself.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use kind_quest::progress::Store;
use kind_quest::progress::store::StoreError;

/// Run only as the child process of the test below: holds the lock on the
/// folder in `KQ_LOCK_TEST_DIR` until its input closes.
#[test]
#[ignore = "helper: run by another_process_holding_the_folder_keeps_this_one_out"]
fn hold_the_lock_until_input_closes() {
    let Some(dir) = std::env::var_os("KQ_LOCK_TEST_DIR") else {
        return;
    };
    let _store = Store::open(Path::new(&dir)).unwrap();
    println!("holding");
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
}

#[test]
fn another_process_holding_the_folder_keeps_this_one_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "hold_the_lock_until_input_closes",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("KQ_LOCK_TEST_DIR", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("holding") {
        line.clear();
        assert!(
            out.read_line(&mut line).unwrap() > 0,
            "the helper ended early"
        );
    }
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("already open"), "{message}");
    assert!(
        message.contains(&dir.path().display().to_string()),
        "{message}"
    );
    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
    // Once the other copy has closed, the folder opens again.
    Store::open(dir.path()).unwrap();
}
