//! Where the answer flips. One scenario gives one answer; these show what it turns on: a
//! tornado of each input swung over its plausible range ([`Input::plausible`]), with the
//! value where the answer flips, and a decision map over the BTC price and a second input,
//! with the break-even line where the two paths are worth the same.
//!
//! "The gap" is the answer in dollars, positive where AI wins: AI's margin per MW-year
//! minus mining's in today's view, convert's NPV minus keep mining's per MW over the years.

use super::compare::compute;
use super::decision::{bisect, breakeven_btc_price_usd, npv_gain_usd};
use super::inputs::{AiMode, Input, Scenario};

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
        match self {
            Basis::Today => compute(scenario).margin_gap_usd_per_mw_year,
            Basis::Years => npv_gain_usd(scenario),
        }
    }

    /// The BTC price at which the gap is zero, every other input of `scenario` held; none
    /// where there is no such price (see the two models' break-evens).
    pub fn breakeven_btc_price_usd(self, scenario: &Scenario) -> Option<f64> {
        match self {
            Basis::Today => compute(scenario).breakeven_btc_price_usd,
            Basis::Years => breakeven_btc_price_usd(scenario),
        }
    }
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
    /// The input's value within the range where the gap is zero (the answer flips); where
    /// it is zero at several, the one nearest the scenario's own value; none where the
    /// answer does not flip within the range.
    pub flip: Option<f64>,
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

/// The tornado of `scenario`, sanitized first.
pub fn tornado(scenario: &Scenario, basis: Basis) -> Tornado {
    let scenario = scenario.sanitized();
    let mut bars: Vec<TornadoBar> = Input::ALL
        .into_iter()
        .filter_map(|input| {
            let range = input.plausible()?;
            let gap_at = |value: f64| {
                let mut swung = scenario;
                input.set(&mut swung, value);
                basis.gap_usd(&swung)
            };
            let (gap_at_low_usd, gap_at_high_usd) = (gap_at(range.low), gap_at(range.high));
            (gap_at_low_usd != gap_at_high_usd).then(|| TornadoBar {
                input,
                low: range.low,
                high: range.high,
                gap_at_low_usd,
                gap_at_high_usd,
                flip: flip(&gap_at, (range.low, range.high), input.get(&scenario)),
            })
        })
        .collect();
    bars.sort_by(|first, second| second.swing_usd().total_cmp(&first.swing_usd()));
    Tornado {
        basis,
        gap_usd: basis.gap_usd(&scenario),
        bars,
    }
}

/// Where `gap` changes sign within `range`, the crossing nearest `today`: sampled at
/// [`FLIP_SAMPLES`] steps, each sign change bisected.
fn flip(gap: &dyn Fn(f64) -> f64, (low, high): (f64, f64), today: f64) -> Option<f64> {
    let at = |step: u32| low + (high - low) * f64::from(step) / f64::from(FLIP_SAMPLES);
    let mut nearest: Option<f64> = None;
    let mut before = gap(low) < 0.0;
    for step in 1..=FLIP_SAMPLES {
        let after = gap(at(step)) < 0.0;
        if after != before {
            // `gap(x) < 0.0` is `before` at the step's start and `after` at its end.
            let root = bisect((at(step - 1), at(step)), &|x| (gap(x) < 0.0) == before);
            if nearest.is_none_or(|best| (root - today).abs() < (best - today).abs()) {
                nearest = Some(root);
            }
        }
        before = after;
    }
    nearest
}

/// The inputs the decision map's second axis offers, in the order of the picker: for a
/// lease, then for a GPU cloud (its price and utilization instead of the lease rate).
pub const MAP_AXES_LEASE: [Input; 6] = [
    Input::PowerPrice,
    Input::LeaseRate,
    Input::HallCapex,
    Input::HashrateGrowth,
    Input::BuildYears,
    Input::DiscountRate,
];

/// See [`MAP_AXES_LEASE`].
pub const MAP_AXES_GPU: [Input; 7] = [
    Input::PowerPrice,
    Input::GpuPrice,
    Input::GpuUtilization,
    Input::HallCapex,
    Input::HashrateGrowth,
    Input::BuildYears,
    Input::DiscountRate,
];

/// The second axes the map offers in `mode`.
pub fn map_axes(mode: AiMode) -> &'static [Input] {
    match mode {
        AiMode::HpcLease => &MAP_AXES_LEASE,
        AiMode::GpuCloud => &MAP_AXES_GPU,
    }
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
    /// Where the answer flips along each axis through the scenario's own point: the
    /// break-even BTC price at its value of the second input, and the value of the second
    /// input within the map's span where the gap is zero at its BTC price (the nearest to
    /// its own value). None where the answer does not flip.
    pub flips: (Option<f64>, Option<f64>),
    /// Whether the gap rises with the second input at the scenario's own point: AI wins
    /// above the second input's flip where it rises, below it where it falls.
    pub rising_in_y: bool,
}

/// The map of `scenario`'s gap over `columns` BTC prices and `rows` values of `y_input`
/// (each at least 2).
pub fn decision_map(
    scenario: &Scenario,
    basis: Basis,
    y_input: Input,
    (columns, rows): (usize, usize),
) -> DecisionMap {
    let scenario = scenario.sanitized();
    let (columns, rows) = (columns.max(2), rows.max(2));
    let spaced = |(low, high): (f64, f64), count: usize| -> Vec<f64> {
        (0..count)
            .map(|index| low + (high - low) * index as f64 / (count - 1) as f64)
            .collect()
    };
    let btc = Input::BtcPrice;
    let btc_prices_usd = spaced(btc.param().span_with(btc.get(&scenario)), columns);
    let y_values = spaced(y_input.param().span_with(y_input.get(&scenario)), rows);
    let mut gaps_usd = Vec::with_capacity(columns * rows);
    let mut breakevens_btc_usd = Vec::with_capacity(rows);
    for y in &y_values {
        let mut row = scenario;
        y_input.set(&mut row, *y);
        breakevens_btc_usd.push(basis.breakeven_btc_price_usd(&row));
        for price in &btc_prices_usd {
            let mut cell = row;
            btc.set(&mut cell, *price);
            gaps_usd.push(basis.gap_usd(&cell));
        }
    }
    let gap_at_y = |y: f64| {
        let mut moved = scenario;
        y_input.set(&mut moved, y);
        basis.gap_usd(&moved)
    };
    let y_span = (y_values[0], y_values[rows - 1]);
    let flips = (
        basis.breakeven_btc_price_usd(&scenario),
        flip(&gap_at_y, y_span, y_input.get(&scenario)),
    );
    DecisionMap {
        basis,
        y_input,
        current: (btc.get(&scenario), y_input.get(&scenario)),
        flips,
        rising_in_y: gap_at_y(y_span.1) >= gap_at_y(y_span.0),
        btc_prices_usd,
        y_values,
        gaps_usd,
        breakevens_btc_usd,
    }
}
