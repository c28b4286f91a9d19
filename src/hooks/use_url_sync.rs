//! Keeps the page's query string in step with the scenario.

use std::time::Duration;

use wasm_bindgen::JsValue;
use yew::platform::{spawn_local, time::sleep};
use yew::prelude::*;

/// How long the URL waits for the controls to settle: browsers limit how often
/// `history.replaceState` may be called, and a dragged slider changes many times a second.
const SETTLE: Duration = Duration::from_millis(250);

/// Writes `query` into the address bar once it has not changed for [`SETTLE`], with
/// `replaceState` (no history entry per change), and only when it differs from the
/// address bar's. `None` leaves the address bar alone.
///
/// ```no_run
/// use mining_vs_ai::hooks::use_url_sync;
/// use mining_vs_ai::model::Scenario;
/// use mining_vs_ai::url_state::encode;
/// use yew::prelude::*;
///
/// #[component]
/// fn Shared() -> Html {
///     let scenario = use_state(Scenario::default);
///     use_url_sync(Some(encode(&scenario, None)));
///     html! {}
/// }
/// ```
#[hook]
pub fn use_url_sync(query: Option<String>) {
    let generation = use_mut_ref(|| 0_u64);
    use_effect_with(query, move |query| {
        *generation.borrow_mut() += 1;
        let written_for = *generation.borrow();
        if let Some(query) = query.clone() {
            let pending = generation.clone();
            spawn_local(async move {
                sleep(SETTLE).await;
                if *pending.borrow() == written_for {
                    replace_query(&query);
                }
            });
        }
        // A newer query, or the widget going away, cancels the pending write.
        move || *generation.borrow_mut() += 1
    });
}

/// The page's query string, with its `?`, or "" when it cannot be read.
pub fn page_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The address of this page with `query` as its query string.
pub fn page_url_with(query: &str) -> String {
    let location = web_sys::window().map(|window| window.location());
    let part = |read: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|location| read(location).ok())
            .unwrap_or_default()
    };
    format!(
        "{}{}{}",
        part(web_sys::Location::origin),
        part(web_sys::Location::pathname),
        with_question_mark(query)
    )
}

/// The address of the folder this page is in, ending in `/`, for files beside it.
pub fn page_directory_url() -> String {
    let page = page_url_with("");
    match page.rfind('/') {
        Some(slash) => page[..=slash].to_owned(),
        None => page,
    }
}

fn with_question_mark(query: &str) -> String {
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = with_question_mark(query);
    if location.search().ok().as_deref() == Some(search.as_str()) {
        return;
    }
    let url = format!(
        "{}{search}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        // A refused update leaves the old address, which still loads a valid scenario.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
