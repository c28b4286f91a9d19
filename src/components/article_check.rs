//! The article's claims beside the scenario's figures, each on the basis the article uses.

use yew::prelude::*;

use crate::format::usd_whole;
use crate::hooks::UniqueId;
use crate::model::{article, AiMode, Outcome, Output};
use crate::number_text::number_text;

/// Where `value` lies against the range `(low, high)`, in words.
fn against((low, high): (f64, f64), value: f64) -> &'static str {
    if value < low {
        "below it"
    } else if value > high {
        "above it"
    } else {
        "inside it"
    }
}

/// One row: what is compared, the article's range, the scenario's figure (`output`) and
/// where it lies, unless `not_comparable` says why it cannot be set against the range. The
/// figure carries the output's id and raw value where no other figure on the page does
/// (`own_figure`).
fn row(
    what: &str,
    claim: (f64, f64),
    output: Output,
    own_figure: bool,
    not_comparable: Option<&'static str>,
    outcome: &Outcome,
) -> Html {
    let value = output.value(outcome).unwrap_or_default();
    let (testid, raw) = if own_figure {
        (Some(output.id()), Some(number_text(value)))
    } else {
        (None, None)
    };
    html! {
        <tr>
            <th scope="row">{ what.to_owned() }</th>
            <td>{ format!("{}-{}", usd_whole(claim.0), usd_whole(claim.1)) }</td>
            <td data-testid={testid} data-value={raw}>{ usd_whole(value) }</td>
            <td>{ not_comparable.unwrap_or_else(|| against(claim, value)) }</td>
        </tr>
    }
}

/// The article, named, linked and dated, and its revenue claims checked on their own basis:
/// they are revenues, so they are not drawn on the chart of margins. A plain function: it
/// holds no state. Ids come from `ids`, the calling component's.
pub fn article_check(ids: &UniqueId, outcome: &Outcome) -> Html {
    let title_id = ids.id("article-check-title");
    // The article's AI range is what leases earn; a GPU cloud's revenue also pays for its
    // GPUs, so it is no test of the claim.
    let gpu_cloud = (outcome.scenario.ai_mode == AiMode::GpuCloud)
        .then_some("not comparable: a GPU cloud's revenue also pays for its GPUs");
    html! {
        <section class="article-check" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ "The article's claims, on their own basis" }</h2>
            <p class="note">
                <a href={article::URL} rel="noopener" target="_blank">{ article::TITLE }</a>
                { format!(
                    " ({}, {}) puts mining at $57-129 per MWh and AI at $200-500. Those are revenues before any cost: mining per MWh of grid power used, AI per MWh of the tenant's IT load (grid power over PUE).",
                    article::PUBLISHER,
                    article::DATE_TEXT,
                ) }
            </p>
            <table data-testid="article-check">
                <thead>
                    <tr>
                        <th scope="col">{ "Revenue" }</th>
                        <th scope="col">{ "The article" }</th>
                        <th scope="col">{ "Here" }</th>
                        <th scope="col">{ "Against the article" }</th>
                    </tr>
                </thead>
                <tbody>
                    { row("Mining, per MWh used", article::MINING_REVENUE_USD_PER_MWH, Output::MiningRevenuePerMwh, false, None, outcome) }
                    { row("AI, per MWh of IT load", article::AI_REVENUE_USD_PER_IT_MWH, Output::AiRevenuePerItMwh, true, gpu_cloud, outcome) }
                </tbody>
            </table>
        </section>
    }
}
