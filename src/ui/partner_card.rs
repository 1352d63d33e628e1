//! One partner organisation's card: its attributes as sliders, edited in the draft scenario.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::slider::Slider;
use super::texts::use_tr;
use crate::i18n::problems::problem_text;
use crate::scenario::{Expertise, FieldError, PartnerSpec, Values};

/// Properties of [`PartnerCard`].
#[derive(PartialEq, Properties)]
pub struct PartnerCardProps {
    /// Position of the partner in the scenario.
    pub index: usize,
    /// The partner as the draft describes it.
    pub partner: PartnerSpec,
    /// The problems of this partner's fields, with paths from the partner (`size`,
    /// `values.sustainability`).
    pub errors: Vec<FieldError>,
    /// Whether the partner may be removed (the UI keeps at least two).
    pub removable: bool,
    /// Receives the edited partner.
    pub on_change: Callback<(usize, PartnerSpec)>,
    /// Asks to remove the partner.
    pub on_remove: Callback<usize>,
}

/// Message ids of the four values' labels, in the order of [`value_mut`].
const VALUE_LABELS: [&str; 4] = [
    "partner-value-sustainability",
    "partner-value-gender-equality",
    "partner-value-empowerment",
    "partner-value-commercial",
];
/// Message ids of the seven strengths' labels, in the order of [`expertise_mut`].
const EXPERTISE_LABELS: [&str; 7] = [
    "partner-expertise-advocacy",
    "partner-expertise-youth-reach",
    "partner-expertise-knowledge-development",
    "partner-expertise-service-delivery",
    "partner-expertise-technology",
    "partner-expertise-community-work",
    "partner-expertise-business-operations",
];

fn value_mut(v: &mut Values, i: usize) -> &mut f64 {
    match i {
        0 => &mut v.sustainability,
        1 => &mut v.gender_equality,
        2 => &mut v.empowerment,
        _ => &mut v.commercial_orientation,
    }
}

fn expertise_mut(e: &mut Expertise, i: usize) -> &mut f64 {
    match i {
        0 => &mut e.advocacy,
        1 => &mut e.youth_reach,
        2 => &mut e.knowledge_development,
        3 => &mut e.service_delivery,
        4 => &mut e.technology_social_media,
        5 => &mut e.community_work,
        _ => &mut e.business_operations,
    }
}

/// A card with every attribute of one partner; edits go to the draft scenario.
#[function_component]
pub fn PartnerCard(props: &PartnerCardProps) -> Html {
    let tr = use_tr();
    let i = props.index;
    // Builds a slider that edits one number of the partner through `field`.
    let slider = |key: &str, label: String, hint: Option<String>, field: fn(&mut PartnerSpec) -> &mut f64| {
        let mut copy = props.partner.clone();
        let value = *field(&mut copy);
        let (partner, cb) = (props.partner.clone(), props.on_change.clone());
        let on_change = Callback::from(move |v: f64| {
            let mut p = partner.clone();
            *field(&mut p) = v;
            cb.emit((i, p));
        });
        html! { <Slider id={format!("p{i}-{key}")} {label} {value} hint={hint.map(AttrValue::from)} {on_change} /> }
    };
    let indexed = |key: &str, label: String, k: usize, field: fn(&mut PartnerSpec, usize) -> &mut f64| {
        let mut copy = props.partner.clone();
        let value = *field(&mut copy, k);
        let (partner, cb) = (props.partner.clone(), props.on_change.clone());
        let on_change = Callback::from(move |v: f64| {
            let mut p = partner.clone();
            *field(&mut p, k) = v;
            cb.emit((i, p));
        });
        html! { <Slider id={format!("p{i}-{key}{k}")} {label} {value} {on_change} /> }
    };
    let on_name = {
        let (partner, cb) = (props.partner.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut p = partner.clone();
            p.name = input.value();
            cb.emit((i, p));
        })
    };
    let on_remove = {
        let cb = props.on_remove.clone();
        Callback::from(move |_| cb.emit(i))
    };
    // The name's problem is shown under the name field, so it goes without the path.
    let name_error = props
        .errors
        .iter()
        .find(|e| e.path == "name")
        .map(|e| problem_text(&tr, &FieldError { path: String::new(), ..e.clone() }));
    let other_errors: Vec<String> =
        props.errors.iter().filter(|e| e.path != "name").map(|e| problem_text(&tr, e)).collect();
    let error_id = format!("p{i}-name-error");
    html! {
        <article class="partner-card" aria-labelledby={format!("p{i}-title")}>
            <header>
                <h3 id={format!("p{i}-title")} class="visually-hidden">{ tr.with("partner-heading", &[("number", &(i + 1).to_string()), ("name", &props.partner.name)]) }</h3>
                <label for={format!("p{i}-name")}>{ tr.get("partner-name") }</label>
                <input id={format!("p{i}-name")} type="text" value={props.partner.name.clone()} oninput={on_name}
                    aria-invalid={name_error.is_some().to_string()}
                    aria-describedby={name_error.as_ref().map(|_| error_id.clone())} />
                <button class="secondary" onclick={on_remove} disabled={!props.removable}
                    aria-label={tr.with("partner-remove-label", &[("name", &props.partner.name)])}>{ tr.get("partner-remove") }</button>
            </header>
            if let Some(message) = name_error {
                <p class="field-error" id={error_id}>{ message }</p>
            }
            { slider("size", tr.get("partner-size"), Some(tr.get("partner-size-hint")), |p| &mut p.size) }
            { slider("quality", tr.get("partner-quality"), Some(tr.get("partner-quality-hint")), |p| &mut p.quality) }
            { slider("competitiveness", tr.get("partner-competitiveness"), Some(tr.get("partner-competitiveness-hint")), |p| &mut p.competitiveness) }
            { slider("dependency", tr.get("partner-dependency"), Some(tr.get("partner-dependency-hint")), |p| &mut p.dependency) }
            { slider("long-term", tr.get("partner-long-term"), Some(tr.get("partner-long-term-hint")), |p| &mut p.long_term) }
            { slider("commitment", tr.get("partner-commitment"), None, |p| &mut p.commitment) }
            <details>
                <summary>{ tr.get("partner-values") }</summary>
                { for VALUE_LABELS.iter().enumerate().map(|(k, l)| indexed("value", tr.get(l), k, |p, k| value_mut(&mut p.values, k))) }
            </details>
            <details>
                <summary>{ tr.get("partner-expertise") }</summary>
                { for EXPERTISE_LABELS.iter().enumerate().map(|(k, l)| indexed("expertise", tr.get(l), k, |p, k| expertise_mut(&mut p.expertise, k))) }
            </details>
            if !other_errors.is_empty() {
                <ul class="field-error">{ for other_errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
            }
        </article>
    }
}
