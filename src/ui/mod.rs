//! The web user interface: Yew function components, one per file, compiled only for wasm32.
//!
//! Components only read model output and send [`state::Action`]s; the model itself lives in
//! [`crate::model`] and knows nothing of the page.

mod app;
mod browser;
mod chart_figure;
mod chart_frame;
mod compare_panel;
mod debrief;
mod diff_chart;
mod ensemble_job;
mod ensemble_panel;
mod ensemble_tables;
mod event_log;
mod event_texts;
mod fan_chart;
mod figure1;
mod frame;
mod governance_panel;
mod interventions_panel;
mod labels;
mod language_switch;
mod lesson_list;
mod lesson_panel;
mod line_chart;
mod model_dialog;
mod network_draw;
mod network_view;
mod notice;
mod panic_banner;
mod partner_card;
mod partner_editor;
mod partner_picker;
mod phase_area;
mod phase_bands;
mod phase_panel;
mod plan_panel;
mod png_button;
mod pool_start;
mod reader;
mod run_controls;
mod run_switch;
mod scenario_picker;
mod series;
mod settings;
mod share_panel;
mod shocks_panel;
mod shown;
mod slider;
mod start_governance;
mod state;
mod teaching_points;
mod term;
mod texts;
mod timeline;
mod worker_pool;

pub use app::App;

/// Mounts the app on the page body in place of the loading placeholder. A panic shows an
/// error banner with a reset button instead of leaving a dead page.
pub fn start() {
    panic_banner::install();
    // The page's static placeholder (www/index.html) stood in while the module loaded.
    if let Some(loading) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("loading"))
    {
        loading.remove();
    }
    yew::Renderer::<App>::new().render();
}
