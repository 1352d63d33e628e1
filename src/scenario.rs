//! Scenario files: commented TOML (or JSON) describing an alliance, turned into validated
//! model parameters. Every validation error names the field path and the allowed range,
//! and all errors are reported at once.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{Division, Params};

/// The default preset, embedded so that the CLI and the web app need no file system.
pub const DEFAULT_TOML: &str = include_str!("../scenarios/default.toml");

// The lists of shipped scenarios, written by build.rs from its one list of file stems.
include!(concat!(env!("OUT_DIR"), "/presets.rs"));

/// The default preset as JSON (see [`PRESETS_JSON`]).
pub const DEFAULT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default.json"));

/// The model version this build runs. Scenario files say which model they were made for
/// (`model_version`); a run of a file made for another model differs from the runs its author
/// saw.
pub const MODEL_VERSION: u32 = 2;

/// One alliance to simulate, as written in a scenario file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Short title shown in pickers and reports.
    pub title: String,
    /// One paragraph explaining what the scenario shows.
    #[serde(default)]
    pub description: String,
    /// What a student should understand after working with the scenario (one sentence).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// The scenario's teaching point, as a trainer would say it (one or two sentences).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub point: String,
    /// The texts above in Dutch, the language of the article and of many trainers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<DutchTexts>,
    /// The model the scenario was made for (default 1: files from before the field existed
    /// were made for model 1). See [`Scenario::warnings`].
    #[serde(default = "first_model")]
    pub model_version: u32,
    /// Seed of the random generator; the same scenario and seed give the same run.
    #[serde(default)]
    pub seed: u64,
    /// Number of months to simulate (1..=600, default 120).
    #[serde(default = "default_horizon")]
    pub horizon_months: u32,
    /// The field the alliance works in.
    #[serde(default, deserialize_with = "read::table")]
    pub environment: Environment,
    /// Governance at the start.
    #[serde(default, deserialize_with = "read::table")]
    pub governance: Governance,
    /// Coordination at the start.
    #[serde(default, deserialize_with = "read::table")]
    pub coordination: Coordination,
    /// Relations between the partners at the start.
    #[serde(default, deserialize_with = "read::table")]
    pub relations: StartRelations,
    /// The partner organisations (2..=200).
    #[serde(deserialize_with = "read::partners")]
    pub partners: Vec<PartnerSpec>,
    /// Interventions and shocks planned by month (at most 10,000).
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "read::schedule")]
    pub schedule: Vec<ScheduleEntry>,
    /// The teaching points the scenario claims, each checkable over paired seeds
    /// (`alliance-lab check`; at most 50).
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "read::expectations")]
    pub expect: Vec<Expectation>,
}

/// A scenario's texts in Dutch; a text left out is shown in English.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DutchTexts {
    /// The title.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The description.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The learning goal.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// The teaching point.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub point: String,
}

/// The field the alliance works in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Environment {
    /// Field uncertainty: competition, changing regulation, innovation (0..=1, default 0.3).
    pub field_uncertainty: f64,
    /// Turbulence level: 0 calm, 1 a random shock in one month out of five (0..=1, default
    /// 0.1).
    pub turbulence: f64,
}

impl Default for Environment {
    fn default() -> Self {
        Environment { field_uncertainty: 0.3, turbulence: 0.1 }
    }
}

/// The balance between trust and control (De Man 2006) and the rules in force.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Governance {
    /// Control level: 0 is trust-based, 1 is control-based (0..=1, default 0.5).
    pub control: f64,
    /// Organisation level (rules and procedures) at the start (0..=1, default 0.2).
    pub organisation: f64,
    /// How clear decision-making and escalation lines are at the start (0..=1, default 0.5).
    pub decision_clarity: f64,
}

impl Default for Governance {
    fn default() -> Self {
        Governance { control: 0.5, organisation: 0.2, decision_clarity: 0.5 }
    }
}

/// Who coordinates at the start.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Coordination {
    /// `none`, `independent_chair`, `lead_partner` or `controlling_coordinator` (default
    /// `none`).
    pub style: StyleName,
    /// The coordinating partner (name or index) for `lead_partner` and
    /// `controlling_coordinator`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<PartnerRef>,
}

/// Relations between every two partners at the start.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StartRelations {
    /// Mutual knowledge (the waterline) (0..=1, default 0.2).
    pub knowledge: f64,
    /// Trust (0..=1, default 0.3).
    pub trust: f64,
    /// Conflict in each of its four sources (0..=1, default 0.05).
    pub conflict: f64,
}

impl Default for StartRelations {
    fn default() -> Self {
        StartRelations { knowledge: 0.2, trust: 0.3, conflict: 0.05 }
    }
}

/// A partner named by its name or by its index in `partners` (0-based).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PartnerRef {
    /// Index in the partner list, 0-based.
    Index(usize),
    /// Partner name.
    Name(String),
}

impl<'de> Deserialize<'de> for PartnerRef {
    /// A whole number from 0 or a text; written by hand because serde's untagged enums
    /// report a mismatch as "data did not match any variant".
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RefVisitor;

        impl serde::de::Visitor<'_> for RefVisitor {
            type Value = PartnerRef;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a partner name or a partner index (from 0)")
            }

            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<PartnerRef, E> {
                usize::try_from(v)
                    .map(PartnerRef::Index)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }

            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<PartnerRef, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::invalid_value(serde::de::Unexpected::Signed(v), &self)),
                }
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartnerRef, E> {
                Ok(PartnerRef::Name(v.to_string()))
            }
        }

        deserializer.deserialize_any(RefVisitor)
    }
}

/// A partner organisation as described in a scenario file. Every attribute has a default.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerSpec {
    /// Name shown in the UI and the event log.
    pub name: String,
    /// Relative staff and budget (0..=1, default 0.5; omvang).
    #[serde(default = "half")]
    pub size: f64,
    /// Values (0..=1 each, default 0.5).
    #[serde(default, deserialize_with = "read::table")]
    pub values: Values,
    /// Long-term commitment versus a temporary vehicle (0..=1, default 0.6).
    #[serde(default = "default_long_term")]
    pub long_term: f64,
    /// Strengths (0..=1 each, default 0.2).
    #[serde(default, deserialize_with = "read::table")]
    pub expertise: Expertise,
    /// Professionalism and quality (0..=1, default 0.6; kwaliteit).
    #[serde(default = "default_quality")]
    pub quality: f64,
    /// Overlap of its work with others' work (0..=1, default 0.3).
    #[serde(default = "default_competitiveness")]
    pub competitiveness: f64,
    /// Dependency on the alliance: 0 opportunity, 1 survival (0..=1, default 0.5).
    #[serde(default = "half")]
    pub dependency: f64,
    /// Commitment at the start (0..=1, default 0.7).
    #[serde(default = "default_commitment")]
    pub commitment: f64,
}

/// A partner's values, each 0..=1 (default 0.5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[allow(missing_docs)]
pub struct Values {
    pub sustainability: f64,
    pub gender_equality: f64,
    pub empowerment: f64,
    pub commercial_orientation: f64,
}

impl Default for Values {
    fn default() -> Self {
        Values { sustainability: 0.5, gender_equality: 0.5, empowerment: 0.5, commercial_orientation: 0.5 }
    }
}

/// A partner's strengths, each 0..=1 (default 0.2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[allow(missing_docs)]
pub struct Expertise {
    pub advocacy: f64,
    pub youth_reach: f64,
    pub knowledge_development: f64,
    pub service_delivery: f64,
    pub technology_social_media: f64,
    pub community_work: f64,
    pub business_operations: f64,
}

impl Default for Expertise {
    fn default() -> Self {
        Expertise {
            advocacy: 0.2,
            youth_reach: 0.2,
            knowledge_development: 0.2,
            service_delivery: 0.2,
            technology_social_media: 0.2,
            community_work: 0.2,
            business_operations: 0.2,
        }
    }
}

impl Expertise {
    /// The strengths in the order of [`crate::model::EXPERTISE_NAMES`].
    pub fn array(&self) -> [f64; 7] {
        [
            self.advocacy,
            self.youth_reach,
            self.knowledge_development,
            self.service_delivery,
            self.technology_social_media,
            self.community_work,
            self.business_operations,
        ]
    }
}

/// One planned action: an intervention, a shock, or a change of style, control or
/// turbulence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleEntry {
    /// Month in which it takes effect (1..=horizon_months).
    pub month: u32,
    /// An intervention or shock, or `set_style`, `set_control`, `set_turbulence`.
    pub action: ActionName,
    /// The partner (name or index) for value_room, knowledge_sharing, turnover,
    /// partner_exit, and set_style to controlling_coordinator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<PartnerRef>,
    /// `equal`, `unequal` or `exclusion` for funding_round (default `equal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<Division>,
    /// The new style for set_style.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<StyleName>,
    /// The new level (0..=1) for set_control and set_turbulence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

fn first_model() -> u32 {
    1
}
fn default_horizon() -> u32 {
    120
}
fn half() -> f64 {
    0.5
}
fn default_long_term() -> f64 {
    0.6
}
fn default_quality() -> f64 {
    0.6
}
fn default_competitiveness() -> f64 {
    0.3
}
fn default_commitment() -> f64 {
    0.7
}

mod checks;
mod edit;
mod entries;
mod errors;
mod expect;
mod names;
mod overrides;
pub(crate) use overrides::split_indices;
mod read;
mod valid;

pub use errors::{
    Counted, EntryPart, FieldError, JsonKind, Listed, Location, Problem, ScenarioError, MAX_LISTED,
};
pub use expect::{
    Arm, ArmChanges, Direction, Expectation, FieldSetting, Metric, MAX_EXPECTATIONS, RUNS_RANGE,
};
pub use names::{ActionName, EntryParts, StyleName};
pub use read::{MAX_PARTNERS, MAX_SCHEDULE, MAX_TEXT_BYTES};
pub use valid::{Found, Valid};

/// Something to tell the user about a scenario that is valid but may not do what its author
/// expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The scenario was made for an older model, so its runs differ from the ones it was
    /// made with.
    OlderModel {
        /// The model the scenario names (1 when it names none).
        version: u32,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::OlderModel { version } => write!(
                f,
                "This scenario was made for model {version}; this is model {MODEL_VERSION}, so its runs \
                 differ from the ones it was made with."
            ),
        }
    }
}

impl Scenario {
    /// Parses a scenario from TOML or JSON text and validates it. JSON is recognised by its
    /// first character (after a byte-order mark and whitespace), TOML is the rest. Texts over
    /// [`MAX_TEXT_BYTES`] are refused unread; lists beyond [`MAX_PARTNERS`] and
    /// [`MAX_SCHEDULE`] stop the reading at once.
    pub fn parse(text: &str) -> Result<Scenario, ScenarioError> {
        let scenario = read::read(text)?;
        scenario.validate()?;
        Ok(scenario)
    }

    /// Whether [`Scenario::parse`] reads `text` as JSON rather than TOML; the page reads JSON
    /// itself and leaves TOML to the scenario reader ([`crate::reader_protocol`]).
    pub fn looks_like_json(text: &str) -> bool {
        read::looks_like_json(read::without_bom(text))
    }

    /// Parses a scenario from JSON text and validates it. The error says whether the text
    /// ended early ([`ScenarioError::is_incomplete`]).
    pub fn parse_json(text: &str) -> Result<Scenario, ScenarioError> {
        let scenario = read::read_json(text)?;
        scenario.validate()?;
        Ok(scenario)
    }

    /// The title in `lang`: the Dutch one where the scenario has it, else the English one.
    pub fn title_in(&self, lang: crate::i18n::Lang) -> &str {
        self.in_dutch(lang, |nl| &nl.title).unwrap_or(&self.title)
    }

    /// The description in `lang` (see [`Scenario::title_in`]).
    pub fn description_in(&self, lang: crate::i18n::Lang) -> &str {
        self.in_dutch(lang, |nl| &nl.description).unwrap_or(&self.description)
    }

    /// The learning goal in `lang` (see [`Scenario::title_in`]).
    pub fn goal_in(&self, lang: crate::i18n::Lang) -> &str {
        self.in_dutch(lang, |nl| &nl.goal).unwrap_or(&self.goal)
    }

    /// The teaching point in `lang` (see [`Scenario::title_in`]).
    pub fn point_in(&self, lang: crate::i18n::Lang) -> &str {
        self.in_dutch(lang, |nl| &nl.point).unwrap_or(&self.point)
    }

    /// A Dutch text of the scenario, when the page is Dutch and the scenario has it.
    fn in_dutch<'a>(
        &'a self,
        lang: crate::i18n::Lang,
        text: impl Fn(&'a DutchTexts) -> &'a String,
    ) -> Option<&'a str> {
        match (lang, &self.nl) {
            (crate::i18n::Lang::Nl, Some(nl)) => Some(text(nl).as_str()).filter(|t| !t.is_empty()),
            _ => None,
        }
    }

    /// The embedded default preset.
    pub fn default_preset() -> Scenario {
        Scenario::parse_json(DEFAULT_JSON).expect("the embedded default scenario is valid")
    }

    /// The embedded preset with this file stem, if there is one.
    pub fn preset(stem: &str) -> Option<Scenario> {
        PRESETS.iter().find(|(s, _)| *s == stem).and_then(|(_, text)| Scenario::parse(text).ok())
    }

    /// Checks every field and returns the problems, the first [`MAX_LISTED`] of them listed.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        checks::params(self).map(drop)
    }

    /// The model parameters this scenario stands for, or every problem that keeps it from
    /// standing for any. The same as `Params::try_from(&scenario)`.
    pub fn params(&self) -> Result<Params, ScenarioError> {
        checks::params(self)
    }

    /// What the user should know about this valid scenario: that it was made for an older
    /// model. The CLI prints these on stderr; the app shows them with the opened file.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut warnings = Vec::new();
        if self.model_version < MODEL_VERSION {
            warnings.push(Warning::OlderModel { version: self.model_version });
        }
        warnings
    }

    /// Writes the scenario as TOML that [`Scenario::parse`] reads back. The text names the
    /// current [`MODEL_VERSION`]: whoever saves a scenario has run it with this model.
    pub fn to_toml_string(&self) -> String {
        let current = Scenario { model_version: MODEL_VERSION, ..self.clone() };
        toml::to_string(&current).expect("a scenario always serialises to TOML")
    }

    /// Index of the partner a reference names, if it exists.
    pub fn partner_index(&self, r: &PartnerRef) -> Option<usize> {
        match r {
            PartnerRef::Index(i) => (*i < self.partners.len()).then_some(*i),
            PartnerRef::Name(name) => self.partners.iter().position(|p| &p.name == name),
        }
    }
}

impl TryFrom<&Scenario> for Params {
    type Error = ScenarioError;

    /// The only way to model parameters from a scenario: validation builds them, so that an
    /// unknown partner or a missing value is an error and never a silent default.
    fn try_from(scenario: &Scenario) -> Result<Params, ScenarioError> {
        checks::params(scenario)
    }
}
