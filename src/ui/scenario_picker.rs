//! The preset picker: every scenario in `scenarios/` (the model's presets, then the article's
//! cases), embedded at build time, with its title, description, and for a case its learning
//! goal and teaching point.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::Preset;
use crate::scenario::FIRST_CASE;

/// Properties of [`ScenarioPicker`].
#[derive(PartialEq, Properties)]
pub struct ScenarioPickerProps {
    /// Every embedded preset.
    pub presets: Rc<Vec<Preset>>,
    /// Index of the chosen preset.
    pub chosen: usize,
    /// Loads a preset and restarts.
    pub on_select: Callback<usize>,
    /// The title of the scenario being run, which may come from a link or a file.
    pub title: AttrValue,
    /// Its description.
    pub description: AttrValue,
    /// Its learning goal, empty when it states none.
    pub goal: AttrValue,
    /// Its teaching point, empty when it states none.
    pub point: AttrValue,
}

/// The scenario section.
#[function_component]
pub fn ScenarioPicker(props: &ScenarioPickerProps) -> Html {
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
    // a preset's title, else as an entry of its own, and always with its own description.
    let is_preset = |p: &Preset| p.scenario.as_ref().is_ok_and(|s| s.title == props.title.as_str());
    let chosen_is_run = props.presets.get(props.chosen).is_some_and(is_preset);
    let opened = !props.presets.iter().any(is_preset);
    let option = |(i, p): (usize, &Preset)| {
        let title = match &p.scenario {
            Ok(s) => s.title.clone(),
            Err(_) => format!("{} (does not load)", p.stem),
        };
        let selected = if chosen_is_run { i == props.chosen } else { is_preset(p) && !opened };
        html! { <option value={i.to_string()} {selected}>{ title }</option> }
    };
    html! {
        <section class="panel scenario" aria-labelledby="scenario-title">
            <h2 id="scenario-title">{ "Scenario" }</h2>
            <div class="field">
                <label for="preset">{ "Preset" }</label>
                <select id="preset" {onchange}>
                    <optgroup label="Model presets">
                        { for props.presets.iter().enumerate().take(FIRST_CASE).map(option) }
                    </optgroup>
                    <optgroup label="Cases from the article">
                        { for props.presets.iter().enumerate().skip(FIRST_CASE).map(option) }
                    </optgroup>
                    if opened {
                        <option value="" selected=true disabled=true>{ format!("{} (opened from a link or file)", props.title) }</option>
                    }
                </select>
            </div>
            <p class="description" id="scenario-description">{ props.description.clone() }</p>
            if !props.goal.is_empty() {
                <p class="scenario-goal" id="scenario-goal"><strong>{ "Learning goal: " }</strong>{ props.goal.clone() }</p>
            }
            if !props.point.is_empty() {
                <p class="scenario-point" id="scenario-point"><strong>{ "Teaching point: " }</strong>{ props.point.clone() }</p>
            }
            <p class="hint">{ "Choosing a preset restarts it; Reset returns to month 0 of the scenario with your edits." }</p>
        </section>
    }
}
