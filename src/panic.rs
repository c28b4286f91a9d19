//! If anything ever panics, the widget says so instead of freezing.
//!
//! The model is total and every input is sanitized, so this should never fire; but a
//! panic would abort the WebAssembly module and leave a dead widget behind. The hook
//! replaces every widget on the page with a short message and a reload link.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

/// The text a crashed widget shows.
pub const CRASH_MESSAGE: &str = "Sorry, the calculator stopped working.";

/// Installs the panic hook. It reports the panic in the console, then replaces each widget
/// (each `main.calculator` element) with [`CRASH_MESSAGE`] and a link that reloads the page.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("mining-vs-ai: {info}").into());
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            show_crash_message(&document);
        }
    }));
}

/// Replaces each widget in `document` with the crash message and a reload link.
pub fn show_crash_message(document: &Document) {
    let Ok(widgets) = document.query_selector_all("main.calculator") else {
        return;
    };
    for index in 0..widgets.length() {
        let Some(widget) = widgets
            .item(index)
            .and_then(|node| node.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        // Built from elements, not markup: nothing from outside goes into the page.
        let Ok(message) = document.create_element("p") else {
            continue;
        };
        message.set_class_name("crash");
        message.set_attribute("role", "alert").ok();
        message.set_attribute("data-testid", "crash").ok();
        message.set_text_content(Some(&format!("{CRASH_MESSAGE} ")));
        if let Ok(link) = document.create_element("a") {
            let here = document
                .location()
                .and_then(|location| location.href().ok());
            link.set_attribute("href", here.as_deref().unwrap_or(""))
                .ok();
            link.set_text_content(Some("Reload"));
            message.append_child(&link).ok();
        }
        widget.replace_with_with_node_1(&message).ok();
    }
}
