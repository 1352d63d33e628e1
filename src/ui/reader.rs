//! The page's side of the scenario reader (`src/bin/reader.rs`), the Web Worker that reads
//! and writes TOML: started the first time a TOML file is opened or downloaded and kept for
//! the page's life, so that the page's own module carries no TOML code (see
//! [`crate::reader_protocol`]).
//!
//! A request is a future: it waits for the reader's ready message, posts the request with an
//! id of its own and resolves with the reply that repeats that id.

use std::cell::{Cell, RefCell};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Promise};
use web_sys::{MessageEvent, Worker};

use crate::reader_protocol::{Outcome, Reply, Request, Task, PROTOCOL_VERSION};
use crate::scenario::{Scenario, ScenarioError};

/// The reader's loader (`www/reader_loader.js`, copied to the root of dist).
const LOADER: &str = "./reader_loader.js";

thread_local! {
    /// The reader and the promise of its ready message, once started.
    static READER: RefCell<Option<(Worker, Promise)>> = const { RefCell::new(None) };
    /// The id of the last request.
    static LAST_ID: Cell<u32> = const { Cell::new(0) };
}

/// Why the reader gave no answer: it could not be loaded (offline, or a browser without
/// workers), or it answered something the page cannot read. The detail is the browser's or
/// the reader's own English text, for the console.
#[derive(Clone, Debug, PartialEq)]
pub struct ReaderFailure(pub String);

/// Reads a scenario from TOML text, checked as a file is.
pub async fn read_toml(text: String) -> Result<Result<Scenario, ScenarioError>, ReaderFailure> {
    match ask(Task::Read(text)).await? {
        Outcome::Scenario(json) => {
            Ok(Ok(Scenario::parse_json(&json)
                .map_err(|e| ReaderFailure(format!("unreadable scenario: {e}")))?))
        }
        Outcome::Problems(problems) => Ok(Err(problems)),
        other => Err(unexpected(other)),
    }
}

/// Writes a scenario as TOML.
pub async fn write_toml(scenario: &Scenario) -> Result<String, ReaderFailure> {
    let json = serde_json::to_string(scenario).expect("a scenario always converts to JSON");
    match ask(Task::Write(json)).await? {
        Outcome::Toml(text) => Ok(text),
        other => Err(unexpected(other)),
    }
}

fn unexpected(outcome: Outcome) -> ReaderFailure {
    match outcome {
        Outcome::Failed(why) => ReaderFailure(why),
        other => ReaderFailure(format!("unexpected reply {other:?}")),
    }
}

/// Posts one request once the reader is ready and waits for its reply.
async fn ask(task: Task) -> Result<Outcome, ReaderFailure> {
    let (worker, ready) = reader()?;
    if let Err(e) = JsFuture::from(ready).await {
        // The next request starts a new reader: the connection may be back.
        worker.terminate();
        READER.with(|slot| slot.borrow_mut().take());
        return Err(ReaderFailure(describe(&e)));
    }
    let id = LAST_ID.with(|last| {
        last.set(last.get() + 1);
        last.get()
    });
    let request = serde_json::to_string(&Request { id, task }).expect("a request always converts to JSON");
    let reply = Promise::new(&mut |resolve: Function, reject: Function| {
        let target = worker.clone();
        let refuse = reject.clone();
        // The listener removes itself when its reply has come; replies to other requests pass.
        let listener: std::rc::Rc<RefCell<Option<Function>>> = Default::default();
        let own = listener.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let text = event.data().as_string().unwrap_or_default();
            let reply: Result<Reply, _> = serde_json::from_str(&text);
            let answered = match &reply {
                Ok(reply) => reply.id == id,
                Err(_) => true,
            };
            if !answered {
                return;
            }
            if let Some(f) = own.borrow_mut().take() {
                let _ = target.remove_event_listener_with_callback("message", &f);
            }
            let _ = match reply {
                Ok(_) => resolve.call1(&JsValue::NULL, &JsValue::from_str(&text)),
                Err(e) => reject.call1(&JsValue::NULL, &JsValue::from_str(&format!("unreadable reply: {e}"))),
            };
        });
        let function: Function = on_message.into_js_value().unchecked_into();
        let _ = worker.add_event_listener_with_callback("message", &function);
        *listener.borrow_mut() = Some(function);
        // A reader that fails while it works (a fault of ours) must not leave the page waiting.
        let failed = refuse.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = failed.call1(&JsValue::NULL, &JsValue::from_str("the scenario reader stopped"));
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = worker.add_event_listener_with_callback_and_add_event_listener_options(
            "error",
            on_error.unchecked_ref(),
            &options,
        );
        if let Err(e) = worker.post_message(&JsValue::from_str(&request)) {
            let _ = refuse.call1(&JsValue::NULL, &e);
        }
    });
    let text = match JsFuture::from(reply).await {
        Ok(text) => text,
        Err(e) => {
            worker.terminate();
            READER.with(|slot| slot.borrow_mut().take());
            return Err(ReaderFailure(describe(&e)));
        }
    };
    let reply: Reply = serde_json::from_str(&text.as_string().unwrap_or_default())
        .map_err(|e| ReaderFailure(format!("unreadable reply: {e}")))?;
    Ok(reply.outcome)
}

/// The running reader, started at the first call: the worker and a promise that resolves
/// when it reports ready, or rejects when it fails to load.
fn reader() -> Result<(Worker, Promise), ReaderFailure> {
    READER.with(|slot| {
        if let Some(started) = slot.borrow().as_ref() {
            return Ok(started.clone());
        }
        let worker = Worker::new(LOADER).map_err(|e| ReaderFailure(describe(&e)))?;
        let ready = Promise::new(&mut |resolve: Function, reject: Function| {
            let refuse = reject.clone();
            let on_ready = Closure::once_into_js(move |event: MessageEvent| {
                let reply: Option<Reply> =
                    event.data().as_string().and_then(|t| serde_json::from_str(&t).ok());
                let _ = match reply.map(|r| r.outcome) {
                    Some(Outcome::Ready(PROTOCOL_VERSION)) => resolve.call0(&JsValue::NULL),
                    other => {
                        reject.call1(&JsValue::NULL, &JsValue::from_str(&format!("not ready: {other:?}")))
                    }
                };
            });
            let on_error = Closure::once_into_js(move |event: web_sys::Event| {
                let message = event
                    .dyn_ref::<web_sys::ErrorEvent>()
                    .map(|e| e.message())
                    .unwrap_or_else(|| "the scenario reader did not load".to_string());
                let _ = refuse.call1(&JsValue::NULL, &JsValue::from_str(&message));
            });
            worker.set_onmessage(Some(on_ready.unchecked_ref()));
            worker.set_onerror(Some(on_error.unchecked_ref()));
        });
        // Later messages go to each request's own listener.
        let settled = {
            let worker = worker.clone();
            Closure::once(move |_: JsValue| worker.set_onmessage(None))
        };
        let ready = ready.then(&settled);
        // It runs once, when the reader is ready; until then the promise holds it.
        settled.forget();
        *slot.borrow_mut() = Some((worker.clone(), ready.clone()));
        Ok((worker, ready))
    })
}

/// A thrown JavaScript value as text.
fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<web_sys::js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}
