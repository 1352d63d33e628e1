//! A pool of ensemble Web Workers (`src/bin/worker.rs`), started once and reused: a cold
//! worker spends about 150 ms loading its wasm module, a warm one starts at once.
//!
//! A worker loses messages posted before it reports ready, so each worker keeps a queue
//! that is flushed when its ready message arrives. Every reply is parsed here and handed to
//! one sink. Cancelling means dropping the pool, which terminates its workers mid-run; the
//! caller then starts a fresh pool.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;

use crate::worker_protocol::{Reply, ReplyBody, Request};

/// The script Trunk emits for the worker binary (`data-loader-shim`), at the root of dist.
const LOADER: &str = "./worker_loader.js";

/// Most workers a pool starts: beyond four, the replies the page parses cost more than the
/// extra cores save on a 1,000-run ensemble.
pub const MAX_WORKERS: usize = 4;

/// What the sink receives: a worker's reply, or why a worker failed.
pub type PoolEvent = Result<Reply, String>;

/// The event handlers of one worker.
type Handlers = (Closure<dyn FnMut(MessageEvent)>, Closure<dyn FnMut(ErrorEvent)>);

/// One worker, whether it has reported ready, and the requests waiting for that.
struct Slot {
    worker: Worker,
    ready: bool,
    queue: Vec<String>,
}

/// Running workers that answer ensemble requests.
pub struct WorkerPool {
    slots: Vec<Rc<RefCell<Slot>>>,
    // The handlers must live as long as the workers they serve.
    _handlers: Vec<Handlers>,
}

/// The number of workers to use by default: the machine's logical cores, at most
/// [`MAX_WORKERS`], at least one.
pub fn default_workers() -> usize {
    let cores = web_sys::window().map_or(1.0, |w| w.navigator().hardware_concurrency());
    (cores as usize).clamp(1, MAX_WORKERS)
}

impl WorkerPool {
    /// Starts `count` workers (at least one) whose replies go to `sink`. A worker that cannot
    /// be started is reported to the sink as an error.
    pub fn new(count: usize, sink: Callback<PoolEvent>) -> WorkerPool {
        let mut slots = Vec::new();
        let mut handlers = Vec::new();
        for _ in 0..count.max(1) {
            let worker = match Worker::new(LOADER) {
                Ok(worker) => worker,
                Err(e) => {
                    sink.emit(Err(format!("A Web Worker could not be started: {}", describe(&e))));
                    continue;
                }
            };
            let slot =
                Rc::new(RefCell::new(Slot { worker: worker.clone(), ready: false, queue: Vec::new() }));
            let on_message = message_handler(Rc::downgrade(&slot), sink.clone());
            let on_error = {
                let sink = sink.clone();
                Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
                    sink.emit(Err(format!("A Web Worker failed: {}", e.message())));
                })
            };
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            slots.push(slot);
            handlers.push((on_message, on_error));
        }
        WorkerPool { slots, _handlers: handlers }
    }

    /// Number of workers running.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Sends a request to worker `index` (modulo the pool size), or queues it until that
    /// worker is ready.
    pub fn post(&self, index: usize, request: &Request) {
        let Some(slot) = self.slots.get(index % self.slots.len().max(1)) else { return };
        let text = serde_json::to_string(request).expect("a request always serialises to JSON");
        let mut slot = slot.borrow_mut();
        if slot.ready {
            let _ = slot.worker.post_message(&JsValue::from_str(&text));
        } else {
            slot.queue.push(text);
        }
    }
}

impl Drop for WorkerPool {
    fn drop(&mut self) {
        for slot in &self.slots {
            let slot = slot.borrow();
            // A reply the worker posted just before it was terminated may already wait in the
            // page's event queue; without handlers it is discarded instead of calling a
            // closure that is freed together with this pool.
            slot.worker.set_onmessage(None);
            slot.worker.set_onerror(None);
            slot.worker.terminate();
        }
    }
}

/// Parses each reply of one worker; the ready message flushes the worker's queue instead of
/// going to the sink.
fn message_handler(slot: Weak<RefCell<Slot>>, sink: Callback<PoolEvent>) -> Closure<dyn FnMut(MessageEvent)> {
    Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let text = event.data().as_string().unwrap_or_default();
        match serde_json::from_str::<Reply>(&text) {
            Ok(Reply { body: ReplyBody::Ready(_), .. }) => {
                let Some(slot) = slot.upgrade() else { return };
                let mut slot = slot.borrow_mut();
                slot.ready = true;
                for request in std::mem::take(&mut slot.queue) {
                    let _ = slot.worker.post_message(&JsValue::from_str(&request));
                }
            }
            Ok(reply) => sink.emit(Ok(reply)),
            Err(e) => sink.emit(Err(format!("A Web Worker sent a reply that cannot be read: {e}"))),
        }
    })
}

fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<web_sys::js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("{value:?}"))
}
