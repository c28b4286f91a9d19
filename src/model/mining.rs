//! Bitcoin mining: what one MWh of grid power earns when it runs ASICs.

use super::inputs::Scenario;

/// Blocks per day at the protocol's target of one block every ten minutes.
pub const BLOCKS_PER_DAY: f64 = 144.0;

/// PH/s in one EH/s.
const PH_PER_EH: f64 = 1000.0;

/// MWh that 1 PH/s draws in a day at 1 J/TH: 1 PH/s = 1000 TH/s, so E J/TH draws E kW,
/// which is 24 E kWh = 0.024 E MWh a day.
const MWH_PER_PH_DAY_PER_J_PER_TH: f64 = 0.024;

/// Network hashrate in EH/s implied by a difficulty given in T (10^12):
/// H = D x 2^32 / 600 hashes per second.
pub fn network_hashrate_eh_per_s_from_difficulty(difficulty_t: f64) -> f64 {
    difficulty_t * 1e12 * 4_294_967_296.0 / 600.0 / 1e18
}

/// Hashprice: what 1 PH/s earns a day before pool fees, in $/PH/day, when each block pays
/// `reward_btc` (subsidy + fees), a bitcoin is worth `btc_usd` and the network runs
/// `network_hashrate_eh_per_s`: 144 x reward x BTC price / network hashrate in PH/s.
pub fn hashprice_from(reward_btc: f64, btc_usd: f64, network_hashrate_eh_per_s: f64) -> f64 {
    BLOCKS_PER_DAY * reward_btc * btc_usd / (network_hashrate_eh_per_s * PH_PER_EH)
}

/// The scenario's hashprice, $/PH/day: see [`hashprice_from`].
pub fn hashprice_usd_per_ph_day(scenario: &Scenario) -> f64 {
    hashprice_from(
        scenario.block_subsidy_btc + scenario.fees_per_block_btc,
        scenario.btc_price_usd,
        scenario.network_hashrate_eh_per_s,
    )
}

/// Grid MWh that 1 PH/s draws in a day, cooling and conversion included.
fn grid_mwh_per_ph_day(scenario: &Scenario) -> f64 {
    MWH_PER_PH_DAY_PER_J_PER_TH * scenario.fleet_efficiency_j_per_th * scenario.mining_pue
}

/// Revenue per grid MWh the miners consume at hashprice `hashprice_usd_per_ph_day`, after
/// the pool fee: hashprice x (1 - pool fee) / (0.024 x J/TH x PUE).
pub fn revenue_at_hashprice_usd_per_mwh(scenario: &Scenario, hashprice_usd_per_ph_day: f64) -> f64 {
    hashprice_usd_per_ph_day * (1.0 - scenario.pool_fee_pct / 100.0) / grid_mwh_per_ph_day(scenario)
}

/// Revenue per grid MWh the miners consume at the scenario's hashprice.
pub fn revenue_usd_per_mwh(scenario: &Scenario) -> f64 {
    revenue_at_hashprice_usd_per_mwh(scenario, hashprice_usd_per_ph_day(scenario))
}

/// The hashprice before the pool fee, in $/PH/day, at which mining earns
/// `revenue_usd_per_mwh` per grid MWh it uses: the inverse of
/// [`revenue_at_hashprice_usd_per_mwh`].
pub fn hashprice_for_revenue_usd_per_ph_day(scenario: &Scenario, revenue_usd_per_mwh: f64) -> f64 {
    revenue_usd_per_mwh * grid_mwh_per_ph_day(scenario) / (1.0 - scenario.pool_fee_pct / 100.0)
}

/// Hashrate one MW of grid power runs, in PH/s: 1000 / (J/TH x PUE).
pub fn hashrate_ph_per_s_per_mw(scenario: &Scenario) -> f64 {
    1000.0 / (scenario.fleet_efficiency_j_per_th * scenario.mining_pue)
}

/// Share of the year the miners run.
pub fn running_share(scenario: &Scenario) -> f64 {
    scenario.uptime_pct / 100.0
}
