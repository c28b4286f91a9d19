//! Named scenarios, on three sides a reader combines: the network data, the miner, and the
//! AI deal or GPU hardware.
//!
//! A preset changes only its own side's inputs ([`Side::inputs`]), so choosing a miner
//! keeps the reader's BTC price, power price, site size and AI deal, and a miner can be set
//! against any deal. Each preset is declared once, as one entry of the `presets!` table: its
//! id, name, side, help with its sources, what it assumes and the inputs it sets;
//! [`Preset::scenario`] is the defaults with those changed, and [`Preset::apply`] copies
//! its side out of it.
//!
//! The "Article, March 2026" preset is the network data of the article: its BTC price,
//! network hashrate, fees and subsidy, frozen whatever the snapshot. The article's fleet
//! (18 J/TH) and lease ($150/kW-month, pass-through) are the defaults of the other two sides,
//! so the article's preset alone gives the article's whole scenario.
//!
//! Lease rates are $ per kW of IT load per month: a deal's value / (IT MW x 1,000 x 12 x
//! years). Where a deal discloses a yearly escalator the preset carries the first year's
//! rate, which the escalator raises to the average: a rate r rising by e a year for n years
//! averages r x ((1 + e)^n - 1) / (e x n); where the escalator's size is not disclosed, the
//! preset carries the average and no escalator. A deal's site size is its IT MW times its
//! PUE if disclosed, else the default AI PUE, 1.2. A lease's landlord costs come from the
//! deal's disclosed NOI margin (costs = 1 - margin), which covers every cost the landlord
//! bears, power included.
//!
//! A GPU preset sets a whole bundle that belongs together: the GPU's all-in cost, its power,
//! the price of its hour, how fast that price falls, the fleet's life, the share of hours
//! sold, and converting's discount rate (12%: a GPU cloud's risk is nearer mining's than a
//! backstopped lease's). A contract's price is held flat over each fleet's life, which is
//! the contract's length; fleets renewed after it keep the contract's price and cost, which
//! the preset says.
//!
//! One file, as the inputs are one table: every preset with its figures and their dated
//! sources, one entry each, and the tests that keep each in range and on its side.

use super::inputs::{AiMode, Choice, Input, Scenario, CHOICES};
use super::snapshot::{self, Snapshot};

/// Converting's discount rate of every GPU preset, %: a GPU cloud's risk is nearer mining's
/// than a backstopped lease's.
const GPU_CLOUD_RATE_PCT: f64 = 12.0;

/// The part of a scenario a preset sets; each side has its own picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// What the network pays: BTC price, hashrate, subsidy and fees.
    Network,
    /// The miners: their efficiency and the site's mining PUE.
    Mining,
    /// How AI earns: the mode, the lease or the GPU-hour, AI PUE; a deal also sets the site.
    Ai,
}

impl Side {
    /// Every side, in the order the pickers are shown.
    pub const ALL: [Side; 3] = [Side::Network, Side::Mining, Side::Ai];

    /// The side's key in a URL, whose value is a preset's [`Preset::id`].
    pub fn key(self) -> &'static str {
        match self {
            Side::Network => "data",
            Side::Mining => "miner",
            Side::Ai => "deal",
        }
    }

    /// The picker's label.
    pub fn label(self) -> &'static str {
        match self {
            Side::Network => "Network data",
            Side::Mining => "Miner",
            Side::Ai => "AI deal or GPU",
        }
    }

    /// What the picker offers without a preset, on the defaults of the side.
    pub fn no_preset(self) -> &'static str {
        match self {
            Side::Network => snapshot::LATEST_DATA_TEXT,
            Side::Mining => "Typical fleet (18 J/TH)",
            Side::Ai => "Typical lease ($150/kW-month)",
        }
    }

    /// Sets `scenario`'s inputs of this side to `preset`'s values, or without one to the
    /// defaults (the site, which only a deal sets, stays as it is).
    pub fn apply(self, preset: Option<Preset>, scenario: &mut Scenario) {
        match preset {
            Some(preset) => preset.apply(scenario),
            None => {
                let defaults = Scenario::default();
                for input in self.inputs() {
                    input.set(scenario, input.get(&defaults));
                }
                for choice in self.choices() {
                    choice.copy(&defaults, scenario);
                }
            }
        }
    }

    /// The choices the side's presets set: the AI side's ([`Choice::ai_side`]).
    pub fn choices(self) -> impl Iterator<Item = Choice> {
        CHOICES
            .into_iter()
            .filter(move |choice| self == Side::Ai && choice.ai_side)
    }

    /// The numeric inputs the side's presets set (a deal sets the site size too, see
    /// [`Preset::sets_site`]); the AI side also sets its choices ([`Side::choices`]).
    pub fn inputs(self) -> &'static [Input] {
        match self {
            Side::Network => &[
                Input::BtcPrice,
                Input::NetworkHashrate,
                Input::BlockSubsidy,
                Input::FeesPerBlock,
            ],
            Side::Mining => &[Input::FleetEfficiency, Input::MiningPue],
            Side::Ai => &[
                Input::LeaseRate,
                Input::GpuPrice,
                Input::GpuPower,
                Input::GpuUtilization,
                Input::AiPue,
                Input::TenantCapexShare,
                Input::BuildYears,
                Input::RentEscalator,
                Input::LeaseTerm,
                Input::GpuCost,
                Input::GpuLife,
                Input::GpuPriceDecline,
                Input::LandlordCosts,
                Input::AiDiscountRate,
            ],
        }
    }
}

/// Declares the presets, each once, as one entry of the table below: its doc lines and
/// variant, its URL id, its name for people, its side, whether it sets the site's size (a
/// deal that names a site), its one line of help with its source and date, what its figures
/// assume rather than disclose, and the inputs it sets. Generates [`Preset`] with
/// [`Preset::ALL`] (in the table's order, the pickers') and the field accessors.
macro_rules! presets {
    ($(
        $(#[doc = $doc:literal])+
        $variant:ident {
            id: $id:literal,
            name: $name:literal,
            side: $side:ident,
            sets_site: $sets_site:literal,
            help: $help:literal,
            assumed: $assumed:expr,
            values: $values:expr,
        };
    )+) => {
        /// A named scenario.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Preset {
            $(
                $(#[doc = $doc])+
                $variant,
            )+
        }

        impl Preset {
            /// Every preset, in the order the pickers show them.
            pub const ALL: [Preset; [$(Preset::$variant),+].len()] = [$(Preset::$variant),+];

            /// Stable identifier, used in URLs.
            pub fn id(self) -> &'static str {
                match self {
                    $(Preset::$variant => $id,)+
                }
            }

            /// Name for people.
            pub fn name(self) -> &'static str {
                match self {
                    $(Preset::$variant => $name,)+
                }
            }

            /// One line for the page: what the preset is, its source and its date.
            pub fn help(self) -> &'static str {
                match self {
                    $(Preset::$variant => $help,)+
                }
            }

            /// For a deal, which of the figures it sets (or leaves at the defaults) its
            /// disclosures do not give, which the answer says are assumed; none for other
            /// presets.
            pub fn assumed(self) -> Option<&'static str> {
                match self {
                    $(Preset::$variant => $assumed,)+
                }
            }

            /// The side the preset sets, whose picker offers it.
            pub fn side(self) -> Side {
                match self {
                    $(Preset::$variant => Side::$side,)+
                }
            }

            /// Whether the preset is a deal, which defines the site's size.
            pub fn sets_site(self) -> bool {
                match self {
                    $(Preset::$variant => $sets_site,)+
                }
            }

            /// The inputs the preset sets, with their values: a table rather than a
            /// scenario per preset, which the page's code would build field by field
            /// (size: measured, 8.3 KB of wasm before gzip, the largest function of the
            /// model).
            fn values(self) -> &'static [(Input, f64)] {
                use Input::*;
                match self {
                    $(Preset::$variant => $values,)+
                }
            }
        }
    };
}

presets! {
    /// "Article, March 2026": the network as the article saw it ("Bitcoin hashrate drops as
    /// miners switch to AI", igcurrencynews.com, about 2026-03-23), not the data snapshot:
    /// $65,000 BTC, 950 EH/s, 0.03 BTC of fees and 3.125 BTC of subsidy a block. With the
    /// default 18 J/TH and $150/kW-month lease, mining earns ~$67 per grid MWh and the lease
    /// $205 per IT MWh ($171 per grid MWh at PUE 1.2).
    ArticleMarch2026 {
        id: "article-2026-03",
        name: "Article, March 2026",
        side: Network,
        sets_site: false,
        help: "BTC $65,000, 950 EH/s, 0.03 BTC of fees: the figures of \"Bitcoin hashrate drops as miners switch to AI\" (igcurrencynews.com, Mar 2026), not the latest data.",
        assumed: None,
        values: &[
            (BtcPrice, 65_000.0),
            (NetworkHashrate, 950.0),
            (BlockSubsidy, 3.125),
            (FeesPerBlock, 0.03),
        ],
    };
    /// Antminer S21: 200 TH/s at 3,500 W = 17.5 J/TH (Bitmain spec).
    AntminerS21 {
        id: "s21",
        name: "Antminer S21 (17.5 J/TH)",
        side: Mining,
        sets_site: false,
        help: "200 TH/s at 3,500 W (Bitmain spec, 2024).",
        assumed: None,
        values: &[(FleetEfficiency, 17.5)],
    };
    /// Antminer S21 XP: 270 TH/s at 13.5 J/TH (Bitmain spec).
    AntminerS21Xp {
        id: "s21-xp",
        name: "Antminer S21 XP (13.5 J/TH)",
        side: Mining,
        sets_site: false,
        help: "270 TH/s at 13.5 J/TH (Bitmain spec, 2024).",
        assumed: None,
        values: &[(FleetEfficiency, 13.5)],
    };
    /// Antminer S23 Hydro: 580 TH/s at ~9.5 J/TH (launch reports, Oct 2025); water-cooled,
    /// PUE 1.03 as the low end of immersion and hydro sites (est.).
    AntminerS23Hydro {
        id: "s23-hydro",
        name: "Antminer S23 Hydro (9.5 J/TH)",
        side: Mining,
        sets_site: false,
        help: "580 TH/s at ~9.5 J/TH, water-cooled, mining PUE 1.03 (launch reports, Oct 2025; PUE est.).",
        assumed: None,
        values: &[(FleetEfficiency, 9.5), (MiningPue, 1.03)],
    };
    /// Hut 8 River Bend, leased to Fluidstack for Anthropic: $7.0B over 15 years for 245 IT
    /// MW = 7e9 / (245,000 x 12 x 15) = $158.73/kW-month on average. The rent rises 3% a
    /// year: the average is the first year's rate x (1.03^15 - 1) / (0.03 x 15) = x 1.23993,
    /// so the first year is 158.73 / 1.23993 = $128.02. Triple-net: the tenant pays for
    /// power. Site = 245 IT MW x PUE 1.2 = 294 grid MW.
    Hut8Fluidstack {
        id: "hut8-fluidstack",
        name: "Hut 8 River Bend ($128 in year 1)",
        side: Ai,
        sets_site: true,
        help: "Fluidstack/Anthropic, $7.0B over 15 years for 245 IT MW: $159/kW-month on average, $128 in the first year of a 3% yearly escalator; triple-net, NOI $6.9B on $7.0B of rent (1.4% landlord costs); first hall in ~18 months (Hut 8, Dec 2025).",
        assumed: Some("an AI PUE of 1.2, the hall's cost per IT MW (the default, within Hut 8's $9-11M guidance) and its value after the lease"),
        values: &[
            (SiteMw, 294.0),
            (LeaseRate, 128.0),
            (RentEscalator, 3.0),
            (LeaseTerm, 15.0),
            (BuildYears, 1.5),
            (LandlordCosts, 1.4),
        ],
    };
    /// Hut 8 Beacon Point, leased to an investment-grade hyperscaler (May 2026): $9.8B over
    /// 15 years for 352 IT MW = 9.8e9 / (352,000 x 12 x 15) = $154.67/kW-month on average;
    /// with its 3% escalator the first year is 154.67 / 1.23993 = $124.74, so $125.
    /// Triple-net, take-or-pay. Site = 352 x 1.2 = 422.4 grid MW.
    Hut8BeaconPoint {
        id: "hut8-beacon-point",
        name: "Hut 8 Beacon Point ($125 in year 1)",
        side: Ai,
        sets_site: true,
        help: "An investment-grade hyperscaler, $9.8B over 15 years for 352 IT MW: $155/kW-month on average, $125 in the first year of a 3% yearly escalator; triple-net, take-or-pay, with cumulative NOI given as the whole $9.8B, so no landlord costs; first hall in ~15 months (Hut 8, May 2026).",
        assumed: Some("an AI PUE of 1.2, the hall's cost and its value after the lease"),
        values: &[
            (SiteMw, 422.4),
            (LeaseRate, 125.0),
            (RentEscalator, 3.0),
            (LeaseTerm, 15.0),
            (BuildYears, 1.25),
            (LandlordCosts, 0.0),
        ],
    };
    /// Core Scientific - CoreWeave: $8.7B over 12 years for ~500 IT MW = 8.7e9 / (500,000 x
    /// 12 x 12) = $120.83, so $121/kW-month; no escalator disclosed. Power passed through.
    /// CoreWeave funded $90.3M of $121.3M of the fit-out in Q2 2025 and $196.4M of $244.5M
    /// in Q3: (90.3 + 196.4) / (121.3 + 244.5) = 78%. Site = 500 x 1.2 = 600 grid MW.
    CoreScientificCoreWeave {
        id: "corescientific-coreweave",
        name: "Core Scientific - CoreWeave ($121)",
        side: Ai,
        sets_site: true,
        help: "$8.7B over 12 years for ~500 IT MW: $121/kW-month on average; CoreWeave funded 78% of the fit-out in Q2-Q3 2025 ($286.7M of $365.8M), which the preset takes for the whole hall; the answer turns on that share. Power passed through and landlord costs of 3% (assumed); ~21 months to power (Core Scientific, 2024-25).",
        assumed: Some("that CoreWeave's 78% of two quarters' fit-out holds for the whole hall, that power is passed through, landlord costs of 3%, no escalator, an AI PUE of 1.2, the hall's cost and its value after the lease"),
        values: &[
            (SiteMw, 600.0),
            (LeaseRate, 121.0),
            (RentEscalator, 0.0),
            (LeaseTerm, 12.0),
            (TenantCapexShare, 78.0),
            (BuildYears, 1.75),
        ],
    };
    /// TeraWulf Lake Mariner, leased to Fluidstack with a Google backstop: $6.7B over 10
    /// years for ~360 IT MW = 6.7e9 / (360,000 x 12 x 10) = $155.09, so $155/kW-month on
    /// average; its escalators' size is not disclosed, so no first-year rate can be derived.
    /// Modified gross, with a disclosed NOI margin of ~85%: landlord costs 15% of rent, power
    /// included. Site = 360 x 1.2 = 432 grid MW.
    TeraWulfLakeMariner {
        id: "terawulf-lake-mariner",
        name: "TeraWulf Lake Mariner ($155 average)",
        side: Ai,
        sets_site: true,
        help: "Fluidstack/Google, $6.7B over 10 years for ~360 IT MW: $155/kW-month on average (escalators of undisclosed size, so none counted); modified gross with a ~85% NOI margin: landlord costs 15% of rent, power included; ~12 months to build (TeraWulf, Aug 2025).",
        assumed: Some("no escalator (its size is not disclosed), an AI PUE of 1.2, the hall's cost and its value after the lease"),
        values: &[
            (SiteMw, 432.0),
            (LeaseRate, 155.0),
            (RentEscalator, 0.0),
            (LeaseTerm, 10.0),
            (BuildYears, 1.0),
            (LandlordCosts, 15.0),
        ],
    };
    /// Cipher Barber Lake, leased to Fluidstack with a Google backstop: ~$3.0B over 10 years
    /// for 168 IT MW = 3e9 / (168,000 x 12 x 10) = $148.81, so $149/kW-month on average
    /// (escalators of undisclosed size). Modified gross, with disclosed NOI margins of 80-85%:
    /// landlord costs 17.5% of rent (the middle), power included. Site = 168 x 1.2 = 201.6
    /// grid MW.
    CipherBarberLake {
        id: "cipher-barber-lake",
        name: "Cipher Barber Lake ($149 average)",
        side: Ai,
        sets_site: true,
        help: "Fluidstack/Google, ~$3.0B over 10 years for 168 IT MW: $149/kW-month on average (escalators of undisclosed size, so none counted); modified gross with 80-85% NOI margins: landlord costs 17.5% of rent, power included; ~12 months to build (Cipher, Sep 2025).",
        assumed: Some("no escalator (its size is not disclosed), an AI PUE of 1.2, the hall's cost and its value after the lease"),
        values: &[
            (SiteMw, 201.6),
            (LeaseRate, 149.0),
            (RentEscalator, 0.0),
            (LeaseTerm, 10.0),
            (BuildYears, 1.0),
            (LandlordCosts, 17.5),
        ],
    };
    /// Applied Digital Polaris Forge 1, leased to CoreWeave: ~$11B over ~15 years for 400 IT
    /// MW = 11e9 / (400,000 x 12 x 15) = $152.78, so $153/kW-month on average (escalators of
    /// undisclosed size). Designed for PUE 1.18: site = 400 x 1.18 = 472 grid MW. Who pays
    /// for power is not disclosed; pass-through is assumed, as in most of these leases.
    AppliedDigitalPolarisForge1 {
        id: "applied-digital-polaris-forge-1",
        name: "Applied Digital Polaris Forge 1 ($153 average)",
        side: Ai,
        sets_site: true,
        help: "~$11B over ~15 years for 400 IT MW with CoreWeave: $153/kW-month on average (escalators of undisclosed size, so none counted); PUE 1.18; power passed through and landlord costs of 3% (assumed: no NOI margin disclosed) (Applied Digital, 2025).",
        assumed: Some("that power is passed through, landlord costs of 3%, no escalator, the build time, the hall's cost and its value after the lease"),
        values: &[
            (SiteMw, 472.0),
            (LeaseRate, 153.0),
            (RentEscalator, 0.0),
            (LeaseTerm, 15.0),
            (AiPue, 1.18),
        ],
    };
    /// Galaxy Helios, leased to CoreWeave: ~$15B over 15 years for 526 IT MW = 15e9 /
    /// (526,000 x 12 x 15) = $158.43, so $158/kW-month on average. A powered shell: the
    /// tenant installs its GPUs and pays for power. Site = 526 x 1.2 = 631.2 grid MW.
    GalaxyHelios {
        id: "galaxy-helios",
        name: "Galaxy Helios ($158 average)",
        side: Ai,
        sets_site: true,
        help: "CoreWeave, ~$15B over 15 years for 526 IT MW: $158/kW-month on average; a powered shell: the tenant installs its GPUs and pays for power; ~90% site margin disclosed, so landlord costs of 10%; ~9 months to first power, a retrofit (Galaxy, Aug 2025).",
        assumed: Some("no escalator, landlord costs from the site margin, an AI PUE of 1.2, the hall's cost and its value after the lease"),
        values: &[
            (SiteMw, 631.2),
            (LeaseRate, 158.0),
            (RentEscalator, 0.0),
            (LeaseTerm, 15.0),
            (BuildYears, 0.75),
            (LandlordCosts, 10.0),
        ],
    };
    /// IREN - Microsoft: a GPU cloud, not a lease: $9.7B over 5 years for ~200 IT MW of GB300
    /// racks, and IREN buys the GPUs (~$5.8B of Dell servers, ~$56k per GPU). At 140 kW per
    /// 72-GPU rack (1.944 kW per GPU) 200 MW holds 102,857 GPUs: $1.94B a year / (102,857 x
    /// 8,760 h) = $2.15 per GPU-hour, every hour (contracted), flat for the contract's 5
    /// years, the GPUs' life. Site = 200 x 1.2 = 240 grid MW.
    IrenMicrosoft {
        id: "iren-microsoft",
        name: "IREN - Microsoft GPU cloud ($2.15)",
        side: Ai,
        sets_site: true,
        help: "$9.7B over 5 years for ~200 IT MW of GB300: ~$2.15 per GPU-hour, every hour, flat for the contract's 5 years, the GPUs' life; ~$56k per GPU ($5.8B of Dell GB300 systems); a GPU cloud's 12% discount rate. Beyond the contract the model renews the fleet at the same price and cost (no later terms are disclosed). Microsoft prepays 20% of each tranche, credited after month 24 (IREN 8-K, Nov 2025): a financing benefit the model does not count.",
        assumed: Some("the cost per GPU (the $5.8B Dell order over ~103,000 GPUs), an AI PUE of 1.2, a GPU cloud's 12% discount rate, the hall's cost, fleets renewed at the contract's price after it ends, and no 20% prepayment"),
        values: &[
            (SiteMw, 240.0),
            (GpuPower, 140.0 / 72.0),
            (GpuPrice, 2.15),
            (GpuUtilization, 100.0),
            (GpuLife, 5.0),
            (GpuCost, 56_000.0),
            (GpuPriceDecline, 0.0),
            (AiDiscountRate, GPU_CLOUD_RATE_PCT),
        ],
    };
    /// NVIDIA H100 on a 1-year contract: ~$2.65 per GPU-hour (SemiAnalysis index as cited,
    /// Jun 2026) for the contract's year, then the market's decline (H100 rent -22% over
    /// 2025, RBC; 15% a year taken); 1.4 kW per GPU all-in IT (DGX H100 10.2 kW / 8 plus
    /// network); $30,000 all-in; the default share of hours sold over its 5-year life.
    H100 {
        id: "h100",
        name: "NVIDIA H100, 1-year contract ($2.65)",
        side: Ai,
        sets_site: false,
        help: "A 1-year contract at ~$2.65 per GPU-hour (SemiAnalysis index as cited, Jun 2026), then the market's 15% a year (H100 rent -22% over 2025, RBC); $30,000 all-in, 1.4 kW per GPU, 85% of hours sold over a 5-year life; a GPU cloud's 12% discount rate.",
        assumed: None,
        values: &[
            (GpuPower, 1.4),
            (GpuPrice, 2.65),
            (GpuUtilization, 85.0),
            (GpuLife, 5.0),
            (GpuCost, 30_000.0),
            (GpuPriceDecline, 15.0),
            (AiDiscountRate, GPU_CLOUD_RATE_PCT),
        ],
    };
    /// NVIDIA B200 on demand: $4.50 per GPU-hour (neocloud quotes, Ornn, 2026; Silicon Data
    /// index ~$5.30), falling 20% a year (H100 -22% and H200 -29% over 2025, RBC), with the
    /// default share of hours sold; 1.9 kW per GPU (DGX B200 ~14.3 kW / 8); ~$55,000 all-in
    /// (est.: the GPU alone ~$50k at launch, FT, 2025).
    B200 {
        id: "b200",
        name: "NVIDIA B200, on demand ($4.50)",
        side: Ai,
        sets_site: false,
        help: "On-demand neocloud price ~$4.50 (Ornn, 2026; Silicon Data index ~$5.30), falling 20% a year (H100 -22%, H200 -29% over 2025, RBC); ~$55,000 all-in (est.: the GPU alone ~$50k at launch, FT, 2025, with its share of servers and network), 1.9 kW per GPU, 85% of hours sold over 5 years; a GPU cloud's 12% discount rate.",
        assumed: None,
        values: &[
            (GpuPower, 1.9),
            (GpuPrice, 4.5),
            (GpuUtilization, 85.0),
            (GpuLife, 5.0),
            (GpuCost, 55_000.0),
            (GpuPriceDecline, 20.0),
            (AiDiscountRate, GPU_CLOUD_RATE_PCT),
        ],
    };
    /// NVIDIA GB300 on a 5-year contract, the only large disclosed Blackwell contract
    /// (IREN's with Microsoft), without IREN's site: $2.15 per GPU-hour at 140 kW per 72-GPU
    /// rack (1.944 kW per GPU; $2.03 goes with 1.83 kW), paid for every hour and flat for the
    /// contract's 5 years, the GPUs' life; ~$56,000 per GPU, as IREN's. Its id keeps the name
    /// it was published under.
    B200Contract {
        id: "b200-contract",
        name: "NVIDIA GB300, 5-year contract ($2.15)",
        side: Ai,
        sets_site: false,
        help: "IREN's 5-year GB300 deal with Microsoft, the only large disclosed Blackwell contract, implies ~$2.15 per GPU-hour at 140 kW per 72-GPU rack (Nov 2025): every hour, flat for the contract's 5 years, the GPUs' life, then renewed at the same price and cost (an assumption: no later terms are disclosed); ~$56,000 per GPU and 140 kW per 72-GPU rack, as IREN's; a GPU cloud's 12% discount rate.",
        assumed: None,
        values: &[
            (GpuPower, 140.0 / 72.0),
            (GpuPrice, 2.15),
            (GpuUtilization, 100.0),
            (GpuLife, 5.0),
            (GpuCost, 56_000.0),
            (GpuPriceDecline, 0.0),
            (AiDiscountRate, GPU_CLOUD_RATE_PCT),
        ],
    };
    /// NVIDIA GB200 NVL72 on demand: 132 kW per 72-GPU rack = 1.833 kW per GPU; $9.08 an
    /// hour per superchip of two GPUs = $4.54 per GPU-hour (Spheron, Mar 2026), falling 20%
    /// a year as a B200's; ~$3.4M of compute per rack = ~$47,000 per GPU (Bernstein, 2025),
    /// $50,000 with its network; liquid-cooled, AI PUE 1.1 (liquid cooling 1.05-1.2).
    Gb200Nvl72 {
        id: "gb200-nvl72",
        name: "NVIDIA GB200 NVL72, on demand ($4.54)",
        side: Ai,
        sets_site: false,
        help: "$9.08 an hour per two-GPU superchip, $4.54 per GPU-hour (Spheron, Mar 2026), falling 20% a year; ~$47,000 of compute per GPU (Bernstein, 2025), $50,000 with its network; 132 kW per 72-GPU rack, liquid-cooled, AI PUE 1.1; 85% of hours sold over 5 years; a GPU cloud's 12% discount rate.",
        assumed: None,
        values: &[
            (GpuPower, 132.0 / 72.0),
            (GpuPrice, 4.54),
            (GpuUtilization, 85.0),
            (GpuLife, 5.0),
            (GpuCost, 50_000.0),
            (GpuPriceDecline, 20.0),
            (AiPue, 1.1),
            (AiDiscountRate, GPU_CLOUD_RATE_PCT),
        ],
    };
}

impl Preset {
    /// The heading its picker groups it under.
    pub fn group(self) -> &'static str {
        match self.side() {
            Side::Network => "Past data",
            Side::Mining => "Mining hardware",
            Side::Ai if self.sets_site() => "Deals by miners",
            Side::Ai => "GPU hardware",
        }
    }

    /// The preset with this identifier, if any.
    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| preset.id() == id)
    }

    /// The presets of one side, in picker order.
    pub fn on(side: Side) -> impl Iterator<Item = Preset> {
        Preset::ALL
            .into_iter()
            .filter(move |preset| preset.side() == side)
    }

    /// Sets `scenario`'s inputs of the preset's side (and the site, for a deal) to the
    /// preset's values, leaving every other input as it is.
    pub fn apply(self, scenario: &mut Scenario) {
        let own = self.scenario();
        for input in self.side().inputs() {
            input.set(scenario, input.get(&own));
        }
        for choice in self.side().choices() {
            choice.copy(&own, scenario);
        }
        if self.sets_site() {
            scenario.site_mw = own.site_mw;
        }
    }

    /// The defaults with the preset applied.
    pub fn scenario(self) -> Scenario {
        let mut scenario = Scenario::default();
        for (input, value) in self.values() {
            input.set(&mut scenario, *value);
        }
        if self.side() == Side::Ai {
            let gpu = self
                .values()
                .iter()
                .any(|(input, _)| *input == Input::GpuPrice);
            scenario.ai_mode = if gpu {
                AiMode::GpuCloud
            } else {
                AiMode::HpcLease
            };
        }
        scenario
    }
}

/// The preset chosen on each side, if any, and the data snapshot a pinned link names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChosenPresets {
    network: Option<Preset>,
    mining: Option<Preset>,
    ai: Option<Preset>,
    /// The date of the known snapshot whose figures the defaults take, when a link pins
    /// one; without, the latest.
    data_as_of: Option<&'static str>,
}

impl ChosenPresets {
    /// The preset chosen on `side`.
    pub fn get(self, side: Side) -> Option<Preset> {
        match side {
            Side::Network => self.network,
            Side::Mining => self.mining,
            Side::Ai => self.ai,
        }
    }

    /// The same choice with `preset` on its own side.
    pub fn with(self, preset: Preset) -> Self {
        self.with_on(preset.side(), Some(preset))
    }

    /// The same choice with `preset` on `side`: none clears the side, and a preset of
    /// another side is ignored. A choice on the network side, even of none, leaves any
    /// pinned snapshot for the latest data.
    pub fn with_on(self, side: Side, preset: Option<Preset>) -> Self {
        if preset.is_some_and(|preset| preset.side() != side) {
            return self;
        }
        let mut next = self;
        match side {
            Side::Network => {
                next.network = preset;
                next.data_as_of = None;
            }
            Side::Mining => next.mining = preset,
            Side::Ai => next.ai = preset,
        }
        next
    }

    /// The same choice pinned to the snapshot of date `as_of`, if the site still has it;
    /// else unpinned, following the latest data.
    pub fn pinned_to(self, as_of: &str) -> Self {
        Self {
            data_as_of: snapshot::known(as_of).map(|known| known.as_of),
            ..self
        }
    }

    /// The snapshot a link pinned, if any.
    pub fn pinned(self) -> Option<&'static Snapshot> {
        self.data_as_of.and_then(snapshot::known)
    }

    /// The scenario the chosen presets make from the defaults (of the pinned snapshot, if
    /// any): what a link leaves out and what "(modified)" compares with.
    pub fn base(self) -> Scenario {
        let mut scenario = self
            .pinned()
            .map_or_else(Scenario::default, Scenario::defaults_of);
        for preset in Side::ALL.into_iter().filter_map(|side| self.get(side)) {
            preset.apply(&mut scenario);
        }
        scenario
    }

    /// Whether one of `side`'s own inputs in `scenario` differs from what its preset (or,
    /// without one, the defaults) set.
    pub fn is_modified(self, side: Side, scenario: &Scenario) -> bool {
        let base = self.base();
        let input_moved = side
            .inputs()
            .iter()
            .any(|input| input.get(scenario) != input.get(&base));
        let choice_moved = side.choices().any(|choice| choice.differs(scenario, &base));
        let site_moved =
            self.get(side).is_some_and(Preset::sets_site) && scenario.site_mw != base.site_mw;
        input_moved || choice_moved || site_moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_to_a_known_snapshot_takes_its_figures_until_the_network_side_is_chosen() {
        let latest = snapshot::latest();
        let pinned = ChosenPresets::default().pinned_to(latest.as_of);
        assert_eq!(pinned.pinned(), Some(latest));
        assert_eq!(pinned.base(), Scenario::defaults_of(latest));
        assert_eq!(
            ChosenPresets::default().pinned_to("2001-01-01").pinned(),
            None
        );
        let pinned_miner = pinned.with(Preset::AntminerS21);
        assert_eq!(
            pinned_miner.pinned(),
            Some(latest),
            "another side keeps the pin"
        );
        assert_eq!(pinned_miner.with_on(Side::Network, None).pinned(), None);
    }

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
    fn every_deal_says_what_it_assumes() {
        for preset in Preset::ALL {
            assert_eq!(
                preset.assumed().is_some(),
                preset.sets_site(),
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
    fn a_preset_changes_only_its_own_side() {
        let defaults = Scenario::default();
        for preset in Preset::ALL {
            let own = preset.scenario();
            for input in Input::ALL {
                let its_own = preset.side().inputs().contains(&input)
                    || (input == Input::SiteMw && preset.sets_site());
                if !its_own {
                    assert_eq!(
                        input.get(&own),
                        input.get(&defaults),
                        "{} sets {input:?}",
                        preset.id()
                    );
                }
            }
            if preset.side() != Side::Ai {
                assert_eq!(own.ai_mode, defaults.ai_mode, "{}", preset.id());
                assert_eq!(
                    own.lease_power_passthrough,
                    defaults.lease_power_passthrough,
                    "{}",
                    preset.id()
                );
            }
        }
    }

    #[test]
    fn applying_a_preset_keeps_the_readers_other_inputs() {
        let mut reader = Scenario {
            btc_price_usd: 90_000.0,
            power_price_usd_per_mwh: 30.0,
            site_mw: 50.0,
            lease_usd_per_kw_month: 200.0,
            ..Scenario::default()
        };
        Preset::AntminerS23Hydro.apply(&mut reader);
        assert_eq!(
            reader,
            Scenario {
                btc_price_usd: 90_000.0,
                power_price_usd_per_mwh: 30.0,
                site_mw: 50.0,
                lease_usd_per_kw_month: 200.0,
                fleet_efficiency_j_per_th: 9.5,
                mining_pue: 1.03,
                ..Scenario::default()
            }
        );
        // A GPU preset keeps the site; a deal sets it.
        Preset::B200.apply(&mut reader);
        assert_eq!(reader.site_mw, 50.0);
        assert_eq!(
            reader.lease_usd_per_kw_month, 150.0,
            "the AI side is the preset's"
        );
        Preset::TeraWulfLakeMariner.apply(&mut reader);
        assert_eq!(reader.site_mw, 432.0);
        assert_eq!(reader.btc_price_usd, 90_000.0);
        assert_eq!(reader.fleet_efficiency_j_per_th, 9.5);
    }

    #[test]
    fn the_article_preset_keeps_the_articles_figures_whatever_the_snapshot() {
        let article = Preset::ArticleMarch2026.scenario();
        assert_eq!(article.btc_price_usd, 65_000.0);
        assert_eq!(article.network_hashrate_eh_per_s, 950.0);
        assert_eq!(article.fees_per_block_btc, 0.03);
        assert_eq!(article.block_subsidy_btc, 3.125);
        // The article's fleet and lease are the other sides' defaults.
        assert_eq!(article.fleet_efficiency_j_per_th, 18.0);
        assert_eq!(article.lease_usd_per_kw_month, 150.0);
        assert_eq!(article.ai_mode, AiMode::HpcLease);
    }

    #[test]
    fn escalated_leases_carry_their_first_years_rate() {
        // A rate r rising 3% a year for 15 years averages r x (1.03^15 - 1) / (0.03 x 15).
        let average_over_first = (1.03_f64.powi(15) - 1.0) / (0.03 * 15.0);
        // River Bend: $7.0B / (245 MW x 1,000 x 12 x 15) = $158.73 on average.
        let river_bend = 7.0e9 / (245_000.0 * 12.0 * 15.0);
        assert!((river_bend / average_over_first - 128.0).abs() < 0.5);
        assert_eq!(
            Preset::Hut8Fluidstack.scenario().lease_usd_per_kw_month,
            128.0
        );
        // Beacon Point: $9.8B / (352 MW x 1,000 x 12 x 15) = $154.67 on average.
        let beacon_point = 9.8e9 / (352_000.0 * 12.0 * 15.0);
        assert!((beacon_point / average_over_first - 125.0).abs() < 0.5);
        assert_eq!(
            Preset::Hut8BeaconPoint.scenario().lease_usd_per_kw_month,
            125.0
        );
    }

    /// Landlord costs are 1 - the disclosed NOI margin: Hut 8's $6.9B on $7.0B is 1.4%;
    /// TeraWulf's ~85% is 15%; Cipher's 80-85%, 17.5% in the middle. Power counts among them,
    /// so every lease passes it through.
    #[test]
    fn landlord_costs_follow_the_disclosed_noi_margins() {
        assert!(((1.0_f64 - 6.9 / 7.0) * 100.0 - 1.4).abs() < 0.05);
        for (preset, costs) in [
            (Preset::Hut8Fluidstack, 1.4),
            (Preset::TeraWulfLakeMariner, 15.0),
            (Preset::CipherBarberLake, 17.5),
            (Preset::GalaxyHelios, 10.0),
        ] {
            assert_eq!(
                preset.scenario().landlord_costs_pct,
                costs,
                "{}",
                preset.id()
            );
        }
        for preset in
            Preset::on(Side::Ai).filter(|preset| preset.scenario().ai_mode == AiMode::HpcLease)
        {
            assert!(preset.scenario().lease_power_passthrough, "{}", preset.id());
        }
    }

    /// A GPU preset sets its whole bundle, with a GPU cloud's discount rate; a flat price is
    /// a contract's, paid every hour, over a fleet life no longer than the contracts' 5
    /// years.
    #[test]
    fn gpu_presets_set_bundles_that_agree() {
        let bundle = [
            Input::GpuCost,
            Input::GpuPower,
            Input::GpuPrice,
            Input::GpuPriceDecline,
            Input::GpuLife,
            Input::GpuUtilization,
            Input::AiDiscountRate,
        ];
        let gpu_presets: Vec<Preset> = Preset::ALL
            .into_iter()
            .filter(|preset| preset.scenario().ai_mode == AiMode::GpuCloud)
            .collect();
        assert_eq!(gpu_presets.len(), 5);
        for preset in gpu_presets {
            let set: Vec<Input> = preset.values().iter().map(|(input, _)| *input).collect();
            for input in bundle {
                assert!(set.contains(&input), "{} leaves {input:?}", preset.id());
            }
            let scenario = preset.scenario();
            assert_eq!(scenario.ai_discount_rate_pct, 12.0, "{}", preset.id());
            if scenario.gpu_price_decline_pct_per_year == 0.0 {
                assert_eq!(scenario.gpu_utilization_pct, 100.0, "{}", preset.id());
                assert!(scenario.gpu_life_years <= 5.0, "{}", preset.id());
            }
        }
        // The sentinel: the default bundle, an H100 at the market's price, declines.
        assert_eq!(Scenario::default().gpu_price_decline_pct_per_year, 15.0);
    }

    #[test]
    fn each_side_is_modified_only_by_its_own_inputs() {
        let chosen = ChosenPresets::default()
            .with(Preset::AntminerS21)
            .with(Preset::Hut8Fluidstack);
        let base = chosen.base();
        assert!(Side::ALL
            .into_iter()
            .all(|side| !chosen.is_modified(side, &base)));
        let moved = |change: fn(&mut Scenario)| {
            let mut scenario = base;
            change(&mut scenario);
            Side::ALL
                .into_iter()
                .filter(|side| chosen.is_modified(*side, &scenario))
                .collect::<Vec<_>>()
        };
        assert_eq!(moved(|s| s.btc_price_usd = 90_000.0), [Side::Network]);
        assert_eq!(moved(|s| s.power_price_usd_per_mwh = 30.0), []);
        assert_eq!(moved(|s| s.mining_pue = 1.2), [Side::Mining]);
        assert_eq!(moved(|s| s.lease_power_passthrough = false), [Side::Ai]);
        // The deal defines the site; without a deal the site is nobody's.
        assert_eq!(moved(|s| s.site_mw = 50.0), [Side::Ai]);
        let gpu = ChosenPresets::default().with(Preset::B200);
        let mut scenario = gpu.base();
        scenario.site_mw = 50.0;
        assert!(!gpu.is_modified(Side::Ai, &scenario));
    }

    #[test]
    fn a_preset_is_chosen_only_on_its_own_side() {
        let chosen = ChosenPresets::default().with_on(Side::Mining, Some(Preset::B200));
        assert_eq!(chosen, ChosenPresets::default());
        let chosen = ChosenPresets::default().with(Preset::B200);
        assert_eq!(chosen.get(Side::Ai), Some(Preset::B200));
        assert_eq!(chosen.with_on(Side::Ai, None), ChosenPresets::default());
    }
}
