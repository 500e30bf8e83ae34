//! A printable lesson sheet for teachers: for each story of a lesson, its title,
//! age band, setting, the skills it practises, what happens (the summary), the
//! questions its endings ask, and the discussion prompts. One self-contained
//! HTML page, no links out, in the class's language.

use super::html::esc;
use crate::content::Content;
use crate::i18n::Localizer;
use crate::story::model::{Node, Scenario};

const STYLE: &str = "
body { font-family: 'Andika', 'Segoe UI', Arial, sans-serif; color: #2b2d42; margin: 2rem; line-height: 1.45; }
h1 { color: #2e7d8c; margin-bottom: 0.2rem; }
h2 { color: #2e7d8c; margin: 1.4rem 0 0.2rem; }
.meta { color: #5a5e78; }
.story { break-inside: avoid-page; border-top: 2px solid #e0dccf; padding-top: 0.4rem; }
ol, ul { margin-top: 0.2rem; }
.notes { border: 1px dashed #c9c2b0; min-height: 5rem; margin-top: 0.6rem; padding: 0.4rem; color: #9a9aa8; }
@page { size: auto; margin: 15mm; }
@media print { body { margin: 0; } }
";

/// The sheet for these stories, in this order. Unknown ids are skipped (the CLI
/// checks them first).
pub fn render(stories: &[&Scenario], content: &Content, l10n: &Localizer, title: &str) -> String {
    let t = |id: &str| l10n.text(id);
    let mut h = String::new();
    h.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(l10n.current_tag()),
        esc(title)
    ));
    h.push_str(&format!("<h1>{}</h1>\n", esc(title)));
    h.push_str(&format!(
        "<p class=\"meta\">Kind Quest · {}</p>\n",
        esc(&l10n.text_with("lesson-count", &[("count", stories.len().into())]))
    ));
    for (n, s) in stories.iter().enumerate() {
        let skills: Vec<String> = s
            .skills
            .iter()
            .filter_map(|k| content.catalogue.skill(k))
            .map(|k| t(&k.name))
            .collect();
        let ages: Vec<&str> = s.ages.iter().map(|a| a.label()).collect();
        h.push_str("<section class=\"story\">\n");
        h.push_str(&format!("<h2>{}. {}</h2>\n", n + 1, esc(&t(&s.title))));
        h.push_str(&format!(
            "<p class=\"meta\">{} · {} · {}</p>\n",
            esc(&l10n.text_with("map-ages", &[("ages", ages.join(", ").into())])),
            esc(&t(s.setting.message_id())),
            esc(&skills.join(", "))
        ));
        if !s.summary.is_empty() {
            h.push_str(&format!("<p>{}</p>\n", esc(&t(&s.summary))));
        }
        let reflections: Vec<String> = s
            .nodes
            .iter()
            .filter_map(|node| match node {
                Node::Ending { reflection, .. } => Some(t(reflection)),
                _ => None,
            })
            .collect();
        if !reflections.is_empty() {
            h.push_str(&format!(
                "<p><b>{}</b></p>\n<ul>\n",
                esc(&t("lesson-endings-ask"))
            ));
            for r in reflections {
                h.push_str(&format!("<li>{}</li>\n", esc(&r)));
            }
            h.push_str("</ul>\n");
        }
        if !s.discussion.is_empty() {
            h.push_str(&format!("<p><b>{}</b></p>\n<ol>\n", esc(&t("lesson-talk"))));
            for d in &s.discussion {
                h.push_str(&format!("<li>{}</li>\n", esc(&t(d))));
            }
            h.push_str("</ol>\n");
        }
        h.push_str(&format!(
            "<div class=\"notes\">{}</div>\n</section>\n",
            esc(&t("lesson-notes"))
        ));
    }
    h.push_str("</body>\n</html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_lists_each_story_with_skills_summary_and_prompts_in_order() {
        let content = Content::embedded();
        let mut l10n = Localizer::new(&content);
        l10n.set_language("es");
        let a = content.scenario("hotel-wifi").unwrap();
        let b = content.scenario("left-out-of-the-chat").unwrap();
        let page = render(&[a, b], &content, &l10n, "Lección 3 <4B>");
        assert!(page.contains("<h1>Lección 3 &lt;4B&gt;</h1>"));
        let first = page
            .find(&format!("<h2>1. {}</h2>", l10n.text(&a.title)))
            .unwrap();
        let second = page
            .find(&format!("<h2>2. {}</h2>", l10n.text(&b.title)))
            .unwrap();
        assert!(first < second);
        for d in &b.discussion {
            assert!(page.contains(&esc(&l10n.text(d))), "{d}");
        }
        assert!(page.contains(&esc(&l10n.text(&b.summary))));
        assert!(page.contains(&esc(&l10n.text("skill-empathy"))));
        assert!(page.contains(&esc(&l10n.text("lesson-talk"))));
        assert!(!page.contains("http"));
    }
}
