//! The comparison chart with its axis switch, legend, description and data table.

use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

use crate::chart::canvas::draw_on_canvas;
use crate::chart::{axis_phrase, axis_title, chart_data, describe, tick_label_exact, ChartData};
use crate::format::usd;
use crate::hooks::{use_display, use_element_size, use_unique_id, Display};
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
    let container = use_node_ref();
    let canvas = use_node_ref();
    // The stylesheet sizes the chart (full width, 5:3, 240-400 px high): no inline styles,
    // which a strict content security policy refuses.
    let size = use_element_size(container.clone());
    let failure = use_state_eq(|| None::<String>);
    let ids = use_unique_id();
    let title_id = ids.id("chart-title");
    // Colours come from the stylesheet, which follows the reader's theme; the backing size
    // follows the pixel ratio. Either changing redraws.
    let display = use_display();
    // The latest data, size and display not drawn yet. A dragged slider changes them many
    // times a frame; one draw per animation frame, with the newest of them, is all anyone
    // sees.
    let pending = use_mut_ref(|| None::<(Rc<ChartData>, (u32, u32), Display)>);
    // The frame requested; dropped with the component, which cancels it.
    let frame = use_mut_ref(|| None::<AnimationFrame>);
    {
        let canvas = canvas.clone();
        let failure = failure.clone();
        use_effect_with(
            (data.clone(), size, display),
            move |(data, size, display)| {
                let frame_requested = pending
                    .borrow_mut()
                    .replace((data.clone(), *size, *display))
                    .is_some();
                if !frame_requested {
                    *frame.borrow_mut() = Some(request_animation_frame(move |_| {
                        if let Some((data, (width, height), display)) = pending.borrow_mut().take()
                        {
                            failure.set(redraw(&canvas, &data, width, height, display).err());
                        }
                    }));
                }
            },
        );
    }

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
            if let Some(reason) = &*failure {
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

fn redraw(
    canvas: &NodeRef,
    data: &ChartData,
    width: u32,
    height: u32,
    display: Display,
) -> Result<(), String> {
    match canvas.cast::<web_sys::HtmlCanvasElement>() {
        Some(canvas) if width > 0 && height > 0 => {
            draw_on_canvas(&canvas, data, width, height, display.pixel_ratio)
        }
        _ => Ok(()),
    }
}
