//! `alliance-lab screen`: Morris elementary-effects screening of every numeric scenario
//! parameter on three outcomes, as markdown tables sorted by μ* or as JSON.

use alliance_lab::screening::{inert, Effects, Factor, FactorKind, Levels, Radius, Screening};
use alliance_lab::sweep::fields_in_order;
use clap::Args;
use serde_json::{json, Value};

use crate::commands::{write_stdout, ScenarioInput};
use crate::sweep::{ensemble, progress_bar};

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
    let screening = Screening::new(&base, radius, levels, args.trajectories as usize, base.seed);
    let points_per_trajectory = screening.factors.len() + 1;
    let progress =
        progress_bar(u64::from(args.trajectories) * points_per_trajectory as u64 * u64::from(args.runs));
    // outputs[o][t][j]: outcome o at point j of trajectory t.
    let mut outputs = vec![vec![Vec::with_capacity(points_per_trajectory); screening.trajectories.len()]; 3];
    let mut fields_read = [""; 3];
    for (t, trajectory) in screening.trajectories.iter().enumerate() {
        for point in &trajectory.points {
            let scenario =
                screening.scenario(&base, point).map_err(|e| format!("a design point is invalid:\n{e}"))?;
            let summary =
                fields_in_order(&ensemble(&scenario, args.runs, &progress)).map_err(|e| e.to_string())?;
            for (o, outcome) in OUTCOMES.iter().enumerate() {
                let (field, value) = read(&summary, outcome.field)?;
                fields_read[o] = field;
                outputs[o][t].push(value);
            }
        }
    }
    progress.finish_and_clear();
    let effects: Vec<Vec<Effects>> = outputs.iter().map(|o| screening.effects(o)).collect();
    let inert_names: Vec<&str> =
        inert(&effects).into_iter().map(|f| screening.factors[f].name.as_str()).collect();
    let text = if args.json {
        let mut text = serde_json::to_string_pretty(&report_json(
            &args,
            &base,
            &screening,
            &effects,
            &fields_read,
            &inert_names,
        ))
        .map_err(|e| e.to_string())?;
        text.push('\n');
        text
    } else {
        report_markdown(&args, &base, &screening, &effects, &fields_read, &inert_names)
    };
    write_stdout(&text)
}

/// Reads an outcome from the summary's fields by name, and says which field it read.
fn read(summary: &[(String, Value)], field: &'static str) -> Result<(&'static str, f64), String> {
    let find = |name: &str| summary.iter().find(|(n, _)| n == name).and_then(|(_, v)| v.as_f64());
    if let Some(v) = find(field) {
        return Ok((field, v));
    }
    // Model v2 renames `p_breakup` to `p_dissolved` (docs: /work/v2-contract.md); until that
    // lands on main the old name is read. Remove this fallback once it has.
    if field == "p_dissolved" {
        if let Some(v) = find("p_breakup") {
            return Ok(("p_breakup", v));
        }
    }
    Err(format!("the ensemble summary has no numeric field {field}"))
}

/// The factors in order of falling μ*.
fn ranked(effects: &[Effects]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..effects.len()).collect();
    order.sort_by(|&a, &b| effects[b].mu_star.total_cmp(&effects[a].mu_star));
    order
}

/// The range a factor explores: a field's values, a level's shift or a spread's scale.
fn range_text(factor: &Factor) -> String {
    match factor.kind {
        FactorKind::Field => format!("{:.2}..{:.2}", factor.from, factor.to),
        FactorKind::Level => format!("shift {:+.2}..{:+.2}", factor.from, factor.to),
        FactorKind::Spread => format!("scale {:.2}..{:.2}", factor.from, factor.to),
    }
}

fn report_markdown(
    args: &ScreenArgs,
    base: &alliance_lab::scenario::Scenario,
    screening: &Screening,
    effects: &[Vec<Effects>],
    fields_read: &[&str; 3],
    inert_names: &[&str],
) -> String {
    let k = screening.factors.len();
    let mut text = format!(
        "Morris screening of {}: {} trajectories × {} points, {} levels (Δ = {:.3}), radius {}, {} \
         runs per point (seeds {}..{}), {} months; design seed {}.\n\
         Effects are per unit of each parameter's 0..=1 scale. A partner field's level shifts every \
         partner by the same amount; its spread scales their differences from the mean (per unit \
         of their standard deviation).\n",
        base.title,
        screening.trajectories.len(),
        k + 1,
        screening.levels,
        screening.levels.delta(),
        screening.radius.get(),
        args.runs,
        base.seed,
        base.seed.wrapping_add(u64::from(args.runs)),
        base.horizon_months,
        base.seed,
    );
    for ((outcome, field), effects) in OUTCOMES.iter().zip(fields_read).zip(effects) {
        text.push_str(&format!(
            "\n### {} (`{field}`)\n\n| parameter | range | μ* | μ | σ |\n|---|---|--:|--:|--:|\n",
            outcome.label
        ));
        for f in ranked(effects) {
            let factor = &screening.factors[f];
            let e = effects[f];
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
    let list = |names: &[&str]| if names.is_empty() { "none".to_string() } else { names.join(", ") };
    text.push_str(&format!(
        "\nInert (μ* below 5 % of the largest for every outcome): {}.\n",
        list(inert_names)
    ));
    if !screening.fixed.is_empty() {
        let fixed: Vec<&str> = screening.fixed.iter().map(String::as_str).collect();
        text.push_str(&format!(
            "Not screened (a level whose partners already span 0..=1, or a spread of equal partners): \
             {}.\n",
            list(&fixed)
        ));
    }
    text
}

fn report_json(
    args: &ScreenArgs,
    base: &alliance_lab::scenario::Scenario,
    screening: &Screening,
    effects: &[Vec<Effects>],
    fields_read: &[&str; 3],
    inert_names: &[&str],
) -> Value {
    let outcomes: Vec<Value> = OUTCOMES
        .iter()
        .zip(fields_read)
        .zip(effects)
        .map(|((outcome, field), effects)| {
            let rows: Vec<Value> = ranked(effects)
                .into_iter()
                .map(|f| {
                    let e = effects[f];
                    json!({
                        "parameter": screening.factors[f].name,
                        "mu_star": e.mu_star,
                        "mu": e.mu,
                        "sigma": e.sigma,
                    })
                })
                .collect();
            json!({ "field": field, "label": outcome.label, "effects": rows })
        })
        .collect();
    json!({
        "scenario": base.title,
        "trajectories": screening.trajectories.len(),
        "levels": screening.levels.get(),
        "delta": screening.levels.delta(),
        "radius": screening.radius.get(),
        "runs": args.runs,
        "first_seed": base.seed,
        "months": base.horizon_months,
        "factors": screening.factors,
        "fixed": screening.fixed,
        "outcomes": outcomes,
        "inert": inert_names,
    })
}
