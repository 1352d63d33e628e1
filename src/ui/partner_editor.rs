//! The partner cards of the draft scenario, with adding and removing partners, the governance
//! it starts with, and the scenario's validation messages.

use std::rc::Rc;

use yew::prelude::*;

use super::partner_card::PartnerCard;
use super::start_governance::StartGovernance;
use super::term::Term;
use crate::scenario::{Expertise, PartnerSpec, Scenario, Values};

/// The UI keeps alliances between these sizes; scenario files may hold more partners.
pub const MIN_PARTNERS: usize = 2;
/// The largest alliance the cards let a user build.
pub const MAX_PARTNERS: usize = 20;

/// Properties of [`PartnerEditor`].
#[derive(PartialEq, Properties)]
pub struct PartnerEditorProps {
    /// The scenario being edited.
    pub draft: Rc<Scenario>,
    /// Whether the draft differs from the running scenario.
    pub pending: bool,
    /// Receives the edited scenario.
    pub on_edit: Callback<Scenario>,
    /// Throws the edits away.
    pub on_revert: Callback<()>,
}

/// A new partner with the scenario defaults and a name not yet in use.
fn new_partner(draft: &Scenario) -> PartnerSpec {
    let name = (draft.partners.len() + 1..)
        .map(|k| format!("Partner {k}"))
        .find(|n| draft.partners.iter().all(|p| &p.name != n))
        .unwrap_or_default();
    PartnerSpec {
        name,
        size: 0.5,
        values: Values::default(),
        long_term: 0.6,
        expertise: Expertise::default(),
        quality: 0.6,
        competitiveness: 0.3,
        dependency: 0.5,
        commitment: 0.7,
    }
}

/// The partner section: one card per partner.
#[function_component]
pub fn PartnerEditor(props: &PartnerEditorProps) -> Html {
    let errors = props.draft.validate().err().map(|e| e.errors).unwrap_or_default();
    let on_card = use_callback(
        (props.draft.clone(), props.on_edit.clone()),
        |(i, p): (usize, PartnerSpec), (draft, cb)| {
            let mut s = (**draft).clone();
            if let Some(slot) = s.partners.get_mut(i) {
                *slot = p;
                cb.emit(s);
            }
        },
    );
    let on_remove = use_callback((props.draft.clone(), props.on_edit.clone()), |i: usize, (draft, cb)| {
        let mut s = (**draft).clone();
        if s.partners.len() > MIN_PARTNERS && i < s.partners.len() {
            s.remove_partner(i);
            cb.emit(s);
        }
    });
    let on_add = {
        let (draft, cb) = (props.draft.clone(), props.on_edit.clone());
        Callback::from(move |_| {
            let mut s = (*draft).clone();
            s.partners.push(new_partner(&s));
            cb.emit(s);
        })
    };
    let on_revert = {
        let cb = props.on_revert.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let count = props.draft.partners.len();
    let general: Vec<String> =
        errors.iter().filter(|e| !e.path.starts_with("partners[")).map(ToString::to_string).collect();
    html! {
        <section class="panel partners" aria-labelledby="partners-title">
            <h2 id="partners-title">{ format!("Partners ({count})") }</h2>
            <p class={classes!("note", props.pending.then_some("pending"))} role="status">
                { if props.pending { "You have edits: they apply at the next Reset." } else { "Changes to partners, seed and horizon apply at the next Reset." } }
            </p>
            if !general.is_empty() {
                <ul class="field-error" id="scenario-errors">{ for general.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
            }
            <StartGovernance draft={props.draft.clone()} on_edit={props.on_edit.clone()} />
            <p class="note term-legend" id="partner-terms">
                { "What the sliders mean: " }
                <Term name="size">{ "size" }</Term>{ ", " }
                <Term name="orientation">{ "values" }</Term>{ ", " }
                <Term name="expertise">{ "expertise" }</Term>{ ", " }
                <Term name="quality">{ "professionalism" }</Term>{ ", " }
                <Term name="competitiveness">{ "competitiveness" }</Term>{ ", " }
                <Term name="dependency">{ "dependency" }</Term>{ ", and the own organisation's " }
                <Term name="constituency">{ "constituency" }</Term>{ "." }
            </p>
            <div class="partner-grid">
                { for props.draft.partners.iter().enumerate().map(|(i, p)| {
                    let prefix = format!("partners[{i}].");
                    let mine: Vec<(String, String)> = errors
                        .iter()
                        .filter_map(|e| e.path.strip_prefix(&prefix).map(|f| (f.to_string(), e.message.clone())))
                        .collect();
                    html! {
                        <PartnerCard key={i} index={i} partner={p.clone()} errors={mine} removable={count > MIN_PARTNERS}
                            on_change={on_card.clone()} on_remove={on_remove.clone()} />
                    }
                }) }
            </div>
            <div class="row">
                <button id="add-partner" onclick={on_add} disabled={count >= MAX_PARTNERS}>{ "Add partner" }</button>
                <button class="secondary" id="revert" onclick={on_revert}>{ "Undo edits (back to the preset)" }</button>
            </div>
        </section>
    }
}
