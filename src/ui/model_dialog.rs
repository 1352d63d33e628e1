//! "How the model works": a dialog explaining each mechanism and the article's concepts in
//! plain words, so a student can understand what the page shows, and the glossary of every
//! term with its Dutch term.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::texts::{use_tr, Tr};
use crate::glossary::GLOSSARY;
use crate::i18n::Lang;

/// Properties of [`ModelDialog`].
#[derive(PartialEq, Properties)]
pub struct ModelDialogProps {
    /// Closes the dialog.
    pub on_close: Callback<()>,
}

/// The explanations in the page's language: a heading and a paragraph each. They describe the
/// rules of `src/model/` in a trainer's words; the numbers are the defaults of
/// `model::Coefficients`.
fn sections(tr: &Tr) -> [(String, String); 17] {
    [
        (tr.get("model-dialog-alliance-title"), tr.get("model-dialog-alliance-text")),
        (tr.get("model-dialog-partners-title"), tr.get("model-dialog-partners-text")),
        (tr.get("model-dialog-people-title"), tr.get("model-dialog-people-text")),
        (tr.get("model-dialog-waterline-title"), tr.get("model-dialog-waterline-text")),
        (tr.get("model-dialog-trust-title"), tr.get("model-dialog-trust-text")),
        (tr.get("model-dialog-conflict-title"), tr.get("model-dialog-conflict-text")),
        (tr.get("model-dialog-size-title"), tr.get("model-dialog-size-text")),
        (tr.get("model-dialog-constituency-title"), tr.get("model-dialog-constituency-text")),
        (tr.get("model-dialog-phases-title"), tr.get("model-dialog-phases-text")),
        (tr.get("model-dialog-trust-control-title"), tr.get("model-dialog-trust-control-text")),
        (tr.get("model-dialog-proportionality-title"), tr.get("model-dialog-proportionality-text")),
        (tr.get("model-dialog-lead-partner-title"), tr.get("model-dialog-lead-partner-text")),
        (tr.get("model-dialog-decision-clarity-title"), tr.get("model-dialog-decision-clarity-text")),
        (tr.get("model-dialog-interventions-title"), tr.get("model-dialog-interventions-text")),
        (tr.get("model-dialog-turbulence-title"), tr.get("model-dialog-turbulence-text")),
        (tr.get("model-dialog-added-value-title"), tr.get("model-dialog-added-value-text")),
        (tr.get("model-dialog-leaving-title"), tr.get("model-dialog-leaving-text")),
    ]
}

/// The article's Dutch word in brackets after a term, marked as Dutch for screen readers; on a
/// Dutch page (`word` is `None`) the term already is the article's word.
fn dutch_beside(word: Option<&str>) -> Html {
    match word {
        Some(word) => html! { <span lang="nl">{ format!(" ({word})") }</span> },
        None => Html::default(),
    }
}

/// A modal dialog; Escape or the close button closes it, and focus starts on its heading.
#[function_component]
pub fn ModelDialog(props: &ModelDialogProps) -> Html {
    let tr = use_tr();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
            // The page behind the dialog does not scroll while it is open.
            let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
            if let Some(root) = &root {
                let _ = root.set_attribute("data-dialog-open", "");
            }
            move || {
                if let Some(root) = root {
                    let _ = root.remove_attribute("data-dialog-open");
                }
            }
        });
    }
    let onkeydown = {
        let cb = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                cb.emit(());
            }
        })
    };
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let backdrop = {
        let cb = props.on_close.clone();
        Callback::from(move |e: MouseEvent| {
            // Only a click on the backdrop itself closes; clicks inside the dialog bubble here too.
            let on_backdrop = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.get_attribute("class").as_deref() == Some("backdrop"));
            if on_backdrop {
                cb.emit(());
            }
        })
    };
    html! {
        <div class="backdrop" onclick={backdrop} {onkeydown}>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="model-title" id="model-dialog">
                <div class="dialog-header">
                    <h2 id="model-title" tabindex="-1" ref={heading}>{ tr.get("model-dialog-title") }</h2>
                    <button id="close-model" onclick={close}>{ tr.get("model-dialog-close") }</button>
                </div>
                { for sections(&tr).into_iter().map(|(title, text)| html! {
                    <section><h3>{ title }</h3><p>{ text }</p></section>
                }) }
                <section id="glossary" aria-labelledby="glossary-title">
                    <h3 id="glossary-title">
                        { tr.get("model-dialog-glossary-title") }
                        { dutch_beside((tr.lang() == Lang::En).then_some("woordenlijst")) }
                    </h3>
                    <p>{ tr.get("model-dialog-glossary-intro") }</p>
                    <dl class="glossary">
                        { for GLOSSARY.iter().map(|e| html! {
                            <div id={format!("glossary-{}", e.key)}>
                                <dt>{ e.term_in(&tr) }{ dutch_beside(e.dutch_beside(tr.lang())) }</dt>
                                <dd>{ e.meaning_in(&tr) }</dd>
                            </div>
                        }) }
                    </dl>
                </section>
            </div>
        </div>
    }
}
