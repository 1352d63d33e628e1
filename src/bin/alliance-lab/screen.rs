//! `alliance-lab screen`: Morris elementary-effects screening of every numeric scenario
//! parameter on three outcomes, as markdown tables sorted by μ* or as JSON.

use alliance_lab::screening::{factors, inert, Effects, Factor, FactorKind, Levels, Radius, Screening};
use alliance_lab::sweep::fields_in_order;
use clap::Args;
use serde_json::{json, Value};

use crate::commands::{write_stdout, ScenarioInput};
use crate::sweep::{check_seeds, ensemble, progress_bar};

/// The arguments of `screen`.
#[derive(Args)]
pub struct ScreenArgs {
    #[command(flatten)]
    input: ScenarioInput,
    /// Morris trajectories; each costs one ensemble per parameter, plus one.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(2..=1000))]
    trajectories: u32,
    /// Levels of the Morris grid (even, 2..=20).
    #[arg(long, default_value = "4")]
    levels: String,
    /// How far each parameter may move from the scenario's own value (0 < R <= 1); 1 screens
    /// the whole 0..=1 range, less screens the neighbourhood of this alliance.
    #[arg(long, default_value = "1")]
    radius: String,
    /// Leave a parameter out, by its name in the tables (`environment.turbulence`,
    /// `partners[*].size (spread)`), e.g. to compare the others without one that dominates.
    /// Repeatable.
    #[arg(long = "exclude", value_name = "NAME")]
    excludes: Vec<String>,
    /// Runs per design point: seeds N..N+R, the same at every point.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    runs: u32,
    /// Print one JSON object instead of markdown tables.
    #[arg(long)]
    json: bool,
}

/// An outcome the screening reports: the ensemble summary field it reads, and its label.
struct Outcome {
    field: &'static str,
    label: &'static str,
}

const OUTCOMES: [Outcome; 3] = [
    Outcome { field: "p_phase3", label: "P(phase 3 by the horizon)" },
    Outcome { field: "mean_added_value", label: "Mean added value" },
    Outcome { field: "p_dissolved", label: "P(dissolved)" },
];

/// Runs an ensemble at every design point and prints each parameter's μ*, μ and σ per
/// outcome, and the parameters that are inert for all of them.
pub fn run(args: ScreenArgs) -> Result<(), String> {
    let levels: Levels = args.levels.parse().map_err(|e| format!("--levels: {e}"))?;
    let radius: Radius = args.radius.parse().map_err(|e| format!("--radius: {e}"))?;
    let base = args.input.resolve()?;
    check_seeds(&base, args.runs)?;
    let mut all = factors(&base, radius);
    for name in &args.excludes {
        if !all.iter().any(|f| &f.name == name) {
            let names: Vec<&str> = all.iter().map(|f| f.name.as_str()).collect();
            return Err(format!("--exclude {name}: no such parameter; use one of {}", names.join(", ")));
        }
    }
    all.retain(|f| !args.excludes.contains(&f.name));
    let screening = Screening::new(all, levels, args.trajectories as usize, base.seed);
    let points_per_trajectory = screening.factors.len() + 1;
    let progress =
        progress_bar(u64::from(args.trajectories) * points_per_trajectory as u64 * u64::from(args.runs));
    // outputs[o][t][j]: outcome o at point j of trajectory t.
    let mut outputs = vec![vec![Vec::with_capacity(points_per_trajectory); screening.trajectories.len()]; 3];
    for (t, trajectory) in screening.trajectories.iter().enumerate() {
        for point in &trajectory.points {
            let scenario =
                screening.scenario(&base, point).map_err(|e| format!("a design point is invalid:\n{e}"))?;
            let summary =
                fields_in_order(&ensemble(&scenario, args.runs, &progress)).map_err(|e| e.to_string())?;
            for (output, outcome) in outputs.iter_mut().zip(&OUTCOMES) {
                output[t].push(read(&summary, outcome.field)?);
            }
        }
    }
    progress.finish_and_clear();
    let effects: Vec<Vec<Effects>> = outputs.iter().map(|o| screening.effects(o)).collect();
    let report = Report {
        title: &base.title,
        months: base.horizon_months,
        seed: base.seed,
        runs: args.runs,
        radius,
        screening: &screening,
        effects,
    };
    let text = if args.json {
        let mut text = serde_json::to_string_pretty(&report.json()).map_err(|e| e.to_string())?;
        text.push('\n');
        text
    } else {
        report.markdown()
    };
    write_stdout(&text)
}

/// Reads an outcome from the summary's fields by name, so that the screening follows the
/// summary's fields without knowing its type.
fn read(summary: &[(String, Value)], field: &str) -> Result<f64, String> {
    summary
        .iter()
        .find(|(name, _)| name == field)
        .and_then(|(_, v)| v.as_f64())
        .ok_or_else(|| format!("the ensemble summary has no numeric field {field}"))
}

/// A finished screening and what it was run with.
struct Report<'a> {
    title: &'a str,
    months: u32,
    seed: u64,
    runs: u32,
    radius: Radius,
    screening: &'a Screening,
    /// effects[o][f]: outcome o, factor f.
    effects: Vec<Vec<Effects>>,
}

impl Report<'_> {
    /// The factors in order of falling μ* for one outcome.
    fn ranked(&self, outcome: usize) -> Vec<usize> {
        let effects = &self.effects[outcome];
        let mut order: Vec<usize> = (0..effects.len()).collect();
        order.sort_by(|&a, &b| effects[b].mu_star.total_cmp(&effects[a].mu_star));
        order
    }

    fn inert(&self) -> Vec<&str> {
        inert(&self.effects).into_iter().map(|f| self.screening.factors[f].name.as_str()).collect()
    }

    fn markdown(&self) -> String {
        let s = self.screening;
        let mut text = format!(
            "Morris screening of {}: {} trajectories × {} points, {} levels (Δ = {:.3}), radius {}, \
             {} runs per point (seeds {}..{}), {} months; design seed {}.\n\
             Effects are per unit of each parameter's 0..=1 scale. A partner field's level shifts \
             every partner by the same amount; its spread scales their differences from the mean \
             (per unit of their standard deviation).\n",
            self.title,
            s.trajectories.len(),
            s.factors.len() + 1,
            s.levels,
            s.levels.delta(),
            self.radius.get(),
            self.runs,
            self.seed,
            self.seed + u64::from(self.runs),
            self.months,
            self.seed,
        );
        for (o, outcome) in OUTCOMES.iter().enumerate() {
            text.push_str(&format!(
                "\n### {} (`{}`)\n\n| parameter | range | μ* | μ | σ |\n|---|---|--:|--:|--:|\n",
                outcome.label, outcome.field
            ));
            for f in self.ranked(o) {
                let (factor, e) = (&s.factors[f], self.effects[o][f]);
                text.push_str(&format!(
                    "| {} | {} | {:.3} | {:.3} | {:.3} |\n",
                    factor.name,
                    range_text(factor),
                    e.mu_star,
                    e.mu,
                    e.sigma
                ));
            }
        }
        let list = |names: Vec<&str>| if names.is_empty() { "none".to_string() } else { names.join(", ") };
        text.push_str(&format!(
            "\nInert (μ* below 5 % of the largest for every outcome): {}.\n",
            list(self.inert())
        ));
        if !s.fixed.is_empty() {
            text.push_str(&format!(
                "Not screened (a level whose partners already span 0..=1, or a spread of equal \
                 partners): {}.\n",
                list(s.fixed.iter().map(String::as_str).collect())
            ));
        }
        text
    }

    fn json(&self) -> Value {
        let s = self.screening;
        let outcomes: Vec<Value> = OUTCOMES
            .iter()
            .enumerate()
            .map(|(o, outcome)| {
                let rows: Vec<Value> = self
                    .ranked(o)
                    .into_iter()
                    .map(|f| {
                        let e = self.effects[o][f];
                        json!({ "parameter": s.factors[f].name, "mu_star": e.mu_star, "mu": e.mu, "sigma": e.sigma })
                    })
                    .collect();
                json!({ "field": outcome.field, "label": outcome.label, "effects": rows })
            })
            .collect();
        json!({
            "scenario": self.title,
            "trajectories": s.trajectories.len(),
            "levels": s.levels.get(),
            "delta": s.levels.delta(),
            "radius": self.radius.get(),
            "runs": self.runs,
            "first_seed": self.seed,
            "months": self.months,
            "factors": s.factors,
            "fixed": s.fixed,
            "outcomes": outcomes,
            "inert": self.inert(),
        })
    }
}

/// The range a factor explores: a field's values, a level's shift or a spread's scale.
fn range_text(factor: &Factor) -> String {
    match factor.kind {
        FactorKind::Field => format!("{:.2}..{:.2}", factor.from, factor.to),
        FactorKind::Level => format!("shift {:+.2}..{:+.2}", factor.from, factor.to),
        FactorKind::Spread => format!("scale {:.2}..{:.2}", factor.from, factor.to),
    }
}
