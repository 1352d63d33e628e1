//! A pool of ensemble Web Workers (`src/bin/worker.rs`), started when ensembles are first
//! used (or shortly after the page has loaded) and reused: a new worker spends a few hundred
//! milliseconds loading its wasm module and warming up before it reports ready, a ready one
//! starts at once. The page compiles the worker's WebAssembly once, for every worker and
//! every pool of its life, and posts the compiled module to each worker's loader
//! (`www/worker_loader.js`).
//!
//! A worker loses messages posted before it reports ready, so each worker keeps a queue
//! that is flushed when its ready message arrives. Every JSON reply is parsed here, and of
//! a binary trace batch only its header, to route it; the batch itself stays an
//! `ArrayBuffer` that the page passes on to a worker without reading it. Everything goes to
//! one sink. Cancelling means dropping the pool, which terminates its workers mid-run; the
//! caller then starts a fresh pool.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, ArrayBuffer, Promise, Uint8Array, WebAssembly};
use web_sys::{ErrorEvent, MessageEvent, Response, Worker};
use yew::Callback;

use crate::i18n::Texts;
use crate::worker_protocol::traces::{read_header, TraceHeader, HEADER_LEN};
use crate::worker_protocol::{Reply, ReplyBody, Request, PROTOCOL_VERSION};

/// The worker's loader (`www/worker_loader.js`, copied to the root of dist), which waits
/// for the compiled module.
const LOADER: &str = "./worker_loader.js";

/// The worker's WebAssembly as Trunk emits it for the worker binary.
const WORKER_WASM: &str = "./worker_bg.wasm";

thread_local! {
    /// The worker's compiled module, once asked for: shared by every pool of the page's life,
    /// so that the pool started after a cancelled ensemble compiles nothing.
    static MODULE: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Most workers a pool starts: a 1,000-run ensemble gains little beyond four, while every
/// worker costs its module load, its warm-up and its memory.
pub const MAX_WORKERS: usize = 4;

/// What the sink receives from the workers.
pub enum PoolEvent {
    /// A JSON reply other than ready.
    Reply(Reply),
    /// A binary trace batch, with its header already read.
    Traces(TraceHeader, ArrayBuffer),
    /// Why a worker failed or what it sent that cannot be read.
    Failed(PoolFailure),
}

/// What went wrong with the workers or an ensemble, put into words by [`PoolFailure::text`]
/// in the page's language when it is shown. The details (the browser's, the JSON reader's or
/// the worker's own message) are in English, as they come.
#[derive(Clone, Debug, PartialEq)]
pub enum PoolFailure {
    /// A worker could not be started, with the browser's reason.
    NotStarted(String),
    /// A worker reported an error, with its message.
    Crashed(String),
    /// A worker's batch of runs has a header that cannot be read.
    UnreadableRuns(String),
    /// A worker's JSON reply cannot be read.
    UnreadableReply(String),
    /// A worker of another version of the app, which would misread the page's requests.
    OtherProtocol {
        /// The worker's protocol version.
        worker: u32,
    },
    /// The workers' WebAssembly could not be fetched or compiled, with the reason.
    ModuleNotLoaded(String),
    /// A worker sent another number of runs than it was asked for.
    WrongRunCount {
        /// Runs sent.
        sent: u32,
        /// Runs asked for.
        asked: u32,
    },
    /// A worker answered the statistics request with something else than statistics.
    WrongStatsReply,
    /// A worker answered a run request with something else than progress.
    WrongRunReply,
    /// The worker's own message about a request it could not carry out.
    Refused(String),
}

impl PoolFailure {
    /// The failure in words, in the language of `tr`.
    pub fn text(&self, tr: &Texts) -> String {
        match self {
            PoolFailure::NotStarted(detail) => tr.with("pool-not-started", &[("detail", detail)]),
            PoolFailure::Crashed(detail) => tr.with("pool-crashed", &[("detail", detail)]),
            PoolFailure::UnreadableRuns(detail) => tr.with("pool-unreadable-runs", &[("detail", detail)]),
            PoolFailure::UnreadableReply(detail) => tr.with("pool-unreadable-reply", &[("detail", detail)]),
            PoolFailure::OtherProtocol { worker } => tr.with(
                "pool-other-protocol",
                &[("worker", &worker.to_string()), ("page", &PROTOCOL_VERSION.to_string())],
            ),
            PoolFailure::ModuleNotLoaded(detail) => tr.with("pool-module-not-loaded", &[("detail", detail)]),
            PoolFailure::WrongRunCount { sent, asked } => {
                tr.with("pool-wrong-run-count", &[("sent", &sent.to_string()), ("asked", &asked.to_string())])
            }
            PoolFailure::WrongStatsReply => tr.get("pool-wrong-stats-reply"),
            PoolFailure::WrongRunReply => tr.get("pool-wrong-run-reply"),
            PoolFailure::Refused(message) => message.clone(),
        }
    }
}

/// The event handlers of one worker.
type Handlers = (Closure<dyn FnMut(MessageEvent)>, Closure<dyn FnMut(ErrorEvent)>);

/// One worker, whether it has reported ready, and the requests waiting for that.
struct Slot {
    worker: Worker,
    ready: bool,
    /// Messages with their transfer lists.
    queue: Vec<(JsValue, Array)>,
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
                    sink.emit(PoolEvent::Failed(PoolFailure::NotStarted(describe(&e))));
                    continue;
                }
            };
            let slot =
                Rc::new(RefCell::new(Slot { worker: worker.clone(), ready: false, queue: Vec::new() }));
            let on_message = message_handler(Rc::downgrade(&slot), sink.clone());
            let on_error = {
                let sink = sink.clone();
                Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
                    sink.emit(PoolEvent::Failed(PoolFailure::Crashed(e.message())));
                })
            };
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            slots.push(slot);
            handlers.push((on_message, on_error));
        }
        send_module(slots.iter().map(Rc::downgrade).collect(), sink);
        WorkerPool { slots, _handlers: handlers }
    }

    /// Number of workers running.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Sends a run request to worker `index` (modulo the pool size), or queues it until
    /// that worker is ready.
    pub fn post(&self, index: usize, request: &Request) {
        let text = serde_json::to_string(request).expect("a request always serialises to JSON");
        self.send(index, JsValue::from_str(&text), Array::new());
    }

    /// Sends a statistics request to worker `index` with the trace batches it covers, in the
    /// order of the request's arms. The batches are transferred: the page cannot use them
    /// afterwards, and no copy is made.
    pub fn post_with_batches(&self, index: usize, request: &Request, batches: &[ArrayBuffer]) {
        let text = serde_json::to_string(request).expect("a request always serialises to JSON");
        let message = Array::of1(&JsValue::from_str(&text));
        let transfer = Array::new();
        for batch in batches {
            message.push(batch);
            transfer.push(batch);
        }
        self.send(index, message.into(), transfer);
    }

    fn send(&self, index: usize, message: JsValue, transfer: Array) {
        let Some(slot) = self.slots.get(index % self.slots.len().max(1)) else { return };
        let mut slot = slot.borrow_mut();
        if slot.ready {
            let _ = slot.worker.post_message_with_transfer(&message, &transfer);
        } else {
            slot.queue.push((message, transfer));
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

/// Reads each message of one worker: JSON text is a reply, an `ArrayBuffer` a trace batch
/// whose header alone is read. The ready message flushes the worker's queue.
fn message_handler(slot: Weak<RefCell<Slot>>, sink: Callback<PoolEvent>) -> Closure<dyn FnMut(MessageEvent)> {
    Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if let Some(buffer) = data.dyn_ref::<ArrayBuffer>() {
            let length = (buffer.byte_length() as usize).min(HEADER_LEN) as u32;
            let header = Uint8Array::new_with_byte_offset_and_length(buffer, 0, length).to_vec();
            sink.emit(match read_header(&header) {
                Ok(header) => PoolEvent::Traces(header, buffer.clone()),
                Err(e) => PoolEvent::Failed(PoolFailure::UnreadableRuns(e.to_string())),
            });
            return;
        }
        let text = data.as_string().unwrap_or_default();
        match serde_json::from_str::<Reply>(&text) {
            Ok(Reply { body: ReplyBody::Ready(version), .. }) if version != PROTOCOL_VERSION => {
                // A worker script cached from another version of the app would misread the
                // page's requests; a reload fetches both anew.
                sink.emit(PoolEvent::Failed(PoolFailure::OtherProtocol { worker: version }));
            }
            Ok(Reply { body: ReplyBody::Ready(_), .. }) => {
                let Some(slot) = slot.upgrade() else { return };
                let mut slot = slot.borrow_mut();
                slot.ready = true;
                for (message, transfer) in std::mem::take(&mut slot.queue) {
                    let _ = slot.worker.post_message_with_transfer(&message, &transfer);
                }
            }
            Ok(reply) => sink.emit(PoolEvent::Reply(reply)),
            Err(e) => sink.emit(PoolEvent::Failed(PoolFailure::UnreadableReply(e.to_string()))),
        }
    })
}

/// Posts the compiled worker module to each worker still running once it is there; a module
/// that cannot be loaded is reported to the sink and asked for anew by the next pool.
fn send_module(slots: Vec<Weak<RefCell<Slot>>>, sink: Callback<PoolEvent>) {
    let module = MODULE.with(|m| m.borrow_mut().get_or_insert_with(compile_worker_module).clone());
    wasm_bindgen_futures::spawn_local(async move {
        let result = JsFuture::from(module).await;
        let running: Vec<Worker> =
            slots.iter().filter_map(Weak::upgrade).map(|s| s.borrow().worker.clone()).collect();
        match result {
            Ok(module) => {
                for worker in running {
                    let _ = worker.post_message(&module);
                }
            }
            Err(e) => {
                MODULE.with(|m| m.borrow_mut().take());
                if !running.is_empty() {
                    sink.emit(PoolEvent::Failed(PoolFailure::ModuleNotLoaded(describe(&e))));
                }
            }
        }
    });
}

/// Fetches and compiles the worker's WebAssembly, streaming where the host allows it.
fn compile_worker_module() -> Promise {
    wasm_bindgen_futures::future_to_promise(async {
        let window = web_sys::window().ok_or_else(|| JsValue::from_str("there is no window"))?;
        let streamed =
            JsFuture::from(WebAssembly::compile_streaming(&window.fetch_with_str(WORKER_WASM))).await;
        match streamed {
            Ok(module) => Ok(module),
            // Streaming compilation needs the type application/wasm, which some static hosts
            // do not send for .wasm files; the bytes compile all the same.
            Err(_) => {
                let response: Response =
                    JsFuture::from(window.fetch_with_str(WORKER_WASM)).await?.dyn_into()?;
                if !response.ok() {
                    return Err(JsValue::from_str(&format!("{WORKER_WASM} answered {}", response.status())));
                }
                let bytes = JsFuture::from(response.array_buffer()?).await?;
                JsFuture::from(WebAssembly::compile(&bytes)).await
            }
        }
    })
}

fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<web_sys::js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("{value:?}"))
}
