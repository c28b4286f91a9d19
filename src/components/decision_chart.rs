//! The decision chart: both paths' cash so far, year by year; its data table is the yearly
//! table.

use yew::prelude::*;

use crate::chart::{cash_data, describe_cash, Drawing, Mark};
use crate::components::chart_panel::{chart_panel, ChartPanelContent};
use crate::components::data_table;
use crate::format::{number, percent, usd_sum};
use crate::hooks::UniqueId;
use crate::model::{Decision, YEAR_COLUMNS};

/// The yearly table's caption: its basis, and what converting spends and gets in year 0.
fn caption(decision: &Decision) -> String {
    let start = &decision.start;
    let mut parts = vec![format!(
        "spends {} on the hall",
        usd_sum(decision.convert_capital_usd)
    )];
    if start.machines_sold_usd > 0.0 {
        parts.push(format!(
            "sells the machines on site for {}",
            usd_sum(start.machines_sold_usd)
        ));
    }
    if start.gpus_bought_usd < 0.0 {
        parts.push(format!(
            "buys its first GPUs for {}",
            usd_sum(-start.gpus_bought_usd)
        ));
    }
    let last = parts.pop().unwrap_or_default();
    let done = if parts.is_empty() {
        last
    } else {
        format!("{} and {last}", parts.join(", "))
    };
    format!("Per MW of grid capacity, undiscounted. In year 0 converting {done}.")
}

/// Cash so far per MW of both paths by year, with the yearly table of the projection under
/// it; the title's id comes from `ids`, the calling component's. A plain function: the
/// canvas holds the state.
pub fn decision_chart(ids: &UniqueId, decision: &Decision) -> Html {
    let data = cash_data(decision);
    let years = 0..decision.years.len();
    let columns: Vec<_> = YEAR_COLUMNS
        .iter()
        .filter(|column| {
            !column.part
                || years
                    .clone()
                    .any(|index| (column.value)(decision, index) != 0.0)
        })
        .collect();
    let headers: Vec<&str> = columns.iter().map(|column| column.label).collect();
    let table = data_table(
        "year-table",
        caption(decision),
        &headers,
        years.clone().map(|index| {
            columns
                .iter()
                .map(|column| {
                    let value = (column.value)(decision, index);
                    match column.id {
                        "year" => number(value, 0),
                        _ => usd_sum(value),
                    }
                })
                .collect()
        }),
    );
    chart_panel(
        ChartPanelContent {
            title: "Cash per MW, not discounted".to_owned(),
            title_id: ids.id("cash-title"),
            testid: "cash-chart",
            description: describe_cash(&data),
            note: format!(
                " Present values (NPV) discount keep mining's cash at {} a year and converting's at {}, so a path can end ahead here and still be worth less.{}",
                percent(decision.scenario.discount_rate_pct),
                percent(decision.scenario.ai_discount_rate_pct),
                hall_value_text(decision)
            ),
            controls: Html::default(),
            // The rules and the shade named here too: a phone's plot has no room for
            // their names between them.
            legend: [
                (Mark::Mining, "Keep mining", true),
                (Mark::Ai, "Convert", true),
                (Mark::Build, "Build", data.build_years > 0.0),
                (Mark::Halving, "Halving", !data.halvings.is_empty()),
                (Mark::Renewal, "New GPUs", !data.gpu_renewals.is_empty()),
            ]
            .into_iter()
            .filter(|(_, _, drawn)| *drawn)
            .map(|(mark, words, _)| (mark, words.to_owned()))
            .collect(),
            table,
        },
        Drawing::Cash(data),
    )
}

/// Where converting's line jumps for the hall's value, counted as cash when the lease ends
/// or at the horizon (its exit or its book value), a sentence that says so; empty where it
/// counts none.
fn hall_value_text(decision: &Decision) -> String {
    decision
        .years
        .iter()
        .rev()
        .find(|year| year.hall_value_usd > 0.0)
        .map(|year| {
            format!(
                " Converting's cash in year {} counts the hall's value then, {}.",
                year.year,
                usd_sum(year.hall_value_usd)
            )
        })
        .unwrap_or_default()
}
