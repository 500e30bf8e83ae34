//! The file-system steps a save is made of, and the atomic write built from them.
//!
//! The steps go through the `Disk` trait so that tests can make any one of them
//! fail, or stop there as if the computer had been switched off
//! (`store/faults.rs`), and check that the old or the new state is always what
//! loads. The game uses `RealDisk`, which does exactly what it says.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::StoreError;

/// One file-system step of a save.
pub(crate) trait Disk: std::fmt::Debug + Send + Sync {
    /// Creates a new file for writing; fails if anything has that name.
    fn create(&self, path: &Path) -> io::Result<File>;
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    fn flush(&self, file: &mut File) -> io::Result<()>;
    /// Waits until the file's bytes are on the disk itself (fsync).
    fn sync(&self, file: &File) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Waits until a folder's list of names (a rename) is on the disk.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    fn remove(&self, path: &Path) -> io::Result<()>;
}

/// The computer's own file system.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RealDisk;

impl Disk for RealDisk {
    fn create(&self, path: &Path) -> io::Result<File> {
        // A new file only (O_EXCL): never through a link someone left under
        // that name (it could point at another child's save), never into a
        // pipe (opening it would wait for ever).
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
    }
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }
    fn flush(&self, file: &mut File) -> io::Result<()> {
        file.flush()
    }
    fn sync(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }
    fn remove(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }
}

/// The temporary file a write goes to before it replaces `path`:
/// `aaaa.ron` -> `aaaa.ron.tmp`. Never read as a save.
pub(crate) fn temp_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".tmp");
    PathBuf::from(s)
}

/// Writes `bytes` to `path` so that, whatever step fails or wherever the
/// computer stops, `path` holds either its old bytes or all the new ones.
pub(crate) fn write_atomic_on(
    disk: &dyn Disk,
    path: &Path,
    bytes: &[u8],
) -> Result<(), StoreError> {
    let tmp = temp_path(path);
    clear_the_way(disk, &tmp)?;
    let written = (|| {
        let mut f = disk.create(&tmp)?;
        disk.write(&mut f, bytes)?;
        disk.flush(&mut f)?;
        // The bytes must be on the disk before the name points at them, or a
        // power cut could leave an empty file under the real name.
        disk.sync(&f)?;
        drop(f);
        disk.rename(&tmp, path)
    })();
    if let Err(source) = written {
        // Tidy up a half-written temporary file; if that fails too, the next
        // save empties it again and `erase` removes it, so it is harmless.
        let _ = disk.remove(&tmp);
        return Err(StoreError::Write {
            path: path.to_path_buf(),
            source,
        });
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        // Makes the rename itself durable. Best effort: some systems (Windows)
        // cannot open a folder to sync it, and the new file is in place already.
        let _ = disk.sync_dir(parent);
    }
    Ok(())
}

/// Removes what an earlier save left under the temporary name (a crash between
/// creating and renaming it), whatever it is: a half-written file, or a link
/// or a pipe put there by hand. Removing a link leaves what it points at alone.
/// A folder there is not removed: the message names it.
fn clear_the_way(disk: &dyn Disk, tmp: &Path) -> Result<(), StoreError> {
    let Ok(found) = fs::symlink_metadata(tmp) else {
        return Ok(());
    };
    let in_the_way = |source| StoreError::Write {
        path: tmp.to_path_buf(),
        source,
    };
    if found.is_dir() {
        return Err(in_the_way(io::Error::new(
            io::ErrorKind::IsADirectory,
            "a folder has the name the save is written under first",
        )));
    }
    disk.remove(tmp).map_err(in_the_way)
}

/// Writes bytes to `path` so that a crash leaves either the old or the new file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_on(&RealDisk, path, bytes)
}
