//! The ensemble Web Worker, built by Trunk for wasm32 (`data-type="worker"`). It answers the
//! page's requests with the runs of a scenario; the message types and the work itself live
//! in `alliance_lab::worker_protocol`, so that they are shared with the page and tested
//! natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    use alliance_lab::worker_protocol;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = web_sys::js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        // A request that is not text reads as empty and is answered with an error reply.
        let request = event.data().as_string().unwrap_or_default();
        worker_protocol::handle(&request, |reply| post(&replies, &reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler must live as long as the worker, which ends when the page terminates it.
    on_message.forget();
    post(&scope, &worker_protocol::ready());
}

/// Posts a reply to the page as JSON text.
#[cfg(target_arch = "wasm32")]
fn post(scope: &web_sys::DedicatedWorkerGlobalScope, reply: &alliance_lab::worker_protocol::Reply) {
    let json = serde_json::to_string(reply).expect("a reply always serialises to JSON");
    // Posting fails only for values that cannot be cloned; a string always can be.
    let _ = scope.post_message(&wasm_bindgen::JsValue::from_str(&json));
}

// The worker runs only in a browser; natively this binary exists only because one Cargo
// package builds both targets, so it does nothing there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
