//! A live line chart of alliance-level quantities, drawn with plotters on a canvas.
//!
//! The chart redraws only when the simulation's revision changed, and at most once per
//! animation frame: several months simulated between two frames cost a single draw.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::series::Series;
use super::state::SimHandle;

/// Properties of [`LineChart`].
#[derive(PartialEq, Properties)]
pub struct LineChartProps {
    /// The run whose history is drawn.
    pub sim: SimHandle,
    /// The simulation's revision; a new value means new data.
    pub revision: u64,
    /// Chart title, also the start of the text alternative.
    pub title: AttrValue,
    /// The quantities to plot, all on a 0..1 scale.
    pub series: Vec<Series>,
}

/// The animation frame requested for the next draw, if any.
#[derive(Default)]
struct FrameSlot {
    handle: Option<AnimationFrame>,
    pending: bool,
}

/// A line chart with a text alternative listing the latest values.
#[function_component]
pub fn LineChart(props: &LineChartProps) -> Html {
    let canvas = use_node_ref();
    let frame: Rc<RefCell<FrameSlot>> = use_mut_ref(FrameSlot::default);
    {
        let canvas = canvas.clone();
        let sim = props.sim.clone();
        let series = props.series.clone();
        use_effect_with((props.revision, props.sim.clone()), move |_| {
            // A frame already requested will read the newest data when it fires.
            let mut slot = frame.borrow_mut();
            if !slot.pending {
                slot.pending = true;
                let fired = frame.clone();
                // Replacing the handle drops the previous one, whose frame has already fired.
                slot.handle = Some(request_animation_frame(move |_| {
                    fired.borrow_mut().pending = false;
                    if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                        draw(&canvas, &sim, &series);
                    }
                }));
            }
        });
    }
    let summary = text_alternative(&props.title, &props.sim, &props.series);
    html! {
        <figure class="chart">
            <figcaption>{ props.title.clone() }</figcaption>
            <canvas ref={canvas} role="img" aria-label={summary} width="720" height="320"></canvas>
        </figure>
    }
}

fn text_alternative(title: &str, sim: &SimHandle, series: &[Series]) -> String {
    let sim = sim.borrow();
    let Some(last) = sim.history().last() else { return title.to_string() };
    let values: Vec<String> =
        series.iter().map(|s| format!("{} {:.2}", s.label(), s.value(last))).collect();
    format!("{title}, month {}: {}", last.month, values.join(", "))
}

fn draw(canvas: &HtmlCanvasElement, sim: &SimHandle, series: &[Series]) {
    // Match the canvas resolution to its displayed size so lines stay crisp on any screen.
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    let width = (f64::from(canvas.client_width()) * ratio).round().max(200.0) as u32;
    let height = (width as f64 * 0.45).round() as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else { return };
    let root = backend.into_drawing_area();
    let sim = sim.borrow();
    let horizon = f64::from(sim.horizon().max(1));
    let font = (12.0 * ratio) as u32;
    let _ = root.fill(&WHITE);
    let Ok(mut chart) = ChartBuilder::on(&root)
        .margin(8 * ratio as u32)
        .x_label_area_size(font * 3)
        .y_label_area_size(font * 3)
        .build_cartesian_2d(0.0..horizon, 0.0..1.0)
    else {
        return;
    };
    let _ = chart
        .configure_mesh()
        .x_desc("month")
        .label_style(("sans-serif", font))
        .light_line_style(RGBColor(235, 235, 235))
        .draw();
    for &s in series {
        let (r, g, b) = s.rgb();
        let colour = RGBColor(r, g, b);
        let points = sim.history().iter().map(|snap| (f64::from(snap.month), s.value(snap)));
        if let Ok(drawn) = chart.draw_series(LineSeries::new(points, colour.stroke_width(2 * ratio as u32))) {
            drawn.label(s.label()).legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(3))
            });
        }
    }
    let _ = chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .label_font(("sans-serif", font))
        .background_style(WHITE.mix(0.85))
        .border_style(RGBColor(200, 200, 200))
        .draw();
    let _ = root.present();
}
