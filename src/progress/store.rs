//! Saving and loading profiles under the data folder, safely.
//!
//! Layout: `<data>/profiles/<id>.ron`, a `.bak` beside each with the last good
//! version. Writes are atomic (temp file, fsync, rename). A file that cannot be
//! read is moved aside (never deleted or overwritten) and its backup is used.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::progress::model::{FORMAT_VERSION, Profile, ProfileFile, now};
use crate::story::load::ron_options;

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "KIND_QUEST_DATA_DIR";

/// Why saving or opening failed, in words for a grown-up.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "cannot use the data folder {path}: {source}. Check it exists and you may write to it."
    )]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot save {path}: {source}. Check there is free space and the folder is writable.")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not turn the profile into text: {0}")]
    Encode(String),
    #[error("no data folder could be found for this user; pass --data-dir DIR")]
    NoDefaultFolder,
}

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

/// A data folder.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
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

    /// Opens (and creates if needed) a data folder.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let profiles = dir.join("profiles");
        fs::create_dir_all(&profiles).map_err(|source| StoreError::Folder {
            path: profiles.clone(),
            source,
        })?;
        Ok(Self {
            dir: dir.to_path_buf(),
        })
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
        for path in paths {
            match self.load_one(&path, &mut loaded.notices) {
                Some(p) => loaded.profiles.push(p),
                None => continue,
            }
        }
        loaded.profiles.sort_by_key(|p| p.created);
        loaded
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
            let moved = fs::rename(path, &aside);
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

    /// Saves a profile atomically, keeping the previous good file as `.bak`.
    /// Erases a profile from disk: the file, its backup, any copy set aside and
    /// any half-written temporary file. Returns the files removed. Other profiles
    /// are not touched.
    pub fn erase(&self, profile_id: &str) -> Result<Vec<PathBuf>, StoreError> {
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
                fs::remove_file(&path).map_err(|source| StoreError::Write {
                    path: path.clone(),
                    source,
                })?;
                removed.push(path);
            }
        }
        // Make the removal itself survive a power cut.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        removed.sort();
        Ok(removed)
    }

    pub fn save(&self, profile: &Profile) -> Result<(), StoreError> {
        let path = self.profile_path(&profile.id);
        let file = ProfileFile {
            format: FORMAT_VERSION,
            profile: profile.clone(),
        };
        let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
            .map_err(|e| StoreError::Encode(e.to_string()))?;
        // Keep the current file as the backup, but only if it is good.
        if read_profile(&path).is_ok() {
            let bak = backup_path(&path);
            let bytes = fs::read(&path).map_err(|source| StoreError::Write {
                path: path.clone(),
                source,
            })?;
            write_atomic(&bak, &bytes)?;
        }
        write_atomic(&path, text.as_bytes())
    }
}

/// Writes bytes to `path` so that a crash leaves either the old or the new file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let err = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    let tmp = path.with_extension(format!(
        "{}.tmp",
        path.extension().map_or("", |e| e.to_str().unwrap_or(""))
    ));
    {
        let mut f = File::create(&tmp).map_err(err)?;
        f.write_all(bytes).map_err(err)?;
        f.sync_all().map_err(err)?;
    }
    fs::rename(&tmp, path).map_err(err)?;
    if let Some(parent) = path.parent()
        && let Ok(d) = File::open(parent)
    {
        // Makes the rename itself durable; not all platforms allow it, so best effort.
        let _ = d.sync_all();
    }
    Ok(())
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

#[derive(Debug)]
enum ReadError {
    Missing,
    Newer(u32),
    Broken(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Missing => f.write_str("missing"),
            ReadError::Newer(v) => write!(f, "format {v} is newer than this Kind Quest"),
            ReadError::Broken(why) => f.write_str(why),
        }
    }
}

fn read_profile(path: &Path) -> Result<Profile, ReadError> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ReadError::Missing),
        Err(e) => return Err(ReadError::Broken(e.to_string())),
    };
    let text = String::from_utf8(bytes).map_err(|_| ReadError::Broken("not UTF-8 text".into()))?;
    // A newer format may not parse as ours at all, so look at the version alone first.
    if let Some(v) = peek_version(&text)
        && v > FORMAT_VERSION
    {
        return Err(ReadError::Newer(v));
    }
    let file: ProfileFile = ron_options()
        .from_str(&text)
        .map_err(|e| ReadError::Broken(format!("line {}: {}", e.span.start.line, e.code)))?;
    if file.format > FORMAT_VERSION {
        return Err(ReadError::Newer(file.format));
    }
    Ok(file.profile)
}

/// Reads `format: N` from the start of a save without parsing the rest.
fn peek_version(text: &str) -> Option<u32> {
    // RON's struct parser needs the whole value; look for the field textually.
    let i = text.find("format:")?;
    let rest = text[i + "format:".len()..].trim_start();
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

fn set_aside_path(path: &Path) -> PathBuf {
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

fn is_set_aside(path: &Path) -> bool {
    path.to_string_lossy().contains(".corrupt-")
}

#[cfg(test)]
mod tests;
