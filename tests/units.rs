//! Each output of the default scenario against a computation by hand from the formulas.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::model::{compute, AiMode, Preset, Scenario};

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0)
}

macro_rules! assert_close {
    ($actual:expr, $expected:expr) => {
        assert!(
            close($actual, $expected),
            "{} = {}, by hand {}",
            stringify!($actual),
            $actual,
            $expected
        )
    };
}

#[test]
fn mining_outputs_by_hand() {
    // The article's figures: BTC $65,000; 950 EH/s; 3.125 + 0.03 BTC a block; pool 2%;
    // 18 J/TH; PUE 1.05; uptime 95%; power $40/MWh; 100 MW.
    let outcome = compute(&Preset::ArticleMarch2026.scenario());
    let hashprice = 144.0 * 3.155 * 65_000.0 / 950_000.0; // $/PH/day
    let grid_mwh_per_ph_day = 0.024 * 18.0 * 1.05;
    let revenue_per_mwh = hashprice * 0.98 / grid_mwh_per_ph_day;
    let margin_per_mwh = revenue_per_mwh - 40.0;
    let mwh_per_mw_year = 8760.0 * 0.95;

    assert_close!(outcome.hashprice_usd_per_ph_day, hashprice);
    assert_close!(outcome.hashrate_ph_per_s_per_mw, 1000.0 / (18.0 * 1.05));
    assert_close!(outcome.mining.revenue_usd_per_mwh, revenue_per_mwh);
    assert_close!(outcome.mining.power_cost_usd_per_mwh, 40.0);
    assert_close!(outcome.mining.margin_usd_per_mwh, margin_per_mwh);
    assert_close!(
        outcome.mining.margin_usd_per_mw_year,
        margin_per_mwh * mwh_per_mw_year
    );
    assert_close!(
        outcome.mining.site_margin_usd_per_year,
        margin_per_mwh * mwh_per_mw_year * 100.0
    );
    assert_close!(
        outcome.mining_breakeven_power_price_usd_per_mwh,
        revenue_per_mwh
    );
}

#[test]
fn lease_outputs_and_comparison_by_hand() {
    // Default AI: $150/kW-month lease, power passed through, AI PUE 1.2.
    let outcome = compute(&Preset::ArticleMarch2026.scenario());
    let lease_per_mwh = 150.0 * 1000.0 / 730.0 / 1.2;
    assert_close!(outcome.ai.revenue_usd_per_mwh, lease_per_mwh);
    assert_close!(outcome.ai.power_cost_usd_per_mwh, 0.0);
    assert_close!(outcome.ai.margin_usd_per_mwh, lease_per_mwh);
    assert_close!(outcome.ai.margin_usd_per_mw_year, lease_per_mwh * 8760.0);
    assert_close!(
        outcome.ai.site_margin_usd_per_year,
        lease_per_mwh * 8760.0 * 100.0
    );
    assert_eq!(outcome.ai_breakeven_power_price_usd_per_mwh, None);

    // Break-even: (revenue per $ of BTC x BTC - 40) x 8760 x 0.95 = lease x 8760.
    let hashprice_per_btc_usd = 144.0 * 3.155 / 950_000.0;
    let revenue_per_mwh_per_btc_usd = hashprice_per_btc_usd * 0.98 / (0.024 * 18.0 * 1.05);
    let breakeven = (lease_per_mwh / 0.95 + 40.0) / revenue_per_mwh_per_btc_usd;
    assert_close!(outcome.breakeven_btc_price_usd.unwrap(), breakeven);

    let mining_margin_per_mw_year = (revenue_per_mwh_per_btc_usd * 65_000.0 - 40.0) * 8760.0 * 0.95;
    assert_close!(
        outcome.ai_to_mining_margin_ratio.unwrap(),
        lease_per_mwh * 8760.0 / mining_margin_per_mw_year
    );
}

#[test]
fn gpu_cloud_outputs_by_hand() {
    let scenario = Scenario {
        ai_mode: AiMode::GpuCloud,
        ..Scenario::default()
    };
    let outcome = compute(&scenario);
    // Defaults: 1.4 kW per GPU, AI PUE 1.2, $2.35/GPU-hour, 85% sold; the operator pays
    // $40/MWh for power.
    let gpus_per_mw = 1000.0 / (1.4 * 1.2);
    let revenue_per_mwh = gpus_per_mw * 2.35 * 0.85;
    assert_close!(outcome.gpus_per_mw, gpus_per_mw);
    assert_close!(outcome.ai.revenue_usd_per_mwh, revenue_per_mwh);
    assert_close!(outcome.ai.power_cost_usd_per_mwh, 40.0);
    assert_close!(outcome.ai.margin_usd_per_mwh, revenue_per_mwh - 40.0);
    assert_close!(
        outcome.ai.margin_usd_per_mw_year,
        (revenue_per_mwh - 40.0) * 8760.0
    );
    assert_close!(
        outcome.ai_breakeven_power_price_usd_per_mwh.unwrap(),
        revenue_per_mwh
    );
}

#[test]
fn a_lease_without_pass_through_bears_the_power_cost() {
    let scenario = Scenario {
        lease_power_passthrough: false,
        power_price_usd_per_mwh: 60.0,
        ..Scenario::default()
    };
    let outcome = compute(&scenario);
    let lease_per_mwh = 150.0 * 1000.0 / 730.0 / 1.2;
    assert_close!(outcome.ai.power_cost_usd_per_mwh, 60.0);
    assert_close!(outcome.ai.margin_usd_per_mwh, lease_per_mwh - 60.0);
    assert_close!(
        outcome.ai_breakeven_power_price_usd_per_mwh.unwrap(),
        lease_per_mwh
    );
}

#[test]
fn ratio_is_absent_when_mining_loses_money() {
    let scenario = Scenario {
        btc_price_usd: 10_000.0,
        power_price_usd_per_mwh: 100.0,
        ..Scenario::default()
    };
    let outcome = compute(&scenario);
    assert!(outcome.mining.margin_usd_per_mwh < 0.0);
    assert_eq!(outcome.ai_to_mining_margin_ratio, None);
}

#[test]
fn breakeven_btc_is_absent_when_mining_always_wins() {
    // A GPU cloud that barely sells pays for power every hour; miners curtailed half the year
    // pay for half. At any BTC price, even zero, mining loses less.
    let scenario = Scenario {
        ai_mode: AiMode::GpuCloud,
        gpu_price_usd_per_hour: 0.5,
        gpu_utilization_pct: 10.0,
        gpu_power_kw: 2.5,
        power_price_usd_per_mwh: 200.0,
        uptime_pct: 50.0,
        btc_price_usd: 10_000.0,
        ..Scenario::default()
    };
    let outcome = compute(&scenario);
    assert!(outcome.mining.margin_usd_per_mw_year > outcome.ai.margin_usd_per_mw_year);
    assert_eq!(outcome.breakeven_btc_price_usd, None);
}
