//! The article's "Doen!" actions as buttons that act on the running alliance.

use yew::prelude::*;

use super::figure1::{ANY_PHASE, FIGURE1};
use super::partner_picker::PartnerPicker;
use crate::model::{Action, Intervention};

/// Properties of [`InterventionsPanel`].
#[derive(PartialEq, Properties)]
pub struct InterventionsPanelProps {
    /// Partner names with whether each is still in the alliance.
    pub partners: Vec<(String, bool)>,
    /// The current phase, whose actions are highlighted.
    pub phase: u8,
    /// Sends a model action.
    pub on_action: Callback<Action>,
}

/// Interventions grouped by the phase of Figure 1 they belong to.
#[function_component]
pub fn InterventionsPanel(props: &InterventionsPanelProps) -> Html {
    let chosen = use_state(|| 0usize);
    let button = |intervention: Intervention| {
        // Interventions that name a partner use the one chosen in the picker above.
        let intervention = match intervention {
            Intervention::ValueRoom { .. } => Intervention::ValueRoom { partner: *chosen },
            Intervention::KnowledgeSharing { .. } => Intervention::KnowledgeSharing { partner: *chosen },
            other => other,
        };
        let cb = props.on_action.clone();
        let id = format!("do-{}", intervention.label().to_lowercase().replace([' ', '\''], "-"));
        let describe = format!("{id}-hint");
        html! {
            <li>
                <button {id} class="action" title={intervention.description()} aria-describedby={describe.clone()}
                    onclick={move |_| cb.emit(Action::Intervention(intervention))}>{ intervention.label() }</button>
                <span class="visually-hidden" id={describe}>{ intervention.description() }</span>
            </li>
        }
    };
    html! {
        <section class="panel" aria-labelledby="interventions-title">
            <h2 id="interventions-title">{ "Interventions (Doen!)" }</h2>
            <p class="note">{ "Each acts from the start of the next month and costs some effort that month." }</p>
            <PartnerPicker id="intervention-partner" label="Partner for 'Room for a core value' and 'Knowledge sharing'"
                partners={props.partners.clone()} chosen={chosen.clone()} />
            { for FIGURE1.iter().map(|row| {
                let current = row.phase == props.phase;
                html! {
                    <div class={classes!("action-group", current.then_some("current"))}>
                        <h3>{ format!("Phase {}{}", row.phase, if current { " (now)" } else { "" }) }</h3>
                        <ul class="buttons">
                            { for row.todo.iter().flat_map(|(_, list)| list.iter().copied()).map(button) }
                        </ul>
                    </div>
                }
            }) }
            <div class="action-group">
                <h3>{ "Any phase" }</h3>
                <ul class="buttons">{ for ANY_PHASE.iter().copied().map(button) }</ul>
            </div>
        </section>
    }
}
