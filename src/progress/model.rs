//! What is saved about a child: a nickname, an avatar, settings, and what they
//! played. Nothing else: no real name, birthday, photo or location.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::story::runtime::ChoiceMade;

/// The save format version written by this build.
pub const FORMAT_VERSION: u32 = 1;

/// The file on disk: a version, then the profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileFile {
    pub format: u32,
    pub profile: Profile,
}

/// One child on this device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Random id, also the file name; never shown.
    pub id: String,
    /// Generated friendly nickname ("Brave Otter").
    pub nickname: String,
    /// Which of the preset avatar faces.
    pub avatar: u8,
    /// When the profile was made (seconds since 1970).
    pub created: u64,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub sessions: Vec<SessionRecord>,
}

/// Per-child settings, kept across updates. Every field has a default, so a
/// save from an older version (with fewer fields) loads as it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Chosen language tag; None follows the computer's language.
    pub language: Option<String>,
    /// Text size step: 0 normal, 1 large, 2 larger (see `TEXT_SCALES`).
    pub text_size: u8,
    /// Dark text on white, black outlines, no tints (WCAG AAA for text).
    pub high_contrast: bool,
    /// OpenDyslexic instead of Andika for the child's screens.
    pub dyslexia_font: bool,
    /// No movement at all: text, faces and stickers appear at once.
    pub reduce_motion: bool,
    /// Sound effects volume, 0-100.
    pub volume: u8,
    /// Sound effects off (the volume is kept for when they come back on).
    pub muted: bool,
    /// Read every line, choice and feedback aloud as it appears.
    pub read_aloud: bool,
}

/// Text size steps, as a factor on the normal size.
pub const TEXT_SCALES: [f32; 3] = [1.0, 1.2, 1.4];

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: None,
            text_size: 0,
            high_contrast: false,
            dyslexia_font: false,
            reduce_motion: false,
            volume: 70,
            muted: false,
            read_aloud: false,
        }
    }
}

impl Settings {
    /// The factor text is drawn at (an out-of-range step from a hand-edited
    /// file is read as the largest).
    pub fn text_scale(&self) -> f32 {
        TEXT_SCALES[usize::from(self.text_size).min(TEXT_SCALES.len() - 1)]
    }

    /// Effects volume 0.0-1.0, 0 when muted.
    pub fn effects_volume(&self) -> f32 {
        if self.muted {
            0.0
        } else {
            f32::from(self.volume.min(100)) / 100.0
        }
    }
}

/// One time a child played a scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Random id, so reports merging copies from several devices count it once.
    pub id: String,
    pub scenario: String,
    /// Language it was played in.
    pub locale: String,
    pub started: u64,
    /// Set when an ending was reached.
    #[serde(default)]
    pub finished: Option<u64>,
    #[serde(default)]
    pub choices: Vec<ChoiceRecord>,
    /// The ending node reached.
    #[serde(default)]
    pub ending: Option<String>,
}

/// One choice, as made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceRecord {
    pub node: String,
    /// The choice's text message id.
    pub choice: String,
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    /// The child went back to "try another way" after it.
    #[serde(default)]
    pub retried: bool,
}

impl From<&ChoiceMade> for ChoiceRecord {
    fn from(c: &ChoiceMade) -> Self {
        Self {
            node: c.node.clone(),
            choice: c.choice.clone(),
            evidence: c.evidence.clone(),
            retried: c.retried,
        }
    }
}

impl SessionRecord {
    /// A new record for a story the child just opened.
    pub fn start(scenario: &str, locale: &str) -> Self {
        Self {
            id: random_id(),
            scenario: scenario.to_string(),
            locale: locale.to_string(),
            started: now(),
            finished: None,
            choices: Vec::new(),
            ending: None,
        }
    }

    /// Brings the record up to date with the session: every choice made so far,
    /// and the ending once reached. The game and `play-text` both call this after
    /// each step, so they record a story the same way.
    pub fn update_from(&mut self, session: &crate::story::runtime::Session) {
        self.choices = session.history().iter().map(ChoiceRecord::from).collect();
        if self.ending.is_none()
            && let Some(end) = session.ending()
        {
            self.ending = Some(end.id().to_string());
            self.finished = Some(now());
        }
    }
}

impl Profile {
    /// A new profile with a random id.
    pub fn new(nickname: &str, avatar: u8) -> Self {
        Self {
            id: random_id(),
            nickname: nickname.to_string(),
            avatar,
            created: now(),
            settings: Settings::default(),
            sessions: Vec::new(),
        }
    }

    /// Adds sessions not seen yet (two copies of one child's file, from two
    /// devices); of two copies of one session, keeps the one that got further
    /// (a copy taken mid-story has fewer choices and no ending).
    pub fn take_sessions(&mut self, sessions: Vec<SessionRecord>) {
        for s in sessions {
            match self.sessions.iter_mut().find(|k| k.id == s.id) {
                Some(k) => {
                    let further = |r: &SessionRecord| (r.ending.is_some(), r.choices.len());
                    if further(&s) > further(k) {
                        *k = s;
                    }
                }
                None => self.sessions.push(s),
            }
        }
    }

    /// True if some session of this scenario reached an ending.
    pub fn has_finished(&self, scenario: &str) -> bool {
        self.sessions
            .iter()
            .any(|s| s.scenario == scenario && s.ending.is_some())
    }

    /// Number of different scenarios finished.
    pub fn finished_count(&self) -> usize {
        let mut ids: Vec<&str> = self
            .sessions
            .iter()
            .filter(|s| s.ending.is_some())
            .map(|s| s.scenario.as_str())
            .collect();
        ids.sort();
        ids.dedup();
        ids.len()
    }

    /// Sum of evidence per skill over every choice made (retried ones included:
    /// they were real choices, and the retry itself is recorded).
    /// Everything kept about this child, as an indented JSON file a parent can read
    /// in any text editor or load into another program.
    pub fn export_json(&self) -> String {
        let file = serde_json::json!({
            "about": "Everything Kind Quest keeps about this child, on this device only: \
                      a game name, a face, settings, and the stories played with each choice made.",
            "format": FORMAT_VERSION,
            "profile": self,
        });
        serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
    }

    pub fn evidence_totals(&self) -> BTreeMap<String, i32> {
        let mut totals = BTreeMap::new();
        for c in self.sessions.iter().flat_map(|s| &s.choices) {
            for (skill, w) in &c.evidence {
                // A hand-edited save can hold any weight: stop at the largest number.
                let total = totals.entry(skill.clone()).or_insert(0i32);
                *total = total.saturating_add(*w);
            }
        }
        totals
    }
}

/// Seconds since 1970, or 0 if the clock is before it.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// 16 random hex digits.
/// True for an id the game could have made and may use as a file name: letters,
/// digits, `-` and `_`, at most 64. A save with any other id (`../x`, an empty
/// one) is treated as broken, so it can never make the game write outside the
/// data folder.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub fn random_id() -> String {
    format!("{:016x}", fastrand::u64(..))
}
