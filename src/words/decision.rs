//! The decision over time in words: the answer with the rates, the conditions and the
//! outlook it holds under, the break-even, the figures' words, and what keeping the miners
//! rests on. Pure: the years view's components, the first screen and the build's static
//! shells (`src/bin/shell.rs`) write the same words from it.
//!
//! Its length is the sentences' cases (a lease or a GPU cloud, idle miners, a gap about
//! nothing, break-evens beyond the range) and their tests, each computed by hand.

use crate::format::{count, number, percent, usd, usd_about, usd_sum, usd_whole, with_unit};
use crate::model::decision::{horizon_years, renewal_usd_per_mw_year, Npvs};
use crate::model::{AiMode, Decision, DecisionOutput, Input, Preset, Scenario};

/// An NPV gap this small per MW, in $, reads as "about the same" rather than as a winner.
const GAP_NEGLIGIBLE_USD: f64 = 5_000.0;

/// What the model leaves out, said next to its figures.
pub const LEFT_OUT: &str = "Not counted: taxes, financing (leverage), curtailment and demand-response credits, a lease's extension options (the hall's book value stands in for them), and the network hashrate's response to the BTC price.";

/// "converting to an HPC lease".
fn converting(scenario: &Scenario) -> &'static str {
    match scenario.ai_mode {
        AiMode::HpcLease => "converting to an HPC lease",
        AiMode::GpuCloud => "converting to a GPU cloud",
    }
}

/// How long the build takes: "takes 18 months", "takes 2 years", or "is ready at once".
fn build_text(scenario: &Scenario) -> String {
    let months = (scenario.build_years * 12.0).round();
    if months <= 0.0 {
        "is ready at once".to_owned()
    // size: a whole number of years by `fract`, not `%`: a float remainder links libm's
    // fmod and 128-bit division (measured: 3 KB of wasm before gzip).
    } else if months >= 24.0 && (months / 12.0).fract() == 0.0 {
        format!("takes {}", count(months / 12.0, "year"))
    } else {
        format!("takes {}", count(months, "month"))
    }
}

/// A growth rate in a sentence: "flat" or "growing 20% a year".
fn growth_text(pct_per_year: f64) -> String {
    if pct_per_year == 0.0 {
        "flat".to_owned()
    } else if pct_per_year > 0.0 {
        format!("growing {}% a year", number(pct_per_year, 0))
    } else {
        format!("falling {}% a year", number(-pct_per_year, 0))
    }
}

/// The deal converting makes: "the lease pays $128/kW-month (growing 3% a year) for 15
/// years", or for a GPU cloud its price, its decline, the GPUs' cost and how often they are
/// renewed.
fn deal_text(scenario: &Scenario) -> String {
    match scenario.ai_mode {
        AiMode::HpcLease => format!(
            "the lease pays {} ({}) for {}",
            with_unit(scenario.lease_usd_per_kw_month, "$/kW-month"),
            growth_text(scenario.rent_escalator_pct_per_year),
            count(scenario.lease_term_years, "year")
        ),
        AiMode::GpuCloud => format!(
            "GPU-hours sell at {} ({} over each fleet's life) from GPUs costing {} each, renewed every {}",
            usd(scenario.gpu_price_usd_per_hour),
            growth_text(-scenario.gpu_price_decline_pct_per_year),
            usd_whole(scenario.gpu_cost_usd),
            count(scenario.gpu_life_years, "year")
        ),
    }
}

/// Who wins and by how much per MW, `converting` the words for converting, `site` (may be
/// empty) after the figure: "converting to an HPC lease is worth $2.29M more per MW than
/// keeping the miners". Keeping miners that no
/// year can pay for is keeping an idle site (`idle`): it says so rather than credit the
/// miners with a gain.
fn answer_text(converting: &str, gain_usd: f64, idle: bool, site: &str) -> String {
    if gain_usd.abs() < GAP_NEGLIGIBLE_USD {
        format!("{converting} and keeping the miners are worth about the same per MW")
    } else if idle && gain_usd > 0.0 {
        format!(
            "{converting} is worth {} per MW{site}, where the miners, idle at these figures, earn nothing",
            usd(gain_usd)
        )
    } else if idle {
        format!(
            "{converting} would lose {} per MW{site}, where the miners, idle at these figures, lose nothing",
            usd(-gain_usd)
        )
    } else if gain_usd > 0.0 {
        format!(
            "{converting} is worth {} more per MW than keeping the miners{site}",
            usd(gain_usd)
        )
    } else {
        format!(
            "keeping the miners is worth {} more per MW than {converting}{site}",
            usd(-gain_usd)
        )
    }
}

/// Where the answer rests on the two discount rates: who wins were both paths discounted
/// at mining's rate, when that is the other path ("; at 15% for both, the miners win");
/// empty when the rates are equal or the winner is the same.
fn one_rate_text(
    scenario: &Scenario,
    gain_usd: f64,
    gain_at_one_rate_usd: f64,
    idle: bool,
) -> String {
    let differs = (gain_usd >= GAP_NEGLIGIBLE_USD && gain_at_one_rate_usd <= -GAP_NEGLIGIBLE_USD)
        || (gain_usd <= -GAP_NEGLIGIBLE_USD && gain_at_one_rate_usd >= GAP_NEGLIGIBLE_USD);
    if scenario.discount_rate_pct == scenario.ai_discount_rate_pct || !differs {
        return String::new();
    }
    let winner = if gain_at_one_rate_usd > 0.0 {
        "converting wins"
    } else if idle {
        "converting loses"
    } else {
        "the miners win"
    };
    format!(
        "; at {} for both, {winner}",
        percent(scenario.discount_rate_pct)
    )
}

/// The answer that counts capital and time, in one plain sentence, from one projection
/// (`values`, [`npvs`](crate::model::decision::npvs) of `scenario`): what every headline
/// leads with, today's view's too, so that a reader who reads no further is never told the
/// opposite of the years view; with the assumptions that decide it most (the discount
/// rates, which flip the default answer when equal, and the BTC price's path), as the
/// years view's fuller sentence has them, and who wins at one rate where that is the other
/// path. "Over 15 years (mining discounted at 15%, converting at 8%, BTC flat), converting
/// is worth $4.79M more per MW than keeping the miners; at 15% for both, the miners win."
pub fn verdict_sentence(scenario: &Scenario, values: &Npvs) -> String {
    format!(
        "Over {} (mining discounted at {}, converting at {}, BTC {}), {}{}.",
        count(f64::from(horizon_years(scenario)), "year"),
        percent(scenario.discount_rate_pct),
        percent(scenario.ai_discount_rate_pct),
        growth_text(scenario.btc_growth_pct_per_year),
        // "Converting" alone: the sentence after it names the AI's use.
        answer_text("converting", values.difference_usd, values.always_idle, ""),
        one_rate_text(
            scenario,
            values.difference_usd,
            values.difference_at_one_rate_usd,
            values.always_idle
        )
    )
}

/// The verdict in a title's few words, for the link preview: "Over 15 years, converting
/// wins by $2.29M per MW".
pub fn verdict_title(scenario: &Scenario, values: &Npvs) -> String {
    let over = format!("Over {}", count(f64::from(horizon_years(scenario)), "year"));
    let gain = values.difference_usd;
    if gain.abs() < GAP_NEGLIGIBLE_USD {
        format!("{over}, converting and mining are worth about the same")
    } else if values.always_idle && gain < 0.0 {
        format!(
            "{over}, converting loses {} per MW; idle miners, nothing",
            usd(-gain)
        )
    } else if gain > 0.0 {
        format!("{over}, converting wins by {} per MW", usd(gain))
    } else {
        format!("{over}, keeping the miners wins by {} per MW", usd(-gain))
    }
}

/// What a named deal's figures assume rather than take from its disclosures, in a sentence;
/// empty without a deal.
pub fn assumed_sentence(deal: Option<Preset>) -> String {
    deal.and_then(Preset::assumed)
        .map(|assumed| {
            format!(
                " For {}, assumed rather than disclosed: {assumed}.",
                deal.map_or("", Preset::name)
            )
        })
        .unwrap_or_default()
}

/// The answer, with the rates it is discounted at; what the hall and the deal must be for it
/// to hold follows in [`conditions_sentence`], folded on a phone, so that the first screen
/// keeps to about forty words. On the defaults: "Over 15 years (mining discounted at 15%,
/// converting at 8%), converting to an HPC lease is worth $4.79M more per MW than keeping
/// the miners ($479M for the 100-MW site), on the hall, deal and outlook assumed; at 15% for
/// both, the miners win."
pub fn decision_sentence(decision: &Decision) -> String {
    let scenario = &decision.scenario;
    let gain = decision.difference.npv_usd;
    let site_mw = scenario.site_mw;
    let lead = format!(
        "Over {} (mining discounted at {}, converting at {})",
        count(f64::from(decision.horizon_years), "year"),
        percent(scenario.discount_rate_pct),
        percent(scenario.ai_discount_rate_pct)
    );
    let site = format!(
        " ({} for the {}-MW site)",
        usd(gain.abs() * site_mw),
        number(site_mw, 0)
    );
    let answer = answer_text(converting(scenario), gain, decision.always_idle(), &site);
    let one_rate = one_rate_text(
        scenario,
        gain,
        decision.difference_at_one_rate_usd,
        decision.always_idle(),
    );
    format!("{lead}, {answer}, on the hall, deal and outlook assumed{one_rate}.")
}

/// What the hall and the deal must be for the answer to hold: "It holds if the hall costs
/// $10.0M per IT MW (the tenant paying 80% of it) and takes 18 months, and the lease pays
/// $125/kW-month (growing 3% a year) for 15 years."
pub fn conditions_sentence(scenario: &Scenario) -> String {
    let hall = format!(
        "the hall costs {} per IT MW",
        usd(scenario.hall_capex_musd_per_it_mw * 1e6)
    );
    let tenant = if scenario.ai_mode == AiMode::HpcLease && scenario.tenant_capex_share_pct > 0.0 {
        format!(
            " (the tenant paying {}% of it)",
            number(scenario.tenant_capex_share_pct, 0)
        )
    } else {
        String::new()
    };
    format!(
        "It holds if {hall}{tenant} and {}, and {}.",
        build_text(scenario),
        deal_text(scenario)
    )
}

/// What the answer assumes of Bitcoin: "It assumes BTC at $60,500 (flat) and the network at
/// 958 EH/s (flat), the next halving in 1.8 years and then one every four."
pub fn outlook_sentence(scenario: &Scenario) -> String {
    format!(
        "It assumes BTC at {} ({}) and the network at {} EH/s ({}), the next halving in {} and then one every four.",
        usd_whole(scenario.btc_price_usd),
        growth_text(scenario.btc_growth_pct_per_year),
        number(scenario.network_hashrate_eh_per_s, 0),
        growth_text(scenario.hashrate_growth_pct_per_year),
        count(scenario.years_to_halving, "year"),
    )
}

/// Where a break-even BTC price lies against the range the calculator models: "about
/// $120,000", "above $1,000,000" or "below $1,000".
fn breakeven_btc_text(price: f64) -> String {
    let btc = Input::BtcPrice.param();
    if price > btc.max {
        format!("above {}", usd_whole(btc.max))
    } else if price < btc.min {
        format!("below {}", usd_whole(btc.min))
    } else {
        format!("about {}", usd_about(price))
    }
}

/// Where the answer flips on the BTC price; the outlook sentence before it says what else
/// it holds under.
pub fn breakeven_npv_sentence(decision: &Decision) -> String {
    let btc = Input::BtcPrice.param();
    let Some(price) = decision.breakeven_btc_price_usd else {
        return if decision.difference.npv_usd > 0.0 {
            "No BTC price up to $10,000,000 makes keeping the miners worth as much.".to_owned()
        } else {
            "Keeping the miners is worth at least as much at any BTC price.".to_owned()
        };
    };
    let outside = if price > btc.max || price < btc.min {
        format!(
            ", outside the {} to {} the calculator models",
            usd_whole(btc.min),
            usd_whole(btc.max)
        )
    } else {
        String::new()
    };
    let hashprice = decision
        .breakeven_hashprice_usd_per_ph_day
        .map(|hashprice| {
            format!(
                ": a hashprice of {}/PH/day in year 1, before the pool fee",
                usd_about(hashprice)
            )
        })
        .unwrap_or_default();
    format!(
        "Both paths are worth the same with BTC at about {} today{outside}{hashprice}.",
        usd_about(price)
    )
}

/// An IRR as a reader sees it: "8.1%", or why there is none: no capital to earn back
/// (`capital_usd` of 0), yearly cash that never turns positive (`never_positive`), or cash
/// that changes sign more than once.
fn irr_text(irr_pct: Option<f64>, capital_usd: f64, never_positive: bool) -> String {
    match irr_pct {
        Some(pct) => format!("{}%", number(pct, 1)),
        None if never_positive => "none: its cash never turns positive".to_owned(),
        None if capital_usd <= 0.0 => "none: no capital to earn back".to_owned(),
        None => "none: its cash changes sign more than once".to_owned(),
    }
}

/// An IRR against the rate converting is discounted at (`rate_pct`), in a sentence whose
/// subject is `whose` ("Converting's", "The difference's"); none without an IRR. Above the
/// rate, the capital earns more than the rate asks of it; below it, less.
pub fn irr_note(whose: &str, irr_pct: Option<f64>, rate_pct: f64) -> Option<String> {
    let irr = irr_pct?;
    // Equal as the reader sees them: the IRR to a tenth of a point.
    let against = if (irr - rate_pct).abs() < 0.05 {
        "equal to"
    } else if irr > rate_pct {
        "above"
    } else {
        "below"
    };
    Some(format!(
        "{whose} IRR is {against} the {} a year converting is discounted at.",
        with_unit(rate_pct, "%")
    ))
}

/// A payback as a reader sees it: "6.7 years", "at once (never behind)", or "not within 15
/// years".
fn payback_text(years: Option<f64>, horizon_years: u32) -> String {
    match years {
        Some(years) if years <= 0.0 => "at once (never behind)".to_owned(),
        Some(years) => count((years * 10.0).round() / 10.0, "year"),
        None => format!("not within {}", count(f64::from(horizon_years), "year")),
    }
}

/// How a decision output reads on the page.
pub fn figure_text(decision: &Decision, output: DecisionOutput) -> String {
    let value = output.value(decision);
    let horizon = decision.horizon_years;
    match output {
        DecisionOutput::IrrAi => irr_text(
            value,
            decision.convert_capital_usd,
            decision.years.iter().all(|year| year.convert_usd <= 0.0),
        ),
        DecisionOutput::IrrGain => irr_text(
            value,
            decision.convert_capital_usd,
            decision
                .years
                .iter()
                .all(|year| year.convert_usd <= year.keep_mining_usd),
        ),
        DecisionOutput::PaybackAi | DecisionOutput::PaybackGain => payback_text(value, horizon),
        DecisionOutput::BreakevenBtcNpv => {
            value.map_or_else(|| "none".to_owned(), breakeven_btc_text)
        }
        DecisionOutput::BreakevenHashpriceNpv => value.map_or_else(
            || "none".to_owned(),
            |hashprice| format!("{}/PH/day", usd_about(hashprice)),
        ),
        _ => value.map_or_else(String::new, usd_sum),
    }
}

/// The first year whose subsidy the first halving cuts: a halving at 1.8 years cuts year 2,
/// one at exactly 2 years year 3, one due now year 1.
fn first_halving_year(scenario: &Scenario) -> u32 {
    scenario.years_to_halving.floor() as u32 + 1
}

/// What keeping the miners rests on: what the machines on site clear, how long they run,
/// when they stop paying their way, and whether replacements pay.
pub fn keep_mining_note(decision: &Decision) -> String {
    let scenario = &decision.scenario;
    let life_left = scenario.asic_life_left_years;
    let on_site = if life_left <= 0.0 {
        "The machines on site are worn out: keeping the miners means buying replacements."
            .to_owned()
    } else {
        let year_one = decision.years.first().map_or(0.0, |year| year.on_site_usd);
        let clears = if year_one > 0.0 {
            format!(
                "they clear {} per MW in year 1 after power and other costs",
                usd_sum(year_one)
            )
        } else {
            "they do not cover power and other costs in year 1, so they are idled".to_owned()
        };
        let stop = decision
            .years
            .iter()
            .skip(1)
            .find(|year| year.on_site_share > 0.0 && year.on_site_usd == 0.0)
            .filter(|_| year_one > 0.0)
            .map(|year| {
                let halving = first_halving_year(scenario);
                let after = if halving <= year.year {
                    format!(" after the halving of year {halving}")
                } else {
                    String::new()
                };
                format!(" They stop paying their way in year {}{after}.", year.year)
            })
            .unwrap_or_default();
        format!(
            "The machines on site are paid for and run {} more: {clears}.{stop}",
            count(life_left, "year")
        )
    };
    let needing: Vec<_> = decision
        .years
        .iter()
        .filter(|year| year.on_site_share < 1.0)
        .collect();
    let paying = needing
        .iter()
        .filter(|year| year.replacements_usd > 0.0)
        .count();
    let replacements = if needing.is_empty() {
        String::new()
    } else {
        let pays = match paying {
            0 => format!(
                "they pay their way in none of the {} that need them, so the site idles then",
                count(needing.len() as f64, "year")
            ),
            all if all == needing.len() => format!(
                "they pay their way in each of the {} that need them",
                count(all as f64, "year")
            ),
            some => format!(
                "they pay their way in {some} of the {} that need them; the site idles in the others",
                count(needing.len() as f64, "year")
            ),
        };
        format!(
            " Replacements at {} cost {} per MW a year ({} over {}); {pays}.",
            with_unit(scenario.replacement_efficiency_j_per_th, "J/TH"),
            usd_sum(renewal_usd_per_mw_year(scenario)),
            with_unit(scenario.asic_usd_per_th, "$/TH"),
            count(scenario.asic_life_years, "year")
        )
    };
    format!("{on_site}{replacements}")
}

/// docs/model.md's T0 (`tests/common/t0.query`, shared with the other tests) decided, for
/// the unit tests of the words and of the cards: hashprice $45/PH/day, mining revenue
/// $93.75/MWh at $50 power, a $125 lease on a $10M hall with nothing else, ten years at 10%
/// for both paths, the machines on site worn out and replacements of the same J/TH free;
/// `extra` keys first (the first occurrence of a key counts).
#[cfg(test)]
pub(crate) fn t0(extra: &str) -> Decision {
    let t0 = include_str!("../../tests/common/t0.query").trim_ascii_end();
    crate::model::decide(&crate::url_state::decode(&format!("{extra}&{t0}")).0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decide;

    /// T0 by hand: convert's NPV is -$783,149.34 (D3). Keep mining earns (93.75 - 50) x
    /// 8,760 = $383,250 a year in years 1-4; after the halving in year 4 its revenue,
    /// $46.875/MWh, is below the power price, so years 5-10 are idled at $0. Its NPV is
    /// 383,250 x 3.1698654 (the annuity of years 1-4 at 10%) = $1,214,851. The gap,
    /// -$1,998,000 per MW, is -$199.8M for 100 MW.
    #[test]
    fn the_sentence_names_the_winner_the_gap_and_its_conditions() {
        let decision = t0("");
        assert!((decision.difference.npv_usd + 1_998_000.3).abs() < 1.0);
        assert_eq!(
            decision_sentence(&decision),
            "Over 10 years (mining discounted at 10%, converting at 10%), keeping the miners is worth $2.00M more per MW than converting to an HPC lease ($200M for the 100-MW site), on the hall, deal and outlook assumed."
        );
        assert_eq!(
            conditions_sentence(&decision.scenario),
            "It holds if the hall costs $10.0M per IT MW and is ready at once, and the lease pays $125/kW-month (flat) for 30 years."
        );
        assert_eq!(
            outlook_sentence(&decision.scenario),
            "It assumes BTC at $100,000 (flat) and the network at 1000 EH/s (flat), the next halving in 4 years and then one every four."
        );
        assert!(conditions_sentence(&t0("tenant=80&build=1.5&esc=3&term=15").scenario).contains(
            "if the hall costs $10.0M per IT MW (the tenant paying 80% of it) and takes 18 months, and the lease pays $125/kW-month (growing 3% a year) for 15 years."
        ));
        assert!(conditions_sentence(&t0("build=5").scenario).contains(" and takes 5 years,"));
        assert!(conditions_sentence(&t0("ai=gpu&gpulife=4").scenario).ends_with(
            "and GPU-hours sell at $2.35 (falling 15% a year over each fleet's life) from GPUs costing $30,000 each, renewed every 4 years."
        ));
        assert!(decision_sentence(&t0("years=1"))
            .starts_with("Over 1 year (mining discounted at 10%, converting at 10%), "));
    }

    /// At 4% for converting T0's lease is worth 1.5 x 8.1108958 (ten years at 4%) - 10 =
    /// $2,166,344, against keep mining's $1,214,851 at 10%: converting wins by $951,493. At
    /// 10% for both it is -$783,149 (D3): the miners win by $2.00M, and the answer says so.
    #[test]
    fn an_answer_that_rests_on_the_rates_says_so() {
        let decision = t0("airate=4");
        assert!((decision.difference.npv_usd - 951_492.7).abs() < 1.0);
        assert!((decision.difference_at_one_rate_usd + 1_998_000.3).abs() < 1.0);
        assert!(decision_sentence(&decision).ends_with(
            "converting to an HPC lease is worth $951k more per MW than keeping the miners ($95.1M for the 100-MW site), on the hall, deal and outlook assumed; at 10% for both, the miners win."
        ));
        let scenario = decision.scenario;
        assert_eq!(
            verdict_sentence(&scenario, &crate::model::decision::npvs(&scenario)),
            "Over 10 years (mining discounted at 10%, converting at 4%, BTC flat), converting is worth $951k more per MW than keeping the miners; at 10% for both, the miners win."
        );
        // The same winner at one rate, or equal rates: nothing to add.
        assert!(!decision_sentence(&t0("airate=8")).contains("for both"));
        assert!(!decision_sentence(&t0("")).contains("for both"));
        // The other way round: mining discounted at 4% is worth 383,250 x 3.6298952 (four
        // years at 4%) = $1,391,157, ahead of converting's -$783,149 at 10%, behind its
        // $2,166,344 at 4%.
        assert!(decision_sentence(&t0("rate=4")).ends_with("; at 4% for both, converting wins."));
    }

    /// At $100 power no year of mining pays its way ((93.75 - 100) x 8,760 = -$54,750 in
    /// year 1): the miners are an idle site, and converting's -$783,149 is a loss against
    /// nothing.
    #[test]
    fn an_idle_mine_is_not_credited_with_a_gain() {
        let decision = t0("power=100");
        assert!(decision.always_idle());
        assert!(decision_sentence(&decision).starts_with(
            "Over 10 years (mining discounted at 10%, converting at 10%), converting to an HPC lease would lose $783k per MW ($78.3M for the 100-MW site), where the miners, idle at these figures, lose nothing, on"
        ));
        assert_eq!(
            keep_mining_note(&decision),
            "The machines on site are worn out: keeping the miners means buying replacements. Replacements at 20 J/TH cost $0 per MW a year ($0/TH over 4 years); they pay their way in none of the 10 years that need them, so the site idles then."
        );
    }

    /// A $50 lease on a $3,686,740 hall, against an idle mine: the rent's NPV is 50 x
    /// 12,000 x 6.1445671 (ten years at 10%) = $3,686,740.26, the hall's cost to the
    /// dollar.
    #[test]
    fn a_gap_within_5000_dollars_is_about_the_same() {
        let decision = t0("power=100&lease=50&capex=3.68674");
        assert!(decision.difference.npv_usd.abs() < 1.0);
        assert!(decision_sentence(&decision).contains(
            ", converting to an HPC lease and keeping the miners are worth about the same per MW, on"
        ));
    }

    /// Replacements only: $12/TH over 4 years for the 50 PH/s of a MW at 20 J/TH is
    /// $150,000 a year, with $60,000 of other costs; the margin over power is $383,250
    /// before the halving at 4, so the four years before it pay, and the six after it
    /// (46.875 per MWh against 50 of power) do not.
    #[test]
    fn the_keep_mining_note_says_whether_replacements_pay() {
        let decision = t0("asic=12&mopex=60000");
        assert_eq!(
            keep_mining_note(&decision),
            "The machines on site are worn out: keeping the miners means buying replacements. Replacements at 20 J/TH cost $150k per MW a year ($12/TH over 4 years); they pay their way in 4 of the 10 years that need them; the site idles in the others."
        );
    }

    /// The machines on site for 3 years: year 1 clears (93.75 - 50) x 8,760 - 60,000 =
    /// $323,250; after the halving at the end of year 1 they earn 46.875 per MWh against 50
    /// of power, and so do the replacements of years 4-10.
    #[test]
    fn the_keep_mining_note_names_the_machines_on_site_and_when_they_stop_paying() {
        let decision = t0("asicrem=3&halving=1&asic=12&mopex=60000");
        assert_eq!(
            keep_mining_note(&decision),
            "The machines on site are paid for and run 3 years more: they clear $323k per MW in year 1 after power and other costs. They stop paying their way in year 2 after the halving of year 2. Replacements at 20 J/TH cost $150k per MW a year ($12/TH over 4 years); they pay their way in none of the 7 years that need them, so the site idles then."
        );
        // The sentinel: at $1,000,000 BTC they pay every year, and so do the replacements
        // (year 10, after three halvings: 56.25/PH/day, $117/MWh).
        let rich = t0("asicrem=3&halving=1&asic=12&mopex=60000&btc=1000000");
        assert!(keep_mining_note(&rich)
            .ends_with("they pay their way in each of the 7 years that need them."));
        assert!(!keep_mining_note(&rich).contains("stop paying"));
    }

    /// With a $300 lease, rent is $3.6M a year against mining's $383,250: converting wins,
    /// and the break-even lies inside the BTC range.
    #[test]
    fn a_rich_lease_makes_converting_the_answer() {
        let decision = t0("lease=300");
        let sentence = decision_sentence(&decision);
        assert!(
            sentence.contains(", converting to an HPC lease is worth $"),
            "{sentence}"
        );
        assert!(breakeven_npv_sentence(&decision)
            .starts_with("Both paths are worth the same with BTC at about $"));
    }

    /// A $30M hall on a $50 lease loses at any BTC price; a GPU cloud selling hours at $10
    /// with nothing to buy would need BTC far above the range to be matched, or at 100 J/TH
    /// could not be matched at all.
    #[test]
    fn break_evens_outside_the_range_or_missing_say_so() {
        let hopeless = t0("capex=30&lease=50");
        assert_eq!(hopeless.breakeven_btc_price_usd, None);
        assert_eq!(
            breakeven_npv_sentence(&hopeless),
            "Keeping the miners is worth at least as much at any BTC price."
        );
        let rich = t0("ai=gpu&gpu=10&util=100&gpucost=0&capex=0");
        let price = rich.breakeven_btc_price_usd.expect("a break-even");
        assert!(price > Input::BtcPrice.param().max, "{price}");
        assert!(breakeven_npv_sentence(&rich).starts_with(&format!(
            "Both paths are worth the same with BTC at about {} today, outside the $1,000 to $1,000,000 the calculator models: a hashprice of $",
            usd_about(price)
        )));
        assert_eq!(
            figure_text(&rich, DecisionOutput::BreakevenBtcNpv),
            "above $1,000,000"
        );
        // At 100 J/TH, and 40 for the replacements, even $10M BTC earns a MW at most 4,500 /
        // (0.024 x 40) = $4,688/MWh; 595 GPUs at $10 an hour earn $5,952.
        let unmatched = t0("ai=gpu&gpu=10&util=100&gpucost=0&capex=0&eff=100&neweff=40");
        assert_eq!(unmatched.breakeven_btc_price_usd, None);
        assert!(unmatched.difference.npv_usd > 0.0);
        assert_eq!(
            breakeven_npv_sentence(&unmatched),
            "No BTC price up to $10,000,000 makes keeping the miners worth as much."
        );
    }

    /// The verdict every headline leads with names the same winner as the years view, on
    /// the defaults, every preset and T0 at prices on both sides of its break-even; and a
    /// named deal says what it assumes.
    #[test]
    fn the_verdict_never_contradicts_the_years_view() {
        let scenarios = std::iter::once(Scenario::default())
            .chain(Preset::ALL.into_iter().map(Preset::scenario))
            .chain(
                ["btc=50000", "btc=300000", "power=100", "lease=300"]
                    .map(|extra| t0(extra).scenario),
            );
        for scenario in scenarios {
            let decision = decide(&scenario);
            let verdict = verdict_sentence(&scenario, &crate::model::decision::npvs(&scenario));
            let sentence = decision_sentence(&decision);
            // The winner the years view's own figure names, whatever the words' source.
            let gain = decision.difference.npv_usd;
            let winner = if gain.abs() < GAP_NEGLIGIBLE_USD {
                "are worth about the same"
            } else if decision.always_idle() && gain > 0.0 {
                "where the miners, idle at these figures, earn nothing"
            } else if decision.always_idle() {
                "would lose"
            } else if gain > 0.0 {
                "more per MW than keeping the miners"
            } else {
                "keeping the miners is worth"
            };
            assert!(verdict.contains(winner), "{winner}: {verdict}");
            assert!(sentence.contains(winner), "{winner}: {sentence}");
            assert!(
                verdict.starts_with("Over ") && verdict.contains(" (mining discounted at "),
                "{verdict}"
            );
        }
        assert!(assumed_sentence(Some(Preset::IrenMicrosoft)).contains("no 20% prepayment"));
        assert_eq!(assumed_sentence(Some(Preset::H100)), "");
        assert_eq!(assumed_sentence(None), "");
    }

    #[test]
    fn texts_for_absent_figures_say_why() {
        assert_eq!(irr_text(None, 0.0, false), "none: no capital to earn back");
        assert_eq!(
            irr_text(None, 5.0, true),
            "none: its cash never turns positive"
        );
        assert_eq!(
            irr_text(None, 5.0, false),
            "none: its cash changes sign more than once"
        );
        assert_eq!(irr_text(Some(8.14416), 5.0, false), "8.1%");
        assert_eq!(payback_text(None, 15), "not within 15 years");
        assert_eq!(payback_text(None, 1), "not within 1 year");
        assert_eq!(payback_text(Some(6.666_666_7), 15), "6.7 years");
        assert_eq!(payback_text(Some(0.0), 15), "at once (never behind)");
        assert_eq!(growth_text(-20.0), "falling 20% a year");
    }
}
