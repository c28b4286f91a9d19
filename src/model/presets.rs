//! Named scenarios: the article's claim, the large leases of 2025, and hardware choices.
//!
//! A preset starts from [`Scenario::default`] and changes only what it is about, so a
//! hardware preset keeps the prices the reader set elsewhere at their defaults. The
//! article's preset is the exception: it is the article's figures, frozen.

use super::inputs::{AiMode, Scenario};

/// A named scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// "Article, March 2026": frozen at the article's figures ("Bitcoin hashrate drops as
    /// miners switch to AI", igcurrencynews.com, about 2026-03-23), not the data snapshot:
    /// $65,000 BTC, 950 EH/s, 0.03 BTC of fees a block. With 18 J/TH and a $150/kW-month
    /// lease, mining earns ~$67 per grid MWh and the lease $205 per IT MWh ($171 per grid
    /// MWh at PUE 1.2).
    ArticleMarch2026,
    /// Hut 8 - Fluidstack: $7B over 15 years for 245 IT MW = $159/kW-month, triple-net.
    /// Site size = 245 IT MW x PUE 1.2 = 294 grid MW.
    Hut8Fluidstack,
    /// Core Scientific - CoreWeave: $8.7B over 12 years for 500 IT MW = $121/kW-month, power
    /// passed through. Site size = 500 IT MW x PUE 1.2 = 600 grid MW.
    CoreScientificCoreWeave,
    /// IREN - Microsoft: $9.7B over 5 years for 200 IT MW of GB300 GPU cloud, GPUs included:
    /// $1.94B a year = $808/kW-month = $1,107 per IT MWh. At 140 kW per 72-GPU rack
    /// (1.944 kW per GPU) that is ~$2.15 per GPU-hour at 100% contracted utilization.
    /// Site size = 200 IT MW x PUE 1.2 = 240 grid MW.
    IrenMicrosoft,
    /// Antminer S21: 200 TH/s at 3,500 W = 17.5 J/TH (Bitmain spec).
    AntminerS21,
    /// Antminer S21 XP: 270 TH/s at 13.5 J/TH (Bitmain spec).
    AntminerS21Xp,
    /// Antminer S23 Hydro: 580 TH/s at ~9.5 J/TH (launch reports); water-cooled, PUE 1.03
    /// as the low end of immersion and hydro sites (est.).
    AntminerS23Hydro,
    /// NVIDIA H100 GPU cloud: 1.4 kW per GPU all-in IT (DGX H100 10.2 kW / 8 plus network),
    /// $2.35 per GPU-hour (1-year reserved, Mar 2026).
    H100,
    /// NVIDIA B200 GPU cloud: 1.9 kW per GPU (DGX B200 ~14.3 kW / 8), $5.00 per GPU-hour
    /// (neoclouds $3.75-6.50, 2026).
    B200,
    /// NVIDIA GB200 NVL72 GPU cloud: 132 kW per 72-GPU rack = 1.833 kW per GPU; priced as a
    /// B200 at $5.00 per GPU-hour (est.: rack-scale systems have no public per-GPU-hour
    /// market); liquid-cooled, AI PUE 1.1 (liquid cooling 1.05-1.2).
    Gb200Nvl72,
}

impl Preset {
    /// Every preset, in the order a picker shows them.
    pub const ALL: [Preset; 10] = [
        Preset::ArticleMarch2026,
        Preset::Hut8Fluidstack,
        Preset::CoreScientificCoreWeave,
        Preset::IrenMicrosoft,
        Preset::AntminerS21,
        Preset::AntminerS21Xp,
        Preset::AntminerS23Hydro,
        Preset::H100,
        Preset::B200,
        Preset::Gb200Nvl72,
    ];

    /// Stable identifier, used in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Preset::ArticleMarch2026 => "article-2026-03",
            Preset::Hut8Fluidstack => "hut8-fluidstack",
            Preset::CoreScientificCoreWeave => "corescientific-coreweave",
            Preset::IrenMicrosoft => "iren-microsoft",
            Preset::AntminerS21 => "s21",
            Preset::AntminerS21Xp => "s21-xp",
            Preset::AntminerS23Hydro => "s23-hydro",
            Preset::H100 => "h100",
            Preset::B200 => "b200",
            Preset::Gb200Nvl72 => "gb200-nvl72",
        }
    }

    /// Name for people.
    pub fn name(self) -> &'static str {
        match self {
            Preset::ArticleMarch2026 => "Article, March 2026",
            Preset::Hut8Fluidstack => "Hut 8 - Fluidstack lease",
            Preset::CoreScientificCoreWeave => "Core Scientific - CoreWeave lease",
            Preset::IrenMicrosoft => "IREN - Microsoft GPU cloud",
            Preset::AntminerS21 => "Antminer S21 (17.5 J/TH)",
            Preset::AntminerS21Xp => "Antminer S21 XP (13.5 J/TH)",
            Preset::AntminerS23Hydro => "Antminer S23 Hydro (9.5 J/TH)",
            Preset::H100 => "NVIDIA H100 cloud",
            Preset::B200 => "NVIDIA B200 cloud",
            Preset::Gb200Nvl72 => "NVIDIA GB200 NVL72 cloud",
        }
    }

    /// The scenario `preset` starts from, or the defaults without one: what a link leaves
    /// out and what "(modified)" compares with.
    pub fn base(preset: Option<Preset>) -> Scenario {
        preset.map_or_else(Scenario::default, Preset::scenario)
    }

    /// The preset with this identifier, if any.
    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| preset.id() == id)
    }

    /// The preset's scenario.
    pub fn scenario(self) -> Scenario {
        let defaults = Scenario::default();
        match self {
            Preset::ArticleMarch2026 => Scenario {
                btc_price_usd: 65_000.0,
                network_hashrate_eh_per_s: 950.0,
                fees_per_block_btc: 0.03,
                ..defaults
            },
            Preset::Hut8Fluidstack => Scenario {
                site_mw: 294.0,
                ai_mode: AiMode::HpcLease,
                lease_usd_per_kw_month: 159.0,
                lease_power_passthrough: true,
                ..defaults
            },
            Preset::CoreScientificCoreWeave => Scenario {
                site_mw: 600.0,
                ai_mode: AiMode::HpcLease,
                lease_usd_per_kw_month: 121.0,
                lease_power_passthrough: true,
                ..defaults
            },
            Preset::IrenMicrosoft => Scenario {
                site_mw: 240.0,
                ai_mode: AiMode::GpuCloud,
                gpu_power_kw: 140.0 / 72.0,
                gpu_price_usd_per_hour: 2.15,
                gpu_utilization_pct: 100.0,
                ..defaults
            },
            Preset::AntminerS21 => Scenario {
                fleet_efficiency_j_per_th: 17.5,
                ..defaults
            },
            Preset::AntminerS21Xp => Scenario {
                fleet_efficiency_j_per_th: 13.5,
                ..defaults
            },
            Preset::AntminerS23Hydro => Scenario {
                fleet_efficiency_j_per_th: 9.5,
                mining_pue: 1.03,
                ..defaults
            },
            Preset::H100 => Scenario {
                ai_mode: AiMode::GpuCloud,
                gpu_power_kw: 1.4,
                gpu_price_usd_per_hour: 2.35,
                ..defaults
            },
            Preset::B200 => Scenario {
                ai_mode: AiMode::GpuCloud,
                gpu_power_kw: 1.9,
                gpu_price_usd_per_hour: 5.0,
                ..defaults
            },
            Preset::Gb200Nvl72 => Scenario {
                ai_mode: AiMode::GpuCloud,
                gpu_power_kw: 132.0 / 72.0,
                gpu_price_usd_per_hour: 5.0,
                ai_pue: 1.1,
                ..defaults
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_already_in_range() {
        for preset in Preset::ALL {
            assert_eq!(
                preset.scenario().sanitized(),
                preset.scenario(),
                "{}",
                preset.id()
            );
        }
    }

    #[test]
    fn ids_round_trip_and_are_unique() {
        for preset in Preset::ALL {
            assert_eq!(Preset::from_id(preset.id()), Some(preset));
        }
        assert_eq!(Preset::from_id("no-such-preset"), None);
    }

    #[test]
    fn the_article_preset_keeps_the_articles_figures_whatever_the_snapshot() {
        let article = Preset::ArticleMarch2026.scenario();
        assert_eq!(article.btc_price_usd, 65_000.0);
        assert_eq!(article.network_hashrate_eh_per_s, 950.0);
        assert_eq!(article.fees_per_block_btc, 0.03);
    }
}
