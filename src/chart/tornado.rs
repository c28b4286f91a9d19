//! The tornado: for each input the answer turns on, a bar from the gap at the low end of
//! its plausible range to the gap at the high end, widest swing on top, across the
//! scenario's own gap and the zero line where the answer flips.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::draw::{plot_in, TEXT_PX};
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

/// The words of `bar` that pass `fits`: its whole label ([`bar_label`]), else the input's
/// name and its flip, else the name, else as much of the name as fits, with an ellipsis.
pub fn fitted_label(bar: &TornadoBar, basis: Basis, fits: impl Fn(&str) -> bool) -> String {
    let whole = bar_label(bar, basis);
    if fits(&whole) {
        return whole;
    }
    let name = bar.input.param().label;
    if let Some(flip) = bar.flip {
        let with_flip = format!("{name}; {}", flip_text(bar, flip, basis));
        if fits(&with_flip) {
            return with_flip;
        }
    }
    if fits(name) {
        return name.to_owned();
    }
    let mut kept: String = name.to_owned();
    while kept.pop().is_some() {
        let cut = format!("{}\u{2026}", kept.trim_end());
        if fits(&cut) {
            return cut;
        }
    }
    "\u{2026}".to_owned()
}

/// Draws the tornado on `backend`, filling it: the [`TORNADO_BARS_SHOWN`] widest bars, each
/// with its words above it.
pub fn draw_tornado<DB: DrawingBackend>(
    backend: &mut DB,
    tornado: &Tornado,
    style: &ChartStyle,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let bars = &tornado.bars[..tornado.bars.len().min(TORNADO_BARS_SHOWN)];
    let (low, high) = bars
        .iter()
        .flat_map(|bar| [bar.gap_at_low_usd, bar.gap_at_high_usd])
        .chain([0.0, tornado.gap_usd])
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), gap| {
            (low.min(gap), high.max(gap))
        });
    let margin = ((high - low) * 0.05).max(1.0);
    let x_range = (low - margin, high + margin);
    // Row 0 at the top: y runs from the bottom row's foot to the top.
    let rows = bars.len().max(1) as f64;
    let frame = plot_in(
        backend,
        style,
        (x_range, (0.0, rows)),
        &[],
        |x| Some(tick_label(x)),
        (tornado_x_axis_title(tornado.basis), ""),
    )?;
    let at = |x: f64, y: f64| frame.at(x, y);
    for (index, bar) in bars.iter().enumerate() {
        // The bar's band: the lower 45% of its row, its words above it.
        let top = rows - index as f64;
        let (bar_top, bar_bottom) = (top - 0.5, top - 0.95);
        for end in [bar.gap_at_low_usd, bar.gap_at_high_usd] {
            // From the scenario's gap to the end, in the colour of the path that wins at
            // that end.
            let color = if ai_wins(end) { style.ai } else { style.mining };
            let (left, right) = if end < tornado.gap_usd {
                (end, tornado.gap_usd)
            } else {
                (tornado.gap_usd, end)
            };
            backend.draw_rect(
                at(left, bar_top),
                at(right, bar_bottom),
                &color.alpha(0.85),
                true,
            )?;
        }
    }
    // The scenario's own gap, and zero: where the answer flips.
    let own = style.stroke(style.text, 1.0, 2.0);
    backend.draw_line(at(tornado.gap_usd, 0.0), at(tornado.gap_usd, rows), &own)?;
    let zero = style.stroke(style.text, 0.6, 1.0);
    backend.draw_line(at(0.0, 0.0), at(0.0, rows), &zero)?;
    // Each bar's words above it, on the page's background so that the lines they cross do
    // not run through their letters, as much of them as fits the plot: the range and flip,
    // else the input's name, else its name cut short (on a phone). The table and the
    // description have them all.
    let pad = style.px(2.0);
    let room = frame.right - frame.left - style.px(8.0);
    let font = style.font(TEXT_PX, style.text, HPos::Left, VPos::Bottom);
    for (index, bar) in bars.iter().enumerate() {
        let label = fitted_label(bar, tornado.basis, |text| {
            style.text_width(text, TEXT_PX) <= room
        });
        let (left, bottom) = (
            frame.left + style.px(4.0),
            at(x_range.0, rows - index as f64 - 0.45).1,
        );
        let width = style.text_width(&label, TEXT_PX);
        let height = style.px(TEXT_PX * 1.2);
        backend.draw_rect(
            (left - pad, bottom - height),
            (left + width + pad, bottom),
            &style.background.alpha(0.85),
            true,
        )?;
        backend.draw_text(&label, &font, (left, bottom))?;
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
