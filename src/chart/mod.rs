//! The comparison chart: both margins against the BTC price or the power price.
//!
//! [`chart_data`] turns a scenario into the series to plot; [`draw`] draws them on any
//! plotters backend, so tests draw to SVG and the page draws to a canvas ([`canvas`]).

pub mod canvas;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::format::{usd, usd_whole};
use crate::model::presets::{ARTICLE_AI_USD_PER_MWH, ARTICLE_MINING_USD_PER_MWH};
use crate::model::{compute, sweep_full_range, Scenario, SweepAxis, HOURS_PER_YEAR};

/// Points per series. Both margins are straight lines in either axis, so a few points draw
/// them exactly and keep the data table short.
pub const CHART_POINTS: usize = 25;

/// Both margins at one value of the axis, in $ per MWh of grid capacity averaged over the
/// year: margin per MW-year / 8,760 h. For AI this is its margin per MWh; for mining it is
/// its margin per MWh times its uptime. On this scale the lines cross exactly at the
/// break-even price, which compares margins per MW-year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartPoint {
    /// Value of the axis: BTC price in $, or power price in $/MWh.
    pub x: f64,
    /// Mining margin, $ per MWh of capacity.
    pub mining_usd_per_mwh: f64,
    /// AI margin, $ per MWh of capacity.
    pub ai_usd_per_mwh: f64,
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
    let per_capacity_mwh = |margin_usd_per_mw_year: f64| margin_usd_per_mw_year / HOURS_PER_YEAR;
    let points: Vec<ChartPoint> = sweep_full_range(scenario, axis, CHART_POINTS)
        .iter()
        .map(|point| ChartPoint {
            x: point.x,
            mining_usd_per_mwh: per_capacity_mwh(point.mining_margin_usd_per_mw_year),
            ai_usd_per_mwh: per_capacity_mwh(point.ai_margin_usd_per_mw_year),
        })
        .collect();
    let outcome = compute(scenario);
    let current = ChartPoint {
        x: axis.input().get(&outcome.scenario),
        mining_usd_per_mwh: per_capacity_mwh(outcome.mining.margin_usd_per_mw_year),
        ai_usd_per_mwh: per_capacity_mwh(outcome.ai.margin_usd_per_mw_year),
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
    let gap = |point: &ChartPoint| point.mining_usd_per_mwh - point.ai_usd_per_mwh;
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
            mining_usd_per_mwh: lerp(left.mining_usd_per_mwh, right.mining_usd_per_mwh),
            ai_usd_per_mwh: lerp(left.ai_usd_per_mwh, right.ai_usd_per_mwh),
        })
    })
}

/// Colours and scale of the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartStyle {
    /// Page background behind the chart.
    pub background: RGBColor,
    /// Labels and axes.
    pub text: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// The mining series.
    pub mining: RGBColor,
    /// The AI series.
    pub ai: RGBColor,
    /// Device pixels per CSS pixel: fonts and strokes are multiplied by it.
    pub scale: f64,
}

impl ChartStyle {
    /// Colours for a light page, the same as the page's stylesheet.
    pub fn light(scale: f64) -> Self {
        Self {
            background: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x1b, 0x1f, 0x24),
            grid: RGBColor(0xd0, 0xd7, 0xde),
            mining: RGBColor(0x00, 0x62, 0xa3),
            ai: RGBColor(0xb3, 0x47, 0x00),
            scale,
        }
    }

    /// Colours for a dark page.
    pub fn dark(scale: f64) -> Self {
        Self {
            background: RGBColor(0x0d, 0x11, 0x17),
            text: RGBColor(0xe6, 0xed, 0xf3),
            grid: RGBColor(0x30, 0x36, 0x3d),
            mining: RGBColor(0x56, 0xb4, 0xe9),
            ai: RGBColor(0xe6, 0x9f, 0x00),
            scale,
        }
    }

    fn px(&self, css_px: f64) -> u32 {
        (css_px * self.scale).round() as u32
    }

    fn offset(&self, css_px: f64) -> i32 {
        (css_px * self.scale).round() as i32
    }

    fn font(&self, css_px: f64) -> TextStyle<'static> {
        ("sans-serif", css_px * self.scale)
            .into_font()
            .color(&self.text)
    }
}

/// A tick label: "$50", "$100k", "$1.5k".
pub fn tick_label(value: f64) -> String {
    if value.abs() < 1000.0 {
        return usd_whole(value);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let thousands = format!("{:.1}", value.abs() / 1000.0);
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

/// Draws the chart on `root`, which it fills.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ChartData,
    style: &ChartStyle,
) -> Result<(), String> {
    draw_inner(root, data, style).map_err(|error| error.to_string())
}

fn draw_inner<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ChartData,
    style: &ChartStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&style.background)?;
    let param = data.axis.param();
    let (x_min, x_max) = (param.min, param.max);
    let (y_min, y_max) = y_range(data);
    // Room for the tick labels left and below, and for the last x label on the right.
    let plot = root.margin(
        style.px(12.0),
        style.px(48.0),
        style.px(60.0),
        style.px(24.0),
    );
    let (x_pixels, y_pixels) = plot.get_pixel_range();
    let area = plot.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
        x_min..x_max,
        y_min..y_max,
        // Pixel rows grow downwards, values upwards.
        (x_pixels.clone(), y_pixels.end..y_pixels.start),
    ));
    let to_pixel = |x: f64, y: f64| area.map_coordinate(&(x, y));

    // Grid and tick labels at round values, then the axes.
    let grid = style.grid.stroke_width(style.px(1.0));
    let label_gap = style.offset(6.0);
    for x in ticks(x_min, x_max, 5) {
        area.draw(&PathElement::new([(x, y_min), (x, y_max)], grid))?;
        let (pixel_x, _) = to_pixel(x, y_min);
        root.draw(&Text::new(
            tick_label(x),
            (pixel_x, y_pixels.end + label_gap),
            style.font(12.0).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    for y in ticks(y_min, y_max, 6) {
        area.draw(&PathElement::new([(x_min, y), (x_max, y)], grid))?;
        let (_, pixel_y) = to_pixel(x_min, y);
        root.draw(&Text::new(
            tick_label(y),
            (x_pixels.start - label_gap, pixel_y),
            style.font(12.0).pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    let axis = style.text.stroke_width(style.px(1.0));
    area.draw(&PathElement::new(
        [(x_min, y_max), (x_min, y_min), (x_max, y_min)],
        axis,
    ))?;
    root.draw(&Text::new(
        axis_title(data.axis),
        (
            (x_pixels.start + x_pixels.end) / 2,
            y_pixels.end + style.offset(26.0),
        ),
        style.font(12.0).pos(Pos::new(HPos::Center, VPos::Top)),
    ))?;

    // The article's claimed ranges, as bands across the whole chart.
    for ((low, high), color, label) in [
        (ARTICLE_MINING_USD_PER_MWH, style.mining, "mining"),
        (ARTICLE_AI_USD_PER_MWH, style.ai, "AI"),
    ] {
        area.draw(&Rectangle::new(
            [(x_min, low), (x_max, high)],
            color.mix(0.12).filled(),
        ))?;
        area.draw(
            &(EmptyElement::at((x_min, high))
                + Text::new(
                    format!("Article: {label} {}-{}", usd_whole(low), usd_whole(high)),
                    (style.offset(6.0), style.offset(4.0)),
                    style
                        .font(11.0)
                        .color(&color)
                        .pos(Pos::new(HPos::Left, VPos::Top)),
                )),
        )?;
    }

    if y_min < 0.0 && y_max > 0.0 {
        area.draw(&PathElement::new(
            [(x_min, 0.0), (x_max, 0.0)],
            style.text.mix(0.6).stroke_width(style.px(1.0)),
        ))?;
    }

    for (color, value) in [
        (
            style.mining,
            (|point: &ChartPoint| point.mining_usd_per_mwh) as fn(&ChartPoint) -> f64,
        ),
        (style.ai, |point: &ChartPoint| point.ai_usd_per_mwh),
    ] {
        let series: Vec<(f64, f64)> = data
            .points
            .iter()
            .map(|point| (point.x, value(point)))
            .collect();
        area.draw(&PathElement::new(
            without_collinear(&series),
            color.stroke_width(style.px(3.0)),
        ))?;
    }

    // Today's value of the axis: a vertical rule and a dot on each line; the legend names it.
    let current = data.current;
    area.draw(&PathElement::new(
        [(current.x, y_min), (current.x, y_max)],
        style.text.mix(0.5).stroke_width(style.px(1.0)),
    ))?;
    for (color, y) in [
        (style.mining, current.mining_usd_per_mwh),
        (style.ai, current.ai_usd_per_mwh),
    ] {
        area.draw(&Circle::new((current.x, y), style.px(5.0), color.filled()))?;
    }

    if let Some(crossing) = data.crossover {
        let right_half = crossing.x > (x_min + x_max) / 2.0;
        let (anchor, offset) = if right_half {
            (HPos::Right, -8.0)
        } else {
            (HPos::Left, 8.0)
        };
        area.draw(
            &(EmptyElement::at((crossing.x, crossing.ai_usd_per_mwh))
                + Circle::new(
                    (0, 0),
                    style.px(6.0),
                    style.text.stroke_width(style.px(2.0)),
                )
                + Text::new(
                    format!("Break-even {}", tick_label_exact(data.axis, crossing.x)),
                    (style.offset(offset), style.offset(-8.0)),
                    style.font(13.0).pos(Pos::new(anchor, VPos::Bottom)),
                )),
        )?;
    }
    root.present()
}

/// Round values from `low` to `high` for grid lines, about `wanted` of them: steps of 1, 2
/// or 5 times a power of ten.
pub fn ticks(low: f64, high: f64, wanted: u32) -> Vec<f64> {
    let span = high - low;
    if !(span.is_finite() && span > 0.0) || wanted == 0 {
        return Vec::new();
    }
    let rough = span / f64::from(wanted);
    let power = 10_f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * power)
        .find(|step| *step >= rough)
        .unwrap_or(10.0 * power);
    let first = (low / step).ceil() as i64;
    let last = (high / step).floor() as i64;
    (first..=last).map(|index| index as f64 * step).collect()
}

/// The points of a polyline without those that lie on the straight line through their
/// neighbours: the backend rounds every vertex to a whole pixel, which would put visible
/// kinks into a straight line drawn through many points.
fn without_collinear(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut kept: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for (index, &point) in points.iter().enumerate() {
        let (Some(&previous), Some(&next)) = (kept.last(), points.get(index + 1)) else {
            kept.push(point);
            continue;
        };
        let cross = (point.0 - previous.0) * (next.1 - point.1)
            - (point.1 - previous.1) * (next.0 - point.0);
        let scale = (next.0 - previous.0).abs() * ((next.1 - previous.1).abs() + 1.0);
        if cross.abs() > 1e-9 * scale {
            kept.push(point);
        }
    }
    kept
}

/// A value of the axis as a label: "$65,000" for BTC, "$40.00" for power.
pub fn tick_label_exact(axis: SweepAxis, value: f64) -> String {
    match axis {
        SweepAxis::BtcPrice => usd_whole(value),
        SweepAxis::PowerPrice => usd(value),
    }
}

/// The y range: both series, both bands and zero, with a little room above and below.
fn y_range(data: &ChartData) -> (f64, f64) {
    let values = data
        .points
        .iter()
        .flat_map(|point| [point.mining_usd_per_mwh, point.ai_usd_per_mwh])
        .chain([0.0, ARTICLE_AI_USD_PER_MWH.1]);
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), value| {
        (low.min(value), high.max(value))
    });
    let room = (high - low) * 0.06;
    (low - room, high + room)
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
    fn straight_runs_keep_only_their_ends() {
        let line: Vec<(f64, f64)> = (0..25)
            .map(|i| (f64::from(i), 3.0 * f64::from(i) - 7.0))
            .collect();
        assert_eq!(without_collinear(&line), vec![(0.0, -7.0), (24.0, 65.0)]);
        let bent = [(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (3.0, 2.0), (4.0, 2.0)];
        assert_eq!(
            without_collinear(&bent),
            vec![(0.0, 0.0), (2.0, 2.0), (4.0, 2.0)]
        );
        assert_eq!(without_collinear(&[(1.0, 1.0)]), vec![(1.0, 1.0)]);
        assert!(without_collinear(&[]).is_empty());
    }

    #[test]
    fn ticks_fall_on_round_values() {
        assert_eq!(
            ticks(10_000.0, 250_000.0, 5),
            vec![50_000.0, 100_000.0, 150_000.0, 200_000.0, 250_000.0]
        );
        assert_eq!(ticks(0.0, 200.0, 5), vec![0.0, 50.0, 100.0, 150.0, 200.0]);
        assert_eq!(
            ticks(-33.0, 532.0, 6),
            vec![0.0, 100.0, 200.0, 300.0, 400.0, 500.0]
        );
        assert!(ticks(5.0, 5.0, 5).is_empty());
        assert!(ticks(f64::NAN, 5.0, 5).is_empty());
    }

    #[test]
    fn tick_labels_are_short() {
        assert_eq!(tick_label(50.0), "$50");
        assert_eq!(tick_label(-50.0), "-$50");
        assert_eq!(tick_label(1_500.0), "$1.5k");
        assert_eq!(tick_label(50_000.0), "$50k");
        assert_eq!(tick_label(-250_000.0), "-$250k");
    }
}
