//! The network data snapshot: the network's figures on one date, each with its source,
//! from `data/snapshot.json` (written by `scripts/refresh-snapshot.mjs`). The build turns
//! the file into these constants; the defaults of the BTC price, the network hashrate and
//! the fees per block come from them.

include!(concat!(env!("OUT_DIR"), "/snapshot.rs"));

/// The figures the defaults take from one snapshot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Snapshot {
    /// Its date, YYYY-MM-DD.
    pub as_of: &'static str,
    /// Its date for people: "26 June 2026".
    pub as_of_text: &'static str,
    /// BTC price, $.
    pub btc_price_usd: f64,
    /// Network hashrate, EH/s.
    pub network_hashrate_eh_per_s: f64,
    /// Fees per block, BTC.
    pub fees_per_block_btc: f64,
    /// Block subsidy at its height, BTC.
    pub block_subsidy_btc: f64,
    /// Years from its date to the next halving.
    pub years_to_next_halving: f64,
}

/// The snapshot of date `as_of`, if the site still has it.
pub fn known(as_of: &str) -> Option<&'static Snapshot> {
    KNOWN.iter().find(|snapshot| snapshot.as_of == as_of)
}

/// The snapshot the defaults follow: the newest.
pub fn latest() -> &'static Snapshot {
    &KNOWN[KNOWN.len() - 1]
}
