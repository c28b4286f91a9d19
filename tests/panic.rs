//! A panic replaces the widget with a message and a reload link. In a file of its own:
//! the panic leaves this test's WebAssembly instance in a state no other test should share.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use mining_vs_ai::components::App;
use mining_vs_ai::panic::{install_hook, CRASH_MESSAGE};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// How long a wait lasts before the test fails.
const TIMEOUT_MS: f64 = 3_000.0;

/// Polls `find` every 15 ms until it finds an element, and returns it; panics, naming
/// `what` was awaited, after [`TIMEOUT_MS`].
async fn wait_for_element(what: &str, find: impl Fn() -> Option<Element>) -> Element {
    let deadline = js_sys::Date::now() + TIMEOUT_MS;
    while js_sys::Date::now() < deadline {
        if let Some(element) = find() {
            return element;
        }
        yew::platform::time::sleep(Duration::from_millis(15)).await;
    }
    find().unwrap_or_else(|| panic!("waited {TIMEOUT_MS} ms for {what}"))
}

#[wasm_bindgen_test]
async fn a_panic_shows_the_crash_message_with_a_reload_link() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    wait_for_element("the widget to render", || {
        root.query_selector("main.calculator").unwrap()
    })
    .await;

    install_hook();
    // Panic in a task of its own, as a bug in an event handler would.
    let explode = Closure::once_into_js(|| -> () { panic!("a deliberate panic") });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(explode.unchecked_ref(), 0)
        .unwrap();

    let crash = wait_for_element("the crash message to replace the widget", || {
        root.query_selector("[data-testid=crash]").unwrap()
    })
    .await;
    assert!(crash.text_content().unwrap().starts_with(CRASH_MESSAGE));
    assert_eq!(crash.get_attribute("role").as_deref(), Some("alert"));
    let link = crash.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href"), window.location().href().ok());
    assert!(root.query_selector("main.calculator").unwrap().is_none());
}
