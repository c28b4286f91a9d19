//! Where the answer flips. One scenario gives one answer; these show what it turns on: a
//! tornado of each input swung 40% either side of its value (the prices) or over its
//! plausible range ([`Input::plausible`]) widened to contain its value, with the
//! value where the answer flips, and a decision map over the BTC price and a second input,
//! with the break-even line where the two paths are worth the same.
//!
//! "The gap" is the answer in dollars, positive where AI wins: AI's margin per MW-year
//! minus mining's in today's view, convert's NPV minus keep mining's per MW over the years.

use super::compare::compute_sanitized;
use super::decision::{bisect, breakeven_of_sanitized, npv_gain_of_sanitized};
use super::inputs::{AiMode, Input, Scenario};

/// Whether AI (or converting) wins at `gap`: a gap of exactly zero counts for mining, here
/// and wherever a flip or a colour is decided.
pub fn ai_wins(gap_usd: f64) -> bool {
    gap_usd > 0.0
}

/// What the gap measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Today's view: AI's margin minus mining's, $ per MW-year, before capital.
    Today,
    /// The decision over the years: convert's NPV minus keep mining's, $ per MW.
    Years,
}

impl Basis {
    /// The gap for `scenario`, sanitized first, $.
    pub fn gap_usd(self, scenario: &Scenario) -> f64 {
        self.gap_of_sanitized(&scenario.sanitized())
    }

    /// The gap for a scenario already sanitized: the tornado and the map sanitize once and
    /// then only set inputs, which keeps them in range (sanitizing at every one of their
    /// thousands of evaluations doubled a sweep's time, measured with criterion).
    fn gap_of_sanitized(self, scenario: &Scenario) -> f64 {
        match self {
            Basis::Today => compute_sanitized(*scenario).margin_gap_usd_per_mw_year,
            Basis::Years => npv_gain_of_sanitized(scenario),
        }
    }

    /// The gap of a sanitized `scenario` with `input` set to `value`.
    fn gap_with(self, scenario: &Scenario, input: Input, value: f64) -> f64 {
        let mut moved = *scenario;
        input.set(&mut moved, value);
        self.gap_of_sanitized(&moved)
    }

    /// The BTC price at which the gap is zero, every other input of `scenario` held; none
    /// where there is no such price (see the two models' break-evens).
    pub fn breakeven_btc_price_usd(self, scenario: &Scenario) -> Option<f64> {
        let scenario = scenario.sanitized();
        match self {
            Basis::Today => compute_sanitized(scenario).breakeven_btc_price_usd,
            Basis::Years => breakeven_of_sanitized(&scenario),
        }
    }
}

/// Where the answer flips along an input: the value, and whether AI wins above it (the gap
/// rises through zero there) or below it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Flip {
    /// The input's value where the gap is zero, in its unit.
    pub at: f64,
    /// Whether AI (or converting) wins just above `at`.
    pub ai_wins_above: bool,
}

/// Points a range is sampled at when looking for the values where the gap changes sign:
/// a flip between two neighbouring samples is then found by bisection. Enough for the gap's
/// gentle curves (straight in most inputs) to change sign at most once between samples.
const FLIP_SAMPLES: u32 = 24;

/// One bar of the tornado: the gap with one input at each end of its plausible range, the
/// others held.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TornadoBar {
    /// The input swung.
    pub input: Input,
    /// The low end of its plausible range, in its unit.
    pub low: f64,
    /// The high end.
    pub high: f64,
    /// The gap with the input at the low end, $.
    pub gap_at_low_usd: f64,
    /// The gap with the input at the high end, $.
    pub gap_at_high_usd: f64,
    /// Where within the range the answer flips; where it flips at several values, the one
    /// nearest the scenario's own value; none where it does not flip within the range.
    pub flip: Option<Flip>,
}

impl TornadoBar {
    /// How far the gap moves across the range, $: the bars' order.
    pub fn swing_usd(&self) -> f64 {
        (self.gap_at_high_usd - self.gap_at_low_usd).abs()
    }
}

/// The tornado of a scenario: its own gap, and its bars.
#[derive(Debug, Clone, PartialEq)]
pub struct Tornado {
    /// What the gap measures.
    pub basis: Basis,
    /// The scenario's own gap, $: where every bar starts from.
    pub gap_usd: f64,
    /// A bar for each input with a plausible range that the gap depends on in this basis
    /// and AI mode (an input that leaves the gap the same at both ends of its range has
    /// none), widest swing first.
    pub bars: Vec<TornadoBar>,
}

/// The inputs the market sets from day to day, whose bars swing [`RELATIVE_SWING`] either
/// side of the scenario's own value rather than over a plausible range: a deal's own price
/// can lie anywhere in a range of others' prices, or beyond it.
pub const RELATIVE_SWING_INPUTS: [Input; 4] = [
    Input::BtcPrice,
    Input::PowerPrice,
    Input::LeaseRate,
    Input::GpuPrice,
];

/// How far a bar of [`RELATIVE_SWING_INPUTS`] swings either side of the scenario's value, as
/// a share of it.
pub const RELATIVE_SWING: f64 = 0.4;

/// The ends of `input`'s bar for a sanitized `scenario`, low first, each in the input's
/// range: 40% either side of its value for [`RELATIVE_SWING_INPUTS`], else its plausible
/// range widened to contain its value; none for an input without a plausible range.
pub fn tornado_range(input: Input, scenario: &Scenario) -> Option<(f64, f64)> {
    let range = input.plausible()?;
    let value = input.get(scenario);
    let param = input.param();
    Some(if RELATIVE_SWING_INPUTS.contains(&input) {
        (
            param.sanitize(value * (1.0 - RELATIVE_SWING)),
            param.sanitize(value * (1.0 + RELATIVE_SWING)),
        )
    } else {
        (
            if value < range.low { value } else { range.low },
            if value > range.high {
                value
            } else {
                range.high
            },
        )
    })
}

/// Where `input`'s bar comes from, in words: the swing of [`RELATIVE_SWING_INPUTS`], else
/// the source of its plausible range (empty without one).
pub fn tornado_range_source(input: Input) -> &'static str {
    if RELATIVE_SWING_INPUTS.contains(&input) {
        "40% either side of this scenario's value"
    } else {
        input.plausible().map_or("", |range| range.source)
    }
}

/// The tornado of `scenario`, sanitized first.
pub fn tornado(scenario: &Scenario, basis: Basis) -> Tornado {
    TornadoWork::new(scenario, basis).finish()
}

/// The [`tornado`] of a scenario computed an input at a time, so that a page can spread the
/// work over several tasks and answer the reader's inputs between them.
#[derive(Debug, Clone)]
pub struct TornadoWork {
    scenario: Scenario,
    basis: Basis,
    /// How many of [`Input::ALL`] are done.
    done: usize,
    bars: Vec<TornadoBar>,
}

impl TornadoWork {
    /// The work of `scenario`'s tornado on `basis`, nothing done yet.
    pub fn new(scenario: &Scenario, basis: Basis) -> Self {
        Self {
            scenario: scenario.sanitized(),
            basis,
            done: 0,
            bars: Vec::new(),
        }
    }

    /// Computes the next input's bar; false once every input is done.
    pub fn step(&mut self) -> bool {
        let Some(&input) = Input::ALL.get(self.done) else {
            return false;
        };
        self.done += 1;
        let (scenario, basis) = (self.scenario, self.basis);
        if let Some((low, high)) = tornado_range(input, &scenario) {
            let gap_at = |value: f64| basis.gap_with(&scenario, input, value);
            let (gap_at_low_usd, gap_at_high_usd) = (gap_at(low), gap_at(high));
            if gap_at_low_usd != gap_at_high_usd {
                self.bars.push(TornadoBar {
                    input,
                    low,
                    high,
                    gap_at_low_usd,
                    gap_at_high_usd,
                    flip: flip(&gap_at, (low, high), input.get(&scenario)),
                });
            }
        }
        true
    }

    /// The tornado, after the steps not taken yet.
    pub fn finish(mut self) -> Tornado {
        while self.step() {}
        let mut bars = self.bars;
        bars.sort_by(|first, second| second.swing_usd().total_cmp(&first.swing_usd()));
        Tornado {
            basis: self.basis,
            gap_usd: self.basis.gap_of_sanitized(&self.scenario),
            bars,
        }
    }
}

/// Where `gap` changes sides within `range` (see [`ai_wins`]), the crossing nearest
/// `today`: sampled at [`FLIP_SAMPLES`] steps, each change bisected.
fn flip(gap: &dyn Fn(f64) -> f64, (low, high): (f64, f64), today: f64) -> Option<Flip> {
    let at = |step: u32| low + (high - low) * f64::from(step) / f64::from(FLIP_SAMPLES);
    let mut nearest: Option<Flip> = None;
    let mut before = ai_wins(gap(low));
    for step in 1..=FLIP_SAMPLES {
        let after = ai_wins(gap(at(step)));
        if after != before {
            // `ai_wins(gap(x))` is `before` at the step's start and `after` at its end.
            let root = bisect((at(step - 1), at(step)), &|x| ai_wins(gap(x)) == before);
            if nearest.is_none_or(|best| (root - today).abs() < (best.at - today).abs()) {
                nearest = Some(Flip {
                    at: root,
                    ai_wins_above: after,
                });
            }
        }
        before = after;
    }
    nearest
}

/// The inputs the decision map's second axis offers, in the order of the picker: for a
/// lease, then for a GPU cloud (its price and utilization instead of the lease rate).
pub const MAP_AXES_LEASE: [Input; 7] = [
    Input::PowerPrice,
    Input::LeaseRate,
    Input::HallCapex,
    Input::HashrateGrowth,
    Input::BuildYears,
    Input::DiscountRate,
    Input::AiDiscountRate,
];

/// See [`MAP_AXES_LEASE`].
pub const MAP_AXES_GPU: [Input; 8] = [
    Input::PowerPrice,
    Input::GpuPrice,
    Input::GpuUtilization,
    Input::HallCapex,
    Input::HashrateGrowth,
    Input::BuildYears,
    Input::DiscountRate,
    Input::AiDiscountRate,
];

/// The second axis of the map, in either AI mode, whose key is `key`, if any.
pub fn map_axis_with_key(key: &str) -> Option<Input> {
    MAP_AXES_LEASE
        .into_iter()
        .chain(MAP_AXES_GPU)
        .find(|input| input.key() == key)
}

/// The second axes the map offers for `mode` in `basis`: over the years every input of
/// [`MAP_AXES_LEASE`] or [`MAP_AXES_GPU`]; today only those today's margins depend on,
/// which lead each list (the power price and the AI price, and a GPU cloud's utilization).
pub fn map_axes(mode: AiMode, basis: Basis) -> &'static [Input] {
    let (axes, today): (&'static [Input], usize) = match mode {
        AiMode::HpcLease => (&MAP_AXES_LEASE, 2),
        AiMode::GpuCloud => (&MAP_AXES_GPU, 3),
    };
    match basis {
        Basis::Today => &axes[..today],
        Basis::Years => axes,
    }
}

/// The map's second axis: `chosen` where `mode` and `basis` offer it, else the AI price
/// (the lease rate or the GPU price), the second of [`map_axes`].
pub fn map_y_input(chosen: Option<Input>, mode: AiMode, basis: Basis) -> Input {
    let axes = map_axes(mode, basis);
    chosen
        .filter(|input| axes.contains(input))
        .unwrap_or(axes[1])
}

/// The gap over a grid of BTC prices (columns) and values of a second input (rows).
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionMap {
    /// What the gap measures.
    pub basis: Basis,
    /// The second axis.
    pub y_input: Input,
    /// The BTC prices of the columns, $, low to high: the slider's span, widened to the
    /// scenario's own price.
    pub btc_prices_usd: Vec<f64>,
    /// The second input's values of the rows, low to high, in its unit: its slider's span,
    /// widened to the scenario's own value.
    pub y_values: Vec<f64>,
    /// The gap in each cell, $, row by row: `gaps_usd[row * columns + column]`.
    pub gaps_usd: Vec<f64>,
    /// Each row's break-even BTC price, where the gap is zero: the line the map draws
    /// between the two colours; none where the row has no break-even.
    pub breakevens_btc_usd: Vec<Option<f64>>,
    /// The scenario's own BTC price and value of the second input.
    pub current: (f64, f64),
    /// The break-even BTC price at the scenario's own value of the second input (AI wins
    /// below it); none where there is none. It may lie beyond the map and the BTC input's
    /// range.
    pub btc_flip_usd: Option<f64>,
    /// Where the answer flips along the second input within the map's span at the
    /// scenario's own BTC price, the flip nearest its own value; none where it does not.
    pub y_flip: Option<Flip>,
}

/// The map of `scenario`'s gap over `columns` BTC prices and `rows` values of `y_input`
/// (each at least 2).
pub fn decision_map(
    scenario: &Scenario,
    basis: Basis,
    y_input: Input,
    grid: (usize, usize),
) -> DecisionMap {
    MapWork::new(scenario, basis, y_input, grid).finish()
}

/// The [`decision_map`] of a scenario computed a row at a time, as [`TornadoWork`].
#[derive(Debug, Clone)]
pub struct MapWork {
    scenario: Scenario,
    basis: Basis,
    y_input: Input,
    btc_prices_usd: Vec<f64>,
    y_values: Vec<f64>,
    gaps_usd: Vec<f64>,
    breakevens_btc_usd: Vec<Option<f64>>,
}

impl MapWork {
    /// The work of `scenario`'s map over `columns` BTC prices and `rows` values of
    /// `y_input` (each at least 2), nothing done yet.
    pub fn new(
        scenario: &Scenario,
        basis: Basis,
        y_input: Input,
        (columns, rows): (usize, usize),
    ) -> Self {
        let scenario = scenario.sanitized();
        let (columns, rows) = (columns.max(2), rows.max(2));
        let spaced = |(low, high): (f64, f64), count: usize| -> Vec<f64> {
            (0..count)
                .map(|index| low + (high - low) * index as f64 / (count - 1) as f64)
                .collect()
        };
        let btc = Input::BtcPrice;
        Self {
            basis,
            y_input,
            btc_prices_usd: spaced(btc.param().span_with(btc.get(&scenario)), columns),
            y_values: spaced(y_input.param().span_with(y_input.get(&scenario)), rows),
            gaps_usd: Vec::with_capacity(columns * rows),
            breakevens_btc_usd: Vec::with_capacity(rows),
            scenario,
        }
    }

    /// Computes the next row (its break-even and its cells); false once every row is done.
    pub fn step(&mut self) -> bool {
        let Some(&y) = self.y_values.get(self.breakevens_btc_usd.len()) else {
            return false;
        };
        let mut row = self.scenario;
        self.y_input.set(&mut row, y);
        self.breakevens_btc_usd
            .push(self.basis.breakeven_btc_price_usd(&row));
        for price in &self.btc_prices_usd {
            self.gaps_usd
                .push(self.basis.gap_with(&row, Input::BtcPrice, *price));
        }
        true
    }

    /// The map, after the rows not computed yet.
    pub fn finish(mut self) -> DecisionMap {
        while self.step() {}
        let Self {
            scenario,
            basis,
            y_input,
            btc_prices_usd,
            y_values,
            gaps_usd,
            breakevens_btc_usd,
        } = self;
        let gap_at_y = |y: f64| basis.gap_with(&scenario, y_input, y);
        let y_span = (y_values[0], y_values[y_values.len() - 1]);
        DecisionMap {
            basis,
            y_input,
            current: (Input::BtcPrice.get(&scenario), y_input.get(&scenario)),
            btc_flip_usd: basis.breakeven_btc_price_usd(&scenario),
            y_flip: flip(&gap_at_y, y_span, y_input.get(&scenario)),
            btc_prices_usd,
            y_values,
            gaps_usd,
            breakevens_btc_usd,
        }
    }
}
