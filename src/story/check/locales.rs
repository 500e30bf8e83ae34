//! Rules for `.ftl` files: syntax, duplicates, completeness against English,
//! messages scenarios need but no language has, and messages nothing uses.
//!
//! A library of 1,000 stories in six languages has about a million message
//! definitions. Each id is hashed once, into a number; after that, languages are
//! compared by index. Files are parsed on every core.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use fluent_syntax::ast;
use fluent_syntax::parser::ParserError;

use super::expansion::{Sizes, entry_size};
use super::references::Uses;
use super::{field_value, reading};
use crate::content::{Content, LoadedScenario, LocaleFile, base_name};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::fonts::GlyphCoverage;
use crate::i18n::REFERENCE_LOCALE;
use crate::story::readability::{plain_text_borrowed, variables};

type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
type FastSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// One message definition found in a locale file.
#[derive(Debug, Clone)]
pub(super) struct MessageDef<'a> {
    pub file: &'a LocaleFile,
    pub offset: usize,
    /// The text as a reader sees it (variables stand in as a name).
    pub text: Cow<'a, str>,
    /// The `{ $variables }` it uses.
    pub vars: Vec<String>,
}

/// One language's definitions, indexed by message number (see `Messages`).
pub(super) type Lang<'a> = [Option<MessageDef<'a>>];

/// Every message defined in any language, numbered once.
#[derive(Default)]
pub(super) struct Messages<'a> {
    number: FastMap<Cow<'a, str>, usize>,
    /// Message number -> id (terms as `-id`).
    names: Vec<Cow<'a, str>>,
    /// Language -> definitions by message number (all as long as `names`).
    langs: BTreeMap<&'a str, Vec<Option<MessageDef<'a>>>>,
    /// Language -> which messages use which others (`{ other }`, `{ -term }`).
    uses: BTreeMap<&'a str, Uses>,
    /// Language -> what the messages that use others are made of.
    sizes: BTreeMap<&'a str, Sizes>,
    /// English file name -> the numbers of its messages in file order. A
    /// translation mostly lists the same ids in the same order, so its ids are
    /// matched by place first and looked up only when that fails: a library's
    /// million ids do not all go through a table too large for the cache.
    english_order: FastMap<String, Vec<usize>>,
    /// English messages of a file laid over the game's own words that the
    /// game's words do not have (a misspelt id, or a story's words put there).
    not_game_words: Vec<usize>,
}

impl<'a> Messages<'a> {
    /// The number of a message id, if any language defines it.
    pub fn number(&self, id: &str) -> Option<usize> {
        self.number.get(id).copied()
    }

    pub fn name(&self, n: usize) -> &str {
        &self.names[n]
    }

    pub fn languages(&self) -> impl Iterator<Item = (&'a str, &Lang<'a>)> {
        self.langs.iter().map(|(l, defs)| (*l, defs.as_slice()))
    }

    /// Which messages of a language use other messages or terms.
    pub fn uses(&self, lang: &str) -> Option<&Uses> {
        self.uses.get(lang)
    }

    /// What the messages of a language that use others are made of.
    pub fn sizes(&self, lang: &str) -> Option<&Sizes> {
        self.sizes.get(lang)
    }

    /// English, the language every other is compared with.
    pub fn reference(&self) -> Option<&Lang<'a>> {
        self.langs.get(REFERENCE_LOCALE).map(Vec::as_slice)
    }

    /// A message in one language, by id.
    pub fn get<'s>(&'s self, lang: &'s Lang<'a>, id: &str) -> Option<&'s MessageDef<'a>> {
        self.number(id).and_then(|n| lang[n].as_ref())
    }

    /// Every definition of every file, numbered. English numbers the messages
    /// first; the other languages then look their ids up in parallel (a million
    /// definitions in a large library), and the few ids English lacks are
    /// numbered after. A repeat of an id in the same language is reported at
    /// the repeat.
    fn build(parsed: Vec<ParsedLocale<'a>>, out: &mut Vec<Diagnostic>) -> Self {
        let mut messages = Messages::default();
        let mut by_lang: BTreeMap<&'a str, Vec<ParsedLocale<'a>>> = BTreeMap::new();
        for mut p in parsed {
            out.append(&mut p.problems);
            by_lang.entry(p.file.lang.as_str()).or_default().push(p);
        }
        if let Some(english) = by_lang.remove(REFERENCE_LOCALE) {
            let ids: usize = english.iter().map(|p| p.defs.len()).sum();
            messages.number.reserve(ids);
            messages.names.reserve(ids);
            let placed = messages.place(REFERENCE_LOCALE, english);
            messages.keep(placed, out);
        }
        let others: Vec<_> = by_lang.into_iter().collect();
        let placed =
            crate::parallel::map_owned(others, |(lang, files)| messages.place(lang, files));
        for p in placed {
            messages.keep(p, out);
        }
        // Every language gets a place for every message.
        let total = messages.names.len();
        for defs in messages.langs.values_mut() {
            defs.resize_with(total, || None);
        }
        messages
    }

    /// One language's definitions placed by the numbers known so far.
    fn place(&self, lang: &'a str, files: Vec<ParsedLocale<'a>>) -> Placed<'a> {
        let mut placed = Placed {
            lang,
            defs: Vec::new(),
            new: Vec::new(),
            uses: Uses::new(),
            sizes: Sizes::default(),
            repeats: Vec::new(),
        };
        placed.defs.resize_with(self.names.len(), || None);
        for file in files {
            // A file laid over the game's own words replaces theirs: what its
            // messages use is theirs now.
            if file.file.laid_over {
                for (key, _) in &file.defs {
                    placed.uses.remove(key.as_ref());
                    placed.sizes.remove(key.as_ref());
                }
            }
            for (key, used) in file.uses {
                // A repeated definition is reported; the first one counts.
                placed.uses.entry(key).or_insert(used);
            }
            for (key, size) in file.sizes {
                placed.sizes.entry(key).or_insert(size);
            }
            let order = self
                .english_order
                .get(&base_name(&file.file.source.name))
                .map_or(&[][..], Vec::as_slice);
            let mut next = 0;
            for (key, def) in file.defs {
                let at_place = order.get(next).copied().filter(|n| self.names[*n] == key);
                if at_place.is_some() {
                    next += 1;
                }
                let Some(n) = at_place.or_else(|| self.number.get(key.as_ref()).copied()) else {
                    placed.new.push((key, def));
                    continue;
                };
                match &placed.defs[n] {
                    Some(first) if !replaces(&def, first) => {
                        placed.repeats.push(repeat(&self.names[n], &def, first))
                    }
                    _ => placed.defs[n] = Some(def),
                }
            }
        }
        placed
    }

    /// Takes in a language's placed definitions, numbering the ids no language
    /// before it had.
    fn keep(&mut self, placed: Placed<'a>, out: &mut Vec<Diagnostic>) {
        out.extend(placed.repeats);
        self.uses.insert(placed.lang, placed.uses);
        self.sizes.insert(placed.lang, placed.sizes);
        let mut defs = placed.defs;
        let english = placed.lang == REFERENCE_LOCALE;
        // English's files, each with the numbers of its messages in order.
        let mut order: Vec<(&'a LocaleFile, Vec<usize>)> = Vec::new();
        for (key, def) in placed.new {
            let n = match self.number.get(key.as_ref()) {
                Some(n) => *n,
                None => {
                    let n = self.names.len();
                    self.names.push(key.clone());
                    self.number.insert(key, n);
                    n
                }
            };
            if english {
                match order.last_mut() {
                    Some((f, numbers)) if std::ptr::eq(*f, def.file) => numbers.push(n),
                    _ => order.push((def.file, vec![n])),
                }
            }
            if defs.len() <= n {
                defs.resize_with(n + 1, || None);
            }
            match &defs[n] {
                Some(first) if !replaces(&def, first) => {
                    out.push(repeat(&self.names[n], &def, first))
                }
                Some(_) => defs[n] = Some(def),
                None => {
                    if english && def.file.laid_over {
                        self.not_game_words.push(n);
                    }
                    defs[n] = Some(def);
                }
            }
        }
        self.langs.insert(placed.lang, defs);
        // A file laid over the game's words lists a few of them: the order
        // of the translations is the shipped file's.
        for (file, numbers) in order.into_iter().filter(|(f, _)| !f.laid_over) {
            self.english_order
                .insert(base_name(&file.source.name), numbers);
        }
    }
}

/// One language's definitions by message number, before they join the rest.
struct Placed<'a> {
    lang: &'a str,
    defs: Vec<Option<MessageDef<'a>>>,
    /// Ids not numbered yet, in file order.
    new: Vec<(Cow<'a, str>, MessageDef<'a>)>,
    uses: Uses,
    sizes: Sizes,
    /// Ids defined twice in this language.
    repeats: Vec<Diagnostic>,
}

/// A message of a file laid over the game's own words takes the place of the
/// shipped one: that is what the file is for, not a repeat.
fn replaces(def: &MessageDef, first: &MessageDef) -> bool {
    def.file.laid_over && !first.file.laid_over
}

/// An id defined a second time in one language, reported at the repeat.
fn repeat(id: &str, def: &MessageDef, first: &MessageDef) -> Diagnostic {
    def.file.source.error_at(
        def.offset,
        format!(
            "message \"{id}\" is defined twice (first in {})",
            first.file.source.name
        ),
        "delete one of them or rename it",
    )
}

/// What one `.ftl` file defines and its own problems, found without looking at
/// any other file (so files are parsed in parallel).
struct ParsedLocale<'a> {
    file: &'a LocaleFile,
    problems: Vec<Diagnostic>,
    /// In file order; an id defined twice in the file appears twice.
    defs: Vec<(Cow<'a, str>, MessageDef<'a>)>,
    /// The messages each message uses, for those that use any.
    uses: Vec<(String, Vec<String>)>,
    /// What each message that uses others is made of.
    sizes: Vec<(String, super::expansion::Size)>,
}

fn parse_locale(file: &LocaleFile) -> ParsedLocale<'_> {
    match file.parsed_already() {
        Some((resource, errors)) => read_locale(file, resource.entries(), errors),
        None => {
            // Parsed here and dropped when read: only what is compared is kept.
            let (ast, errors) =
                match fluent_syntax::parser::parse_runtime(file.source.text.as_str()) {
                    Ok(ast) => (ast, Vec::new()),
                    Err((ast, errors)) => (ast, errors),
                };
            read_locale(file, ast.body.iter(), &errors)
        }
    }
}

/// What `check` needs of one parsed `.ftl` file.
fn read_locale<'a, 'e>(
    file: &'a LocaleFile,
    entries: impl Iterator<Item = &'e ast::Entry<&'a str>>,
    syntax_errors: &[ParserError],
) -> ParsedLocale<'a>
where
    'a: 'e,
{
    let src = &file.source;
    let mut problems = Vec::new();
    if !crate::content::is_language_code(&file.lang) {
        problems.push(src.error_at(
            0,
            format!("\"{}\" is not a language code", file.lang),
            "name the folder with a language code such as en, es, pt-BR",
        ));
    }
    for e in syntax_errors {
        problems.push(src.error_at(
            e.pos.start,
            format!("Fluent syntax error: {}", e.kind),
            "each message is `id = text`; continued lines start with spaces",
        ));
    }
    // Where each definition starts: entries come in file order, so one walk
    // down the lines finds them all.
    let mut lines = DefinitionLines::new(&src.text);
    let mut defs = Vec::new();
    let mut uses = Vec::new();
    let mut sizes = Vec::new();
    for entry in entries {
        let (key, text, vars): (Cow<'_, str>, _, _) = match entry {
            ast::Entry::Message(m) => (
                Cow::Borrowed(m.id.name),
                m.value
                    .as_ref()
                    .map(plain_text_borrowed)
                    .unwrap_or_default(),
                m.value.as_ref().map(variables).unwrap_or_default(),
            ),
            ast::Entry::Term(t) => (
                Cow::Owned(format!("-{}", t.id.name)),
                plain_text_borrowed(&t.value),
                variables(&t.value),
            ),
            _ => continue,
        };
        if let Some(used) = super::references::entry_uses(entry) {
            uses.push((key.to_string(), used));
            // Only a message that uses others can grow past its own text.
            sizes.extend(entry_size(entry).map(|size| (key.to_string(), size)));
        }
        let offset = lines.find(&key).unwrap_or(0);
        let def = MessageDef {
            file,
            offset,
            text,
            vars,
        };
        // Characters no font can draw would show as boxes; checked here, on
        // every core, with one font lookup table per thread.
        GLYPHS.with(|glyphs| {
            let missing = glyphs.missing(&def.text);
            if !missing.is_empty() {
                problems.push(src.warning_at(
                    offset,
                    format!(
                        "\"{key}\" has characters the game's fonts cannot draw (they show as boxes): {}",
                        reading::describe(&missing)
                    ),
                    reading::GLYPH_HINT,
                ));
            }
        });
        if let Some(stack) = super::looks::stacked_marks(&def.text) {
            problems.push(super::looks::stacked_marks_warning(
                src, offset, &key, stack,
            ));
        }
        defs.push((key, def));
    }
    ParsedLocale {
        file,
        problems,
        defs,
        uses,
        sizes,
    }
}

thread_local! {
    static GLYPHS: GlyphCoverage = GlyphCoverage::new();
}

/// Walks down an `.ftl` file's lines to the line defining each id in turn.
struct DefinitionLines<'a> {
    text: &'a str,
    /// Byte offset of the first line not yet passed.
    at: usize,
}

impl<'a> DefinitionLines<'a> {
    fn new(text: &'a str) -> Self {
        Self { text, at: 0 }
    }

    /// Byte offset of the next line that defines `key` (`key =` at its start),
    /// moving past it; None (and no move) if there is none.
    fn find(&mut self, key: &str) -> Option<usize> {
        let mut offset = self.at;
        for line in self.text[self.at..].split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix(key)
                && rest.trim_start_matches([' ', '\t']).starts_with('=')
            {
                self.at = offset + line.len();
                return Some(offset);
            }
            offset += line.len();
        }
        None
    }
}

/// The messages one story needs, with their numbers (None: no language has it).
struct Needed<'a> {
    story: &'a LoadedScenario,
    ids: Vec<(&'a str, Option<usize>)>,
}

/// Rules for `.ftl` files and how they fit the scenarios.
pub(super) fn check_locales(content: &Content) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let parsed = crate::parallel::map(&content.locales, parse_locale);
    let messages = Messages::build(parsed, &mut out);

    let Some(reference) = messages.reference() else {
        if !content.locales.is_empty() {
            out.push(Diagnostic::error(
                "locales",
                (1, 1),
                "there is no English (en) locale",
                "English is the reference: add locales/en/",
            ));
        }
        return out;
    };

    // Every message a scenario needs, by story (its place in the file is looked
    // up only if it is missing).
    let needed: Vec<Needed> = content
        .scenarios
        .iter()
        .map(|story| Needed {
            story,
            ids: story
                .scenario
                .message_ids()
                .into_iter()
                .map(|id| (id, messages.number(id)))
                .collect(),
        })
        .collect();
    let mut used = vec![false; messages.names.len()];
    for n in needed
        .iter()
        .flat_map(|s| s.ids.iter().filter_map(|(_, n)| *n))
    {
        used[n] = true;
    }
    for n in content
        .catalogue
        .message_ids()
        .into_iter()
        .filter_map(|id| messages.number(id))
    {
        used[n] = true;
    }
    // A helper message or a term is used through the messages that use it.
    reach_through_uses(&messages, &mut used);
    // The words of a story whose file did not load are not checked for
    // translations: the story's own error says what to fix first.
    let failed = failed_stories(content);
    let not_loaded: FastSet<usize> = content
        .locales
        .iter()
        .filter(|l| !failed.is_empty() && l.lang == REFERENCE_LOCALE)
        .filter(|l| failed.contains(&stem(&l.source)))
        .map(place)
        .collect();

    let per_lang =
        crate::parallel::map_each(&messages.languages().collect::<Vec<_>>(), |(lang, defs)| {
            check_language(lang, defs, reference, &messages, &needed, &not_loaded)
        });
    out.extend(per_lang.into_iter().flatten());
    out.extend(check_variables(&messages));
    out.extend(super::references::check_references(&messages));
    out.extend(super::expansion::check_expansion(&messages));
    out.extend(reading::check_reading(content, &messages));
    out.extend(reading::check_lengths(&messages));
    out.extend(reading::check_icons(content));
    out.extend(super::looks::check_icon_is_one(content));
    out.extend(super::looks::check_names(content, &messages));
    out.extend(check_unused(content, &messages, &used));
    out.extend(check_laid_over(&messages, reference));
    out
}

/// A message in a file laid over the game's own English words that is not
/// one of them: once, at the file that has it, instead of once per language
/// for a translation nobody needs.
fn check_laid_over(messages: &Messages, reference: &Lang) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for n in &messages.not_game_words {
        let Some(def) = &reference[*n] else { continue };
        out.push(def.file.source.warning_at(
            def.offset,
            format!(
                "\"{}\" is not one of the game's own words in {}, so it adds a message \
                 instead of changing one",
                messages.name(*n),
                file_name(&def.file.source)
            ),
            "check the spelling of the id; a story's words go in the story's own file, \
             named after its id",
        ));
    }
    out
}

/// What one language lacks, or has that English does not.
fn check_language(
    lang: &str,
    defs: &Lang,
    reference: &Lang,
    messages: &Messages,
    needed: &[Needed],
    not_loaded: &FastSet<usize>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let has = |n: Option<usize>| n.is_some_and(|n| defs[n].is_some());
    // English files whose translation into this language is said already (a
    // story not translated at all is one warning at the story, whatever else
    // its file holds: terms, helper messages), or is not asked for.
    let mut said: FastSet<usize> = not_loaded.clone();
    let mut reported: FastSet<&str> = FastSet::default();
    // Said once, in English (`check_laid_over`), not once per language.
    reported.extend(messages.not_game_words.iter().map(|n| messages.name(*n)));
    // A story with no text at all in this language is one problem, not one per text.
    for story in needed {
        let ids = &story.ids;
        if ids.is_empty() || ids.iter().any(|(_, n)| has(*n)) {
            continue;
        }
        let loaded = story.story;
        let id = loaded.scenario.id.as_str();
        let at = field_value(&loaded.source, "id", id, 0);
        let texts = ids.len();
        // Without English a story cannot be shown at all; without another
        // language it is shown in English there, which is worth fixing but works.
        out.push(if lang == REFERENCE_LOCALE {
            loaded.source.error_at(
                at,
                format!("scenario \"{id}\" has no English text yet ({texts} texts)"),
                format!("write its texts in locales/en/{id}.ftl (English is the reference)"),
            )
        } else {
            loaded.source.warning_at(
                at,
                format!(
                    "scenario \"{id}\" has no text in language \"{lang}\" yet ({texts} \
                     texts), so it is shown in English there"
                ),
                format!("copy locales/en/{id}.ftl to locales/{lang}/{id}.ftl and translate it"),
            )
        });
        reported.extend(ids.iter().map(|(id, _)| *id));
        said.extend(
            ids.iter()
                .filter_map(|(_, n)| n.and_then(|n| reference[n].as_ref()))
                .map(|d| place(d.file)),
        );
    }
    for story in needed {
        for (id, n) in &story.ids {
            if !has(*n) && reported.insert(id) {
                let src = &story.story.source;
                out.push(src.error_at(
                    src.quoted(id, 0),
                    format!("message \"{id}\" is missing in language \"{lang}\""),
                    format!("add `{id} = ...` to a file in locales/{lang}/"),
                ));
            }
        }
    }
    if lang == REFERENCE_LOCALE {
        return out;
    }
    // Completeness against English (covers the interface's own messages).
    // English files with nothing translated: one problem per file (keyed by the
    // file's place in memory: each file is loaded once).
    let mut per_file: FastMap<*const LocaleFile, (usize, usize, &LocaleFile)> = FastMap::default();
    for (n, en) in reference.iter().enumerate() {
        let Some(en) = en else { continue };
        let entry = per_file
            .entry(en.file as *const LocaleFile)
            .or_insert((0, 0, en.file));
        entry.0 += 1;
        if defs[n].is_some() {
            entry.1 += 1;
        }
    }
    for (total, translated, file) in per_file.values() {
        if *translated > 0 || file.source.name.is_empty() || said.contains(&place(file)) {
            continue;
        }
        let missing: Vec<&str> = reference
            .iter()
            .enumerate()
            .filter(|(_, d)| d.as_ref().is_some_and(|d| std::ptr::eq(d.file, *file)))
            .map(|(n, _)| messages.name(n))
            .collect();
        if missing.iter().all(|id| reported.contains(id)) {
            continue;
        }
        out.push(file.source.error_at(
            0,
            format!("nothing in this file is translated into \"{lang}\" yet ({total} texts)"),
            format!(
                "copy it to locales/{lang}/{} and translate it",
                file_name(&file.source)
            ),
        ));
        reported.extend(missing);
    }
    for (n, en) in reference.iter().enumerate() {
        let Some(en) = en else { continue };
        let id = messages.name(n);
        if defs[n].is_none() && !reported.contains(id) && !said.contains(&place(en.file)) {
            out.push(en.file.source.error_at(
                en.offset,
                format!("message \"{id}\" has no translation in \"{lang}\""),
                format!(
                    "add `{id} = ...` to locales/{lang}/{}",
                    file_name(&en.file.source)
                ),
            ));
        }
    }
    for (n, def) in defs.iter().enumerate() {
        if let Some(def) = def
            && reference[n].is_none()
        {
            out.push(def.file.source.warning_at(
                def.offset,
                format!("message \"{}\" is not in English", messages.name(n)),
                "delete it, or add it to the English file if it is needed",
            ));
        }
    }
    out
}

/// Scenario messages nothing uses. Interface messages (app.ftl) are used by code.
/// A story that failed to load uses nothing: its own error says enough.
fn check_unused(content: &Content, messages: &Messages, used: &[bool]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(reference) = messages.reference() else {
        return out;
    };
    let failed = failed_stories(content);
    for (n, def) in reference.iter().enumerate() {
        let Some(def) = def else { continue };
        let id = messages.name(n);
        if !used[n]
            && !id.starts_with('-')
            && file_name(&def.file.source) != "app.ftl"
            && !failed.contains(&stem(&def.file.source))
        {
            out.push(def.file.source.warning_at(
                def.offset,
                format!("message \"{id}\" is not used by any scenario"),
                "delete it, or use it in a scenario",
            ));
        }
    }
    out
}

/// A file by its place in memory (each file is loaded once).
fn place(file: &LocaleFile) -> usize {
    file as *const LocaleFile as usize
}

/// The file names (without `.ron`) of the stories that could not be loaded.
fn failed_stories(content: &Content) -> FastSet<String> {
    content
        .problems
        .iter()
        .filter(|d| d.file.ends_with(".ron"))
        .filter_map(|d| std::path::Path::new(&d.file).file_stem())
        .map(|stem| stem.to_string_lossy().to_string())
        .collect()
}

/// A file's name without its folder and extension.
fn stem(src: &SourceFile) -> String {
    std::path::Path::new(&src.name)
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// Marks as used every message and term that a used English message uses,
/// through any number of steps (each once).
fn reach_through_uses(messages: &Messages, used: &mut [bool]) {
    let Some(uses) = messages.uses(REFERENCE_LOCALE) else {
        return;
    };
    let mut to_follow: Vec<usize> = (0..used.len()).filter(|n| used[*n]).collect();
    while let Some(n) = to_follow.pop() {
        for other in uses.get(messages.name(n)).into_iter().flatten() {
            if let Some(m) = messages.number(other)
                && !used[m]
            {
                used[m] = true;
                to_follow.push(m);
            }
        }
    }
}

/// The variable every text is given: the child's game name.
const NICKNAME_VARIABLE: &str = "nickname";

/// A `{ $variable }` the game never gives a text shows up literally, e.g.
/// "{$nickame}", in front of a child. Story texts get `$nickname`; a translation
/// gets what its English text uses (the game's own texts get numbers and names
/// from the code, so English `app.ftl` is the reference for those).
fn check_variables(messages: &Messages) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let reference = messages.reference();
    for (lang, defs) in messages.languages() {
        for (n, def) in defs.iter().enumerate() {
            // Most texts use no variable at all.
            let Some(def) = def.as_ref().filter(|d| !d.vars.is_empty()) else {
                continue;
            };
            let is_app = file_name(&def.file.source) == "app.ftl";
            if lang == REFERENCE_LOCALE && is_app {
                continue;
            }
            let mut allowed: Vec<&str> = vec![NICKNAME_VARIABLE];
            if let Some(en) = reference.and_then(|r| r[n].as_ref())
                && lang != REFERENCE_LOCALE
            {
                allowed.extend(en.vars.iter().map(String::as_str));
            }
            for var in &def.vars {
                if !allowed.contains(&var.as_str()) {
                    let hint = if lang == REFERENCE_LOCALE {
                        "story texts can use { $nickname } (the child's game name); check the spelling"
                            .to_string()
                    } else {
                        format!(
                            "use only what the English text uses: {}",
                            allowed
                                .iter()
                                .map(|v| format!("{{ ${v} }}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    out.push(def.file.source.error_at(
                        def.offset,
                        format!(
                            "\"{}\" uses {{ ${var} }}, which the game does not give this text, \
                             so a child would see it as it is written",
                            messages.name(n)
                        ),
                        hint,
                    ));
                }
            }
        }
    }
    out
}

pub(super) fn file_name(src: &SourceFile) -> String {
    std::path::Path::new(&src.name)
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}
