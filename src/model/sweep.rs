//! Margin series of both uses over a range of one input, ready for a chart.

use super::compare::compute;
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
            axis.input().set(&mut at, x);
            let outcome = compute(&at);
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

/// A sweep over the axis' whole range.
pub fn sweep_full_range(scenario: &Scenario, axis: SweepAxis, points: usize) -> Vec<SweepPoint> {
    let param = axis.param();
    sweep(scenario, axis, param.min, param.max, points)
}
