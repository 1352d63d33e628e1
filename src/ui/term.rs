//! A term of the glossary where the page shows it: the term's text followed by a small "?"
//! button that opens its plain meaning and the article's Dutch term. The "?" is drawn by the
//! stylesheet, so that the text of whatever holds the term stays the term alone. The explanation is a
//! native popover (`popovertarget`), so that it opens by mouse, keyboard and touch alike and
//! closes with Escape or a click elsewhere, without state of ours.

use std::cell::Cell;

use yew::prelude::*;

use super::texts::use_tr;
use crate::glossary;

/// Properties of [`Term`].
#[derive(PartialEq, Properties)]
pub struct TermProps {
    /// The glossary key (`glossary::Entry::key`).
    pub name: &'static str,
    /// What the page shows for the term; nothing when the button stands beside a label.
    #[prop_or_default]
    pub children: Html,
}

thread_local! {
    /// Popovers on the page so far: the same term can be explained in several places, and
    /// each popover needs an id of its own.
    static COUNT: Cell<u32> = const { Cell::new(0) };
}

/// The term with its help button and explanation.
#[function_component]
pub fn Term(props: &TermProps) -> Html {
    let tr = use_tr();
    let id = use_memo((), |_| {
        COUNT.with(|c| {
            c.set(c.get() + 1);
            format!("term-tip-{}", c.get())
        })
    });
    let Some(entry) = glossary::entry(props.name) else {
        // A misspelt key shows its text without help; the end-to-end tests look for this mark.
        return html! { <span data-term-missing={props.name}>{ props.children.clone() }</span> };
    };
    let term = entry.term_in(&tr);
    let tip = html! {
        <div id={(*id).clone()} popover="auto" class="term-tip" role="note">
            <strong>{ term.clone() }</strong>
            if let Some(dutch) = entry.dutch_beside(tr.lang()) {
                <span lang="nl">{ format!(" ({dutch})") }</span>
            }
            { format!(": {}", entry.meaning_in(&tr)) }
        </div>
    };
    // The explanation lives at the end of the body, so that the text of the heading, label or
    // table cell that holds the term stays the term alone.
    let tip = match web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        Some(body) => create_portal(tip, body.into()),
        None => tip,
    };
    html! {
        <>
            { props.children.clone() }
            <button type="button" class="term-help" popovertarget={(*id).clone()} data-term={entry.key}
                aria-label={tr.with("term-help-label", &[("term", &term)])}></button>
            { tip }
        </>
    }
}
