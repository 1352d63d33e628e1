//! The stylized facts of the article (CONCEPTS.md section 9) as paired ensemble experiments.

use serde::{Deserialize, Serialize};

/// The outcome of one fact in one alliance composition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactResult {
    /// Fact number, 1..=13.
    pub id: u8,
    /// Short name of the fact.
    pub name: String,
    /// The alliance composition it was tested in.
    pub composition: String,
    /// The arms compared.
    pub arms: String,
    /// The metric compared.
    pub metric: String,
    /// The metric's value per arm.
    pub values: Vec<f64>,
    /// The effect size.
    pub effect: f64,
    /// The threshold the effect must reach.
    pub threshold: f64,
    /// Whether the fact holds.
    pub pass: bool,
}

/// Runs every fact with `runs` paired seeds per arm.
pub fn run_facts(_runs: usize) -> Vec<FactResult> {
    Vec::new()
}
