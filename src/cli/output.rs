//! Where a command's output goes: the terminal, or a file given with `--out`,
//! and names from data files shown safely on a grown-up's terminal.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Prints `text` on standard output. A full disk or a closed output is said
/// plainly and is exit 1 (`print!` would panic on it).
pub fn print_out(text: &str) -> Result<(), ExitCode> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| {
            eprintln!("kind-quest: {}", output_problem(&e));
            ExitCode::from(1)
        })
}

/// What to say when the output cannot be written.
pub fn output_problem(e: &std::io::Error) -> String {
    format!(
        "could not write the output ({e}). If the disk is full, free some space; \
         or send the output somewhere else"
    )
}

/// Prints `text`, or writes it to `out` and says so on stderr.
///
/// An ordinary file is replaced atomically (a crash leaves the old or the new
/// one). Anything else that is already there is written into as it is, the
/// way a shell's `>` does: a device (`/dev/null`, `/dev/full` says it is full)
/// or a pipe is never replaced by a file. A link is followed, and the file it
/// points at is replaced; the link stays.
pub fn write_output(out: Option<&Path>, text: &str) -> ExitCode {
    let Some(path) = out else {
        return match print_out(text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => code,
        };
    };
    let written = match std::fs::metadata(path) {
        Ok(found) if !found.is_file() && !found.is_dir() => write_into(path, text),
        _ => {
            let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            crate::progress::store::write_atomic(&target, text.as_bytes()).map_err(|e| {
                // The save error speaks of progress; this is a file asked for.
                std::error::Error::source(&e).map_or_else(|| e.to_string(), |s| s.to_string())
            })
        }
    };
    if let Err(why) = written {
        eprintln!(
            "kind-quest: cannot save {}: {why}. Check the folder exists, there is \
             free space and you may write there, or give another --out.",
            path.display()
        );
        return ExitCode::from(1);
    }
    eprintln!("wrote {}", path.display());
    ExitCode::SUCCESS
}

/// Writes into a device or a pipe that is already there. A pipe that nothing
/// reads from is said at once, instead of waiting for a reader for ever.
fn write_into(path: &Path, text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ENXIO) {
            return "it is a pipe that no program is reading from".to_string();
        }
        e.to_string()
    })?;
    #[cfg(unix)]
    {
        // Open now: from here on, wait for the reader like any writer.
        use std::os::fd::AsRawFd;
        let fd = file.as_raw_fd();
        // SAFETY: fcntl on a file descriptor this function owns.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags >= 0 {
                libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
            }
        }
    }
    file.write_all(text.as_bytes())
        .and_then(|()| file.flush())
        .map_err(|e| e.to_string())
}

/// Refuses an `--out` inside one of the data folders a command reads: a
/// report or an export must never replace a child's save (or anything else
/// the game keeps there). Says so and what to do.
pub fn refuse_out_inside(out: Option<&Path>, folders: &[PathBuf]) -> Result<(), ExitCode> {
    let Some(out) = out else {
        return Ok(());
    };
    let Some(resolved) = resolved(out) else {
        return Ok(());
    };
    for folder in folders {
        let Ok(folder) = std::fs::canonicalize(folder) else {
            continue;
        };
        if resolved.starts_with(&folder) {
            eprintln!(
                "kind-quest: --out {} is inside the data folder {}, which this command only \
                 reads. Write the file somewhere else, for example your Documents folder.",
                out.display(),
                folder.display()
            );
            return Err(ExitCode::from(2));
        }
    }
    Ok(())
}

/// Where `path` really is, links followed, also when the file is not there
/// yet (its folder resolved, its name added).
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = std::fs::canonicalize(path) {
        return Some(p);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(parent).ok()?.join(name))
}

/// A name from a data file, as it is safe to print on a terminal: control
/// characters (which could clear the screen, retitle the window or add lines
/// that look like the game's own) and the marks that reverse the direction
/// of text are shown as escapes, the way Rust writes them (`\u{1b}`).
pub fn shown_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            let reverses = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || reverses {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt;

    #[test]
    fn names_cannot_steer_the_terminal() {
        assert_eq!(shown_name("Brave Otter"), "Brave Otter");
        assert_eq!(shown_name("Ñandú Ágil"), "Ñandú Ágil");
        assert_eq!(
            shown_name("\u{1b}[2Jx\u{7}\nfake\u{202e}"),
            "\\u{1b}[2Jx\\u{7}\\u{a}fake\\u{202e}"
        );
    }

    #[test]
    fn an_out_inside_a_data_folder_is_refused_and_one_beside_it_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(data.join("profiles")).unwrap();
        let folders = [data.clone()];
        let inside = data.join("profiles").join("aaaa.ron");
        assert!(refuse_out_inside(Some(&inside), &folders).is_err());
        assert!(refuse_out_inside(Some(&data.join("new.csv")), &folders).is_err());
        assert!(refuse_out_inside(Some(&dir.path().join("report.csv")), &folders).is_ok());
        assert!(refuse_out_inside(None, &folders).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_given_as_out_stays_and_its_file_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.csv");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert_eq!(write_output(Some(&link), "new"), ExitCode::SUCCESS);
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    }

    /// A pipe (like a device) is written into, never replaced by a file. Not
    /// tried on /dev/null itself: a mistake here would replace it for the
    /// whole computer.
    #[cfg(unix)]
    #[test]
    fn a_pipe_given_as_out_is_written_into_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("pipe");
        let name = std::ffi::CString::new(pipe.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        // A reader first (opening it without waiting), as a program at the
        // other end would be.
        let mut reader = {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(&pipe)
                .unwrap()
        };
        assert_eq!(
            write_output(Some(&pipe), "through the pipe"),
            ExitCode::SUCCESS
        );
        let mut heard = String::new();
        std::io::Read::read_to_string(&mut reader, &mut heard).unwrap();
        assert_eq!(heard, "through the pipe");
        drop(reader);
        assert!(pipe.symlink_metadata().unwrap().file_type().is_fifo());
        // Nothing reading: said at once, not a wait for ever.
        assert_eq!(write_output(Some(&pipe), "nobody hears"), ExitCode::from(1));
    }
}
