//! The figures of one use of the power: mining or AI.

use yew::prelude::*;

use crate::components::Figure;
use crate::format::usd;
use crate::model::UseEconomics;

/// Props of [`UseCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct UseCardProps {
    /// Heading, e.g. "Mining".
    pub title: AttrValue,
    /// Prefix of the figures' test ids: "mining" or "ai".
    pub testid_prefix: AttrValue,
    /// CSS class that gives the card its colour.
    pub class: AttrValue,
    /// The economics to show.
    pub economics: UseEconomics,
    /// Power price in $/MWh at which the margin is zero; `None` when the operator pays no
    /// power.
    pub breakeven_power_usd_per_mwh: Option<f64>,
}

/// Revenue, power cost and margin per MWh; margin per MW-year and for the site; the power
/// price at which the margin is zero.
#[component]
pub fn UseCard(props: &UseCardProps) -> Html {
    let economics = &props.economics;
    let prefix = &props.testid_prefix;
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
        <section class={classes!("card", props.class.to_string())} aria-label={props.title.clone()}>
            <h2>{ props.title.clone() }</h2>
            <dl>
                { for rows.into_iter().map(|(label, id, value)| html! {
                    <Figure
                        label={label}
                        display={usd(value)}
                        value={Some(value)}
                        testid={format!("{prefix}-{id}")}
                    />
                }) }
                <Figure
                    label="Break-even power price"
                    display={props.breakeven_power_usd_per_mwh.map_or_else(
                        || "none (pass-through)".to_owned(),
                        |price| format!("{}/MWh", usd(price)),
                    )}
                    value={props.breakeven_power_usd_per_mwh}
                    testid={format!("{prefix}-breakeven-power")}
                />
            </dl>
        </section>
    }
}
