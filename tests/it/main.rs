//! The native integration tests, as one test binary so that the crate is linked once (as
//! ripgrep does). Each module says in its first line what belongs there. The browser tests
//! (`tests/browser.rs`) stay a binary of their own because they build only for wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod cli;
mod compositions;
mod corpus;
mod expectations;
mod facts;
mod fuzz;
mod graded;
mod i18n;
mod lessons;
mod mechanisms;
mod model;
mod palette;
mod properties;
mod replay;
mod reproducibility;
mod scenario_errors;
mod share;
mod support;
mod sweep;
mod validation;
