//! Graded, not cliffs (issue 9, point 3): outcome probabilities must change gradually with
//! control, field uncertainty, competitiveness and turbulence, a calm field must not be worse
//! than a moderately turbulent one at fitting governance, and zero control must not be
//! optimal where relational uncertainty is moderate or high.
//!
//! Every level of a sweep runs the same seeds (paired), so that a step's change comes from
//! the step and not from other random shocks. With `n` seeds the standard error of one
//! level's probability is at most 0.5/√n (0.05 at 100 seeds), and that of a step's change
//! is smaller still, since paired runs mostly end alike; a change above [`MAX_STEP`] = 0.25 is
//! therefore a property of the model, not of sampling.

use serde::{Deserialize, Serialize};

use super::experiments::without;
use super::{par_map, Composition};
use crate::ensemble::{compare, run_one, RunSummary};
use crate::scenario::{ActionName, Scenario};
use crate::simulation::Simulation;

/// The largest change one 0.1 step of a parameter may make to P(phase 3) or P(dissolved).
pub const MAX_STEP: f64 = 0.25;

/// The month by which phase 3 counts as reached.
pub const PHASE3_BY: u32 = 120;

/// Relational uncertainty at the start from which zero control must not be optimal:
/// "moderate or high".
pub const MODERATE_RELATIONAL_UNCERTAINTY: f64 = 0.4;

/// A parameter the cliff check steps from 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Knob {
    /// `governance.control`.
    Control,
    /// `environment.field_uncertainty`.
    FieldUncertainty,
    /// Every partner's `competitiveness`, together.
    Competitiveness,
    /// `environment.turbulence`.
    Turbulence,
}

impl Knob {
    /// Every knob, in the order reports list them.
    pub const ALL: [Knob; 4] =
        [Knob::Control, Knob::FieldUncertainty, Knob::Competitiveness, Knob::Turbulence];

    /// The scenario path it sets.
    pub fn path(self) -> &'static str {
        match self {
            Knob::Control => "governance.control",
            Knob::FieldUncertainty => "environment.field_uncertainty",
            Knob::Competitiveness => "partners[*].competitiveness",
            Knob::Turbulence => "environment.turbulence",
        }
    }

    /// The scenario at this level. Scheduled changes of the same setting are dropped, so
    /// that the level holds for the whole run.
    fn at(self, base: &Scenario, level: f64) -> Scenario {
        match self {
            Knob::Control => {
                let mut s = without(base, &[ActionName::SetControl]);
                s.governance.control = level;
                s
            }
            Knob::FieldUncertainty => {
                let mut s = base.clone();
                s.environment.field_uncertainty = level;
                s
            }
            Knob::Competitiveness => {
                let mut s = base.clone();
                s.partners.iter_mut().for_each(|p| p.competitiveness = level);
                s
            }
            Knob::Turbulence => {
                let mut s = without(base, &[ActionName::SetTurbulence]);
                s.environment.turbulence = level;
                s
            }
        }
    }
}

/// The outcome probabilities the cliff check watches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Having reached phase 3 by month [`PHASE3_BY`].
    Phase3,
    /// The alliance dissolved by the horizon.
    Dissolved,
}

impl Outcome {
    /// Both outcomes.
    pub const ALL: [Outcome; 2] = [Outcome::Phase3, Outcome::Dissolved];

    /// How reports name it.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Phase3 => "P(phase 3 by month 120)",
            Outcome::Dissolved => "P(dissolved)",
        }
    }
}

/// What the runs of one level came to.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Level {
    /// The knob's value, 0.0..=1.0.
    pub level: f64,
    /// Share of runs in phase 3 by month [`PHASE3_BY`].
    pub p_phase3: f64,
    /// Share of runs that dissolved.
    pub p_dissolved: f64,
    /// Mean cumulative value minus cumulative solo value at the horizon.
    pub mean_added_value: f64,
}

impl Level {
    /// The probability of an outcome.
    pub fn p(&self, outcome: Outcome) -> f64 {
        match outcome {
            Outcome::Phase3 => self.p_phase3,
            Outcome::Dissolved => self.p_dissolved,
        }
    }
}

/// One composition with one knob stepped from 0 to 1 in steps of 0.1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sweep {
    /// The composition's name.
    pub composition: String,
    /// The knob stepped.
    pub knob: Knob,
    /// The eleven levels, 0.0 to 1.0.
    pub levels: Vec<Level>,
}

/// The largest change of an outcome between two neighbouring levels of a sweep.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The composition's name.
    pub composition: String,
    /// The knob stepped.
    pub knob: Knob,
    /// The outcome watched.
    pub outcome: Outcome,
    /// The lower level of the step; the step goes to `from + 0.1`.
    pub from: f64,
    /// The outcome's probability at `from` and at `from + 0.1`.
    pub before: f64,
    /// See `before`.
    pub after: f64,
}

impl Step {
    /// The size of the change, without its sign.
    pub fn change(&self) -> f64 {
        (self.after - self.before).abs()
    }
}

impl Sweep {
    /// The step with the largest change of an outcome; the first of them on a tie.
    pub fn largest_step(&self, outcome: Outcome) -> Step {
        let k = (1..self.levels.len())
            .map(|k| (k, (self.levels[k].p(outcome) - self.levels[k - 1].p(outcome)).abs()))
            .fold((1, -1.0), |best, (k, change)| if change > best.1 { (k, change) } else { best })
            .0;
        Step {
            composition: self.composition.clone(),
            knob: self.knob,
            outcome,
            from: self.levels[k - 1].level,
            before: self.levels[k - 1].p(outcome),
            after: self.levels[k].p(outcome),
        }
    }
}

/// Steps one knob of a composition from 0 to 1 with seeds 1..=seeds at every level.
pub fn sweep(c: &Composition, knob: Knob, seeds: usize) -> Sweep {
    let levels = (0..=10)
        .map(|k| {
            let level = f64::from(k) / 10.0;
            level_of(level, &runs(&knob.at(&c.scenario, level), seeds))
        })
        .collect();
    Sweep { composition: c.name.clone(), knob, levels }
}

/// The given knobs of every composition, ordered by composition and then by knob, run in
/// parallel.
pub fn sweeps(compositions: &[Composition], knobs: &[Knob], seeds: usize) -> Vec<Sweep> {
    let tasks: Vec<(&Composition, Knob)> =
        compositions.iter().flat_map(|c| knobs.iter().map(move |&k| (c, k))).collect();
    par_map(&tasks, |&(c, knob)| sweep(c, knob, seeds))
}

/// A calm field (field uncertainty 0.0) against a moderately turbulent one (0.3), each at
/// the control level that fits it at the start.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalmField {
    /// The composition's name.
    pub composition: String,
    /// The fitting control level in the calm field and in the moderate one.
    pub control: [f64; 2],
    /// P(phase 3 by the horizon) in the calm field and in the moderate one.
    pub p_phase3: [f64; 2],
    /// Mean added value (value minus solo value) in the calm field and in the moderate one.
    pub mean_added_value: [f64; 2],
    /// Whether the calm field is not worse: see [`calm_field`].
    pub holds: bool,
}

/// The largest drop in P(phase 3) a calm field may show against a moderate one before it
/// counts as worse, besides being outside the 95 % interval.
pub const CALM_PHASE3_MARGIN: f64 = 0.05;
/// The same for added value, relative to what the partners of the moderate field would
/// produce alone (added value itself passes through zero, so it cannot be the scale).
pub const CALM_VALUE_MARGIN: f64 = 0.02;

/// Compares a calm field with a moderately turbulent one, each at the control level that
/// fits it at the start (the reading of "at the same fitting governance": both alliances
/// govern as their situation calls for, which is what De Man's contingency asks of them).
/// The calm field is worse when its P(phase 3) or its added value is lower with 95 %
/// confidence (paired seeds) and by more than a noticeable margin ([`CALM_PHASE3_MARGIN`],
/// [`CALM_VALUE_MARGIN`]).
pub fn calm_field(c: &Composition, seeds: usize) -> CalmField {
    let fitted = |field: f64| {
        let mut s = Knob::FieldUncertainty.at(&without(&c.scenario, &[ActionName::SetControl]), field);
        s.governance.control = Simulation::with_seed(&s, 1).fitting_control();
        s
    };
    let (calm, moderate) = (fitted(0.0), fitted(0.3));
    let (a, b) = (runs(&moderate, seeds), runs(&calm, seeds));
    let d = compare(&a, &b);
    let worse = |diff: &crate::ensemble::Difference, margin: f64| {
        diff.ci95.is_some_and(|[_, high]| high < 0.0) && diff.mean_difference < -margin
    };
    let solo = a.iter().map(|r| r.solo_value).sum::<f64>() / a.len().max(1) as f64;
    let value_margin = CALM_VALUE_MARGIN * solo;
    CalmField {
        composition: c.name.clone(),
        control: [calm.governance.control, moderate.governance.control],
        p_phase3: [d.p_phase3.mean_b, d.p_phase3.mean_a],
        mean_added_value: [d.added_value.mean_b, d.added_value.mean_a],
        holds: !worse(&d.p_phase3, CALM_PHASE3_MARGIN) && !worse(&d.added_value, value_margin),
    }
}

/// The calm-field check of every composition, in composition order, run in parallel.
pub fn calm_fields(compositions: &[Composition], seeds: usize) -> Vec<CalmField> {
    par_map(compositions, |c| calm_field(c, seeds))
}

/// Whether zero control is beaten where relational uncertainty is moderate or high.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ZeroControl {
    /// The composition's name.
    pub composition: String,
    /// Relational uncertainty at the start.
    pub relational_uncertainty: f64,
    /// Mean added value (value minus solo value) at control 0.
    pub at_zero: f64,
    /// The best control level of 0.1..=1.0 and its mean added value.
    pub best_level: f64,
    /// See `best_level`.
    pub best: f64,
}

impl ZeroControl {
    /// Zero control is not optimal: some level of 0.1..=1.0 does better.
    pub fn holds(&self) -> bool {
        self.at_zero < self.best
    }
}

/// The zero-control check of a composition from its control sweep, or `None` when its
/// relational uncertainty at the start is below [`MODERATE_RELATIONAL_UNCERTAINTY`].
pub fn zero_control(c: &Composition, control: &Sweep) -> Option<ZeroControl> {
    let relational = Simulation::with_seed(&c.scenario, 1).relational_uncertainty();
    if relational < MODERATE_RELATIONAL_UNCERTAINTY || control.knob != Knob::Control {
        return None;
    }
    let best = control.levels[1..].iter().fold(&control.levels[1], |best, l| {
        if l.mean_added_value > best.mean_added_value {
            l
        } else {
            best
        }
    });
    Some(ZeroControl {
        composition: c.name.clone(),
        relational_uncertainty: relational,
        at_zero: control.levels[0].mean_added_value,
        best_level: best.level,
        best: best.mean_added_value,
    })
}

/// Seeds 1..=seeds of a scenario, summarised.
fn runs(s: &Scenario, seeds: usize) -> Vec<RunSummary> {
    (1..=seeds as u64).map(|seed| run_one(s, seed)).collect()
}

fn level_of(level: f64, runs: &[RunSummary]) -> Level {
    let n = runs.len().max(1) as f64;
    let share = |f: &dyn Fn(&RunSummary) -> bool| runs.iter().filter(|r| f(r)).count() as f64 / n;
    Level {
        level,
        p_phase3: share(&|r| r.reached_phase3_month.is_some_and(|m| m <= PHASE3_BY)),
        p_dissolved: share(&|r| r.dissolved),
        mean_added_value: runs.iter().map(|r| r.added_value).sum::<f64>() / n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sweep(p_phase3: [f64; 11], net: [f64; 11]) -> Sweep {
        let levels = (0..11)
            .map(|k| Level {
                level: k as f64 / 10.0,
                p_phase3: p_phase3[k],
                p_dissolved: 0.0,
                mean_added_value: net[k],
            })
            .collect();
        Sweep { composition: "test".into(), knob: Knob::Control, levels }
    }

    #[test]
    fn the_largest_step_is_the_biggest_change_between_neighbouring_levels_whatever_its_sign() {
        let s = sweep([0.0, 0.1, 0.2, 0.9, 0.9, 0.9, 0.95, 1.0, 1.0, 0.6, 0.6], [0.0; 11]);
        let step = s.largest_step(Outcome::Phase3);
        assert_eq!((step.from, step.before, step.after), (0.2, 0.2, 0.9));
        assert!((step.change() - 0.7).abs() < 1e-12);
        let flat = s.largest_step(Outcome::Dissolved);
        assert_eq!((flat.from, flat.change()), (0.0, 0.0));
    }

    #[test]
    fn zero_control_is_checked_from_the_control_sweep_where_relational_uncertainty_is_moderate() {
        let default = &crate::facts::population(0)[0];
        let mut s = sweep([0.0; 11], [1.0, 2.0, 3.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        let z = zero_control(default, &s)
            .expect("the default preset starts with moderate relational uncertainty");
        assert!(z.relational_uncertainty >= MODERATE_RELATIONAL_UNCERTAINTY);
        assert_eq!((z.at_zero, z.best_level, z.best), (1.0, 0.2, 3.0));
        assert!(z.holds());
        s.levels[0].mean_added_value = 5.0;
        assert!(!zero_control(default, &s).expect("still checked").holds());
        s.knob = Knob::FieldUncertainty;
        assert_eq!(zero_control(default, &s), None);
    }
}
