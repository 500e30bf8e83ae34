//! One copy of the game at a time per data folder.
//!
//! Two windows saving the same child would each write their own idea of the
//! profile over the other's, so the store holds an operating-system lock on
//! `<data>/.lock` while it is open. The lock goes away with the process, even
//! after a crash, so a stale lock file never keeps anyone out; the file itself
//! stays (deleting it while another copy waits for it would let two in).

use std::fs::{File, TryLockError};
use std::path::Path;

use super::StoreError;

/// Name of the lock file in the data folder.
pub const LOCK_FILE: &str = ".lock";

/// Held while a `Store` may write; released when dropped.
#[derive(Debug)]
pub(crate) struct DataLock {
    _file: File,
}

impl DataLock {
    /// Takes the data folder's lock. `Ok(None)` when the file system cannot lock
    /// files at all (some network drives): the game then works as it did before
    /// locks, rather than not at all.
    pub(crate) fn take(dir: &Path) -> Result<Option<Self>, StoreError> {
        let path = dir.join(LOCK_FILE);
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| StoreError::Folder {
                path: dir.to_path_buf(),
                // The file is named: "a folder is in the way" must say which.
                source: std::io::Error::new(e.kind(), format!("{}: {e}", path.display())),
            })?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Self { _file: file })),
            Err(TryLockError::WouldBlock) => Err(StoreError::InUse {
                path: dir.to_path_buf(),
            }),
            Err(TryLockError::Error(_)) => Ok(None),
        }
    }
}
