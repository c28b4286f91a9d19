//! The size of an element, kept up to date as it resizes.

use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// The content width and height in CSS pixels of the element `node` points to, (0, 0)
/// until they are known. A `ResizeObserver` updates them; the state changes only when the
/// rounded size does.
///
/// ```no_run
/// use mining_vs_ai::hooks::use_element_size;
/// use yew::prelude::*;
///
/// #[component]
/// fn Size() -> Html {
///     let container = use_node_ref();
///     let (width, height) = use_element_size(container.clone());
///     html! { <div ref={container}>{ format!("{width} x {height} px") }</div> }
/// }
/// ```
#[hook]
pub fn use_element_size(node: NodeRef) -> (u32, u32) {
    let size = use_state_eq(|| (0_u32, 0_u32));
    {
        let size = size.setter();
        // The NodeRef is read inside the effect, once the element exists.
        use_effect_with((), move |_| {
            let observed = node.cast::<Element>().and_then(|element| {
                let whole = |pixels: f64| pixels.round().max(0.0) as u32;
                size.set((
                    element.client_width().max(0) as u32,
                    element.client_height().max(0) as u32,
                ));
                let on_resize =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                            let rect = entry.content_rect();
                            size.set((whole(rect.width()), whole(rect.height())));
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
    *size
}
