//! Three named paths for the BTC price and the network hashrate over the years: constant
//! growth rates, which the decision takes as `btcg` and `hashg`, each with where it comes
//! from. What mining earns follows their ratio: the hashprice grows by
//! (1 + BTC growth) / (1 + hashrate growth) a year, before halvings.

use super::inputs::{Input, Scenario};

/// A path for the BTC price and the network hashrate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Path {
    /// A long slide, milder than the 2026 drawdown.
    Bear,
    /// No forecast: today's price and hashrate held.
    Base,
    /// The 2020-2025 record carried on.
    Bull,
}

impl Path {
    /// Every path, bear first.
    pub const ALL: [Path; 3] = [Path::Bear, Path::Base, Path::Bull];

    /// Its id: `bear`, `base` or `bull`.
    pub fn key(self) -> &'static str {
        match self {
            Path::Bear => "bear",
            Path::Base => "base",
            Path::Bull => "bull",
        }
    }

    /// The path `key` names, if any.
    pub fn from_key(key: &str) -> Option<Path> {
        Path::ALL.into_iter().find(|path| path.key() == key)
    }

    /// The path `scenario` is on: the one whose growth rates it has, if any.
    pub fn of(scenario: &Scenario) -> Option<Path> {
        Path::ALL.into_iter().find(|path| {
            Input::BtcGrowth.get(scenario) == path.btc_growth_pct_per_year()
                && Input::HashrateGrowth.get(scenario) == path.hashrate_growth_pct_per_year()
        })
    }

    /// Its name for people.
    pub fn label(self) -> &'static str {
        match self {
            Path::Bear => "Bear",
            Path::Base => "Base",
            Path::Bull => "Bull",
        }
    }

    /// The BTC price's growth, % a year.
    pub fn btc_growth_pct_per_year(self) -> f64 {
        match self {
            Path::Bear => -25.0,
            Path::Base => 0.0,
            Path::Bull => 67.0,
        }
    }

    /// The network hashrate's growth, % a year.
    pub fn hashrate_growth_pct_per_year(self) -> f64 {
        match self {
            Path::Bear => -10.0,
            Path::Base => 0.0,
            Path::Bull => 46.0,
        }
    }

    /// What the path assumes, and its source.
    pub fn source(self) -> &'static str {
        match self {
            Path::Bear => "A long slide, much milder than the 2026 drawdown (BTC fell 52% from its high of $126,272 on 6 Oct 2025 to ~$60,500 in June 2026; the hashrate 10-30% from its peak, Coin Metrics via Sandmark): BTC falls 25% a year and the hashrate 10% (est.), so the hashprice falls about 17% a year before halvings.",
            Path::Base => "No forecast: today's BTC price and hashrate, held for every year.",
            Path::Bull => "The 2020-2025 record carried on: BTC from ~$7,200 (Jan 2020) to ~$94,000 (Jan 2025), +67% a year, and the hashrate from ~120 to ~800 EH/s, +46% a year (public price and chain data), so the hashprice grows about 14% a year before halvings; with them, it falls about 4% a year, as it fell over 2020-2025.",
        }
    }

    /// `scenario` on this path: its BTC and hashrate growth set, all else as it is.
    pub fn on(self, scenario: &Scenario) -> Scenario {
        let mut moved = *scenario;
        Input::BtcGrowth.set(&mut moved, self.btc_growth_pct_per_year());
        Input::HashrateGrowth.set(&mut moved, self.hashrate_growth_pct_per_year());
        moved
    }
}
