//! The numeric inputs, each declared once: its doc line, variant, field, URL key and
//! [`Param`] with its dated sources. The macro that reads it (`inputs!`, in `mod.rs`)
//! generates [`Input`] and [`Scenario`].

use super::{AiMode, Group, Param, Plausible};
use crate::model::snapshot;

inputs! {
    /// Site size in MW of grid power.
    SiteMw, site_mw, "mw" => Param {
        label: "Site size",
        unit: "MW",
        min: 1.0,
        max: 1000.0,
        default: 100.0,
        source: "public miners run 50-1,000 MW campuses",
        hint: "Grid power the site draws at full load.",
        step: 1.0,
        group: Main,
    };
    /// Price of grid power.
    PowerPrice, power_price_usd_per_mwh, "power" => Param {
        label: "Power price",
        unit: "$/MWh",
        min: 0.0,
        max: 200.0,
        default: 40.0,
        source: "Cipher ~$27 (2025); Riot $26-42 (2025); US industrial average ~$90 (Oct 2025)",
        hint: "What the site pays for each MWh of grid power.",
        step: 1.0,
        group: Main,
        plausible: [27.0, 90.0, "Cipher ~$27/MWh (2025) to the US industrial average ~$90 (Oct 2025)"],
    };
    /// Price of one bitcoin.
    BtcPrice, btc_price_usd, "btc" => Param {
        label: "BTC price",
        unit: "$",
        min: 1_000.0,
        max: 1_000_000.0,
        default: snapshot::BTC_PRICE_USD,
        source: snapshot::BTC_PRICE_USD_SOURCE,
        hint: "Price of one bitcoin in US dollars.",
        // The snapshot's price is rounded to $100.
        step: 100.0,
        group: Main,
        slider_min: 10_000.0,
        slider_max: 250_000.0,
        range_source: "below $1,000 until 2017, above $100,000 in 2025 (public price data); the slider spans $10,000-250,000",
        plausible: [59_000.0, 126_000.0, "~$59,000 (1 Jul 2026, CoinDesk) to the all-time high of $126,272 (6 Oct 2025)"],
    };
    /// Total hashrate of the Bitcoin network.
    NetworkHashrate, network_hashrate_eh_per_s, "hashrate" => Param {
        label: "Hashing power of the whole network",
        short: "Network hashrate",
        unit: "EH/s",
        min: 50.0,
        max: 3000.0,
        default: snapshot::NETWORK_HASHRATE_EH_PER_S,
        source: snapshot::NETWORK_HASHRATE_EH_PER_S_SOURCE,
        hint: "The network hashrate: all miners together, in millions of trillions of hashes a second (EH/s); a miner earns its share of it.",
        // The snapshot's hashrate has one decimal.
        step: 0.1,
        group: Network,
        slider_min: 500.0,
        slider_max: 1500.0,
        range_source: "~120 EH/s in 2020 (public chain data); peak ~1.1-1.3 ZH/s in Oct-Nov 2025 (Coin Metrics); the slider spans 500-1,500 EH/s",
        plausible: [860.0, 1_300.0, "864 EH/s (Apr 2026) to the ~1.1-1.3 ZH/s peak (Oct-Nov 2025), Coin Metrics via Sandmark"],
    };
    /// New bitcoin created per block.
    BlockSubsidy, block_subsidy_btc, "subsidy" => Param {
        label: "New bitcoin per block",
        unit: "BTC",
        min: 0.0,
        max: 50.0,
        default: snapshot::BLOCK_SUBSIDY_BTC,
        source: snapshot::BLOCK_SUBSIDY_BTC_SOURCE,
        hint: "The block subsidy, paid to the miner of each block; it halves about every four years.",
        // 50 / 6,400: every subsidy of the next nine halvings is a whole number of steps.
        step: 0.0078125,
        group: Network,
        slider_min: 0.0,
        slider_max: 6.25,
        range_source: "50 BTC a block at launch, then 25, 12.5, 6.25 and 3.125 (public chain data); the slider spans 0-6.25",
    };
    /// Transaction fees collected per block. Zero is allowed: with no subsidy either, mining
    /// earns nothing and the page claims no break-even.
    FeesPerBlock, fees_per_block_btc, "fees" => Param {
        label: "Transaction fees per block",
        short: "Fees per block",
        unit: "BTC",
        min: 0.0,
        max: 2.0,
        default: snapshot::FEES_PER_BLOCK_BTC,
        source: snapshot::FEES_PER_BLOCK_BTC_SOURCE,
        hint: "Transaction fees paid to the miner of a block, on average.",
        // The snapshot's fees have four decimals.
        step: 0.0001,
        group: Network,
        slider_min: 0.0,
        slider_max: 0.5,
        range_source: "daily averages above 1 BTC a block in Apr 2024, 37.6 BTC in the 2024 halving block (public chain data); the slider spans 0-0.5",
        plausible: [0.02, 0.1, "~0.8-1% of rewards in 2025, ~0.025-0.03 BTC a block (TheMinerMag), to 0.1 BTC a block (est.; daily averages passed 1 BTC in Apr 2024)"],
    };
    /// Share of mining revenue kept by the pool.
    PoolFee, pool_fee_pct, "pool" => Param {
        label: "Mining pool's cut",
        unit: "%",
        min: 0.0,
        max: 5.0,
        default: 2.0,
        source: "FPPS pools charge 2-4%; large miners pay less (est.)",
        hint: "The pool fee: the share of mining revenue the pool keeps for paying its miners steadily (FPPS pools).",
        step: 0.1,
        group: Network,
        plausible: [0.0, 4.0, "large miners pay little; FPPS pools charge 2-4% (est.)"],
    };
    /// Energy the fleet spends per terahash.
    FleetEfficiency, fleet_efficiency_j_per_th, "eff" => Param {
        label: "Energy the miners use per unit of work",
        short: "Miners' J/TH",
        unit: "J/TH",
        min: 9.0,
        max: 100.0,
        default: 18.0,
        source: "Riot fleet 20.5 J/TH (Sep 2025); new machines 9.5-17.5 J/TH",
        hint: "Fleet efficiency, in joules per terahash (J/TH); lower is better. New machines: 9.5-17.5.",
        step: 0.1,
        group: Network,
        slider_min: 9.0,
        slider_max: 35.0,
        range_source: "an Antminer S9 (2016) spends ~98 J/TH (Bitmain spec); the slider spans 9-35 J/TH",
        plausible: [9.5, 21.2, "an S23 Hydro's 9.5 J/TH to Riot's fleet at 21.2 J/TH (2025)"],
    };
    /// Grid power over ASIC power at a mining site (cooling, conversion losses).
    MiningPue, mining_pue, "mpue" => Param {
        label: "Mining site overhead",
        short: "Mining overhead",
        unit: "ratio",
        min: 1.0,
        max: 1.5,
        default: 1.05,
        source: "immersion 1.03-1.10, air 1.1-1.5",
        hint: "Mining PUE: grid power over miner power; the rest goes to cooling and conversion. 1.05 is 5% on top.",
        step: 0.01,
        group: Network,
        plausible: [1.03, 1.3, "immersion 1.03-1.10; air 1.1-1.5 (est.)"],
    };
    /// Share of the year the miners run; curtailed hours earn nothing and draw no power.
    Uptime, uptime_pct, "uptime" => Param {
        label: "Share of hours mining",
        short: "Mining uptime",
        unit: "%",
        min: 50.0,
        max: 100.0,
        default: 95.0,
        source: "Riot ran 88% including curtailment (2025); est.",
        hint: "Uptime: the miners stop when power is dear or the grid asks (curtailment); those hours earn nothing and cost nothing.",
        step: 1.0,
        group: Network,
        plausible: [88.0, 100.0, "Riot ran 88% with curtailment (2025) to no downtime"],
    };
    /// HPC lease rate per kW of IT load per month.
    LeaseRate, lease_usd_per_kw_month, "lease" => Param {
        label: "Rent the AI tenant pays",
        short: "AI rent",
        unit: "$/kW-month",
        min: 50.0,
        max: 300.0,
        default: 150.0,
        source: "Hut 8 $128 in year 1 ($159 on average), Core Scientific $121, Applied Digital $153 on average; CBRE colocation average $217 (Q1 2025); $150 in year 1 with the default 3% escalator averages ~$186 over 15 years, above the deals' averages",
        hint: "The HPC lease rate, per kW of the tenant's IT load (its servers' power) per month.",
        step: 1.0,
        group: Lease,
        plausible: [104.0, 188.0, "average rents of 2025-26 deals: Riot - AMD ~$104 to TeraWulf Abernathy ~$188 per kW-month"],
    };
    /// Price of one GPU-hour in a GPU cloud.
    GpuPrice, gpu_price_usd_per_hour, "gpu" => Param {
        label: "Price of a GPU-hour",
        short: "GPU-hour price",
        unit: "$/GPU-hour",
        min: 0.5,
        max: 10.0,
        default: 2.35,
        source: "H100 1-year contract index $1.70 (Oct 2025) -> $2.35 (Mar 2026) (SemiAnalysis as cited); spot ~$2.42 (Jun 2026); hyperscalers $3.5-5",
        hint: "What a customer pays for one GPU for one hour.",
        step: 0.05,
        group: Gpu,
        plausible: [1.7, 2.65, "an H100 on a 1-year contract: $1.70 (Oct 2025) to ~$2.65 (Jun 2026), SemiAnalysis index as cited"],
    };
    /// IT power per GPU, including its share of CPUs, memory and network.
    GpuPower, gpu_power_kw, "gpukw" => Param {
        label: "Power per GPU",
        unit: "kW",
        min: 0.8,
        max: 2.5,
        default: 1.4,
        source: "H100 700 W chip; DGX H100 10.2 kW / 8 = 1.28 kW plus network",
        hint: "IT power per GPU, its share of CPUs, memory and network included.",
        step: 0.01,
        group: Gpu,
    };
    /// Share of GPU-hours that are sold.
    GpuUtilization, gpu_utilization_pct, "util" => Param {
        label: "Share of GPU-hours sold",
        short: "GPU-hours sold",
        unit: "%",
        min: 10.0,
        max: 100.0,
        default: 85.0,
        source: "typical sold utilization (est.)",
        hint: "GPU utilization: the hours customers pay for; a long-term contract pays for all of them.",
        step: 1.0,
        group: Gpu,
        plausible: [60.0, 100.0, "contracts pay every hour; on-demand fleets sell less (est.)"],
    };
    /// Grid power over IT power at an AI data center. The floor is 1.0 rather than the best
    /// real site's 1.05 so that per-IT-MWh figures, as deals are quoted, can be reproduced.
    AiPue, ai_pue, "apue" => Param {
        label: "AI site overhead",
        unit: "ratio",
        min: 1.0,
        max: 1.6,
        default: 1.2,
        source: "Applied Digital design 1.18; liquid cooling 1.05-1.2; industry average ~1.55",
        hint: "AI PUE: grid power over IT power (cooling and conversion on top of the servers); 1.0 gives figures per MWh of IT load.",
        step: 0.01,
        group: Ai,
        plausible: [1.1, 1.55, "liquid-cooled halls ~1.1 to the industry average ~1.55"],
    };
    /// Years the decision looks ahead.
    Years, years, "years" => Param {
        label: "Years ahead",
        unit: "years",
        min: 1.0,
        max: 30.0,
        default: 15.0,
        source: "Hut 8 River Bend base term 15 years; covers the 2028, 2032 and 2036 halvings",
        hint: "The horizon of the decision, in whole years.",
        step: 1.0,
        group: Outlook,
    };
    /// Keep mining's discount rate, nominal, per year: the return its money could earn
    /// elsewhere at its risk.
    DiscountRate, discount_rate_pct, "rate" => Param {
        label: "Keep mining's discount rate",
        short: "Mining's discount",
        unit: "%",
        min: 0.0,
        max: 40.0,
        default: 15.0,
        source: "miners' cost of equity 15-25% (est.); ASIC-backed loans 12-15%",
        hint: "What a dollar of mining cash a year later is worth less, per year: the return money at mining's risk could earn elsewhere.",
        step: 0.5,
        group: Outlook,
        plausible: [12.0, 25.0, "ASIC-backed loans 12-15% to miners' cost of equity 15-25% (est.)"],
    };
    /// Converting's discount rate, nominal, per year.
    AiDiscountRate, ai_discount_rate_pct, "airate" => Param {
        label: "Converting's discount rate",
        short: "Convert's discount",
        unit: "%",
        min: 0.0,
        max: 40.0,
        default: 8.0,
        source: "backstopped leases: Cipher 7.125% and TeraWulf 7.75% senior secured notes, Hut 8 and Galaxy project debt at 80-85% of cost; a GPU cloud's risk is nearer mining's (GPU presets set 12%)",
        hint: "The same for converting's cash: a lease backstopped by a large tenant is financed like a bond; a GPU cloud carries more risk.",
        step: 0.5,
        group: Outlook,
        plausible: [6.0, 15.0, "backstopped project debt ~6-8% (Cipher 7.125%, TeraWulf 7.75% notes, 2025) to a GPU cloud's ~12-15% (est.)"],
    };
    /// Years from today to the next halving; then one every four years.
    YearsToHalving, years_to_halving, "halving" => Param {
        label: "Years to the next halving",
        unit: "years",
        min: 0.0,
        max: 4.0,
        default: snapshot::YEARS_TO_NEXT_HALVING,
        source: snapshot::YEARS_TO_NEXT_HALVING_SOURCE,
        hint: "The subsidy halves then, and every four years after.",
        step: 0.1,
        group: Outlook,
    };
    /// Growth of the BTC price per year.
    BtcGrowth, btc_growth_pct_per_year, "btcg" => Param {
        label: "BTC price growth",
        unit: "%/yr",
        min: -50.0,
        max: 100.0,
        default: 0.0,
        source: "the reader's view; 0 makes no forecast",
        hint: "How the BTC price moves each year from today's.",
        step: 1.0,
        group: Outlook,
        plausible: [-20.0, 30.0, "long-run rates (est.), well inside the record's extremes: 2020-2025 grew ~$7,200 to ~$94,000, +67% a year; 2026 fell 52% from the Oct 2025 high by June"],
    };
    /// Growth of the network hashrate per year.
    HashrateGrowth, hashrate_growth_pct_per_year, "hashg" => Param {
        label: "Network hashrate growth",
        short: "Hashrate growth",
        unit: "%/yr",
        min: -50.0,
        max: 100.0,
        default: 0.0,
        source: "0 makes no forecast; about +60%/yr in 2024-25, a 10-30% fall from the peak in 2026",
        hint: "How the network's hashing power moves each year; more of it shares the same rewards.",
        step: 1.0,
        group: Outlook,
        plausible: [-10.0, 30.0, "long-run rates (est.), inside the record's extremes: 2020-2025 grew ~120 to ~800 EH/s, +46% a year; 2026 fell 10-30% from the peak"],
    };
    /// Growth of the power price per year, for every path that pays for power.
    PowerGrowth, power_growth_pct_per_year, "powerg" => Param {
        label: "Power price growth",
        unit: "%/yr",
        min: -10.0,
        max: 20.0,
        default: 0.0,
        source: "0 makes no forecast; US industrial prices rose about 3% a year over 2020-25 (est.)",
        hint: "How the power price moves each year from today's, for mining and for an AI path that pays for its power.",
        step: 0.5,
        group: Outlook,
        plausible: [0.0, 5.0, "flat to a little above the ~3% a year of US industrial prices over 2020-25 (est.)"],
    };
    /// Mining costs besides power: staff, repairs, insurance, property tax.
    MiningOpex, mining_opex_usd_per_mw_year, "mopex" => Param {
        label: "Other mining costs",
        unit: "$/MW-year",
        min: 0.0,
        max: 300_000.0,
        default: 60_000.0,
        source: "staff, repairs, insurance, property tax (est., ~$7/MWh)",
        hint: "What a MW of mining costs a year besides its power.",
        step: 1000.0,
        group: KeepMining,
        plausible: [30_000.0, 120_000.0, "staff, repairs, insurance and property tax (est.)"],
    };
    /// Years the machines on site still run before they wear out.
    AsicLifeLeft, asic_life_left_years, "asicrem" => Param {
        label: "Life left in the machines on site",
        short: "Miners' life left",
        unit: "years",
        min: 0.0,
        max: 10.0,
        default: 2.0,
        source: "a fleet bought in 2023-24 with a 4-5 year life (est.)",
        hint: "The machines on site are paid for: they run this many more years, while they pay their way, before replacements are needed.",
        step: 0.25,
        group: KeepMining,
        plausible: [1.0, 4.0, "a fleet near its end to one bought in 2025 (est.)"],
    };
    /// Energy the replacement machines spend per terahash.
    ReplacementEfficiency, replacement_efficiency_j_per_th, "neweff" => Param {
        label: "Energy the replacement machines use",
        short: "New miners' J/TH",
        unit: "J/TH",
        min: 5.0,
        max: 40.0,
        default: 16.0,
        source: "S21 hydro class 16 J/TH; S21 XP hydro 12 (Bitmain specs)",
        hint: "J/TH of the machines bought when the ones on site wear out; lower is better.",
        step: 0.1,
        group: KeepMining,
        plausible: [9.5, 17.5, "an S23 Hydro's 9.5 J/TH to an S21's 17.5 (Bitmain specs)"],
    };
    /// Price of the replacement machines per TH/s.
    AsicPrice, asic_usd_per_th, "asic" => Param {
        label: "Price of the replacement machines",
        short: "New miners' price",
        unit: "$/TH",
        min: 0.0,
        max: 50.0,
        default: 8.0,
        source: "new hydro S21-class $7-8/TH after Bitmain's Dec 2025 cut (TheMinerMag)",
        hint: "What the replacements cost per TH/s, spread over their life; they are bought only when they pay.",
        step: 0.5,
        group: KeepMining,
        plausible: [6.0, 15.0, "new S21-class hydro $7-8/TH after Bitmain's Dec 2025 cut (TheMinerMag) to the $10-30/TH of mid-2025's top tier"],
    };
    /// Years a replacement machine lasts.
    AsicLife, asic_life_years, "asiclife" => Param {
        label: "Life of a replacement machine",
        short: "New miners' life",
        unit: "years",
        min: 1.0,
        max: 10.0,
        default: 4.0,
        source: "about one halving cycle",
        hint: "The replacements' cost is spread over this many years.",
        step: 0.5,
        group: KeepMining,
        plausible: [3.0, 6.0, "about one halving cycle, longer for efficient fleets (est.)"],
    };
    /// Cost of the data hall per MW of IT load.
    HallCapex, hall_capex_musd_per_it_mw, "capex" => Param {
        label: "Cost of the data hall",
        short: "Data hall cost",
        unit: "$M per IT MW",
        min: 0.0,
        max: 30.0,
        default: 10.0,
        source: "Cipher $9-11M, TeraWulf $8-10M, Hut 8 $9-11M per IT MW; analysts $8-15M",
        hint: "What converting costs per MW of the tenant's IT load.",
        step: 0.5,
        group: Convert,
        plausible: [8.0, 15.0, "Cipher, TeraWulf, Hut 8 $8-11M; analysts up to $15M per IT MW"],
    };
    /// Years the data hall keeps a value: it is worth its cost less a straight-line share
    /// of it for each year since it was ready; 0 for none at all.
    HallLife, hall_life_years, "hallife" => Param {
        label: "Life of the data hall",
        short: "Data hall life",
        unit: "years",
        min: 0.0,
        max: 50.0,
        default: 20.0,
        source: "shell and electrical plant depreciated over 15-39 years (est.); 0 counts no value",
        hint: "What the hall is still worth when a lease ends or at the horizon: its cost less a share for each year of this life; 0 counts none.",
        step: 1.0,
        group: Convert,
        plausible: [15.0, 39.0, "shell and electrical plant depreciated over 15-39 years (est.)"],
    };
    /// What the machines on site fetch per TH/s when converting stops mining.
    AsicResale, asic_resale_usd_per_th, "asicsale" => Param {
        label: "Resale of the machines on site",
        short: "Miners' resale",
        unit: "$/TH",
        min: 0.0,
        max: 30.0,
        default: 3.0,
        source: "S19 XP+ Hydro about $4/TH, Dec 2025 (TheMinerMag); older classes less",
        hint: "Converting sells the machines on site when it stops mining, unless they are worn out by then.",
        step: 0.5,
        group: Convert,
        plausible: [1.0, 5.0, "older classes to an S19 XP+ Hydro's ~$4/TH (Dec 2025)"],
    };
    /// Share of the data hall's cost the tenant pays (lease only).
    TenantCapexShare, tenant_capex_share_pct, "tenant" => Param {
        label: "Share of the hall the tenant pays",
        short: "Tenant pays hall",
        unit: "%",
        min: 0.0,
        max: 100.0,
        default: 0.0,
        source: "CoreWeave paid ~80% of Core Scientific's fit-out (Q3 2025)",
        hint: "Some tenants fund part of the fit-out; lease only.",
        step: 1.0,
        group: LeaseTerms,
        plausible: [0.0, 80.0, "none to CoreWeave's ~80% of Core Scientific's fit-out (Q3 2025)"],
    };
    /// Years from the decision until the data hall earns.
    BuildYears, build_years, "build" => Param {
        label: "Build time",
        unit: "years",
        min: 0.0,
        max: 5.0,
        default: 1.5,
        source: "Hut 8 ~18 months to the first hall; Cipher ~12; Applied Digital 12-14",
        hint: "The hall earns nothing until it is built.",
        step: 0.25,
        group: Convert,
        plausible: [1.0, 2.0, "Cipher ~12 months, Hut 8 ~18; new halls 12-24 months"],
    };
    /// Yearly rise of the rent.
    RentEscalator, rent_escalator_pct_per_year, "esc" => Param {
        label: "Rent escalator",
        unit: "%/yr",
        min: 0.0,
        max: 10.0,
        default: 3.0,
        source: "Hut 8 River Bend and Beacon Point 3%; TeraWulf, Cipher \"annual escalators\"",
        hint: "How much the rent rises each year of the lease; the lease rate is its first year.",
        step: 0.5,
        group: LeaseTerms,
        plausible: [0.0, 3.0, "flat to Hut 8's 3% a year"],
    };
    /// Years the lease runs.
    LeaseTerm, lease_term_years, "term" => Param {
        label: "Lease term",
        unit: "years",
        min: 1.0,
        max: 30.0,
        default: 15.0,
        source: "Hut 8 15, Core Scientific 12, TeraWulf and Cipher 10",
        hint: "After the term the hall earns no rent in this model; it keeps its book value.",
        step: 1.0,
        group: LeaseTerms,
        plausible: [10.0, 15.0, "TeraWulf and Cipher 10 years to Hut 8 15"],
    };
    /// The landlord's own costs, as a share of rent.
    LandlordCosts, landlord_costs_pct, "landlord" => Param {
        label: "Landlord's costs",
        unit: "% of rent",
        min: 0.0,
        max: 30.0,
        default: 3.0,
        source: "triple net: Hut 8 NOI $6.9B on $7.0B of rent (1.4%); modified gross: TeraWulf and Cipher disclose 80-85% NOI margins (15-20%)",
        hint: "What the operator still spends under a lease.",
        step: 0.5,
        group: LeaseTerms,
        plausible: [1.4, 20.0, "a triple-net landlord (Hut 8, 1.4%) to a modified gross lease (TeraWulf and Cipher, 15-20%)"],
    };
    /// Share of each year's rent lost to the tenant's credit risk.
    CreditHaircut, credit_haircut_pct, "haircut" => Param {
        label: "Rent at risk",
        unit: "%",
        min: 0.0,
        max: 20.0,
        default: 0.0,
        source: "0 for an investment-grade or backstopped tenant; 2-5 unrated (est.)",
        hint: "A flat share of each year's rent, for a tenant that may not pay.",
        step: 0.5,
        group: LeaseTerms,
        plausible: [0.0, 5.0, "none for a backstopped tenant to 2-5% for an unrated one (est.)"],
    };
    /// Exit cap rate: the leased hall's value at the horizon is its last year's cash over it; 0 for none.
    ExitCapRate, exit_cap_rate_pct, "exitcap" => Param {
        label: "Exit cap rate",
        unit: "%",
        min: 0.0,
        max: 20.0,
        default: 0.0,
        source: "value of a leased hall at the horizon; lease only; 0 counts none",
        hint: "Values a hall still leased at the horizon at its last year's cash over this rate; below 1% counts none, and the hall keeps its book value.",
        step: 0.5,
        group: LeaseTerms,
    };
    /// All-in cost of one GPU.
    GpuCost, gpu_cost_usd, "gpucost" => Param {
        label: "Cost per GPU, all in",
        short: "GPU cost, all in",
        unit: "$",
        min: 0.0,
        max: 150_000.0,
        default: 30_000.0,
        source: "an H100 all-in $25-35k (SemiAnalysis as cited, est.); cluster quotes with InfiniBand ran $46-52k per H100 (Aug 2024); B200/GB200 ~$50-55k; IREN's GB300 ~$56k ($5.8B Dell order)",
        hint: "What each GPU costs with its share of servers and network.",
        step: 1000.0,
        group: GpuTerms,
        plausible: [25_000.0, 50_000.0, "an H100 all-in $25-35k (SemiAnalysis as cited, est.) to cluster quotes of $46-52k with InfiniBand (Aug 2024)"],
    };
    /// Years a GPU fleet serves.
    GpuLife, gpu_life_years, "gpulife" => Param {
        label: "Life of the GPUs",
        unit: "years",
        min: 1.0,
        max: 10.0,
        default: 5.0,
        source: "IREN-Microsoft 5 years; CoreWeave depreciates over ~6",
        hint: "Each GPU fleet serves this many years, then is resold and replaced at today's cost.",
        step: 0.5,
        group: GpuTerms,
        plausible: [4.0, 6.0, "IREN - Microsoft 5 years; CoreWeave depreciates over ~6"],
    };
    /// Yearly fall of the GPU-hour price.
    GpuPriceDecline, gpu_price_decline_pct_per_year, "gpudecl" => Param {
        label: "GPU price decline",
        unit: "%/yr",
        min: 0.0,
        max: 60.0,
        default: 15.0,
        source: "H100 rent -22% and H200 -29% over 2025 (RBC); 0 inside a fixed contract, for its length only",
        hint: "How much the GPU-hour price falls each year of a fleet's life; each new fleet starts again at today's price.",
        step: 1.0,
        group: GpuTerms,
        plausible: [5.0, 30.0, "a slow slide to H200's -29% over 2025 (RBC)"],
    };
    /// What the GPUs fetch at the end of their life.
    GpuResidual, gpu_residual_pct, "resid" => Param {
        label: "GPU resale value",
        unit: "% of cost",
        min: 0.0,
        max: 100.0,
        default: 10.0,
        source: "est.",
        hint: "Resale value of the GPUs when they retire.",
        step: 1.0,
        group: GpuTerms,
        plausible: [0.0, 20.0, "resale of retired GPUs (est.)"],
    };
    /// GPU-cloud costs besides power, as a share of revenue.
    GpuOpex, gpu_opex_pct, "gpuopex" => Param {
        label: "GPU-cloud costs",
        unit: "% of revenue",
        min: 0.0,
        max: 60.0,
        default: 10.0,
        source: "staff, software, network, support (est.)",
        hint: "What running a GPU cloud costs besides power.",
        step: 1.0,
        group: GpuTerms,
        plausible: [5.0, 20.0, "staff, software, network and support (est.)"],
    };
}
