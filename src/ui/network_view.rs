//! The live network view: the partners, their trust and conflict, the coordinator or chair,
//! and the numbers of the partner under the pointer or keyboard focus.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::frame::{fit_canvas, use_frame_draw};
use super::network_draw::{self, dominant_value, VALUE_COLOURS};
use super::png_button::PngButton;
use super::state::SimHandle;
use super::term::Term;
use crate::model::{CoordinationStyle, Regard};
use crate::numbers::level;

/// Properties of [`NetworkView`].
#[derive(PartialEq, Properties)]
pub struct NetworkViewProps {
    /// The run being shown.
    pub sim: SimHandle,
    /// The simulation's revision; a new value means new data.
    pub revision: u64,
    /// Run B in compare mode, which the view shows instead of A on request.
    #[prop_or_default]
    pub sim_b: Option<SimHandle>,
}

/// The network canvas, a focusable list of partners and the selected partner's numbers.
#[function_component]
pub fn NetworkView(props: &NetworkViewProps) -> Html {
    let canvas = use_node_ref();
    let selected = use_state(|| None::<usize>);
    let show_b = use_state(|| false);
    // The run shown: A, or B when asked for in compare mode.
    let shown = match (&props.sim_b, *show_b) {
        (Some(b), true) => b.clone(),
        _ => props.sim.clone(),
    };
    {
        let canvas = canvas.clone();
        let sim = shown.clone();
        let chosen = *selected;
        use_frame_draw((props.revision, shown.clone(), chosen), move || {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                let ratio = fit_canvas(&canvas, 0.7, 340.0);
                network_draw::draw(&canvas, &sim.borrow(), chosen, ratio);
            }
        });
    }
    let onmousemove = {
        let (canvas, sim, selected) = (canvas.clone(), shown.clone(), selected.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else { return };
            let scale = f64::from(canvas.width()) / f64::from(canvas.client_width().max(1));
            let sizes: Vec<f64> = sim.borrow().params().partners.iter().map(|p| p.size).collect();
            let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
            let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
            let layout = network_draw::layout(&sizes, w, h, network_draw::label_room(ratio));
            let hit =
                network_draw::hit(&layout, f64::from(e.offset_x()) * scale, f64::from(e.offset_y()) * scale);
            if hit != *selected {
                selected.set(hit);
            }
        })
    };
    let sim = shown.borrow();
    let state = sim.state();
    let params = sim.params();
    let active = state.partners_in();
    let steering = match state.governance.style {
        CoordinationStyle::ControllingCoordinator { partner } => {
            format!(
                "{} coordinates with control",
                params.partners.get(partner).map_or("?", |p| p.name.as_str())
            )
        }
        CoordinationStyle::LeadPartner { partner } => {
            format!(
                "{} leads as lead partner (penvoerder) with agreed powers",
                params.partners.get(partner).map_or("?", |p| p.name.as_str())
            )
        }
        CoordinationStyle::IndependentChair => "an independent chair steers".to_string(),
        CoordinationStyle::SelfSteering => "nobody coordinates".to_string(),
    };
    let summary = format!(
        "Month {}: {active} of {} partners still in; {steering}; mean trust {:.2}, conflict {:.2}.",
        state.month,
        params.partners.len(),
        state.alliance.trust,
        state.alliance.conflict
    );
    let details = selected.and_then(|i| Some((i, params.partners.get(i)?, state.partner(i)?))).map(|(i, p, s)| {
        let Regard { trust: trust_in, knowledge: known } = state.regard_for(i);
        // Each row with the glossary entry that explains it, if there is one.
        let rows = [
            ("Status", None, if s.left { "left the alliance".to_string() } else { "in the alliance".to_string() }),
            ("Size", Some("size"), level(p.size)),
            ("Strongest value", Some("orientation"), VALUE_COLOURS[dominant_value(&s.values)].0.to_string()),
            ("Commitment", Some("commitment"), level(s.commitment)),
            ("Delivery reliability", Some("delivery"), level(s.delivery)),
            ("Capability", Some("capability"), level(s.capability)),
            ("Perceived rank (rangorde)", Some("rank"), rank_words(s.rank)),
            ("Feels controlled (reactance)", Some("reactance"), level(s.reactance)),
            ("Trust others have in it", Some("trust"), level(trust_in)),
            ("How well others know it", Some("mutual-knowledge"), level(known)),
        ];
        let label = |text: &'static str, term: Option<&'static str>| match term {
            Some(name) => html! { <Term {name}>{ text }</Term> },
            None => html! { { text } },
        };
        html! {
            <>
                <h3>{ p.name.clone() }</h3>
                <dl class="readout">
                    { for rows.iter().map(|(k, term, v)| html! { <div><dt>{ label(k, *term) }</dt><dd>{ v.clone() }</dd></div> }) }
                </dl>
            </>
        }
    });
    let chips = params.partners.iter().enumerate().map(|(i, p)| {
        let pick = |selected: UseStateHandle<Option<usize>>| Callback::from(move |_: MouseEvent| selected.set(Some(i)));
        let focus = {
            let selected = selected.clone();
            Callback::from(move |_: FocusEvent| selected.set(Some(i)))
        };
        let left = state.has_left(i);
        html! {
            <li>
                <button class={classes!("chip", left.then_some("left"), (*selected == Some(i)).then_some("selected"))}
                    aria-pressed={(*selected == Some(i)).to_string()} aria-controls="partner-details"
                    onfocus={focus} onmouseenter={pick(selected.clone())} onclick={pick(selected.clone())}>
                    { p.name.clone() }
                </button>
            </li>
        }
    });
    html! {
        <section class="panel network" aria-labelledby="network-title">
            <h2 id="network-title">
                { if props.sim_b.is_some() { if *show_b { "Network of run B" } else { "Network of run A" } } else { "Network" } }
                <PngButton canvas_id="network" name="network" title="Partner network" />
            </h2>
            if props.sim_b.is_some() {
                <div class="row run-switch" role="group" aria-label="Run shown in the network">
                    <button id="network-show-a" class="secondary" aria-pressed={(!*show_b).to_string()}
                        onclick={let s = show_b.clone(); move |_| s.set(false)}>{ "Show run A" }</button>
                    <button id="network-show-b" class="secondary" aria-pressed={show_b.to_string()}
                        onclick={let s = show_b.clone(); move |_| s.set(true)}>{ "Show run B" }</button>
                </div>
            }
            <canvas ref={canvas} id="network" role="img" aria-label="Partner network" aria-describedby="network-summary"
                width="640" height="448" {onmousemove}></canvas>
            <p class="chart-values" id="network-summary">{ summary }</p>
            <ul class="legend">
                { for VALUE_COLOURS.iter().map(|(name, (r, g, b))| html! {
                    <li><span class="key" style={format!("background: rgb({r},{g},{b})")}></span>{ format!("Strongest value: {name}") }</li>
                }) }
                <li><span class="line-key" style="border-top: 4px solid rgb(86,180,233)"></span>{ "low conflict" }</li>
                <li><span class="line-key" style="border-top: 4px solid rgb(230,159,0)"></span>{ "medium conflict" }</li>
                <li><span class="line-key" style="border-top: 4px solid rgb(213,94,0)"></span>{ "high conflict" }</li>
                <li>{ "Circle area: size · dark ring: commitment · line width: trust · C: controlling coordinator · L: lead partner · grey: left" }</li>
            </ul>
            <p class="hint">{ "Point at a partner, or focus one below, to see its numbers." }</p>
            <ul class="chips" aria-label="Partners">{ for chips }</ul>
            <div class="partner-details" id="partner-details" aria-live="polite">
                { details.unwrap_or_default() }
            </div>
        </section>
    }
}

/// A perceived rank in words: where the partner stands in the pecking order the others see,
/// 50 % being the middle.
fn rank_words(rank: f64) -> String {
    let word = match rank {
        r if r < 0.35 => "near the bottom",
        r if r < 0.65 => "in the middle",
        _ => "near the top",
    };
    format!("{word}, {:.0} %", 100.0 * rank.clamp(0.0, 1.0))
}
