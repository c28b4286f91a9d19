//! Mining and AI side by side, per MWh, per MW and for the whole site.

use super::inputs::Scenario;
use super::{ai, mining};

/// Hours in a year.
pub const HOURS_PER_YEAR: f64 = 8760.0;

/// What one use of the power earns. Per-MWh figures are per MWh of grid power consumed;
/// per-MW figures are per MW of grid capacity and count only the hours that use runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UseEconomics {
    /// Revenue per grid MWh consumed, $/MWh.
    pub revenue_usd_per_mwh: f64,
    /// Power cost borne by the operator per grid MWh consumed, $/MWh.
    pub power_cost_usd_per_mwh: f64,
    /// Revenue minus power cost per grid MWh consumed, $/MWh.
    pub margin_usd_per_mwh: f64,
    /// Margin per MW of grid capacity per year, $.
    pub margin_usd_per_mw_year: f64,
    /// Margin of the whole site per year, $.
    pub site_margin_usd_per_year: f64,
}

impl UseEconomics {
    /// `running_share` is the share of the hours of a year this use runs, 0-1.
    fn new(
        revenue_usd_per_mwh: f64,
        power_cost_usd_per_mwh: f64,
        running_share: f64,
        site_mw: f64,
    ) -> Self {
        let margin_usd_per_mwh = revenue_usd_per_mwh - power_cost_usd_per_mwh;
        let margin_usd_per_mw_year = margin_usd_per_mwh * HOURS_PER_YEAR * running_share;
        Self {
            revenue_usd_per_mwh,
            power_cost_usd_per_mwh,
            margin_usd_per_mwh,
            margin_usd_per_mw_year,
            site_margin_usd_per_year: margin_usd_per_mw_year * site_mw,
        }
    }
}

/// Every output of one scenario. All numbers are finite for any input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    /// The scenario as computed, after sanitizing.
    pub scenario: Scenario,
    /// Mining the power.
    pub mining: UseEconomics,
    /// Serving AI with the power.
    pub ai: UseEconomics,
    /// What 1 PH/s earns a day before pool fees, $/PH/day.
    pub hashprice_usd_per_ph_day: f64,
    /// Hashrate one grid MW runs, PH/s per MW.
    pub hashrate_ph_per_s_per_mw: f64,
    /// GPUs one grid MW runs in GPU-cloud mode, GPUs per MW.
    pub gpus_per_mw: f64,
    /// AI's margin per MW-year minus mining's, $: the gap that barely moves when mining's
    /// margin nears zero and the ratio runs away.
    pub margin_gap_usd_per_mw_year: f64,
    /// BTC price in USD at which mining's margin per MW-year equals AI's, at the scenario's
    /// network hashrate, subsidy and fees. `None` when mining earns at least as much as AI
    /// at any BTC price, however low.
    pub breakeven_btc_price_usd: Option<f64>,
    /// Whether mining earns at least as much as AI at any BTC price, however low: AI's
    /// margin does not even cover what mining pays for power while it runs.
    pub mining_wins_at_any_btc_price: bool,
    /// The same break-even once the next halving has cut the subsidy in half, all else held:
    /// the subsidy's share of revenue halves and the fees' stays.
    pub breakeven_btc_price_after_halving_usd: Option<f64>,
    /// Hashprice before the pool fee, in $/PH/day, at which mining's margin per MW-year
    /// equals AI's: whatever mix of BTC price, hashrate, subsidy and fees produces it. `None`
    /// when mining wins at any BTC price.
    pub breakeven_hashprice_usd_per_ph_day: Option<f64>,
    /// Power price in $/MWh at which mining's margin is zero.
    pub mining_breakeven_power_price_usd_per_mwh: f64,
    /// Power price in $/MWh at which AI's margin is zero. `None` when the operator bears no
    /// power cost (a pass-through lease), so the margin never reaches zero.
    pub ai_breakeven_power_price_usd_per_mwh: Option<f64>,
    /// AI margin per MW-year over mining margin per MW-year. `None` when mining's margin is
    /// zero or negative, where a ratio would mislead.
    pub ai_to_mining_margin_ratio: Option<f64>,
}

/// Computes every output of a scenario. The scenario is sanitized first, so any input,
/// however hostile, gives finite outputs.
pub fn compute(scenario: &Scenario) -> Outcome {
    compute_sanitized(scenario.sanitized())
}

/// [`compute`] of a scenario already sanitized: for callers that sanitize once and vary one
/// input in range, such as a sweep (sanitizing every field of every point doubled a sweep's
/// time once the decision's inputs joined the scenario; criterion, `make bench`).
pub(crate) fn compute_sanitized(scenario: Scenario) -> Outcome {
    let mining_running_share = mining::running_share(&scenario);
    let mining = UseEconomics::new(
        mining::revenue_usd_per_mwh(&scenario),
        scenario.power_price_usd_per_mwh,
        mining_running_share,
        scenario.site_mw,
    );
    // A lease is paid for every hour and a GPU cloud's utilization is already in its revenue.
    let ai = UseEconomics::new(
        ai::revenue_usd_per_mwh(&scenario),
        ai::power_cost_usd_per_mwh(&scenario),
        1.0,
        scenario.site_mw,
    );

    // Mining's margin per MW-year equals AI's when mining earns this much per MWh it uses:
    // AI's margin spread over mining's hours, plus the power mining pays for.
    let mining_mwh_per_mw_year = HOURS_PER_YEAR * mining_running_share;
    let matching_revenue_usd_per_mwh =
        ai.margin_usd_per_mw_year / mining_mwh_per_mw_year + scenario.power_price_usd_per_mwh;
    let mining_wins_at_any_btc_price = matching_revenue_usd_per_mwh <= 0.0;
    let hashprice_usd_per_ph_day = mining::hashprice_usd_per_ph_day(&scenario);
    // The hashprice that earns it needs no BTC price, hashrate or subsidy.
    let breakeven_hashprice_usd_per_ph_day = (!mining_wins_at_any_btc_price)
        .then(|| {
            mining::hashprice_for_revenue_usd_per_ph_day(&scenario, matching_revenue_usd_per_mwh)
        })
        .filter(|hashprice| hashprice.is_finite());
    // Hashprice is proportional to the BTC price: scale today's. Not finite when mining earns
    // nothing at any price (no subsidy and no fees).
    let breakeven_btc_price_usd = breakeven_hashprice_usd_per_ph_day
        .map(|hashprice| hashprice / hashprice_usd_per_ph_day * scenario.btc_price_usd)
        .filter(|price| price.is_finite() && *price > 0.0);
    // Revenue is proportional to subsidy + fees, so halving the subsidy scales the break-even
    // by (subsidy + fees) / (subsidy / 2 + fees).
    let reward_btc = scenario.block_subsidy_btc + scenario.fees_per_block_btc;
    let reward_after_halving_btc = scenario.block_subsidy_btc / 2.0 + scenario.fees_per_block_btc;
    Outcome {
        scenario,
        margin_gap_usd_per_mw_year: ai.margin_usd_per_mw_year - mining.margin_usd_per_mw_year,
        mining_wins_at_any_btc_price,
        breakeven_btc_price_after_halving_usd: breakeven_btc_price_usd
            .filter(|_| reward_after_halving_btc > 0.0)
            .map(|price| price * reward_btc / reward_after_halving_btc),
        breakeven_hashprice_usd_per_ph_day,
        mining,
        ai,
        hashprice_usd_per_ph_day,
        hashrate_ph_per_s_per_mw: mining::hashrate_ph_per_s_per_mw(&scenario),
        gpus_per_mw: ai::gpus_per_mw(&scenario),
        breakeven_btc_price_usd,
        mining_breakeven_power_price_usd_per_mwh: mining.revenue_usd_per_mwh,
        ai_breakeven_power_price_usd_per_mwh: ai::operator_pays_power(&scenario)
            .then_some(ai.revenue_usd_per_mwh),
        // Finite only: a margin of a few dollars' millionths would give a ratio of infinity.
        ai_to_mining_margin_ratio: (mining.margin_usd_per_mw_year > 0.0)
            .then(|| ai.margin_usd_per_mw_year / mining.margin_usd_per_mw_year)
            .filter(|ratio| ratio.is_finite()),
    }
}
