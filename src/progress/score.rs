//! How a child's choices add up per skill, in a way a parent or teacher can
//! check by hand (docs/scoring.md explains it in words).
//!
//! For every decision a child met, and every skill some choice there gives
//! evidence for:
//! - **available** is the most positive evidence any choice there offers for the
//!   skill (what the kindest or safest choice would have shown);
//! - **shown** is the positive evidence of the choice the child made first
//!   (negative evidence counts as 0 shown, and is counted apart as a "not yet").
//!
//! The score is shown / available over all those decisions, with the number of
//! decisions behind it ("observations"). Only the first choice at a decision
//! counts: "try another way" is for learning and neither adds nor takes away.
//! A story played twice counts twice: it is practice too. Decisions whose story
//! is not installed any more count what the child's choice showed, with that as
//! the available evidence too, so nothing is invented.

use std::collections::BTreeMap;

use crate::content::Content;
use crate::progress::model::{Profile, SessionRecord};
use crate::story::model::Node;

/// Fewer observations than this, and a skill is "just starting": one story is not
/// enough to say anything.
pub const MIN_OBSERVATIONS: u32 = 3;

/// One skill's figures for one child.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SkillScore {
    /// Decisions met where a choice gives evidence for this skill.
    pub observations: u32,
    /// Sum of the positive evidence the child's first choices showed.
    pub shown: u32,
    /// Sum of the most positive evidence available at those decisions.
    pub available: u32,
    /// First choices that showed the skill was missing (negative evidence).
    pub not_yet: u32,
    /// Times the child chose "try another way" at a decision for this skill.
    pub retries: u32,
}

impl SkillScore {
    /// shown / available, 0.0-1.0; None with nothing available.
    pub fn share(&self) -> Option<f64> {
        (self.available > 0).then(|| f64::from(self.shown) / f64::from(self.available))
    }

    /// The words a child sees instead of a number.
    pub fn growth(&self) -> Growth {
        match self.share() {
            _ if self.observations == 0 => Growth::NotYetPlayed,
            _ if self.observations < MIN_OBSERVATIONS => Growth::JustStarting,
            Some(s) if s >= 0.8 => Growth::Shining,
            Some(s) if s >= 0.5 => Growth::GettingStrong,
            _ => Growth::Growing,
        }
    }
}

/// Growth words, in the order a skill moves through them. Never "bad" or "failed".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Growth {
    NotYetPlayed,
    JustStarting,
    Growing,
    GettingStrong,
    Shining,
}

impl Growth {
    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            Growth::NotYetPlayed => "growth-not-yet-played",
            Growth::JustStarting => "growth-just-starting",
            Growth::Growing => "growth-growing",
            Growth::GettingStrong => "growth-getting-strong",
            Growth::Shining => "growth-shining",
        }
    }
}

/// Scores per skill id for one child, over all their sessions.
pub fn score_profile(profile: &Profile, content: &Content) -> BTreeMap<String, SkillScore> {
    let mut out: BTreeMap<String, SkillScore> = content
        .catalogue
        .skills
        .iter()
        .map(|s| (s.id.clone(), SkillScore::default()))
        .collect();
    for session in &profile.sessions {
        add_session(session, content, &mut out);
    }
    out
}

/// Adds one session's decisions to `out`.
pub fn add_session(
    session: &SessionRecord,
    content: &Content,
    out: &mut BTreeMap<String, SkillScore>,
) {
    let scenario = content.scenario(&session.scenario);
    let mut i = 0;
    while i < session.choices.len() {
        // A decision is its first choice plus any retries straight after it.
        let first = &session.choices[i];
        let mut retries = 0;
        let mut j = i;
        while session.choices[j].retried
            && j + 1 < session.choices.len()
            && session.choices[j + 1].node == first.node
        {
            retries += 1;
            j += 1;
        }
        // The best evidence on offer at this decision, per skill.
        let mut best: BTreeMap<&str, i32> = BTreeMap::new();
        let node = scenario.and_then(|s| s.nodes.iter().find(|n| n.id() == first.node));
        match node {
            Some(Node::Choice { choices, .. }) => {
                for c in choices {
                    for (skill, w) in &c.evidence {
                        let b = best.entry(skill.as_str()).or_insert(0);
                        *b = (*b).max(*w);
                    }
                }
            }
            // The story changed or is gone: judge only by what was recorded.
            _ => {
                for (skill, w) in &first.evidence {
                    best.insert(skill.as_str(), (*w).max(0));
                }
            }
        }
        for (skill, available) in best {
            let Some(score) = out.get_mut(skill) else {
                continue;
            };
            let w = first.evidence.get(skill).copied().unwrap_or(0);
            // Nothing to show here for this skill, and nothing missing either.
            if available <= 0 && w >= 0 {
                continue;
            }
            score.observations += 1;
            // Weights come from files a person can edit (a save, a scenario):
            // a huge one must not overflow, so the sums stop at the largest number.
            score.available = score.available.saturating_add(available.max(0) as u32);
            score.shown = score
                .shown
                .saturating_add(w.clamp(0, available.max(0)) as u32);
            if w < 0 {
                score.not_yet += 1;
            }
            score.retries += retries;
        }
        i = j + 1;
    }
}

#[cfg(test)]
mod tests;
