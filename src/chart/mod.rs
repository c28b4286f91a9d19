//! The charts: today's comparison of both margins against the BTC price or the power
//! price, and the decision's cumulative cash of both paths ([`cash`]).
//!
//! [`data`] turns a scenario into the series to plot; [`draw`](mod@draw) draws them on any
//! plotters `DrawingBackend` with a [`style`] and the words of [`labels`], so tests draw to
//! SVG, the page draws to a canvas ([`canvas`]) and the build draws the static shell's
//! chart with the project's own SVG backend ([`svg`]).

pub mod canvas;
pub mod cash;
pub mod data;
pub mod draw;
pub mod drawing;
pub mod frame;
pub mod labels;
pub mod map;
mod room;
pub mod style;
pub mod svg;
pub mod tornado;

pub use cash::{
    cash_data, describe_cash, draw_cash, CashData, CASH_X_AXIS_TITLE, CASH_Y_AXIS_TITLE,
};
pub use data::{chart_data, crossover, ChartData, ChartPoint, CHART_POINTS};
pub use draw::{draw, ticks};
pub use drawing::Drawing;
pub use frame::{draw_framed, framed_size, Framable, Framing, Mark};
pub use labels::{
    axis_phrase, axis_title, comparison_title, crossing_label, describe, scenario_legend,
    tick_label, tick_label_exact, winner, Y_AXIS_TITLE,
};
pub use map::{describe_map, draw_map, map_y_axis_title, map_y_text, MAP_X_AXIS_TITLE};
pub use style::{ChartStyle, Rgb};
pub use svg::Svg;
pub use tornado::{
    bar_label, describe_tornado, draw_tornado, fitted_label, flip_text, range_text,
    tornado_x_axis_title, TORNADO_BARS_SHOWN,
};
