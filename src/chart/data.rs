//! What the chart plots: both margins against the BTC price or the power price.

use crate::model::{compute, sweep_full_range, Scenario, SweepAxis};

/// Points per series. Both margins are straight lines in either axis, so a few points draw
/// them exactly and keep the data table short.
pub const CHART_POINTS: usize = 25;

/// Both margins at one value of the axis, in $ per MW of grid capacity per year: the cards'
/// "Margin per MW a year", and the basis the break-even price compares, so the lines cross
/// exactly there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartPoint {
    /// Value of the axis: BTC price in $, or power price in $/MWh.
    pub x: f64,
    /// Mining margin, $ per MW-year.
    pub mining_usd_per_mw_year: f64,
    /// AI margin, $ per MW-year.
    pub ai_usd_per_mw_year: f64,
}

/// Everything the chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// What the x axis is.
    pub axis: SweepAxis,
    /// The series, over the axis' whole range.
    pub points: Vec<ChartPoint>,
    /// The scenario's own point.
    pub current: ChartPoint,
    /// Where the lines cross, if they do inside the range.
    pub crossover: Option<ChartPoint>,
}

/// The chart's data for a scenario.
pub fn chart_data(scenario: &Scenario, axis: SweepAxis) -> ChartData {
    let points: Vec<ChartPoint> = sweep_full_range(scenario, axis, CHART_POINTS)
        .iter()
        .map(|point| ChartPoint {
            x: point.x,
            mining_usd_per_mw_year: point.mining_margin_usd_per_mw_year,
            ai_usd_per_mw_year: point.ai_margin_usd_per_mw_year,
        })
        .collect();
    let outcome = compute(scenario);
    let current = ChartPoint {
        x: axis.input().get(&outcome.scenario),
        mining_usd_per_mw_year: outcome.mining.margin_usd_per_mw_year,
        ai_usd_per_mw_year: outcome.ai.margin_usd_per_mw_year,
    };
    let crossover = crossover(&points);
    ChartData {
        axis,
        points,
        current,
        crossover,
    }
}

/// The first point where mining's margin meets AI's, interpolated between the two samples
/// around it (exact for straight lines). None if the lines do not meet, or lie on each other.
pub fn crossover(points: &[ChartPoint]) -> Option<ChartPoint> {
    let gap = |point: &ChartPoint| point.mining_usd_per_mw_year - point.ai_usd_per_mw_year;
    points.windows(2).find_map(|pair| {
        let (left, right) = (&pair[0], &pair[1]);
        let (gap_left, gap_right) = (gap(left), gap(right));
        let meets = (gap_left <= 0.0 && gap_right >= 0.0) || (gap_left >= 0.0 && gap_right <= 0.0);
        if !meets || gap_left == gap_right {
            return None;
        }
        let share = gap_left / (gap_left - gap_right);
        let lerp = |from: f64, to: f64| from + (to - from) * share;
        Some(ChartPoint {
            x: lerp(left.x, right.x),
            mining_usd_per_mw_year: lerp(left.mining_usd_per_mw_year, right.mining_usd_per_mw_year),
            ai_usd_per_mw_year: lerp(left.ai_usd_per_mw_year, right.ai_usd_per_mw_year),
        })
    })
}
