//! Playing a scenario: the state machine the game and `play-text` both drive.
//!
//! A `Session` walks the node graph. Lines are shown one at a time; at a decision
//! the choices whose flag conditions hold are offered; a chosen option yields its
//! feedback and evidence; a choice that hurt someone can be taken back with
//! `try_another_way`. Every path ends at an Ending. No Bevy, no I/O.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::story::model::{Choice, FeelingChange, Node, Scenario};

/// What the child sees now.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<'a> {
    /// A line of story; call `advance` to go on.
    Line(&'a Node),
    /// A decision: the prompt and the choices offered (index into the node's list, choice).
    Decision {
        node: &'a Node,
        prompt: &'a str,
        offered: Vec<(usize, &'a Choice)>,
    },
    /// Feedback for the choice just made; `advance` goes on, `try_another_way` goes back.
    Feedback {
        choice: &'a Choice,
        feelings: &'a [FeelingChange],
        can_try_again: bool,
    },
    /// The end.
    Ending(&'a Node),
}

/// One choice the child made, for the progress record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceMade {
    /// The decision node.
    pub node: String,
    /// The choice's text message id (stable across languages).
    pub choice: String,
    /// Evidence it gave, skill -> weight.
    pub evidence: BTreeMap<String, i32>,
    /// True if the child then chose "try another way".
    pub retried: bool,
}

/// Why a session could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlayError {
    #[error("the story has no node \"{0}\"")]
    MissingNode(String),
    #[error("there is no choice number {0} here")]
    NoSuchChoice(usize),
    #[error("this is not a decision")]
    NotADecision,
    #[error("the story went round in circles without reaching anything to show")]
    Loop,
}

#[derive(Debug, Clone)]
struct Snapshot {
    node: String,
    flags: BTreeSet<String>,
}

/// A child playing one scenario.
#[derive(Debug, Clone)]
pub struct Session {
    scenario: Arc<Scenario>,
    node: String,
    flags: BTreeSet<String>,
    /// The choice waiting for its feedback to be read, with the state before it.
    pending: Option<(usize, Snapshot)>,
    history: Vec<ChoiceMade>,
}

impl Session {
    /// Starts at the scenario's start node (following branches).
    pub fn start(scenario: Arc<Scenario>) -> Result<Self, PlayError> {
        let start = scenario.start.clone();
        let mut s = Session {
            scenario,
            node: start.clone(),
            flags: BTreeSet::new(),
            pending: None,
            history: Vec::new(),
        };
        s.enter(start)?;
        Ok(s)
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// Flags set so far.
    pub fn flags(&self) -> &BTreeSet<String> {
        &self.flags
    }

    /// Choices made so far, in order.
    pub fn history(&self) -> &[ChoiceMade] {
        &self.history
    }

    /// Id of the current node.
    pub fn node_id(&self) -> &str {
        &self.node
    }

    fn current(&self) -> Result<&Node, PlayError> {
        self.scenario
            .node(&self.node)
            .ok_or_else(|| PlayError::MissingNode(self.node.clone()))
    }

    /// What to show now.
    pub fn step(&self) -> Result<Step<'_>, PlayError> {
        let node = self.current()?;
        if let Some((index, _)) = &self.pending {
            let Node::Choice { choices, .. } = node else {
                return Err(PlayError::NotADecision);
            };
            let choice = &choices[*index];
            return Ok(Step::Feedback {
                choice,
                feelings: &choice.feelings,
                can_try_again: choice.is_harmful(),
            });
        }
        Ok(match node {
            Node::Line { .. } => Step::Line(node),
            Node::Choice {
                prompt, choices, ..
            } => Step::Decision {
                node,
                prompt,
                offered: self.offered(choices),
            },
            Node::Ending { .. } => Step::Ending(node),
            // `enter` never rests on a branch.
            Node::Branch { .. } => return Err(PlayError::Loop),
        })
    }

    /// The choices whose conditions hold. If none does, all are offered, so a child
    /// can never be stuck (the checker warns authors about this case).
    fn offered<'c>(&self, choices: &'c [Choice]) -> Vec<(usize, &'c Choice)> {
        let holds = |c: &Choice| {
            c.if_set.iter().all(|f| self.flags.contains(f))
                && !c.if_not_set.iter().any(|f| self.flags.contains(f))
        };
        let offered: Vec<_> = choices
            .iter()
            .enumerate()
            .filter(|(_, c)| holds(c))
            .collect();
        if offered.is_empty() {
            choices.iter().enumerate().collect()
        } else {
            offered
        }
    }

    /// True at an Ending.
    pub fn is_finished(&self) -> bool {
        matches!(self.step(), Ok(Step::Ending(_)))
    }

    /// Goes on from a line or from feedback.
    pub fn advance(&mut self) -> Result<(), PlayError> {
        let node = self.current()?.clone();
        if let Some((index, _)) = self.pending.take() {
            let Node::Choice { choices, .. } = node else {
                return Err(PlayError::NotADecision);
            };
            return self.enter(choices[index].next.clone());
        }
        match node {
            Node::Line { next, .. } => self.enter(next),
            _ => Ok(()),
        }
    }

    /// Picks the `n`-th offered choice (0-based, in the order shown).
    pub fn choose(&mut self, n: usize) -> Result<(), PlayError> {
        let scenario = Arc::clone(&self.scenario);
        let Some(Node::Choice { choices, .. }) = scenario.node(&self.node) else {
            return Err(PlayError::NotADecision);
        };
        if self.pending.is_some() {
            return Err(PlayError::NotADecision);
        }
        let offered = self.offered(choices);
        let (index, choice) = *offered.get(n).ok_or(PlayError::NoSuchChoice(n + 1))?;
        let before = Snapshot {
            node: self.node.clone(),
            flags: self.flags.clone(),
        };
        self.flags.extend(choice.set.iter().cloned());
        self.history.push(ChoiceMade {
            node: self.node.clone(),
            choice: choice.text.clone(),
            evidence: choice.evidence.clone(),
            retried: false,
        });
        self.pending = Some((index, before));
        Ok(())
    }

    /// After feedback: go back to the same decision as if the choice had not been
    /// made. The attempt stays in the history, marked as retried.
    pub fn try_another_way(&mut self) -> Result<(), PlayError> {
        let Some((_, before)) = self.pending.take() else {
            return Err(PlayError::NotADecision);
        };
        self.node = before.node;
        self.flags = before.flags;
        if let Some(last) = self.history.last_mut() {
            last.retried = true;
        }
        Ok(())
    }

    /// Moves to a node, applying line flags and following branches.
    fn enter(&mut self, id: String) -> Result<(), PlayError> {
        let mut id = id;
        // Branches can chain; more hops than nodes means a loop of branches.
        let scenario = Arc::clone(&self.scenario);
        for _ in 0..=scenario.nodes.len() {
            let node = scenario
                .node(&id)
                .ok_or_else(|| PlayError::MissingNode(id.clone()))?;
            match node {
                Node::Branch {
                    branches,
                    otherwise,
                    ..
                } => {
                    id = branches
                        .iter()
                        .find(|b| {
                            b.if_set.iter().all(|f| self.flags.contains(f))
                                && !b.if_not_set.iter().any(|f| self.flags.contains(f))
                        })
                        .map_or_else(|| otherwise.clone(), |b| b.next.clone());
                }
                Node::Line { set, .. } => {
                    self.flags.extend(set.iter().cloned());
                    self.node = id;
                    return Ok(());
                }
                _ => {
                    self.node = id;
                    return Ok(());
                }
            }
        }
        Err(PlayError::Loop)
    }

    /// The ending reached, if any.
    pub fn ending(&self) -> Option<&Node> {
        match self.step() {
            Ok(Step::Ending(n)) => Some(n),
            _ => None,
        }
    }
}

/// Plays a scenario with a script of 1-based choice numbers, advancing through
/// lines and feedback. Returns the session where the script ran out or the story ended.
pub fn play_script(scenario: &Arc<Scenario>, script: &[usize]) -> Result<Session, PlayError> {
    let mut session = Session::start(Arc::clone(scenario))?;
    let mut script = script.iter();
    // Each step either consumes a choice or moves along the graph; bounded for safety.
    for _ in 0..10_000 {
        match session.step()? {
            Step::Ending(_) => return Ok(session),
            Step::Line(_) | Step::Feedback { .. } => session.advance()?,
            Step::Decision { .. } => match script.next() {
                Some(n) if *n >= 1 => {
                    session.choose(n - 1)?;
                }
                Some(n) => return Err(PlayError::NoSuchChoice(*n)),
                None => return Ok(session),
            },
        }
    }
    Err(PlayError::Loop)
}

/// Every distinct ending reachable by some sequence of choices, with one script
/// (1-based choice numbers) that reaches it. Explores states (node, flags), so
/// it terminates on any graph.
pub fn endings_with_scripts(
    scenario: &Arc<Scenario>,
) -> Result<BTreeMap<String, Vec<usize>>, PlayError> {
    let mut found = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut queue = std::collections::VecDeque::from([Vec::<usize>::new()]);
    while let Some(script) = queue.pop_front() {
        let session = play_script(scenario, &script)?;
        if let Some(end) = session.ending() {
            found.entry(end.id().to_string()).or_insert(script);
            continue;
        }
        if !seen.insert((session.node_id().to_string(), session.flags().clone())) {
            continue;
        }
        if let Step::Decision { offered, .. } = session.step()? {
            for n in 1..=offered.len() {
                let mut next = script.clone();
                next.push(n);
                queue.push_back(next);
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests;
