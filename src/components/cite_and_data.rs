//! The scenario's data to download and its citation to paste, on the full page.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{download_text, today_iso};
use crate::chart::ChartData;
use crate::components::CopyButton;
use crate::csv::{citation, download_name, scenario_csv, CsvSource};
use crate::model::{decide, ChosenPresets, Outcome};

/// A button that downloads the scenario as CSV (`crate::csv`: the inputs, the outputs,
/// today's chart's series and the yearly projection, under a line naming the source, the
/// dates and `address`), and "Cite this": a citation a newspaper prints (the site, the
/// title, `data_as_of`, the date of the network data, and today's), with a button that
/// copies it, and `address` apart.
/// Everything is made in the page. A plain function: it holds no state.
pub fn cite_and_data(
    outcome: &Rc<Outcome>,
    presets: ChosenPresets,
    chart: &Rc<ChartData>,
    data_as_of: &'static str,
    address: String,
) -> Html {
    let made_on = today_iso();
    let text = citation(&made_on, data_as_of);
    let download = {
        let (outcome, chart, address) = (outcome.clone(), chart.clone(), address.clone());
        Callback::from(move |_: MouseEvent| {
            // The decision is computed here: today's view does not keep one.
            let decision = decide(&outcome.scenario);
            let csv = scenario_csv(&CsvSource {
                outcome: &outcome,
                presets,
                chart: &chart,
                decision: &decision,
                made_on: &today_iso(),
                data_as_of,
                address: &address,
            });
            let name = download_name(None, &outcome.scenario, presets, data_as_of, "csv");
            if let Err(error) = download_text(&name, "text/csv;charset=utf-8", &csv) {
                web_sys::console::error_2(
                    &"mining-vs-ai: the CSV could not be offered".into(),
                    &error,
                );
            }
        })
    };
    html! {
        <div class="cite-and-data">
            <button type="button" data-testid="download-csv" onclick={download}>
                { "Download the data (CSV)" }
            </button>
            <details class="cite" data-testid="cite">
                <summary>{ "Cite this" }</summary>
                <p data-testid="citation">{ text.clone() }</p>
                <CopyButton
                    text={text}
                    label="Copy the citation"
                    copied="Citation copied."
                    testid="copy-citation"
                />
                <p class="note citation-link">
                    { "The link to this scenario, pinned to its data: " }
                    <a href={address.clone()} data-testid="citation-link">{ address.clone() }</a>
                </p>
            </details>
        </div>
    }
}
