//! Turns the scenarios the app ships (`scenarios/*.toml`: the model's presets, and
//! `scenarios/cases/*.toml`: the article's cases), commented for people who read and edit
//! them, into JSON at build time, so that the ensemble worker needs no TOML parser at all and
//! the page reads its presets with the much faster JSON reader at start. It also writes the
//! list of them (`presets.rs`, included by `src/scenario.rs`), so that the order below is the
//! only place that names them. The crate checks that each JSON preset reads as the same
//! scenario as its TOML file (`scenario::tests`), so the two forms cannot drift apart.

use std::fmt::Write as _;
use std::path::Path;

/// The model's presets, in the order the app lists them.
const PRESETS: &[&str] = &[
    "default",
    "similar_three",
    "diverse_eight",
    "conflict_start",
    "controlling_coordinator",
    "turbulent_field",
];

/// The article's cases (`scenarios/cases/`), in the order the article tells them.
const CASES: &[&str] = &[
    "unheard_value",
    "formats_backfire",
    "draining_start",
    "social_media_expert",
    "youth_strength",
    "over_organised",
    "funding_round",
    "field_visit",
    "competitors",
    "should_not_exist",
];

/// The guided lessons (`lessons/`), in the order the app lists them.
const LESSONS: &[&str] = &["three_phases", "trust_and_control", "coordinator_or_chair", "waterline"];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let files = PRESETS
        .iter()
        .map(|stem| (*stem, format!("scenarios/{stem}.toml")))
        .chain(CASES.iter().map(|stem| (*stem, format!("scenarios/cases/{stem}.toml"))));
    let (toml_list, json_list) = convert(files, &out_dir, &manifest, "");
    let list = format!(
        "/// Every scenario the app ships as (file stem, TOML text): the model's presets, then the \
         article's cases from [`FIRST_CASE`] on.\n\
         pub const PRESETS: &[(&str, &str)] = &[\n{toml_list}];\n\n\
         /// Every shipped scenario as JSON, in the order of [`PRESETS`].\n\
         pub const PRESETS_JSON: &[(&str, &str)] = &[\n{json_list}];\n\n\
         /// Index in [`PRESETS`] of the first of the article's cases.\n\
         pub const FIRST_CASE: usize = {};\n",
        PRESETS.len()
    );
    let target = Path::new(&out_dir).join("presets.rs");
    std::fs::write(&target, list).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    write_lessons(&out_dir, &manifest);
    println!("cargo::rerun-if-changed=build.rs");
}

/// Converts each (stem, TOML file) to `OUT_DIR/{prefix}{stem}.json` and returns the Rust
/// array items that embed the TOML files and the JSON files.
fn convert(
    files: impl Iterator<Item = (&'static str, String)>,
    out_dir: &str,
    manifest: &str,
    prefix: &str,
) -> (String, String) {
    let mut toml_list = String::new();
    let mut json_list = String::new();
    for (stem, source) in files {
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
        let json = serde_json::to_string(&value).unwrap_or_else(|e| panic!("{source}: {e}"));
        let target = Path::new(out_dir).join(format!("{prefix}{stem}.json"));
        std::fs::write(&target, json).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        let toml_path = Path::new(manifest).join(&source);
        writeln!(toml_list, "    ({stem:?}, include_str!({:?})),", toml_path.display()).unwrap();
        writeln!(json_list, "    ({stem:?}, include_str!({:?})),", target.display()).unwrap();
    }
    (toml_list, json_list)
}

/// Writes the lessons as JSON and their list (`lessons.rs`, included by `src/lessons.rs`).
fn write_lessons(out_dir: &str, manifest: &str) {
    let files = LESSONS.iter().map(|stem| (*stem, format!("lessons/{stem}.toml")));
    let (toml_list, json_list) = convert(files, out_dir, manifest, "lesson-");
    let list = format!(
        "/// Every shipped lesson as (file stem, TOML text), in the order the app lists them.\n\
         pub const LESSONS: &[(&str, &str)] = &[\n{toml_list}];\n\n\
         /// Every shipped lesson as JSON, in the order of [`LESSONS`].\n\
         pub const LESSONS_JSON: &[(&str, &str)] = &[\n{json_list}];\n"
    );
    let target = Path::new(out_dir).join("lessons.rs");
    std::fs::write(&target, list).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}
