//! The article's "Doen!" actions as buttons that act on the running alliance.

use yew::prelude::*;

use super::figure1::{fit_text, id_slug, ANY_PHASE, FIGURE1};
use super::labels::{intervention_description, intervention_label, phase_short_name};
use super::partner_picker::PartnerPicker;
use super::texts::use_tr;
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
    let tr = use_tr();
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
        let mut hint =
            format!("{} {}", intervention_description(&tr, &intervention), fit_text(&tr, intervention));
        if fits_now {
            hint = format!("{hint} {}", tr.get("interventions-fits-now"));
        }
        let name = ActionName::of(&Action::Intervention(intervention));
        html! {
            <li>
                <button {id} class={classes!("action", fits_now.then_some("fits-now"))} title={hint.clone()}
                    data-action={name.name()} data-needs-partner={name.needs_partner().then_some("")}
                    aria-describedby={describe.clone()} disabled={dissolved}
                    onclick={move |_| cb.emit(Action::Intervention(intervention))}>{ intervention_label(&tr, &intervention) }</button>
                <span class="visually-hidden" id={describe}>{ hint }</span>
            </li>
        }
    };
    let room = intervention_label(&tr, &Intervention::ValueRoom { partner: 0 });
    let sharing = intervention_label(&tr, &Intervention::KnowledgeSharing { partner: 0 });
    let partner_label = tr.with("interventions-partner-label", &[("room", &room), ("sharing", &sharing)]);
    html! {
        <section class="panel" aria-labelledby="interventions-title">
            <h2 id="interventions-title">{ tr.get("interventions-title") }</h2>
            if dissolved {
                <p class="note" id="interventions-dissolved">{ tr.get("interventions-dissolved") }</p>
            } else {
                <p class="note">{ tr.get("interventions-note") }</p>
            }
            <PartnerPicker id="intervention-partner" label={partner_label}
                partners={props.partners.clone()} chosen={chosen.clone()} />
            { for FIGURE1.iter().map(|row| {
                let current = row.phase == props.phase;
                let (phase, name) = (row.phase.to_string(), phase_short_name(&tr, row.phase));
                let heading = if current {
                    tr.with("interventions-phase-now", &[("phase", &phase), ("name", &name)])
                } else {
                    tr.with("interventions-phase", &[("phase", &phase), ("name", &name)])
                };
                html! {
                    <div class={classes!("action-group", current.then_some("current"))}>
                        <h3>{ heading }</h3>
                        <ul class="buttons">
                            { for row.todo.iter().flat_map(|list| list.iter().copied()).map(button) }
                        </ul>
                    </div>
                }
            }) }
            <div class="action-group">
                <h3>{ tr.get("interventions-any-phase") }</h3>
                <ul class="buttons">{ for ANY_PHASE.iter().copied().map(button) }</ul>
            </div>
        </section>
    }
}
