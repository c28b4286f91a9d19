//! Where the answer flips: the tornado, the decision map and the paths, against figures
//! computed by hand from docs/model.md's T0 and against the models' own break-evens.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::model::decision::{breakeven_btc_price_usd, decide};
use mining_vs_ai::model::paths::Path;
use mining_vs_ai::model::sensitivity::{
    decision_map, map_axes, map_y_input, tornado, tornado_range, tornado_range_source, Basis,
    MapWork, TornadoWork, MAP_AXES_GPU, MAP_AXES_LEASE, RELATIVE_SWING,
};
use mining_vs_ai::model::{compute, AiMode, Input, Preset, Scenario};
use proptest::prelude::*;

mod common;
use common::t0;

fn assert_close(actual: f64, expected: f64, relative: f64) {
    assert!(
        (actual - expected).abs() <= relative * expected.abs(),
        "{actual} vs {expected}"
    );
}

/// The annuity of ten years at 10%: (1 - 1.1^-10) / 0.1.
const ANNUITY_10_AT_10: f64 = 6.144_567_105_704_69;
/// Of the first four: (1 - 1.1^-4) / 0.1.
const ANNUITY_4_AT_10: f64 = 3.169_865_446_349_28;

/// T0 over the years, the lease swung 40% either side of its $125: from $75 to $175. Convert's NPV is
/// -10,000,000 + 12,000 x L x 6.1445671; keep mining's, $383,250 a year for the four years
/// before the halving (after it, idled), is 383,250 x 3.1698654 = $1,214,851. The gap is
/// zero at L = 11,214,851 / 73,734.81 = $152.097.
#[test]
fn the_lease_bar_of_t0_by_hand() {
    let bars = tornado(&t0(""), Basis::Years).bars;
    let lease = bars
        .iter()
        .find(|bar| bar.input == Input::LeaseRate)
        .expect("a lease bar");
    let keep = 383_250.0 * ANNUITY_4_AT_10;
    let gap = |lease: f64| -10_000_000.0 + 12_000.0 * lease * ANNUITY_10_AT_10 - keep;
    assert_close(lease.low, 75.0, 1e-12);
    assert_close(lease.high, 175.0, 1e-12);
    assert_close(lease.gap_at_low_usd, gap(75.0), 1e-9);
    assert_close(lease.gap_at_high_usd, gap(175.0), 1e-9);
    let flip = (10_000_000.0 + keep) / (12_000.0 * ANNUITY_10_AT_10);
    let found = lease.flip.expect("the answer flips");
    assert_close(found.at, flip, 1e-9);
    assert!(found.ai_wins_above, "a higher rent favours converting");
    assert_close(flip, 152.097, 1e-5);
}

/// The page computes the map and the tornado in slices between the reader's inputs: a step
/// is one row of the map or one input of the tornado, and a computation finished after
/// some steps is the one computed at once.
#[test]
fn the_map_and_the_tornado_take_a_row_and_an_input_a_step() {
    let scenario = t0("");
    let mut map = MapWork::new(&scenario, Basis::Years, Input::LeaseRate, (5, 4));
    let mut rows = 0;
    while map.step() {
        rows += 1;
    }
    assert_eq!(rows, 4);
    assert_eq!(
        map.finish(),
        decision_map(&scenario, Basis::Years, Input::LeaseRate, (5, 4))
    );
    let mut half_done = MapWork::new(&scenario, Basis::Today, Input::PowerPrice, (6, 7));
    for _ in 0..3 {
        assert!(half_done.step());
    }
    assert_eq!(
        half_done.finish(),
        decision_map(&scenario, Basis::Today, Input::PowerPrice, (6, 7))
    );
    let mut bars = TornadoWork::new(&scenario, Basis::Years);
    let mut inputs = 0;
    while bars.step() {
        inputs += 1;
    }
    assert_eq!(inputs, Input::ALL.len());
    let mut half_done = TornadoWork::new(&scenario, Basis::Years);
    for _ in 0..inputs / 2 {
        half_done.step();
    }
    assert_eq!(half_done.finish(), tornado(&scenario, Basis::Years));
    assert_eq!(bars.finish(), tornado(&scenario, Basis::Years));
}

/// The bars run from the widest swing down; inputs the gap does not turn on have none:
/// a GPU cloud's inputs in a lease, and in today's view the decision's own inputs.
#[test]
fn bars_are_sorted_and_only_for_inputs_that_matter() {
    for basis in [Basis::Today, Basis::Years] {
        let bars = tornado(&t0(""), basis).bars;
        assert!(bars
            .windows(2)
            .all(|pair| pair[0].swing_usd() >= pair[1].swing_usd()));
        assert!(bars.iter().all(|bar| bar.swing_usd() > 0.0));
        for absent in [Input::GpuPrice, Input::GpuCost, Input::SiteMw] {
            assert!(bars.iter().all(|bar| bar.input != absent), "{absent:?}");
        }
        let capex = bars.iter().any(|bar| bar.input == Input::HallCapex);
        assert_eq!(capex, basis == Basis::Years, "{basis:?}");
    }
    let gpu = tornado(&t0("ai=gpu"), Basis::Years).bars;
    assert!(gpu.iter().any(|bar| bar.input == Input::GpuPrice));
    assert!(gpu.iter().all(|bar| bar.input != Input::LeaseRate));
}

/// Today's view of T0: AI's margin is the $1.5M of rent (the tenant pays for power),
/// mining's (93.75 - P) x 8,760. Over power prices 40% either side of $50, $30-70, the gap
/// runs from 1,500,000 - 63.75 x 8,760 = $941,550 to 1,500,000 - 23.75 x 8,760 =
/// $1,291,950, and never flips.
#[test]
fn today_s_power_bar_by_hand() {
    let today = tornado(&t0(""), Basis::Today);
    // T0's own gap: $1.5M of rent against (93.75 - 50) x 8,760 = $383,250.
    assert_close(today.gap_usd, 1_116_750.0, 1e-9);
    let power = today
        .bars
        .iter()
        .find(|bar| bar.input == Input::PowerPrice)
        .expect("a power bar");
    assert_close(power.gap_at_low_usd, 941_550.0, 1e-9);
    assert_close(power.gap_at_high_usd, 1_291_950.0, 1e-9);
    assert_eq!(power.flip, None);
}

/// Every bar contains the scenario's own value, on the defaults and on every preset (a
/// B200 on demand at $4.50 swings from $2.70 to $6.30, not over an H100's $1.70-2.65), and
/// both discount rates have a bar of their own.
#[test]
fn every_bar_contains_the_scenario() {
    let scenarios = std::iter::once(Scenario::default())
        .chain(Preset::ALL.into_iter().map(Preset::scenario))
        .chain([t0("btc=300000&asicrem=9&hallife=45&gpu=9&ai=gpu")]);
    for scenario in scenarios {
        let bars = tornado(&scenario, Basis::Years).bars;
        for bar in &bars {
            let value = bar.input.get(&scenario);
            assert!(
                bar.low <= value && value <= bar.high,
                "{:?} {} not in {}..{}",
                bar.input,
                value,
                bar.low,
                bar.high
            );
        }
        for rate in [Input::DiscountRate, Input::AiDiscountRate] {
            assert!(bars.iter().any(|bar| bar.input == rate), "{rate:?}");
        }
    }
    let b200 = tornado(&Preset::B200.scenario(), Basis::Years).bars;
    let price = b200
        .iter()
        .find(|bar| bar.input == Input::GpuPrice)
        .unwrap();
    let own = Preset::B200.scenario().gpu_price_usd_per_hour;
    assert_close(price.low, own * 0.6, 1e-12);
    assert_close(price.high, own * 1.4, 1e-12);
    // The words under the bars name the same swing; other inputs name their range's source.
    assert!(tornado_range_source(Input::GpuPrice)
        .starts_with(&format!("{}% either side", RELATIVE_SWING * 100.0)));
    assert_eq!(
        tornado_range_source(Input::GpuCost),
        Input::GpuCost.plausible().unwrap().source
    );
}

/// Each row of the map has the break-even its scenario has in the model, the gap is zero
/// there, and the cells on either side of it have the two signs.
#[test]
fn the_map_s_zero_line_is_the_model_s_break_even() {
    for (scenario, basis, y_input) in [
        (t0("lease=200"), Basis::Years, Input::HallCapex),
        (t0("lease=200&capex=4"), Basis::Years, Input::LeaseRate),
        (
            t0("ai=gpu&capex=0&gpucost=20000"),
            Basis::Years,
            Input::GpuPrice,
        ),
        (t0(""), Basis::Today, Input::PowerPrice),
        (t0(""), Basis::Today, Input::LeaseRate),
    ] {
        let map = decision_map(&scenario, basis, y_input, (12, 7));
        assert_eq!(map.btc_prices_usd.len(), 12);
        assert_eq!(map.y_values.len(), 7);
        assert_eq!(map.gaps_usd.len(), 84);
        assert_eq!(
            map.current,
            (scenario.btc_price_usd, y_input.get(&scenario))
        );
        let mut rows_with_a_line = 0;
        for (row, y) in map.y_values.iter().enumerate() {
            let mut row_scenario = scenario;
            y_input.set(&mut row_scenario, *y);
            let expected = match basis {
                Basis::Years => breakeven_btc_price_usd(&row_scenario),
                Basis::Today => compute(&row_scenario).breakeven_btc_price_usd,
            };
            assert_eq!(map.breakevens_btc_usd[row], expected, "row {row}");
            // Beyond the BTC input's range the scenario cannot be set to probe it.
            let Some(breakeven) = expected.filter(|price| *price <= Input::BtcPrice.param().max)
            else {
                continue;
            };
            rows_with_a_line += 1;
            let at = |btc: f64| {
                let mut cell = row_scenario;
                Input::BtcPrice.set(&mut cell, btc);
                basis.gap_usd(&cell)
            };
            // AI wins below the break-even, mining above it.
            assert!(
                at(breakeven * 0.99) > 0.0 && at(breakeven * 1.01) < 0.0,
                "{basis:?} {y_input:?} row {row}: {breakeven}, {} and {}",
                at(breakeven * 0.99),
                at(breakeven * 1.01)
            );
            for (column, price) in map.btc_prices_usd.iter().enumerate() {
                let gap = map.gaps_usd[row * 12 + column];
                assert_eq!(gap, at(*price));
                if (price - breakeven).abs() > 1e-6 * breakeven {
                    assert_eq!(gap > 0.0, *price < breakeven, "row {row}, column {column}");
                }
            }
        }
        assert!(
            rows_with_a_line > 0,
            "{y_input:?}: the line is drawn somewhere"
        );
    }
}

#[test]
fn the_map_offers_the_issue_s_axes() {
    assert!(MAP_AXES_LEASE.contains(&Input::LeaseRate));
    assert!(!MAP_AXES_GPU.contains(&Input::LeaseRate));
    assert!(MAP_AXES_GPU.contains(&Input::GpuUtilization));
}

/// Today's view offers as the map's second axis exactly the inputs of the list that move
/// today's gap (the tornado's bars in today's basis, at the defaults: at T0's 100% uptime a
/// GPU cloud and the miners pay the same power bill, so there its price moves nothing);
/// the years view the whole list.
#[test]
fn today_s_map_offers_only_what_today_s_gap_depends_on() {
    for (mode, all) in [
        (AiMode::HpcLease, &MAP_AXES_LEASE[..]),
        (AiMode::GpuCloud, &MAP_AXES_GPU[..]),
    ] {
        let scenario = Scenario {
            ai_mode: mode,
            ..Scenario::default()
        };
        let moving: Vec<Input> = tornado(&scenario, Basis::Today)
            .bars
            .iter()
            .map(|bar| bar.input)
            .collect();
        let expected: Vec<Input> = all
            .iter()
            .copied()
            .filter(|input| moving.contains(input))
            .collect();
        assert_eq!(
            map_axes(mode, Basis::Today),
            expected.as_slice(),
            "{mode:?}"
        );
        assert_eq!(map_axes(mode, Basis::Years), all, "{mode:?}");
    }
}

/// A chosen axis is kept where it is offered; elsewhere the map falls back to the AI price.
#[test]
fn the_map_s_axis_falls_back_to_the_ai_price() {
    let capex = Some(Input::HallCapex);
    assert_eq!(
        map_y_input(capex, AiMode::HpcLease, Basis::Years),
        Input::HallCapex
    );
    assert_eq!(
        map_y_input(capex, AiMode::HpcLease, Basis::Today),
        Input::LeaseRate
    );
    assert_eq!(
        map_y_input(capex, AiMode::GpuCloud, Basis::Today),
        Input::GpuPrice
    );
    let lease = Some(Input::LeaseRate);
    assert_eq!(
        map_y_input(lease, AiMode::GpuCloud, Basis::Years),
        Input::GpuPrice
    );
    let util = Some(Input::GpuUtilization);
    assert_eq!(
        map_y_input(util, AiMode::GpuCloud, Basis::Today),
        Input::GpuUtilization
    );
    assert_eq!(
        map_y_input(None, AiMode::HpcLease, Basis::Years),
        Input::LeaseRate
    );
}

/// On T0 the hashprice falls about 17% a year on the bear path (0.75 / 0.9) and grows about
/// 14% on the bull path (1.67 / 1.46): keep mining is worth least on the first and most on
/// the last; on the base path it is worth what T0 says, $1,214,851.
#[test]
fn paths_order_what_keep_mining_is_worth() {
    let base = t0("");
    let worth: Vec<f64> = Path::ALL
        .iter()
        .map(|path| decide(&path.on(&base)).keep_mining.npv_usd)
        .collect();
    assert!(worth[0] < worth[1] && worth[1] < worth[2], "{worth:?}");
    assert_close(worth[1], 383_250.0 * ANNUITY_4_AT_10, 1e-9);
    for path in Path::ALL {
        let on = path.on(&base);
        assert_eq!(on.btc_growth_pct_per_year, path.btc_growth_pct_per_year());
        assert_eq!(
            on.hashrate_growth_pct_per_year,
            path.hashrate_growth_pct_per_year()
        );
        assert!(!path.source().is_empty());
    }
}

/// Every plausible range lies inside its input's range, low below high, with a source; the
/// inputs without one are those chosen or fixed rather than forecast, and the exit cap
/// rate, whose zero means none.
#[test]
fn plausible_ranges_are_inside_the_inputs_ranges() {
    let without: Vec<Input> = Input::ALL
        .into_iter()
        .filter(|input| input.plausible().is_none())
        .collect();
    assert_eq!(
        without,
        [
            Input::SiteMw,
            Input::BlockSubsidy,
            Input::GpuPower,
            Input::Years,
            Input::YearsToHalving,
            Input::ExitCapRate,
        ]
    );
    for input in Input::ALL {
        let Some(range) = input.plausible() else {
            continue;
        };
        let param = input.param();
        assert!(
            param.min <= range.low && range.low < range.high && range.high <= param.max,
            "{input:?}"
        );
        assert!(!range.source.is_empty(), "{input:?}");
    }
}

/// Whatever a link puts in, the tornado and the map are finite.
#[test]
fn hostile_scenarios_give_finite_tornadoes_and_maps() {
    for value in [f64::NAN, 1e308, -1e308] {
        for input in Input::ALL {
            let mut hostile = Scenario::default();
            *input.value_mut(&mut hostile) = value;
            for basis in [Basis::Today, Basis::Years] {
                for bar in tornado(&hostile, basis).bars {
                    assert!(bar.gap_at_low_usd.is_finite() && bar.gap_at_high_usd.is_finite());
                    assert!(bar
                        .flip
                        .is_none_or(|flip| flip.at >= bar.low && flip.at <= bar.high));
                }
                let map = decision_map(&hostile, basis, Input::PowerPrice, (3, 3));
                assert!(map.gaps_usd.iter().all(|gap| gap.is_finite()));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The BTC bar flips where the model's break-even is, when that lies inside the bar's
    /// range: the gap falls as the price rises, so there is one flip.
    #[test]
    fn the_btc_bar_flips_at_the_break_even(
        lease in 50.0..150.0f64,
        capex in 0.0..5.0f64,
        power in 20.0..60.0f64,
        eff in 15.0..25.0f64,
        years_view in any::<bool>(),
    ) {
        let scenario = t0(&format!("lease={lease}&capex={capex}&power={power}&eff={eff}"));
        let basis = if years_view { Basis::Years } else { Basis::Today };
        let (low, high) = tornado_range(Input::BtcPrice, &scenario.sanitized()).unwrap();
        let breakeven = basis.breakeven_btc_price_usd(&scenario).unwrap_or(0.0);
        prop_assume!(breakeven > low * 1.001 && breakeven < high * 0.999);
        let flip = tornado(&scenario, basis)
            .bars
            .into_iter()
            .find(|bar| bar.input == Input::BtcPrice)
            .and_then(|bar| bar.flip);
        prop_assert!(flip.is_some(), "no flip, break-even {breakeven}");
        let flip = flip.unwrap();
        prop_assert!(!flip.ai_wins_above, "mining wins above the break-even");
        prop_assert!((flip.at - breakeven).abs() <= 1e-6 * breakeven, "{:?} vs {breakeven}", flip);
    }
}

/// What the paths imply at the defaults (15 years, replacements at 16 J/TH), by hand. Bear:
/// BTC 60,500 x 1.02^14 = $79,828; the network 958.3 x 1.14^14 = 6,000 EH/s, drawing 6,000 x
/// 16 / 1000 = 96.0 GW. Base: the hashprice falls only with the four halvings at 1.8, 5.8,
/// 9.8 and 13.8 years: from 3.155 BTC a block to 0.1953125 + 0.03, so (0.2253125 /
/// 3.155)^(1/14) - 1 = -17.18% a year. No path goes above 100 GW or below $1,000.
#[test]
fn what_the_paths_imply() {
    let defaults = Scenario::default();
    let bear = Path::Bear.implied(&defaults);
    assert_close(
        bear.btc_price_last_year_usd,
        60_500.0 * 1.02_f64.powi(14),
        1e-12,
    );
    assert_close(
        bear.network_hashrate_last_year_eh_per_s,
        958.3 * 1.14_f64.powi(14),
        1e-12,
    );
    assert_close(
        bear.network_power_last_year_gw,
        958.3 * 1.14_f64.powi(14) * 0.016,
        1e-12,
    );
    let base = Path::Base.implied(&defaults);
    let by_hand = ((0.195_312_5 + 0.03) / 3.155_f64).powf(1.0 / 14.0) - 1.0;
    assert_close(base.hashprice_change_pct_per_year, by_hand * 100.0, 1e-9);
    assert_close(base.hashprice_change_pct_per_year, -17.18, 1e-3);
    for path in Path::ALL {
        let implied = path.implied(&defaults);
        assert!(implied.network_power_last_year_gw <= 100.0, "{path:?}");
        assert!(implied.btc_price_last_year_usd >= 1_000.0, "{path:?}");
    }
    // A single year implies no change.
    assert_eq!(
        Path::Bull
            .implied(&t0("years=1"))
            .hashprice_change_pct_per_year,
        0.0
    );
}
