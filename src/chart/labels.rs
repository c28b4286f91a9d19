//! The chart's words: tick labels, axis titles and its description for readers who cannot
//! see it.

use super::data::{ChartData, ChartPoint};
use crate::format::{usd, usd_about, usd_whole};
use crate::model::sensitivity::Basis;
use crate::model::SweepAxis;
use crate::number_text::fixed;

/// Who wins, in words, on `basis`: AI (or converting) when `ai`, else mining (or keeping
/// the miners). The one phrasing of the map's and the tornado's words.
pub fn winner(basis: Basis, ai: bool) -> &'static str {
    match (basis, ai) {
        (Basis::Today, true) => "AI earns more",
        (Basis::Today, false) => "mining earns more",
        (Basis::Years, true) => "converting wins",
        (Basis::Years, false) => "keeping the miners wins",
    }
}

/// What the y axis shows: the cards' "Margin per MW a year".
pub const Y_AXIS_TITLE: &str = "Margin, $ per MW a year";

/// A tick label: "$50", "$1.5k", "$100k", "$2.5M".
pub fn tick_label(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude < 1000.0 {
        return usd_whole(value);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let (scaled, suffix) = if magnitude < 1e6 {
        (magnitude / 1e3, "k")
    } else {
        (magnitude / 1e6, "M")
    };
    format!("{sign}${}{suffix}", fixed(scaled, 1).trim_end_matches(".0"))
}

/// Where the lines cross: "about $213,000" on the BTC axis, where the price is an
/// estimate that holds only at the scenario's hashrate and subsidy; "$67/MWh" on the power
/// axis.
fn crossing_value(axis: SweepAxis, x: f64) -> String {
    match axis {
        SweepAxis::BtcPrice => format!("about {}", usd_about(x)),
        SweepAxis::PowerPrice => tick_label_exact(axis, x),
    }
}

/// The label at the crossing: "Break-even about $213,000".
pub fn crossing_label(axis: SweepAxis, x: f64) -> String {
    format!("Break-even {}", crossing_value(axis, x))
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

/// Today's chart's title: "Margin per MW a year against the BTC price".
pub fn comparison_title(axis: SweepAxis) -> String {
    format!("Margin per MW a year against {}", axis_phrase(axis))
}

/// The legend's entry for the scenario's point: "This scenario: $60,500". Not "now": the
/// figures are the data's of its date, or the reader's own.
pub fn scenario_legend(axis: SweepAxis, value: f64) -> String {
    format!("This scenario: {}", tick_label_exact(axis, value))
}

/// A value of the axis as a label: "$65,000" for BTC, "$40/MWh" for power.
pub fn tick_label_exact(axis: SweepAxis, value: f64) -> String {
    match axis {
        SweepAxis::BtcPrice => usd_whole(value),
        SweepAxis::PowerPrice => format!("{}/MWh", usd_whole(value)),
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
            crossing_value(data.axis, point.x),
            usd(point.ai_usd_per_mw_year)
        ),
        None => "The lines do not cross in this range.".to_owned(),
    };
    format!(
        "Margin per MW a year against {}. {} {} {crossing} Now, at {}: mining {}, AI {}.",
        axis_phrase(data.axis),
        series("Mining", |point| point.mining_usd_per_mw_year),
        series("AI", |point| point.ai_usd_per_mw_year),
        label(data.current.x),
        usd(data.current.mining_usd_per_mw_year),
        usd(data.current.ai_usd_per_mw_year),
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
        assert_eq!(tick_label(1_500_000.0), "$1.5M");
        assert_eq!(tick_label(-2_000_000.0), "-$2M");
    }
}
