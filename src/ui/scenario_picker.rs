//! The preset picker: every scenario in `scenarios/`, embedded at build time, with its title
//! and description.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::Preset;

/// Properties of [`ScenarioPicker`].
#[derive(PartialEq, Properties)]
pub struct ScenarioPickerProps {
    /// Every embedded preset.
    pub presets: Rc<Vec<Preset>>,
    /// Index of the chosen preset.
    pub chosen: usize,
    /// Loads a preset and restarts.
    pub on_select: Callback<usize>,
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
    let chosen = props.presets.get(props.chosen).and_then(|p| p.scenario.as_ref().ok());
    html! {
        <section class="panel scenario" aria-labelledby="scenario-title">
            <h2 id="scenario-title">{ "Scenario" }</h2>
            <div class="field">
                <label for="preset">{ "Preset" }</label>
                <select id="preset" {onchange}>
                    { for props.presets.iter().enumerate().map(|(i, p)| {
                        let title = match &p.scenario {
                            Ok(s) => s.title.clone(),
                            Err(_) => format!("{} (does not load)", p.stem),
                        };
                        html! { <option value={i.to_string()} selected={i == props.chosen}>{ title }</option> }
                    }) }
                </select>
            </div>
            if let Some(s) = chosen {
                <p class="description">{ s.description.clone() }</p>
            }
            <p class="hint">{ "Choosing a preset restarts it; Reset returns to month 0 of the scenario with your edits." }</p>
        </section>
    }
}
