//! `kind-quest graph`: a scenario as a Graphviz (dot) or Mermaid diagram, so an
//! author can see every path at once.

use std::fmt::Write;

use crate::story::model::{Node, Scenario};

/// Output formats for the graph command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

/// The arrows out of a node, each with its label: a choice's number and words
/// (and the flags it sets), a branch's condition, or nothing for a plain "next".
fn edges<'a>(n: &'a Node, label: &dyn Fn(&str) -> String) -> Vec<(Option<String>, &'a str)> {
    match n {
        Node::Choice { choices, .. } => choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut text = format!("{}. {}", i + 1, label(&c.text));
                if !c.if_set.is_empty() || !c.if_not_set.is_empty() {
                    text.push_str(&format!(" (only {})", condition(&c.if_set, &c.if_not_set)));
                }
                if !c.set.is_empty() {
                    text.push_str(&format!(" [sets {}]", c.set.join(", ")));
                }
                (Some(text), c.next.as_str())
            })
            .collect(),
        Node::Branch {
            branches,
            otherwise,
            ..
        } => branches
            .iter()
            .map(|b| (Some(condition(&b.if_set, &b.if_not_set)), b.next.as_str()))
            .chain(std::iter::once((
                Some("otherwise".to_string()),
                otherwise.as_str(),
            )))
            .collect(),
        _ => n.targets().into_iter().map(|t| (None, t)).collect(),
    }
}

/// "if spoke-up and not mean-back"
fn condition(if_set: &[String], if_not_set: &[String]) -> String {
    let parts: Vec<String> = if_set
        .iter()
        .cloned()
        .chain(if_not_set.iter().map(|f| format!("not {f}")))
        .collect();
    format!("if {}", parts.join(" and "))
}

/// Draws the scenario. `label` turns a message id into words (or returns the id).
pub fn render(s: &Scenario, format: GraphFormat, label: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    let clean = |t: String| t.replace('"', "'").replace('\n', " ");
    // A node id may hold any character (`check` allows it): in DOT it is
    // always quoted with its quotes and backslashes escaped, so an id cannot
    // add attributes of its own (such as `image="/etc/hostname"`).
    let q = |t: &str| {
        format!(
            "\"{}\"",
            t.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n")
        )
    };
    match format {
        GraphFormat::Dot => {
            let _ = writeln!(out, "digraph {} {{", q(&s.id));
            let _ = writeln!(out, "  rankdir=TB; node [fontname=\"sans-serif\"];");
            for n in &s.nodes {
                let (shape, text) = match n {
                    Node::Line { speaker, text, .. } => {
                        ("box", format!("{speaker}: {}", label(text)))
                    }
                    Node::Choice { prompt, .. } => ("diamond", label(prompt)),
                    Node::Branch { .. } => ("circle", "?".to_string()),
                    Node::Ending { text, .. } => ("doubleoctagon", label(text)),
                };
                let _ = writeln!(
                    out,
                    "  {} [shape={shape}, label=\"{}\"];",
                    q(n.id()),
                    clean(text)
                );
                for (edge, target) in edges(n, label) {
                    match edge {
                        Some(e) => {
                            let _ = writeln!(
                                out,
                                "  {} -> {} [label=\"{}\"];",
                                q(n.id()),
                                q(target),
                                clean(e)
                            );
                        }
                        None => {
                            let _ = writeln!(out, "  {} -> {};", q(n.id()), q(target));
                        }
                    }
                }
            }
            out.push_str("}\n");
        }
        GraphFormat::Mermaid => {
            out.push_str("flowchart TD\n");
            // Mermaid ids are letters, digits and `_`: each node's readable
            // id is followed by its place in the story, so "end proud" and
            // "end_proud" stay two nodes.
            let place: std::collections::HashMap<&str, usize> = s
                .nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (n.id(), i))
                .collect();
            let id = |t: &str| {
                let readable = t.replace(|c: char| !c.is_ascii_alphanumeric(), "_");
                match place.get(t) {
                    Some(i) => format!("{readable}_{i}"),
                    None => format!("{readable}_missing"),
                }
            };
            for n in &s.nodes {
                let text = clean(match n {
                    Node::Line { speaker, text, .. } => format!("{speaker}: {}", label(text)),
                    Node::Choice { prompt, .. } => label(prompt),
                    Node::Branch { .. } => "?".to_string(),
                    Node::Ending { text, .. } => label(text),
                });
                let shape = match n {
                    Node::Choice { .. } => format!("{{\"{text}\"}}"),
                    Node::Ending { .. } => format!("([\"{text}\"])"),
                    Node::Branch { .. } => "((\"?\"))".to_string(),
                    Node::Line { .. } => format!("[\"{text}\"]"),
                };
                let _ = writeln!(out, "  {}{shape}", id(n.id()));
                for (edge, target) in edges(n, label) {
                    match edge {
                        Some(e) => {
                            let _ = writeln!(
                                out,
                                "  {} -->|\"{}\"| {}",
                                id(n.id()),
                                clean(e),
                                id(target)
                            );
                        }
                        None => {
                            let _ = writeln!(out, "  {} --> {}", id(n.id()), id(target));
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::SourceFile;

    /// Ids with a quote, or that differ only in a space and an underscore.
    fn odd_story() -> Scenario {
        let text = r#"Scenario(
    id: "odd", title: "t", summary: "s", ages: [Ages6to8], setting: Home,
    skills: ["empathy"], icon: "🎨", characters: [], start: "a\" [image=\"/etc/hostname\"] x",
    nodes: [
        Choice(id: "a\" [image=\"/etc/hostname\"] x", prompt: "p", choices: [
            (text: "c1", feedback: "f", evidence: {"empathy": 1}, next: "end proud"),
            (text: "c2", feedback: "f", evidence: {"empathy": 1}, next: "end_proud"),
        ]),
        Ending(id: "end proud", text: "e1", reflection: "r"),
        Ending(id: "end_proud", text: "e2", reflection: "r"),
    ],
)"#;
        crate::story::load::parse_scenario(&SourceFile::new("odd.ron", text)).unwrap()
    }

    #[test]
    fn a_quote_in_an_id_stays_inside_its_dot_string() {
        let dot = render(&odd_story(), GraphFormat::Dot, &|s: &str| s.to_string());
        assert!(
            dot.contains(r#""a\" [image=\"/etc/hostname\"] x" [shape=diamond"#),
            "{dot}"
        );
        assert!(!dot.contains(r#"[image="/etc/hostname"]"#), "{dot}");
    }

    #[test]
    fn ids_that_differ_only_in_spaces_stay_two_mermaid_nodes() {
        let mermaid = render(&odd_story(), GraphFormat::Mermaid, &|s: &str| s.to_string());
        assert!(mermaid.contains("end_proud_1("), "{mermaid}");
        assert!(mermaid.contains("end_proud_2("), "{mermaid}");
    }
}
