//! Replaying a run from its scenario: a simulation records the user's actions, writes them
//! into the schedule of `scenario_with_actions()`, and that scenario (also after a round trip
//! through TOML or JSON) gives the same history and event log bit for bit.

use alliance_lab::export::events_csv;
use alliance_lab::model::{Action, CoordinationStyle, Division, Intervention, Shock};
use alliance_lab::scenario::{ActionName, PartnerRef, Scenario, StyleName, PRESETS};
use alliance_lab::simulation::Simulation;
use rand::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

use crate::support::{assert_same_lines, series_of};

/// Every kind of action for an alliance of `n` partners, partners chosen by `pick`.
fn every_action(n: usize, mut pick: impl FnMut() -> usize, level: f64) -> Vec<Action> {
    let mut actions: Vec<Action> = alliance_lab::model::Intervention::NAMES
        .iter()
        .filter_map(|name| Intervention::from_name(name, pick() % n).map(Action::Intervention))
        .collect();
    for name in Shock::NAMES {
        for division in [Division::Equal, Division::Unequal, Division::Exclusion] {
            actions.extend(Shock::from_name(name, pick() % n, division).map(Action::Shock));
        }
    }
    actions.extend([
        Action::SetStyle(CoordinationStyle::ControllingCoordinator { partner: pick() % n }),
        Action::SetStyle(CoordinationStyle::LeadPartner { partner: pick() % n }),
        Action::SetStyle(CoordinationStyle::IndependentChair),
        Action::SetStyle(CoordinationStyle::SelfSteering),
        Action::SetControl(level),
        Action::SetTurbulence(level * 0.3),
    ]);
    actions
}

/// Runs a scenario to `months` months, applying each action before the month it is listed
/// for is stepped, so that it takes effect in the month after.
fn run_with(scenario: &Scenario, seed: u64, months: u32, plan: &[(u32, Action)]) -> Simulation {
    let mut sim = Simulation::with_seed(scenario, seed);
    while sim.month() < months {
        let month = sim.month();
        for (_, action) in plan.iter().filter(|(m, _)| *m == month) {
            sim.apply(*action);
        }
        sim.step_month();
    }
    sim
}

fn replay(scenario: &Scenario, months: u32) -> Simulation {
    let mut sim = Simulation::new(scenario);
    while sim.month() < months {
        sim.step_month();
    }
    sim
}

/// Compares two runs through their CSV exports, whose shortest round-trip floats make equal
/// text mean bit-identical numbers, and names the first differing line.
fn assert_same_run(original: &Simulation, replayed: &Simulation) {
    assert_same_lines("the replayed series", &series_of(original), &series_of(replayed));
    assert_same_lines("the replayed events", &events_csv(original.events()), &events_csv(replayed.events()));
    assert_eq!(original.history(), replayed.history());
    assert_eq!(original.events(), replayed.events());
}

/// Checks the replay directly and through TOML and JSON text.
fn assert_replays(sim: &Simulation) {
    let recorded = sim.scenario_with_actions();
    recorded.validate().unwrap_or_else(|e| panic!("the recorded scenario is valid: {e}"));
    assert_same_run(sim, &replay(&recorded, sim.month()));
    let toml = Scenario::parse(&recorded.to_toml_string()).expect("the TOML reads back");
    assert_eq!(toml, recorded, "TOML round trip");
    assert_same_run(sim, &replay(&toml, sim.month()));
    let json =
        Scenario::parse(&serde_json::to_string(&recorded).expect("JSON")).expect("the JSON reads back");
    assert_eq!(json, recorded, "JSON round trip");
    assert_same_run(sim, &replay(&json, sim.month()));
}

#[test]
fn every_action_kind_in_every_preset_replays_bit_for_bit() {
    for (stem, _) in PRESETS {
        let scenario = Scenario::preset(stem).expect("preset");
        let n = scenario.partners.len();
        let mut next = 0;
        let actions = every_action(
            n,
            || {
                next += 1;
                next
            },
            0.8,
        );
        let plan: Vec<(u32, Action)> =
            actions.iter().enumerate().map(|(i, a)| (2 + 3 * i as u32, *a)).collect();
        let sim = run_with(&scenario, 7, scenario.horizon_months, &plan);
        assert_eq!(sim.user_actions().len(), plan.len(), "{stem}: every action is recorded");
        assert_replays(&sim);
    }
}

#[test]
fn random_actions_at_random_months_replay_through_toml_and_json() {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(2024);
    for round in 0..40 {
        let (stem, _) = PRESETS[round % PRESETS.len()];
        let mut scenario = Scenario::preset(stem).expect("preset");
        scenario.horizon_months = rng.random_range(1..=150);
        scenario.schedule.retain(|e| e.month <= scenario.horizon_months);
        let n = scenario.partners.len();
        let level = rng.random();
        let mut pool = every_action(n, || rng.random_range(0..n), level);
        pool.push(Action::SetControl(rng.random::<f64>()));
        pool.push(Action::SetTurbulence(rng.random::<f64>() * 0.2));
        let count = rng.random_range(0..30);
        let mut plan: Vec<(u32, Action)> = (0..count)
            .map(|_| (rng.random_range(0..scenario.horizon_months), pool[rng.random_range(0..pool.len())]))
            .collect();
        // Several actions in one month exercise the order of scheduled and user actions.
        plan.sort_by_key(|(month, _)| *month);
        let stop = rng.random_range(1..=scenario.horizon_months);
        let sim = run_with(&scenario, rng.random(), stop, &plan);
        assert_replays(&sim);
    }
}

#[test]
fn a_months_scheduled_actions_come_before_the_users() {
    let scenario = Scenario::default_preset();
    let mut sim = Simulation::new(&scenario);
    sim.apply(Action::Intervention(Intervention::ReflectionMeeting));
    sim.step_month();
    let texts: Vec<&str> = sim.events().iter().map(|e| e.text.as_str()).collect();
    let scheduled = texts.iter().position(|t| *t == "Get to know each other").expect("scheduled action");
    let user = texts.iter().position(|t| *t == "Reflection meeting").expect("user action");
    assert!(scheduled < user, "{texts:?}");
}

#[test]
fn recorded_actions_name_partners_by_name_and_keep_the_run_seed() {
    let scenario = Scenario::default_preset();
    let mut sim = Simulation::with_seed(&scenario, 99);
    sim.step_month();
    sim.apply(Action::SetStyle(CoordinationStyle::ControllingCoordinator { partner: 1 }));
    sim.apply(Action::Shock(Shock::FundingRound { division: Division::Unequal }));
    let recorded = sim.scenario_with_actions();
    assert_eq!(recorded.seed, 99);
    let added = &recorded.schedule[scenario.schedule.len()..];
    assert_eq!(added.len(), 2);
    assert_eq!((added[0].month, added[0].action), (2, ActionName::SetStyle));
    assert_eq!(added[0].partner, Some(PartnerRef::Name("Voice".into())));
    assert_eq!(added[0].style, Some(StyleName::ControllingCoordinator));
    assert_eq!(added[1].division, Some(Division::Unequal));
    let toml = recorded.to_toml_string();
    assert!(toml.contains("partner = \"Voice\""), "{toml}");
}

#[test]
fn actions_no_scenario_could_express_are_ignored_and_levels_are_clamped() {
    let scenario = Scenario::default_preset();
    let mut sim = Simulation::new(&scenario);
    sim.apply(Action::Intervention(Intervention::ValueRoom { partner: 17 }));
    sim.apply(Action::SetControl(f64::NAN));
    sim.apply(Action::SetTurbulence(f64::INFINITY));
    sim.apply(Action::SetControl(1.7));
    assert_eq!(sim.user_actions().len(), 1);
    assert_eq!(sim.user_actions()[0].action, Action::SetControl(1.0));
    sim.step_month();
    assert_eq!(sim.state().governance.control, 1.0);
    assert_replays(&sim);
}

#[test]
fn actions_after_the_horizon_are_left_out_of_the_scenario() {
    let mut scenario = Scenario::default_preset();
    scenario.horizon_months = 5;
    scenario.schedule.retain(|e| e.month <= 5);
    let mut sim = Simulation::new(&scenario);
    sim.run_to_end();
    sim.apply(Action::Shock(Shock::FieldChange));
    assert_eq!(sim.user_actions().len(), 1);
    assert_eq!(sim.scenario_with_actions().schedule, scenario.schedule);
    assert_replays(&sim);
}

#[test]
fn a_plan_changed_during_a_run_replays_bit_for_bit_and_the_run_so_far_stays() {
    for (stem, _) in PRESETS {
        let scenario = Scenario::preset(stem).expect("preset");
        let mut sim = run_with(&scenario, 11, 24, &[(5, Action::Intervention(Intervention::LearningAgenda))]);
        let history = sim.history().to_vec();
        // Drop every action planned after month 24, move nothing of the past, and add two
        // actions for later months.
        let mut plan: Vec<_> = scenario.schedule.iter().filter(|e| e.month <= 24).cloned().collect();
        plan.push(alliance_lab::scenario::ScheduleEntry::plain(30, ActionName::ReflectionMeeting));
        plan.push(alliance_lab::scenario::ScheduleEntry::plain(25, ActionName::FieldChange));
        sim.replan(plan.clone()).unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert_eq!(sim.history(), history.as_slice(), "{stem}: the months simulated stay as they were");
        assert_eq!(sim.scenario().schedule, plan, "{stem}: the scenario carries the new plan");
        sim.run_to_end();
        assert_replays(&sim);
    }
}

#[test]
fn removing_every_planned_action_at_month_0_gives_the_run_without_a_plan() {
    let scenario = Scenario::preset("default").expect("preset");
    assert!(!scenario.schedule.is_empty(), "the default plans actions");
    let mut replanned = Simulation::new(&scenario);
    replanned.replan(Vec::new()).expect("an empty plan is valid");
    replanned.run_to_end();
    let mut unplanned = scenario.clone();
    unplanned.schedule.clear();
    let mut fresh = Simulation::new(&unplanned);
    fresh.run_to_end();
    assert_same_run(&fresh, &replanned);
}

#[test]
fn a_plan_that_rewrites_a_simulated_month_or_names_no_partner_is_refused_and_changes_nothing() {
    let scenario = Scenario::preset("default").expect("preset");
    let first = scenario.schedule.first().expect("the default plans actions").clone();
    let mut sim = Simulation::new(&scenario);
    while sim.month() < first.month {
        sim.step_month();
    }
    let mut moved = scenario.schedule.clone();
    moved[0].month = first.month + 1;
    let error = sim.replan(moved).expect_err("the month has been simulated");
    assert_eq!(error.errors[0].path, "schedule", "the moved entry is no longer in the months simulated");
    let said = format!(
        "{} in month {} has already happened: only actions planned for month {} or later can change",
        first.action.name(),
        first.month,
        first.month + 1
    );
    assert!(error.to_string().contains(&said), "{error}");
    let mut unknown = scenario.schedule.clone();
    unknown.push(alliance_lab::scenario::ScheduleEntry {
        partner: Some(PartnerRef::Name("Nobody".into())),
        ..alliance_lab::scenario::ScheduleEntry::plain(first.month + 2, ActionName::ValueRoom)
    });
    assert!(sim.replan(unknown).is_err(), "an unknown partner is refused");
    assert_eq!(sim.scenario(), &scenario, "a refused plan changes nothing");
}

#[test]
fn the_snapshot_of_a_month_is_that_month_and_none_beyond_the_run() {
    let mut sim = Simulation::new(&Scenario::default_preset());
    for _ in 0..5 {
        sim.step_month();
    }
    for month in 0..=5 {
        assert_eq!(sim.snapshot(month).map(|s| s.month), Some(month));
    }
    assert!(sim.snapshot(6).is_none());
}

#[test]
fn going_back_gives_the_same_months_and_keeps_the_users_actions_as_theirs() {
    let scenario = Scenario::default_preset();
    let n = scenario.partners.len();
    let plan: Vec<(u32, Action)> =
        every_action(n, || 1, 0.7).into_iter().enumerate().map(|(i, a)| (3 + 2 * i as u32, a)).collect();
    let original = run_with(&scenario, 7, 60, &plan);
    let back = original.rewound(20);
    assert_eq!(back.month(), 20);
    assert_eq!(back.history(), &original.history()[..=20]);
    assert!(back.events().iter().all(|e| e.month <= 20));
    assert_eq!(back.events(), &original.events()[..back.events().len()]);
    assert_eq!(back.scenario(), original.scenario(), "the user's actions are not written into the plan");
    assert!(back.user_actions().iter().all(|a| a.month <= 21));
    // Stepping on takes the later actions again: the same run as before going back.
    let mut forward = back.clone();
    while forward.month() < 60 {
        forward.step_month();
    }
    assert_same_run(&original, &forward);
    assert_eq!(forward.user_actions(), original.user_actions());
    // A new action after going back starts another story without the old later actions.
    let mut branch = original.rewound(20);
    branch.apply(Action::Shock(Shock::FieldChange));
    while branch.month() < 60 {
        branch.step_month();
    }
    assert_eq!(branch.user_actions().iter().filter(|a| a.month > 21).count(), 0);
    assert_replays(&branch);
}
