//! The model and scenario contract: determinism, bounds, scenario validation and overrides.

use crate::support::rust_files;
use alliance_lab::ensemble::{run_ensemble, run_one};
use alliance_lab::model::{
    advance, rng_for_seed, Action, CoordinationStyle, Division, Intervention, Shock, Snapshot, State,
};
use alliance_lab::scenario::{ActionName, Scenario, StyleName, PRESETS};
use alliance_lab::simulation::Simulation;

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
        let params = preset(stem).params().expect("a preset is valid");
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
fn validation_reports_every_error_with_its_path_and_what_is_valid() {
    let text = MINIMAL.replace("name = \"B\"", "name = \"B\"\nsize = 1.7\nquality = -1")
        + "[governance]\ncontrol = 2\n[[schedule]]\nmonth = 500\naction = \"get_to_know\"\n[[schedule]]\nmonth = 3\naction = \"value_room\"\npartner = \"Nobody\"\n";
    let errs = errors(&text);
    assert_eq!(
        errs,
        [
            "governance.control: must be between 0 and 1, not 2",
            "partners[1].size: must be between 0 and 1, not 1.7",
            "partners[1].quality: must be between 0 and 1, not -1",
            "schedule[0].month: must be a whole number from 1 to the horizon (120), not 500",
            "schedule[1].partner: no partner is named \"Nobody\"",
        ]
    );
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
    assert_eq!(s.coordination.style, StyleName::IndependentChair);
    s.set("coordination.style", "controlling_coordinator").expect_err("needs a coordinator");
    s.set("coordination.coordinator", "Voice").expect("coordinator by name");
    s.set("coordination.style", "controlling_coordinator").expect("style with coordinator");
    s.set("schedule[0].month", "3").expect("a planned month");
    s.set("schedule[0].action", "learning_agenda").expect("another action");
    assert_eq!(s.schedule[0].action, ActionName::LearningAgenda);
}

/// The message `--set PATH=VALUE` gives on the default preset, which it leaves unchanged.
fn set_error(path: &str, value: &str) -> String {
    let mut s = Scenario::default_preset();
    let before = s.clone();
    let message = s.set(path, value).expect_err("the override should be refused").to_string();
    assert_eq!(s, before, "a refused override changes nothing");
    message
}

#[test]
fn an_override_out_of_range_says_what_would_be_valid() {
    assert_eq!(set_error("partners[1].size", "1.7"), "partners[1].size: must be between 0 and 1, not 1.7");
}

#[test]
fn an_override_of_a_negative_month_says_it_must_be_a_whole_number_up_to_the_horizon() {
    for value in ["-1", "2.5"] {
        assert_eq!(
            set_error("schedule[0].month", value),
            format!("schedule[0].month: must be a whole number from 1 to the horizon (120), not {value}")
        );
    }
}

#[test]
fn an_override_of_a_partner_that_does_not_exist_says_how_many_there_are() {
    assert_eq!(
        set_error("partners[99].size", "0.1"),
        "partners[99].size: there are 5 partners, numbered 0 to 4"
    );
}

#[test]
fn an_override_of_an_unknown_field_lists_the_fields_there_are() {
    let m = set_error("governance.contrl", "0.1");
    assert!(
        m.starts_with(
            "governance.contrl: unknown field \"contrl\"; the fields here are control, organisation"
        ),
        "{m}"
    );
    let m = set_error("governanse.control", "0.1");
    assert!(
        m.starts_with("governanse.control: unknown field \"governanse\"; the fields here include"),
        "{m}"
    );
    assert!(set_error("partners[x].size", "0.1").contains("is not a field path"));
}

#[test]
fn an_override_with_text_for_a_number_says_what_the_field_must_be() {
    assert_eq!(
        set_error("seed", "many"),
        format!("seed: must be a whole number from 0 to {}, not the text \"many\"", u64::MAX)
    );
    let m = set_error("schedule[0].action", "dance");
    assert!(m.starts_with("schedule[0].action: unknown action \"dance\"; use one of"), "{m}");
}

#[test]
fn an_override_that_gives_a_taken_name_reports_the_clash_at_the_field_set() {
    let mut s = Scenario::default_preset();
    let taken = s.partners[1].name.clone();
    for set in [0, 3] {
        let e = s.set(&format!("partners[{set}].name"), &taken).expect_err("names must be unique");
        assert_eq!(
            e.to_string(),
            format!(
                "partners[{set}].name: \"{taken}\" is already the name of partners[1]; names must be unique"
            )
        );
    }
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

#[test]
fn nothing_under_the_model_imports_the_layers_above_it() {
    for path in rust_files("src/model") {
        let text = std::fs::read_to_string(&path).expect("a source file");
        for layer in ["crate::scenario", "crate::simulation", "crate::ensemble", "crate::ui", "crate::share"]
        {
            assert!(!text.contains(layer), "{} uses {layer}", path.display());
        }
    }
}
