//! Fixtures shared by the test modules: the series CSV of a run, the CLI as a child process,
//! temporary scenario files, and a comparison of two texts that names the first line where
//! they differ.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use alliance_lab::export::series_csv;
use alliance_lab::simulation::Simulation;

/// The monthly series of a run as the CLI and the browser export it. Floats are written
/// as their shortest round-trip text, so equal CSV means bit-identical numbers.
pub fn series_of(sim: &Simulation) -> String {
    let names: Vec<String> = sim.params().partners.iter().map(|p| p.name.clone()).collect();
    series_csv(sim.history(), &names)
}

/// Panics unless `actual` equals `expected` line by line, naming the first line that
/// differs (numbered from 1) rather than printing two whole files.
#[track_caller]
pub fn assert_same_lines(what: &str, expected: &str, actual: &str) {
    if let Some(difference) = first_difference(expected, actual) {
        panic!("{what}: {difference}");
    }
}

/// Where two texts first differ, readably: the line number and both lines, or which text
/// has lines the other lacks. `None` when they are equal line by line.
pub fn first_difference(expected: &str, actual: &str) -> Option<String> {
    let (mut want, mut got) = (expected.lines(), actual.lines());
    for line in 1.. {
        match (want.next(), got.next()) {
            (None, None) => return None,
            (Some(w), Some(g)) if w == g => continue,
            (Some(w), Some(g)) => return Some(format!("line {line} differs:\nexpected: {w}\n  actual: {g}")),
            (Some(w), None) => return Some(format!("line {line} is missing:\nexpected: {w}")),
            (None, Some(g)) => return Some(format!("line {line} is extra:\n  actual: {g}")),
        }
    }
    unreachable!("the loop returns at the end of both texts")
}

/// The CLI built for these tests, ready for arguments and redirections.
pub fn cli_command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_alliance-lab"));
    command.args(args);
    command
}

/// Runs the CLI to the end and captures its output.
pub fn cli(args: &[&str]) -> Output {
    cli_command(args).output().expect("the CLI starts")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A file in the system's temporary folder with the given contents, removed when dropped.
pub struct TempFile(PathBuf);

impl TempFile {
    pub fn new(contents: impl AsRef<[u8]>) -> TempFile {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("alliance-lab-test-{}-{n}.toml", std::process::id()));
        std::fs::write(&path, contents).expect("write a temporary file");
        TempFile(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The path as a command-line argument.
    pub fn arg(&self) -> &str {
        self.0.to_str().expect("a UTF-8 temporary path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn the_first_difference_names_the_line_and_both_texts() {
    assert_eq!(first_difference("a\nb\n", "a\nb"), None);
    assert_eq!(
        first_difference("a\nb", "a\nc").as_deref(),
        Some("line 2 differs:\nexpected: b\n  actual: c")
    );
    assert_eq!(first_difference("a\nb", "a").as_deref(), Some("line 2 is missing:\nexpected: b"));
    assert_eq!(first_difference("a", "a\nc").as_deref(), Some("line 2 is extra:\n  actual: c"));
}

/// Every Rust source file under `dir` (relative to the crate), in its sub-folders too, so that
/// a rule about a layer's sources also holds for the modules split into folders.
pub fn rust_files(dir: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
