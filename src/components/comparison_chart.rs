//! The comparison chart with its axis switch, legend, description and data table.

use yew::prelude::*;

use crate::chart::{axis_phrase, axis_title, chart_data, describe, draw, tick_label_exact};
use crate::format::usd;
use crate::hooks::{use_canvas_chart, use_unique_id};
use crate::model::{Scenario, SweepAxis};

/// Props of [`ComparisonChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct ComparisonChartProps {
    /// The scenario to chart.
    pub scenario: Scenario,
}

/// Both margins against the BTC price or the power price, drawn on a canvas that is
/// redrawn only when its data or its size changes.
#[component]
pub fn ComparisonChart(props: &ComparisonChartProps) -> Html {
    let axis = use_state_eq(|| SweepAxis::BtcPrice);
    let data = use_memo((props.scenario, *axis), |(scenario, axis)| {
        chart_data(scenario, *axis)
    });
    let (container, canvas, failure) = use_canvas_chart(data.clone(), draw);
    let ids = use_unique_id();
    let title_id = ids.id("chart-title");

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
    let description = describe(&data);
    html! {
        <section class="chart" aria-labelledby={title_id.clone()}>
            <div class="chart-head">
                <h2 id={title_id} data-testid="chart-title">{ "Margin per MW a year against " }{ axis_phrase(*axis) }</h2>
                <div class="axis-switch" role="group" aria-label="Chart against">
                    { axis_button(SweepAxis::BtcPrice, "BTC price", "axis-btc") }
                    { axis_button(SweepAxis::PowerPrice, "Power price", "axis-power") }
                </div>
            </div>
            <ul class="legend" aria-hidden="true">
                <li class="mining">{ "Mining" }</li>
                <li class="ai">{ "AI" }</li>
                <li class="now">{ format!("Now: {}", tick_label_exact(*axis, data.current.x)) }</li>
            </ul>
            <div class="canvas-box" ref={container}>
                <canvas
                    ref={canvas}
                    role="img"
                    aria-label={description.clone()}
                    data-testid="chart"
                />
            </div>
            if let Some(reason) = &failure {
                <p class="message" role="alert">{ format!("The chart could not be drawn: {reason}") }</p>
            }
            <p class="chart-note" data-testid="chart-description">
                { description }
                { " Margin over the power bill per MW of grid capacity a year, before capital costs; mining counts only the hours it runs. Where the lines cross, a megawatt earns the same either way." }
            </p>
            <details class="data-table">
                <summary>{ "Data table" }</summary>
                <table data-testid="chart-table">
                    <caption>{ "Margin per MW a year, as plotted" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ axis_title(*axis) }</th>
                            <th scope="col">{ "Mining" }</th>
                            <th scope="col">{ "AI" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for data.points.iter().map(|point| html! {
                            <tr>
                                <th scope="row">{ tick_label_exact(*axis, point.x) }</th>
                                <td>{ usd(point.mining_usd_per_mw_year) }</td>
                                <td>{ usd(point.ai_usd_per_mw_year) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </section>
    }
}
