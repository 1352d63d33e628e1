//! The phase band over time with markers for interventions, shocks and exits, and the
//! actions the scenario has scheduled for later months.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_figure::{phase_keys, plot_edges, use_month_inspect, ChartFigure};
use super::chart_frame::{chart_font, month_caption, month_chart, month_mesh};
use super::event_texts::event_text;
use super::frame::{fit_canvas, use_frame_draw};
use super::labels::{model_action_label, phase_long_name};
use super::state::SimHandle;
use super::texts::{use_tr, Tr};
use crate::model::{EventKind, DISSOLVED};
use crate::palette;

const INTERVENTION: RGBColor = rgb(palette::BLUE);
const SHOCK: RGBColor = rgb(palette::VERMILLION);
const EXIT: RGBColor = rgb(palette::BLACK);
const PLANNED: RGBColor = rgb(palette::REFERENCE_GREY);

/// A palette colour for plotters.
const fn rgb((r, g, b): palette::Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

/// Properties of [`Timeline`].
#[derive(PartialEq, Properties)]
pub struct TimelineProps {
    /// The run whose history is drawn.
    pub sim: SimHandle,
    /// The simulation's revision; a new value means new data.
    pub revision: u64,
    /// The revision the summary in words follows (see [`super::state::AppState::texts`]).
    pub texts: u64,
}

/// The phase band chart with its legend and text alternative.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let tr = use_tr();
    let canvas = use_node_ref();
    let (horizon, last) = {
        let sim = props.sim.borrow();
        (sim.horizon().max(1), sim.history().last().map_or(0, |h| h.month))
    };
    let inspect = use_month_inspect(horizon, last);
    {
        let canvas = canvas.clone();
        let (sim, plot, texts) = (props.sim.clone(), inspect.plot.clone(), tr.clone());
        // The axis caption and the label "dissolved" are drawn in the page's language, so a
        // change of language redraws.
        use_frame_draw((props.revision, props.sim.clone(), tr.clone()), move || {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                if let Some(edges) = draw(&canvas, &texts, &sim) {
                    *plot.borrow_mut() = edges;
                }
            }
        });
    }
    let summary =
        use_memo((props.texts, props.sim.clone(), tr.clone()), |_| AttrValue::from(summary(&tr, &props.sim)));
    let summary = (*summary).clone();
    let readout = inspect.month.map(|m| AttrValue::from(at_month(&tr, &props.sim, m)));
    let (on_inspect, marker) = (inspect.on_inspect, inspect.marker);
    let glyph = |class: &'static str, mark: &'static str, text: String| {
        html! { <li><span class={classes!("glyph", class)} aria-hidden="true">{ mark }</span>{ text }</li> }
    };
    html! {
        <ChartFigure id="timeline" title={tr.get("timeline-title")} png_name="timeline" {canvas}
            height={160} {summary} on_inspect={Some(on_inspect)} {marker} {readout}>
            <ul class="legend">
                { phase_keys(&tr) }
                { glyph("intervention", "▲", tr.get("timeline-intervention")) }
                { glyph("shock", "✕", tr.get("timeline-shock")) }
                { glyph("exit", "●", tr.get("timeline-exit")) }
                { glyph("planned", "△", tr.get("timeline-planned")) }
            </ul>
        </ChartFigure>
    }
}

/// A month in words: its phase and what happened in it, so that pointing at a mark on the
/// timeline says what the mark was.
fn at_month(tr: &Tr, sim: &SimHandle, month: u32) -> String {
    let sim = sim.borrow();
    let Some(snapshot) = sim.snapshot(month) else { return String::new() };
    let happened: Vec<String> = sim
        .events()
        .iter()
        .filter(|e| e.month == month && e.kind != EventKind::Phase)
        .map(|e| event_text(tr, e))
        .collect();
    let changed = sim.events().iter().any(|e| e.month == month && e.kind == EventKind::Phase);
    let happened = if happened.is_empty() { tr.get("timeline-nothing-else") } else { happened.join("; ") };
    let (month, phase) = (month.to_string(), phase_words(tr, snapshot.phase));
    if changed {
        tr.with("timeline-month-reached", &[("month", &month), ("phase", &phase), ("happened", &happened)])
    } else {
        tr.with("timeline-month", &[("month", &month), ("phase", &phase), ("happened", &happened)])
    }
}

/// A phase in words: "phase 2 (discovering and learning)", or "dissolved".
pub fn phase_words(tr: &Tr, phase: u8) -> String {
    if phase == DISSOLVED {
        return tr.get("chart-phase-dissolved");
    }
    let name = phase_long_name(tr, phase);
    tr.with("chart-phase-words", &[("phase", &phase.to_string()), ("name", &name)])
}

/// A phase in words with the month it began: "phase 2 (discovering and learning) since month
/// 14".
pub fn phase_since(tr: &Tr, phase: u8, since: u32) -> String {
    tr.with("chart-phase-since", &[("phase", &phase_words(tr, phase)), ("since", &since.to_string())])
}

/// The run so far in words: the phase and since when, the events counted by kind, and the
/// actions the scenario still plans.
fn summary(tr: &Tr, sim: &SimHandle) -> String {
    let sim = sim.borrow();
    let Some(last) = sim.history().last() else { return String::new() };
    let since =
        sim.history().iter().rev().take_while(|h| h.phase == last.phase).last().map_or(0, |h| h.month);
    let count = |kind: EventKind| sim.events().iter().filter(|e| e.kind == kind).count();
    let interventions = tr.count("timeline-interventions", count(EventKind::Intervention), &[]);
    let shocks = tr.count("timeline-shocks", count(EventKind::Shock), &[]);
    let exits = tr.count("timeline-exits", count(EventKind::Exit), &[]);
    let plan: Vec<String> = sim
        .params()
        .schedule
        .iter()
        .filter(|s| s.month > last.month)
        .map(|s| {
            let action = model_action_label(tr, &s.action).to_lowercase();
            tr.with("chart-action-in-month", &[("month", &s.month.to_string()), ("action", &action)])
        })
        .collect();
    let plan = if plan.is_empty() { tr.get("timeline-planned-none") } else { plan.join(", ") };
    let events = [interventions, shocks, exits].join(", ");
    let (m, phase) = (last.month.to_string(), phase_since(tr, last.phase, since));
    tr.with("timeline-summary", &[("month", &m), ("phase", &phase), ("events", &events), ("planned", &plan)])
}

/// Draws the timeline, with its texts in the language of `tr`, and returns the plot area's
/// edges as shares of the canvas's width.
fn draw(canvas: &HtmlCanvasElement, tr: &Tr, sim: &SimHandle) -> Option<(f64, f64)> {
    let ratio = fit_canvas(canvas, 0.2, 130.0);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let root = backend.into_drawing_area();
    let sim = sim.borrow();
    let horizon = f64::from(sim.horizon().max(1));
    let font = chart_font(canvas, ratio);
    let marker = (5.0 * ratio) as i32;
    let _ = root.fill(&WHITE);
    let mut chart = month_chart(&root, font, font * 3, horizon, 0.0..1.0)?;
    let edges = plot_edges(chart.plotting_area().get_pixel_range().0, canvas.width());
    let _ = month_mesh(&mut chart, font, month_caption(&root, font, tr.get("chart-axis-month")))
        .disable_y_mesh()
        .disable_y_axis()
        .draw();
    // Months in the same phase are merged into one band segment, so a long run costs a few
    // rectangles instead of one per month.
    let mut segments: Vec<(f64, f64, u8)> = Vec::new();
    for h in sim.history().iter().skip(1) {
        let x = f64::from(h.month);
        match segments.last_mut() {
            Some(last) if last.2 == h.phase => last.1 = x,
            _ => segments.push((x - 1.0, x, h.phase)),
        }
    }
    let _ = chart.draw_series(segments.iter().map(|&(from, to, phase)| {
        let (r, g, b) = palette::phase(phase);
        Rectangle::new([(from, 0.0), (to, 0.5)], RGBColor(r, g, b).filled())
    }));
    // A segment is labelled with its phase number, or "dissolved", when the label fits in it.
    let label =
        |phase: u8| if phase == DISSOLVED { tr.get("chart-phase-dissolved") } else { phase.to_string() };
    let fits = |s: &&(f64, f64, u8)| (s.1 - s.0) / horizon > 0.04 * label(s.2).len() as f64 * 0.6;
    let _ = chart.draw_series(segments.iter().filter(fits).map(|&(from, to, phase)| {
        let colour = if phase == DISSOLVED { WHITE } else { BLACK };
        Text::new(label(phase), ((from + to) / 2.0, 0.38), ("sans-serif", font).into_font().color(&colour))
    }));
    let events = sim.events();
    let at = |kind: EventKind| events.iter().filter(move |e| e.kind == kind).map(|e| f64::from(e.month));
    let _ = chart.draw_series(
        at(EventKind::Intervention).map(|m| TriangleMarker::new((m, 0.68), marker, INTERVENTION.filled())),
    );
    let _ = chart.draw_series(
        at(EventKind::Shock).map(|m| Cross::new((m, 0.9), marker, SHOCK.stroke_width(2 * ratio as u32))),
    );
    let _ = chart.draw_series(at(EventKind::Exit).map(|m| Circle::new((m, 0.9), marker, EXIT.filled())));
    let month = f64::from(sim.month());
    let planned = sim.params().schedule.iter().map(|s| f64::from(s.month)).filter(|&m| m > month);
    // A planned action is an outline, as the legend's △ promises: plotters' triangle marker is
    // always filled, so the outline is a closed path in pixels around the month's point.
    let outline = vec![(0, -marker), (marker, marker), (-marker, marker), (0, -marker)];
    let _ = chart.draw_series(planned.map(|m| {
        EmptyElement::at((m, 0.68))
            + PathElement::new(outline.clone(), PLANNED.stroke_width((1.5 * ratio) as u32))
    }));
    let _ = root.present();
    Some(edges)
}
