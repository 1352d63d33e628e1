//! A scenario and a seed fix the whole trajectory. The monthly series of the default scenario
//! for its seed is recorded in `tests/golden/default.csv`; `tests/browser.rs` checks the same
//! file inside wasm in headless Chromium, so both passing means the browser reproduces the
//! native numbers bit for bit.
//!
//! After a deliberate change to the model, rewrite the file with
//! `UPDATE_GOLDEN=1 cargo test --test it reproducibility` and review the diff.

use alliance_lab::scenario::Scenario;
use alliance_lab::simulation::Simulation;

use crate::support::{assert_same_lines, series_of};

const GOLDEN: &str = "tests/golden/default.csv";

fn default_series() -> String {
    let scenario = Scenario::default_preset();
    let mut sim = Simulation::new(&scenario);
    sim.run_to_end();
    series_of(&sim)
}

#[test]
fn threads_running_at_once_each_reproduce_the_recorded_series() {
    let expected = std::fs::read_to_string(GOLDEN).expect("read tests/golden/default.csv");
    std::thread::scope(|scope| {
        let runs: Vec<_> = (0..3).map(|_| scope.spawn(default_series)).collect();
        for run in runs {
            assert_same_lines(GOLDEN, &expected, &run.join().expect("the run finishes"));
        }
    });
}

#[test]
fn the_default_scenario_reproduces_the_recorded_series() {
    let actual = default_series();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &actual).expect("write the golden file");
    }
    let expected = std::fs::read_to_string(GOLDEN).expect("read tests/golden/default.csv");
    assert_same_lines(GOLDEN, &expected, &actual);
}
