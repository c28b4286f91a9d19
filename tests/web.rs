//! The app in a real browser: headless Chromium through wasm-bindgen-test.
//!
//! No test sleeps for a fixed time: each waits for the condition its next assertion needs,
//! and where a test asserts that something did not change, it first waits for a sign that
//! the app handled the event (a pending entry shown, or a later change that did happen).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use js_sys::{Array, Function, Object, Reflect};
use mining_vs_ai::components::App;
use mining_vs_ai::model::{
    compute, decide, AiMode, DecisionOutput, Input, Output, Preset, Scenario,
};
use mining_vs_ai::number_text::{grouped, parse_decimal};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    CanvasRenderingContext2d, Element, Event, EventInit, HtmlCanvasElement, HtmlElement,
    HtmlInputElement, HtmlSelectElement,
};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// How long a wait lasts before the test fails: far longer than anything the app waits for
/// itself (600 ms for a pause in typing, 250 ms for the URL), yet short enough that a few
/// failing waits leave the other tests time within wasm-bindgen-test-runner's limit for the
/// whole file (20 s unless WASM_BINDGEN_TEST_TIMEOUT says otherwise).
const TIMEOUT_MS: f64 = 3_000.0;

/// How long a wait sleeps between two looks.
const POLL: Duration = Duration::from_millis(15);

/// The page's stylesheet: it sizes the chart and gives it its colours.
const STYLESHEET: &str = include_str!("../static/style.css");

/// Polls `check` until it gives a value, and returns it. After [`TIMEOUT_MS`] panics,
/// naming `what` was awaited and what `check` last reported instead.
async fn wait_for<T>(what: &str, mut check: impl FnMut() -> Result<T, String>) -> T {
    let deadline = js_sys::Date::now() + TIMEOUT_MS;
    let mut seen = match check() {
        Ok(value) => return value,
        Err(seen) => seen,
    };
    while js_sys::Date::now() < deadline {
        yew::platform::time::sleep(POLL).await;
        match check() {
            Ok(value) => return value,
            Err(now) => seen = now,
        }
    }
    panic!("waited {TIMEOUT_MS} ms for {what}; last seen: {seen}");
}

/// Polls `condition` until it holds; see [`wait_for`].
async fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    wait_for(what, || {
        if condition() {
            Ok(())
        } else {
            Err("not yet".to_owned())
        }
    })
    .await;
}

struct Mounted {
    root: Element,
    app: AppHandle<App>,
}

impl Mounted {
    async fn new() -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        if document.get_element_by_id("app-stylesheet").is_none() {
            let style = document.create_element("style").unwrap();
            style.set_id("app-stylesheet");
            style.set_text_content(Some(STYLESHEET));
            let head = document.query_selector("head").unwrap().unwrap();
            head.append_child(&style).unwrap();
        }
        let root = document.create_element("div").unwrap();
        root.set_attribute("style", "width: 800px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let app = yew::Renderer::<App>::with_root(root.clone()).render();
        let mounted = Self { root, app };
        wait_until("the app to render its outputs", || {
            mounted.try_find("hashprice").is_some()
        })
        .await;
        mounted
    }

    fn try_find(&self, testid: &str) -> Option<Element> {
        self.root
            .query_selector(&format!("[data-testid='{testid}']"))
            .unwrap()
    }

    fn find(&self, testid: &str) -> Element {
        self.try_find(testid)
            .unwrap_or_else(|| panic!("no element with data-testid {testid}"))
    }

    fn input(&self, testid: &str) -> HtmlInputElement {
        self.find(testid).dyn_into().unwrap()
    }

    fn attribute(&self, testid: &str, name: &str) -> Option<String> {
        self.find(testid).get_attribute(name)
    }

    /// The number an output shows, from its `data-value`; `None` when it shows none.
    fn shown(&self, testid: &str) -> Option<f64> {
        self.attribute(testid, "data-value")
            .map(|value| value.parse().unwrap())
    }

    fn value_of(&self, testid: &str) -> f64 {
        self.shown(testid)
            .unwrap_or_else(|| panic!("{testid} shows no number"))
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap()
    }

    /// The message under the control of `key`.
    fn message(&self, key: &str) -> String {
        self.find(&format!("message-{key}")).text_content().unwrap()
    }

    /// Sets an input's value and fires the event the browser fires when a person does it.
    fn enter(&self, testid: &str, value: &str, event: &str) {
        let input = self.input(testid);
        input.set_value(value);
        fire(&input, event);
    }

    /// Types `text` into a number box, as one `input` event.
    fn type_text(&self, testid: &str, text: &str) {
        self.enter(testid, text, "input");
    }

    /// Presses Enter in an input.
    fn press_enter(&self, testid: &str) {
        press_enter(&self.find(testid));
    }

    /// Leaves an input whose text changed: the browser fires `change`.
    fn leave(&self, testid: &str) {
        fire(&self.find(testid), "change");
    }

    /// Waits until the number box `testid` holds `text` as an entry not applied yet: the
    /// sign that the app has handled the typing.
    async fn wait_pending(&self, testid: &str, text: &str) {
        wait_for(&format!("{testid} to hold {text:?}, pending"), || {
            let input = self.input(testid);
            let pending = input.get_attribute("data-pending");
            if pending.as_deref() == Some("true")
                && input
                    .class_name()
                    .split_whitespace()
                    .any(|class| class == "pending")
                && input.value() == text
            {
                Ok(())
            } else {
                Err(format!(
                    "value {:?}, data-pending {pending:?}, class {:?}",
                    input.value(),
                    input.class_name()
                ))
            }
        })
        .await;
    }

    /// Waits until the number box `testid` shows `text` with no entry pending.
    async fn wait_shown(&self, testid: &str, text: &str) {
        wait_for(&format!("{testid} to show {text:?}, applied"), || {
            let input = self.input(testid);
            let pending = input.get_attribute("data-pending");
            if pending.is_none() && input.value() == text {
                Ok(())
            } else {
                Err(format!(
                    "value {:?}, data-pending {pending:?}",
                    input.value()
                ))
            }
        })
        .await;
    }

    /// Waits until the message under the control of `key` reads `wanted`.
    async fn wait_message(&self, key: &str, wanted: impl Fn(&str) -> bool, what: &str) {
        wait_for(&format!("message-{key} to {what}"), || {
            let message = self.message(key);
            if wanted(&message) {
                Ok(())
            } else {
                Err(format!("{message:?}"))
            }
        })
        .await;
    }

    /// Waits until every output shows what the model computes for `scenario`.
    async fn wait_outputs(&self, scenario: &Scenario, what: &str) {
        wait_for(&format!("the outputs of {what}"), || {
            outputs_mismatch(self, scenario)
        })
        .await;
        assert_outputs_match(self, scenario);
    }

    /// The chart's pixels, RGBA; empty while the canvas has no size yet.
    fn chart_pixels(&self) -> Vec<u8> {
        self.canvas_pixels("chart")
    }

    /// The pixels of the canvas with test id `testid`, RGBA; empty while it has no size.
    fn canvas_pixels(&self, testid: &str) -> Vec<u8> {
        let canvas: HtmlCanvasElement = self.find(testid).dyn_into().unwrap();
        if canvas.width() == 0 || canvas.height() == 0 {
            return Vec::new();
        }
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        context
            .get_image_data(0.0, 0.0, canvas.width().into(), canvas.height().into())
            .unwrap()
            .data()
            .0
    }

    /// The chart's pixels once `wanted` holds for them: the animation frame that draws
    /// them may come later than the change that asks for it.
    async fn wait_chart(&self, what: &str, wanted: impl Fn(&[u8]) -> bool) -> Vec<u8> {
        wait_for(what, || {
            let pixels = self.chart_pixels();
            if wanted(&pixels) {
                return Ok(pixels);
            }
            let failure = self
                .root
                .query_selector(".chart [role=alert]")
                .unwrap()
                .and_then(|message| message.text_content());
            Err(format!("{} bytes of pixels; {failure:?}", pixels.len()))
        })
        .await
    }

    fn unmount(self) {
        self.app.destroy();
        self.root.remove();
        set_query("");
    }
}

/// Replaces the test page's query string, and clears `history.state`; the app reads the
/// query string when it mounts.
fn set_query(query: &str) {
    replace_history(&JsValue::NULL, query);
}

fn replace_history(state: &JsValue, query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(state, "", Some(&format!("{path}{query}")))
        .unwrap();
}

fn query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

async fn wait_query(wanted: &str, what: &str) {
    wait_for(&format!("the URL to be written {what}: {wanted:?}"), || {
        let now = query();
        if now == wanted {
            Ok(())
        } else {
            Err(now)
        }
    })
    .await;
}

fn fire(target: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(name, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Fires the `keydown` of the Enter key at `target`.
fn press_enter(target: &Element) {
    press_key(target, "Enter");
}

/// Fires the `keydown` of `key` at `target`.
fn press_key(target: &Element, key: &str) {
    let window = web_sys::window().unwrap();
    let constructor: Function = Reflect::get(&window, &"KeyboardEvent".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let init = Object::new();
    Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
    let event: Event = Reflect::construct(&constructor, &Array::of2(&"keydown".into(), &init))
        .unwrap()
        .unchecked_into();
    target.dispatch_event(&event).unwrap();
}

fn click(mounted: &Mounted, testid: &str) {
    mounted
        .find(testid)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Chooses `preset` in the picker of its side.
fn choose_preset(mounted: &Mounted, preset: Preset) {
    let select: HtmlSelectElement = mounted
        .find(&format!("preset-{}", preset.side().key()))
        .dyn_into()
        .unwrap();
    select.set_value(preset.id());
    fire(&select, "change");
}

/// What the model computes for `scenario`, for every output the page shows (GPUs per MW
/// only in GPU-cloud mode), by test id; `None` where it gives no number (a break-even or
/// ratio that does not exist), which the page shows with no `data-value`.
fn expected_outputs(scenario: &Scenario) -> Vec<(&'static str, Option<f64>)> {
    let outcome = compute(scenario);
    Output::ALL
        .into_iter()
        .filter(|output| *output != Output::GpusPerMw || scenario.ai_mode == AiMode::GpuCloud)
        .map(|output| (output.id(), output.value(&outcome)))
        .collect()
}

/// The first output that differs from the model's value for `scenario`, if any.
fn outputs_mismatch(mounted: &Mounted, scenario: &Scenario) -> Result<(), String> {
    for (testid, expected) in expected_outputs(scenario) {
        if mounted.try_find(testid).is_none() {
            return Err(format!("{testid} is not on the page"));
        }
        let shown = mounted.shown(testid);
        if shown != expected {
            return Err(format!(
                "{testid} is {shown:?}, the model gives {expected:?}"
            ));
        }
    }
    Ok(())
}

fn assert_outputs_match(mounted: &Mounted, scenario: &Scenario) {
    for (testid, expected) in expected_outputs(scenario) {
        assert_eq!(mounted.shown(testid), expected, "{testid}");
    }
    assert!(!mounted.text().contains("NaN"));
}

/// The default BTC price as its box shows it: the data snapshot's.
fn default_btc() -> String {
    grouped(Scenario::default().btc_price_usd)
}

fn with_btc(btc_price_usd: f64) -> Scenario {
    Scenario {
        btc_price_usd,
        ..Scenario::default()
    }
}

#[wasm_bindgen_test]
async fn the_app_shows_the_models_outputs_for_the_default_scenario() {
    let mounted = Mounted::new().await;
    assert_outputs_match(&mounted, &Scenario::default());
    assert!(mounted.text().contains("Bitcoin mining") && mounted.text().contains("AI: HPC lease"));
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn typing_and_sliding_update_the_outputs() {
    let mounted = Mounted::new().await;
    mounted.type_text("number-btc", "90,000");
    mounted.wait_pending("number-btc", "90,000").await;
    mounted.press_enter("number-btc");
    let typed = with_btc(90_000.0);
    mounted.wait_outputs(&typed, "a typed BTC price").await;
    mounted.wait_shown("number-btc", "90,000").await;

    mounted.enter("slider-power", "55", "input");
    let slid = Scenario {
        power_price_usd_per_mwh: 55.0,
        ..typed
    };
    mounted.wait_outputs(&slid, "a slid power price").await;
    assert_eq!(
        mounted.input("number-power").value(),
        "55",
        "the number box follows the slider"
    );
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn out_of_range_is_clamped_and_junk_keeps_the_last_good_value() {
    let mounted = Mounted::new().await;
    mounted.type_text("number-power", "1e6");
    mounted.wait_pending("number-power", "1e6").await;
    mounted.press_enter("number-power");
    let clamped = Scenario {
        power_price_usd_per_mwh: 200.0,
        ..Scenario::default()
    };
    mounted
        .wait_outputs(&clamped, "a power price clamped to its maximum")
        .await;
    assert_eq!(mounted.value_of("mining-power-cost-per-mwh"), 200.0);
    assert_eq!(
        mounted.message("power"),
        "Out of range: using the maximum, $200/MWh."
    );
    mounted.wait_shown("number-power", "200").await;

    mounted.type_text("number-power", "abc");
    mounted.wait_pending("number-power", "abc").await;
    assert_eq!(
        mounted.attribute("number-power", "aria-invalid").as_deref(),
        Some("true"),
        "an invalid entry is marked while it is in the box"
    );
    mounted.leave("number-power");
    mounted.wait_shown("number-power", "200").await;
    assert_eq!(mounted.message("power"), "Not a number: kept $200/MWh.");
    assert_eq!(mounted.attribute("number-power", "aria-invalid"), None);
    assert_outputs_match(&mounted, &clamped);
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn a_preset_sets_its_values_and_a_moved_control_marks_it_modified() {
    let mounted = Mounted::new().await;
    choose_preset(&mounted, Preset::Hut8Fluidstack);
    mounted
        .wait_outputs(&Preset::Hut8Fluidstack.scenario(), "the Hut 8 preset")
        .await;
    assert_eq!(
        mounted.attribute("preset-deal", "data-modified").as_deref(),
        Some("false")
    );

    mounted.enter("slider-mw", "50", "input");
    wait_until("the preset to be marked modified", || {
        mounted.attribute("preset-deal", "data-modified").as_deref() == Some("true")
    })
    .await;
    assert!(mounted
        .text()
        .contains(&format!("{} (modified)", Preset::Hut8Fluidstack.name())));

    click(&mounted, "reset");
    mounted
        .wait_outputs(&Scenario::default(), "the defaults after Reset")
        .await;
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn a_miner_and_a_deal_combine_keep_the_readers_prices_and_are_modified_apart() {
    let mounted = Mounted::new().await;
    mounted.enter("slider-power", "30", "input");
    let reader = Scenario {
        power_price_usd_per_mwh: 30.0,
        ..Scenario::default()
    };
    mounted
        .wait_outputs(&reader, "the reader's power price")
        .await;
    choose_preset(&mounted, Preset::AntminerS21Xp);
    choose_preset(&mounted, Preset::B200Contract);
    // The GB300 bundle of IREN's contract, without its site.
    let combined = Scenario {
        fleet_efficiency_j_per_th: 13.5,
        ai_mode: AiMode::GpuCloud,
        gpu_price_usd_per_hour: 2.15,
        gpu_power_kw: 140.0 / 72.0,
        gpu_utilization_pct: 100.0,
        gpu_cost_usd: 56_000.0,
        gpu_price_decline_pct_per_year: 0.0,
        ai_discount_rate_pct: 12.0,
        ..reader
    };
    mounted
        .wait_outputs(&combined, "an S21 XP against a GB300 contract")
        .await;
    wait_query(
        "?miner=s21-xp&deal=b200-contract&power=30",
        "with both presets and the reader's price",
    )
    .await;
    assert_eq!(
        mounted.find("preset-hint-deal").text_content().as_deref(),
        Some(Preset::B200Contract.help()),
        "the chosen deal names its source"
    );

    // A move on the miner's side marks only the miner's picker.
    mounted.enter("slider-eff", "20", "input");
    wait_until("the miner to be marked modified", || {
        mounted
            .attribute("preset-miner", "data-modified")
            .as_deref()
            == Some("true")
    })
    .await;
    assert_eq!(
        mounted.attribute("preset-deal", "data-modified").as_deref(),
        Some("false")
    );
    assert!(mounted.try_find("reapply-deal").is_none());
    click(&mounted, "reapply-miner");
    mounted
        .wait_outputs(&combined, "the miner applied again")
        .await;
    mounted.unmount();
}

/// The first decision output that differs from the model's value for `scenario`, if any.
fn decision_mismatch(mounted: &Mounted, scenario: &Scenario) -> Result<(), String> {
    let decision = decide(scenario);
    for output in DecisionOutput::ALL {
        // A lease buys no GPUs: the card leaves that figure out.
        let shown_here =
            output != DecisionOutput::GpuFleetPerMw || scenario.ai_mode == AiMode::GpuCloud;
        if !shown_here {
            if mounted.try_find(output.id()).is_some() {
                return Err(format!("{} is on the page of a lease", output.id()));
            }
            continue;
        }
        if mounted.try_find(output.id()).is_none() {
            return Err(format!("{} is not on the page", output.id()));
        }
        let (shown, expected) = (mounted.shown(output.id()), output.value(&decision));
        if shown != expected {
            return Err(format!(
                "{} is {shown:?}, the model gives {expected:?}",
                output.id()
            ));
        }
    }
    Ok(())
}

#[wasm_bindgen_test]
async fn the_years_view_shows_the_decision_and_follows_its_inputs() {
    let mounted = Mounted::new().await;
    assert!(mounted.try_find("npv-gain").is_none(), "today's view first");
    click(&mounted, "view-years");
    wait_for("the decision's figures", || {
        decision_mismatch(&mounted, &Scenario::default())
    })
    .await;
    assert_eq!(
        mounted.attribute("view-years", "aria-pressed").as_deref(),
        Some("true")
    );
    wait_query("?view=years", "the view in the address").await;
    let flat = |pixels: &[u8]| pixels.chunks(4).all(|pixel| pixel == &pixels[..4]);
    let before = wait_for("the cash chart to be drawn", || {
        let pixels = mounted.canvas_pixels("cash-chart");
        if pixels.is_empty() || flat(&pixels) {
            Err("blank".to_owned())
        } else {
            Ok(pixels)
        }
    })
    .await;
    // The hall's capex lives in the folded section of the decision's inputs.
    mounted.type_text("number-capex", "4");
    mounted.leave("number-capex");
    let cheaper = Scenario {
        hall_capex_musd_per_it_mw: 4.0,
        ..Scenario::default()
    };
    wait_for("the decision of a cheaper hall", || {
        decision_mismatch(&mounted, &cheaper)
    })
    .await;
    wait_for("the cash chart to be redrawn", || {
        if mounted.canvas_pixels("cash-chart") == before {
            Err("unchanged".to_owned())
        } else {
            Ok(())
        }
    })
    .await;
    let rows = mounted
        .find("year-table")
        .query_selector_all("tbody tr")
        .unwrap()
        .length();
    assert_eq!(rows, decide(&cheaper).horizon_years);
    assert!(!mounted.text().contains("NaN"));
    click(&mounted, "view-today");
    mounted.wait_outputs(&cheaper, "today's view again").await;
    assert!(mounted.try_find("npv-gain").is_none());
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn the_chart_is_drawn_and_redrawn_when_an_input_changes() {
    let mounted = Mounted::new().await;
    let flat = |pixels: &[u8]| pixels.chunks(4).all(|pixel| pixel == &pixels[..4]);
    let before = mounted
        .wait_chart(
            "the chart to be drawn: the canvas has a size and is not one flat colour",
            |pixels| !pixels.is_empty() && !flat(pixels),
        )
        .await;
    // The lease control lives in the folded Advanced section: it still exists in the DOM.
    mounted.type_text("number-lease", "250");
    mounted.leave("number-lease");
    mounted
        .wait_chart("a new lease rate to move the AI line", |pixels| {
            pixels != before.as_slice()
        })
        .await;
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn the_scenario_starts_from_the_url_and_is_written_back_to_it() {
    set_query("?preset=h100&btc=80000&junk=1&mw=NaN");
    let mounted = Mounted::new().await;
    let from_url = Scenario {
        btc_price_usd: 80_000.0,
        ..Preset::H100.scenario()
    };
    assert_outputs_match(&mounted, &from_url);

    mounted.type_text("number-btc", "95000");
    mounted.press_enter("number-btc");
    wait_query("?deal=h100&btc=95000", "back, on the AI side, junk dropped").await;
    assert_outputs_match(
        &mounted,
        &Scenario {
            btc_price_usd: 95_000.0,
            ..from_url
        },
    );
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn junk_left_in_a_box_keeps_the_value_and_reset_or_a_preset_clears_its_message() {
    let mounted = Mounted::new().await;
    mounted.type_text("number-btc", "abc");
    mounted.wait_pending("number-btc", "abc").await;
    assert_eq!(
        mounted.attribute("number-btc", "aria-invalid").as_deref(),
        Some("true")
    );
    mounted.leave("number-btc");
    mounted.wait_shown("number-btc", &default_btc()).await;
    assert_eq!(
        mounted.message("btc"),
        format!("Not a number: kept ${}.", default_btc())
    );
    assert_eq!(mounted.attribute("number-btc", "aria-invalid"), None);
    assert_outputs_match(&mounted, &Scenario::default());

    // Reset changes no value here, yet the controls start afresh.
    let before_reset = mounted.find("number-btc");
    click(&mounted, "reset");
    wait_until("Reset to render the controls afresh", || {
        !before_reset.is_connected()
    })
    .await;
    assert_eq!(mounted.message("btc"), "");
    assert_eq!(mounted.attribute("number-btc", "aria-invalid"), None);
    assert_eq!(mounted.input("number-btc").value(), default_btc());

    mounted.type_text("number-power", "1e6");
    mounted.leave("number-power");
    mounted
        .wait_message(
            "power",
            |message| message == "Out of range: using the maximum, $200/MWh.",
            "say the entry was clamped",
        )
        .await;
    mounted.type_text("number-btc", "abc");
    mounted.leave("number-btc");
    mounted
        .wait_message(
            "btc",
            |message| message == format!("Not a number: kept ${}.", default_btc()),
            "say the value was kept",
        )
        .await;
    let before_preset = mounted.find("number-power");
    choose_preset(&mounted, Preset::Hut8Fluidstack);
    wait_until("the preset to render the controls afresh", || {
        !before_preset.is_connected()
    })
    .await;
    // The deal sets the AI side and the site; the power price stays at its clamped 200.
    mounted
        .wait_outputs(
            &Scenario {
                power_price_usd_per_mwh: 200.0,
                ..Preset::Hut8Fluidstack.scenario()
            },
            "the Hut 8 preset",
        )
        .await;
    for key in ["power", "btc"] {
        assert_eq!(mounted.message(key), "", "message-{key}");
        assert_eq!(
            mounted.attribute(&format!("number-{key}"), "aria-invalid"),
            None,
            "number-{key}"
        );
    }
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn typing_a_number_digit_by_digit_moves_nothing_until_enter() {
    let mounted = Mounted::new().await;
    for text in ["1", "12", "120", "1200", "12000", "120000"] {
        mounted.type_text("number-btc", text);
        mounted.wait_pending("number-btc", text).await;
        assert_outputs_match(&mounted, &Scenario::default());
    }
    // A slider moved meanwhile has its value written to the URL: the URL is written while
    // the entry is pending, and without it.
    mounted.enter("slider-power", "55", "input");
    wait_query("?power=55", "for the slider, without the pending entry").await;
    mounted.press_enter("number-btc");
    let typed = Scenario {
        power_price_usd_per_mwh: 55.0,
        ..with_btc(120_000.0)
    };
    mounted.wait_outputs(&typed, "BTC at 120,000").await;
    mounted.wait_shown("number-btc", "120,000").await;
    assert_eq!(mounted.message("btc"), "");
    wait_query("?power=55&btc=120000", "for the applied entry").await;
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn an_entry_left_alone_is_applied_after_the_pause() {
    let mounted = Mounted::new().await;
    mounted.type_text("number-btc", "80000");
    mounted.wait_pending("number-btc", "80000").await;
    // While it is pending (600 ms, more than the URL's 250 ms) nothing else moves.
    wait_for("the pending entry to be applied after the pause", || {
        if mounted.attribute("number-btc", "data-pending").is_some() {
            assert_outputs_match(&mounted, &Scenario::default());
            assert_eq!(query(), "", "the URL stays while the entry is pending");
            return Err("still pending".to_owned());
        }
        outputs_mismatch(&mounted, &with_btc(80_000.0))
    })
    .await;
    // The text stays as typed until the box is left.
    mounted.wait_shown("number-btc", "80000").await;
    wait_query("?btc=80000", "once the entry is applied").await;
    mounted.leave("number-btc");
    mounted.wait_shown("number-btc", "80,000").await;
    mounted.unmount();
}

/// Types a site size of 50 MW and waits until its pause has applied it: by then the pause
/// of any entry typed before has ended too. Returns the defaults with that site size.
async fn a_later_pause_has_ended(mounted: &Mounted) -> Scenario {
    mounted.type_text("number-mw", "50");
    let site = Scenario {
        site_mw: 50.0,
        ..Scenario::default()
    };
    mounted
        .wait_outputs(&site, "the site size after its pause")
        .await;
    site
}

#[wasm_bindgen_test]
async fn a_pause_leaves_an_entry_out_of_range_as_typed_for_enter_to_judge() {
    let mounted = Mounted::new().await;
    mounted.type_text("number-btc", "12");
    mounted.wait_pending("number-btc", "12").await;
    let site = a_later_pause_has_ended(&mounted).await;
    mounted.wait_pending("number-btc", "12").await;
    assert_eq!(
        mounted.message("btc"),
        "Enter or a pause applies it; Esc drops it."
    );
    mounted.type_text("number-btc", "120000");
    mounted.press_enter("number-btc");
    let typed = Scenario {
        btc_price_usd: 120_000.0,
        ..site
    };
    mounted.wait_outputs(&typed, "BTC at 120,000").await;
    assert_eq!(mounted.message("btc"), "");
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn escape_drops_a_pending_entry() {
    let mounted = Mounted::new().await;
    mounted.type_text("number-btc", "90000");
    mounted.wait_pending("number-btc", "90000").await;
    press_key(&mounted.find("number-btc"), "Escape");
    mounted.wait_shown("number-btc", &default_btc()).await;
    // Had the entry survived, its pause would have ended by now.
    a_later_pause_has_ended(&mounted).await;
    assert_eq!(mounted.message("btc"), "");
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn suffixes_are_read_and_a_decimal_comma_is_refused() {
    let mounted = Mounted::new().await;
    mounted.type_text("number-btc", "90k");
    mounted.press_enter("number-btc");
    let typed = with_btc(90_000.0);
    mounted.wait_outputs(&typed, "BTC typed as 90k").await;
    mounted.wait_shown("number-btc", "90,000").await;
    assert_eq!(mounted.message("btc"), "");

    // AI PUE lives in the folded Advanced section: it still exists in the DOM.
    let pue = grouped(Input::AiPue.param().default);
    assert_eq!(mounted.input("number-apue").value(), pue);
    mounted.type_text("number-apue", "1,5");
    mounted.wait_pending("number-apue", "1,5").await;
    assert_eq!(
        mounted.attribute("number-apue", "aria-invalid"),
        None,
        "not flagged on the way, as \"1,\" on the way to \"1,000\" is not"
    );
    mounted.press_enter("number-apue");
    mounted
        .wait_message(
            "apue",
            |message| message.starts_with("Commas only separate thousands"),
            "refuse the decimal comma",
        )
        .await;
    mounted.wait_shown("number-apue", &pue).await;
    assert_eq!(mounted.attribute("number-apue", "aria-invalid"), None);
    assert_outputs_match(&mounted, &typed);
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn back_to_the_preset_applies_a_modified_preset_again() {
    let mounted = Mounted::new().await;
    let preset = Preset::Hut8Fluidstack;
    choose_preset(&mounted, preset);
    mounted
        .wait_outputs(&preset.scenario(), "the Hut 8 preset")
        .await;
    assert!(mounted.try_find("reapply-deal").is_none());

    mounted.type_text("number-mw", "50");
    mounted.press_enter("number-mw");
    let button = wait_for("the Back to button", || {
        mounted
            .try_find("reapply-deal")
            .ok_or_else(|| "no button".to_owned())
    })
    .await;
    assert_eq!(
        button.text_content().unwrap(),
        format!("Back to {}", preset.name())
    );
    assert_eq!(
        mounted.attribute("preset-deal", "data-modified").as_deref(),
        Some("true")
    );
    mounted
        .wait_outputs(
            &Scenario {
                site_mw: 50.0,
                ..preset.scenario()
            },
            "the modified preset",
        )
        .await;

    click(&mounted, "reapply-deal");
    mounted
        .wait_outputs(&preset.scenario(), "the preset applied again")
        .await;
    // The pickers are a component of their own, rendered after the figures.
    wait_until("the picker no longer modified", || {
        mounted.attribute("preset-deal", "data-modified").as_deref() == Some("false")
    })
    .await;
    assert!(mounted.try_find("reapply-deal").is_none());
    let select: HtmlSelectElement = mounted.find("preset-deal").dyn_into().unwrap();
    assert_eq!(select.value(), preset.id());
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert_eq!(
        focused.and_then(|element| element.get_attribute("data-testid")),
        Some("preset-deal".to_owned()),
        "the select takes the focus of the button that went"
    );
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn the_url_rewrite_keeps_history_state() {
    let kept = Object::new();
    Reflect::set(&kept, &"owner".into(), &"the host page".into()).unwrap();
    replace_history(&kept, "");
    let mounted = Mounted::new().await;
    mounted.type_text("number-btc", "95000");
    mounted.press_enter("number-btc");
    wait_query("?btc=95000", "for the new BTC price").await;
    let state = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .state()
        .unwrap();
    assert_eq!(
        Reflect::get(&state, &"owner".into())
            .ok()
            .and_then(|owner| owner.as_string()),
        Some("the host page".to_owned()),
        "history.state after the rewrite: {state:?}"
    );
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn a_pending_entry_does_not_survive_a_preset() {
    let mounted = Mounted::new().await;
    let preset = Preset::Hut8Fluidstack;
    assert_ne!(preset.scenario().btc_price_usd, 90_000.0);
    assert_ne!(preset.scenario().power_price_usd_per_mwh, 55.0);
    mounted.type_text("number-btc", "90000");
    mounted.wait_pending("number-btc", "90000").await;
    choose_preset(&mounted, preset);
    mounted
        .wait_outputs(&preset.scenario(), "the Hut 8 preset")
        .await;
    mounted
        .wait_shown("number-btc", &grouped(preset.scenario().btc_price_usd))
        .await;
    // An entry typed later is applied after its own pause, which ends after the first
    // entry's would have: once it is applied, the first one would have been too.
    mounted.type_text("number-power", "55");
    let later = Scenario {
        power_price_usd_per_mwh: 55.0,
        ..preset.scenario()
    };
    mounted
        .wait_outputs(&later, "a later entry applied after its pause")
        .await;
    mounted.unmount();
}

#[wasm_bindgen_test]
fn the_browsers_parser_reads_decimals_as_rust_does() {
    let mut texts: Vec<String> = [
        "0",
        "-0",
        "+5",
        "65000",
        "1.05",
        ".5",
        "5.",
        "1e6",
        "2.5E-3",
        "1e308",
        "1e309",
        "4.9406564584124654e-324",
        "2.2250738585072011e-308",
        "0.1",
        "0.30000000000000004",
        "9007199254740993",
        "123456789012345678901234567890",
        "1.7976931348623157e308",
    ]
    .map(str::to_owned)
    .to_vec();
    // Numbers from a simple generator, printed in every way the widget prints them.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2000 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let value = f64::from_bits(seed >> 2) * if seed & 1 == 0 { 1.0 } else { -1.0 };
        if value.is_finite() {
            texts.push(value.to_string());
            texts.push(format!("{value:e}"));
            texts.push(format!("{value:.12e}"));
        }
    }
    for text in texts {
        let rust: f64 = text.parse().unwrap();
        let browser = parse_decimal(&text).unwrap();
        assert!(
            rust.to_bits() == browser.to_bits() || (rust == 0.0 && browser == 0.0),
            "{text}: rust {rust}, browser {browser}"
        );
    }
}
