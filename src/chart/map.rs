//! The decision map: which path wins, and by how much, over the BTC price and a second
//! input, with the break-even line between the two and the scenario's own point.
//!
//! Each cell takes the colour of the path that wins there (AI's or mining's, the two
//! colours of the other charts, a blue-orange pair that colour-blind readers tell apart),
//! stronger where the gap is wider: a diverging scale through the page's background.

use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::draw::{plot_in, series, ticks};
use super::labels::{tick_label, winner};
use super::style::{ChartStyle, Rgb};
use crate::format::{in_sentence, three_figures, usd_about, usd_whole, with_unit};
use crate::model::sensitivity::{ai_wins, DecisionMap};
use crate::model::Input;
use crate::number_text::grouped;

/// The x axis' title.
pub const MAP_X_AXIS_TITLE: &str = "BTC price";

/// Opacity of a cell's colour: this much for a gap near zero, up to this plus
/// [`CELL_ALPHA_RANGE`] for the widest gap on the map.
const CELL_ALPHA_MIN: f64 = 0.35;
/// See [`CELL_ALPHA_MIN`]. Cells beside the break-even keep a third of the colour, so that
/// which side wins there is plain.
const CELL_ALPHA_RANGE: f64 = 0.5;

/// `from` moved toward `to` by `share` (0 to 1), channel by channel.
fn mix(from: Rgb, to: Rgb, share: f64) -> Rgb {
    let channel = |from: u8, to: u8| {
        (f64::from(from) + (f64::from(to) - f64::from(from)) * share).round() as u8
    };
    Rgb(
        channel(from.0, to.0),
        channel(from.1, to.1),
        channel(from.2, to.2),
    )
}

/// The y axis' title: the second input with its unit.
pub fn map_y_axis_title(input: Input) -> String {
    format!("{} ({})", input.param().label, input.param().unit)
}

/// A value of the map's second input at a tick or a row of its table, to three figures:
/// the title carries the unit, and a dollar figure also reads as one ("$40", "$10M", as the
/// x axis' prices do; "72.7" of a rate).
pub fn map_y_text(input: Input, value: f64) -> String {
    let unit = input.param().unit;
    let (before, after) = if unit.starts_with("$M") {
        ("$", "M")
    } else if unit.starts_with('$') {
        ("$", "")
    } else {
        ("", "")
    };
    let shown = three_figures(value, 1e-6).0;
    // "$0", not "$0M": nothing is nothing in any unit.
    let after = if shown == 0.0 { "" } else { after };
    format!("{before}{}{after}", grouped(shown))
}

/// Draws the map on `backend`, filling it.
pub fn draw_map<DB: DrawingBackend>(
    backend: &mut DB,
    map: &DecisionMap,
    style: &ChartStyle,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let (columns, rows) = (map.btc_prices_usd.len(), map.y_values.len());
    let (Some(&x_low), Some(&x_high), Some(&y_low), Some(&y_high)) = (
        map.btc_prices_usd.first(),
        map.btc_prices_usd.last(),
        map.y_values.first(),
        map.y_values.last(),
    ) else {
        return backend.present();
    };
    // Each cell spans half a step either side of its point, so the grid fills the plot.
    let half_step = |low: f64, high: f64, count: usize| (high - low) / (count - 1) as f64 / 2.0;
    let (x_half, y_half) = (
        half_step(x_low, x_high, columns),
        half_step(y_low, y_high, rows),
    );
    let x_range = (x_low - x_half, x_high + x_half);
    let y_range = (y_low - y_half, y_high + y_half);
    let y_ticks: Vec<(f64, String)> = ticks(y_range.0, y_range.1, 5)
        .into_iter()
        .map(|y| (y, map_y_text(map.y_input, y)))
        .collect();
    let frame = plot_in(
        backend,
        style,
        (x_range, y_range),
        &y_ticks,
        |x| Some(tick_label(x)),
        (MAP_X_AXIS_TITLE, &map_y_axis_title(map.y_input)),
    )?;
    let widest = map
        .gaps_usd
        .iter()
        .fold(0.0_f64, |widest, gap| widest.max(gap.abs()));
    for (row, y) in map.y_values.iter().enumerate() {
        for (column, x) in map.btc_prices_usd.iter().enumerate() {
            let gap = map.gaps_usd[row * columns + column];
            let color = if ai_wins(gap) { style.ai } else { style.mining };
            let share = if widest > 0.0 {
                gap.abs() / widest
            } else {
                0.0
            };
            // Opaque, mixed with the background, and a pixel over each neighbour, so that
            // rounding leaves no seam between cells and overlaps do not darken.
            let (right, bottom) = frame.at(x + x_half, y - y_half);
            let shade = mix(
                style.background,
                color,
                CELL_ALPHA_MIN + CELL_ALPHA_RANGE * share,
            );
            backend.draw_rect(
                frame.at(x - x_half, y + y_half),
                (right + 1, bottom + 1),
                &shade.alpha(1.0),
                true,
            )?;
        }
    }
    // The break-even line, wherever the colours switch.
    for segment in zero_contour(map, (x_half, y_half)) {
        series(backend, &frame, style, style.text, &segment)?;
    }
    // The axes again, which the opaque cells covered.
    let axis = style.stroke(style.text, 1.0, 1.0);
    backend.draw_path(
        [
            frame.at(x_range.0, y_range.1),
            frame.at(x_range.0, y_range.0),
            frame.at(x_range.1, y_range.0),
        ],
        &axis,
    )?;
    let (x, y) = map.current;
    let ring = style.stroke(style.text, 1.0, 2.0);
    backend.draw_circle(frame.at(x, y), style.px(6.0) as u32, &ring, false)?;
    backend.present()
}

/// The break-even line through the map, as segments in the data's units: where the gap
/// changes sign between neighbouring cells' centres, placed by linear interpolation
/// (marching squares), so that it runs wherever the colours switch, across rows and along
/// them, and on to the plot's edges, half a cell (`x_half` by `y_half`) past the outer
/// centres.
fn zero_contour(map: &DecisionMap, (x_half, y_half): (f64, f64)) -> Vec<[(f64, f64); 2]> {
    let (xs, ys) = (&map.btc_prices_usd, &map.y_values);
    let columns = xs.len();
    let gap = |(column, row): (usize, usize)| map.gaps_usd[row * columns + column];
    let mut segments = Vec::new();
    for row in 0..ys.len().saturating_sub(1) {
        for column in 0..columns.saturating_sub(1) {
            // Counterclockwise from the bottom left; edge `i` runs from corner `i` to the next.
            let corners = [
                (column, row),
                (column + 1, row),
                (column + 1, row + 1),
                (column, row + 1),
            ];
            let crossing = |edge: usize| {
                let (from, to) = (corners[edge], corners[(edge + 1) % 4]);
                let (gap_from, gap_to) = (gap(from), gap(to));
                // One side wins at each end: the gaps differ, one of them above zero.
                (ai_wins(gap_from) != ai_wins(gap_to)).then(|| {
                    let share = gap_from / (gap_from - gap_to);
                    (
                        xs[from.0] + (xs[to.0] - xs[from.0]) * share,
                        ys[from.1] + (ys[to.1] - ys[from.1]) * share,
                    )
                })
            };
            let crossings: Vec<(usize, (f64, f64))> = (0..4)
                .filter_map(|edge| crossing(edge).map(|point| (edge, point)))
                .collect();
            match crossings.as_slice() {
                [(_, first), (_, second)] => segments.push([*first, *second]),
                // A saddle: the centre's side decides which corners the line cuts off.
                [(_, e0), (_, e1), (_, e2), (_, e3)] => {
                    let centre: f64 = corners.iter().map(|corner| gap(*corner)).sum::<f64>() / 4.0;
                    if ai_wins(centre) == ai_wins(gap(corners[0])) {
                        segments.extend([[*e0, *e1], [*e2, *e3]]);
                    } else {
                        segments.extend([[*e3, *e0], [*e1, *e2]]);
                    }
                }
                _ => {}
            }
        }
    }
    // On to the plot's edges, half a cell (`x_half`, `y_half`) beyond the outer centres: on
    // from where the line crosses the outer columns and rows, in the direction the line
    // has in the cell it leaves (straight out where it has none), to the plot's border.
    // Seen on the default map, a line that sloped through every cell dropped straight
    // down for the last half cell.
    let rows = ys.len();
    if columns == 0 || rows == 0 {
        return segments;
    }
    let (x_range, y_range) = (
        (xs[0] - x_half, xs[columns - 1] + x_half),
        (ys[0] - y_half, ys[rows - 1] + y_half),
    );
    let inner = segments.clone();
    let onward = |point: (f64, f64), straight: (f64, f64)| {
        // The same crossing, computed from its cell's corners in either order.
        let same = |a: (f64, f64)| {
            (a.0 - point.0).abs() <= x_half * 1e-9 && (a.1 - point.1).abs() <= y_half * 1e-9
        };
        let away = inner.iter().find_map(|[a, b]| {
            if same(*a) {
                Some(*b)
            } else if same(*b) {
                Some(*a)
            } else {
                None
            }
        });
        let direction = away
            .map(|from| (point.0 - from.0, point.1 - from.1))
            .filter(|d| d.0 * straight.0 + d.1 * straight.1 > 0.0)
            .unwrap_or(straight);
        // The first border the ray from `point` along `direction` meets.
        let to_border = |at: f64, step: f64, (low, high): (f64, f64)| {
            if step > 0.0 {
                (high - at) / step
            } else if step < 0.0 {
                (low - at) / step
            } else {
                f64::INFINITY
            }
        };
        let t =
            to_border(point.0, direction.0, x_range).min(to_border(point.1, direction.1, y_range));
        [
            point,
            (point.0 + direction.0 * t, point.1 + direction.1 * t),
        ]
    };
    for (column, outward) in [(0, -x_half), (columns - 1, x_half)] {
        for row in 0..rows - 1 {
            let (low, high) = (gap((column, row)), gap((column, row + 1)));
            if ai_wins(low) != ai_wins(high) {
                let y = ys[row] + (ys[row + 1] - ys[row]) * low / (low - high);
                segments.push(onward((xs[column], y), (outward, 0.0)));
            }
        }
    }
    for (row, outward) in [(0, -y_half), (rows - 1, y_half)] {
        for column in 0..columns - 1 {
            let (left, right) = (gap((column, row)), gap((column + 1, row)));
            if ai_wins(left) != ai_wins(right) {
                let x = xs[column] + (xs[column + 1] - xs[column]) * left / (left - right);
                segments.push(onward((x, ys[row]), (0.0, outward)));
            }
        }
    }
    segments
}

/// What the map shows, in words, for readers who cannot see it: where the answer flips
/// along each axis through the scenario's own point.
pub fn describe_map(map: &DecisionMap) -> String {
    let input = map.y_input;
    let label = in_sentence(input.param().label);
    let unit = input.param().unit;
    let (btc, y) = map.current;
    let (ai, mining) = (winner(map.basis, true), winner(map.basis, false));
    let btc_max = Input::BtcPrice.param().max;
    let along_btc = match map.btc_flip_usd {
        Some(price) if price > btc_max => format!(
            "At today's {label} ({}), {mining} only above a BTC price of about {}, beyond the {} the calculator models.",
            with_unit(y, unit),
            usd_about(price),
            usd_whole(btc_max)
        ),
        Some(price) => format!(
            "At today's {label} ({}), {mining} above a BTC price of about {}.",
            with_unit(y, unit),
            usd_about(price)
        ),
        None => format!(
            "At today's {label} ({}), the answer does not flip at any BTC price.",
            with_unit(y, unit)
        ),
    };
    let along_y = match map.y_flip {
        Some(flip) => format!(
            "At today's BTC price ({}), {ai} {} a {label} of {}.",
            usd_whole(btc),
            if flip.ai_wins_above { "above" } else { "below" },
            with_unit(three_figures(flip.at, 1e-6).0, unit)
        ),
        None => format!(
            "At today's BTC price ({}), the answer does not flip within the map's {label}.",
            usd_whole(btc)
        ),
    };
    format!("Which path wins over the BTC price and the {label}. {along_btc} {along_y}")
}
