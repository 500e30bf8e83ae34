use proptest::prelude::*;

use super::*;

#[test]
fn syllables_of_everyday_words() {
    let cases = [
        ("cat", 1),
        ("make", 1),
        ("makes", 1),
        ("played", 1),
        ("wanted", 2),
        ("little", 2),
        ("happy", 2),
        ("together", 3),
        ("computer", 3),
        ("everyone", 3),
        ("boxes", 2),
        ("grown-up", 2),
        ("information", 4),
        ("tree", 1),
        ("I'm", 1),
    ];
    for (word, want) in cases {
        assert_eq!(syllables(word), want, "{word}");
    }
}

#[test]
fn sentences_split_at_ends_and_keep_quotes() {
    assert_eq!(
        sentences("Ask her, \"Are you okay?\" She smiles. Yes!"),
        vec!["Ask her, \"Are you okay?\"", "She smiles.", "Yes!"]
    );
    assert_eq!(
        sentences("It costs 3.50 today"),
        vec!["It costs 3.50 today"]
    );
    assert_eq!(sentences("Wait... what?!"), vec!["Wait...", "what?!"]);
    assert!(sentences("  ").is_empty());
}

#[test]
fn words_ignore_punctuation() {
    assert_eq!(
        words("Write: \"Okay!\" — it's a grown-up's job."),
        vec!["Write", "Okay", "it's", "a", "grown-up's", "job"]
    );
}

#[test]
fn grade_rises_with_long_sentences_and_long_words() {
    let easy = Stats::of("The cat sat. The dog ran. We had fun.").grade();
    let hard = Stats::of(
        "Unfortunately, the organisation's communication regarding personal information \
         was considerably more complicated than everybody anticipated.",
    )
    .grade();
    assert!(easy < 1.0, "{easy}");
    assert!(hard > 12.0, "{hard}");
}

#[test]
fn the_band_limits_follow_the_youngest_band() {
    assert_eq!(limits_for(&[AgeBand::Ages6to8]).max_grade, 3.0);
    assert_eq!(limits_for(&[AgeBand::Ages9to12]).max_grade, 5.0);
    assert_eq!(
        limits_for(&[AgeBand::Ages9to12, AgeBand::Ages6to8]).max_sentence_words,
        12
    );
}

#[test]
fn translations_are_compared_with_slack_for_short_words() {
    assert!(!much_longer("Next", "Weiter"));
    assert!(!much_longer(
        "Go back to the map",
        "Volver al mapa de historias"
    ));
    assert!(much_longer(
        "Say nothing.",
        "Sag lieber gar nichts und warte erst einmal ab, was passiert."
    ));
}

proptest! {
    #[test]
    fn stats_never_panic_and_add_up(a in "\\PC{0,200}", b in "\\PC{0,200}") {
        let sa = Stats::of(&a);
        let sb = Stats::of(&b);
        prop_assert!(sa.syllables >= sa.words);
        prop_assert!(sa.grade().is_finite());
        let mut sum = sa;
        sum.add(sb);
        prop_assert_eq!(sum.words, sa.words + sb.words);
    }
}
