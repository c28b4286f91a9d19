//! The embed's side of the `postMessage` protocol with the page that hosts it.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

use crate::browser::page_query;
use crate::model::{ChosenPresets, Decision, Outcome, Scenario};
use crate::protocol::{listen_for_set, post_change, post_height};
use crate::state::Calculator;
use crate::url_state;

/// Whether an embed talks to the page that hosts it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Hosted {
    /// Not an embed: it says nothing.
    No,
    /// An embed.
    Yes,
    /// An embed the full calculator took over from the first screen, which has announced
    /// the scenario it handed over: only later changes are.
    Resumed,
}

/// When `hosted` is not [`Hosted::No`] and the page is inside an iframe: sends the parent the height of `root`
/// whenever it changes (`mining-vs-ai:resize`, and the same height as AMP's `embed-size`
/// message and, when the address has Pym.js's `childId`, as Pym.js's `height` message), and the scenario and outputs whenever they
/// change (`mining-vs-ai:change`, with today's and the decision's outputs: `decision` is
/// the scenario's, which an enabled embed must be given); and accepts
/// `mining-vs-ai:set` messages from the parent only, passing their scenario to `onset`.
///
/// ```no_run
/// use mining_vs_ai::hooks::use_embed_messages::{use_embed_messages, Hosted};
/// use mining_vs_ai::model::{compute, decide};
/// use mining_vs_ai::state::Calculator;
/// use yew::prelude::*;
///
/// #[component]
/// fn Embedded() -> Html {
///     let root = use_node_ref();
///     let state = Calculator::default();
///     let outcome = std::rc::Rc::new(compute(&state.scenario));
///     let decision = std::rc::Rc::new(Some(decide(&state.scenario)));
///     use_embed_messages(Hosted::Yes, root.clone(), state, outcome, decision, Callback::noop());
///     html! { <div ref={root} /> }
/// }
/// ```
#[hook]
pub fn use_embed_messages(
    hosted: Hosted,
    root: NodeRef,
    state: Calculator,
    outcome: Rc<Outcome>,
    decision: Rc<Option<Decision>>,
    onset: Callback<(Scenario, ChosenPresets)>,
) {
    let enabled = hosted != Hosted::No;
    use_effect_with(enabled, move |enabled| {
        let observed = enabled
            .then(|| {
                let element = root.cast::<Element>()?;
                let measured = element.clone();
                let pym_id = url_state::pym_child_id(&page_query());
                let on_resize = Closure::<dyn FnMut()>::new(move || {
                    let height = measured.get_bounding_client_rect().height().ceil();
                    post_height(height, pym_id.as_deref());
                });
                let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, on_resize))
            })
            .flatten();
        move || {
            if let Some((observer, _on_resize)) = observed {
                observer.disconnect();
            }
        }
    });

    // What the host hears is the scenario, its presets and the outputs, nothing else: a
    // `set` of the scenario already shown announces nothing, so a host that answers each
    // change with a `set` does not start an endless exchange.
    let announced = (enabled, state.scenario, state.presets, outcome);
    let already_announced = use_mut_ref(|| hosted == Hosted::Resumed);
    // The decision follows from the scenario, so it is not compared again.
    use_effect_with(announced, move |(enabled, scenario, presets, outcome)| {
        if already_announced.replace(false) {
            return;
        }
        if let (true, Some(decision)) = (*enabled, decision.as_ref()) {
            post_change(scenario, *presets, outcome, decision);
        }
    });

    use_effect_with(enabled, move |enabled| {
        let listener = enabled
            .then(|| listen_for_set(move |chosen| onset.emit(chosen)))
            .flatten();
        // Dropping the listener removes it.
        move || drop(listener)
    });
}
