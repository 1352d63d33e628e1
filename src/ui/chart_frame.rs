//! The frame every month chart shares: the label font, the margins and label areas around
//! the plot, and a month axis along the bottom, so that all charts line up and read alike.

use std::ops::Range;

use plotters::chart::{ChartContext, MeshStyle};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

use super::frame::presenting;
use crate::i18n::Lang;

/// The plot coordinates of a month chart: months along x, a value along y.
pub type MonthCoord = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// The colour of axis labels and captions.
pub const LABEL_RGB: RGBColor = RGBColor(40, 40, 40);

/// The label font size in device pixels. It follows the displayed width, so the labels stay
/// legible on a phone and on a projector alike; in presentation mode the labels are larger
/// for their width, since the group reads them from across a room.
pub fn chart_font(canvas: &HtmlCanvasElement, ratio: f64) -> u32 {
    let css_width = f64::from(canvas.client_width()).max(200.0);
    // A wide but low canvas (the timeline across a projector) would leave no room for the plot
    // under month labels sized by the width alone.
    let css_height = f64::from(canvas.client_height()).max(80.0);
    let (per_width, smallest, largest) =
        if presenting(canvas) { (36.0, 16.0, 26.0) } else { (48.0, 12.0, 20.0) };
    ((css_width / per_width).min(css_height / 10.0).clamp(smallest, largest) * ratio) as u32
}

/// Whether a chart `height` device pixels high has room for the caption under its month
/// labels ("month"). A low chart (the timeline or a chart on a 1280 × 720 projector) gives
/// that line to its plot instead: its numbers along the bottom are months all the same, and
/// the run controls say the month.
fn month_caption_fits(height: u32, font: u32) -> bool {
    height >= 10 * font
}

/// A chart over months `0..months` and the value range `y`, with room below for the month
/// labels and, if it fits, their caption, and `y_label_width` device pixels on the left for
/// the value labels. Returns `None` when the area is too small to hold a plot.
pub fn month_chart<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    font: u32,
    y_label_width: u32,
    months: f64,
    y: Range<f64>,
) -> Option<ChartContext<'a, DB, MonthCoord>> {
    let caption = month_caption_fits(root.dim_in_pixel().1, font);
    ChartBuilder::on(root)
        .margin(font / 2)
        .margin_right(font * 2)
        .x_label_area_size(if caption { font * 3 + font / 2 } else { font * 2 })
        .y_label_area_size(y_label_width)
        .build_cartesian_2d(0.0..months, y)
        .ok()
}

/// The caption `text` of the month axis of a chart drawn on `root`, if [`month_chart`] left
/// room for it there.
pub fn month_caption<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    font: u32,
    text: String,
) -> Option<String> {
    month_caption_fits(root.dim_in_pixel().1, font).then_some(text)
}

/// The grid and axes of a month chart: seven whole-month labels along x with `caption` under
/// them (see [`month_caption`]), labels in the chart font and a light grid. Callers add the
/// value labels and then draw it.
pub fn month_mesh<'a, 'b, DB: DrawingBackend>(
    chart: &'b mut ChartContext<'a, DB, MonthCoord>,
    font: u32,
    caption: Option<String>,
) -> MeshStyle<'a, 'b, RangedCoordf64, RangedCoordf64, DB> {
    let mut mesh = chart.configure_mesh();
    if let Some(caption) = caption {
        mesh.x_desc(caption);
    }
    mesh.x_label_formatter(&month_label)
        .x_labels(7)
        .label_style(("sans-serif", font).into_font().color(&LABEL_RGB))
        .light_line_style(RGBColor(236, 236, 236));
    mesh
}

/// How many value labels to ask plotters for on an axis over `range`: `fit`, the number the
/// plot's height has room for, or more where that leaves fewer than three on the axis, since
/// plotters rounds its labels to whole steps and may show fewer than asked for (asked for
/// three over −43 to +22, it labels only the zero).
pub fn value_label_count(range: Range<f64>, fit: usize) -> usize {
    let axis = RangedCoordf64::from(range);
    (fit..=fit + 6).find(|&n| axis.key_points(n).len() >= 3).unwrap_or(fit)
}

/// A value-axis label of a chart whose axis spans `span` units: whole numbers on a tall axis,
/// one decimal on a short one, with the page's decimal separator.
pub fn value_label(lang: Lang, span: f64, value: f64) -> String {
    lang.number(value, if span > 10.0 { 0 } else { 1 })
}

/// A month as a whole number.
fn month_label(month: &f64) -> String {
    format!("{month:.0}")
}
