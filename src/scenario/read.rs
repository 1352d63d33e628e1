//! Reading scenario text: the size limit, telling JSON from TOML, and turning what the parsers
//! report into short, located messages.
//!
//! The parsers do the locating: toml reports a byte span, serde_json a line and column, and
//! `serde_path_to_error` the field path of a type error under either. Structs are read only
//! from tables (serde's derive would also read them from arrays, by position), and the two
//! lists are read with their length limits, so that a hostile file stops at the 201st partner
//! instead of being read whole and checked afterwards.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_path_to_error::Segment;

use super::errors::{escape, quote, Counted, FieldError, JsonKind, Listed, Location, Problem, ScenarioError};
use super::expect::{Direction, Expectation, Metric, MAX_EXPECTATIONS};
use super::names::{ActionName, StyleName};
use super::valid::{Found, Valid};
use super::{PartnerSpec, Scenario, ScheduleEntry};
use crate::model::{Division, EXPERTISE_NAMES, VALUE_NAMES};

/// Largest scenario text read, in bytes (5 MB): a scenario of 200 partners and a full
/// schedule takes well under 1 MB.
pub const MAX_TEXT_BYTES: usize = 5_000_000;

/// Most partners an alliance can have.
pub const MAX_PARTNERS: usize = 200;

/// Most entries a schedule can have: several a month over the longest horizon.
pub const MAX_SCHEDULE: usize = 10_000;

/// Longest message taken over from a parser, in characters; longer ones are cut.
const MAX_MESSAGE_CHARS: usize = 300;

/// Reads and checks the limits of a scenario text, TOML or JSON, without validating its
/// values.
pub fn read(text: &str) -> Result<Scenario, ScenarioError> {
    check_size(text)?;
    let text = without_bom(text);
    if looks_like_json(text) {
        read_json(text)
    } else {
        read_toml(text)
    }
}

/// The text without a byte-order mark, which is not part of either format; editors on
/// Windows write one.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Refuses a text over [`MAX_TEXT_BYTES`] before anything reads it.
fn check_size(text: &str) -> Result<(), ScenarioError> {
    if text.len() <= MAX_TEXT_BYTES {
        return Ok(());
    }
    Err(ScenarioError::single(FieldError::text(Problem::TextTooLarge {
        mb: format!("{:.1}", text.len() as f64 / 1e6),
        max_mb: MAX_TEXT_BYTES / 1_000_000,
    })))
}

/// Reads a scenario from JSON text (share links hold JSON), refusing a text over the size
/// limit unread.
pub fn read_json(text: &str) -> Result<Scenario, ScenarioError> {
    check_size(text)?;
    let text = without_bom(text);
    let start = text.len() - text.trim_start().len();
    if let Some(problem) = not_an_object(&text[start..]) {
        let at = Location::of_offset(text, start);
        return Err(ScenarioError::single(FieldError { location: Some(at), ..FieldError::text(problem) }));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let result = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| (path_of(e.path()), e.into_inner()))
        .and_then(|Table(scenario)| de.end().map(|()| scenario).map_err(|e| (FieldPath::default(), e)));
    result.map_err(|(path, e)| {
        let at = Location { line: e.line(), column: e.column() };
        let text_at = line_text(text, at.line);
        let raw = without_position(&e);
        // What serde_json says about a comment is "expected value"; this says what is wrong.
        let (path, problem) = if comment_at(text_at, at.column) {
            (path, Problem::JsonComment)
        } else {
            explain(&path, &raw, None)
        };
        let location = (at.line > 0).then_some(at);
        ScenarioError {
            errors: vec![FieldError { path: path.display(), location, problem }],
            more: 0,
            incomplete: e.classify() == serde_json::error::Category::Eof,
        }
    })
}

/// Reads a scenario from TOML text.
fn read_toml(text: &str) -> Result<Scenario, ScenarioError> {
    let located = |path: &FieldPath, e: toml::de::Error| {
        let location = e.span().map(|span| Location::of_offset(text, span.start));
        let (path, problem) = explain(path, e.message(), None);
        ScenarioError::single(FieldError { path: path.display(), location, problem })
    };
    if let Some(error) = too_many_tables(text) {
        return Err(ScenarioError::single(error));
    }
    let de = toml::Deserializer::parse(text).map_err(|e| located(&FieldPath::default(), e))?;
    serde_path_to_error::deserialize(de).map(|Table(scenario)| scenario).map_err(|e| {
        let path = path_of(e.path());
        located(&path, e.into_inner())
    })
}

/// The TOML parser builds every table of a document before any is read, which takes a third
/// of a second for 100,000 partners; counting the `[[partners]]` and `[[schedule]]` header
/// lines first refuses such a text in milliseconds, at the first header beyond the limit.
fn too_many_tables(text: &str) -> Option<FieldError> {
    let (mut partners, mut entries) = (0, 0);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some(header) = line.trim_start().strip_prefix("[[") else { continue };
        let (count, list, path) = match header.split("]]").next().map(str::trim) {
            Some("partners") => (&mut partners, Listed::Partners, "partners"),
            Some("schedule") => (&mut entries, Listed::Schedule, "schedule"),
            _ => continue,
        };
        *count += 1;
        if *count > list.max() {
            let problem = Problem::TooMany { list, count: Counted::ListsMoreThan(list.max()) };
            return Some(FieldError {
                location: Some(Location::of_offset(text, start)),
                ..FieldError::new(path, problem)
            });
        }
    }
    None
}

/// Whether the text is meant as JSON: it starts like a JSON value (an object, an array, a
/// string, a number, `true`, `false`, `null`) or with a `//` or `/*` comment, which TOML
/// never has. A TOML file can start with `[`: a table header such as `[governance]` or
/// `[[partners]]`, and with `"` for a quoted key; those read as JSON only when the whole text
/// is valid JSON.
pub fn looks_like_json(text: &str) -> bool {
    let t = text.trim_start();
    let valid_json = || serde_json::from_str::<IgnoredAny>(t).is_ok();
    match t.bytes().next() {
        Some(b'{' | b'/') => true,
        Some(b'[') => valid_json() || !first_line_is_table_header(t),
        Some(b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => valid_json(),
        _ => false,
    }
}

/// Whether the first line is a TOML table header: `[name]` or `[[name]]` with a key of
/// letters, digits, `_`, `-`, dots, spaces or quotes, then perhaps a comment.
fn first_line_is_table_header(text: &str) -> bool {
    let line = text.lines().next().unwrap_or("");
    let line = line.split('#').next().unwrap_or("").trim();
    let inner = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]"));
    let inner = inner.or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')));
    inner.is_some_and(|key| {
        !key.trim().is_empty()
            && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ' | '"' | '\''))
    })
}

/// The problem of a JSON text that is not an object: what it holds instead, or a comment it
/// starts with. `None` for an object (or an empty text).
fn not_an_object(t: &str) -> Option<Problem> {
    let kind = match t.bytes().next()? {
        b'{' => return None,
        b'/' => return Some(Problem::JsonComment),
        b'[' => JsonKind::Array,
        b'"' => JsonKind::String,
        b't' | b'f' => JsonKind::Boolean,
        b'n' => JsonKind::Null,
        _ => JsonKind::Number,
    };
    Some(Problem::NotJsonObject { kind })
}

/// The text of line `line` (from 1), or "" when there is none.
fn line_text(text: &str, line: usize) -> &str {
    text.lines().nth(line.saturating_sub(1)).unwrap_or("")
}

/// Whether a `//` or `/*` comment starts at or just before `column` (from 1) of the line.
/// serde_json reports a comment where it gave up, which is its first or second character.
fn comment_at(line: &str, column: usize) -> bool {
    let chars: Vec<char> = line.chars().take(column + 1).collect();
    let starts = |at: usize| chars.get(at) == Some(&'/') && matches!(chars.get(at + 1), Some('/' | '*'));
    (column >= 2 && starts(column - 2)) || (column >= 1 && starts(column - 1))
}

/// A field path as serde_path_to_error found it, with map keys (which may be the user's
/// unknown keys) kept as written, to be escaped when shown.
#[derive(Clone, Debug, Default)]
pub struct FieldPath(Vec<PathPart>);

#[derive(Clone, Debug)]
enum PathPart {
    Key(String),
    Index(usize),
}

impl FieldPath {
    /// The last key of the path: the field's own name.
    fn field(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|p| match p {
            PathPart::Key(k) => Some(k.as_str()),
            PathPart::Index(_) => None,
        })
    }

    /// Whether the path ends in a list index (`partners[3]`).
    fn ends_in_index(&self) -> bool {
        matches!(self.0.last(), Some(PathPart::Index(_)))
    }

    /// `partners[2].values.gender_equality`, with keys escaped and cut.
    pub fn display(&self) -> String {
        let mut out = String::new();
        for part in &self.0 {
            match part {
                PathPart::Index(i) => out.push_str(&format!("[{i}]")),
                PathPart::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(&escape(k, 40));
                }
            }
        }
        out
    }

    /// The path with one more key.
    fn with(&self, key: &str) -> FieldPath {
        let mut parts = self.0.clone();
        parts.push(PathPart::Key(key.to_string()));
        FieldPath(parts)
    }
}

/// The path serde_path_to_error recorded.
pub fn path_of(path: &serde_path_to_error::Path) -> FieldPath {
    FieldPath(
        path.iter()
            .filter_map(|segment| match segment {
                Segment::Seq { index } => Some(PathPart::Index(*index)),
                Segment::Map { key } => Some(PathPart::Key(key.clone())),
                Segment::Enum { variant } => Some(PathPart::Key(variant.clone())),
                Segment::Unknown => None,
            })
            .collect(),
    )
}

/// What a field must be, by its name; `horizon` completes the month's range when it is
/// known.
pub fn valid_value(field: &str, horizon: Option<u32>) -> Option<Valid> {
    let level = VALUE_NAMES.contains(&field) || EXPERTISE_NAMES.contains(&field) || LEVELS.contains(&field);
    let one_of = |names: String| Valid::OneOf { names };
    Some(match field {
        _ if level => Valid::Level,
        "month" => Valid::Month { horizon },
        "horizon_months" => Valid::Horizon,
        "seed" => Valid::Seed,
        "model_version" => Valid::ModelVersion { current: super::MODEL_VERSION },
        "partner" | "coordinator" => Valid::Partner,
        "title" | "description" | "name" => Valid::Text,
        "partners" => Valid::Partners { max: MAX_PARTNERS },
        "schedule" => Valid::Schedule { max: MAX_SCHEDULE },
        "action" | "without" => one_of(names(ActionName::ALL.iter().map(|a| a.name()))),
        "metric" => one_of(names(Metric::ALL.iter().map(|m| m.name()))),
        "direction" => one_of(names([Direction::Higher, Direction::Lower].iter().map(|d| d.name()))),
        "says" => Valid::Says,
        "runs" => Valid::Runs,
        "min_effect" => Valid::MinEffect,
        "set" => Valid::Set,
        "expect" => Valid::Expectations { max: MAX_EXPECTATIONS },
        "a" | "b" => Valid::Arm,
        "style" => one_of(names(StyleName::ALL.iter().map(|s| s.name()))),
        "division" => one_of(names(Division::NAMES.iter().copied())),
        "environment" | "governance" | "coordination" | "relations" | "values" | "expertise" => Valid::Table,
        _ => return None,
    })
}

/// The fields that hold a level 0..=1, besides the values and the strengths.
const LEVELS: [&str; 15] = [
    "field_uncertainty",
    "turbulence",
    "control",
    "organisation",
    "decision_clarity",
    "knowledge",
    "trust",
    "conflict",
    "size",
    "long_term",
    "quality",
    "competitiveness",
    "dependency",
    "commitment",
    "value",
];

fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}

/// A parser's message as a problem, with the path it is about: a type error says what the
/// field must be, an unknown name lists the valid ones, a missing field is reported at its
/// own path, and user text is escaped and cut. What the parsers say about the text itself
/// (TOML's and JSON's syntax) stays in their words.
pub fn explain(path: &FieldPath, raw: &str, horizon: Option<u32>) -> (FieldPath, Problem) {
    if let Some(name) = raw.strip_prefix("missing field `").and_then(|rest| rest.strip_suffix('`')) {
        return (path.with(name), Problem::Missing { valid: valid_value(name, horizon) });
    }
    if let Some(problem) = too_many(raw) {
        return (path.clone(), problem);
    }
    (path.clone(), explain_message(path, raw, horizon))
}

/// The problem of a list read past its limit, which [`Bounded`] reports as a parser's message
/// written by [`Problem::TooMany`]'s `Display`.
fn too_many(raw: &str) -> Option<Problem> {
    Listed::ALL.into_iter().find_map(|list| {
        let limit = list.limit();
        let count = raw.strip_prefix(limit.as_str())?.strip_prefix("; this one lists ")?;
        let count = match count.strip_prefix("more than ") {
            Some(n) => Counted::ListsMoreThan(n.parse().ok()?),
            None => Counted::Lists(count.parse().ok()?),
        };
        Some(Problem::TooMany { list, count })
    })
}

fn explain_message(path: &FieldPath, raw: &str, horizon: Option<u32>) -> Problem {
    let field = path.field();
    if let Some((found, expected)) = raw
        .strip_prefix("invalid type: ")
        .or_else(|| raw.strip_prefix("invalid value: "))
        .and_then(|rest| rest.rsplit_once(", expected "))
    {
        let valid = match field {
            Some(_) if path.ends_in_index() => None,
            Some(f) => valid_value(f, horizon),
            None => None,
        };
        let valid = valid.unwrap_or_else(|| Valid::Expected(expected.replace('`', "")));
        return Problem::WrongValue { valid, found: found_value(found) };
    }
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        if let Some((name, fields)) = rest.rsplit_once("`, expected ") {
            return Problem::NotAField { name: quote(name), fields: list(fields) };
        }
        if let Some(name) = rest.strip_suffix("`, there are no fields") {
            return Problem::NotAField { name: quote(name), fields: String::new() };
        }
    }
    if let Some((name, variants)) =
        raw.strip_prefix("unknown variant `").and_then(|rest| rest.rsplit_once("`, expected "))
    {
        let field = field.unwrap_or("name").to_string();
        return Problem::UnknownChoice { field, name: quote(name), choices: list(variants) };
    }
    Problem::Syntax { detail: sanitize(raw, MAX_MESSAGE_CHARS) }
}

/// `string "0.5"` as the text "0.5", `integer `-1`` as -1, `sequence` as a list, cut.
fn found_value(found: &str) -> Found {
    if let Some(debug_quoted) = found.strip_prefix("string ") {
        // serde writes the string with Rust's debug escapes, so it holds no control
        // characters; it may still be long.
        let inner = debug_quoted.trim_start_matches('"').trim_end_matches('"');
        let cut: String = inner.chars().take(40).collect();
        let ellipsis = if cut.len() < inner.len() { "…" } else { "" };
        return Found::Text(format!("{cut}{ellipsis}"));
    }
    // Numbers, booleans and characters come as `integer `-1``: the value in backticks.
    match (found, found.find('`'), found.rfind('`')) {
        (_, Some(first), Some(last)) if first < last => {
            Found::Value(sanitize(&found[first + 1..last], MAX_MESSAGE_CHARS))
        }
        ("sequence", ..) => Found::List,
        ("map", ..) => Found::Table,
        ("unit value" | "unit", ..) => Found::Null,
        (other, ..) => Found::Value(sanitize(other, MAX_MESSAGE_CHARS)),
    }
}

/// "`a`, `b`, `c`" as "a, b, c"; "`a` or `b`" as "a, b". The names are ours (fields and
/// variants), so the list is not cut.
fn list(names: &str) -> String {
    let names = names.strip_prefix("one of ").unwrap_or(names);
    sanitize(&names.replace("` or `", "`, `").replace('`', ""), usize::MAX)
}

/// A parser's message made safe to show: control characters escaped, several lines joined,
/// the whole cut after `max_chars` characters.
fn sanitize(message: &str, max_chars: usize) -> String {
    let joined = message.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ");
    let mut out = String::new();
    for (i, c) in joined.chars().enumerate() {
        if i == max_chars {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A struct that is read only from a table (a map) with named fields. serde's derive also
/// reads structs from arrays, by position, so `expertise = [0.1, 0.9]` would set two
/// strengths without a word; this refuses it with the field's path.
pub struct Table<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Table<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TableVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for TableVisitor<T> {
            type Value = Table<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a table with named fields")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Table<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Table)
            }
        }

        deserializer.deserialize_map(TableVisitor(PhantomData))
    }
}

/// Reads a struct field only from a table; see [`Table`].
pub fn table<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<T, D::Error> {
    Table::deserialize(deserializer).map(|Table(value)| value)
}

/// Reads the partners, each from a table, stopping at the first one beyond
/// [`MAX_PARTNERS`].
pub fn partners<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<PartnerSpec>, D::Error> {
    deserializer.deserialize_seq(Bounded::<PartnerSpec> { list: Listed::Partners, items: PhantomData })
}

/// Reads the schedule, each entry from a table, stopping at the first one beyond
/// [`MAX_SCHEDULE`].
pub fn schedule<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<ScheduleEntry>, D::Error> {
    deserializer.deserialize_seq(Bounded::<ScheduleEntry> { list: Listed::Schedule, items: PhantomData })
}

/// Reads the expectations, each from a table, stopping at the first one beyond
/// [`MAX_EXPECTATIONS`].
pub fn expectations<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Expectation>, D::Error> {
    deserializer.deserialize_seq(Bounded::<Expectation> { list: Listed::Expectations, items: PhantomData })
}

/// A list of tables of at most `list.max()` items.
struct Bounded<T> {
    list: Listed,
    items: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Bounded<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a list of at most {} tables", self.list.max())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let max = self.list.max();
        let too_many = |count| de::Error::custom(Problem::TooMany { list: self.list, count });
        // The TOML reader knows the length of its arrays: a long one is refused unread.
        if let Some(n) = seq.size_hint().filter(|&n| n > max) {
            return Err(too_many(Counted::Lists(n)));
        }
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(Table(item)) = seq.next_element::<Table<T>>()? {
            if items.len() == max {
                return Err(too_many(Counted::ListsMoreThan(max)));
            }
            items.push(item);
        }
        Ok(items)
    }
}

/// Reads back a scenario that `--set` changed, as JSON text: the same tables-only and bounded
/// reading as a file, with the path of a type error. The page reads its presets and share
/// links from JSON text already, so reading the changed scenario from text too (rather than
/// from a `serde_json::Value`) needs no second copy of the scenario's readers in the page.
pub fn from_changed_json(text: &str, horizon: u32) -> Result<Scenario, FieldError> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map(|Table(scenario)| scenario).map_err(|e| {
        let path = path_of(e.path());
        let raw = without_position(&e.into_inner());
        let (path, problem) = explain(&path, &raw, Some(horizon));
        FieldError::new(path.display(), problem)
    })
}

/// serde_json's message without the " at line L column C" it ends with.
fn without_position(e: &serde_json::Error) -> String {
    let raw = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    raw.strip_suffix(&suffix).map(str::to_string).unwrap_or(raw)
}
