use std::collections::HashSet;

use super::*;
use crate::i18n::Localizer;

#[test]
fn the_shipped_library_has_a_card_for_every_shipped_story() {
    let library = Library::embedded();
    let content = Content::embedded();
    assert!(library.problems().is_empty(), "{:?}", library.problems());
    let cards: Vec<&str> = library.cards().iter().map(|c| c.id.as_str()).collect();
    let stories: Vec<&str> = content
        .scenarios
        .iter()
        .map(|s| s.scenario.id.as_str())
        .collect();
    assert_eq!(cards, stories);
    assert_eq!(library.languages(), content.languages());
    let card = library.card("hotel-wifi").unwrap();
    let full = content.scenario("hotel-wifi").unwrap();
    assert_eq!(card.title, full.title);
    assert_eq!(card.skills, full.skills);
    assert_eq!(card.main_skill(), full.main_skill());
}

#[test]
fn titles_read_alone_say_what_the_full_files_say() {
    let mut library = Library::embedded();
    let everything = Localizer::new(&Content::embedded());
    for lang in library.languages() {
        let titles = library.titles(&lang);
        let alone = Localizer::with_titles(&Content::empty(), &[(lang.clone(), titles)]);
        let mut full = Localizer::new(&Content::embedded());
        full.set_language(&lang);
        for card in library.cards() {
            assert_eq!(
                alone.text_in(&lang, &card.title),
                full.text(&card.title),
                "{lang} {}",
                card.id
            );
        }
    }
    // Nothing but titles (and terms) is kept.
    let en = library.titles("en");
    let ids: HashSet<&str> = library.cards().iter().map(|c| c.title.as_str()).collect();
    assert_eq!(en.entries().count(), ids.len());
    drop(everything);
}

#[test]
fn content_for_a_story_holds_it_and_its_words_in_the_languages_asked_for() {
    let library = Library::embedded();
    let content = library.content_for(&["hotel-wifi"], &["en", "es"]);
    assert!(content.problems.is_empty(), "{:?}", content.problems);
    let ids: Vec<&str> = content
        .scenarios
        .iter()
        .map(|s| s.scenario.id.as_str())
        .collect();
    assert_eq!(ids, ["hotel-wifi"]);
    // The story's own file only in English and Spanish; the game's words in all.
    let story_files: Vec<&str> = content
        .locales
        .iter()
        .filter(|l| l.source.name.ends_with("hotel-wifi.ftl"))
        .map(|l| l.lang.as_str())
        .collect();
    assert_eq!(story_files, ["en", "es"]);
    assert_eq!(content.languages(), library.languages());
    assert!(
        !content
            .locales
            .iter()
            .any(|l| l.source.name.ends_with("left-out-of-the-chat.ftl"))
    );
    let mut l10n = Localizer::new(&content);
    l10n.set_language("es");
    let full = content.scenario("hotel-wifi").unwrap();
    let prompt = full.message_ids()[2];
    assert_ne!(l10n.text(prompt), prompt, "{prompt} has words");
}

#[test]
fn a_story_on_disk_replaces_the_shipped_one_and_a_broken_one_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = Content::embedded();
    let original = &shipped
        .scenarios
        .iter()
        .find(|s| s.scenario.id == "hotel-wifi")
        .unwrap()
        .source;
    let changed = original.text.as_str().replacen("icon: \"", "icon: \"🌊", 1);
    std::fs::write(dir.path().join("hotel-wifi.ron"), changed).unwrap();
    std::fs::write(dir.path().join("broken.ron"), "Scenario(id: ").unwrap();
    let mut library = Library::embedded();
    let before = library.cards().len();
    library.add_path(dir.path());
    assert_eq!(library.cards().len(), before);
    assert!(library.card("hotel-wifi").unwrap().icon.starts_with('🌊'));
    assert_eq!(library.problems().len(), 1);
    assert!(library.problems()[0].file.ends_with("broken.ron"));
    // Opening it reads the file on disk.
    let content = library.content_for(&["hotel-wifi"], &["en"]);
    assert!(content.scenarios[0].source.name.contains("hotel-wifi.ron"));
    assert!(!content.scenarios[0].embedded);
}

#[test]
fn a_story_file_gone_since_start_up_is_a_problem_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = Content::embedded();
    let text = shipped.scenarios[0].source.text.as_str().to_string();
    let id = shipped.scenarios[0].scenario.id.clone();
    let path = dir.path().join(format!("{id}.ron"));
    std::fs::write(&path, text).unwrap();
    let mut library = Library::embedded();
    library.add_path(&path);
    assert!(library.problems().is_empty(), "{:?}", library.problems());
    std::fs::remove_file(&path).unwrap();
    let content = library.content_for(&[id.as_str()], &["en"]);
    assert!(content.scenarios.is_empty());
    assert_eq!(content.problems.len(), 1);
}

/// The game starts reading its stories on a thread while its window opens:
/// what it gets is what reading them in place gives, and the title screen's
/// words do not wait for it.
#[test]
fn stories_read_in_the_background_are_the_same_cards_and_problems() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.ron"), "Scenario(id: ").unwrap();
    let mut in_place = Library::embedded();
    in_place.add_path(dir.path());
    let mut background = Library::embedded();
    background.add_path(dir.path());
    background.read_in_background();
    // The game's own words need no card.
    let words = background.content_for(&[], &[]);
    assert!(words.scenarios.is_empty());
    assert!(!words.locales.is_empty());
    let ids = |l: &Library| l.cards().iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&background), ids(&in_place));
    assert_eq!(background.problems().len(), 1);
    assert_eq!(
        background.problems_if_read().map(|p| p.len()),
        Some(1),
        "read: the problems are known"
    );
}

/// A school's library waits for the window's first picture; a screen that
/// needs the cards before that does not wait for the picture (nor for the
/// timeout).
#[test]
fn a_large_library_waits_for_the_go_unless_the_cards_are_needed() {
    let dir = tempfile::tempdir().unwrap();
    for n in 0..=super::READ_AT_ONCE {
        std::fs::write(dir.path().join(format!("s{n}.ron")), "Scenario(id: ").unwrap();
    }
    let mut library = Library::embedded();
    library.add_path(dir.path());
    library.read_in_background();
    assert!(
        library.problems_if_read().is_none(),
        "not read before the go"
    );
    assert!(!library.cards().is_empty());
    assert!(library.problems_if_read().is_some());
}

/// The shipped stories are few: their reading begins at once, with no go.
#[test]
fn a_few_stories_are_read_without_waiting_for_the_go() {
    let mut library = Library::embedded();
    library.read_in_background();
    let waited = std::time::Instant::now();
    while library.problems_if_read().is_none() {
        assert!(
            waited.elapsed() < std::time::Duration::from_secs(60),
            "the reading never ended"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(!library.cards().is_empty());
}

#[test]
fn the_reading_signal_lets_a_waiting_reading_begin() {
    let signal = ReadingSignal::default();
    assert!(
        !signal.wait(std::time::Duration::from_millis(1)),
        "no go yet"
    );
    let waiting = {
        let signal = signal.clone();
        // Waits for as long as a test may run: only the go ends it.
        std::thread::spawn(move || signal.wait(std::time::Duration::from_secs(3600)))
    };
    signal.go();
    assert!(waiting.join().unwrap(), "the go was given");
    assert!(signal.wait(std::time::Duration::ZERO), "a go stays given");
}

#[test]
fn the_game_words_alone_are_read_without_reading_any_story() {
    let library = Library::embedded();
    let words = library.content_for(&[], &[]);
    assert!(library.shelf.get().is_none(), "no story was read");
    // Only files that are no story's own: the game's words, in every language.
    for file in &words.locales {
        let stem = stem_of(&file.source.name);
        assert!(
            !library.story_stems.contains(&stem),
            "{} was read",
            file.source.name
        );
    }
    assert_eq!(
        words.locales.len(),
        library.languages().len(),
        "one file of game words per language"
    );
}

/// Stories added after the reading started are not lost: it starts over.
#[test]
fn a_folder_added_after_the_reading_started_is_read_too() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = Content::embedded();
    let text = shipped.scenarios[0].source.text.as_str();
    let id = shipped.scenarios[0].scenario.id.as_str();
    let new_id = "a-story-added-later";
    let renamed = text.replacen(&format!("\"{id}\""), &format!("\"{new_id}\""), 1);
    std::fs::write(dir.path().join(format!("{new_id}.ron")), renamed).unwrap();
    let mut library = Library::embedded();
    let shipped_count = library.cards().len();
    let mut library2 = Library::embedded();
    library2.read_in_background();
    library2.add_path(dir.path());
    library.add_path(dir.path());
    assert!(library2.card(new_id).is_some(), "{:?}", library2.problems());
    assert_eq!(library2.cards().len(), shipped_count + 1);
    assert_eq!(library.cards().len(), shipped_count + 1);
}

#[test]
fn entries_are_cut_whole_with_their_attributes_and_continued_lines() {
    let text = "# A comment\r\nx-title = Two\r\n    lines\r\n    .hint = yes\r\n\r\nx-other = No\n-brand = Kind Quest\nbroken line with no equals sign\nx-tail = Last";
    let ids: HashSet<&str> = ["x-title", "x-tail"].into_iter().collect();
    let kept = entries_named(text, &ids);
    let resource = FluentResource::try_new(kept.clone()).expect("valid Fluent");
    let names: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect();
    assert_eq!(names, ["x-title", "-brand", "x-tail"], "{kept}");
    assert!(kept.contains("lines") && kept.contains(".hint"));
    assert!(!kept.contains("No") && !kept.contains("broken"));
}

#[test]
fn a_plain_title_is_found_by_its_line_and_anything_else_is_parsed() {
    let text =
        "x-title-long = Not this one\nx-title = Two\n    lines\n\n    .hint = yes\nx-other = No\n";
    assert_eq!(
        plain_entry(text, "x-title"),
        Some("x-title = Two\n    lines\n\n    .hint = yes\n")
    );
    assert_eq!(plain_entry(text, "x-other"), Some("x-other = No\n"));
    assert_eq!(
        plain_entry("x-title = Last", "x-title"),
        Some("x-title = Last")
    );
    // Placeables may use a term from elsewhere in the file: the file is parsed.
    assert_eq!(plain_entry("x-title = { -brand } day\n", "x-title"), None);
    assert_eq!(plain_entry("x-titles = Other\n", "x-title"), None);
    assert_eq!(plain_entry(" x-title = Indented\n", "x-title"), None);
}

/// A teacher's `locales/en/app.ftl` that cannot be read when the words are
/// needed leaves the shipped English words in place, not none (the game then
/// showed every word in German), and grown-ups are told why.
#[test]
fn a_replacement_words_file_that_cannot_be_read_leaves_the_shipped_one() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("locales").join("en");
    std::fs::create_dir_all(&en).unwrap();
    let mine = en.join("app.ftl");
    std::fs::write(&mine, "title-play = Play now\n").unwrap();
    let mut library = Library::embedded();
    library.add_path(dir.path());
    std::fs::remove_file(&mine).unwrap();
    let content = library.content_for(&[], &[]);
    let english_app = content
        .locales
        .iter()
        .find(|l| l.lang == "en" && l.source.name.ends_with("app.ftl"))
        .expect("the shipped English words");
    assert!(english_app.embedded);
    assert_eq!(content.problems.len(), 1, "{:?}", content.problems);
    assert!(content.problems[0].file.ends_with("app.ftl"));
}

/// A teacher's one-line `locales/en/app.ftl` replaced the game's whole English
/// words: every screen showed message ids, and the grown-ups' gate question
/// had no numbers. It is laid over them: its message wins, the rest stay.
#[test]
fn a_game_words_file_in_a_folder_is_laid_over_the_shipped_one_message_by_message() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("locales").join("en");
    std::fs::create_dir_all(&en).unwrap();
    std::fs::write(en.join("app.ftl"), "title-play = Let us play\n").unwrap();
    let shipped = Localizer::new(&Content::embedded());
    let mut library = Library::embedded();
    library.add_path(dir.path());
    let words = Localizer::new(&library.content_for(&[], &[]));
    assert_eq!(words.text("title-play"), "Let us play");
    for id in ["app-title", "map-title", "profiles-hello"] {
        assert_eq!(words.text(id), shipped.text(id), "{id}");
        assert_ne!(words.text(id), id);
    }
    let gate = |l: &Localizer| l.text_with("gate-question", &[("a", 7.into()), ("b", 8.into())]);
    assert_eq!(gate(&words), gate(&shipped));
    // `check`'s way of reading folders gives the same words.
    let mut content = Content::embedded();
    content.add_path(dir.path());
    let checked = Localizer::new(&content);
    assert_eq!(checked.text("title-play"), "Let us play");
    assert_eq!(checked.text("map-title"), shipped.text("map-title"));
}

/// A new language has no shipped words underneath: its `app.ftl` is the
/// language's words, and what it lacks is shown in English.
#[test]
fn a_new_languages_game_words_file_adds_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let it = dir.path().join("locales").join("it");
    std::fs::create_dir_all(&it).unwrap();
    std::fs::write(it.join("app.ftl"), "title-play = Giochiamo\n").unwrap();
    let mut library = Library::embedded();
    library.add_path(dir.path());
    assert!(library.languages().contains(&"it".to_string()));
    let content = library.content_for(&[], &[]);
    assert!(content.locales.iter().all(|l| !l.laid_over));
    let mut words = Localizer::new(&content);
    assert!(words.set_language("it"));
    assert_eq!(words.text("title-play"), "Giochiamo");
    assert_eq!(
        words.text("map-title"),
        Localizer::new(&Content::embedded()).text("map-title")
    );
}
