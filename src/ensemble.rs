//! Many seeds of one scenario and their summary statistics, shared by the CLI, the web app
//! and the fact suite. Pure and sequential: callers parallelise by calling [`run_one`] per
//! seed.

use serde::{Deserialize, Serialize};

use crate::model::{advance, rng_for_seed, State};
use crate::scenario::Scenario;

/// What one run of a scenario came to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    /// Seed of the run.
    pub seed: u64,
    /// First month in phase 2 or higher, if reached.
    pub reached_phase2_month: Option<u32>,
    /// First month in phase 3, if reached.
    pub reached_phase3_month: Option<u32>,
    /// Cumulative value the alliance produced by the horizon.
    pub added_value: f64,
    /// Cumulative value its partners would have produced alone.
    pub solo_value: f64,
    /// Mean trust at the horizon.
    pub final_trust: f64,
    /// Mean conflict over the months of the run.
    pub mean_conflict: f64,
    /// Mean commitment (of partners still in) over the months of the run.
    pub mean_commitment: f64,
    /// Mean delivery reliability over the months of the run.
    pub mean_delivery: f64,
    /// Mean process share over the months of the run.
    pub mean_process_share: f64,
    /// Whether the alliance ever fell back a phase.
    pub regressed: bool,
    /// Whether fewer than two partners remained or a majority left.
    pub broke_up: bool,
    /// Number of partners that left.
    pub exits: u32,
}

/// Summary statistics over many runs of one scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EnsembleSummary {
    /// Number of runs.
    pub runs: usize,
    /// Months per run.
    pub months: u32,
    /// Share of runs that reached phase 2.
    pub p_phase2: f64,
    /// Share of runs that reached phase 3.
    pub p_phase3: f64,
    /// Median month of reaching phase 2 among runs that did.
    pub median_month_phase2: Option<f64>,
    /// Median month of reaching phase 3 among runs that did.
    pub median_month_phase3: Option<f64>,
    /// Mean cumulative added value.
    pub mean_added_value: f64,
    /// Mean cumulative solo value.
    pub mean_solo_value: f64,
    /// Mean final trust.
    pub mean_trust: f64,
    /// Mean of the runs' mean conflict.
    pub mean_conflict: f64,
    /// Mean of the runs' mean commitment.
    pub mean_commitment: f64,
    /// Mean of the runs' mean delivery reliability.
    pub mean_delivery: f64,
    /// Mean of the runs' mean process share.
    pub mean_process_share: f64,
    /// Share of runs that fell back a phase at least once.
    pub p_regression: f64,
    /// Share of runs in which the alliance broke up.
    pub p_breakup: f64,
    /// Mean number of exits per run.
    pub mean_exits: f64,
}

/// One light record per month, for fan charts over seeds.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    /// Month number; 0 is the initial state.
    pub month: u32,
    /// Detected phase.
    pub phase: u8,
    /// Mean trust.
    pub trust: f64,
    /// Mean mutual knowledge.
    pub knowledge: f64,
    /// Total conflict.
    pub conflict: f64,
    /// Mean commitment of partners still in.
    pub commitment: f64,
    /// Mean delivery reliability of partners still in.
    pub delivery: f64,
    /// Process share.
    pub process_share: f64,
    /// Value produced this month.
    pub monthly_value: f64,
    /// Solo value of this month.
    pub monthly_solo: f64,
}

/// Runs a scenario with one seed to its horizon, keeping no history.
pub fn run_one(scenario: &Scenario, seed: u64) -> RunSummary {
    let params = scenario.params();
    let mut state = State::new(&params);
    let mut rng = rng_for_seed(seed);
    let mut run = RunSummary {
        seed,
        reached_phase2_month: None,
        reached_phase3_month: None,
        added_value: 0.0,
        solo_value: 0.0,
        final_trust: 0.0,
        mean_conflict: 0.0,
        mean_commitment: 0.0,
        mean_delivery: 0.0,
        mean_process_share: 0.0,
        regressed: false,
        broke_up: false,
        exits: 0,
    };
    let months = params.horizon.max(1);
    for _ in 0..months {
        let before = state.phase;
        advance(&mut state, &params, &mut rng);
        let p = point(&state);
        run.regressed |= state.phase < before;
        if state.phase >= 2 && run.reached_phase2_month.is_none() {
            run.reached_phase2_month = Some(state.month);
        }
        if state.phase >= 3 && run.reached_phase3_month.is_none() {
            run.reached_phase3_month = Some(state.month);
        }
        run.mean_conflict += p.conflict;
        run.mean_commitment += p.commitment;
        run.mean_delivery += p.delivery;
        run.mean_process_share += p.process_share;
    }
    let m = f64::from(months);
    run.mean_conflict /= m;
    run.mean_commitment /= m;
    run.mean_delivery /= m;
    run.mean_process_share /= m;
    run.added_value = state.alliance.added_value;
    run.solo_value = state.alliance.solo_value;
    run.final_trust = state.alliance.trust;
    let n = state.partners.len();
    run.exits = state.partners.iter().filter(|s| s.left).count() as u32;
    run.broke_up = state.alliance.active < 2 || 2 * run.exits as usize > n;
    run
}

/// The light monthly series of one run, month 0 included.
pub fn run_series(scenario: &Scenario, seed: u64) -> Vec<SeriesPoint> {
    let params = scenario.params();
    let mut state = State::new(&params);
    let mut rng = rng_for_seed(seed);
    let mut series = vec![point(&state)];
    for _ in 0..params.horizon {
        advance(&mut state, &params, &mut rng);
        series.push(point(&state));
    }
    series
}

fn point(state: &State) -> SeriesPoint {
    let a = &state.alliance;
    let active = state.partners.iter().filter(|s| !s.left);
    let count = active.clone().count().max(1) as f64;
    SeriesPoint {
        month: state.month,
        phase: state.phase,
        trust: a.trust,
        knowledge: a.knowledge,
        conflict: a.conflict,
        commitment: active.clone().map(|s| s.commitment).sum::<f64>() / count,
        delivery: active.map(|s| s.delivery).sum::<f64>() / count,
        process_share: a.process_share,
        monthly_value: a.monthly_value,
        monthly_solo: a.monthly_solo,
    }
}

/// Summarises runs of `months` months each.
pub fn summarize(runs: &[RunSummary], months: u32) -> EnsembleSummary {
    let n = runs.len().max(1) as f64;
    let mean = |f: fn(&RunSummary) -> f64| runs.iter().map(f).sum::<f64>() / n;
    let share = |f: fn(&RunSummary) -> bool| runs.iter().filter(|r| f(r)).count() as f64 / n;
    EnsembleSummary {
        runs: runs.len(),
        months,
        p_phase2: share(|r| r.reached_phase2_month.is_some()),
        p_phase3: share(|r| r.reached_phase3_month.is_some()),
        median_month_phase2: median(runs.iter().filter_map(|r| r.reached_phase2_month).collect()),
        median_month_phase3: median(runs.iter().filter_map(|r| r.reached_phase3_month).collect()),
        mean_added_value: mean(|r| r.added_value),
        mean_solo_value: mean(|r| r.solo_value),
        mean_trust: mean(|r| r.final_trust),
        mean_conflict: mean(|r| r.mean_conflict),
        mean_commitment: mean(|r| r.mean_commitment),
        mean_delivery: mean(|r| r.mean_delivery),
        mean_process_share: mean(|r| r.mean_process_share),
        p_regression: share(|r| r.regressed),
        p_breakup: share(|r| r.broke_up),
        mean_exits: mean(|r| f64::from(r.exits)),
    }
}

/// Runs seeds `first_seed..first_seed + runs` one after another and summarises them.
pub fn run_ensemble(scenario: &Scenario, first_seed: u64, runs: usize) -> EnsembleSummary {
    let results: Vec<RunSummary> = (0..runs as u64).map(|i| run_one(scenario, first_seed + i)).collect();
    summarize(&results, scenario.horizon_months)
}

fn median(mut months: Vec<u32>) -> Option<f64> {
    if months.is_empty() {
        return None;
    }
    months.sort_unstable();
    let mid = months.len() / 2;
    Some(if months.len() % 2 == 1 {
        f64::from(months[mid])
    } else {
        0.5 * (f64::from(months[mid - 1]) + f64::from(months[mid]))
    })
}
