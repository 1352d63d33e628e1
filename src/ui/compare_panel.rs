//! Compare mode: runs A and B share the scenario and seed and advance in lockstep; the user
//! chooses where each action goes, and the panel shows B − A and both phase bands.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::diff_chart::DiffChart;
use super::phase_bands::PhaseBands;
use super::state::{SimHandle, Target};

/// Properties of [`ComparePanel`].
#[derive(PartialEq, Properties)]
pub struct ComparePanelProps {
    /// Run A.
    pub a: SimHandle,
    /// Run B.
    pub b: SimHandle,
    /// The revision of both runs.
    pub revision: u64,
    /// Where user actions go.
    pub target: Target,
    /// Chooses where user actions go.
    pub on_target: Callback<Target>,
}

/// The target choice, the difference chart and the two phase bands.
#[function_component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let option = |target: Target, id: &'static str, label: &'static str| {
        let on_target = props.on_target.clone();
        let onchange = Callback::from(move |e: Event| {
            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                on_target.emit(target);
            }
        });
        html! {
            <label class="check" for={id}>
                <input type="radio" name="target" {id} checked={props.target == target} {onchange} />
                { label }
            </label>
        }
    };
    let actions = |sim: &SimHandle| {
        let sim = sim.borrow();
        let labels: Vec<String> = sim
            .user_actions()
            .iter()
            .map(|a| format!("month {} {}", a.month, a.action.label().to_lowercase()))
            .collect();
        if labels.is_empty() {
            "none besides the plan".to_string()
        } else {
            labels.join(", ")
        }
    };
    html! {
        <section class="panel compare" id="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{ "Compare A and B: same scenario, same seed" }</h2>
            <p class="hint">
                { "A and B start alike and take every step together; only what you change differs. \
                   The charts further down draw A as solid lines and B as dotted lines in the same colours; \
                   the network and the phase panel show run A." }
            </p>
            <fieldset class="targets">
                <legend>{ "Your actions (style, control level, interventions, shocks) go to" }</legend>
                { option(Target::A, "target-a", "A only") }
                { option(Target::B, "target-b", "B only") }
                { option(Target::Both, "target-both", "A and B") }
            </fieldset>
            <dl class="readout">
                <div><dt>{ "Actions in A" }</dt><dd id="actions-a">{ actions(&props.a) }</dd></div>
                <div><dt>{ "Actions in B" }</dt><dd id="actions-b">{ actions(&props.b) }</dd></div>
            </dl>
            <DiffChart a={props.a.clone()} b={props.b.clone()} revision={props.revision} />
            <PhaseBands a={props.a.clone()} b={props.b.clone()} revision={props.revision} />
        </section>
    }
}
