//! A scenario and its English and Spanish texts, checked together the way
//! `kind-quest check` does. Input: scenario bytes, a NUL byte, English `.ftl`
//! bytes, a NUL byte, Spanish `.ftl` bytes (missing parts are empty).
#![no_main]

use kind_quest::content::{Content, LocaleFile};
use kind_quest::story::check::check_content;
use kind_quest::story::load::{check_locale_depth, source_from_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |b| *b == 0);
    let scenario = parts.next().unwrap_or_default();
    let en = parts.next().unwrap_or_default();
    let es = parts.next().unwrap_or_default();

    let mut content = Content::empty();
    match source_from_bytes("scenarios/fuzz.ron", scenario.to_vec()) {
        Ok(source) => content.add_scenario(source, false),
        Err(d) => content.problems.push(d),
    }
    for (lang, bytes) in [("en", en), ("es", es)] {
        let name = format!("locales/{lang}/fuzz.ftl");
        // The same gate `Content::add_path` puts every file on disk through.
        match source_from_bytes(&name, bytes.to_vec()).and_then(|s| check_locale_depth(&s).map(|()| s)) {
            Ok(source) => content.locales.push(LocaleFile::unparsed(
                lang,
                source.name,
                source.text.into_string(),
                false,
            )),
            Err(d) => content.problems.push(d),
        }
    }
    for d in check_content(&content) {
        // Every problem has a place a person can go to.
        assert!(d.line >= 1 && d.column >= 1, "{d}");
        assert!(!d.message.is_empty(), "{d}");
    }
});
