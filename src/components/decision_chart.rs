//! The decision chart: both paths' cash so far, year by year, with its description and
//! data table.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{cash_data, describe_cash, draw_cash};
use crate::format::usd;
use crate::hooks::{use_canvas_chart, use_unique_id};
use crate::model::Decision;

/// Props of [`DecisionChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct DecisionChartProps {
    /// The decision to chart.
    pub decision: Rc<Decision>,
}

/// Cash so far per MW of both paths by year, drawn on a canvas.
#[component]
pub fn DecisionChart(props: &DecisionChartProps) -> Html {
    let data = use_memo(props.decision.clone(), |decision| cash_data(decision));
    let (container, canvas, failure) = use_canvas_chart(data.clone(), draw_cash);
    let ids = use_unique_id();
    let title_id = ids.id("cash-title");
    let description = describe_cash(&data);
    html! {
        <section class="chart" aria-labelledby={title_id.clone()}>
            <div class="chart-head">
                <h2 id={title_id}>{ "Cash so far per MW: keep mining or convert" }</h2>
            </div>
            <ul class="legend" aria-hidden="true">
                <li class="mining">{ "Keep mining" }</li>
                <li class="ai">{ "Convert" }</li>
            </ul>
            <div class="canvas-box" ref={container}>
                <canvas
                    ref={canvas}
                    role="img"
                    aria-label={description.clone()}
                    data-testid="cash-chart"
                />
            </div>
            if let Some(reason) = &failure {
                <p class="message" role="alert">{ format!("The chart could not be drawn: {reason}") }</p>
            }
            <p class="chart-note" data-testid="cash-chart-description">{ description }</p>
            <details class="data-table">
                <summary>{ "Data table" }</summary>
                <table data-testid="cash-chart-table">
                    <caption>{ "Cash so far per MW, as plotted" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Year" }</th>
                            <th scope="col">{ "Keep mining" }</th>
                            <th scope="col">{ "Convert" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for data.totals.iter().enumerate().map(|(year, total)| html! {
                            <tr>
                                <th scope="row">{ year }</th>
                                <td>{ usd(total.keep_mining_usd) }</td>
                                <td>{ usd(total.convert_usd) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </section>
    }
}
