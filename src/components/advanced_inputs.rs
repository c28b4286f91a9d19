//! The inputs professionals change: the network, the fleet, and what AI is paid.

use yew::prelude::*;

use crate::components::number_control::number_controls;
use crate::model::inputs::{inputs_of, Group};
use crate::model::{Input, Scenario};

/// The groups of inputs this section shows: the Bitcoin network and the fleet, then the AI
/// inputs of the chosen mode.
pub const GROUPS: [&[Group]; 2] = [&[Group::Network], &[Group::Lease, Group::Gpu, Group::Ai]];

/// A folded section with the Bitcoin inputs and the AI inputs of the chosen mode (the mode
/// itself is chosen beside the presets); `onchange` gets each input the reader moves and its
/// new value. The controls are keyed by `loads` (see [`crate::state::Calculator::loads`]).
/// A plain function: the controls inside hold the state.
pub fn advanced_inputs(scenario: Scenario, loads: u32, onchange: &Callback<(Input, f64)>) -> Html {
    let [network, ai] = GROUPS.map(|groups| inputs_of(groups, scenario.ai_mode));
    html! {
        <details class="advanced" data-testid="advanced">
            <summary>{ "Advanced: network, fleet and AI inputs" }</summary>
            <fieldset>
                <legend>{ "Bitcoin network and fleet" }</legend>
                { number_controls(&network, &scenario, loads, false, onchange) }
            </fieldset>
            <fieldset>
                <legend>{ "AI" }</legend>
                { number_controls(&ai, &scenario, loads, false, onchange) }
            </fieldset>
        </details>
    }
}
