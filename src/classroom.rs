//! A teacher's classroom on this device: lessons (stories in the order the
//! teacher picked) and classes (which children's profiles belong together), kept
//! in `<data folder>/classroom.ron` apart from the children's own files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::progress::model::random_id;
use crate::progress::store::{
    Current, RealDisk, backup_path, peek_version, save_with_backup, set_aside_path,
};

pub const FILE: &str = "classroom.ron";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Classroom {
    #[serde(default)]
    pub lessons: Vec<Lesson>,
    #[serde(default)]
    pub classes: Vec<Class>,
}

/// Stories to play together, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub name: String,
    pub stories: Vec<String>,
}

/// Children (profile ids) who belong together, e.g. for a class report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Class {
    pub id: String,
    pub name: String,
    pub members: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ClassroomFile {
    format: u32,
    classroom: Classroom,
}

impl Lesson {
    pub fn new(name: &str) -> Self {
        Self {
            id: random_id(),
            name: name.to_string(),
            stories: Vec::new(),
        }
    }

    /// Adds a story at the end, or takes it out if it is in already.
    pub fn toggle(&mut self, story: &str) {
        if let Some(i) = self.stories.iter().position(|s| s == story) {
            self.stories.remove(i);
        } else {
            self.stories.push(story.to_string());
        }
    }

    /// Moves the story at `i` one place earlier (`up`) or later.
    pub fn shift(&mut self, i: usize, up: bool) {
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(j) = j
            && j < self.stories.len()
            && i < self.stories.len()
        {
            self.stories.swap(i, j);
        }
    }
}

impl Class {
    pub fn new(name: &str) -> Self {
        Self {
            id: random_id(),
            name: name.to_string(),
            members: Vec::new(),
        }
    }

    pub fn toggle(&mut self, profile_id: &str) {
        if let Some(i) = self.members.iter().position(|m| m == profile_id) {
            self.members.remove(i);
        } else {
            self.members.push(profile_id.to_string());
        }
    }
}

/// What happened reading the classroom file.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Read, or none yet (a new, empty classroom).
    Ok(Classroom),
    /// Unreadable: kept under this name (moved aside; or left where it is when
    /// a newer Kind Quest wrote it, and then never overwritten), and the last
    /// good backup used, or else an empty classroom.
    SetAside(Classroom, PathBuf),
}

impl Classroom {
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join(FILE)
    }

    /// Reads the classroom. A file that cannot be read is moved aside (never
    /// deleted) so the teacher's work can be recovered by hand, and the last
    /// good backup is used; a file from a newer Kind Quest is left as it is.
    pub fn load(data_dir: &Path) -> Loaded {
        let path = Self::path(data_dir);
        let bak = backup_path(&path);
        match read(&path) {
            Read::Ok(c) => Loaded::Ok(c),
            Read::Missing => Loaded::Ok(read(&bak).classroom().unwrap_or_default()),
            Read::Newer(_) => Loaded::SetAside(Classroom::default(), path),
            Read::Broken => {
                let aside = set_aside_path(&path);
                if std::fs::rename(&path, &aside).is_err() {
                    // Could not move it: use nothing, so no save replaces it.
                    return Loaded::SetAside(Classroom::default(), path);
                }
                Loaded::SetAside(read(&bak).classroom().unwrap_or_default(), aside)
            }
        }
    }

    /// Reads the classroom without changing anything (for reports over copied
    /// folders); None when there is none or it cannot be read.
    pub fn load_read_only(data_dir: &Path) -> Option<Classroom> {
        let path = Self::path(data_dir);
        read(&path)
            .classroom()
            .or_else(|| read(&backup_path(&path)).classroom())
    }

    /// Saves atomically, keeping the previous good file as `classroom.ron.bak`;
    /// never over a file from a newer Kind Quest.
    pub fn save(&self, data_dir: &Path) -> Result<(), crate::progress::StoreError> {
        let file = ClassroomFile {
            format: FORMAT_VERSION,
            classroom: self.clone(),
        };
        let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
            .map_err(|e| crate::progress::StoreError::Encode(e.to_string()))?;
        save_with_backup(
            &RealDisk,
            &Self::path(data_dir),
            text.as_bytes(),
            FORMAT_VERSION,
            |current| match decode(current) {
                Read::Ok(_) | Read::Missing => Current::Good,
                Read::Newer(v) => Current::Newer(v),
                Read::Broken => Current::Broken,
            },
        )
    }

    /// Forgets an erased child everywhere.
    pub fn forget(&mut self, profile_id: &str) {
        for c in &mut self.classes {
            c.members.retain(|m| m != profile_id);
        }
    }
}

/// What a classroom file holds.
enum Read {
    Ok(Classroom),
    Missing,
    /// Written by a newer Kind Quest, in this format.
    Newer(u32),
    Broken,
}

impl Read {
    fn classroom(self) -> Option<Classroom> {
        match self {
            Read::Ok(c) => Some(c),
            _ => None,
        }
    }
}

fn read(path: &Path) -> Read {
    let max = crate::progress::store::MAX_SAVE_BYTES;
    match crate::progress::store::read_small_file(path, max) {
        Ok(bytes) => decode(&bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Read::Missing,
        Err(_) => Read::Broken,
    }
}

fn decode(bytes: &[u8]) -> Read {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Read::Broken;
    };
    // A newer format may not parse as ours at all: look at the version first.
    if let Some(v) = peek_version(text)
        && v > FORMAT_VERSION
    {
        return Read::Newer(v);
    }
    match crate::story::load::ron_options().from_str::<ClassroomFile>(text) {
        Ok(f) if f.format <= FORMAT_VERSION => Read::Ok(f.classroom),
        Ok(f) => Read::Newer(f.format),
        Err(_) => Read::Broken,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lessons_keep_the_teachers_order() {
        let mut l = Lesson::new("Week 1");
        l.toggle("a");
        l.toggle("b");
        l.toggle("c");
        l.shift(2, true);
        assert_eq!(l.stories, ["a", "c", "b"]);
        l.shift(0, true); // already first
        l.shift(2, false); // already last
        assert_eq!(l.stories, ["a", "c", "b"]);
        l.toggle("c");
        assert_eq!(l.stories, ["a", "b"]);
    }

    #[test]
    fn the_classroom_is_saved_and_read_back_and_a_broken_file_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            Classroom::load(dir.path()),
            Loaded::Ok(Classroom::default())
        );
        let mut c = Classroom::default();
        let mut lesson = Lesson::new("Week 1");
        lesson.toggle("left-out-of-the-chat");
        c.lessons.push(lesson);
        let mut class = Class::new("4B");
        class.toggle("0123456789abcdef");
        c.classes.push(class);
        c.save(dir.path()).unwrap();
        assert_eq!(Classroom::load(dir.path()), Loaded::Ok(c.clone()));

        std::fs::write(Classroom::path(dir.path()), "(format: 1, classroom: (").unwrap();
        match Classroom::load(dir.path()) {
            Loaded::SetAside(empty, aside) => {
                assert_eq!(empty, Classroom::default());
                assert!(aside.exists(), "kept, not deleted");
                assert!(!Classroom::path(dir.path()).exists());
            }
            other => panic!("{other:?}"),
        }
    }

    /// A data folder copied by hand may hold anything at the file's name: the
    /// game once waited for ever on a pipe named classroom.ron.
    #[cfg(unix)]
    #[test]
    fn a_pipe_where_the_classroom_file_should_be_is_set_aside_unread() {
        let dir = tempfile::tempdir().unwrap();
        let path = Classroom::path(dir.path());
        let name = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        match Classroom::load(dir.path()) {
            Loaded::SetAside(empty, aside) => {
                assert_eq!(empty, Classroom::default());
                assert!(aside.exists(), "kept, not deleted");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_erased_child_leaves_every_class() {
        let mut c = Classroom::default();
        let mut class = Class::new("4B");
        class.toggle("a");
        class.toggle("b");
        c.classes.push(class);
        c.forget("a");
        assert_eq!(c.classes[0].members, ["b"]);
    }
}
