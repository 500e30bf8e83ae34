//! How long each message grows on the screen once the messages and terms it
//! uses are put in. A message that uses a long one many times can come to
//! megabytes (a 950 KB message used 99 times made a 95 MB line, and the game
//! took 19 GB to draw it); the game cuts any text at `MAX_TEXT_CHARS`, and
//! this rule tells the writer before a child sees a cut text.
//!
//! Nothing is formatted: each message that uses others is walked once as it
//! is read (`Size`), and the lengths are then added up through the uses with
//! each message's length worked out once, so a library stays as quick to check.

use std::collections::HashMap;

use fluent_syntax::ast;

use super::locales::{Lang, Messages};
use crate::diagnostic::Diagnostic;
use crate::i18n::MAX_TEXT_CHARS;

type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
type FastSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// What a message that uses others is made of: its own characters, and how
/// many times it uses each message or term (terms as `-id`). A choice between
/// variants counts as its longest variant and the most uses any variant has,
/// so the length found is never less than what the game can show.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Size {
    own: u64,
    uses: Vec<(String, u64)>,
}

/// One language's sizes of the messages that use others, by id.
pub(super) type Sizes = FastMap<String, Size>;

/// Characters counted for a `{ $variable }`: the game gives texts short
/// values (a game name, a number).
const VARIABLE_CHARS: u64 = 30;

/// The size of a message or term, counting its value and its attributes.
pub(super) fn entry_size(entry: &ast::Entry<&str>) -> Option<Size> {
    let mut size = Size::default();
    for p in super::references::entry_patterns(entry)? {
        size.add(&pattern_size(p));
    }
    Some(size)
}

impl Size {
    fn add(&mut self, other: &Size) {
        self.own = self.own.saturating_add(other.own);
        for (id, n) in &other.uses {
            self.use_times(id, *n);
        }
    }

    fn use_times(&mut self, id: &str, n: u64) {
        match self.uses.iter_mut().find(|(u, _)| u == id) {
            Some((_, count)) => *count = count.saturating_add(n),
            None => self.uses.push((id.to_string(), n)),
        }
    }

    /// The larger of two variants, use by use (never less than either).
    fn widen(&mut self, other: &Size) {
        self.own = self.own.max(other.own);
        for (id, n) in &other.uses {
            match self.uses.iter_mut().find(|(u, _)| u == id) {
                Some((_, count)) => *count = (*count).max(*n),
                None => self.uses.push((id.clone(), *n)),
            }
        }
    }
}

// The walk calls itself once per level of `{ }`; files read from disk are
// refused past `MAX_FTL_NESTING` levels before they are parsed.
fn pattern_size(p: &ast::Pattern<&str>) -> Size {
    let mut size = Size::default();
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                size.own = size.own.saturating_add(chars(value));
            }
            ast::PatternElement::Placeable { expression } => {
                size.add(&expression_size(expression));
            }
        }
    }
    size
}

fn expression_size(e: &ast::Expression<&str>) -> Size {
    match e {
        ast::Expression::Select { selector, variants } => {
            // The selector is not shown, but what it uses is worked out.
            let mut size = Size {
                own: 0,
                uses: inline_size(selector).uses,
            };
            let mut widest = Size::default();
            for v in variants {
                widest.widen(&pattern_size(&v.value));
            }
            size.add(&widest);
            size
        }
        ast::Expression::Inline(inline) => inline_size(inline),
    }
}

fn inline_size(e: &ast::InlineExpression<&str>) -> Size {
    let mut size = Size::default();
    match e {
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => size.own = chars(value),
        ast::InlineExpression::VariableReference { .. } => size.own = VARIABLE_CHARS,
        ast::InlineExpression::MessageReference { id, .. } => size.use_times(id.name, 1),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            size.use_times(&format!("-{}", id.name), 1);
            // Arguments are worked out (and kept in memory) before the term is.
            if let Some(args) = arguments {
                size.add(&arguments_size(args));
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            size.add(&arguments_size(arguments));
        }
        ast::InlineExpression::Placeable { expression } => size.add(&expression_size(expression)),
    }
    size
}

fn arguments_size(args: &ast::CallArguments<&str>) -> Size {
    let mut size = Size::default();
    for a in args
        .positional
        .iter()
        .chain(args.named.iter().map(|n| &n.value))
    {
        size.add(&inline_size(a));
    }
    size
}

fn chars(s: &str) -> u64 {
    s.chars().count() as u64
}

/// Messages longer on the screen than the game shows, in every language.
pub(super) fn check_expansion(messages: &Messages) -> Vec<Diagnostic> {
    let languages: Vec<_> = messages.languages().collect();
    crate::parallel::map_each(&languages, |(lang, defs)| {
        let empty = Sizes::default();
        let sizes = messages.sizes(lang).unwrap_or(&empty);
        language_expansion(messages, defs, sizes)
    })
    .into_iter()
    .flatten()
    .collect()
}

fn language_expansion(messages: &Messages, defs: &Lang, sizes: &Sizes) -> Vec<Diagnostic> {
    let limit = MAX_TEXT_CHARS as u64;
    let mut out = Vec::new();
    let mut lengths = Lengths {
        messages,
        defs,
        sizes,
        memo: FastMap::default(),
    };
    // Texts that use no other: their own length (most are far shorter in
    // bytes than the limit, and are not counted).
    for (n, def) in defs.iter().enumerate() {
        let Some(def) = def else { continue };
        let id = messages.name(n);
        if sizes.contains_key(id) || def.text.len() <= MAX_TEXT_CHARS {
            continue;
        }
        let length = chars(&def.text);
        if length > limit {
            out.push(def.file.source.error_at(
                def.offset,
                format!(
                    "\"{id}\" is {} characters long; the game shows at most {} \
                     characters of one text and cuts off the rest",
                    thousands(length),
                    thousands(limit)
                ),
                "make it much shorter: a story line is one or two sentences; \
                 split a long text into several lines",
            ));
        }
    }
    // Texts that use others, each worked out once.
    for (id, size) in sizes {
        let Some(def) = messages.get(defs, id) else {
            continue;
        };
        let length = lengths.of(id);
        if length <= limit {
            continue;
        }
        // The use that adds the most is the one to change.
        let biggest = size
            .uses
            .iter()
            .max_by_key(|(used, times)| lengths.of(used).saturating_mul(*times))
            .map(|(used, times)| (used.as_str(), *times));
        let hint = match biggest {
            Some((used, times)) if times > 1 => format!(
                "use {{ {used} }} fewer times (it is used {times} times here), or make \
                 the texts shorter"
            ),
            Some((used, _)) => format!("make {{ {used} }} or this text shorter"),
            None => "make it much shorter".to_string(),
        };
        out.push(def.file.source.error_at(
            def.offset,
            format!(
                "\"{id}\" comes to {} characters on the screen once the texts it \
                 uses are put in; the game shows at most {} characters of one text \
                 and cuts off the rest",
                thousands(length),
                thousands(limit)
            ),
            hint,
        ));
    }
    out
}

/// A number as people write it: 95,000,000.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// Each message's length with what it uses put in, worked out once.
struct Lengths<'m, 'a> {
    messages: &'m Messages<'a>,
    defs: &'m Lang<'a>,
    sizes: &'m Sizes,
    memo: FastMap<&'m str, u64>,
}

impl<'m> Lengths<'m, '_> {
    /// The length of `id` with every use put in. A depth-first walk with its
    /// own stack (a chain of a hundred thousand uses must not overflow ours);
    /// a use that leads back round a loop counts nothing (loops are reported
    /// by `references`).
    fn of(&mut self, id: &'m str) -> u64 {
        if let Some(length) = self.memo.get(id) {
            return *length;
        }
        let Some((id, size)) = self.sizes.get_key_value(id) else {
            let length = self.plain(id);
            self.memo.insert(id, length);
            return length;
        };
        // Each message on the way: its size, how many of its uses are added,
        // and its length so far.
        let mut path: Vec<(&'m str, &'m Size, usize, u64)> = vec![(id, size, 0, size.own)];
        let mut on_path: FastSet<&'m str> = FastSet::default();
        on_path.insert(id);
        while let Some(top) = path.last_mut() {
            let (at, size, next, so_far) = *top;
            let Some((used, times)) = size.uses.get(next) else {
                // All its uses are in: its length is known, and is added to
                // the message that uses it.
                self.memo.insert(at, so_far);
                on_path.remove(at);
                path.pop();
                if let Some(parent) = path.last_mut() {
                    let times = parent.1.uses[parent.2].1;
                    parent.3 = parent.3.saturating_add(so_far.saturating_mul(times));
                    parent.2 += 1;
                }
                continue;
            };
            let used = used.as_str();
            if let Some(length) = self.memo.get(used) {
                top.3 = so_far.saturating_add(length.saturating_mul(*times));
                top.2 += 1;
            } else if on_path.contains(used) {
                top.2 += 1;
            } else if let Some((used, size)) = self.sizes.get_key_value(used) {
                on_path.insert(used);
                path.push((used, size, 0, size.own));
            } else {
                let length = self.plain(used);
                self.memo.insert(used, length);
                top.3 = so_far.saturating_add(length.saturating_mul(*times));
                top.2 += 1;
            }
        }
        self.memo.get(id.as_str()).copied().unwrap_or_default()
    }

    /// The length of a message that uses no other: its text, or, if this
    /// language lacks it, the `{id}` Fluent shows in its place.
    fn plain(&self, id: &str) -> u64 {
        match self.messages.get(self.defs, id) {
            Some(def) => chars(&def.text),
            None => chars(id) + 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size_of(ftl: &str) -> Size {
        let resource = fluent_syntax::parser::parse_runtime(ftl).unwrap();
        entry_size(&resource.body[0]).unwrap()
    }

    #[test]
    fn numbers_are_written_in_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(4000), "4,000");
        assert_eq!(thousands(94_050_004), "94,050,004");
        assert_eq!(thousands(u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn a_size_counts_each_use_as_often_as_it_appears() {
        let s = size_of("a = Look { b } and { b }, { -t }!\n");
        assert_eq!(s.own, "Look  and , !".chars().count() as u64);
        assert_eq!(s.uses, [("b".to_string(), 2), ("-t".to_string(), 1)]);
    }

    #[test]
    fn a_choice_counts_its_longest_variant_and_most_uses() {
        let s = size_of(
            "a = { $n ->\n    [one] { b } { c }\n   *[other] { b } { b } and more words\n}\n",
        );
        assert_eq!(s.own, " ".len() as u64 + " and more words".len() as u64);
        assert_eq!(s.uses, [("b".to_string(), 2), ("c".to_string(), 1)]);
    }
}
