//! Draws the chart on a `<canvas>`, sharp on HiDPI screens.

use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::{draw, ChartData, ChartStyle};

/// Sizes the canvas' backing store to `css_width` x `css_height` CSS pixels times
/// `device_pixel_ratio`, then draws. The backend reads the backing size, so fonts and
/// strokes are scaled through the style rather than the context.
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    data: &ChartData,
    css_width: u32,
    css_height: u32,
    device_pixel_ratio: f64,
    dark: bool,
) -> Result<(), String> {
    let scale = if device_pixel_ratio.is_finite() && device_pixel_ratio > 0.0 {
        device_pixel_ratio
    } else {
        1.0
    };
    canvas.set_width((f64::from(css_width) * scale).round() as u32);
    canvas.set_height((f64::from(css_height) * scale).round() as u32);
    let style = if dark {
        ChartStyle::dark(scale)
    } else {
        ChartStyle::light(scale)
    };
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser gives the canvas no 2D context".to_owned())?;
    draw(&mut backend, data, &style)
}
