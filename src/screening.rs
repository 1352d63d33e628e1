//! Morris elementary-effects screening (Morris 1991) of every numeric scenario parameter:
//! which parameters move an outcome, which are inert. Each parameter's importance is μ*, the
//! mean absolute elementary effect (Campolongo, Cariboni & Saltelli 2007); μ, the mean
//! signed effect, shows its direction and σ, their spread, shows interaction or curvature.
//! Pure: the CLI runs an ensemble at every design point and hands the outcomes back.
//!
//! The parameters are found by walking the serialised scenario, so a field added to the
//! scenario is screened without a change here: every number in `environment`, `governance`
//! and `relations`, and every number of a partner, taken as a group over all partners
//! (`partners[*].quality`). All of them are levels in 0..=1 (validation holds them there).
//!
//! A partner group is screened as two factors. Its **level** moves every partner by the same
//! shift, over the largest range that keeps every partner in 0..=1 (for `size` 0.15..0.9,
//! the shift runs from −0.15 to +0.1), so the differences between partners stay exactly as
//! they are. Its **spread** scales the partners' differences from their mean, from all equal
//! to the scenario's own differences, at the same mean (widening them further would leave
//! no room for the shift). Setting every partner to one level
//! instead would erase the differences, which drive much of the model (value distance, rank,
//! weight by size), and so mix level and heterogeneity in one number; a field whose level is
//! inert can still matter through its spread, and the two factors tell them apart.
//!
//! Ranges differ between factors, so every elementary effect is expressed per unit of the
//! parameter's own 0..=1 scale: the outcome's change divided by the field's change (for a
//! spread, by the change of the partners' standard deviation). The rows are comparable and
//! report the range each factor explored. A radius below 1 keeps every factor within that
//! distance of the scenario's own values: a local screening around one alliance, where the
//! whole range would spend most of the design in settings no alliance has (a shock every
//! month, conflict at its maximum).

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use rand::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::Serialize;
use serde_json::Value;

use crate::scenario::{FieldError, Scenario, ScenarioError};

/// Scenario sections whose numbers are screened one by one.
const SECTIONS: [&str; 3] = ["environment", "governance", "relations"];

/// A parameter below this share of the largest μ*, for every outcome, is called inert.
pub const INERT_SHARE: f64 = 0.05;

/// A factor whose range is narrower than this cannot move and is not screened.
const FIXED: f64 = 1e-9;

/// What a factor moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactorKind {
    /// One field; the range is the field's values.
    Field,
    /// Every partner's field by the same shift; the range is the shift.
    Level,
    /// The partners' differences from their mean, scaled; the range is the scale, from 0 (all
    /// partners equal) to 1 (the scenario's own differences).
    Spread,
}

/// One screened parameter.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Factor {
    /// `governance.control`, `partners[*].quality`, or `partners[*].quality (spread)`.
    pub name: String,
    /// What the factor moves.
    pub kind: FactorKind,
    /// The lower end of the range (a value, a shift or a scale, by kind).
    pub from: f64,
    /// The upper end of the range.
    pub to: f64,
    #[serde(skip)]
    target: Target,
    /// How much the parameter changes per unit of the range: 1 for a field or a level, the
    /// partners' standard deviation for a spread.
    #[serde(skip)]
    unit: f64,
}

/// The fields a factor sets.
#[derive(Clone, Debug, PartialEq)]
enum Target {
    /// One field by its path.
    Field(String),
    /// The same field of every partner: the group's name and each partner's (path, value).
    Partners(String, Vec<(String, f64)>),
}

impl Factor {
    fn field(path: String, value: f64, radius: Radius) -> Factor {
        let r = radius.get();
        Factor {
            name: path.clone(),
            kind: FactorKind::Field,
            from: (value - r).max(0.0),
            to: (value + r).min(1.0),
            target: Target::Field(path),
            unit: 1.0,
        }
    }

    /// The shift keeps every partner in 0..=1 at every spread, since a smaller spread only
    /// draws the partners towards their mean.
    fn level(group: String, fields: Vec<(String, f64)>, radius: Radius) -> Factor {
        let lowest = fields.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
        let highest = fields.iter().map(|(_, v)| *v).fold(f64::NEG_INFINITY, f64::max);
        let r = radius.get();
        Factor {
            name: group.clone(),
            kind: FactorKind::Level,
            from: (-lowest).max(-r),
            to: (1.0 - highest).min(r),
            target: Target::Partners(group, fields),
            unit: 1.0,
        }
    }

    fn spread(group: String, fields: Vec<(String, f64)>, radius: Radius) -> Factor {
        let (_, deviation) = mean_and_deviation(&fields);
        let from = if deviation > FIXED { (1.0 - radius.get() / deviation).max(0.0) } else { 1.0 };
        Factor {
            name: format!("{group} (spread)"),
            kind: FactorKind::Spread,
            from,
            to: 1.0,
            target: Target::Partners(group, fields),
            unit: deviation,
        }
    }

    /// How far the parameter moves over the factor's range, in its own 0..=1 units.
    pub fn width(&self) -> f64 {
        (self.to - self.from) * self.unit
    }

    /// The factor's value (a field's value, a shift or a scale) at unit level `x`.
    fn at(&self, x: f64) -> f64 {
        self.from + x * (self.to - self.from)
    }
}

/// A partner group at a design point: its fields, the common shift and the spread's scale.
struct GroupSetting<'a> {
    fields: &'a [(String, f64)],
    shift: f64,
    scale: f64,
}

fn mean_and_deviation(fields: &[(String, f64)]) -> (f64, f64) {
    let n = fields.len() as f64;
    let mean = fields.iter().map(|(_, v)| v).sum::<f64>() / n;
    let variance = fields.iter().map(|(_, v)| (v - mean).powi(2)).sum::<f64>() / n;
    (mean, variance.sqrt())
}

/// How far from the scenario's own values a screening may move each parameter: 1 for the
/// whole 0..=1 range, less for a screening around the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Radius(f64);

impl Radius {
    /// The whole range of every parameter.
    pub const WHOLE: Radius = Radius(1.0);

    /// The radius.
    pub fn get(self) -> f64 {
        self.0
    }
}

impl FromStr for Radius {
    type Err = String;

    fn from_str(text: &str) -> Result<Radius, String> {
        match text.trim().parse::<f64>() {
            Ok(r) if r > 0.0 && r <= 1.0 => Ok(Radius(r)),
            _ => Err(format!("'{text}' is not a radius above 0 and at most 1")),
        }
    }
}

/// Every numeric parameter of a scenario, in the order of its serialised form: single fields
/// first, then each partner field's level and spread.
pub fn factors(scenario: &Scenario, radius: Radius) -> Vec<Factor> {
    let root = serde_json::to_value(scenario).expect("a scenario always serialises");
    let mut factors = Vec::new();
    for section in SECTIONS {
        if let Some(value) = root.get(section) {
            for (path, v) in numbers(value, section) {
                factors.push(Factor::field(path, v, radius));
            }
        }
    }
    let partners = root.get("partners").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    if let Some(first) = partners.first() {
        for (field, _) in numbers(first, "") {
            let fields: Vec<(String, f64)> = partners
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    crate::sweep::lookup(p, &field)
                        .and_then(Value::as_f64)
                        .map(|v| (format!("partners[{i}].{field}"), v))
                })
                .collect();
            let name = format!("partners[*].{field}");
            factors.push(Factor::level(name.clone(), fields.clone(), radius));
            factors.push(Factor::spread(name, fields, radius));
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

impl fmt::Display for Levels {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
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
    /// Factors that cannot move: a level whose partners already span 0..=1, or a spread of
    /// partners that are all equal.
    pub fixed: Vec<String>,
    /// The design.
    pub trajectories: Vec<Trajectory>,
    /// The levels of the design.
    pub levels: Levels,
}

impl Screening {
    /// The design: `count` random trajectories over the factors (those of [`factors`], or a
    /// selection of them) that can move.
    pub fn new(factors: Vec<Factor>, levels: Levels, count: usize, seed: u64) -> Screening {
        let (factors, fixed): (Vec<Factor>, Vec<Factor>) =
            factors.into_iter().partition(|f| f.width() > FIXED);
        let trajectories = random_trajectories(factors.len(), levels, count, seed);
        Screening { factors, fixed: fixed.into_iter().map(|f| f.name).collect(), trajectories, levels }
    }

    /// The scenario at a design point, validated like a file. A partner field's level and
    /// spread combine: each partner gets mean + scale · (own − mean) + shift.
    pub fn scenario(&self, base: &Scenario, point: &[f64]) -> Result<Scenario, ScenarioError> {
        let mut settings: Vec<(String, f64)> = Vec::new();
        // Each partner group starts from the scenario's own values: no shift, its own spread.
        let mut groups: BTreeMap<&str, GroupSetting> = BTreeMap::new();
        for (factor, &x) in self.factors.iter().zip(point) {
            match &factor.target {
                Target::Field(path) => settings.push((path.clone(), factor.at(x))),
                Target::Partners(group, fields) => {
                    let setting =
                        groups.entry(group).or_insert(GroupSetting { fields, shift: 0.0, scale: 1.0 });
                    match factor.kind {
                        FactorKind::Spread => setting.scale = factor.at(x),
                        FactorKind::Level | FactorKind::Field => setting.shift = factor.at(x),
                    }
                }
            }
        }
        for GroupSetting { fields, shift, scale } in groups.into_values() {
            let (mean, _) = mean_and_deviation(fields);
            settings
                .extend(fields.iter().map(|(path, own)| (path.clone(), mean + scale * (own - mean) + shift)));
        }
        // One serialisation for all settings: `set_all` would serialise the scenario once per
        // field, and a design point sets every field of every partner. The result is
        // validated as a file is.
        let mut root = serde_json::to_value(base).expect("a scenario always serialises");
        for (path, v) in settings {
            let slot = crate::sweep::lookup_mut(&mut root, &path).expect("factors come from this scenario");
            // The clamp only removes the last bit of rounding at the ends of a range.
            *slot = Value::from(v.clamp(0.0, 1.0));
        }
        let scenario: Scenario = serde_json::from_value(root)
            .map_err(|e| ScenarioError::single(FieldError::at("(design point)", e.to_string())))?;
        scenario.validate()?;
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
