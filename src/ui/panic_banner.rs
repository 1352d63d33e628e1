//! The last line of defence: a panic in wasm aborts the module, so the page would stop
//! responding without a word. The hook writes an alert banner straight into the DOM (Yew is no
//! longer usable at that point) with a button that reloads the app.

use std::panic;

use wasm_bindgen::JsCast;

use crate::i18n::{Lang, Texts};

/// Installs the panic hook; it logs to the console and shows the banner.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_banner(&info.to_string());
    }));
}

fn show_banner(details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    // The banner speaks the page's language, which `<html lang>` holds (see
    // `texts::mark_document`): the app's state is out of reach here.
    let lang =
        document.document_element().and_then(|e| e.get_attribute("lang")).as_deref().and_then(Lang::parse);
    let tr = Texts::new(lang.unwrap_or_default());
    let Ok(banner) = document.create_element("div") else { return };
    banner.set_class_name("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    // The message is set as text, never as HTML, so nothing from the panic is interpreted.
    let Ok(title) = document.create_element("strong") else { return };
    title.set_text_content(Some(&tr.get("panic-title")));
    let Ok(text) = document.create_element("span") else { return };
    text.set_text_content(Some(details));
    let Ok(button) = document.create_element("button") else { return };
    button.set_text_content(Some(&tr.get("panic-reset")));
    let _ = button.set_attribute("onclick", "location.reload()");
    let _ = banner.append_child(&title);
    let _ = banner.append_child(&text);
    let _ = banner.append_child(&button);
    let _ = body.prepend_with_node_1(&banner);
    if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
}
