//! The messages between the page and the ensemble Web Worker (`src/bin/worker.rs`), and the
//! worker's work itself, kept here so that the page and the worker share the types and the
//! work is tested natively.
//!
//! A worker starts by loading its wasm module, and a message posted to it before that is
//! lost, so the worker first posts [`ready`], `{"id":0,"ready":3}`, and the page waits for
//! it before posting requests.
//!
//! An ensemble takes two kinds of [`Request`], each posted with an id the replies repeat:
//!
//! 1. Runs: the page posts `{"id":1,"run":{"scenario":"..","first_seed":0,"runs":500}}` as
//!    JSON text to each worker, with its own range of seeds (per arm, in compare mode). The
//!    worker answers `{"id":1,"progress":20}` at most every [`PROGRESS_INTERVAL_MS`], then posts the
//!    runs in seed order as ONE binary trace batch (an `ArrayBuffer` in the transfer list,
//!    see [`traces`]), whose header repeats the id.
//! 2. Statistics: once every batch is in, the page posts to one worker a JS array
//!    `['{"id":3,"stats":{"arms":[0,1]}}', batch, batch]` with the batches in the transfer
//!    list; `arms[i]` is the arm (0 for A, 1 for B) of the i-th batch. The worker decodes
//!    them, computes [`StatsOutcome`] with [`stats_outcome`] (the
//!    [`EnsembleAccumulator`] and [`compare`] the CLI uses) and answers
//!    `{"id":3,"stats":{..}}`, a few kilobytes that the page only has to parse and draw.
//!    To check a teaching point, the two arms of the ensemble are its arms A and B (each run
//!    request names its arm, `"arm":{"expectation":0,"arm":"a"}`, and the worker builds it
//!    from the scenario), and the statistics request carries the teaching point: `{"id":3,"stats":{"arms":[0,1],"check":{"expectation":{..},
//!    "first_seed":42,"horizon":120}}}`; the reply then holds the verdict in `check`.
//!
//! A request that cannot be carried out is answered once with `{"id":1,"error":".."}`. To
//! cancel, the page terminates the worker.

use serde::{Deserialize, Serialize};

use crate::ensemble::{compare, run_trace_with, Comparison, EnsembleAccumulator, EnsembleStats};
use crate::expectations::{judge, CheckOutcome};
use crate::scenario::{Arm, Expectation, FieldError, Scenario, ScenarioError};

pub mod traces;

use traces::{decode_traces, encode_traces};

/// Version of this protocol, sent in the ready message. Version 2 sends traces as binary
/// batches and computes the statistics in a worker; version 3 runs and judges the arms of a
/// scenario's teaching points.
pub const PROTOCOL_VERSION: u32 = 3;

/// Most runs one request may ask for.
pub const MAX_RUNS: u32 = 5_000;

/// Runs between two looks at the clock for a progress reply.
pub const PROGRESS_EVERY: u32 = 20;

/// Least milliseconds between two progress replies. A progress bar needs no more than a
/// few updates a second, and each reply is a message the worker formats and posts and the
/// page parses: one every 20 runs was 50 messages for an ensemble of 1,000 runs that takes
/// 70 ms, about 1 ms of the worker's time (docs/PERFORMANCE.md).
pub const PROGRESS_INTERVAL_MS: f64 = 50.0;

/// Most arms one statistics request may have: A, or A and B in compare mode.
pub const MAX_ARMS: usize = 2;

/// What the page asks a worker to do, posted as JSON text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Chosen by the page and repeated in every reply, so replies to an old request can be
    /// told apart.
    pub id: u32,
    /// What to do, written as one key next to `id`.
    #[serde(flatten)]
    pub body: RequestBody,
}

/// The two things a worker does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestBody {
    /// Run seeds of a scenario and send their traces as one binary batch.
    Run {
        /// The scenario as JSON text. Only JSON: the worker links no TOML parser, which
        /// would make up about a third of its download (docs/PERFORMANCE.md).
        scenario: String,
        /// Seed of the first run; run `i` uses `first_seed + i`.
        first_seed: u64,
        /// Number of runs, 1..=[`MAX_RUNS`].
        runs: u32,
        /// Run this arm of one of the scenario's teaching points instead of the scenario as
        /// it is: the worker builds the arm, so that the page links none of that.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        arm: Option<ArmOf>,
    },
    /// Compute the statistics over the binary batches posted with this request.
    Stats {
        /// The arm of each batch, in the order the batches were posted: 0 for A, 1 for B.
        arms: Vec<usize>,
        /// A teaching point to judge over the two arms' runs, when the ensemble checks one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        check: Option<CheckRequest>,
    },
}

/// One arm of one of a scenario's teaching points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArmOf {
    /// Index of the teaching point among the scenario's `expect`.
    pub expectation: usize,
    /// Its arm.
    pub arm: Arm,
}

/// A teaching point whose two arms an ensemble ran, to be judged with the statistics.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckRequest {
    /// The expectation; its arms are A (arm 0) and B (arm 1) of the ensemble.
    pub expectation: Expectation,
    /// The first seed the arms ran.
    pub first_seed: u64,
    /// The scenario's horizon, for the months of runs that never reach a phase.
    pub horizon: u32,
}

/// One JSON message from the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// The id of the request this answers (0 when the request could not be read at all).
    pub id: u32,
    /// What the worker reports.
    #[serde(flatten)]
    pub body: ReplyBody,
}

/// What a worker reports in JSON, written as one key next to `id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyBody {
    /// The worker is ready for requests; sent once, with id 0 and [`PROTOCOL_VERSION`].
    Ready(u32),
    /// Runs finished so far.
    Progress(u32),
    /// The statistics of an ensemble; the only reply to a statistics request.
    Stats(Box<StatsOutcome>),
    /// Why the request cannot be carried out (with the scenario's field paths); the only
    /// reply.
    Error(String),
}

/// The statistics of an ensemble, computed in a worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatsOutcome {
    /// Per arm: A first, then B in compare mode.
    pub stats: Vec<EnsembleStats>,
    /// B compared with A over the paired seeds, when there are two arms.
    pub comparison: Option<Comparison>,
    /// Milliseconds the worker spent decoding and computing, so that the page can report
    /// the worker's share of an ensemble's time; 0 from [`stats_outcome`] itself.
    pub compute_ms: f64,
    /// The verdict on the teaching point the request asked to judge, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<CheckOutcome>,
}

/// What a worker posts: a JSON reply, or the binary batch of a run request's traces.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Posted as JSON text.
    Reply(Reply),
    /// Posted as an `ArrayBuffer`, transferred rather than copied.
    Traces(Vec<u8>),
}

/// The message a worker posts once its request handler is installed.
pub fn ready() -> Reply {
    Reply { id: 0, body: ReplyBody::Ready(PROTOCOL_VERSION) }
}

/// Reads a request (its JSON `text` and the binary `batches` posted with it), carries it
/// out and hands every message to `post` in order. Pure apart from `post` and the clock
/// `now_ms`, which only times the work: the worker passes functions that post to the page
/// and read `performance.now()`.
pub fn handle(text: &str, batches: &[&[u8]], now_ms: impl Fn() -> f64, mut post: impl FnMut(Message)) {
    let request = match read(text) {
        Ok(request) => request,
        Err(reply) => return post(Message::Reply(reply)),
    };
    let id = request.id;
    let error = |message: String| Message::Reply(Reply { id, body: ReplyBody::Error(message) });
    match request.body {
        RequestBody::Run { scenario, first_seed, runs, arm } => {
            let params =
                match Scenario::parse_json(&scenario).and_then(|s| arm_of(s, arm)).and_then(|s| s.params()) {
                    Ok(params) => params,
                    Err(e) => return post(error(format!("The scenario is not valid:\n{e}"))),
                };
            let started = now_ms();
            let mut reported = started;
            let mut traces = Vec::with_capacity(runs as usize);
            for i in 0..runs {
                // `read` checked that the last seed fits in a u64.
                traces.push(run_trace_with(&params, first_seed + u64::from(i)));
                let done = i + 1;
                if done % PROGRESS_EVERY == 0 && done < runs {
                    let now = now_ms();
                    if now - reported >= PROGRESS_INTERVAL_MS {
                        reported = now;
                        post(Message::Reply(Reply { id, body: ReplyBody::Progress(done) }));
                    }
                }
            }
            post(Message::Traces(encode_traces(id, now_ms() - started, &traces)));
        }
        RequestBody::Stats { arms, check } => {
            let started = now_ms();
            match stats_outcome(batches, &arms, check.as_ref()) {
                Ok(mut outcome) => {
                    outcome.compute_ms = now_ms() - started;
                    post(Message::Reply(Reply { id, body: ReplyBody::Stats(Box::new(outcome)) }));
                }
                Err(message) => post(error(format!("The ensemble's runs cannot be read: {message}"))),
            }
        }
    }
}

/// The scenario to run: `scenario` itself, or the arm of one of its teaching points.
fn arm_of(scenario: Scenario, arm: Option<ArmOf>) -> Result<Scenario, ScenarioError> {
    let Some(ArmOf { expectation, arm }) = arm else { return Ok(scenario) };
    match scenario.expect.get(expectation) {
        Some(e) => e.arm(&scenario, arm),
        None => Err(ScenarioError::single(FieldError::at(
            "expect",
            format!("there is no teaching point {expectation}; the scenario has {}", scenario.expect.len()),
        ))),
    }
}

/// The statistics over binary trace `batches`, where `arms[i]` is the arm of `batches[i]`:
/// per arm the [`EnsembleAccumulator`]'s statistics and, with two arms, B [`compare`]d with
/// A. Equal to what the same seeds give run one after another, whatever the batches' order.
/// With a `check`, also the verdict on its teaching point over arms A and B.
/// Fails when a batch cannot be decoded, the arms are not 0, or 0 and 1, each with runs, or a
/// check comes with one arm only.
pub fn stats_outcome(
    batches: &[&[u8]],
    arms: &[usize],
    check: Option<&CheckRequest>,
) -> Result<StatsOutcome, String> {
    if batches.len() != arms.len() {
        return Err(format!("{} batches arrived for {} arm assignments", batches.len(), arms.len()));
    }
    // The arms are checked one by one before any arithmetic on them: a message can name any
    // `usize`, and `arm + 1` of the largest would overflow.
    if let Some(&arm) = arms.iter().find(|&&arm| arm >= MAX_ARMS) {
        return Err(format!("an ensemble has 1 to {MAX_ARMS} arms, numbered from 0; there is no arm {arm}"));
    }
    let count = arms.iter().max().map_or(0, |&arm| arm + 1);
    if count == 0 {
        return Err(format!("an ensemble has 1 to {MAX_ARMS} arms, not 0"));
    }
    let mut accumulators = vec![EnsembleAccumulator::new(); count];
    for (batch, &arm) in batches.iter().zip(arms) {
        let (_, traces) = decode_traces(batch)?;
        accumulators[arm].extend(traces);
    }
    if let Some(empty) = accumulators.iter().position(EnsembleAccumulator::is_empty) {
        return Err(format!("arm {empty} has no runs"));
    }
    let stats = accumulators.iter_mut().map(EnsembleAccumulator::stats).collect();
    let (comparison, check) = match (accumulators.as_mut_slice(), check) {
        ([a, b], check) => {
            let (a, b) = (a.summaries(), b.summaries());
            let verdict = check.map(|c| judge(&c.expectation, c.first_seed, c.horizon, &a, &b));
            (Some(compare(&a, &b)), verdict)
        }
        (_, Some(_)) => return Err("a teaching point needs two arms, A and B".to_string()),
        (_, None) => (None, None),
    };
    Ok(StatsOutcome { stats, comparison, compute_ms: 0.0, check })
}

/// Runs a small ensemble of the default scenario through [`handle`] (runs, batch,
/// statistics of two arms, the reply's JSON) so that the browser compiles the hot code
/// with its optimising compiler before the first real request (see `src/bin/worker.rs`).
/// Returns the runs per arm the statistics covered, which is `runs` unless it failed.
pub fn warm_up(runs: u32) -> usize {
    let run = Request {
        id: 0,
        body: RequestBody::Run {
            scenario: crate::scenario::DEFAULT_JSON.to_string(),
            first_seed: 0,
            runs,
            arm: None,
        },
    };
    let mut batch = Vec::new();
    let text = serde_json::to_string(&run).expect("a request always serialises to JSON");
    handle(
        &text,
        &[],
        || 0.0,
        |m| {
            if let Message::Traces(bytes) = m {
                batch = bytes;
            }
        },
    );
    let stats = Request { id: 0, body: RequestBody::Stats { arms: vec![0, 1], check: None } };
    let text = serde_json::to_string(&stats).expect("a request always serialises to JSON");
    let mut covered = 0;
    handle(
        &text,
        &[&batch, &batch],
        || 0.0,
        |m| {
            // Serialising the reply is part of the work, as it is in the worker.
            if let Message::Reply(reply) = m {
                if let (ReplyBody::Stats(outcome), Ok(_)) = (&reply.body, serde_json::to_string(&reply)) {
                    covered = outcome.stats[0].summary.runs;
                }
            }
        },
    );
    covered
}

/// Parses a request and checks its run count; a failure is the error reply to send.
fn read(text: &str) -> Result<Request, Reply> {
    let request: Request = serde_json::from_str(text).map_err(|e| {
        // The id is recovered when the text is JSON with an id, so the page can match the
        // error to its request.
        let id = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.get("id").and_then(|id| id.as_u64()))
            .and_then(|id| u32::try_from(id).ok())
            .unwrap_or(0);
        Reply { id, body: ReplyBody::Error(format!("The ensemble request cannot be read: {e}")) }
    })?;
    if let RequestBody::Run { runs, first_seed, .. } = request.body {
        let message = if !(1..=MAX_RUNS).contains(&runs) {
            format!("runs: must be between 1 and {MAX_RUNS}, not {runs}")
        } else if first_seed.checked_add(u64::from(runs)).is_none() {
            // Seeds past u64::MAX would wrap around to 0 and repeat other runs' seeds.
            format!("first_seed: {first_seed} with {runs} runs would pass the largest seed, {}", u64::MAX)
        } else {
            return Ok(request);
        };
        return Err(Reply { id: request.id, body: ReplyBody::Error(message) });
    }
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::traces::{decode_traces, TraceHeader};
    use super::*;
    use crate::ensemble::{run_trace, RunTrace};
    use crate::scenario::DEFAULT_TOML;

    /// A run request for a scenario written as TOML, sent as the JSON the page sends. The
    /// TOML is converted as it stands, unchecked, so that invalid values reach the worker.
    fn run(id: u32, scenario_toml: &str, first_seed: u64, runs: u32) -> Request {
        let value: toml::Value = toml::from_str(scenario_toml).expect("TOML");
        let scenario = serde_json::to_string(&value).expect("JSON");
        Request { id, body: RequestBody::Run { scenario, first_seed, runs, arm: None } }
    }

    /// The messages a request gets, with a clock that advances 1 ms per reading.
    fn messages(request: &Request, batches: &[&[u8]]) -> Vec<Message> {
        messages_with_clock(request, batches, 1.0)
    }

    /// The messages a request gets, with a clock that advances `step_ms` per reading.
    fn messages_with_clock(request: &Request, batches: &[&[u8]], step_ms: f64) -> Vec<Message> {
        let clock = std::cell::Cell::new(0.0);
        let now = || {
            clock.set(clock.get() + step_ms);
            clock.get()
        };
        let mut messages = Vec::new();
        handle(&serde_json::to_string(request).expect("JSON"), batches, now, |m| messages.push(m));
        messages
    }

    fn replies(request: &Request) -> Vec<Reply> {
        messages(request, &[])
            .into_iter()
            .map(|m| match m {
                Message::Reply(reply) => reply,
                Message::Traces(_) => panic!("a JSON reply, not traces"),
            })
            .collect()
    }

    /// The binary batch that answers a run request.
    fn batch(request: &Request) -> Vec<u8> {
        match messages(request, &[]).pop() {
            Some(Message::Traces(bytes)) => bytes,
            other => panic!("traces last: {other:?}"),
        }
    }

    #[test]
    fn a_run_request_gets_progress_then_one_binary_batch_in_seed_order() {
        // The clock advances 30 ms per reading: it is read at the start, after runs 20 and
        // 40, and at the end, so only the reading after run 40 is 50 ms past the start.
        let messages = messages_with_clock(&run(3, DEFAULT_TOML, 10, 45), &[], 30.0);
        let progress = |n| Message::Reply(Reply { id: 3, body: ReplyBody::Progress(n) });
        assert_eq!(messages[..1], [progress(40)]);
        assert_eq!(messages.len(), 2);
        let Message::Traces(bytes) = &messages[1] else { panic!("traces last") };
        let (header, traces) = decode_traces(bytes).expect("decodes");
        assert_eq!(header, TraceHeader { id: 3, runs: 45, months: 120, compute_ms: 90.0 });
        let scenario = Scenario::default_preset();
        let expected: Vec<RunTrace> = (10..55).map(|seed| run_trace(&scenario, seed)).collect();
        assert_eq!(traces, expected);
    }

    #[test]
    fn a_run_quicker_than_the_progress_interval_posts_only_its_batch() {
        let messages = messages(&run(3, DEFAULT_TOML, 10, 45), &[]);
        assert_eq!(messages.len(), 1);
        assert!(matches!(messages[0], Message::Traces(_)));
    }

    #[test]
    fn requests_and_replies_are_one_key_next_to_the_id_and_read_back() {
        let reply = Reply { id: 2, body: ReplyBody::Progress(40) };
        let text = serde_json::to_string(&reply).expect("JSON");
        assert_eq!(text, r#"{"id":2,"progress":40}"#);
        assert_eq!(serde_json::to_string(&ready()).expect("JSON"), r#"{"id":0,"ready":3}"#);
        assert_eq!(serde_json::from_str::<Reply>(&text).expect("reads back"), reply);
        let stats = Request { id: 4, body: RequestBody::Stats { arms: vec![0, 1], check: None } };
        assert_eq!(serde_json::to_string(&stats).expect("JSON"), r#"{"id":4,"stats":{"arms":[0,1]}}"#);
        let request = Request {
            id: 1,
            body: RequestBody::Run { scenario: "x".to_string(), first_seed: 0, runs: 2, arm: None },
        };
        let text = serde_json::to_string(&request).expect("JSON");
        assert_eq!(text, r#"{"id":1,"run":{"scenario":"x","first_seed":0,"runs":2}}"#);
        assert_eq!(serde_json::from_str::<Request>(&text).expect("reads back"), request);
        // A teaching point's arm and its check, as the page writes them.
        let arm = Some(ArmOf { expectation: 1, arm: Arm::B });
        let request = Request {
            id: 5,
            body: RequestBody::Run { scenario: "x".to_string(), first_seed: 0, runs: 2, arm },
        };
        let text = serde_json::to_string(&request).expect("JSON");
        assert_eq!(
            text,
            r#"{"id":5,"run":{"scenario":"x","first_seed":0,"runs":2,"arm":{"expectation":1,"arm":"b"}}}"#
        );
        assert_eq!(serde_json::from_str::<Request>(&text).expect("reads back"), request);
        let scenario = Scenario::default_preset();
        let check = Some(request_check(&scenario));
        let request = Request { id: 6, body: RequestBody::Stats { arms: vec![0, 1], check } };
        let text = serde_json::to_string(&request).expect("JSON");
        assert!(
            text.starts_with(r#"{"id":6,"stats":{"arms":[0,1],"check":{"expectation":{"says":"#),
            "{text}"
        );
        assert!(text.ends_with(r#""first_seed":42,"horizon":120}}}"#), "{text}");
        assert_eq!(serde_json::from_str::<Request>(&text).expect("reads back"), request);
    }

    #[test]
    fn a_teaching_point_checked_in_workers_gets_the_native_verdict() {
        let scenario = Scenario::preset("controlling_coordinator").expect("preset");
        let expectation = &scenario.expect[0];
        let (seed, half) = (scenario.seed, expectation.runs / 2);
        // The page sends the scenario as it is and names the arm; the worker builds it.
        let text = serde_json::to_string(&scenario).expect("JSON");
        let part = |id, arm, first_seed, runs| Request {
            id,
            body: RequestBody::Run {
                scenario: text.clone(),
                first_seed,
                runs,
                arm: Some(ArmOf { expectation: 0, arm }),
            },
        };
        // Each arm split over two workers, as the page splits it.
        let batches = [
            batch(&part(1, Arm::A, seed, half)),
            batch(&part(2, Arm::B, seed + u64::from(half), expectation.runs - half)),
            batch(&part(3, Arm::A, seed + u64::from(half), expectation.runs - half)),
            batch(&part(4, Arm::B, seed, half)),
        ];
        let slices: Vec<&[u8]> = batches.iter().map(Vec::as_slice).collect();
        let check = CheckRequest {
            expectation: expectation.clone(),
            first_seed: seed,
            horizon: scenario.horizon_months,
        };
        let request =
            Request { id: 5, body: RequestBody::Stats { arms: vec![0, 1, 0, 1], check: Some(check) } };
        let replies = messages(&request, &slices);
        let [Message::Reply(Reply { id: 5, body: ReplyBody::Stats(outcome) })] = replies.as_slice() else {
            panic!("one stats reply: {replies:?}")
        };
        let native = crate::expectations::check(&scenario, 0).expect("valid");
        assert!(native.holds);
        assert_eq!(outcome.check.as_ref(), Some(&native));
        let one_arm = Request {
            id: 6,
            body: RequestBody::Stats { arms: vec![0], check: Some(request_check(&scenario)) },
        };
        let replies = messages(&one_arm, &slices[..1]);
        assert!(
            matches!(&replies[..], [Message::Reply(Reply { body: ReplyBody::Error(m), .. })] if m.contains("two arms")),
            "{replies:?}"
        );
    }

    #[test]
    fn a_teaching_point_the_scenario_does_not_have_is_an_error() {
        let request = Request {
            id: 8,
            body: RequestBody::Run {
                scenario: crate::scenario::DEFAULT_JSON.to_string(),
                first_seed: 0,
                runs: 2,
                arm: Some(ArmOf { expectation: 9, arm: Arm::B }),
            },
        };
        let replies = messages(&request, &[]);
        assert!(
            matches!(&replies[..], [Message::Reply(Reply { body: ReplyBody::Error(m), .. })]
                if m.contains("expect: there is no teaching point 9; the scenario has 2")),
            "{replies:?}"
        );
    }

    fn request_check(scenario: &Scenario) -> CheckRequest {
        CheckRequest { expectation: scenario.expect[0].clone(), first_seed: scenario.seed, horizon: 120 }
    }

    #[test]
    fn the_worker_statistics_equal_those_of_the_same_seeds_run_in_sequence() {
        let b_toml = DEFAULT_TOML.replace("size = 0.9", "size = 0.6");
        assert_ne!(b_toml, DEFAULT_TOML);
        // Each arm split over two workers as the page does; the batches arrive out of order.
        let batches = [
            batch(&run(5, &b_toml, 100, 20)),
            batch(&run(2, DEFAULT_TOML, 100, 20)),
            batch(&run(3, DEFAULT_TOML, 120, 17)),
            batch(&run(4, &b_toml, 120, 17)),
        ];
        let slices: Vec<&[u8]> = batches.iter().map(Vec::as_slice).collect();
        let request = Request { id: 6, body: RequestBody::Stats { arms: vec![1, 0, 0, 1], check: None } };
        let replies: Vec<Message> = messages(&request, &slices);
        let [Message::Reply(Reply { id: 6, body: ReplyBody::Stats(outcome) })] = replies.as_slice() else {
            panic!("one stats reply: {replies:?}")
        };

        let mut sequential = Vec::new();
        for toml in [DEFAULT_TOML, b_toml.as_str()] {
            let scenario = Scenario::parse(toml).expect("valid");
            let mut accumulator = EnsembleAccumulator::new();
            accumulator.extend((100..137).map(|seed| run_trace(&scenario, seed)));
            sequential.push(accumulator);
        }
        let expected = StatsOutcome {
            stats: sequential.iter_mut().map(EnsembleAccumulator::stats).collect(),
            comparison: Some(compare(&sequential[0].summaries(), &sequential[1].summaries())),
            compute_ms: 1.0,
            check: None,
        };
        assert_eq!(**outcome, expected);
        assert_eq!(outcome.stats[0].summary.runs, 37);

        // The page reads exactly what the worker computed.
        let Message::Reply(reply) = &replies[0] else { unreachable!() };
        let text = serde_json::to_string(reply).expect("JSON");
        assert_eq!(&serde_json::from_str::<Reply>(&text).expect("reads back"), reply);
    }

    #[test]
    fn one_arm_gets_statistics_without_a_comparison() {
        let bytes = batch(&run(1, DEFAULT_TOML, 0, 3));
        let outcome = stats_outcome(&[&bytes], &[0], None).expect("statistics");
        assert_eq!((outcome.stats.len(), outcome.comparison), (1, None));
        assert_eq!(outcome.stats[0].summary.runs, 3);
    }

    #[test]
    fn a_statistics_request_with_bad_batches_or_arms_is_an_error_reply() {
        let good = batch(&run(1, DEFAULT_TOML, 0, 2));
        let good: &[u8] = &good;
        let cases = [
            (vec![good, &good[..good.len() - 1]], vec![0, 1], "but the batch has"),
            (vec![good], vec![0, 0], "1 batches arrived for 2 arm assignments"),
            (vec![good, good, good], vec![0, 1, 2], "there is no arm 2"),
            (vec![good], vec![usize::MAX], "there is no arm 18446744073709551615"),
            (vec![], vec![], "1 to 2 arms, not 0"),
            (vec![good], vec![1], "arm 0 has no runs"),
        ];
        for (batches, arms, expected) in cases {
            let replies =
                messages(&Request { id: 9, body: RequestBody::Stats { arms, check: None } }, &batches);
            let [Message::Reply(Reply { id: 9, body: ReplyBody::Error(message) })] = replies.as_slice()
            else {
                panic!("one error reply: {replies:?}")
            };
            assert!(message.contains(expected), "{message}");
        }
    }

    #[test]
    fn warming_up_goes_through_runs_and_statistics() {
        assert_eq!(warm_up(3), 3);
    }

    #[test]
    fn a_scenario_in_toml_is_refused_because_the_page_sends_json() {
        let request = Request {
            id: 9,
            body: RequestBody::Run { scenario: DEFAULT_TOML.to_string(), first_seed: 0, runs: 2, arm: None },
        };
        let replies = replies(&request);
        let ReplyBody::Error(message) = &replies[0].body else { panic!("an error: {replies:?}") };
        assert!(message.starts_with("The scenario is not valid"), "{message}");
    }

    #[test]
    fn an_invalid_scenario_is_answered_with_its_field_messages() {
        let scenario = DEFAULT_TOML.replace("size = 0.9", "size = 1.9");
        let replies = replies(&run(8, &scenario, 0, 10));
        assert_eq!(replies.len(), 1);
        let ReplyBody::Error(message) = &replies[0].body else { panic!("an error: {replies:?}") };
        assert!(message.contains("partners[0].size: must be between 0 and 1, not 1.9"), "{message}");
        assert_eq!(replies[0].id, 8);
    }

    #[test]
    fn a_malformed_request_or_run_count_is_an_error_reply() {
        let mut messages = Vec::new();
        handle(r#"{"id": 5, "run": {"scenario": 1}}"#, &[], || 0.0, |m| messages.push(m));
        handle("not json", &[], || 0.0, |m| messages.push(m));
        let too_many = run(6, DEFAULT_TOML, 0, MAX_RUNS + 1);
        handle(&serde_json::to_string(&too_many).expect("JSON"), &[], || 0.0, |m| messages.push(m));
        let past_the_last_seed = run(7, DEFAULT_TOML, u64::MAX - 1, 2);
        handle(&serde_json::to_string(&past_the_last_seed).expect("JSON"), &[], || 0.0, |m| messages.push(m));
        let ids: Vec<u32> = messages
            .iter()
            .map(|m| match m {
                Message::Reply(Reply { id, body: ReplyBody::Error(_) }) => *id,
                other => panic!("an error reply: {other:?}"),
            })
            .collect();
        assert_eq!(ids, [5, 0, 6, 7]);
    }
}
