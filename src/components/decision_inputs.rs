//! The inputs of the decision over time: the horizon, the rates, the outlook, both paths'
//! capital, and the terms of the AI deal.

use yew::prelude::*;

use crate::components::number_control::number_controls;
use crate::hooks::UniqueId;
use crate::model::inputs::{inputs_of, Group, MINE_DURING_BUILD};
use crate::model::{Input, Scenario};
use crate::state::Action;

/// The groups of inputs this section shows, fieldset by fieldset: the horizon, the rates
/// and the outlook; keep mining; converting (its deal's terms after the checkbox).
pub const GROUPS: [&[Group]; 4] = [
    &[Group::Outlook],
    &[Group::KeepMining],
    &[Group::Convert],
    &[Group::LeaseTerms, Group::GpuTerms],
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
    let [outlook, keep_mining, convert, deal] = GROUPS.map(|groups| {
        number_controls(
            &inputs_of(groups, scenario.ai_mode),
            &scenario,
            loads,
            false,
            oninput,
        )
    });
    let hint = ids.id("hint-minebuild");
    let on_mine = onchange.reform(|event: Event| {
        let checkbox: web_sys::HtmlInputElement = event.target_unchecked_into();
        Action::SetMineDuringBuild(checkbox.checked())
    });
    html! {
        <details class="advanced" data-testid="decision-inputs">
            <summary>{ "Over the years: outlook, capital and the deal's terms" }</summary>
            <fieldset>
                <legend>{ "Horizon, discount rates and outlook" }</legend>
                { outlook }
            </fieldset>
            <fieldset>
                <legend>{ "Keep mining: the machines on site, then replacements" }</legend>
                { keep_mining }
            </fieldset>
            <fieldset>
                <legend>{ "Convert" }</legend>
                { convert }
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
                { deal }
            </fieldset>
        </details>
    }
}
