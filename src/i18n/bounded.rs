//! Formatting a message with a bound on how long it may grow.
//!
//! A message can use another message many times (`{ other }` up to a hundred
//! times, Fluent's own limit), and that one can be most of a megabyte: one
//! line of a story then came to 95 MB of text, and the game to 19 GB of memory
//! drawing it. The text is written piece by piece into a writer that refuses
//! more than `MAX_TEXT_CHARS`, which stops Fluent there; what was written is
//! shown, ending in "…". `kind-quest check` reports such a message as an error
//! (`story::check::expansion`), so this is a last guard, not the rule.

use std::borrow::Borrow;
use std::fmt;

use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast;

/// The most characters one formatted text may have. The longest shipped text
/// (a story summary for teachers) is about 500 characters and a story line is
/// one breath, so this leaves a wide margin for any real text.
pub const MAX_TEXT_CHARS: usize = 4_000;

/// What ends a text that was cut at `MAX_TEXT_CHARS`.
pub const CUT_MARK: char = '…';

/// The words of a pattern, cut at `limit` characters (then ending in `CUT_MARK`).
pub(super) fn format_bounded<R: Borrow<FluentResource>>(
    bundle: &FluentBundle<R>,
    pattern: &ast::Pattern<&str>,
    args: Option<&FluentArgs>,
    limit: usize,
) -> String {
    let mut out = Bounded {
        text: String::new(),
        room: limit,
    };
    let mut errors = Vec::new();
    // An error here only means the writer refused more: the text was cut.
    if bundle
        .write_pattern(&mut out, pattern, args, &mut errors)
        .is_err()
    {
        out.text.truncate(out.text.trim_end().len());
        out.text.push(CUT_MARK);
    }
    out.text
}

/// A text that takes at most `room` more characters, then refuses.
struct Bounded {
    text: String,
    room: usize,
}

impl fmt::Write for Bounded {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        // A piece no longer in bytes than the room left fits (a character is
        // at least one byte): most pieces are counted no further.
        if s.len() <= self.room {
            self.text.push_str(s);
            self.room -= s.chars().count();
            return Ok(());
        }
        match s.char_indices().nth(self.room) {
            None => {
                self.text.push_str(s);
                self.room -= s.chars().count();
                Ok(())
            }
            Some((end, _)) => {
                self.text.push_str(&s[..end]);
                self.room = 0;
                Err(fmt::Error)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn bundle(ftl: &str) -> FluentBundle<Arc<FluentResource>> {
        let mut bundle = FluentBundle::new_concurrent(vec![]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(ftl.to_string()).unwrap();
        bundle.add_resource(Arc::new(resource)).unwrap();
        bundle
    }

    fn format(bundle: &FluentBundle<Arc<FluentResource>>, id: &str, limit: usize) -> String {
        let pattern = bundle.get_message(id).unwrap().value().unwrap();
        format_bounded(bundle, pattern, None, limit)
    }

    #[test]
    fn a_text_within_the_limit_is_whole() {
        let b = bundle("a = Hello, { b }!\nb = Sam\n");
        assert_eq!(format(&b, "a", 11), "Hello, Sam!");
        assert_eq!(format(&b, "a", 4000), "Hello, Sam!");
    }

    #[test]
    fn a_text_past_the_limit_is_cut_with_a_mark_counting_characters_not_bytes() {
        let b = bundle("a = Привіт, { b }!\nb = Сем\n");
        assert_eq!(format(&b, "a", 9), "Привіт, С…");
        assert_eq!(format(&b, "a", 7), "Привіт,…");
        assert_eq!(format(&b, "a", 0), "…");
    }

    /// The red-team case: a message of most of a megabyte used 99 times. The
    /// writer stops Fluent at the limit, so no 95 MB text is ever made.
    #[test]
    fn a_message_used_many_times_stops_at_the_limit() {
        let big = "Sam. ".repeat(190_000);
        let uses = "{ big } ".repeat(99);
        let b = bundle(&format!("line = Look {uses}\nbig = {big}\n"));
        let text = format(&b, "line", MAX_TEXT_CHARS);
        assert!(text.chars().count() <= MAX_TEXT_CHARS + 1, "{}", text.len());
        assert!(text.starts_with("Look Sam. Sam.") && text.ends_with(CUT_MARK));
    }
}
