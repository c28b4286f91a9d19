//! The rest of the calculator: the full module, loaded when the reader asks for something
//! the first screen does not have, or in the background once the page is idle, and handed
//! the reader's state.
//!
//! The page's first script defines `window.mvaImportRest(suffix)`, which imports the full
//! module's glue from beside the page, its address followed by `suffix`: `import()` is
//! JavaScript syntax, which WebAssembly cannot call, and the content security policy
//! allows no other way to write it.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlElement;

use super::{busy, hand_over, set_status, with_screen, Layout};
use crate::model::SweepAxis;
use crate::protocol::object;
use crate::state::View;
use crate::url_state;

/// What the reader asked for that the first screen does not have.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Intent {
    /// The decision over the years.
    Years,
    /// The widget's "More".
    More,
    /// The chart's data table.
    DataTable,
    /// The chart as PNG or SVG.
    DownloadPng,
    DownloadSvg,
    /// The rest of the page, without a particular part (the page's "Load the rest").
    Everything,
}

impl Intent {
    /// The words the status line says while the rest loads.
    fn loading_words(self) -> &'static str {
        match self {
            Intent::Years => "Loading the view over the years\u{2026}",
            Intent::More => "Loading more inputs, figures and the map\u{2026}",
            Intent::DataTable => "Loading the data table\u{2026}",
            Intent::DownloadPng | Intent::DownloadSvg => "Loading the downloads\u{2026}",
            Intent::Everything => "Loading the rest of the calculator\u{2026}",
        }
    }

    /// The first screen's control the reader used, busy while the rest loads.
    fn control(self) -> &'static str {
        match self {
            Intent::Years => "[data-testid=\"view-years\"]",
            Intent::More => "[data-testid=\"more\"] > summary",
            Intent::DataTable => "section.chart details.data-table > summary",
            Intent::DownloadPng => "[data-testid=\"chart-png\"]",
            Intent::DownloadSvg => "[data-testid=\"chart-svg\"]",
            Intent::Everything => "[data-testid=\"load-rest\"]",
        }
    }

    /// The full calculator's control that does what the reader asked, clicked once it has
    /// taken over, and focused.
    fn then_click(self) -> Option<&'static str> {
        match self {
            Intent::DownloadPng => Some("[data-testid=\"chart-png\"]"),
            Intent::DownloadSvg => Some("[data-testid=\"chart-svg\"]"),
            _ => None,
        }
    }
}

/// Where the full module is.
enum Rest {
    /// Not asked for yet.
    Idle,
    /// Loading; then doing what the reader asked for last, if anything (nothing: loaded in
    /// the background, it takes over all the same).
    Loading(Option<Intent>),
    /// Loaded (its glue's exports), not yet given the page.
    Ready(JsValue),
    /// Could not be loaded; asking again tries again, at an address of its own (Chromium
    /// keeps a module that failed to load failed at its address until the page reloads).
    Failed,
}

thread_local! {
    static REST: RefCell<Rest> = const { RefCell::new(Rest::Idle) };
    /// How many loads have failed.
    static FAILURES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The reader asked for `intent`: hand over now if the rest is loaded, or load it and hand
/// over once it is.
pub fn ask(intent: Intent) {
    let ready = REST.with(|rest| {
        let mut rest = rest.borrow_mut();
        match &*rest {
            Rest::Ready(module) => Some(module.clone()),
            Rest::Loading(_) => {
                *rest = Rest::Loading(Some(intent));
                None
            }
            Rest::Idle | Rest::Failed => {
                *rest = Rest::Loading(Some(intent));
                spawn_local(load());
                None
            }
        }
    });
    match ready {
        Some(module) => take_over(&module, Some(intent)),
        None => {
            set_status(intent.loading_words(), false);
            set_busy(intent, true);
        }
    }
}

/// Marks the control the reader used for `intent` busy, or no longer.
fn set_busy(intent: Intent, busy: bool) {
    with_screen(|screen| {
        if let Some(control) = screen.root.query_selector(intent.control()).ok().flatten() {
            let _ = if busy {
                control.set_attribute("aria-busy", "true")
            } else {
                control.remove_attribute("aria-busy")
            };
        }
    });
}

/// Once the page is idle, loads the rest in the background, unless the browser says the
/// reader saves data or has a 2G connection: then it waits to be asked. The page hands
/// over as soon as it is loaded (its first screen lacks the parts below); the widget's
/// first screen is whole, and waits for the reader.
pub fn prefetch_when_idle(layout: Layout) {
    if saves_data() {
        if layout == Layout::Page {
            set_status(
                "Saving data: the map, the tornado, the presets and the rest load when you ask.",
                false,
            );
            offer_load_button();
        }
        return;
    }
    let start = move || {
        REST.with(|rest| {
            let mut rest = rest.borrow_mut();
            if matches!(*rest, Rest::Idle) {
                *rest = Rest::Loading(None);
                spawn_local(load());
            }
        });
    };
    let request_idle = web_sys::window().and_then(|window| {
        let request = Reflect::get(&window, &"requestIdleCallback".into()).ok()?;
        Some((window, request.dyn_into::<Function>().ok()?))
    });
    match request_idle {
        Some((window, request)) => {
            let _ = request.call1(
                &window,
                &wasm_bindgen::closure::Closure::once_into_js(start),
            );
        }
        // Safari has no requestIdleCallback: after the first screen's work, a moment later.
        None => {
            gloo_timers::callback::Timeout::new(200, start).forget();
        }
    }
}

/// Whether the browser reports Save-Data or a 2G connection.
fn saves_data() -> bool {
    let Some(connection) = web_sys::window()
        .and_then(|window| Reflect::get(&window.navigator(), &"connection".into()).ok())
        .filter(|connection| connection.is_object())
    else {
        return false;
    };
    let save_data = Reflect::get(&connection, &"saveData".into())
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false);
    let slow = Reflect::get(&connection, &"effectiveType".into())
        .ok()
        .and_then(|value| value.as_string())
        .is_some_and(|kind| kind.ends_with("2g"));
    save_data || slow
}

/// The page's button that loads the rest when it was not prefetched.
fn offer_load_button() {
    with_screen(|screen| {
        let Some(status) = super::by_testid(&screen.root, "rest-status") else {
            return;
        };
        if let Ok(button) = screen.document.create_element("button") {
            let _ = button.set_attribute("type", "button");
            let _ = button.set_attribute("data-testid", "load-rest");
            button.set_text_content(Some("Load them now"));
            let listener =
                gloo_events::EventListener::new(&button, "click", |_| ask(Intent::Everything));
            screen.listeners.push(listener);
            let _ = status.append_child(&button);
        }
    });
}

/// Imports the full module and starts it; then hands over, doing what the reader asked
/// for meanwhile, if anything.
async fn load() {
    match import_rest().await {
        Ok(module) => {
            let intent = REST.with(|rest| {
                let asked = match &*rest.borrow() {
                    Rest::Loading(intent) => *intent,
                    _ => None,
                };
                *rest.borrow_mut() = Rest::Ready(module.clone());
                asked
            });
            take_over(&module, Some(intent.unwrap_or(Intent::Everything)));
        }
        Err(_) => {
            FAILURES.set(FAILURES.get() + 1);
            let asked = REST.with(|rest| {
                let asked = match &*rest.borrow() {
                    Rest::Loading(intent) => *intent,
                    _ => None,
                };
                *rest.borrow_mut() = Rest::Failed;
                asked
            });
            // A prefetch that fails says nothing until the reader asks.
            if let Some(intent) = asked {
                set_busy(intent, false);
                set_status(
                    "This part of the calculator could not be loaded (offline, or blocked). What is above still works. ",
                    true,
                );
            }
        }
    }
}

/// `window.mvaImportRest()`, then the module's `default()`, which fetches and starts its
/// wasm; after a failure, at an address of its own.
async fn import_rest() -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let import: Function = Reflect::get(&window, &"mvaImportRest".into())?.dyn_into()?;
    let suffix = match FAILURES.get() {
        0 => String::new(),
        failures => format!("?retry={failures}"),
    };
    let imported: Promise = import.call1(&window, &suffix.into())?.dyn_into()?;
    let module = JsFuture::from(imported).await?;
    let init: Function = Reflect::get(&module, &"default".into())?.dyn_into()?;
    let started: Promise = init.call0(&JsValue::NULL)?.dyn_into()?;
    JsFuture::from(started).await?;
    Ok(module)
}

/// Gives the page to the full module (its `take_over`): the reader's scenario, the one the
/// address opened on, the view, the chart's axis and whether More is open; then puts the
/// reader where they were (focus and scroll) and does what they asked.
fn take_over(module: &JsValue, intent: Option<Intent>) {
    if intent == Some(Intent::Everything) && busy() {
        let module = module.clone();
        gloo_timers::callback::Timeout::new(300, move || take_over(&module, intent)).forget();
        return;
    }
    let Ok(take_over) =
        Reflect::get(module, &"take_over".into()).and_then(|value| value.dyn_into::<Function>())
    else {
        set_status("This part of the calculator could not be started. ", true);
        return;
    };
    // The first screen stays unless the page has a place for the calculator.
    if with_screen(|screen| screen.root.parent_element().is_some()) != Some(true) {
        return;
    }
    let window = web_sys::window();
    let document = window.as_ref().and_then(web_sys::Window::document);
    let focused = document
        .as_ref()
        .and_then(web_sys::Document::active_element)
        .and_then(|element| element.get_attribute("data-testid"));
    let scroll_y = window
        .as_ref()
        .and_then(|window| window.scroll_y().ok())
        .unwrap_or(0.0);
    let Some((layout, opened, mut current, axis, app)) = hand_over() else {
        return;
    };
    if intent == Some(Intent::Years) {
        current.view = View::Years;
    }
    let handoff = object([
        (
            "layout",
            match layout {
                Layout::Page => "page",
                Layout::Widget => "widget",
            }
            .into(),
        ),
        ("opened", url_state::address_query(&opened).into()),
        ("current", url_state::address_query(&current).into()),
        (
            "axis",
            match axis {
                SweepAxis::BtcPrice => "btc",
                SweepAxis::PowerPrice => "power",
            }
            .into(),
        ),
        ("more", (intent == Some(Intent::More)).into()),
    ]);
    if let Err(error) = take_over.call2(&JsValue::NULL, &app, &handoff) {
        web_sys::console::error_2(&"The full calculator could not take over:".into(), &error);
        return;
    }
    restore_when_rendered(intent, focused, scroll_y, 0);
}

/// Puts the reader back where they were and does what they asked, once the full
/// calculator has rendered: its scheduler renders after the hand-over returns (in a
/// microtask, or a later task when a render is long), so this looks each frame, for at
/// most [`RESTORE_FRAMES`].
fn restore_when_rendered(
    intent: Option<Intent>,
    focused: Option<String>,
    scroll_y: f64,
    frame: u32,
) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document
        .query_selector("main.calculator")
        .ok()
        .flatten()
        .is_none()
    {
        if let (true, Some(window)) = (frame < RESTORE_FRAMES, web_sys::window()) {
            let next = wasm_bindgen::closure::Closure::once_into_js(move || {
                restore_when_rendered(intent, focused, scroll_y, frame + 1);
            });
            let _ = window.request_animation_frame(next.unchecked_ref());
        }
        return;
    }
    let focus = match intent {
        Some(Intent::Years) => Some("view-years".to_owned()),
        _ => focused,
    };
    let element = |selector: &str| {
        document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    };
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, scroll_y);
    }
    let target = match intent {
        Some(Intent::More) => element("[data-testid=\"more\"] > summary"),
        Some(Intent::DataTable) => element("section.chart details.data-table > summary"),
        _ => focus.and_then(|testid| element(&format!("[data-testid=\"{testid}\"]"))),
    };
    if let Some(target) = target {
        if intent == Some(Intent::DataTable) {
            if let Some(table) = target.parent_element() {
                let _ = table.set_attribute("open", "");
            }
        }
        let _ = target.focus();
    }
    if let Some(button) = intent.and_then(Intent::then_click).and_then(element) {
        button.click();
    }
}

/// How many frames the hand-over waits at most for the full calculator's first render.
const RESTORE_FRAMES: u32 = 120;
