//! Teaching points: every preset's expectations hold under the current model, and a claim
//! the model does not bear out is reported as failing rather than passed over.

use alliance_lab::expectations::{check, check_all};
use alliance_lab::scenario::{Direction, Scenario, FIRST_CASE, PRESETS};

#[test]
fn every_preset_teaches_what_it_claims() {
    for (i, (stem, _)) in PRESETS.iter().enumerate() {
        let scenario = Scenario::preset(stem).expect("preset");
        // A model preset shows two points; an article case tells one story with at least one.
        let least = if i < FIRST_CASE { 2 } else { 1 };
        assert!(scenario.expect.len() >= least, "{stem} states at least {least} teaching points");
        for outcome in check_all(&scenario).expect("the arms are valid") {
            println!("{stem}: {}", outcome.line());
            assert!(outcome.holds, "{stem}: {}", outcome.line());
        }
    }
}

#[test]
fn a_claim_in_the_wrong_direction_fails() {
    let mut scenario = Scenario::preset("controlling_coordinator").expect("preset");
    let claim = &mut scenario.expect[0];
    assert!(claim.says.contains("steering conversation"), "{}", claim.says);
    claim.direction = Direction::Lower;
    let outcome = check(&scenario, 0).expect("the arms are valid");
    assert!(!outcome.holds, "{}", outcome.line());
    assert!(outcome.effect() < 0.0, "the conversation still raises delivery: {}", outcome.line());
}

#[test]
fn a_claim_larger_than_the_effect_fails() {
    let mut scenario = Scenario::preset("default").expect("preset");
    let measured = check(&scenario, 1).expect("the arms are valid");
    scenario.expect[1].min_effect = 2.0 * measured.effect();
    assert!(!check(&scenario, 1).expect("the arms are valid").holds);
}

#[test]
fn the_same_scenario_gives_the_same_verdicts() {
    let scenario = Scenario::preset("turbulent_field").expect("preset");
    assert_eq!(check_all(&scenario), check_all(&scenario));
}
