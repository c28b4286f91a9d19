//! Invariants the model keeps for every input, hostile ones included.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::model::{
    compute, sweep, AiMode, Input, Outcome, Param, Scenario, SweepAxis, UseEconomics,
};
use proptest::prelude::*;

mod common;
use common::scenario_from;

/// Any f64 proptest makes, plus the values that break naive code.
fn hostile() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(1e308),
        Just(-1e308),
        Just(f64::MIN_POSITIVE),
        Just(-0.0),
        Just(0.0),
        Just(-1.0),
        any::<f64>(),
        -1e6..1e6f64,
    ]
}

fn in_range(param: Param) -> impl Strategy<Value = f64> {
    param.min..=param.max
}

fn hostile_scenario() -> impl Strategy<Value = Scenario> {
    scenario_from(|_| hostile().boxed())
}

fn valid_scenario() -> impl Strategy<Value = Scenario> {
    scenario_from(|param| in_range(param).boxed())
}

fn use_figures(economics: &UseEconomics) -> [f64; 5] {
    [
        economics.revenue_usd_per_mwh,
        economics.power_cost_usd_per_mwh,
        economics.margin_usd_per_mwh,
        economics.margin_usd_per_mw_year,
        economics.site_margin_usd_per_year,
    ]
}

fn every_number(outcome: &Outcome) -> Vec<f64> {
    let mut numbers = Vec::new();
    numbers.extend(use_figures(&outcome.mining));
    numbers.extend(use_figures(&outcome.ai));
    numbers.extend([
        outcome.hashprice_usd_per_ph_day,
        outcome.hashrate_ph_per_s_per_mw,
        outcome.gpus_per_mw,
        outcome.mining_breakeven_power_price_usd_per_mwh,
    ]);
    numbers.extend(outcome.breakeven_btc_price_usd);
    numbers.extend(outcome.ai_breakeven_power_price_usd_per_mwh);
    numbers.extend(outcome.ai_to_mining_margin_ratio);
    numbers
}

fn relative_error(a: f64, b: f64) -> f64 {
    (a - b).abs() / a.abs().max(b.abs()).max(1.0)
}

proptest! {
    // About one random scenario in five has its break-even inside the BTC range, so the
    // break-even property needs room for rejects.
    #![proptest_config(ProptestConfig {
        cases: 1000,
        max_global_rejects: 20_000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_output_is_finite_for_hostile_input(scenario in hostile_scenario()) {
        let outcome = compute(&scenario);
        for number in every_number(&outcome) {
            prop_assert!(number.is_finite(), "{number} in {outcome:?}");
        }
        prop_assert_eq!(outcome.scenario, outcome.scenario.sanitized());
    }

    #[test]
    fn sanitized_scenarios_are_in_range_and_stable(scenario in hostile_scenario()) {
        let clean = scenario.sanitized();
        prop_assert_eq!(clean.sanitized(), clean);
        for input in Input::ALL {
            let (param, value) = (input.param(), input.get(&clean));
            prop_assert!((param.min..=param.max).contains(&value), "{}: {value}", param.label);
        }
    }

    #[test]
    fn mining_revenue_is_proportional_to_btc_price(
        scenario in valid_scenario(),
        scaled_btc in in_range(*Input::BtcPrice.param()),
    ) {
        let factor = scaled_btc / scenario.btc_price_usd;
        let base = compute(&scenario).mining.revenue_usd_per_mwh;
        let scaled = compute(&Scenario { btc_price_usd: scaled_btc, ..scenario })
            .mining
            .revenue_usd_per_mwh;
        prop_assert!(relative_error(scaled, base * factor) < 1e-12);
    }

    #[test]
    fn mining_revenue_is_inversely_proportional_to_hashrate(
        scenario in valid_scenario(),
        scaled_hashrate in in_range(*Input::NetworkHashrate.param()),
    ) {
        let factor = scaled_hashrate / scenario.network_hashrate_eh_per_s;
        let base = compute(&scenario).mining.revenue_usd_per_mwh;
        let scaled = compute(&Scenario { network_hashrate_eh_per_s: scaled_hashrate, ..scenario })
            .mining
            .revenue_usd_per_mwh;
        prop_assert!(relative_error(scaled, base / factor) < 1e-12);
    }

    #[test]
    fn mining_revenue_is_inversely_proportional_to_efficiency(
        scenario in valid_scenario(),
        scaled_efficiency in in_range(*Input::FleetEfficiency.param()),
    ) {
        let factor = scaled_efficiency / scenario.fleet_efficiency_j_per_th;
        let base = compute(&scenario).mining.revenue_usd_per_mwh;
        let scaled = compute(&Scenario { fleet_efficiency_j_per_th: scaled_efficiency, ..scenario })
            .mining
            .revenue_usd_per_mwh;
        prop_assert!(relative_error(scaled, base / factor) < 1e-12);
    }

    #[test]
    fn mining_margin_does_not_rise_with_power_price(
        scenario in valid_scenario(),
        low in in_range(*Input::PowerPrice.param()),
        high in in_range(*Input::PowerPrice.param()),
    ) {
        let (low, high) = if low <= high { (low, high) } else { (high, low) };
        let at_low = compute(&Scenario { power_price_usd_per_mwh: low, ..scenario });
        let at_high = compute(&Scenario { power_price_usd_per_mwh: high, ..scenario });
        prop_assert!(at_high.mining.margin_usd_per_mwh <= at_low.mining.margin_usd_per_mwh);
        prop_assert!(at_high.mining.margin_usd_per_mw_year <= at_low.mining.margin_usd_per_mw_year);
    }

    #[test]
    fn ai_lease_margin_does_not_depend_on_btc_price(
        scenario in valid_scenario(),
        other_btc in in_range(*Input::BtcPrice.param()),
    ) {
        let lease = Scenario { ai_mode: AiMode::HpcLease, ..scenario };
        let other = Scenario { btc_price_usd: other_btc, ..lease };
        prop_assert_eq!(compute(&lease).ai, compute(&other).ai);
    }

    #[test]
    fn at_the_breakeven_btc_price_the_margins_are_equal(scenario in valid_scenario()) {
        let outcome = compute(&scenario);
        let breakeven = outcome.breakeven_btc_price_usd;
        // Beyond the BTC range the model would clamp the price; such cases cannot be checked
        // through compute().
        prop_assume!(breakeven.is_some_and(|btc| (Input::BtcPrice.param().min..=Input::BtcPrice.param().max).contains(&btc)));
        let at = compute(&Scenario { btc_price_usd: breakeven.unwrap(), ..scenario });
        prop_assert!(
            relative_error(at.mining.margin_usd_per_mw_year, at.ai.margin_usd_per_mw_year) < 1e-9,
            "mining {} vs AI {}", at.mining.margin_usd_per_mw_year, at.ai.margin_usd_per_mw_year
        );
    }

    #[test]
    fn mining_wins_above_the_breakeven_and_ai_below(scenario in valid_scenario()) {
        let outcome = compute(&scenario);
        let mining_ahead = outcome.mining.margin_usd_per_mw_year > outcome.ai.margin_usd_per_mw_year;
        match outcome.breakeven_btc_price_usd {
            Some(breakeven) if scenario.btc_price_usd > breakeven * (1.0 + 1e-9) => prop_assert!(mining_ahead),
            Some(breakeven) if scenario.btc_price_usd < breakeven * (1.0 - 1e-9) => prop_assert!(!mining_ahead),
            Some(_) => {}
            None => prop_assert!(mining_ahead),
        }
    }

    #[test]
    fn sweeps_are_finite_ordered_and_match_compute(
        scenario in hostile_scenario(),
        from in hostile(),
        to in hostile(),
        points in 0usize..300,
        over_power in any::<bool>(),
    ) {
        let axis = if over_power { SweepAxis::PowerPrice } else { SweepAxis::BtcPrice };
        let series = sweep(&scenario, axis, from, to, points);
        prop_assert_eq!(series.len(), points.clamp(2, 2000));
        let param = axis.param();
        prop_assert_eq!(series[0].x, param.sanitize(from));
        prop_assert_eq!(series[series.len() - 1].x, param.sanitize(to));
        let ascending = series[0].x <= series[series.len() - 1].x;
        for pair in series.windows(2) {
            let in_order = if ascending { pair[0].x <= pair[1].x } else { pair[0].x >= pair[1].x };
            prop_assert!(in_order);
        }
        for point in &series {
            let mut at = scenario;
            match axis {
                SweepAxis::BtcPrice => at.btc_price_usd = point.x,
                SweepAxis::PowerPrice => at.power_price_usd_per_mwh = point.x,
            }
            let outcome = compute(&at);
            prop_assert_eq!(point.mining_margin_usd_per_mwh, outcome.mining.margin_usd_per_mwh);
            prop_assert_eq!(point.ai_margin_usd_per_mwh, outcome.ai.margin_usd_per_mwh);
            prop_assert_eq!(point.mining_margin_usd_per_mw_year, outcome.mining.margin_usd_per_mw_year);
            prop_assert_eq!(point.ai_margin_usd_per_mw_year, outcome.ai.margin_usd_per_mw_year);
        }
    }
}
