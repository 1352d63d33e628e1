//! Morris elementary-effects screening (Morris 1991) of every numeric scenario parameter:
//! which parameters move an outcome, which are inert. Each parameter's importance is μ*, the
//! mean absolute elementary effect (Campolongo, Cariboni & Saltelli 2007); μ, the mean
//! signed effect, shows its direction and σ, their spread, shows interaction or curvature.
//! Pure: the CLI runs an ensemble at every design point and hands the outcomes back.
//!
//! The parameters are found by walking the serialised scenario, so a field added to the
//! scenario is screened without a change here: every number in `environment`, `governance`
//! and `relations`, and every number of a partner, taken as one group over all partners
//! (`partners[*].quality`). All of them are levels in 0..=1 (validation holds them there).
//!
//! A partner group moves every partner by the same shift, over the largest range that keeps
//! every partner in 0..=1 (for `size` 0.15..0.9, the shift runs from −0.15 to +0.1). Setting
//! every partner to one level instead would erase the differences between partners, which
//! drive much of the model (value distance, rank, weight by size), so that the group would
//! measure heterogeneity and level at once. A shift keeps the differences and measures the
//! level alone. Because shift ranges differ, every elementary effect is expressed per unit
//! of the parameter's own 0..=1 scale (the outcome's change divided by the parameter's
//! change), which makes the rows comparable; the range explored is reported with each row.

use std::fmt;
use std::str::FromStr;

use rand::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::Serialize;
use serde_json::Value;

use crate::scenario::{Scenario, ScenarioError};

/// Scenario sections whose numbers are screened one by one.
const SECTIONS: [&str; 3] = ["environment", "governance", "relations"];

/// A parameter below this share of the largest μ*, for every outcome, is called inert.
pub const INERT_SHARE: f64 = 0.05;

/// One screened parameter: a single field, or the same field of every partner.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Factor {
    /// `governance.control`, or `partners[*].quality` for a group.
    pub name: String,
    /// Whether this is the same field of every partner, moved by a common shift.
    pub group: bool,
    /// Lowest shift from the scenario's own values that keeps every field in 0..=1.
    pub shift_from: f64,
    /// Highest such shift.
    pub shift_to: f64,
    #[serde(skip)]
    fields: Vec<(String, f64)>,
}

impl Factor {
    fn new(name: String, group: bool, fields: Vec<(String, f64)>) -> Factor {
        let lowest = fields.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
        let highest = fields.iter().map(|(_, v)| *v).fold(f64::NEG_INFINITY, f64::max);
        Factor { name, group, shift_from: -lowest, shift_to: 1.0 - highest, fields }
    }

    /// How far the parameter can move: 1 for a single field, less for a group whose
    /// partners differ.
    pub fn width(&self) -> f64 {
        self.shift_to - self.shift_from
    }

    /// The (path, value) settings at unit level `x` (0 is the lowest shift, 1 the highest).
    fn settings(&self, x: f64) -> impl Iterator<Item = (String, f64)> + '_ {
        // base + shift_from is exactly 0 for a single field, so that its value is exactly x;
        // the clamp only removes the last bit of rounding at the ends of a group's range.
        self.fields.iter().map(move |(path, base)| {
            (path.clone(), (base + self.shift_from + x * self.width()).clamp(0.0, 1.0))
        })
    }
}

/// Every numeric parameter of a scenario, in the order of its serialised form.
pub fn factors(scenario: &Scenario) -> Vec<Factor> {
    let root = serde_json::to_value(scenario).expect("a scenario always serialises");
    let mut factors = Vec::new();
    for section in SECTIONS {
        if let Some(value) = root.get(section) {
            for (path, v) in numbers(value, section) {
                factors.push(Factor::new(path.clone(), false, vec![(path, v)]));
            }
        }
    }
    let partners = root.get("partners").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    if let Some(first) = partners.first() {
        for (field, _) in numbers(first, "") {
            let fields = partners
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    crate::sweep::lookup(p, &field)
                        .and_then(Value::as_f64)
                        .map(|v| (format!("partners[{i}].{field}"), v))
                })
                .collect();
            factors.push(Factor::new(format!("partners[*].{field}"), true, fields));
        }
    }
    factors
}

/// The numeric leaves under a value, with their dotted paths below `prefix`.
fn numbers(value: &Value, prefix: &str) -> Vec<(String, f64)> {
    let join = |key: &str| if prefix.is_empty() { key.to_string() } else { format!("{prefix}.{key}") };
    match value {
        Value::Number(n) => n.as_f64().map(|v| vec![(prefix.to_string(), v)]).unwrap_or_default(),
        Value::Object(map) => map.iter().flat_map(|(key, v)| numbers(v, &join(key))).collect(),
        _ => Vec::new(),
    }
}

/// The number of levels of the Morris grid: even, so that every level is sampled equally
/// often (Morris 1991), from 2 to 20.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Levels(u32);

impl Levels {
    /// The jump Δ = p / (2(p − 1)) in the unit interval.
    pub fn delta(self) -> f64 {
        f64::from(self.0) / (2.0 * f64::from(self.0 - 1))
    }

    /// The number of levels.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl FromStr for Levels {
    type Err = String;

    fn from_str(text: &str) -> Result<Levels, String> {
        match text.trim().parse::<u32>() {
            Ok(p) if p % 2 == 0 && (2..=20).contains(&p) => Ok(Levels(p)),
            _ => Err(format!("'{text}' is not an even number of levels from 2 to 20")),
        }
    }
}

/// One Morris trajectory: k + 1 points of the unit cube, each differing from the one before
/// in one factor by ±Δ.
#[derive(Clone, Debug, PartialEq)]
pub struct Trajectory {
    /// The points, in order.
    pub points: Vec<Vec<f64>>,
    /// The factor that changes between point j and point j + 1.
    pub order: Vec<usize>,
}

/// Random trajectories (Morris 1991): a random start on the level grid, each factor moved
/// once by Δ, up or down at random, in random order. Deterministic for a seed.
pub fn random_trajectories(factors: usize, levels: Levels, count: usize, seed: u64) -> Vec<Trajectory> {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let p = levels.get();
    let grid_step = 1.0 / f64::from(p - 1);
    let delta = levels.delta();
    (0..count)
        .map(|_| {
            // The lower end of each move is one of the p/2 levels from which +Δ stays in 0..=1.
            let moves: Vec<(f64, bool)> = (0..factors)
                .map(|_| (f64::from(rng.random_range(0..p / 2)) * grid_step, rng.random_bool(0.5)))
                .collect();
            let mut order: Vec<usize> = (0..factors).collect();
            for i in (1..factors).rev() {
                order.swap(i, rng.random_range(0..=i));
            }
            let mut x: Vec<f64> = moves.iter().map(|&(low, up)| if up { low } else { low + delta }).collect();
            let mut points = vec![x.clone()];
            for &f in &order {
                let (low, up) = moves[f];
                x[f] = if up { low + delta } else { low };
                points.push(x.clone());
            }
            Trajectory { points, order }
        })
        .collect()
}

/// The elementary effects of each factor, one per trajectory: the output's change divided
/// by the factor's change in the unit cube. `outputs[t][j]` is the output at point j of
/// trajectory t.
pub fn elementary_effects(trajectories: &[Trajectory], outputs: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let factors = trajectories.first().map_or(0, |t| t.order.len());
    let mut effects = vec![Vec::with_capacity(trajectories.len()); factors];
    for (t, y) in trajectories.iter().zip(outputs) {
        for (j, &f) in t.order.iter().enumerate() {
            let dx = t.points[j + 1][f] - t.points[j][f];
            effects[f].push((y[j + 1] - y[j]) / dx);
        }
    }
    effects
}

/// The Morris statistics of one factor for one outcome.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Effects {
    /// Mean absolute elementary effect: the factor's importance.
    pub mu_star: f64,
    /// Mean elementary effect: its direction (effects of both signs cancel here).
    pub mu: f64,
    /// Standard deviation of the elementary effects (n − 1): interactions or curvature.
    pub sigma: f64,
}

impl Effects {
    /// The statistics of at least two elementary effects.
    pub fn of(effects: &[f64]) -> Effects {
        let n = effects.len() as f64;
        // Adding 0.0 turns the -0.0 of a sum of negative zeros into 0.0 for printing.
        let mu = effects.iter().sum::<f64>() / n + 0.0;
        let mu_star = effects.iter().map(|e| e.abs()).sum::<f64>() / n;
        let variance = effects.iter().map(|e| (e - mu).powi(2)).sum::<f64>() / (n - 1.0);
        Effects { mu_star, mu, sigma: variance.sqrt() }
    }
}

/// A screening design for one scenario: its factors and trajectories.
#[derive(Clone, Debug, PartialEq)]
pub struct Screening {
    /// The factors that can move, in design order.
    pub factors: Vec<Factor>,
    /// Partner groups that cannot shift at all because their partners already span 0..=1.
    pub fixed: Vec<String>,
    /// The design.
    pub trajectories: Vec<Trajectory>,
    /// The levels of the design.
    pub levels: Levels,
}

impl Screening {
    /// The design for `base`: `count` random trajectories over its factors.
    pub fn new(base: &Scenario, levels: Levels, count: usize, seed: u64) -> Screening {
        let (factors, fixed): (Vec<Factor>, Vec<Factor>) =
            factors(base).into_iter().partition(|f| f.width() > 1e-9);
        let trajectories = random_trajectories(factors.len(), levels, count, seed);
        Screening { factors, fixed: fixed.into_iter().map(|f| f.name).collect(), trajectories, levels }
    }

    /// The scenario at a design point, validated like `--set`.
    pub fn scenario(&self, base: &Scenario, point: &[f64]) -> Result<Scenario, ScenarioError> {
        let texts: Vec<(String, String)> = self
            .factors
            .iter()
            .zip(point)
            .flat_map(|(factor, &x)| factor.settings(x))
            .map(|(path, v)| (path, v.to_string()))
            .collect();
        let pairs: Vec<(&str, &str)> = texts.iter().map(|(p, v)| (p.as_str(), v.as_str())).collect();
        let mut scenario = base.clone();
        scenario.set_all(&pairs)?;
        Ok(scenario)
    }

    /// Each factor's statistics for one outcome (`outputs[t][j]` at point j of trajectory
    /// t), per unit of the parameter's own 0..=1 scale.
    pub fn effects(&self, outputs: &[Vec<f64>]) -> Vec<Effects> {
        elementary_effects(&self.trajectories, outputs)
            .iter()
            .zip(&self.factors)
            .map(|(effects, factor)| {
                let per_unit: Vec<f64> = effects.iter().map(|e| e / factor.width()).collect();
                Effects::of(&per_unit)
            })
            .collect()
    }
}

/// The factors whose μ* is below [`INERT_SHARE`] of the largest μ* for every outcome
/// (`per_outcome[o][f]`). An outcome that no factor moves at all counts every factor as
/// inert for it.
pub fn inert(per_outcome: &[Vec<Effects>]) -> Vec<usize> {
    let factors = per_outcome.first().map_or(0, Vec::len);
    (0..factors)
        .filter(|&f| {
            per_outcome.iter().all(|effects| {
                let largest = effects.iter().map(|e| e.mu_star).fold(0.0, f64::max);
                largest == 0.0 || effects[f].mu_star < INERT_SHARE * largest
            })
        })
        .collect()
}

impl fmt::Display for Levels {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
