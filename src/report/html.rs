//! One self-contained HTML page (no scripts, no links out, styles inline) for a
//! class or one child, laid out to print on A4 or Letter: one child per page.

use super::{ClassReport, finished_stories, time};
use crate::content::Content;
use crate::i18n::Localizer;

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
    let t = |id: &str| l10n.text(id);
    h.push_str(&format!(
        "<p class=\"meta\">{}</p>\n",
        esc(&l10n.text_with("report-meta", &[("children", report.children.len().into())]))
    ));
    h.push_str(&format!(
        "<p class=\"note\"><b>{}</b> {}</p>\n",
        esc(&t("progress-how")),
        esc(&t("progress-how-text"))
    ));
    if report.children.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", esc(&t("report-empty"))));
    }
    for child in &report.children {
        let p = &child.profile;
        h.push_str("<section class=\"child\">\n");
        h.push_str(&format!("<h2>{}</h2>\n", esc(&p.nickname)));
        let finished = finished_stories(p);
        h.push_str(&format!(
            "<p class=\"meta\">{}</p>\n",
            esc(&l10n.text_with(
                "report-child-meta",
                &[
                    ("started", p.sessions.len().into()),
                    ("finished", finished.len().into()),
                    ("id", p.id.clone().into()),
                ],
            ))
        ));
        h.push_str(&format!(
            "<table>\n<tr><th>{}</th><th>{}</th><th></th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
            esc(&t("report-col-skill")),
            esc(&t("report-col-growth")),
            esc(&t("report-col-shown")),
            esc(&t("report-col-decisions")),
            esc(&t("report-col-not-yet")),
            esc(&t("report-col-retries"))
        ));
        for (skill, s) in &child.scores {
            let name = content
                .catalogue
                .skill(skill)
                .map_or_else(|| skill.clone(), |k| l10n.text(&k.name));
            let pct = s.share().map_or(0.0, |v| v * 100.0);
            h.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td><div class=\"bar\"><span style=\"width:{pct:.0}%\"></span></div></td><td>{} / {}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(&name),
                esc(&t(s.growth().message_id())),
                s.shown,
                s.available,
                s.observations,
                s.not_yet,
                s.retries
            ));
        }
        h.push_str("</table>\n");
        if !finished.is_empty() {
            h.push_str(&format!("<p><b>{}:</b> ", esc(&t("progress-stories"))));
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
        h.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n",
            esc(&t("grown-ups-files-set-aside"))
        ));
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
