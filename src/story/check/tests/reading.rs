//! Reading level, translation length, glyph and whole-file-missing rules.

use super::*;

/// `FTL` with one message replaced.
fn ftl_with(id: &str, text: &str) -> String {
    FTL.lines()
        .map(|l| {
            if l.starts_with(&format!("{id} ")) {
                format!("{id} = {text}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

fn check_with(ron: &str, en: &str, es: &str) -> Vec<Diagnostic> {
    check_content(&content(
        &[("scenarios/x.ron", ron)],
        &[
            ("en", "locales/en/x.ftl", en),
            ("es", "locales/es/x.ftl", es),
        ],
    ))
}

#[test]
fn a_long_sentence_for_6_to_8_is_a_warning_at_its_definition() {
    let ron = scenario(VALID_NODES).replace("Ages9to12", "Ages6to8");
    let long =
        "You sit with your dad and your little sister and you look at the big tablet together.";
    let en = ftl_with("x-a", long);
    let ds = check_with(&ron, &en, &en);
    let d = only(&ds, "sentence in \"x-a\" has 17 words");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.file, "locales/en/x.ftl");
    assert_eq!((d.line, d.column), (3, 1));
    // The same sentence is fine for 9-12 (limit 20), and the story's grade is low.
    let ds = check_with(&scenario(VALID_NODES), &en, &en);
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn a_hard_story_is_a_warning_at_ages_naming_the_hardest_texts() {
    let ron = scenario(VALID_NODES);
    let hard = "Unfortunately, communication regarding personal information is complicated.";
    let en = ftl_with("x-c2-fb", hard);
    let ds = check_with(&ron, &en, &en);
    let d = only(&ds, "reads at about grade");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.file, "scenarios/x.ron");
    assert_eq!(d.line, 4, "at the ages field");
    assert!(d.hint.contains("x-c2-fb"), "{}", d.hint);
    assert!(
        d.message.contains("for ages 9-12 aim for grade 5"),
        "{}",
        d.message
    );
}

#[test]
fn teacher_texts_do_not_count_towards_the_reading_level() {
    let ron = scenario(VALID_NODES).replace(
        "    title: \"x-title\",",
        "    title: \"x-title\",\n    summary: \"x-summary\",",
    );
    let en = format!(
        "{FTL}x-summary = Unfortunately, communication regarding personal information is \
         complicated, particularly considering intergenerational responsibilities.\n"
    );
    let ds = check_with(&ron, &en, &en);
    assert!(with(&ds, "reads at about grade").is_empty(), "{ds:#?}");
}

#[test]
fn a_translation_much_longer_than_english_is_a_warning_at_the_translation() {
    let ron = scenario(VALID_NODES);
    let es = ftl_with(
        "x-c1",
        "Sé amable con todas las personas de la clase, también con las nuevas",
    );
    let ds = check_with(&ron, FTL, &es);
    let d = only(&ds, "\"x-c1\" is 68 characters in \"es\" but 7 in English");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.file, "locales/es/x.ftl");
    assert_eq!(d.line, 5);
}

#[test]
fn characters_the_fonts_cannot_draw_are_warnings_in_text_and_icon() {
    let ron = scenario(VALID_NODES).replace(
        "    setting: Home,",
        "    setting: Home,\n    icon: \"🤝\",",
    );
    let en = ftl_with("x-a", "Hello 🙂");
    let ds = check_with(&ron, &en, FTL);
    let d = only(&ds, "cannot be drawn");
    assert_eq!(d.file, "scenarios/x.ron");
    assert!(d.message.contains("U+1F91D"), "{}", d.message);
    let d = only(&ds, "\"x-a\" has characters");
    assert_eq!(d.file, "locales/en/x.ftl");
    assert!(d.message.contains("\"🙂\" (U+1F642)"), "{}", d.message);
}

#[test]
fn a_story_with_no_translation_at_all_is_one_warning_as_it_plays_in_english() {
    let ron = scenario(VALID_NODES);
    let c = content(
        &[("scenarios/x.ron", &ron)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", FTL),
            ("fr", "locales/fr/app.ftl", "app-hello = Bonjour\n"),
            ("en", "locales/en/app.ftl", "app-hello = Hello\n"),
            ("es", "locales/es/app.ftl", "app-hello = Hola\n"),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "has no text in language \"fr\"");
    assert_eq!(
        d.message,
        "scenario \"x\" has no text in language \"fr\" yet (11 texts), so it is shown in English there"
    );
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!((d.file.as_str(), d.line), ("scenarios/x.ron", 2));
    assert!(d.hint.contains("locales/fr/x.ftl"), "{}", d.hint);
    assert_eq!(ds.len(), 1, "{ds:#?}");
}

/// A term (`-pet`) or a helper message used only through another message
/// added five errors "nothing in this file is translated" to the warnings,
/// and made a story that plays fine fail `check`.
#[test]
fn an_untranslated_story_is_one_warning_whatever_its_file_holds() {
    let ron = scenario(VALID_NODES);
    let en = FTL.replace("x-a = Hello", "x-a = Look at my { -pet } and { x-cat }")
        + "-pet = dog\nx-cat = our cat\nx-extra = Not used\n";
    let c = content(
        &[("scenarios/x.ron", &ron)],
        &[
            ("en", "locales/en/x.ftl", &en),
            ("fr", "locales/fr/app.ftl", "app-hello = Bonjour\n"),
            ("en", "locales/en/app.ftl", "app-hello = Hello\n"),
        ],
    );
    let ds = check_content(&c);
    only(&ds, "has no text in language \"fr\"");
    // Reached through `x-a`, the term and the helper are used; only the
    // message nothing reaches is said to be unused.
    only(&ds, "\"x-extra\" is not used");
    assert_eq!(ds.len(), 2, "{ds:#?}");
}

/// A story file that does not load: its one error is what to fix, not five
/// more asking for translations of its words.
#[test]
fn the_words_of_a_story_that_did_not_load_are_not_checked_for_translations() {
    let ron = scenario(VALID_NODES).replace("Ages9to12", "Ages9to12,,");
    let c = content(
        &[("scenarios/x.ron", &ron)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", "x-title = Título\n"),
            ("fr", "locales/fr/app.ftl", "app-hello = Bonjour\n"),
            ("es", "locales/es/app.ftl", "app-hello = Hola\n"),
            ("en", "locales/en/app.ftl", "app-hello = Hello\n"),
        ],
    );
    let ds = check_content(&c);
    assert_eq!(ds.len(), 1, "{ds:#?}");
    assert_eq!(ds[0].file, "scenarios/x.ron");
}

#[test]
fn an_interface_file_with_nothing_translated_is_one_error() {
    let ron = scenario(VALID_NODES);
    let c = content(
        &[("scenarios/x.ron", &ron)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", FTL),
            (
                "en",
                "locales/en/app.ftl",
                "app-hello = Hello\napp-bye = Bye\n",
            ),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "nothing in this file");
    assert_eq!(
        d.message,
        "nothing in this file is translated into \"es\" yet (2 texts)"
    );
    assert_eq!(d.file, "locales/en/app.ftl");
    assert!(d.hint.contains("locales/es/app.ftl"), "{}", d.hint);
    assert_eq!(ds.len(), 1, "{ds:#?}");
}

#[test]
fn evidence_for_a_skill_the_story_does_not_list_is_a_warning_at_the_evidence() {
    let nodes = VALID_NODES.replace(
        "evidence: {\"empathy\": 1}",
        "evidence: {\"empathy\": 1, \"privacy\": 2}",
    );
    let ron = scenario(&nodes);
    let ds = check_with(&ron, FTL, FTL);
    let d = only(&ds, "evidence for \"privacy\"");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!((d.line, d.column), (14, column_of(&ron, 14, "\"privacy\"")));
    assert!(d.hint.contains("add \"privacy\" to `skills`"), "{}", d.hint);
}

#[test]
fn a_misspelt_variable_in_a_story_text_is_an_error_at_its_definition() {
    let ron = scenario(VALID_NODES);
    let en = ftl_with("x-c", "What now, { $nickame }?");
    let ds = check_with(&ron, &en, FTL);
    let d = only(&ds, "uses { $nickame }");
    assert!(d.is_error());
    assert_eq!((d.file.as_str(), d.line), ("locales/en/x.ftl", 4));
    assert!(d.hint.contains("{ $nickname }"), "{}", d.hint);
    // The real one is fine, in English and in a translation.
    let en = ftl_with("x-c", "What now, { $nickname }?");
    assert!(check_with(&ron, &en, &en).is_empty());
}

#[test]
fn a_translation_may_only_use_the_variables_of_its_english_text() {
    let ron = scenario(VALID_NODES);
    let en_app = "app-done = { $count } done\n";
    let es_app = "app-done = { $cuenta } hechas\n";
    let c = content(
        &[("scenarios/x.ron", &ron)],
        &[
            ("en", "locales/en/x.ftl", FTL),
            ("es", "locales/es/x.ftl", FTL),
            ("en", "locales/en/app.ftl", en_app),
            ("es", "locales/es/app.ftl", es_app),
        ],
    );
    let ds = check_content(&c);
    let d = only(&ds, "uses { $cuenta }");
    assert_eq!(d.file, "locales/es/app.ftl");
    assert!(d.hint.contains("{ $count }"), "{}", d.hint);
    assert_eq!(ds.len(), 1, "{ds:#?}");
}
