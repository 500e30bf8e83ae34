//! Reading a small file of the data folder (the classroom, the grown-ups'
//! settings, a profile before it is saved over) without trusting what is there.
//!
//! Data folders are copied between machines on USB sticks; whatever sits at a
//! file's name may be a pipe (reading it never ends), a link to `/dev/zero`
//! (reading it fills the memory) or a file of gigabytes. Found by hand on
//! 2026-12-08: a pipe named `classroom.ron`, or `grown-ups.ron` linked to
//! `/dev/zero`, kept the game from ever opening its window.

use std::io::{Error, ErrorKind, Read};
use std::path::Path;

/// Reads the whole file at `path` if it is an ordinary file of at most `max`
/// bytes. A missing file is `NotFound`; anything else that is not such a file
/// is `InvalidData`, with what it is in words.
pub fn read_small_file(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(Error::new(
            ErrorKind::InvalidData,
            "it is not an ordinary file",
        ));
    }
    let too_large = || {
        Error::new(
            ErrorKind::InvalidData,
            format!(
                "it is larger than {} MB, far too large",
                max / (1024 * 1024)
            ),
        )
    };
    if meta.len() > max {
        return Err(too_large());
    }
    // The file may have grown since it was looked at: read one byte more than
    // allowed at most, to know.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)?
        .take(max + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_large());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_file_is_read_and_a_missing_one_is_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        std::fs::write(&path, b"(x: 1)").unwrap();
        assert_eq!(read_small_file(&path, 100).unwrap(), b"(x: 1)");
        let missing = read_small_file(&dir.path().join("b.ron"), 100).unwrap_err();
        assert_eq!(missing.kind(), ErrorKind::NotFound);
    }

    #[test]
    fn a_folder_a_pipe_a_device_or_a_huge_file_is_refused_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("folder.ron");
        std::fs::create_dir(&folder).unwrap();
        let big = dir.path().join("big.ron");
        std::fs::write(&big, vec![b' '; 101]).unwrap();
        let mut refused = vec![folder, big];
        #[cfg(unix)]
        {
            let zero = dir.path().join("zero.ron");
            std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
            refused.push(zero);
            let pipe = dir.path().join("pipe.ron");
            let name = std::ffi::CString::new(pipe.to_str().unwrap()).unwrap();
            // SAFETY: mkfifo with a valid NUL-terminated path.
            assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
            refused.push(pipe);
        }
        for path in refused {
            let e = read_small_file(&path, 100).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidData, "{}: {e}", path.display());
        }
    }
}
