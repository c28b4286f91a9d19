//! The first screen's markup as text: what the first module writes into the static shell
//! before the full calculator takes over, in the full calculator's classes and test ids, so
//! that the swap moves nothing (`tests/e2e/split.test.mjs` compares them). Pure.

use crate::chart::svg::escaped;
use crate::components::headline::key_figure_texts;
use crate::format::with_unit;
use crate::model::{AiMode, Input, Outcome, Side};
use crate::number_text::{grouped, number_text};

/// The ids of one control's parts: its number box, its hint and its message.
pub fn control_ids(input: Input) -> [String; 3] {
    ["input", "hint", "message"].map(|part| format!("first-{part}-{}", input.key()))
}

/// One input's control as the full calculator's `NumberControl` draws it among the main
/// inputs (prominent): label, number box, slider, hint, default and source, and an empty
/// message line, showing `value`.
pub fn control_html(input: Input, value: f64) -> String {
    let param = input.param();
    let key = input.key();
    let unit = param.unit;
    let [number_id, hint_id, message_id] = control_ids(input);
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
                escaped(&display)
            )
        })
        .collect()
}

/// The widget's switch between a lease and a GPU cloud, as the full calculator's
/// `ai_mode_choice` draws it in front.
pub fn ai_mode_html(mode: AiMode) -> String {
    let option = |choice: AiMode, label: &str, testid: &str| {
        let checked = if choice == mode { " checked" } else { "" };
        format!(
            "<label class=\"choice\"><input type=\"radio\" name=\"first-ai-mode\"{checked} \
             data-testid=\"{testid}\">{label}</label>"
        )
    };
    format!(
        "<div class=\"choices\" role=\"radiogroup\" aria-label=\"How AI earns money\">{}{}</div>",
        option(AiMode::HpcLease, "HPC lease ($/kW-month)", "ai-mode-lease"),
        option(AiMode::GpuCloud, "GPU cloud ($/GPU-hour)", "ai-mode-gpu"),
    )
}
