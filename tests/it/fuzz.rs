//! Fuzzing that stays: property tests that feed the parsers hostile input (arbitrary text,
//! mutated presets, mutated share links, arbitrary worker requests and trace batches) and
//! check that nothing panics and every refusal is a short message. Each test prints how many
//! inputs it ran and how long they took (`cargo test --test it fuzz -- --nocapture`); the case
//! counts keep the whole module at a few seconds. The generator is seeded afresh on every run,
//! so the suite keeps exploring; a failure prints the smallest input proptest shrank it to.

use std::cell::Cell;
use std::fmt::Debug;
use std::time::Instant;

use alliance_lab::ensemble::run_ensemble;
use alliance_lab::model::{Action, Intervention, Shock};
use alliance_lab::scenario::{Scenario, PRESETS};
use alliance_lab::share::{decode, encode};
use alliance_lab::simulation::Simulation;
use alliance_lab::worker_protocol::traces::{decode_traces, HEADER_LEN};
use alliance_lab::worker_protocol::{handle, stats_outcome, Message, ReplyBody, MAX_RUNS};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::Value;

/// The longest message a refusal may be, in characters, for inputs of up to a few
/// kilobytes: a screenful, not a copy of the input.
const MAX_MESSAGE_CHARS: usize = 4_000;

/// Runs `property` on `cases` inputs from `strategy` and prints how many inputs ran (shrinking
/// included) and how long that took. Panics in the property count as failures and are shrunk
/// like any other.
fn fuzz<S>(what: &str, cases: u32, strategy: S, property: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    // Failures are printed, not written to a regressions file in the source tree.
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let inputs = Cell::new(0u32);
    let started = Instant::now();
    let result = runner.run(&strategy, |value| {
        inputs.set(inputs.get() + 1);
        property(value)
    });
    println!("fuzz {what}: {} inputs in {} ms", inputs.get(), started.elapsed().as_millis());
    if let Err(e) = result {
        panic!("{what}: {e}");
    }
}

/// A refusal is a message of a few lines: not empty, no empty lines, not a copy of the input.
fn check_message(message: &str) -> Result<(), TestCaseError> {
    prop_assert!(!message.trim().is_empty(), "an empty message");
    prop_assert!(
        message.chars().count() <= MAX_MESSAGE_CHARS,
        "a message of {} characters: {}…",
        message.chars().count(),
        message.chars().take(300).collect::<String>()
    );
    prop_assert!(message.lines().all(|line| !line.trim().is_empty()), "an empty line in {message:?}");
    Ok(())
}

/// Text a scenario file might be made of: structure characters, hostile values and names.
const SNIPPETS: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "=",
    ",",
    ":",
    "\n",
    "#",
    "\\",
    "\u{feff}",
    "\u{1b}[2J",
    "\u{0}",
    "[[partners]]\n",
    "[[schedule]]\n",
    "[governance]\n",
    "name = \"A\"\n",
    "name = \"AidWorks\"\n",
    "partner = 99\n",
    "partner = \"Nobody\"\n",
    "action = \"dance\"\n",
    "month = 0\n",
    "size = \"0.5\"\n",
    "expertise = [0.1, 0.9]\n",
    "1e309",
    "-1",
    "nan",
    "inf",
    "-0",
    "18446744073709551616",
    "-9223372036854775809",
    "0x10",
    "true",
    "null",
    "[]",
    "{}",
    "\"partners\": [[1, 2]]",
    "\"seed\": -1",
];

/// Where to apply a mutation, as a share of the text's length, so that one strategy serves
/// texts of any length.
fn position() -> impl Strategy<Value = f64> {
    0.0..1.0f64
}

/// One edit of a text.
#[derive(Clone, Debug)]
enum Edit {
    Insert(f64, String),
    Delete(f64, usize),
    Replace(f64, usize, String),
    DuplicateLine(f64),
    Truncate(f64),
}

fn payload() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(SNIPPETS).prop_map(str::to_string),
        1 => ".{0,12}",
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (position(), payload()).prop_map(|(at, text)| Edit::Insert(at, text)),
        2 => (position(), 1..20usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        4 => (position(), 1..8usize, payload()).prop_map(|(at, n, text)| Edit::Replace(at, n, text)),
        1 => position().prop_map(Edit::DuplicateLine),
        1 => position().prop_map(Edit::Truncate),
    ]
}

/// The char boundary nearest below `share` of the text.
fn boundary(text: &str, share: f64) -> usize {
    let mut at = ((text.len() as f64) * share) as usize;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The end of `n` characters from `start`, or the text's end.
fn chars_after(text: &str, start: usize, n: usize) -> usize {
    text[start..].char_indices().nth(n).map_or(text.len(), |(i, _)| start + i)
}

fn apply(text: &mut String, edit: &Edit) {
    match edit {
        Edit::Insert(at, payload) => text.insert_str(boundary(text, *at), payload),
        Edit::Delete(at, n) => {
            let start = boundary(text, *at);
            text.replace_range(start..chars_after(text, start, *n), "");
        }
        Edit::Replace(at, n, payload) => {
            let start = boundary(text, *at);
            text.replace_range(start..chars_after(text, start, *n), payload);
        }
        Edit::DuplicateLine(at) => {
            let start = text[..boundary(text, *at)].rfind('\n').map_or(0, |i| i + 1);
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i + 1);
            let line = text[start..end].to_string();
            text.insert_str(start, &line);
        }
        Edit::Truncate(at) => text.truncate(boundary(text, *at)),
    }
}

/// A preset as TOML or as JSON, changed by a few edits.
fn mutated_scenario_text() -> impl Strategy<Value = String> {
    let texts: Vec<String> = PRESETS
        .iter()
        .flat_map(|(_, toml)| {
            let json =
                serde_json::to_string_pretty(&Scenario::parse(toml).expect("a valid preset")).expect("JSON");
            [toml.to_string(), json]
        })
        .collect();
    (prop::sample::select(texts), prop::collection::vec(edit(), 1..6)).prop_map(|(mut text, edits)| {
        for e in &edits {
            apply(&mut text, e);
        }
        text
    })
}

/// Text of no particular shape: any characters, bytes read as UTF-8 the lossy way, or
/// scenario-like characters that get past the first few checks more often.
fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,300}",
        prop::collection::vec(any::<u8>(), 0..300).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        "[a-z_\\[\\]{}=\",.:0-9 \n#-]{0,300}",
        prop::collection::vec(prop::sample::select(SNIPPETS), 0..30).prop_map(|s| s.concat()),
    ]
}

fn check_parse(text: &str) -> Result<(), TestCaseError> {
    match Scenario::parse(text) {
        Ok(scenario) => prop_assert!(scenario.validate().is_ok(), "parse accepted an invalid scenario"),
        Err(e) => {
            let message = e.to_string();
            check_message(&message)?;
            for line in message.lines() {
                prop_assert!(is_located(line), "a problem without its place: {line:?} in {message:?}");
            }
        }
    }
    Ok(())
}

/// Whether a line of a scenario's error message says where: a position, alone
/// (`line 3, column 7:`) or after a path (`seed (line 2, column 8):`, where an unknown key in
/// the path is the user's text and may hold anything, `: ` included), a field path
/// (`partners[2].size:`), the count of problems left out (`and 12 more`), or a limit of the
/// whole text, which has no narrower place.
fn is_located(line: &str) -> bool {
    let head = line.split(": ").next().unwrap_or_default();
    let is_path = !head.is_empty() && head.chars().all(|c| c.is_ascii_alphanumeric() || "_.[]".contains(c));
    line.contains(" (line ")
        || line.starts_with("line ")
        || is_path
        || line.starts_with("and ")
        || line.starts_with("the text ")
}

#[test]
fn parsing_arbitrary_text_gives_a_scenario_or_a_short_message() {
    fuzz("scenario parsing, arbitrary text", 3_000, arbitrary_text(), |text| check_parse(&text));
}

#[test]
fn parsing_mutated_presets_gives_a_scenario_or_a_short_message() {
    fuzz("scenario parsing, mutated TOML and JSON presets", 3_000, mutated_scenario_text(), |text| {
        check_parse(&text)
    });
}

/// `--set` arguments: real paths with any index, paths of random segments, or any text, and
/// values that are numbers, hostile snippets or any text, joined by `=` (sometimes not).
fn set_argument() -> impl Strategy<Value = String> {
    let field = prop::sample::select(vec![
        "seed",
        "horizon_months",
        "title",
        "governance.control",
        "governance.organisation",
        "coordination.style",
        "coordination.coordinator",
        "environment.turbulence",
        "relations.trust",
        "partners",
        "schedule",
    ]);
    let partner_field = prop::sample::select(vec![
        "name",
        "size",
        "quality",
        "values.gender_equality",
        "expertise.advocacy",
        "expertise",
        "nothing",
        "",
    ]);
    let index = prop_oneof![0..8usize, Just(usize::MAX), any::<usize>()];
    let path = prop_oneof![
        field.prop_map(str::to_string),
        (index.clone(), partner_field).prop_map(|(i, f)| format!("partners[{i}].{f}")),
        (index, prop::sample::select(vec!["month", "action", "partner", "value", "division"]))
            .prop_map(|(i, f)| format!("schedule[{i}].{f}")),
        "[a-z_.\\[\\]0-9-]{0,30}",
        ".{0,30}",
    ];
    let value = prop_oneof![
        any::<f64>().prop_map(|v| v.to_string()),
        any::<i64>().prop_map(|v| v.to_string()),
        any::<u64>().prop_map(|v| v.to_string()),
        prop::sample::select(SNIPPETS).prop_map(str::to_string),
        prop::sample::select(vec!["0.5", "1.7", "Voice", "AidWorks", "independent_chair", "[1,2]", "\"x\""])
            .prop_map(str::to_string),
        ".{0,20}",
    ];
    prop_oneof![
        6 => (path, value).prop_map(|(p, v)| format!("{p}={v}")),
        1 => ".{0,40}",
    ]
}

#[test]
fn any_set_argument_changes_the_scenario_validly_or_leaves_it_as_it_was_with_a_message() {
    let original = Scenario::default_preset();
    fuzz("--set paths", 3_000, prop::collection::vec(set_argument(), 1..4), |arguments| {
        // Split as the CLI splits `--set PATH=VALUE`.
        let pairs: Vec<(&str, &str)> = arguments
            .iter()
            .filter_map(|a| a.split_once('='))
            .map(|(path, value)| (path.trim(), value.trim()))
            .collect();
        let mut scenario = original.clone();
        match scenario.set_all(&pairs) {
            Ok(()) => prop_assert!(scenario.validate().is_ok(), "{pairs:?} left an invalid scenario"),
            Err(e) => {
                check_message(&e.to_string())?;
                prop_assert_eq!(&scenario, &original, "a refused --set changed the scenario");
            }
        }
        Ok(())
    });
}

/// Real share links: every preset, and the default scenario with user actions.
fn real_links() -> Vec<String> {
    let mut links: Vec<String> =
        PRESETS.iter().map(|(stem, _)| encode(&Scenario::preset(stem).expect("preset"))).collect();
    let mut sim = Simulation::with_seed(&Scenario::default_preset(), 5);
    for action in [
        Action::Intervention(Intervention::ValueRoom { partner: 4 }),
        Action::Shock(Shock::Turnover { partner: 2 }),
        Action::SetControl(0.7),
    ] {
        sim.apply(action);
        sim.step_month();
    }
    links.push(encode(&sim.scenario_with_actions()));
    links
}

fn check_decode(link: &str) -> Result<(), TestCaseError> {
    match decode(link) {
        Ok(scenario) => prop_assert!(scenario.validate().is_ok(), "decode accepted an invalid scenario"),
        Err(e) => check_message(&e.to_string())?,
    }
    Ok(())
}

#[test]
fn a_truncated_real_link_never_opens() {
    let links = real_links();
    let cut = (prop::sample::select(links), position());
    fuzz("share links, truncated", 1_000, cut, |(link, at)| {
        // Anything from the bare version prefix to all but the last character.
        let end = 3 + ((link.len() - 3) as f64 * at) as usize;
        let truncated = &link[..end];
        prop_assert!(decode(truncated).is_err(), "{truncated} opened");
        check_decode(truncated)
    });
}

#[test]
fn a_mutated_real_link_opens_a_valid_scenario_or_says_what_is_wrong() {
    let links = real_links();
    let strategy = (prop::sample::select(links), prop::collection::vec(edit(), 1..4));
    fuzz("share links, mutated text", 3_000, strategy, |(mut link, edits)| {
        for e in &edits {
            apply(&mut link, e);
        }
        check_decode(&link)
    });
}

/// A link whose deflated JSON was edited before packing, so that the edits reach the JSON
/// reader and the validation rather than stopping at base64 or deflate.
#[test]
fn a_link_holding_mutated_json_opens_a_valid_scenario_or_says_what_is_wrong() {
    let jsons: Vec<String> = PRESETS
        .iter()
        .map(|(stem, _)| serde_json::to_string(&Scenario::preset(stem).expect("preset")).expect("JSON"))
        .collect();
    let strategy = (prop::sample::select(jsons), prop::collection::vec(edit(), 1..6));
    fuzz("share links, mutated JSON inside", 1_500, strategy, |(mut json, edits)| {
        for e in &edits {
            apply(&mut json, e);
        }
        let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6);
        check_decode(&format!("v2.{}", URL_SAFE_NO_PAD.encode(packed)))
    });
}

/// Arbitrary JSON of bounded depth and size.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("JSON has no NaN or infinity", |f| f.is_finite()).prop_map(Value::from),
        ".{0,20}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{0,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A request as the page might send it, or not: each field is usually of the right kind,
/// sometimes any JSON; run counts stay small so that valid requests finish quickly.
fn worker_request() -> impl Strategy<Value = String> {
    let id = prop_oneof![4 => any::<u32>().prop_map(Value::from), 1 => json_value()];
    let scenario = prop_oneof![
        2 => Just(Value::from(alliance_lab::scenario::DEFAULT_JSON)),
        2 => mutated_scenario_text().prop_map(Value::from),
        1 => json_value(),
    ];
    let first_seed = prop_oneof![
        any::<u64>().prop_map(Value::from),
        (u64::MAX - 5..=u64::MAX).prop_map(Value::from),
        json_value(),
    ];
    let runs = prop_oneof![
        4 => (0..=3u32).prop_map(Value::from),
        1 => prop::sample::select(vec![MAX_RUNS + 1, u32::MAX]).prop_map(Value::from),
        1 => json_value(),
    ];
    let arms = prop_oneof![
        prop::collection::vec(prop_oneof![0..3usize, Just(usize::MAX)], 0..4).prop_map(Value::from),
        json_value(),
    ];
    let run = (id.clone(), scenario, first_seed, runs).prop_map(|(id, scenario, first_seed, runs)| {
        serde_json::json!({ "id": id, "run": { "scenario": scenario, "first_seed": first_seed, "runs": runs } })
    });
    let stats = (id, arms).prop_map(|(id, arms)| serde_json::json!({ "id": id, "stats": { "arms": arms } }));
    prop_oneof![
        3 => run.prop_map(|v| v.to_string()),
        2 => stats.prop_map(|v| v.to_string()),
        1 => json_value().prop_map(|v| v.to_string()),
        1 => arbitrary_text(),
    ]
}

#[test]
fn any_worker_request_gets_progress_and_one_batch_or_one_short_error() {
    fuzz("worker protocol, requests", 1_000, worker_request(), |text| {
        let mut messages = Vec::new();
        handle(&text, &[], || 0.0, |m| messages.push(m));
        let (last, progress) = messages.split_last().expect("every request gets an answer");
        for m in progress {
            prop_assert!(
                matches!(m, Message::Reply(r) if matches!(r.body, ReplyBody::Progress(_))),
                "only progress comes before the last message: {m:?}"
            );
        }
        match last {
            Message::Traces(bytes) => {
                let (header, traces) = decode_traces(bytes).map_err(TestCaseError::fail)?;
                prop_assert_eq!(header.runs as usize, traces.len());
            }
            Message::Reply(reply) => match &reply.body {
                ReplyBody::Error(message) => check_message(message)?,
                other => prop_assert!(false, "a run or bad request is answered {other:?}"),
            },
        }
        Ok(())
    });
}

/// One edit of a binary batch.
#[derive(Clone, Debug)]
enum ByteEdit {
    Set(f64, u8),
    Truncate(f64),
    Append(Vec<u8>),
    /// Overwrites one of the header's u32 fields (id, runs, months) with a value.
    Header(usize, u32),
    /// Overwrites 8 bytes with a float such as NaN.
    Float(f64, f64),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        4 => (position(), any::<u8>()).prop_map(|(at, b)| ByteEdit::Set(at, b)),
        1 => position().prop_map(ByteEdit::Truncate),
        1 => prop::collection::vec(any::<u8>(), 1..40).prop_map(ByteEdit::Append),
        2 => (0..3usize, prop_oneof![Just(0), Just(1), Just(u32::MAX), any::<u32>()])
            .prop_map(|(field, v)| ByteEdit::Header(field, v)),
        2 => (position(), prop::sample::select(vec![f64::NAN, f64::INFINITY, -f64::INFINITY, f64::MAX, -0.0]))
            .prop_map(|(at, v)| ByteEdit::Float(at, v)),
    ]
}

fn apply_bytes(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let at = |share: f64, len: usize| ((bytes.len().saturating_sub(len)) as f64 * share) as usize;
    match edit {
        ByteEdit::Set(share, b) => {
            if !bytes.is_empty() {
                let i = at(*share, 1);
                bytes[i] = *b;
            }
        }
        ByteEdit::Truncate(share) => bytes.truncate(at(*share, 0)),
        ByteEdit::Append(more) => bytes.extend_from_slice(more),
        ByteEdit::Header(field, value) => {
            let start = 8 + 4 * field;
            if bytes.len() >= start + 4 {
                bytes[start..start + 4].copy_from_slice(&value.to_le_bytes());
            }
        }
        ByteEdit::Float(share, value) => {
            if bytes.len() >= 8 {
                let i = at(*share, 8);
                bytes[i..i + 8].copy_from_slice(&value.to_le_bytes());
            }
        }
    }
}

/// The batch a worker sends for `runs` runs of the default scenario.
fn real_batch(first_seed: u64, runs: u32) -> Vec<u8> {
    let request = serde_json::json!({ "id": 1, "run": {
        "scenario": alliance_lab::scenario::DEFAULT_JSON, "first_seed": first_seed, "runs": runs } });
    let mut batch = Vec::new();
    handle(
        &request.to_string(),
        &[],
        || 0.0,
        |m| {
            if let Message::Traces(bytes) = m {
                batch = bytes;
            }
        },
    );
    assert!(batch.len() > HEADER_LEN, "a batch of {runs} runs");
    batch
}

#[test]
fn any_trace_batches_and_arms_give_statistics_or_a_short_error() {
    let real = [real_batch(0, 2), real_batch(2, 1)];
    let batch = prop_oneof![
        4 => (prop::sample::select(real.to_vec()), prop::collection::vec(byte_edit(), 0..5)).prop_map(
            |(mut bytes, edits)| {
                for e in &edits {
                    apply_bytes(&mut bytes, e);
                }
                bytes
            }
        ),
        1 => prop::collection::vec(any::<u8>(), 0..200),
        1 => prop::collection::vec(any::<u8>(), 0..40).prop_map(|tail| [b"ALTR\x01\0\0\0".as_slice(), &tail].concat()),
    ];
    let arm = prop_oneof![8 => 0..2usize, 1 => 2..5usize, 1 => Just(usize::MAX)];
    let strategy = (prop::collection::vec(batch, 0..4), prop::collection::vec(arm, 0..5));
    fuzz("worker protocol, binary trace batches", 3_000, strategy, |(batches, arms)| {
        let slices: Vec<&[u8]> = batches.iter().map(Vec::as_slice).collect();
        for bytes in &slices {
            if let Err(message) = decode_traces(bytes) {
                check_message(&message)?;
            }
        }
        if let Err(message) = stats_outcome(&slices, &arms, None) {
            check_message(&message)?;
        }
        // The same through the request handler, as a worker gets it.
        let text = serde_json::json!({ "id": 2, "stats": { "arms": arms } }).to_string();
        let mut replies = Vec::new();
        handle(&text, &slices, || 0.0, |m| replies.push(m));
        prop_assert_eq!(replies.len(), 1);
        Ok(())
    });
}

#[test]
fn an_ensemble_may_start_at_any_seed_up_to_the_largest() {
    let mut scenario = Scenario::default_preset();
    scenario.horizon_months = 6;
    scenario.schedule.retain(|e| e.month <= 6);
    let first = prop_oneof![u64::MAX - 3..=u64::MAX, any::<u64>()];
    fuzz("ensembles near the largest seed", 60, (first, 1..4usize), |(first, runs)| {
        let summary = run_ensemble(&scenario, first, runs);
        prop_assert_eq!(summary.runs, runs);
        Ok(())
    });
}
