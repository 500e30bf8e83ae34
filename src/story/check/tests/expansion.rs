//! How long a message grows once the messages and terms it uses are put in.

use super::*;
use crate::i18n::MAX_TEXT_CHARS;

/// `FTL` with `x-a` replaced and `extra` added.
fn ftl(x_a: &str, extra: &str) -> String {
    FTL.replace("x-a = Hello\n", &format!("x-a = {x_a}\n")) + extra
}

fn check_en(en: &str) -> Vec<Diagnostic> {
    check_content(&content(
        &[("scenarios/x.ron", &scenario(VALID_NODES))],
        &[("en", "locales/en/x.ftl", en)],
    ))
}

/// The red team's case, small: a message of a few hundred characters used
/// 99 times comes to tens of thousands on the screen.
#[test]
fn a_message_that_uses_another_many_times_is_an_error_at_its_line() {
    let uses = "{ x-long } ".repeat(99);
    let en = ftl(
        &format!("Look {uses}"),
        &format!("x-long = {}\n", "Sam. ".repeat(60)),
    );
    let ds = check_en(&en);
    let d = only(&ds, "\"x-a\" comes to");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(
        (d.file.as_str(), d.line, d.column),
        ("locales/en/x.ftl", 3, 1)
    );
    // Fluent drops the space at the end of a text: "Sam. " x 60 is 299 characters.
    let expected = 5 + 99 * 299 + 98;
    assert!(
        d.message
            .contains(&format!("{},{:03}", expected / 1000, expected % 1000)),
        "{d}"
    );
    assert!(d.message.contains("at most 4,000 characters"), "{d}");
    assert!(
        d.hint
            .contains("use { x-long } fewer times (it is used 99 times here)"),
        "{d}"
    );
    // The long message itself is short enough, and used 13 times it is fine.
    assert_eq!(with(&ds, "characters").len(), 1, "{ds:#?}");
    let en = ftl(
        &"{ x-long } ".repeat(13),
        &format!("x-long = {}\n", "Sam. ".repeat(60)),
    );
    assert!(with(&check_en(&en), "characters").is_empty());
}

#[test]
fn a_text_longer_than_the_game_shows_is_an_error_even_alone() {
    let en = ftl(&"Sam. ".repeat(MAX_TEXT_CHARS / 5 + 1), "");
    let ds = check_en(&en);
    let d = only(&ds, "\"x-a\" is 4,004 characters long");
    assert_eq!((d.severity, d.line), (Severity::Error, 3));
    // Counted in characters, not bytes: 3,000 Ukrainian letters are 6,000 bytes.
    let en = ftl(&"ї".repeat(3000), "");
    assert!(with(&check_en(&en), "characters long").is_empty());
}

/// Each level uses the one below twice: 2^40 times a short text. Worked out
/// once per message, not once per use (else this test would not end), and the
/// number does not overflow.
#[test]
fn uses_through_terms_and_levels_are_added_up_once_each() {
    let mut extra = String::from("-l0 = ab\n");
    for n in 1..=40 {
        extra.push_str(&format!("-l{n} = {{ -l{m} }}{{ -l{m} }}\n", m = n - 1));
    }
    let en = ftl("{ -l40 }", &extra);
    let ds = check_en(&en);
    let d = only(&ds, "\"x-a\" comes to");
    assert!(d.message.contains("2,199,023,255,552 characters"), "{d}");
    // Each level past the limit is named too, at its own line.
    assert!(only(&ds, "\"-l11\" comes to").line > 3);
    assert!(with(&ds, "\"-l10\" comes to").is_empty());
}

#[test]
fn a_loop_of_uses_is_counted_once_and_reported_as_a_loop() {
    let en = ftl("{ x-b }", "x-b = Hi { x-b2 }\nx-b2 = { x-b }\n");
    let ds = check_en(&en);
    assert!(with(&ds, "characters").is_empty(), "{ds:#?}");
    assert!(!with(&ds, "uses itself").is_empty(), "{ds:#?}");
}
