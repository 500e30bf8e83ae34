//! One self-contained HTML page (no scripts, no links out, styles inline) for a
//! class or one child, laid out to print on A4 or Letter: one child per page.

use super::{ClassReport, finished_stories, time};
use crate::content::Content;
use crate::i18n::Localizer;
use crate::progress::score::{Growth, MIN_OBSERVATIONS};

/// Growth words for grown-ups reading the report.
fn growth_words(g: Growth) -> &'static str {
    match g {
        Growth::NotYetPlayed => "not played yet",
        Growth::JustStarting => "just starting",
        Growth::Growing => "growing",
        Growth::GettingStrong => "getting strong",
        Growth::Shining => "shining",
    }
}

const STYLE: &str = "
body { font-family: 'Andika', 'Segoe UI', Arial, sans-serif; color: #2b2d42; margin: 2rem; line-height: 1.4; }
h1 { color: #2e7d8c; margin-bottom: 0.2rem; }
h2 { color: #2e7d8c; border-bottom: 2px solid #e0dccf; padding-bottom: 0.2rem; }
.meta, .note { color: #5a5e78; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e0dccf; vertical-align: middle; }
th { font-size: 0.85rem; color: #5a5e78; }
.bar { background: #eee9dd; border-radius: 4px; height: 0.8rem; width: 8rem; }
.bar span { display: block; height: 100%; border-radius: 4px; background: #2e7d8c; }
.child { break-inside: avoid-page; }
.child + .child { break-before: page; }
@page { size: auto; margin: 15mm; }
@media print { body { margin: 0; } .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
";

/// The page. `l10n` names the skills and stories in the chosen language.
pub fn render(report: &ClassReport, content: &Content, l10n: &Localizer, title: &str) -> String {
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"");
    h.push_str(&esc(l10n.current_tag()));
    h.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    h.push_str(&esc(title));
    h.push_str("</title>\n<style>");
    h.push_str(STYLE);
    h.push_str("</style>\n</head>\n<body>\n");
    h.push_str(&format!("<h1>{}</h1>\n", esc(title)));
    h.push_str(&format!(
        "<p class=\"meta\">{} {} · made on this computer from {} data folder(s); nothing was sent anywhere.</p>\n",
        report.children.len(),
        if report.children.len() == 1 { "child" } else { "children" },
        report.folders.len()
    ));
    h.push_str(&format!(
        "<p class=\"note\">How the figures work: at every decision a child met, each skill \
         a choice there could show counts once. <b>Shown</b> adds up what the child's first \
         choice showed; <b>available</b> adds up what the kindest or safest choice there \
         would have shown. The growth word follows shown ÷ available once there are at \
         least {MIN_OBSERVATIONS} decisions for a skill; before that it says \"just \
         starting\", because one story is not enough to say more. \"Try another way\" \
         neither adds nor takes away. See docs/scoring.md.</p>\n"
    ));
    if report.children.is_empty() {
        h.push_str("<p>No saved progress was found in these folders.</p>\n");
    }
    for child in &report.children {
        let p = &child.profile;
        h.push_str("<section class=\"child\">\n");
        h.push_str(&format!("<h2>{}</h2>\n", esc(&p.nickname)));
        let finished = finished_stories(p);
        h.push_str(&format!(
            "<p class=\"meta\">{} stories started, {} finished · profile {}</p>\n",
            p.sessions.len(),
            finished.len(),
            esc(&p.id)
        ));
        h.push_str("<table>\n<tr><th>Skill</th><th>Growth</th><th></th><th>Shown / available</th><th>Decisions</th><th>Not yet</th><th>Tried another way</th></tr>\n");
        for (skill, s) in &child.scores {
            let name = content
                .catalogue
                .skill(skill)
                .map_or_else(|| skill.clone(), |k| l10n.text(&k.name));
            let pct = s.share().map_or(0.0, |v| v * 100.0);
            h.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td><div class=\"bar\"><span style=\"width:{pct:.0}%\"></span></div></td><td>{} / {}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(&name),
                growth_words(s.growth()),
                s.shown,
                s.available,
                s.observations,
                s.not_yet,
                s.retries
            ));
        }
        h.push_str("</table>\n");
        if !finished.is_empty() {
            h.push_str("<p><b>Stories finished:</b> ");
            let items: Vec<String> = finished
                .iter()
                .map(|(id, at)| {
                    format!(
                        "{} ({})",
                        esc(&content
                            .scenario(id)
                            .map_or_else(|| id.to_string(), |s| l10n.text(&s.title))),
                        time::date(*at)
                    )
                })
                .collect();
            h.push_str(&items.join(", "));
            h.push_str("</p>\n");
        }
        h.push_str("</section>\n");
    }
    if !report.notices.is_empty() {
        h.push_str("<h2>Files that could not be read</h2>\n<ul>\n");
        for n in &report.notices {
            h.push_str(&format!(
                "<li>{}: {}</li>\n",
                esc(&n.file.display().to_string()),
                esc(&n.message)
            ));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
