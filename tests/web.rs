//! The app in a real browser: headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use mining_vs_ai::components::App;
use mining_vs_ai::model::{compute, Scenario};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

async fn mount_app() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::platform::time::sleep(Duration::ZERO).await;
    root
}

fn value_of(root: &Element, testid: &str) -> f64 {
    let element = root
        .query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid {testid}"));
    element
        .get_attribute("data-value")
        .unwrap()
        .parse()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_app_shows_the_models_outputs_for_the_default_scenario() {
    let root = mount_app().await;
    let outcome = compute(&Scenario::default());
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
        assert_eq!(value_of(&root, testid), expected, "{testid}");
    }
    let text = root.text_content().unwrap();
    assert!(!text.contains("NaN"), "{text}");
    assert!(text.contains("Bitcoin mining") && text.contains("AI: HPC lease"));
    root.remove();
}
