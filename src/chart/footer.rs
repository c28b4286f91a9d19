//! A chart for download: the drawing with a footer below it that says what it shows (its
//! title, its legend, the scenario, the data's date and the page's address for it), so
//! that a copied image still names its source. Drawn on any backend: the canvas for PNG,
//! [`super::Svg`] for SVG.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::drawing::Drawing;
use super::style::ChartStyle;

/// A backend whose size, as a chart reads it, can be set: the chart is drawn in the part
/// above the footer, which is drawn below it. (A wrapper backend would do it for any
/// backend, but it would compile every chart's drawing code once more for each backend it
/// wraps; see `Surface` in `super::canvas` for what that measured.)
pub trait Resizable: DrawingBackend {
    /// Makes `get_size` give `size`; drawing outside it is not clipped.
    fn set_size(&mut self, size: (u32, u32));
}

/// What a legend entry shows beside its words: a series' colour, a line, or a dot for
/// where the scenario is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The mining side's colour.
    Mining,
    /// The AI side's colour.
    Ai,
    /// A line in the text's colour: the map's break-even.
    Line,
    /// Where the scenario is on the comparison: a dot, as on each line.
    Now,
    /// Where the scenario is on the map: a ring.
    Ring,
}

impl Mark {
    /// The legend item's class in the page's stylesheet, which draws the same mark.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Mining => "mining",
            Mark::Ai => "ai",
            Mark::Line => "line",
            Mark::Now => "now",
            Mark::Ring => "ring",
        }
    }
}

/// What a downloaded chart says below the drawing.
pub struct Footer<'a> {
    /// The chart's title.
    pub title: &'a str,
    /// The legend's entries, as the page shows them above the chart.
    pub legend: &'a [(Mark, String)],
    /// Sentences: the scenario in one line, the source and the data's date.
    pub notes: &'a [String],
    /// The page's address for the scenario.
    pub address: &'a str,
}

/// The footer's type size, CSS pixels; the title's is [`TITLE_PX`].
const FOOTER_PX: f64 = 12.0;
/// The title's type size, CSS pixels.
const TITLE_PX: f64 = 14.0;
/// Space between lines, as a multiple of the type size.
const LINE_HEIGHT: f64 = 1.4;
/// The footer's margin on every side, CSS pixels.
const MARGIN_PX: f64 = 10.0;
/// A legend mark's width, the space after it and the space between entries, CSS pixels.
const MARK_PX: f64 = 16.0;
const MARK_GAP_PX: f64 = 4.0;
const ENTRY_GAP_PX: f64 = 16.0;

/// One line of the footer, at its type size.
enum Line {
    Text(String, f64),
    Legend(Vec<(Mark, String)>),
}

impl Line {
    fn height_css(&self) -> f64 {
        match self {
            Line::Text(_, size) => size * LINE_HEIGHT,
            Line::Legend(_) => FOOTER_PX * LINE_HEIGHT,
        }
    }
}

/// The footer laid out in lines no wider than `width_px` device pixels less the margins.
fn layout(footer: &Footer, width_px: i32, style: &ChartStyle) -> Vec<Line> {
    let available = width_px - 2 * style.px(MARGIN_PX);
    let text = |text: &str, size: f64, breaks: &[char]| {
        wrapped(text, available, breaks, |part| style.text_width(part, size))
            .into_iter()
            .map(move |part| Line::Text(part, size))
    };
    let mut lines: Vec<Line> = text(footer.title, TITLE_PX, &[' ']).collect();
    let mut row: Vec<(Mark, String)> = Vec::new();
    let mut row_width = 0;
    for (mark, words) in footer.legend {
        let width = style.px(MARK_PX + MARK_GAP_PX) + style.text_width(words, FOOTER_PX);
        let gap = if row.is_empty() {
            0
        } else {
            style.px(ENTRY_GAP_PX)
        };
        if !row.is_empty() && row_width + gap + width > available {
            lines.push(Line::Legend(std::mem::take(&mut row)));
            row_width = 0;
        } else {
            row_width += gap;
        }
        row.push((*mark, words.clone()));
        row_width += width;
    }
    if !row.is_empty() {
        lines.push(Line::Legend(row));
    }
    for note in footer.notes {
        let measure = |part: &str| style.text_width(part, FOOTER_PX);
        lines.extend(
            wrapped_items(note, available, measure)
                .into_iter()
                .map(|part| Line::Text(part, FOOTER_PX)),
        );
    }
    lines.extend(text(footer.address, FOOTER_PX, &['?', '&', '/']));
    lines
}

/// The items of `text` between " \u{b7} " (the scenario's inputs) in lines no wider than
/// `width` by `measure`, whole where they fit, so that a label stays with its value; an
/// item wider than a line is wrapped at its spaces.
fn wrapped_items(text: &str, width: i32, measure: impl Fn(&str) -> i32) -> Vec<String> {
    const SEPARATOR: &str = " \u{b7} ";
    let mut lines = Vec::new();
    let mut line = String::new();
    for item in text.split(SEPARATOR) {
        let joined = if line.is_empty() {
            item.to_owned()
        } else {
            format!("{line}{SEPARATOR}{item}")
        };
        if measure(&joined) <= width {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // Its last part starts the next line, which the next item may join.
        let mut parts = wrapped(item, width, &[' '], &measure);
        line = parts.pop().unwrap_or_default();
        lines.extend(parts);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` in lines no wider than `width` by `measure`, broken after any of `breaks`; a
/// word wider than a line is cut where it overflows.
fn wrapped(text: &str, width: i32, breaks: &[char], measure: impl Fn(&str) -> i32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for piece in text.split_inclusive(breaks) {
        if !line.is_empty() && measure(&format!("{line}{}", piece.trim_end())) > width {
            lines.push(line.trim_end().to_owned());
            line.clear();
        }
        for character in piece.chars() {
            // A space may overhang the line: it ends it.
            let overflows = !character.is_whitespace()
                && !line.is_empty()
                && measure(&format!("{line}{character}")) > width;
            if overflows {
                lines.push(std::mem::take(&mut line));
            }
            line.push(character);
        }
    }
    if !line.trim_end().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// The footer's height in whole CSS pixels, so that at any scale the chart above it keeps
/// the canvas' size in device pixels.
fn footer_css(lines: &[Line]) -> u32 {
    let text: f64 = lines.iter().map(Line::height_css).sum();
    (text + 2.0 * MARGIN_PX).ceil() as u32
}

/// The size in CSS pixels of the chart `chart_css` in size with `footer` below it, at the
/// style's scale.
pub fn framed_size(chart_css: (u32, u32), footer: &Footer, style: &ChartStyle) -> (u32, u32) {
    let lines = layout(footer, style.px(f64::from(chart_css.0)), style);
    (chart_css.0, chart_css.1 + footer_css(&lines))
}

/// Draws `drawing` at the top of `backend`, on its background whatever the page's (a
/// download is seen away from the page), with `footer` below it. The backend is as
/// [`framed_size`] gives.
pub fn draw_framed<DB: Resizable>(
    backend: &mut DB,
    drawing: &Drawing,
    style: &ChartStyle,
    footer: &Footer,
) -> Result<(), String> {
    // The whole drawing's background is painted once here, so the chart leaves its own.
    let style = ChartStyle {
        fill_background: false,
        ..*style
    };
    let failed = |error: DrawingErrorKind<DB::ErrorType>| error.to_string();
    let (width, height) = backend.get_size();
    let lines = layout(footer, width as i32, &style);
    let footer_px = style.px(f64::from(footer_css(&lines)));
    let chart_height = (height as i32 - footer_px).max(0) as u32;
    let background = style.background.alpha(1.0);
    backend
        .draw_rect((0, 0), (width as i32, height as i32), &background, true)
        .map_err(failed)?;
    backend.set_size((width, chart_height));
    let drawn = drawing.draw(backend, &style);
    backend.set_size((width, height));
    drawn?;
    let top = chart_height as i32;
    // A rule between them, filled on whole pixels below the chart's last row.
    let rule = style.grid.alpha(1.0);
    backend
        .draw_rect((0, top), (width as i32, top + style.px(1.0)), &rule, true)
        .map_err(failed)?;
    let left = style.px(MARGIN_PX);
    let mut y = f64::from(top) + f64::from(style.px(MARGIN_PX));
    for line in &lines {
        let middle = (y + line.height_css() * style.scale / 2.0).round() as i32;
        match line {
            Line::Text(text, size) => {
                let font = style.font(*size, style.text, HPos::Left, VPos::Center);
                backend
                    .draw_text(text, &font, (left, middle))
                    .map_err(failed)?;
            }
            Line::Legend(entries) => {
                let mut x = left;
                for (mark, words) in entries {
                    let color = match mark {
                        Mark::Mining => style.mining,
                        Mark::Ai => style.ai,
                        Mark::Line | Mark::Now | Mark::Ring => style.text,
                    };
                    let mark_width = style.px(MARK_PX);
                    match mark {
                        Mark::Now => backend.draw_circle(
                            (x + mark_width / 2, middle),
                            style.px(4.0) as u32,
                            &color.alpha(1.0),
                            true,
                        ),
                        Mark::Ring => backend.draw_circle(
                            (x + mark_width / 2, middle),
                            style.px(5.0) as u32,
                            &style.stroke(color, 1.0, 2.0),
                            false,
                        ),
                        _ => backend.draw_rect(
                            (x, middle - style.px(2.0)),
                            (x + mark_width, middle + style.px(2.0)),
                            &color.alpha(1.0),
                            true,
                        ),
                    }
                    .map_err(failed)?;
                    x += mark_width + style.px(MARK_GAP_PX);
                    let font = style.font(FOOTER_PX, style.text, HPos::Left, VPos::Center);
                    backend
                        .draw_text(words, &font, (x, middle))
                        .map_err(failed)?;
                    x += style.text_width(words, FOOTER_PX) + style.px(ENTRY_GAP_PX);
                }
            }
        }
        y += line.height_css() * style.scale;
    }
    backend.present().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pixel a character: widths easy to reason about.
    fn measure(text: &str) -> i32 {
        text.chars().count() as i32
    }

    #[test]
    fn words_wrap_at_spaces_and_addresses_after_their_separators() {
        let spaces = &[' '];
        assert_eq!(
            wrapped("one two three", 7, spaces, measure),
            ["one two", "three"]
        );
        assert_eq!(
            wrapped("$150/kW-month", 8, spaces, measure),
            ["$150/kW-", "month"]
        );
        assert_eq!(
            wrapped("https://a.b/c/?mw=1&power=2", 12, &['?', '&', '/'], measure),
            ["https://a.b/", "c/?mw=1&", "power=2"]
        );
        assert_eq!(
            wrapped("abcdefgh", 3, spaces, measure),
            ["abc", "def", "gh"]
        );
        assert_eq!(wrapped("short", 10, spaces, measure), ["short"]);
        assert!(wrapped("", 10, spaces, measure).is_empty());
    }

    #[test]
    fn the_scenario_breaks_between_its_items_where_they_fit() {
        let dot = " \u{b7} ";
        let text = format!("Site: 294 MW{dot}Power: $35/MWh{dot}BTC: $60,500");
        // "Site: 294 MW" is 12 wide, "Power: $35/MWh" 14, "BTC: $60,500" 12.
        assert_eq!(
            wrapped_items(&text, 30, measure),
            [
                format!("Site: 294 MW{dot}Power: $35/MWh"),
                "BTC: $60,500".to_owned()
            ]
        );
        // An item wider than a line wraps at its spaces; the next joins its last part.
        assert_eq!(
            wrapped_items(&text, 12, measure),
            ["Site: 294 MW", "Power:", "$35/MWh", "BTC: $60,500"]
        );
        assert_eq!(wrapped_items("", 10, measure), Vec::<String>::new());
    }
}
