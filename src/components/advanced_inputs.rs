//! The inputs professionals change: the network, the fleet, and what AI is paid.

use yew::prelude::*;

use crate::components::number_control::number_controls;
use crate::model::{AiMode, Input, Scenario};

const MINING_INPUTS: &[Input] = &[
    Input::NetworkHashrate,
    Input::BlockSubsidy,
    Input::FeesPerBlock,
    Input::PoolFee,
    Input::FleetEfficiency,
    Input::MiningPue,
    Input::Uptime,
];

/// What a lease is paid, and the hall's PUE.
const LEASE_INPUTS: &[Input] = &[Input::LeaseRate, Input::AiPue];

/// What a GPU cloud is paid and draws, and the hall's PUE.
const GPU_INPUTS: &[Input] = &[
    Input::GpuPrice,
    Input::GpuPower,
    Input::GpuUtilization,
    Input::AiPue,
];

/// A folded section with the Bitcoin inputs and the AI inputs of the chosen mode (the mode
/// itself is chosen beside the presets); `onchange` gets each input the reader moves and its
/// new value. The controls are keyed by `loads` (see [`crate::state::Calculator::loads`]).
/// A plain function: the controls inside hold the state.
pub fn advanced_inputs(scenario: Scenario, loads: u32, onchange: &Callback<(Input, f64)>) -> Html {
    let ai_inputs = match scenario.ai_mode {
        AiMode::HpcLease => LEASE_INPUTS,
        AiMode::GpuCloud => GPU_INPUTS,
    };
    html! {
        <details class="advanced" data-testid="advanced">
            <summary>{ "Advanced: network, fleet and AI inputs" }</summary>
            <fieldset>
                <legend>{ "Bitcoin network and fleet" }</legend>
                { number_controls(MINING_INPUTS, &scenario, loads, false, onchange) }
            </fieldset>
            <fieldset>
                <legend>{ "AI" }</legend>
                { number_controls(ai_inputs, &scenario, loads, false, onchange) }
            </fieldset>
        </details>
    }
}
