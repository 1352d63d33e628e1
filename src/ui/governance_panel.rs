//! Coordination style and the trust-control balance, both live during a run, with a readout
//! of the two uncertainties, the control level that fits them (De Man 2006) and how clear
//! decision-making and escalation lines are.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::labels::{intervention_label, style_description};
use super::slider::Slider;
use super::state::Target;
use super::term::Term;
use super::texts::{use_tr, Tr};
use crate::model::{Action, CoordinationStyle, Intervention};

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
    /// In compare mode, the run the actions go to, whose settings the panel shows (A's when
    /// they go to both).
    #[prop_or_default]
    pub run: Option<Target>,
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

/// What the decision clarity readout means for a trainer; when it is low, it names the
/// intervention that helps.
fn clarity_advice(tr: &Tr, clarity: f64) -> String {
    if clarity < 0.4 {
        let action = intervention_label(tr, &Intervention::ClarifyDecisions);
        tr.with("governance-clarity-low", &[("action", &action)])
    } else if clarity < 0.7 {
        tr.get("governance-clarity-partial")
    } else {
        tr.get("governance-clarity-high")
    }
}

/// The governance panel.
#[function_component]
pub fn GovernancePanel(props: &GovernancePanelProps) -> Html {
    let tr = use_tr();
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
        tr.get("governance-advice-over")
    } else if gap < -0.15 {
        tr.get("governance-advice-under")
    } else {
        tr.get("governance-advice-fits")
    };
    let description = style_description(&tr, &props.style);
    html! {
        <section class="panel" aria-labelledby="governance-title">
            <h2 id="governance-title">{ tr.get("governance-title") }</h2>
            <p class="note">{ tr.get("governance-note") }</p>
            if let Some(run) = props.run {
                <p class="note" id="governance-run">
                    { match run {
                        Target::A => tr.get("governance-run-a"),
                        Target::B => tr.get("governance-run-b"),
                        Target::Both => tr.get("governance-run-both"),
                    } }
                </p>
            }
            <div class="field" data-action="set_style">
                <label for="style">{ tr.get("governance-style-label") }</label>
                <select id="style" onchange={on_style} title={description.clone()}>
                    { option("none".into(), tr.get("governance-style-none"), false) }
                    { option("chair".into(), tr.get("governance-style-chair"), false) }
                    <optgroup label={tr.get("governance-style-lead-group")}>
                        { for props.partners.iter().enumerate().map(|(i, (name, active))| {
                            option(format!("lead-{i}"), tr.with("governance-style-lead", &[("partner", name)]), !active)
                        }) }
                    </optgroup>
                    <optgroup label={tr.get("governance-style-coordinator-group")}>
                        { for props.partners.iter().enumerate().map(|(i, (name, active))| {
                            option(format!("coordinator-{i}"), tr.with("governance-style-coordinator", &[("partner", name)]), !active)
                        }) }
                    </optgroup>
                </select>
                <p class="hint">{ description }</p>
                <p class="note term-legend">
                    { format!("{} ", tr.get("governance-roles")) }
                    <Term name="independent-chair">{ tr.get("governance-role-chair") }</Term>{ ", " }
                    <Term name="lead-partner">{ tr.get("governance-role-lead") }</Term>{ ", " }
                    <Term name="controlling-coordinator">{ tr.get("governance-role-coordinator") }</Term>{ "." }
                </p>
            </div>
            <Slider id="control" action="set_control" label={tr.get("governance-control-label")} term="control" value={props.control} on_release=true
                hint={Some(AttrValue::from(tr.get("governance-control-hint")))}
                on_change={on_control} />
            <dl class="readout governance-readout" aria-live="off">
                <div>
                    <dt><Term name="relational-uncertainty">{ tr.get("governance-relational") }</Term></dt>
                    <dd>{ tr.level(props.relational) }</dd>
                </div>
                <div>
                    <dt><Term name="field-uncertainty">{ tr.get("governance-field") }</Term></dt>
                    <dd>{ tr.level(props.field) }</dd>
                </div>
                <div><dt>{ tr.get("governance-fitting") }</dt><dd>{ tr.level(props.fitting) }</dd></div>
                <div><dt>{ tr.get("governance-control-now") }</dt><dd>{ tr.level(props.control) }</dd></div>
                <div>
                    <dt><Term name="decision-clarity">{ tr.get("governance-clarity") }</Term></dt>
                    <dd id="decision-clarity">{ tr.level(props.clarity) }</dd>
                </div>
            </dl>
            <p class="hint" id="control-advice">{ advice }</p>
            <p class="hint" id="clarity-advice">{ clarity_advice(&tr, props.clarity) }</p>
        </section>
    }
}
