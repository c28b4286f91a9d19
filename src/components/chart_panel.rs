//! A chart's panel: its title, controls and legend, the canvas, the description for readers
//! who cannot see it, and its data table.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{Drawing, Mark};
use crate::components::chart_downloads::{chart_downloads, ChartToSave};
use crate::hooks::use_canvas_chart;

/// Props of [`ChartCanvas`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartCanvasProps {
    /// What to draw.
    pub drawing: Rc<Drawing>,
    /// The chart in words: the canvas' accessible name.
    pub description: AttrValue,
    /// The chart's title, for its downloads.
    pub title: AttrValue,
    /// How to read the chart, for its downloads' subtitle.
    pub subtitle: AttrValue,
    /// The legend shown above the chart, for its downloads.
    pub legend: Vec<(Mark, String)>,
    /// The canvas' test id.
    pub testid: AttrValue,
}

/// The canvas of a chart, redrawn only when its drawing, its size or the display changes,
/// the reason if it cannot be drawn, and its downloads.
#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let (container, canvas, failure) = use_canvas_chart(props.drawing.clone());
    // The charts offer downloads where a page is shown (see `chart_downloads::show`).
    let downloads = {
        let save_failure = use_state_eq(|| None::<String>);
        let chart = ChartToSave {
            drawing: &props.drawing,
            title: &props.title,
            subtitle: &props.subtitle,
            legend: &props.legend,
            canvas: &canvas,
            testid: &props.testid,
        };
        chart_downloads(chart, &save_failure)
    };
    html! {
        <>
            <div class="canvas-box" ref={container}>
                <canvas
                    ref={canvas}
                    role="img"
                    aria-label={props.description.clone()}
                    data-testid={props.testid.clone()}
                />
            </div>
            if let Some(reason) = failure {
                <p class="message" role="alert">{ format!("The chart could not be drawn: {reason}") }</p>
            }
            { downloads }
        </>
    }
}

/// What a chart panel shows around its canvas.
pub struct ChartPanelContent {
    /// The chart's title; its id, for the section's label, is `title_id`.
    pub title: String,
    /// An id unique on the page for the title.
    pub title_id: String,
    /// Test id of the canvas; the title's and the description's add `-title` and
    /// `-description`.
    pub testid: &'static str,
    /// The chart in words.
    pub description: String,
    /// How to read the chart, after the description.
    pub note: String,
    /// Controls beside the title (the axis switch), if any.
    pub controls: Html,
    /// The legend: each entry's mark and words. Hidden from screen readers, which read
    /// the description.
    pub legend: Vec<(Mark, String)>,
    /// The data table, folded under the chart.
    pub table: Html,
}

/// One chart with everything around it. A plain function: the canvas holds the state, and
/// the table and controls stay out of any component's props, which would compare them on
/// every render.
pub fn chart_panel(panel: ChartPanelContent, drawing: Drawing) -> Html {
    let ChartPanelContent {
        title,
        title_id,
        testid,
        description,
        note,
        controls,
        legend,
        table,
    } = panel;
    html! {
        <section class="chart" aria-labelledby={title_id.clone()}>
            <div class="chart-head">
                <h2 id={title_id} data-testid={format!("{testid}-title")}>{ title.clone() }</h2>
                { controls }
            </div>
            <ul class="legend" aria-hidden="true">
                { for legend.iter().map(|(mark, words)| html! { <li class={mark.class()}>{ words.clone() }</li> }) }
            </ul>
            <ChartCanvas
                drawing={Rc::new(drawing)}
                description={description.clone()}
                title={title.clone()}
                subtitle={note.trim().to_owned()}
                {legend}
                {testid}
            />
            <p class="chart-note" data-testid={format!("{testid}-description")}>
                { description }
                { note }
            </p>
            <details class="data-table">
                <summary>{ "Data table" }</summary>
                { table }
            </details>
        </section>
    }
}
