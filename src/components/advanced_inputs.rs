//! The inputs professionals change: the network, the fleet, and what AI is paid.

use yew::prelude::*;

use crate::components::NumberControl;
use crate::model::{AiMode, Input, Scenario};

const MINING_INPUTS: [Input; 7] = [
    Input::NetworkHashrate,
    Input::BlockSubsidy,
    Input::FeesPerBlock,
    Input::PoolFee,
    Input::FleetEfficiency,
    Input::MiningPue,
    Input::Uptime,
];

/// A folded section with the Bitcoin inputs and the AI inputs of the chosen mode (the mode
/// itself is chosen beside the presets); `onchange` gets each input the reader moves and its
/// new value. The
/// controls are keyed by `loads` (see [`crate::state::Calculator::loads`]). A plain
/// function: the controls inside hold the state.
pub fn advanced_inputs(scenario: Scenario, loads: u32, onchange: &Callback<(Input, f64)>) -> Html {
    let control = |input: Input| {
        html! {
            <NumberControl
                key={format!("{}-{loads}", input.key())}
                {input}
                value={input.get(&scenario)}
                onchange={onchange.clone()}
            />
        }
    };
    let ai_inputs = match scenario.ai_mode {
        AiMode::HpcLease => control(Input::LeaseRate),
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
                { ai_inputs }
                { control(Input::AiPue) }
            </fieldset>
        </details>
    }
}
