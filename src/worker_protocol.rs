//! The messages between the page and the ensemble Web Worker (`src/bin/worker.rs`), and the
//! worker's work itself, kept here so that the page and the worker share the types and the
//! work is tested natively.
//!
//! A worker starts by loading its wasm module, and a message posted to it before that is
//! lost, so the worker first posts [`ready`], `{"id":0,"ready":1}`, and the page waits for
//! it before posting requests.
//!
//! The page posts a [`Request`] as JSON text. The worker answers with [`Reply`] JSON texts:
//! `{"id":1,"progress":20}` every [`PROGRESS_EVERY`] runs, then `{"id":1,"traces":[..]}`
//! with the runs in seed order, or `{"id":1,"error":".."}` once if the request cannot be run.
//! To cancel, the page terminates the worker; to use several cores it gives each worker
//! its own range of seeds and collects the traces in an
//! [`EnsembleAccumulator`](crate::ensemble::EnsembleAccumulator).

use serde::{Deserialize, Serialize};

use crate::ensemble::{run_trace_with, RunTrace};
use crate::scenario::Scenario;

/// Version of this protocol, sent in the ready message.
pub const PROTOCOL_VERSION: u32 = 1;

/// Most runs one request may ask for.
pub const MAX_RUNS: u32 = 5_000;

/// Runs between two progress replies.
pub const PROGRESS_EVERY: u32 = 20;

/// What the page asks a worker to run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Chosen by the page and repeated in every reply, so replies to an old request can be
    /// told apart.
    pub id: u32,
    /// The scenario as TOML or JSON text (JSON when it starts with `{`).
    pub scenario: String,
    /// Seed of the first run; run `i` uses `first_seed + i`.
    pub first_seed: u64,
    /// Number of runs, 1..=[`MAX_RUNS`].
    pub runs: u32,
}

/// One message from the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// The id of the request this answers (0 when the request could not be read at all).
    pub id: u32,
    /// What the worker reports.
    #[serde(flatten)]
    pub body: ReplyBody,
}

/// What a worker reports, written as one key next to `id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyBody {
    /// The worker is ready for requests; sent once, with id 0 and [`PROTOCOL_VERSION`].
    Ready(u32),
    /// Runs finished so far.
    Progress(u32),
    /// Every run, in seed order; the last reply to a request.
    Traces(Vec<RunTrace>),
    /// Why the request cannot be run (with the scenario's field paths); the only reply.
    Error(String),
}

/// The message a worker posts once its request handler is installed.
pub fn ready() -> Reply {
    Reply { id: 0, body: ReplyBody::Ready(PROTOCOL_VERSION) }
}

/// Reads a request, runs it and hands every reply to `post` in order. Pure apart from
/// `post`: the worker passes a function that posts the reply's JSON to the page.
pub fn handle(request: &str, mut post: impl FnMut(Reply)) {
    let request = match read(request) {
        Ok(request) => request,
        Err(reply) => return post(reply),
    };
    let id = request.id;
    let scenario = match Scenario::parse(&request.scenario) {
        Ok(scenario) => scenario,
        Err(e) => {
            return post(Reply { id, body: ReplyBody::Error(format!("The scenario is not valid:\n{e}")) })
        }
    };
    let params = scenario.params();
    let mut traces = Vec::with_capacity(request.runs as usize);
    for i in 0..request.runs {
        traces.push(run_trace_with(&params, request.first_seed.wrapping_add(u64::from(i))));
        let done = i + 1;
        if done % PROGRESS_EVERY == 0 && done < request.runs {
            post(Reply { id, body: ReplyBody::Progress(done) });
        }
    }
    post(Reply { id, body: ReplyBody::Traces(traces) });
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
    if !(1..=MAX_RUNS).contains(&request.runs) {
        let message = format!("runs: {} is out of range 1..={MAX_RUNS}", request.runs);
        return Err(Reply { id: request.id, body: ReplyBody::Error(message) });
    }
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ensemble::run_trace;
    use crate::scenario::DEFAULT_TOML;

    fn replies(request: &Request) -> Vec<Reply> {
        let mut replies = Vec::new();
        handle(&serde_json::to_string(request).expect("JSON"), |r| replies.push(r));
        replies
    }

    #[test]
    fn a_request_gets_progress_then_the_traces_in_seed_order() {
        let request = Request { id: 3, scenario: DEFAULT_TOML.to_string(), first_seed: 10, runs: 45 };
        let replies = replies(&request);
        let bodies: Vec<&ReplyBody> = replies.iter().map(|r| &r.body).collect();
        assert!(replies.iter().all(|r| r.id == 3));
        assert_eq!(bodies[..2], [&ReplyBody::Progress(20), &ReplyBody::Progress(40)]);
        let ReplyBody::Traces(traces) = bodies[2] else { panic!("traces last: {bodies:?}") };
        assert_eq!(traces.len(), 45);
        assert_eq!(traces[44], run_trace(&Scenario::default_preset(), 54));
    }

    #[test]
    fn replies_are_one_key_next_to_the_id_and_read_back() {
        let reply = Reply { id: 2, body: ReplyBody::Progress(40) };
        let text = serde_json::to_string(&reply).expect("JSON");
        assert_eq!(text, r#"{"id":2,"progress":40}"#);
        assert_eq!(serde_json::to_string(&ready()).expect("JSON"), r#"{"id":0,"ready":1}"#);
        assert_eq!(serde_json::from_str::<Reply>(&text).expect("reads back"), reply);
        let request = Request { id: 1, scenario: DEFAULT_TOML.to_string(), first_seed: 0, runs: 2 };
        for reply in replies(&request) {
            let text = serde_json::to_string(&reply).expect("JSON");
            assert_eq!(serde_json::from_str::<Reply>(&text).expect("reads back"), reply);
        }
    }

    #[test]
    fn an_invalid_scenario_is_answered_with_its_field_messages() {
        let scenario = DEFAULT_TOML.replace("size = 0.9", "size = 1.9");
        let replies = replies(&Request { id: 8, scenario, first_seed: 0, runs: 10 });
        assert_eq!(replies.len(), 1);
        let ReplyBody::Error(message) = &replies[0].body else { panic!("an error: {replies:?}") };
        assert!(message.contains("partners[0].size: 1.9 is out of range 0..=1"), "{message}");
        assert_eq!(replies[0].id, 8);
    }

    #[test]
    fn a_malformed_request_or_run_count_is_an_error_reply() {
        let mut replies = Vec::new();
        handle(r#"{"id": 5, "scenario": 1}"#, |r| replies.push(r));
        handle("not json", |r| replies.push(r));
        let too_many =
            Request { id: 6, scenario: DEFAULT_TOML.to_string(), first_seed: 0, runs: MAX_RUNS + 1 };
        handle(&serde_json::to_string(&too_many).expect("JSON"), |r| replies.push(r));
        let ids: Vec<u32> = replies.iter().map(|r| r.id).collect();
        assert_eq!(ids, [5, 0, 6]);
        assert!(replies.iter().all(|r| matches!(r.body, ReplyBody::Error(_))));
    }
}
