//! `kind-quest check`: every rule a scenario, a locale and the catalogue must meet,
//! each problem tied to a file, line and column with a hint in plain words.
//!
//! Checking goes on past the first problem so an author sees everything at once.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::catalogue::Catalogue;
use crate::content::{Content, LoadedScenario};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::story::model::{AgeBand, Node, Scenario};

/// The speaker id for lines nobody in the story says.
pub const NARRATOR: &str = "narrator";

/// Checks all content: files that failed to load, each scenario, the locales and
/// how they fit together. Sorted by file and place.
pub fn check_content(content: &Content) -> Vec<Diagnostic> {
    let mut out = content.problems.clone();
    let mut seen_ids: HashMap<&str, &LoadedScenario> = HashMap::new();
    let per_story = crate::parallel::map(&content.scenarios, |loaded| {
        check_scenario(loaded, &content.catalogue)
    });
    out.extend(per_story.into_iter().flatten());
    for loaded in &content.scenarios {
        let id = loaded.scenario.id.as_str();
        if let Some(first) = seen_ids.get(id) {
            out.push(loaded.source.error_at(
                field_value(&loaded.source, "id", id, 0),
                format!(
                    "scenario id \"{id}\" is already used by {}",
                    first.source.name
                ),
                "give each scenario its own id",
            ));
        } else {
            seen_ids.insert(id, loaded);
        }
    }
    out.extend(check_locales(content));
    // Hash maps visit definitions in no fixed order: sort by place, then by words.
    out.sort_by(|a, b| {
        (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
    });
    out.dedup();
    out
}

/// Structural rules of one scenario: ids, graph, choices, characters, skills.
pub fn check_scenario(loaded: &LoadedScenario, catalogue: &Catalogue) -> Vec<Diagnostic> {
    let s = &loaded.scenario;
    let src = &loaded.source;
    let mut out = Vec::new();
    let top = 0;

    // Ids and file name.
    if !is_valid_id(&s.id) {
        out.push(src.error_at(
            field_value(src, "id", &s.id, top),
            format!(
                "scenario id \"{}\" has characters that are not allowed",
                s.id
            ),
            "use lowercase letters, digits and dashes, like \"lunch-table\"",
        ));
    }
    if crate::content::embedded::game_word_files().contains(&s.id) {
        out.push(src.error_at(
            field_value(src, "id", &s.id, top),
            format!(
                "scenario id \"{}\" is the name of the game's own words file \
                 (locales/<language>/{}.ftl), which this story's words would replace",
                s.id, s.id
            ),
            format!(
                "choose another id, like \"{}-story\", and rename the files to match",
                s.id
            ),
        ));
    }
    if let Some(stem) = std::path::Path::new(&src.name)
        .file_stem()
        .and_then(|s| s.to_str())
        && stem != s.id
    {
        out.push(src.error_at(
            field_value(src, "id", &s.id, top),
            format!(
                "scenario id \"{}\" does not match the file name \"{stem}.ron\"",
                s.id
            ),
            format!("rename the file to \"{}.ron\" or change the id", s.id),
        ));
    }
    if s.ages.is_empty() {
        out.push(src.error_at(
            field_offset(src, "ages", top),
            "no age band is given",
            "add ages: [Ages6to8] or ages: [Ages9to12] (or both)",
        ));
    }

    // Skills.
    if s.skills.is_empty() {
        out.push(src.error_at(
            field_offset(src, "skills", top),
            "no skill is given",
            "list the skills the story teaches, main skill first, e.g. skills: [\"empathy\"]",
        ));
    }
    let skills_at = field_offset(src, "skills", top);
    for skill in &s.skills {
        check_skill(
            src,
            catalogue,
            skill,
            src.quoted(skill, skills_at),
            &mut out,
        );
    }

    // Characters.
    let mut char_ids = HashSet::new();
    // Characters are found in file order, so a repeat is found at its own place.
    let mut chars_at = field_offset(src, "characters", top);
    for c in &s.characters {
        let at = field_value(src, "id", &c.id, chars_at);
        chars_at = at + 1;
        if c.id == NARRATOR {
            out.push(src.error_at(
                at,
                "\"narrator\" is reserved",
                "give the character another id",
            ));
        }
        if !char_ids.insert(c.id.as_str()) {
            out.push(src.error_at(
                at,
                format!("character id \"{}\" is used twice", c.id),
                "give each character its own id",
            ));
        }
        if c.look.skin > 5 || c.look.hair_colour > 5 || c.look.top > 7 {
            out.push(src.error_at(
                at,
                format!("character \"{}\" has a look number out of range", c.id),
                "skin and hair_colour go from 0 to 5, top from 0 to 7",
            ));
        }
    }

    // Nodes: ids and places.
    let nodes_at = field_offset(src, "nodes", top);
    let mut node_at: HashMap<&str, usize> = HashMap::new();
    // Where each id was last found, so every repeat is found at its own place.
    let mut last_at: HashMap<&str, usize> = HashMap::new();
    let id_places = id_places(src);
    for node in &s.nodes {
        let from = last_at.get(node.id()).map_or(nodes_at, |i| i + 1);
        let at = id_places
            .get(node.id())
            .and_then(|places| places.iter().find(|p| **p >= from))
            .copied()
            .unwrap_or_else(|| field_value(src, "id", node.id(), from));
        last_at.insert(node.id(), at);
        if node_at.contains_key(node.id()) {
            // Point at the repeat, not the first one.
            out.push(src.error_at(
                at,
                format!("node id \"{}\" is used twice", node.id()),
                "give each node its own id",
            ));
        } else {
            node_at.insert(node.id(), at);
        }
    }
    if s.nodes.is_empty() {
        out.push(src.error_at(
            nodes_at,
            "the story has no nodes",
            "add Line, Choice and Ending nodes",
        ));
        return out;
    }
    if !node_at.contains_key(s.start.as_str()) {
        out.push(src.error_at(
            field_value(src, "start", &s.start, top),
            format!("start node \"{}\" does not exist", s.start),
            "set start to the id of the first node",
        ));
    }
    if !s.nodes.iter().any(|n| matches!(n, Node::Ending { .. })) {
        out.push(src.error_at(
            nodes_at,
            "the story has no Ending",
            "add at least one Ending node",
        ));
    }

    let young_only = s.ages.iter().all(|a| *a == AgeBand::Ages6to8);
    let mut flags_set: HashSet<&str> = HashSet::new();
    for node in &s.nodes {
        match node {
            Node::Line { set, .. } => flags_set.extend(set.iter().map(String::as_str)),
            Node::Choice { choices, .. } => {
                for c in choices {
                    flags_set.extend(c.set.iter().map(String::as_str));
                }
            }
            _ => {}
        }
    }

    // Flags something sets but nothing tests do nothing: usually a spelling slip.
    let flags_tested = endless::tested_flags(s);
    let mut untested: Vec<&str> = flags_set.difference(&flags_tested).copied().collect();
    untested.sort_unstable();
    for flag in untested {
        out.push(src.warning_at(
            src.quoted(flag, nodes_at),
            format!("flag \"{flag}\" is set but nothing in the story checks it"),
            "use it in a Branch or a choice's if_set / if_not_set, or remove it",
        ));
    }

    // An unknown target makes everything behind it look unreachable or endless;
    // those follow-on problems are left out until the target is fixed.
    let mut unknown_target = !node_at.contains_key(s.start.as_str());
    for node in &s.nodes {
        let at = node_at.get(node.id()).copied().unwrap_or(nodes_at);
        for target in node.targets() {
            if !node_at.contains_key(target) {
                unknown_target = true;
                out.push(src.error_at(
                    src.quoted(target, at),
                    format!(
                        "node \"{}\" leads to \"{target}\", which does not exist",
                        node.id()
                    ),
                    "fix the id or add a node with that id",
                ));
            }
        }
        match node {
            Node::Line { speaker, .. } => {
                if speaker != NARRATOR && !char_ids.contains(speaker.as_str()) {
                    out.push(src.error_at(
                        field_value(src, "speaker", speaker, at),
                        format!("speaker \"{speaker}\" is not a character of this story"),
                        "use a character id from `characters`, or \"narrator\"",
                    ));
                }
            }
            Node::Choice { choices, .. } => {
                let max = if young_only { 3 } else { 4 };
                if choices.len() < 2 || choices.len() > max {
                    out.push(src.error_at(
                        at,
                        format!("decision \"{}\" has {} choices", node.id(), choices.len()),
                        if young_only {
                            "a 6-8 story offers 2 or 3 choices"
                        } else {
                            "offer 2 to 4 choices"
                        },
                    ));
                }
                if !choices.is_empty()
                    && choices
                        .iter()
                        .all(|c| !c.if_set.is_empty() || !c.if_not_set.is_empty())
                {
                    out.push(src.warning_at(
                        at,
                        format!("every choice of \"{}\" has a condition", node.id()),
                        "leave one choice without if_set/if_not_set so the child always has one",
                    ));
                }
                for c in choices {
                    let c_at = field_value(src, "text", &c.text, at);
                    if c.feedback.trim().is_empty() {
                        out.push(src.error_at(
                            c_at,
                            format!("choice \"{}\" has no feedback", c.text),
                            "add feedback: \"<message id>\" saying how people feel and why",
                        ));
                    }
                    for f in &c.feelings {
                        check_who(src, &char_ids, &f.who, c_at, &mut out);
                    }
                    for (skill, weight) in &c.evidence {
                        let e_at = src.quoted(skill, c_at);
                        check_skill(src, catalogue, skill, e_at, &mut out);
                        if catalogue.skill(skill).is_some() && !s.skills.contains(skill) {
                            out.push(src.warning_at(
                                e_at,
                                format!(
                                    "this choice gives evidence for \"{skill}\", but the story's \
                                     `skills` list does not name it"
                                ),
                                format!(
                                    "add \"{skill}\" to `skills`, so the map and progress \
                                     screens show that the story practises it"
                                ),
                            ));
                        }
                        if !(-3..=3).contains(weight) {
                            out.push(src.error_at(
                                e_at,
                                format!("evidence weight {weight} for \"{skill}\" is too large"),
                                "use small whole numbers from -3 to 3",
                            ));
                        }
                    }
                    for flag in c.if_set.iter().chain(&c.if_not_set) {
                        check_flag(src, &flags_set, flag, c_at, &mut out);
                    }
                }
            }
            Node::Branch { branches, .. } => {
                for b in branches {
                    for flag in b.if_set.iter().chain(&b.if_not_set) {
                        check_flag(src, &flags_set, flag, at, &mut out);
                    }
                }
            }
            Node::Ending { feelings, .. } => {
                for f in feelings {
                    check_who(src, &char_ids, &f.who, at, &mut out);
                }
            }
        }
    }

    if unknown_target {
        return out;
    }
    // Reachability from start, and a way to an ending from every node.
    let index: HashMap<&str, &Node> = s.nodes.iter().map(|n| (n.id(), n)).collect();
    let reachable = reachable_from(&s.start, &index);
    for node in &s.nodes {
        if !reachable.contains(node.id()) && node_at.contains_key(s.start.as_str()) {
            out.push(src.error_at(
                node_at[node.id()],
                format!("node \"{}\" can never be reached from the start", node.id()),
                "lead to it from another node with next, or delete it",
            ));
        }
    }
    let finishing = can_finish(s);
    for node in &s.nodes {
        if !finishing.contains(node.id()) {
            out.push(src.error_at(
                node_at[node.id()],
                format!("from node \"{}\" there is no way to an Ending", node.id()),
                "make sure every path leads to an Ending node (look for loops)",
            ));
        }
    }
    // With a way out of every node, flags may still close it during play.
    if finishing.len() == node_at.len() {
        out.extend(endless::endless_loops(s, src, &node_at));
    }
    out
}

fn check_skill(
    src: &SourceFile,
    catalogue: &Catalogue,
    skill: &str,
    at: usize,
    out: &mut Vec<Diagnostic>,
) {
    if catalogue.skill(skill).is_none() {
        let known: Vec<_> = catalogue.skills.iter().map(|s| s.id.as_str()).collect();
        out.push(src.error_at(
            at,
            format!("\"{skill}\" is not a skill in the catalogue"),
            format!("use one of: {}", known.join(", ")),
        ));
    }
}

fn check_who(
    src: &SourceFile,
    chars: &HashSet<&str>,
    who: &str,
    from: usize,
    out: &mut Vec<Diagnostic>,
) {
    if !chars.contains(who) {
        out.push(src.error_at(
            field_value(src, "who", who, from),
            format!("\"{who}\" is not a character of this story"),
            "use a character id from `characters`",
        ));
    }
}

fn check_flag(
    src: &SourceFile,
    set: &HashSet<&str>,
    flag: &str,
    from: usize,
    out: &mut Vec<Diagnostic>,
) {
    if !set.contains(flag) {
        out.push(src.warning_at(
            src.quoted(flag, from),
            format!("flag \"{flag}\" is never set in this story"),
            "set it with set: [\"...\"] on a line or choice, or fix the spelling",
        ));
    }
}

/// Node ids reachable from `start` (a breadth-first walk; cycles are fine).
pub fn reachable_from<'a>(start: &'a str, index: &HashMap<&'a str, &'a Node>) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        let Some(node) = index.get(id) else { continue };
        if !seen.insert(id) {
            continue;
        }
        queue.extend(node.targets());
    }
    seen
}

/// Node ids from which some path reaches an Ending (walking edges backwards).
pub fn can_finish(s: &Scenario) -> HashSet<&str> {
    let mut incoming: HashMap<&str, Vec<&str>> = HashMap::new();
    for n in &s.nodes {
        for t in n.targets() {
            incoming.entry(t).or_default().push(n.id());
        }
    }
    let mut done: HashSet<&str> = HashSet::new();
    let mut queue: VecDeque<&str> = s
        .nodes
        .iter()
        .filter(|n| matches!(n, Node::Ending { .. }))
        .map(|n| n.id())
        .collect();
    while let Some(id) = queue.pop_front() {
        if !done.insert(id) {
            continue;
        }
        if let Some(from) = incoming.get(id) {
            queue.extend(from.iter().copied());
        }
    }
    done
}

/// True for ids made of lowercase letters, digits and single dashes.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Byte offset of `field:` (as a RON field name) at or after `from`, or `from`.
fn field_offset(src: &SourceFile, field: &str, from: usize) -> usize {
    let mut pos = from;
    while let Some(i) = src.find_from(field, pos) {
        let before_ok = i == 0
            || !src.text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let after = src.text[i + field.len()..].trim_start();
        if before_ok && after.starts_with(':') {
            return i;
        }
        pos = i + field.len();
    }
    from
}

/// Where each `id: "value"` is in a scenario file (at the opening quote), in
/// file order: one pass, instead of a search per node.
fn id_places(src: &SourceFile) -> HashMap<&str, Vec<usize>> {
    let text = src.text.as_str();
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, _) in text.match_indices("id") {
        let word_start = !text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let Some(rest) = text[i + 2..].trim_start().strip_prefix(':') else {
            continue;
        };
        let value = rest.trim_start();
        let Some(inner) = value.strip_prefix('"') else {
            continue;
        };
        let quote = text.len() - value.len();
        if let (true, Some(end)) = (word_start, inner.find('"')) {
            out.entry(&inner[..end]).or_default().push(quote);
        }
    }
    out
}

/// Byte offset of `field: "value"` at or after `from`; falls back to the value alone.
fn field_value(src: &SourceFile, field: &str, value: &str, from: usize) -> usize {
    let quoted = format!("\"{value}\"");
    let mut pos = from;
    while let Some(i) = src.find_from(&quoted, pos) {
        let before = src.text[..i].trim_end();
        if let Some(b) = before.strip_suffix(':')
            && b.trim_end().ends_with(field)
        {
            return i;
        }
        pos = i + quoted.len();
    }
    // Not written as plain text (e.g. with `\u{..}` escapes): the field itself.
    src.find_from(&quoted, from)
        .unwrap_or_else(|| field_offset(src, field, from))
}

mod endless;
mod expansion;
mod locales;
mod looks;
mod playable;
mod reading;
mod references;

use locales::check_locales;
pub use playable::{set_aside_unplayable, why_not_offered};

#[cfg(test)]
mod tests;
