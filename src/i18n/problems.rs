//! Problems with a scenario in the page's language (locales/*/problems.ftl).
//!
//! The scenario module writes each problem's English text for the CLI and the tests, and keeps
//! a structured description of it ([`Problem`]); this module writes that description in the
//! page's language. In English it gives the scenario module's text exactly. The field path
//! (`partners[2].size`) names the file's field and stays as it is. What the parsers report is
//! structured too (a missing field, a value of the wrong kind, an unknown name); only the
//! detail of a syntax error ([`Problem::Syntax`]) and free text ([`Problem::Other`]) stay in
//! English inside the page's sentence. Outside the `ui` module so that a native test can check
//! the English against the CLI's text.

use crate::i18n::Texts;
use crate::scenario::{
    Counted, EntryPart, FieldError, Found, JsonKind, Listed, Problem, ScenarioError, Valid,
};

/// One problem with where it is, in the page's language: `partners[2].size: must be between
/// 0 and 1, not 1.7` in English, `partners[2].size: moet tussen 0 en 1 liggen, niet 1,7` in
/// Dutch. Takes [`Texts`] so that the app's state, which has no `Tr`, can use
/// it too; a `&Tr` is one.
pub fn problem_text(tr: &Texts, e: &FieldError) -> String {
    let problem = what(tr, &e.problem);
    let at = e.location.map(|at| {
        tr.with("problem-location", &[("line", &at.line.to_string()), ("column", &at.column.to_string())])
    });
    match (e.path.is_empty(), at) {
        (false, Some(at)) => {
            tr.with("problem-at-path-location", &[("path", &e.path), ("at", &at), ("problem", &problem)])
        }
        (false, None) => tr.with("problem-at-path", &[("path", &e.path), ("problem", &problem)]),
        (true, Some(at)) => tr.with("problem-at-location", &[("at", &at), ("problem", &problem)]),
        (true, None) => problem,
    }
}

/// Every problem of `e`, one a line, and the number of those not listed, as
/// [`ScenarioError`]'s `Display` writes them in English.
pub fn problems_text(tr: &Texts, e: &ScenarioError) -> String {
    let mut lines: Vec<String> = e.errors.iter().map(|field| problem_text(tr, field)).collect();
    if e.more > 0 {
        lines.push(tr.count("problem-more", e.more, &[]));
    }
    lines.join("\n")
}

/// What is wrong, without the field's path.
fn what(tr: &Texts, problem: &Problem) -> String {
    let number = |value: &String| tr.lang().localise(value.clone());
    match problem {
        Problem::Level { value } => tr.with("problem-level", &[("value", &number(value))]),
        Problem::Between { min, max, value } => tr.with(
            "problem-between",
            &[("min", &min.to_string()), ("max", &max.to_string()), ("value", &value.to_string())],
        ),
        Problem::Horizon { max, value } => {
            tr.with("problem-horizon", &[("max", &max.to_string()), ("value", &value.to_string())])
        }
        Problem::Month { horizon, value } => {
            tr.with("problem-month", &[("horizon", &horizon.to_string()), ("value", &value.to_string())])
        }
        Problem::Negative { value } => tr.with("problem-negative", &[("value", &number(value))]),
        Problem::Empty => tr.get("problem-empty"),
        Problem::TooLong { max } => tr.with("problem-too-long", &[("max", &max.to_string())]),
        Problem::NoSays { dutch: false } => tr.get("problem-no-says"),
        Problem::NoSays { dutch: true } => tr.get("problem-no-says-dutch"),
        Problem::DuplicateName { name, first } => {
            tr.with("problem-duplicate-name", &[("name", name), ("first", &first.to_string())])
        }
        Problem::NoPartnerIndex { index, count } => tr.with(
            "problem-no-partner-index",
            &[("index", &index.to_string()), ("count", &count.to_string()), ("last", &last(*count))],
        ),
        Problem::NoPartnerNamed { name } => tr.with("problem-no-partner-named", &[("name", name)]),
        Problem::TooMany { list, count } => {
            tr.with("problem-too-many", &[("limit", &limit(tr, *list)), ("size", &size(tr, *count))])
        }
        Problem::NewerModel { version, current } => tr.with(
            "problem-newer-model",
            &[("version", &version.to_string()), ("current", &current.to_string())],
        ),
        Problem::NeedsPartner { what } => tr.with("problem-needs-partner", &[("what", what.as_str())]),
        Problem::NeedsStyle => tr.get("problem-needs-style"),
        Problem::NeedsValue { action } => tr.with("problem-needs-value", &[("action", action.as_str())]),
        Problem::TakesNoPartner { action } => {
            tr.with("problem-takes-no-partner", &[("action", action.as_str())])
        }
        Problem::NotTaken { part: EntryPart::Style, action } => {
            tr.with("problem-only-style", &[("action", action.as_str())])
        }
        Problem::NotTaken { part: EntryPart::Division, action } => {
            tr.with("problem-only-division", &[("action", action.as_str())])
        }
        Problem::NotTaken { part: EntryPart::Value, action } => {
            tr.with("problem-only-value", &[("action", action.as_str())])
        }
        Problem::SeedOverflow { runs, seed } => tr.with(
            "problem-seed-overflow",
            &[("runs", &runs.to_string()), ("seed", &seed.to_string()), ("largest", &u64::MAX.to_string())],
        ),
        Problem::TextTooLarge { mb, max_mb } => {
            tr.with("problem-text-too-large", &[("mb", &number(mb)), ("max", &max_mb.to_string())])
        }
        Problem::JsonComment => tr.get("problem-json-comment"),
        Problem::NotJsonObject { kind } => {
            tr.with("problem-not-json-object", &[("kind", &json_kind(tr, *kind))])
        }
        Problem::NotAPath => tr.get("problem-not-a-path"),
        Problem::NoFields { name } => tr.with("problem-no-fields", &[("name", name)]),
        Problem::NotAList { name } => tr.with("problem-not-a-list", &[("name", name)]),
        Problem::UnknownField { name, fields } => {
            tr.with("problem-unknown-field", &[("name", name), ("fields", fields)])
        }
        Problem::PartnerIndex { count } => {
            tr.with("problem-partner-index", &[("count", &count.to_string()), ("last", &last(*count))])
        }
        Problem::EntryIndex { count: 0 } => tr.get("problem-schedule-empty"),
        Problem::EntryIndex { count } => {
            tr.with("problem-entry-index", &[("count", &count.to_string()), ("last", &last(*count))])
        }
        Problem::Missing { valid: None } => tr.get("problem-missing"),
        Problem::Missing { valid: Some(valid) } => {
            tr.with("problem-missing-valid", &[("valid", &valid_text(tr, valid))])
        }
        Problem::WrongValue { valid, found } => tr.with(
            "problem-wrong-value",
            &[("valid", &valid_text(tr, valid)), ("found", &found_text(tr, found))],
        ),
        Problem::NotAField { name, fields } if fields.is_empty() => {
            tr.with("problem-not-a-field", &[("name", name)])
        }
        Problem::NotAField { name, fields } => {
            tr.with("problem-not-a-field-listed", &[("name", name), ("fields", fields)])
        }
        Problem::UnknownChoice { field, name, choices } => {
            tr.with("problem-unknown-choice", &[("field", field), ("name", name), ("choices", choices)])
        }
        Problem::AlreadyHappened { action, month, from } => tr.with(
            "problem-already-happened",
            &[("action", action), ("month", &month.to_string()), ("from", &from.to_string())],
        ),
        Problem::Syntax { detail } => tr.with("problem-syntax", &[("detail", detail)]),
        Problem::Within { path, problem } => {
            tr.with("problem-at-path", &[("path", path), ("problem", &what(tr, problem))])
        }
        Problem::Other(message) => message.clone(),
    }
}

/// What a field must be, in words.
fn valid_text(tr: &Texts, valid: &Valid) -> String {
    let max = |id: &str, max: usize| tr.with(id, &[("max", &max.to_string())]);
    match valid {
        Valid::Level => tr.get("valid-level"),
        Valid::Month { horizon: None } => tr.get("valid-month"),
        Valid::Month { horizon: Some(h) } => tr.with("valid-month-horizon", &[("horizon", &h.to_string())]),
        Valid::Horizon => tr.get("valid-horizon"),
        Valid::Seed => tr.with("valid-seed", &[("max", &u64::MAX.to_string())]),
        Valid::ModelVersion { current } => {
            tr.with("valid-model-version", &[("current", &current.to_string())])
        }
        Valid::Partner => tr.get("valid-partner"),
        Valid::Text => tr.get("valid-text"),
        Valid::Partners { max: m } => max("valid-partners", *m),
        Valid::Schedule { max: m } => max("valid-schedule", *m),
        Valid::OneOf { names } => tr.with("valid-one-of", &[("names", names)]),
        Valid::Says => tr.get("valid-says"),
        Valid::Runs => tr.get("valid-runs"),
        Valid::MinEffect => tr.get("valid-min-effect"),
        Valid::Set => tr.get("valid-set"),
        Valid::Expectations { max: m } => max("valid-expectations", *m),
        Valid::Arm => tr.get("valid-arm"),
        Valid::Table => tr.get("valid-table"),
        Valid::Expected(words) => tr.with("valid-expected", &[("words", words)]),
    }
}

/// The value found instead, in words; a number in the page's number format.
fn found_text(tr: &Texts, found: &Found) -> String {
    match found {
        Found::Text(text) => tr.with("found-text", &[("text", text)]),
        Found::Value(value) => tr.lang().localise(value.clone()),
        Found::List => tr.get("found-list"),
        Found::Table => tr.get("found-table"),
        Found::Null => "null".to_string(),
    }
}

/// The highest index of a list of `count` items, 0 for an empty one.
fn last(count: usize) -> String {
    count.saturating_sub(1).to_string()
}

/// A list's limit in words.
fn limit(tr: &Texts, list: Listed) -> String {
    let max = list.max().to_string();
    match list {
        Listed::Partners => tr.with("problem-limit-partners", &[("max", &max)]),
        Listed::Schedule => tr.with("problem-limit-schedule", &[("max", &max)]),
        Listed::Expectations => tr.with("problem-limit-expectations", &[("max", &max)]),
    }
}

/// How long a list that breaks its limit is.
fn size(tr: &Texts, count: Counted) -> String {
    match count {
        Counted::Has(n) => tr.with("problem-size-has", &[("count", &n.to_string())]),
        Counted::Lists(n) => tr.with("problem-size-lists", &[("count", &n.to_string())]),
        Counted::ListsMoreThan(n) => tr.with("problem-size-lists-more", &[("count", &n.to_string())]),
    }
}

/// What a JSON text holds that is not an object.
fn json_kind(tr: &Texts, kind: JsonKind) -> String {
    match kind {
        JsonKind::Array => tr.get("problem-json-array"),
        JsonKind::String => tr.get("problem-json-string"),
        JsonKind::Boolean => tr.get("problem-json-boolean"),
        JsonKind::Null => tr.get("problem-json-null"),
        JsonKind::Number => tr.get("problem-json-number"),
    }
}
