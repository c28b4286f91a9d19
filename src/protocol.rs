//! The message protocol between an embedded widget and the page that hosts it, and the
//! reading of configs from JavaScript: message names and shapes, no components.
//!
//! Every value that arrives here goes through [`url_state::decode_pairs`], the same path as
//! the query string, so it is finite, clamped and length-capped, and unknown keys are
//! ignored.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::decision::npvs;
use crate::model::paths::Path;
use crate::model::sensitivity::map_axis_with_key;
use crate::model::{
    ChosenPresets, Decision, DecisionOutput, Input, Outcome, Output, Scenario, YEAR_COLUMNS,
};
use crate::newsroom::NewsroomWords;
use crate::number_text::{number_text, parse_decimal};
use crate::state::{Calculator, View};
use crate::url_state;

/// Message type the widget sends its parent with its content height in CSS pixels.
pub const MESSAGE_RESIZE: &str = "mining-vs-ai:resize";
/// Message type the widget sends its parent when the scenario changes.
pub const MESSAGE_CHANGE: &str = "mining-vs-ai:change";
/// Message type a parent sends the widget to set the scenario.
pub const MESSAGE_SET: &str = "mining-vs-ai:set";

/// The window that hosts this one in a frame, if any, and this one.
pub fn parent_window() -> Option<(web_sys::Window, web_sys::Window)> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!Object::is(&parent, &window)).then_some((window, parent))
}

/// Sends `data` to the page that hosts this one, if any. The height, scenario and outputs
/// are what the page shows: no secret to guard, so any host may read them.
pub fn post_to_parent(data: &JsValue) {
    if let Some((_, parent)) = parent_window() {
        let _ = parent.post_message(data, "*");
    }
}

/// Tells the host page the embed's `height` in CSS pixels: `mining-vs-ai:resize`, the same
/// height as AMP's `embed-size` message and, with Pym.js's `pym_id` (`childId`), as Pym.js's
/// `height` message.
pub fn post_height(height: f64, pym_id: Option<&str>) {
    post_to_parent(&object([
        ("type", MESSAGE_RESIZE.into()),
        ("height", height.into()),
    ]));
    post_to_parent(&object([
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", height.into()),
    ]));
    if let Some(id) = pym_id {
        let pym = format!("pymxPYMx{id}xPYMxheightxPYMx{}", number_text(height));
        post_to_parent(&pym.into());
    }
}

/// Tells the host page the scenario, its presets and its outputs, today's and the
/// decision's (`mining-vs-ai:change`).
pub fn post_change(
    scenario: &Scenario,
    presets: ChosenPresets,
    outcome: &Outcome,
    decision: &Decision,
) {
    post_to_parent(&object([
        ("type", MESSAGE_CHANGE.into()),
        ("scenario", scenario_object(scenario, presets)),
        ("outputs", outputs_object(outcome, decision)),
    ]));
}

/// Listens for `mining-vs-ai:set` messages from the page that hosts this one, and from it
/// only, passing each one's scenario to `onset`; `None` outside a frame. Dropping the
/// listener removes it.
pub fn listen_for_set(
    onset: impl Fn((Scenario, ChosenPresets)) + 'static,
) -> Option<gloo_events::EventListener> {
    let (window, parent) = parent_window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "message",
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let from_parent = event
                .source()
                .is_some_and(|source| Object::is(&source, &parent));
            let data = event.data();
            let kind = Reflect::get(&data, &"type".into())
                .ok()
                .and_then(|kind| kind.as_string());
            if !from_parent || kind.as_deref() != Some(MESSAGE_SET) {
                return;
            }
            let scenario = Reflect::get(&data, &"scenario".into()).unwrap_or(JsValue::UNDEFINED);
            if let Ok(chosen) = scenario_from_config(&scenario) {
                onset(chosen);
            }
        },
    ))
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
pub fn scenario_from_config(config: &JsValue) -> Result<(Scenario, ChosenPresets), String> {
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

/// The decision map's second axis a config names (`{ mapy: "capex" }`), read as the URL's.
pub fn map_y_of_config(config: &JsValue) -> Option<Input> {
    let key = Reflect::get(config, &url_state::KEY_MAP_Y.into())
        .ok()?
        .as_string()?;
    map_axis_with_key(key.trim())
}

/// A newsroom's words in a config (`{ title: "…", notes: "…", credit: "…" }`), read as
/// the embed's options are; a value that is not a string is ignored, as other keys' are.
pub fn newsroom_of_config(config: &JsValue) -> NewsroomWords {
    NewsroomWords::from_values(|key| Reflect::get(config, &key.into()).ok()?.as_string())
}

/// What a widget `mount()` renders opens on: the scenario of `config` (as
/// [`scenario_from_config`] reads it), its `view` and its map's `mapy`.
pub fn calculator_from_config(config: &JsValue) -> Result<Calculator, String> {
    let (scenario, presets) = scenario_from_config(config)?;
    let view = Reflect::get(config, &url_state::KEY_VIEW.into())
        .ok()
        .and_then(|view| view.as_string())
        .and_then(|view| View::from_key(&view))
        .unwrap_or_default();
    Ok(Calculator {
        view,
        map_y: map_y_of_config(config),
        ..Calculator::new(scenario, presets)
    })
}

/// A number, or `null` where there is none.
pub fn number_or_null(value: Option<f64>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from)
}

/// Today's outputs and the decision's as a JS object keyed like the page's `data-testid`s
/// (`null` where the page shows no number), with `years`: one object per year of the
/// decision, keyed like [`YEAR_COLUMNS`], and `paths`: the NPV gain per MW on each
/// [`Path`], keyed by its id.
pub fn outputs_object(outcome: &Outcome, decision: &Decision) -> JsValue {
    let years: Array = (0..decision.years.len())
        .map(|index| {
            object(
                YEAR_COLUMNS
                    .iter()
                    .map(|column| (column.id, JsValue::from((column.value)(decision, index)))),
            )
        })
        .collect();
    object(
        Output::ALL
            .into_iter()
            .map(|output| (output.id(), number_or_null(output.value(outcome))))
            .chain(
                DecisionOutput::ALL
                    .into_iter()
                    .map(|output| (output.id(), number_or_null(output.value(decision)))),
            )
            .chain([
                ("years", years.into()),
                (
                    "paths",
                    // As the page's table of paths (`components::paths_view`) and the
                    // decision sum it, so the same figures to the last digit (an e2e test
                    // compares them).
                    object(Path::ALL.map(|path| {
                        let on_path = npvs(&path.on(&decision.scenario));
                        (path.key(), on_path.difference_usd.into())
                    })),
                ),
            ]),
    )
}

/// The whole scenario as a JS object keyed like the query string: numbers as numbers,
/// `ai` and the presets (`data`, `miner`, `deal`) as strings.
pub fn scenario_object(scenario: &Scenario, presets: ChosenPresets) -> JsValue {
    object(
        url_state::all_pairs(scenario, presets)
            .into_iter()
            .map(|(key, text)| {
                let value = parse_decimal(&text)
                    .map_or_else(|| JsValue::from(text.as_str()), JsValue::from);
                (key, value)
            }),
    )
}
