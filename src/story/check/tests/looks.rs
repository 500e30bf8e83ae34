//! The icon, characters' names and accents fit the places the screens give them.

use super::*;

fn check_with(ron: &str, en: &str) -> Vec<Diagnostic> {
    check_content(&content(
        &[("scenarios/x.ron", ron)],
        &[("en", "locales/en/x.ftl", en)],
    ))
}

#[test]
fn an_icon_of_more_than_one_emoji_is_an_error_at_the_icon() {
    let ron = scenario(VALID_NODES).replace(
        "    skills: [\"empathy\"],\n",
        &format!(
            "    skills: [\"empathy\"],\n    icon: \"{}\",\n",
            "🎨".repeat(5000)
        ),
    );
    let ds = check_with(&ron, FTL);
    let d = only(&ds, "the icon has 5000 emoji or symbols");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(
        (d.file.as_str(), d.line, d.column),
        ("scenarios/x.ron", 7, 5)
    );
    // One picture made of several characters is one icon.
    let ron = scenario(VALID_NODES).replace(
        "    skills: [\"empathy\"],\n",
        "    skills: [\"empathy\"],\n    icon: \"👩\u{200d}👩\u{200d}👧\",\n",
    );
    assert!(with(&check_with(&ron, FTL), "icon").is_empty());
}

#[test]
fn a_long_character_name_is_a_warning_at_its_text() {
    let en = FTL.replace("x-sam = Sam", &format!("x-sam = {}", "Sam ".repeat(2000)));
    let ds = check_with(&scenario(VALID_NODES), &en);
    let d = only(&ds, "the name \"x-sam\" is 2000 words (7999 characters)");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        (d.file.as_str(), d.line, d.column),
        ("locales/en/x.ftl", 2, 1)
    );
    let en = FTL.replace("x-sam = Sam", "x-sam = Sam Rivers Ocean Sky Blue");
    only(
        &check_with(&scenario(VALID_NODES), &en),
        "is 5 words (25 characters)",
    );
    let en = FTL.replace("x-sam = Sam", "x-sam = Aunt Mary Rose");
    assert!(with(&check_with(&scenario(VALID_NODES), &en), "the name").is_empty());
}

#[test]
fn a_tower_of_accents_on_one_letter_is_a_warning_at_its_text() {
    let en = FTL.replace(
        "x-c = What now?",
        &format!("x-c = What now? e{}", "\u{301}".repeat(300)),
    );
    let ds = check_with(&scenario(VALID_NODES), &en);
    let d = only(&ds, "\"x-c\" has 300 accents stacked on one letter (\"e\")");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        (d.file.as_str(), d.line, d.column),
        ("locales/en/x.ftl", 4, 1)
    );
    // Vietnamese needs two.
    let en = FTL.replace("x-c = What now?", "x-c = Vie\u{323}\u{302}t");
    assert!(with(&check_with(&scenario(VALID_NODES), &en), "accents").is_empty());
}
