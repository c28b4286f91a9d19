//! Chooses the preset of one side of the scenario.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::UniqueId;
use crate::model::{Preset, Side};

/// What the picker says under itself without a preset.
fn side_hint(side: Side) -> &'static str {
    match side {
        Side::Network => "Sets the BTC price, network hashrate, subsidy and fees.",
        Side::Mining => "Sets the fleet's efficiency and mining PUE only.",
        Side::Ai => "A deal sets the AI inputs and the site size; GPU hardware sets the AI inputs.",
    }
}

/// A select of `side`'s presets, grouped, after the side's defaults. The chosen one reads
/// "(modified)" once one of the side's inputs moves (without a preset, "Custom"), and a
/// button beside it applies it again (choosing the selected option of a select fires no
/// change); under it, the chosen preset's source and date. `preset` is the one last chosen,
/// `modified` whether one of the side's inputs moved since; `onselect` gets the choice,
/// `None` for the defaults. Ids come from `ids`, the calling component's. A plain function:
/// it holds no state.
pub fn preset_picker(
    ids: &UniqueId,
    side: Side,
    preset: Option<Preset>,
    modified: bool,
    onselect: Callback<Option<Preset>>,
) -> Html {
    let key = side.key();
    let no_preset = no_preset_words(side, preset, modified);
    let select_id = ids.id(&format!("preset-{key}"));
    let hint_id = ids.id(&format!("preset-hint-{key}"));
    let reapply = preset.filter(|_| modified).map(|chosen| {
        let onselect = onselect.clone();
        let select_id = select_id.clone();
        // The button goes once the preset is back: the select beside it takes the focus, so
        // that a keyboard reader is not sent back to the top of the page.
        let onclick = Callback::from(move |_: MouseEvent| {
            onselect.emit(Some(chosen));
            let select = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.get_element_by_id(&select_id))
                .and_then(|element| element.dyn_into::<HtmlElement>().ok());
            if let Some(select) = select {
                let _ = select.focus();
            }
        });
        html! {
            <button type="button" class="reapply" data-testid={format!("reapply-{key}")} {onclick}>
                { format!("Back to {}", chosen.name()) }
            </button>
        }
    });
    let on_change = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        if let Some(chosen) = chosen_preset(side, &select.value()) {
            onselect.emit(chosen);
        }
    });
    let option = |choice: Preset| {
        let chosen = preset == Some(choice);
        html! {
            <option value={choice.id()} selected={chosen}>
                { option_words(choice, chosen && modified) }
            </option>
        }
    };
    html! {
        <div class="preset-picker">
            <label for={select_id.clone()}>{ side.label() }</label>
            <select
                id={select_id}
                data-testid={format!("preset-{key}")}
                data-modified={modified.to_string()}
                aria-describedby={hint_id.clone()}
                onchange={on_change}
            >
                <option value="" selected={preset.is_none()}>{ no_preset }</option>
                { for preset_groups(side).into_iter().map(|(group, members)| html! {
                    <optgroup label={group}>{ for members.into_iter().map(option) }</optgroup>
                }) }
            </select>
            // A slot that is always there, so that the button coming and going does not
            // make Yew rebuild the select beside it (which would lose the focus).
            <div class="reapply-slot">{ for reapply }</div>
            <p class="hint" id={hint_id} data-testid={format!("preset-hint-{key}")}>
                { picker_hint(side, preset) }
            </p>
        </div>
    }
}

/// The first option's words: the side's defaults, or "Custom" once an input moved without
/// a preset.
pub fn no_preset_words(side: Side, preset: Option<Preset>, modified: bool) -> &'static str {
    if preset.is_none() && modified {
        "Custom"
    } else {
        side.no_preset()
    }
}

/// A preset's option's words, marked when the chosen one was `modified`.
pub fn option_words(choice: Preset, modified: bool) -> String {
    if modified {
        format!("{} (modified)", choice.name())
    } else {
        choice.name().to_owned()
    }
}

/// What the picker says under itself: the preset's source and date, or the side's hint.
pub fn picker_hint(side: Side, preset: Option<Preset>) -> &'static str {
    preset.map_or_else(|| side_hint(side), Preset::help)
}

/// The side's presets under their headings, in order.
pub fn preset_groups(side: Side) -> Vec<(&'static str, Vec<Preset>)> {
    let mut groups: Vec<(&'static str, Vec<Preset>)> = Vec::new();
    for choice in Preset::on(side) {
        match groups.last_mut() {
            Some((group, members)) if *group == choice.group() => members.push(choice),
            _ => groups.push((choice.group(), vec![choice])),
        }
    }
    groups
}

/// What choosing the option `value` of `side`'s select means: `Some(None)` for the
/// defaults, `Some(preset)` for one of the side's presets, `None` for anything else.
pub fn chosen_preset(side: Side, value: &str) -> Option<Option<Preset>> {
    if value.is_empty() {
        Some(None)
    } else {
        Preset::from_id(value)
            .filter(|preset| preset.side() == side)
            .map(Some)
    }
}
