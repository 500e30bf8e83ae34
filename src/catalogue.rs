//! The competency catalogue (the eight skills), loaded from `assets/competencies.ron`.
//!
//! The catalogue is data so that a school can rename or re-describe skills without
//! touching code; the ids are what scenarios and saved progress refer to.

use serde::{Deserialize, Serialize};

/// The catalogue file shipped in the binary.
pub const EMBEDDED: &str = include_str!("../assets/competencies.ron");

/// All skills the game knows about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub skills: Vec<Skill>,
}

/// One competency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Stable id used in scenarios (`empathy`).
    pub id: String,
    /// Message id of the skill's name.
    pub name: String,
    /// Message id of what the child learns.
    pub learns: String,
    /// Icon shown on the map and in the sticker book.
    pub icon: String,
}

impl Catalogue {
    /// Parses a catalogue file.
    pub fn parse(text: &str) -> Result<Self, ron::error::SpannedError> {
        crate::story::load::ron_options().from_str(text)
    }

    /// The catalogue shipped with the game.
    pub fn embedded() -> Self {
        // The embedded file is checked by a unit test, so this cannot fail at run time.
        Self::parse(EMBEDDED).expect("embedded catalogue is valid")
    }

    /// Looks up a skill by id.
    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.skills.iter().find(|s| s.id == id)
    }

    /// Every message id the catalogue uses.
    pub fn message_ids(&self) -> Vec<&str> {
        self.skills
            .iter()
            .flat_map(|s| [s.name.as_str(), s.learns.as_str()])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The exact eight ids are checked in tests/content.rs; here, lookups.
    #[test]
    fn skills_are_found_by_id_and_unknown_ids_are_not() {
        let c = Catalogue::embedded();
        assert_eq!(c.skills.len(), 8);
        assert_eq!(
            c.skill("empathy").map(|s| s.name.as_str()),
            Some("skill-empathy")
        );
        assert!(c.skill("kindness").is_none());
        assert_eq!(c.message_ids().len(), 16);
    }
}
