//! Keeps the page's query string in step with the scenario.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::replace_query;

/// How long, in milliseconds, the URL waits for the controls to settle: browsers limit how
/// often `history.replaceState` may be called, and a dragged slider changes many times a
/// second.
const SETTLE_MS: u32 = 250;

/// Writes `query` into the address bar once it has not changed for [`SETTLE_MS`], with
/// `replaceState` (no history entry per change), and only when it differs from the
/// address bar's. `None` leaves the address bar alone.
///
/// ```no_run
/// use mining_vs_ai::hooks::use_url_sync;
/// use mining_vs_ai::model::{ChosenPresets, Scenario};
/// use mining_vs_ai::url_state::encode;
/// use yew::prelude::*;
///
/// #[component]
/// fn Shared() -> Html {
///     let scenario = use_state(Scenario::default);
///     use_url_sync(Some(encode(&scenario, ChosenPresets::default())));
///     html! {}
/// }
/// ```
#[hook]
pub fn use_url_sync(query: Option<String>) {
    use_effect_with(query, |query| {
        let pending = query
            .clone()
            .map(|query| Timeout::new(SETTLE_MS, move || replace_query(&query)));
        // Dropping the timeout, for a newer query or when the widget goes away, cancels it.
        move || drop(pending)
    });
}
