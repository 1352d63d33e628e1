//! Turns the preset scenarios (`scenarios/*.toml`, commented for people who read and edit
//! them) into JSON at build time, so that the ensemble worker needs no TOML parser at all
//! and the page reads its presets with the much faster JSON reader at start. The crate
//! checks that each JSON preset reads as the same scenario as its TOML file
//! (`scenario::tests`), so the two forms cannot drift apart.

use std::path::Path;

/// The presets, in the order the app lists them; `src/scenario.rs` embeds the same files.
const PRESETS: &[&str] = &[
    "default",
    "similar_three",
    "diverse_eight",
    "conflict_start",
    "controlling_coordinator",
    "turbulent_field",
];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for stem in PRESETS {
        let source = format!("scenarios/{stem}.toml");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
        let json = serde_json::to_string(&value).unwrap_or_else(|e| panic!("{source}: {e}"));
        let target = Path::new(&out_dir).join(format!("{stem}.json"));
        std::fs::write(&target, json).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
    println!("cargo::rerun-if-changed=build.rs");
}
