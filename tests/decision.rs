//! The decision over time: the published golden cases, cases computed by hand, and
//! properties.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::model::decision::{
    average_subsidy_btc, decide, irr, npv, npvs, payback_years, renewal_usd_per_mw_year,
};
use mining_vs_ai::model::{compute, AiMode, Input, Scenario};
use mining_vs_ai::url_state::decode;
use proptest::prelude::*;

mod common;
use common::t0;

fn close(actual: f64, expected: f64, tolerance: f64) -> bool {
    (actual - expected).abs() <= tolerance * expected.abs().max(1e-12)
}

#[track_caller]
fn assert_close(actual: f64, expected: f64, tolerance: f64) {
    assert!(
        close(actual, expected, tolerance),
        "{actual} != {expected} (relative tolerance {tolerance})"
    );
}

#[test]
fn t0_reads_as_written() {
    let scenario = t0("");
    assert_eq!(scenario.lease_usd_per_kw_month, 125.0);
    let outcome = compute(&scenario);
    assert_close(outcome.hashprice_usd_per_ph_day, 45.0, 1e-12);
    assert_close(outcome.mining.revenue_usd_per_mwh, 93.75, 1e-12);
}

/// D1: S0 3.125, the halving 1.8 years away.
#[test]
fn d1_the_subsidy_averaged_over_each_year() {
    for (year, expected) in [
        (1, 3.125),
        (2, 2.8125),
        (3, 1.5625),
        (6, 1.40625),
        (7, 0.78125),
    ] {
        assert_close(average_subsidy_btc(3.125, 1.8, year), expected, 1e-12);
    }
    // A halving due at the start: year 1 already has half.
    assert_close(average_subsidy_btc(3.125, 0.0, 1), 1.5625, 1e-12);
}

/// D2: year 1 of keep mining with the article's network and the default costs.
#[test]
fn d2_year_one_of_keep_mining() {
    let scenario = decode(
        "btc=65000&hashrate=950&fees=0.03&pool=2&eff=18&mpue=1.05&uptime=95&power=40\
         &mopex=60000&asic=12&asiclife=4&halving=1.8&subsidy=3.125&btcg=0&hashg=0&neweff=18\
         &asicrem=0&powerg=0",
    )
    .0;
    let decision = decide(&scenario);
    // Renewal: 12 x 1e6 / (18 x 1.05) / 4 = $158,730.16.
    assert_close(decision.years[0].keep_mining_usd, 7_287.57, 1e-6);
}

/// D3: the T0 lease, $10M at t = 0 and $1.5M a year for 10 years.
#[test]
fn d3_the_t0_lease() {
    let decision = decide(&t0(""));
    assert_close(decision.convert_capital_usd, 10_000_000.0, 1e-12);
    for year in &decision.years {
        assert_close(year.convert_usd, 1_500_000.0, 1e-12);
    }
    assert_close(decision.convert.npv_usd, -783_149.34, 1e-6);
    assert_close(decision.convert.irr.unwrap(), 0.081_441_656, 1e-6);
    assert_close(decision.convert.payback_years.unwrap(), 6.666_666_7, 1e-6);
}

/// D4: with one year, no rate, no capital, no build, no escalator and no halving in the
/// year, the break-even is today's.
#[test]
fn d4_one_plain_year_reduces_to_todays_break_even() {
    let scenario = decode(
        "btc=65000&hashrate=950&fees=0.03&pool=2&eff=18&mpue=1.05&uptime=95&power=40\
         &lease=150&apue=1.2&passthru=1&subsidy=3.125&years=1&rate=0&capex=0&build=0&esc=0\
         &landlord=0&mopex=0&asic=0&halving=1&btcg=0&hashg=0&airate=0&asicsale=0",
    )
    .0;
    let over_time = decide(&scenario).breakeven_btc_price_usd.unwrap();
    let today = compute(&scenario).breakeven_btc_price_usd.unwrap();
    assert_close(over_time, 213_164.58, 1e-6);
    assert_close(over_time, today, 1e-9);
}

/// D5: T0 with one year, no rate, no capital and a $100 lease.
#[test]
fn d5_break_even_of_one_year() {
    let decision = decide(&t0("years=1&rate=0&airate=0&capex=0&lease=100"));
    assert_close(decision.breakeven_btc_price_usd.unwrap(), 199_452.05, 1e-6);
}

/// D6: a GPU cloud of 400 GPUs per MW over four years.
#[test]
fn d6_gpu_cloud() {
    let decision = decide(&t0(
        "ai=gpu&gpukw=2&apue=1.25&gpu=2.5&util=90&gpuopex=10&power=40&gpucost=50000\
         &capex=0&gpulife=4&resid=10&build=0&gpudecl=20&years=4",
    ));
    assert_close(decision.start.convert_usd, -20_000_000.0, 1e-12);
    assert_close(decision.start.gpus_bought_usd, -20_000_000.0, 1e-12);
    for (year, expected) in
        decision
            .years
            .iter()
            .zip([6_745_200.0, 5_326_080.0, 4_190_784.0, 5_282_547.2])
    {
        assert_close(year.convert_usd, expected, 1e-9);
    }
    assert_close(decision.convert.npv_usd, -2_709_632.13, 1e-6);
    assert_close(decision.convert.irr.unwrap(), 0.032_156_191, 1e-6);
    assert_close(decision.convert.payback_years.unwrap(), 3.707_601_1, 1e-6);
}

/// D7: the machines on site for 1.5 years, then replacements at 15 J/TH. Year 1: (93.75 -
/// 50) x 8,760 - 100,000 = 283,250. Year 2 (after the halving at 1): half a year on the
/// machines on site, whose (46.875 - 50) x 8,760 - 100,000 is a loss (idled), and half on
/// replacements earning 62.5/MWh: (62.5 - 50) x 8,760 - 100,000 - 133,333.33 < 0 (idled).
#[test]
fn d7_the_machines_on_site_then_replacements() {
    let decision = decide(&t0(
        "asicrem=1.5&neweff=15&asic=8&asiclife=4&halving=1&years=3&mopex=100000",
    ));
    let flows: Vec<f64> = decision.years.iter().map(|y| y.keep_mining_usd).collect();
    assert_close(flows[0], 283_250.0, 1e-12);
    assert_eq!(&flows[1..], [0.0, 0.0]);
    assert_close(
        renewal_usd_per_mw_year(&decision.scenario),
        133_333.333_333,
        1e-9,
    );
    assert_close(decision.years[1].on_site_share, 0.5, 1e-12);
    assert_close(decision.keep_mining.npv_usd, 257_500.0, 1e-6);
}

/// D8: a five-year lease from year 1, ending at 6, when the hall is worth 10M x (1 - 5/20);
/// the machines on site sold at the start for 3 x 1e6 / 20 = 150,000.
#[test]
fn d8_a_lease_ending_before_the_horizon() {
    let decision = decide(&t0(
        "term=5&build=1&years=10&hallife=20&asicrem=3&asicsale=3&esc=3&landlord=3",
    ));
    assert_close(decision.start.convert_usd, -9_850_000.0, 1e-12);
    assert_close(decision.start.machines_sold_usd, 150_000.0, 1e-12);
    let expected = [
        0.0,
        1_455_000.0,
        1_498_650.0,
        1_543_609.5,
        1_589_917.785,
        9_137_615.318_6,
        0.0,
        0.0,
        0.0,
        0.0,
    ];
    for (year, expected) in decision.years.iter().zip(expected) {
        assert!(close(year.convert_usd, expected, 1e-9), "{year:?}");
    }
    assert_close(decision.years[5].hall_value_usd, 7_500_000.0, 1e-12);
    assert_close(decision.convert.npv_usd, -322_097.19, 1e-6);
    assert_close(decision.convert.irr.unwrap(), 0.092_443_941, 1e-6);
    assert_close(decision.convert.payback_years.unwrap(), 5.411_794_8, 1e-6);
}

/// D9: GPUs bought when the hall is ready (1.5) and renewed at 5.5 and 9.5; at 10 the
/// running fleet is worth 1 - 0.9 x 0.5 / 4 = 88.75% of its cost and the hall 1 - 8.5 / 20
/// = 57.5% of its own.
#[test]
fn d9_a_gpu_cloud_renewed_every_four_years() {
    let decision = decide(&t0(
        "ai=gpu&gpukw=1.4&apue=1.2&gpu=2.35&util=85&gpucost=30000&gpulife=4&resid=10\
         &gpudecl=15&build=1.5&years=10&capex=10&hallife=20&gpuopex=10&power=40&airate=8",
    ));
    assert_close(decision.start.convert_usd, -8_333_333.33, 1e-9);
    let expected = [
        0.0,
        -13_345_351.79,
        8_291_984.51,
        6_995_626.83,
        5_893_722.81,
        -11_114_324.18,
        8_291_984.51,
        6_995_626.83,
        5_893_722.81,
        9_525_556.77,
    ];
    for (year, expected) in decision.years.iter().zip(expected) {
        assert!(
            (year.convert_usd - expected).abs() < 0.01,
            "{} vs {expected}",
            year.convert_usd
        );
    }
    assert_eq!(decision.gpu_purchases_years, [1.5, 5.5, 9.5]);
    let fleet = 1000.0 / (1.4 * 1.2) * 30_000.0;
    assert_close(decision.years[1].gpus_bought_usd, -fleet, 1e-12);
    assert_close(
        decision.years[9].gpus_resold_usd,
        0.1 * fleet + 0.8875 * fleet,
        1e-12,
    );
    assert_close(decision.years[9].hall_value_usd, 0.575 * 10e6 / 1.2, 1e-12);
    assert_close(decision.convert.npv_usd, 4_935_194.35, 1e-6);
    assert_eq!(decision.convert.irr, None);
    assert_close(decision.convert.payback_years.unwrap(), 7.474_538, 1e-6);
}

/// D10: each path at its own rate, with power growing 3% a year.
#[test]
fn d10_two_rates_and_power_growth() {
    let decision = decide(&t0(
        "rate=15&airate=8&build=1.5&esc=3&lease=130&years=15&term=15&hallife=20&asicrem=2\
         &neweff=16&asic=8&asicsale=3&powerg=3&mopex=60000",
    ));
    assert_close(decision.keep_mining.npv_usd, 970_901.58, 1e-6);
    assert_close(decision.convert.npv_usd, 4_331_620.44, 1e-6);
    assert_close(decision.difference.npv_usd, 3_360_718.86, 1e-6);
    assert_close(decision.difference.equivalent_annual_usd, 340_020.52, 1e-6);
    assert_close(decision.difference.irr.unwrap(), 0.115_056_146, 1e-6);
    assert_close(
        decision.difference.payback_years.unwrap(),
        8.106_976_7,
        1e-6,
    );
    assert_close(decision.breakeven_btc_price_usd.unwrap(), 206_617.08, 1e-6);
}

/// The machines on site wear out a quarter into year 1; replacements at 10 J/TH earn 187.5
/// per MWh. Year 1 = 0.25 x (93.75 - 50) x 8,760 + 0.75 x (187.5 - 50) x 8,760 = 95,812.5 +
/// 903,375.
#[test]
fn machines_wearing_out_mid_year_hand_over_to_replacements() {
    let decision = decide(&t0("asicrem=0.25&neweff=10"));
    assert_close(decision.years[0].on_site_usd, 95_812.5, 1e-12);
    assert_close(decision.years[0].replacements_usd, 903_375.0, 1e-12);
    assert_close(decision.years[0].keep_mining_usd, 999_187.5, 1e-12);
    assert_close(decision.years[1].keep_mining_usd, 1_204_500.0, 1e-12);
}

/// Mining until a hall ready at 1.5, then selling 50 PH/s at $4/TH = 200,000 in year 2 (the
/// year containing 1.5), beside half a year of mining (191,625) and of rent (750,000). With
/// machines worn out by 1.5, nothing is sold.
#[test]
fn the_machines_are_sold_at_the_end_of_a_mining_build() {
    let decision = decide(&t0("minebuild=1&build=1.5&asicrem=3&asicsale=4&years=4"));
    assert_eq!(decision.start.machines_sold_usd, 0.0);
    assert_close(decision.start.convert_usd, -10_000_000.0, 1e-12);
    assert_close(decision.years[0].convert_usd, 383_250.0, 1e-12);
    assert_close(decision.years[1].machines_sold_usd, 200_000.0, 1e-12);
    assert_close(decision.years[1].convert_usd, 1_141_625.0, 1e-12);
    let worn = decide(&t0("minebuild=1&build=1.5&asicrem=1.5&asicsale=4&years=4"));
    assert!(worn.years.iter().all(|year| year.machines_sold_usd == 0.0));
    assert_close(worn.years[1].convert_usd, 941_625.0, 1e-12);
}

/// A lease of 4.5 years on a hall with a 10-year life: year 5 has half a year of rent
/// (750,000) and the hall at 10M x (1 - 4.5 / 10) = 5,500,000; the years after, nothing.
#[test]
fn a_lease_ending_mid_year_leaves_the_hall_at_book_value() {
    let decision = decide(&t0("term=4.5&hallife=10"));
    assert_close(decision.years[3].convert_usd, 1_500_000.0, 1e-12);
    assert_close(decision.years[4].convert_usd, 6_250_000.0, 1e-12);
    assert!(decision.years[5..]
        .iter()
        .all(|year| year.convert_usd == 0.0));
    // A hall not ready by the horizon has not aged: it is worth its cost, never more.
    let unbuilt = decide(&t0("build=5&years=3&hallife=10"));
    assert_close(unbuilt.years[2].hall_value_usd, 10_000_000.0, 1e-12);
}

/// 1,000 GPUs per MW at $1 an hour sell $8.76M a year; a $10M fleet renewed every 2.5
/// years: bought at 0 and 2.5 (year 3), retiring at 2.5 and 5 for 20% of its cost. With a
/// 3-year life the second fleet (bought at 3) runs at the horizon, worth 1 - 0.8 x 2 / 3.
#[test]
fn a_gpu_renewal_at_a_fractional_time() {
    let gpu = "ai=gpu&gpukw=1&apue=1&gpu=1&util=100&gpuopex=0&power=0&gpucost=10000\
               &resid=20&gpudecl=0&capex=0&years=5";
    let decision = decide(&t0(&format!("gpulife=2.5&{gpu}")));
    assert_close(decision.start.convert_usd, -10_000_000.0, 1e-12);
    let flows: Vec<f64> = decision.years.iter().map(|y| y.convert_usd).collect();
    for (flow, expected) in flows.iter().zip([8.76e6, 8.76e6, 0.76e6, 8.76e6, 10.76e6]) {
        assert_close(*flow, expected, 1e-12);
    }
    let three = decide(&t0(&format!("gpulife=3&{gpu}")));
    assert_close(three.years[2].convert_usd, 0.76e6, 1e-12);
    assert_close(
        three.years[4].convert_usd,
        8.76e6 + 10e6 * (1.0 - 0.8 * 2.0 / 3.0),
        1e-12,
    );
}

/// One year, no capital, a $100 lease: keep mining discounted at 20%, converting at 5%. The
/// paths are worth the same when (revenue - 50) x 8,760 / 1.2 = 1,200,000 / 1.05, i.e. at
/// revenue 50 + 1,371,428.57 / 8,760 per MWh, a hashprice of that x 0.024 x 20, and BTC at
/// that hashprice / 45 x 100,000.
#[test]
fn two_rates_at_the_break_even() {
    let decision = decide(&t0("years=1&rate=20&airate=5&capex=0&lease=100"));
    let revenue = 50.0 + 1_200_000.0 / 1.05 * 1.2 / 8_760.0;
    let expected = revenue * 0.024 * 20.0 / 45.0 * 100_000.0;
    assert_close(decision.breakeven_btc_price_usd.unwrap(), expected, 1e-6);
    // The sentinel: one rate for both gives D5's $199,452.05.
    let one_rate = decide(&t0("years=1&rate=0&airate=0&capex=0&lease=100"));
    assert_close(one_rate.breakeven_btc_price_usd.unwrap(), 199_452.05, 1e-6);
}

/// The idle rule, by hand: T0 at BTC $50,000 earns $46.875/MWh against $50 of power, a loss
/// of $27,375 a year; the site idles and keep mining's flows are all zero.
#[test]
fn a_year_that_cannot_pay_its_way_is_idled() {
    let decision = decide(&t0("btc=50000"));
    assert!(decision
        .years
        .iter()
        .all(|year| year.keep_mining_usd == 0.0));
    // The sentinel: at $100,000 it earns (93.75 - 50) x 8,760 = $383,250 a year.
    assert_close(decide(&t0("")).years[0].keep_mining_usd, 383_250.0, 1e-12);
}

/// A build of 1.5 years with a 3% escalator, by hand. The lease covers half of year 2 and
/// all of year 3: rent of year 2 = 1,500,000 x 0.5 = 750,000 (no escalation before a year
/// of the lease has passed); year 3 = 1,500,000 x 1.03^0.5 = 1,522,333.73; year 4 =
/// 1,500,000 x 1.03^1.5 = 1,568,003.75. With the site mining until the hall is ready, year
/// 1 adds a whole year of mining ($383,250) and year 2 half of one ($191,625).
#[test]
fn a_fractional_build_with_an_escalator_and_mining_until_the_hall_is_ready() {
    let decision = decide(&t0("build=1.5&esc=3&years=4&minebuild=1"));
    let flows: Vec<f64> = decision.years.iter().map(|year| year.convert_usd).collect();
    assert_close(flows[0], 383_250.0, 1e-12);
    assert_close(flows[1], 750_000.0 + 191_625.0, 1e-12);
    assert_close(flows[2], 1_522_333.73, 1e-8);
    assert_close(flows[3], 1_568_003.75, 1e-8);
}

/// The difference's figures, by hand: T0 with 2 years, no rate, $2M of capital. Keep
/// mining earns $383,250 a year; convert -$2M then $1.5M twice. Difference: -2,000,000,
/// 1,116,750, 1,116,750; NPV at 0% = 233,500; payback 1 + 883,250 / 1,116,750 = 1.79091.
#[test]
fn the_difference_of_the_two_paths() {
    let decision = decide(&t0("years=2&rate=0&airate=0&capex=2"));
    assert_close(decision.difference.npv_usd, 233_500.0, 1e-12);
    assert_close(
        decision.difference.payback_years.unwrap(),
        1.0 + 883_250.0 / 1_116_750.0,
        1e-12,
    );
    assert_close(decision.difference.equivalent_annual_usd, 116_750.0, 1e-12);
    // Keep mining has no capital: no IRR, and a payback of 0.
    assert_eq!(decision.keep_mining.irr, None);
    assert_eq!(decision.keep_mining.payback_years, Some(0.0));
}

/// An exit cap of 10% on T0's lease: year 10 gains 1,500,000 / 0.10 = $15M; a lease that
/// ends before the horizon gets none.
#[test]
fn an_exit_cap_values_the_hall_only_when_the_lease_runs_to_the_horizon() {
    let with_exit = decide(&t0("exitcap=10"));
    assert_close(with_exit.years[9].convert_usd, 16_500_000.0, 1e-12);
    assert_close(with_exit.years[9].hall_value_usd, 15_000_000.0, 1e-12);
    let ended = decide(&t0("exitcap=10&term=9"));
    assert_eq!(ended.years[9].convert_usd, 0.0);
    assert_eq!(ended.years[9].hall_value_usd, 0.0);
}

/// D2's replacements (18 J/TH at a mining PUE of 1.05, $12/TH, 4 years) cost
/// 12 x 1e6 / (18 x 1.05) / 4 = $158,730.16 of machines per MW a year.
#[test]
fn the_renewal_of_the_fleet() {
    let fleet = t0("neweff=18&mpue=1.05&asic=12&asiclife=4");
    assert_close(renewal_usd_per_mw_year(&fleet), 158_730.158_730, 1e-9);
}

/// The tenant pays 80% of a $10M hall: the operator's capital is $2M.
#[test]
fn the_tenants_share_of_the_hall() {
    assert_close(
        decide(&t0("tenant=80")).convert_capital_usd,
        2_000_000.0,
        1e-12,
    );
}

/// Break-even with capital counted, by hand: T0 with one year and no rate, so convert is
/// worth 1,500,000 - 10,000,000 = -$8.5M; keep mining idles (worth 0) at any price below
/// the one where it pays, so it is worth at least as much at any price: no break-even.
#[test]
fn capital_can_leave_no_break_even() {
    assert_eq!(decide(&t0("years=1&rate=0")).breakeven_btc_price_usd, None);
}

#[test]
fn npv_irr_and_payback_of_simple_streams() {
    // -100 then 110: IRR 10%; NPV at 10% is 0; payback 1 year.
    assert_close(irr(&[-100.0, 110.0]).unwrap(), 0.10, 1e-9);
    assert!(npv(&[-100.0, 110.0], 0.10).abs() < 1e-9);
    assert_eq!(payback_years(&[-100.0, 110.0]), Some(100.0 / 110.0));
    // Two sign changes: no IRR. Never below zero: payback 0. Never back: none.
    assert_eq!(irr(&[-100.0, 230.0, -132.0]), None);
    assert_eq!(payback_years(&[0.0, 5.0]), Some(0.0));
    assert_eq!(payback_years(&[-100.0, 5.0]), None);
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    common::scenario_from(|_| {
        prop_oneof![
            4 => -1e6..1e6f64,
            1 => any::<f64>(),
            1 => Just(f64::NAN),
        ]
        .boxed()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_figure_is_finite_for_any_input(scenario in any_scenario()) {
        let decision = decide(&scenario);
        for value in [decision.keep_mining, decision.convert, decision.difference] {
            prop_assert!(value.npv_usd.is_finite());
            prop_assert!(value.equivalent_annual_usd.is_finite());
            prop_assert!(value.irr.is_none_or(f64::is_finite));
            prop_assert!(value.payback_years.is_none_or(f64::is_finite));
        }
        for year in &decision.years {
            for figure in [year.hashprice_usd_per_ph_day, year.mining_revenue_usd_per_mwh,
                year.keep_mining_usd, year.ai_revenue_usd, year.convert_usd] {
                prop_assert!(figure.is_finite(), "{year:?}");
            }
        }
        prop_assert!(decision.breakeven_btc_price_usd.is_none_or(f64::is_finite));
        prop_assert!(decision.difference_at_one_rate_usd.is_finite());
    }

    /// With the two rates equal, the gap at one rate is the gap itself, to the last digit.
    #[test]
    fn at_equal_rates_the_gap_at_one_rate_is_the_gap(scenario in any_scenario()) {
        // Sanitized first: a NaN rate copied to both would become each one's default.
        let scenario = scenario.sanitized();
        let equal = Scenario { ai_discount_rate_pct: scenario.discount_rate_pct, ..scenario };
        let decision = decide(&equal);
        prop_assert_eq!(decision.difference_at_one_rate_usd, decision.difference.npv_usd);
    }

    #[test]
    fn keep_minings_npv_never_falls_as_the_btc_price_rises(
        scenario in any_scenario(),
        low in 1_000.0..1_000_000.0f64,
        step in 0.0..500_000.0f64,
    ) {
        let at = |btc: f64| {
            let mut at = scenario.sanitized();
            Input::BtcPrice.set(&mut at, btc);
            decide(&at).keep_mining.npv_usd
        };
        let (lower, higher) = (at(low), at((low + step).min(1_000_000.0)));
        prop_assert!(higher >= lower - 1e-9 * lower.abs());
    }

    #[test]
    fn at_the_break_even_price_both_paths_are_worth_the_same(scenario in any_scenario()) {
        let decision = decide(&scenario);
        if let Some(price) = decision.breakeven_btc_price_usd {
            let btc = Input::BtcPrice.param();
            prop_assume!(btc.min <= price && price <= btc.max);
            let mut at = scenario.sanitized();
            Input::BtcPrice.set(&mut at, price);
            let there = decide(&at);
            let scale = there.keep_mining.npv_usd.abs().max(there.convert.npv_usd.abs()).max(1.0);
            prop_assert!(
                (there.keep_mining.npv_usd - there.convert.npv_usd).abs() <= 1e-6 * scale,
                "{} vs {}", there.keep_mining.npv_usd, there.convert.npv_usd
            );
        }
    }

    #[test]
    fn one_plain_year_gives_todays_break_even(scenario in any_scenario()) {
        // One year, no rate, no capital, no build, no escalator, no other costs, no exit
        // value and no halving in the year: the decision's break-even is today's, where today's exists,
        // AI's margin is positive and the mining year is not idled at that price.
        let mut plain = scenario.sanitized();
        plain.ai_mode = AiMode::HpcLease;
        for (input, value) in [
            (Input::Years, 1.0),
            (Input::DiscountRate, 0.0),
            (Input::AiDiscountRate, 0.0),
            (Input::AsicLifeLeft, 1.0),
            (Input::AsicResale, 0.0),
            (Input::HallCapex, 0.0),
            (Input::BuildYears, 0.0),
            (Input::RentEscalator, 0.0),
            (Input::LandlordCosts, 0.0),
            (Input::CreditHaircut, 0.0),
            (Input::ExitCapRate, 0.0),
            (Input::MiningOpex, 0.0),
            (Input::AsicPrice, 0.0),
            (Input::YearsToHalving, 1.0 + plain.years_to_halving.min(3.0)),
        ] {
            input.set(&mut plain, value);
        }
        let today = compute(&plain);
        prop_assume!(today.ai.margin_usd_per_mw_year > 0.0);
        let Some(expected) = today.breakeven_btc_price_usd else { return Ok(()) };
        prop_assume!((1.0..10_000_000.0).contains(&expected));
        let found = decide(&plain).breakeven_btc_price_usd;
        prop_assert!(found.is_some_and(|price| close(price, expected, 1e-9)), "{found:?} vs {expected}");
    }

    #[test]
    fn the_npv_at_the_irr_is_zero(scenario in any_scenario()) {
        let decision = decide(&scenario);
        let flows: Vec<f64> = std::iter::once(decision.start.convert_usd)
            .chain(decision.years.iter().map(|year| year.convert_usd))
            .collect();
        if let Some(rate) = decision.convert.irr {
            // Relative to the discounted flows' sizes, which near -100% are enormous.
            let scale = npv(&flows.iter().map(|flow| flow.abs()).collect::<Vec<_>>(), rate).max(1.0);
            prop_assert!(npv(&flows, rate).abs() <= 1e-6 * scale, "rate {rate}");
        }
    }
}

/// The paths' one-projection figures are the decision's, to the last digit, idle or not.
#[test]
fn npvs_are_the_decision_s_own() {
    let idle = decode("power=150").0;
    let paying = Scenario::default();
    for scenario in [idle, paying] {
        let decision = decide(&scenario);
        let values = npvs(&scenario);
        assert_eq!(values.keep_mining_usd, decision.keep_mining.npv_usd);
        assert_eq!(values.convert_usd, decision.convert.npv_usd);
        assert_eq!(values.difference_usd, decision.difference.npv_usd);
        assert_eq!(values.always_idle, decision.always_idle());
        assert_eq!(
            values.difference_at_one_rate_usd,
            decision.difference_at_one_rate_usd
        );
    }
    // At one rate, T0's gap whatever converting's own rate: D3's -$783,149.34 less keep
    // mining's $1,214,851.0, both at 10%.
    for airate in ["airate=4", "airate=10", "airate=30"] {
        assert_close(
            decide(&t0(airate)).difference_at_one_rate_usd,
            -783_149.34 - 1_214_851.0,
            1e-7,
        );
    }
    assert!(npvs(&idle).always_idle, "at $150/MWh nothing pays");
    assert!(
        !npvs(&paying).always_idle,
        "at the defaults the machines on site pay their way"
    );
}
