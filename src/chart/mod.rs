//! The comparison chart: both margins against the BTC price or the power price.
//!
//! [`data`] turns a scenario into the series to plot; [`draw`](mod@draw) draws them on any
//! plotters `DrawingBackend` with a [`style`] and the words of [`labels`], so tests draw to
//! SVG and the page draws to a canvas ([`canvas`]).

pub mod canvas;
pub mod data;
pub mod draw;
pub mod labels;
pub mod style;

pub use data::{chart_data, crossover, ChartData, ChartPoint, CHART_POINTS};
pub use draw::{draw, ticks};
pub use labels::{
    axis_phrase, axis_title, crossing_label, describe, tick_label, tick_label_exact, Y_AXIS_TITLE,
};
pub use style::{ChartStyle, Rgb};
