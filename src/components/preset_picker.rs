//! Chooses one of the model's presets.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::UniqueId;
use crate::model::Preset;

/// A select of every preset; the chosen one reads "(modified)" once a control moves, and
/// a button beside it applies it again (choosing the selected option of a select fires no
/// change). `preset` is the one last chosen, `modified` whether a control moved since;
/// `onselect` gets the preset chosen. Ids come from `ids`, the calling component's. A plain
/// function: it holds no state.
pub fn preset_picker(
    ids: &UniqueId,
    preset: Option<Preset>,
    modified: bool,
    onselect: Callback<Preset>,
) -> Html {
    // Without a preset the page opens on the latest network data; once a control moves, it
    // is the reader's own scenario.
    let no_preset = if modified {
        "Custom"
    } else {
        "Latest network data"
    };
    let select_id = ids.id("preset");
    let hint_id = ids.id("preset-hint");
    let reapply = preset.filter(|_| modified).map(|chosen| {
        let onselect = onselect.clone();
        let select_id = select_id.clone();
        // The button goes once the preset is back: the select beside it takes the focus, so
        // that a keyboard reader is not sent back to the top of the page.
        let onclick = Callback::from(move |_: MouseEvent| {
            onselect.emit(chosen);
            let select = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.get_element_by_id(&select_id))
                .and_then(|element| element.dyn_into::<HtmlElement>().ok());
            if let Some(select) = select {
                let _ = select.focus();
            }
        });
        html! {
            <button type="button" class="reapply" data-testid="reapply-preset" {onclick}>
                { format!("Back to {}", chosen.name()) }
            </button>
        }
    });
    let on_change = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        if let Some(preset) = Preset::from_id(&select.value()) {
            onselect.emit(preset);
        }
    });
    html! {
        <div class="preset-picker">
            <label for={select_id.clone()}>{ "Scenario" }</label>
            <select
                id={select_id}
                data-testid="preset"
                data-modified={modified.to_string()}
                aria-describedby={hint_id.clone()}
                onchange={on_change}
            >
                if preset.is_none() {
                    <option value="" selected=true>{ no_preset }</option>
                }
                { for Preset::ALL.into_iter().map(|choice| {
                    let chosen = preset == Some(choice);
                    let name = if chosen && modified {
                        format!("{} (modified)", choice.name())
                    } else {
                        choice.name().to_owned()
                    };
                    html! { <option value={choice.id()} selected={chosen}>{ name }</option> }
                }) }
            </select>
            // A slot that is always there, so that the button coming and going does not
            // make Yew rebuild the select beside it (which would lose the focus).
            <div class="reapply-slot">{ for reapply }</div>
            <p class="hint" id={hint_id}>{ "Published deals and hardware; each sets every input." }</p>
        </div>
    }
}
