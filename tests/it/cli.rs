//! The command-line contract other tools rely on: subcommands, column and field names, and
//! user errors reported as one message with exit status 2, never a panic.

use std::fs::File;
use std::process::{Output, Stdio};

use alliance_lab::scenario::Scenario;

use crate::support::{assert_same_lines, cli, cli_command, stderr, stdout, TempFile};

#[test]
fn help_lists_every_subcommand() {
    let out = cli(&["--help"]);
    assert!(out.status.success());
    for command in ["validate", "run", "ensemble", "check", "facts"] {
        assert!(stdout(&out).contains(command), "--help does not mention {command}");
    }
}

#[test]
fn every_preset_validates() {
    let files = ["scenarios", "scenarios/cases"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("a scenarios folder"))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"));
    for path in files {
        let out = cli(&["validate", path.to_str().expect("a UTF-8 path")]);
        assert_eq!(stdout(&out).trim(), "ok", "{}: {}", path.display(), stderr(&out));
    }
}

#[test]
fn validate_names_every_bad_field_and_exits_2() {
    let file = TempFile::new("title = \"x\"\n[[partners]]\nname = \"A\"\nsize = 1.7\n");
    let out = cli(&["validate", file.arg()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("partners[0].size: must be between 0 and 1, not 1.7"), "{err}");
    assert!(err.contains("partners:"), "the partner count is reported too: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn malformed_files_and_missing_files_are_user_errors() {
    let file = TempFile::new("title = \"x\"\npartners = [\n");
    for args in [vec!["validate", file.arg()], vec!["run", "/no/such/scenario.toml"]] {
        let out = cli(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).starts_with("error: "), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn run_prints_one_csv_row_per_month_with_the_named_columns() {
    let out = cli(&["run", "scenarios/default.toml", "--months", "24", "--seed", "7"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let header = text.lines().next().expect("a header");
    assert!(
        header.starts_with(
            "month,phase,trust,knowledge,shared_vision,value_alignment,conflict,commitment,delivery,\
             process_share,value,solo_value,added_value,monthly_value,monthly_solo_value"
        ),
        "{header}"
    );
    assert_eq!(text.lines().count(), 1 + 25, "header plus months 0..=24");
    let columns = header.split(',').count();
    assert!(text.lines().all(|l| l.split(',').count() == columns));
}

#[test]
fn run_as_json_has_the_series_and_the_event_log() {
    let out = cli(&["run", "scenarios/default.toml", "--format", "json", "--months", "36"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(report["series"].as_array().map(Vec::len), Some(37));
    assert!(report["events"].is_array());
}

#[test]
fn set_overrides_change_the_run_and_are_validated() {
    let base = stdout(&cli(&["run", "scenarios/default.toml", "--months", "24"]));
    let changed = stdout(&cli(&[
        "run",
        "scenarios/default.toml",
        "--months",
        "24",
        "--set",
        "governance.control=0.9",
        "--set",
        "coordination.style=independent_chair",
    ]));
    assert_ne!(base, changed);
    let out = cli(&["run", "scenarios/default.toml", "--set", "governance.control=1.7"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("governance.control: must be between 0 and 1, not 1.7"),
        "{}",
        stderr(&out)
    );
    let out = cli(&["run", "scenarios/default.toml", "--set", "governance.kontrol=0.5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("governance.kontrol"), "{}", stderr(&out));
    let out = cli(&["run", "scenarios/default.toml", "--set", "no-equals-sign"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn ensemble_json_has_the_documented_fields() {
    let out = cli(&["ensemble", "scenarios/default.toml", "--runs", "20", "--seed", "1", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    for field in [
        "runs",
        "months",
        "p_phase2",
        "p_phase3",
        "median_month_phase2",
        "median_month_phase3",
        "mean_value",
        "mean_solo_value",
        "mean_added_value",
        "p_added_value",
        "median_month_break_even",
        "mean_trust",
        "mean_conflict",
        "mean_commitment",
        "mean_delivery",
        "mean_process_share",
        "p_regression",
        "p_dissolved",
        "mean_exits",
    ] {
        assert!(summary.get(field).is_some(), "missing {field}");
    }
    assert_eq!(summary["runs"], 20);
}

#[test]
fn an_ensemble_is_the_same_whatever_the_thread_count() {
    let run = |threads: &str| {
        let out = cli_command(&["ensemble", "scenarios/default.toml", "--runs", "40", "--json"])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .expect("the CLI starts");
        stdout(&out)
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn a_shorter_run_drops_the_actions_planned_after_its_end() {
    let out = cli(&["run", "scenarios/default.toml", "--months", "2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1 + 3);
}

#[test]
fn overrides_that_belong_together_are_validated_together() {
    let out = cli(&[
        "run",
        "scenarios/default.toml",
        "--months",
        "12",
        "--set",
        "coordination.style=controlling_coordinator",
        "--set",
        "coordination.coordinator=1",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_run_in_another_process_prints_the_recorded_series() {
    let out = cli(&["run", "scenarios/default.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let golden = std::fs::read_to_string("tests/golden/default.csv").expect("the recorded series");
    assert_same_lines(
        "alliance-lab run scenarios/default.toml against tests/golden/default.csv",
        &golden,
        &stdout(&out),
    );
}

/// Every subcommand with arguments that make it print something, quickly; `--help` too.
const PRINTING: [&[&str]; 9] = [
    &["--help"],
    &["validate", "scenarios/default.toml"],
    &["run", "scenarios/default.toml", "--months", "3"],
    &["run", "scenarios/default.toml", "--months", "3", "--format", "json"],
    &["ensemble", "scenarios/default.toml", "--runs", "2", "--months", "3"],
    &["ensemble", "scenarios/default.toml", "--runs", "2", "--months", "3", "--json"],
    &["facts", "--runs", "10"],
    &["sweep", "scenarios/default.toml", "--vary", "governance.control=0.3:0.5:0.2", "--runs", "2"],
    &["screen", "scenarios/default.toml", "--trajectories", "2", "--runs", "2"],
];

/// Runs the CLI with its standard output sent to `out`, capturing standard error.
fn cli_into(args: &[&str], out: impl Into<Stdio>) -> Output {
    cli_command(args).stdout(out).stderr(Stdio::piped()).output().expect("the CLI starts")
}

#[test]
fn every_subcommand_reports_a_full_disk_in_one_line_and_exits_2() {
    for args in PRINTING {
        let full = File::options().write(true).open("/dev/full").expect("/dev/full");
        let out = cli_into(args, full);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert_eq!(
            stderr(&out),
            "error: cannot write the output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
}

#[test]
fn every_subcommand_ends_quietly_when_the_reader_has_gone() {
    for args in PRINTING {
        // The reading end is closed before the CLI starts, so its first write meets EPIPE.
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let out = cli_into(args, writer);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}

#[test]
fn an_ensemble_whose_seeds_would_pass_the_largest_seed_names_the_flag_and_the_largest_start() {
    let out = cli(&["ensemble", "scenarios/default.toml", "--runs", "10", "--seed", "18446744073709551610"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: --seed 18446744073709551610 with --runs 10: the seeds would pass the largest seed, \
         18446744073709551615; use --seed 18446744073709551605 or lower\n"
    );
    let last = cli(&[
        "ensemble",
        "scenarios/default.toml",
        "--runs",
        "10",
        "--months",
        "3",
        "--seed",
        "18446744073709551605",
    ]);
    assert!(last.status.success(), "{}", stderr(&last));
    assert!(
        stdout(&last).contains("(seeds 18446744073709551605..18446744073709551615)"),
        "{}",
        stdout(&last)
    );

    let out =
        cli(&["ensemble", "scenarios/default.toml", "--runs", "3", "--set", "seed=18446744073709551614"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: --set seed=18446744073709551614 with --runs 3:"),
        "{}",
        stderr(&out)
    );

    // JSON holds any u64, so a file can ask for such a seed too.
    let mut scenario = Scenario::default_preset();
    scenario.seed = u64::MAX;
    // Without the preset's teaching points, whose paired seeds would not fit after it either.
    scenario.expect.clear();
    let file = TempFile::new(serde_json::to_string(&scenario).expect("JSON"));
    let out = cli(&["ensemble", file.arg(), "--runs", "1"]);
    assert_eq!(out.status.code(), Some(2));
    let expected = format!("error: {}: seed = 18446744073709551615 with --runs 1:", file.path().display());
    assert!(stderr(&out).starts_with(&expected), "{}", stderr(&out));
}

#[test]
fn check_prints_every_teaching_point_and_exits_1_when_one_does_not_hold() {
    let out = cli(&["check", "scenarios/controlling_coordinator.toml", "scenarios/default.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("PASS  The steering conversation restores delivery"), "{text}");
    assert!(text.trim_end().ends_with("4 of 4 expectations hold"), "{text}");
    let preset = std::fs::read_to_string("scenarios/default.toml").expect("the preset");
    let wrong = preset.replace("direction = \"lower\"", "direction = \"higher\"");
    let file = TempFile::new(wrong);
    let out = cli(&["check", file.arg()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains("FAIL  Getting to know each other first"), "{}", stdout(&out));
    let json = cli(&["check", "--json", file.arg()]);
    let reports: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(reports[0]["outcomes"][0]["holds"], false);
    assert_eq!(reports[0]["outcomes"][1]["holds"], true);
}

#[test]
fn check_reports_a_bad_expectation_at_its_place_and_exits_2() {
    let preset = std::fs::read_to_string("scenarios/default.toml").expect("the preset");
    let file = TempFile::new(preset.replace("min_effect = 12", "min_effect = -12"));
    let out = cli(&["check", file.arg()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("expect[0].min_effect: must be 0 or more"), "{}", stderr(&out));
}
