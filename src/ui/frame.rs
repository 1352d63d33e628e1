//! Drawing on a canvas at most once per animation frame.
//!
//! A run can simulate several months between two frames, and each month changes the data.
//! Drawing on every change would waste the frame budget, so a change only requests a frame;
//! further changes before that frame fires just replace what will be drawn.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// The frame requested for the next draw and the newest drawing to make in it.
#[derive(Default)]
struct FrameSlot {
    handle: Option<AnimationFrame>,
    pending: bool,
    draw: Option<Box<dyn FnOnce()>>,
}

/// Calls `draw` in the next animation frame whenever `deps` or the window width change.
/// Several changes within one frame cost one call, made with the newest `draw`.
#[hook]
pub fn use_frame_draw<D, F>(deps: D, draw: F)
where
    D: PartialEq + 'static,
    F: FnOnce() + 'static,
{
    let slot: Rc<RefCell<FrameSlot>> = use_mut_ref(FrameSlot::default);
    let width = use_window_width();
    use_effect_with((deps, width), move |_| {
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

/// The window's inner width in CSS pixels, updated when the window is resized (a phone
/// turned sideways, a laptop plugged into a projector), so canvases can redraw at the new size.
#[hook]
fn use_window_width() -> i32 {
    let width = use_state(current_width);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || width.set(current_width()));
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ =
                        w.remove_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
                }
            }
        });
    }
    *width
}

fn current_width() -> i32 {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).map_or(0, |v| v as i32)
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
