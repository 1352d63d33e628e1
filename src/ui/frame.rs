//! Drawing on a canvas at most once per animation frame.
//!
//! A run can simulate several months between two frames, and each month changes the data.
//! Drawing on every change would waste the frame budget, so a change only requests a frame;
//! further changes before that frame fires just replace what will be drawn.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// The frame requested for the next draw and the newest drawing to make in it.
#[derive(Default)]
struct FrameSlot {
    handle: Option<AnimationFrame>,
    pending: bool,
    draw: Option<Box<dyn FnOnce()>>,
}

/// Calls `draw` in the next animation frame whenever `deps` change. Several changes within
/// one frame cost one call, made with the newest `draw`.
#[hook]
pub fn use_frame_draw<D, F>(deps: D, draw: F)
where
    D: PartialEq + 'static,
    F: FnOnce() + 'static,
{
    let slot: Rc<RefCell<FrameSlot>> = use_mut_ref(FrameSlot::default);
    use_effect_with(deps, move |_| {
        let mut guard = slot.borrow_mut();
        guard.draw = Some(Box::new(draw));
        if !guard.pending {
            guard.pending = true;
            let fired = slot.clone();
            // Replacing the handle drops the previous one, whose frame has already fired.
            guard.handle = Some(request_animation_frame(move |_| {
                let draw = {
                    let mut slot = fired.borrow_mut();
                    slot.pending = false;
                    slot.draw.take()
                };
                if let Some(draw) = draw {
                    draw();
                }
            }));
        }
    });
}

/// Sizes a canvas's backing store to its displayed width times the device pixel ratio, with
/// the given height-to-width ratio, so drawings stay crisp from phones to projectors.
/// Returns the device pixel ratio.
pub fn fit_canvas(canvas: &HtmlCanvasElement, aspect: f64, min_height: f64) -> f64 {
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    let css_width = f64::from(canvas.client_width()).max(200.0);
    let width = (css_width * ratio).round() as u32;
    let height = ((css_width * aspect).max(min_height) * ratio).round() as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    ratio
}

/// Counts the draws of a canvas in its `data-draws` attribute, so that the end-to-end test
/// can compare draws with animation frames.
pub fn count_draw(canvas: &HtmlCanvasElement) {
    let draws = canvas.get_attribute("data-draws").and_then(|d| d.parse::<u64>().ok()).unwrap_or(0);
    let _ = canvas.set_attribute("data-draws", &(draws + 1).to_string());
}
