//! The JS API of the module: `compute()` and `mount()`. It sits above the components,
//! which it renders; the reading of configs is the protocol's.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::components::app::{App, AppProps};
use crate::model::{compute as compute_outcome, decide};
use crate::protocol::{outputs_object, scenario_from_config};
use crate::state::{Calculator, View};
use crate::url_state;

/// The TypeScript types of `compute()`'s config and result, written into the generated
/// `.d.ts` (no wasm bytes); `tests/declarations.rs` checks them against the declarations.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("api.d.ts");

/// Every output of a scenario: `compute({ btc: 90000, ai: "gpu" })` returns an object keyed
/// like the page's `data-testid`s (`"mining-margin-per-mwh"`, `"npv-gain"`, ...), with the
/// decision's yearly series under `years` and its NPV gain on each path under `paths`. Values are sanitized as in a URL; a config that
/// is not an object throws.
#[wasm_bindgen(unchecked_return_type = "Outputs")]
pub fn compute(
    #[wasm_bindgen(unchecked_param_type = "Config | undefined | null")] config: JsValue,
) -> Result<JsValue, JsError> {
    let (scenario, _) = scenario_from_config(&config).map_err(|message| JsError::new(&message))?;
    Ok(outputs_object(
        &compute_outcome(&scenario),
        &decide(&scenario),
    ))
}

/// A widget rendered by [`mount`].
#[wasm_bindgen]
pub struct MountedWidget {
    mounted: Option<(AppHandle<App>, Element)>,
}

#[wasm_bindgen]
impl MountedWidget {
    /// Removes the widget and everything it added to the page. Calling it again does nothing.
    pub fn destroy(&mut self) {
        if let Some((app, root)) = self.mounted.take() {
            app.destroy();
            root.remove();
        }
    }
}

/// Renders the widget into `element` with the scenario of `config` (as for [`compute`]).
/// It neither reads nor writes the page's address. Returns a handle to `destroy()` it.
#[wasm_bindgen]
pub fn mount(
    element: Element,
    #[wasm_bindgen(unchecked_param_type = "Config | undefined | null")] config: JsValue,
) -> Result<MountedWidget, JsError> {
    let (scenario, presets) =
        scenario_from_config(&config).map_err(|message| JsError::new(&message))?;
    crate::panic::install_hook();
    let view = Reflect::get(&config, &url_state::KEY_VIEW.into())
        .ok()
        .and_then(|view| view.as_string())
        .and_then(|view| View::from_key(&view))
        .unwrap_or_default();
    let props = AppProps {
        mounted: Some(Calculator {
            view,
            ..Calculator::new(scenario, presets)
        }),
    };
    // Yew keeps its delegated event listeners on the element it renders into, even after
    // destroy(): render into a child of our own, and remove it with them.
    let root = element
        .owner_document()
        .and_then(|document| document.create_element("div").ok())
        .ok_or_else(|| JsError::new("mount(element, config): element is not in a document"))?;
    element
        .append_child(&root)
        .map_err(|_| JsError::new("mount(element, config): cannot add the widget to element"))?;
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Ok(MountedWidget {
        mounted: Some((app, root)),
    })
}
