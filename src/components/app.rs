//! The calculator page.

use yew::prelude::*;

use crate::components::{Figure, UseCard};
use crate::format::{number, usd, usd_whole};
use crate::model::{compute, AiMode, Scenario};

/// Shows the default scenario's main outputs for mining and AI side by side.
#[component]
pub fn App() -> Html {
    let outcome = use_memo((), |_| compute(&Scenario::default()));
    let scenario = outcome.scenario;
    let ai_title = match scenario.ai_mode {
        AiMode::HpcLease => "AI: HPC lease",
        AiMode::GpuCloud => "AI: GPU cloud",
    };
    let breakeven_display = outcome
        .breakeven_btc_price_usd
        .map_or_else(|| "mining beats AI at any BTC price".to_owned(), usd);
    let ratio_display = outcome.ai_to_mining_margin_ratio.map_or_else(
        || "mining loses money".to_owned(),
        |ratio| format!("{}x", number(ratio, 1)),
    );
    html! {
        <main class="calculator">
            <header>
                <h1>{ "What is a megawatt worth?" }</h1>
                <p class="lede">
                    { "Bitcoin mining or AI compute, on the same power. Defaults as of mid-2026: BTC " }
                    { usd_whole(scenario.btc_price_usd) }
                    { ", power " }{ usd(scenario.power_price_usd_per_mwh) }{ "/MWh, a " }
                    { number(scenario.site_mw, 0) }{ " MW site." }
                </p>
            </header>
            <section class="headline" aria-label="Comparison">
                <dl>
                    <Figure
                        label="AI margin over mining margin"
                        display={ratio_display}
                        value={outcome.ai_to_mining_margin_ratio}
                        testid="ai-to-mining-ratio"
                    />
                    <Figure
                        label="Mining matches AI when BTC is at"
                        display={breakeven_display}
                        value={outcome.breakeven_btc_price_usd}
                        testid="breakeven-btc"
                    />
                    <Figure
                        label="Hashprice ($/PH/day)"
                        display={usd(outcome.hashprice_usd_per_ph_day)}
                        value={Some(outcome.hashprice_usd_per_ph_day)}
                        testid="hashprice"
                    />
                </dl>
            </section>
            <div class="cards">
                <UseCard title="Bitcoin mining" testid_prefix="mining" class="mining" economics={outcome.mining} />
                <UseCard title={ai_title} testid_prefix="ai" class="ai" economics={outcome.ai} />
            </div>
            <p class="note">
                { "Per MWh: per MWh of grid power consumed. Per MW-year: per MW of grid capacity; mining earns only while it runs (" }
                { number(scenario.uptime_pct, 0) }
                { "% uptime), an AI lease is paid every hour." }
            </p>
        </main>
    }
}
