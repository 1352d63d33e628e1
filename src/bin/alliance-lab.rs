//! The native command-line interface. User errors print one message to stderr and exit 2.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use alliance_lab::scenario::Scenario;
    use clap::{Parser, Subcommand};

    /// Alliance Lab: simulate how alliance partners make their differences productive.
    #[derive(Parser)]
    #[command(name = "alliance-lab", version, about)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Check a scenario file; prints `ok` or every problem with its field path.
        Validate {
            /// Scenario file (TOML or JSON).
            scenario: PathBuf,
        },
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        match run(cli) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        }
    }

    fn run(cli: Cli) -> Result<(), String> {
        match cli.command {
            Command::Validate { scenario } => {
                load(&scenario)?;
                println!("ok");
                Ok(())
            }
        }
    }

    fn load(path: &PathBuf) -> Result<Scenario, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Scenario::parse(&text).map_err(|e| format!("{} is not a valid scenario:\n{e}", path.display()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

// The CLI needs a terminal and a file system; on wasm32 this binary exists only because one
// Cargo package builds both targets, so it does nothing there.
#[cfg(target_arch = "wasm32")]
fn main() {}
