//! The decision over time in words and figures: the answer with its conditions, what each
//! path is worth, and the break-even.

use yew::prelude::*;

use crate::components::figure;
use crate::format::{number, usd, usd_about, usd_whole};
use crate::model::{AiMode, Decision, DecisionOutput, Input, Scenario};

/// An NPV gap this small per MW, in $, reads as "about the same" rather than as a winner.
const GAP_NEGLIGIBLE_USD: f64 = 5_000.0;

/// What the model leaves out, said next to its figures.
pub const LEFT_OUT: &str = "Not counted: taxes, financing (leverage), changes in the power price over the years, curtailment credits, any use of the hall after a GPU cloud's GPUs retire, and the network hashrate's response to the BTC price.";

/// "converting to an HPC lease".
fn converting(scenario: &Scenario) -> &'static str {
    match scenario.ai_mode {
        AiMode::HpcLease => "converting to an HPC lease",
        AiMode::GpuCloud => "converting to a GPU cloud",
    }
}

/// How long the build takes: "takes 18 months", or "is ready at once".
fn build_text(scenario: &Scenario) -> String {
    let months = (scenario.build_years * 12.0).round();
    if months <= 0.0 {
        "is ready at once".to_owned()
    } else if months == 1.0 {
        "takes a month".to_owned()
    } else {
        format!("takes {} months", number(months, 0))
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

/// The answer, with the conditions it holds under: "Over 15 years at 10%, converting to an
/// HPC lease is worth $2.30M more per MW than keeping the miners ($230M for the site), if
/// the hall costs $10M per IT MW and takes 18 months."
pub fn decision_sentence(decision: &Decision) -> String {
    let scenario = &decision.scenario;
    let gain = decision.difference.npv_usd;
    let site_mw = scenario.site_mw;
    let lead = format!(
        "Over {} years at {}%",
        decision.horizon_years,
        number(
            scenario.discount_rate_pct,
            u32::from(scenario.discount_rate_pct.fract() != 0.0)
        )
    );
    let converting = converting(scenario);
    let site = |gain: f64| {
        format!(
            "{} for the {}-MW site",
            usd(gain * site_mw),
            number(site_mw, 0)
        )
    };
    let answer = if gain.abs() < GAP_NEGLIGIBLE_USD {
        format!("{converting} and keeping the miners are worth about the same per MW")
    } else if gain > 0.0 {
        format!(
            "{converting} is worth {} more per MW than keeping the miners ({})",
            usd(gain),
            site(gain)
        )
    } else {
        format!(
            "keeping the miners is worth {} more per MW than {converting} ({})",
            usd(-gain),
            site(-gain)
        )
    };
    let hall = format!(
        "the hall costs {} per IT MW",
        usd(scenario.hall_capex_musd_per_it_mw * 1e6)
    );
    let condition = match scenario.ai_mode {
        AiMode::HpcLease if scenario.tenant_capex_share_pct > 0.0 => format!(
            "if {hall}, the tenant pays {}% of it, and it {}",
            number(scenario.tenant_capex_share_pct, 0),
            build_text(scenario)
        ),
        AiMode::HpcLease => format!("if {hall} and {}", build_text(scenario)),
        AiMode::GpuCloud => format!(
            "if {hall}, the GPUs {} each, and the hall {}",
            usd_whole(scenario.gpu_cost_usd),
            build_text(scenario)
        ),
    };
    format!("{lead}, {answer}, {condition}.")
}

/// What the answer assumes of Bitcoin: "It assumes BTC at $60,500 (flat) and the network at
/// 958 EH/s (flat), halving every four years from 1.8 years now."
pub fn outlook_sentence(scenario: &Scenario) -> String {
    format!(
        "It assumes BTC at {} ({}) and the network at {} EH/s ({}), halving every four years from {} years now.",
        usd_whole(scenario.btc_price_usd),
        growth_text(scenario.btc_growth_pct_per_year),
        number(scenario.network_hashrate_eh_per_s, 0),
        growth_text(scenario.hashrate_growth_pct_per_year),
        number(scenario.years_to_halving, 1),
    )
}

/// Where the answer flips on the BTC price, with what it holds under.
pub fn breakeven_npv_sentence(decision: &Decision) -> String {
    let scenario = &decision.scenario;
    let btc_max = Input::BtcPrice.param().max;
    let Some(price) = decision.breakeven_btc_price_usd else {
        return if decision.difference.npv_usd > 0.0 {
            "No BTC price up to $10,000,000 makes keeping the miners worth as much.".to_owned()
        } else {
            "Keeping the miners is worth at least as much at any BTC price.".to_owned()
        };
    };
    let hashprice = decision
        .breakeven_hashprice_usd_per_ph_day
        .map(|hashprice| {
            format!(
                " That is a hashprice of {}/PH/day in year 1, before the pool fee.",
                usd_about(hashprice)
            )
        })
        .unwrap_or_default();
    let at = if price > btc_max {
        format!(
            "above {}, beyond the range modelled ({})",
            usd_whole(btc_max),
            usd_about(price)
        )
    } else {
        format!("about {}", usd_about(price))
    };
    format!(
        "Both paths are worth the same with BTC at {at} today ({} after that), the network at {} EH/s ({}), and all else as set.{hashprice}",
        growth_text(scenario.btc_growth_pct_per_year),
        number(scenario.network_hashrate_eh_per_s, 0),
        growth_text(scenario.hashrate_growth_pct_per_year),
    )
}

/// An IRR as a reader sees it: "8.1%", or why there is none.
fn irr_text(irr_pct: Option<f64>) -> String {
    irr_pct.map_or_else(
        || "none: no single rate fits its cash".to_owned(),
        |pct| format!("{}%", number(pct, 1)),
    )
}

/// A payback as a reader sees it: "6.7 years", "at once", or "not within 15 years".
fn payback_text(years: Option<f64>, horizon_years: u32) -> String {
    match years {
        Some(years) if years <= 0.0 => "at once: never behind".to_owned(),
        Some(years) => format!("{} years", number(years, 1)),
        None => format!("not within {horizon_years} years"),
    }
}

/// How a decision output reads on the page.
fn display(decision: &Decision, output: DecisionOutput) -> String {
    let value = output.value(decision);
    let horizon = decision.horizon_years;
    match output {
        DecisionOutput::IrrAi | DecisionOutput::IrrGain => irr_text(value),
        DecisionOutput::PaybackAi | DecisionOutput::PaybackGain => payback_text(value, horizon),
        DecisionOutput::BreakevenBtcNpv => value.map_or_else(|| "none".to_owned(), usd_about),
        DecisionOutput::BreakevenHashpriceNpv => value.map_or_else(
            || "none".to_owned(),
            |hashprice| format!("{}/PH/day", usd_about(hashprice)),
        ),
        _ => value.map_or_else(String::new, usd),
    }
}

/// The cards of the decision view: colour class, and the figures each shows.
const CARDS: [(&str, &[DecisionOutput]); 3] = [
    (
        "mining",
        &[DecisionOutput::NpvMining, DecisionOutput::EamMining],
    ),
    (
        "ai",
        &[
            DecisionOutput::CapexAiPerMw,
            DecisionOutput::NpvAi,
            DecisionOutput::IrrAi,
            DecisionOutput::PaybackAi,
            DecisionOutput::EamAi,
        ],
    ),
    (
        "difference",
        &[
            DecisionOutput::NpvGain,
            DecisionOutput::NpvSiteGain,
            DecisionOutput::IrrGain,
            DecisionOutput::PaybackGain,
            DecisionOutput::EamGain,
            DecisionOutput::BreakevenBtcNpv,
            DecisionOutput::BreakevenHashpriceNpv,
        ],
    ),
];

/// The answer in words, with its conditions and the break-even. A plain function: it holds
/// no state.
pub fn decision_headline(decision: &Decision) -> Html {
    html! {
        <section class="headline" aria-label="Decision">
            <p class="sentence" data-testid="decision-sentence" aria-live="polite">
                <strong>{ decision_sentence(decision) }</strong>
                { " " }
                { outlook_sentence(&decision.scenario) }
                { " " }
                <span data-testid="breakeven-npv-sentence">{ breakeven_npv_sentence(decision) }</span>
            </p>
        </section>
    }
}

/// The decision view's figures: a card per path and one for the difference with the
/// break-even, and what the model leaves out. A plain function: it holds no state.
pub fn decision_figures(decision: &Decision) -> Html {
    let horizon = decision.horizon_years;
    let idled = decision
        .years
        .iter()
        .filter(|year| year.keep_mining_usd == 0.0)
        .count();
    let idled_note = match idled {
        0 => String::new(),
        idled if idled == decision.years.len() => {
            " At these figures no year pays its way: the site would sit idle.".to_owned()
        }
        idled => format!(" At these figures {idled} of the {horizon} years do not pay their way."),
    };
    let renewal_note = format!(
        "No new capital: the fleet in place is sunk. Its machines are renewed out of each year's cash, and a year that cannot pay its way is idled.{idled_note}"
    );
    let convert_title = match decision.scenario.ai_mode {
        AiMode::HpcLease => "Convert: HPC lease",
        AiMode::GpuCloud => "Convert: GPU cloud",
    };
    let titles = ["Keep mining", convert_title, "Convert minus keep mining"];
    html! {
        <>
            <div class="cards">
                { for CARDS.iter().zip(titles).map(|((class, outputs), title)| html! {
                    <section class={classes!("card", *class)} aria-label={title}>
                        <h2>{ title }</h2>
                        <dl>
                            { for outputs.iter().map(|output| figure(
                                output.label(),
                                display(decision, *output),
                                output.value(decision),
                                output.id(),
                            )) }
                        </dl>
                        if *class == "mining" {
                            <p class="card-note">{ renewal_note.clone() }</p>
                        }
                    </section>
                }) }
            </div>
            <p class="note" data-testid="left-out">{ LEFT_OUT }</p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{decide, AiMode, Scenario};

    /// decision.md's T0 base: hashprice $45/PH/day, mining revenue $93.75/MWh, a $125
    /// lease on a $10M hall with nothing else.
    fn t0() -> Scenario {
        Scenario {
            btc_price_usd: 100_000.0,
            network_hashrate_eh_per_s: 1000.0,
            block_subsidy_btc: 3.125,
            fees_per_block_btc: 0.0,
            pool_fee_pct: 0.0,
            fleet_efficiency_j_per_th: 20.0,
            mining_pue: 1.0,
            uptime_pct: 100.0,
            power_price_usd_per_mwh: 50.0,
            ai_mode: AiMode::HpcLease,
            lease_usd_per_kw_month: 125.0,
            lease_power_passthrough: true,
            ai_pue: 1.0,
            years: 10.0,
            discount_rate_pct: 10.0,
            years_to_halving: 4.0,
            btc_growth_pct_per_year: 0.0,
            hashrate_growth_pct_per_year: 0.0,
            mining_opex_usd_per_mw_year: 0.0,
            asic_usd_per_th: 0.0,
            asic_life_years: 4.0,
            hall_capex_musd_per_it_mw: 10.0,
            tenant_capex_share_pct: 0.0,
            build_years: 0.0,
            mine_during_build: false,
            rent_escalator_pct_per_year: 0.0,
            lease_term_years: 30.0,
            landlord_costs_pct: 0.0,
            credit_haircut_pct: 0.0,
            exit_cap_rate_pct: 0.0,
            site_mw: 100.0,
            ..Scenario::default()
        }
    }

    /// T0 by hand: convert's NPV is -$783,149.34 (D3). Keep mining earns (93.75 - 50) x
    /// 8,760 = $383,250 a year in years 1-4; after the halving in year 4 its revenue,
    /// $46.875/MWh, is below the power price, so years 5-10 are idled at $0. Its NPV is
    /// 383,250 x 3.1698654 (the annuity of years 1-4 at 10%) = $1,214,851. The gap,
    /// -$1,998,000 per MW, is -$199.8M for 100 MW.
    #[test]
    fn the_sentence_names_the_winner_the_gap_and_its_conditions() {
        let decision = decide(&t0());
        assert!((decision.difference.npv_usd + 1_998_000.3).abs() < 1.0);
        assert_eq!(
            decision_sentence(&decision),
            "Over 10 years at 10%, keeping the miners is worth $2.00M more per MW than converting to an HPC lease ($200M for the 100-MW site), if the hall costs $10.0M per IT MW and is ready at once."
        );
        assert_eq!(
            outlook_sentence(&decision.scenario),
            "It assumes BTC at $100,000 (flat) and the network at 1000 EH/s (flat), halving every four years from 4.0 years now."
        );
        let with_tenant = decide(&Scenario {
            tenant_capex_share_pct: 80.0,
            build_years: 1.5,
            ..t0()
        });
        assert!(decision_sentence(&with_tenant)
            .contains("if the hall costs $10.0M per IT MW, the tenant pays 80% of it, and it takes 18 months."));
    }

    /// With a $300 lease, rent is $3.6M a year against mining's $383,250: converting wins.
    #[test]
    fn a_rich_lease_makes_converting_the_answer() {
        let decision = decide(&Scenario {
            lease_usd_per_kw_month: 300.0,
            ..t0()
        });
        let sentence = decision_sentence(&decision);
        assert!(
            sentence.contains(", converting to an HPC lease is worth $"),
            "{sentence}"
        );
        assert!(breakeven_npv_sentence(&decision)
            .starts_with("Both paths are worth the same with BTC at about $"));
    }

    #[test]
    fn texts_for_absent_figures_say_why() {
        assert_eq!(irr_text(None), "none: no single rate fits its cash");
        assert_eq!(irr_text(Some(8.14416)), "8.1%");
        assert_eq!(payback_text(None, 15), "not within 15 years");
        assert_eq!(payback_text(Some(6.666_666_7), 15), "6.7 years");
        assert_eq!(payback_text(Some(0.0), 15), "at once: never behind");
        assert_eq!(growth_text(-20.0), "falling 20% a year");
    }
}
