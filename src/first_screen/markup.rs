//! The first screen's markup as text: what the first module writes into the static shell
//! before the full calculator takes over, in the full calculator's classes and test ids, so
//! that the swap moves nothing (`tests/e2e/split.test.mjs` compares them). Pure.

use crate::chart::svg::escaped;
use crate::components::ai_mode_choice::{AI_MODE_OPTIONS, PASSTHROUGH_HINT, PASSTHROUGH_LABEL};
use crate::components::preset_picker::{no_preset_words, option_words, picker_hint, preset_groups};
use crate::format::with_unit;
use crate::model::{AiMode, Input, Outcome, Preset, Side};
use crate::number_text::{grouped, number_text};
use crate::state::Calculator;
use crate::words::today::key_figure_texts;

/// The ids of one control's parts: its number box, its hint and its message, after
/// `prefix`, the screen's own (a page may have several screens).
pub fn control_ids(prefix: &str, input: Input) -> [String; 3] {
    ["input", "hint", "message"].map(|part| format!("{prefix}-{part}-{}", input.key()))
}

/// One input's control as the full calculator's `NumberControl` draws it among the main
/// inputs (prominent): label, number box, slider, hint, default and source, and an empty
/// message line, showing `value`; its ids after `prefix`.
pub fn control_html(prefix: &str, input: Input, value: f64) -> String {
    let param = input.param();
    let key = input.key();
    let unit = param.unit;
    let [number_id, hint_id, message_id] = control_ids(prefix, input);
    let classes = if Side::Ai.inputs().contains(&input) {
        "control prominent ai"
    } else {
        "control prominent"
    };
    let label = escaped(param.label);
    format!(
        "<div class=\"{classes}\"><div class=\"control-head\">\
         <label for=\"{number_id}\">{label}<span class=\"unit\"> ({unit})</span></label>\
         <input id=\"{number_id}\" class=\"number\" type=\"text\" inputmode=\"decimal\" \
         autocomplete=\"off\" spellcheck=\"false\" value=\"{value_text}\" \
         aria-describedby=\"{hint_id} {message_id}\" data-testid=\"number-{key}\"></div>\
         <input type=\"range\" min=\"{min}\" max=\"{max}\" step=\"{step}\" value=\"{position}\" \
         aria-label=\"{label} ({unit})\" aria-valuetext=\"{valuetext}\" \
         aria-describedby=\"{hint_id} {message_id}\" data-testid=\"slider-{key}\">\
         <p class=\"hint\" id=\"{hint_id}\">{hint}</p>\
         <p class=\"source\">Default {default}: {source}</p>\
         <p class=\"message\" id=\"{message_id}\" role=\"status\" data-testid=\"message-{key}\"></p>\
         </div>",
        value_text = escaped(&grouped(value)),
        min = number_text(param.slider_min),
        max = number_text(param.slider_max),
        step = number_text(param.step),
        position = number_text(param.slider_position(value)),
        valuetext = escaped(&with_unit(value, unit)),
        hint = escaped(param.hint),
        default = escaped(&with_unit(param.default, unit)),
        source = escaped(param.source),
    )
}

/// The figures behind the page's headline, as its `<dl>` holds them.
pub fn figures_html(outcome: &Outcome) -> String {
    key_figure_texts(outcome)
        .into_iter()
        .map(|(output, display)| {
            // As `figure` marks them: words in place of a figure, and the raw number.
            let words = if display.contains(|c: char| c.is_ascii_digit()) {
                ""
            } else {
                " class=\"words\""
            };
            let value = output
                .value(outcome)
                .map(|value| format!(" data-value=\"{}\"", number_text(value)))
                .unwrap_or_default();
            format!(
                "<div class=\"figure\"><dt>{}</dt><dd{words} data-testid=\"{}\"{value}>{}</dd></div>",
                escaped(output.label()),
                output.id(),
                // Breakable after each "/", as `figure` writes it.
                escaped(&display).replace('/', "/<wbr>")
            )
        })
        .collect()
}

/// The switch between a lease and a GPU cloud, as the full calculator's `ai_mode_choice`
/// draws it, its radio buttons named after `prefix`; `disabled` is `" disabled"` for the
/// static shell, or empty.
pub fn ai_mode_html(prefix: &str, mode: AiMode, disabled: &str) -> String {
    let options: String = AI_MODE_OPTIONS
        .iter()
        .map(|(choice, label, testid)| {
            let checked = if *choice == mode { " checked" } else { "" };
            format!(
                "<label class=\"choice\"><input type=\"radio\" name=\"{prefix}-ai-mode\"{checked}{disabled} \
                 data-testid=\"{testid}\">{}</label>",
                escaped(label)
            )
        })
        .collect();
    format!("<div class=\"choices\" role=\"radiogroup\" aria-label=\"How AI earns money\">{options}</div>")
}

/// The pass-through checkbox and its hint, as `ai_mode_choice` draws them for a lease;
/// `prefix` and `disabled` as for [`ai_mode_html`].
pub fn passthrough_html(prefix: &str, passthrough: bool, disabled: &str) -> String {
    let checked = if passthrough { " checked" } else { "" };
    format!(
        "<div><label class=\"choice\"><input type=\"checkbox\"{checked}{disabled} \
         data-testid=\"passthru\" aria-describedby=\"{prefix}-hint-passthru\">{}</label>\
         <p class=\"hint\" id=\"{prefix}-hint-passthru\">{}</p></div>",
        escaped(PASSTHROUGH_LABEL),
        escaped(PASSTHROUGH_HINT)
    )
}

/// The button beside a picker whose preset's inputs moved, as `preset_picker` draws it.
pub fn reapply_html(side: Side, preset: Preset) -> String {
    format!(
        "<button type=\"button\" class=\"reapply\" data-testid=\"reapply-{}\">Back to {}</button>",
        side.key(),
        escaped(preset.name())
    )
}

/// The page's pickers of `state`, as the full calculator's `ScenarioPickers` draws them:
/// each side's presets, the AI mode and, for a lease, the pass-through, their ids after
/// `prefix`. `disabled` for the static shell, whose controls wait for the first screen.
pub fn pickers_html(prefix: &str, state: &Calculator, disabled: bool) -> String {
    let disabled = if disabled { " disabled" } else { "" };
    let mut html = String::new();
    for side in Side::ALL {
        let key = side.key();
        let preset = state.presets.get(side);
        let modified = state.is_modified(side);
        let selected = |chosen: bool| if chosen { " selected" } else { "" };
        let groups: String = preset_groups(side)
            .into_iter()
            .map(|(group, members)| {
                let options: String = members
                    .into_iter()
                    .map(|choice| {
                        let chosen = preset == Some(choice);
                        format!(
                            "<option value=\"{}\"{}>{}</option>",
                            choice.id(),
                            selected(chosen),
                            escaped(&option_words(choice, chosen && modified))
                        )
                    })
                    .collect();
                format!(
                    "<optgroup label=\"{}\">{options}</optgroup>",
                    escaped(group)
                )
            })
            .collect();
        let reapply = preset
            .filter(|_| modified)
            .map(|chosen| reapply_html(side, chosen))
            .unwrap_or_default();
        html.push_str(&format!(
            "<div class=\"preset-picker\"><label for=\"{prefix}-preset-{key}\">{label}</label>\
             <select id=\"{prefix}-preset-{key}\" data-testid=\"preset-{key}\" data-modified=\"{modified}\" \
             aria-describedby=\"{prefix}-preset-hint-{key}\"{disabled}>\
             <option value=\"\"{none_selected}>{no_preset}</option>{groups}</select>\
             <div class=\"reapply-slot\">{reapply}</div>\
             <p class=\"hint\" id=\"{prefix}-preset-hint-{key}\" data-testid=\"preset-hint-{key}\">{hint}</p></div>",
            label = escaped(side.label()),
            none_selected = selected(preset.is_none()),
            no_preset = escaped(no_preset_words(side, preset, modified)),
            hint = escaped(picker_hint(side, preset)),
        ));
    }
    html.push_str(&ai_mode_html(prefix, state.scenario.ai_mode, disabled));
    if state.scenario.ai_mode == AiMode::HpcLease {
        html.push_str(&passthrough_html(
            prefix,
            state.scenario.lease_power_passthrough,
            disabled,
        ));
    }
    html
}
