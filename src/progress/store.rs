//! Saving and loading profiles under the data folder, safely.
//!
//! Layout: `<data>/profiles/<id>.ron`, a `.bak` beside each with the last good
//! version. Writes are atomic (temp file, fsync, rename; `disk.rs`). A file that
//! cannot be read is moved aside (never deleted or overwritten) and its backup is
//! used; one from a newer Kind Quest is left exactly as it is (`format.rs`). One
//! copy of the game at a time holds the folder's lock (`lock.rs`).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::progress::model::{FORMAT_VERSION, Profile, ProfileFile};

mod backup;
mod disk;
mod error;
mod format;
mod lock;
mod small_file;

pub(crate) use backup::{Current, backup_path, is_set_aside, save_with_backup, set_aside_path};
pub use disk::write_atomic;
pub(crate) use disk::{Disk, RealDisk, write_atomic_on};
pub use error::StoreError;
pub use format::MAX_NICKNAME_CHARS;
pub(crate) use format::{MAX_SAVE_BYTES, ReadError, peek_version, read_profile};
use lock::DataLock;
pub use lock::LOCK_FILE;
pub use small_file::read_small_file;

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "KIND_QUEST_DATA_DIR";

/// Something a grown-up should know about after loading (a file set aside, a backup used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadNotice {
    pub file: PathBuf,
    pub message: String,
}

/// Profiles found in a data folder and what happened reading them.
#[derive(Debug, Default)]
pub struct Loaded {
    pub profiles: Vec<Profile>,
    pub notices: Vec<LoadNotice>,
}

/// A data folder, open for this copy of the game alone (see `lock.rs`).
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// Every write goes through this, so tests can break any step of a save.
    disk: Arc<dyn Disk>,
    /// Held while any clone of this store lives; None where locks are unsupported.
    _lock: Option<Arc<DataLock>>,
}

impl Store {
    /// The folder to use: `--data-dir`, else `KIND_QUEST_DATA_DIR`, else the
    /// platform's data folder.
    pub fn resolve_dir(flag: Option<&Path>) -> Result<PathBuf, StoreError> {
        if let Some(d) = flag {
            return Ok(d.to_path_buf());
        }
        if let Some(d) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
            return Ok(PathBuf::from(d));
        }
        directories::ProjectDirs::from("org", "Kind Quest", "kind-quest")
            .map(|p| p.data_dir().to_path_buf())
            .ok_or(StoreError::NoDefaultFolder)
    }

    /// Opens (and creates if needed) a data folder, and takes its lock.
    /// `StoreError::InUse` when another copy of the game has it open: that copy
    /// keeps saving, and this one must not write at all.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        Self::open_on(dir, Arc::new(RealDisk))
    }

    /// `open`, with every write going through `disk` (tests break its steps).
    pub(crate) fn open_on(dir: &Path, disk: Arc<dyn Disk>) -> Result<Self, StoreError> {
        let profiles = dir.join("profiles");
        fs::create_dir_all(&profiles).map_err(|source| {
            // Name what is in the way: the data folder itself or its
            // `profiles` folder, and a link that leads nowhere for what it is.
            let path = [dir, profiles.as_path()]
                .into_iter()
                .find(|p| p.symlink_metadata().is_ok() && !p.is_dir())
                .unwrap_or(dir)
                .to_path_buf();
            let is_link = path.symlink_metadata().is_ok_and(|m| m.is_symlink());
            if is_link && fs::metadata(&path).is_err() {
                StoreError::BrokenLink { path }
            } else {
                StoreError::Folder { path, source }
            }
        })?;
        let lock = DataLock::take(dir)?;
        let store = Self {
            dir: dir.to_path_buf(),
            disk,
            _lock: lock.map(Arc::new),
        };
        store.finish_interrupted_saves();
        Ok(store)
    }

    /// A save interrupted before its temporary file took the real name (the
    /// power went, the game was killed) leaves `<id>.ron.tmp`. With the lock
    /// held, nothing else writes here: a complete temporary file of a child
    /// who has no file yet (their very first save) is their only record and
    /// takes its name; any other is removed, so it is never left holding a
    /// game name after the child is erased.
    fn finish_interrupted_saves(&self) {
        let Ok(entries) = fs::read_dir(self.profiles_dir()) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            let Some(main) = name.strip_suffix(".tmp") else {
                continue;
            };
            if !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue; // A save clears links and pipes there itself.
            }
            let main = self.profiles_dir().join(main);
            let first_save = main.extension().is_some_and(|e| e == "ron")
                && !main.exists()
                && read_profile(&path).is_ok();
            if first_save {
                let _ = self.disk.rename(&path, &main);
            } else {
                let _ = self.disk.remove(&path);
            }
        }
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn profiles_dir(&self) -> PathBuf {
        self.dir.join("profiles")
    }

    /// Where a profile is saved.
    pub fn profile_path(&self, id: &str) -> PathBuf {
        self.profiles_dir().join(format!("{id}.ron"))
    }

    /// Loads every profile. Unreadable files are set aside and their backups used;
    /// the other profiles load whatever happens to one.
    pub fn load_all(&self) -> Loaded {
        let mut loaded = Loaded::default();
        let Ok(entries) = fs::read_dir(self.profiles_dir()) else {
            return loaded;
        };
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron") && !is_set_aside(p))
            .collect();
        // A profile whose main file vanished mid-save still has its backup.
        for bak in fs::read_dir(self.profiles_dir())
            .into_iter()
            .flatten()
            .flatten()
        {
            let p = bak.path();
            if p.to_string_lossy().ends_with(".ron.bak") {
                let main = p.with_extension("");
                if !main.exists() && !paths.contains(&main) {
                    paths.push(main);
                }
            }
        }
        paths.sort();
        let mut found = Vec::new();
        for path in paths {
            if let Some(p) = self.load_one(&path, &mut loaded.notices) {
                found.push((path, p));
            }
        }
        loaded.profiles = self.put_copies_together(found, &mut loaded.notices);
        loaded.profiles.sort_by_key(|p| p.created);
        loaded
    }

    /// One profile per child. Two files can hold the same child when a data
    /// folder was copied onto another with a file manager's "keep both"
    /// (`aaaa (copy).ron`), each with stories played on its own device.
    /// Their stories are put together in `<id>.ron`; once that is saved, each
    /// copy is kept aside under a name the game does not load (and `erase`
    /// removes), so nothing is lost and the child is not shown twice.
    fn put_copies_together(
        &self,
        found: Vec<(PathBuf, Profile)>,
        notices: &mut Vec<LoadNotice>,
    ) -> Vec<Profile> {
        let mut children: Vec<(Profile, Vec<PathBuf>)> = Vec::new();
        for (path, profile) in found {
            let home = self.profiles_dir().join(format!("{}.ron", profile.id));
            match children.iter_mut().find(|(p, _)| p.id == profile.id) {
                None => children.push((profile, vec![path])),
                Some((known, paths)) => {
                    // The child's own file gives the name and settings.
                    let mut other = profile;
                    if path == home {
                        std::mem::swap(known, &mut other);
                    }
                    known.take_sessions(other.sessions);
                    paths.push(path);
                }
            }
        }
        for (profile, paths) in &children {
            if paths.len() < 2 {
                continue;
            }
            let home = self.profiles_dir().join(format!("{}.ron", profile.id));
            let saved = self.save(profile);
            for copy in paths.iter().filter(|p| **p != home) {
                let message = match &saved {
                    Err(e) => format!(
                        "this file holds the same child as {} (profile number {}); their \
                         stories are shown together, but could not be saved together ({e}), \
                         so both files were left as they are",
                        home.display(),
                        profile.id
                    ),
                    Ok(()) => {
                        let aside = backup::copy_aside_path(&self.profiles_dir(), &profile.id);
                        match self.disk.rename(copy, &aside) {
                            Ok(()) => format!(
                                "this file held the same child as {} (profile number {}), \
                                 probably a copy from another device; their stories are now \
                                 together in {}, and this file was kept as {}. You can delete \
                                 it once you have checked",
                                home.display(),
                                profile.id,
                                home.display(),
                                aside.display()
                            ),
                            Err(e) => format!(
                                "this file holds the same child as {} (profile number {}); \
                                 their stories are now together in {}, but this file could \
                                 not be moved aside ({e}). You can delete it",
                                home.display(),
                                profile.id,
                                home.display()
                            ),
                        }
                    }
                };
                notices.push(LoadNotice {
                    file: copy.clone(),
                    message,
                });
            }
        }
        children.into_iter().map(|(p, _)| p).collect()
    }

    fn load_one(&self, path: &Path, notices: &mut Vec<LoadNotice>) -> Option<Profile> {
        let bak = backup_path(path);
        let problem = match read_profile(path) {
            Ok(p) => return Some(p),
            Err(ReadError::Newer(v)) => {
                notices.push(LoadNotice {
                    file: path.to_path_buf(),
                    message: format!(
                        "this profile was saved by a newer Kind Quest (format {v}, this one reads {FORMAT_VERSION}); \
                         it was left untouched. Update Kind Quest to open it."
                    ),
                });
                return None;
            }
            Err(ReadError::Missing) => None,
            Err(ReadError::Broken(why)) => Some(why),
        };
        if let Some(why) = &problem {
            let aside = set_aside_path(path);
            let moved = self.disk.rename(path, &aside);
            let could_move = moved.is_ok();
            notices.push(LoadNotice {
                file: path.to_path_buf(),
                message: match moved {
                    Ok(()) => format!(
                        "could not read this profile ({why}); it was kept as {}",
                        aside.display()
                    ),
                    Err(e) => format!(
                        "could not read this profile ({why}) and could not move it aside ({e})"
                    ),
                },
            });
            if !could_move {
                // Leave everything as it is: never overwrite a file we could not move.
                return None;
            }
        }
        match read_profile(&bak) {
            Ok(p) => {
                // Put the good backup back in place so the next save has a base.
                let restored = self.save(&p);
                notices.push(LoadNotice {
                    file: path.to_path_buf(),
                    message: match restored {
                        Ok(()) => "the last good backup was used".to_string(),
                        Err(e) => {
                            format!("the last good backup was used but could not be restored: {e}")
                        }
                    },
                });
                Some(p)
            }
            Err(ReadError::Missing) => None,
            Err(e) => {
                notices.push(LoadNotice {
                    file: bak,
                    message: format!(
                        "the backup could not be read either ({e}); it was left as it is"
                    ),
                });
                None
            }
        }
    }

    /// Erases a profile from disk: the file, its backup, any copy set aside and
    /// any half-written temporary file. Returns the files removed. Other profiles
    /// are not touched.
    pub fn erase(&self, profile_id: &str) -> Result<Vec<PathBuf>, StoreError> {
        if !crate::progress::model::is_valid_id(profile_id) {
            // Nothing of ours has such a name; never match other files by it.
            return Ok(Vec::new());
        }
        let dir = self.profiles_dir();
        let prefix = format!("{profile_id}.");
        let mut removed = Vec::new();
        let entries = fs::read_dir(&dir).map_err(|source| StoreError::Folder {
            path: dir.clone(),
            source,
        })?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            // Ids are hex; "<id>." never matches another profile's files.
            if name.starts_with(&prefix) {
                let path = entry.path();
                self.disk
                    .remove(&path)
                    .map_err(|source| StoreError::Write {
                        path: path.clone(),
                        source,
                    })?;
                removed.push(path);
            }
        }
        // Make the removal itself survive a power cut.
        let _ = self.disk.sync_dir(&dir);
        removed.sort();
        Ok(removed)
    }

    /// Saves a profile atomically, keeping the previous good file as `.bak`.
    /// A file there from a newer Kind Quest is never overwritten.
    pub fn save(&self, profile: &Profile) -> Result<(), StoreError> {
        if !crate::progress::model::is_valid_id(&profile.id) {
            return Err(StoreError::Encode(format!(
                "the profile id {:?} cannot be used as a file name",
                profile.id
            )));
        }
        let path = self.profile_path(&profile.id);
        let file = ProfileFile {
            format: FORMAT_VERSION,
            profile: profile.clone(),
        };
        let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        save_with_backup(
            self.disk.as_ref(),
            &path,
            text.as_bytes(),
            FORMAT_VERSION,
            |current| match format::decode(current) {
                Ok(_) => Current::Good,
                Err(ReadError::Newer(v)) => Current::Newer(v),
                Err(_) => Current::Broken,
            },
        )
    }
}

/// Reads the profiles in a data folder without changing anything in it: for
/// reports over folders copied from other devices, which must stay exactly as
/// they came. An unreadable profile falls back to its backup; either way a
/// notice says what happened.
pub fn read_folder(dir: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    let profiles = dir.join("profiles");
    let entries = match fs::read_dir(&profiles) {
        Ok(e) => e,
        Err(e) => {
            loaded.notices.push(LoadNotice {
                file: profiles,
                message: format!("this is not a Kind Quest data folder ({e})"),
            });
            return loaded;
        }
    };
    let mut mains: Vec<PathBuf> = Vec::new();
    for entry in entries.flatten() {
        let p = entry.path();
        let name = p.to_string_lossy().to_string();
        if is_set_aside(&p) {
            continue;
        }
        if name.ends_with(".ron") {
            mains.push(p);
        } else if let Some(main) = name.strip_suffix(".bak")
            && main.ends_with(".ron")
        {
            mains.push(PathBuf::from(main));
        }
    }
    mains.sort();
    mains.dedup();
    for path in mains {
        match read_profile(&path) {
            Ok(p) => loaded.profiles.push(p),
            Err(first) => match read_profile(&backup_path(&path)) {
                Ok(p) => {
                    if !matches!(first, ReadError::Missing) {
                        loaded.notices.push(LoadNotice {
                            file: path.clone(),
                            message: format!(
                                "could not read this profile ({first}); its backup was used"
                            ),
                        });
                    }
                    loaded.profiles.push(p);
                }
                Err(_) => loaded.notices.push(LoadNotice {
                    file: path.clone(),
                    message: format!("could not read this profile ({first}); it was skipped"),
                }),
            },
        }
    }
    loaded.profiles.sort_by_key(|p| p.created);
    loaded
}

#[cfg(test)]
mod crash_tests;
#[cfg(test)]
mod damage_tests;
#[cfg(test)]
mod faults;
#[cfg(test)]
mod folder_tests;
#[cfg(test)]
mod tests;
