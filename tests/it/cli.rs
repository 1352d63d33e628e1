//! The command-line contract other tools rely on: subcommands, column and field names, and
//! user errors reported as one message with exit status 2, never a panic.

use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_alliance-lab")).args(args).output().expect("the CLI starts")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scenario file in the system's temporary folder, removed when dropped.
struct TempScenario(std::path::PathBuf);

impl TempScenario {
    fn new(text: &str) -> TempScenario {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("alliance-lab-cli-{}-{n}.toml", std::process::id()));
        std::fs::write(&path, text).expect("write a temporary scenario");
        TempScenario(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temporary path")
    }
}

impl Drop for TempScenario {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn help_lists_every_subcommand() {
    let out = cli(&["--help"]);
    assert!(out.status.success());
    for command in ["validate", "run", "ensemble", "facts"] {
        assert!(stdout(&out).contains(command), "--help does not mention {command}");
    }
}

#[test]
fn every_preset_validates() {
    for entry in std::fs::read_dir("scenarios").expect("the scenarios folder") {
        let path = entry.expect("a directory entry").path();
        let out = cli(&["validate", path.to_str().expect("a UTF-8 path")]);
        assert_eq!(stdout(&out).trim(), "ok", "{}: {}", path.display(), stderr(&out));
    }
}

#[test]
fn validate_names_every_bad_field_and_exits_2() {
    let file = TempScenario::new("title = \"x\"\n[[partners]]\nname = \"A\"\nsize = 1.7\n");
    let out = cli(&["validate", file.path()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("partners[0].size: must be between 0 and 1, not 1.7"), "{err}");
    assert!(err.contains("partners:"), "the partner count is reported too: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn malformed_files_and_missing_files_are_user_errors() {
    let file = TempScenario::new("title = \"x\"\npartners = [\n");
    for args in [vec!["validate", file.path()], vec!["run", "/no/such/scenario.toml"]] {
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
        let out = Command::new(env!("CARGO_BIN_EXE_alliance-lab"))
            .args(["ensemble", "scenarios/default.toml", "--runs", "40", "--json"])
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
