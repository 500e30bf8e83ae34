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
                match n {
                    Node::Choice { choices, .. } => {
                        for (i, c) in choices.iter().enumerate() {
                            let _ = writeln!(
                                out,
                                "  \"{}\" -> \"{}\" [label=\"{}. {}\"];",
                                n.id(),
                                c.next,
                                i + 1,
                                clean(label(&c.text))
                            );
                        }
                    }
                    _ => {
                        for t in n.targets() {
                            let _ = writeln!(out, "  \"{}\" -> \"{t}\";", n.id());
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
                match n {
                    Node::Choice { choices, .. } => {
                        for (i, c) in choices.iter().enumerate() {
                            let _ = writeln!(
                                out,
                                "  {} -->|\"{}. {}\"| {}",
                                id(n.id()),
                                i + 1,
                                clean(label(&c.text)),
                                id(&c.next)
                            );
                        }
                    }
                    _ => {
                        for t in n.targets() {
                            let _ = writeln!(out, "  {} --> {}", id(n.id()), id(t));
                        }
                    }
                }
            }
        }
    }
    out
}
