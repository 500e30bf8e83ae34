//! A `Disk` for tests that does the real thing, except at one chosen step,
//! where it fails with a given error or "crashes": that step and every one after
//! it do nothing, as if the computer had been switched off there.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::{Disk, RealDisk};

/// The kinds of step a save is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Create,
    Write,
    Flush,
    Sync,
    Rename,
    SyncDir,
    Remove,
}

/// What goes wrong at the chosen step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The step fails with this error; later steps run (so clean-up is tested).
    Fail(io::ErrorKind),
    /// The computer stops before the step: it and everything after do nothing.
    Crash,
    /// Only the first half of the bytes reach the file, then the computer stops.
    /// At a step other than `Write` it is the same as `Crash`.
    TornWrite,
}

#[derive(Debug, Default)]
struct State {
    steps: Vec<(Step, PathBuf)>,
    /// The file last created: the one `write`, `flush` and `sync` are about.
    open: PathBuf,
    crashed: bool,
}

/// See the module comment. `FaultyDisk::none()` records the steps and breaks nothing.
#[derive(Debug)]
pub struct FaultyDisk {
    at: Option<(usize, Fault)>,
    state: Mutex<State>,
}

enum Go {
    Real,
    Torn,
}

impl FaultyDisk {
    /// Breaks nothing; records the steps taken.
    pub fn none() -> Self {
        Self {
            at: None,
            state: Mutex::default(),
        }
    }

    /// `fault` at the step numbered `at` (from 0, in the order the steps are taken).
    pub fn at(at: usize, fault: Fault) -> Self {
        Self {
            at: Some((at, fault)),
            state: Mutex::default(),
        }
    }

    /// The steps asked for so far, with the file or folder each was about.
    pub fn steps(&self) -> Vec<(Step, PathBuf)> {
        self.state.lock().unwrap().steps.clone()
    }

    /// Counts a step about `path` (None: the file last created) and says
    /// whether to do it.
    fn enter(&self, step: Step, path: Option<&Path>) -> io::Result<Go> {
        let mut state = self.state.lock().unwrap();
        if state.crashed {
            return Err(io::Error::other("the computer stopped"));
        }
        let n = state.steps.len();
        let path = path.map_or_else(|| state.open.clone(), Path::to_path_buf);
        if step == Step::Create {
            state.open = path.clone();
        }
        state.steps.push((step, path));
        match self.at {
            Some((at, fault)) if at == n => match fault {
                Fault::Fail(kind) => Err(io::Error::new(kind, format!("injected at {step:?}"))),
                Fault::TornWrite if step == Step::Write => {
                    state.crashed = true;
                    Ok(Go::Torn)
                }
                Fault::Crash | Fault::TornWrite => {
                    state.crashed = true;
                    Err(io::Error::other("the computer stopped"))
                }
            },
            _ => Ok(Go::Real),
        }
    }
}

impl Disk for FaultyDisk {
    fn create(&self, path: &Path) -> io::Result<File> {
        self.enter(Step::Create, Some(path))?;
        RealDisk.create(path)
    }
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        match self.enter(Step::Write, None)? {
            Go::Real => RealDisk.write(file, bytes),
            Go::Torn => {
                file.write_all(&bytes[..bytes.len() / 2])?;
                Err(io::Error::other("the computer stopped mid-write"))
            }
        }
    }
    fn flush(&self, file: &mut File) -> io::Result<()> {
        self.enter(Step::Flush, None)?;
        RealDisk.flush(file)
    }
    fn sync(&self, file: &File) -> io::Result<()> {
        self.enter(Step::Sync, None)?;
        RealDisk.sync(file)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.enter(Step::Rename, Some(to))?;
        RealDisk.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.enter(Step::SyncDir, Some(dir))?;
        RealDisk.sync_dir(dir)
    }
    fn remove(&self, path: &Path) -> io::Result<()> {
        self.enter(Step::Remove, Some(path))?;
        RealDisk.remove(path)
    }
}

/// The real disk without waiting for the bytes to reach it (no fsync): for
/// tests that loop over a thousand saves and are about what is read back, not
/// about power cuts.
#[derive(Debug)]
pub struct UnsyncedDisk;

impl Disk for UnsyncedDisk {
    fn create(&self, path: &Path) -> io::Result<File> {
        RealDisk.create(path)
    }
    fn write(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        RealDisk.write(file, bytes)
    }
    fn flush(&self, file: &mut File) -> io::Result<()> {
        RealDisk.flush(file)
    }
    fn sync(&self, _file: &File) -> io::Result<()> {
        Ok(())
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealDisk.rename(from, to)
    }
    fn sync_dir(&self, _dir: &Path) -> io::Result<()> {
        Ok(())
    }
    fn remove(&self, path: &Path) -> io::Result<()> {
        RealDisk.remove(path)
    }
}
