//! Graded, not cliffs (issue 9, point 3): over the population, no 0.1 step of control, field
//! uncertainty, competitiveness or turbulence changes P(phase 3 by month 120) or
//! P(dissolved) by more than 0.25; a calm field is never worse than a moderately turbulent
//! one at fitting governance; zero control is not optimal under moderate or high relational
//! uncertainty. 100 seeds per level: a level's probability then has a standard error of at
//! most 0.05, well below the 0.25 a step may change.

use std::sync::OnceLock;

use alliance_lab::facts::cliffs::{self, Knob, Outcome, MAX_STEP};
use alliance_lab::facts::{self, Composition};

const GENERATED: usize = 30;
const SEEDS: usize = 100;

fn population() -> &'static [Composition] {
    static POPULATION: OnceLock<Vec<Composition>> = OnceLock::new();
    POPULATION.get_or_init(|| facts::population(GENERATED))
}

#[test]
fn no_step_of_control_field_uncertainty_competitiveness_or_turbulence_is_a_cliff() {
    let cliffs: Vec<String> = cliffs::sweeps(population(), &Knob::ALL, SEEDS)
        .iter()
        .flat_map(|s| Outcome::ALL.map(|o| s.largest_step(o)))
        .filter(|step| step.change() > MAX_STEP)
        .map(|s| {
            format!(
                "  {} {} {:.1} to {:.1}: {} {:.2} to {:.2}",
                s.composition,
                s.knob.path(),
                s.from,
                s.from + 0.1,
                s.outcome.label(),
                s.before,
                s.after
            )
        })
        .collect();
    assert!(
        cliffs.is_empty(),
        "{} steps change an outcome by more than {MAX_STEP}:\n{}",
        cliffs.len(),
        cliffs.join("\n")
    );
}

#[test]
fn a_calm_field_is_never_worse_than_a_moderately_turbulent_one_at_fitting_governance() {
    let worse: Vec<String> = cliffs::calm_fields(population(), SEEDS)
        .into_iter()
        .filter(|c| !c.holds)
        .map(|c| {
            format!(
                "  {}: control {:.2} | {:.2}, P(phase 3) {:.2} | {:.2}, added value {:.1} | {:.1} (calm | moderate)",
                c.composition, c.control[0], c.control[1], c.p_phase3[0], c.p_phase3[1], c.mean_added_value[0], c.mean_added_value[1]
            )
        })
        .collect();
    assert!(worse.is_empty(), "a calm field is worse in:\n{}", worse.join("\n"));
}

#[test]
fn zero_control_is_not_optimal_where_relational_uncertainty_is_moderate_or_high() {
    let controls = cliffs::sweeps(population(), &[Knob::Control], SEEDS);
    let checked: Vec<_> =
        population().iter().zip(&controls).filter_map(|(c, s)| cliffs::zero_control(c, s)).collect();
    assert!(!checked.is_empty(), "no composition has moderate or high relational uncertainty");
    let optimal: Vec<String> = checked
        .iter()
        .filter(|z| !z.holds())
        .map(|z| {
            format!(
                "  {} (relational uncertainty {:.2}): {:.1} at control 0, best of the others {:.1} at {:.1}",
                z.composition, z.relational_uncertainty, z.at_zero, z.best, z.best_level
            )
        })
        .collect();
    assert!(optimal.is_empty(), "zero control is optimal in:\n{}", optimal.join("\n"));
}
