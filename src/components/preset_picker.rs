//! Chooses one of the model's presets.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::hooks::use_unique_id;
use crate::model::Preset;

/// Props of [`PresetPicker`].
#[derive(Properties, PartialEq, Clone)]
pub struct PresetPickerProps {
    /// The preset last chosen, if any.
    pub preset: Option<Preset>,
    /// Whether a control has moved since.
    pub modified: bool,
    /// Called with the preset chosen.
    pub onselect: Callback<Preset>,
}

/// A select of every preset; the chosen one reads "(modified)" once a control moves.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let ids = use_unique_id();
    let select_id = ids.id("preset");
    let hint_id = ids.id("preset-hint");
    let on_change = {
        let onselect = props.onselect.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(preset) = Preset::from_id(&select.value()) {
                onselect.emit(preset);
            }
        })
    };
    html! {
        <div class="preset-picker">
            <label for={select_id.clone()}>{ "Scenario" }</label>
            <select
                id={select_id}
                data-testid="preset"
                data-modified={props.modified.to_string()}
                aria-describedby={hint_id.clone()}
                onchange={on_change}
            >
                if props.preset.is_none() {
                    <option value="" selected=true>{ "Custom" }</option>
                }
                { for Preset::ALL.into_iter().map(|preset| {
                    let chosen = props.preset == Some(preset);
                    let name = if chosen && props.modified {
                        format!("{} (modified)", preset.name())
                    } else {
                        preset.name().to_owned()
                    };
                    html! { <option value={preset.id()} selected={chosen}>{ name }</option> }
                }) }
            </select>
            <p class="hint" id={hint_id}>{ "Published deals and hardware; each sets every input." }</p>
        </div>
    }
}
