//! The event log: what happened each month, in plain words.
//!
//! Each event carries a structured description ([`EventWhat`]) with the data its explanation
//! needs, and the English text made from it (`words`), which the CLI, the CSV and JSON exports
//! and the tests read. The page writes the same description in its own language
//! (`ui::event_texts`), so that the model stays free of anything but English and the page can
//! speak Dutch.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::actions::Action;
use super::coordination::CoordinationStyle;
use super::interventions::Intervention;
use super::shocks::Shock;

mod words;

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
///
/// Only runs that narrate make events (see [`super::State::narrate`]); serialised, an event is
/// its month, kind and English text, as before events had a structured description.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// The month in which it happened.
    pub month: u32,
    /// What kind of event it is.
    pub kind: EventKind,
    /// Plain-language English explanation, without the month (see the `Display` impl for
    /// that), made from [`Event::what`].
    pub text: String,
    /// What happened, with the values the explanation names, for texts in other languages.
    #[serde(skip)]
    pub what: EventWhat,
}

impl Event {
    /// The event of `month` that `what` describes, with its kind and English text.
    pub fn new(month: u32, what: EventWhat) -> Event {
        Event { month, kind: what.kind(), text: what.to_string(), what }
    }
}

impl fmt::Display for Event {
    /// Formats as `Month 31: back to phase 2 (...)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Month {}: {}", self.month, self.text)
    }
}

/// What happened, with everything its explanation names. Its `Display` impl writes the
/// English text of [`Event::text`].
#[derive(Clone, Debug, PartialEq)]
pub enum EventWhat {
    /// The alliance moved on to a later phase.
    Progress {
        /// The phase it entered (2 or 3).
        phase: u8,
        /// The conditions of entering that phase, all met, without those that ask nothing
        /// (a threshold of 0).
        met: Vec<Condition>,
        /// The most recent boost within the last two years, if any.
        driver: Option<Driver>,
    },
    /// The alliance fell back to an earlier phase.
    Regression {
        /// The phase it fell back to (1 or 2).
        phase: u8,
        /// The conditions of staying in the phase it left that no longer held.
        failed: Vec<Condition>,
        /// Mean trust, 0..=1.
        trust: f64,
        /// Total conflict, 0..=1.
        conflict: f64,
        /// The largest source of conflict.
        source: ConflictSource,
        /// The level of that source, 0..=1.
        source_level: f64,
        /// The most recent setback within the last two years, if any.
        driver: Option<Driver>,
    },
    /// Fewer than two partners are left: the alliance has dissolved.
    Dissolved {
        /// Partners still in (0 or 1).
        remaining: usize,
    },
    /// An intervention was applied.
    Intervention {
        /// The intervention.
        intervention: Intervention,
        /// The partner it names, when it names one.
        partner: Option<PartnerName>,
        /// Set when the same intervention was applied so recently that it adds only part of
        /// its effect.
        repeat: Option<Repeat>,
    },
    /// A shock hit the alliance.
    Shock {
        /// The shock.
        shock: Shock,
        /// The partner it names, when it names one.
        partner: Option<PartnerName>,
    },
    /// The coordination style was set (whether or not it changed).
    Coordination {
        /// The style asked for.
        style: CoordinationStyle,
        /// The partner that leads or coordinates, when the style names one.
        partner: Option<PartnerName>,
    },
    /// The coordinating or lead partner left, so the partners steer themselves.
    CoordinatorLeft {
        /// True when a controlling coordinator left, false for a lead partner.
        controlling: bool,
    },
    /// The control level was set.
    Control {
        /// The control level now in force, 0..=1.
        level: f64,
        /// The control level that fits the uncertainties now, 0..=1.
        fitting: f64,
    },
    /// The turbulence level was set.
    Turbulence {
        /// The turbulence level now in force, 0..=1.
        level: f64,
    },
    /// A partner left the alliance.
    PartnerLeft {
        /// The partner's name.
        partner: String,
        /// Why it left.
        reason: ExitReason,
    },
}

impl EventWhat {
    /// The kind of event this is.
    pub fn kind(&self) -> EventKind {
        match self {
            EventWhat::Progress { .. } | EventWhat::Regression { .. } | EventWhat::Dissolved { .. } => {
                EventKind::Phase
            }
            EventWhat::Intervention { .. } => EventKind::Intervention,
            EventWhat::Shock { .. } => EventKind::Shock,
            EventWhat::Coordination { .. } | EventWhat::CoordinatorLeft { .. } => EventKind::Coordination,
            EventWhat::Control { .. } | EventWhat::Turbulence { .. } => EventKind::Governance,
            EventWhat::PartnerLeft { .. } => EventKind::Exit,
        }
    }
}

/// A partner an action names: its name, or unknown when the action names a partner index
/// that no partner of the scenario has (the action is logged, and does nothing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartnerName {
    /// The partner's name.
    Known(String),
    /// No partner has the index the action names.
    Unknown,
}

impl fmt::Display for PartnerName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartnerName::Known(name) => f.write_str(name),
            PartnerName::Unknown => f.write_str("an unknown partner"),
        }
    }
}

/// An intervention applied again before its effect has fully recovered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Repeat {
    /// Months since it was last applied.
    pub months: u32,
    /// The share of its full effect it adds now, 0..1.
    pub share: f64,
}

/// The move that drove a phase change: the most recent boost (an intervention, a change to an
/// independent chair, a lead partner or self-steering) for a step forward, the most recent
/// setback (a shock, a controlling coordinator) for a step back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Driver {
    /// The month it was taken.
    pub month: u32,
    /// What was done.
    pub action: Action,
}

/// Why a partner left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExitReason {
    /// Its commitment fell below the level that keeps it in.
    LowCommitment {
        /// Its commitment, 0..=1.
        commitment: f64,
        /// The commitment below which it may leave.
        threshold: f64,
        /// How much it depends on the alliance, 0..=1.
        dependency: f64,
    },
    /// A partner exit shock took it out.
    Shock,
}

/// One of the four sources of conflict (see [`super::ConflictSources`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictSource {
    /// Over dividing resources and work.
    Resources,
    /// Over norms and values.
    Values,
    /// Over identity.
    Identity,
    /// Personal differences.
    Personal,
}

impl ConflictSource {
    /// The sources, in the order in which the first of equal levels is named.
    pub const ALL: [ConflictSource; 4] = [
        ConflictSource::Resources,
        ConflictSource::Values,
        ConflictSource::Identity,
        ConflictSource::Personal,
    ];

    /// English name, as it reads after "conflict over".
    pub fn name(self) -> &'static str {
        match self {
            ConflictSource::Resources => "resources",
            ConflictSource::Values => "values",
            ConflictSource::Identity => "identity",
            ConflictSource::Personal => "personal differences",
        }
    }
}

/// What a phase condition measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Mean trust, 0..=1.
    Trust,
    /// Mean mutual knowledge, 0..=1.
    Knowledge,
    /// Shared vision, 0..=1.
    Vision,
    /// Total conflict, 0..=1: the one condition that asks for a value below its threshold.
    Conflict,
    /// Recent value together over what the partners would produce alone: a ratio, not a
    /// level.
    Performance,
}

impl Measure {
    /// English name in the explanation.
    pub fn name(self) -> &'static str {
        match self {
            Measure::Trust => "trust",
            Measure::Knowledge => "mutual knowledge",
            Measure::Vision => "shared vision",
            Measure::Conflict => "conflict",
            Measure::Performance => "recent value together against alone",
        }
    }

    /// Whether the value must stay below the threshold (rather than reach it).
    pub fn is_ceiling(self) -> bool {
        self == Measure::Conflict
    }

    /// Whether the value is a ratio (written "1.05 times") rather than a level 0..=1 (written
    /// as a percentage).
    pub fn is_ratio(self) -> bool {
        self == Measure::Performance
    }
}

/// One condition of a phase, with its observed value and threshold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Condition {
    /// What it measures.
    pub measure: Measure,
    /// The observed value.
    pub value: f64,
    /// The value to reach, or for a [ceiling](Measure::is_ceiling) to stay below.
    pub threshold: f64,
}

impl Condition {
    /// Whether the condition holds.
    pub fn holds(&self) -> bool {
        if self.measure.is_ceiling() {
            self.value < self.threshold
        } else {
            self.value >= self.threshold
        }
    }

    /// The decimals that tell the value and the threshold apart: whole percentages (two
    /// decimals for a multiple of solo) unless both round to the same text, so that a level
    /// just under its limit never reads "conflict 45 % (below 45 %)".
    pub fn decimals(&self) -> usize {
        let (fewest, scale) = if self.measure.is_ratio() { (2, 1.0) } else { (0, 100.0) };
        (fewest..fewest + 3)
            .find(|&d| format!("{:.d$}", self.value * scale) != format!("{:.d$}", self.threshold * scale))
            .unwrap_or(fewest + 2)
    }
}

/// The percentage of months in which a random shock hits at turbulence `level`.
pub fn shock_percent(level: f64) -> f64 {
    100.0 * super::SHOCK_RATE_AT_FULL_TURBULENCE * level
}
