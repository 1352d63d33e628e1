//! Scenario files: commented TOML (or JSON) describing an alliance, turned into validated
//! model parameters. Every validation error names the field path and the allowed range.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{Params, PartnerParams};

/// The default preset, embedded so that the CLI and the web app need no file system.
pub const DEFAULT_TOML: &str = include_str!("../scenarios/default.toml");

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
    /// The partner organisations (2..=200).
    pub partners: Vec<PartnerSpec>,
    /// Governance at the start.
    #[serde(default)]
    pub governance: Governance,
}

/// A partner organisation as described in a scenario file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerSpec {
    /// Name shown in the UI and the event log.
    pub name: String,
    /// Relative staff and budget (0..=1; omvang).
    pub size: f64,
}

/// The balance between trust and control (De Man 2006).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Governance {
    /// Control level: 0 is trust-based, 1 is control-based (0..=1, default 0.5).
    pub control: f64,
}

impl Default for Governance {
    fn default() -> Self {
        Governance { control: 0.5 }
    }
}

fn default_horizon() -> u32 {
    120
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

impl Scenario {
    /// Parses a scenario from TOML or JSON text (JSON when it starts with `{`) and validates it.
    pub fn parse(text: &str) -> Result<Scenario, ScenarioError> {
        let scenario: Scenario = if text.trim_start().starts_with('{') {
            serde_json::from_str(text).map_err(|e| ScenarioError::single("(file)", format!("invalid JSON: {e}")))?
        } else {
            toml::from_str(text).map_err(|e| ScenarioError::single("(file)", format!("invalid TOML: {}", e.message())))?
        };
        scenario.validate()?;
        Ok(scenario)
    }

    /// The embedded default preset.
    pub fn default_preset() -> Scenario {
        Scenario::parse(DEFAULT_TOML).expect("the embedded default scenario is valid")
    }

    /// Checks every field and returns all problems at once.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let mut errors = Vec::new();
        let mut check = |path: String, value: f64, lo: f64, hi: f64| {
            if !(value.is_finite() && (lo..=hi).contains(&value)) {
                errors.push(FieldError { path, message: format!("{value} is out of range {lo}..={hi}") });
            }
        };
        if !(1..=600).contains(&self.horizon_months) {
            check("horizon_months".into(), f64::from(self.horizon_months), 1.0, 600.0);
        }
        check("governance.control".into(), self.governance.control, 0.0, 1.0);
        for (i, p) in self.partners.iter().enumerate() {
            check(format!("partners[{i}].size"), p.size, 0.0, 1.0);
        }
        if !(2..=200).contains(&self.partners.len()) {
            errors.push(FieldError {
                path: "partners".into(),
                message: format!("{} partners given; an alliance needs 2..=200", self.partners.len()),
            });
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { errors })
        }
    }

    /// The model parameters this scenario stands for.
    pub fn params(&self) -> Params {
        Params {
            control: self.governance.control,
            partners: self.partners.iter().map(|p| PartnerParams { name: p.name.clone(), size: p.size }).collect(),
        }
    }
}
