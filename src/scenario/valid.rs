//! What a field must be and what was found instead: the two halves of a reader's type error,
//! as data, so that the page can say them in its language ([`crate::i18n::problems`]); their
//! `Display` is the English the CLI prints.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What a field must be, by its name; its `Display` is the English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Valid {
    /// A level: a number between 0 and 1.
    Level,
    /// A month of the run, up to the horizon where it is known.
    Month {
        /// The scenario's horizon, in months.
        horizon: Option<u32>,
    },
    /// The horizon: 1 to 600 months.
    Horizon,
    /// A seed: a whole number that fits 64 bits.
    Seed,
    /// The model version a scenario was made for.
    ModelVersion {
        /// This build's model version.
        current: u32,
    },
    /// A partner's name or index.
    Partner,
    /// Text in quotes.
    Text,
    /// The list of partners.
    Partners {
        /// Most partners.
        max: usize,
    },
    /// The schedule.
    Schedule {
        /// Most entries.
        max: usize,
    },
    /// One of a list of names (actions, styles, metrics, directions, divisions).
    OneOf {
        /// The names, separated by commas.
        names: String,
    },
    /// A teaching point's sentence.
    Says,
    /// The paired seeds of a teaching point.
    Runs,
    /// A teaching point's smallest effect.
    MinEffect,
    /// A teaching point's field changes.
    Set,
    /// The teaching points.
    Expectations {
        /// Most teaching points.
        max: usize,
    },
    /// The changes of a teaching point's arm.
    Arm,
    /// A table with named fields.
    Table,
    /// What the parser expected, in its own words (a field this module does not describe).
    Expected(String),
}

impl fmt::Display for Valid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Valid::Level => f.write_str("a number between 0 and 1"),
            Valid::Month { horizon: Some(h) } => write!(f, "a whole number from 1 to the horizon ({h})"),
            Valid::Month { horizon: None } => f.write_str("a whole number from 1 to the horizon"),
            Valid::Horizon => f.write_str("a whole number of months from 1 to 600"),
            Valid::Seed => write!(f, "a whole number from 0 to {}", u64::MAX),
            Valid::ModelVersion { current } => {
                write!(f, "a whole number, the model version (this is model {current})")
            }
            Valid::Partner => f.write_str("a partner name or a partner index (from 0)"),
            Valid::Text => f.write_str("text in quotes"),
            Valid::Partners { max } => {
                write!(f, "a list of 2 to {max} partners, each a table with named fields")
            }
            Valid::Schedule { max } => {
                write!(f, "a list of at most {max} entries, each a table with named fields")
            }
            Valid::OneOf { names } => write!(f, "one of {names}"),
            Valid::Says => f.write_str("text in quotes: the teaching point in a sentence"),
            Valid::Runs => f.write_str("a whole number of paired seeds from 2 to 5000"),
            Valid::MinEffect => f.write_str("a number, 0 or more, in the metric's unit"),
            Valid::Set => f.write_str("a list of \"PATH=VALUE\" texts, like [\"governance.control=0.8\"]"),
            Valid::Expectations { max } => {
                write!(f, "a list of at most {max} expectations, each a table with named fields")
            }
            Valid::Arm => f.write_str("a table of changes: set, without, schedule"),
            Valid::Table => f.write_str("a table with named fields"),
            Valid::Expected(words) => f.write_str(words),
        }
    }
}

/// The value a parser found where another kind was expected; its `Display` is the English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Found {
    /// Text, already cut (with an ellipsis where it was).
    Text(String),
    /// A number, a boolean or a character, as written.
    Value(String),
    /// A list.
    List,
    /// A table.
    Table,
    /// JSON's null.
    Null,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Text(text) => write!(f, "the text \"{text}\""),
            Found::Value(value) => f.write_str(value),
            Found::List => f.write_str("a list"),
            Found::Table => f.write_str("a table"),
            Found::Null => f.write_str("null"),
        }
    }
}
