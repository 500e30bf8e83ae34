//! Friendly random nicknames ("Brave Otter"), so no child types a real name.
//!
//! Words come from the locale (`nick-adj-*`, `nick-animal-*`, `nickname-pattern`)
//! so a nickname reads naturally in the child's language.

use crate::i18n::Localizer;

/// Adjective keys; each has a `nick-adj-<key>` message.
pub const ADJECTIVES: &[&str] = &[
    "brave", "kind", "happy", "clever", "gentle", "bright", "calm", "cheerful", "curious",
    "friendly", "quick", "sunny",
];

/// Animal keys; each has a `nick-animal-<key>` message.
pub const ANIMALS: &[&str] = &[
    "otter", "fox", "panda", "owl", "dolphin", "koala", "turtle", "penguin", "rabbit", "tiger",
    "whale", "hedgehog",
];

/// Number of avatar faces to pick from.
pub const AVATARS: u8 = 8;

/// The same nickname every time ("Brave Otter" in English), in the localizer's
/// language: what `play-text` and `graph` call the child, so a prompt like "What do
/// you do, { $nickname }?" reads as it will in the game.
pub fn sample(l10n: &Localizer) -> String {
    name(l10n, ADJECTIVES[0], ANIMALS[0])
}

fn name(l10n: &Localizer, adj: &str, animal: &str) -> String {
    l10n.text_with(
        "nickname-pattern",
        &[
            ("adjective", l10n.text(&format!("nick-adj-{adj}")).into()),
            ("animal", l10n.text(&format!("nick-animal-{animal}")).into()),
        ],
    )
}

/// A random nickname in the localizer's language, avoiding `taken` ones.
pub fn generate(l10n: &Localizer, rng: &mut fastrand::Rng, taken: &[String]) -> String {
    let mut name = String::new();
    for _ in 0..50 {
        let adj = ADJECTIVES[rng.usize(..ADJECTIVES.len())];
        let animal = ANIMALS[rng.usize(..ANIMALS.len())];
        name = self::name(l10n, adj, animal);
        if !taken.contains(&name) {
            break;
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    #[test]
    fn nicknames_are_words_not_ids_in_every_language() {
        let mut l = Localizer::new(&Content::embedded());
        let mut rng = fastrand::Rng::with_seed(7);
        for tag in l.tags().iter().map(|t| t.to_string()).collect::<Vec<_>>() {
            l.set_language(&tag);
            for _ in 0..20 {
                let n = generate(&l, &mut rng, &[]);
                assert!(!n.contains("nick-"), "{tag}: {n}");
                assert!(n.contains(' '), "{tag}: {n}");
            }
        }
    }
}
