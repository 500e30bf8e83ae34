//! CSV: one row per child and skill, with the counts behind the figure, so a
//! spreadsheet can sort, filter and recompute anything.

use super::{ClassReport, finished_stories};
use crate::progress::score::Growth;

pub const HEADER: &str = "profile_id,nickname,skill,observations,shown,available,share,growth,not_yet,retries,stories_finished";

/// The whole report as CSV text (RFC 4180: commas, CRLF-free lines, quoted text).
pub fn render(report: &ClassReport) -> String {
    let mut out = String::from(HEADER);
    out.push('\n');
    for child in &report.children {
        let finished = finished_stories(&child.profile).len();
        for (skill, s) in &child.scores {
            let share = s.share().map_or(String::new(), |v| format!("{v:.2}"));
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{},{},{}\n",
                field(&child.profile.id),
                field(&child.profile.nickname),
                field(skill),
                s.observations,
                s.shown,
                s.available,
                share,
                growth_label(s.growth()),
                s.not_yet,
                s.retries,
                finished
            ));
        }
    }
    out
}

/// A stable, language-free label for spreadsheets.
pub fn growth_label(g: Growth) -> &'static str {
    match g {
        Growth::NotYetPlayed => "not_yet_played",
        Growth::JustStarting => "just_starting",
        Growth::Growing => "growing",
        Growth::GettingStrong => "getting_strong",
        Growth::Shining => "shining",
    }
}

/// Quotes a text field when it needs it. A leading =, +, -, @, tab or carriage
/// return is prefixed with ' so a spreadsheet never runs a nickname as a
/// formula (the list OWASP gives for CSV injection).
fn field(text: &str) -> String {
    let mut t = text.to_string();
    if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        t.insert(0, '\'');
    }
    if t.contains([',', '"', '\n', '\r']) || t != text {
        format!("\"{}\"", t.replace('"', "\"\""))
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("Brave Otter"), "Brave Otter");
        assert_eq!(field("Otter, Brave"), "\"Otter, Brave\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=1+1"), "\"'=1+1\"");
        assert_eq!(field("\t=1+1"), "\"'\t=1+1\"");
        assert_eq!(field("\r=1+1"), "\"'\r=1+1\"");
    }
}
