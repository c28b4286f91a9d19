//! The figures of one use of the power: mining or AI.

use yew::prelude::*;

use crate::components::figure;
use crate::format::usd;
use crate::model::UseEconomics;

/// The figures of one use, `use_name` being "mining" or "ai" (its colour class and the
/// prefix of its test ids): revenue, power cost and margin per MWh; margin per MW-year and
/// for the site; the power price at which the margin is zero (`None` when the operator
/// pays no power). A plain function: it holds no state.
pub fn use_card(
    title: &str,
    use_name: &str,
    economics: &UseEconomics,
    breakeven_power_usd_per_mwh: Option<f64>,
) -> Html {
    let prefix = use_name;
    let rows = [
        (
            "Revenue per MWh",
            "revenue-per-mwh",
            economics.revenue_usd_per_mwh,
        ),
        (
            "Power cost per MWh",
            "power-cost-per-mwh",
            economics.power_cost_usd_per_mwh,
        ),
        (
            "Margin per MWh",
            "margin-per-mwh",
            economics.margin_usd_per_mwh,
        ),
        (
            "Margin per MW-year",
            "margin-mw-year",
            economics.margin_usd_per_mw_year,
        ),
        (
            "Margin, whole site per year",
            "margin-site-year",
            economics.site_margin_usd_per_year,
        ),
    ];
    html! {
        <section class={classes!("card", use_name.to_owned())} aria-label={title.to_owned()}>
            <h2>{ title.to_owned() }</h2>
            <dl>
                { for rows.into_iter().map(|(label, id, value)| html! {
                    { figure(label, usd(value), Some(value), &format!("{prefix}-{id}")) }
                }) }
                { figure("Break-even power price", breakeven_power_usd_per_mwh.map_or_else(
                        || "none (pass-through)".to_owned(),
                        |price| format!("{}/MWh", usd(price)),
                    ), breakeven_power_usd_per_mwh, &format!("{prefix}-breakeven-power")) }
            </dl>
        </section>
    }
}
