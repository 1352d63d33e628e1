//! Tests that run inside wasm in headless Chromium (`wasm-bindgen-test-runner` under
//! chromedriver): the model reproduces the native numbers, and the app mounts and responds.
#![cfg(target_arch = "wasm32")]

use alliance_lab::export::series_csv;
use alliance_lab::scenario::Scenario;
use alliance_lab::simulation::Simulation;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Recorded natively by `tests/it/reproducibility.rs`.
const GOLDEN: &str = include_str!("golden/default.csv");

#[wasm_bindgen_test]
fn the_model_in_wasm_gives_the_native_numbers_for_the_same_seed() {
    let scenario = Scenario::default_preset();
    let mut sim = Simulation::new(&scenario);
    sim.run_to_end();
    let names: Vec<String> = scenario.partners.iter().map(|p| p.name.clone()).collect();
    let actual = series_csv(sim.history(), &names);
    for (line, (want, got)) in GOLDEN.lines().zip(actual.lines()).enumerate() {
        assert_eq!(want, got, "line {} differs from the native run", line + 1);
    }
    assert_eq!(GOLDEN.lines().count(), actual.lines().count());
}

/// Lets Yew's scheduler render pending updates.
async fn settle() {
    TimeoutFuture::new(20).await;
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

fn click(root: &web_sys::Element, selector: &str) {
    let element = root.query_selector(selector).ok().flatten().expect("element exists");
    element.dyn_into::<web_sys::HtmlElement>().expect("an HTML element").click();
}

#[wasm_bindgen_test]
async fn the_app_mounts_at_month_zero_and_step_advances_one_month() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("appended");
    yew::Renderer::<alliance_lab::ui::App>::with_root(root.clone()).render();
    settle().await;
    assert!(text_of(&root, "#month").starts_with("Month 0 of"), "{}", text_of(&root, "#month"));
    click(&root, "#step");
    settle().await;
    assert!(text_of(&root, "#month").starts_with("Month 1 of"), "{}", text_of(&root, "#month"));
}

/// Mounts a fresh app in its own element and lets it render.
async fn mount() -> web_sys::Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("appended");
    yew::Renderer::<alliance_lab::ui::App>::with_root(root.clone()).render();
    settle().await;
    root
}

/// Types `value` into a field (or picks it in a select) and fires the event Yew listens to.
async fn enter(root: &web_sys::Element, selector: &str, value: &str, event: &str) {
    let element = root.query_selector(selector).ok().flatten().expect("field exists");
    // Inputs and selects share the `value` property, which the binding reaches by name.
    element.clone().unchecked_into::<web_sys::HtmlInputElement>().set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let e = web_sys::Event::new_with_event_init_dict(event, &init).expect("an event");
    element.dispatch_event(&e).expect("dispatched");
    settle().await;
}

#[wasm_bindgen_test]
async fn an_edited_partner_name_waits_for_reset_and_is_used_after_it() {
    let root = mount().await;
    enter(&root, "#p0-name", "Renamed", "input").await;
    assert!(
        text_of(&root, ".partners .note").contains("next Reset"),
        "{}",
        text_of(&root, ".partners .note")
    );
    assert!(!text_of(&root, ".chips").contains("Renamed"), "the run still uses the old name");
    click(&root, "#reset");
    settle().await;
    assert!(text_of(&root, ".chips").contains("Renamed"), "{}", text_of(&root, ".chips"));
}

#[wasm_bindgen_test]
async fn bad_seed_and_horizon_show_messages_instead_of_panicking() {
    let root = mount().await;
    enter(&root, "#seed", "not a number", "input").await;
    assert!(text_of(&root, "#seed-error").contains("whole number"), "{}", text_of(&root, "#seed-error"));
    enter(&root, "#horizon", "0", "input").await;
    assert!(text_of(&root, "#horizon-error").contains("1 to 600"), "{}", text_of(&root, "#horizon-error"));
    enter(&root, "#seed", "12", "input").await;
    assert!(root.query_selector("#seed-error").ok().flatten().is_none());
}

#[wasm_bindgen_test]
async fn a_shock_is_queued_then_logged_and_a_style_switch_reaches_the_network() {
    let root = mount().await;
    click(&root, "#shock-field-change");
    settle().await;
    assert!(text_of(&root, ".queued").contains("Field change"), "{}", text_of(&root, ".queued"));
    enter(&root, "#style", "chair", "change").await;
    click(&root, "#step");
    settle().await;
    assert!(text_of(&root, "#events").contains("Field change"), "{}", text_of(&root, "#events"));
    assert!(
        text_of(&root, "#network-summary").contains("independent chair"),
        "{}",
        text_of(&root, "#network-summary")
    );
}

#[wasm_bindgen_test]
async fn an_empty_partner_name_is_a_field_message_and_reset_keeps_the_valid_scenario() {
    let root = mount().await;
    enter(&root, "#p1-name", "", "input").await;
    assert!(text_of(&root, ".partner-card:nth-child(2)").contains("must not be empty"));
    click(&root, "#reset");
    settle().await;
    assert!(text_of(&root, "#notice").contains("problem"), "{}", text_of(&root, "#notice"));
    assert!(text_of(&root, "#month").starts_with("Month 0 of"));
}

#[wasm_bindgen_test]
async fn compare_mode_steps_a_and_b_together_and_sends_actions_to_the_chosen_run() {
    let root = mount().await;
    click(&root, "#compare-toggle");
    settle().await;
    assert!(root.query_selector("#compare").ok().flatten().is_some(), "the compare panel shows");
    click(&root, "#target-b");
    settle().await;
    enter(&root, "#style", "chair", "change").await;
    click(&root, "#step");
    click(&root, "#step");
    settle().await;
    assert!(text_of(&root, "#month").starts_with("Month 2 of"), "{}", text_of(&root, "#month"));
    assert!(text_of(&root, "#actions-b").contains("chair"), "{}", text_of(&root, "#actions-b"));
    assert_eq!(text_of(&root, "#actions-a"), "none besides the plan");
    assert!(
        text_of(&root, "#diff-values").starts_with("Month 2, B − A:"),
        "{}",
        text_of(&root, "#diff-values")
    );
    click(&root, "#compare-toggle");
    settle().await;
    assert!(root.query_selector("#compare").ok().flatten().is_none(), "compare mode ends");
}

#[wasm_bindgen_test]
async fn an_out_of_range_run_count_is_a_message_and_disables_the_ensemble() {
    let root = mount().await;
    enter(&root, "#ensemble-runs", "0", "input").await;
    assert!(
        text_of(&root, "#ensemble-runs-error").contains("1 to 5,000"),
        "{}",
        text_of(&root, "#ensemble-runs-error")
    );
    let run = root.query_selector("#ensemble-run").ok().flatten().expect("the button exists");
    assert!(run.has_attribute("disabled"), "Run ensemble is disabled");
    enter(&root, "#ensemble-runs", "300", "input").await;
    assert!(root.query_selector("#ensemble-runs-error").ok().flatten().is_none());
}
