//! Draws the chart on a `<canvas>`, sharp on HiDPI screens, through a small plotters
//! `DrawingBackend` over the canvas' 2D context.

use std::error::Error;
use std::f64::consts::TAU;
use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use super::Svg;
use super::{ChartStyle, Framable};

/// Sizes the canvas' backing store to `css_width` x `css_height` CSS pixels times
/// `device_pixel_ratio`, then draws with `draw` in the colours the page's stylesheet gives
/// the canvas ([`canvas_style`]). The backend reads the backing size, so fonts and strokes
/// are scaled through the style rather than the context.
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    css_size: (u32, u32),
    device_pixel_ratio: f64,
    draw: impl FnOnce(&mut Surface, &ChartStyle) -> Result<(), String>,
) -> Result<(), String> {
    let style = canvas_style(canvas, device_pixel_ratio)?;
    let mut surface = Surface::Canvas(sized_backend(canvas, css_size, style.scale)?);
    draw(&mut surface, &style)
}

/// The style the page's stylesheet gives `element` (its custom properties, see
/// [`ChartStyle::from_properties`]), at `scale` device pixels per CSS pixel (1 where that
/// is not a positive number).
pub fn canvas_style(element: &Element, scale: f64) -> Result<ChartStyle, String> {
    let scale = if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    };
    let computed = web_sys::window()
        .and_then(|window| window.get_computed_style(element).ok().flatten())
        .ok_or_else(|| "the page gives the chart no style".to_owned())?;
    ChartStyle::from_properties(|name| computed.get_property_value(name).ok(), scale)
        .ok_or_else(|| "the page's stylesheet gives the chart no colours".to_owned())
}

/// The backend of `canvas` with its backing store sized to `css_width` x `css_height` CSS
/// pixels at `scale`.
pub fn sized_backend(
    canvas: &HtmlCanvasElement,
    (css_width, css_height): (u32, u32),
    scale: f64,
) -> Result<Canvas2d, String> {
    canvas.set_width((f64::from(css_width) * scale).round() as u32);
    canvas.set_height((f64::from(css_height) * scale).round() as u32);
    Canvas2d::new(canvas).ok_or_else(|| "this browser gives the canvas no 2D context".to_owned())
}

/// A canvas call the browser refused.
#[derive(Debug)]
pub struct CanvasError;

impl fmt::Display for CanvasError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("the canvas refused a drawing call")
    }
}

impl Error for CanvasError {}

/// A plotters backend that draws with a canvas' 2D context. Colours are set as integer
/// `rgb()` strings with the alpha as the context's global alpha, so no float is ever
/// formatted into CSS.
pub struct Canvas2d {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
}

impl Canvas2d {
    /// The backend for `canvas` at its current backing size; `None` without a 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Self {
            context,
            size: (canvas.width(), canvas.height()),
        })
    }

    fn set_color(&self, color: BackendColor) -> String {
        let (red, green, blue) = color.rgb;
        self.context.set_global_alpha(color.alpha);
        format!("rgb({red},{green},{blue})")
    }

    fn stroke_with<S: BackendStyle>(&self, style: &S) {
        let color = self.set_color(style.color());
        self.context.set_stroke_style_str(&color);
        self.context.set_line_width(f64::from(style.stroke_width()));
    }

    /// Starts a new path through `points`.
    fn trace(&self, points: impl Iterator<Item = (f64, f64)>) {
        self.context.begin_path();
        for (index, (x, y)) in points.enumerate() {
            if index == 0 {
                self.context.move_to(x, y);
            } else {
                self.context.line_to(x, y);
            }
        }
    }

    fn fill_with<S: BackendStyle>(&self, style: &S) {
        let color = self.set_color(style.color());
        self.context.set_fill_style_str(&color);
    }
}

fn refused(_: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError)
}

/// The centre of a device pixel, so one-pixel lines are sharp.
fn centre(coord: BackendCoord) -> (f64, f64) {
    (f64::from(coord.0) + 0.5, f64::from(coord.1) + 0.5)
}

impl DrawingBackend for Canvas2d {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.context.set_global_alpha(1.0);
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.fill_with(&color);
        self.context
            .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let (left, top) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let width = f64::from(bottom_right.0 - upper_left.0);
        let height = f64::from(bottom_right.1 - upper_left.1);
        if fill {
            self.fill_with(style);
            self.context.fill_rect(left, top, width, height);
        } else {
            self.stroke_with(style);
            self.context.stroke_rect(left, top, width, height);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.stroke_with(style);
        self.context.set_line_join("round");
        self.trace(path.into_iter().map(centre));
        self.context.stroke();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let (x, y) = centre(center);
        self.context.begin_path();
        self.context
            .arc(x, y, f64::from(radius), 0.0, TAU)
            .map_err(refused)?;
        if fill {
            self.fill_with(style);
            self.context.fill();
        } else {
            self.stroke_with(style);
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.fill_with(style);
        self.trace(
            vertices
                .into_iter()
                .map(|point| (f64::from(point.0), f64::from(point.1))),
        );
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        position: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let color = self.set_color(style.color());
        self.context.set_fill_style_str(&color);
        let anchor = style.anchor();
        self.context.set_text_align(match anchor.h_pos {
            HPos::Left => "left",
            HPos::Center => "center",
            HPos::Right => "right",
        });
        self.context.set_text_baseline(match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        // Whole pixels: the size is already scaled to device pixels.
        let size_px = style.size().round() as u32;
        let weight = match style.style() {
            FontStyle::Bold => "bold ",
            _ => "",
        };
        self.context
            .set_font(&format!("{weight}{size_px}px {}", style.family().as_str()));
        self.context
            .fill_text(text, f64::from(position.0), f64::from(position.1))
            .map_err(refused)
    }
}

impl Framable for Canvas2d {
    fn set_area(&mut self, top: i32, size: (u32, u32)) -> Result<(), String> {
        self.size = size;
        self.context
            .set_transform(1.0, 0.0, 0.0, 1.0, 0.0, f64::from(top))
            .map_err(|_| "the canvas refused to move the chart".to_owned())
    }
}

/// Where the page draws a chart: a canvas, or SVG text for a download. size: one backend
/// type for both, so that the charts' drawing code is compiled once into the page: measured, with
/// the SVG backend and a footer's wrapper as backend types of their own, the page's gzip
/// was 3.9 KB larger. An SVG text cannot fail to be written, so its errors are the
/// canvas'.
pub enum Surface {
    /// On a canvas.
    Canvas(Canvas2d),
    /// As SVG text, for the downloads.
    Svg(Svg),
}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

/// An SVG backend's result as the surface's.
fn as_canvas_error(drawn: Result<(), DrawingErrorKind<fmt::Error>>) -> Drawn {
    drawn.map_err(|error| match error {
        DrawingErrorKind::DrawingError(_) => DrawingErrorKind::DrawingError(CanvasError),
        DrawingErrorKind::FontError(error) => DrawingErrorKind::FontError(error),
    })
}

impl Framable for Surface {
    fn set_area(&mut self, top: i32, size: (u32, u32)) -> Result<(), String> {
        match self {
            Surface::Canvas(canvas) => canvas.set_area(top, size),
            Surface::Svg(svg) => svg.set_area(top, size),
        }
    }
}

impl DrawingBackend for Surface {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Surface::Canvas(canvas) => canvas.get_size(),
            Surface::Svg(svg) => svg.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        match self {
            Surface::Canvas(canvas) => canvas.present(),
            Surface::Svg(_) => Ok(()),
        }
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        match self {
            Surface::Canvas(canvas) => canvas.draw_pixel(point, color),
            Surface::Svg(svg) => as_canvas_error(svg.draw_pixel(point, color)),
        }
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        match self {
            Surface::Canvas(canvas) => canvas.draw_line(from, to, style),
            Surface::Svg(svg) => as_canvas_error(svg.draw_line(from, to, style)),
        }
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        match self {
            Surface::Canvas(canvas) => canvas.draw_rect(upper_left, bottom_right, style, fill),
            Surface::Svg(svg) => {
                as_canvas_error(svg.draw_rect(upper_left, bottom_right, style, fill))
            }
        }
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        match self {
            Surface::Canvas(canvas) => canvas.draw_path(path, style),
            Surface::Svg(svg) => as_canvas_error(svg.draw_path(path, style)),
        }
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        match self {
            Surface::Canvas(canvas) => canvas.draw_circle(center, radius, style, fill),
            Surface::Svg(svg) => as_canvas_error(svg.draw_circle(center, radius, style, fill)),
        }
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        match self {
            Surface::Canvas(canvas) => canvas.fill_polygon(vertices, style),
            Surface::Svg(svg) => as_canvas_error(svg.fill_polygon(vertices, style)),
        }
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        position: BackendCoord,
    ) -> Drawn {
        match self {
            Surface::Canvas(canvas) => canvas.draw_text(text, style, position),
            Surface::Svg(svg) => as_canvas_error(svg.draw_text(text, style, position)),
        }
    }
}
