//! "How the model works": a dialog explaining each mechanism and the article's concepts in
//! plain words, so a student can understand what the page shows, and the glossary of every
//! term with its Dutch term.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::glossary::GLOSSARY;

/// Properties of [`ModelDialog`].
#[derive(PartialEq, Properties)]
pub struct ModelDialogProps {
    /// Closes the dialog.
    pub on_close: Callback<()>,
}

/// The explanations: a heading and a paragraph each. They describe the rules of
/// `src/model/` in a trainer's words; the numbers are the defaults of `model::Coefficients`.
const SECTIONS: [(&str, &str); 17] = [
    (
        "The alliance",
        "Partner organisations work as one unit towards a very ambitious goal, without a legal form or a hierarchy. \
         Each partner stands with one leg in the alliance and one in its own organisation, with its own goals, \
         interests and constituency (achterban). One simulated step is one month.",
    ),
    (
        "Partners",
        "Each partner has a size (omvang), values (oriëntatie), expertise strengths (deskundigheid), professionalism \
         (kwaliteit), competitiveness (how much its work overlaps with the others') and dependency (is the alliance \
         crucial for its survival, or just an opportunity?). Its commitment, delivery reliability, capability, \
         perceived rank (rangorde) and the backing of its own organisation change month by month.",
    ),
    (
        "Why two runs differ: the people at the table",
        "The same alliance can go well or badly. Each pair of representatives has a personal fit, drawn at the start: \
         some people get on, some do not, and a new representative brings a new fit. On top of that the climate at \
         the table moves month by month: good and bad periods come in runs, for reasons no scenario describes. A \
         good climate makes meetings and interventions work better, a bad one makes them work worse. That is why \
         the ensemble shows a spread of outcomes rather than one line.",
    ),
    (
        "The waterline: mutual knowledge",
        "Like an iceberg, most of what matters about a partner (identity, pride, values, interests) is under water. \
         Partners get to know each other slowly by working together, and quickly when they invest in it: 'lower the \
         waterline' (waterlijn naar beneden). Knowing each other feeds trust and lowers relational uncertainty.",
    ),
    (
        "Trust: built slowly, lost quickly",
        "The shared ambition gives a little trust from the start. Trust then grows as partners know each other and see \
         each other deliver, and with representatives who get on. It falls three times as fast as it grows, and a \
         broken promise (delivering less than partners count on) weighs twice as much as a kept one. Conflict and \
         competition wear it down; an independent chair helps build it.",
    ),
    (
        "Conflict",
        "Differences cut both ways: different expertise makes added value (meerwaarde) possible, but differences in \
         values, interests and culture cause conflict over resources, norms and values, identity and personal \
         dislike; too few agreements add misunderstanding. Conflict drains commitment and output. Trust, knowing \
         each other and clear decision-making help resolve it.",
    ),
    (
        "Size gives voice and rank",
        "Large partners bring more staff and budget: they carry more weight in the shared vision, in decisions and in \
         the ranking that emerges. As partners come to understand each other, the alliance's values drift towards \
         the large partners' values, and a small partner's distinct value fades unless it gets real room to explain \
         it ('Room for a core value'). One dominant partner raises conflict over identity and power.",
    ),
    (
        "The constituency (achterban) pulls at commitment",
        "A representative cannot commit what its own organisation does not back. Each organisation watches what the \
         alliance brings it: its backing grows with results, with an alliance whose values it shares and in which it \
         is heard, and falls when its representative drifts into values the organisation does not hold. Large and \
         ideological organisations pull hardest and change their minds most slowly.",
    ),
    (
        "Three phases (Figure 1)",
        "1 Start: design and alignment (ontwerpen en afstemmen). 2 Discovering and learning (ontdekken en leren). \
         3 Productivity and added value (productiviteit en meerwaarde). The phase is read from trust, mutual knowledge, \
         shared vision and conflict; it moves on when all are good enough for two months, and it can fall back when \
         they worsen, for example after a funding round. Phase 3 also needs real added value: the alliance must \
         produce more each month than its partners would alone.",
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
         co-operation a straitjacket and a chore that undermines ownership. The rules an alliance starts with persist \
         for years and drift only slowly towards what the governance stance produces; working agreements move them to \
         what the situation needs.",
    ),
    (
        "Lead partner or controlling coordinator",
        "A lead partner (penvoerder) holds agreed, facilitative powers for an agreed task: it divides the work and \
         keeps decisions clear, gains a little standing and provokes no resistance. A controlling coordinator imposes \
         formats and checklists: the others feel controlled, miss deadlines and respond minimally, rules pile up, and \
         the coordinator gains a power position. A steering conversation restores workable agreements. An independent \
         chair seeks no power, resolves conflict and builds trust, at a small cost in effort.",
    ),
    (
        "Decision clarity and shocks",
        "Decision clarity says how clear it is who decides what and where a dispute goes (escalation lines). Unclear \
         lines let conflict linger and make every shock hit harder; clear ones soften them. A chair or a lead partner \
         makes decision-making clearer over time, a controlling coordinator less so, and 'Clarify decisions and \
         escalation' makes it clear at once. Set where it starts under the partners.",
    ),
    (
        "Interventions (Doen!): each in its own phase",
        "Each button carries out one of the article's actions and costs effort that month, which shows in the process \
         share. Every action works best in the phase where Figure 1 puts it: one phase away it has about 60 % of its \
         effect, two phases away about 35 % (a learning agenda before partners know each other has little to build \
         on). The buttons of the current phase carry a star. A mediator, a steering conversation and clarifying \
         decisions work in any phase. Repeating an action within six months adds less, and organising dissent \
         (tegenspraak) sharpens the strategy when partners trust and know each other and share a vision to \
         question, and hurts when they do not.",
    ),
    (
        "Turbulence and shocks",
        "A representative is replaced, a new funding round must be divided, results disappoint, the field changes, or a \
         partner leaves. Every shock acts through the state it meets: dividing new money brings back the struggle, \
         more so between competitors, with an unequal division and with low trust; an alliance whose partners trust \
         each other absorbs much of it. In a funding round with exclusion the partner in the weakest position gets \
         nothing: its commitment and its organisation's backing drop and it trusts the others less.",
    ),
    (
        "Added value (meerwaarde) and the alarm signal",
        "The value charts compare what the alliance produces with what its partners would have produced alone. Added \
         value is the difference, and it usually starts below zero: building an alliance costs effort before it pays. The \
         break-even month is when the cumulative value first exceeds what the partners would have produced alone. \
         When too much effort goes into the process of co-operation instead of the content, the process share crosses \
         the alarm line and added value stays low.",
    ),
    (
        "Leaving and dissolution",
        "A partner whose commitment stays too low may leave, sooner when the alliance is only an opportunity for it \
         than when its survival depends on it, and organisations differ in how long they hold on; leaving is \
         rare. When fewer than two partners are left the alliance \
         has dissolved: that is a state of its own, shown in grey, and nothing is left to steer.",
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
                <section id="glossary" aria-labelledby="glossary-title">
                    <h3 id="glossary-title">{ "Glossary " }<span lang="nl">{ "(woordenlijst)" }</span></h3>
                    <p>{ "Every term the page uses, in plain words, with the article's Dutch term. The ? beside a term on the page shows the same." }</p>
                    <dl class="glossary">
                        { for GLOSSARY.iter().map(|e| html! {
                            <div id={format!("glossary-{}", e.key)}>
                                <dt>{ e.term }<span lang="nl">{ format!(" ({})", e.dutch) }</span></dt>
                                <dd>{ e.meaning }</dd>
                            </div>
                        }) }
                    </dl>
                </section>
            </div>
        </div>
    }
}
