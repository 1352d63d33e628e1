//! Tests that run inside wasm in headless Chromium (`wasm-bindgen-test-runner` under
//! chromedriver): the model reproduces the native numbers, and the app mounts and responds.
#![cfg(target_arch = "wasm32")]

use alliance_lab::export::series_csv;
use alliance_lab::model::Simulation;
use alliance_lab::scenario::Scenario;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Recorded natively by `tests/reproducibility.rs`.
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
