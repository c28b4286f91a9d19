//! The inputs of the decision over time: the horizon and rate, the outlook, both paths'
//! capital, and the terms of the AI deal.

use yew::prelude::*;

use crate::components::number_control::number_controls;
use crate::hooks::UniqueId;
use crate::model::inputs::MINE_DURING_BUILD;
use crate::model::{AiMode, Input, Scenario};
use crate::state::Action;

/// The horizon, the discount rate and the outlook for Bitcoin.
const OUTLOOK_INPUTS: &[Input] = &[
    Input::Years,
    Input::DiscountRate,
    Input::YearsToHalving,
    Input::BtcGrowth,
    Input::HashrateGrowth,
];

/// What keeping the miners costs beyond power.
const MINING_INPUTS: &[Input] = &[Input::MiningOpex, Input::AsicPrice, Input::AsicLife];

/// What converting costs and how long it takes, before the deal's terms.
const HALL_INPUTS: &[Input] = &[Input::HallCapex, Input::BuildYears];

/// A lease's terms.
const LEASE_INPUTS: &[Input] = &[
    Input::TenantCapexShare,
    Input::RentEscalator,
    Input::LeaseTerm,
    Input::LandlordCosts,
    Input::CreditHaircut,
    Input::ExitCapRate,
];

/// A GPU cloud's terms.
const GPU_INPUTS: &[Input] = &[
    Input::GpuCost,
    Input::GpuLife,
    Input::GpuPriceDecline,
    Input::GpuResidual,
    Input::GpuOpex,
];

/// A folded section with the decision's inputs, those of the chosen AI mode only, and the
/// mine-during-the-build checkbox; `oninput` gets each input the reader moves, `onchange`
/// the checkbox. Controls are keyed by `loads` as in
/// [`advanced_inputs`](crate::components::advanced_inputs). A plain function: the controls
/// inside hold the state.
pub fn decision_inputs(
    ids: &UniqueId,
    scenario: Scenario,
    loads: u32,
    oninput: &Callback<(Input, f64)>,
    onchange: &Callback<Action>,
) -> Html {
    let controls = |inputs: &[Input]| number_controls(inputs, &scenario, loads, false, oninput);
    let deal_inputs = match scenario.ai_mode {
        AiMode::HpcLease => LEASE_INPUTS,
        AiMode::GpuCloud => GPU_INPUTS,
    };
    let hint = ids.id("hint-minebuild");
    let on_mine = onchange.reform(|event: Event| {
        let checkbox: web_sys::HtmlInputElement = event.target_unchecked_into();
        Action::SetMineDuringBuild(checkbox.checked())
    });
    html! {
        <details class="advanced" data-testid="decision-inputs">
            <summary>{ "Over the years: outlook, capital and the deal's terms" }</summary>
            <fieldset>
                <legend>{ "Horizon and outlook" }</legend>
                { controls(OUTLOOK_INPUTS) }
            </fieldset>
            <fieldset>
                <legend>{ "Keep mining" }</legend>
                { controls(MINING_INPUTS) }
            </fieldset>
            <fieldset>
                <legend>{ "Convert" }</legend>
                { controls(HALL_INPUTS) }
                <div>
                    <label class="choice">
                        <input
                            type="checkbox"
                            checked={scenario.mine_during_build}
                            data-testid={MINE_DURING_BUILD.key}
                            aria-describedby={hint.clone()}
                            onchange={on_mine}
                        />
                        { MINE_DURING_BUILD.label }
                    </label>
                    <p class="hint" id={hint}>
                        { "The site keeps mining until the hall takes its power." }
                    </p>
                </div>
                { controls(deal_inputs) }
            </fieldset>
        </details>
    }
}
