//! The native command-line interface: validate scenarios, run them, run ensembles, sweeps and
//! screenings, and print the stylized-fact table. User errors print one message to stderr and
//! exit with status 2.

#[cfg(not(target_arch = "wasm32"))]
mod commands;
#[cfg(not(target_arch = "wasm32"))]
mod screen;
#[cfg(not(target_arch = "wasm32"))]
mod sweep;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    commands::main()
}

// The CLI needs a terminal and a file system; on wasm32 this binary exists only because one
// Cargo package builds both targets, so it does nothing there.
#[cfg(target_arch = "wasm32")]
fn main() {}
