//! The rest of the calculator: the full module, loaded when the reader asks for something
//! the first screen does not have, or in the background once the page is idle, and handed
//! the reader's state.
//!
//! The page's first script defines `window.mvaImportRest(suffix)`, which imports the full
//! module's glue from beside the page, its address followed by `suffix`: `import()` is
//! JavaScript syntax, which WebAssembly cannot call, and the content security policy
//! allows no other way to write it. A host page's widgets (`widget.js`'s `mount()`) give
//! their own.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlElement};

use super::{
    busy, first_screens, hand_over, keep_handle, set_status, with_screen, HandOver, Layout,
    ScreenId,
};
use crate::model::SweepAxis;
use crate::protocol::object;
use crate::state::View;
use crate::url_state;

/// What the reader asked for that the first screen does not have.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Intent {
    /// The decision over the years, asked for by the reader.
    Years,
    /// The decision over the years, which the address or the config opened on: as
    /// [`Intent::Years`], but the focus stays where it is.
    OpenedOnYears,
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
            Intent::Years | Intent::OpenedOnYears => "Loading the view over the years\u{2026}",
            Intent::More => "Loading more inputs, figures and the map\u{2026}",
            Intent::DataTable => "Loading the data table\u{2026}",
            Intent::DownloadPng | Intent::DownloadSvg => "Loading the downloads\u{2026}",
            Intent::Everything => "Loading the rest of the calculator\u{2026}",
        }
    }

    /// The first screen's control the reader used, busy while the rest loads.
    fn control(self) -> &'static str {
        match self {
            Intent::Years | Intent::OpenedOnYears => "[data-testid=\"view-years\"]",
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
    /// Loading; then taking over every first screen, and doing what the reader asked for
    /// on each (`Screen::asked`).
    Loading,
    /// Loaded (its glue's exports), not yet given the page.
    Ready(JsValue),
    /// Could not be loaded; asking again tries again, at an address of its own (Chromium
    /// keeps a module that failed to load failed at its address until the page reloads).
    Failed,
}

thread_local! {
    static REST: RefCell<Rest> = const { RefCell::new(Rest::Idle) };
    /// How to import the full module's glue where the page defines no
    /// `window.mvaImportRest`: the function a host page's `mount()` gave.
    static IMPORT: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// How many loads have failed.
    static FAILURES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Imports the full module's glue with `import` (see [`IMPORT`]).
pub fn import_with(import: Function) {
    IMPORT.with(|cell| *cell.borrow_mut() = Some(import));
}

/// The reader asked for `intent` on the screen `id`: hand over now if the rest is loaded,
/// or load it and hand over once it is.
pub fn ask(id: ScreenId, intent: Intent) {
    let ready = REST.with(|rest| {
        let mut rest = rest.borrow_mut();
        match &*rest {
            Rest::Ready(module) => Some(module.clone()),
            Rest::Loading => None,
            Rest::Idle | Rest::Failed => {
                *rest = Rest::Loading;
                spawn_local(load());
                None
            }
        }
    });
    match ready {
        Some(module) => take_over(&module, id, Some(intent)),
        None => {
            with_screen(id, |screen| screen.asked = Some(intent));
            set_status(id, intent.loading_words(), false);
            set_busy(id, intent, true);
        }
    }
}

/// Marks the control the reader used for `intent` busy, or no longer.
fn set_busy(id: ScreenId, intent: Intent, busy: bool) {
    with_screen(id, |screen| {
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
/// reader saves data or has a 2G connection: then it waits to be asked (the page says so
/// and offers a button for its lower half). Once loaded, it takes every screen over.
pub fn prefetch_when_idle(id: ScreenId, layout: Layout) {
    if saves_data() {
        if layout == Layout::Page {
            set_status(
                id,
                "Saving data: the map, the tornado, the presets and the rest load when you ask.",
                false,
            );
            offer_load_button(id);
        }
        return;
    }
    let start = move || {
        // Destroyed meanwhile: nothing to load for.
        if with_screen(id, |_| ()).is_none() {
            return;
        }
        let ready = REST.with(|rest| {
            let mut rest = rest.borrow_mut();
            match &*rest {
                Rest::Idle => {
                    *rest = Rest::Loading;
                    spawn_local(load());
                    None
                }
                // Loaded for another screen (a second widget mounted later).
                Rest::Ready(module) => Some(module.clone()),
                Rest::Loading | Rest::Failed => None,
            }
        });
        if let Some(module) = ready {
            take_over(&module, id, Some(Intent::Everything));
        }
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
fn offer_load_button(id: ScreenId) {
    with_screen(id, |screen| {
        let Some(status) = super::by_testid(&screen.root, "rest-status") else {
            return;
        };
        if let Ok(button) = screen.document.create_element("button") {
            let _ = button.set_attribute("type", "button");
            let _ = button.set_attribute("data-testid", "load-rest");
            button.set_text_content(Some("Load them now"));
            let listener = gloo_events::EventListener::new(&button, "click", move |_| {
                ask(id, Intent::Everything)
            });
            screen.listeners.push(listener);
            let _ = status.append_child(&button);
        }
    });
}

/// Imports the full module and starts it; then hands every first screen over, doing what
/// the reader asked for on each meanwhile, if anything.
async fn load() {
    match import_rest().await {
        Ok(module) => {
            REST.with(|rest| *rest.borrow_mut() = Rest::Ready(module.clone()));
            for id in first_screens() {
                let asked = with_screen(id, |screen| screen.asked).flatten();
                take_over(&module, id, Some(asked.unwrap_or(Intent::Everything)));
            }
        }
        Err(_) => {
            FAILURES.set(FAILURES.get() + 1);
            REST.with(|rest| *rest.borrow_mut() = Rest::Failed);
            for id in first_screens() {
                // A prefetch that fails says nothing until the reader asks.
                if let Some(intent) = with_screen(id, |screen| screen.asked.take()).flatten() {
                    set_busy(id, intent, false);
                    set_status(
                        id,
                        "This part of the calculator could not be loaded (offline, or blocked). What is above still works. ",
                        true,
                    );
                }
            }
        }
    }
}

/// `window.mvaImportRest()` (or [`IMPORT`]), then the module's `default()`, which fetches
/// and starts its wasm; after a failure, at an address of its own.
async fn import_rest() -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let import: Function = match IMPORT.with(|cell| cell.borrow().clone()) {
        Some(import) => import,
        None => Reflect::get(&window, &"mvaImportRest".into())?.dyn_into()?,
    };
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

/// Gives the screen `id` to the full module (its `take_over`, or `take_over_mounted` for a
/// mounted widget): the reader's scenario, the one the screen opened on, the view, the
/// chart's axis and whether More is open; then puts the reader where they were (focus and
/// scroll) and does what they asked.
fn take_over(module: &JsValue, id: ScreenId, intent: Option<Intent>) {
    if intent == Some(Intent::Everything) && busy(id) {
        let module = module.clone();
        gloo_timers::callback::Timeout::new(300, move || take_over(&module, id, intent)).forget();
        return;
    }
    let mounted = with_screen(id, |screen| screen.mounted).unwrap_or(false);
    let export = if mounted {
        "take_over_mounted"
    } else {
        "take_over"
    };
    let Ok(take_over) =
        Reflect::get(module, &export.into()).and_then(|value| value.dyn_into::<Function>())
    else {
        set_status(
            id,
            "This part of the calculator could not be started. ",
            true,
        );
        return;
    };
    // The first screen stays unless the page has a place for the calculator.
    if with_screen(id, |screen| screen.root.parent_element().is_some()) != Some(true) {
        return;
    }
    let Some(HandOver {
        layout,
        words,
        opened,
        mut current,
        axis,
        app,
    }) = hand_over(id)
    else {
        return;
    };
    // The focus goes back only if it was in this screen, and the page scrolls back only
    // if it is the calculator's own (a host page's scroll is its reader's).
    let focused = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .filter(|active| app.contains(Some(active)))
        .and_then(|active| active.get_attribute("data-testid"));
    let scroll_y = web_sys::window()
        .filter(|_| !mounted)
        .and_then(|window| window.scroll_y().ok());
    if matches!(intent, Some(Intent::Years | Intent::OpenedOnYears)) {
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
        ("newsroom", words.into()),
    ]);
    match take_over.call2(&JsValue::NULL, &app, &handoff) {
        Ok(handle) => keep_handle(id, handle),
        Err(error) => {
            web_sys::console::error_2(&"The full calculator could not take over:".into(), &error);
            // The first screen has let go: say so where it was.
            if let Some(status) = app
                .query_selector("[data-testid=\"rest-status\"]")
                .ok()
                .flatten()
            {
                status.set_text_content(Some(
                    "The rest of the calculator could not be started: reload the page to try again.",
                ));
            }
            return;
        }
    }
    restore_when_rendered(app, intent, focused, scroll_y, 0);
}

/// Puts the reader back where they were and does what they asked, once the full
/// calculator has rendered: its scheduler renders after the hand-over returns (in a
/// microtask, or a later task when a render is long), so this looks each frame, for at
/// most [`RESTORE_FRAMES`].
fn restore_when_rendered(
    app: Element,
    intent: Option<Intent>,
    focused: Option<String>,
    scroll_y: Option<f64>,
    frame: u32,
) {
    if app
        .query_selector("main.calculator")
        .ok()
        .flatten()
        .is_none()
    {
        if let (true, Some(window)) = (frame < RESTORE_FRAMES, web_sys::window()) {
            let next = wasm_bindgen::closure::Closure::once_into_js(move || {
                restore_when_rendered(app, intent, focused, scroll_y, frame + 1);
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
        app.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    };
    if let (Some(window), Some(scroll_y)) = (web_sys::window(), scroll_y) {
        let scroll_x = window.scroll_x().unwrap_or(0.0);
        window.scroll_to_with_x_and_y(scroll_x, scroll_y);
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
