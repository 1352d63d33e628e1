//! The phase bands of runs A and B on one time axis, so that a difference in timing shows
//! at a glance.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_figure::{phase_legend, plot_edges, use_month_inspect, ChartFigure};
use super::chart_frame::{chart_font, month_caption, month_chart, month_mesh};
use super::frame::{fit_canvas, use_frame_draw};
use super::state::SimHandle;
use super::texts::{use_tr, Tr};
use super::timeline::{phase_since, phase_words};
use crate::simulation::Simulation;

/// Properties of [`PhaseBands`].
#[derive(PartialEq, Properties)]
pub struct PhaseBandsProps {
    /// Run A.
    pub a: SimHandle,
    /// Run B.
    pub b: SimHandle,
    /// The revision of both runs.
    pub revision: u64,
}

/// Two phase bands, A above B, with a legend and the phases in words.
#[function_component]
pub fn PhaseBands(props: &PhaseBandsProps) -> Html {
    let tr = use_tr();
    let canvas = use_node_ref();
    let (horizon, last) = {
        let (a, b) = (props.a.borrow(), props.b.borrow());
        let last = |sim: &Simulation| sim.history().last().map_or(0, |h| h.month);
        (a.horizon().max(1), last(&a).max(last(&b)))
    };
    let inspect = use_month_inspect(horizon, last);
    {
        let canvas = canvas.clone();
        let (a, b, plot, texts) = (props.a.clone(), props.b.clone(), inspect.plot.clone(), tr.clone());
        // The axis caption is drawn in the page's language, so a change of language redraws.
        use_frame_draw((props.revision, props.a.clone(), props.b.clone(), tr.clone()), move || {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                if let Some(edges) = draw(&canvas, &texts, &[&a.borrow(), &b.borrow()]) {
                    *plot.borrow_mut() = edges;
                }
            }
        });
    }
    let title = tr.get("phase-bands-title");
    let summary =
        format!("{} {}", describe(&tr, "A", &props.a.borrow()), describe(&tr, "B", &props.b.borrow()));
    let readout = inspect.month.map(|m| {
        let (a, b) = (phase_at(&tr, "A", &props.a.borrow(), m), phase_at(&tr, "B", &props.b.borrow(), m));
        AttrValue::from(tr.with("phase-bands-readout", &[("month", &m.to_string()), ("a", &a), ("b", &b)]))
    });
    let (on_inspect, marker) = (inspect.on_inspect, inspect.marker);
    html! {
        <ChartFigure id="phase-bands" {title} png_name="phases-a-b" {canvas} height={160} {summary}
            on_inspect={Some(on_inspect)} {marker} {readout}>
            { phase_legend(&tr) }
        </ChartFigure>
    }
}

/// "A: phase 2 (discovering and learning)." at `month`, or that the run has not got there.
fn phase_at(tr: &Tr, name: &str, sim: &Simulation, month: u32) -> String {
    match sim.snapshot(month) {
        Some(h) => tr.with("phase-bands-phase", &[("run", name), ("phase", &phase_words(tr, h.phase))]),
        None => tr.with("phase-bands-not-yet", &[("run", name), ("month", &month.to_string())]),
    }
}

/// "A: phase 2 (discovering and learning) since month 14."
fn describe(tr: &Tr, name: &str, sim: &Simulation) -> String {
    let Some(last) = sim.history().last() else { return String::new() };
    let since =
        sim.history().iter().rev().take_while(|h| h.phase == last.phase).last().map_or(0, |h| h.month);
    tr.with("phase-bands-phase", &[("run", name), ("phase", &phase_since(tr, last.phase, since))])
}

/// Draws both bands, with the axis caption in the language of `tr`, and returns the plot
/// area's edges as shares of the canvas's width.
fn draw(canvas: &HtmlCanvasElement, tr: &Tr, runs: &[&Simulation; 2]) -> Option<(f64, f64)> {
    let ratio = fit_canvas(canvas, 0.2, 130.0);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let root = backend.into_drawing_area();
    let horizon = f64::from(runs[0].horizon().max(1));
    let font = chart_font(canvas, ratio);
    let _ = root.fill(&WHITE);
    let mut chart = month_chart(&root, font, font * 2, horizon, 0.0..2.0)?;
    let edges = plot_edges(chart.plotting_area().get_pixel_range().0, canvas.width());
    let _ = month_mesh(&mut chart, font, month_caption(&root, font, tr.get("chart-axis-month")))
        .y_labels(2)
        .y_label_formatter(&|v| if *v >= 1.0 { "A".to_string() } else { "B".to_string() })
        .disable_y_mesh()
        .draw();
    // A is the upper band (y 1.1..1.9), B the lower (0.1..0.9); a month is one rectangle
    // from the month before, merged with its neighbours in the same phase.
    for (sim, base) in runs.iter().zip([1.1, 0.1]) {
        let mut segments: Vec<(f64, f64, u8)> = Vec::new();
        for h in sim.history().iter().skip(1) {
            let x = f64::from(h.month);
            match segments.last_mut() {
                Some(last) if last.2 == h.phase => last.1 = x,
                _ => segments.push((x - 1.0, x, h.phase)),
            }
        }
        let _ = chart.draw_series(segments.iter().map(|&(from, to, phase)| {
            let (r, g, b) = crate::palette::phase(phase);
            Rectangle::new([(from, base), (to, base + 0.8)], RGBColor(r, g, b).filled())
        }));
    }
    let _ = root.present();
    Some(edges)
}
