//! The decision over time: the published golden cases, cases computed by hand, and
//! properties.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::model::decision::{
    average_subsidy_btc, decide, irr, npv, npvs, payback_years, renewal_usd_per_mw_year,
};
use mining_vs_ai::model::{compute, AiMode, Input, Scenario};
use mining_vs_ai::url_state::decode;
use proptest::prelude::*;

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

/// Base T0: every key set, so that the defaults do not matter. Hashprice $45.00/PH/day,
/// mining revenue $93.75/MWh.
const T0: &str = "btc=100000&hashrate=1000&subsidy=3.125&fees=0&pool=0&eff=20&mpue=1&uptime=100\
    &power=50&ai=lease&lease=125&passthru=1&apue=1&years=10&rate=10&halving=4&btcg=0&hashg=0\
    &mopex=0&asic=0&asiclife=4&capex=10&tenant=0&build=0&minebuild=0&esc=0&term=30\
    &landlord=0&haircut=0&exitcap=0";

/// T0 with `more` keys set over it (a later key wins, so `more` comes first).
fn t0(more: &str) -> Scenario {
    decode(&format!("{more}&{T0}")).0
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
         &mopex=60000&asic=12&asiclife=4&halving=1.8&subsidy=3.125&btcg=0&hashg=0",
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
         &landlord=0&mopex=0&asic=0&halving=1&btcg=0&hashg=0",
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
    let decision = decide(&t0("years=1&rate=0&capex=0&lease=100"));
    assert_close(decision.breakeven_btc_price_usd.unwrap(), 199_452.05, 1e-6);
}

/// D6: a GPU cloud of 400 GPUs per MW over four years.
#[test]
fn d6_gpu_cloud() {
    let decision = decide(&t0(
        "ai=gpu&gpukw=2&apue=1.25&gpu=2.5&util=90&gpuopex=10&power=40&gpucost=50000\
         &capex=0&gpulife=4&resid=10&build=0&gpudecl=20&years=4",
    ));
    assert_close(decision.convert_capital_usd, 20_000_000.0, 1e-12);
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
    let decision = decide(&t0("years=2&rate=0&capex=2"));
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
    assert_close(with_exit.exit_value_usd, 15_000_000.0, 1e-12);
    let ended = decide(&t0("exitcap=10&term=9"));
    assert_eq!(ended.years[9].convert_usd, 0.0);
    assert_eq!(ended.exit_value_usd, 0.0);
}

/// D2's fleet (18 J/TH at a mining PUE of 1.05, $12/TH, 4 years) renews
/// 12 x 1e6 / (18 x 1.05) / 4 = $158,730.16 of machines per MW a year.
#[test]
fn the_renewal_of_the_fleet() {
    let fleet = t0("eff=18&mpue=1.05&asic=12&asiclife=4");
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
    proptest::collection::vec(
        prop_oneof![
            4 => -1e6..1e6f64,
            1 => any::<f64>(),
            1 => Just(f64::NAN),
        ],
        Input::ALL.len(),
    )
    .prop_flat_map(|values| {
        (Just(values), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
            |(values, gpu, passthrough, mine)| {
                let mut scenario = Scenario {
                    ai_mode: if gpu {
                        AiMode::GpuCloud
                    } else {
                        AiMode::HpcLease
                    },
                    lease_power_passthrough: passthrough,
                    mine_during_build: mine,
                    ..Scenario::default()
                };
                for (input, value) in Input::ALL.into_iter().zip(values) {
                    *input.value_mut(&mut scenario) = value;
                }
                scenario
            },
        )
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
        let flows: Vec<f64> = std::iter::once(-decision.convert_capital_usd)
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
    let idle = Scenario::default();
    let paying = decode("mopex=0&asic=0").0;
    for scenario in [idle, paying] {
        let decision = decide(&scenario);
        let values = npvs(&scenario);
        assert_eq!(values.keep_mining_usd, decision.keep_mining.npv_usd);
        assert_eq!(values.convert_usd, decision.convert.npv_usd);
        assert_eq!(values.difference_usd, decision.difference.npv_usd);
        assert_eq!(values.always_idle, decision.always_idle());
    }
    assert!(
        npvs(&idle).always_idle,
        "the defaults idle the miners every year"
    );
    assert!(
        !npvs(&paying).always_idle,
        "without renewal and other costs they pay"
    );
}
