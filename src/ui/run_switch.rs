//! The pair of buttons with which a view in compare mode shows run A or run B.

use yew::prelude::*;

use super::texts::use_tr;

/// Properties of [`RunSwitch`].
#[derive(PartialEq, Properties)]
pub struct RunSwitchProps {
    /// The start of the buttons' ids: `{prefix}-show-a` and `{prefix}-show-b`.
    pub prefix: &'static str,
    /// The message id of the group's accessible name, which says what the switch chooses for.
    pub label: &'static str,
    /// Whether run B is shown; the buttons set it.
    pub show_b: UseStateHandle<bool>,
}

/// "Show run A" and "Show run B", the one pressed that is shown.
#[function_component]
pub fn RunSwitch(props: &RunSwitchProps) -> Html {
    let tr = use_tr();
    let show = |b: bool| {
        let s = props.show_b.clone();
        Callback::from(move |_: MouseEvent| s.set(b))
    };
    html! {
        <div class="row run-switch" role="group" aria-label={tr.get(props.label)}>
            <button id={format!("{}-show-a", props.prefix)} class="secondary" aria-pressed={(!*props.show_b).to_string()}
                onclick={show(false)}>{ tr.get("network-show-a") }</button>
            <button id={format!("{}-show-b", props.prefix)} class="secondary" aria-pressed={props.show_b.to_string()}
                onclick={show(true)}>{ tr.get("network-show-b") }</button>
        </div>
    }
}
