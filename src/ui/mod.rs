//! The web user interface: Yew function components, one per file, compiled only for wasm32.
//!
//! Components only read model output and send [`state::Action`]s; the model itself lives in
//! [`crate::model`] and knows nothing of the page.

mod app;
mod line_chart;
mod panic_banner;
mod run_controls;
mod series;
mod state;

pub use app::App;

/// Mounts the app on the page body. A panic shows an error banner with a reset button
/// instead of leaving a dead page.
pub fn start() {
    panic_banner::install();
    yew::Renderer::<App>::new().render();
}
