//! Reading a saved profile of any format version this build knows, and
//! bringing it up to today's format.
//!
//! Every format that ever shipped has a fixture under
//! `tests/fixtures/saves/v<N>/` and `tests/saves.rs` loads each one.

use std::fs;
use std::path::Path;

use crate::progress::model::{FORMAT_VERSION, Profile, ProfileFile};
use crate::story::load::ron_options;

/// Why a saved profile could not be used.
#[derive(Debug)]
pub(crate) enum ReadError {
    Missing,
    /// Saved by a newer Kind Quest: never changed, moved or overwritten.
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

/// Reads and decodes the profile saved at `path`.
pub(crate) fn read_profile(path: &Path) -> Result<Profile, ReadError> {
    // Only an ordinary file of a sane size is read: a pipe or a device put in
    // its place would never end, a huge file would fill the memory.
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(ReadError::Broken("it is not an ordinary file".into()));
        }
        Ok(meta) if meta.len() > MAX_SAVE_BYTES => {
            return Err(ReadError::Broken(format!(
                "it is far too large for a profile ({} MB)",
                meta.len() / (1024 * 1024)
            )));
        }
        _ => {}
    }
    match fs::read(path) {
        Ok(bytes) => decode(&bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ReadError::Missing),
        Err(e) => Err(ReadError::Broken(e.to_string())),
    }
}

/// Largest profile file read. A child's profile with a thousand stories played
/// is well under 1 MB.
pub(crate) const MAX_SAVE_BYTES: u64 = 16 * 1024 * 1024;

/// Decodes a saved profile of any known format.
pub(crate) fn decode(bytes: &[u8]) -> Result<Profile, ReadError> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| ReadError::Broken("not UTF-8 text".into()))?;
    // A newer format may not parse as ours at all, so look at the version alone first.
    let version = peek_version(text);
    if let Some(v) = version
        && v > FORMAT_VERSION
    {
        return Err(ReadError::Newer(v));
    }
    // Without a readable version the parser says best what is wrong with the file.
    let mut profile = upgrade(text, version.unwrap_or(FORMAT_VERSION))?;
    if let Some((cut, _)) = profile.nickname.char_indices().nth(MAX_NICKNAME_CHARS) {
        profile.nickname.truncate(cut);
    }
    Ok(profile)
}

/// The longest game name kept from a file. The game makes two-word names
/// ("Hilfsbereiter Waschbär", 22 letters); a longer one was written into the
/// file by hand, and thousands of letters filled "who is playing?" and every
/// story line that names the child.
pub const MAX_NICKNAME_CHARS: usize = 40;

/// Reads a file saved in format `version` and brings it up to `FORMAT_VERSION`,
/// one version at a time.
///
/// Only format 1 has shipped so far (fields added since have defaults, so
/// older format-1 files read as they are). When format 2 comes: move format 1's
/// structs to `format/v1.rs` unchanged, add `fn v1_to_v2(v1::ProfileFile) ->
/// ProfileFile`, make the `1` arm `parse::<v1::ProfileFile>(text).map(v1_to_v2)`,
/// add a `2` arm for today's shape, and add a fixture under
/// `tests/fixtures/saves/v2/`.
fn upgrade(text: &str, version: u32) -> Result<Profile, ReadError> {
    match version {
        1 => {
            let file: ProfileFile = parse(text)?;
            if file.format != version {
                return Err(ReadError::Broken(format!(
                    "the format is written twice, as {version} and {}",
                    file.format
                )));
            }
            if !crate::progress::model::is_valid_id(&file.profile.id) {
                return Err(ReadError::Broken(format!(
                    "its id {:?} is not one Kind Quest makes",
                    file.profile.id
                )));
            }
            Ok(file.profile)
        }
        other => Err(ReadError::Broken(format!(
            "format {other} was never written by Kind Quest"
        ))),
    }
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    ron_options().from_str(text).map_err(|e| {
        // In plain words ("the file ends too early"), not the parser's own.
        let (message, _) = crate::story::load::ron_words(&e.code);
        ReadError::Broken(format!("line {}: {message}", e.span.start.line))
    })
}

/// Reads `format: N` from the start of a save without parsing the rest.
pub(crate) fn peek_version(text: &str) -> Option<u32> {
    // RON's struct parser needs the whole value; look for the field textually.
    let i = text.find("format:")?;
    let rest = text[i + "format:".len()..].trim_start();
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}
