//! The share of runs in each phase, month by month, as a stacked area chart: dissolved runs
//! at the bottom, then phases 1, 2 and 3.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_figure::{phase_legend, plot_edges, use_month_inspect, ChartFigure};
use super::chart_frame::{chart_font, month_caption, month_chart, month_mesh};
use super::ensemble_job::OutcomeHandle;
use super::frame::{fit_canvas, use_frame_draw};
use super::texts::{use_tr, Tr};
use crate::ensemble::PhaseShares;
use crate::model::DISSOLVED;

/// Properties of [`PhaseArea`].
#[derive(PartialEq, Properties)]
pub struct PhaseAreaProps {
    /// Id of the figure; the canvas is `{id}-canvas`.
    pub id: AttrValue,
    /// Chart title.
    pub title: AttrValue,
    /// The finished ensemble.
    pub outcome: OutcomeHandle,
    /// Which arm's shares: 0 for A, 1 for B.
    pub arm: usize,
}

/// The stacked phase shares with their legend and the shares at a few months in words.
#[function_component]
pub fn PhaseArea(props: &PhaseAreaProps) -> Html {
    let tr = use_tr();
    let canvas = use_node_ref();
    let shares = props.outcome.0.stats.get(props.arm).map(|s| &s.phases);
    let last = shares.map_or(0, |s| s.phase1.len().saturating_sub(1)) as u32;
    let inspect = use_month_inspect(last.max(1), last);
    {
        let canvas = canvas.clone();
        let (outcome, arm, plot, texts) =
            (props.outcome.clone(), props.arm, inspect.plot.clone(), tr.clone());
        // The axis caption is drawn in the page's language, so a change of language redraws.
        use_frame_draw((props.outcome.clone(), arm, tr.clone()), move || {
            if let (Some(canvas), Some(stats)) =
                (canvas.cast::<HtmlCanvasElement>(), outcome.0.stats.get(arm))
            {
                if let Some(edges) = draw(&canvas, &texts, &stats.phases) {
                    *plot.borrow_mut() = edges;
                }
            }
        });
    }
    let summary = shares.map(|s| describe(&tr, s)).unwrap_or_default();
    let readout = inspect.month.zip(shares).map(|(m, shares)| {
        AttrValue::from(tr.with("phase-area-shares", &[("shares", &at_month(&tr, shares, m as usize))]))
    });
    let (on_inspect, marker) = (inspect.on_inspect, inspect.marker);
    html! {
        <ChartFigure id={props.id.clone()} title={props.title.clone()} png_name={props.id.clone()} {canvas} height={240}
            {summary} on_inspect={Some(on_inspect)} {marker} {readout}>
            { phase_legend(&tr) }
        </ChartFigure>
    }
}

/// "month 24: phase 1 10%, phase 2 60%, phase 3 30%, dissolved 0%".
fn at_month(tr: &Tr, shares: &PhaseShares, m: usize) -> String {
    let share = |series: &[f64]| tr.number(100.0 * series.get(m).copied().unwrap_or(0.0), 0);
    let mut parts: Vec<String> = [&shares.phase1, &shares.phase2, &shares.phase3]
        .into_iter()
        .zip(1..)
        .map(|(series, phase)| {
            tr.with("phase-area-phase", &[("phase", &phase.to_string()), ("percent", &share(series))])
        })
        .collect();
    parts.push(tr.with("phase-area-dissolved", &[("percent", &share(&shares.dissolved))]));
    tr.with("phase-area-month", &[("month", &m.to_string()), ("shares", &parts.join(", "))])
}

/// Shares of the phases at months 24, 60 and the last, as percentages.
fn describe(tr: &Tr, shares: &PhaseShares) -> String {
    let Some(last) = shares.phase1.len().checked_sub(1) else { return String::new() };
    let mut months: Vec<usize> = [24, 60].into_iter().filter(|&m| m < last).collect();
    months.push(last);
    let parts: Vec<String> = months.iter().map(|&m| at_month(tr, shares, m)).collect();
    tr.with("phase-area-shares", &[("shares", &parts.join("; "))])
}

/// Draws the stacked shares, with the axis caption in the language of `tr`, and returns the
/// plot area's edges as shares of the canvas's width.
fn draw(canvas: &HtmlCanvasElement, tr: &Tr, shares: &PhaseShares) -> Option<(f64, f64)> {
    let ratio = fit_canvas(canvas, 0.3, 180.0);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let root = backend.into_drawing_area();
    let months = shares.phase1.len().saturating_sub(1).max(1) as f64;
    let font = chart_font(canvas, ratio);
    let _ = root.fill(&WHITE);
    let mut chart = month_chart(&root, font, font * 3, months, 0.0..1.0)?;
    let edges = plot_edges(chart.plotting_area().get_pixel_range().0, canvas.width());
    let _ = month_mesh(&mut chart, font, month_caption(&root, font, tr.get("chart-axis-month")))
        .y_labels(5)
        .y_label_formatter(&|v| format!("{:.0}%", v * 100.0))
        .disable_mesh()
        .draw();
    // Each phase is the band between the running totals below and above it, stacked from
    // dissolved at the bottom to phase 3 at the top.
    let n = shares.phase1.len();
    let mut bounds = vec![vec![0.0; n]];
    for layer in [&shares.dissolved, &shares.phase1, &shares.phase2] {
        let next: Vec<f64> = bounds[bounds.len() - 1].iter().zip(layer).map(|(a, b)| a + b).collect();
        bounds.push(next);
    }
    bounds.push(vec![1.0; n]);
    for (phase, pair) in [DISSOLVED, 1, 2, 3].into_iter().zip(bounds.windows(2)) {
        let (low, high) = (&pair[0], &pair[1]);
        let (r, g, b) = crate::palette::phase(phase);
        let upper = high.iter().enumerate().map(|(m, &v)| (m as f64, v));
        let lower = low.iter().enumerate().rev().map(|(m, &v)| (m as f64, v));
        let points: Vec<(f64, f64)> = upper.chain(lower).collect();
        let _ = chart.draw_series(std::iter::once(Polygon::new(points, RGBColor(r, g, b).filled())));
    }
    let _ = root.present();
    Some(edges)
}
