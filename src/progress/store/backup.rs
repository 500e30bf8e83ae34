//! The rule every saved file in the data folder follows (profiles, the
//! classroom): before a file is replaced, a good copy of it is kept as
//! `<file>.bak`; a broken one never replaces the last good backup; and a file
//! from a newer Kind Quest is never overwritten.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::{Disk, StoreError, write_atomic_on};
use crate::progress::model::now;

/// What the file about to be replaced holds.
pub(crate) enum Current {
    /// Readable by this build: worth keeping as the backup.
    Good,
    /// Written by a newer Kind Quest, in this format.
    Newer(u32),
    /// Unreadable: the backup (if any) stays the last good copy.
    Broken,
}

/// Replaces `path` with `bytes` atomically, after copying a good current file
/// to the backup. `judge` says what the current bytes are; `known` is the newest
/// format this build writes (for the message when the file is newer).
pub(crate) fn save_with_backup(
    disk: &dyn Disk,
    path: &Path,
    bytes: &[u8],
    known: u32,
    judge: impl Fn(&[u8]) -> Current,
) -> Result<(), StoreError> {
    // Only an ordinary file is read (and so kept as the backup): a pipe at its
    // name would never end.
    if let Ok(current) = super::read_small_file(path, super::format::MAX_SAVE_BYTES) {
        match judge(&current) {
            Current::Good => write_atomic_on(disk, &backup_path(path), &current)?,
            Current::Newer(found) => {
                return Err(StoreError::Newer {
                    path: path.to_path_buf(),
                    found,
                    known,
                });
            }
            Current::Broken => {}
        }
    }
    write_atomic_on(disk, path, bytes)
}

/// `aaaa.ron` -> `aaaa.ron.bak`.
pub(crate) fn backup_path(path: &Path) -> PathBuf {
    let mut s: OsString = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

/// A free name to keep an unreadable file under, beside it:
/// `aaaa.ron` -> `aaaa.corrupt-<seconds>-<n>.ron-aside`. Never read as a save.
pub(crate) fn set_aside_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().to_string());
    let mut n = 0;
    loop {
        let candidate = path.with_file_name(format!("{stem}.corrupt-{}-{n}.ron-aside", now()));
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

/// Where a second file holding the same child is kept once its stories are
/// in the child's own file: `<id>.copy-<time>-<n>.ron-aside`, a name the game
/// never loads and `erase` removes with the child's other files.
pub(crate) fn copy_aside_path(dir: &Path, id: &str) -> PathBuf {
    let mut n = 0;
    loop {
        let candidate = dir.join(format!("{id}.copy-{}-{n}.ron-aside", now()));
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

/// True for a file kept aside by `set_aside_path`.
pub(crate) fn is_set_aside(path: &Path) -> bool {
    path.to_string_lossy().contains(".corrupt-")
}
