//! The calculator page.

use yew::prelude::*;

use crate::components::{
    AdvancedInputs, ComparisonChart, CopyLink, Headline, NumberControl, PresetPicker, UseCard,
};
use crate::format::number;
use crate::hooks::use_url_sync;
use crate::hooks::use_url_sync::page_query;
use crate::model::{compute, AiMode, Input};
use crate::state::{Action, Calculator};
use crate::url_state;

/// The inputs everyone uses, always in view.
const MAIN_INPUTS: [Input; 3] = [Input::SiteMw, Input::PowerPrice, Input::BtcPrice];

/// The whole calculator: controls, the comparison, the cards and the chart. The scenario
/// starts from the page's query string and is written back to it.
#[component]
pub fn App() -> Html {
    let state = use_reducer_eq(|| {
        let (scenario, preset) = url_state::decode(&page_query());
        Calculator::new(scenario, preset)
    });
    let query = url_state::encode(&state.scenario, state.preset);
    use_url_sync(query.clone());
    let outcome = use_memo(state.scenario, compute);
    let scenario = outcome.scenario;
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let ai_title = match scenario.ai_mode {
        AiMode::HpcLease => "AI: HPC lease",
        AiMode::GpuCloud => "AI: GPU cloud",
    };
    let on_preset = {
        let dispatch = dispatch.clone();
        Callback::from(move |preset| dispatch.emit(Action::ApplyPreset(preset)))
    };
    let on_reset = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Reset))
    };
    html! {
        <main class="calculator">
            <header>
                <h1>{ "What is a megawatt worth?" }</h1>
                <p class="lede">
                    { "Bitcoin mining or AI compute, on the same power. Move the sliders; every figure updates. Defaults as of mid-2026." }
                </p>
            </header>
            <div class="layout">
                <section class="controls" aria-label="Inputs">
                    <PresetPicker
                        preset={state.preset}
                        modified={state.is_modified()}
                        onselect={on_preset}
                    />
                    { for MAIN_INPUTS.into_iter().map(|input| {
                        let dispatch = dispatch.clone();
                        html! {
                            <NumberControl
                                key={format!("{input:?}")}
                                {input}
                                value={input.get(&scenario)}
                                prominent=true
                                onchange={Callback::from(move |value| dispatch.emit(Action::SetInput(input, value)))}
                            />
                        }
                    }) }
                    <AdvancedInputs {scenario} onchange={dispatch.clone()} />
                    <div class="actions">
                        <button type="button" data-testid="reset" onclick={on_reset}>{ "Reset to defaults" }</button>
                        <CopyLink query={query} />
                    </div>
                </section>
                <div class="results">
                    <Headline outcome={*outcome} />
                    <div class="cards">
                        <UseCard title="Bitcoin mining" testid_prefix="mining" class="mining" economics={outcome.mining} />
                        <UseCard title={ai_title} testid_prefix="ai" class="ai" economics={outcome.ai} />
                    </div>
                    <ComparisonChart {scenario} />
                </div>
            </div>
            <footer class="note">
                <p>
                    { "Per MWh: per MWh of grid power consumed. Per MW-year and per site: per MW of grid capacity; mining earns only while it runs (" }
                    { number(scenario.uptime_pct, 0) }
                    { "% uptime), AI every hour. Margin is revenue minus the power the operator pays for; no capital cost is counted." }
                </p>
            </footer>
        </main>
    }
}
