//! The model and scenario contract: determinism, bounds, scenario validation and overrides.

use alliance_lab::ensemble::{run_ensemble, run_one};
use alliance_lab::model::{
    advance, rng_for_seed, Action, CoordinationStyle, Division, Intervention, Shock, Simulation, Snapshot,
    State,
};
use alliance_lab::scenario::{Scenario, PRESETS};

fn preset(stem: &str) -> Scenario {
    Scenario::preset(stem).unwrap_or_else(|| panic!("preset {stem} parses"))
}

fn errors(text: &str) -> Vec<String> {
    Scenario::parse(text)
        .expect_err("scenario should be invalid")
        .errors
        .iter()
        .map(|e| e.to_string())
        .collect()
}

const MINIMAL: &str = "title = \"t\"\n[[partners]]\nname = \"A\"\n[[partners]]\nname = \"B\"\n";

#[test]
fn a_run_without_narration_is_the_same_run_without_an_event_log() {
    let mut logged_events = 0;
    for (stem, _) in PRESETS {
        let params = preset(stem).params();
        let (mut rng_told, mut rng_quiet) = (rng_for_seed(11), rng_for_seed(11));
        let (mut told, mut quiet) = (State::new(&params, &mut rng_told), State::new(&params, &mut rng_quiet));
        quiet.narrate = false;
        for _ in 0..params.horizon {
            advance(&mut told, &params, &mut rng_told);
            advance(&mut quiet, &params, &mut rng_quiet);
            assert!(quiet.events.is_empty(), "{stem}: a quiet run logs nothing");
            logged_events += told.events.len();
            let mut as_told = quiet.clone();
            as_told.narrate = true;
            as_told.events = told.events.clone();
            assert_eq!(as_told, told, "{stem}, month {}", told.month);
        }
    }
    assert!(logged_events > 0, "the narrated runs logged events");
}

#[test]
fn a_run_shares_nothing_with_runs_stepped_alongside_it_or_on_other_threads() {
    let s = preset("turbulent_field");
    let mut alone = Simulation::with_seed(&s, 3);
    alone.run_to_end();
    let (mut a, mut other) = (Simulation::with_seed(&s, 3), Simulation::with_seed(&s, 4));
    while !a.is_finished() {
        a.step_month();
        other.step_month();
    }
    assert_eq!(a.history(), alone.history());
    assert_eq!(a.events(), alone.events());
    assert_ne!(other.history(), alone.history(), "the other run is a different one");
    let here = run_one(&s, 9);
    std::thread::scope(|scope| {
        let threads: Vec<_> = (0..3).map(|_| scope.spawn(|| run_one(&s, 9))).collect();
        for thread in threads {
            assert_eq!(thread.join().expect("the run finishes"), here);
        }
    });
}

#[test]
fn different_seeds_give_different_trajectories() {
    let s = preset("turbulent_field");
    assert_ne!(run_one(&s, 1), run_one(&s, 2));
}

#[test]
fn every_preset_parses_has_a_title_and_a_description_and_round_trips_through_toml() {
    for (stem, text) in PRESETS {
        let s = Scenario::parse(text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert!(!s.title.is_empty() && s.description.len() > 80, "{stem} needs a title and a paragraph");
        assert_eq!(Scenario::parse(&s.to_toml_string()).expect("round trip"), s, "{stem}");
    }
}

#[test]
fn a_minimal_scenario_takes_defaults_and_json_is_accepted() {
    let s = Scenario::parse(MINIMAL).expect("minimal scenario");
    assert_eq!(s.horizon_months, 120);
    let json = serde_json::to_string(&s).expect("json");
    assert_eq!(Scenario::parse(&json).expect("json parses"), s);
}

#[test]
fn validation_reports_every_error_with_its_path_and_range() {
    let text = MINIMAL.replace("name = \"B\"", "name = \"B\"\nsize = 1.7\nquality = -1")
        + "[governance]\ncontrol = 2\n[[schedule]]\nmonth = 500\naction = \"dance\"\n[[schedule]]\nmonth = 3\naction = \"value_room\"\npartner = \"Nobody\"\n";
    let errs = errors(&text);
    for expected in [
        "partners[1].size: 1.7 is out of range 0..=1",
        "partners[1].quality: -1 is out of range 0..=1",
        "governance.control: 2 is out of range 0..=1",
        "schedule[0].month: 500 is out of range 1..=120",
        "schedule[1].partner: no partner is named 'Nobody'",
    ] {
        assert!(errs.iter().any(|e| e == expected), "missing `{expected}` in {errs:#?}");
    }
    assert!(errs.iter().any(|e| e.starts_with("schedule[0].action: unknown action 'dance'")), "{errs:#?}");
}

#[test]
fn a_misspelt_field_is_an_error_naming_it() {
    let errs = errors(&(MINIMAL.to_string() + "[governance]\ncontroll = 0.4\n"));
    assert!(errs[0].contains("controll"), "{errs:?}");
}

#[test]
fn dotted_path_overrides_set_fields_and_validate() {
    let mut s = Scenario::default_preset();
    s.set("governance.control", "0.8").expect("control");
    s.set("coordination.style", "independent_chair").expect("style");
    s.set("partners[1].size", "0.3").expect("size");
    s.set("environment.field_uncertainty", "0.7").expect("field");
    s.set("seed", "7").expect("seed");
    s.set("horizon_months", "60").expect("horizon");
    assert_eq!((s.governance.control, s.partners[1].size, s.seed, s.horizon_months), (0.8, 0.3, 7, 60));
    assert_eq!(s.coordination.style, "independent_chair");
    let range = s.set("partners[1].size", "1.7").expect_err("out of range").to_string();
    assert_eq!(range, "partners[1].size: 1.7 is out of range 0..=1");
    assert!(s
        .set("governance.contrl", "0.1")
        .expect_err("unknown")
        .to_string()
        .contains("governance.contrl: unknown path"));
    assert!(s.set("partners[9].size", "0.1").is_err());
    assert!(s.set("seed", "many").expect_err("unparsable").to_string().starts_with("seed: cannot parse"));
    s.set("coordination.style", "controlling_coordinator").expect_err("needs a coordinator");
    s.set("coordination.coordinator", "Voice").expect("coordinator by name");
    s.set("coordination.style", "controlling_coordinator").expect("style with coordinator");
}

#[test]
fn every_quantity_stays_finite_and_in_range_for_600_turbulent_months() {
    let mut s = preset("diverse_eight");
    s.horizon_months = 600;
    s.environment.turbulence = 0.5;
    let mut sim = Simulation::with_seed(&s, 4);
    let actions = [
        Action::Intervention(Intervention::OrganiseDissent),
        Action::Shock(Shock::FundingRound { division: Division::Unequal }),
        Action::SetStyle(CoordinationStyle::ControllingCoordinator { partner: 2 }),
        Action::Intervention(Intervention::KnowledgeSharing { partner: 3 }),
        Action::Shock(Shock::Turnover { partner: 1 }),
        Action::SetControl(1.0),
        Action::Intervention(Intervention::SteeringConversation),
        Action::Shock(Shock::FieldChange),
        Action::SetStyle(CoordinationStyle::IndependentChair),
        Action::Intervention(Intervention::ExternalMediator),
    ];
    while !sim.is_finished() {
        sim.apply(actions[sim.month() as usize % actions.len()]);
        sim.step_month();
    }
    for h in sim.history() {
        for (name, v) in Snapshot::CSV_HEADER.iter().zip(h.csv_values()) {
            assert!(v.is_finite(), "{name} is not finite in month {}", h.month);
        }
        let shares = [h.trust, h.knowledge, h.shared_vision, h.value_alignment, h.conflict, h.process_share];
        assert!(shares.iter().all(|v| (0.0..=1.0).contains(v)), "month {}: {shares:?}", h.month);
        assert!(h
            .partners
            .iter()
            .all(|p| (0.0..=1.0).contains(&p.commitment) && (0.0..=1.0).contains(&p.delivery)));
    }
    assert!(sim.state().relations.trust.iter().all(|t| (0.0..=1.0).contains(t)));
}

#[test]
fn phase_changes_are_explained_in_plain_words() {
    let mut sim = Simulation::new(&preset("default"));
    sim.run_to_end();
    let phase = sim.events().iter().find(|e| e.text.starts_with("on to phase 2")).expect("a phase event");
    assert!(phase.text.contains("mutual knowledge") && phase.to_string().starts_with("Month "), "{phase}");
}

#[test]
fn the_csv_columns_begin_with_the_agreed_order() {
    let start = "month,phase,trust,knowledge,shared_vision,value_alignment,conflict,commitment,delivery,process_share,value,solo_value,added_value,monthly_value,monthly_solo_value";
    assert!(Snapshot::CSV_HEADER.join(",").starts_with(start));
    let sim = Simulation::new(&Scenario::default_preset());
    assert_eq!(sim.history()[0].csv_values().len(), Snapshot::CSV_HEADER.len());
}

#[test]
fn a_large_alliance_of_200_partners_runs_to_the_horizon() {
    let mut s = Scenario::parse(MINIMAL).expect("minimal");
    let template = s.partners[0].clone();
    s.partners = (0..200)
        .map(|i| alliance_lab::scenario::PartnerSpec {
            name: format!("P{i}"),
            size: (i % 10) as f64 / 10.0,
            ..template.clone()
        })
        .collect();
    // Its speed is measured by the criterion benchmarks (docs/PERFORMANCE.md), not here.
    let summary = run_ensemble(&s, 1, 2);
    assert_eq!((summary.runs, summary.months), (2, s.horizon_months));
    assert!(summary.mean_value.is_finite() && summary.mean_value > 0.0, "{summary:?}");
    assert!((0.0..=1.0).contains(&summary.mean_trust), "{summary:?}");
}
