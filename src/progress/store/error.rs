//! Why saving or opening the data folder failed, in words for a parent or a
//! teacher: what happened, then what to do about it.

use std::io::ErrorKind;
use std::path::PathBuf;

/// Why saving or opening failed. Every message says what happened and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data folder (or its `profiles` folder) cannot be made or used.
    #[error("Kind Quest cannot use the data folder {}: {}. {}", path.display(), what(source), folder_advice(source))]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The data folder, or its `profiles` folder, is a link to nothing.
    #[error(
        "Kind Quest cannot use the data folder: {} is a link that leads nowhere (or round in a \
         loop). Remove that link, or start Kind Quest with --data-dir and another folder.",
        path.display()
    )]
    BrokenLink { path: PathBuf },
    /// A file could not be written. What was saved before is still there.
    #[error("Kind Quest could not save {}: {}. {} The last saved progress is kept.", path.display(), what(source), write_advice(source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Kind Quest could not turn the profile into text ({0}). Please report this problem.")]
    Encode(String),
    #[error(
        "no data folder could be found for this user. Start Kind Quest with --data-dir FOLDER \
         (or set KIND_QUEST_DATA_DIR) to choose where progress is kept."
    )]
    NoDefaultFolder,
    /// Another copy of the game holds the data folder's lock file.
    #[error(
        "Kind Quest is already open with the data folder {}; close the other window first. \
         Until then nothing is saved from here, so no progress is mixed up.",
        path.display()
    )]
    InUse { path: PathBuf },
    /// The file on disk was saved by a newer Kind Quest; it is never overwritten.
    #[error(
        "{} was saved by a newer Kind Quest (format {found}, this one knows up to {known}), \
         so it was left as it is. Update Kind Quest to open it.",
        path.display()
    )]
    Newer {
        path: PathBuf,
        found: u32,
        known: u32,
    },
}

/// What happened, in plain words (the system's own words in brackets, for
/// whoever helps).
fn what(e: &std::io::Error) -> String {
    let plain = match e.kind() {
        ErrorKind::NotFound => "it does not exist",
        ErrorKind::PermissionDenied => "this user is not allowed to write there",
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "the disk is full",
        ErrorKind::NotADirectory | ErrorKind::AlreadyExists => {
            "a file is in the way where a folder should be"
        }
        ErrorKind::IsADirectory => "a folder is in the way where a file should be",
        _ => "the computer reported a problem",
    };
    format!("{plain} ({e})")
}

fn folder_advice(e: &std::io::Error) -> &'static str {
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
            "Ask whoever looks after this computer to let this user write there, \
             or start Kind Quest with --data-dir and a folder you may write to."
        }
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "Free some space on the disk (empty the bin, move big files), then start Kind Quest again."
        }
        ErrorKind::NotADirectory | ErrorKind::AlreadyExists => {
            "Move or rename that file, or start Kind Quest with --data-dir and another folder."
        }
        ErrorKind::IsADirectory => {
            "Move or rename that folder, or start Kind Quest with --data-dir and another folder."
        }
        _ => {
            "Check the disk or USB stick is plugged in and working, \
             or start Kind Quest with --data-dir and another folder."
        }
    }
}

fn write_advice(e: &std::io::Error) -> &'static str {
    match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "Free some space on the disk (empty the bin, move big files); the game saves again at the next step."
        }
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
            "Ask whoever looks after this computer to let this user write to that folder."
        }
        ErrorKind::IsADirectory => {
            "Move that folder somewhere else; the game saves again at the next step."
        }
        ErrorKind::NotFound | ErrorKind::NotADirectory => {
            "Check the data folder is still there (a USB stick may have been taken out)."
        }
        _ => "Check the disk is working; the game saves again at the next step.",
    }
}
