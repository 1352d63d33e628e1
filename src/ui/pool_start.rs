//! When the ensemble workers' pool starts by itself, before anyone asks for an ensemble.
//!
//! Workers that are already running make the first ensemble quick, but starting them costs:
//! the workers' module (about 180 KB compressed) to fetch and compile, and each worker to
//! start. With the page, that would hold up loading on a slow connection; beside a live run,
//! it takes the run's CPU, and on a slow machine its frames become long tasks (measured in
//! docs/PERFORMANCE.md, session 14). So the pool starts by itself only when three things hold:
//! the page has been up a while, the ensemble panel has come near the screen (the visitor is
//! on the way to it) and no live run is going; then it waits for an idle moment. A start that
//! a run overtakes waits until the run stops. An ensemble asked for earlier starts the pool at
//! once (the panel does that itself).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Milliseconds after the page started before the pool may start.
const START_DELAY_MS: u32 = 1_500;

/// Longest wait for an idle moment before the pool starts anyway.
const IDLE_WAIT_MS: u32 = 5_000;

/// How near the screen the ensemble panel must come, in CSS pixels, for the pool to start:
/// about a screen ahead, so that the workers are ready by the time the panel is read.
const NEAR_PX: u32 = 900;

/// The pool's start, waiting for its moment.
type Start = Box<dyn FnOnce()>;

/// What the pool's start waits for.
#[derive(Default)]
struct Gate {
    /// The page has been up for [`START_DELAY_MS`].
    delayed: bool,
    /// The ensemble panel has come within [`NEAR_PX`] of the screen.
    near: bool,
    /// A live run is going.
    live: bool,
    /// The start, until it is made.
    start: Option<Start>,
}

/// A handle on the pool's automatic start.
#[derive(Clone, Default)]
pub struct PoolStart(Rc<RefCell<Gate>>);

impl PoolStart {
    /// Makes `start` the pool's start, to be made once the page has been up a while and the
    /// rest holds. Dropping the returned timeout before then keeps it from being made.
    pub fn arm(&self, start: impl FnOnce() + 'static) -> Timeout {
        self.0.borrow_mut().start = Some(Box::new(start));
        let gate = self.clone();
        Timeout::new(START_DELAY_MS, move || {
            gate.0.borrow_mut().delayed = true;
            gate.release();
        })
    }

    /// Makes the start in the browser's next idle moment if everything it waits for holds,
    /// unless a run has begun by then.
    fn release(&self) {
        let start = {
            let mut gate = self.0.borrow_mut();
            if gate.delayed && gate.near && !gate.live {
                gate.start.take()
            } else {
                None
            }
        };
        let Some(start) = start else { return };
        let gate = self.clone();
        when_idle(move || {
            let mut waiting = gate.0.borrow_mut();
            if waiting.live {
                waiting.start = Some(start);
            } else {
                drop(waiting);
                start();
            }
        });
    }

    fn set_live(&self, live: bool) {
        self.0.borrow_mut().live = live;
        if !live {
            self.release();
        }
    }

    fn set_near(&self) {
        self.0.borrow_mut().near = true;
        self.release();
    }
}

/// The automatic start of the worker pool of the panel `panel`, told whether a live run is
/// going (`live`).
#[hook]
pub fn use_pool_start(panel: NodeRef, live: bool) -> PoolStart {
    let gate = (*use_memo((), |_| PoolStart::default())).clone();
    {
        let gate = gate.clone();
        use_effect_with(live, move |&live| gate.set_live(live));
    }
    {
        let gate = gate.clone();
        use_effect_with(panel, move |panel| {
            let near = gate.clone();
            let callback =
                Closure::<dyn FnMut(web_sys::js_sys::Array)>::new(move |entries: web_sys::js_sys::Array| {
                    if entries
                        .iter()
                        .any(|e| e.unchecked_into::<IntersectionObserverEntry>().is_intersecting())
                    {
                        near.set_near();
                    }
                });
            let options = IntersectionObserverInit::new();
            options.set_root_margin(&format!("{NEAR_PX}px"));
            let observer =
                IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
            match (&observer, panel.cast::<Element>()) {
                (Some(observer), Some(element)) => observer.observe(&element),
                // A browser that cannot say where the panel is starts the pool as before the
                // panel's position counted.
                _ => gate.set_near(),
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(callback);
            }
        });
    }
    gate
}

/// Calls `f` once the browser is idle (within [`IDLE_WAIT_MS`]), or at once where the
/// browser cannot say when it is idle.
fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return f() };
    if web_sys::js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(IDLE_WAIT_MS);
        // The callback frees itself when called, which the timeout guarantees.
        let callback = Closure::once_into_js(f);
        // Should the browser refuse, the first ensemble starts the pool.
        let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
    } else {
        f();
    }
}
