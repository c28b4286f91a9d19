//! The inputs professionals change: the network, the fleet, and how AI earns money.

use yew::prelude::*;

use crate::components::NumberControl;
use crate::hooks::UniqueId;
use crate::model::{AiMode, Input, Scenario};
use crate::state::Action;

const MINING_INPUTS: [Input; 7] = [
    Input::NetworkHashrate,
    Input::BlockSubsidy,
    Input::FeesPerBlock,
    Input::PoolFee,
    Input::FleetEfficiency,
    Input::MiningPue,
    Input::Uptime,
];

/// A folded section with the Bitcoin inputs and the AI inputs of the chosen mode;
/// `onchange` gets each change the reader makes. Ids come from `ids`, the calling
/// component's; the controls are keyed by `loads` (see [`crate::state::Calculator::loads`]).
/// A plain function: the controls inside hold the state.
pub fn advanced_inputs(
    ids: &UniqueId,
    scenario: Scenario,
    loads: u32,
    onchange: &Callback<Action>,
) -> Html {
    let mode_group = ids.id("ai-mode");
    let passthrough_hint = ids.id("hint-passthru");
    let control = |input: Input| {
        let onchange = onchange.clone();
        html! {
            <NumberControl
                key={format!("{}-{loads}", input.key())}
                {input}
                value={input.get(&scenario)}
                onchange={Callback::from(move |value| onchange.emit(Action::SetInput(input, value)))}
            />
        }
    };
    let mode_option = |mode: AiMode, label: &'static str, testid: &'static str| {
        let onchange = onchange.clone();
        html! {
            <label class="choice">
                <input
                    type="radio"
                    name={mode_group.clone()}
                    checked={scenario.ai_mode == mode}
                    data-testid={testid}
                    onchange={Callback::from(move |_: Event| onchange.emit(Action::SetAiMode(mode)))}
                />
                { label }
            </label>
        }
    };
    let on_passthrough = {
        let onchange = onchange.clone();
        Callback::from(move |event: Event| {
            let checkbox: web_sys::HtmlInputElement = event.target_unchecked_into();
            onchange.emit(Action::SetPassthrough(checkbox.checked()));
        })
    };
    let ai_inputs = match scenario.ai_mode {
        AiMode::HpcLease => html! {
            <>
                { control(Input::LeaseRate) }
                <label class="choice">
                    <input
                        type="checkbox"
                        checked={scenario.lease_power_passthrough}
                        data-testid="passthru"
                        aria-describedby={passthrough_hint.clone()}
                        onchange={on_passthrough}
                    />
                    { "Tenant pays for power (pass-through)" }
                </label>
                <p class="hint" id={passthrough_hint}>
                    { "In triple-net leases the tenant pays the power bill, so the operator bears none." }
                </p>
            </>
        },
        AiMode::GpuCloud => html! {
            <>
                { control(Input::GpuPrice) }
                { control(Input::GpuPower) }
                { control(Input::GpuUtilization) }
            </>
        },
    };
    html! {
        <details class="advanced" data-testid="advanced">
            <summary>{ "Advanced: network, fleet and AI inputs" }</summary>
            <fieldset>
                <legend>{ "Bitcoin network and fleet" }</legend>
                { for MINING_INPUTS.into_iter().map(control) }
            </fieldset>
            <fieldset>
                <legend>{ "AI" }</legend>
                <div class="choices" role="radiogroup" aria-label="How AI earns money">
                    { mode_option(AiMode::HpcLease, "HPC lease ($/kW-month)", "ai-mode-lease") }
                    { mode_option(AiMode::GpuCloud, "GPU cloud ($/GPU-hour)", "ai-mode-gpu") }
                </div>
                { ai_inputs }
                { control(Input::AiPue) }
            </fieldset>
        </details>
    }
}
