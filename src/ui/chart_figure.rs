//! The frame every chart shares: a title with its PNG button, the canvas, whatever legend
//! or hint the chart adds, and the current values in words, which are the canvas's text
//! alternative. A chart can also be inspected: pointing at it, or focusing it and using the
//! arrow keys, shows the values at one month in words and a guide line at that month.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::labels::phase_titled;
use super::png_button::PngButton;
use super::texts::Tr;
use crate::model::DISSOLVED;

/// Properties of [`ChartFigure`].
#[derive(PartialEq, Properties)]
pub struct ChartFigureProps {
    /// Id of the figure; the canvas is `{id}-canvas` and the values `{id}-values`.
    pub id: AttrValue,
    /// Chart title, also the canvas's accessible name.
    pub title: AttrValue,
    /// File name of the PNG download, without `alliance-` and the extension.
    pub png_name: AttrValue,
    /// The canvas the chart draws on.
    pub canvas: NodeRef,
    /// Height of the canvas at its default width of 720 (drawing fits it to the page).
    pub height: u32,
    /// The current values in words.
    pub summary: AttrValue,
    /// Legend or hint shown between the canvas and the values.
    #[prop_or_default]
    pub children: Html,
    /// Makes the canvas inspectable: pointing at it or focusing it and pressing the arrow keys
    /// sends [`Inspect`] events here.
    #[prop_or_default]
    pub on_inspect: Option<Callback<Inspect>>,
    /// Where the inspected month lies, as a share of the canvas's width, for a guide line.
    #[prop_or_default]
    pub marker: Option<f64>,
    /// The values at the inspected month in words.
    #[prop_or_default]
    pub readout: Option<AttrValue>,
}

/// What the user does to inspect a chart's values at a month.
#[derive(Clone, Debug, PartialEq)]
pub enum Inspect {
    /// The pointer is at this share of the canvas's width.
    At(f64),
    /// A key on the focused canvas ("ArrowLeft", "ArrowRight", "Home", "End"; Shift moves a year).
    Key(String, bool),
    /// The canvas got the focus.
    Focus,
    /// The pointer left. Losing the focus keeps the readout: taking it away then would move
    /// what lies below just as the user clicks it.
    Leave,
}

/// A chart's figure around its canvas.
#[function_component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let canvas_id = format!("{}-canvas", props.id);
    let values_id = format!("{}-values", props.id);
    html! {
        <figure class="chart" id={props.id.clone()}>
            <figcaption>
                { props.title.clone() }
                <PngButton canvas_id={canvas_id.clone()} name={props.png_name.clone()} title={props.title.clone()} />
            </figcaption>
            <div class="canvas-wrap">
                <canvas id={canvas_id} ref={props.canvas.clone()} role="img" aria-label={props.title.clone()}
                    aria-describedby={values_id.clone()} width="720" height={props.height.to_string()}
                    tabindex={props.on_inspect.as_ref().map(|_| "0")}
                    onpointermove={inspect(&props.on_inspect, pointed)}
                    onpointerdown={inspect(&props.on_inspect, pointed)}
                    onpointerleave={inspect(&props.on_inspect, |_: PointerEvent| Some(Inspect::Leave))}
                    onfocus={inspect(&props.on_inspect, |_: FocusEvent| Some(Inspect::Focus))}
                    onkeydown={inspect(&props.on_inspect, |e: KeyboardEvent| {
                        let key = e.key();
                        matches!(key.as_str(), "ArrowLeft" | "ArrowRight" | "Home" | "End").then(|| {
                            // The arrows move through months instead of scrolling the page.
                            e.prevent_default();
                            Inspect::Key(key, e.shift_key())
                        })
                    })}></canvas>
                if let Some(x) = props.marker {
                    <div class="inspect-line" aria-hidden="true" style={format!("left: {:.3}%", 100.0 * x)}></div>
                }
            </div>
            { props.children.clone() }
            if let Some(readout) = &props.readout {
                <p class="chart-inspect" id={format!("{}-inspect", props.id)} aria-live="polite">{ readout.clone() }</p>
            }
            <p class="chart-values" id={values_id}>{ props.summary.clone() }</p>
        </figure>
    }
}

/// A chart's inspected month and what the figure needs to show it.
pub struct MonthInspect {
    /// The month inspected, if any, never beyond the last month with data.
    pub month: Option<u32>,
    /// Where that month lies, as a share of the canvas's width ([`ChartFigureProps::marker`]).
    pub marker: Option<f64>,
    /// The figure's [`ChartFigureProps::on_inspect`].
    pub on_inspect: Callback<Inspect>,
    /// The plot area's left and right edges as shares of the canvas's width, which the chart's
    /// drawing updates, so that a pointer position maps to a month.
    pub plot: Rc<RefCell<(f64, f64)>>,
}

/// The month a user inspects on a chart whose x axis runs from month 0 to `axis_months`, with
/// data up to month `last`: pointing picks the nearest month, the arrow keys step by a month
/// (with Shift a year), Home and End go to the first and last month, focus starts at the last.
#[hook]
pub fn use_month_inspect(axis_months: u32, last: u32) -> MonthInspect {
    let plot = use_mut_ref(|| (0.0_f64, 1.0_f64));
    let inspected = use_state(|| None::<u32>);
    let on_inspect = {
        let (inspected, plot) = (inspected.clone(), plot.clone());
        Callback::from(move |event: Inspect| {
            let (left, right) = *plot.borrow();
            let current = (*inspected).unwrap_or(last).min(last);
            let month = match event {
                Inspect::At(share) => {
                    let month =
                        ((share - left) / (right - left).max(1e-9) * f64::from(axis_months.max(1))).round();
                    Some(month.clamp(0.0, f64::from(last)) as u32)
                }
                Inspect::Key(key, year) => {
                    let by = if year { 12 } else { 1 };
                    Some(match key.as_str() {
                        "ArrowLeft" => current.saturating_sub(by),
                        "ArrowRight" => (current + by).min(last),
                        "Home" => 0,
                        _ => last,
                    })
                }
                Inspect::Focus => Some(last),
                Inspect::Leave => None,
            };
            inspected.set(month);
        })
    };
    // A month beyond the data (after a Reset) is not shown.
    let month = (*inspected).filter(|&m| m <= last);
    let marker = month.map(|m| {
        let (left, right) = *plot.borrow();
        left + f64::from(m) / f64::from(axis_months.max(1)) * (right - left)
    });
    MonthInspect { month, marker, on_inspect, plot }
}

/// The plot area's left and right edges as shares of the canvas's width, from a chart's
/// plotting area, for [`MonthInspect::plot`].
pub fn plot_edges(x_pixels: std::ops::Range<i32>, canvas_width: u32) -> (f64, f64) {
    let width = f64::from(canvas_width.max(1));
    (f64::from(x_pixels.start) / width, f64::from(x_pixels.end) / width)
}

/// Where a pointer (mouse, pen or a finger's tap) is on the canvas, as a share of its width.
fn pointed(e: PointerEvent) -> Option<Inspect> {
    let width = f64::from(e.target_unchecked_into::<web_sys::HtmlElement>().client_width().max(1));
    Some(Inspect::At(f64::from(e.offset_x()) / width))
}

/// A canvas event handler that sends what `read` makes of the event, if anything, or none
/// at all when the chart is not inspectable.
fn inspect<E: 'static>(
    on_inspect: &Option<Callback<Inspect>>,
    read: impl Fn(E) -> Option<Inspect> + 'static,
) -> Option<Callback<E>> {
    on_inspect.clone().map(|cb| {
        Callback::from(move |e: E| {
            if let Some(event) = read(e) {
                cb.emit(event);
            }
        })
    })
}

/// The legend of the three phases and of dissolution, shared by the phase bands and the
/// stacked phase shares.
pub fn phase_legend(tr: &Tr) -> Html {
    html! {
        <ul class="legend" aria-hidden="true">
            { phase_keys(tr) }
        </ul>
    }
}

/// The legend's items for the three phases, named as everywhere on the page
/// ([`phase_short_name`]), and for dissolution, in the colours of the stylesheet's `--phase0`
/// to `--phase3`.
pub fn phase_keys(tr: &Tr) -> Html {
    let key = |phase: u8, text: String| {
        html! { <li><span class={classes!("key", format!("phase{phase}"))}></span>{ text }</li> }
    };
    html! {
        <>
            { for (1..=3).map(|p| key(p, phase_titled(tr, p))) }
            { key(DISSOLVED, tr.get("chart-phase-key-dissolved")) }
        </>
    }
}
