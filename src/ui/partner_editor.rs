//! The partner cards of the draft scenario, with adding and removing partners, the governance
//! it starts with, and the scenario's validation messages.

use std::rc::Rc;

use yew::prelude::*;

use super::partner_card::PartnerCard;
use super::start_governance::StartGovernance;
use super::term::Term;
use super::texts::{use_tr, Tr};
use crate::scenario::{Expertise, FieldError, PartnerSpec, Scenario, Values};

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

/// A new partner with the scenario defaults and a name not yet in use, in the page's language.
fn new_partner(draft: &Scenario, tr: &Tr) -> PartnerSpec {
    let name = (draft.partners.len() + 1..)
        .map(|k| tr.with("partners-new-name", &[("number", &k.to_string())]))
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
    let tr = use_tr();
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
        let (draft, cb, tr) = (props.draft.clone(), props.on_edit.clone(), tr.clone());
        Callback::from(move |_| {
            let mut s = (*draft).clone();
            s.partners.push(new_partner(&s, &tr));
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
            <h2 id="partners-title">{ tr.with("partners-heading", &[("count", &count.to_string())]) }</h2>
            <p class={classes!("note", props.pending.then_some("pending"))} role="status">
                { if props.pending { tr.get("partners-pending") } else { tr.get("partners-apply-at-reset") } }
            </p>
            if !general.is_empty() {
                <ul class="field-error" id="scenario-errors">{ for general.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
            }
            <StartGovernance draft={props.draft.clone()} on_edit={props.on_edit.clone()} />
            <p class="note term-legend" id="partner-terms">
                // The terms are buttons of their own, so the sentence is made of pieces; the
                // last term has words on both sides, as Dutch puts "of the own organisation"
                // after it.
                { tr.get("partners-terms-intro") }
                <Term name="size">{ tr.get("partners-term-size") }</Term>{ ", " }
                <Term name="orientation">{ tr.get("partners-term-values") }</Term>{ ", " }
                <Term name="expertise">{ tr.get("partners-term-expertise") }</Term>{ ", " }
                <Term name="quality">{ tr.get("partners-term-quality") }</Term>{ ", " }
                <Term name="competitiveness">{ tr.get("partners-term-competitiveness") }</Term>{ ", " }
                <Term name="dependency">{ tr.get("partners-term-dependency") }</Term>{ tr.get("partners-terms-before-last") }
                <Term name="constituency">{ tr.get("partners-term-constituency") }</Term>{ tr.get("partners-terms-after-last") }
            </p>
            <div class="partner-grid">
                { for props.draft.partners.iter().enumerate().map(|(i, p)| {
                    let prefix = format!("partners[{i}].");
                    let mine: Vec<FieldError> = errors
                        .iter()
                        .filter_map(|e| e.path.strip_prefix(&prefix).map(|f| FieldError { path: f.to_string(), ..e.clone() }))
                        .collect();
                    html! {
                        <PartnerCard key={i} index={i} partner={p.clone()} errors={mine} removable={count > MIN_PARTNERS}
                            on_change={on_card.clone()} on_remove={on_remove.clone()} />
                    }
                }) }
            </div>
            <div class="row">
                <button id="add-partner" onclick={on_add} disabled={count >= MAX_PARTNERS}>{ tr.get("partners-add") }</button>
                <button class="secondary" id="revert" onclick={on_revert}>{ tr.get("partners-revert") }</button>
            </div>
        </section>
    }
}
