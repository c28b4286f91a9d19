//! The app in a real browser: headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use mining_vs_ai::components::App;
use mining_vs_ai::model::{compute, Preset, Scenario};
use mining_vs_ai::number_text::parse_decimal;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    CanvasRenderingContext2d, Element, Event, EventInit, HtmlCanvasElement, HtmlInputElement,
    HtmlSelectElement,
};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    app: AppHandle<App>,
}

impl Mounted {
    async fn new() -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        root.set_attribute("style", "width: 800px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let app = yew::Renderer::<App>::with_root(root.clone()).render();
        settle().await;
        Self { root, app }
    }

    fn find(&self, testid: &str) -> Element {
        self.root
            .query_selector(&format!("[data-testid='{testid}']"))
            .unwrap()
            .unwrap_or_else(|| panic!("no element with data-testid {testid}"))
    }

    fn value_of(&self, testid: &str) -> f64 {
        self.find(testid)
            .get_attribute("data-value")
            .unwrap()
            .parse()
            .unwrap()
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap()
    }

    /// Sets an input's value and fires the event the browser fires when a person does it.
    async fn enter(&self, testid: &str, value: &str, event: &str) {
        let input: HtmlInputElement = self.find(testid).dyn_into().unwrap();
        input.set_value(value);
        fire(&input, event);
        settle().await;
    }

    /// The chart's pixels, RGBA; empty while the canvas has no size yet.
    fn chart_pixels(&self) -> Vec<u8> {
        let canvas: HtmlCanvasElement = self.find("chart").dyn_into().unwrap();
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

    /// The chart's pixels once `wanted` holds for them, waiting up to two seconds for the
    /// animation frame that draws them; `None` if it never does.
    async fn chart_pixels_once(&self, wanted: impl Fn(&[u8]) -> bool) -> Option<Vec<u8>> {
        for _ in 0..40 {
            let pixels = self.chart_pixels();
            if wanted(&pixels) {
                return Some(pixels);
            }
            settle().await;
        }
        None
    }

    fn unmount(self) {
        self.app.destroy();
        self.root.remove();
        set_query("");
    }
}

/// Replaces the test page's query string; the app reads it when it mounts.
fn set_query(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
}

fn query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn fire(target: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(name, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Lets Yew render and the ResizeObserver report.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

fn assert_outputs_match(mounted: &Mounted, scenario: &Scenario) {
    let outcome = compute(scenario);
    for (testid, expected) in [
        ("hashprice", outcome.hashprice_usd_per_ph_day),
        ("mining-revenue-per-mwh", outcome.mining.revenue_usd_per_mwh),
        ("mining-margin-per-mwh", outcome.mining.margin_usd_per_mwh),
        ("ai-revenue-per-mwh", outcome.ai.revenue_usd_per_mwh),
        ("ai-margin-per-mwh", outcome.ai.margin_usd_per_mwh),
        (
            "mining-margin-site-year",
            outcome.mining.site_margin_usd_per_year,
        ),
        ("ai-margin-site-year", outcome.ai.site_margin_usd_per_year),
        ("breakeven-btc", outcome.breakeven_btc_price_usd.unwrap()),
        (
            "ai-to-mining-ratio",
            outcome.ai_to_mining_margin_ratio.unwrap(),
        ),
    ] {
        assert_eq!(mounted.value_of(testid), expected, "{testid}");
    }
    assert!(!mounted.text().contains("NaN"));
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
    mounted.enter("number-btc", "90,000", "input").await;
    let typed = Scenario {
        btc_price_usd: 90_000.0,
        ..Scenario::default()
    };
    assert_outputs_match(&mounted, &typed);

    mounted.enter("slider-power", "55", "input").await;
    let slid = Scenario {
        power_price_usd_per_mwh: 55.0,
        ..typed
    };
    assert_outputs_match(&mounted, &slid);
    let number: HtmlInputElement = mounted.find("number-power").dyn_into().unwrap();
    assert_eq!(number.value(), "55", "the number box follows the slider");
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn out_of_range_is_clamped_and_junk_keeps_the_last_good_value() {
    let mounted = Mounted::new().await;
    mounted.enter("number-power", "1e6", "input").await;
    assert_eq!(
        mounted.value_of("mining-power-cost-per-mwh"),
        200.0,
        "clamped to the maximum"
    );
    assert!(mounted
        .text()
        .contains("Out of range: using the maximum, 200 $/MWh."));

    mounted.enter("number-power", "abc", "input").await;
    assert_eq!(mounted.value_of("mining-power-cost-per-mwh"), 200.0);
    assert!(mounted.text().contains("Not a number: keeping 200 $/MWh."));
    let number: HtmlInputElement = mounted.find("number-power").dyn_into().unwrap();
    fire(&number, "change");
    settle().await;
    assert_eq!(
        number.value(),
        "200",
        "leaving the box shows the value in use"
    );
    assert!(!mounted.text().contains("NaN"));
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn a_preset_sets_its_values_and_a_moved_control_marks_it_modified() {
    let mounted = Mounted::new().await;
    let select: HtmlSelectElement = mounted.find("preset").dyn_into().unwrap();
    select.set_value(Preset::Hut8Fluidstack.id());
    fire(&select, "change");
    settle().await;
    assert_outputs_match(&mounted, &Preset::Hut8Fluidstack.scenario());
    assert_eq!(
        mounted
            .find("preset")
            .get_attribute("data-modified")
            .unwrap(),
        "false"
    );

    mounted.enter("slider-mw", "50", "input").await;
    assert_eq!(
        mounted
            .find("preset")
            .get_attribute("data-modified")
            .unwrap(),
        "true"
    );
    assert!(mounted
        .text()
        .contains("Hut 8 - Fluidstack lease (modified)"));

    let reset: web_sys::HtmlElement = mounted.find("reset").dyn_into().unwrap();
    reset.click();
    settle().await;
    assert_outputs_match(&mounted, &Scenario::default());
    mounted.unmount();
}

#[wasm_bindgen_test]
async fn the_chart_is_drawn_and_redrawn_when_an_input_changes() {
    let mounted = Mounted::new().await;
    let flat = |pixels: &[u8]| pixels.chunks(4).all(|pixel| pixel == &pixels[..4]);
    let before = mounted
        .chart_pixels_once(|pixels| !pixels.is_empty() && !flat(pixels))
        .await
        .expect("the chart is drawn: the canvas has a size and is not one flat colour");
    // The lease control lives in the folded Advanced section: it still exists in the DOM.
    mounted.enter("number-lease", "250", "input").await;
    mounted
        .chart_pixels_once(|pixels| pixels != before.as_slice())
        .await
        .expect("a new lease rate moves the AI line");
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
    assert_eq!(
        mounted.value_of("ai-revenue-per-mwh"),
        compute(&from_url).ai.revenue_usd_per_mwh
    );
    assert_eq!(
        mounted.value_of("mining-revenue-per-mwh"),
        compute(&from_url).mining.revenue_usd_per_mwh
    );

    mounted.enter("number-btc", "95000", "input").await;
    yew::platform::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        query(),
        "?preset=h100&btc=95000",
        "written back, junk dropped"
    );
    mounted.unmount();
    assert_eq!(query(), "");
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
