//! The governance the draft scenario starts with: control, organisation and decision clarity
//! in month 0. Like the partner cards, the values apply at the next Reset.

use std::rc::Rc;

use yew::prelude::*;

use super::slider::Slider;
use super::texts::use_tr;
use crate::scenario::{Governance, Scenario};

/// Properties of [`StartGovernance`].
#[derive(PartialEq, Properties)]
pub struct StartGovernanceProps {
    /// The scenario being edited.
    pub draft: Rc<Scenario>,
    /// Receives the edited scenario.
    pub on_edit: Callback<Scenario>,
}

/// Three sliders for the starting governance of the draft.
#[function_component]
pub fn StartGovernance(props: &StartGovernanceProps) -> Html {
    let tr = use_tr();
    let slider =
        |id: &'static str, label: String, hint: String, value: f64, set: fn(&mut Governance, f64)| {
            let (draft, cb) = (props.draft.clone(), props.on_edit.clone());
            let on_change = Callback::from(move |v: f64| {
                let mut s = (*draft).clone();
                set(&mut s.governance, v);
                cb.emit(s);
            });
            html! { <Slider {id} {label} {value} hint={Some(AttrValue::from(hint))} {on_change} /> }
        };
    let g = &props.draft.governance;
    html! {
        <fieldset class="start-governance" id="start-governance">
            <legend>{ tr.get("start-governance-legend") }</legend>
            { slider("start-control", tr.get("start-governance-control"), tr.get("start-governance-control-hint"),
                g.control, |g, v| g.control = v) }
            { slider("start-organisation", tr.get("start-governance-organisation"),
                tr.get("start-governance-organisation-hint"), g.organisation, |g, v| g.organisation = v) }
            { slider("start-decision-clarity", tr.get("start-governance-clarity"),
                tr.get("start-governance-clarity-hint"), g.decision_clarity, |g, v| g.decision_clarity = v) }
        </fieldset>
    }
}
