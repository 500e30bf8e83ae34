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
    match format {
        GraphFormat::Dot => {
            let _ = writeln!(out, "digraph \"{}\" {{", s.id);
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
                    "  \"{}\" [shape={shape}, label=\"{}\"];",
                    n.id(),
                    clean(text)
                );
                for (edge, target) in edges(n, label) {
                    match edge {
                        Some(e) => {
                            let _ = writeln!(
                                out,
                                "  \"{}\" -> \"{target}\" [label=\"{}\"];",
                                n.id(),
                                clean(e)
                            );
                        }
                        None => {
                            let _ = writeln!(out, "  \"{}\" -> \"{target}\";", n.id());
                        }
                    }
                }
            }
            out.push_str("}\n");
        }
        GraphFormat::Mermaid => {
            out.push_str("flowchart TD\n");
            let id = |s: &str| s.replace(|c: char| !c.is_ascii_alphanumeric(), "_");
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
