//! The preset picker: every scenario in `scenarios/` (the model's presets, then the article's
//! cases), embedded at build time, with its title, description, and for a case its learning
//! goal and teaching point.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::Preset;
use super::texts::use_tr;
use crate::scenario::{Scenario, FIRST_CASE};

/// Properties of [`ScenarioPicker`].
#[derive(PartialEq, Properties)]
pub struct ScenarioPickerProps {
    /// Every embedded preset.
    pub presets: Rc<Vec<Preset>>,
    /// Index of the chosen preset.
    pub chosen: usize,
    /// Loads a preset and restarts.
    pub on_select: Callback<usize>,
    /// The scenario being run, which may come from a link or a file.
    pub scenario: Rc<Scenario>,
}

/// The scenario section.
#[function_component]
pub fn ScenarioPicker(props: &ScenarioPickerProps) -> Html {
    let tr = use_tr();
    let lang = tr.lang();
    let onchange = {
        let cb = props.on_select.clone();
        Callback::from(move |e: Event| {
            let select: HtmlInputElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse() {
                cb.emit(i);
            }
        })
    };
    // A scenario opened from a link or a file is shown as itself: as its preset when it has
    // a preset's title, else as an entry of its own, and always with its own description. The
    // English title identifies it, as it does in links and files; the page shows the title in
    // its own language.
    let scenario = &props.scenario;
    let is_preset = |p: &Preset| p.scenario.as_ref().is_ok_and(|s| s.title == scenario.title);
    let chosen_is_run = props.presets.get(props.chosen).is_some_and(is_preset);
    let opened = !props.presets.iter().any(is_preset);
    let option = |(i, p): (usize, &Preset)| {
        let title = match &p.scenario {
            Ok(s) => s.title_in(lang).to_string(),
            Err(_) => tr.with("scenario-does-not-load", &[("name", p.stem)]),
        };
        let selected = if chosen_is_run { i == props.chosen } else { is_preset(p) && !opened };
        html! { <option value={i.to_string()} {selected}>{ title }</option> }
    };
    html! {
        <section class="panel scenario" aria-labelledby="scenario-title">
            <h2 id="scenario-title">{ tr.get("scenario-heading") }</h2>
            <div class="field">
                <label for="preset">{ tr.get("scenario-preset-label") }</label>
                <select id="preset" {onchange}>
                    <optgroup label={tr.get("scenario-group-presets")}>
                        { for props.presets.iter().enumerate().take(FIRST_CASE).map(option) }
                    </optgroup>
                    <optgroup label={tr.get("scenario-group-cases")}>
                        { for props.presets.iter().enumerate().skip(FIRST_CASE).map(option) }
                    </optgroup>
                    if opened {
                        <option value="" selected=true disabled=true>{ tr.with("scenario-opened", &[("title", scenario.title_in(lang))]) }</option>
                    }
                </select>
            </div>
            <p class="description" id="scenario-description">{ scenario.description_in(lang).to_string() }</p>
            if !scenario.goal.is_empty() {
                <p class="scenario-goal" id="scenario-goal">
                    <strong>{ tr.get("scenario-goal-label") }</strong>{ scenario.goal_in(lang).to_string() }
                </p>
            }
            if !scenario.point.is_empty() {
                <p class="scenario-point" id="scenario-point">
                    <strong>{ tr.get("scenario-point-label") }</strong>{ scenario.point_in(lang).to_string() }
                </p>
            }
            <p class="hint">{ tr.get("scenario-hint") }</p>
        </section>
    }
}
