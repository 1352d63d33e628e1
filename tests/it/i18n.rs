//! The message catalogues: both languages have every message the page asks for, with the same
//! variables, and every catalogue parses.

use std::collections::{BTreeMap, BTreeSet};

use crate::support::rust_files;
use alliance_lab::i18n::{Lang, Texts, CATALOGUES};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;

/// Message id → the variables its value and attributes use, for one catalogue text.
fn messages(area: &str, lang: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = parse(text).unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{area}.ftl: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_variables(value, &mut vars);
            }
            for attribute in &m.attributes {
                pattern_variables(&attribute.value, &mut vars);
            }
            assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{lang}/{area}: {} twice", m.id.name);
        }
    }
    out
}

fn pattern_variables(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, vars),
        Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for variant in variants {
                pattern_variables(&variant.value, vars);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

/// Every message of one language, all areas together.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (area, en, nl) in CATALOGUES {
        let text = if lang == Lang::En { en } else { nl };
        for (id, vars) in messages(area, lang.code(), text) {
            assert!(all.insert(id.clone(), vars).is_none(), "{}: {id} is in two areas", lang.code());
        }
    }
    all
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let (en, nl) = (catalogue(Lang::En), catalogue(Lang::Nl));
    let missing_in_nl: Vec<&String> = en.keys().filter(|k| !nl.contains_key(*k)).collect();
    let missing_in_en: Vec<&String> = nl.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(missing_in_nl.is_empty(), "missing in Dutch: {missing_in_nl:?}");
    assert!(missing_in_en.is_empty(), "missing in English: {missing_in_en:?}");
    for (id, vars) in &en {
        assert_eq!(&nl[id], vars, "{id} uses other variables in Dutch");
    }
}

/// The messages the page's code asks for by a literal id, with the variables it passes:
/// `tr.get("id")`, `tr.with("id", &[("name", …), …])` and `tr.count("id", n, &[…])` (which
/// also passes `count`).
fn asked_for() -> Vec<(String, String, BTreeSet<String>)> {
    let mut asked = Vec::new();
    for path in ["src/ui", "src/i18n"].into_iter().flat_map(rust_files) {
        let source = std::fs::read_to_string(&path).expect("a source file");
        let file = path.display().to_string();
        let calls: Vec<(&str, &str)> = ["tr.get(\"", "tr.with(\"", "tr.count(\""]
            .iter()
            .flat_map(|k| source.match_indices(k).map(|(at, _)| (*k, &source[at + k.len()..])))
            .collect();
        for (kind, rest) in calls {
            let id: String = rest.chars().take_while(|c| *c != '"').collect();
            let mut vars = BTreeSet::new();
            if kind != "tr.get(\"" {
                // The argument list runs to the closing `])`.
                let args = rest.split("])").next().unwrap_or_default();
                for piece in args.split("(\"").skip(1) {
                    vars.insert(piece.chars().take_while(|c| *c != '"').collect());
                }
                if kind == "tr.count(\"" {
                    vars.insert("count".to_string());
                }
            }
            asked.push((file.clone(), id, vars));
        }
    }
    asked
}

#[test]
fn every_message_the_page_asks_for_exists_and_gets_the_variables_it_uses() {
    let en = catalogue(Lang::En);
    let asked = asked_for();
    assert!(asked.len() > 5, "the scan finds the page's messages");
    for (file, id, passed) in asked {
        let used = en.get(&id).unwrap_or_else(|| panic!("{file}: no message {id}"));
        let undefined: Vec<&String> = used.difference(&passed).collect();
        assert!(undefined.is_empty(), "{file}: {id} uses {undefined:?}, which the code does not pass");
    }
}

#[test]
fn a_message_is_formatted_in_either_language_and_a_missing_one_shows_its_id() {
    assert_eq!(Texts::new(Lang::En).get("present"), "Present");
    assert_eq!(Texts::new(Lang::Nl).get("present"), "Presenteren");
    assert_eq!(Texts::new(Lang::Nl).get("no-such-message"), "no-such-message");
}

/// Faulty scenarios that reach every kind of problem the readers and the checks report.
fn faulty_scenarios() -> Vec<String> {
    let good = alliance_lab::scenario::DEFAULT_TOML;
    let mut texts: Vec<String> = [
        ("control = ", "control = 7 #"),
        ("control = ", "control = \"high\" #"),
        ("horizon_months = 120", "horizon_months = 9000"),
        ("horizon_months = 120", "horizon_months = [1]"),
        ("horizon_months = 120", "horizon_months = { a = 1 }"),
        ("horizon_months = 120", "horison_months = 120"),
        ("action = \"get_to_know\"", "action = \"dance\""),
        ("action = \"get_to_know\"", "action = 3"),
        ("[governance]", "[governance]\nwhat = 1"),
        ("title = ", "title = \"unclosed\n#"),
        ("title = ", "title = 1.5 #"),
        ("title = ", "tytle = "),
    ]
    .iter()
    .map(|(from, to)| good.replacen(from, to, 1))
    .collect();
    texts.extend(
        [
            "{\"title\": \"x\",}",
            "{\"title\" \"x\"}",
            "{\"title\": x}",
            "{\"title\": \"x\"",
            "// a comment\n{}",
            "[1, 2]",
            "{\"title\": \"x\", \"description\": \"y\", \"partners\": 3}",
            "{\"title\": \"x\", \"description\": \"y\", \"partners\": [[0.5]]}",
        ]
        .map(String::from),
    );
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    for entry in std::fs::read_dir(corpus).unwrap() {
        if let Ok(text) = std::fs::read_to_string(entry.unwrap().path()) {
            texts.push(text);
        }
    }
    texts
}

#[test]
fn the_english_page_says_every_scenario_problem_as_the_command_line_does() {
    use alliance_lab::i18n::problems::problems_text;
    use alliance_lab::scenario::Scenario;
    let en = Texts::new(Lang::En);
    let mut checked = 0;
    for text in faulty_scenarios() {
        let Err(e) = Scenario::parse(&text) else { continue };
        assert_eq!(problems_text(&en, &e), e.to_string(), "for the text:\n{text}");
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} faulty scenarios");
    let past = alliance_lab::scenario::FieldError::new(
        "schedule[0]",
        alliance_lab::scenario::Problem::AlreadyHappened { action: "vision".into(), month: 3, from: 12 },
    );
    assert_eq!(alliance_lab::i18n::problems::problem_text(&en, &past), past.to_string());
    let mut s = Scenario::parse(alliance_lab::scenario::DEFAULT_TOML).unwrap();
    for (path, value) in
        [("governance.control", "x"), ("governance.nothing", "1"), ("partners[99].size", "1"), ("seed", "-1")]
    {
        let e = s.set(path, value).unwrap_err();
        assert_eq!(problems_text(&en, &e), e.to_string(), "--set {path}={value}");
    }
}

#[test]
fn the_dutch_page_says_the_readers_problems_in_dutch() {
    use alliance_lab::i18n::problems::problem_text;
    use alliance_lab::scenario::{Problem, Scenario};
    let nl = Texts::new(Lang::Nl);
    let english = [
        "must be",
        "unknown",
        "is missing",
        "the fields here",
        "use one of",
        "a number",
        "the text",
        "a list",
    ];
    let mut checked = 0;
    for text in faulty_scenarios() {
        let Err(e) = Scenario::parse(&text) else { continue };
        for field in &e.errors {
            // Free text and a syntax error's detail are the parser's words; the rest is Dutch.
            if matches!(field.problem, Problem::Other(_) | Problem::Syntax { .. }) {
                continue;
            }
            let dutch = problem_text(&nl, field);
            assert!(
                !english.iter().any(|w| dutch.contains(w)),
                "English left in {dutch:?} ({:?})",
                field.problem
            );
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} problems");
}

/// A piece of a message as the page shows it: literal text, or a placeable (a variable or a
/// choice), which may read as anything.
#[derive(Debug)]
pub enum Piece {
    Text(String),
    Any,
}

/// Every message and attribute of one language as pieces, for matching texts that quote the
/// page against what the page can say.
pub fn shown_texts(lang: Lang) -> Vec<Vec<Piece>> {
    let mut out = Vec::new();
    for (_, en, nl) in CATALOGUES {
        let resource = parse(if lang == Lang::En { *en } else { *nl }).expect("the catalogues parse");
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                out.extend(patterns.map(|p| {
                    p.elements
                        .iter()
                        .map(|e| match e {
                            PatternElement::TextElement { value } => Piece::Text(value.to_string()),
                            PatternElement::Placeable { .. } => Piece::Any,
                        })
                        .collect()
                }));
            }
        }
    }
    out
}

/// Whether `text` is exactly what `pieces` can read as.
pub fn reads_as(pieces: &[Piece], text: &str) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Text(t), rest)) => text.strip_prefix(t.as_str()).is_some_and(|r| reads_as(rest, r)),
        Some((Piece::Any, rest)) => {
            (1..=text.len()).filter(|&i| text.is_char_boundary(i)).any(|i| reads_as(rest, &text[i..]))
        }
    }
}

/// Whether `pieces` can read as `text` followed by a colon and more: a name quoted from the
/// start of a longer text ("More control than fits: it constrains …").
pub fn begins_as(pieces: &[Piece], text: &str) -> bool {
    match pieces.split_first() {
        None => false,
        Some((Piece::Text(t), rest)) => match text.strip_prefix(t.as_str()) {
            Some(r) => begins_as(rest, r),
            None => t.strip_prefix(text).is_some_and(|after| after.starts_with(':')),
        },
        Some((Piece::Any, rest)) => {
            (1..=text.len()).filter(|&i| text.is_char_boundary(i)).any(|i| begins_as(rest, &text[i..]))
        }
    }
}
