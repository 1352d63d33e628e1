//! A scenario and a seed fix the whole trajectory. The monthly series of the default scenario
//! for its seed is recorded in `tests/golden/default.csv`; `tests/browser.rs` checks the same
//! file inside wasm in headless Chromium, so both passing means the browser reproduces the
//! native numbers bit for bit.
//!
//! After a deliberate change to the model, rewrite the file with
//! `UPDATE_GOLDEN=1 cargo test --test it reproducibility` and review the diff.

use alliance_lab::export::series_csv;
use alliance_lab::scenario::Scenario;
use alliance_lab::simulation::Simulation;

const GOLDEN: &str = "tests/golden/default.csv";

fn default_series() -> String {
    let scenario = Scenario::default_preset();
    let mut sim = Simulation::new(&scenario);
    sim.run_to_end();
    let names: Vec<String> = scenario.partners.iter().map(|p| p.name.clone()).collect();
    series_csv(sim.history(), &names)
}

#[test]
fn the_same_seed_gives_the_same_series_twice() {
    assert_eq!(default_series(), default_series());
}

#[test]
fn the_default_scenario_reproduces_the_recorded_series() {
    let actual = default_series();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &actual).expect("write the golden file");
    }
    let expected = std::fs::read_to_string(GOLDEN).expect("read tests/golden/default.csv");
    if let Some((line, (want, got))) =
        expected.lines().zip(actual.lines()).enumerate().find(|(_, (want, got))| want != got)
    {
        panic!("line {} of {GOLDEN} differs:\nexpected: {want}\n  actual: {got}", line + 1);
    }
    assert_eq!(expected.lines().count(), actual.lines().count(), "number of lines in {GOLDEN}");
}
