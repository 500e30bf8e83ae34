//! Problems found in content, each tied to a place in a file.
//!
//! Printed as `file:line:column: error: what is wrong - what to do`, the form
//! editors and `kind-quest check` users expect.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use fluent_bundle::FluentResource;

/// How serious a problem is: errors make `check` fail, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What to do about it, in plain words.
    pub hint: String,
}

impl Diagnostic {
    /// An error at a place.
    pub fn error(
        file: &str,
        (line, column): (usize, usize),
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Self {
            file: file.to_string(),
            line,
            column,
            severity: Severity::Error,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// A warning at a place.
    pub fn warning(
        file: &str,
        at: (usize, usize),
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(file, at, message, hint)
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {level}: {}",
            self.file, self.line, self.column, self.message
        )?;
        if !self.hint.is_empty() {
            write!(f, " - {}", self.hint)?;
        }
        Ok(())
    }
}

/// The text of a content file. A locale file's text is the one inside its
/// parsed Fluent resource (which the game reads from), so a large library is
/// held in memory once, not twice.
#[derive(Clone)]
pub struct Text(TextRepr);

#[derive(Clone)]
enum TextRepr {
    Plain(Arc<String>),
    Fluent(Arc<FluentResource>),
}

impl Text {
    /// The text of a parsed Fluent file.
    pub fn fluent(resource: Arc<FluentResource>) -> Self {
        Text(TextRepr::Fluent(resource))
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            TextRepr::Plain(s) => s,
            TextRepr::Fluent(r) => r.source(),
        }
    }

    /// The text as a `String` (copied only if it is shared).
    pub fn into_string(self) -> String {
        match self.0 {
            TextRepr::Plain(s) => Arc::try_unwrap(s).unwrap_or_else(|s| (*s).clone()),
            TextRepr::Fluent(r) => r.source().to_string(),
        }
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(TextRepr::Plain(Arc::new(s)))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::from(s.to_string())
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Text::from(s.clone())
    }
}

/// The text of one content file, with helpers to turn byte offsets into places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path as shown to people (relative where possible).
    pub name: String,
    pub text: Text,
}

impl SourceFile {
    /// A source file from a name and its text.
    pub fn new(name: impl Into<String>, text: impl Into<Text>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }

    /// 1-based (line, column) of a byte offset; offsets past the end map to the end.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }

    /// Place of the first `needle` at or after byte `from`, or None.
    pub fn find_from(&self, needle: &str, from: usize) -> Option<usize> {
        self.text
            .get(from..)
            .and_then(|rest| rest.find(needle))
            .map(|i| i + from)
    }

    /// Place of the quoted string `"value"` at or after `from`; falls back to `from`.
    pub fn quoted(&self, value: &str, from: usize) -> usize {
        self.find_from(&format!("\"{value}\""), from)
            .unwrap_or(from)
    }

    /// An error diagnostic at a byte offset of this file.
    pub fn error_at(
        &self,
        offset: usize,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::error(&self.name, self.position(offset), message, hint)
    }

    /// A warning diagnostic at a byte offset of this file.
    pub fn warning_at(
        &self,
        offset: usize,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::warning(&self.name, self.position(offset), message, hint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let f = SourceFile::new("a.ron", "ab\nçd\n");
        assert_eq!(f.position(0), (1, 1));
        assert_eq!(f.position(3), (2, 1));
        // 'ç' is two bytes but one column.
        assert_eq!(f.position(5), (2, 2));
        assert_eq!(f.position(999), (3, 1));
    }

    #[test]
    fn display_has_file_line_column_message_and_hint() {
        let d = Diagnostic::error("s.ron", (3, 7), "unknown node \"x\"", "add it");
        assert_eq!(
            d.to_string(),
            "s.ron:3:7: error: unknown node \"x\" - add it"
        );
    }
}
