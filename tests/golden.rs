//! The published figures the model must reproduce within 0.5%.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::model::mining::network_hashrate_eh_per_s_from_difficulty;
use mining_vs_ai::model::{compute, AiMode, Preset, Scenario};

fn assert_within_half_percent(actual: f64, expected: f64, case: &str) {
    let relative_error = (actual - expected).abs() / expected.abs();
    assert!(
        relative_error < 0.005,
        "{case}: got {actual}, expected {expected} ({:.3}% off)",
        relative_error * 100.0
    );
}

/// Where a golden case does not name an input, it does not affect the output: no pool fee,
/// PUE 1.0, uptime 100%.
fn neutral() -> Scenario {
    Scenario {
        pool_fee_pct: 0.0,
        mining_pue: 1.0,
        uptime_pct: 100.0,
        ai_pue: 1.0,
        ..Scenario::default()
    }
}

#[test]
fn g1_hashprice_nov_2025() {
    let scenario = Scenario {
        btc_price_usd: 91_000.0,
        network_hashrate_eh_per_s: network_hashrate_eh_per_s_from_difficulty(152.0),
        fees_per_block_btc: 0.03,
        block_subsidy_btc: 3.125,
        ..neutral()
    };
    assert_within_half_percent(compute(&scenario).hashprice_usd_per_ph_day, 38.00, "G1");
}

#[test]
fn g2_mining_revenue_per_mwh_s21_class() {
    // The model derives hashprice from the network; pick the BTC price that makes it $40.
    let base = neutral();
    let btc_price_usd = 40.0 * base.network_hashrate_eh_per_s * 1000.0
        / (144.0 * (base.block_subsidy_btc + base.fees_per_block_btc));
    let scenario = Scenario {
        btc_price_usd,
        fleet_efficiency_j_per_th: 17.5,
        ..base
    };
    let outcome = compute(&scenario);
    assert_within_half_percent(outcome.hashprice_usd_per_ph_day, 40.0, "G2 hashprice");
    assert_within_half_percent(outcome.mining.revenue_usd_per_mwh, 95.24, "G2");
}

fn lease(lease_usd_per_kw_month: f64, ai_pue: f64) -> Scenario {
    Scenario {
        ai_mode: AiMode::HpcLease,
        lease_usd_per_kw_month,
        ai_pue,
        ..neutral()
    }
}

#[test]
fn g3_hut8_fluidstack_per_it_mwh() {
    assert_within_half_percent(
        compute(&lease(159.0, 1.0)).ai.revenue_usd_per_mwh,
        217.81,
        "G3",
    );
}

#[test]
fn g4_hut8_fluidstack_per_grid_mwh() {
    assert_within_half_percent(
        compute(&lease(159.0, 1.2)).ai.revenue_usd_per_mwh,
        181.51,
        "G4",
    );
}

#[test]
fn g5_h100_class_gpu_cloud() {
    let scenario = Scenario {
        ai_mode: AiMode::GpuCloud,
        gpu_power_kw: 1.4,
        ai_pue: 1.3,
        gpu_price_usd_per_hour: 2.0,
        gpu_utilization_pct: 80.0,
        ..neutral()
    };
    let outcome = compute(&scenario);
    assert_within_half_percent(outcome.ai.revenue_usd_per_mwh, 879.12, "G5 revenue");
    assert_within_half_percent(outcome.gpus_per_mw, 549.45, "G5 GPUs");
}

#[test]
fn g6_network_hashrate_from_difficulty() {
    assert_within_half_percent(
        network_hashrate_eh_per_s_from_difficulty(152.0),
        1088.06,
        "G6",
    );
}

#[test]
fn the_articles_preset_reproduces_the_articles_ranges() {
    // Mining $57-129 per grid MWh; AI $200-500 per MWh, which for a lease priced on IT
    // load means per IT MWh (AI PUE 1.0).
    let article = Preset::ArticleMarch2026.scenario();
    let outcome = compute(&article);
    let mining = outcome.mining.revenue_usd_per_mwh;
    assert!((57.0..=129.0).contains(&mining), "mining {mining}");
    let per_it_mwh = compute(&Scenario {
        ai_pue: 1.0,
        ..article
    })
    .ai
    .revenue_usd_per_mwh;
    assert!((200.0..=500.0).contains(&per_it_mwh), "AI {per_it_mwh}");
}
