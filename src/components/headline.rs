//! The comparison in one sentence, the break-even price, and the key figures.

use yew::prelude::*;

use crate::components::figure;
use crate::format::{number, usd, usd_whole};
use crate::model::{AiMode, Outcome, Output};

/// "At these prices, a megawatt leased to AI earns 6.6x what it earns mining."
pub fn comparison_sentence(outcome: &Outcome) -> String {
    let ai_use = match outcome.scenario.ai_mode {
        AiMode::HpcLease => "leased to AI",
        AiMode::GpuCloud => "selling GPU-hours",
    };
    let ai_margin = outcome.ai.margin_usd_per_mw_year;
    let mining_margin = outcome.mining.margin_usd_per_mw_year;
    match outcome.ai_to_mining_margin_ratio {
        Some(ratio) if ratio >= 1.0 => format!(
            "At these prices, a megawatt {ai_use} earns {}x what it earns mining.",
            number(ratio, 1)
        ),
        Some(_) if ai_margin > 0.0 => format!(
            "At these prices, a megawatt mining earns {}x what it earns {ai_use}.",
            number(mining_margin / ai_margin, 1)
        ),
        Some(_) => format!(
            "At these prices, a megawatt {ai_use} loses money, and mining earns {} a year.",
            usd(mining_margin)
        ),
        None if ai_margin > 0.0 => format!(
            "At these prices, mining loses money, and a megawatt {ai_use} earns {} a year.",
            usd(ai_margin)
        ),
        None => "At these prices, both uses lose money.".to_owned(),
    }
}

/// "Mining would match AI if BTC rose to $213,165."
pub fn breakeven_sentence(outcome: &Outcome) -> String {
    let btc = outcome.scenario.btc_price_usd;
    match outcome.breakeven_btc_price_usd {
        Some(price) if btc < price => format!(
            "Mining matches AI when BTC is above {}: it is at {} now.",
            usd_whole(price),
            usd_whole(btc)
        ),
        Some(price) => format!(
            "Mining beats AI while BTC stays above {}: it is at {} now.",
            usd_whole(price),
            usd_whole(btc)
        ),
        None => "Mining earns more than AI at any BTC price.".to_owned(),
    }
}

/// The headline sentences and the figures behind them. A plain function: it holds no state.
pub fn headline(outcome: &Outcome) -> Html {
    let ratio_display = outcome.ai_to_mining_margin_ratio.map_or_else(
        || "n/a: mining loses money".to_owned(),
        |ratio| format!("{}x", number(ratio, 1)),
    );
    let breakeven_display = outcome
        .breakeven_btc_price_usd
        .map_or_else(|| "none: mining wins at any price".to_owned(), usd_whole);
    let shown = |output: Output, display: String| {
        figure(output.label(), display, output.value(outcome), output.id())
    };
    let per_mw = match outcome.scenario.ai_mode {
        AiMode::HpcLease => html! {},
        AiMode::GpuCloud => html! {
            { shown(Output::GpusPerMw, number(outcome.gpus_per_mw, 0)) }
        },
    };
    html! {
        <section class="headline" aria-label="Comparison">
            <p class="sentence" data-testid="headline" aria-live="polite">
                <strong>{ comparison_sentence(outcome) }</strong>
                { " " }
                { breakeven_sentence(outcome) }
            </p>
            <dl>
                { shown(Output::AiToMiningRatio, ratio_display) }
                { shown(Output::BreakevenBtc, breakeven_display) }
                { shown(Output::Hashprice, usd(outcome.hashprice_usd_per_ph_day)) }
                { shown(Output::HashratePerMw, number(outcome.hashrate_ph_per_s_per_mw, 1)) }
                { per_mw }
            </dl>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute, Preset, Scenario};

    /// A characterisation test: the expected sentences are the page's own output for the
    /// article's figures, kept so that a change to the wording or the figures is seen; the
    /// figures themselves are checked against hand computations in tests/units.rs.
    #[test]
    fn characterisation_the_articles_sentences() {
        let outcome = compute(&Preset::ArticleMarch2026.scenario());
        assert_eq!(
            comparison_sentence(&outcome),
            "At these prices, a megawatt leased to AI earns 6.6x what it earns mining."
        );
        assert_eq!(
            breakeven_sentence(&outcome),
            "Mining matches AI when BTC is above $213,165: it is at $65,000 now."
        );
    }

    #[test]
    fn each_sign_of_the_margins_gets_its_own_sentence() {
        let mining_wins = compute(&Scenario {
            btc_price_usd: 250_000.0,
            lease_usd_per_kw_month: 50.0,
            ..Scenario::default()
        });
        assert!(comparison_sentence(&mining_wins)
            .starts_with("At these prices, a megawatt mining earns"));
        assert!(
            breakeven_sentence(&mining_wins).starts_with("Mining beats AI while BTC stays above")
        );

        let mining_loses = compute(&Scenario {
            btc_price_usd: 10_000.0,
            ..Preset::H100.scenario()
        });
        assert!(comparison_sentence(&mining_loses)
            .contains("mining loses money, and a megawatt selling GPU-hours earns"));

        let both_lose = compute(&Scenario {
            btc_price_usd: 10_000.0,
            power_price_usd_per_mwh: 200.0,
            ai_mode: crate::model::AiMode::GpuCloud,
            gpu_price_usd_per_hour: 0.5,
            gpu_utilization_pct: 10.0,
            ..Scenario::default()
        });
        assert_eq!(
            comparison_sentence(&both_lose),
            "At these prices, both uses lose money."
        );

        let ai_loses = compute(&Scenario {
            btc_price_usd: 250_000.0,
            power_price_usd_per_mwh: 100.0,
            ai_mode: crate::model::AiMode::GpuCloud,
            gpu_price_usd_per_hour: 0.5,
            gpu_utilization_pct: 10.0,
            ..Scenario::default()
        });
        assert!(comparison_sentence(&ai_loses)
            .contains("selling GPU-hours loses money, and mining earns"));
        // AI's loss outweighs what mining pays for power while it runs, even at BTC = 0.
        let never = compute(&Scenario {
            uptime_pct: 50.0,
            power_price_usd_per_mwh: 200.0,
            ai_mode: crate::model::AiMode::GpuCloud,
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
