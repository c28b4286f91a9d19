//! The comparison chart: both margins against the BTC or the power price, with its axis
//! switch.

use yew::prelude::*;

use crate::chart::{
    axis_title, comparison_title, describe, scenario_legend, tick_label_exact, ChartData, Drawing,
    Mark,
};
use crate::components::chart_panel::{chart_panel, ChartPanelContent};
use crate::components::data_table;
use crate::format::usd;
use crate::hooks::UniqueId;
use crate::model::SweepAxis;

/// Both margins against the BTC price or the power price (`data`, on the axis `axis` holds;
/// its buttons set it), drawn on a canvas that is redrawn only when its data or its size
/// changes; the title's id comes from `ids`, the calling component's. size: a plain
/// function rather than a component: each component type costs the page code of its own
/// (measured, about 1 KB of the gzip budget), and the calling component holds the axis.
pub fn comparison_chart(
    ids: &UniqueId,
    data: &ChartData,
    axis: &UseStateHandle<SweepAxis>,
) -> Html {
    let axis_button = |choice: SweepAxis, label: &'static str, testid: &'static str| {
        let axis = axis.clone();
        let pressed = *axis == choice;
        html! {
            <button
                type="button"
                aria-pressed={pressed.to_string()}
                data-testid={testid}
                onclick={Callback::from(move |_: MouseEvent| axis.set(choice))}
            >
                { label }
            </button>
        }
    };
    let shown = data.axis;
    let table = data_table(
        "chart-table",
        "Margin per MW a year, as plotted".to_owned(),
        &[axis_title(shown), "Mining", "AI"],
        data.points.iter().map(|point| {
            vec![
                tick_label_exact(shown, point.x),
                usd(point.mining_usd_per_mw_year),
                usd(point.ai_usd_per_mw_year),
            ]
        }),
    );
    let title_id = ids.id("chart-title");
    let legend = vec![
        (Mark::Mining, "Mining".to_owned()),
        (Mark::Ai, "AI".to_owned()),
        (Mark::Now, scenario_legend(shown, data.current.x)),
    ];
    chart_panel(
        ChartPanelContent {
            title: comparison_title(shown),
            title_id,
            testid: "chart",
            description: describe(data),
            note: " Margin over the power bill per MW of grid capacity a year, before capital costs; mining counts only the hours it runs. Where the lines cross, a megawatt earns the same either way.".to_owned(),
            controls: html! {
                <div class="axis-switch" role="group" aria-label="Chart against">
                    { axis_button(SweepAxis::BtcPrice, "BTC price", "axis-btc") }
                    { axis_button(SweepAxis::PowerPrice, "Power price", "axis-power") }
                </div>
            },
            legend,
            table,
        },
        Drawing::Comparison(data.clone()),
    )
}
