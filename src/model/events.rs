//! The event log: what happened each month, in plain words.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What kind of thing happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The alliance moved to another phase.
    Phase,
    /// An intervention was applied.
    Intervention,
    /// A shock hit the alliance.
    Shock,
    /// A partner left.
    Exit,
    /// The coordination style changed.
    Coordination,
    /// Governance (control level or turbulence) changed.
    Governance,
}

/// One entry of the event log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The month in which it happened.
    pub month: u32,
    /// What kind of event it is.
    pub kind: EventKind,
    /// Plain-language explanation, without the month (see the `Display` impl for that).
    pub text: String,
}

impl fmt::Display for Event {
    /// Formats as `Month 31: back to phase 2 (...)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Month {}: {}", self.month, self.text)
    }
}
