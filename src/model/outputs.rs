//! The outputs of one scenario, each declared once with the id that the page's
//! `data-testid`, `compute()`'s keys and the embed's change message use: today's
//! ([`Output`], from an [`Outcome`]), the decision over time's ([`DecisionOutput`], from a
//! [`Decision`]), and the columns of the yearly table ([`YEAR_COLUMNS`]).

use super::ai::gpus_per_mw;
use super::compare::Outcome;
use super::decision::Decision;
use super::inputs::AiMode;

/// Declares outputs: the enum's doc and `Name for Source;`, then for each output its doc
/// line, `Variant, "id", "label" => |source| value` where the value is an `Option<f64>`,
/// `None` where the page shows no number.
macro_rules! outputs {
    (
        $(#[doc = $enum_doc:literal])+
        $name:ident for $source:ty;
        $(
            $(#[doc = $doc:literal])+
            $variant:ident, $id:literal, $label:literal => |$outcome:ident| $value:expr;
        )+
    ) => {
        $(#[doc = $enum_doc])+
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $(
                $(#[doc = $doc])+
                $variant,
            )+
        }

        impl $name {
            /// Every output, in the order of the table.
            pub const ALL: [$name; [$($name::$variant),+].len()] = [$($name::$variant),+];

            /// The id: the page's `data-testid`, and the key in `compute()`'s result and in
            /// the embed's change message.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// What the page calls it.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }

            /// Its value in `source`; `None` where there is no number to show.
            pub fn value(self, source: &$source) -> Option<f64> {
                match self {
                    $($name::$variant => {
                        let $outcome = source;
                        $value
                    })+
                }
            }
        }
    };
}

outputs! {
    /// One output of today's comparison.
    Output for Outcome;
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

outputs! {
    /// One output of the decision over time, per MW of grid capacity unless it says the site.
    DecisionOutput for Decision;
    /// Keep mining's NPV, $.
    NpvMining, "npv-mining", "Value today (NPV)" => |d| Some(d.keep_mining.npv_usd);
    /// Convert's NPV, $.
    NpvAi, "npv-ai", "Value today (NPV)" => |d| Some(d.convert.npv_usd);
    /// Convert's NPV minus keep mining's, $.
    NpvGain, "npv-gain", "Converting gains, per MW (NPV)" => |d| Some(d.difference.npv_usd);
    /// The same for the whole site, $.
    NpvSiteGain, "npv-site-gain", "Converting gains, whole site (NPV)" => |d| Some(d.difference.npv_usd * d.scenario.site_mw);
    /// Convert's IRR, %; none unless its cash flows change sign once.
    IrrAi, "irr-ai", "Return a year (IRR)" => |d| d.convert.irr.map(|rate| rate * 100.0);
    /// The difference's IRR, %: the return on converting's extra capital.
    IrrGain, "irr-gain", "Return on converting (IRR of the difference)" => |d| d.difference.irr.map(|rate| rate * 100.0);
    /// Years until convert's cash pays back its capital; none within the horizon.
    PaybackAi, "payback-ai", "Pays back its capital in" => |d| d.convert.payback_years;
    /// Years until converting's extra cash pays back what it gave up.
    PaybackGain, "payback-gain", "Converting pays back in" => |d| d.difference.payback_years;
    /// Keep mining's equivalent annual margin, $ per MW-year.
    EamMining, "eam-mining", "Equivalent margin a year" => |d| Some(d.keep_mining.equivalent_annual_usd);
    /// Convert's equivalent annual margin, $ per MW-year.
    EamAi, "eam-ai", "Equivalent margin a year" => |d| Some(d.convert.equivalent_annual_usd);
    /// The difference's equivalent annual margin, $ per MW-year.
    EamGain, "eam-gain", "Converting gains a year (equivalent)" => |d| Some(d.difference.equivalent_annual_usd);
    /// Today's BTC price at which both paths have the same NPV, $.
    BreakevenBtcNpv, "breakeven-btc-npv", "BTC price where both are worth the same" => |d| d.breakeven_btc_price_usd;
    /// Year 1's hashprice before pool fee at that price, $/PH/day.
    BreakevenHashpriceNpv, "breakeven-hashprice-npv", "Hashprice in year 1 where both are worth the same, before pool fee" => |d| d.breakeven_hashprice_usd_per_ph_day;
    /// The hall's cost to the operator, $ per grid MW, spent at the start.
    CapexAiPerMw, "capex-ai-per-mw", "The hall's cost per grid MW" => |d| Some(d.convert_capital_usd);
    /// One GPU fleet's cost, $ per grid MW, bought when the hall is ready and again every
    /// GPU life; none for a lease.
    GpuFleetPerMw, "gpu-fleet-per-mw", "Each GPU fleet's cost" => |d| (d.scenario.ai_mode == AiMode::GpuCloud).then(|| gpus_per_mw(&d.scenario) * d.scenario.gpu_cost_usd);
}

/// One column of the yearly table, also a key of each year in `compute()`'s `years`.
#[derive(Debug, Clone, Copy)]
pub struct YearColumn {
    /// Key in `compute()`'s yearly objects.
    pub id: &'static str,
    /// The table's header.
    pub label: &'static str,
    /// Its value in year `index` + 1 of a decision.
    pub value: fn(&Decision, usize) -> f64,
    /// Whether it is a part of a path's cash that the page's table leaves out where it is
    /// zero in every year (a lease buys no GPUs).
    pub part: bool,
}

/// The yearly table's columns, per MW of grid capacity, undiscounted; year first. The
/// running sums ("so far") include convert's cash of year 0 (the hall, and the machines'
/// sale or the first GPUs when they fall then). Convert's cash includes the machines' sale,
/// the GPUs bought and resold, and the hall's value, each also a column of its own.
pub const YEAR_COLUMNS: [YearColumn; 16] = [
    YearColumn {
        id: "year",
        label: "Year",
        value: |d, index| f64::from(d.years[index].year),
        part: false,
    },
    YearColumn {
        id: "hashprice",
        label: "Hashprice before pool fee, $/PH/day",
        value: |d, index| d.years[index].hashprice_usd_per_ph_day,
        part: false,
    },
    YearColumn {
        id: "mining-revenue-per-mwh",
        label: "Mining revenue per MWh used, machines on site",
        value: |d, index| d.years[index].mining_revenue_usd_per_mwh,
        part: false,
    },
    YearColumn {
        id: "mining-on-site",
        label: "Keep mining: machines on site",
        value: |d, index| d.years[index].on_site_usd,
        part: true,
    },
    YearColumn {
        id: "mining-replacements",
        label: "Keep mining: replacements",
        value: |d, index| d.years[index].replacements_usd,
        part: true,
    },
    YearColumn {
        id: "mining-cash",
        label: "Keep mining: cash",
        value: |d, index| d.years[index].keep_mining_usd,
        part: false,
    },
    YearColumn {
        id: "mining-cash-so-far",
        label: "Keep mining: so far",
        value: |d, index| d.running_totals[index + 1].keep_mining_usd,
        part: false,
    },
    YearColumn {
        id: "ai-revenue",
        label: "Rent or GPU revenue",
        value: |d, index| d.years[index].ai_revenue_usd,
        part: false,
    },
    YearColumn {
        id: "machines-sold",
        label: "Machines on site sold",
        value: |d, index| d.years[index].machines_sold_usd,
        part: true,
    },
    YearColumn {
        id: "gpus-bought",
        label: "GPUs bought",
        value: |d, index| d.years[index].gpus_bought_usd,
        part: true,
    },
    YearColumn {
        id: "gpus-resold",
        label: "GPUs resold or held",
        value: |d, index| d.years[index].gpus_resold_usd,
        part: true,
    },
    YearColumn {
        id: "hall-value",
        label: "The hall's value",
        value: |d, index| d.years[index].hall_value_usd,
        part: true,
    },
    YearColumn {
        id: "ai-cash",
        label: "Convert: cash",
        value: |d, index| d.years[index].convert_usd,
        part: false,
    },
    YearColumn {
        id: "ai-cash-so-far",
        label: "Convert: so far",
        value: |d, index| d.running_totals[index + 1].convert_usd,
        part: false,
    },
    YearColumn {
        id: "difference",
        label: "Difference",
        value: |d, index| d.years[index].convert_usd - d.years[index].keep_mining_usd,
        part: false,
    },
    YearColumn {
        id: "cumulative-difference",
        label: "Difference so far",
        value: |d, index| {
            let total = d.running_totals[index + 1];
            total.convert_usd - total.keep_mining_usd
        },
        part: false,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decision::decide;
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
        let decision = decide(&Scenario::default());
        let decision_ids = DecisionOutput::ALL.map(DecisionOutput::id);
        for (index, id) in decision_ids.iter().enumerate() {
            assert!(!decision_ids[..index].contains(id), "{id} twice");
            assert!(
                Output::ALL.iter().all(|output| output.id() != *id),
                "{id} twice"
            );
        }
        for output in DecisionOutput::ALL {
            assert!(output.value(&decision).is_none_or(f64::is_finite));
        }
    }
}
