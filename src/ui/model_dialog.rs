//! "How the model works": a dialog explaining each mechanism and the article's concepts in
//! plain words, so a student can understand what the page shows.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`ModelDialog`].
#[derive(PartialEq, Properties)]
pub struct ModelDialogProps {
    /// Closes the dialog.
    pub on_close: Callback<()>,
}

/// The explanations: a heading and a paragraph each.
const SECTIONS: [(&str, &str); 11] = [
    (
        "The alliance",
        "Partner organisations work as one unit towards a very ambitious goal, without a legal form or a hierarchy. \
         Each partner stands with one leg in the alliance and one in its own organisation, with its own goals, \
         interests and constituency. One simulated step is one month.",
    ),
    (
        "Partners",
        "Each partner has a size (omvang), values (oriëntatie), expertise strengths (deskundigheid), professionalism \
         (kwaliteit), competitiveness (how much its work overlaps with the others') and dependency (is the alliance \
         crucial for its survival, or just an opportunity?). Its commitment, delivery reliability, capability and \
         perceived rank (rangorde) change month by month.",
    ),
    (
        "The waterline: mutual knowledge",
        "Like an iceberg, most of what matters about a partner (identity, pride, values, interests) is under water. \
         Partners get to know each other slowly by working together, and quickly when they invest in it: 'lower the \
         waterline' (waterlijn naar beneden). Knowing each other feeds trust and lowers relational uncertainty.",
    ),
    (
        "Trust and conflict",
        "Trust grows when partners know each other and see each other deliver. Differences cut both ways: different \
         expertise makes added value (meerwaarde) possible, but differences in values, interests and culture cause \
         conflict over resources, norms and values, identity and personal dislike. Conflict drains commitment.",
    ),
    (
        "Three phases (Figure 1)",
        "1 Start: design and alignment (ontwerpen en afstemmen). 2 Discovering and learning (ontdekken en leren). \
         3 Productivity and added value (productiviteit en meerwaarde). The phase is read from trust, mutual knowledge, \
         shared vision and conflict; it moves on when all are good enough for two months, and it can fall back when \
         they worsen, for example after a funding round.",
    ),
    (
        "Trust versus control (De Man 2006)",
        "Governance runs from trust-based (0) to control-based (1). Relational uncertainty (partners do not know each \
         other, compete, differ in culture) calls for more control; uncertainty in the field (competition, changing \
         rules, innovation) calls for more trust. The panel shows the control level that fits both now.",
    ),
    (
        "Proportionality (Kaats & Opheij 2014)",
        "Too few rules breed uncertainty, misunderstanding and irritation, and partners miss deliveries. Too many make \
         co-operation a straitjacket and a chore that undermines ownership. The rules in force drift towards the \
         chosen control level; working agreements set them to what the situation needs.",
    ),
    (
        "Coordination styles",
        "A controlling coordinator (penvoerder who imposes formats and checklists) makes the other partners feel \
         controlled: they miss deadlines and respond minimally, and the coordinator gains a power position. A \
         steering conversation restores workable agreements. An independent chair seeks no power, resolves conflict \
         and builds trust, at a small cost in effort.",
    ),
    (
        "Interventions (Doen!)",
        "Each button carries out one of the article's actions. It costs effort in that month, which shows in the \
         process share. Some work best in their own phase: organising dissent (tegenspraak organiseren) sharpens the \
         strategy when partners trust each other, and hurts when they do not.",
    ),
    (
        "Turbulence and shocks",
        "A representative leaves, a new funding round must be divided, results disappoint, or the field changes. \
         Success causes trouble too: dividing new money brings back the struggle, more so between competitors and \
         when the division is unequal. Partners whose commitment falls too low leave, sooner when the alliance is \
         only an opportunity for them.",
    ),
    (
        "Added value and the alarm signal",
        "The value chart compares what the alliance produces with what its partners would have produced alone (the \
         solo baseline). When too much effort goes into the process of co-operation instead of the content, the \
         process share crosses the alarm line and added value stays low.",
    ),
];

/// A modal dialog; Escape or the close button closes it, and focus starts on its heading.
#[function_component]
pub fn ModelDialog(props: &ModelDialogProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
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
                    <h2 id="model-title" tabindex="-1" ref={heading}>{ "How the model works" }</h2>
                    <button id="close-model" onclick={close}>{ "Close" }</button>
                </div>
                { for SECTIONS.iter().map(|(title, text)| html! {
                    <section><h3>{ *title }</h3><p>{ *text }</p></section>
                }) }
            </div>
        </div>
    }
}
