//! Scenario files: commented TOML (or JSON) describing an alliance, turned into validated
//! model parameters. Every validation error names the field path and the allowed range,
//! and all errors are reported at once.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{
    Action, Coefficients, CoordinationStyle, Division, Intervention, Params, PartnerParams, ScheduledAction,
    Shock,
};

/// The default preset, embedded so that the CLI and the web app need no file system.
pub const DEFAULT_TOML: &str = include_str!("../scenarios/default.toml");

/// Every preset in `scenarios/`: (file stem, TOML text).
pub const PRESETS: &[(&str, &str)] = &[
    ("default", DEFAULT_TOML),
    ("similar_three", include_str!("../scenarios/similar_three.toml")),
    ("diverse_eight", include_str!("../scenarios/diverse_eight.toml")),
    ("conflict_start", include_str!("../scenarios/conflict_start.toml")),
    ("controlling_coordinator", include_str!("../scenarios/controlling_coordinator.toml")),
    ("turbulent_field", include_str!("../scenarios/turbulent_field.toml")),
];

/// One alliance to simulate, as written in a scenario file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Short title shown in pickers and reports.
    pub title: String,
    /// One paragraph explaining what the scenario shows.
    #[serde(default)]
    pub description: String,
    /// Seed of the random generator; the same scenario and seed give the same run.
    #[serde(default)]
    pub seed: u64,
    /// Number of months to simulate (1..=600, default 120).
    #[serde(default = "default_horizon")]
    pub horizon_months: u32,
    /// The field the alliance works in.
    #[serde(default)]
    pub environment: Environment,
    /// Governance at the start.
    #[serde(default)]
    pub governance: Governance,
    /// Coordination at the start.
    #[serde(default)]
    pub coordination: Coordination,
    /// Relations between the partners at the start.
    #[serde(default)]
    pub relations: StartRelations,
    /// The partner organisations (2..=200).
    pub partners: Vec<PartnerSpec>,
    /// Interventions and shocks planned by month.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedule: Vec<ScheduleEntry>,
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Coordination {
    /// `none`, `independent_chair` or `controlling_coordinator` (default `none`).
    pub style: String,
    /// The coordinating partner (name or index) for `controlling_coordinator`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<PartnerRef>,
}

impl Default for Coordination {
    fn default() -> Self {
        Coordination { style: "none".into(), coordinator: None }
    }
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PartnerRef {
    /// Index in the partner list, 0-based.
    Index(usize),
    /// Partner name.
    Name(String),
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
    #[serde(default)]
    pub values: Values,
    /// Long-term commitment versus a temporary vehicle (0..=1, default 0.6).
    #[serde(default = "default_long_term")]
    pub long_term: f64,
    /// Strengths (0..=1 each, default 0.2).
    #[serde(default)]
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

impl Values {
    fn array(&self) -> [f64; 4] {
        [self.sustainability, self.gender_equality, self.empowerment, self.commercial_orientation]
    }
}

impl Expertise {
    fn array(&self) -> [f64; 7] {
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
    /// An intervention or shock name, or `set_style`, `set_control`, `set_turbulence`.
    pub action: String,
    /// The partner (name or index) for value_room, knowledge_sharing, turnover,
    /// partner_exit, and set_style to controlling_coordinator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<PartnerRef>,
    /// `equal` or `unequal` for funding_round (default `equal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<String>,
    /// The new style for set_style.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<String>,
    /// The new level (0..=1) for set_control and set_turbulence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
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

/// One problem with a scenario, located by its field path (`partners[2].size`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Dotted path of the field, or `(file)` when the text could not be parsed at all.
    pub path: String,
    /// What is wrong, including the allowed range where there is one.
    pub message: String,
}

/// Every problem found in a scenario, reported at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    /// The individual problems, in the order of the fields in the file.
    pub errors: Vec<FieldError>,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioError {}

impl ScenarioError {
    fn single(path: &str, message: impl Into<String>) -> Self {
        ScenarioError { errors: vec![FieldError { path: path.to_string(), message: message.into() }] }
    }
}

mod checks;
mod edit;
mod entries;
mod overrides;

impl Scenario {
    /// Parses a scenario from TOML or JSON text (JSON when it starts with `{`) and validates it.
    pub fn parse(text: &str) -> Result<Scenario, ScenarioError> {
        let scenario: Scenario = if text.trim_start().starts_with('{') {
            serde_json::from_str(text)
                .map_err(|e| ScenarioError::single("(file)", format!("invalid JSON: {e}")))?
        } else {
            toml::from_str(text)
                .map_err(|e| ScenarioError::single("(file)", format!("invalid TOML: {}", e.message())))?
        };
        scenario.validate()?;
        Ok(scenario)
    }

    /// The embedded default preset.
    pub fn default_preset() -> Scenario {
        Scenario::parse(DEFAULT_TOML).expect("the embedded default scenario is valid")
    }

    /// The embedded preset with this file stem, if there is one.
    pub fn preset(stem: &str) -> Option<Scenario> {
        PRESETS.iter().find(|(s, _)| *s == stem).and_then(|(_, text)| Scenario::parse(text).ok())
    }

    /// Checks every field and returns all problems at once.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let errors = checks::check(self);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { errors })
        }
    }

    /// Writes the scenario as TOML that [`Scenario::parse`] reads back to the same scenario.
    pub fn to_toml_string(&self) -> String {
        toml::to_string(self).expect("a scenario always serialises to TOML")
    }

    /// Index of the partner a reference names, if it exists.
    pub fn partner_index(&self, r: &PartnerRef) -> Option<usize> {
        match r {
            PartnerRef::Index(i) => (*i < self.partners.len()).then_some(*i),
            PartnerRef::Name(name) => self.partners.iter().position(|p| &p.name == name),
        }
    }

    /// The model parameters this scenario stands for. Call on a validated scenario; invalid
    /// references fall back to the first partner and unknown names are skipped.
    pub fn params(&self) -> Params {
        let partner = |r: &Option<PartnerRef>| r.as_ref().and_then(|r| self.partner_index(r)).unwrap_or(0);
        let style = style_from(&self.coordination.style, partner(&self.coordination.coordinator));
        Params {
            partners: self
                .partners
                .iter()
                .map(|p| PartnerParams {
                    name: p.name.clone(),
                    size: p.size,
                    values: p.values.array(),
                    long_term: p.long_term,
                    expertise: p.expertise.array(),
                    quality: p.quality,
                    competitiveness: p.competitiveness,
                    dependency: p.dependency,
                    commitment: p.commitment,
                })
                .collect(),
            horizon: self.horizon_months,
            field_uncertainty: self.environment.field_uncertainty,
            turbulence: self.environment.turbulence,
            control: self.governance.control,
            organisation: self.governance.organisation,
            decision_clarity: self.governance.decision_clarity,
            coefficients: Coefficients::default(),
            style: style.unwrap_or(CoordinationStyle::SelfSteering),
            initial_knowledge: self.relations.knowledge,
            initial_trust: self.relations.trust,
            initial_conflict: self.relations.conflict,
            schedule: self
                .schedule
                .iter()
                .filter_map(|e| {
                    entry_action(e, partner(&e.partner))
                        .map(|action| ScheduledAction { month: e.month, action })
                })
                .collect(),
        }
    }
}

/// The coordination style a name stands for, with the coordinator's index.
fn style_from(name: &str, partner: usize) -> Option<CoordinationStyle> {
    match name {
        "none" => Some(CoordinationStyle::SelfSteering),
        "independent_chair" => Some(CoordinationStyle::IndependentChair),
        "lead_partner" => Some(CoordinationStyle::LeadPartner { partner }),
        "controlling_coordinator" => Some(CoordinationStyle::ControllingCoordinator { partner }),
        _ => None,
    }
}

/// The model action a schedule entry stands for, or `None` when a name is unknown.
fn entry_action(e: &ScheduleEntry, partner: usize) -> Option<Action> {
    let division = match e.division.as_deref() {
        Some("unequal") => Division::Unequal,
        Some("exclusion") => Division::Exclusion,
        _ => Division::Equal,
    };
    match e.action.as_str() {
        "set_style" => style_from(e.style.as_deref().unwrap_or(""), partner).map(Action::SetStyle),
        "set_control" => e.value.map(Action::SetControl),
        "set_turbulence" => e.value.map(Action::SetTurbulence),
        name => Intervention::from_name(name, partner)
            .map(Action::Intervention)
            .or_else(|| Shock::from_name(name, partner, division).map(Action::Shock)),
    }
}
