//! The presets of the three sides and the AI mode: what changes the answer most.

use yew::prelude::*;

use crate::components::{ai_mode_choice, preset_picker};
use crate::hooks::UniqueId;
use crate::model::Side;
use crate::state::{Action, Calculator};

/// A picker for each side (network data, miner, AI deal or GPU), then the AI mode and
/// pass-through choice; `onchange` gets each change the reader makes. Ids come from `ids`,
/// the calling component's. A plain function: it holds no state.
pub fn scenario_pickers(ids: &UniqueId, state: &Calculator, onchange: &Callback<Action>) -> Html {
    html! {
        <>
            { for Side::ALL.into_iter().map(|side| preset_picker(
                ids,
                side,
                state.presets.get(side),
                state.is_modified(side),
                onchange.reform(move |preset| Action::ApplyPreset(side, preset)),
            )) }
            { ai_mode_choice(ids, state.scenario, onchange) }
        </>
    }
}
