//! Small wrappers around browser APIs the page needs besides drawing: file downloads, the
//! URL fragment, the clipboard and a millisecond clock. Each fails quietly where the
//! browser refuses (a download blocked, no clipboard permission): the page offers another way.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Starts the download of a file named `name` with the given text content and MIME type.
pub fn download_text(name: &str, mime: &str, text: &str) {
    let parts = web_sys::js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
    click_link(name, &url);
    // Revoking at once can cancel a download that has not fetched the blob yet; a few
    // seconds later the URL is no longer needed.
    gloo_timers::callback::Timeout::new(5_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
}

/// Starts the download of a canvas as a PNG image named `name`.
pub fn download_canvas_png(canvas_id: &str, name: &str) {
    let canvas = document()
        .and_then(|d| d.get_element_by_id(canvas_id))
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok());
    if let Some(url) = canvas.and_then(|c| c.to_data_url_with_type("image/png").ok()) {
        click_link(name, &url);
    }
}

fn click_link(name: &str, href: &str) {
    let Some(doc) = document() else { return };
    let Some(anchor) = doc.create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(href);
    anchor.set_download(name);
    anchor.click();
}

/// The URL fragment without its `#`, if there is one.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let hash = hash.strip_prefix('#').unwrap_or(&hash).to_string();
    (!hash.is_empty()).then_some(hash)
}

/// Replaces the URL fragment without reloading or adding a history entry; returns the full
/// URL now shown.
pub fn replace_fragment(fragment: &str) -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let base = format!("{}{}", location.origin().ok()?, location.pathname().ok()?);
    let url = format!("{base}#{fragment}");
    let history = window.history().ok()?;
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).ok()?;
    Some(url)
}

/// Copies text to the clipboard where the browser allows it. A refusal is ignored: the
/// link is also shown in a field to copy by hand.
pub fn copy_to_clipboard(text: &str) {
    let Some(window) = web_sys::window() else { return };
    let promise = window.navigator().clipboard().write_text(text);
    // Awaiting the promise handles its rejection, which would otherwise be reported as an
    // uncaught error.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Milliseconds since the page loaded, with sub-millisecond resolution.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Removes the URL fragment without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(origin), Ok(path), Ok(search)) = (location.origin(), location.pathname(), location.search())
    else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{origin}{path}{search}")),
        );
    }
}

/// Calls `open` now and whenever the URL fragment changes (a link followed within the page);
/// returns what stops listening, for an effect's cleanup.
pub fn follow_fragment(open: impl Fn() + 'static) -> impl FnOnce() {
    open();
    on_window("hashchange", open)
}

/// Calls `handle` on every `event` the window receives; returns what stops listening, for an
/// effect's cleanup.
pub fn on_window(event: &'static str, handle: impl Fn() + 'static) -> impl FnOnce() {
    let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(handle);
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = window {
            let _ = w.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }
}
