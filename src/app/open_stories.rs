//! Which stories the game holds in full, and in which languages.
//!
//! The library keeps a card per story; `Game::content` holds only the stories a
//! screen is about now (the one being played and the child's finished ones for
//! stickers and progress, a lesson's for its sheet) with their words in the
//! child's language and English. Everything else stays on disk, so a school's
//! thousand-story library costs little more memory than the shipped one.

use std::collections::BTreeSet;

use crate::app::flow::Game;
use crate::i18n::{Localizer, REFERENCE_LOCALE};
use crate::progress::Profile;

impl Game {
    /// Holds exactly these stories in full (and lets go of the others).
    pub fn focus<I, S>(&mut self, ids: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let ids: BTreeSet<String> = ids.into_iter().map(Into::into).collect();
        if ids == self.open && self.open_language == self.l10n.current_tag() {
            return;
        }
        self.open = ids;
        self.reload_texts();
    }

    /// Reads the words of what is open (and the titles) if the language
    /// changed or nothing was read yet.
    pub fn texts_ready(&mut self) {
        if self.open_language != self.l10n.current_tag() {
            self.reload_texts();
        }
    }

    /// Holds the stories a child has played, and `also`.
    pub fn focus_on_child(&mut self, child: Option<usize>, also: Option<&str>) {
        let mut ids: BTreeSet<String> = child
            .and_then(|i| self.profiles.get(i))
            .map(played)
            .unwrap_or_default();
        ids.extend(also.map(str::to_string));
        self.focus(ids);
    }

    /// Changes language and reads the open stories' words in it.
    pub fn switch_language(&mut self, tag: &str) -> bool {
        if !self.l10n.set_language(tag) {
            return false;
        }
        if self.open_language != tag {
            self.reload_texts();
        }
        true
    }

    /// Reads the open stories and the titles for the current language and
    /// English, and rebuilds the words (keeping the language and nickname).
    fn reload_texts(&mut self) {
        let language = self.l10n.current_tag().to_string();
        let nickname = self.l10n.nickname().to_string();
        let mut languages = vec![language.as_str()];
        if language != REFERENCE_LOCALE {
            languages.push(REFERENCE_LOCALE);
        }
        let ids: Vec<&str> = self.open.iter().map(String::as_str).collect();
        self.content = self.library.content_for(&ids, &languages);
        let titles: Vec<_> = languages
            .iter()
            .map(|l| (l.to_string(), self.library.titles(l)))
            .collect();
        for p in &self.content.problems {
            // A story changed or removed since start-up: told to grown-ups once.
            let message = p.to_string();
            if !self.notices.contains(&message) {
                bevy::log::warn!("{message}");
                self.notices.push(message);
            }
        }
        let mut l10n = Localizer::with_titles(&self.content, &titles);
        l10n.set_language(&language);
        l10n.set_nickname(&nickname);
        self.l10n = l10n;
        self.open_language = language;
    }
}

/// Every story a child has played.
fn played(p: &Profile) -> BTreeSet<String> {
    p.sessions.iter().map(|s| s.scenario.clone()).collect()
}
