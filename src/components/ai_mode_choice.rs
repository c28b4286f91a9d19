//! How AI earns money: a lease or a GPU cloud, and whether a lease's tenant pays for power.

use yew::prelude::*;

use crate::hooks::UniqueId;
use crate::model::AiMode;
use crate::state::Action;

/// The radio buttons' words, test ids and modes, in order (the first screen writes the same).
pub const AI_MODE_OPTIONS: [(AiMode, &str, &str); 2] = [
    (AiMode::HpcLease, "HPC lease ($/kW-month)", "ai-mode-lease"),
    (AiMode::GpuCloud, "GPU cloud ($/GPU-hour)", "ai-mode-gpu"),
];
/// The pass-through checkbox's label and hint.
pub const PASSTHROUGH_LABEL: &str = "Tenant pays for power (pass-through)";
pub const PASSTHROUGH_HINT: &str =
    "In triple-net leases the tenant pays the power bill, so the operator bears none.";

/// Which parts of [`ai_mode_choice`] to show: the compact embed shows the mode in front of
/// its "More" control and the pass-through behind it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AiChoiceParts {
    /// The mode and the pass-through.
    Both,
    /// The mode's radio buttons.
    Mode,
    /// The pass-through checkbox, for a lease.
    Passthrough,
}

/// The AI mode (`ai_mode`) as two radio buttons and, for a lease, the pass-through checkbox
/// (`passthrough`), or the `shown` part of them: the choices that change the answer most, so they sit beside the
/// presets. `onchange` gets each change the reader makes. Ids come from `ids`, the calling
/// component's. A plain function: it holds no state.
pub fn ai_mode_choice(
    ids: &UniqueId,
    ai_mode: AiMode,
    passthrough: bool,
    shown: AiChoiceParts,
    onchange: &Callback<Action>,
) -> Html {
    let mode_group = ids.id("ai-mode");
    let passthrough_hint = ids.id("hint-passthru");
    let mode_option = |mode: AiMode, label: &'static str, testid: &'static str| {
        let onchange = onchange.clone();
        html! {
            <label class="choice">
                <input
                    type="radio"
                    name={mode_group.clone()}
                    checked={ai_mode == mode}
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
    // Children of the controls' grid, whose gap keeps the radio buttons and the checkbox
    // far enough apart to be told apart by a finger.
    html! {
        <>
            if shown != AiChoiceParts::Passthrough {
                <div class="choices" role="radiogroup" aria-label="How AI earns money">
                    { for AI_MODE_OPTIONS.map(|(mode, label, testid)| mode_option(mode, label, testid)) }
                </div>
            }
            if ai_mode == AiMode::HpcLease && shown != AiChoiceParts::Mode {
                <div>
                    <label class="choice">
                        <input
                            type="checkbox"
                            checked={passthrough}
                            data-testid="passthru"
                            aria-describedby={passthrough_hint.clone()}
                            onchange={on_passthrough}
                        />
                        { PASSTHROUGH_LABEL }
                    </label>
                    <p class="hint" id={passthrough_hint}>
                        { PASSTHROUGH_HINT }
                    </p>
                </div>
            }
        </>
    }
}
