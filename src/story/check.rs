//! `kind-quest check`: every rule a scenario, a locale and the catalogue must meet,
//! each problem tied to a file, line and column with a hint in plain words.
//!
//! Checking goes on past the first problem so an author sees everything at once.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use fluent_syntax::ast;

use crate::catalogue::Catalogue;
use crate::content::{Content, LoadedScenario, LocaleFile};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::i18n::REFERENCE_LOCALE;
use crate::story::model::{AgeBand, Node, Scenario};
use crate::story::readability::{plain_text, variables};

/// The speaker id for lines nobody in the story says.
pub const NARRATOR: &str = "narrator";

/// Checks all content: files that failed to load, each scenario, the locales and
/// how they fit together. Sorted by file and place.
pub fn check_content(content: &Content) -> Vec<Diagnostic> {
    let mut out = content.problems.clone();
    let mut seen_ids: HashMap<&str, &LoadedScenario> = HashMap::new();
    for loaded in &content.scenarios {
        out.extend(check_scenario(loaded, &content.catalogue));
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
    out.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
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
    let chars_at = field_offset(src, "characters", top);
    for c in &s.characters {
        let at = field_value(src, "id", &c.id, chars_at);
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
    for node in &s.nodes {
        let from = last_at.get(node.id()).map_or(nodes_at, |i| i + 1);
        let at = field_value(src, "id", node.id(), from);
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
    let mut flags_tested: HashSet<&str> = HashSet::new();
    for node in &s.nodes {
        match node {
            Node::Choice { choices, .. } => {
                for c in choices {
                    flags_tested.extend(c.if_set.iter().chain(&c.if_not_set).map(String::as_str));
                }
            }
            Node::Branch { branches, .. } => {
                for b in branches {
                    flags_tested.extend(b.if_set.iter().chain(&b.if_not_set).map(String::as_str));
                }
            }
            _ => {}
        }
    }
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
    src.quoted(value, from)
}

/// One message definition found in a locale file.
#[derive(Debug, Clone)]
struct MessageDef<'a> {
    file: &'a LocaleFile,
    offset: usize,
    /// The text as a reader sees it (variables stand in as a name).
    text: String,
    /// The `{ $variables }` it uses.
    vars: Vec<String>,
}

/// Rules for `.ftl` files: syntax, duplicates, completeness against English, and
/// messages scenarios need but no locale has, or that nothing uses.
fn check_locales(content: &Content) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // lang -> id -> definition
    let mut defs: BTreeMap<&str, BTreeMap<String, MessageDef>> = BTreeMap::new();
    for file in &content.locales {
        let src = &file.source;
        if file
            .lang
            .parse::<unic_langid::LanguageIdentifier>()
            .is_err()
        {
            out.push(src.error_at(
                0,
                format!("\"{}\" is not a language code", file.lang),
                "name the folder with a language code such as en, es, pt-BR",
            ));
        }
        let resource = match fluent_syntax::parser::parse(src.text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    out.push(src.error_at(
                        e.pos.start,
                        format!("Fluent syntax error: {}", e.kind),
                        "each message is `id = text`; continued lines start with spaces",
                    ));
                }
                r
            }
        };
        let lang_defs = defs.entry(file.lang.as_str()).or_default();
        // How often each id was defined in this file so far: a repeat is found at its own line.
        let mut in_file: HashMap<String, usize> = HashMap::new();
        // Where each id is defined, found in one pass over the file.
        let starts = definition_offsets(src);
        for entry in resource.body {
            let (id, is_term, text, vars) = match &entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_string(),
                    false,
                    m.value.as_ref().map(plain_text).unwrap_or_default(),
                    m.value.as_ref().map(variables).unwrap_or_default(),
                ),
                ast::Entry::Term(t) => (
                    t.id.name.to_string(),
                    true,
                    plain_text(&t.value),
                    variables(&t.value),
                ),
                _ => continue,
            };
            let key = if is_term {
                format!("-{id}")
            } else {
                id.clone()
            };
            let nth = in_file.entry(key.clone()).or_insert(0);
            let offset = starts
                .get(key.as_str())
                .and_then(|at| at.get(*nth))
                .copied()
                .unwrap_or(0);
            *nth += 1;
            if let Some(first) = lang_defs.get(&key) {
                out.push(src.error_at(
                    offset,
                    format!(
                        "message \"{key}\" is defined twice (first in {})",
                        first.file.source.name
                    ),
                    "delete one of them or rename it",
                ));
            } else {
                lang_defs.insert(
                    key,
                    MessageDef {
                        file,
                        offset,
                        text,
                        vars,
                    },
                );
            }
        }
    }

    let Some(reference) = defs.get(REFERENCE_LOCALE) else {
        if !content.locales.is_empty() {
            out.push(crate::diagnostic::Diagnostic::error(
                "locales",
                (1, 1),
                "there is no English (en) locale",
                "English is the reference: add locales/en/",
            ));
        }
        return out;
    };

    // Every message a scenario or the catalogue needs, and where.
    let mut needed: Vec<(&str, &SourceFile, usize)> = Vec::new();
    for loaded in &content.scenarios {
        for id in loaded.scenario.message_ids() {
            needed.push((id, &loaded.source, loaded.source.quoted(id, 0)));
        }
    }
    let used: HashSet<&str> = needed
        .iter()
        .map(|(id, ..)| *id)
        .chain(content.catalogue.message_ids())
        .collect();

    for (lang, lang_defs) in &defs {
        let mut reported: BTreeSet<&str> = BTreeSet::new();
        // A story with no text at all in this language is one problem, not one per text.
        for loaded in &content.scenarios {
            let ids = loaded.scenario.message_ids();
            if !ids.is_empty() && ids.iter().all(|id| !lang_defs.contains_key(*id)) {
                let id = loaded.scenario.id.as_str();
                let at = field_value(&loaded.source, "id", id, 0);
                let texts = ids.len();
                // Without English a story cannot be shown at all; without another
                // language it is shown in English there, which is worth fixing but works.
                out.push(if *lang == REFERENCE_LOCALE {
                    loaded.source.error_at(
                        at,
                        format!("scenario \"{id}\" has no English text yet ({texts} texts)"),
                        format!(
                            "write its texts in locales/en/{id}.ftl (English is the reference)"
                        ),
                    )
                } else {
                    loaded.source.warning_at(
                        at,
                        format!(
                            "scenario \"{id}\" has no text in language \"{lang}\" yet ({texts} \
                             texts), so it is shown in English there"
                        ),
                        format!(
                            "copy locales/en/{id}.ftl to locales/{lang}/{id}.ftl and translate it"
                        ),
                    )
                });
                reported.extend(ids);
            }
        }
        for (id, src, at) in &needed {
            if !lang_defs.contains_key(*id) && reported.insert(id) {
                out.push(src.error_at(
                    *at,
                    format!("message \"{id}\" is missing in language \"{lang}\""),
                    format!("add `{id} = ...` to a file in locales/{lang}/"),
                ));
            }
        }
        // Completeness against English (covers the interface's own messages).
        if *lang != REFERENCE_LOCALE {
            // English files with nothing translated: one problem per file.
            let mut per_file: BTreeMap<&str, (usize, usize, &SourceFile)> = BTreeMap::new();
            for (id, def) in reference {
                let entry = per_file.entry(def.file.source.name.as_str()).or_insert((
                    0,
                    0,
                    &def.file.source,
                ));
                entry.0 += 1;
                if lang_defs.contains_key(id) {
                    entry.1 += 1;
                }
            }
            for (total, translated, src) in per_file.values() {
                if *translated == 0 && !src.name.is_empty() {
                    let name = file_name(src);
                    let missing: Vec<&str> = reference
                        .iter()
                        .filter(|(_, d)| d.file.source.name == src.name)
                        .map(|(id, _)| id.as_str())
                        .collect();
                    if missing.iter().all(|id| reported.contains(id)) {
                        continue;
                    }
                    out.push(src.error_at(
                        0,
                        format!(
                            "nothing in this file is translated into \"{lang}\" yet ({total} texts)"
                        ),
                        format!("copy it to locales/{lang}/{name} and translate it"),
                    ));
                    reported.extend(missing);
                }
            }
            for (id, def) in reference {
                if !lang_defs.contains_key(id) && !reported.contains(id.as_str()) {
                    out.push(def.file.source.error_at(
                        def.offset,
                        format!("message \"{id}\" has no translation in \"{lang}\""),
                        format!(
                            "add `{id} = ...` to locales/{lang}/{}",
                            file_name(&def.file.source)
                        ),
                    ));
                }
            }
            for (id, def) in lang_defs {
                if !reference.contains_key(id) {
                    out.push(def.file.source.warning_at(
                        def.offset,
                        format!("message \"{id}\" is not in English"),
                        "delete it, or add it to the English file if it is needed",
                    ));
                }
            }
        }
    }
    out.extend(check_variables(&defs));
    out.extend(reading::check_reading(content, reference));
    out.extend(reading::check_lengths(&defs));
    out.extend(reading::check_glyphs(content, &defs));
    // Scenario messages nothing uses. Interface messages (app.ftl) are used by code.
    // A story that failed to load uses nothing: its own error says enough.
    let failed: HashSet<String> = content
        .problems
        .iter()
        .filter(|d| d.file.ends_with(".ron"))
        .filter_map(|d| std::path::Path::new(&d.file).file_stem())
        .map(|stem| stem.to_string_lossy().to_string())
        .collect();
    let stem = |src: &SourceFile| {
        std::path::Path::new(&src.name)
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default()
    };
    for (id, def) in reference {
        if file_name(&def.file.source) != "app.ftl"
            && !id.starts_with('-')
            && !used.contains(id.as_str())
            && !failed.contains(&stem(&def.file.source))
        {
            out.push(def.file.source.warning_at(
                def.offset,
                format!("message \"{id}\" is not used by any scenario"),
                "delete it, or use it in a scenario",
            ));
        }
    }
    out
}

/// The variable every text is given: the child's game name.
const NICKNAME_VARIABLE: &str = "nickname";

/// A `{ $variable }` the game never gives a text shows up literally, e.g.
/// "{$nickame}", in front of a child. Story texts get `$nickname`; a translation
/// gets what its English text uses (the game's own texts get numbers and names
/// from the code, so English `app.ftl` is the reference for those).
fn check_variables(defs: &BTreeMap<&str, BTreeMap<String, MessageDef>>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let reference = defs.get(REFERENCE_LOCALE);
    for (lang, lang_defs) in defs {
        for (id, def) in lang_defs {
            let is_app = file_name(&def.file.source) == "app.ftl";
            if *lang == REFERENCE_LOCALE && is_app {
                continue;
            }
            let mut allowed: Vec<&str> = vec![NICKNAME_VARIABLE];
            if let Some(en) = reference.and_then(|r| r.get(id))
                && *lang != REFERENCE_LOCALE
            {
                allowed.extend(en.vars.iter().map(String::as_str));
            }
            for var in &def.vars {
                if !allowed.contains(&var.as_str()) {
                    let hint = if *lang == REFERENCE_LOCALE {
                        "story texts can use { $nickname } (the child's game name); check the spelling"
                            .to_string()
                    } else {
                        format!(
                            "use only what the English text uses: {}",
                            allowed
                                .iter()
                                .map(|v| format!("{{ ${v} }}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    out.push(def.file.source.error_at(
                        def.offset,
                        format!(
                            "\"{id}\" uses {{ ${var} }}, which the game does not give this text, \
                             so a child would see it as it is written"
                        ),
                        hint,
                    ));
                }
            }
        }
    }
    out
}

fn file_name(src: &SourceFile) -> String {
    std::path::Path::new(&src.name)
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// Byte offsets of the lines where each id (or `-term`) is defined in an `.ftl`
/// file, in file order: one pass, so a file's messages are found in linear time.
fn definition_offsets(src: &SourceFile) -> HashMap<&str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut offset = 0;
    for line in src.text.split_inclusive('\n') {
        let id_end = line
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '-'))
            .map_or(line.len(), |(i, _)| i);
        let (id, rest) = line.split_at(id_end);
        if !id.is_empty() && rest.trim_start().starts_with('=') {
            out.entry(id).or_default().push(offset);
        }
        offset += line.len();
    }
    out
}

mod reading;

#[cfg(test)]
mod tests;
