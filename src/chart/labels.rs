//! The chart's words: tick labels, axis titles and its description for readers who cannot
//! see it.

use super::data::{ChartData, ChartPoint};
use crate::format::{usd, usd_whole};
use crate::model::SweepAxis;
use crate::number_text::fixed;

/// A tick label: "$50", "$100k", "$1.5k".
pub fn tick_label(value: f64) -> String {
    if value.abs() < 1000.0 {
        return usd_whole(value);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let thousands = fixed(value.abs() / 1000.0, 1);
    format!("{sign}${}k", thousands.trim_end_matches(".0"))
}

/// What the x axis shows, for people.
pub fn axis_title(axis: SweepAxis) -> &'static str {
    match axis {
        SweepAxis::BtcPrice => "BTC price",
        SweepAxis::PowerPrice => "Power price ($/MWh)",
    }
}

/// The x axis within a sentence: "the BTC price".
pub fn axis_phrase(axis: SweepAxis) -> &'static str {
    match axis {
        SweepAxis::BtcPrice => "the BTC price",
        SweepAxis::PowerPrice => "the power price",
    }
}

/// A value of the axis as a label: "$65,000" for BTC, "$40.00" for power.
pub fn tick_label_exact(axis: SweepAxis, value: f64) -> String {
    match axis {
        SweepAxis::BtcPrice => usd_whole(value),
        SweepAxis::PowerPrice => usd(value),
    }
}

/// What the chart shows, in words, for readers who cannot see it.
pub fn describe(data: &ChartData) -> String {
    let label = |x: f64| tick_label_exact(data.axis, x);
    let (Some(first), Some(last)) = (data.points.first(), data.points.last()) else {
        return String::new();
    };
    let series = |name: &str, value: fn(&ChartPoint) -> f64| {
        format!(
            "{name} goes from {} at {} to {} at {}.",
            usd(value(first)),
            label(first.x),
            usd(value(last)),
            label(last.x)
        )
    };
    let crossing = match data.crossover {
        Some(point) => format!(
            "The lines cross at {}, where both earn {}.",
            label(point.x),
            usd(point.ai_usd_per_mwh)
        ),
        None => "The lines do not cross in this range.".to_owned(),
    };
    format!(
        "Margin per MWh of capacity against {}. {} {} {crossing} Now, at {}: mining {}, AI {}.",
        axis_phrase(data.axis),
        series("Mining", |point| point.mining_usd_per_mwh),
        series("AI", |point| point.ai_usd_per_mwh),
        label(data.current.x),
        usd(data.current.mining_usd_per_mwh),
        usd(data.current.ai_usd_per_mwh),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_labels_are_short() {
        assert_eq!(tick_label(50.0), "$50");
        assert_eq!(tick_label(-50.0), "-$50");
        assert_eq!(tick_label(1_500.0), "$1.5k");
        assert_eq!(tick_label(50_000.0), "$50k");
        assert_eq!(tick_label(-250_000.0), "-$250k");
    }
}
