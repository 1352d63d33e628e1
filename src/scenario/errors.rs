//! What is wrong with a scenario, said briefly and located: the field path
//! (`partners[2].values.gender_equality`), the line and column where the text is known, and
//! what would be valid. Lists are bounded and user text is escaped and cut, so that a hostile
//! file can neither flood the screen nor send control characters to a terminal.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::valid::{Found, Valid};

/// At most this many problems are listed; the rest are counted ("and 12 more problems").
pub const MAX_LISTED: usize = 20;

/// User text (a name, a string value, an unknown key) is cut to this many characters in
/// messages.
pub const MAX_QUOTED_CHARS: usize = 40;

/// A line and column in a scenario text, both counted from 1; columns count characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Path of the field (`partners[2].size`); empty when the problem is not in one field
    /// (a syntax error, a text that is too large).
    pub path: String,
    /// Where in the text, when the problem was found while reading it.
    pub location: Option<Location>,
    /// What is wrong and what would be valid; its `Display` is the English message.
    pub problem: Problem,
}

impl FieldError {
    /// A problem of the field at `path`, said in free text (which stays English in the page).
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError::new(path, Problem::Other(message.into()))
    }

    /// A problem of the field at `path`, described as data.
    pub fn new(path: impl Into<String>, problem: Problem) -> FieldError {
        FieldError { path: path.into(), location: None, problem }
    }

    /// A problem of the text as a whole.
    pub fn text(problem: Problem) -> FieldError {
        FieldError::new("", problem)
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
        write!(f, "{}", self.problem)
    }
}

/// What is wrong with a field, as data with everything its message names. Its `Display`
/// writes the English message that the CLI prints and the tests read; the page writes the
/// same description in its own language (`i18n::problems`). User text (names, unknown keys)
/// is held quoted and escaped as `quote` in this module writes it; numbers that are not whole
/// are held as Rust writes them, so that the English stays exactly what it was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// A level outside 0..=1: `must be between 0 and 1, not 1.7`.
    Level {
        /// The value given.
        value: String,
    },
    /// A whole number outside its range: `must be between 2 and 5000, not 1`.
    Between {
        /// Smallest valid value.
        min: u64,
        /// Largest valid value.
        max: u64,
        /// The value given.
        value: u64,
    },
    /// A horizon outside 1..=`max` months.
    Horizon {
        /// Longest horizon, in months.
        max: u32,
        /// The horizon given.
        value: u32,
    },
    /// A month outside 1..=`horizon`.
    Month {
        /// The scenario's horizon.
        horizon: u32,
        /// The month given.
        value: u32,
    },
    /// A number that must be 0 or more, in the metric's unit.
    Negative {
        /// The value given.
        value: String,
    },
    /// A text that is empty or only spaces.
    Empty,
    /// A text longer than `max` characters.
    TooLong {
        /// Most characters.
        max: usize,
    },
    /// A teaching point without its sentence, English or Dutch.
    NoSays {
        /// Whether the Dutch sentence is the one missing.
        dutch: bool,
    },
    /// A partner name used twice.
    DuplicateName {
        /// The name, quoted.
        name: String,
        /// The index of the partner that has it first.
        first: usize,
    },
    /// A partner index that does not exist.
    NoPartnerIndex {
        /// The index given.
        index: usize,
        /// How many partners there are.
        count: usize,
    },
    /// A partner name that no partner has.
    NoPartnerNamed {
        /// The name, quoted.
        name: String,
    },
    /// A list longer than it may be, or an alliance of fewer than 2 partners.
    TooMany {
        /// Which list.
        list: Listed,
        /// How long it is.
        count: Counted,
    },
    /// A scenario made for a newer model than this one.
    NewerModel {
        /// The scenario's model version.
        version: u32,
        /// This Alliance Lab's model version.
        current: u32,
    },
    /// An action or style that needs a partner (its coordinator) and names none.
    NeedsPartner {
        /// The action's or style's name, as written in files.
        what: String,
    },
    /// `set_style` without a style.
    NeedsStyle,
    /// An action that needs a value and has none.
    NeedsValue {
        /// The action's name.
        action: String,
    },
    /// An action with a partner it does not take.
    TakesNoPartner {
        /// The action's name.
        action: String,
    },
    /// An action with a part that only other actions take.
    NotTaken {
        /// The part.
        part: EntryPart,
        /// The action's name.
        action: String,
    },
    /// An expectation whose seeds would pass the largest seed.
    SeedOverflow {
        /// The expectation's runs.
        runs: u32,
        /// The scenario's seed.
        seed: u64,
    },
    /// A text larger than a scenario may be.
    TextTooLarge {
        /// Its size in MB, with one decimal.
        mb: String,
        /// The largest size, in MB.
        max_mb: usize,
    },
    /// A JSON text with a comment.
    JsonComment,
    /// A JSON text that is not an object.
    NotJsonObject {
        /// What it is instead.
        kind: JsonKind,
    },
    /// A `--set` path that is not written as a field path.
    NotAPath,
    /// A `--set` path that goes into a field that has no fields.
    NoFields {
        /// The field's name, escaped.
        name: String,
    },
    /// A `--set` path that indexes a field that is not a list.
    NotAList {
        /// The field's name, escaped.
        name: String,
    },
    /// A `--set` path through a field that is not there.
    UnknownField {
        /// The name, quoted.
        name: String,
        /// The fields there are, separated by commas.
        fields: String,
    },
    /// A `--set` path with a partner index past the last partner.
    PartnerIndex {
        /// How many partners there are.
        count: usize,
    },
    /// A `--set` path with a schedule index past the last entry.
    EntryIndex {
        /// How many entries there are.
        count: usize,
    },
    /// A field that must be there is missing; what it must be, where that is known.
    Missing {
        /// What would be valid.
        valid: Option<Valid>,
    },
    /// A value of the wrong kind.
    WrongValue {
        /// What would be valid.
        valid: Valid,
        /// What was found instead.
        found: Found,
    },
    /// A name that is not a field here.
    NotAField {
        /// The name, quoted.
        name: String,
        /// The fields there are, separated by commas; empty where there are none.
        fields: String,
    },
    /// A name that is not one of a field's choices (`action = "dance"`).
    UnknownChoice {
        /// The field (`action`, `style`), or `name` where it is not known.
        field: String,
        /// The name, quoted.
        name: String,
        /// The choices, separated by commas.
        choices: String,
    },
    /// The text breaks the rules of its format (TOML or JSON), in the parser's own words.
    Syntax {
        /// The parser's message, made safe to show and cut.
        detail: String,
    },
    /// A problem of a field inside another one (an expectation's arm), at its own path.
    Within {
        /// The inner field's path.
        path: String,
        /// What is wrong there.
        problem: Box<Problem>,
    },
    /// A change to a planned action whose month has passed in the run.
    AlreadyHappened {
        /// The action's name.
        action: String,
        /// Its month.
        month: u32,
        /// The first month whose actions can still change.
        from: u32,
    },
    /// Any other problem, in English free text (which stays English in the page): the few
    /// rare ones that [`FieldError::at`] reports.
    Other(String),
}

/// The lists whose length is limited, and the alliance's partners.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Listed {
    /// The partners (2 to 200).
    Partners,
    /// The schedule's entries.
    Schedule,
    /// The expectations.
    Expectations,
}

impl Listed {
    /// Every list.
    pub const ALL: [Listed; 3] = [Listed::Partners, Listed::Schedule, Listed::Expectations];

    /// The most items the list may have.
    pub fn max(self) -> usize {
        match self {
            Listed::Partners => super::read::MAX_PARTNERS,
            Listed::Schedule => super::read::MAX_SCHEDULE,
            Listed::Expectations => super::expect::MAX_EXPECTATIONS,
        }
    }

    /// The limit in English words: "an alliance has 2 to 200 partners".
    pub fn limit(self) -> String {
        let max = self.max();
        match self {
            Listed::Partners => format!("an alliance has 2 to {max} partners"),
            Listed::Schedule => format!("a schedule has at most {max} entries"),
            Listed::Expectations => format!("a scenario has at most {max} expectations"),
        }
    }
}

/// How long a list that breaks its limit is, as far as it was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Counted {
    /// It has this many items.
    Has(usize),
    /// The text lists this many (the reader knew the length).
    Lists(usize),
    /// The text lists more than this many (the reader stopped there).
    ListsMoreThan(usize),
}

/// What a JSON text that is not an object holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum JsonKind {
    /// A list.
    Array,
    /// A string.
    String,
    /// `true` or `false`.
    Boolean,
    /// `null`.
    Null,
    /// A number.
    Number,
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::Array => "an array",
            JsonKind::String => "a string",
            JsonKind::Boolean => "a boolean",
            JsonKind::Null => "null",
            JsonKind::Number => "a number",
        })
    }
}

/// The parts of a schedule entry that only some actions take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EntryPart {
    /// A style: only `set_style`.
    Style,
    /// A division: only `funding_round`.
    Division,
    /// A value: only `set_control` and `set_turbulence`.
    Value,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Problem::*;
        match self {
            Level { value } => write!(f, "must be between 0 and 1, not {value}"),
            Between { min, max, value } => write!(f, "must be between {min} and {max}, not {value}"),
            Horizon { max, value } => {
                write!(f, "must be a whole number of months from 1 to {max}, not {value}")
            }
            Month { horizon, value } => {
                write!(f, "must be a whole number from 1 to the horizon ({horizon}), not {value}")
            }
            Negative { value } => write!(f, "must be 0 or more, in the metric's unit, not {value}"),
            Empty => f.write_str("must not be empty"),
            TooLong { max } => write!(f, "must be at most {max} characters long"),
            NoSays { dutch: false } => f.write_str("must say the teaching point in a sentence"),
            NoSays { dutch: true } => f.write_str("must say the teaching point in a Dutch sentence"),
            DuplicateName { name, first } => {
                write!(f, "{name} {DUPLICATE_NAME}[{first}]; names must be unique")
            }
            NoPartnerIndex { index, count } => write!(
                f,
                "there is no partner {index}; there are {count} partners, numbered 0 to {}",
                count.saturating_sub(1)
            ),
            NoPartnerNamed { name } => write!(f, "no partner is named {name}"),
            TooMany { list, count } => {
                f.write_str(&list.limit())?;
                match count {
                    Counted::Has(n) => write!(f, "; this one has {n}"),
                    Counted::Lists(n) => write!(f, "; this one lists {n}"),
                    Counted::ListsMoreThan(n) => write!(f, "; this one lists more than {n}"),
                }
            }
            NewerModel { version, current } => write!(
                f,
                "this scenario was made for model {version}, newer than this Alliance Lab's model \
                 {current}; open it with the newest Alliance Lab"
            ),
            NeedsPartner { what } => write!(f, "{what} needs a partner name or index"),
            NeedsStyle => f.write_str("set_style needs a style"),
            NeedsValue { action } => write!(f, "{action} needs a value between 0 and 1"),
            TakesNoPartner { action } => write!(f, "{action} takes no partner; remove it"),
            NotTaken { part: EntryPart::Style, action } => {
                write!(f, "only set_style takes a style, not {action}")
            }
            NotTaken { part: EntryPart::Division, action } => {
                write!(f, "only funding_round takes a division, not {action}")
            }
            NotTaken { part: EntryPart::Value, action } => {
                write!(f, "only set_control and set_turbulence take a value, not {action}")
            }
            SeedOverflow { runs, seed } => {
                write!(f, "{runs} runs from seed {seed} would pass the largest seed, {}", u64::MAX)
            }
            TextTooLarge { mb, max_mb } => {
                write!(f, "the text is {mb} MB, more than the {max_mb} MB a scenario may have")
            }
            JsonComment => f.write_str(
                "JSON does not allow comments; remove it, or write the scenario as TOML, which allows # comments",
            ),
            NotJsonObject { kind } => {
                write!(f, "a scenario must be a JSON object ({{ \"title\": … }}), not {kind}")
            }
            NotAPath => f.write_str("is not a field path; write it like governance.control or partners[1].size"),
            NoFields { name } => write!(f, "{name} has no fields"),
            NotAList { name } => write!(f, "{name} is not a list"),
            UnknownField { name, fields } => {
                write!(f, "unknown field {name}; the fields here include {fields}")
            }
            PartnerIndex { count } => {
                write!(f, "there are {count} partners, numbered 0 to {}", count.saturating_sub(1))
            }
            EntryIndex { count: 0 } => f.write_str("the schedule is empty"),
            EntryIndex { count } => {
                write!(f, "there are {count} schedule entries, numbered 0 to {}", count - 1)
            }
            Missing { valid: Some(valid) } => write!(f, "is missing; it must be {valid}"),
            Missing { valid: None } => f.write_str("is missing"),
            WrongValue { valid, found } => write!(f, "must be {valid}, not {found}"),
            NotAField { name, fields } if fields.is_empty() => write!(f, "unknown field {name}"),
            NotAField { name, fields } => write!(f, "unknown field {name}; the fields here are {fields}"),
            UnknownChoice { field, name, choices } => write!(f, "unknown {field} {name}; use one of {choices}"),
            Syntax { detail } => f.write_str(detail),
            Within { path, problem } => write!(f, "{path}: {problem}"),
            AlreadyHappened { action, month, from } => write!(
                f,
                "{action} in month {month} has already happened: only actions planned for month {from} or later can change"
            ),
            Other(message) => f.write_str(message),
        }
    }
}

/// The words of a name used twice, after the name.
const DUPLICATE_NAME: &str = "is already the name of partners";

/// Every problem found in a scenario, up to [`MAX_LISTED`] of them listed, in the order of
/// the fields in the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Adds a problem; `problem` is only built while the list has room.
    pub fn push(&mut self, path: impl FnOnce() -> String, problem: impl FnOnce() -> Problem) {
        if self.listed.len() < MAX_LISTED {
            self.listed.push(FieldError::new(path(), problem()));
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
