//! The tornado: for each input the answer turns on, a bar from the gap at the low end of
//! its plausible range to the gap at the high end, widest swing on top, with the scenario's
//! own gap (which a bar spans unless the gap turns back within its range) and the zero
//! line where the answer flips across each.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::draw::{plot_in, Frame, TEXT_PX};
use super::labels::{tick_label, winner};
use super::style::ChartStyle;
use crate::format::{in_sentence, three_figures, usd, with_unit};
use crate::model::sensitivity::{ai_wins, Basis, Flip, Tornado, TornadoBar};

/// Bars drawn: the widest swings.
pub const TORNADO_BARS_SHOWN: usize = 8;

/// The x axis' title for a basis.
pub fn tornado_x_axis_title(basis: Basis) -> &'static str {
    match basis {
        Basis::Today => "AI minus mining, $ per MW a year",
        Basis::Years => "Convert minus keep mining, NPV $ per MW",
    }
}

/// A bar's plausible range in its input's unit: "$27/MWh to $90/MWh".
pub fn range_text(bar: &TornadoBar) -> String {
    let unit = bar.input.param().unit;
    format!(
        "{} to {}",
        with_unit(bar.low, unit),
        with_unit(bar.high, unit)
    )
}

/// Where a bar flips the answer and who wins beyond: "converting wins above
/// $152/kW-month".
pub fn flip_text(bar: &TornadoBar, flip: Flip, basis: Basis) -> String {
    format!(
        "{} {} {}",
        winner(basis, true),
        if flip.ai_wins_above { "above" } else { "below" },
        with_unit(three_figures(flip.at, 1e-6).0, bar.input.param().unit)
    )
}

/// A bar's words: "Power price $27/MWh to $90/MWh", and where the answer flips (see
/// [`flip_text`]).
pub fn bar_label(bar: &TornadoBar, basis: Basis) -> String {
    let param = bar.input.param();
    let range = format!("{} {}", param.label, range_text(bar));
    match bar.flip {
        Some(flip) => format!("{range}; {}", flip_text(bar, flip, basis)),
        None => range,
    }
}

/// The words over `bar` that pass `fits`: the input's name and where it flips, else its
/// short name ([`Param::short_label`](crate::model::Param::short_label)) and the flip,
/// else the short name and the flip's value (the bar's colours tell who wins each side),
/// else the name, else the short name (declared to fit a 320 px phone, so words are never
/// cut). Its range is written at its ends.
pub fn fitted_label(bar: &TornadoBar, basis: Basis, fits: impl Fn(&str) -> bool) -> String {
    let param = bar.input.param();
    let names = [param.label, param.short_label];
    if let Some(flip) = bar.flip {
        let words = flip_text(bar, flip, basis);
        let at = short_value(three_figures(flip.at, 1e-6).0, param.unit);
        let candidates = names
            .iter()
            .map(|name| format!("{name}; {words}"))
            .chain([format!("{}; flips at {at}", param.short_label)]);
        for candidate in candidates {
            if fits(&candidate) {
                return candidate;
            }
        }
    }
    names
        .into_iter()
        .find(|name| fits(name))
        .unwrap_or(param.short_label)
        .to_owned()
}

/// A value at a bar's end, its unit cut to its sign where room is short: "$90" for
/// "$90/kW-month", "$15M" for "$15M per IT MW", "20%" for "20% of rent"; other units whole.
fn short_value(value: f64, unit: &str) -> String {
    let whole = with_unit(value, unit);
    if !(unit.starts_with('$') || unit.starts_with('%')) {
        return whole;
    }
    let number_end = whole
        .char_indices()
        .skip(1)
        .find(|(_, c)| *c == '/' || *c == ' ')
        .map_or(whole.len(), |(index, _)| index);
    whole[..number_end].to_owned()
}

/// A bar's ends as drawn: the gap at each, left one first, with the input's value there.
fn ends(bar: &TornadoBar) -> [(f64, f64); 2] {
    let low = (bar.gap_at_low_usd, bar.low);
    let high = (bar.gap_at_high_usd, bar.high);
    if low.0 <= high.0 {
        [low, high]
    } else {
        [high, low]
    }
}

/// The x range that shows every bar, the scenario's gap and zero, with room left and right
/// of each bar for the input's values at its ends (`widths`, in pixels, and `gap_px` between
/// a bar and its words) in a plot `plot_px` wide.
fn x_range_with_room(
    bars: &[TornadoBar],
    gap_usd: f64,
    widths: &[(i32, i32)],
    gap_px: f64,
    plot_px: f64,
) -> (f64, f64) {
    let extent = |bar: &TornadoBar| {
        let [left, right] = ends(bar);
        (left.0.min(gap_usd), right.0.max(gap_usd))
    };
    let (low, high) = bars
        .iter()
        .map(extent)
        .chain([(0.0, 0.0), (gap_usd, gap_usd)])
        .fold(
            (f64::INFINITY, f64::NEG_INFINITY),
            |(low, high), (left, right)| (low.min(left), high.max(right)),
        );
    let margin = ((high - low) * 0.05).max(1.0);
    let mut range = (low - margin, high + margin);
    // Widened until each bar's words fit beside it, round by round, as each widening shrinks
    // the pixels per dollar (it converges while the words take less than the plot).
    for _ in 0..64 {
        let per_px = (range.1 - range.0) / plot_px.max(1.0);
        let (mut left_room, mut right_room) = (range.0, range.1);
        for (bar, (left_px, right_px)) in bars.iter().zip(widths) {
            // The words sit at the bar's own ends.
            let [(left, _), (right, _)] = ends(bar);
            left_room = left_room.min(left - (f64::from(*left_px) + gap_px) * per_px);
            right_room = right_room.max(right + (f64::from(*right_px) + gap_px) * per_px);
        }
        if left_room >= range.0 && right_room <= range.1 {
            break;
        }
        range = (left_room, right_room);
    }
    range
}

/// Draws the tornado on `backend`, filling it: the [`TORNADO_BARS_SHOWN`] widest bars, each
/// in the colour of who wins on each side of zero, the input's value at each end, its name
/// (and where it flips) above it, and the scenario's gap and zero across each.
pub fn draw_tornado<DB: DrawingBackend>(
    backend: &mut DB,
    tornado: &Tornado,
    style: &ChartStyle,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let bars = &tornado.bars[..tornado.bars.len().min(TORNADO_BARS_SHOWN)];
    let gap_px = f64::from(style.px(4.0));
    // Row 0 at the top: y runs from the bottom row's foot to the top.
    let rows = bars.len().max(1) as f64;
    let (width, height) = backend.get_size();
    let plot = Frame::inside(
        (width as i32, height as i32),
        style,
        (0.0, 1.0),
        (0.0, rows),
    );
    let plot_px = f64::from(plot.right - plot.left);
    // The values at the bars' ends with their units, unless that leaves the bars less than
    // two thirds of the plot (on a phone): then with their signs only, unless that leaves
    // them less than half: then none.
    let layout = |value_text: fn(f64, &str) -> String| {
        let texts: Vec<[String; 2]> = bars
            .iter()
            .map(|bar| ends(bar).map(|(_, value)| value_text(value, bar.input.param().unit)))
            .collect();
        // A quarter more than the backends' estimate (0.6 of the size a character), which is
        // short for digits and "%" in the page's sans-serif: seen on a 360 px phone, "15%"
        // ran over the axis.
        let room = |text: &str| style.text_width(text, TEXT_PX) * 5 / 4;
        let widths: Vec<(i32, i32)> = texts
            .iter()
            .map(|[left, right]| (room(left), room(right)))
            .collect();
        let range = x_range_with_room(bars, tornado.gap_usd, &widths, gap_px, plot_px);
        (texts, range)
    };
    let bare = x_range_with_room(
        bars,
        tornado.gap_usd,
        &vec![(0, 0); bars.len()],
        0.0,
        plot_px,
    );
    // The bars' share of the plot with the words beside them, at least.
    let leaves_bars =
        |range: (f64, f64), share: f64| (bare.1 - bare.0) >= (range.1 - range.0) * share;
    let (end_texts, x_range) = match layout(with_unit) {
        (texts, range) if leaves_bars(range, 2.0 / 3.0) => (texts, range),
        _ => match layout(short_value) {
            (texts, range) if leaves_bars(range, 1.0 / 2.0) => (texts, range),
            // Seen on a 360 px phone, today's bars, all within $1.2M, took a tenth of the
            // plot beside their words: the values are left to the table.
            _ => (vec![[String::new(), String::new()]; bars.len()], bare),
        },
    };
    let frame = plot_in(
        backend,
        style,
        (x_range, (0.0, rows)),
        &[],
        |x| Some(tick_label(x)),
        (tornado_x_axis_title(tornado.basis), ""),
    )?;
    let at = |x: f64, y: f64| frame.at(x, y);
    let own = style.stroke(style.text, 1.0, 2.0);
    let zero = style.stroke(style.text, 0.6, 1.0);
    let end_font = |h_pos| style.font(TEXT_PX, style.text, h_pos, VPos::Center);
    for ((index, bar), [left_text, right_text]) in bars.iter().enumerate().zip(&end_texts) {
        // The bar's band: the lower 45% of its row, its words above it.
        let top = rows - index as f64;
        let (bar_top, bar_bottom) = (top - 0.5, top - 0.95);
        // From the gap at one end of the input's range to the gap at the other, each side
        // of zero in the colour of the path that wins there. The scenario's gap lies
        // between them, unless the gap turns back within the range (a GPU cloud's build
        // time): then the bar stands apart from the line, each end's value at its end.
        let [(left, _), (right, _)] = ends(bar);
        for (from, to) in [(left, right.min(0.0)), (left.max(0.0), right)] {
            if from < to {
                let color = if ai_wins(to) { style.ai } else { style.mining };
                backend.draw_rect(
                    at(from, bar_top),
                    at(to, bar_bottom),
                    &color.alpha(0.85),
                    true,
                )?;
            }
        }
        // The scenario's own gap and zero across the bar, not through the words above it.
        let (line_top, line_bottom) = (top - 0.45, top - 1.0);
        backend.draw_line(
            at(tornado.gap_usd, line_bottom),
            at(tornado.gap_usd, line_top),
            &own,
        )?;
        // The input's value at each end.
        let [left_end, right_end] = ends(bar);
        let middle = (bar_top + bar_bottom) / 2.0;
        let (left_x, y) = at(left_end.0, middle);
        let (right_x, _) = at(right_end.0, middle);
        // Zero, unless it would strike through or touch those values (the $0 grid line
        // marks it).
        let zero_x = at(0.0, middle).0;
        let covered = [
            (
                left_x - 2 * gap_px as i32 - style.text_width(left_text, TEXT_PX),
                left_x,
            ),
            (
                right_x,
                right_x + 2 * gap_px as i32 + style.text_width(right_text, TEXT_PX),
            ),
        ]
        .iter()
        .any(|(from, to)| (*from..=*to).contains(&zero_x));
        if !covered {
            backend.draw_line(at(0.0, line_bottom), at(0.0, line_top), &zero)?;
        }
        if !left_text.is_empty() {
            backend.draw_text(
                left_text,
                &end_font(HPos::Right),
                (left_x - gap_px as i32, y),
            )?;
        }
        if !right_text.is_empty() {
            backend.draw_text(
                right_text,
                &end_font(HPos::Left),
                (right_x + gap_px as i32, y),
            )?;
        }
    }
    // Each bar's words above it, as much of them as fits the plot: its name and where it
    // flips, else its short name. The table and the description have them all.
    let room = frame.right - frame.left - style.px(8.0);
    let font = style.font(TEXT_PX, style.text, HPos::Left, VPos::Bottom);
    for (index, bar) in bars.iter().enumerate() {
        let label = fitted_label(bar, tornado.basis, |text| {
            style.text_width(text, TEXT_PX) <= room
        });
        let bottom = at(x_range.0, rows - index as f64 - 0.45).1;
        backend.draw_text(&label, &font, (frame.left + style.px(4.0), bottom))?;
    }
    backend.present()
}

/// What the tornado shows, in words: who wins now, and the three inputs that move the gap
/// most, with where each flips the answer if it does within its range.
pub fn describe_tornado(tornado: &Tornado) -> String {
    let now = winner(tornado.basis, ai_wins(tornado.gap_usd));
    let top: Vec<String> = tornado
        .bars
        .iter()
        .take(3)
        .map(|bar| {
            let flips = if bar.flip.is_some() {
                ", enough to flip the answer"
            } else {
                ""
            };
            format!(
                "{} (from {}: the gap moves {}{flips})",
                in_sentence(bar.input.param().label),
                range_text(bar),
                usd(bar.swing_usd()),
            )
        })
        .collect();
    match top.as_slice() {
        [] => format!("Now {now}, and no input within its plausible range moves the gap."),
        [only] => format!("Now {now}. What moves the gap: {only}."),
        [first, rest @ ..] => format!(
            "Now {now}. What moves the gap most: {first}, then {}.",
            rest.join(", then ")
        ),
    }
}
