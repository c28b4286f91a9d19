//! The figures of one use of the power: mining or AI.

use yew::prelude::*;

use crate::components::figure;
use crate::format::usd;
use crate::model::{Outcome, Output};

/// The figures of one use, `use_name` being "mining" or "ai" (its colour class): `figures`
/// in dollars (revenue, power cost and margin per MWh; margin per MW-year and for the
/// site), then `breakeven_power`, the power price at which the margin is zero (none when the
/// operator pays no power). A plain function: it holds no state.
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
                { for figures.into_iter().map(|output| {
                    let value = output.value(outcome);
                    figure(output.label(), value.map_or_else(String::new, usd), value, output.id())
                }) }
                { figure(breakeven_power.label(), breakeven.map_or_else(
                        || "none (pass-through)".to_owned(),
                        |price| format!("{}/MWh", usd(price)),
                    ), breakeven, breakeven_power.id()) }
            </dl>
        </section>
    }
}
