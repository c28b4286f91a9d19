//! Today's comparison in words: the gap before capital, the margins behind it, the
//! break-even with its conditions, and the figures' words. Pure: the page, the first screen
//! and the build's static shells write the same words from it.

use crate::format::{number, usd, usd_about, usd_whole};
use crate::model::{snapshot, AiMode, Input, Outcome, Output, Preset, Side};

/// Above this ratio the page says "more than 10x": near mining's zero margin the ratio runs
/// away (25x at $60 power, 84x at $65 with the article's figures) while the dollar gap
/// barely moves, so a precise figure would mislead.
const RATIO_SHOWN_MAX: f64 = 10.0;

/// A gap per MW-year this small, in $, reads as "about the same" rather than as a winner.
const GAP_NEGLIGIBLE_USD: f64 = 500.0;

/// The AI use in a sentence: "leased to AI".
fn ai_use(outcome: &Outcome) -> &'static str {
    match outcome.scenario.ai_mode {
        AiMode::HpcLease => "leased to AI",
        AiMode::GpuCloud => "selling GPU-hours",
    }
}

/// "6.6x", or "more than 10x" where a precise ratio would mislead.
fn ratio_text(ratio: f64) -> String {
    if ratio > RATIO_SHOWN_MAX {
        format!("more than {}x", number(RATIO_SHOWN_MAX, 0))
    } else {
        format!("{}x", number(ratio, 1))
    }
}

/// Today's dollar gap per MW-year, on the basis it is on (margin over power, before
/// capital): the answer's second sentence. The two margins and their ratio are
/// [`margins_sentence`]'s, which the page's fold and the widget's "More" give.
pub fn comparison_sentence(outcome: &Outcome) -> String {
    let ai_use = ai_use(outcome);
    let gap = outcome.margin_gap_usd_per_mw_year;
    let basis = match outcome.scenario.ai_mode {
        AiMode::HpcLease => "Before capital costs",
        AiMode::GpuCloud => {
            "Before capital costs (the GPUs, tens of millions of dollars per MW, are not counted)"
        }
    };
    if gap.abs() < GAP_NEGLIGIBLE_USD {
        format!("{basis}, a megawatt {ai_use} earns about the same a year as mining.")
    } else if gap > 0.0 {
        format!(
            "{basis}, a megawatt {ai_use} earns {} a year more than mining.",
            usd(gap)
        )
    } else {
        format!(
            "{basis}, a megawatt mining earns {} a year more than {ai_use}.",
            usd(-gap)
        )
    }
}

/// The two margins behind today's gap, per MW a year, the winner's first, then AI's as a
/// multiple of mining's where AI is ahead and the multiple means something, or mining's
/// loss.
pub fn margins_sentence(outcome: &Outcome) -> String {
    let ai_margin = outcome.ai.margin_usd_per_mw_year;
    let mining_margin = outcome.mining.margin_usd_per_mw_year;
    let gap = outcome.margin_gap_usd_per_mw_year;
    let ((first, first_margin), (second, second_margin)) = if gap <= -GAP_NEGLIGIBLE_USD {
        (("mining", mining_margin), ("AI", ai_margin))
    } else {
        (("AI", ai_margin), ("mining", mining_margin))
    };
    let first_part = if first_margin < 0.0 {
        format!("{first} loses {}", usd(-first_margin))
    } else {
        format!("{first} earns {}", usd(first_margin))
    };
    let second_part = if second_margin < 0.0 && second == "mining" {
        format!("{second} loses {} at this power price", usd(-second_margin))
    } else if second_margin < 0.0 {
        format!("{second} loses {}", usd(-second_margin))
    } else {
        format!("{second} {}", usd(second_margin))
    };
    let margins = format!("Per MW a year, {first_part} and {second_part}.");
    let ratio = match Output::AiToMiningRatio.value(outcome) {
        Some(ratio) if gap >= GAP_NEGLIGIBLE_USD => {
            format!(" That is {} mining's margin.", ratio_text(ratio))
        }
        _ => String::new(),
    };
    format!("{margins}{ratio}")
}

/// The BTC price assumed, and where it comes from when it is the data snapshot's.
fn assumed_btc_price(outcome: &Outcome) -> String {
    let btc = outcome.scenario.btc_price_usd;
    // The newest snapshot with this price: a link pinned to an older one names its date.
    match snapshot::KNOWN
        .iter()
        .rev()
        .find(|known| known.btc_price_usd == btc)
    {
        Some(known) => format!(
            "the {} assumed here (the data snapshot's, {})",
            usd_whole(btc),
            known.as_of_text
        ),
        None => {
            match Preset::on(Side::Network).find(|preset| preset.scenario().btc_price_usd == btc) {
                Some(preset) => format!("the {} assumed here ({})", usd_whole(btc), preset.name()),
                None => format!("the {} assumed here", usd_whole(btc)),
            }
        }
    }
}

/// Where mining matches AI, with the conditions it holds under: the network hashrate and
/// the subsidy before the next halving. The break-even hashprice needs neither.
pub fn breakeven_sentence(outcome: &Outcome) -> String {
    let scenario = &outcome.scenario;
    let (btc_min, btc_max) = (Input::BtcPrice.param().min, Input::BtcPrice.param().max);
    if outcome.mining_wins_at_any_btc_price {
        return "Mining earns more than AI at any BTC price.".to_owned();
    }
    let Some(price) = outcome.breakeven_btc_price_usd else {
        return if scenario.block_subsidy_btc + scenario.fees_per_block_btc == 0.0 {
            "With no subsidy and no fees, mining earns nothing at any BTC price."
        } else {
            "Mining matches AI at no BTC price: the subsidy and fees per block are too small."
        }
        .to_owned();
    };
    let hashprice = outcome
        .breakeven_hashprice_usd_per_ph_day
        .map(|hashprice| {
            format!(
                " Whatever the hashrate, it takes a hashprice of {}/PH/day.",
                usd_about(hashprice)
            )
        })
        .unwrap_or_default();
    if price > btc_max {
        return format!(
            "Mining would match AI only above {} a bitcoin, beyond the range modelled.{hashprice}",
            usd_whole(btc_max)
        );
    }
    if price < btc_min {
        return format!(
            "Mining stays ahead of AI at any BTC price in the range modelled ({} and up).",
            usd_whole(btc_min)
        );
    }
    let verb = if scenario.btc_price_usd < price {
        "On today's margins, mining matches AI at about"
    } else {
        "On today's margins, mining stays ahead of AI down to about"
    };
    let after_halving = match outcome.breakeven_btc_price_after_halving_usd {
        Some(after) if after > btc_max => "; after it, beyond the range modelled".to_owned(),
        Some(after) => format!("; after it, about {}", usd_about(after)),
        None => String::new(),
    };
    format!(
        "{verb} {} a bitcoin, against {}. That holds at {} EH/s of network hashrate and until the next halving (about {}){after_halving}.{hashprice}",
        usd_about(price),
        assumed_btc_price(outcome),
        number(scenario.network_hashrate_eh_per_s, 0),
        snapshot::NEXT_HALVING_MONTH,
    )
}

/// The figures behind the headline, each output with the words the page shows for it: the
/// page's and the static shell's, which the build writes (`src/bin/shell.rs`).
pub fn key_figure_texts(outcome: &Outcome) -> Vec<(Output, String)> {
    let ratio_display = match (outcome.scenario.ai_mode, outcome.ai_to_mining_margin_ratio) {
        (AiMode::GpuCloud, _) => "not given: GPUs not counted".to_owned(),
        // One decimal cannot show a ratio below 0.1: say so rather than print "0.0x".
        (AiMode::HpcLease, Some(ratio)) if ratio < 0.1 => "below 0.1x: mining ahead".to_owned(),
        (AiMode::HpcLease, Some(ratio)) if ratio < 1.0 => {
            format!("{}: mining ahead", ratio_text(ratio))
        }
        (AiMode::HpcLease, Some(ratio)) => ratio_text(ratio),
        (AiMode::HpcLease, None) => "none: mining loses money".to_owned(),
    };
    let btc = Input::BtcPrice.param();
    let within_range = |price: f64| {
        if price > btc.max {
            format!("above {}", usd_whole(btc.max))
        } else if price < btc.min {
            format!("below {}", usd_whole(btc.min))
        } else {
            usd_about(price)
        }
    };
    // No break-even: either mining wins at any price, or it earns nothing at any price.
    let no_breakeven = if outcome.mining_wins_at_any_btc_price {
        "none: mining wins at any price"
    } else {
        "none: mining earns too little"
    };
    let breakeven_display = outcome
        .breakeven_btc_price_usd
        .map_or_else(|| no_breakeven.to_owned(), within_range);
    let after_halving_display = outcome
        .breakeven_btc_price_after_halving_usd
        .map_or_else(|| no_breakeven.to_owned(), within_range);
    let breakeven_hashprice_display = outcome.breakeven_hashprice_usd_per_ph_day.map_or_else(
        || no_breakeven.to_owned(),
        |hashprice| format!("{}/PH/day", usd_about(hashprice)),
    );
    let mut figures = vec![
        (
            Output::MarginGapMwYear,
            usd(outcome.margin_gap_usd_per_mw_year),
        ),
        (Output::AiToMiningRatio, ratio_display),
        (Output::BreakevenBtc, breakeven_display),
        (Output::BreakevenBtcAfterHalving, after_halving_display),
        (Output::BreakevenHashprice, breakeven_hashprice_display),
        (
            Output::Hashprice,
            format!("{}/PH/day", usd(outcome.hashprice_usd_per_ph_day)),
        ),
        (
            Output::HashratePerMw,
            format!("{} PH/s", number(outcome.hashrate_ph_per_s_per_mw, 1)),
        ),
    ];
    if outcome.scenario.ai_mode == AiMode::GpuCloud {
        figures.push((Output::GpusPerMw, number(outcome.gpus_per_mw, 0)));
    }
    figures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute, Preset, Scenario};

    /// The article's figures: BTC $65,000, 950 EH/s, 3.125 + 0.03 BTC a block, 18 J/TH,
    /// PUE 1.05, 2% pool fee, 95% uptime, $40 power, a $150/kW-month pass-through lease at
    /// PUE 1.2. By hand:
    /// - hashprice = 144 x 3.155 x 65,000 / 950,000 = $31.0857/PH/day;
    /// - mining revenue = 31.0857 x 0.98 / (0.024 x 18 x 1.05) = $67.159/MWh, margin
    ///   $27.159/MWh, x 8,322 h = $226,014 per MW-year;
    /// - lease revenue = 150 x 1000 / 730 / 1.2 = $171.233/MWh, x 8,760 h = $1,500,000 per
    ///   MW-year;
    /// - gap $1,273,986 ("$1.27M"), ratio 6.64;
    /// - break-even BTC = (1,500,000 / 8,322 + 40) x 65,000 / 67.159 = $213,165 ("about
    ///   $213,000"); after the halving x 3.155 / 1.5925 = $422,307 ("about $422,000");
    /// - break-even hashprice = 31.0857 x 213,165 / 65,000 = $101.94 ("$102").
    #[test]
    fn the_articles_sentences_state_their_basis_and_conditions() {
        let outcome = compute(&Preset::ArticleMarch2026.scenario());
        assert_eq!(
            comparison_sentence(&outcome),
            "Before capital costs, a megawatt leased to AI earns $1.27M a year more than \
             mining."
        );
        assert_eq!(
            margins_sentence(&outcome),
            "Per MW a year, AI earns $1.50M and mining $226k. That is 6.6x mining's margin."
        );
        assert_eq!(
            breakeven_sentence(&outcome),
            "On today's margins, mining matches AI at about $213,000 a bitcoin, against the $65,000 assumed \
             here (Article, March 2026). That holds at 950 EH/s of network hashrate and until the next halving \
             (about April 2028); after it, about $422,000. Whatever the hashrate, it takes \
             a hashprice of $102/PH/day."
        );
    }

    #[test]
    fn the_snapshots_price_is_dated() {
        let outcome = compute(&Scenario::default());
        assert!(breakeven_sentence(&outcome).contains(&format!(
            "against the {} assumed here (the data snapshot's, {})",
            usd_whole(snapshot::BTC_PRICE_USD),
            snapshot::AS_OF_TEXT
        )));
    }

    /// Power at $65 with the article's figures: mining's margin is 67.159 - 65 = $2.159/MWh,
    /// $17,967 per MW-year; the ratio 1,500,000 / 17,967 = 83.5 reads "more than 10x".
    #[test]
    fn a_runaway_ratio_is_capped_in_words() {
        let outcome = compute(&Scenario {
            power_price_usd_per_mwh: 65.0,
            ..Preset::ArticleMarch2026.scenario()
        });
        assert!(margins_sentence(&outcome).ends_with("That is more than 10x mining's margin."));
    }

    #[test]
    fn a_gpu_cloud_claims_no_ratio_and_says_its_gpus_are_not_counted() {
        let outcome = compute(&Preset::B200.scenario());
        let sentence = comparison_sentence(&outcome);
        assert!(sentence.contains("the GPUs, tens of millions of dollars per MW, are not counted"));
        let margins = margins_sentence(&outcome);
        assert!(
            margins.starts_with("Per MW a year, AI earns $"),
            "{margins}"
        );
        assert!(!margins.contains("That is"), "{margins}");
        assert_eq!(Output::AiToMiningRatio.value(&outcome), None);
        assert!(
            outcome.ai_to_mining_margin_ratio.is_some(),
            "the sentinel: a ratio exists"
        );
    }

    #[test]
    fn break_evens_outside_the_range_say_so() {
        let btc = Input::BtcPrice.param();
        // A GPU cloud at $10 a GPU-hour: the break-even lies far above the range.
        let beyond = compute(&Scenario {
            ai_mode: AiMode::GpuCloud,
            gpu_price_usd_per_hour: 10.0,
            ..Scenario::default()
        });
        assert!(beyond.breakeven_btc_price_usd.unwrap() > btc.max);
        assert!(breakeven_sentence(&beyond).contains("beyond the range modelled"));
        // A cheap lease and free power: mining wins down to a price below the range.
        let below = compute(&Scenario {
            lease_usd_per_kw_month: Input::LeaseRate.param().min,
            power_price_usd_per_mwh: 0.0,
            network_hashrate_eh_per_s: Input::NetworkHashrate.param().min,
            fleet_efficiency_j_per_th: Input::FleetEfficiency.param().min,
            fees_per_block_btc: Input::FeesPerBlock.param().max,
            uptime_pct: 100.0,
            ..Scenario::default()
        });
        assert!(below.breakeven_btc_price_usd.unwrap() < btc.min);
        assert!(breakeven_sentence(&below).starts_with("Mining stays ahead of AI at any BTC price"));
    }

    #[test]
    fn without_subsidy_or_fees_mining_earns_nothing_and_no_break_even_is_claimed() {
        let outcome = compute(&Scenario {
            block_subsidy_btc: 0.0,
            fees_per_block_btc: 0.0,
            ..Scenario::default()
        });
        assert_eq!(outcome.breakeven_btc_price_usd, None);
        assert_eq!(outcome.mining.revenue_usd_per_mwh, 0.0);
        assert_eq!(
            breakeven_sentence(&outcome),
            "With no subsidy and no fees, mining earns nothing at any BTC price."
        );
        // The hashprice that would match AI needs no subsidy: mining must earn
        // 1,500,000 / 8,322 h + $40 = $220.24 per MWh used, which takes
        // 220.24 x 0.024 x 18 x 1.05 / 0.98 = $101.94/PH/day.
        let hashprice = outcome.breakeven_hashprice_usd_per_ph_day.unwrap();
        assert!((hashprice - 101.94).abs() < 0.01, "{hashprice}");
    }

    #[test]
    fn each_sign_of_the_margins_gets_its_own_sentence() {
        let mining_wins = compute(&Scenario {
            btc_price_usd: 250_000.0,
            lease_usd_per_kw_month: 50.0,
            ..Scenario::default()
        });
        assert!(comparison_sentence(&mining_wins).contains("a megawatt mining earns"));
        assert!(margins_sentence(&mining_wins).starts_with("Per MW a year, mining earns $"));
        assert!(breakeven_sentence(&mining_wins)
            .starts_with("On today's margins, mining stays ahead of AI down to about"));

        let mining_loses = compute(&Scenario {
            btc_price_usd: 10_000.0,
            ..Scenario::default()
        });
        let margins = margins_sentence(&mining_loses);
        assert!(
            margins.contains("and mining loses $") && margins.ends_with(" at this power price."),
            "{margins}"
        );

        // AI's loss outweighs what mining pays for power while it runs, even at BTC = 0.
        let never = compute(&Scenario {
            uptime_pct: 50.0,
            power_price_usd_per_mwh: 200.0,
            ai_mode: AiMode::GpuCloud,
            gpu_price_usd_per_hour: 0.5,
            gpu_utilization_pct: 10.0,
            gpu_power_kw: 2.5,
            ai_pue: 1.6,
            ..Scenario::default()
        });
        assert_eq!(
            breakeven_sentence(&never),
            "Mining earns more than AI at any BTC price."
        );
    }
}
