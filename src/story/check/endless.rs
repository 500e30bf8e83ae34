//! Loops that only flags make endless. The graph rules in `check_scenario` see
//! a way from every node to an Ending, but a Branch or a choice's condition can
//! close that way once a flag is set: the story then goes round forever (a child
//! presses "next" for ever, or play stops with "went round in circles").
//!
//! This walks the story as the runtime plays it, over every (node, flags set)
//! it can reach, and finds the states from which no Ending can be reached.
//! Only flags that some Branch or choice tests are followed (the others change
//! nothing about where play goes). A story whose states still pass
//! `MAX_STATES` cannot be followed to every end: that is said, as an error,
//! instead of passing it unchecked.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::story::model::{Choice, Node, Scenario};

/// Most (node, flags) states walked before giving up on a story.
pub const MAX_STATES: usize = 20_000;

type Flags<'a> = BTreeSet<&'a str>;

/// Where play goes to, with the flags set so far.
type State<'a> = (Stop<'a>, Flags<'a>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Stop<'a> {
    /// Rests at a Line, a Choice or an Ending.
    At(&'a str),
    /// Goes round a circle of Branches from this one (the runtime refuses it).
    Circle(&'a str),
}

/// Problems for states that can be reached and never end. `node_at` gives a
/// node's place in the file; only called when every target exists.
pub(super) fn endless_loops(
    s: &Scenario,
    src: &SourceFile,
    node_at: &HashMap<&str, usize>,
) -> Vec<Diagnostic> {
    let index: HashMap<&str, &Node> = s.nodes.iter().map(|n| (n.id(), n)).collect();
    let Some((states, next)) = walk(s, &index) else {
        let tested = tested_flags(s).len();
        return vec![src.error_at(
            node_at.get(s.start.as_str()).copied().unwrap_or(0),
            format!(
                "the story's {tested} flags that Branches and choices test can be set in more \
                 than {MAX_STATES} ways along the way, too many to check that every way \
                 through still reaches an Ending"
            ),
            "test fewer flags, or split the story: a child must never go round for ever",
        )];
    };
    // Walking the arrows backwards from every Ending.
    let mut before: Vec<Vec<usize>> = vec![Vec::new(); states.len()];
    for (from, targets) in next.iter().enumerate() {
        for t in targets {
            before[*t].push(from);
        }
    }
    let mut ends: VecDeque<usize> = (0..states.len())
        .filter(|i| {
            matches!(states[*i].0, Stop::At(id) if matches!(index.get(id), Some(Node::Ending { .. })))
        })
        .collect();
    let mut finishes = vec![false; states.len()];
    while let Some(i) = ends.pop_front() {
        if !std::mem::replace(&mut finishes[i], true) {
            ends.extend(before[i].iter().copied());
        }
    }
    // One problem per node, at the first state (in play order) that is stuck.
    let mut out = Vec::new();
    let mut reported = HashSet::new();
    for (i, (stop, flags)) in states.iter().enumerate() {
        let (Stop::At(id) | Stop::Circle(id)) = *stop;
        if finishes[i] || !reported.insert(id) {
            continue;
        }
        let with = if flags.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = flags.iter().map(|f| format!("\"{f}\"")).collect();
            format!(
                " once {} {} set",
                names.join(", "),
                if names.len() == 1 { "is" } else { "are" }
            )
        };
        let at = node_at.get(id).copied().unwrap_or(0);
        out.push(match stop {
            Stop::Circle(_) => src.error_at(
                at,
                format!(
                    "the Branch \"{id}\"{with} leads round a circle of Branches and never stops"
                ),
                "give a Branch in the circle a route (or `otherwise`) that leads out of it",
            ),
            Stop::At(_) => src.error_at(
                at,
                format!(
                    "from node \"{id}\"{with}, the story goes round and never reaches an Ending"
                ),
                "check the flags of the Branches and choices on the way back here: \
                 every path must still be able to reach an Ending",
            ),
        });
    }
    out
}

/// Every state play can reach from the start, and the states each leads to.
/// None if there are more than `MAX_STATES`.
fn walk<'a>(
    s: &'a Scenario,
    index: &HashMap<&'a str, &'a Node>,
) -> Option<(Vec<State<'a>>, Vec<Vec<usize>>)> {
    let tested = tested_flags(s);
    let mut states: Vec<State<'a>> = Vec::new();
    let mut number: HashMap<State<'a>, usize> = HashMap::new();
    let mut next: Vec<Vec<usize>> = Vec::new();
    let first = settle(index, &s.start, Flags::new(), &tested);
    number.insert(first.clone(), 0);
    states.push(first);
    let mut i = 0;
    while i < states.len() {
        let (node, flags) = states[i].clone();
        let at = match node {
            Stop::At(id) => index.get(id),
            Stop::Circle(_) => None,
        };
        let targets: Vec<State<'a>> = match at {
            Some(Node::Line { next, .. }) => vec![settle(index, next, flags, &tested)],
            Some(Node::Choice { choices, .. }) => offered(choices, &flags)
                .map(|c| {
                    let mut f = flags.clone();
                    f.extend(
                        c.set
                            .iter()
                            .map(String::as_str)
                            .filter(|x| tested.contains(x)),
                    );
                    settle(index, &c.next, f, &tested)
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut numbers = Vec::with_capacity(targets.len());
        for t in targets {
            let n = match number.get(&t) {
                Some(n) => *n,
                None => {
                    if states.len() >= MAX_STATES {
                        return None;
                    }
                    number.insert(t.clone(), states.len());
                    states.push(t);
                    states.len() - 1
                }
            };
            numbers.push(n);
        }
        next.push(numbers);
        i += 1;
    }
    Some((states, next))
}

/// Where play rests after going to `id`, as `Session::enter` does: Branches are
/// followed, a Line's flags are set.
fn settle<'a>(
    index: &HashMap<&'a str, &'a Node>,
    id: &'a str,
    mut flags: Flags<'a>,
    tested: &HashSet<&'a str>,
) -> State<'a> {
    let first = id;
    let mut id = id;
    for _ in 0..=index.len() {
        match index.get(id) {
            Some(Node::Branch {
                branches,
                otherwise,
                ..
            }) => {
                id = branches
                    .iter()
                    .find(|b| holds(&b.if_set, &b.if_not_set, &flags))
                    .map_or(otherwise.as_str(), |b| b.next.as_str());
            }
            Some(Node::Line { set, .. }) => {
                flags.extend(
                    set.iter()
                        .map(String::as_str)
                        .filter(|x| tested.contains(x)),
                );
                return (Stop::At(id), flags);
            }
            _ => return (Stop::At(id), flags),
        }
    }
    (Stop::Circle(first), flags)
}

/// The flags some Branch or choice tests: the only ones that change where
/// play goes. A story sets many more (for feedback and reports), and following
/// those too multiplied the states by two for each.
pub(super) fn tested_flags(s: &Scenario) -> HashSet<&str> {
    let mut tested = HashSet::new();
    for node in &s.nodes {
        match node {
            Node::Branch { branches, .. } => {
                for b in branches {
                    tested.extend(b.if_set.iter().chain(&b.if_not_set).map(String::as_str));
                }
            }
            Node::Choice { choices, .. } => {
                for c in choices {
                    tested.extend(c.if_set.iter().chain(&c.if_not_set).map(String::as_str));
                }
            }
            _ => {}
        }
    }
    tested
}

/// The choices play offers with these flags (all of them when none holds).
fn offered<'a, 'f>(
    choices: &'a [Choice],
    flags: &'f Flags<'a>,
) -> impl Iterator<Item = &'a Choice> + 'f
where
    'a: 'f,
{
    let any = choices
        .iter()
        .any(|c| holds(&c.if_set, &c.if_not_set, flags));
    choices
        .iter()
        .filter(move |c| !any || holds(&c.if_set, &c.if_not_set, flags))
}

fn holds(if_set: &[String], if_not_set: &[String], flags: &Flags) -> bool {
    if_set.iter().all(|f| flags.contains(f.as_str()))
        && !if_not_set.iter().any(|f| flags.contains(f.as_str()))
}
