//! Checking a scenario's teaching points ([`Expectation`]s): both arms run over the same
//! seeds, so that they meet the same random events and the difference comes from the arms,
//! and the mean paired difference B − A is compared with what the expectation claims.
//!
//! An expectation holds when the mean difference lies in the stated direction by at least
//! `min_effect` and its 95 % interval (the normal approximation of
//! [`crate::ensemble::compare`]) does not include zero: an effect of the claimed size that
//! the seeds cannot tell from chance does not count.

use serde::{Deserialize, Serialize};

use crate::ensemble::{paired_difference, run_with, Difference, RunSummary};
use crate::scenario::{Arm, Direction, Expectation, Metric, Scenario, ScenarioError};

/// What checking one expectation found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckOutcome {
    /// The teaching point, as the scenario says it.
    pub says: String,
    /// The metric compared.
    pub metric: Metric,
    /// The direction claimed for B against A.
    pub direction: Direction,
    /// The smallest effect claimed, in the metric's unit.
    pub min_effect: f64,
    /// Paired seeds run.
    pub runs: u32,
    /// The first seed; the others follow it.
    pub first_seed: u64,
    /// Both arms' means and their paired difference B − A with its 95 % interval.
    pub difference: Difference,
    /// Whether the expectation holds.
    pub holds: bool,
}

impl CheckOutcome {
    /// The effect in the claimed direction: positive when B differs from A as claimed.
    pub fn effect(&self) -> f64 {
        match self.direction {
            Direction::Higher => self.difference.mean_difference,
            Direction::Lower => -self.difference.mean_difference,
        }
    }

    /// One line for a terminal: the verdict, the claim and what was measured, with shares in
    /// % and percentage points.
    pub fn line(&self) -> String {
        let d = &self.difference;
        let share = self.metric.is_share();
        let (scale, unit, points, digits) = if share { (100.0, " %", " pp", 1) } else { (1.0, "", "", 3) };
        let signed = |v: f64| format!("{:+.*}{points}", digits, scale * v);
        let plain = |v: f64| format!("{:.*}{unit}", digits, scale * v);
        let interval = d.ci95.map_or_else(String::new, |[lo, hi]| {
            format!(" (95 % interval {} to {})", signed(lo), signed(hi))
        });
        format!(
            "{}  {}\n      {}: A {}, B {}, B − A {}{interval}; claimed {} by at least {:.*}{points}, over {} paired seeds from {}",
            if self.holds { "PASS" } else { "FAIL" },
            self.says,
            self.metric.describe(),
            plain(d.mean_a),
            plain(d.mean_b),
            signed(d.mean_difference),
            self.direction.name(),
            digits,
            scale * self.min_effect,
            self.runs,
            self.first_seed,
        )
    }
}

/// The value of `metric` in one run of a scenario with `horizon` months.
pub fn metric_value(metric: Metric, run: &RunSummary, horizon: u32) -> f64 {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let month = |m: Option<u32>| f64::from(m.unwrap_or(horizon + 1));
    match metric {
        Metric::AddedValue => run.added_value,
        Metric::Phase2 => flag(run.reached_phase2_month.is_some()),
        Metric::Phase3 => flag(run.reached_phase3_month.is_some()),
        Metric::MonthsToPhase2 => month(run.reached_phase2_month),
        Metric::MonthsToPhase3 => month(run.reached_phase3_month),
        Metric::BrokeEven => flag(run.break_even_month.is_some()),
        Metric::FinalTrust => run.final_trust,
        Metric::MeanConflict => run.mean_conflict,
        Metric::MeanCommitment => run.mean_commitment,
        Metric::MeanDelivery => run.mean_delivery,
        Metric::MeanProcessShare => run.mean_process_share,
        Metric::Regressed => flag(run.regressed),
        Metric::Dissolved => flag(run.dissolved),
        Metric::Exits => f64::from(run.exits),
    }
}

/// The verdict on an expectation from its arms' runs, paired by seed.
pub fn judge(
    expectation: &Expectation,
    first_seed: u64,
    horizon: u32,
    a: &[RunSummary],
    b: &[RunSummary],
) -> CheckOutcome {
    let difference = paired_difference(a, b, |run| metric_value(expectation.metric, run, horizon));
    let mut outcome = CheckOutcome {
        says: expectation.says.clone(),
        metric: expectation.metric,
        direction: expectation.direction,
        min_effect: expectation.min_effect,
        runs: expectation.runs,
        first_seed,
        difference,
        holds: false,
    };
    let clear_of_zero = match (expectation.direction, difference.ci95) {
        (Direction::Higher, Some([low, _])) => low > 0.0,
        (Direction::Lower, Some([_, high])) => high < 0.0,
        (_, None) => false,
    };
    outcome.holds = outcome.effect() >= expectation.min_effect && clear_of_zero;
    outcome
}

/// Checks expectation `index` of a valid scenario: both arms over seeds from the scenario's
/// seed on, natively in parallel. Fails with the located problems of the teaching points'
/// fields or of the arms.
///
/// # Panics
///
/// If `index` is out of range.
pub fn check(scenario: &Scenario, index: usize) -> Result<CheckOutcome, ScenarioError> {
    scenario.check_expectation_fields()?;
    let expectation = &scenario.expect[index];
    let first_seed = scenario.seed;
    // The field check made sure that the last seed fits.
    let seeds: Vec<u64> = (0..u64::from(expectation.runs)).map(|i| first_seed + i).collect();
    let runs = |arm: Arm| -> Result<Vec<RunSummary>, ScenarioError> {
        let params = expectation.arm(scenario, arm)?.params()?;
        Ok(crate::facts::par_map(&seeds, |&seed| run_with(&params, seed)))
    };
    let (a, b) = (runs(Arm::A)?, runs(Arm::B)?);
    Ok(judge(expectation, first_seed, scenario.horizon_months, &a, &b))
}

/// Checks every expectation of a valid scenario, in order.
pub fn check_all(scenario: &Scenario) -> Result<Vec<CheckOutcome>, ScenarioError> {
    (0..scenario.expect.len()).map(|i| check(scenario, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::ArmChanges;

    fn run(seed: u64, value: f64) -> RunSummary {
        RunSummary { seed, mean_delivery: value, ..RunSummary::default() }
    }

    fn expectation(direction: Direction, min_effect: f64) -> Expectation {
        Expectation {
            says: "B delivers more".into(),
            a: ArmChanges::default(),
            b: ArmChanges::default(),
            metric: Metric::MeanDelivery,
            direction,
            min_effect,
            runs: 4,
            nl: None,
        }
    }

    #[test]
    fn an_expectation_holds_when_the_effect_is_large_enough_and_clear_of_zero() {
        let a: Vec<RunSummary> = (0..4).map(|s| run(s, 0.5)).collect();
        let b: Vec<RunSummary> = (0..4).map(|s| run(s, 0.6 + 0.01 * s as f64)).collect();
        let higher = judge(&expectation(Direction::Higher, 0.1), 0, 120, &a, &b);
        assert!(higher.holds, "{}", higher.line());
        assert!((higher.effect() - 0.115).abs() < 1e-9);
        assert!(!judge(&expectation(Direction::Higher, 0.2), 0, 120, &a, &b).holds, "too small an effect");
        assert!(!judge(&expectation(Direction::Lower, 0.0), 0, 120, &a, &b).holds, "the wrong direction");
    }

    #[test]
    fn an_effect_the_seeds_cannot_tell_from_chance_does_not_hold() {
        let a: Vec<RunSummary> = (0..4).map(|s| run(s, 0.5)).collect();
        // A mean gain of 0.05 from differences of +0.6, −0.5, +0.6, −0.5.
        let b: Vec<RunSummary> = (0..4).map(|s| run(s, if s % 2 == 0 { 1.1 } else { 0.0 })).collect();
        let outcome = judge(&expectation(Direction::Higher, 0.0), 0, 120, &a, &b);
        assert!(outcome.effect() > 0.0 && !outcome.holds, "{}", outcome.line());
    }

    #[test]
    fn a_run_that_never_reaches_a_phase_counts_as_the_horizon_plus_one() {
        let never = RunSummary::default();
        assert_eq!(metric_value(Metric::MonthsToPhase3, &never, 120), 121.0);
        let reached = RunSummary { reached_phase3_month: Some(40), ..RunSummary::default() };
        assert_eq!(metric_value(Metric::MonthsToPhase3, &reached, 120), 40.0);
        assert_eq!(metric_value(Metric::Phase3, &reached, 120), 1.0);
    }

    #[test]
    fn shares_read_in_percent_and_percentage_points() {
        let a: Vec<RunSummary> = (0..4).map(|s| RunSummary { seed: s, ..RunSummary::default() }).collect();
        let b: Vec<RunSummary> = (0..4)
            .map(|s| RunSummary {
                seed: s,
                reached_phase3_month: (s < 3).then_some(50),
                ..RunSummary::default()
            })
            .collect();
        let e = Expectation { metric: Metric::Phase3, ..expectation(Direction::Higher, 0.5) };
        let line = judge(&e, 0, 120, &a, &b).line();
        assert!(line.contains("A 0.0 %, B 75.0 %, B − A +75.0 pp"), "{line}");
    }
}
