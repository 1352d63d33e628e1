//! Sensitivity analysis: sweep grids and their shards, the Morris screening design and its
//! statistics, and the `sweep` and `screen` commands end to end.

use std::process::{Command, Output};

use alliance_lab::scenario::Scenario;
use alliance_lab::screening::{
    elementary_effects, factors, inert, random_trajectories, Effects, FactorKind, Levels, Radius, Screening,
};
use alliance_lab::sweep::{fields_in_order, format_value, Grid, Shard, Vary};
use serde_json::Value;

fn vary(text: &str) -> Vary {
    text.parse().expect("a valid --vary")
}

fn grid(varies: &[&str]) -> Grid {
    let varies: Vec<Vary> = varies.iter().map(|v| vary(v)).collect();
    Grid::new(&Scenario::default_preset(), &varies).expect("a valid grid")
}

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_alliance-lab")).args(args).output().expect("the CLI starts")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_float_step_reaches_to_exactly_and_prints_as_written() {
    let values = vary("governance.control=0:1:0.1").values();
    let printed: Vec<String> = values.iter().map(|&v| format_value(v)).collect();
    assert_eq!(printed, ["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"]);
    assert_eq!(values[3], 0.3, "0.1·3 is 0.30000000000000004 unless rounded");
    assert_eq!(values[10], 1.0);
}

#[test]
fn grid_values_do_not_accumulate_error_over_many_steps() {
    let values = vary("x=0:100:0.1").values();
    assert_eq!(values.len(), 1001);
    for (i, v) in values.iter().enumerate() {
        assert_eq!(*v, format!("{:.1}", i as f64 / 10.0).parse::<f64>().unwrap(), "point {i}");
    }
}

#[test]
fn a_range_that_is_not_a_whole_number_of_steps_stops_before_to() {
    assert_eq!(vary("x=0:1:0.3").values(), [0.0, 0.3, 0.6, 0.9]);
    assert_eq!(vary("x=0.2:0.5:0.3").values(), [0.2, 0.5]);
    assert_eq!(vary("x=0.5:0.5:0.1").values(), [0.5], "FROM = TO is one point");
}

#[test]
fn values_print_with_at_most_six_decimals() {
    assert_eq!(format_value(1.0 / 3.0), "0.333333");
    assert_eq!(format_value(-0.0000001), "0");
    assert_eq!(format_value(12.5), "12.5");
}

#[test]
fn two_parameters_make_a_row_major_grid() {
    let g = grid(&["governance.control=0:1:0.5", "partners[*].size=0.2:0.4:0.2"]);
    assert_eq!(g.len(), 6);
    let points: Vec<Vec<f64>> = (0..g.len()).map(|i| g.point(i)).collect();
    assert_eq!(
        points,
        [[0.0, 0.2], [0.0, 0.4], [0.5, 0.2], [0.5, 0.4], [1.0, 0.2], [1.0, 0.4]].map(|p| p.to_vec())
    );
}

#[test]
fn every_partner_path_sets_the_field_of_every_partner() {
    let g = grid(&["partners[*].competitiveness=0.1:0.7:0.6"]);
    let base = Scenario::default_preset();
    let last = g.scenario(&base, 1).expect("a valid point");
    assert!(last.partners.iter().all(|p| p.competitiveness == 0.7));
    assert_eq!(last.partners.len(), base.partners.len());
}

#[test]
fn the_shards_together_run_every_grid_point_once() {
    let g = grid(&["governance.control=0:1:0.1", "environment.turbulence=0:0.1:0.05"]);
    for count in 1..=7 {
        let mut seen: Vec<usize> = (1..=count).flat_map(|index| g.indices(Shard { index, count })).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..g.len()).collect::<Vec<_>>(), "{count} shards");
    }
    let only_first: Vec<bool> = (1..=3).map(|index| Shard { index, count: 3 }.writes_header()).collect();
    assert_eq!(only_first, [true, false, false]);
}

#[test]
fn malformed_shards_and_ranges_say_what_is_wrong() {
    for (input, message) in
        [("0/3", "1 <= K <= N"), ("4/3", "1 <= K <= N"), ("2", "expected K/N"), ("a/3", "K in K/N")]
    {
        let error = input.parse::<Shard>().expect_err(input);
        assert_eq!(error.at, format!("--shard {input}"));
        assert!(error.message.contains(message), "{input}: {error}");
    }
    for (input, message) in [
        ("governance.control=1:0:0.1", "FROM 1 is larger than TO 0"),
        ("governance.control=0:1:0", "STEP 0 must be positive"),
        ("governance.control=0:1:-0.1", "must be positive"),
        ("governance.control=0:1", "expected PATH=FROM:TO:STEP"),
        ("governance.control=0:x:0.1", "TO 'x' is not a number"),
    ] {
        let error = input.parse::<Vary>().expect_err(input);
        assert!(error.to_string().contains(message), "{input}: {error}");
    }
}

#[test]
fn fields_come_out_in_their_declared_order() {
    #[derive(serde::Serialize)]
    struct Late {
        zeta: u8,
        alpha: Option<f64>,
    }
    let fields = fields_in_order(&Late { zeta: 1, alpha: None }).expect("serialisable");
    assert_eq!(fields, [("zeta".to_string(), Value::from(1)), ("alpha".to_string(), Value::Null)]);
}

/// y = 3·x0 + 0·x1 + x2²: a linear input, an inert one and a curved one.
fn known(x: &[f64]) -> f64 {
    3.0 * x[0] + x[2] * x[2]
}

#[test]
fn morris_finds_the_linear_slope_and_the_inert_input() {
    let levels: Levels = "4".parse().expect("4 levels");
    let trajectories = random_trajectories(3, levels, 20, 7);
    let outputs: Vec<Vec<f64>> =
        trajectories.iter().map(|t| t.points.iter().map(|x| known(x)).collect()).collect();
    let stats: Vec<Effects> =
        elementary_effects(&trajectories, &outputs).iter().map(|e| Effects::of(e)).collect();
    assert!((stats[0].mu_star - 3.0).abs() < 1e-9 && (stats[0].mu - 3.0).abs() < 1e-9, "{:?}", stats[0]);
    assert!(stats[0].sigma < 1e-9, "a linear input has one slope: {:?}", stats[0]);
    assert_eq!(stats[1], Effects { mu_star: 0.0, mu: 0.0, sigma: 0.0 });
    // x² moves by Δ = 2/3 from 0 or 1/3: slopes 2/3 or 4/3, so its σ is not zero.
    assert!(stats[2].mu_star > 0.6 && stats[2].mu_star < 1.4 && stats[2].sigma > 0.0, "{:?}", stats[2]);
    assert_eq!(inert(&[stats]), [1]);
}

#[test]
fn each_trajectory_moves_every_factor_once_by_delta_on_the_level_grid() {
    let levels: Levels = "6".parse().expect("6 levels");
    for t in random_trajectories(5, levels, 10, 3) {
        assert_eq!(t.points.len(), 6);
        let mut moved = t.order.clone();
        moved.sort_unstable();
        assert_eq!(moved, [0, 1, 2, 3, 4]);
        for (j, &f) in t.order.iter().enumerate() {
            assert!(((t.points[j + 1][f] - t.points[j][f]).abs() - levels.delta()).abs() < 1e-12);
            assert!(t.points[j + 1].iter().all(|x| (0.0..=1.0 + 1e-12).contains(x)));
        }
    }
}

#[test]
fn the_design_is_fixed_by_its_seed() {
    let levels: Levels = "4".parse().expect("4 levels");
    assert_eq!(random_trajectories(8, levels, 5, 11), random_trajectories(8, levels, 5, 11));
    assert_ne!(random_trajectories(8, levels, 5, 11), random_trajectories(8, levels, 5, 12));
}

#[test]
fn levels_must_be_even() {
    for bad in ["3", "0", "22", "four"] {
        assert!(bad.parse::<Levels>().is_err(), "{bad}");
    }
}

#[test]
fn screening_finds_every_level_of_the_scenario_and_groups_the_partners() {
    let names: Vec<String> =
        factors(&Scenario::default_preset(), Radius::WHOLE).into_iter().map(|f| f.name).collect();
    for expected in [
        "environment.field_uncertainty",
        "environment.turbulence",
        "governance.control",
        "governance.organisation",
        "relations.knowledge",
        "relations.trust",
        "relations.conflict",
        "partners[*].size",
        "partners[*].size (spread)",
        "partners[*].values.sustainability",
        "partners[*].expertise.youth_reach",
        "partners[*].dependency",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("seed") || n.contains("horizon") || n.contains("coordinat")));
}

/// The design point with every factor in the middle of its range except those given.
fn scenario_with(screening: &Screening, base: &Scenario, factors: &[(&str, f64)]) -> Scenario {
    let mut point: Vec<f64> = vec![0.5; screening.factors.len()];
    for (factor, x) in factors {
        let at = screening.factors.iter().position(|f| f.name == *factor).expect("the factor is screened");
        point[at] = *x;
    }
    screening.scenario(base, &point).expect("a valid design point")
}

fn sizes(s: &Scenario) -> Vec<f64> {
    s.partners.iter().map(|p| p.size).collect()
}

#[test]
fn a_partner_level_shifts_every_partner_alike_up_to_the_bounds_at_any_spread() {
    let base = Scenario::default_preset();
    let screening = Screening::new(factors(&base, Radius::WHOLE), "4".parse().expect("4 levels"), 2, 1);
    for end in [0.0, 1.0] {
        let narrow = sizes(&scenario_with(
            &screening,
            &base,
            &[("partners[*].size", end), ("partners[*].size (spread)", 0.0)],
        ));
        assert!(narrow.iter().all(|s| (s - narrow[0]).abs() < 1e-12), "no spread, all equal: {narrow:?}");
        let moved = sizes(&scenario_with(
            &screening,
            &base,
            &[("partners[*].size", end), ("partners[*].size (spread)", 1.0)],
        ));
        let shift = moved[0] - base.partners[0].size;
        for (m, b) in moved.iter().zip(sizes(&base)) {
            assert!((m - b - shift).abs() < 1e-12, "every partner moves by {shift}: {moved:?}");
        }
        let reached = if end == 0.0 {
            moved.iter().copied().fold(1.0, f64::min)
        } else {
            moved.iter().copied().fold(0.0, f64::max)
        };
        assert!((reached - end).abs() < 1e-12, "the shift reaches {end}: {moved:?}");
    }
}

#[test]
fn a_partner_spread_scales_the_differences_at_the_same_mean() {
    let base = Scenario::default_preset();
    let screening = Screening::new(factors(&base, Radius::WHOLE), "4".parse().expect("4 levels"), 2, 1);
    let at = |scale: f64| sizes(&scenario_with(&screening, &base, &[("partners[*].size (spread)", scale)]));
    let (none, half, full) = (at(0.0), at(0.5), at(1.0));
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let m = mean(&full);
    assert!(none.iter().all(|s| (s - m).abs() < 1e-12), "scale 0 makes the partners equal: {none:?}");
    for (h, f) in half.iter().zip(&full) {
        assert!((h - m - 0.5 * (f - m)).abs() < 1e-12, "scale 0.5 halves the differences: {half:?}");
    }
    let differences = |v: &[f64]| v.iter().map(|s| s - v[0]).collect::<Vec<_>>();
    let own = differences(&sizes(&base));
    assert!(
        differences(&full).iter().zip(&own).all(|(a, b)| (a - b).abs() < 1e-12),
        "scale 1 is the scenario's"
    );
    let spread = screening.factors.iter().find(|f| f.name == "partners[*].size (spread)").expect("a spread");
    assert_eq!((spread.kind, spread.from, spread.to), (FactorKind::Spread, 0.0, 1.0));
}

#[test]
fn a_radius_keeps_every_factor_near_the_scenario() {
    let base = Scenario::default_preset();
    let radius: Radius = "0.1".parse().expect("a radius");
    for f in factors(&base, radius) {
        assert!(f.width() <= 0.2 + 1e-12, "{} moves {}", f.name, f.width());
    }
    let control =
        factors(&base, radius).into_iter().find(|f| f.name == "governance.control").expect("control");
    assert_eq!((control.from, control.to), (0.4, 0.6));
    for bad in ["0", "1.5", "x"] {
        assert!(bad.parse::<Radius>().is_err(), "{bad}");
    }
}

#[test]
fn sweep_arguments_that_cannot_work_are_one_message_and_exit_2() {
    let scenario = "scenarios/default.toml";
    for (args, message) in [
        (
            vec!["--vary", "governance.contrl=0:1:0.5"],
            "--vary governance.contrl=0:1:0.5: unknown path governance.contrl",
        ),
        (vec!["--vary", "coordination.style=0:1:0.5"], "coordination.style is not a number"),
        (vec!["--vary", "governance.control=1:0:0.5"], "FROM 1 is larger than TO 0"),
        (vec!["--vary", "governance.control=0:1:0"], "STEP 0 must be positive"),
        (vec!["--vary", "governance.control=0:1:0.00005"], "at most 10000"),
        (
            vec!["--vary", "governance.control=0:1.5:0.5"],
            "grid point 4 of 4 (governance.control=1.5): governance.control: must be between 0 and 1, not 1.5",
        ),
        (vec!["--vary", "governance.control=0:1:0.5", "--shard", "3/2"], "--shard 3/2"),
        (vec!["--vary", "partners[*].sizes=0:1:0.5"], "unknown path partners[0].sizes"),
        (vec!["--vary", "x=0:1:1", "--vary", "y=0:1:1", "--vary", "z=0:1:1"], "one or two parameters"),
        (
            vec!["--vary", "governance.control=0:1:0.5", "--seed", "18446744073709551615"],
            "use --seed 18446744073709551613 or lower",
        ),
    ] {
        let mut all = vec!["sweep", scenario, "--runs", "2"];
        all.extend(args.iter());
        let out = cli(&all);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("error: ") && err.contains(message), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} printed rows");
    }
    for (args, message) in [
        (vec!["--levels", "3"], "--levels: '3' is not an even number"),
        (vec!["--radius", "0"], "--radius: '0' is not a radius"),
        (
            vec!["--exclude", "governance.contrl"],
            "--exclude governance.contrl: no such parameter; use one of",
        ),
    ] {
        let mut all = vec!["screen", scenario];
        all.extend(args.iter());
        let out = cli(&all);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("error: ") && err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn a_sweep_row_is_the_ensemble_of_its_grid_point_and_shards_concatenate() {
    let sweep = |extra: &[&str]| {
        let mut args = vec![
            "sweep",
            "scenarios/default.toml",
            "--vary",
            "governance.control=0.3:0.5:0.2",
            "--runs",
            "20",
        ];
        args.extend(extra);
        let out = cli(&args);
        assert!(out.status.success(), "{extra:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    let whole = sweep(&[]);
    let lines: Vec<&str> = whole.lines().collect();
    assert_eq!(lines.len(), 3, "a header and two rows: {whole}");
    assert!(lines[0].starts_with("governance.control,runs,months,p_phase2,p_phase3,"), "{}", lines[0]);
    assert!(lines[1].starts_with("0.3,20,") && lines[2].starts_with("0.5,20,"), "{whole}");

    let parts = sweep(&["--shard", "1/2"]) + &sweep(&["--shard", "2/2"]);
    assert_eq!(parts, whole, "shard 1 has the header and point 0, shard 2 point 1");

    let json = sweep(&["--json"]);
    let rows: Vec<Value> =
        json.lines().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect();
    let out = cli(&[
        "ensemble",
        "scenarios/default.toml",
        "--runs",
        "20",
        "--json",
        "--set",
        "governance.control=0.5",
    ]);
    let ensemble: Value = serde_json::from_slice(&out.stdout).expect("the ensemble's JSON");
    let mut row = rows[1].as_object().expect("an object").clone();
    assert_eq!(row.remove("governance.control"), Some(Value::from(0.5)));
    assert_eq!(Value::Object(row), ensemble, "the row is the ensemble command's summary");
}

#[test]
fn a_small_screening_reports_three_tables_and_the_inert_parameters() {
    let out = cli(&[
        "screen",
        "scenarios/default.toml",
        "--trajectories",
        "2",
        "--runs",
        "5",
        "--json",
        "--exclude",
        "governance.control",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).expect("the screening's JSON");
    let outcomes = report["outcomes"].as_array().expect("outcomes");
    assert_eq!(outcomes.len(), 3);
    let factors = report["factors"].as_array().expect("factors");
    assert!(factors.iter().all(|f| f["name"] != "governance.control"), "an excluded parameter is left out");
    let factors = factors.len();
    for outcome in outcomes {
        let effects = outcome["effects"].as_array().expect("effects");
        assert_eq!(effects.len(), factors);
        let mu_star: Vec<f64> = effects.iter().map(|e| e["mu_star"].as_f64().expect("μ*")).collect();
        assert!(mu_star.windows(2).all(|w| w[0] >= w[1]), "sorted by μ*: {mu_star:?}");
    }
    assert!(report["inert"].is_array());
}
