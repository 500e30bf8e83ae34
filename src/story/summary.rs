//! What a content library holds, for `kind-quest check`: stories per age band,
//! setting and skill, the reading level of each, and how complete each language is.
//! A teacher or an NGO can see at a glance whether a term's lessons are covered.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use crate::content::{Content, LocaleFile};
use crate::i18n::REFERENCE_LOCALE;
use crate::story::model::AgeBand;
use crate::story::readability::{limits_for, plain_text, scenario_stats};

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub scenarios: usize,
    /// (band label, stories written for it)
    pub bands: Vec<(&'static str, usize)>,
    /// (setting, stories)
    pub settings: Vec<(String, usize)>,
    /// (skill id, stories where it is the main skill, stories that practise it)
    pub skills: Vec<(String, usize, usize)>,
    /// (scenario id, Flesch-Kincaid grade of its English, the band's limit)
    pub grades: Vec<(String, f64, f64)>,
    /// (language, messages it has of those English has, English's count)
    pub languages: Vec<(String, usize, usize)>,
}

/// Message id -> text for every message in the given locale files.
pub fn message_texts<'a>(files: impl Iterator<Item = &'a LocaleFile>) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for file in files {
        for entry in file.resource().entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let text = m.value.as_ref().map(plain_text).unwrap_or_default();
                out.entry(m.id.name.to_string()).or_insert(text);
            }
        }
    }
    out
}

impl Summary {
    pub fn of(content: &Content) -> Self {
        let scenarios = &content.scenarios;
        let band_count = |band: AgeBand| {
            scenarios
                .iter()
                .filter(|l| l.scenario.ages.contains(&band))
                .count()
        };
        let bands = vec![
            ("6-8", band_count(AgeBand::Ages6to8)),
            ("9-12", band_count(AgeBand::Ages9to12)),
        ];
        let mut settings: BTreeMap<String, usize> = BTreeMap::new();
        for l in scenarios {
            *settings
                .entry(format!("{:?}", l.scenario.setting))
                .or_default() += 1;
        }
        let skills = content
            .catalogue
            .skills
            .iter()
            .map(|skill| {
                let main = scenarios
                    .iter()
                    .filter(|l| l.scenario.skills.first() == Some(&skill.id))
                    .count();
                let practised = scenarios
                    .iter()
                    .filter(|l| l.scenario.skills.contains(&skill.id))
                    .count();
                (skill.id.clone(), main, practised)
            })
            .collect();

        let by_lang =
            |lang: &str| message_texts(content.locales.iter().filter(move |f| f.lang == lang));
        let english = by_lang(REFERENCE_LOCALE);
        let grades = scenarios
            .iter()
            .map(|l| {
                let stats = scenario_stats(&l.scenario, |id| english.get(id).map(String::as_str));
                let limit = limits_for(&l.scenario.ages).max_grade;
                (l.scenario.id.clone(), stats.grade(), limit)
            })
            .collect();
        let langs: BTreeSet<&str> = content.locales.iter().map(|f| f.lang.as_str()).collect();
        let mut languages: Vec<(String, usize, usize)> = langs
            .into_iter()
            .map(|lang| {
                let texts = by_lang(lang);
                let have = english.keys().filter(|id| texts.contains_key(*id)).count();
                (lang.to_string(), have, english.len())
            })
            .collect();
        // English first, as in the language switch.
        languages.sort_by_key(|(lang, ..)| (lang != REFERENCE_LOCALE, lang.clone()));
        Summary {
            scenarios: scenarios.len(),
            bands,
            settings: settings.into_iter().collect(),
            skills,
            grades,
            languages,
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |items: Vec<String>| items.join(", ");
        writeln!(f, "Stories: {}", self.scenarios)?;
        writeln!(
            f,
            "  by age band: {}",
            list(
                self.bands
                    .iter()
                    .map(|(b, n)| format!("{b}: {n}"))
                    .collect()
            )
        )?;
        writeln!(
            f,
            "  by setting: {}",
            list(
                self.settings
                    .iter()
                    .map(|(s, n)| format!("{s} {n}"))
                    .collect()
            )
        )?;
        writeln!(f, "Skills (main skill of / practised in):")?;
        for (id, main, practised) in &self.skills {
            writeln!(f, "  {id:<18} {main:>3} / {practised:>3}")?;
        }
        writeln!(
            f,
            "Reading level of the English (Flesch-Kincaid grade, limit):"
        )?;
        for (id, grade, limit) in &self.grades {
            writeln!(f, "  {id:<28} {grade:>4.1}  ({limit:.0})")?;
        }
        writeln!(f, "Languages (messages translated):")?;
        for (lang, have, of) in &self.languages {
            let pct = if *of == 0 { 100 } else { have * 100 / of };
            writeln!(f, "  {lang:<6} {have:>5} / {of}  {pct}%")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_library_is_counted() {
        let content = Content::embedded();
        let s = Summary::of(&content);
        assert_eq!(s.scenarios, content.scenarios.len());
        assert_eq!(s.skills.len(), 8);
        let main_total: usize = s.skills.iter().map(|(_, main, _)| main).sum();
        assert_eq!(main_total, s.scenarios, "each story has one main skill");
        assert_eq!(s.languages[0].0, "en");
        assert_eq!(s.languages[0].1, s.languages[0].2);
        assert!(s.grades.iter().all(|(_, g, _)| *g > -5.0 && *g < 20.0));
    }
}
