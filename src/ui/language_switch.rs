//! The language switch in the top bar: English or Dutch, for the whole page.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::texts::use_tr;
use crate::i18n::Lang;

/// Properties of [`LanguageSwitch`].
#[derive(PartialEq, Properties)]
pub struct LanguageSwitchProps {
    /// Switches the page to a language.
    pub on_change: Callback<Lang>,
}

/// The switch.
#[function_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let tr = use_tr();
    let onchange = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::parse(&select.value()) {
                cb.emit(lang);
            }
        })
    };
    html! {
        <label class="language-switch">
            <span class="visually-hidden">{ tr.get("language-label") }</span>
            <select id="lang" {onchange}>
                { for Lang::ALL.into_iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l == tr.lang()}>{ l.name() }</option>
                }) }
            </select>
        </label>
    }
}
