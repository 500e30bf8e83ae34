//! How hard a text is to read: words, sentences, syllables and the Flesch-Kincaid
//! grade level, for English (the reference language every scenario is written in).
//!
//! The syllable count is the usual vowel-group rule with English corrections; it is
//! within one syllable for almost all the everyday words children's stories use,
//! which is all a grade estimate needs.

use std::collections::HashSet;

use fluent_syntax::ast;

use crate::story::model::{AgeBand, Scenario};

/// What a text of one age band should stay within.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Highest Flesch-Kincaid grade over a whole story's child-facing text.
    pub max_grade: f64,
    /// Most words in one sentence: what can be read in one breath.
    pub max_sentence_words: usize,
    /// Most words in one message (a line, a choice, a feedback).
    pub max_message_words: usize,
}

/// Limits for a story, by its youngest age band.
pub fn limits_for(ages: &[AgeBand]) -> Limits {
    if ages.contains(&AgeBand::Ages6to8) {
        Limits {
            max_grade: 3.0,
            max_sentence_words: 12,
            max_message_words: 25,
        }
    } else {
        Limits {
            max_grade: 5.0,
            max_sentence_words: 20,
            max_message_words: 40,
        }
    }
}

/// A translation longer than this many times the English (plus `LENGTH_SLACK`
/// characters, so short words like "Next" / "Weiter" are not flagged) may not fit
/// the box the English was laid out for.
pub const LENGTH_RATIO: f64 = 1.5;
pub const LENGTH_SLACK: usize = 12;

/// True when `translated` is much longer than `english`.
pub fn much_longer(english: &str, translated: &str) -> bool {
    let en = english.chars().count() as f64;
    let tr = translated.chars().count();
    tr > LENGTH_SLACK && tr as f64 > en * LENGTH_RATIO + LENGTH_SLACK as f64
}

/// The message ids of a scenario a child reads: everything except the summary,
/// the discussion prompts (both for teachers) and the characters' names.
pub fn child_text_ids(s: &Scenario) -> Vec<&str> {
    let teacher_only: HashSet<&str> = std::iter::once(s.summary.as_str())
        .chain(s.discussion.iter().map(String::as_str))
        .chain(s.characters.iter().map(|c| c.name.as_str()))
        .collect();
    s.message_ids()
        .into_iter()
        .filter(|id| !teacher_only.contains(id))
        .collect()
}

/// Counts over all the child-facing text of a scenario, with `text` giving the
/// English of a message id.
pub fn scenario_stats<'a>(s: &Scenario, text: impl Fn(&str) -> Option<&'a str>) -> Stats {
    let mut total = Stats::default();
    for id in child_text_ids(s) {
        if let Some(t) = text(id) {
            total.add(Stats::of(t));
        }
    }
    total
}

/// What a variable such as `$nickname` reads as when text is measured: a
/// two-word game name like the ones the game makes up.
const VARIABLE_STAND_IN: &str = "Brave Otter";

/// The text of a Fluent pattern as a reader would see it. A choice between
/// variants (plurals) reads as its default variant.
pub fn plain_text(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => push_expression(expression, &mut out),
        }
    }
    out
}

/// Like `plain_text`, without a copy for the usual text with nothing inside
/// braces (a library has a million of them).
pub fn plain_text_borrowed<'a>(pattern: &ast::Pattern<&'a str>) -> std::borrow::Cow<'a, str> {
    match pattern.elements.as_slice() {
        [ast::PatternElement::TextElement { value }] => std::borrow::Cow::Borrowed(value),
        _ => std::borrow::Cow::Owned(plain_text(pattern)),
    }
}

fn push_expression(expression: &ast::Expression<&str>, out: &mut String) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            if let Some(v) = variants.iter().find(|v| v.default).or(variants.first()) {
                out.push_str(&plain_text(&v.value));
            }
        }
        ast::Expression::Inline(inline) => match inline {
            ast::InlineExpression::StringLiteral { value } => out.push_str(value),
            ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
            ast::InlineExpression::Placeable { expression } => push_expression(expression, out),
            _ => out.push_str(VARIABLE_STAND_IN),
        },
    }
}

/// The variables (`{ $name }`) a Fluent pattern uses, each once, in order.
pub fn variables(pattern: &ast::Pattern<&str>) -> Vec<String> {
    fn walk_expression(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    walk_pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(inline) => walk_inline(inline, out),
        }
    }
    fn walk_inline(e: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            ast::InlineExpression::VariableReference { id }
                if !out.iter().any(|v| v == id.name) =>
            {
                out.push(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => walk_expression(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, out);
                }
            }
            _ => {}
        }
    }
    fn walk_pattern(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                walk_expression(expression, out);
            }
        }
    }
    let mut out = Vec::new();
    walk_pattern(pattern, &mut out);
    out
}

/// Counts for a text: enough to work out its grade.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stats {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Words in the longest sentence.
    pub longest_sentence: usize,
}

impl Stats {
    pub fn of(text: &str) -> Self {
        // Counted as the words go by, with nothing collected: this runs on every
        // English text of a library (hundreds of thousands).
        let mut s = Stats::default();
        for_each_sentence(text, |sentence| {
            let mut words = 0;
            for word in words_iter(sentence) {
                words += 1;
                s.syllables += syllables(word);
            }
            if words > 0 {
                s.sentences += 1;
                s.words += words;
                s.longest_sentence = s.longest_sentence.max(words);
            }
        });
        s
    }

    pub fn add(&mut self, other: Stats) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
        self.longest_sentence = self.longest_sentence.max(other.longest_sentence);
    }

    /// Flesch-Kincaid grade level (US school grade); 0 for an empty text.
    pub fn grade(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        0.39 * (words / self.sentences as f64) + 11.8 * (self.syllables as f64 / words) - 15.59
    }
}

/// Splits a text into sentences at `.`, `!`, `?` and `…` (a run of them ends one
/// sentence; closing quotes stay with it), and at line breaks.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for_each_sentence(text, |s| out.push(s));
    out
}

/// Calls `f` with each sentence of `text` in turn (see `sentences`).
fn for_each_sentence<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?' | '…' | '\n');
        if !ends {
            continue;
        }
        // Take the rest of a run like `?!"` into this sentence.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if matches!(d, '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')') {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // "3.5" or "e.g." mid-word is not a sentence end.
        let next_is_space = chars.peek().is_none_or(|&(_, d)| d.is_whitespace());
        if next_is_space || c == '\n' {
            trimmed(&text[start..end]).map(&mut f);
            start = end;
        }
    }
    trimmed(&text[start..]).map(&mut f);
}

fn trimmed(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

/// The words of a text: runs of letters, digits, apostrophes and inner hyphens.
pub fn words(text: &str) -> Vec<&str> {
    words_iter(text).collect()
}

fn words_iter(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// English syllables in one word (at least 1).
pub fn syllables(word: &str) -> usize {
    // Hyphenated words ("grown-up") count their parts.
    if word.contains('-') {
        return word
            .split('-')
            .filter(|p| !p.is_empty())
            .map(syllables)
            .sum::<usize>()
            .max(1);
    }
    // The letters, lower case, on the stack: this runs for every word of a
    // library (millions), and only the first few dozen letters of a word matter.
    let mut letters = ['\0'; 40];
    let mut len = 0;
    for c in word
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphabetic())
        .take(letters.len())
    {
        letters[len] = c;
        len += 1;
    }
    let w = &letters[..len];
    if w.is_empty() {
        // Numbers read as about one syllable per digit group.
        return 1;
    }
    if w.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| {
        matches!(
            c,
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'á' | 'é' | 'í' | 'ó' | 'ú'
        )
    };
    let mut count: usize = 0;
    let mut prev_vowel = false;
    for &c in w {
        let v = is_vowel(c);
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    let n = w.len();
    let ends = |s: &str| w.iter().rev().take(s.len()).rev().copied().eq(s.chars());
    // A silent final e ("make", "love"), but not "-le" after a consonant ("little").
    let consonant_le = ends("le") && !is_vowel(w[n - 3]);
    if w[n - 1] == 'e' && !consonant_le && !ends("ee") && !ends("ye") {
        count = count.saturating_sub(1);
    }
    // "-ed" is silent unless after t or d ("played" but "wanted").
    if ends("ed") && !matches!(w[n - 3], 't' | 'd') && !is_vowel(w[n - 3]) {
        count = count.saturating_sub(1);
    }
    // "-es" is silent after most consonants ("makes") but not s/x/z/ch/sh/ge/ce ("boxes").
    if ends("es") && !matches!(w[n - 3], 's' | 'x' | 'z' | 'h' | 'g' | 'c') && !is_vowel(w[n - 3]) {
        count = count.saturating_sub(1);
    }
    count.max(1)
}

#[cfg(test)]
mod tests;
