//! The decision chart: both paths' cash so far, year by year; its data table is the yearly
//! table.

use yew::prelude::*;

use crate::chart::{cash_data, describe_cash, Drawing};
use crate::components::chart_panel::{chart_panel, ChartPanel};
use crate::components::data_table;
use crate::format::{number, usd};
use crate::hooks::UniqueId;
use crate::model::{Decision, YEAR_COLUMNS};

/// Cash so far per MW of both paths by year, with the yearly table of the projection under
/// it; the title's id comes from `ids`, the calling component's. A plain function: the
/// canvas holds the state.
pub fn decision_chart(ids: &UniqueId, decision: &Decision) -> Html {
    let data = cash_data(decision);
    let headers = YEAR_COLUMNS.map(|column| column.label);
    let table = data_table(
        "year-table",
        format!(
            "Per MW of grid capacity, undiscounted; converting first spends {} in year 0.",
            usd(decision.convert_capital_usd)
        ),
        &headers,
        (0..decision.years.len()).map(|index| {
            YEAR_COLUMNS
                .iter()
                .map(|column| {
                    let value = (column.value)(decision, index);
                    match column.id {
                        "year" => number(value, 0),
                        _ => usd(value),
                    }
                })
                .collect()
        }),
    );
    chart_panel(
        ChartPanel {
            title: "Cash so far per MW: keep mining or convert".to_owned(),
            title_id: ids.id("cash-title"),
            testid: "cash-chart",
            description: describe_cash(&data),
            note: "",
            controls: Html::default(),
            legend: vec![
                ("mining", "Keep mining".to_owned()),
                ("ai", "Convert".to_owned()),
            ],
            table,
        },
        Drawing::Cash(data),
    )
}
