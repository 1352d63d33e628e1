//! Compare mode: runs A and B share the scenario and seed and advance in lockstep; the user
//! chooses where each action goes, and the panel shows B − A and both phase bands.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::diff_chart::DiffChart;
use super::labels::model_action_label;
use super::phase_bands::PhaseBands;
use super::state::{SimHandle, Target};
use super::texts::use_tr;

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
    let tr = use_tr();
    let option = |target: Target, id: &'static str, label: String| {
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
            .map(|a| {
                let mut action = model_action_label(&tr, &a.action).to_lowercase();
                // The partner an action names, such as the coordinator it appoints.
                if let Some(partner) = a.action.partner().and_then(|p| sim.params().partners.get(p)) {
                    action = tr.with("event-named", &[("action", &action), ("partner", &partner.name)]);
                }
                tr.with("chart-action-in-month", &[("month", &a.month.to_string()), ("action", &action)])
            })
            .collect();
        if labels.is_empty() {
            tr.get("compare-no-actions")
        } else {
            labels.join(", ")
        }
    };
    // While nothing differs between the runs every difference is zero: the panel says what to
    // do about that rather than leaving a flat chart to be read as "it makes no difference".
    let same = {
        let (a, b) = (props.a.borrow(), props.b.borrow());
        a.scenario() == b.scenario() && a.seed() == b.seed() && a.user_actions() == b.user_actions()
    };
    html! {
        <section class="panel compare" id="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{ tr.get("compare-title") }</h2>
            <p class="hint">{ tr.get("compare-hint") }</p>
            <fieldset class="targets">
                <legend>{ tr.get("compare-targets") }</legend>
                { option(Target::A, "target-a", tr.get("compare-target-a")) }
                { option(Target::B, "target-b", tr.get("compare-target-b")) }
                { option(Target::Both, "target-both", tr.get("compare-target-both")) }
            </fieldset>
            <dl class="readout">
                <div><dt>{ tr.get("compare-actions-a") }</dt><dd id="actions-a">{ actions(&props.a) }</dd></div>
                <div><dt>{ tr.get("compare-actions-b") }</dt><dd id="actions-b">{ actions(&props.b) }</dd></div>
            </dl>
            if same {
                <p class="note prompt" id="compare-same" role="status">{ tr.get("compare-same") }</p>
            }
            <DiffChart a={props.a.clone()} b={props.b.clone()} revision={props.revision} />
            <PhaseBands a={props.a.clone()} b={props.b.clone()} revision={props.revision} />
        </section>
    }
}
