//! The governance the draft scenario starts with: control, organisation and decision clarity
//! in month 0. Like the partner cards, the values apply at the next Reset.

use std::rc::Rc;

use yew::prelude::*;

use super::slider::Slider;
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
    let slider = |id: &'static str,
                  label: &'static str,
                  hint: &'static str,
                  value: f64,
                  set: fn(&mut Governance, f64)| {
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
            <legend>{ "Governance at the start (month 0)" }</legend>
            { slider("start-control", "Control: trust (0) to control (1)",
                "The governance control level the alliance starts with; the live slider above changes it during a run.",
                g.control, |g, v| g.control = v) }
            { slider("start-organisation", "Organisation: rules and procedures in force",
                "Too few rules for the situation breed misunderstanding; too many make co-operation a chore.",
                g.organisation, |g, v| g.organisation = v) }
            { slider("start-decision-clarity", "Decision clarity: who decides, and where a dispute goes",
                "How clear decision-making and escalation lines are at the start. Unclear lines let conflict linger and make shocks hit harder.",
                g.decision_clarity, |g, v| g.decision_clarity = v) }
        </fieldset>
    }
}
