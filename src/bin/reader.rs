//! The scenario reader, a Web Worker built by Trunk for wasm32 (`data-type="worker"`), which
//! reads and writes scenarios as TOML for the page; the page loads it the first time a visitor
//! opens or downloads a TOML file (`src/ui/reader.rs`). The messages and the work itself live
//! in `alliance_lab::reader_protocol`, so that they are shared with the page and tested
//! natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    use alliance_lab::reader_protocol;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = web_sys::js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        // Requests are JSON text; anything else reads as empty and is answered as failed.
        let request = event.data().as_string().unwrap_or_default();
        // Posting a string never fails.
        let _ = replies.post_message(&JsValue::from_str(&reader_protocol::handle(&request)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler must live as long as the worker, which lives as long as the page.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(&reader_protocol::ready()));
}

// The reader runs only in a browser; natively this binary exists only because one Cargo
// package builds both targets, so it does nothing there.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
