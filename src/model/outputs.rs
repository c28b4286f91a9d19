//! The outputs of one scenario, each declared once with the id that the page's
//! `data-testid`, `compute()`'s keys and the embed's change message use.

use super::compare::Outcome;
use super::inputs::AiMode;

/// Declares the outputs: for each, its doc line, `Variant, "id", "label" => |outcome| value`
/// where the value is an `Option<f64>`, `None` where the page shows no number.
macro_rules! outputs {
    ($(
        $(#[doc = $doc:literal])+
        $variant:ident, $id:literal, $label:literal => |$outcome:ident| $value:expr;
    )+) => {
        /// One output of a scenario.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Output {
            $(
                $(#[doc = $doc])+
                $variant,
            )+
        }

        impl Output {
            /// Every output, in the order of the table.
            pub const ALL: [Output; [$(Output::$variant),+].len()] = [$(Output::$variant),+];

            /// The id: the page's `data-testid`, and the key in `compute()`'s result and in
            /// the embed's change message.
            pub fn id(self) -> &'static str {
                match self {
                    $(Output::$variant => $id,)+
                }
            }

            /// What the page calls it.
            pub fn label(self) -> &'static str {
                match self {
                    $(Output::$variant => $label,)+
                }
            }

            /// Its value in `outcome`; `None` where there is no number to show.
            pub fn value(self, outcome: &Outcome) -> Option<f64> {
                match self {
                    $(Output::$variant => {
                        let $outcome = outcome;
                        $value
                    })+
                }
            }
        }
    };
}

outputs! {
    /// AI's margin per MW-year minus mining's, $.
    MarginGapMwYear, "margin-gap-mw-year", "AI minus mining, per MW a year" => |o| Some(o.margin_gap_usd_per_mw_year);
    /// AI margin per MW-year over mining's; none where mining loses money, and none for a
    /// GPU cloud, whose margin leaves out the cost of its GPUs.
    AiToMiningRatio, "ai-to-mining-ratio", "AI margin over mining margin" => |o| o.ai_to_mining_margin_ratio.filter(|_| o.scenario.ai_mode == AiMode::HpcLease);
    /// BTC price at which the margins per MW-year are equal, $, at the scenario's network
    /// hashrate and subsidy.
    BreakevenBtc, "breakeven-btc", "BTC price where mining matches AI" => |o| o.breakeven_btc_price_usd;
    /// The same after the next halving, $.
    BreakevenBtcAfterHalving, "breakeven-btc-after-halving", "The same after the next halving" => |o| o.breakeven_btc_price_after_halving_usd;
    /// Hashprice before the pool fee at which the margins per MW-year are equal, $/PH/day.
    BreakevenHashprice, "breakeven-hashprice", "Hashprice where mining matches AI, before pool fee" => |o| o.breakeven_hashprice_usd_per_ph_day;
    /// What 1 PH/s earns a day before pool fees, $/PH/day.
    Hashprice, "hashprice", "Mining revenue a day per PH/s (hashprice), before pool fee" => |o| Some(o.hashprice_usd_per_ph_day);
    /// Hashrate one grid MW runs, PH/s.
    HashratePerMw, "hashrate-per-mw", "Hashing power one MW runs" => |o| Some(o.hashrate_ph_per_s_per_mw);
    /// GPUs one grid MW runs in GPU-cloud mode.
    GpusPerMw, "gpus-per-mw", "GPUs one MW runs" => |o| Some(o.gpus_per_mw);
    /// Power price at which mining's margin is zero, $/MWh.
    MiningBreakevenPower, "mining-breakeven-power", "Power price where the margin is zero" => |o| Some(o.mining_breakeven_power_price_usd_per_mwh);
    /// Power price at which AI's margin is zero, $/MWh; none under a pass-through lease.
    AiBreakevenPower, "ai-breakeven-power", "Power price where the margin is zero" => |o| o.ai_breakeven_power_price_usd_per_mwh;
    /// Mining revenue per grid MWh consumed, $.
    MiningRevenuePerMwh, "mining-revenue-per-mwh", "Revenue per MWh used" => |o| Some(o.mining.revenue_usd_per_mwh);
    /// Mining power cost per grid MWh consumed, $.
    MiningPowerCostPerMwh, "mining-power-cost-per-mwh", "Power cost per MWh used" => |o| Some(o.mining.power_cost_usd_per_mwh);
    /// Mining margin per grid MWh consumed, $.
    MiningMarginPerMwh, "mining-margin-per-mwh", "Margin per MWh used" => |o| Some(o.mining.margin_usd_per_mwh);
    /// Mining margin per MW of grid capacity per year, $.
    MiningMarginMwYear, "mining-margin-mw-year", "Margin per MW a year" => |o| Some(o.mining.margin_usd_per_mw_year);
    /// Mining margin of the whole site per year, $.
    MiningMarginSiteYear, "mining-margin-site-year", "Margin, whole site, a year" => |o| Some(o.mining.site_margin_usd_per_year);
    /// AI revenue per grid MWh of capacity, $.
    AiRevenuePerMwh, "ai-revenue-per-mwh", "Revenue per MWh of capacity" => |o| Some(o.ai.revenue_usd_per_mwh);
    /// AI power cost borne by the operator per grid MWh of capacity, $.
    AiPowerCostPerMwh, "ai-power-cost-per-mwh", "Power cost per MWh of capacity" => |o| Some(o.ai.power_cost_usd_per_mwh);
    /// AI margin per grid MWh of capacity, $.
    AiMarginPerMwh, "ai-margin-per-mwh", "Margin per MWh of capacity" => |o| Some(o.ai.margin_usd_per_mwh);
    /// AI margin per MW of grid capacity per year, $.
    AiMarginMwYear, "ai-margin-mw-year", "Margin per MW a year" => |o| Some(o.ai.margin_usd_per_mw_year);
    /// AI margin of the whole site per year, $.
    AiMarginSiteYear, "ai-margin-site-year", "Margin, whole site, a year" => |o| Some(o.ai.site_margin_usd_per_year);
    /// AI revenue per MWh of IT load, $: the basis leases are quoted on (grid MWh x PUE).
    AiRevenuePerItMwh, "ai-revenue-per-it-mwh", "AI revenue per MWh of IT load" => |o| Some(o.ai.revenue_usd_per_mwh * o.scenario.ai_pue);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute, Scenario};

    #[test]
    fn ids_are_unique_and_values_finite() {
        let outcome = compute(&Scenario::default());
        for (index, output) in Output::ALL.into_iter().enumerate() {
            assert!(
                Output::ALL[..index]
                    .iter()
                    .all(|other| other.id() != output.id()),
                "{} twice",
                output.id()
            );
            assert!(output.value(&outcome).is_none_or(f64::is_finite));
        }
    }
}
