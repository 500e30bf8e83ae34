//! The game's view of its stories: a card for each one (what the map and the
//! lesson planner show) and where its files are, without holding every story
//! and every language in memory.
//!
//! A school library may hold a thousand stories in six languages: parsed, that
//! is most of a gigabyte. The game needs far less at any moment: the titles in
//! the child's language and English, and the full text of the stories a screen
//! is about (the one being played, the ones on a progress page). `Library` keeps
//! the cards and reads the rest from its files when asked (`content_for`).
//! `kind-quest check` still loads everything (`Content`), since it checks it all.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use fluent_bundle::FluentResource;

use crate::catalogue::Catalogue;
use crate::content::{
    Content, LoadedScenario, LocaleFile, base_name, collect_files_and_skips, embedded,
    english_first, is_game_words_file,
};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::story::check::{check_scenario, why_not_offered};
use crate::story::load::{parse_scenario, read_source};
use crate::story::model::{AgeBand, Scenario, Setting};

/// Where a file's text is: inside the binary, or on disk (read when needed).
#[derive(Debug, Clone)]
enum Source {
    Embedded {
        name: &'static str,
        text: &'static str,
    },
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Embedded { name, .. } => (*name).to_string(),
            Source::File(path) => path.display().to_string(),
        }
    }

    fn read(&self) -> Result<SourceFile, Diagnostic> {
        match self {
            Source::Embedded { name, text } => Ok(SourceFile::new(*name, *text)),
            Source::File(path) => read_source(path, &path.display().to_string()),
        }
    }

    fn is_embedded(&self) -> bool {
        matches!(self, Source::Embedded { .. })
    }
}

/// What the game keeps of a story while it is not open: enough for the map,
/// the lesson planner and the lists of stories played.
#[derive(Debug, Clone)]
pub struct StoryCard {
    pub id: String,
    /// Message id of its title.
    pub title: String,
    pub ages: Vec<AgeBand>,
    pub setting: Setting,
    pub skills: Vec<String>,
    pub icon: String,
    source: Source,
}

impl StoryCard {
    fn new(scenario: &Scenario, source: Source) -> Self {
        StoryCard {
            id: scenario.id.clone(),
            title: scenario.title.clone(),
            ages: scenario.ages.clone(),
            setting: scenario.setting,
            skills: scenario.skills.clone(),
            icon: scenario.icon.clone(),
            source,
        }
    }

    /// The main skill (the first listed), under which the map shows it.
    pub fn main_skill(&self) -> Option<&str> {
        self.skills.first().map(String::as_str)
    }

    fn embedded(&self) -> bool {
        self.source.is_embedded()
    }
}

/// One `.ftl` file, not read until a language or a story needs it.
#[derive(Debug, Clone)]
struct TextFile {
    lang: String,
    source: Source,
    /// The shipped file this one replaces, used if this one cannot be read:
    /// an unreadable `locales/en/app.ftl` in a teacher's folder must not
    /// leave the game without its English words.
    shipped: Option<Source>,
    /// The game's own words laid over the shipped file of the same name,
    /// which stays (see `Content::add_path`).
    laid_over: bool,
}

impl TextFile {
    /// The file's name without `.ftl`: a story's own file is named after it.
    fn stem(&self) -> String {
        stem_of(&self.source.name())
    }

    /// The file read, or the shipped one it replaces if it cannot be read
    /// (with why, for grown-ups).
    fn read(&self) -> (Option<LocaleFile>, Option<Diagnostic>) {
        let read = |source: &Source| {
            source.read().map(|file| {
                let mut file = LocaleFile::new(
                    self.lang.as_str(),
                    file.name,
                    file.text.into_string(),
                    source.is_embedded(),
                );
                file.laid_over = self.laid_over && !source.is_embedded();
                file
            })
        };
        match read(&self.source) {
            Ok(file) => (Some(file), None),
            Err(problem) => (
                self.shipped.as_ref().and_then(|s| read(s).ok()),
                Some(problem),
            ),
        }
    }
}

/// Every story the game can offer, as cards, and where its words are.
///
/// Listing the files is quick; reading a thousand stories into cards is not (a
/// quarter of a second here). The game asks for that reading to start on its
/// own thread at launch (`read_in_background`) and opens its window meanwhile:
/// the title screen needs no card. The first use of the cards (`cards`,
/// `problems`, `card`, a story's `content_for`, `titles`) waits for the
/// reading if it is still going, or does it then if it was never started.
#[derive(Debug)]
pub struct Library {
    pub catalogue: Catalogue,
    /// Every story file, in the order given: a later one with the id of a
    /// shipped story replaces it.
    sources: Vec<Source>,
    /// The file names (without `.ron`) of the stories: an offered story's id
    /// is its file name, so its own `.ftl` file is named the same.
    story_stems: HashSet<String>,
    /// The cards and the reasons some stories were not offered, once read.
    shelf: OnceLock<Shelf>,
    /// The reading started by `read_in_background`, until it is collected.
    reading: Mutex<Option<Reading>>,
    /// When that reading may begin (see `ReadingSignal`).
    go: ReadingSignal,
    /// Folders and files that could not be listed or read outside the cards.
    other_problems: Vec<Diagnostic>,
    texts: Vec<TextFile>,
    /// Each language's story titles, gathered from its story files once asked for.
    titles: BTreeMap<String, Arc<FluentResource>>,
    /// The files that are no one story's own (the game's words), parsed once.
    shared: OnceLock<(Vec<LocaleFile>, Vec<Diagnostic>)>,
}

/// Tells a reading started in the background that it may begin. The game
/// gives it the go once its window has its first picture: on a two-core
/// laptop, reading a school's library at the same time made the title come
/// up later (docs/performance.md). Waiting costs a child nothing: no screen
/// before the map needs a card, and one that does gives the go itself.
#[derive(Debug, Clone, Default)]
pub struct ReadingSignal(Arc<(Mutex<bool>, Condvar)>);

impl ReadingSignal {
    /// The reading may begin now (again: does nothing).
    pub fn go(&self) {
        let (given, changed) = &*self.0;
        *given.lock().unwrap_or_else(PoisonError::into_inner) = true;
        changed.notify_all();
    }

    /// Waits for the go, or for `at_most` (a window that never draws must
    /// not keep the stories from being read). True if the go was given.
    fn wait(&self, at_most: Duration) -> bool {
        let (given, changed) = &*self.0;
        let guard = given.lock().unwrap_or_else(PoisonError::into_inner);
        let (given, _) = changed
            .wait_timeout_while(guard, at_most, |given| !*given)
            .unwrap_or_else(PoisonError::into_inner);
        *given
    }
}

/// How long a background reading waits for the go at most: longer than a slow
/// laptop takes to show its first picture (about 0.6 s measured), far shorter
/// than a child takes to reach the map.
const WAIT_FOR_THE_GO: Duration = Duration::from_millis(1500);

/// Up to how many stories a background reading begins at once, without
/// waiting for the go (see `read_in_background`).
const READ_AT_ONCE: usize = 64;

/// A reading on a thread of its own. Whoever sets `claimed` first reads: the
/// thread once it has the go, or a screen that needs the cards before the
/// thread began (it then reads at once, at full priority, instead of waiting
/// for a thread that yields to everything else).
#[derive(Debug)]
struct Reading {
    thread: JoinHandle<Option<Shelf>>,
    claimed: Arc<AtomicBool>,
}

/// The stories read into cards.
#[derive(Debug, Default)]
struct Shelf {
    cards: Vec<StoryCard>,
    /// Stories that could not be read, or were not offered (and why).
    problems: Vec<Diagnostic>,
}

impl Library {
    /// The stories shipped inside the binary.
    pub fn embedded() -> Self {
        let mut library = Library {
            catalogue: Catalogue::embedded(),
            sources: Vec::new(),
            story_stems: HashSet::new(),
            shelf: OnceLock::new(),
            reading: Mutex::new(None),
            go: ReadingSignal::default(),
            other_problems: Vec::new(),
            texts: embedded::LOCALES
                .iter()
                .map(|(lang, name, text)| TextFile {
                    lang: (*lang).to_string(),
                    source: Source::Embedded { name, text },
                    shipped: None,
                    laid_over: false,
                })
                .collect(),
            titles: BTreeMap::new(),
            shared: OnceLock::new(),
        };
        library.add_scenarios(
            embedded::SCENARIOS
                .iter()
                .map(|(name, text)| Source::Embedded { name, text })
                .collect(),
        );
        library
    }

    /// Adds the stories and `.ftl` files under a path (a file or a folder). A
    /// story on disk with the id of a shipped one replaces it, as does an `.ftl`
    /// file with the name of a shipped one; see `Content::add_path`. Only lists
    /// the files: the stories are read when the cards are first needed.
    pub fn add_path(&mut self, path: &Path) {
        let files = match collect_files_and_skips(path, &mut self.other_problems) {
            Ok(f) => f,
            Err(d) => {
                self.other_problems.push(d);
                return;
            }
        };
        let mut scenarios = Vec::new();
        let mut texts = Vec::new();
        for file in files {
            match file.lang {
                None => scenarios.push(Source::File(file.path)),
                Some(lang) => texts.push(TextFile {
                    lang,
                    source: Source::File(file.path),
                    shipped: None,
                    laid_over: false,
                }),
            }
        }
        self.add_scenarios(scenarios);
        let key = |t: &TextFile| (t.lang.clone(), base_name(&t.source.name()));
        let given: HashSet<(String, String)> = texts.iter().map(key).collect();
        if !given.is_empty() {
            // The shipped story files given again leave the list, kept behind
            // the files that replace them. The game's own words stay, under
            // the files laid over them (read after them, so theirs win).
            let mut replaced = HashMap::new();
            let mut under = HashSet::new();
            self.texts.retain(|t| {
                if !(t.source.is_embedded() && given.contains(&key(t))) {
                    return true;
                }
                if is_game_words_file(&t.source.name()) {
                    under.insert(key(t));
                    return true;
                }
                replaced.insert(key(t), t.source.clone());
                false
            });
            for t in &mut texts {
                t.shipped = replaced.remove(&key(t));
                t.laid_over = under.contains(&key(t));
            }
        }
        self.texts.extend(texts);
        self.titles.clear();
        self.shared = OnceLock::new();
    }

    /// Lists more stories; the cards are read again from the start next time.
    fn add_scenarios(&mut self, sources: Vec<Source>) {
        self.story_stems
            .extend(sources.iter().map(|s| stem_of(&s.name())));
        self.sources.extend(sources);
        self.shelf = OnceLock::new();
        // A reading already started did not see the new files; it is let go
        // (and if it has not begun, it never will).
        if let Some(old) = self
            .reading
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            old.claimed.store(true, Ordering::Release);
        }
    }

    /// Starts reading the stories into cards on a thread of its own, so that
    /// a window can open meanwhile. The first use of the cards waits for it.
    pub fn read_in_background(&mut self) {
        if self.shelf.get().is_some() {
            return;
        }
        let sources = self.sources.clone();
        let catalogue = self.catalogue.clone();
        let go = self.go.clone();
        // A few dozen stories (the shipped ones) are read in milliseconds, on
        // the core that building the window leaves free: at once. A school's
        // library waits for the go.
        let wait = self.sources.len() > READ_AT_ONCE;
        let claimed = Arc::new(AtomicBool::new(false));
        let ours = claimed.clone();
        let thread = std::thread::Builder::new()
            .name("reading stories".into())
            .spawn(move || {
                if wait {
                    go.wait(WAIT_FOR_THE_GO);
                }
                if ours.swap(true, Ordering::AcqRel) {
                    // A screen needed the cards first and read them itself.
                    return None;
                }
                // Behind the window being opened: on a two-core laptop the
                // first frame goes first, and the reading uses what is left
                // (nice 10 still cost the title screen ~40 ms with 1,000
                // stories here, 19 about 10). The threads it starts inherit it.
                #[cfg(unix)]
                // SAFETY: nice(2) only changes this thread's scheduling priority.
                unsafe {
                    libc::nice(19);
                }
                Some(read_shelf(&sources, &catalogue))
            });
        let reading = thread.map(|thread| Reading { thread, claimed });
        // Without a thread (the system refused one) the cards are read when
        // first needed, as if this had not been asked.
        *self
            .reading
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner) = reading.ok();
    }

    /// What the game calls to let a background reading begin.
    pub fn reading_signal(&self) -> ReadingSignal {
        self.go.clone()
    }

    /// The stories read into cards (waiting for the reading if it is going).
    fn shelf(&self) -> &Shelf {
        self.shelf.get_or_init(|| {
            let reading = self
                .reading
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            // A reading still waiting for the go is not waited for: the cards
            // are read here, and the thread, woken, finds them taken.
            let begun = reading.filter(|r| r.claimed.swap(true, Ordering::AcqRel));
            self.go.go();
            match begun.map(|r| r.thread.join()) {
                Some(Ok(Some(shelf))) => shelf,
                // Not begun, or the thread could not finish (it never should).
                _ => read_shelf(&self.sources, &self.catalogue),
            }
        })
    }

    /// Like `problems`, but None while a background reading is still going
    /// (so that a screen never waits for it).
    pub fn problems_if_read(&self) -> Option<Vec<&Diagnostic>> {
        let going = self
            .reading
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .is_some_and(|r| !r.thread.is_finished());
        (!going).then(|| self.problems())
    }

    /// A card for every story that can be offered.
    pub fn cards(&self) -> &[StoryCard] {
        &self.shelf().cards
    }

    /// Every file that was skipped, and why: stories that could not be read or
    /// were not offered, folders that could not be listed, texts that could
    /// not be read for the titles.
    pub fn problems(&self) -> Vec<&Diagnostic> {
        self.other_problems
            .iter()
            .chain(&self.shelf().problems)
            .collect()
    }

    /// The card of a story.
    pub fn card(&self, id: &str) -> Option<&StoryCard> {
        self.cards().iter().find(|c| c.id == id)
    }

    /// Languages that have at least one file, English first.
    pub fn languages(&self) -> Vec<String> {
        english_first(self.texts.iter().map(|t| t.lang.as_str()))
    }

    /// Everything needed to play and show the given stories: each one in full
    /// and its words in `languages`, plus every file that is not one story's
    /// own (the game's own words, in every language, so that each language can
    /// name itself). Stories that can no longer be read are listed in the
    /// result's `problems`.
    pub fn content_for(&self, ids: &[&str], languages: &[&str]) -> Content {
        let wanted: HashSet<&str> = ids.iter().copied().collect();
        let mut content = Content::empty();
        content.catalogue = self.catalogue.clone();
        // No story asked for (the title screen): the cards are not needed yet.
        if !wanted.is_empty() {
            for card in self
                .cards()
                .iter()
                .filter(|c| wanted.contains(c.id.as_str()))
            {
                match card.source.read() {
                    Ok(file) => content.add_scenario(file, card.embedded()),
                    Err(d) => content.problems.push(d),
                }
            }
        }
        let (shared, problems) = self.shared.get_or_init(|| {
            let files: Vec<&TextFile> = self
                .texts
                .iter()
                .filter(|t| !self.story_stems.contains(&t.stem()))
                .collect();
            read_all(&files)
        });
        content.locales.extend(shared.iter().cloned());
        content.problems.extend(problems.iter().cloned());
        let own: Vec<&TextFile> = self
            .texts
            .iter()
            .filter(|t| languages.contains(&t.lang.as_str()) && wanted.contains(t.stem().as_str()))
            .collect();
        let (own, problems) = read_all(&own);
        content.locales.extend(own);
        content.problems.extend(problems);
        content
    }

    /// Every story's title in one language, as one small Fluent resource: the
    /// map names a thousand stories without holding a thousand story files.
    /// Read once per language; problems reading the files are added to
    /// `problems`.
    pub fn titles(&mut self, lang: &str) -> Arc<FluentResource> {
        if let Some(t) = self.titles.get(lang) {
            return t.clone();
        }
        let cards = self.cards();
        let title_of: HashMap<&str, &str> = cards
            .iter()
            .map(|c| (c.id.as_str(), c.title.as_str()))
            .collect();
        let title_ids: HashSet<&str> = cards.iter().map(|c| c.title.as_str()).collect();
        let files: Vec<(&TextFile, &str)> = self
            .texts
            .iter()
            .filter(|t| t.lang == lang)
            .filter_map(|t| title_of.get(t.stem().as_str()).map(|title| (t, *title)))
            .collect();
        let parts = crate::parallel::map(&files, |(t, title)| {
            let source = t.source.read()?;
            let text = source.text.as_str();
            // Most titles are one plain line, found without parsing the file.
            Ok::<_, Diagnostic>(match plain_entry(text, title) {
                Some(entry) => format!("{}\n", entry.trim_end()),
                None => entries_named(text, &title_ids),
            })
        });
        let mut text = String::new();
        let mut problems = Vec::new();
        for part in parts {
            match part {
                Ok(part) => text.push_str(&part),
                Err(d) => problems.push(d),
            }
        }
        self.other_problems.extend(problems);
        // Each part was valid Fluent on its own; errors (there should be none)
        // only drop the entry concerned.
        let resource = Arc::new(FluentResource::try_new(text).unwrap_or_else(|(r, _)| r));
        self.titles.insert(lang.to_string(), resource.clone());
        resource
    }
}

/// Reads and parses each story (on every core), keeps the cards of those that
/// can be offered and lets the rest go. A story on disk with the id of a
/// shipped one replaces it.
fn read_shelf(sources: &[Source], catalogue: &Catalogue) -> Shelf {
    let read = crate::parallel::map(sources, |source| {
        let file = source.read()?;
        let scenario = parse_scenario(&file)?;
        // A story that parses but could stop halfway (a missing node, an
        // endless loop) is not offered; grown-ups are told why.
        let loaded = LoadedScenario {
            scenario,
            source: file,
            embedded: source.is_embedded(),
        };
        let errors: Vec<Diagnostic> = check_scenario(&loaded, catalogue)
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        match why_not_offered(&errors) {
            Some(problem) => Err(problem),
            None => Ok(StoryCard::new(&loaded.scenario, source.clone())),
        }
    });
    let mut shelf = Shelf::default();
    for card in read {
        match card {
            Ok(card) => {
                if !card.embedded() {
                    shelf.cards.retain(|c| !(c.embedded() && c.id == card.id));
                }
                shelf.cards.push(card);
            }
            Err(d) => shelf.problems.push(d),
        }
    }
    shelf
}

/// A file's name without its folder and extension ("a/b/lunch.ron" -> "lunch").
fn stem_of(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads and parses `.ftl` files on every core.
fn read_all(files: &[&TextFile]) -> (Vec<LocaleFile>, Vec<Diagnostic>) {
    let mut read = Vec::new();
    let mut problems = Vec::new();
    for (file, problem) in crate::parallel::map(files, |t| t.read()) {
        read.extend(file);
        problems.extend(problem);
    }
    (read, problems)
}

/// The source of message `id` in an `.ftl` text, found by the line that starts
/// it, when it is plain words (no `{ }`, which may use a term defined elsewhere
/// in the file). None when it is not plain or not there: then the file is
/// parsed (`entries_named`).
fn plain_entry<'t>(text: &'t str, id: &str) -> Option<&'t str> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start_matches([' ', '\t']).starts_with('=')
        {
            // The text goes on over indented lines (blank lines between them
            // belong to it too).
            let mut end = start + line.len();
            let mut at = end;
            for next in text[at..].split_inclusive('\n') {
                if next.trim().is_empty() {
                    at += next.len();
                } else if next.starts_with([' ', '\t']) {
                    at += next.len();
                    end = at;
                } else {
                    break;
                }
            }
            let entry = &text[start..end];
            return (!entry.contains(['{', '}'])).then_some(entry);
        }
        start += line.len();
    }
    None
}

/// The source text of the messages of an `.ftl` file whose ids are in `ids`,
/// and of all its terms (a title may use one), each ending in a newline.
fn entries_named(text: &str, ids: &HashSet<&str>) -> String {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse_runtime(text).unwrap_or_else(|(r, _)| r);
    // Each entry runs from the start of its line to the start of the next
    // entry's line; the parser's slices point into `text`, which gives the places.
    let line_start = |s: &str| {
        let at = (s.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let at = at.min(text.len());
        text[..at].rfind('\n').map_or(0, |i| i + 1)
    };
    let starts: Vec<(usize, bool)> = resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some((line_start(m.id.name), ids.contains(m.id.name))),
            Entry::Term(t) => Some((line_start(t.id.name), true)),
            Entry::Junk { content } => Some((line_start(content), false)),
            // Comments need no place: an entry ends where the next begins, and
            // a comment between two kept entries is harmless.
            _ => None,
        })
        .collect();
    let mut out = String::new();
    for (i, (start, keep)) in starts.iter().enumerate() {
        if !keep {
            continue;
        }
        let end = starts.get(i + 1).map_or(text.len(), |(s, _)| *s);
        if let Some(entry) = text.get(*start..end) {
            out.push_str(entry);
            if !entry.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
