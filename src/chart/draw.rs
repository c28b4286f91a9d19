//! Draws the chart on any plotters `DrawingBackend`. It speaks to the backend directly: the
//! chart is a few lines, bands, dots and labels, and plotters' higher layers would cost the
//! page more than they save here.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendCoord, DrawingBackend, DrawingErrorKind};

use super::data::{ChartData, ChartPoint};
use super::labels::{axis_title, crossing_label, tick_label, Y_AXIS_TITLE};
use super::style::{ChartStyle, Rgb};

/// Text sizes in CSS pixels: tick labels and titles, and the break-even label.
pub(super) const TEXT_PX: f64 = 14.0;
pub(super) const CALLOUT_PX: f64 = 15.0;
/// Where the y axis' title starts, CSS pixels from the drawing's left edge: as far in as a
/// downloaded chart's words ([`super::frame`]), so that they line up.
pub(super) const EDGE_PX: f64 = 10.0;

/// Where values land in device pixels: the plot area inside the margins.
pub(super) struct Frame {
    x_range: (f64, f64),
    pub(super) y_range: (f64, f64),
    pub(super) left: i32,
    pub(super) top: i32,
    pub(super) right: i32,
    pub(super) bottom: i32,
}

impl Frame {
    /// The plot area of a `width` x `height` drawing, with room for the y title above, the
    /// tick labels left and below, and the last x label on the right.
    pub(super) fn inside(
        (width, height): (i32, i32),
        style: &ChartStyle,
        x_range: (f64, f64),
        y_range: (f64, f64),
    ) -> Self {
        Self {
            x_range,
            y_range,
            left: style.px(64.0),
            top: style.px(30.0),
            right: (width - style.px(28.0)).max(style.px(65.0)),
            bottom: (height - style.px(52.0)).max(style.px(31.0)),
        }
    }

    pub(super) fn at(&self, x: f64, y: f64) -> BackendCoord {
        let (x_min, x_max) = self.x_range;
        let (y_min, y_max) = self.y_range;
        let across = (x - x_min) / (x_max - x_min);
        let up = (y - y_min) / (y_max - y_min);
        let pixel = |from: i32, to: i32, share: f64| {
            (f64::from(from) + (f64::from(to) - f64::from(from)) * share).round() as i32
        };
        (
            pixel(self.left, self.right, across),
            pixel(self.bottom, self.top, up),
        )
    }

    /// About one x label per 70 CSS pixels, so that labels do not run into each other on a
    /// phone; three to five.
    pub(super) fn x_ticks_wanted(&self, style: &ChartStyle) -> u32 {
        let plot_css_px = f64::from(self.right - self.left) / style.scale;
        ((plot_css_px / 70.0) as u32).clamp(3, 5)
    }
}

/// The background, the grid at `x_ticks` and `y_ticks` (value and label) with their labels,
/// both axes and their titles, and the zero line where zero is inside the y range.
pub(super) fn draw_axes<DB: DrawingBackend>(
    backend: &mut DB,
    frame: &Frame,
    style: &ChartStyle,
    x_ticks: &[(f64, String)],
    y_ticks: &[(f64, String)],
    (x_title, y_title): (&str, &str),
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let (width, height) = backend.get_size();
    if style.fill_background {
        backend.draw_rect(
            (0, 0),
            (width as i32, height as i32),
            &style.background.alpha(1.0),
            true,
        )?;
    }
    let (x_min, x_max) = frame.x_range;
    let (y_min, y_max) = frame.y_range;
    let at = |x: f64, y: f64| frame.at(x, y);
    let grid = style.stroke(style.grid, 1.0, 1.0);
    let label_gap = style.px(6.0);
    for (x, label) in x_ticks {
        backend.draw_line(at(*x, y_min), at(*x, y_max), &grid)?;
        let label_at = (at(*x, y_min).0, frame.bottom + label_gap);
        let font = style.font(TEXT_PX, style.text, HPos::Center, VPos::Top);
        backend.draw_text(label, &font, label_at)?;
    }
    for (y, label) in y_ticks {
        backend.draw_line(at(x_min, *y), at(x_max, *y), &grid)?;
        let label_at = (frame.left - label_gap, at(x_min, *y).1);
        let font = style.font(TEXT_PX, style.text, HPos::Right, VPos::Center);
        backend.draw_text(label, &font, label_at)?;
    }
    backend.draw_text(
        y_title,
        &style.font(TEXT_PX, style.text, HPos::Left, VPos::Bottom),
        (style.px(EDGE_PX), frame.top - style.px(10.0)),
    )?;
    let axis = style.stroke(style.text, 1.0, 1.0);
    backend.draw_path(
        [at(x_min, y_max), at(x_min, y_min), at(x_max, y_min)],
        &axis,
    )?;
    // Under the plot's middle, moved or set smaller where it would run off the drawing
    // (the tornado's title on a phone).
    let room = (backend.get_size().0 as i32 - style.px(8.0)).max(1);
    let natural = style.text_width(x_title, TEXT_PX).max(1);
    let title_px = TEXT_PX * f64::from(room.min(natural)) / f64::from(natural);
    let half = style.text_width(x_title, title_px) / 2;
    let centre = ((frame.left + frame.right) / 2)
        .min(room + style.px(4.0) - half)
        .max(style.px(4.0) + half);
    backend.draw_text(
        x_title,
        &style.font(title_px, style.text, HPos::Center, VPos::Top),
        (centre, frame.bottom + style.px(28.0)),
    )?;
    if y_min < 0.0 && y_max > 0.0 {
        let zero = style.stroke(style.text, 0.6, 1.0);
        backend.draw_line(at(x_min, 0.0), at(x_max, 0.0), &zero)?;
    }
    Ok(())
}

/// Prepares `backend` and draws a plot's axes on it: the x axis over `x_range` with a label
/// at each round value `x_label` names (`None` leaves the value out), a y axis fitted to
/// `values` and zero, and both titles. Returns the frame to draw the data in.
pub(super) fn plot<DB: DrawingBackend>(
    backend: &mut DB,
    style: &ChartStyle,
    x_range: (f64, f64),
    values: &[f64],
    x_label: fn(f64) -> Option<String>,
    titles: (&str, &str),
) -> Result<Frame, DrawingErrorKind<DB::ErrorType>> {
    let (y_min, y_max, y_ticks) = fitted_axis(values.iter().copied());
    let y_ticks: Vec<(f64, String)> = y_ticks.into_iter().map(|y| (y, tick_label(y))).collect();
    plot_in(
        backend,
        style,
        (x_range, (y_min, y_max)),
        &y_ticks,
        x_label,
        titles,
    )
}

/// Prepares `backend` and draws a plot's axes on it over `ranges` (x, then y): the x axis
/// with a label at each round value `x_label` names, the y axis at `y_ticks` (value and
/// label), and both titles. Returns the frame to draw the data in.
pub(super) fn plot_in<DB: DrawingBackend>(
    backend: &mut DB,
    style: &ChartStyle,
    (x_range, y_range): ((f64, f64), (f64, f64)),
    y_ticks: &[(f64, String)],
    x_label: fn(f64) -> Option<String>,
    titles: (&str, &str),
) -> Result<Frame, DrawingErrorKind<DB::ErrorType>> {
    backend.ensure_prepared()?;
    let (width, height) = backend.get_size();
    let mut frame = Frame::inside((width as i32, height as i32), style, x_range, y_range);
    // No y title (the tornado's rows name themselves): no room kept for one above the plot,
    // which left a band between the legend and the first bar.
    if titles.1.is_empty() {
        frame.top = style.px(8.0);
    }
    let x_ticks: Vec<(f64, String)> = ticks(x_range.0, x_range.1, frame.x_ticks_wanted(style))
        .into_iter()
        .filter_map(|x| x_label(x).map(|label| (x, label)))
        .collect();
    draw_axes(backend, &frame, style, &x_ticks, y_ticks, titles)?;
    Ok(frame)
}

/// A data line's width, CSS pixels.
pub(super) const SERIES_PX: f64 = 3.0;

/// A data line in `color` through `points` (x and y in the data's units).
pub(super) fn series<DB: DrawingBackend>(
    backend: &mut DB,
    frame: &Frame,
    style: &ChartStyle,
    color: Rgb,
    points: &[(f64, f64)],
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let line = style.stroke(color, 1.0, SERIES_PX);
    backend.draw_path(points.iter().map(|(x, y)| frame.at(*x, *y)), &line)
}

/// Draws the comparison chart on `backend`, filling it.
pub fn draw<DB: DrawingBackend>(
    backend: &mut DB,
    data: &ChartData,
    style: &ChartStyle,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let (x_min, x_max) = data.axis.span(data.current.x);
    let values: Vec<f64> = data
        .points
        .iter()
        .flat_map(|point| [point.mining_usd_per_mw_year, point.ai_usd_per_mw_year])
        .collect();
    let frame = plot(
        backend,
        style,
        (x_min, x_max),
        &values,
        |x| Some(tick_label(x)),
        (axis_title(data.axis), Y_AXIS_TITLE),
    )?;
    let (y_min, y_max) = frame.y_range;
    let at = |x: f64, y: f64| frame.at(x, y);

    for (color, value) in [
        (
            style.mining,
            (|point: &ChartPoint| point.mining_usd_per_mw_year) as fn(&ChartPoint) -> f64,
        ),
        (style.ai, |point: &ChartPoint| point.ai_usd_per_mw_year),
    ] {
        let points: Vec<(f64, f64)> = data
            .points
            .iter()
            .map(|point| (point.x, value(point)))
            .collect();
        series(backend, &frame, style, color, &without_collinear(&points))?;
    }

    // Today's value of the axis: a vertical rule and a dot on each line; the legend names it.
    let current = data.current;
    let rule = style.stroke(style.text, 0.5, 1.0);
    backend.draw_line(at(current.x, y_min), at(current.x, y_max), &rule)?;
    for (color, y) in [
        (style.mining, current.mining_usd_per_mw_year),
        (style.ai, current.ai_usd_per_mw_year),
    ] {
        let dot = style.stroke(color, 1.0, 1.0);
        backend.draw_circle(at(current.x, y), style.px(5.0) as u32, &dot, true)?;
    }

    if let Some(crossing) = data.crossover {
        let center = at(crossing.x, crossing.ai_usd_per_mw_year);
        let ring = style.stroke(style.text, 1.0, 2.0);
        backend.draw_circle(center, style.px(6.0) as u32, &ring, false)?;
        // Beside the ring where neither line runs: a rising mining line leaves the space
        // above-left and below-right of the crossing free, a falling one above-right and
        // below-left (AI's line is flat in both axes). The first of the two that fits
        // inside the plot.
        let rising = match (data.points.first(), data.points.last()) {
            (Some(first), Some(last)) => {
                last.mining_usd_per_mw_year >= first.mining_usd_per_mw_year
            }
            _ => true,
        };
        let label = crossing_label(data.axis, crossing.x);
        let gap = style.px(8.0);
        let width_of = |text: &str| style.text_width(text, CALLOUT_PX);
        let above = (VPos::Bottom, center.1 - gap);
        let below = (VPos::Top, center.1 + gap);
        let left_of = (HPos::Right, center.0 - gap);
        let right_of = (HPos::Left, center.0 + gap);
        let fits = |(h_pos, x): (HPos, i32), width: i32| match h_pos {
            HPos::Right => x - width >= frame.left,
            _ => x + width <= frame.right,
        };
        let choices = if rising {
            [(left_of, above), (right_of, below)]
        } else {
            [(right_of, above), (left_of, below)]
        };
        // Where it fits on a free side; on a narrow plot, shortened ("Break-even $215k");
        // else shortened in the plot's top corner on the free side, which the mining line
        // reaches only at the other end.
        let short = format!("Break-even {}", tick_label(crossing.x));
        let placed = [label, short.clone()].into_iter().find_map(|label| {
            let width = width_of(&label);
            let choice = choices
                .into_iter()
                .find(|(horizontal, _)| fits(*horizontal, width))?;
            Some((label, choice))
        });
        let (label, ((h_pos, x), (v_pos, y))) = placed.unwrap_or_else(|| {
            let corner = if rising {
                (HPos::Left, frame.left + gap)
            } else {
                (HPos::Right, frame.right - gap)
            };
            (short, (corner, (VPos::Top, frame.top + gap)))
        });
        backend.draw_text(
            &label,
            &style.font(CALLOUT_PX, style.text, h_pos, v_pos),
            (x, y),
        )?;
    }
    backend.present()
}

/// Round values from `low` to `high` for grid lines, about `wanted` of them: steps of 1, 2
/// or 5 times a power of ten.
pub fn ticks(low: f64, high: f64, wanted: u32) -> Vec<f64> {
    let span = high - low;
    if !(span.is_finite() && span > 0.0) || wanted == 0 {
        return Vec::new();
    }
    let rough = span / f64::from(wanted);
    // The power of ten at or below `rough`, by steps rather than logarithms, which would
    // bring a math library into the page.
    let mut power = 1.0;
    while power > rough {
        power /= 10.0;
    }
    while power * 10.0 <= rough {
        power *= 10.0;
    }
    // The first round step at least `rough`, or a smaller one where that leaves fewer than
    // three ticks of the three or more wanted (a span of $240k in steps of $100k has two),
    // if the smaller one (or every other of its ticks) gives no more than one tick over
    // those wanted.
    let factors = [0.5, 1.0, 2.0, 5.0, 10.0];
    let steps = factors.map(|factor| factor * power);
    let chosen = steps
        .iter()
        .position(|step| *step >= rough)
        .unwrap_or(steps.len() - 1);
    let at_step = |step: f64| -> Vec<f64> {
        let first = (low / step).ceil() as i64;
        let last = (high / step).floor() as i64;
        (first..=last).map(|index| index as f64 * step).collect()
    };
    let (enough, most) = (wanted.min(3) as usize, wanted as usize + 1);
    let first_choice = at_step(steps[chosen]);
    if first_choice.len() >= enough {
        return first_choice;
    }
    // Each smaller step whole, else every other one of its ticks ($50k, $150k, $250k):
    // still round values, fewer of them, a step of 1 or 2 times a power of ten apart (not
    // of 2's, which would be 4).
    (0..chosen)
        .rev()
        .flat_map(|index| {
            let all = at_step(steps[index]);
            let every_other = |from: usize| -> Vec<f64> {
                if factors[index] == 2.0 {
                    Vec::new()
                } else {
                    all.iter().skip(from).step_by(2).copied().collect()
                }
            };
            [all.clone(), every_other(0), every_other(1)]
        })
        .find(|ticks: &Vec<f64>| (enough..=most).contains(&ticks.len()))
        .unwrap_or(first_choice)
}

/// The points of a polyline without those that lie on the straight line through their
/// neighbours: the backend rounds every vertex to a whole pixel, which would put visible
/// kinks into a straight line drawn through many points.
pub(super) fn without_collinear(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
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

/// Grid lines the y axis aims for.
const Y_TICKS_WANTED: u32 = 6;

/// A y axis fitted to `values` and zero, widened to the round values around them so that
/// the top and the bottom of the plot carry a label: its low end, high end, and those round
/// values.
pub(super) fn fitted_axis(values: impl Iterator<Item = f64>) -> (f64, f64, Vec<f64>) {
    let values = values.chain([0.0]);
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), value| {
        (low.min(value), high.max(value))
    });
    // A flat chart at zero still needs a span to draw on.
    let (low, high) = if high - low > 0.0 {
        (low, high)
    } else {
        (low - 1.0, high + 1.0)
    };
    let inner = ticks(low, high, Y_TICKS_WANTED);
    let step = match inner.as_slice() {
        [first, second, ..] => second - first,
        _ => high - low,
    };
    let (mut first, mut last) = ((low / step).floor() as i64, (high / step).ceil() as i64);
    // Room above the highest point and below a negative lowest one, so that no line or dot
    // sits on the frame's edge.
    if last as f64 * step - high < 0.1 * step {
        last += 1;
    }
    if low < 0.0 && low - first as f64 * step < 0.1 * step {
        first -= 1;
    }
    let all: Vec<f64> = (first..=last).map(|index| index as f64 * step).collect();
    (first as f64 * step, last as f64 * step, all)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map's span of BTC prices, $4,783 to $255,217: five ticks wanted give the $50k
    /// steps; three (a plot of 210-280 CSS px) would give two at $100k steps, so the $50k
    /// steps, if no more than four ticks; they are five, so a narrow plot keeps two.
    #[test]
    fn ticks_take_a_smaller_step_for_three_without_crowding() {
        assert_eq!(
            ticks(4_783.0, 255_217.0, 5),
            [50_000.0, 100_000.0, 150_000.0, 200_000.0, 250_000.0]
        );
        // Wanting three: $100k steps give two, $50k steps five; every other of those,
        // three, $100k apart.
        assert_eq!(
            ticks(4_783.0, 255_217.0, 3),
            [50_000.0, 150_000.0, 250_000.0]
        );
        // $0 to $240k wanting four: $100k steps give three, enough.
        assert_eq!(ticks(0.0, 240_000.0, 4), [0.0, 100_000.0, 200_000.0]);
        // $10k to $140k wanting three: $50k steps give two, $20k steps seven, and every
        // other of those would be $40k apart; $10k steps, every other, seven: the two stay.
        assert_eq!(ticks(10_000.0, 140_000.0, 3), [50_000.0, 100_000.0]);
    }

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
}
