//! The sticker book: one sticker for each growth level a skill has reached.
//!
//! Stickers follow the growth words a child already sees (just starting,
//! growing, getting strong, shining), so there are four per skill. They are
//! earned by playing, never bought, never random, and never taken away: a
//! sticker stays once its level was reached, even if a later story brings the
//! skill's figures down (the book keeps the best level ever reached). There is
//! no count of days and nothing that expires.

use std::collections::BTreeMap;

use crate::content::Content;
use crate::progress::model::Profile;
use crate::progress::score::{Growth, SkillScore, add_session};

/// The growth levels that give a sticker, lowest first.
pub const LEVELS: [Growth; 4] = [
    Growth::JustStarting,
    Growth::Growing,
    Growth::GettingStrong,
    Growth::Shining,
];

/// One sticker in the book.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Sticker {
    pub skill: String,
    pub level: Growth,
}

/// Every skill's best level, in the catalogue's order of skills.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Book {
    /// (skill id, best level reached) for every skill in the catalogue.
    pub best: Vec<(String, Growth)>,
}

impl Book {
    /// The book for a child: their sessions replayed in order, keeping each
    /// skill's best level after every session.
    pub fn for_profile(profile: &Profile, content: &Content) -> Self {
        let mut running: BTreeMap<String, SkillScore> = content
            .catalogue
            .skills
            .iter()
            .map(|s| (s.id.clone(), SkillScore::default()))
            .collect();
        let mut best: BTreeMap<String, Growth> = running
            .keys()
            .map(|k| (k.clone(), Growth::NotYetPlayed))
            .collect();
        let mut sessions: Vec<_> = profile.sessions.iter().collect();
        sessions.sort_by_key(|s| s.started);
        for session in sessions {
            add_session(session, content, &mut running);
            for (skill, score) in &running {
                let b = best.entry(skill.clone()).or_insert(Growth::NotYetPlayed);
                *b = (*b).max(score.growth());
            }
        }
        Book {
            best: content
                .catalogue
                .skills
                .iter()
                .map(|s| (s.id.clone(), best[&s.id]))
                .collect(),
        }
    }

    /// Every sticker earned, by skill then level.
    pub fn stickers(&self) -> Vec<Sticker> {
        self.best
            .iter()
            .flat_map(|(skill, best)| {
                LEVELS
                    .iter()
                    .filter(move |l| *l <= best)
                    .map(move |l| Sticker {
                        skill: skill.clone(),
                        level: *l,
                    })
            })
            .collect()
    }

    /// Stickers in `self` that `before` did not have (what a story just earned).
    pub fn new_since(&self, before: &Book) -> Vec<Sticker> {
        let old = before.stickers();
        self.stickers()
            .into_iter()
            .filter(|s| !old.contains(s))
            .collect()
    }

    /// How many stickers the whole book holds.
    pub fn capacity(&self) -> usize {
        self.best.len() * LEVELS.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::model::{ChoiceRecord, SessionRecord};

    fn kind_choice(started: u64) -> SessionRecord {
        SessionRecord {
            id: format!("s{started}"),
            scenario: "left-out-of-the-chat".into(),
            locale: "en".into(),
            started,
            finished: None,
            choices: vec![ChoiceRecord {
                node: "chat-choice".into(),
                choice: "left-out-of-the-chat-speak-up".into(),
                evidence: [("cyberbullying".to_string(), 2), ("empathy".to_string(), 1)].into(),
                retried: false,
            }],
            ending: None,
        }
    }

    fn unkind_choice(started: u64) -> SessionRecord {
        let mut s = kind_choice(started);
        s.choices[0].choice = "left-out-of-the-chat-go-along".into();
        s.choices[0].evidence = [
            ("cyberbullying".to_string(), -1),
            ("empathy".to_string(), -1),
        ]
        .into();
        s
    }

    fn book(sessions: Vec<SessionRecord>) -> Book {
        let mut p = Profile::new("Brave Otter", 0);
        p.sessions = sessions;
        Book::for_profile(&p, &Content::embedded())
    }

    #[test]
    fn a_new_child_has_an_empty_book_with_room_for_every_level() {
        let b = book(vec![]);
        assert!(b.stickers().is_empty());
        assert_eq!(b.capacity(), 8 * 4);
    }

    #[test]
    fn one_decision_gives_a_first_sticker_for_each_skill_it_touched() {
        let b = book(vec![kind_choice(1)]);
        let s = b.stickers();
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s.iter().all(|s| s.level == Growth::JustStarting));
    }

    #[test]
    fn three_kind_decisions_reach_shining_and_every_level_below_it() {
        let b = book(vec![kind_choice(1), kind_choice(2), kind_choice(3)]);
        let empathy: Vec<_> = b
            .stickers()
            .into_iter()
            .filter(|s| s.skill == "empathy")
            .map(|s| s.level)
            .collect();
        assert_eq!(empathy, LEVELS.to_vec());
    }

    #[test]
    fn a_sticker_is_never_taken_away() {
        let shining = book(vec![kind_choice(1), kind_choice(2), kind_choice(3)]);
        let later = book(vec![
            kind_choice(1),
            kind_choice(2),
            kind_choice(3),
            unkind_choice(4),
            unkind_choice(5),
        ]);
        assert_eq!(later.stickers(), shining.stickers());
        assert!(later.new_since(&shining).is_empty());
    }

    #[test]
    fn new_since_names_what_a_story_just_earned() {
        let before = book(vec![kind_choice(1), kind_choice(2)]);
        let after = book(vec![kind_choice(1), kind_choice(2), kind_choice(3)]);
        let new = after.new_since(&before);
        assert!(!new.is_empty());
        assert!(
            new.iter().all(|s| s.level > Growth::JustStarting),
            "{new:?}"
        );
    }

    #[test]
    fn the_same_play_always_gives_the_same_book() {
        let a = book(vec![kind_choice(1), unkind_choice(2), kind_choice(3)]);
        let b = book(vec![kind_choice(1), unkind_choice(2), kind_choice(3)]);
        assert_eq!(a, b);
    }
}
