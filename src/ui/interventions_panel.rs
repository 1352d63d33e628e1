//! The article's "Doen!" actions as buttons that act on the running alliance.

use yew::prelude::*;

use super::figure1::{fit_text, id_slug, short_name, ANY_PHASE, FIGURE1};
use super::partner_picker::PartnerPicker;
use crate::model::{Action, Intervention, DISSOLVED};
use crate::scenario::ActionName;

/// Properties of [`InterventionsPanel`].
#[derive(PartialEq, Properties)]
pub struct InterventionsPanelProps {
    /// Partner names with whether each is still in the alliance.
    pub partners: Vec<(String, bool)>,
    /// The current phase, whose actions are highlighted; 0 once the alliance has dissolved,
    /// when nothing is left to steer.
    pub phase: u8,
    /// Sends a model action.
    pub on_action: Callback<Action>,
}

/// Interventions grouped by the phase of Figure 1 they belong to.
#[function_component]
pub fn InterventionsPanel(props: &InterventionsPanelProps) -> Html {
    let chosen = use_state(|| 0usize);
    let dissolved = props.phase == DISSOLVED;
    let button = |intervention: Intervention| {
        // Interventions that name a partner use the one chosen in the picker above.
        let intervention = match intervention {
            Intervention::ValueRoom { .. } => Intervention::ValueRoom { partner: *chosen },
            Intervention::KnowledgeSharing { .. } => Intervention::KnowledgeSharing { partner: *chosen },
            other => other,
        };
        let cb = props.on_action.clone();
        let id = format!("do-{}", id_slug(intervention));
        let describe = format!("{id}-hint");
        let fits_now = intervention.home_phase() == Some(props.phase);
        let hint = format!(
            "{} {}{}",
            intervention.description(),
            fit_text(intervention),
            if fits_now { " It fits the phase the alliance is in now." } else { "" }
        );
        html! {
            <li>
                <button {id} class={classes!("action", fits_now.then_some("fits-now"))} title={hint.clone()}
                    data-action={ActionName::of(&Action::Intervention(intervention)).name()}
                    aria-describedby={describe.clone()} disabled={dissolved}
                    onclick={move |_| cb.emit(Action::Intervention(intervention))}>{ intervention.label() }</button>
                <span class="visually-hidden" id={describe}>{ hint }</span>
            </li>
        }
    };
    html! {
        <section class="panel" aria-labelledby="interventions-title">
            <h2 id="interventions-title">{ "Interventions (Doen!)" }</h2>
            if dissolved {
                <p class="note" id="interventions-dissolved">{ "The alliance has dissolved: there is nothing left to steer. Reset to start again." }</p>
            } else {
                <p class="note">{ "Each acts from the start of the next month and costs some effort that month. \
                    Each works best in its own phase of Figure 1; the marked ones (★) fit the phase the alliance is in now." }</p>
            }
            <PartnerPicker id="intervention-partner" label="Partner for 'Room for a core value' and 'Knowledge sharing'"
                partners={props.partners.clone()} chosen={chosen.clone()} />
            { for FIGURE1.iter().map(|row| {
                let current = row.phase == props.phase;
                html! {
                    <div class={classes!("action-group", current.then_some("current"))}>
                        <h3>{ format!("Phase {}: {}{}", row.phase, short_name(row.phase), if current { " (now)" } else { "" }) }</h3>
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
