//! Margin series of both uses over a range of one input, ready for a chart.

use super::compare::compute_sanitized;
use super::inputs::{Input, Param, Scenario};

/// The input a sweep varies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SweepAxis {
    /// BTC price in USD.
    BtcPrice,
    /// Power price in $/MWh.
    PowerPrice,
}

impl SweepAxis {
    /// The input the sweep varies.
    pub fn input(self) -> Input {
        match self {
            SweepAxis::BtcPrice => Input::BtcPrice,
            SweepAxis::PowerPrice => Input::PowerPrice,
        }
    }

    /// The range and unit of the swept input.
    pub fn param(self) -> &'static Param {
        self.input().param()
    }

    /// What a chart of the axis spans: the slider's span (the plausible part of the range),
    /// widened to `value`, sanitized, when it lies outside, so that the scenario's own point
    /// is always on the chart.
    pub fn span(self, value: f64) -> (f64, f64) {
        self.param().span_with(value)
    }
}

/// Both margins at one value of the swept input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SweepPoint {
    /// Value of the swept input, in its unit.
    pub x: f64,
    /// Mining margin per grid MWh consumed, $/MWh.
    pub mining_margin_usd_per_mwh: f64,
    /// AI margin per grid MWh consumed, $/MWh.
    pub ai_margin_usd_per_mwh: f64,
    /// Mining margin per MW of grid capacity per year, $.
    pub mining_margin_usd_per_mw_year: f64,
    /// AI margin per MW of grid capacity per year, $.
    pub ai_margin_usd_per_mw_year: f64,
}

/// Fewest and most points a sweep returns.
pub const SWEEP_POINTS_MIN: usize = 2;
/// See [`SWEEP_POINTS_MIN`].
pub const SWEEP_POINTS_MAX: usize = 2000;

/// Evenly spaced points from `from` to `to` (both sanitized into the axis' range), with
/// every other input taken from `scenario`. `points` is clamped to
/// [`SWEEP_POINTS_MIN`]..=[`SWEEP_POINTS_MAX`].
pub fn sweep(
    scenario: &Scenario,
    axis: SweepAxis,
    from: f64,
    to: f64,
    points: usize,
) -> Vec<SweepPoint> {
    let param = axis.param();
    let from = param.sanitize(from);
    let to = param.sanitize(to);
    let points = points.clamp(SWEEP_POINTS_MIN, SWEEP_POINTS_MAX);
    let step = (to - from) / (points - 1) as f64;
    let mut at = scenario.sanitized();
    (0..points)
        .map(|index| {
            // The last point is `to` exactly, free of accumulated rounding.
            let x = if index == points - 1 {
                to
            } else {
                from + step * index as f64
            };
            // `x` is in range and `at` sanitized: no need to sanitize the whole scenario again.
            *axis.input().value_mut(&mut at) = x;
            let outcome = compute_sanitized(at);
            SweepPoint {
                x,
                mining_margin_usd_per_mwh: outcome.mining.margin_usd_per_mwh,
                ai_margin_usd_per_mwh: outcome.ai.margin_usd_per_mwh,
                mining_margin_usd_per_mw_year: outcome.mining.margin_usd_per_mw_year,
                ai_margin_usd_per_mw_year: outcome.ai.margin_usd_per_mw_year,
            }
        })
        .collect()
}

/// A sweep over what a chart of the axis spans for `scenario` ([`SweepAxis::span`]).
pub fn sweep_full_range(scenario: &Scenario, axis: SweepAxis, points: usize) -> Vec<SweepPoint> {
    let (from, to) = axis.span(axis.input().get(scenario));
    sweep(scenario, axis, from, to, points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_spans_the_slider_widened_to_the_scenarios_value() {
        // BTC: slider $10,000-250,000 inside a range of $1,000-1,000,000.
        assert_eq!(SweepAxis::BtcPrice.span(60_000.0), (10_000.0, 250_000.0));
        assert_eq!(SweepAxis::BtcPrice.span(400_000.0), (10_000.0, 400_000.0));
        assert_eq!(SweepAxis::BtcPrice.span(2_000.0), (2_000.0, 250_000.0));
        assert_eq!(SweepAxis::BtcPrice.span(5e6), (10_000.0, 1_000_000.0));
        let scenario = Scenario {
            btc_price_usd: 400_000.0,
            ..Scenario::default()
        };
        let points = sweep_full_range(&scenario, SweepAxis::BtcPrice, 5);
        let xs: Vec<f64> = points.iter().map(|point| point.x).collect();
        // (400,000 - 10,000) / 4 = 97,500 apart.
        assert_eq!(xs, [10_000.0, 107_500.0, 205_000.0, 302_500.0, 400_000.0]);
    }
}
