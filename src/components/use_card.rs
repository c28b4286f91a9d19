//! The figures of one use of the power: mining or AI.

use yew::prelude::*;

use crate::components::figure;
use crate::format::{usd, usd_whole};
use crate::model::{ai, Outcome, Output};

/// The figures of one use, `use_name` being "mining" or "ai" (its colour class): `figures`
/// in dollars (revenue, power cost and margin per MWh, in whole dollars as the industry
/// quotes them; margin per MW-year and for the site, to three significant figures), then
/// `breakeven_power`, the power price at which the margin is zero (none when the operator
/// pays no power). A plain function: it holds no state.
pub fn use_card(
    title: &str,
    use_name: &str,
    outcome: &Outcome,
    figures: [Output; 5],
    breakeven_power: Output,
) -> Html {
    let breakeven = breakeven_power.value(outcome);
    html! {
        <section class={classes!("card", use_name.to_owned())} aria-label={title.to_owned()}>
            <h2>{ title.to_owned() }</h2>
            <dl>
                { for figures.into_iter().enumerate().map(|(index, output)| {
                    let value = output.value(outcome);
                    let display = match value {
                        // Not "$0": the power is not free, the tenant pays for it.
                        Some(_) if output == Output::AiPowerCostPerMwh
                            && !ai::operator_pays_power(&outcome.scenario) =>
                        {
                            "paid by the tenant".to_owned()
                        }
                        Some(value) if index < 3 => usd_whole(value),
                        Some(value) => usd(value),
                        None => String::new(),
                    };
                    figure(output.label(), display, value, output.id())
                }) }
                { figure(breakeven_power.label(), breakeven.map_or_else(
                        || "none: the tenant pays for power".to_owned(),
                        |price| format!("{}/MWh", usd_whole(price)),
                    ), breakeven, breakeven_power.id()) }
            </dl>
        </section>
    }
}
