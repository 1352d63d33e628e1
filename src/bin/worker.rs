//! The ensemble Web Worker, built by Trunk for wasm32 (`data-type="worker"`). It answers the
//! page's requests with the runs of a scenario as binary trace batches and with the
//! statistics over them; the message types and the work itself live in
//! `alliance_lab::worker_protocol`, so that they are shared with the page and tested
//! natively.

/// Runs of the warm-up before the worker reports ready. V8 first runs wasm with its
/// baseline compiler and recompiles a function with its optimising compiler only after it
/// ran a while, so without a warm-up the first ensemble after page load runs partly in slow
/// code. Measured for 1,000 runs with 1 worker (medians of four page loads, Chromium on a
/// busy 2-core machine): the first ensemble took 260 ms without a warm-up, 172 ms after 150
/// runs and 158 ms after 400, against about 115 ms once warm. 150 runs delay the ready
/// message by about 0.2 s (a request posted meanwhile waits in the page's queue); 400 runs
/// delay it twice as long for little more gain.
#[cfg(target_arch = "wasm32")]
const WARM_UP_RUNS: u32 = 150;

#[cfg(target_arch = "wasm32")]
fn main() {
    use alliance_lab::worker_protocol;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::js_sys::{Array, ArrayBuffer, Uint8Array};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = web_sys::js_sys::global().unchecked_into();
    let clock = performance(&scope);
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        // A run request is JSON text; a statistics request is an array of its JSON text and
        // the trace batches. Anything else reads as empty and is answered with an error.
        let data = event.data();
        let (text, batches) = match data.dyn_ref::<Array>() {
            Some(parts) => {
                let text = parts.get(0).as_string().unwrap_or_default();
                let batches: Vec<Vec<u8>> = parts
                    .iter()
                    .skip(1)
                    .map(|part| {
                        part.dyn_ref::<ArrayBuffer>().map(|b| Uint8Array::new(b).to_vec()).unwrap_or_default()
                    })
                    .collect();
                (text, batches)
            }
            None => (data.as_string().unwrap_or_default(), Vec::new()),
        };
        let batches: Vec<&[u8]> = batches.iter().map(Vec::as_slice).collect();
        worker_protocol::handle(&text, &batches, || clock.now(), |message| post(&replies, message));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler must live as long as the worker, which ends when the page terminates it.
    on_message.forget();
    worker_protocol::warm_up(WARM_UP_RUNS);
    post(&scope, worker_protocol::Message::Reply(worker_protocol::ready()));
}

/// The worker's `performance` clock, for the compute times the worker reports.
#[cfg(target_arch = "wasm32")]
fn performance(scope: &web_sys::DedicatedWorkerGlobalScope) -> web_sys::Performance {
    use wasm_bindgen::JsCast;
    web_sys::js_sys::Reflect::get(scope, &"performance".into())
        .expect("a worker has a performance clock")
        .unchecked_into()
}

/// Posts a message to the page: a reply as JSON text, a trace batch as an `ArrayBuffer`
/// that is transferred, not copied.
#[cfg(target_arch = "wasm32")]
fn post(scope: &web_sys::DedicatedWorkerGlobalScope, message: alliance_lab::worker_protocol::Message) {
    use alliance_lab::worker_protocol::Message;
    use web_sys::js_sys::{Array, Uint8Array};
    // Posting fails only for values that cannot be cloned; strings and buffers always can.
    match message {
        Message::Reply(reply) => {
            let json = serde_json::to_string(&reply).expect("a reply always serialises to JSON");
            let _ = scope.post_message(&wasm_bindgen::JsValue::from_str(&json));
        }
        Message::Traces(bytes) => {
            let buffer = Uint8Array::from(bytes.as_slice()).buffer();
            let _ = scope.post_message_with_transfer(&buffer, &Array::of1(&buffer));
        }
    }
}

// The worker runs only in a browser; natively this binary exists only because one Cargo
// package builds both targets, so it does nothing there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
