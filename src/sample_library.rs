//! A generated library of stories and players, for measuring how the game and
//! `check` grow with content (benches/, `examples/generate_library.rs`,
//! `scripts/bench-app.sh --library`). Not content for children.
//!
//! Each generated story has the shape of a real one, about 50 nodes: twelve
//! decisions of three choices, each after three lines, then a branch on two
//! flags and three endings. Its texts are real sentences taken from the shipped
//! stories in each language, so `check` reads, measures and looks up glyphs in
//! text like the real thing, and a clean library checks without any problem.
//!
//! Everything is deterministic: the same size gives the same files.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use crate::content::{Content, LocaleFile};
use crate::diagnostic::SourceFile;
use crate::progress::model::{Profile, SessionRecord};
use crate::progress::store::{Store, StoreError};
use crate::story::model::Scenario;
use crate::story::runtime::play_script;

/// Decisions per story; with three lines before each, a branch and three endings
/// a story has 4 * DECISIONS + 4 nodes.
pub const DECISIONS: usize = 12;
/// Nodes in one generated story.
pub const NODES_PER_STORY: usize = 4 * DECISIONS + 4;

const SETTINGS: [&str; 8] = [
    "Home",
    "School",
    "OnlineGame",
    "Hospital",
    "Hotel",
    "Restaurant",
    "Park",
    "Bedroom",
];
const FEELINGS: [&str; 9] = [
    "Calm",
    "Happy",
    "Sad",
    "Worried",
    "Angry",
    "Surprised",
    "LeftOut",
    "Proud",
    "Embarrassed",
];
const HAIR: [&str; 7] = [
    "Short",
    "Long",
    "Curly",
    "Bun",
    "Braids",
    "Bald",
    "Headscarf",
];

/// One generated file, with its path relative to the library folder
/// (`scenarios/gen-00001.ron`, `locales/en/gen-00001.ftl`).
#[derive(Debug, Clone)]
pub struct GeneratedFile {
    pub path: String,
    pub text: String,
}

/// Planted mistakes, so a test can check that `check` finds each one in a single pass.
#[derive(Debug, Clone, Copy, Default)]
pub struct Faults {
    /// Every n-th story leads to a node that does not exist (0: none).
    pub unknown_target_every: usize,
    /// Every n-th story loses one message in German (0: none).
    pub missing_translation_every: usize,
    /// Every n-th story has a RON syntax error (0: none).
    pub syntax_error_every: usize,
}

/// Sentences from the shipped stories, per language, to fill generated texts with.
struct Sentences {
    by_lang: BTreeMap<String, Vec<String>>,
}

impl Sentences {
    /// Every one-line story text without variables, in every shipped language.
    /// Only messages translated in all languages are kept, so the n-th sentence
    /// says the same thing everywhere.
    fn from_shipped() -> Self {
        let content = Content::embedded();
        let mut per_lang: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for file in &content.locales {
            if file.source.name.ends_with("app.ftl") {
                continue;
            }
            for entry in file.resource().entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && let Some(value) = &m.value
                    && let [fluent_syntax::ast::PatternElement::TextElement { value: text }] =
                        value.elements.as_slice()
                    && !text.contains('\n')
                    && text.len() > 20
                    // Readability rules for ages 9-12: one breath per sentence.
                    && text.split_whitespace().count() <= 20
                {
                    per_lang
                        .entry(file.lang.clone())
                        .or_default()
                        .insert(m.id.name.to_string(), text.to_string());
                }
            }
        }
        let langs: Vec<String> = per_lang.keys().cloned().collect();
        let common: Vec<String> = per_lang
            .get(crate::i18n::REFERENCE_LOCALE)
            .map(|en| {
                en.keys()
                    .filter(|id| langs.iter().all(|l| per_lang[l].contains_key(*id)))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let by_lang = langs
            .iter()
            .map(|l| {
                let texts = common.iter().map(|id| per_lang[l][id].clone()).collect();
                (l.clone(), texts)
            })
            .collect();
        Sentences { by_lang }
    }

    fn pick<'a>(&'a self, lang: &str, n: usize) -> &'a str {
        let texts = &self.by_lang[lang];
        &texts[n % texts.len()]
    }
}

/// The id of the n-th generated story (1-based).
pub fn story_id(n: usize) -> String {
    format!("gen-{n:05}")
}

/// Generates `stories` stories with their texts in every shipped language.
pub fn generate(stories: usize, faults: Faults) -> Vec<GeneratedFile> {
    let sentences = Sentences::from_shipped();
    // The skills of the shipped catalogue, so generated stories use real ones.
    let skills: Vec<String> = crate::catalogue::Catalogue::embedded()
        .skills
        .into_iter()
        .map(|k| k.id)
        .collect();
    let mut files = Vec::with_capacity(stories * (1 + sentences.by_lang.len()));
    for n in 1..=stories {
        let id = story_id(n);
        let is = |every: usize| every > 0 && n % every == 0;
        let mut ron = scenario_ron(&id, n, &skills);
        if is(faults.unknown_target_every) {
            ron = ron.replacen("next: \"d2-l1\"", "next: \"d2-l1-typo\"", 1);
        }
        if is(faults.syntax_error_every) {
            ron = ron.replacen("start: \"d1-l1\",", "start: \"d1-l1\"", 1);
        }
        files.push(GeneratedFile {
            path: format!("scenarios/{id}.ron"),
            text: ron,
        });
        for lang in sentences.by_lang.keys() {
            let mut ftl = locale_ftl(&id, n, lang, &sentences);
            if lang == "de" && is(faults.missing_translation_every) {
                ftl = ftl
                    .lines()
                    .filter(|l| !l.starts_with(&format!("{id}-d3-prompt ")))
                    .map(|l| format!("{l}\n"))
                    .collect();
            }
            files.push(GeneratedFile {
                path: format!("locales/{lang}/{id}.ftl"),
                text: ftl,
            });
        }
    }
    files
}

/// The shipped content plus generated files, built in memory (no disk).
pub fn content_with(files: &[GeneratedFile]) -> Content {
    let mut content = Content::embedded();
    for f in files {
        match f.path.strip_prefix("locales/") {
            Some(rest) => {
                let lang = rest.split('/').next().unwrap_or_default();
                content
                    .locales
                    .push(LocaleFile::new(lang, &f.path, &f.text, false));
            }
            None => content.add_scenario(SourceFile::new(&f.path, &f.text), false),
        }
    }
    content
}

/// Writes generated files under `dir` (`dir/scenarios`, `dir/locales/<lang>`).
pub fn write(dir: &Path, files: &[GeneratedFile]) -> std::io::Result<()> {
    for f in files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, &f.text)?;
    }
    Ok(())
}

/// The generated stories of a content library (not the shipped ones), ready to play.
pub fn generated_scenarios(content: &Content) -> Vec<Arc<Scenario>> {
    content
        .scenarios
        .iter()
        .filter(|s| !s.embedded)
        .map(|s| Arc::new(s.scenario.clone()))
        .collect()
}

/// `players` profiles, each of whom has played `per_player` of the given stories
/// to an ending (different stories and choices per player).
pub fn profiles(scenarios: &[Arc<Scenario>], players: usize, per_player: usize) -> Vec<Profile> {
    (0..players)
        .map(|p| {
            let mut profile = Profile::new(&format!("Player {}", p + 1), (p % 12) as u8);
            for k in 0..per_player.min(scenarios.len()) {
                let scenario = &scenarios[(p * 7 + k) % scenarios.len()];
                let script: Vec<usize> = (0..DECISIONS).map(|d| 1 + (p + k + d) % 3).collect();
                let Ok(session) = play_script(scenario, &script) else {
                    continue;
                };
                let mut record = SessionRecord::start(&scenario.id, "en");
                record.update_from(&session);
                profile.sessions.push(record);
            }
            profile
        })
        .collect()
}

/// Saves profiles into a data folder, as the game would.
pub fn save_profiles(dir: &Path, profiles: &[Profile]) -> Result<(), StoreError> {
    let store = Store::open(dir)?;
    for p in profiles {
        store.save(p)?;
    }
    Ok(())
}

fn scenario_ron(id: &str, n: usize, skills: &[String]) -> String {
    let skill_a = &skills[n % skills.len()];
    let skill_b = &skills[(n + 3) % skills.len()];
    let mut s = String::with_capacity(16 * 1024);
    let _ = writeln!(s, "Scenario(");
    let _ = writeln!(s, "    id: \"{id}\",");
    let _ = writeln!(s, "    title: \"{id}-title\",");
    let _ = writeln!(s, "    summary: \"{id}-summary\",");
    let _ = writeln!(s, "    ages: [Ages9to12],");
    let _ = writeln!(s, "    setting: {},", SETTINGS[n % SETTINGS.len()]);
    let _ = writeln!(s, "    skills: [\"{skill_a}\", \"{skill_b}\"],");
    let _ = writeln!(s, "    characters: [");
    for c in 1..=3 {
        let _ = writeln!(
            s,
            "        Character(id: \"c{c}\", name: \"{id}-c{c}\", look: (skin: {}, hair: {}, \
             hair_colour: {}, top: {}, glasses: {}, wheelchair: {})),",
            (n + c) % 6,
            HAIR[(n + c) % HAIR.len()],
            (n * c) % 5,
            (n + 2 * c) % 8,
            (n + c).is_multiple_of(4),
            (n + c).is_multiple_of(9),
        );
    }
    let _ = writeln!(s, "    ],");
    let _ = writeln!(s, "    start: \"d1-l1\",");
    let _ = writeln!(s, "    nodes: [");
    for d in 1..=DECISIONS {
        let next_block = if d == DECISIONS {
            "decide".to_string()
        } else {
            format!("d{}-l1", d + 1)
        };
        let speaker = format!("c{}", 1 + d % 3);
        let feeling = FEELINGS[(n + d) % FEELINGS.len()];
        let _ = writeln!(
            s,
            "        Line(id: \"d{d}-l1\", speaker: \"narrator\", text: \"{id}-d{d}-l1\", next: \"d{d}-l2\"),"
        );
        let _ = writeln!(
            s,
            "        Line(id: \"d{d}-l2\", speaker: \"{speaker}\", feeling: {feeling}, text: \"{id}-d{d}-l2\", next: \"d{d}-l3\"),"
        );
        let _ = writeln!(
            s,
            "        Line(id: \"d{d}-l3\", speaker: \"narrator\", text: \"{id}-d{d}-l3\", next: \"d{d}-choice\"),"
        );
        let _ = writeln!(
            s,
            "        Choice(id: \"d{d}-choice\", prompt: \"{id}-d{d}-prompt\", choices: ["
        );
        for (c, evidence) in [
            format!("{{\"{skill_a}\": -1}}"),
            format!("{{\"{skill_a}\": 1}}"),
            format!("{{\"{skill_a}\": 2, \"{skill_b}\": 1}}"),
        ]
        .iter()
        .enumerate()
        {
            let c = c + 1;
            // The first choice of decisions 3 and 7 sets the flags the branch tests.
            let set = match (d, c) {
                (3, 1) => "set: [\"took-a\"], ",
                (7, 1) => "set: [\"took-b\"], ",
                _ => "",
            };
            let _ = writeln!(
                s,
                "            (text: \"{id}-d{d}-c{c}\", feedback: \"{id}-d{d}-c{c}-feedback\", \
                 feelings: [(who: \"{speaker}\", feels: {}, why: \"{id}-d{d}-c{c}-why\")], \
                 evidence: {evidence}, {set}next: \"{next_block}\"),",
                FEELINGS[(n + d + c) % FEELINGS.len()],
            );
        }
        let _ = writeln!(s, "        ]),");
    }
    let _ = writeln!(
        s,
        "        Branch(id: \"decide\", branches: [(if_set: [\"took-a\"], next: \"end-a\"), \
         (if_set: [\"took-b\"], next: \"end-b\")], otherwise: \"end-c\"),"
    );
    for e in ["a", "b", "c"] {
        let _ = writeln!(
            s,
            "        Ending(id: \"end-{e}\", text: \"{id}-end-{e}\", reflection: \"{id}-end-{e}-reflection\"),"
        );
    }
    let _ = writeln!(s, "    ],");
    let _ = writeln!(s, ")");
    s
}

fn locale_ftl(id: &str, n: usize, lang: &str, sentences: &Sentences) -> String {
    let mut out = String::with_capacity(24 * 1024);
    let mut k = n * 97;
    let mut line = |out: &mut String, key: String| {
        k += 1;
        let _ = writeln!(out, "{key} = {}", sentences.pick(lang, k));
    };
    // Titles and names are short; a sentence would do, but keep them name-like.
    let _ = writeln!(out, "{id}-title = {}", title(lang, n));
    line(&mut out, format!("{id}-summary"));
    for (c, name) in ["Ana", "Kofi", "Mei"].iter().enumerate() {
        let _ = writeln!(out, "{id}-c{} = {name}", c + 1);
    }
    for d in 1..=DECISIONS {
        for l in 1..=3 {
            line(&mut out, format!("{id}-d{d}-l{l}"));
        }
        line(&mut out, format!("{id}-d{d}-prompt"));
        for c in 1..=3 {
            line(&mut out, format!("{id}-d{d}-c{c}"));
            line(&mut out, format!("{id}-d{d}-c{c}-feedback"));
            line(&mut out, format!("{id}-d{d}-c{c}-why"));
        }
    }
    for e in ["a", "b", "c"] {
        line(&mut out, format!("{id}-end-{e}"));
        line(&mut out, format!("{id}-end-{e}-reflection"));
    }
    out
}

fn title(lang: &str, n: usize) -> String {
    let word = match lang {
        "de" => "Geschichte",
        "es" => "Historia",
        "fr" => "Histoire",
        "pt-BR" => "História",
        "uk" => "Історія",
        _ => "Story",
    };
    format!("{word} {n}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;
    use crate::story::check::check_content;

    #[test]
    fn a_generated_library_checks_clean_and_has_the_promised_size() {
        let files = generate(12, Faults::default());
        let content = content_with(&files);
        let problems = check_content(&content);
        assert!(problems.is_empty(), "{}", problems[0]);
        let generated: Vec<_> = content.scenarios.iter().filter(|s| !s.embedded).collect();
        assert_eq!(generated.len(), 12);
        for s in generated {
            assert_eq!(s.scenario.nodes.len(), NODES_PER_STORY);
        }
        assert_eq!(content.languages().len(), 6);
    }

    #[test]
    fn every_planted_fault_is_reported_in_one_pass() {
        let faults = Faults {
            unknown_target_every: 5,
            missing_translation_every: 4,
            syntax_error_every: 7,
        };
        let files = generate(40, faults);
        let content = content_with(&files);
        let problems = check_content(&content);
        let errors: Vec<_> = problems
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let count = |what: &str| errors.iter().filter(|d| d.message.contains(what)).count();
        // Stories 5,10,...,40 lead nowhere, except 35 which does not parse (7,14,...,35).
        assert_eq!(count("which does not exist"), 7);
        assert_eq!(count("is missing in language \"de\""), 10 - 1); // 28 does not parse
        // The files that do not parse are reported (with their line) and skipped.
        let unparsed: Vec<&str> = content.problems.iter().map(|d| d.file.as_str()).collect();
        let expected: Vec<String> = [7, 14, 21, 28, 35]
            .iter()
            .map(|n| format!("scenarios/{}.ron", story_id(*n)))
            .collect();
        assert_eq!(unparsed, expected);
        assert!(
            content.problems.iter().all(|d| d.line > 1),
            "{:?}",
            content.problems
        );
    }

    #[test]
    fn profiles_have_finished_stories() {
        let files = generate(6, Faults::default());
        let content = content_with(&files);
        let players = profiles(&generated_scenarios(&content), 3, 4);
        assert_eq!(players.len(), 3);
        for p in &players {
            assert_eq!(p.finished_count(), 4, "{}", p.nickname);
        }
    }
}
