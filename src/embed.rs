//! The widget's edges towards other pages: the JS API (`compute`, `mount`) and the
//! `postMessage` protocol of the embed mode.
//!
//! Every value that arrives here goes through [`url_state::decode_pairs`], the same path as
//! the query string, so it is finite, clamped and length-capped, and unknown keys are
//! ignored.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::components::app::{App, AppProps};
use crate::model::{compute as compute_outcome, Outcome, Preset, Scenario};
use crate::number_text::{number_text, parse_decimal};
use crate::state::Calculator;
use crate::url_state;

/// Message type the widget sends its parent with its content height in CSS pixels.
pub const MESSAGE_RESIZE: &str = "mining-vs-ai:resize";
/// Message type the widget sends its parent when the scenario changes.
pub const MESSAGE_CHANGE: &str = "mining-vs-ai:change";
/// Message type a parent sends the widget to set the scenario.
pub const MESSAGE_SET: &str = "mining-vs-ai:set";

/// Every output, keyed as the page's `data-testid`s; `None` where the page shows no number.
pub fn output_values(outcome: &Outcome) -> Vec<(&'static str, Option<f64>)> {
    let (mining, ai) = (&outcome.mining, &outcome.ai);
    vec![
        ("hashprice", Some(outcome.hashprice_usd_per_ph_day)),
        ("hashrate-per-mw", Some(outcome.hashrate_ph_per_s_per_mw)),
        ("gpus-per-mw", Some(outcome.gpus_per_mw)),
        ("breakeven-btc", outcome.breakeven_btc_price_usd),
        ("ai-to-mining-ratio", outcome.ai_to_mining_margin_ratio),
        (
            "mining-breakeven-power",
            Some(outcome.mining_breakeven_power_price_usd_per_mwh),
        ),
        (
            "ai-breakeven-power",
            outcome.ai_breakeven_power_price_usd_per_mwh,
        ),
        ("mining-revenue-per-mwh", Some(mining.revenue_usd_per_mwh)),
        (
            "mining-power-cost-per-mwh",
            Some(mining.power_cost_usd_per_mwh),
        ),
        ("mining-margin-per-mwh", Some(mining.margin_usd_per_mwh)),
        ("mining-margin-mw-year", Some(mining.margin_usd_per_mw_year)),
        (
            "mining-margin-site-year",
            Some(mining.site_margin_usd_per_year),
        ),
        ("ai-revenue-per-mwh", Some(ai.revenue_usd_per_mwh)),
        ("ai-power-cost-per-mwh", Some(ai.power_cost_usd_per_mwh)),
        ("ai-margin-per-mwh", Some(ai.margin_usd_per_mwh)),
        ("ai-margin-mw-year", Some(ai.margin_usd_per_mw_year)),
        ("ai-margin-site-year", Some(ai.site_margin_usd_per_year)),
    ]
}

/// A plain JS object with these properties.
pub fn object<'a>(entries: impl IntoIterator<Item = (&'a str, JsValue)>) -> JsValue {
    let object = Object::new();
    for (name, value) in entries {
        // Defining a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &name.into(), &value);
    }
    object.into()
}

/// Reads a config object (`{ btc: 90000, ai: "gpu" }`) into the scenario it describes.
/// Numbers, strings and booleans are read like URL values; values of other types are
/// ignored. `undefined` and `null` give the defaults; anything but an object is an error.
/// Reflection is used rather than property access so that a hostile object (a throwing
/// getter, a proxy) gives an error, not a crash.
pub fn scenario_from_config(config: &JsValue) -> Result<(Scenario, Option<Preset>), String> {
    let not_an_object =
        || "config must be an object of the URL keys, like { btc: 90000, ai: \"gpu\" }".to_owned();
    if config.is_undefined() || config.is_null() {
        return Ok(url_state::decode_pairs(std::iter::empty()));
    }
    if !config.is_object() || Array::is_array(config) {
        return Err(not_an_object());
    }
    let object: &Object = config.unchecked_ref();
    let keys = Reflect::own_keys(object).map_err(|_| not_an_object())?;
    let mut pairs = Vec::new();
    for key in keys.iter().take(url_state::PAIRS_MAX) {
        let Some(name) = key.as_string() else {
            continue;
        };
        let value = Reflect::get(object, &key).map_err(|_| not_an_object())?;
        let text = if let Some(number) = value.as_f64() {
            number_text(number)
        } else if let Some(flag) = value.as_bool() {
            flag.to_string()
        } else if let Some(text) = value.as_string() {
            text
        } else {
            continue;
        };
        pairs.push((name, text));
    }
    Ok(url_state::decode_pairs(pairs))
}

/// The outputs as a JS object keyed like the page's `data-testid`s; `null` where the page
/// shows no number.
pub fn outputs_object(outcome: &Outcome) -> JsValue {
    object(
        output_values(outcome)
            .into_iter()
            .map(|(key, value)| (key, value.map_or(JsValue::NULL, JsValue::from))),
    )
}

/// The whole scenario as a JS object keyed like the query string: numbers as numbers,
/// `ai` and `preset` as strings.
pub fn scenario_object(scenario: &Scenario, preset: Option<Preset>) -> JsValue {
    object(
        url_state::all_pairs(scenario, preset)
            .into_iter()
            .map(|(key, text)| {
                let value = parse_decimal(&text)
                    .map_or_else(|| JsValue::from(text.as_str()), JsValue::from);
                (key, value)
            }),
    )
}

/// Every output of a scenario: `compute({ btc: 90000, ai: "gpu" })` returns an object keyed
/// like the page's `data-testid`s (`"mining-margin-per-mwh"`, `"breakeven-btc"`, ...).
/// Values are sanitized as in a URL; a config that is not an object throws.
#[wasm_bindgen]
pub fn compute(config: JsValue) -> Result<JsValue, JsError> {
    let (scenario, _) = scenario_from_config(&config).map_err(|message| JsError::new(&message))?;
    Ok(outputs_object(&compute_outcome(&scenario)))
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
pub fn mount(element: Element, config: JsValue) -> Result<MountedWidget, JsError> {
    let (scenario, preset) =
        scenario_from_config(&config).map_err(|message| JsError::new(&message))?;
    crate::panic::install_hook();
    let props = AppProps {
        mounted: Some(Calculator::new(scenario, preset)),
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
