//! The messages between the page and the scenario reader, a Web Worker (`src/bin/reader.rs`)
//! that reads and writes the TOML text format, and its work itself, kept here so that both
//! sides share the types and the work is tested natively.
//!
//! Reading and writing TOML takes a third of the scenario code the page would carry (the TOML
//! parser and writer, and a copy of every scenario reader for the TOML deserializer), and only
//! a visitor who opens or downloads a TOML file needs it. The page therefore loads the reader
//! the first time it is needed; JSON files, share links and the presets never need it.
//!
//! The reader posts `{"ready":1}` once its module runs (a message posted to a worker before
//! that is lost), then answers every [`Request`], posted as JSON text with an id, with one
//! [`Reply`] repeating the id:
//!
//! - `{"id":1,"read":"<TOML text>"}` → `{"id":1,"scenario":"<JSON>"}`, the scenario read and
//!   validated as [`Scenario::parse`] does, or `{"id":1,"problems":{..}}`, the
//!   [`ScenarioError`] with every problem structured, so that the page says it in its language;
//! - `{"id":2,"write":"<JSON>"}` → `{"id":2,"toml":"<TOML text>"}`.
//!
//! A request the reader cannot make sense of is answered with `{"id":..,"failed":".."}`.

use serde::{Deserialize, Serialize};

use crate::scenario::{Scenario, ScenarioError};

/// Version of this protocol, sent in the ready message.
pub const PROTOCOL_VERSION: u32 = 1;

/// What the page asks of the reader.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Repeated in the reply, so that the page can match replies to requests.
    pub id: u32,
    /// What to do.
    #[serde(flatten)]
    pub task: Task,
}

/// The reader's two tasks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    /// Read a scenario from TOML (or JSON) text.
    Read(String),
    /// Write a scenario, given as JSON text, as TOML.
    Write(String),
}

/// The reader's answer to one request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// The request's id; 0 for the ready message.
    pub id: u32,
    /// What came of it.
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// What came of a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The reader is running, with this protocol version.
    Ready(u32),
    /// The scenario read, as JSON text.
    Scenario(String),
    /// Why the text is not a valid scenario.
    Problems(ScenarioError),
    /// The scenario written as TOML.
    Toml(String),
    /// The request made no sense (a fault of the page, not of the user's file).
    Failed(String),
}

/// The reader's first message.
pub fn ready() -> String {
    reply(Reply { id: 0, outcome: Outcome::Ready(PROTOCOL_VERSION) })
}

/// Answers one request, given as JSON text, with the reply as JSON text.
pub fn handle(request: &str) -> String {
    let request: Request = match serde_json::from_str(request) {
        Ok(request) => request,
        Err(e) => return reply(Reply { id: 0, outcome: Outcome::Failed(format!("not a request: {e}")) }),
    };
    let outcome = match request.task {
        Task::Read(text) => match Scenario::parse(&text) {
            Ok(scenario) => Outcome::Scenario(
                serde_json::to_string(&scenario).expect("a scenario always converts to JSON"),
            ),
            Err(problems) => Outcome::Problems(problems),
        },
        Task::Write(json) => match Scenario::parse_json(&json) {
            Ok(scenario) => Outcome::Toml(scenario.to_toml_string()),
            Err(e) => Outcome::Failed(format!("not a scenario: {e}")),
        },
    };
    reply(Reply { id: request.id, outcome })
}

fn reply(reply: Reply) -> String {
    serde_json::to_string(&reply).expect("a reply always converts to JSON")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Problem, DEFAULT_TOML};

    fn ask(id: u32, task: Task) -> Reply {
        let request = serde_json::to_string(&Request { id, task }).unwrap();
        serde_json::from_str(&handle(&request)).unwrap()
    }

    #[test]
    fn a_toml_scenario_comes_back_as_the_same_scenario_in_json() {
        let reply = ask(7, Task::Read(DEFAULT_TOML.to_string()));
        assert_eq!(reply.id, 7);
        let Outcome::Scenario(json) = reply.outcome else { panic!("not read: {reply:?}") };
        assert_eq!(Scenario::parse_json(&json).unwrap(), Scenario::parse(DEFAULT_TOML).unwrap());
    }

    #[test]
    fn a_faulty_file_comes_back_as_structured_problems_with_their_place() {
        let text = DEFAULT_TOML.replacen("control = ", "control = 7 #", 1);
        let reply = ask(3, Task::Read(text.clone()));
        let Outcome::Problems(problems) = reply.outcome else { panic!("read: {reply:?}") };
        assert_eq!(problems, Scenario::parse(&text).unwrap_err());
        assert!(problems.errors.iter().any(|e| e.path == "governance.control"), "{problems:?}");
        assert!(matches!(problems.errors[0].problem, Problem::Level { .. }), "{problems:?}");
    }

    #[test]
    fn writing_gives_the_toml_the_cli_writes() {
        let scenario = Scenario::parse(DEFAULT_TOML).unwrap();
        let reply = ask(2, Task::Write(serde_json::to_string(&scenario).unwrap()));
        assert_eq!(reply.outcome, Outcome::Toml(scenario.to_toml_string()));
    }

    #[test]
    fn a_request_that_makes_no_sense_fails_without_a_panic() {
        let reply: Reply = serde_json::from_str(&handle("{\"id\":1,\"shout\":\"x\"}")).unwrap();
        assert!(matches!(reply.outcome, Outcome::Failed(_)));
        let reply = ask(4, Task::Write("{}".into()));
        assert!(matches!(reply.outcome, Outcome::Failed(_)), "{reply:?}");
    }

    #[test]
    fn the_ready_message_names_the_protocol() {
        let reply: Reply = serde_json::from_str(&ready()).unwrap();
        assert_eq!(reply, Reply { id: 0, outcome: Outcome::Ready(PROTOCOL_VERSION) });
    }
}
