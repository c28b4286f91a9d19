//! Draws a chart as SVG text through a small plotters `DrawingBackend` of the project's own,
//! with the same drawing code as the canvas ([`super::canvas`]): for the static shell the
//! build writes before the wasm loads. Coordinates are whole device pixels (half pixels for
//! lines, as the canvas centres them), and the one other number, an opacity, is written by
//! [`number_text`]: no float goes through Rust's float formatting, which the page's size
//! guard rejects.

use std::fmt::Write;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};

use super::frame::Framable;
use crate::number_text::number_text;

/// A plotters backend that writes SVG elements into a string; [`Svg::finish`] wraps them in
/// the `<svg>` element.
pub struct Svg {
    size: (u32, u32),
    body: String,
    /// Whether a group that moves what is drawn down ([`Framable::set_area`]) is open.
    moved: bool,
    /// What [`Svg::finish`] writes in the drawing's `<metadata>`.
    kept: String,
}

/// Writing into a `String` cannot fail; the backend's error type is `fmt::Error` for the
/// trait's sake.
type Drawn = Result<(), DrawingErrorKind<std::fmt::Error>>;

fn failed(error: std::fmt::Error) -> DrawingErrorKind<std::fmt::Error> {
    DrawingErrorKind::DrawingError(error)
}

impl Svg {
    /// An empty drawing of `size` device pixels.
    pub fn new(size: (u32, u32)) -> Self {
        Self {
            size,
            body: String::new(),
            moved: false,
            kept: String::new(),
        }
    }

    /// Text the file keeps in its `<metadata>`, which is neither drawn nor read aloud: a
    /// downloaded chart's scenario and address.
    pub fn keep(&mut self, text: &str) {
        self.kept = escaped(text);
    }

    /// The drawing as an `<svg>` element that scales to its box, in the canvas' font family,
    /// with `label` as its accessible name (escaped here).
    pub fn finish(mut self, label: &str) -> String {
        let (width, height) = self.size;
        if self.moved {
            self.body.push_str("</g>");
        }
        let kept = if self.kept.is_empty() {
            String::new()
        } else {
            format!("<metadata>{}</metadata>", self.kept)
        };
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" role=\"img\" aria-label=\"{}\">{kept}{}</svg>",
            escaped(label),
            self.body
        )
    }

    /// ` fill="#rrggbb"` or ` stroke="..."`, with its opacity when below 1.
    fn paint(&mut self, attribute: &str, color: BackendColor) -> std::fmt::Result {
        let (red, green, blue) = color.rgb;
        write!(
            self.body,
            " {attribute}=\"#{red:02x}{green:02x}{blue:02x}\""
        )?;
        if color.alpha < 1.0 {
            write!(
                self.body,
                " {attribute}-opacity=\"{}\"",
                number_text((color.alpha * 1000.0).round() / 1000.0)
            )?;
        }
        Ok(())
    }

    /// Filled with the style's colour, or stroked with it (`fill` false).
    fn fill_or_stroke<S: BackendStyle>(&mut self, style: &S, fill: bool) -> std::fmt::Result {
        if fill {
            self.paint("fill", style.color())
        } else {
            self.stroke(style)
        }
    }

    /// The stroke, its width left out where it is SVG's default of 1.
    fn stroke<S: BackendStyle>(&mut self, style: &S) -> std::fmt::Result {
        self.body.push_str(" fill=\"none\"");
        self.paint("stroke", style.color())?;
        match style.stroke_width() {
            1 => Ok(()),
            width => write!(self.body, " stroke-width=\"{width}\""),
        }
    }
}

/// `text` with the characters XML and HTML reserve escaped, quotes included, so that it
/// can stand in text and in attribute values alike.
pub fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `x.5`: the centre of device pixel `value` on one axis, as the canvas draws one-pixel
/// lines.
fn centre(value: i32) -> String {
    if value < 0 {
        format!("-{}.5", -(value + 1))
    } else {
        format!("{value}.5")
    }
}

impl Framable for Svg {
    /// The size is also the `viewBox` [`Svg::finish`] writes.
    fn set_area(&mut self, top: i32, size: (u32, u32)) -> Result<(), String> {
        self.size = size;
        if self.moved {
            self.body.push_str("</g>");
        }
        self.moved = top != 0;
        if self.moved {
            self.body
                .push_str(&format!("<g transform=\"translate(0 {top})\">"));
        }
        Ok(())
    }
}

impl DrawingBackend for Svg {
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        write!(
            self.body,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
            upper_left.0,
            upper_left.1,
            bottom_right.0 - upper_left.0,
            bottom_right.1 - upper_left.1
        )
        .map_err(failed)?;
        self.fill_or_stroke(style, fill).map_err(failed)?;
        self.body.push_str("/>");
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let mut points = String::new();
        let mut corners = 0;
        for (index, (x, y)) in path.into_iter().enumerate() {
            let command = if index == 0 { 'M' } else { 'L' };
            write!(points, "{command}{} {}", centre(x), centre(y)).map_err(failed)?;
            corners = index;
        }
        write!(self.body, "<path d=\"{points}\"").map_err(failed)?;
        // Round joins, as the canvas draws them, where a path has a corner.
        if corners > 1 {
            self.body.push_str(" stroke-linejoin=\"round\"");
        }
        self.stroke(style).map_err(failed)?;
        self.body.push_str("/>");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        write!(
            self.body,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{radius}\"",
            centre(center.0),
            centre(center.1)
        )
        .map_err(failed)?;
        self.fill_or_stroke(style, fill).map_err(failed)?;
        self.body.push_str("/>");
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        let points: Vec<String> = vertices
            .into_iter()
            .map(|(x, y)| format!("{x},{y}"))
            .collect();
        write!(self.body, "<polygon points=\"{}\"", points.join(" ")).map_err(failed)?;
        self.paint("fill", style.color()).map_err(failed)?;
        self.body.push_str("/>");
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        position: BackendCoord,
    ) -> Drawn {
        let anchor = style.anchor();
        // SVG's default anchor is the start, the canvas' left.
        let text_anchor = match anchor.h_pos {
            HPos::Left => "",
            HPos::Center => " text-anchor=\"middle\"",
            HPos::Right => " text-anchor=\"end\"",
        };
        // The canvas' text baselines: top, middle, bottom.
        let baseline = match anchor.v_pos {
            VPos::Top => "text-before-edge",
            VPos::Center => "central",
            VPos::Bottom => "text-after-edge",
        };
        // Whole pixels, as the canvas sets its font.
        let size_px = style.size().round() as u32;
        let weight = match style.style() {
            FontStyle::Bold => " font-weight=\"bold\"",
            _ => "",
        };
        write!(
            self.body,
            "<text x=\"{}\" y=\"{}\" font-size=\"{size_px}\"{weight}{text_anchor} dominant-baseline=\"{baseline}\"",
            position.0, position.1
        )
        .map_err(failed)?;
        self.paint("fill", style.color()).map_err(failed)?;
        write!(self.body, ">{}</text>", escaped(text)).map_err(failed)?;
        Ok(())
    }
}
