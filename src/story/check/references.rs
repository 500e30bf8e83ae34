//! Messages that use other messages (`{ other-message }`, `{ -term }`): a
//! reference to a message no language defines, and references that go round in
//! a loop. Fluent shows either as `{???}` or a half-made sentence in front of a
//! child, so both are errors.

use std::collections::{BTreeMap, HashMap};

use fluent_syntax::ast;

use super::locales::Messages;
use crate::diagnostic::Diagnostic;

/// One language's messages that refer to others: id -> the ids used, in order.
pub(super) type Uses = BTreeMap<String, Vec<String>>;

pub(super) fn check_references(messages: &Messages) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let english = messages.reference();
    for (lang, defs) in messages.languages() {
        let Some(uses) = messages.uses(lang) else {
            continue;
        };
        let at = |id: &str| messages.get(defs, id);
        for (id, used) in uses {
            let Some(def) = at(id) else { continue };
            for other in used {
                // Missing here but in English: the completeness rules say so already.
                let known = at(other).is_some()
                    || english.is_some_and(|en| messages.get(en, other).is_some());
                if !known {
                    out.push(def.file.source.error_at(
                        def.offset,
                        format!("\"{id}\" uses {{ {other} }}, which no file defines"),
                        format!(
                            "define `{other} = ...`, or fix the spelling of the name inside {{ }}"
                        ),
                    ));
                }
            }
        }
        for cycle in loops(uses) {
            let Some(def) = at(&cycle[0]) else { continue };
            out.push(def.file.source.error_at(
                def.offset,
                format!(
                    "\"{}\" uses itself through {}, so it can never be shown",
                    cycle[0],
                    cycle.join(" -> ")
                ),
                "a message cannot include itself: remove one of the { } references in the loop",
            ));
        }
    }
    out
}

/// A message's or term's value and attributes (None for other entries).
pub(super) fn entry_patterns<'e, 's>(
    entry: &'e ast::Entry<&'s str>,
) -> Option<Vec<&'e ast::Pattern<&'s str>>> {
    match entry {
        ast::Entry::Message(m) => Some(
            m.value
                .iter()
                .chain(m.attributes.iter().map(|a| &a.value))
                .collect(),
        ),
        ast::Entry::Term(t) => Some(
            std::iter::once(&t.value)
                .chain(t.attributes.iter().map(|a| &a.value))
                .collect(),
        ),
        _ => None,
    }
}

/// The messages and terms one entry uses, in order (None if it uses none or is
/// not a message or term). Terms are named `-id`.
pub(super) fn entry_uses(entry: &ast::Entry<&str>) -> Option<Vec<String>> {
    let mut used = Vec::new();
    for p in entry_patterns(entry)? {
        walk_pattern(p, &mut used);
    }
    (!used.is_empty()).then_some(used)
}

// The walk calls itself once per level of `{ }`; files read from disk are
// refused past `MAX_FTL_NESTING` levels before they are parsed.
fn walk_pattern(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, out);
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, out: &mut Vec<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, out);
            for v in variants {
                walk_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, out),
    }
}

fn walk_inline(e: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    let mut add = |id: String| {
        if !out.contains(&id) {
            out.push(id);
        }
    };
    match e {
        ast::InlineExpression::MessageReference { id, .. } => add(id.name.to_string()),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            add(format!("-{}", id.name));
            if let Some(args) = arguments {
                walk_arguments(args, out);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, out)
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, out),
        _ => {}
    }
}

fn walk_arguments(args: &ast::CallArguments<&str>, out: &mut Vec<String>) {
    for a in args
        .positional
        .iter()
        .chain(args.named.iter().map(|n| &n.value))
    {
        walk_inline(a, out);
    }
}

/// Each loop of uses once, as the ids around it, starting and ending at the
/// message where it was found (`a -> b -> a`). A depth-first walk with its own
/// stack: a chain of a hundred thousand messages must not overflow ours.
fn loops(uses: &Uses) -> Vec<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        OnPath,
        Done,
    }
    let mut mark: HashMap<&str, Mark> = HashMap::new();
    let mut found = Vec::new();
    for start in uses.keys() {
        if mark.contains_key(start.as_str()) {
            continue;
        }
        // (id, how many of its uses have been followed)
        let mut path: Vec<(&str, usize)> = vec![(start, 0)];
        mark.insert(start, Mark::OnPath);
        while let Some(top) = path.len().checked_sub(1) {
            let (id, next) = path[top];
            let targets = uses.get(id).map_or(&[][..], Vec::as_slice);
            let Some(target) = targets.get(next) else {
                mark.insert(id, Mark::Done);
                path.pop();
                continue;
            };
            path[top].1 += 1;
            match mark.get(target.as_str()) {
                None => {
                    mark.insert(target, Mark::OnPath);
                    path.push((target, 0));
                }
                Some(Mark::OnPath) => {
                    let from = path.iter().position(|(p, _)| p == target).unwrap_or(0);
                    let mut cycle: Vec<String> =
                        path[from..].iter().map(|(p, _)| p.to_string()).collect();
                    cycle.push(target.clone());
                    found.push(cycle);
                }
                Some(Mark::Done) => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses(pairs: &[(&str, &[&str])]) -> Uses {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    #[test]
    fn a_loop_is_found_once_from_where_it_closes() {
        let found = loops(&uses(&[
            ("a", &["b"]),
            ("b", &["c"]),
            ("c", &["a"]),
            ("d", &["a"]),
        ]));
        assert_eq!(found, vec![vec!["a", "b", "c", "a"]]);
        assert_eq!(loops(&uses(&[("s", &["s"])])), vec![vec!["s", "s"]]);
        assert!(loops(&uses(&[("a", &["b"]), ("b", &["c"])])).is_empty());
    }

    #[test]
    fn a_chain_of_a_hundred_thousand_uses_does_not_overflow() {
        let chain: Uses = (0..100_000)
            .map(|n| (format!("m{n}"), vec![format!("m{}", n + 1)]))
            .collect();
        assert!(loops(&chain).is_empty());
    }
}
