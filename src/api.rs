//! The JS API of the module: `compute()` and `mount()`. It sits above the components,
//! which it renders; the reading of configs is the protocol's.

use std::rc::Rc;

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::components::app::{App, AppProps, Resumed};
use crate::components::where_it_flips::MAP_GRID;
use crate::model::sensitivity::{decision_map, map_y_input, tornado, Basis, DecisionMap};
use crate::model::{compute as compute_outcome, decide, Scenario, SweepAxis};
use crate::newsroom::NewsroomWords;
use crate::protocol::{
    calculator_from_config, map_y_of_config, newsroom_of_config, number_or_null, object,
    outputs_object, scenario_from_config,
};
use crate::state::Calculator;
use crate::url_state;

/// The TypeScript types of `compute()`'s config and result, written into the generated
/// `.d.ts` (no wasm bytes); `tests/declarations.rs` checks them against the declarations.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("api.d.ts");

/// The tornado of `scenario` on `basis`, widest swing first: for each input, its plausible
/// range, the gap at each end, and where within it the answer flips (`null` where it does
/// not).
fn tornado_array(scenario: &Scenario, basis: Basis) -> JsValue {
    tornado(scenario, basis)
        .bars
        .iter()
        .map(|bar| {
            object([
                ("input", bar.input.key().into()),
                ("label", bar.input.param().label.into()),
                ("low", bar.low.into()),
                ("high", bar.high.into()),
                ("gap-at-low", bar.gap_at_low_usd.into()),
                ("gap-at-high", bar.gap_at_high_usd.into()),
                ("flip", number_or_null(bar.flip.map(|flip| flip.at))),
            ])
        })
        .collect::<Array>()
        .into()
}

/// The decision map over the years, as the page draws it: the grid's BTC prices and second
/// input's values, the gap in each cell row by row, and each row's break-even BTC price.
fn map_object(map: &DecisionMap) -> JsValue {
    let numbers = |values: &[f64]| values.iter().copied().map(JsValue::from).collect::<Array>();
    let columns = map.btc_prices_usd.len();
    object([
        ("input", map.y_input.key().into()),
        ("btc", numbers(&map.btc_prices_usd).into()),
        ("y", numbers(&map.y_values).into()),
        (
            "gaps",
            map.gaps_usd
                .chunks(columns)
                .map(|row| JsValue::from(numbers(row)))
                .collect::<Array>()
                .into(),
        ),
        (
            "breakevens",
            map.breakevens_btc_usd
                .iter()
                .map(|price| number_or_null(*price))
                .collect::<Array>()
                .into(),
        ),
    ])
}

/// Every output of a scenario: `compute({ btc: 90000, ai: "gpu" })` returns an object keyed
/// like the page's `data-testid`s (`"mining-margin-per-mwh"`, `"npv-gain"`, ...), with the
/// decision's yearly series under `years`, its NPV gain on each path under `paths`, the
/// tornado of each view under `tornado` (`today`, `years`) and the decision map over the
/// years under `map`, against the config's `mapy` (the lease rate or the GPU price unless
/// it names another axis the map offers). Values are sanitized as in a URL; a config that
/// is not an object throws.
#[wasm_bindgen(unchecked_return_type = "Outputs")]
pub fn compute(
    #[wasm_bindgen(unchecked_param_type = "Config | undefined | null")] config: JsValue,
) -> Result<JsValue, JsError> {
    let (scenario, _) = scenario_from_config(&config).map_err(|message| JsError::new(&message))?;
    let outputs = outputs_object(&compute_outcome(&scenario), &decide(&scenario));
    let chosen_y = map_y_of_config(&config);
    let y_input = map_y_input(chosen_y, scenario.ai_mode, Basis::Years);
    let extra = [
        (
            "tornado",
            object([
                ("today", tornado_array(&scenario, Basis::Today)),
                ("years", tornado_array(&scenario, Basis::Years)),
            ]),
        ),
        (
            "map",
            map_object(&decision_map(&scenario, Basis::Years, y_input, MAP_GRID)),
        ),
    ];
    for (name, value) in extra {
        // Defining a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&outputs, &name.into(), &value);
    }
    Ok(outputs)
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
    let opened = calculator_from_config(&config).map_err(|message| JsError::new(&message))?;
    crate::panic::install_hook();
    let props = AppProps {
        mounted: Some(opened),
        resumed: None,
        newsroom: Rc::new(newsroom_of_config(&config)),
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

thread_local! {
    /// Whether [`take_over`] has run.
    static TAKEN_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Takes over the page from the first screen (`first_screen`), which calls it once it has
/// loaded this module: renders the full calculator into `app` (the page's `#app`) with the
/// state `handoff` carries, as query strings the address would hold: `opened` (what the
/// address opened on) and `current` (the reader's scenario, view and map axis), with the
/// `layout` ("widget" or "page"), the chart's `axis` ("btc" or "power"), and whether More
/// opens (`more`). Not part of the JS API: it stays out of the
/// TypeScript declarations.
#[wasm_bindgen(skip_typescript)]
pub fn take_over(app: Element, handoff: JsValue) {
    // Once: a second call would leave the first calculator running beside the second.
    if TAKEN_OVER.replace(true) {
        return;
    }
    app.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(
        app,
        AppProps {
            mounted: None,
            resumed: Some(resumed_of(&handoff)),
            newsroom: Rc::default(),
        },
    )
    .render();
}

/// Takes over a widget that the first screen's `mount()` started in `root` (the element it
/// added), with the state `handoff` carries (as for [`take_over`], and its config's
/// newsroom words as a query string, `newsroom`); returns the handle
/// that the first screen's handle hands `destroy()` on to. Not part of the JS API.
#[wasm_bindgen(skip_typescript)]
pub fn take_over_mounted(root: Element, handoff: JsValue) -> MountedWidget {
    let resumed = resumed_of(&handoff);
    let words = Reflect::get(&handoff, &"newsroom".into())
        .ok()
        .and_then(|words| words.as_string())
        .unwrap_or_default();
    root.set_inner_html("");
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            mounted: Some(resumed.opened),
            resumed: Some(resumed),
            newsroom: Rc::new(NewsroomWords::of_query(&words)),
        },
    )
    .render();
    MountedWidget {
        mounted: Some((app, root)),
    }
}

/// The state a hand-over carries (see [`take_over`]).
fn resumed_of(handoff: &JsValue) -> Resumed {
    let text = |key: &str| {
        Reflect::get(handoff, &key.into())
            .ok()
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    };
    let flag = |key: &str| {
        Reflect::get(handoff, &key.into())
            .ok()
            .and_then(|value| value.as_bool())
            .unwrap_or(false)
    };
    let calculator = |query: &str| {
        let (scenario, presets) = url_state::decode(query);
        Calculator {
            view: url_state::view_of(query),
            map_y: url_state::map_y_of(query),
            ..Calculator::new(scenario, presets)
        }
    };
    Resumed {
        widget: text("layout") == "widget",
        opened: calculator(&text("opened")),
        current: calculator(&text("current")),
        axis: if text("axis") == "power" {
            SweepAxis::PowerPrice
        } else {
            SweepAxis::BtcPrice
        },
        more_open: flag("more"),
    }
}
