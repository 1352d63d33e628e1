//! Many seeds of one scenario and their summary statistics, shared by the CLI, the web app
//! and the fact suite. Pure and sequential: callers parallelise by calling [`run_one`] (or
//! [`run_trace`] for fan charts) per seed, and collect traces in any order in an
//! [`EnsembleAccumulator`].

use serde::{Deserialize, Serialize};

mod compare;
mod fan;

pub use compare::{compare, paired_difference, Comparison, Difference};
pub use fan::{
    fan_chart, p_dissolved, p_phase3_by, phase_shares, quantile, quantile_ranks, Fan, PhaseShares,
};

use crate::model::{advance, rng_for_seed, Params, State};
use crate::scenario::Scenario;

/// What one run of a scenario came to. The default, a run that reached nothing, is where
/// each run's tally starts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    /// Seed of the run.
    pub seed: u64,
    /// First month in phase 2 or higher, if reached.
    pub reached_phase2_month: Option<u32>,
    /// First month in phase 3, if reached.
    pub reached_phase3_month: Option<u32>,
    /// Cumulative value the alliance produced by the horizon.
    pub value: f64,
    /// Cumulative value its partners would have produced alone.
    pub solo_value: f64,
    /// Added value at the horizon: value minus solo value (negative when the partners would
    /// have done better alone).
    pub added_value: f64,
    /// First month in which cumulative value exceeded cumulative solo value, if it did.
    pub break_even_month: Option<u32>,
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
    /// Whether the alliance dissolved: fewer than two partners remained.
    pub dissolved: bool,
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
    /// 10th percentile of the month of reaching phase 2 among runs that did.
    pub p10_month_phase2: Option<f64>,
    /// 90th percentile of the month of reaching phase 2 among runs that did.
    pub p90_month_phase2: Option<f64>,
    /// 10th percentile of the month of reaching phase 3 among runs that did.
    pub p10_month_phase3: Option<f64>,
    /// 90th percentile of the month of reaching phase 3 among runs that did.
    pub p90_month_phase3: Option<f64>,
    /// Mean cumulative value the alliance produced.
    pub mean_value: f64,
    /// Mean cumulative solo value: what the partners would have produced alone.
    pub mean_solo_value: f64,
    /// Mean added value at the horizon: value minus solo value.
    pub mean_added_value: f64,
    /// Share of runs with positive added value at the horizon.
    pub p_added_value: f64,
    /// Median month in which cumulative value first exceeded cumulative solo value, among
    /// runs that broke even.
    pub median_month_break_even: Option<f64>,
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
    /// Share of runs in which the alliance dissolved (fewer than two partners left).
    pub p_dissolved: f64,
    /// Mean number of exits per run.
    pub mean_exits: f64,
}

/// Runs a scenario with one seed to its horizon, keeping no history.
///
/// # Panics
///
/// If the scenario is not valid: validate what the user gives first.
pub fn run_one(scenario: &Scenario, seed: u64) -> RunSummary {
    simulate(&valid_params(scenario), seed, |_| {})
}

/// Runs validated parameters with one seed to their horizon, keeping no history: for callers
/// that run many seeds of one scenario and build its parameters once.
pub fn run_with(params: &Params, seed: u64) -> RunSummary {
    simulate(params, seed, |_| {})
}

/// The parameters of a scenario the caller has validated.
fn valid_params(scenario: &Scenario) -> crate::model::Params {
    scenario.params().unwrap_or_else(|e| panic!("an ensemble needs a valid scenario: {e}"))
}

/// One run's summary and its monthly series of the quantities the fan charts show, months
/// 0..=horizon. Stored as `f32` and `u8` to halve what a Web Worker sends: the charts need no
/// more precision, and the summary keeps full precision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunTrace {
    /// The run's summary, including its seed.
    pub summary: RunSummary,
    /// Added value (cumulative value minus cumulative solo value), by month.
    pub added_value: Vec<f32>,
    /// Mean trust, by month (0..=1).
    pub trust: Vec<f32>,
    /// Total conflict, by month (0..=1).
    pub conflict: Vec<f32>,
    /// Detected phase (1..=3, 0 once dissolved), by month.
    pub phase: Vec<u8>,
}

/// Runs a scenario with one seed to its horizon and keeps its [`RunTrace`]. The summary is
/// the one [`run_one`] gives.
///
/// # Panics
///
/// If the scenario is not valid: validate what the user gives first.
pub fn run_trace(scenario: &Scenario, seed: u64) -> RunTrace {
    run_trace_with(&valid_params(scenario), seed)
}

/// [`run_trace`] for parameters already derived from the scenario, so that a loop over many
/// seeds derives them once.
pub fn run_trace_with(params: &Params, seed: u64) -> RunTrace {
    let months = params.horizon.max(1) as usize + 1;
    let mut added_value = Vec::with_capacity(months);
    let mut trust = Vec::with_capacity(months);
    let mut conflict = Vec::with_capacity(months);
    let mut phase = Vec::with_capacity(months);
    let summary = simulate(params, seed, |state| {
        added_value.push((state.alliance.value - state.alliance.solo_value) as f32);
        trust.push(state.alliance.trust as f32);
        conflict.push(state.alliance.conflict as f32);
        phase.push(state.phase);
    });
    RunTrace { summary, added_value, trust, conflict, phase }
}

/// Runs one seed to the horizon, showing `observe` the state of month 0 and of every month
/// after it, and summarises the run.
fn simulate(params: &Params, seed: u64, mut observe: impl FnMut(&State)) -> RunSummary {
    let mut rng = rng_for_seed(seed);
    let mut state = State::new(params, &mut rng);
    // Summaries and traces need no event log; not writing one saves a tenth of the time.
    state.narrate = false;
    let mut run = RunSummary { seed, ..RunSummary::default() };
    observe(&state);
    let months = params.horizon.max(1);
    for _ in 0..months {
        let before = state.phase;
        advance(&mut state, params, &mut rng);
        observe(&state);
        run.regressed |= state.phase < before && state.phase > 0;
        if state.phase >= 2 && run.reached_phase2_month.is_none() {
            run.reached_phase2_month = Some(state.month);
        }
        if state.phase >= 3 && run.reached_phase3_month.is_none() {
            run.reached_phase3_month = Some(state.month);
        }
        if state.alliance.value > state.alliance.solo_value && run.break_even_month.is_none() {
            run.break_even_month = Some(state.month);
        }
        run.mean_conflict += state.alliance.conflict;
        run.mean_commitment += state.mean_of_active(|s| s.commitment);
        run.mean_delivery += state.mean_of_active(|s| s.delivery);
        run.mean_process_share += state.alliance.process_share;
    }
    let m = f64::from(months);
    run.mean_conflict /= m;
    run.mean_commitment /= m;
    run.mean_delivery /= m;
    run.mean_process_share /= m;
    run.value = state.alliance.value;
    run.solo_value = state.alliance.solo_value;
    run.added_value = run.value - run.solo_value;
    run.final_trust = state.alliance.trust;
    run.exits = state.partners.iter().filter(|s| s.left).count() as u32;
    run.dissolved = state.is_dissolved();
    run
}

/// Summarises runs of `months` months each.
pub fn summarize(runs: &[RunSummary], months: u32) -> EnsembleSummary {
    let n = runs.len().max(1) as f64;
    let mean = |f: fn(&RunSummary) -> f64| runs.iter().map(f).sum::<f64>() / n;
    let share = |f: fn(&RunSummary) -> bool| runs.iter().filter(|r| f(r)).count() as f64 / n;
    let months_of = |f: fn(&RunSummary) -> Option<u32>| {
        let mut months: Vec<u32> = runs.iter().filter_map(f).collect();
        months.sort_unstable();
        months
    };
    let phase2 = months_of(|r| r.reached_phase2_month);
    let phase3 = months_of(|r| r.reached_phase3_month);
    let break_even = months_of(|r| r.break_even_month);
    EnsembleSummary {
        runs: runs.len(),
        months,
        p_phase2: share(|r| r.reached_phase2_month.is_some()),
        p_phase3: share(|r| r.reached_phase3_month.is_some()),
        median_month_phase2: percentile(&phase2, 0.5),
        median_month_phase3: percentile(&phase3, 0.5),
        p10_month_phase2: percentile(&phase2, 0.1),
        p90_month_phase2: percentile(&phase2, 0.9),
        p10_month_phase3: percentile(&phase3, 0.1),
        p90_month_phase3: percentile(&phase3, 0.9),
        mean_value: mean(|r| r.value),
        mean_solo_value: mean(|r| r.solo_value),
        mean_added_value: mean(|r| r.added_value),
        p_added_value: share(|r| r.added_value > 0.0),
        median_month_break_even: percentile(&break_even, 0.5),
        mean_trust: mean(|r| r.final_trust),
        mean_conflict: mean(|r| r.mean_conflict),
        mean_commitment: mean(|r| r.mean_commitment),
        mean_delivery: mean(|r| r.mean_delivery),
        mean_process_share: mean(|r| r.mean_process_share),
        p_regression: share(|r| r.regressed),
        p_dissolved: share(|r| r.dissolved),
        mean_exits: mean(|r| f64::from(r.exits)),
    }
}

/// Runs seeds `first_seed..first_seed + runs` one after another and summarises them.
pub fn run_ensemble(scenario: &Scenario, first_seed: u64, runs: usize) -> EnsembleSummary {
    // Seeds past u64::MAX wrap around to 0 instead of overflowing (a panic in debug builds).
    // The CLI and the worker protocol refuse such ranges with a message before they get here,
    // so only a library caller can ask for one.
    let results: Vec<RunSummary> =
        (0..runs as u64).map(|i| run_one(scenario, first_seed.wrapping_add(i))).collect();
    summarize(&results, scenario.horizon_months)
}

/// The `q` quantile of sorted months, interpolating linearly between ranks (the median of an
/// even count is the mean of the middle two), or `None` when there are none.
fn percentile(sorted: &[u32], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let rank = q * last as f64;
    let (lo, hi) = (rank.floor() as usize, rank.ceil() as usize);
    let weight = rank - lo as f64;
    Some((1.0 - weight) * f64::from(sorted[lo]) + weight * f64::from(sorted[hi]))
}

/// The months at which [`EnsembleStats::p_phase3_by`] reports the probability of having
/// reached phase 3.
pub const PHASE3_MONTHS: [u32; 3] = [24, 60, 120];

/// The share of runs for which something holds by a month.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthShare {
    /// The month.
    pub month: u32,
    /// Share of runs, 0..=1.
    pub share: f64,
}

/// Everything the ensemble view shows about one scenario's runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EnsembleStats {
    /// The summary statistics [`summarize`] gives (the CLI's table).
    pub summary: EnsembleSummary,
    /// Fan chart of cumulative added value.
    pub added_value: Fan,
    /// Fan chart of mean trust.
    pub trust: Fan,
    /// Fan chart of total conflict.
    pub conflict: Fan,
    /// Share of runs in each phase by month.
    pub phases: PhaseShares,
    /// Probability of having reached phase 3 by each of [`PHASE3_MONTHS`].
    pub p_phase3_by: Vec<MonthShare>,
    /// Probability that the alliance has dissolved by the horizon.
    pub p_dissolved: f64,
}

/// Collects run traces in any order (Web Workers finish out of order) and computes the
/// ensemble statistics over them. The traces are sorted by seed before anything is
/// computed, so the result does not depend on the order in which they arrived, and equals
/// the result of a sequential run of the same seeds.
#[derive(Clone, Debug, Default)]
pub struct EnsembleAccumulator {
    traces: Vec<RunTrace>,
    sorted: bool,
}

impl EnsembleAccumulator {
    /// An empty accumulator.
    pub fn new() -> EnsembleAccumulator {
        EnsembleAccumulator::default()
    }

    /// Adds one run.
    pub fn add(&mut self, trace: RunTrace) {
        self.traces.push(trace);
        self.sorted = false;
    }

    /// Adds many runs.
    pub fn extend(&mut self, traces: impl IntoIterator<Item = RunTrace>) {
        self.traces.extend(traces);
        self.sorted = false;
    }

    /// Number of runs collected.
    pub fn len(&self) -> usize {
        self.traces.len()
    }

    /// Whether no run has been collected yet.
    pub fn is_empty(&self) -> bool {
        self.traces.is_empty()
    }

    /// The runs collected so far, sorted by seed.
    pub fn traces(&mut self) -> &[RunTrace] {
        if !self.sorted {
            // A stable sort keeps runs of a seed sent twice in arrival order; they are equal
            // anyway, since a seed determines its run.
            self.traces.sort_by_key(|t| t.summary.seed);
            self.sorted = true;
        }
        &self.traces
    }

    /// The summaries of the runs collected so far, sorted by seed, for [`compare`].
    pub fn summaries(&mut self) -> Vec<RunSummary> {
        self.traces().iter().map(|t| t.summary.clone()).collect()
    }

    /// The statistics over the runs collected so far; callable at any time, for example to
    /// redraw the charts as progress comes in.
    pub fn stats(&mut self) -> EnsembleStats {
        let traces = self.traces();
        let months = traces.iter().map(|t| t.phase.len().saturating_sub(1)).max().unwrap_or(0) as u32;
        let summaries: Vec<RunSummary> = traces.iter().map(|t| t.summary.clone()).collect();
        let series = |f: fn(&RunTrace) -> &[f32]| traces.iter().map(f).collect::<Vec<&[f32]>>();
        let phases: Vec<&[u8]> = traces.iter().map(|t| t.phase.as_slice()).collect();
        EnsembleStats {
            summary: summarize(&summaries, months),
            added_value: fan_chart(&series(|t| &t.added_value)),
            trust: fan_chart(&series(|t| &t.trust)),
            conflict: fan_chart(&series(|t| &t.conflict)),
            phases: phase_shares(&phases),
            p_phase3_by: PHASE3_MONTHS
                .iter()
                .map(|&month| MonthShare { month, share: p_phase3_by(&summaries, month) })
                .collect(),
            p_dissolved: p_dissolved(&summaries),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Scenario {
        let mut scenario = Scenario::default_preset();
        scenario.horizon_months = 30;
        scenario.schedule.retain(|e| e.month <= 30);
        scenario
    }

    #[test]
    fn a_trace_has_every_month_and_the_summary_of_run_one() {
        let scenario = small();
        let trace = run_trace(&scenario, 5);
        assert_eq!(trace.summary, run_one(&scenario, 5));
        for len in [trace.added_value.len(), trace.trust.len(), trace.conflict.len(), trace.phase.len()] {
            assert_eq!(len, 31);
        }
        assert_eq!(trace.trust[30], trace.summary.final_trust as f32);
    }

    #[test]
    fn the_statistics_do_not_depend_on_the_order_runs_arrive_in() {
        let scenario = small();
        let traces: Vec<RunTrace> = (0..12).map(|seed| run_trace(&scenario, seed)).collect();
        let mut in_order = EnsembleAccumulator::new();
        in_order.extend(traces.iter().cloned());
        let mut shuffled = EnsembleAccumulator::new();
        for i in [7, 0, 11, 3, 5, 1, 10, 2, 9, 4, 8, 6] {
            shuffled.add(traces[i].clone());
        }
        let stats = in_order.stats();
        assert_eq!(shuffled.stats(), stats);
        let summaries: Vec<RunSummary> = traces.iter().map(|t| t.summary.clone()).collect();
        assert_eq!(stats.summary, summarize(&summaries, 30));
        assert_eq!(stats.summary, run_ensemble(&scenario, 0, 12));
        assert_eq!(stats.trust.median.len(), 31);
    }
}
