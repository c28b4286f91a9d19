//! A slider paired with a number box, for one numeric input of the model.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_unique_id;
use crate::model::Input;
use crate::number_text::{number_text, parse_finite, round_significant};

/// Props of [`NumberControl`].
#[derive(Properties, PartialEq, Clone)]
pub struct NumberControlProps {
    /// Which input of the model this controls; gives the label, unit, range and hint.
    pub input: Input,
    /// The current value, in range.
    pub value: f64,
    /// Called with each new value, already in range.
    pub onchange: Callback<f64>,
    /// Shows the control larger, for the inputs everyone uses.
    #[prop_or_default]
    pub prominent: bool,
}

/// What the number box says about the text typed in it.
#[derive(Debug, Clone, PartialEq)]
pub enum Typed {
    /// A number in range.
    InRange(f64),
    /// A number out of range, and the value it is clamped to.
    Clamped(f64),
    /// Not a number.
    Invalid,
}

/// Reads typed text: thousands separators, spaces, `$` and `%` are allowed, as people write
/// "$65,000" or "2 %"; anything else that is not a finite number is invalid.
pub fn read_typed(input: Input, text: &str) -> Typed {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | '$' | '%') && !c.is_whitespace())
        .collect();
    match parse_finite(&cleaned) {
        Some(value) => {
            let clamped = input.param().sanitize(value);
            if clamped == value {
                Typed::InRange(value)
            } else {
                Typed::Clamped(clamped)
            }
        }
        None => Typed::Invalid,
    }
}

/// The value as the number box shows it: no trailing zeros, no exponent for everyday sizes.
pub fn shown(value: f64) -> String {
    number_text(round_significant(value))
}

/// A labelled slider and number box that edit the same value. Typing out of range clamps
/// and says so; an empty or unparseable entry keeps the last good value and says so.
#[component]
pub fn NumberControl(props: &NumberControlProps) -> Html {
    let param = props.input.param();
    let id = props.input.key();
    let ids = use_unique_id();
    let number_id = ids.id(&format!("input-{id}"));
    let hint_id = ids.id(&format!("hint-{id}"));
    let message_id = ids.id(&format!("message-{id}"));
    // The text being typed, kept until the box loses focus so the value does not jump
    // under the cursor; None shows the value.
    let draft = use_state_eq(|| None::<String>);
    let message = use_state_eq(|| None::<String>);
    let unit = param.unit;

    let on_slide = {
        let onchange = props.onchange.clone();
        let draft = draft.clone();
        let message = message.clone();
        Callback::from(move |event: InputEvent| {
            let slider: HtmlInputElement = event.target_unchecked_into();
            if let Some(value) = parse_finite(&slider.value()) {
                draft.set(None);
                message.set(None);
                onchange.emit(value);
            }
        })
    };
    let on_type = {
        let onchange = props.onchange.clone();
        let draft = draft.clone();
        let message = message.clone();
        let input = props.input;
        let value = props.value;
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            match read_typed(input, &text) {
                Typed::InRange(typed) => {
                    message.set(None);
                    onchange.emit(typed);
                }
                Typed::Clamped(clamped) => {
                    let param = input.param();
                    let bound = if clamped == param.max {
                        "maximum"
                    } else {
                        "minimum"
                    };
                    message.set(Some(format!(
                        "Out of range: using the {bound}, {} {unit}.",
                        shown(clamped)
                    )));
                    onchange.emit(clamped);
                }
                Typed::Invalid => {
                    message.set(Some(format!(
                        "Not a number: keeping {} {unit}.",
                        shown(value)
                    )));
                }
            }
            draft.set(Some(text));
        })
    };
    let on_commit = {
        let draft = draft.clone();
        Callback::from(move |_: Event| draft.set(None))
    };

    let text = (*draft).clone().unwrap_or_else(|| shown(props.value));
    let described_by = if message.is_some() {
        format!("{hint_id} {message_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("control", props.prominent.then_some("prominent"))}>
            <div class="control-head">
                <label for={number_id.clone()}>
                    { param.label }<span class="unit">{ format!(" ({unit})") }</span>
                </label>
                <input
                    id={number_id}
                    class="number"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={text}
                    aria-describedby={described_by.clone()}
                    aria-invalid={message.is_some().then_some("true")}
                    data-testid={format!("number-{id}")}
                    oninput={on_type}
                    onchange={on_commit}
                />
            </div>
            <input
                type="range"
                min={number_text(param.min)}
                max={number_text(param.max)}
                step={number_text(param.step)}
                value={number_text(props.value)}
                aria-label={format!("{} ({unit})", param.label)}
                aria-valuetext={format!("{} {unit}", shown(props.value))}
                aria-describedby={described_by}
                data-testid={format!("slider-{id}")}
                oninput={on_slide}
            />
            <p class="hint" id={hint_id}>{ param.hint }</p>
            <p class="source">{ format!("Default {} {unit}: {}", number_text(param.default), param.source) }</p>
            <p class="message" id={message_id} role="status">
                { (*message).clone().unwrap_or_default() }
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_read_as_people_write_numbers() {
        assert_eq!(
            read_typed(Input::BtcPrice, "$65,000"),
            Typed::InRange(65_000.0)
        );
        assert_eq!(read_typed(Input::PoolFee, " 2 % "), Typed::InRange(2.0));
        assert_eq!(read_typed(Input::PowerPrice, "1e6"), Typed::Clamped(200.0));
        assert_eq!(read_typed(Input::PowerPrice, "-3"), Typed::Clamped(0.0));
        for junk in ["", "abc", "NaN", "inf", "1e309", "--1", "4O"] {
            assert_eq!(
                read_typed(Input::PowerPrice, junk),
                Typed::Invalid,
                "{junk}"
            );
        }
    }

    #[test]
    fn shown_values_hide_binary_noise() {
        assert_eq!(shown(0.1 + 0.2), "0.3");
        assert_eq!(shown(65_000.0), "65000");
        assert_eq!(shown(1.05), "1.05");
        // Far outside the inputs' ranges the value is shown as it is, in full.
        assert_eq!(shown(3.437_633_370_823_463e-73), "3.437633370823463e-73");
    }
}
