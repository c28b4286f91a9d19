//! The presets of the three sides and the AI mode: what changes the answer most.

use yew::prelude::*;

use crate::components::ai_mode_choice::AiChoiceParts;
use crate::components::{ai_mode_choice, preset_picker};
use crate::hooks::use_unique_id;
use crate::model::{AiMode, ChosenPresets, Side};
use crate::state::Action;

/// Props of [`ScenarioPickers`]: only what the pickers show, so that a slider moving leaves
/// them equal and they are not rendered again.
#[derive(Properties, PartialEq, Clone)]
pub struct ScenarioPickersProps {
    /// The preset chosen on each side.
    pub presets: ChosenPresets,
    /// Whether each side of [`Side::ALL`] moved since its preset was chosen.
    pub modified: [bool; 3],
    /// How AI earns money.
    pub ai_mode: AiMode,
    /// Whether a lease's tenant pays for power.
    pub passthrough: bool,
    /// Whether the AI mode's radio buttons are shown here, beside the pass-through; the
    /// embed shows them in front instead.
    pub with_ai_mode: bool,
    /// Gets each change the reader makes.
    pub onchange: Callback<Action>,
}

/// A picker for each side (network data, miner, AI deal or GPU), then the AI mode (unless
/// `with_ai_mode` is false) and the pass-through.
#[component]
pub fn ScenarioPickers(props: &ScenarioPickersProps) -> Html {
    let ids = use_unique_id();
    html! {
        <>
            { for Side::ALL.into_iter().zip(props.modified).map(|(side, modified)| preset_picker(
                &ids,
                side,
                props.presets.get(side),
                modified,
                props.onchange.reform(move |preset| Action::ApplyPreset(side, preset)),
            )) }
            { ai_mode_choice(
                &ids,
                props.ai_mode,
                props.passthrough,
                if props.with_ai_mode { AiChoiceParts::Both } else { AiChoiceParts::Passthrough },
                &props.onchange,
            ) }
        </>
    }
}
