//! Coordination style and the trust-control balance, both live during a run, with a readout
//! of the two uncertainties, the control level that fits them (De Man 2006) and how clear
//! decision-making and escalation lines are.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::slider::Slider;
use super::term::Term;
use crate::model::{Action, CoordinationStyle};
use crate::numbers::level;

/// Properties of [`GovernancePanel`].
#[derive(PartialEq, Properties)]
pub struct GovernancePanelProps {
    /// The style in force, or the one just asked for.
    pub style: CoordinationStyle,
    /// The control level in force, or the one just asked for.
    pub control: f64,
    /// Partner names with whether each is still in the alliance.
    pub partners: Vec<(String, bool)>,
    /// Relational uncertainty now.
    pub relational: f64,
    /// Field uncertainty now.
    pub field: f64,
    /// The control level that fits both uncertainties.
    pub fitting: f64,
    /// Clarity of decision-making and escalation lines now.
    pub clarity: f64,
    /// Sends a model action.
    pub on_action: Callback<Action>,
}

/// The value of the style picker for a style.
fn style_key(style: CoordinationStyle) -> String {
    match style {
        CoordinationStyle::SelfSteering => "none".into(),
        CoordinationStyle::IndependentChair => "chair".into(),
        CoordinationStyle::LeadPartner { partner } => format!("lead-{partner}"),
        CoordinationStyle::ControllingCoordinator { partner } => format!("coordinator-{partner}"),
    }
}

fn parse_style(key: &str) -> Option<CoordinationStyle> {
    match key {
        "none" => Some(CoordinationStyle::SelfSteering),
        "chair" => Some(CoordinationStyle::IndependentChair),
        _ => {
            if let Some(partner) = key.strip_prefix("lead-") {
                partner.parse().ok().map(|partner| CoordinationStyle::LeadPartner { partner })
            } else {
                let partner = key.strip_prefix("coordinator-")?.parse().ok()?;
                Some(CoordinationStyle::ControllingCoordinator { partner })
            }
        }
    }
}

/// What the decision clarity readout means for a trainer.
fn clarity_advice(clarity: f64) -> &'static str {
    if clarity < 0.4 {
        "It is unclear who decides and where a dispute goes: conflicts linger and shocks hit harder. \
         'Clarify decisions and escalation' helps."
    } else if clarity < 0.7 {
        "Decision-making is partly clear; a dispute may still have nowhere to go."
    } else {
        "Partners know who decides what and where a dispute goes: conflicts resolve sooner and shocks hit less hard."
    }
}

/// The governance panel.
#[function_component]
pub fn GovernancePanel(props: &GovernancePanelProps) -> Html {
    let on_style = {
        let cb = props.on_action.clone();
        Callback::from(move |e: Event| {
            let select: HtmlInputElement = e.target_unchecked_into();
            if let Some(style) = parse_style(&select.value()) {
                cb.emit(Action::SetStyle(style));
            }
        })
    };
    let on_control = props.on_action.reform(Action::SetControl);
    let selected = style_key(props.style);
    let option = |key: String, label: String, disabled: bool| {
        html! { <option value={key.clone()} selected={key == selected} {disabled}>{ label }</option> }
    };
    let gap = props.control - props.fitting;
    let advice = if gap > 0.15 {
        "More control than fits: it constrains energy and ownership (over-organisation)."
    } else if gap < -0.15 {
        "Less control than fits: expect uncertainty, misunderstanding and irritation (under-organisation)."
    } else {
        "The control level fits the uncertainties."
    };
    html! {
        <section class="panel" aria-labelledby="governance-title">
            <h2 id="governance-title">{ "Coordination and governance" }</h2>
            <p class="note">{ "Both settings act on the running alliance from the next month." }</p>
            <div class="field" data-action="set_style">
                <label for="style">{ "Coordination style" }</label>
                <select id="style" onchange={on_style} title={props.style.description()}>
                    { option("none".into(), "None: self-steering".into(), false) }
                    { option("chair".into(), "Independent chair (onafhankelijke voorzitter)".into(), false) }
                    <optgroup label="Lead partner (penvoerder), with agreed powers">
                        { for props.partners.iter().enumerate().map(|(i, (name, active))| {
                            option(format!("lead-{i}"), format!("Lead partner (penvoerder): {name}"), !active)
                        }) }
                    </optgroup>
                    <optgroup label="Controlling coordinator, imposing formats and checks">
                        { for props.partners.iter().enumerate().map(|(i, (name, active))| {
                            option(format!("coordinator-{i}"), format!("Controlling coordinator: {name}"), !active)
                        }) }
                    </optgroup>
                </select>
                <p class="hint">{ props.style.description() }</p>
                <p class="note term-legend">
                    { "The roles: " }<Term name="independent-chair">{ "independent chair" }</Term>{ ", " }
                    <Term name="lead-partner">{ "lead partner" }</Term>{ ", " }
                    <Term name="controlling-coordinator">{ "controlling coordinator" }</Term>{ "." }
                </p>
            </div>
            <Slider id="control" action="set_control" label="Trust ← governance → control" term="control" value={props.control} on_release=true
                hint={Some(AttrValue::from("0 is trust-based (releases energy), 1 is control-based (constrains it)."))}
                on_change={on_control} />
            <dl class="readout governance-readout" aria-live="off">
                <div>
                    <dt><Term name="relational-uncertainty">{ "Relational uncertainty" }</Term></dt>
                    <dd>{ level(props.relational) }</dd>
                </div>
                <div>
                    <dt><Term name="field-uncertainty">{ "Field uncertainty" }</Term></dt>
                    <dd>{ level(props.field) }</dd>
                </div>
                <div><dt>{ "Control that fits" }</dt><dd>{ level(props.fitting) }</dd></div>
                <div><dt>{ "Control now" }</dt><dd>{ level(props.control) }</dd></div>
                <div>
                    <dt><Term name="decision-clarity">{ "Decision clarity" }</Term></dt>
                    <dd id="decision-clarity">{ level(props.clarity) }</dd>
                </div>
            </dl>
            <p class="hint" id="control-advice">{ advice }</p>
            <p class="hint" id="clarity-advice">{ clarity_advice(props.clarity) }</p>
        </section>
    }
}
