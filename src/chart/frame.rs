//! A chart for download, framed as a newspaper prints one: its title, a subtitle that says
//! how to read it and its legend above the drawing; the scenario in words and the credit
//! with the data's date below it. The page's address is not drawn (it is long and means
//! nothing in print): the SVG carries it in its description, as the CSV and the citation
//! do. Drawn on any backend: the canvas for PNG, [`super::Svg`] for SVG.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{DrawingBackend, DrawingErrorKind};

use super::cash::{BUILD_ALPHA, HALVING_ALPHA, RENEWAL_ALPHA};
use super::draw::EDGE_PX;
use super::drawing::Drawing;
use super::style::ChartStyle;

/// A backend that can draw in a region of itself: the chart is drawn in the part between
/// the frame's header and its footer. (A wrapper backend would do it for any backend, but
/// it would compile every chart's drawing code once more for each backend it wraps; see
/// `Surface` in `super::canvas` for what that measured.)
pub trait Framable: DrawingBackend {
    /// Makes `get_size` give `size` and moves what is drawn next down by `top` device
    /// pixels; drawing outside the region is not clipped.
    fn set_area(&mut self, top: i32, size: (u32, u32)) -> Result<(), String>;
}

/// What a legend entry shows beside its words: a series' colour, a line, a dot for where
/// the scenario is, or one of the cash chart's rules and its build shade, as drawn.
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
    /// A halving: a thin upright rule in the text's colour, faded.
    Halving,
    /// A GPU cloud's renewal: a thin upright rule in the AI colour.
    Renewal,
    /// The years of the build: a light block of the AI colour.
    Build,
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
            Mark::Halving => "halving",
            Mark::Renewal => "renewal",
            Mark::Build => "build",
        }
    }
}

/// What a downloaded chart says around the drawing.
pub struct Framing<'a> {
    /// The chart's title, or the newsroom's.
    pub title: &'a str,
    /// How to read the chart, in a sentence or two.
    pub subtitle: &'a str,
    /// The legend's entries, as the page shows them above the chart.
    pub legend: &'a [(Mark, String)],
    /// Sentences below the chart: the scenario in one line, and any notes.
    pub notes: &'a [String],
    /// Who made the chart and from what data, with the data's date.
    pub credit: &'a str,
}

/// The title's type size, CSS pixels; it is set in bold.
const TITLE_PX: f64 = 18.0;
/// How much wider bold letters are than the backends' estimate of regular ones: a sans
/// serif's bold runs about a tenth wider.
const BOLD_WIDENING: f64 = 1.1;
/// The subtitle's type size, CSS pixels.
const SUBTITLE_PX: f64 = 13.0;
/// The legend's, the notes' and the credit's type size, CSS pixels.
const FOOTER_PX: f64 = 12.0;
/// Space between lines, as a multiple of the type size.
const LINE_HEIGHT: f64 = 1.4;
/// The frame's margin on every side, CSS pixels: where the chart's y axis title starts.
const MARGIN_PX: f64 = EDGE_PX;
/// A legend mark's width, the space after it and the space between entries, CSS pixels.
const MARK_PX: f64 = 16.0;
const MARK_GAP_PX: f64 = 4.0;
const ENTRY_GAP_PX: f64 = 16.0;

/// One line of the frame.
enum Line {
    /// Words at a type size, in bold or not.
    Text(String, f64, bool),
    Legend(Vec<(Mark, String)>),
}

impl Line {
    fn height_css(&self) -> f64 {
        match self {
            Line::Text(_, size, _) => size * LINE_HEIGHT,
            Line::Legend(_) => FOOTER_PX * LINE_HEIGHT,
        }
    }
}

/// The lines above the chart and below it, no wider than `width_px` device pixels less
/// the margins.
fn layout(frame: &Framing, width_px: i32, style: &ChartStyle) -> (Vec<Line>, Vec<Line>) {
    let available = width_px - 2 * style.px(MARGIN_PX);
    let text = |text: &str, size: f64, bold: bool| {
        // Bold letters are wider than the estimate for regular ones.
        let widening = if bold { BOLD_WIDENING } else { 1.0 };
        wrapped(text, available, move |part| {
            (f64::from(style.text_width(part, size)) * widening).ceil() as i32
        })
        .into_iter()
        .map(move |part| Line::Text(part, size, bold))
    };
    let mut header: Vec<Line> = text(frame.title, TITLE_PX, true)
        .chain(text(frame.subtitle, SUBTITLE_PX, false))
        .collect();
    let mut row: Vec<(Mark, String)> = Vec::new();
    let mut row_width = 0;
    for (mark, words) in frame.legend {
        let width = style.px(MARK_PX + MARK_GAP_PX) + style.text_width(words, FOOTER_PX);
        let gap = if row.is_empty() {
            0
        } else {
            style.px(ENTRY_GAP_PX)
        };
        if !row.is_empty() && row_width + gap + width > available {
            header.push(Line::Legend(std::mem::take(&mut row)));
            row_width = 0;
        } else {
            row_width += gap;
        }
        row.push((*mark, words.clone()));
        row_width += width;
    }
    if !row.is_empty() {
        header.push(Line::Legend(row));
    }
    let mut footer = Vec::new();
    for note in frame.notes {
        let measure = |part: &str| style.text_width(part, FOOTER_PX);
        footer.extend(
            wrapped_items(note, available, measure)
                .into_iter()
                .map(|part| Line::Text(part, FOOTER_PX, false)),
        );
    }
    footer.extend(text(frame.credit, FOOTER_PX, false));
    (header, footer)
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
        let mut parts = wrapped(item, width, &measure);
        line = parts.pop().unwrap_or_default();
        lines.extend(parts);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` in lines no wider than `width` by `measure`, broken at its spaces; a word wider
/// than a line is cut where it overflows.
fn wrapped(text: &str, width: i32, measure: impl Fn(&str) -> i32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for piece in text.split_inclusive(' ') {
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

/// The height in whole CSS pixels of `lines` with a margin above and below, so that at
/// any scale the chart between them keeps the canvas' size in device pixels.
fn block_css(lines: &[Line]) -> u32 {
    let text: f64 = lines.iter().map(Line::height_css).sum();
    (text + 2.0 * MARGIN_PX).ceil() as u32
}

/// The size in CSS pixels of the chart `chart_css` in size framed by `frame`, at the
/// style's scale.
pub fn framed_size(chart_css: (u32, u32), frame: &Framing, style: &ChartStyle) -> (u32, u32) {
    let (header, footer) = layout(frame, style.px(f64::from(chart_css.0)), style);
    (
        chart_css.0,
        block_css(&header) + chart_css.1 + block_css(&footer),
    )
}

/// Draws `drawing` framed by `frame` on `backend`, on its background whatever the page's
/// (a download is seen away from the page). The backend is as [`framed_size`] gives.
pub fn draw_framed<DB: Framable>(
    backend: &mut DB,
    drawing: &Drawing,
    style: &ChartStyle,
    frame: &Framing,
) -> Result<(), String> {
    // The whole drawing's background is painted once here, so the chart leaves its own.
    let style = ChartStyle {
        fill_background: false,
        ..*style
    };
    let failed = |error: DrawingErrorKind<DB::ErrorType>| error.to_string();
    let (width, height) = backend.get_size();
    let (header, footer) = layout(frame, width as i32, &style);
    let header_px = style.px(f64::from(block_css(&header)));
    let footer_px = style.px(f64::from(block_css(&footer)));
    let chart_height = (height as i32 - header_px - footer_px).max(0) as u32;
    let background = style.background.alpha(1.0);
    backend
        .draw_rect((0, 0), (width as i32, height as i32), &background, true)
        .map_err(failed)?;
    draw_lines(backend, &header, 0, &style).map_err(failed)?;
    backend.set_area(header_px, (width, chart_height))?;
    let drawn = drawing.draw(backend, &style);
    backend.set_area(0, (width, height))?;
    drawn?;
    let footer_top = header_px + chart_height as i32;
    // A rule between the chart and the footer, on whole pixels below the chart's last row.
    let rule = style.grid.alpha(1.0);
    backend
        .draw_rect(
            (0, footer_top),
            (width as i32, footer_top + style.px(1.0)),
            &rule,
            true,
        )
        .map_err(failed)?;
    draw_lines(backend, &footer, footer_top, &style).map_err(failed)?;
    backend.present().map_err(failed)
}

/// Draws `lines` from `top` device pixels down, inside the margins.
fn draw_lines<DB: DrawingBackend>(
    backend: &mut DB,
    lines: &[Line],
    top: i32,
    style: &ChartStyle,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let left = style.px(MARGIN_PX);
    let mut y = f64::from(top) + f64::from(style.px(MARGIN_PX));
    for line in lines {
        let middle = (y + line.height_css() * style.scale / 2.0).round() as i32;
        match line {
            Line::Text(text, size, bold) => {
                let font = style.font(*size, style.text, HPos::Left, VPos::Center);
                let font = if *bold { font.bold() } else { font };
                backend.draw_text(text, &font, (left, middle))?;
            }
            Line::Legend(entries) => {
                let mut x = left;
                for (mark, words) in entries {
                    let color = match mark {
                        Mark::Mining => style.mining,
                        Mark::Ai | Mark::Renewal | Mark::Build => style.ai,
                        Mark::Line | Mark::Now | Mark::Ring | Mark::Halving => style.text,
                    };
                    let mark_width = style.px(MARK_PX);
                    let center = x + mark_width / 2;
                    match mark {
                        Mark::Now => backend.draw_circle(
                            (center, middle),
                            style.px(4.0) as u32,
                            &color.alpha(1.0),
                            true,
                        ),
                        Mark::Ring => backend.draw_circle(
                            (center, middle),
                            style.px(5.0) as u32,
                            &style.stroke(color, 1.0, 2.0),
                            false,
                        ),
                        // The same strokes and shade as the cash chart's (`cash::draw_cash`).
                        Mark::Halving | Mark::Renewal => backend.draw_line(
                            (center, middle - style.px(7.0)),
                            (center, middle + style.px(7.0)),
                            &style.stroke(
                                color,
                                if *mark == Mark::Halving {
                                    HALVING_ALPHA
                                } else {
                                    RENEWAL_ALPHA
                                },
                                1.0,
                            ),
                        ),
                        Mark::Build => backend.draw_rect(
                            (center - style.px(6.0), middle - style.px(6.0)),
                            (center + style.px(6.0), middle + style.px(6.0)),
                            &color.alpha(BUILD_ALPHA),
                            true,
                        ),
                        Mark::Mining | Mark::Ai | Mark::Line => backend.draw_rect(
                            (x, middle - style.px(2.0)),
                            (x + mark_width, middle + style.px(2.0)),
                            &color.alpha(1.0),
                            true,
                        ),
                    }?;
                    x += mark_width + style.px(MARK_GAP_PX);
                    let font = style.font(FOOTER_PX, style.text, HPos::Left, VPos::Center);
                    backend.draw_text(words, &font, (x, middle))?;
                    x += style.text_width(words, FOOTER_PX) + style.px(ENTRY_GAP_PX);
                }
            }
        }
        y += line.height_css() * style.scale;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pixel a character: widths easy to reason about.
    fn measure(text: &str) -> i32 {
        text.chars().count() as i32
    }

    #[test]
    fn words_wrap_at_spaces_and_a_long_word_where_it_overflows() {
        assert_eq!(wrapped("one two three", 7, measure), ["one two", "three"]);
        assert_eq!(wrapped("$150/kW-month", 8, measure), ["$150/kW-", "month"]);
        assert_eq!(wrapped("abcdefgh", 3, measure), ["abc", "def", "gh"]);
        assert_eq!(wrapped("short", 10, measure), ["short"]);
        assert!(wrapped("", 10, measure).is_empty());
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
