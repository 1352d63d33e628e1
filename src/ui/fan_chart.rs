//! A fan chart over many seeds: the median month by month with the bands holding the middle
//! 50 % and 90 % of the runs, for run A and, in compare mode, run B on the same axes.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_figure::{plot_edges, use_month_inspect, ChartFigure};
use super::chart_frame::{chart_font, month_caption, month_chart, month_mesh, value_label};
use super::ensemble_job::OutcomeHandle;
use super::frame::{fit_canvas, use_frame_draw};
use super::texts::{use_tr, Tr};
use crate::ensemble::{EnsembleStats, Fan};
use crate::palette;

/// Names of the arms in legends and text alternatives.
pub const ARM_NAMES: [&str; 2] = ["A", "B"];

/// The quantities an ensemble shows as fans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    /// Added value (meerwaarde): cumulative value minus cumulative solo value, negative while
    /// the partners would have done better alone.
    AddedValue,
    /// Mean trust.
    Trust,
    /// Total conflict.
    Conflict,
}

impl Quantity {
    /// The fan of this quantity in an ensemble's statistics.
    pub fn fan(self, stats: &EnsembleStats) -> &Fan {
        match self {
            Quantity::AddedValue => &stats.added_value,
            Quantity::Trust => &stats.trust,
            Quantity::Conflict => &stats.conflict,
        }
    }
}

/// Properties of [`FanChart`].
#[derive(PartialEq, Properties)]
pub struct FanChartProps {
    /// Id of the figure; the canvas is `{id}-canvas`.
    pub id: AttrValue,
    /// Chart title, also the name of the text alternative.
    pub title: AttrValue,
    /// The finished ensemble.
    pub outcome: OutcomeHandle,
    /// The quantity drawn.
    pub quantity: Quantity,
}

/// A fan chart with an HTML legend and a text alternative giving the final month's bands.
#[function_component]
pub fn FanChart(props: &FanChartProps) -> Html {
    let tr = use_tr();
    let canvas = use_node_ref();
    let months = props.outcome.0.stats.iter().map(|s| props.quantity.fan(s).median.len()).max().unwrap_or(1);
    let last = months.saturating_sub(1) as u32;
    let inspect = use_month_inspect(last.max(1), last);
    {
        let canvas = canvas.clone();
        let (outcome, quantity, plot, texts) =
            (props.outcome.clone(), props.quantity, inspect.plot.clone(), tr.clone());
        // The axis caption is drawn in the page's language, so a change of language redraws.
        use_frame_draw((props.outcome.clone(), quantity, tr.clone()), move || {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                if let Some(edges) = draw(&canvas, &texts, &outcome, quantity) {
                    *plot.borrow_mut() = edges;
                }
            }
        });
    }
    let arms = props.outcome.0.stats.len();
    let words = |month: u32| {
        let parts: Vec<String> = props
            .outcome
            .0
            .stats
            .iter()
            .zip(ARM_NAMES)
            .filter_map(|(stats, name)| {
                describe(&tr, props.quantity, props.quantity.fan(stats), name, arms > 1, month)
            })
            .collect();
        parts.join(" ")
    };
    let summary = words(last);
    let readout = inspect.month.map(|m| AttrValue::from(words(m)));
    let (on_inspect, marker) = (inspect.on_inspect, inspect.marker);
    let key = |rgb: palette::Rgb, alpha: f64, label: String| {
        let (r, g, b) = rgb;
        let style = format!("background: rgba({r},{g},{b},{alpha})");
        html! { <li><span class="key" {style}></span>{ label }</li> }
    };
    html! {
        <ChartFigure id={props.id.clone()} title={props.title.clone()} png_name={props.id.clone()} {canvas} height={324}
            {summary} on_inspect={Some(on_inspect)} {marker} {readout}>
            <ul class="legend" aria-hidden="true">
                { for palette::ARMS.iter().zip(ARM_NAMES).take(arms).flat_map(|(&rgb, name)| {
                    let named = |label: String| arm_label(&tr, name, arms > 1, label);
                    [
                        key(rgb, 1.0, named(tr.get("fan-chart-median"))),
                        key(rgb, 0.45, named(tr.get("fan-chart-middle-50"))),
                        key(rgb, 0.2, named(tr.get("fan-chart-middle-90"))),
                    ]
                }) }
                if props.quantity == Quantity::AddedValue {
                    <li><span class="line-key" style="border-top: 3px dashed rgb(110,110,110)"></span>
                        { tr.get("fan-chart-zero-line") }</li>
                }
            </ul>
        </ChartFigure>
    }
}

/// `label` after the arm's name ("A: median") when the ensemble has two arms, else alone.
fn arm_label(tr: &Tr, arm: &str, named: bool, label: String) -> String {
    if named {
        tr.with("fan-chart-arm-label", &[("arm", arm), ("label", &label)])
    } else {
        label
    }
}

/// A month's median and bands in words: levels as "moderate, 53 %", added value in value units.
fn describe(tr: &Tr, quantity: Quantity, fan: &Fan, name: &str, named: bool, month: u32) -> Option<String> {
    let m = month as usize;
    let median = *fan.median.get(m)?;
    let shown = |v: f32| match quantity {
        Quantity::AddedValue => tr.with("chart-value-units", &[("value", &tr.signed(f64::from(v), 1))]),
        Quantity::Trust | Quantity::Conflict => tr.level(f64::from(v)),
    };
    let range = |lo: f32, hi: f32| match quantity {
        Quantity::AddedValue => {
            let (low, high) = (tr.signed(f64::from(lo), 1), tr.signed(f64::from(hi), 1));
            tr.with("fan-chart-range-value-units", &[("low", &low), ("high", &high)])
        }
        Quantity::Trust | Quantity::Conflict => {
            let (low, high) = (tr.number(f64::from(100.0 * lo), 0), tr.number(f64::from(100.0 * hi), 0));
            tr.with("fan-chart-range-percent", &[("low", &low), ("high", &high)])
        }
    };
    let (middle50, middle90) = (range(fan.p25[m], fan.p75[m]), range(fan.p05[m], fan.p95[m]));
    let bands = tr.with("fan-chart-bands", &[("middle50", &middle50), ("middle90", &middle90)]);
    let (month, median) = (month.to_string(), shown(median));
    let values = tr.with("fan-chart-values", &[("month", &month), ("median", &median), ("bands", &bands)]);
    Some(arm_label(tr, name, named, values))
}

/// Draws the fans, with the axis caption in the language of `tr`, and returns the plot area's
/// edges as shares of the canvas's width.
fn draw(
    canvas: &HtmlCanvasElement,
    tr: &Tr,
    outcome: &OutcomeHandle,
    quantity: Quantity,
) -> Option<(f64, f64)> {
    let ratio = fit_canvas(canvas, 0.45, 220.0);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let root = backend.into_drawing_area();
    let fans: Vec<&Fan> = outcome.0.stats.iter().map(|s| quantity.fan(s)).collect();
    let months = fans.iter().map(|f| f.median.len()).max().unwrap_or(1).saturating_sub(1).max(1);
    // Added value can be negative, so its axis reaches from the lowest 5th percentile to the
    // highest 95th; the other quantities lie in 0..=1.
    let signed = quantity == Quantity::AddedValue;
    let highest = fans.iter().flat_map(|f| f.p95.iter()).fold(0.0_f32, |a, &b| a.max(b));
    let lowest = fans.iter().flat_map(|f| f.p05.iter()).fold(0.0_f32, |a, &b| a.min(b));
    let (bottom, top) =
        if signed { (f64::from(lowest) * 1.1, (f64::from(highest) * 1.1).max(1.0)) } else { (0.0, 1.0) };
    let font = chart_font(canvas, ratio);
    let _ = root.fill(&WHITE);
    let mut chart = month_chart(&root, font, font * 3, months as f64, bottom..top)?;
    let edges = plot_edges(chart.plotting_area().get_pixel_range().0, canvas.width());
    let lang = tr.lang();
    let _ = month_mesh(&mut chart, font, month_caption(&root, font, tr.get("chart-axis-month")))
        .y_labels(6)
        .y_label_formatter(&|v| value_label(lang, top - bottom, *v))
        .draw();
    if signed {
        let (r, g, b) = palette::REFERENCE_GREY;
        let style = RGBColor(r, g, b).stroke_width((1.5 * ratio).max(1.0) as u32);
        let dash = (4.0 * ratio) as u32;
        let _ =
            chart.draw_series(DashedLineSeries::new([(0.0, 0.0), (months as f64, 0.0)], dash, dash, style));
    }
    for (fan, &(r, g, b)) in fans.iter().zip(&palette::ARMS) {
        let colour = RGBColor(r, g, b);
        let _ = chart.draw_series(std::iter::once(band(&fan.p05, &fan.p95, colour.mix(0.2).filled())));
        let _ = chart.draw_series(std::iter::once(band(&fan.p25, &fan.p75, colour.mix(0.3).filled())));
        let median = fan.median.iter().enumerate().map(|(m, &v)| (m as f64, f64::from(v)));
        let _ = chart.draw_series(LineSeries::new(median, colour.stroke_width((2.0 * ratio) as u32)));
    }
    let _ = root.present();
    Some(edges)
}

/// The area between a low and a high series, as one polygon.
fn band(low: &[f32], high: &[f32], style: ShapeStyle) -> Polygon<(f64, f64)> {
    let upper = high.iter().enumerate().map(|(m, &v)| (m as f64, f64::from(v)));
    let lower = low.iter().enumerate().rev().map(|(m, &v)| (m as f64, f64::from(v)));
    Polygon::new(upper.chain(lower).collect::<Vec<_>>(), style)
}
