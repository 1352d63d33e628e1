//! `alliance-lab sweep`: an ensemble per grid point of one or two parameters, one output row
//! per point, optionally only one shard of the grid.

use std::io::IsTerminal;

use alliance_lab::ensemble::{run_one, summarize, EnsembleSummary, RunSummary};
use alliance_lab::scenario::Scenario;
use alliance_lab::sweep::{Grid, Row, Shard, SweepError, Vary};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::commands::{write_stdout, ScenarioInput};

/// The arguments of `sweep`.
#[derive(Args)]
pub struct SweepArgs {
    #[command(flatten)]
    input: ScenarioInput,
    /// A parameter and its grid, e.g. `governance.control=0:1:0.1`; any numeric path `--set`
    /// takes, or `partners[*].FIELD` for every partner at once. Once or twice.
    #[arg(long = "vary", value_name = "PATH=FROM:TO:STEP", required = true)]
    varies: Vec<String>,
    /// Runs per grid point: seeds N..N+R, the same at every point.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    runs: u32,
    /// Print JSON Lines (one object per grid point) instead of CSV.
    #[arg(long)]
    json: bool,
    /// Run only the grid points whose index i has i % N == K-1 (K in 1..=N); the outputs of
    /// all N shards concatenate into the whole sweep.
    #[arg(long, value_name = "K/N")]
    shard: Option<String>,
}

/// Checks every argument and every grid point, then runs the shard's points in grid order
/// and writes each row as soon as its ensemble is done.
pub fn run(args: SweepArgs) -> Result<(), String> {
    let varies: Vec<Vary> = args
        .varies
        .iter()
        .map(|text| text.parse())
        .collect::<Result<_, _>>()
        .map_err(|e: SweepError| e.to_string())?;
    let shard = match &args.shard {
        Some(text) => text.parse::<Shard>().map_err(|e| e.to_string())?,
        None => Shard::WHOLE,
    };
    let base = args.input.resolve()?;
    check_seeds(&base, args.runs)?;
    let grid = Grid::new(&base, &varies).map_err(|e| e.to_string())?;
    let points = grid.indices(shard);
    let progress = progress_bar(points.len() as u64 * u64::from(args.runs));
    for (n, &index) in points.iter().enumerate() {
        let scenario = grid.scenario(&base, index).map_err(|e| e.to_string())?;
        let summary = ensemble(&scenario, args.runs, &progress);
        let row = Row::new(&grid, index, &summary).map_err(|e| e.to_string())?;
        let mut text = String::new();
        if args.json {
            text.push_str(&row.json_line());
        } else {
            if n == 0 && shard.writes_header() {
                text.push_str(&row.csv_header());
            }
            text.push_str(&row.csv_line());
        }
        progress.suspend(|| write_stdout(&text))?;
    }
    progress.finish_and_clear();
    Ok(())
}

/// A progress bar over `runs` runs on stderr, or a hidden one when stderr is not a terminal
/// (a log file or a batch job).
pub fn progress_bar(runs: u64) -> ProgressBar {
    if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(runs);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} runs, {eta} left").expect("valid template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    }
}

/// Refuses seeds N..N+R that would pass the largest seed, rather than wrapping around to 0.
pub fn check_seeds(scenario: &Scenario, runs: u32) -> Result<(), String> {
    match scenario.seed.checked_add(u64::from(runs)) {
        Some(_) => Ok(()),
        None => Err(format!(
            "seed {} with --runs {runs}: the seeds would pass the largest seed, {}; use --seed {} or lower",
            scenario.seed,
            u64::MAX,
            u64::MAX - u64::from(runs)
        )),
    }
}

/// The ensemble of seeds N..N+R of a scenario (checked by [`check_seeds`]), run in parallel with the functions
/// `alliance-lab ensemble` uses, so that a grid point's row equals that command's summary.
pub fn ensemble(scenario: &Scenario, runs: u32, progress: &ProgressBar) -> EnsembleSummary {
    let first = scenario.seed;
    let results: Vec<RunSummary> = (0..u64::from(runs))
        .into_par_iter()
        .map(|i| {
            let summary = run_one(scenario, first + i);
            progress.inc(1);
            summary
        })
        .collect();
    summarize(&results, scenario.horizon_months)
}
