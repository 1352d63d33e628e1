//! A live line chart of alliance-level quantities, drawn with plotters on a canvas.
//!
//! The chart redraws only when the simulation's revision changed, and at most once per
//! animation frame: several months simulated between two frames cost a single draw.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_figure::{plot_edges, use_month_inspect, ChartFigure};
use super::chart_frame::{
    chart_font, month_caption, month_chart, month_mesh, value_label, value_label_count, LABEL_RGB,
};
use super::frame::{fit_canvas, use_frame_draw};
use super::series::Series;
use super::state::SimHandle;
use super::term::Term;
use super::texts::{use_tr, Tr};
use crate::palette;

/// A horizontal reference line, such as the process-share alarm or the zero line of added
/// value.
#[derive(Clone, Debug, PartialEq)]
pub struct RefLine {
    /// Height of the line on the value axis.
    pub value: f64,
    /// What it means, shown in the legend and the text alternative.
    pub label: AttrValue,
    /// Its colour.
    pub rgb: palette::Rgb,
}

impl RefLine {
    /// A warning threshold, in Okabe-Ito vermillion.
    pub fn alarm(value: f64, label: impl Into<AttrValue>) -> RefLine {
        RefLine { value, label: label.into(), rgb: palette::VERMILLION }
    }

    /// The zero line of a quantity that can be negative, in grey so that it reads as an axis
    /// rather than a warning.
    pub fn zero(label: impl Into<AttrValue>) -> RefLine {
        RefLine { value: 0.0, label: label.into(), rgb: palette::REFERENCE_GREY }
    }
}

/// Properties of [`LineChart`].
#[derive(PartialEq, Properties)]
pub struct LineChartProps {
    /// Id of the figure, used by tests and links.
    pub id: AttrValue,
    /// The run whose history is drawn.
    pub sim: SimHandle,
    /// The simulation's revision; a new value means new data.
    pub revision: u64,
    /// The revision the values in words follow (see [`super::state::AppState::texts`]).
    pub texts: u64,
    /// Chart title, also the name of the text alternative.
    pub title: AttrValue,
    /// The quantities to plot.
    pub series: Vec<Series>,
    /// Top of the value axis; `None` fits the data, and then the axis also reaches below zero
    /// when a series does.
    #[prop_or(Some(1.0))]
    pub y_max: Option<f64>,
    /// An optional reference line.
    #[prop_or_default]
    pub reference: Option<RefLine>,
    /// Run B in compare mode, drawn dotted in the same colours beside A's solid lines.
    #[prop_or_default]
    pub sim_b: Option<SimHandle>,
}

/// A line chart with a text alternative listing the latest values.
#[function_component]
pub fn LineChart(props: &LineChartProps) -> Html {
    let tr = use_tr();
    let canvas = use_node_ref();
    let (horizon, last) = {
        let sim = props.sim.borrow();
        (sim.horizon().max(1), sim.history().last().map_or(0, |h| h.month))
    };
    let inspect = use_month_inspect(horizon, last);
    {
        let canvas = canvas.clone();
        let sim = props.sim.clone();
        let series = props.series.clone();
        let (y_max, reference, sim_b, plot) =
            (props.y_max, props.reference.clone(), props.sim_b.clone(), inspect.plot.clone());
        // The axis captions are drawn in the page's language, so a change of language redraws.
        let texts = tr.clone();
        use_frame_draw((props.revision, props.sim.clone(), props.sim_b.clone(), tr.clone()), move || {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                if let Some(edges) =
                    draw(&canvas, &texts, &sim, sim_b.as_ref(), &series, y_max, reference.as_ref())
                {
                    *plot.borrow_mut() = edges;
                }
            }
        });
    }
    let levels = props.y_max.is_some();
    let words = |month: Option<u32>| match &props.sim_b {
        None => text_at(&tr, &props.sim, &props.series, props.reference.as_ref(), levels, month),
        Some(b) => {
            let a = text_at(&tr, &props.sim, &props.series, props.reference.as_ref(), levels, month);
            let b = text_at(&tr, b, &props.series, None, levels, month);
            tr.with("line-chart-compare-values", &[("a", &a), ("b", &b)])
        }
    };
    let summary = use_memo((props.texts, props.sim.clone(), props.sim_b.clone(), tr.clone()), |_| {
        AttrValue::from(words(None))
    });
    let summary = (*summary).clone();
    let readout = inspect.month.map(|m| AttrValue::from(words(Some(m))));
    let (on_inspect, marker) = (inspect.on_inspect, inspect.marker);
    // The legend is HTML under the chart rather than drawn on it, so it never hides a line
    // and reflows at phone width.
    // Each quantity's name carries its glossary help; the line samples are decoration.
    let key = |rgb: palette::Rgb, dashed: bool, label: Html| {
        let (r, g, b) = rgb;
        let style = format!("border-top: 3px {} rgb({r},{g},{b})", if dashed { "dashed" } else { "solid" });
        html! { <li><span class="line-key" aria-hidden="true" {style}></span>{ label }</li> }
    };
    html! {
        <ChartFigure id={props.id.clone()} title={props.title.clone()} png_name={props.id.clone()} {canvas} height={324}
            {summary} on_inspect={Some(on_inspect)} {marker} {readout}>
            <ul class="legend">
                { for props.series.iter().map(|s| key(s.rgb(), s.dashed(), html! { <Term name={s.term()}>{ s.label(&tr) }</Term> })) }
                { for props.reference.iter().map(|r| key(r.rgb, true, html! { { r.label.clone() } })) }
                if props.sim_b.is_some() {
                    <li class="run-key"><span class="line-key" aria-hidden="true" style="border-top: 3px solid #555"></span>{ tr.get("line-chart-run-a") }</li>
                    <li class="run-key"><span class="line-key" aria-hidden="true" style="border-top: 3px dotted #555"></span>{ tr.get("line-chart-run-b") }</li>
                }
            </ul>
        </ChartFigure>
    }
}

/// The values at a month (the latest when `None`) in words: levels on the 0-to-1 scale as
/// "moderate, 53 %", values with their unit.
fn text_at(
    tr: &Tr,
    sim: &SimHandle,
    series: &[Series],
    reference: Option<&RefLine>,
    levels: bool,
    month: Option<u32>,
) -> String {
    let sim = sim.borrow();
    let Some(last) = month.and_then(|m| sim.snapshot(m)).or(sim.history().last()) else {
        return String::new();
    };
    let shown = |v: f64| {
        if levels {
            tr.level(v)
        } else {
            tr.with("chart-value-units", &[("value", &tr.number(v, 1))])
        }
    };
    let named = |name: &str, v: f64| tr.with("chart-named-value", &[("name", name), ("value", &shown(v))]);
    let mut values: Vec<String> = series.iter().map(|s| named(&s.label(tr), s.value(last))).collect();
    // A reference line is a threshold, not a measurement: its height without a level's word.
    if let Some(r) = reference {
        let height = if levels {
            tr.with("chart-percent", &[("value", &tr.number(100.0 * r.value, 0))])
        } else {
            shown(r.value)
        };
        values.push(tr.with("chart-reference-value", &[("name", &r.label), ("value", &height)]));
    }
    tr.with("chart-month-values", &[("month", &last.month.to_string()), ("values", &values.join(", "))])
}

/// Draws the chart, with its axis captions in the language of `tr`, and returns the plot
/// area's left and right edges as shares of the canvas's width.
fn draw(
    canvas: &HtmlCanvasElement,
    tr: &Tr,
    sim: &SimHandle,
    sim_b: Option<&SimHandle>,
    series: &[Series],
    y_max: Option<f64>,
    reference: Option<&RefLine>,
) -> Option<(f64, f64)> {
    let ratio = fit_canvas(canvas, 0.45, 220.0);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let root = backend.into_drawing_area();
    let sim = sim.borrow();
    let sim_b = sim_b.map(SimHandle::borrow);
    let history = sim.history();
    let history_b = sim_b.as_ref().map_or(&[][..], |b| b.history());
    let horizon = f64::from(sim.horizon().max(1));
    let values = || history.iter().chain(history_b).flat_map(|h| series.iter().map(|s| s.value(h)));
    let top = y_max.unwrap_or_else(|| (values().fold(0.0_f64, f64::max) * 1.1).max(1.0));
    let bottom = if y_max.is_some() { 0.0 } else { values().fold(0.0_f64, f64::min) * 1.1 };
    let font = chart_font(canvas, ratio);
    let line = (2.0 * ratio).round() as u32;
    let _ = root.fill(&WHITE);
    // The y axis says what its numbers are: a level on the model's 0-to-1 scale, or value
    // units (what the partners produce in a month, alone about half a unit each).
    let y_desc = if y_max.is_some() { tr.get("chart-axis-level") } else { tr.get("chart-axis-value-units") };
    let lang = tr.lang();
    // The unit is written across the top, above the value labels, rather than turned along
    // the axis, where a low chart (presentation mode, a phone) cut it off.
    let (head, body) = root.split_vertically(font + font / 2);
    let unit_style = ("sans-serif", font).into_font().color(&LABEL_RGB);
    let _ = head.draw_text(&y_desc, &unit_style, (font as i32 / 2, font as i32 / 3));
    let mut chart = month_chart(&body, font, font * 3, horizon, bottom..top)?;
    let edges = plot_edges(chart.plotting_area().get_pixel_range().0, canvas.width());
    // As many value labels as fit the plot's height with a line of space between them (a
    // low chart in presentation mode has room for fewer than a chart on a desktop).
    let plot_height = chart.plotting_area().get_pixel_range().1;
    // At least three shown, so that a low chart still shows its scale.
    let fit = ((plot_height.end - plot_height.start) / (2 * font as i32)).clamp(2, 6) as usize;
    let labels = value_label_count(bottom..top, fit);
    let _ = month_mesh(&mut chart, font, month_caption(&body, font, tr.get("chart-axis-month")))
        .y_labels(labels)
        .y_label_formatter(&|v| value_label(lang, top - bottom, *v))
        .draw();
    let points = |history: &'_ [crate::model::Snapshot], s: Series| {
        history
            .iter()
            .filter(move |snap| snap.month >= s.first_month())
            .map(move |snap| (f64::from(snap.month), s.value(snap)))
            .collect::<Vec<_>>()
    };
    for &s in series {
        let (r, g, b) = s.rgb();
        let style = RGBColor(r, g, b).stroke_width(line);
        // A series that fails to draw leaves the others drawn; there is nothing better to do
        // in the middle of a frame.
        // Long dashes, so that a baseline never looks like run B's dots in compare mode.
        if s.dashed() {
            let _ = chart.draw_series(DashedLineSeries::new(
                points(history, s),
                10 * ratio as u32,
                5 * ratio as u32,
                style,
            ));
        } else {
            let _ = chart.draw_series(LineSeries::new(points(history, s), style));
        }
        // Run B in the same colour, dotted: short dashes with gaps, whatever A's pattern.
        if sim_b.is_some() {
            let dots = (2.0 * ratio).round().max(1.0) as u32;
            let _ = chart.draw_series(DashedLineSeries::new(points(history_b, s), dots, 2 * dots, style));
        }
    }
    if let Some(r) = reference {
        let (red, green, blue) = r.rgb;
        let style = RGBColor(red, green, blue).stroke_width(line);
        let points = [(0.0, r.value), (horizon, r.value)];
        let _ = chart.draw_series(DashedLineSeries::new(points, 3 * ratio as u32, 3 * ratio as u32, style));
    }
    let _ = root.present();
    Some(edges)
}
