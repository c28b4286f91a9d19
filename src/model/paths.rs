//! Three named paths for the BTC price and the network hashrate over the years: constant
//! growth rates, which the decision takes as `btcg` and `hashg`, each from a named outlook
//! or window of the record. What mining earns follows their ratio: the hashprice grows by
//! (1 + BTC growth) / (1 + hashrate growth) a year, before halvings; [`Path::implied`] says
//! what a path implies with the halvings, at the horizon.

use super::decision::{grown, hashprice_in_year, horizon_years};
use super::inputs::{Input, Scenario};

/// A path for the BTC price and the network hashrate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Path {
    /// VanEck's bear case for BTC; the hashrate at its 2025-26 pace.
    Bear,
    /// Today's price and hashrate held: the hashprice falls only with the halvings.
    Base,
    /// VanEck's bull case for BTC; the hashrate at its 2025-26 pace.
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
            Path::Bear => 2.0,
            Path::Base => 0.0,
            Path::Bull => 29.0,
        }
    }

    /// The network hashrate's growth, % a year.
    pub fn hashrate_growth_pct_per_year(self) -> f64 {
        match self {
            Path::Bear => 14.0,
            Path::Base => 0.0,
            Path::Bull => 14.0,
        }
    }

    /// What the path assumes, and its source.
    pub fn source(self) -> &'static str {
        match self {
            Path::Bear => "BTC as in VanEck's bear case, +2% a year ($130,000 by 2050 from ~$88,000 at the end of 2025; VanEck, Jan 2026), while the network hashrate keeps its pace of Jan 2025 to Jun 2026, +14% a year (difficulty 110.45 T on 12 Jan 2025 to 133.87 T on 26 Jun 2026): miners keep adding machines while the price barely moves. On the defaults the hashprice then falls about 26% a year with the halvings, to under a dollar per PH/day by year 15: the model does not let the hashrate answer the price.",
            Path::Base => "Today's BTC price and network hashrate, held for every year: the hashprice falls only with the halvings, close to its record from Jan 2020 to Jan 2025 (~$125 to ~$57 per PH/day, -14.5% a year, through two halvings).",
            Path::Bull => "BTC as in VanEck's bull case, +29% a year ($53.4M by 2050 from ~$88,000 at the end of 2025; VanEck, Jan 2026), with the network hashrate at the bear path's +14% a year, the pace of Jan 2025 to Jun 2026.",
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

/// What a path implies for a scenario, at its horizon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Implied {
    /// The hashprice's change a year from year 1 to the horizon's last year, halvings
    /// included, %; 0 over a single year.
    pub hashprice_change_pct_per_year: f64,
    /// The BTC price in the horizon's last year, $.
    pub btc_price_last_year_usd: f64,
    /// The network hashrate in the horizon's last year, EH/s.
    pub network_hashrate_last_year_eh_per_s: f64,
    /// What that network draws at the replacement machines' J/TH, GW: EH/s x J/TH / 1000.
    pub network_power_last_year_gw: f64,
}

impl Path {
    /// What the path implies for `scenario` (sanitized first) over its horizon.
    pub fn implied(self, scenario: &Scenario) -> Implied {
        let moved = self.on(&scenario.sanitized());
        let last = horizon_years(&moved);
        let first_hashprice = hashprice_in_year(&moved, 1);
        let change = if last > 1 && first_hashprice > 0.0 {
            (hashprice_in_year(&moved, last) / first_hashprice).powf(1.0 / f64::from(last - 1))
                - 1.0
        } else {
            0.0
        };
        let hashrate =
            moved.network_hashrate_eh_per_s * grown(self.hashrate_growth_pct_per_year(), last);
        Implied {
            hashprice_change_pct_per_year: change * 100.0,
            btc_price_last_year_usd: moved.btc_price_usd
                * grown(self.btc_growth_pct_per_year(), last),
            network_hashrate_last_year_eh_per_s: hashrate,
            network_power_last_year_gw: hashrate * moved.replacement_efficiency_j_per_th / 1000.0,
        }
    }
}
