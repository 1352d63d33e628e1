//! The difference chart of compare mode: B minus A month by month for added value, trust
//! and conflict, each in its own strip with a zero line, on one time axis.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_figure::{plot_edges, use_month_inspect, ChartFigure};
use super::chart_frame::{chart_font, month_mesh, LABEL_RGB};
use super::frame::{fit_canvas, use_frame_draw};
use super::series::Series;
use super::state::SimHandle;
use super::texts::{use_tr, Tr};
use crate::numbers::symmetric_extent;
use crate::simulation::Simulation;

/// The quantities compared, in strip order.
const COMPARED: [Series; 3] = [Series::AddedValue, Series::Trust, Series::Conflict];

/// The least half-height of the added-value strip, in value units: runs that hardly differ
/// are drawn on a scale that shows they hardly differ, not blown up to fill the strip.
const SMALLEST_VALUE_AXIS: f64 = 0.5;

/// The least half-height of a level's strip, in percentage points (see
/// [`SMALLEST_VALUE_AXIS`]).
const SMALLEST_POINTS_AXIS: f64 = 5.0;

/// Properties of [`DiffChart`].
#[derive(PartialEq, Properties)]
pub struct DiffChartProps {
    /// Run A.
    pub a: SimHandle,
    /// Run B.
    pub b: SimHandle,
    /// The revision of both runs.
    pub revision: u64,
}

/// The three difference strips with a text alternative giving the latest differences.
#[function_component]
pub fn DiffChart(props: &DiffChartProps) -> Html {
    let tr = use_tr();
    let canvas = use_node_ref();
    let (horizon, last) = {
        let (a, b) = (props.a.borrow(), props.b.borrow());
        let last = a.history().last().zip(b.history().last()).map_or(0, |(x, y)| x.month.min(y.month));
        (a.horizon().max(1), last)
    };
    let inspect = use_month_inspect(horizon, last);
    {
        let canvas = canvas.clone();
        let (a, b, plot, texts) = (props.a.clone(), props.b.clone(), inspect.plot.clone(), tr.clone());
        // The strips' captions are drawn in the page's language, so a change of language redraws.
        use_frame_draw((props.revision, props.a.clone(), props.b.clone(), tr.clone()), move || {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                if let Some(edges) = draw(&canvas, &texts, &a.borrow(), &b.borrow()) {
                    *plot.borrow_mut() = edges;
                }
            }
        });
    }
    let title = tr.get("diff-chart-title");
    let summary = describe(&tr, &props.a.borrow(), &props.b.borrow(), None);
    let readout =
        inspect.month.map(|m| AttrValue::from(describe(&tr, &props.a.borrow(), &props.b.borrow(), Some(m))));
    let (on_inspect, marker) = (inspect.on_inspect, inspect.marker);
    html! {
        <ChartFigure id="diff" {title} png_name="difference" {canvas} height={400} {summary}
            on_inspect={Some(on_inspect)} {marker} {readout}>
            <p class="hint">{ tr.get("diff-chart-hint") }</p>
        </ChartFigure>
    }
}

/// B − A of one quantity for each month both runs have.
fn differences(a: &Simulation, b: &Simulation, series: Series) -> Vec<(f64, f64)> {
    a.history()
        .iter()
        .zip(b.history())
        .map(|(x, y)| (f64::from(x.month), series.value(y) - series.value(x)))
        .collect()
}

/// B − A at a month (the latest both runs have when `None`) in words: added value in value
/// units, levels in percentage points.
fn describe(tr: &Tr, a: &Simulation, b: &Simulation, month: Option<u32>) -> String {
    let (x, y) = match month {
        Some(m) => (a.snapshot(m), b.snapshot(m)),
        None => (a.history().last(), b.history().last()),
    };
    let (Some(x), Some(y)) = (x, y) else { return String::new() };
    let parts: Vec<String> = COMPARED
        .iter()
        .map(|&s| {
            let d = s.value(y) - s.value(x);
            let name = s.label(tr);
            match s {
                Series::AddedValue => {
                    tr.with("diff-chart-value-units", &[("name", &name), ("difference", &tr.signed(d, 1))])
                }
                _ => {
                    tr.with("diff-chart-points", &[("name", &name), ("difference", &tr.signed(100.0 * d, 0))])
                }
            }
        })
        .collect();
    tr.with("diff-chart-values", &[("month", &x.month.to_string()), ("differences", &parts.join(", "))])
}

/// Draws the strips, captioned in the language of `tr`, and returns the plot area's edges as
/// shares of the canvas's width.
fn draw(canvas: &HtmlCanvasElement, tr: &Tr, a: &Simulation, b: &Simulation) -> Option<(f64, f64)> {
    let ratio = fit_canvas(canvas, 0.55, 300.0);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let mut edges = None;
    let root = backend.into_drawing_area();
    let horizon = f64::from(a.horizon().max(1));
    let font = chart_font(canvas, ratio);
    let _ = root.fill(&WHITE);
    for (strip, &series) in root.split_evenly((3, 1)).iter().zip(&COMPARED) {
        let points = differences(a, b, series);
        let largest = points.iter().map(|p| p.1.abs()).fold(0.0_f64, f64::max);
        // Added value is drawn in value units, levels in percentage points (as the text
        // alternative says them); the axis reaches a round number at least as far as the
        // largest difference, and is labelled there and at zero.
        let (scale, smallest, caption) = match series {
            Series::AddedValue => (1.0, SMALLEST_VALUE_AXIS, "diff-chart-caption-value-units"),
            _ => (100.0, SMALLEST_POINTS_AXIS, "diff-chart-caption-points"),
        };
        let (reach, decimals) = symmetric_extent(largest * scale, smallest);
        let extent = reach / scale;
        let caption = tr.with(caption, &[("name", &series.label(tr))]);
        let Ok(mut chart) = ChartBuilder::on(strip)
            .margin(font / 3)
            .margin_right(font * 2)
            .caption(caption, ("sans-serif", font).into_font().color(&LABEL_RGB))
            .x_label_area_size(font * 2)
            .y_label_area_size(font * 4)
            .build_cartesian_2d(0.0..horizon, -extent..extent)
        else {
            continue;
        };
        edges = Some(plot_edges(chart.plotting_area().get_pixel_range().0, canvas.width()));
        let _ = month_mesh(&mut chart, font, None)
            .y_labels(3)
            .y_label_formatter(&|v| tr.signed(v * scale, decimals))
            .draw();
        let _ = chart
            .draw_series(LineSeries::new([(0.0, 0.0), (horizon, 0.0)], BLACK.stroke_width(ratio as u32)));
        let (r, g, b) = series.rgb();
        let _ =
            chart.draw_series(LineSeries::new(points, RGBColor(r, g, b).stroke_width((2.0 * ratio) as u32)));
    }
    let _ = root.present();
    edges
}
