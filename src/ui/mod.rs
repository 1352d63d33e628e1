//! The web user interface: Yew function components, one per file, compiled only for wasm32.
//!
//! Components only read model output and send [`state::Action`]s; the model itself lives in
//! [`crate::model`] and knows nothing of the page.

mod app;
mod event_log;
mod figure1;
mod frame;
mod governance_panel;
mod interventions_panel;
mod line_chart;
mod model_dialog;
mod network_draw;
mod network_view;
mod panic_banner;
mod partner_card;
mod partner_editor;
mod phase_panel;
mod run_controls;
mod scenario_picker;
mod series;
mod shocks_panel;
mod slider;
mod state;
mod timeline;

pub use app::App;

/// Mounts the app on the page body. A panic shows an error banner with a reset button
/// instead of leaving a dead page.
pub fn start() {
    panic_banner::install();
    yew::Renderer::<App>::new().render();
}
