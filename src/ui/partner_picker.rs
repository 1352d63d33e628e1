//! A labelled drop-down choosing the partner that partner-specific actions name. Partners
//! who have left the alliance stay listed, so the numbering does not shift, but cannot be
//! chosen.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`PartnerPicker`].
#[derive(PartialEq, Properties)]
pub struct PartnerPickerProps {
    /// The id of the `<select>`, which its label points to.
    pub id: AttrValue,
    /// The label text: which actions the chosen partner is for.
    pub label: AttrValue,
    /// Partner names with whether each is still in the alliance.
    pub partners: Vec<(String, bool)>,
    /// The index of the chosen partner, kept by the panel whose actions use it.
    pub chosen: UseStateHandle<usize>,
}

/// The partner drop-down.
#[function_component]
pub fn PartnerPicker(props: &PartnerPickerProps) -> Html {
    let onchange = {
        let chosen = props.chosen.clone();
        Callback::from(move |e: Event| {
            let select: HtmlInputElement = e.target_unchecked_into();
            chosen.set(select.value().parse().unwrap_or(0));
        })
    };
    let chosen = *props.chosen;
    html! {
        <div class="field partner-field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for props.partners.iter().enumerate().map(|(i, (name, active))| html! {
                    <option value={i.to_string()} selected={i == chosen} disabled={!active}>{ name }</option>
                }) }
            </select>
        </div>
    }
}
