//! The width of an element, kept up to date as it resizes.

use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// The content width in CSS pixels of the element `node` points to, 0 until it is known.
/// A `ResizeObserver` updates it; the state changes only when the rounded width does.
///
/// ```no_run
/// use mining_vs_ai::hooks::use_element_width;
/// use yew::prelude::*;
///
/// #[component]
/// fn Width() -> Html {
///     let container = use_node_ref();
///     let width = use_element_width(container.clone());
///     html! { <div ref={container}>{ format!("{width} px") }</div> }
/// }
/// ```
#[hook]
pub fn use_element_width(node: NodeRef) -> u32 {
    let width = use_state_eq(|| 0_u32);
    {
        let width = width.setter();
        // The NodeRef is read inside the effect, once the element exists.
        use_effect_with((), move |_| {
            let observed = node.cast::<Element>().and_then(|element| {
                width.set(element.client_width().max(0) as u32);
                let on_resize =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                            width.set(entry.content_rect().width().round().max(0.0) as u32);
                        }
                    });
                let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, _on_resize)) = observed {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}
