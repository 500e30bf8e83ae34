//! Localization: Fluent bundles per language from `locales/<lang>/*.ftl`, English
//! as the fallback, the OS language by default, and the child's nickname passed
//! to every message as `$nickname`.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::content::Content;

mod bounded;

pub use bounded::{CUT_MARK, MAX_TEXT_CHARS};

/// The language every other one is checked against and falls back to.
pub const REFERENCE_LOCALE: &str = "en";

struct Language {
    tag: String,
    bundle: FluentBundle<Arc<FluentResource>>,
}

/// Turns message ids into words in the chosen language.
pub struct Localizer {
    languages: Vec<Language>,
    current: usize,
    nickname: String,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("languages", &self.tags())
            .field("current", &self.current_tag())
            .finish()
    }
}

impl Localizer {
    /// Builds bundles for every language in the content. Files with syntax
    /// errors still contribute their valid messages (check reports the rest).
    pub fn new(content: &Content) -> Self {
        Self::with_titles(content, &[])
    }

    /// Like `new`, with extra resources beneath each language's files: the
    /// game's story titles (`Library::titles`), which it keeps for the map while
    /// only the open stories' files are loaded.
    pub fn with_titles(content: &Content, titles: &[(String, Arc<FluentResource>)]) -> Self {
        let mut tags = content.languages();
        for (tag, _) in titles {
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        // Each language's files are parsed on their own thread.
        let languages: Vec<Language> = crate::parallel::map_each(&tags, |tag| {
            let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks (FSI/PDI) render as boxes in egui; our texts only
            // insert a nickname, so the marks are not needed.
            bundle.set_use_isolating(false);
            for (_, resource) in titles.iter().filter(|(t, _)| t == tag) {
                bundle.add_resource_overriding(resource.clone());
            }
            // The files were parsed when read (or are now, on this language's
            // thread, the first time they are used); the bundle shares them.
            for file in content.locales.iter().filter(|l| &l.lang == tag) {
                // Duplicates are reported by `check`; the last definition wins here.
                bundle.add_resource_overriding(file.resource().clone());
            }
            Language {
                tag: tag.clone(),
                bundle,
            }
        });
        let mut l = Localizer {
            languages,
            current: 0,
            nickname: String::new(),
        };
        l.set_language(REFERENCE_LOCALE);
        l
    }

    /// Language tags available, English first.
    pub fn tags(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.tag.as_str()).collect()
    }

    /// The language in use.
    pub fn current_tag(&self) -> &str {
        self.languages
            .get(self.current)
            .map_or(REFERENCE_LOCALE, |l| l.tag.as_str())
    }

    /// Switches language; returns false (and keeps the current one) if unknown.
    pub fn set_language(&mut self, tag: &str) -> bool {
        match self.languages.iter().position(|l| l.tag == tag) {
            Some(i) => {
                self.current = i;
                true
            }
            None => false,
        }
    }

    /// Picks the best available language for the requested ones (e.g. the OS
    /// list), falling back to English.
    pub fn negotiate(&self, requested: &[String]) -> String {
        let available: Vec<LanguageIdentifier> =
            self.tags().iter().filter_map(|t| t.parse().ok()).collect();
        let requested: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|t| t.parse().ok()).collect();
        let default: LanguageIdentifier = REFERENCE_LOCALE.parse().unwrap_or_default();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        chosen
            .first()
            .map_or_else(|| REFERENCE_LOCALE.to_string(), |l| l.to_string())
    }

    /// The best language for this computer's settings.
    pub fn system_language(&self) -> String {
        let requested: Vec<String> = sys_locale::get_locales().collect();
        self.negotiate(&requested)
    }

    /// The nickname given to every message.
    pub fn nickname(&self) -> &str {
        &self.nickname
    }

    /// Sets the nickname given to every message as `$nickname`.
    pub fn set_nickname(&mut self, nickname: &str) {
        self.nickname = nickname.to_string();
    }

    /// True if the message exists in the current language or English.
    pub fn has(&self, id: &str) -> bool {
        self.languages.iter().any(|l| {
            l.bundle.has_message(id) && (l.tag == self.current_tag() || l.tag == REFERENCE_LOCALE)
        })
    }

    /// The words for a message id.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// The words for a message id with extra variables (numbers select plurals).
    pub fn text_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        fargs.set("nickname", FluentValue::from(self.nickname.clone()));
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let order = [Some(self.current), self.reference_index()];
        for i in order.into_iter().flatten() {
            let Some(lang) = self.languages.get(i) else {
                continue;
            };
            let Some(msg) = lang.bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = msg.value() else { continue };
            return bounded::format_bounded(&lang.bundle, pattern, Some(&fargs), MAX_TEXT_CHARS);
        }
        // A missing message shows its id rather than nothing, so it gets noticed.
        id.to_string()
    }

    /// The words for a message in a given language (e.g. each language's own name).
    pub fn text_in(&self, tag: &str, id: &str) -> String {
        let Some(lang) = self.languages.iter().find(|l| l.tag == tag) else {
            return id.to_string();
        };
        let Some(pattern) = lang.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        bounded::format_bounded(&lang.bundle, pattern, None, MAX_TEXT_CHARS)
    }

    fn reference_index(&self) -> Option<usize> {
        self.languages
            .iter()
            .position(|l| l.tag == REFERENCE_LOCALE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localizer() -> Localizer {
        Localizer::new(&Content::embedded())
    }

    #[test]
    fn english_and_spanish_are_available() {
        let l = localizer();
        assert_eq!(l.tags()[0], "en");
        assert!(l.tags().contains(&"es"));
    }

    #[test]
    fn negotiation_picks_spanish_for_a_regional_spanish_system() {
        let l = localizer();
        assert_eq!(l.negotiate(&["es-MX".into()]), "es");
        assert_eq!(l.negotiate(&["xx-YY".into()]), "en");
    }

    #[test]
    fn nickname_is_inserted_without_isolation_marks() {
        let mut l = localizer();
        l.set_nickname("Brave Otter");
        let words = l.text("profiles-hello");
        assert!(words.contains("Brave Otter"), "{words}");
        assert!(!words.contains('\u{2068}') && !words.contains('\u{2069}'));
    }

    #[test]
    fn plurals_follow_the_language() {
        let mut l = localizer();
        let one = l.text_with("map-finished-count", &[("count", 1.into())]);
        let many = l.text_with("map-finished-count", &[("count", 3.into())]);
        assert_ne!(one, many);
        assert!(l.set_language("es"));
        let es = l.text_with("map-finished-count", &[("count", 3.into())]);
        assert_ne!(es, many);
    }

    /// A text that uses a long one many times is cut for the screen, not
    /// grown to megabytes (the red team's 95 MB line took 19 GB to draw).
    #[test]
    fn a_text_that_expands_past_the_limit_is_cut_with_a_mark() {
        let mut content = Content::empty();
        let big = "Sam. ".repeat(190_000);
        let uses = "{ x-big } ".repeat(99);
        content.locales.push(crate::content::LocaleFile::new(
            "en",
            "locales/en/x.ftl",
            format!("x-line = Look {uses}\nx-big = {big}\n"),
            false,
        ));
        let l = Localizer::new(&content);
        let line = l.text("x-line");
        assert!(line.chars().count() <= MAX_TEXT_CHARS + 1);
        assert!(
            line.starts_with("Look Sam.") && line.ends_with(CUT_MARK),
            "{line:.40}"
        );
        assert_eq!(l.text_in("en", "x-line"), line);
    }

    #[test]
    fn missing_message_falls_back_to_english_then_to_its_id() {
        let mut l = localizer();
        l.set_language("es");
        assert_eq!(l.text("no-such-message"), "no-such-message");
    }
}
