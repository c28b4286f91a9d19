//! Either of the page's charts, ready to draw on any backend: one type, so that the page's
//! canvas code exists once for both.

use plotters_backend::DrawingBackend;

use super::cash::{draw_cash, CashData};
use super::data::ChartData;
use super::draw::draw;
use super::map::draw_map;
use super::style::ChartStyle;
use super::tornado::draw_tornado;
use crate::model::sensitivity::DecisionMap;
use crate::model::sensitivity::Tornado;

/// A chart and its data.
#[derive(Debug, Clone, PartialEq)]
pub enum Drawing {
    /// Today's margins against the BTC or the power price.
    Comparison(ChartData),
    /// The decision's cash so far, year by year.
    Cash(CashData),
    /// Which path wins over the BTC price and a second input.
    Map(DecisionMap),
    /// What moves the answer most.
    Tornado(Tornado),
}

impl Drawing {
    /// Draws the chart on `backend`, filling it; a failure is the backend's, in words.
    pub fn draw<DB: DrawingBackend>(
        &self,
        backend: &mut DB,
        style: &ChartStyle,
    ) -> Result<(), String> {
        let drawn = match self {
            Drawing::Comparison(data) => draw(backend, data, style),
            Drawing::Cash(data) => draw_cash(backend, data, style),
            Drawing::Map(map) => draw_map(backend, map, style),
            Drawing::Tornado(tornado) => draw_tornado(backend, tornado, style),
        };
        drawn.map_err(|error| error.to_string())
    }
}
