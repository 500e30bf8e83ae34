//! Reports for teachers and parents: what each child played and how their
//! choices add up per skill, as CSV, a printable HTML page, or xAPI statements.
//!
//! Reports read one or more data folders (copied from several devices) without
//! changing them, and merge them: a profile found twice is one child, and a
//! session found twice (the same session id) is counted once.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::content::Content;
use crate::progress::Profile;
use crate::progress::score::{SkillScore, score_profile};
use crate::progress::store::{LoadNotice, read_folder};

pub mod csv;
pub mod html;
pub mod lesson_sheet;
pub mod time;
pub mod xapi;

/// Every child found in the folders, merged, with their scores.
pub struct ClassReport {
    pub children: Vec<ChildReport>,
    /// What could not be read, per file.
    pub notices: Vec<LoadNotice>,
    /// The folders read, in order.
    pub folders: Vec<PathBuf>,
}

pub struct ChildReport {
    pub profile: Profile,
    /// Per skill id, in catalogue order.
    pub scores: Vec<(String, SkillScore)>,
}

impl ClassReport {
    /// Reads and merges the folders.
    pub fn build(folders: &[PathBuf], content: &Content) -> Self {
        let mut notices = Vec::new();
        let mut by_id: BTreeMap<String, Profile> = BTreeMap::new();
        for folder in folders {
            let loaded = read_folder(folder);
            notices.extend(loaded.notices);
            for p in loaded.profiles {
                match by_id.get_mut(&p.id) {
                    Some(known) => known.take_sessions(p.sessions),
                    None => {
                        by_id.insert(p.id.clone(), p);
                    }
                }
            }
        }
        let mut children: Vec<ChildReport> = by_id
            .into_values()
            .map(|mut profile| {
                profile.sessions.sort_by_key(|s| s.started);
                let mut scores = score_profile(&profile, content);
                let scores = content
                    .catalogue
                    .skills
                    .iter()
                    .filter_map(|k| scores.remove_entry(&k.id))
                    .collect();
                ChildReport { profile, scores }
            })
            .collect();
        children.sort_by(|a, b| {
            (&a.profile.nickname, a.profile.created).cmp(&(&b.profile.nickname, b.profile.created))
        });
        Self {
            children,
            notices,
            folders: folders.to_vec(),
        }
    }
}

/// Stories a child finished, each once, in the order first finished.
pub fn finished_stories(profile: &Profile) -> Vec<(&str, u64)> {
    let mut out: Vec<(&str, u64)> = Vec::new();
    for s in &profile.sessions {
        if let (Some(_), Some(at)) = (&s.ending, s.finished)
            && !out.iter().any(|(id, _)| *id == s.scenario)
        {
            out.push((&s.scenario, at));
        }
    }
    out
}

#[cfg(test)]
mod tests;
