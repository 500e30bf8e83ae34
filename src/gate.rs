//! The grown-up gate: a question a young child cannot answer alone, in front of
//! everything that is not play (progress, classroom, reports, data).
//!
//! It is friction, not security (docs/privacy.md says so): it keeps a six-year-old
//! from wandering into the grown-up area, and tells an older child clearly that
//! this part is for grown-ups. A teacher who needs more can set a PIN.
//!
//! No celebration on success, no penalty or shaming on failure: a wrong answer
//! just gets a new question, and after a while with no activity the grown-up
//! area closes by itself and the child's view comes back.

use serde::{Deserialize, Serialize};

/// How long the grown-up area stays open without any input, in seconds.
pub const IDLE_TIMEOUT_SECS: u64 = 300;

/// A multiplication of a two-digit number by 6 to 9, e.g. 47 × 6:
/// beyond what most children under nine can do in their head, quick for a
/// grown-up, and the same in every language (digits, no words to translate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub a: u32,
    pub b: u32,
}

impl Question {
    pub fn random(rng: &mut fastrand::Rng) -> Self {
        // Avoid the easy ones (×1 to ×5, small numbers, round tens).
        let b = [6, 7, 8, 9][rng.usize(..4)];
        let mut a = rng.u32(23..=98);
        if a.is_multiple_of(10) {
            a += 3;
        }
        Self { a, b }
    }

    pub fn answer(&self) -> u32 {
        self.a * self.b
    }

    /// True when `typed` (digits, spaces allowed) is the answer.
    pub fn accepts(&self, typed: &str) -> bool {
        let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && digits.len() <= 6
            && digits.parse::<u32>().ok() == Some(self.answer())
    }
}

/// The gate's state: a question while closed; an open grown-up area with the
/// time of the last input while open.
#[derive(Debug, Clone, PartialEq)]
pub enum Gate {
    Closed { question: Question },
    Open { last_input: u64 },
}

impl Gate {
    pub fn new(rng: &mut fastrand::Rng) -> Self {
        Gate::Closed {
            question: Question::random(rng),
        }
    }

    /// Tries an answer. Right: the gate opens (quietly). Wrong: a new question,
    /// so guessing the same one again does not help.
    pub fn answer(&mut self, typed: &str, now: u64, rng: &mut fastrand::Rng) -> bool {
        match self {
            Gate::Closed { question } if question.accepts(typed) => {
                *self = Gate::Open { last_input: now };
                true
            }
            Gate::Closed { question } => {
                *question = Question::random(rng);
                false
            }
            Gate::Open { .. } => true,
        }
    }

    /// Any input in the grown-up area keeps it open.
    pub fn touch(&mut self, now: u64) {
        if let Gate::Open { last_input } = self {
            *last_input = now;
        }
    }

    /// Closes the area after `IDLE_TIMEOUT_SECS` without input; true if it just closed.
    pub fn expire(&mut self, now: u64, rng: &mut fastrand::Rng) -> bool {
        if let Gate::Open { last_input } = self
            && now.saturating_sub(*last_input) >= IDLE_TIMEOUT_SECS
        {
            *self = Gate::new(rng);
            return true;
        }
        false
    }

    pub fn is_open(&self) -> bool {
        matches!(self, Gate::Open { .. })
    }
}

/// An optional teacher PIN, kept in `<data folder>/grown-ups.ron` apart from the
/// children's profiles: deleting that one file removes a forgotten PIN and loses
/// no progress.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GrownUpSettings {
    /// Salted hash of the PIN, never the PIN itself.
    #[serde(default)]
    pub pin_hash: Option<String>,
    #[serde(default)]
    pub pin_salt: Option<String>,
}

impl GrownUpSettings {
    pub const FILE: &'static str = "grown-ups.ron";

    /// Reads the settings; a missing or unreadable file means no PIN (the way
    /// back for a forgotten PIN is deleting this file, which holds nothing else).
    pub fn load(data_dir: &std::path::Path) -> Self {
        let max = crate::progress::store::MAX_SAVE_BYTES;
        crate::progress::store::read_small_file(&data_dir.join(Self::FILE), max)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|t| crate::story::load::ron_options().from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, data_dir: &std::path::Path) -> Result<(), crate::progress::StoreError> {
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default();
        crate::progress::store::write_atomic(&data_dir.join(Self::FILE), text.as_bytes())
    }

    pub fn remove_pin(&mut self) {
        self.pin_hash = None;
        self.pin_salt = None;
    }

    /// Sets a PIN of 4 to 8 digits; refuses anything else.
    pub fn set_pin(&mut self, pin: &str, rng: &mut fastrand::Rng) -> Result<(), &'static str> {
        if !(4..=8).contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
            return Err("a PIN is 4 to 8 digits");
        }
        let salt = format!("{:016x}", rng.u64(..));
        self.pin_hash = Some(hash(&salt, pin));
        self.pin_salt = Some(salt);
        Ok(())
    }

    pub fn has_pin(&self) -> bool {
        self.pin_hash.is_some()
    }

    pub fn pin_matches(&self, typed: &str) -> bool {
        match (&self.pin_hash, &self.pin_salt) {
            (Some(h), Some(salt)) => hash(salt, typed.trim()) == *h,
            _ => false,
        }
    }
}

/// A slow-ish salted hash (FNV-1a folded many times). A PIN of a few digits
/// cannot be made safe against someone with the file; this only keeps the PIN
/// itself from sitting in a text file where a child could read it.
fn hash(salt: &str, pin: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for _ in 0..10_000 {
        for b in salt.bytes().chain(pin.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A settings file linked to an endless device is not read for ever: it
    /// counts as no PIN, like a missing or broken one.
    #[cfg(unix)]
    #[test]
    fn settings_linked_to_an_endless_device_mean_no_pin() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join(GrownUpSettings::FILE)).unwrap();
        assert_eq!(
            GrownUpSettings::load(dir.path()),
            GrownUpSettings::default()
        );
    }

    #[test]
    fn questions_are_never_trivial_and_accept_only_the_answer() {
        let mut rng = fastrand::Rng::with_seed(1);
        for _ in 0..1000 {
            let q = Question::random(&mut rng);
            assert!((23..=99).contains(&q.a) && !q.a.is_multiple_of(10), "{q:?}");
            assert!((6..=9).contains(&q.b), "{q:?}");
            assert!(q.accepts(&q.answer().to_string()));
            assert!(q.accepts(&format!(" {} ", q.answer())));
            assert!(!q.accepts(&(q.answer() + 1).to_string()));
            assert!(!q.accepts(""));
            assert!(!q.accepts("-1"));
        }
    }

    #[test]
    fn a_wrong_answer_brings_a_new_question_and_the_right_one_opens() {
        let mut rng = fastrand::Rng::with_seed(2);
        let mut gate = Gate::new(&mut rng);
        assert!(!gate.is_open(), "starts closed");
        assert!(!gate.answer("1", 100, &mut rng));
        let Gate::Closed { question: next } = gate.clone() else {
            panic!("a wrong answer leaves it closed")
        };
        assert!(gate.answer(&next.answer().to_string(), 100, &mut rng));
        assert!(gate.is_open());
    }

    #[test]
    fn the_grown_up_area_closes_after_a_while_without_input() {
        let mut rng = fastrand::Rng::with_seed(3);
        let mut gate = Gate::Open { last_input: 1000 };
        assert!(!gate.expire(1000 + IDLE_TIMEOUT_SECS - 1, &mut rng));
        gate.touch(1200);
        assert!(
            !gate.expire(1000 + IDLE_TIMEOUT_SECS, &mut rng),
            "input kept it open"
        );
        assert!(gate.expire(1200 + IDLE_TIMEOUT_SECS, &mut rng));
        assert!(!gate.is_open());
    }

    #[test]
    fn a_pin_is_stored_salted_and_checked() {
        let mut rng = fastrand::Rng::with_seed(4);
        let mut s = GrownUpSettings::default();
        assert!(s.set_pin("12", &mut rng).is_err());
        assert!(s.set_pin("12a4", &mut rng).is_err());
        s.set_pin("2468", &mut rng).unwrap();
        assert!(s.pin_matches("2468") && !s.pin_matches("2469"));
        let saved = ron::to_string(&s).unwrap();
        assert!(!saved.contains("2468"), "the PIN itself is not in the file");
        let back: GrownUpSettings = ron::from_str(&saved).unwrap();
        assert!(back.pin_matches("2468"));
        let dir = tempfile::tempdir().unwrap();
        back.save(dir.path()).unwrap();
        assert!(GrownUpSettings::load(dir.path()).pin_matches("2468"));
        // Forgotten: deleting the file removes the PIN.
        std::fs::remove_file(dir.path().join(GrownUpSettings::FILE)).unwrap();
        assert!(!GrownUpSettings::load(dir.path()).has_pin());
    }
}
