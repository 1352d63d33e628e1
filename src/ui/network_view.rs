//! The live network view: the partners, their trust and conflict, the coordinator or chair,
//! and the numbers of the partner under the pointer or keyboard focus.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::frame::{fit_canvas, use_frame_draw};
use super::network_draw::{self, dominant_value, VALUE_COLOURS};
use super::png_button::PngButton;
use super::run_switch::RunSwitch;
use super::state::SimHandle;
use super::term::Term;
use super::texts::{use_tr, Tr};
use crate::model::{CoordinationStyle, Regard};
use crate::simulation::Simulation;

/// Properties of [`NetworkView`].
#[derive(PartialEq, Properties)]
pub struct NetworkViewProps {
    /// The run being shown.
    pub sim: SimHandle,
    /// The simulation's revision; a new value means new data.
    pub revision: u64,
    /// The revision the summary in words follows (see [`super::state::AppState::texts`]).
    pub texts: u64,
    /// Run B in compare mode, which the view shows instead of A on request.
    #[prop_or_default]
    pub sim_b: Option<SimHandle>,
}

/// The network canvas, a focusable list of partners and the selected partner's numbers.
#[function_component]
pub fn NetworkView(props: &NetworkViewProps) -> Html {
    let tr = use_tr();
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
        let (chosen, texts) = (*selected, tr.clone());
        // The badges and "(left)" are drawn in the page's language, so a change of language
        // redraws.
        use_frame_draw((props.revision, shown.clone(), chosen, tr.clone()), move || {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                let ratio = fit_canvas(&canvas, 0.7, 340.0);
                network_draw::draw(&canvas, &texts, &sim.borrow(), chosen, ratio);
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
    let summary = use_memo((props.texts, shown.clone(), tr.clone()), |_| {
        AttrValue::from(summary(&tr, &shown.borrow()))
    });
    let sim = shown.borrow();
    let state = sim.state();
    let params = sim.params();
    let details = selected.and_then(|i| Some((i, params.partners.get(i)?, state.partner(i)?))).map(|(i, p, s)| {
        let Regard { trust: trust_in, knowledge: known } = state.regard_for(i);
        // Each row with the glossary entry that explains it, if there is one.
        let status = if s.left { tr.get("network-status-left") } else { tr.get("network-status-in") };
        let rows = [
            (tr.get("network-status"), None, status),
            (tr.get("network-size"), Some("size"), tr.level(p.size)),
            (tr.get("network-strongest-value"), Some("orientation"), tr.get(VALUE_COLOURS[dominant_value(&s.values)].0)),
            (tr.get("network-commitment"), Some("commitment"), tr.level(s.commitment)),
            (tr.get("network-delivery"), Some("delivery"), tr.level(s.delivery)),
            (tr.get("network-capability"), Some("capability"), tr.level(s.capability)),
            (tr.get("network-rank"), Some("rank"), rank_words(&tr, s.rank)),
            (tr.get("network-reactance"), Some("reactance"), tr.level(s.reactance)),
            (tr.get("network-trust-in"), Some("trust"), tr.level(trust_in)),
            (tr.get("network-known"), Some("mutual-knowledge"), tr.level(known)),
        ];
        let label = |text: &String, term: Option<&'static str>| match term {
            Some(name) => html! { <Term {name}>{ text.clone() }</Term> },
            None => html! { { text.clone() } },
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
    // The legend names only the values some partner in the alliance now holds strongest, so
    // that it explains the colours drawn and nothing else; when a partner's strongest value
    // shifts, its node and the legend change together.
    let mut held: Vec<usize> = (0..params.partners.len())
        .filter_map(|i| state.partner(i))
        .filter(|s| !s.left)
        .map(|s| dominant_value(&s.values))
        .collect();
    held.sort_unstable();
    held.dedup();
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
                { match (props.sim_b.is_some(), *show_b) {
                    (false, _) => tr.get("network-title"),
                    (true, false) => tr.get("network-title-a"),
                    (true, true) => tr.get("network-title-b"),
                } }
                <PngButton canvas_id="network" name="network" title={tr.get("network-canvas")} />
            </h2>
            if props.sim_b.is_some() {
                <RunSwitch prefix="network" label="network-run-switch" show_b={show_b.clone()} />
            }
            <canvas ref={canvas} id="network" role="img" aria-label={tr.get("network-canvas")} aria-describedby="network-summary"
                width="640" height="448" {onmousemove}></canvas>
            <p class="chart-values" id="network-summary">{ (*summary).clone() }</p>
            <ul class="legend">
                { for VALUE_COLOURS.iter().enumerate().filter(|(k, _)| held.contains(k)).map(|(_, (name, (r, g, b)))| html! {
                    <li><span class="key" style={format!("background: rgb({r},{g},{b})")}></span>{ tr.with("network-strongest-value-key", &[("value", &tr.get(name))]) }</li>
                }) }
                <li><span class="line-key" style="border-top: 4px solid rgb(86,180,233)"></span>{ tr.get("network-conflict-low") }</li>
                <li><span class="line-key" style="border-top: 4px solid rgb(230,159,0)"></span>{ tr.get("network-conflict-medium") }</li>
                <li><span class="line-key" style="border-top: 4px solid rgb(213,94,0)"></span>{ tr.get("network-conflict-high") }</li>
                <li>{ tr.get("network-legend") }</li>
            </ul>
            <p class="hint">{ tr.get("network-hint") }</p>
            <ul class="chips" aria-label={tr.get("network-partners")}>{ for chips }</ul>
            <div class="partner-details" id="partner-details" aria-live="polite">
                { details.unwrap_or_default() }
            </div>
        </section>
    }
}

/// A perceived rank in words: where the partner stands in the pecking order the others see,
/// 50 % being the middle.
fn rank_words(tr: &Tr, rank: f64) -> String {
    let position = match rank {
        r if r < 0.35 => tr.get("network-rank-bottom"),
        r if r < 0.65 => tr.get("network-rank-middle"),
        _ => tr.get("network-rank-top"),
    };
    let percent = tr.number(100.0 * rank.clamp(0.0, 1.0), 0);
    tr.with("network-rank-words", &[("position", &position), ("percent", &percent)])
}

/// The network in words: who is still in, who steers, and the climate.
fn summary(tr: &Tr, sim: &Simulation) -> String {
    let state = sim.state();
    let params = sim.params();
    let active = state.partners_in();
    let name = |partner: usize| params.partners.get(partner).map_or("?", |p| p.name.as_str());
    let steering = match state.governance.style {
        CoordinationStyle::ControllingCoordinator { partner } => {
            tr.with("network-steering-controlling", &[("partner", name(partner))])
        }
        CoordinationStyle::LeadPartner { partner } => {
            tr.with("network-steering-lead", &[("partner", name(partner))])
        }
        CoordinationStyle::IndependentChair => tr.get("network-steering-chair"),
        CoordinationStyle::SelfSteering => tr.get("network-steering-none"),
    };
    let partners = params.partners.len().to_string();
    let (trust, conflict) = (tr.level(state.alliance.trust), tr.level(state.alliance.conflict));
    let clauses = [
        tr.count("network-partners-in", active, &[("partners", &partners)]),
        steering,
        tr.with("network-climate", &[("trust", &trust), ("conflict", &conflict)]),
    ];
    tr.with("network-summary", &[("month", &state.month.to_string()), ("clauses", &clauses.join("; "))])
}
