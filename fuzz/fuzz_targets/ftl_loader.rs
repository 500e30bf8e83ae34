//! Any bytes as an `.ftl` file: read, parsed, checked, and every message it
//! defines formatted by the game's localizer. Nothing may panic or hang.
#![no_main]

use kind_quest::content::{Content, LocaleFile};
use kind_quest::i18n::Localizer;
use kind_quest::story::check::check_content;
use kind_quest::story::load::{check_locale_depth, source_from_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = source_from_bytes("locales/en/fuzz.ftl", data.to_vec()) else {
        return;
    };
    // The same gate `Content::add_path` puts every file on disk through.
    if check_locale_depth(&source).is_err() {
        return;
    }
    let file = LocaleFile::new("en", source.name, source.text.into_string(), false);
    let ids: Vec<String> = file
        .resource()
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    let mut content = Content::empty();
    content.locales.push(file);
    let _ = check_content(&content);
    let mut l10n = Localizer::new(&content);
    l10n.set_nickname("Brave Otter");
    for id in ids.iter().take(200) {
        let _ = l10n.text(id);
    }
});
