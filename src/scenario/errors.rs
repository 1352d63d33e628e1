//! What is wrong with a scenario, said briefly and located: the field path
//! (`partners[2].values.gender_equality`), the line and column where the text is known, and
//! what would be valid. Lists are bounded and user text is escaped and cut, so that a hostile
//! file can neither flood the screen nor send control characters to a terminal.

use std::fmt;

/// At most this many problems are listed; the rest are counted ("and 12 more problems").
pub const MAX_LISTED: usize = 20;

/// User text (a name, a string value, an unknown key) is cut to this many characters in
/// messages.
pub const MAX_QUOTED_CHARS: usize = 40;

/// A line and column in a scenario text, both counted from 1; columns count characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1, in characters.
    pub column: usize,
}

impl Location {
    /// The location of a byte offset in `text`. An offset past the end is the end; one inside
    /// a character is that character.
    pub fn of_offset(text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        Location {
            line: before.bytes().filter(|&b| b == b'\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// One problem with a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Path of the field (`partners[2].size`); empty when the problem is not in one field
    /// (a syntax error, a text that is too large).
    pub path: String,
    /// Where in the text, when the problem was found while reading it.
    pub location: Option<Location>,
    /// What is wrong and what would be valid.
    pub message: String,
}

impl FieldError {
    /// A problem of the field at `path`.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError { path: path.into(), location: None, message: message.into() }
    }

    /// A problem of the text as a whole.
    pub fn text(message: impl Into<String>) -> FieldError {
        FieldError::at("", message)
    }
}

impl fmt::Display for FieldError {
    /// `partners[2].size (line 14, column 8): must be between 0 and 1, not 1.7`, leaving out
    /// what is not known.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.path.is_empty(), self.location) {
            (false, Some(at)) => write!(f, "{} ({at}): ", self.path)?,
            (false, None) => write!(f, "{}: ", self.path)?,
            (true, Some(at)) => write!(f, "{at}: ")?,
            (true, None) => {}
        }
        f.write_str(&self.message)
    }
}

/// Every problem found in a scenario, up to [`MAX_LISTED`] of them listed, in the order of
/// the fields in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    /// The problems listed, at most [`MAX_LISTED`].
    pub errors: Vec<FieldError>,
    /// How many more problems were found but not listed.
    pub more: usize,
    /// Whether the text ended before the scenario did: a file or link that was cut off.
    pub(crate) incomplete: bool,
}

impl ScenarioError {
    /// One problem.
    pub fn single(error: FieldError) -> ScenarioError {
        ScenarioError { errors: vec![error], more: 0, incomplete: false }
    }

    /// How many problems were found, listed or not.
    pub fn count(&self) -> usize {
        self.errors.len() + self.more
    }

    /// Whether the text ended in the middle of the scenario, as a file or link that was not
    /// copied whole does.
    pub fn is_incomplete(&self) -> bool {
        self.incomplete
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        match self.more {
            0 => Ok(()),
            1 => write!(f, "\nand 1 more problem"),
            n => write!(f, "\nand {n} more problems"),
        }
    }
}

impl std::error::Error for ScenarioError {}

/// Collects problems, keeping the first [`MAX_LISTED`] and counting the rest.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    listed: Vec<FieldError>,
    more: usize,
}

impl Problems {
    /// Adds a problem; `message` is only formatted while the list has room.
    pub fn push(&mut self, path: impl FnOnce() -> String, message: impl FnOnce() -> String) {
        if self.listed.len() < MAX_LISTED {
            self.listed.push(FieldError::at(path(), message()));
        } else {
            self.more += 1;
        }
    }

    /// How many problems were found, listed or not.
    pub fn count(&self) -> usize {
        self.listed.len() + self.more
    }

    /// The problems found, or `Ok(value)` when there were none.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, ScenarioError> {
        if self.listed.is_empty() {
            Ok(value())
        } else {
            Err(self.into_error())
        }
    }

    /// The problems found so far, as an error.
    pub fn into_error(self) -> ScenarioError {
        ScenarioError { errors: self.listed, more: self.more, incomplete: false }
    }
}

/// User text for a message: in double quotes, control characters and quotes escaped
/// (`\u{1b}`), cut to [`MAX_QUOTED_CHARS`] characters with an ellipsis.
pub fn quote(text: &str) -> String {
    let mut quoted = String::from("\"");
    quoted.push_str(&escape(text, MAX_QUOTED_CHARS));
    quoted.push('"');
    quoted
}

/// The text with control characters, backslashes and double quotes escaped as Rust writes
/// them, cut after `max_chars` characters of the original with an ellipsis.
pub fn escape(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == max_chars {
            out.push('…');
            break;
        }
        if c.is_control() || c == '"' || c == '\\' || is_invisible(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that are not control characters but change how a terminal or page shows the
/// text around them: bidirectional overrides and isolates, and zero-width characters.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_control_characters_and_cuts_long_text() {
        assert_eq!(quote("\u{1b}]0;PWNED\u{7}"), r#""\u{1b}]0;PWNED\u{7}""#);
        assert_eq!(quote(&"x".repeat(100)), format!("\"{}…\"", "x".repeat(MAX_QUOTED_CHARS)));
        assert_eq!(quote("Voice"), "\"Voice\"");
    }

    #[test]
    fn a_location_counts_lines_and_characters_from_one() {
        let text = "a = 1\nbé = x\n";
        assert_eq!(Location::of_offset(text, 0), Location { line: 1, column: 1 });
        assert_eq!(Location::of_offset(text, text.find('x').unwrap()), Location { line: 2, column: 6 });
        assert_eq!(Location::of_offset(text, 999), Location { line: 3, column: 1 });
    }
}
