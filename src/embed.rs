//! The widget's edges towards other pages: the JS API (`compute`, `mount`) and the
//! `postMessage` protocol of the embed mode.
//!
//! Every value that arrives here goes through [`url_state::decode_pairs`], the same path as
//! the query string, so it is finite, clamped and length-capped, and unknown keys are
//! ignored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::components::app::{App, AppProps};
use crate::model::{compute as compute_outcome, Outcome, Preset, Scenario};
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

/// A config value as JavaScript gives it.
#[derive(Deserialize)]
#[serde(untagged)]
enum ConfigValue {
    Number(f64),
    Flag(bool),
    Text(String),
    /// Objects, arrays, null: ignored like an unknown key.
    Other(serde::de::IgnoredAny),
}

/// Reads a config object (`{ btc: 90000, ai: "gpu" }`) into the scenario it describes.
/// `undefined` and `null` give the defaults; anything but an object is an error.
pub fn scenario_from_config(config: &JsValue) -> Result<(Scenario, Option<Preset>), String> {
    let entries: Option<BTreeMap<String, ConfigValue>> =
        serde_wasm_bindgen::from_value(config.clone()).map_err(|_| {
            "config must be an object of the URL keys, like { btc: 90000, ai: \"gpu\" }".to_owned()
        })?;
    let pairs = entries
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(key, value)| {
            let text = match value {
                ConfigValue::Number(number) => url_state::number_text(number),
                ConfigValue::Flag(flag) => flag.to_string(),
                ConfigValue::Text(text) => text,
                ConfigValue::Other(_) => return None,
            };
            Some((key, text))
        });
    Ok(url_state::decode_pairs(pairs))
}

/// A JS value whose maps are plain objects.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    // Maps of strings and numbers always serialize.
    value.serialize(&serializer).unwrap_or(JsValue::UNDEFINED)
}

/// The outputs as a JS object keyed like the page's `data-testid`s.
pub fn outputs_object(outcome: &Outcome) -> JsValue {
    to_js(
        &output_values(outcome)
            .into_iter()
            .collect::<BTreeMap<_, _>>(),
    )
}

/// A scenario value as JavaScript receives it.
#[derive(Serialize)]
#[serde(untagged)]
enum ScenarioValue {
    Number(f64),
    Text(String),
}

/// The whole scenario as a JS object keyed like the query string.
pub fn scenario_object(scenario: &Scenario, preset: Option<Preset>) -> JsValue {
    let entries: BTreeMap<&str, ScenarioValue> = url_state::all_pairs(scenario, preset)
        .into_iter()
        .map(|(key, text)| {
            let value = text
                .parse::<f64>()
                .map_or(ScenarioValue::Text(text), ScenarioValue::Number);
            (key, value)
        })
        .collect();
    to_js(&entries)
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
