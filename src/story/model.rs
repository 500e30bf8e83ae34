//! The scenario data model: what a `scenarios/*.ron` file contains.
//!
//! Every piece of text is a Fluent message id, never words. The types here only
//! describe data; checking lives in `check`, playing in `runtime`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One short branching story, loaded from one RON file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable id, also the file name and the prefix of its message ids.
    pub id: String,
    /// Message id of the title shown on the map card.
    pub title: String,
    /// Message id of a one-sentence summary for grown-ups.
    #[serde(default)]
    pub summary: String,
    /// Which age bands the story is written for.
    pub ages: Vec<AgeBand>,
    /// Where the story happens; picks the background.
    pub setting: Setting,
    /// Skill ids (from the competency catalogue) the story teaches; the first is the main one.
    pub skills: Vec<String>,
    /// A short icon shown on the map card (one emoji or symbol).
    #[serde(default)]
    pub icon: String,
    /// The people in the story.
    pub characters: Vec<Character>,
    /// Id of the first node.
    pub start: String,
    /// The story graph.
    pub nodes: Vec<Node>,
    /// Message ids of discussion prompts for teachers.
    #[serde(default)]
    pub discussion: Vec<String>,
}

/// Age bands from DESIGN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    /// Children aged 6 to 8.
    Ages6to8,
    /// Children aged 9 to 12.
    Ages9to12,
}

impl AgeBand {
    /// The label used in the interface, e.g. "6-8".
    pub fn label(self) -> &'static str {
        match self {
            AgeBand::Ages6to8 => "6-8",
            AgeBand::Ages9to12 => "9-12",
        }
    }
}

/// Where a story takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Setting {
    Home,
    School,
    OnlineGame,
    Hospital,
    Hotel,
    Restaurant,
    Park,
    Bedroom,
}

impl Setting {
    /// Fluent message id of the setting's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Setting::Home => "setting-home",
            Setting::School => "setting-school",
            Setting::OnlineGame => "setting-online-game",
            Setting::Hospital => "setting-hospital",
            Setting::Hotel => "setting-hotel",
            Setting::Restaurant => "setting-restaurant",
            Setting::Park => "setting-park",
            Setting::Bedroom => "setting-bedroom",
        }
    }
}

/// A feeling a face can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Feeling {
    Calm,
    Happy,
    Sad,
    Worried,
    Angry,
    Surprised,
    LeftOut,
    Proud,
    Embarrassed,
}

impl Feeling {
    /// Every feeling, in a stable order.
    pub const ALL: [Feeling; 9] = [
        Feeling::Calm,
        Feeling::Happy,
        Feeling::Sad,
        Feeling::Worried,
        Feeling::Angry,
        Feeling::Surprised,
        Feeling::LeftOut,
        Feeling::Proud,
        Feeling::Embarrassed,
    ];

    /// Fluent message id of the feeling's name ("happy").
    pub fn message_id(self) -> &'static str {
        match self {
            Feeling::Calm => "feeling-calm",
            Feeling::Happy => "feeling-happy",
            Feeling::Sad => "feeling-sad",
            Feeling::Worried => "feeling-worried",
            Feeling::Angry => "feeling-angry",
            Feeling::Surprised => "feeling-surprised",
            Feeling::LeftOut => "feeling-left-out",
            Feeling::Proud => "feeling-proud",
            Feeling::Embarrassed => "feeling-embarrassed",
        }
    }
}

/// A person in the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Character {
    /// Id used by `speaker` and `feelings`.
    pub id: String,
    /// Message id of the character's name.
    pub name: String,
    /// How the face is drawn.
    #[serde(default)]
    pub look: Look,
}

/// How a face is drawn: indices into small palettes, so content never carries art.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Look {
    /// Skin tone, 0 (lightest) to 5 (darkest).
    pub skin: u8,
    /// Hair style.
    pub hair: Hair,
    /// Hair colour, 0 to 5.
    pub hair_colour: u8,
    /// Top colour, 0 to 7.
    pub top: u8,
    /// Wears glasses.
    pub glasses: bool,
    /// Uses a wheelchair.
    pub wheelchair: bool,
    /// A grown-up (drawn taller, shown with a grown-up's name).
    pub adult: bool,
}

/// Hair styles the painter knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Hair {
    #[default]
    Short,
    Long,
    Curly,
    Bun,
    Braids,
    Bald,
    Headscarf,
}

/// One node of the story graph. A field name the game does not know (a
/// misspelt `sett:`) is an error, not silently ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Node {
    /// One line of story, then go on to `next`.
    Line {
        id: String,
        /// Character id, or "narrator".
        speaker: String,
        /// The speaker's face while saying it.
        #[serde(default = "default_feeling")]
        feeling: Feeling,
        /// Message id of the words.
        text: String,
        next: String,
        /// Flags to set when this line is shown.
        #[serde(default)]
        set: Vec<String>,
    },
    /// A decision point: 2-4 choices.
    Choice {
        id: String,
        /// Message id of the question ("What do you do?").
        prompt: String,
        choices: Vec<Choice>,
    },
    /// Goes to the first branch whose flags hold, else to `otherwise`.
    Branch {
        id: String,
        branches: Vec<Branch>,
        otherwise: String,
    },
    /// The end of the story.
    Ending {
        id: String,
        /// Message id of what happened in the end.
        text: String,
        /// Message id of the reflection question ("What would you do?").
        reflection: String,
        /// How the characters feel at the end.
        #[serde(default)]
        feelings: Vec<FeelingChange>,
    },
}

fn default_feeling() -> Feeling {
    Feeling::Calm
}

impl Node {
    /// The node's id.
    pub fn id(&self) -> &str {
        match self {
            Node::Line { id, .. }
            | Node::Choice { id, .. }
            | Node::Branch { id, .. }
            | Node::Ending { id, .. } => id,
        }
    }

    /// Every node id this node can lead to, in order.
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Node::Line { next, .. } => vec![next.as_str()],
            Node::Choice { choices, .. } => choices.iter().map(|c| c.next.as_str()).collect(),
            Node::Branch {
                branches,
                otherwise,
                ..
            } => branches
                .iter()
                .map(|b| b.next.as_str())
                .chain(std::iter::once(otherwise.as_str()))
                .collect(),
            Node::Ending { .. } => Vec::new(),
        }
    }
}

/// One choice button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Message id of the button text.
    pub text: String,
    /// Node to go to after the feedback.
    pub next: String,
    /// Message id of the kind feedback: what happened and why.
    #[serde(default)]
    pub feedback: String,
    /// How each character feels now, and why.
    #[serde(default)]
    pub feelings: Vec<FeelingChange>,
    /// Evidence for skills: skill id -> weight (positive shows the skill, negative its absence).
    #[serde(default)]
    pub evidence: BTreeMap<String, i32>,
    /// Only offered when all these flags are set.
    #[serde(default)]
    pub if_set: Vec<String>,
    /// Only offered when none of these flags are set.
    #[serde(default)]
    pub if_not_set: Vec<String>,
    /// Flags this choice sets.
    #[serde(default)]
    pub set: Vec<String>,
}

impl Choice {
    /// True when this choice hurt someone: the child is offered "try another way".
    pub fn is_harmful(&self) -> bool {
        self.evidence.values().any(|w| *w < 0)
    }
}

/// How one character feels after a choice, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeelingChange {
    /// Character id.
    pub who: String,
    pub feels: Feeling,
    /// Message id of the reason, one short line.
    pub why: String,
}

/// One route of a `Branch` node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// All these flags must be set.
    #[serde(default)]
    pub if_set: Vec<String>,
    /// None of these flags may be set.
    #[serde(default)]
    pub if_not_set: Vec<String>,
    pub next: String,
}

impl Scenario {
    /// Finds a node by id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id() == id)
    }

    /// Finds a character by id.
    pub fn character(&self, id: &str) -> Option<&Character> {
        self.characters.iter().find(|c| c.id == id)
    }

    /// The main skill (the first listed).
    pub fn main_skill(&self) -> Option<&str> {
        self.skills.first().map(String::as_str)
    }

    /// Every message id the scenario refers to, with a short label of where.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = vec![self.title.as_str()];
        if !self.summary.is_empty() {
            ids.push(&self.summary);
        }
        ids.extend(self.characters.iter().map(|c| c.name.as_str()));
        ids.extend(self.discussion.iter().map(String::as_str));
        for node in &self.nodes {
            match node {
                Node::Line { text, .. } => ids.push(text),
                Node::Choice {
                    prompt, choices, ..
                } => {
                    ids.push(prompt);
                    for c in choices {
                        ids.push(&c.text);
                        if !c.feedback.is_empty() {
                            ids.push(&c.feedback);
                        }
                        ids.extend(c.feelings.iter().map(|f| f.why.as_str()));
                    }
                }
                Node::Branch { .. } => {}
                Node::Ending {
                    text,
                    reflection,
                    feelings,
                    ..
                } => {
                    ids.push(text);
                    ids.push(reflection);
                    ids.extend(feelings.iter().map(|f| f.why.as_str()));
                }
            }
        }
        ids
    }
}
