//! Drawing on a canvas at most once per animation frame, within a frame-time budget.
//!
//! A run can simulate several months between two frames, and each month changes the data.
//! Drawing on every change would waste the frame budget, so a change only queues a drawing;
//! further changes before it is drawn just replace what will be drawn. One animation frame
//! callback draws the queue in order until [`DRAW_BUDGET_MS`] is spent and leaves the rest
//! for the next frame, so that a slow machine updates its charts less often during a fast run
//! instead of blocking the page with long tasks.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::browser::{now_ms, on_window};

/// Milliseconds of drawing one animation frame may hold. A frame lasts 16.7 ms at 60 Hz, and
/// the month's step and the page's update need their share of it. Measured with the CPU
/// slowed 4 × (docs/PERFORMANCE.md): one chart takes 5 to 10 ms to draw, so about one is drawn
/// per frame there; without the slowing most frames still draw every chart that changed.
const DRAW_BUDGET_MS: f64 = 6.0;

/// A canvas's newest drawing, waiting for its turn.
type Draw = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// The drawings waiting for a frame, oldest first, and the frame requested for them.
#[derive(Default)]
struct Queue {
    waiting: VecDeque<Draw>,
    frame: Option<AnimationFrame>,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::new(Queue::default());
    /// Changes of the page's layout that change the charts' sizes without a change of the
    /// window's width, such as entering presentation mode.
    static LAYOUTS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Tells every chart that the layout changed, so that each redraws at its new size: for
/// changes of the page that are not a resize of the window.
pub fn relayout() {
    LAYOUTS.with(|l| l.set(l.get().wrapping_add(1)));
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new("resize") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Queues a canvas's slot for drawing unless it waits already, and makes sure a frame comes.
fn enqueue(slot: &Draw) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if !q.waiting.iter().any(|w| Rc::ptr_eq(w, slot)) {
            q.waiting.push_back(slot.clone());
        }
        if q.frame.is_none() {
            q.frame = Some(request_animation_frame(|_| draw_within_budget()));
        }
    });
}

/// Draws waiting canvases in order until the budget is spent (at least one, so that every
/// canvas gets its turn however slow the machine), then asks for another frame if some wait.
fn draw_within_budget() {
    let started = now_ms();
    QUEUE.with(|q| q.borrow_mut().frame = None);
    loop {
        let Some(slot) = QUEUE.with(|q| q.borrow_mut().waiting.pop_front()) else { break };
        // The drawing runs with the queue released: it may cause new drawings to be queued.
        let draw = slot.borrow_mut().take();
        if let Some(draw) = draw {
            draw();
        }
        if now_ms() - started >= DRAW_BUDGET_MS {
            break;
        }
    }
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if !q.waiting.is_empty() && q.frame.is_none() {
            q.frame = Some(request_animation_frame(|_| draw_within_budget()));
        }
    });
}

/// Calls `draw` in a coming animation frame whenever `deps`, the window width or the layout
/// ([`relayout`]) change. Several changes before then cost one call, made with the newest
/// `draw`.
#[hook]
pub fn use_frame_draw<D, F>(deps: D, draw: F)
where
    D: PartialEq + 'static,
    F: FnOnce() + 'static,
{
    let slot: Draw = use_mut_ref(|| None);
    let layout = use_layout();
    use_effect_with((deps, layout), move |_| {
        *slot.borrow_mut() = Some(Box::new(draw));
        enqueue(&slot);
    });
}

/// The window's inner width in CSS pixels and the count of [`relayout`]s, updated when the
/// window is resized (a phone turned sideways, a laptop plugged into a projector) or the
/// layout changes, so canvases can redraw at their new size.
#[hook]
fn use_layout() -> (i32, u32) {
    let layout = || (current_width(), LAYOUTS.with(std::cell::Cell::get));
    let width = use_state(layout);
    {
        let width = width.clone();
        use_effect_with((), move |_| on_window("resize", move || width.set(layout())));
    }
    *width
}

fn current_width() -> i32 {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).map_or(0, |v| v as i32)
}

/// Whether `canvas` is shown in presentation mode, where it takes the height of its place on
/// the screen and its labels are larger.
pub fn presenting(canvas: &HtmlCanvasElement) -> bool {
    canvas.closest(".presenting").ok().flatten().is_some()
}

/// Sizes a canvas's backing store to its displayed width times the device pixel ratio, with
/// the given height-to-width ratio, so drawings stay crisp from phones to projectors.
/// Returns the device pixel ratio.
/// In presentation mode the stylesheet gives each canvas the height of its place on the
/// screen, and the drawing takes that height instead.
pub fn fit_canvas(canvas: &HtmlCanvasElement, aspect: f64, min_height: f64) -> f64 {
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    let css_width = f64::from(canvas.client_width()).max(200.0);
    let css_height = if presenting(canvas) {
        f64::from(canvas.client_height()).max(80.0)
    } else {
        (css_width * aspect).max(min_height)
    };
    let width = (css_width * ratio).round() as u32;
    let height = (css_height * ratio).round() as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    ratio
}
