//! Alliance Lab: an agent-based simulation of alliance dynamics.
//!
//! Partner organisations that differ in size, values, expertise, quality and
//! competitiveness work together in an alliance. The model follows the article
//! "Hoe alliantiepartners hun onderlinge verschillen productief kunnen maken"
//! (Dorien de Wit): three phases, trust versus control, coordination styles,
//! interventions and shocks.
//!
//! - [`model`] is the pure core: no I/O, no UI, deterministic for a scenario and seed; it
//!   knows nothing of scenario files.
//! - [`simulation`] drives the model for a scenario month by month and records the user's
//!   actions, so that every run can be written back as a scenario that replays it.
//! - [`scenario`] turns scenario files (TOML or JSON) into validated parameters.
//! - [`ensemble`] runs many seeds and summarises them; [`facts`] holds the stylized-fact
//!   experiments; [`export`] writes runs as CSV; [`numbers`] writes numbers as the page shows
//!   them; [`glossary`] explains every term in plain words with the article's Dutch term;
//!   [`lessons`] reads the guided lessons.
//! - [`sweep`] expands a parameter grid and formats its rows; [`screening`] is the Morris
//!   elementary-effects design and its statistics.
//! - [`share`] packs a scenario into a share link and reads it back; [`worker_protocol`] is
//!   the message format between the page and the ensemble Web Worker.
//!
//! The web user interface lives in `ui` and is only compiled for `wasm32`.

pub mod ensemble;
pub mod expectations;
pub mod export;
pub mod facts;
pub mod glossary;
pub mod i18n;
pub mod lessons;
pub mod model;
pub mod numbers;
pub mod palette;
pub mod reader_protocol;
pub mod scenario;
pub mod screening;
pub mod share;
pub mod simulation;
pub mod sweep;
pub mod worker_protocol;

#[cfg(target_arch = "wasm32")]
pub mod ui;
