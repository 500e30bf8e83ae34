//! The content library: every scenario and locale file the game can use, from the
//! embedded defaults and any extra folders, plus the problems found loading them.
//!
//! A broken file never stops the rest: it is listed in `problems` and skipped.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentResource;
use fluent_syntax::parser::ParserError;

use crate::catalogue::Catalogue;
use crate::diagnostic::{Diagnostic, SourceFile, Text};
use crate::story::load::{parse_scenario, read_source};
use crate::story::model::Scenario;

pub(crate) mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

    /// The names of the game's own words files ("app" for `app.ftl`): a story
    /// may not take one as its id, since its words file would replace them.
    pub fn game_word_files() -> &'static [String] {
        static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        NAMES.get_or_init(names_of_game_word_files)
    }

    fn names_of_game_word_files() -> Vec<String> {
        let stem = |name: &str| {
            std::path::Path::new(name)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let stories: Vec<String> = SCENARIOS.iter().map(|(name, _)| stem(name)).collect();
        let mut names: Vec<String> = LOCALES
            .iter()
            .map(|(_, name, _)| stem(name))
            .filter(|n| !stories.contains(n))
            .collect();
        names.sort();
        names.dedup();
        names
    }
}

/// A scenario together with the file it came from (for error places).
#[derive(Debug, Clone)]
pub struct LoadedScenario {
    pub scenario: Scenario,
    pub source: SourceFile,
    /// Shipped inside the binary (a file given on disk replaces it).
    pub embedded: bool,
}

/// One `.ftl` file and the language it is for. The game parses it once, as it
/// loads it, and adds the result to its Fluent bundles; `check` reads a library
/// of thousands of files without keeping every file's syntax tree (most of a
/// gigabyte for a thousand stories): it walks each tree once and keeps what it
/// compares (see `story::check::locales`).
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// Language tag taken from the folder name (`en`, `es`, `pt-BR`).
    pub lang: String,
    /// Its name and text (once parsed, the text is the resource's own, not a copy).
    pub source: SourceFile,
    /// Shipped inside the binary (a file given on disk replaces it).
    pub embedded: bool,
    /// The game's own words (`app.ftl`) given in a folder, laid over the
    /// shipped file of that name: its messages replace the shipped ones one
    /// by one and the rest stay (see `Content::add_path`).
    pub laid_over: bool,
    parsed: OnceLock<Parsed>,
}

#[derive(Debug, Clone)]
struct Parsed {
    resource: Arc<FluentResource>,
    syntax_errors: Vec<ParserError>,
}

impl Parsed {
    fn new(text: String) -> Self {
        let (resource, syntax_errors) = match FluentResource::try_new(text) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        Parsed {
            resource: Arc::new(resource),
            syntax_errors,
        }
    }
}

impl LocaleFile {
    /// Parses a locale file. Syntax errors are kept for `check`; the messages
    /// that parsed are still used.
    pub fn new(
        lang: impl Into<String>,
        name: impl Into<String>,
        text: impl Into<String>,
        embedded: bool,
    ) -> Self {
        let parsed = Parsed::new(text.into());
        LocaleFile {
            lang: lang.into(),
            source: SourceFile::new(name, Text::fluent(parsed.resource.clone())),
            embedded,
            laid_over: false,
            parsed: OnceLock::from(parsed),
        }
    }

    /// A locale file that is parsed only when its resource is asked for.
    pub fn unparsed(
        lang: impl Into<String>,
        name: impl Into<String>,
        text: impl Into<String>,
        embedded: bool,
    ) -> Self {
        LocaleFile {
            lang: lang.into(),
            source: SourceFile::new(name, text.into()),
            embedded,
            laid_over: false,
            parsed: OnceLock::new(),
        }
    }

    fn parsed(&self) -> &Parsed {
        self.parsed
            .get_or_init(|| Parsed::new(self.source.text.as_str().to_string()))
    }

    /// The parsed file, to add to a Fluent bundle or read the messages of.
    pub fn resource(&self) -> &Arc<FluentResource> {
        &self.parsed().resource
    }

    /// What could not be parsed, with byte offsets.
    pub fn syntax_errors(&self) -> &[ParserError] {
        &self.parsed().syntax_errors
    }

    /// The resource and its syntax errors if the file has been parsed already.
    pub fn parsed_already(&self) -> Option<(&FluentResource, &[ParserError])> {
        self.parsed
            .get()
            .map(|p| (p.resource.as_ref(), p.syntax_errors.as_slice()))
    }
}

/// Everything the game plays and shows, and what went wrong reading it.
#[derive(Debug, Clone)]
pub struct Content {
    pub catalogue: Catalogue,
    pub scenarios: Vec<LoadedScenario>,
    pub locales: Vec<LocaleFile>,
    /// Files that could not be read or parsed (they were skipped).
    pub problems: Vec<Diagnostic>,
}

impl Content {
    /// The content shipped inside the binary.
    pub fn embedded() -> Self {
        let mut content = Content {
            catalogue: Catalogue::embedded(),
            scenarios: Vec::new(),
            locales: Vec::new(),
            problems: Vec::new(),
        };
        for (path, text) in embedded::SCENARIOS {
            content.add_scenario(SourceFile::new(*path, *text), true);
        }
        content.locales = embedded::LOCALES
            .iter()
            .map(|(lang, path, text)| LocaleFile::unparsed(*lang, *path, *text, true))
            .collect();
        content
    }

    /// Content with nothing in it but the catalogue (for checking files on their own).
    pub fn empty() -> Self {
        Content {
            catalogue: Catalogue::embedded(),
            scenarios: Vec::new(),
            locales: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Parses one scenario source and adds it, or records why it was skipped.
    /// A file on disk with the same id as a shipped scenario replaces it, so a
    /// teacher's folder can override a shipped story. Two files on disk with the
    /// same id are both kept, so that `check` can report the duplicate.
    pub fn add_scenario(&mut self, source: SourceFile, embedded: bool) {
        let parsed = parse_scenario(&source);
        self.add_parsed(source, parsed, embedded);
    }

    /// Adds a scenario already parsed (files on disk are parsed in parallel).
    fn add_parsed(
        &mut self,
        source: SourceFile,
        parsed: Result<Scenario, Diagnostic>,
        embedded: bool,
    ) {
        match parsed {
            Ok(scenario) => {
                if !embedded {
                    self.scenarios
                        .retain(|s| !(s.embedded && s.scenario.id == scenario.id));
                }
                self.scenarios.push(LoadedScenario {
                    scenario,
                    source,
                    embedded,
                });
            }
            Err(d) => self.problems.push(d),
        }
    }

    /// Adds a scenario file or a locale file or a folder of them (see `collect_files`).
    pub fn add_path(&mut self, path: &Path) {
        let files = match collect_files_and_skips(path, &mut self.problems) {
            Ok(f) => f,
            Err(d) => {
                self.problems.push(d);
                return;
            }
        };
        // Reading and parsing each file does not depend on any other: a library
        // of thousands of files is read on every core, then added in order.
        let read = crate::parallel::map(&files, |file| {
            let shown = file.path.display().to_string();
            read_source(&file.path, &shown).map(|source| match &file.lang {
                None => {
                    let parsed = parse_scenario(&source);
                    Read::Scenario(source, parsed)
                }
                Some(lang) => Read::Locale(LocaleFile::unparsed(
                    lang.as_str(),
                    source.name,
                    source.text.into_string(),
                    false,
                )),
            })
        });
        let mut new_locales: Vec<LocaleFile> = Vec::new();
        for result in read {
            match result {
                Err(d) => self.problems.push(d),
                Ok(Read::Scenario(source, parsed)) => self.add_parsed(source, parsed, false),
                Ok(Read::Locale(file)) => new_locales.push(file),
            }
        }
        // A story's words file given again replaces the embedded file of the
        // same name. The game's own words are laid over it instead: a one-line
        // `app.ftl` in a teacher's folder replaced them all, and every screen
        // showed message ids. One pass over the embedded files, however many
        // files came in (a library of thousands must not take quadratic time).
        let given: std::collections::HashSet<(String, String)> = new_locales
            .iter()
            .map(|l| (l.lang.clone(), base_name(&l.source.name)))
            .collect();
        if !given.is_empty() {
            let mut under = std::collections::HashSet::new();
            self.locales.retain(|l| {
                let key = (l.lang.clone(), base_name(&l.source.name));
                if !(l.embedded && given.contains(&key)) {
                    return true;
                }
                let game_words = is_game_words_file(&l.source.name);
                if game_words {
                    under.insert(key);
                }
                game_words
            });
            for l in &mut new_locales {
                l.laid_over = under.contains(&(l.lang.clone(), base_name(&l.source.name)));
            }
        }
        self.locales.extend(new_locales);
    }

    /// Languages that have at least one file, English first.
    pub fn languages(&self) -> Vec<String> {
        english_first(self.locales.iter().map(|l| l.lang.as_str()))
    }

    /// Finds a scenario by id.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios
            .iter()
            .map(|s| &s.scenario)
            .find(|s| s.id == id)
    }
}

/// One file read (and parsed) on a worker thread.
enum Read {
    Scenario(SourceFile, Result<Scenario, Diagnostic>),
    Locale(LocaleFile),
}

/// A content file found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFile {
    pub path: PathBuf,
    /// Some(language) for `.ftl` files, None for scenarios.
    pub lang: Option<String>,
}

/// Finds content under a path: a `.ron` scenario, an `.ftl` file (its language is
/// its folder's name), or a folder searched recursively for both. `.ftl` files are
/// taken from `locales/<lang>/` folders; other `.ron` files are scenarios.
pub fn collect_files(path: &Path) -> Result<Vec<FoundFile>, Diagnostic> {
    collect_files_and_skips(path, &mut Vec::new())
}

/// Like `collect_files`, adding to `skipped` each folder inside that could not
/// be read or was too deep, so that grown-ups learn why its files are missing.
pub fn collect_files_and_skips(
    path: &Path,
    skipped: &mut Vec<Diagnostic>,
) -> Result<Vec<FoundFile>, Diagnostic> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| {
        Diagnostic::error(
            &shown,
            (1, 1),
            format!("cannot open this path: {e}"),
            "check the path is spelled right and exists",
        )
    })?;
    let mut out = Vec::new();
    if meta.is_dir() {
        let mut seen = std::collections::HashSet::new();
        walk(path, 0, &mut seen, &mut out, skipped);
        out.sort_by(|a, b| a.path.cmp(&b.path));
    } else {
        if let Some(d) = data_folder::profile_file_notice(path) {
            return Err(d);
        }
        out.extend(classify(path));
        if out.is_empty() {
            return Err(Diagnostic::error(
                &shown,
                (1, 1),
                "not a content file",
                "give a .ron scenario, an .ftl file or a folder",
            ));
        }
    }
    Ok(out)
}

fn walk(
    dir: &Path,
    depth: usize,
    seen: &mut std::collections::HashSet<PathBuf>,
    out: &mut Vec<FoundFile>,
    skipped: &mut Vec<Diagnostic>,
) {
    let shown = dir.display().to_string();
    // Content folders are shallow; the bound is a last guard.
    if depth > 8 {
        skipped.push(Diagnostic::warning(
            &shown,
            (1, 1),
            "this folder is nested too deep and was not searched",
            "keep stories within a few folders of the one you give",
        ));
        return;
    }
    // Each real folder once: links to folders (even to themselves, or in a
    // ring) cannot make the search go round or multiply.
    if let Ok(real) = std::fs::canonicalize(dir)
        && !seen.insert(real)
    {
        return;
    }
    // Children's saved progress is not content (and is not read).
    if let Some(notice) = data_folder::skip_notice(dir) {
        skipped.push(notice);
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            skipped.push(Diagnostic::error(
                &shown,
                (1, 1),
                format!("this folder could not be read ({e}), so its files were skipped"),
                "check that you may open this folder",
            ));
            return;
        }
    };
    // `.ftl` files in a folder whose name is no language code would make a
    // language of it ("Locales", "not a tag!"): they are skipped, once said.
    let mut not_a_language = 0;
    // A folder named `pt-br` or `EN` holds words for pt-BR or en, not for a
    // language of its own: read as such, and the name's writing pointed out.
    let mut written_as = None;
    let mut folder_tag: Option<Option<String>> = None;
    for entry in entries.flatten() {
        let path = entry.path();
        // The folder listing says what each entry is: no look-up per file (a
        // school's library is thousands of files, listed as the game starts).
        // A link is followed to see what it points at.
        let is_dir = match entry.file_type() {
            Ok(kind) if !kind.is_symlink() => kind.is_dir(),
            _ => path.is_dir(),
        };
        if is_dir {
            walk(&path, depth + 1, seen, out, skipped);
        } else if let Some(mut found) = classify(&path) {
            // Every `.ftl` file here has this folder's name as its language:
            // the name is read once, not once per file.
            let tag = found.lang.as_deref().map(|l| {
                folder_tag
                    .get_or_insert_with(|| canonical_language(l))
                    .clone()
            });
            match tag {
                Some(None) => not_a_language += 1,
                Some(Some(tag)) => {
                    if found.lang.as_deref() != Some(tag.as_str()) {
                        written_as = Some(tag.clone());
                    }
                    found.lang = Some(tag);
                    out.push(found);
                }
                None => out.push(found),
            }
        }
    }
    if let Some(tag) = written_as {
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        skipped.push(Diagnostic::warning(
            &shown,
            (1, 1),
            format!(
                "the language code \"{name}\" is written \"{tag}\"; its files were read as {tag}"
            ),
            format!("rename the folder to \"{tag}\""),
        ));
    }
    if not_a_language > 0 {
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        skipped.push(Diagnostic::error(
            &shown,
            (1, 1),
            format!(
                "\"{name}\" is not a language code, so the {not_a_language} .ftl file(s) \
                 in this folder were skipped"
            ),
            "name the folder with a language code such as en, es, pt-BR",
        ));
    }
}

/// A language tag the game can choose (`en`, `pt-BR`, `sr-Latn`).
pub fn is_language_code(tag: &str) -> bool {
    canonical_language(tag).is_some()
}

/// The usual way of writing a language tag (`pt-br` is `pt-BR`), if it is one.
pub fn canonical_language(tag: &str) -> Option<String> {
    tag.parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .map(|id| id.to_string())
}

fn classify(path: &Path) -> Option<FoundFile> {
    let ext = path.extension()?.to_str()?;
    match ext {
        "ron" => {
            // The catalogue sits in assets/ and is not a scenario.
            if path.file_name()? == "competencies.ron" {
                return None;
            }
            Some(FoundFile {
                path: path.to_path_buf(),
                lang: None,
            })
        }
        "ftl" => {
            let lang = path.parent()?.file_name()?.to_str()?.to_string();
            Some(FoundFile {
                path: path.to_path_buf(),
                lang: Some(lang),
            })
        }
        _ => None,
    }
}

/// Each language tag once, sorted, with English first.
pub(crate) fn english_first<'a>(tags: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut langs: Vec<String> = tags
        .collect::<std::collections::BTreeSet<&str>>()
        .into_iter()
        .map(str::to_string)
        .collect();
    if let Some(i) = langs
        .iter()
        .position(|l| l == crate::i18n::REFERENCE_LOCALE)
    {
        let en = langs.remove(i);
        langs.insert(0, en);
    }
    langs
}

/// True for a file of the game's own words (`locales/<lang>/app.ftl`), which a
/// file of the same name in a folder is laid over rather than replacing.
pub(crate) fn is_game_words_file(path: &str) -> bool {
    Path::new(path).file_stem().is_some_and(|stem| {
        embedded::game_word_files()
            .iter()
            .any(|g| stem == g.as_str())
    })
}

/// The file name of a path as text ("locales/en/app.ftl" -> "app.ftl").
pub(crate) fn base_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

mod data_folder;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_content_loads_without_problems() {
        let c = Content::embedded();
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert!(c.languages().first().is_some_and(|l| l == "en"));
    }

    #[test]
    fn a_locale_file_is_parsed_once_and_its_text_is_not_copied() {
        let file = LocaleFile::new("en", "locales/en/x.ftl", "a = One\nb = { $n ->\n", false);
        // The text check shows is the parsed resource's own.
        assert!(std::ptr::eq(
            file.source.text.as_str().as_ptr(),
            file.resource().source().as_ptr()
        ));
        assert_eq!(file.source.position(8), (2, 1));
        // The broken message is an error with its place; the good one parsed.
        assert_eq!(file.syntax_errors().len(), 1);
        assert_eq!(file.resource().entries().count(), 2);
    }

    /// Links that make folders into a ring are searched once, not for ever.
    #[cfg(unix)]
    #[test]
    fn folders_linked_in_a_ring_are_searched_once() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::write(a.join("story.ron"), "Scenario(id: ").unwrap();
        for name in ["x", "y", "z"] {
            std::os::unix::fs::symlink(dir.path(), a.join(name)).unwrap();
        }
        let mut skipped = Vec::new();
        let files = collect_files_and_skips(dir.path(), &mut skipped).unwrap();
        assert_eq!(files.len(), 1, "{files:?}");
        assert!(skipped.is_empty(), "{skipped:?}");
    }

    #[test]
    fn a_broken_file_is_reported_and_the_rest_still_load() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("broken.ron"), "Scenario(id: ").unwrap();
        let mut c = Content::embedded();
        let before = c.scenarios.len();
        c.add_path(dir.path());
        assert_eq!(c.scenarios.len(), before);
        assert_eq!(c.problems.len(), 1);
        assert!(c.problems[0].file.ends_with("broken.ron"));
    }

    #[test]
    fn words_in_a_folder_that_is_no_language_are_skipped_and_said_once() {
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("locales").join("not a tag!");
        std::fs::create_dir_all(&odd).unwrap();
        std::fs::write(odd.join("a.ftl"), "a = A\n").unwrap();
        std::fs::write(odd.join("b.ftl"), "b = B\n").unwrap();
        let mut c = Content::embedded();
        c.add_path(dir.path());
        assert!(!c.languages().iter().any(|l| l == "not a tag!"));
        assert_eq!(c.problems.len(), 1, "{:?}", c.problems);
        let message = c.problems[0].to_string();
        assert!(
            message.contains("\"not a tag!\" is not a language code"),
            "{message}"
        );
        assert!(message.contains("2 .ftl file(s)"), "{message}");
        assert!(is_language_code("pt-BR") && is_language_code("en"));
    }

    #[test]
    fn a_language_folder_written_another_way_is_read_as_that_language_and_said_so() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("locales").join("pt-br");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("a.ftl"), "a = A\n").unwrap();
        let found = collect_files(dir.path()).unwrap();
        assert_eq!(found[0].lang.as_deref(), Some("pt-BR"));
        let mut skipped = Vec::new();
        collect_files_and_skips(dir.path(), &mut skipped).unwrap();
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        let message = skipped[0].to_string();
        assert!(
            message.contains("\"pt-br\" is written \"pt-BR\""),
            "{message}"
        );
        assert!(!skipped[0].is_error(), "a warning: the words are used");
    }
}
