//! A slider paired with a number box, for one numeric input of the model.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::with_unit;
use crate::hooks::use_unique_id;
use crate::model::{Input, Scenario, Side};
use crate::number_text::{
    could_be_typed, grouped, number_text, parse_finite, parse_typed, TypedError,
};

/// How long, in milliseconds, a typed entry waits for more typing before it is applied: on
/// the way to "120000" the box passes "1", "12", ..., which must not move the page. The
/// first screen's number boxes wait as long.
pub const TYPING_PAUSE_MS: u32 = 600;

/// Props of [`NumberControl`].
#[derive(Properties, PartialEq, Clone)]
pub struct NumberControlProps {
    /// Which input of the model this controls; gives the label, unit, range and hint.
    pub input: Input,
    /// The current value, in range.
    pub value: f64,
    /// Called with the input and each new value, already in range. One callback can serve
    /// every control, so it stays the same from one render to the next and a control whose
    /// value did not move is not rendered again (its props are equal).
    pub onchange: Callback<(Input, f64)>,
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
    /// Not a number, and why.
    Invalid(TypedError),
}

/// Reads typed text as [`parse_typed`] does, and clamps it to the input's range. For an
/// input whose values stay below 1,000 a comma can only be a decimal comma ("1,500" as a
/// PUE means 1.5), so it is refused rather than read as a thousands separator.
pub fn read_typed(input: Input, text: &str) -> Typed {
    if input.param().max < 1000.0 && text.contains(',') {
        return Typed::Invalid(TypedError::DecimalComma);
    }
    match parse_typed(text) {
        Ok(value) => {
            let clamped = input.param().sanitize(value);
            if clamped == value {
                Typed::InRange(value)
            } else {
                Typed::Clamped(clamped)
            }
        }
        Err(error) => Typed::Invalid(error),
    }
}

/// The message for a typed entry once it is applied (the first screen's number boxes say
/// the same); `None` when it was taken as typed.
pub fn applied_message(input: Input, typed: &Typed, kept: f64) -> Option<String> {
    let param = input.param();
    let unit = param.unit;
    match typed {
        Typed::InRange(_) => None,
        Typed::Clamped(clamped) => {
            let bound = if *clamped == param.max {
                "maximum"
            } else {
                "minimum"
            };
            Some(format!(
                "Out of range: using the {bound}, {}.",
                with_unit(*clamped, unit)
            ))
        }
        Typed::Invalid(TypedError::NotANumber) => {
            Some(format!("Not a number: kept {}.", with_unit(kept, unit)))
        }
        Typed::Invalid(TypedError::DecimalComma) => {
            Some("Commas only separate thousands: write decimals with a point.".to_owned())
        }
    }
}

/// A labelled slider and number box that edit the same value.
///
/// A typed entry is applied on Enter or when the box is left; a pause in typing applies it
/// too if it is a number in range, and leaves the text as typed. Until then it is shown as
/// pending and nothing else moves; Escape drops it. An entry out of range is clamped and
/// one that is not a number keeps the value, each with a message, when it is applied. The
/// message stays until the control is used again; a scenario loaded as a whole (reset, a
/// preset, a host page) renders the controls afresh, without messages.
#[component]
pub fn NumberControl(props: &NumberControlProps) -> Html {
    let input = props.input;
    let param = input.param();
    let id = props.input.key();
    let ids = use_unique_id();
    let number_id = ids.id(&format!("input-{id}"));
    let hint_id = ids.id(&format!("hint-{id}"));
    let message_id = ids.id(&format!("message-{id}"));
    // What the box shows while the reader edits it, instead of the value.
    let draft = use_state_eq(|| None::<String>);
    // Whether the box holds an entry not applied yet, for rendering...
    let is_pending = use_state_eq(|| false);
    // ... and that entry, for the handlers: the one that applies it takes it.
    let pending = use_mut_ref(|| None::<String>);
    // The pause timer of the pending entry; dropping it cancels it.
    let pause = use_mut_ref(|| None::<Timeout>);
    let message = use_state_eq(|| None::<String>);
    let unit = param.unit;

    // Enter, or leaving the box: the entry is applied whatever it is, and the box shows the
    // value again.
    let commit: Rc<dyn Fn()> = {
        let onchange = props.onchange.clone();
        let draft = draft.clone();
        let is_pending = is_pending.clone();
        let pending = pending.clone();
        let pause = pause.clone();
        let message = message.clone();
        let input = props.input;
        let value = props.value;
        Rc::new(move || {
            pause.borrow_mut().take();
            if let Some(text) = pending.borrow_mut().take() {
                let typed = read_typed(input, &text);
                message.set(applied_message(input, &typed, value));
                if let Typed::InRange(applied) | Typed::Clamped(applied) = typed {
                    onchange.emit((input, applied));
                }
            }
            draft.set(None);
            is_pending.set(false);
        })
    };
    // Escape, the slider: the entry is dropped.
    let drop_entry: Rc<dyn Fn()> = {
        let draft = draft.clone();
        let is_pending = is_pending.clone();
        let pending = pending.clone();
        let pause = pause.clone();
        let message = message.clone();
        Rc::new(move || {
            pause.borrow_mut().take();
            pending.borrow_mut().take();
            draft.set(None);
            is_pending.set(false);
            message.set(None);
        })
    };

    let on_slide = {
        let onchange = props.onchange.clone();
        let drop_entry = drop_entry.clone();
        Callback::from(move |event: InputEvent| {
            let slider: HtmlInputElement = event.target_unchecked_into();
            if let Some(value) = parse_finite(&slider.value()) {
                drop_entry();
                onchange.emit((input, value));
            }
        })
    };
    let on_type = {
        let onchange = props.onchange.clone();
        let draft = draft.clone();
        let is_pending = is_pending.clone();
        let message = message.clone();
        let input = props.input;
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            *pending.borrow_mut() = Some(text.clone());
            draft.set(Some(text));
            is_pending.set(true);
            message.set(None);
            // After a pause, a number in range is applied and the text stays as typed; the
            // rest waits for Enter or the box being left, so nothing is rewritten under the
            // cursor.
            let onchange = onchange.clone();
            let is_pending = is_pending.clone();
            let pending = pending.clone();
            *pause.borrow_mut() = Some(Timeout::new(TYPING_PAUSE_MS, move || {
                let typed = pending
                    .borrow()
                    .as_deref()
                    .map(|text| read_typed(input, text));
                if let Some(Typed::InRange(applied)) = typed {
                    pending.borrow_mut().take();
                    is_pending.set(false);
                    onchange.emit((input, applied));
                }
            }));
        })
    };
    let on_key = {
        let commit = commit.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" => commit(),
            "Escape" => drop_entry(),
            _ => {}
        })
    };
    let on_change = {
        let commit = commit.clone();
        Callback::from(move |_: Event| commit())
    };
    // The box shows the value as it is read, grouped: rewriting it on focus would drop the
    // selection a Tab into the box makes, so that typing would no longer replace it.
    let text = (*draft).clone().unwrap_or_else(|| grouped(props.value));
    // Marked invalid only for a character no number can hold: "1," on the way to "1,000"
    // is not flagged.
    let invalid_draft = *is_pending && draft.as_deref().is_some_and(|text| !could_be_typed(text));
    let status = if *is_pending {
        Some("Enter or a pause applies it; Esc drops it.".to_owned())
    } else {
        (*message).clone()
    };
    html! {
        <div class={classes!(
            "control",
            props.prominent.then_some("prominent"),
            // The AI side's sliders in the AI colour, as on the cards and the chart.
            Side::Ai.inputs().contains(&props.input).then_some("ai"),
        )}>
            <div class="control-head">
                <label for={number_id.clone()}>
                    { param.label }<span class="unit">{ format!(" ({unit})") }</span>
                </label>
                <input
                    id={number_id}
                    class={classes!("number", is_pending.then_some("pending"))}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={text}
                    aria-describedby={format!("{hint_id} {message_id}")}
                    aria-invalid={invalid_draft.then_some("true")}
                    data-pending={is_pending.then_some("true")}
                    data-testid={format!("number-{id}")}
                    oninput={on_type}
                    onkeydown={on_key}
                    onchange={on_change}
                />
            </div>
            // The slider spans the plausible part of the range; a value beyond it, typed or
            // linked, is kept and the slider waits at its end.
            <input
                type="range"
                min={number_text(param.slider_min)}
                max={number_text(param.slider_max)}
                step={number_text(param.step)}
                value={number_text(param.slider_position(props.value))}
                aria-label={format!("{} ({unit})", param.label)}
                aria-valuetext={with_unit(props.value, unit)}
                aria-describedby={format!("{hint_id} {message_id}")}
                data-testid={format!("slider-{id}")}
                oninput={on_slide}
            />
            <p class="hint" id={hint_id}>{ param.hint }</p>
            <p class="source">{ format!("Default {}: {}", with_unit(param.default, unit), param.source) }</p>
            // Always there, one line high even when empty, so that a message appearing or
            // going does not move what is below (a click on Reset right after typing lands
            // where it was aimed).
            <p
                class={classes!("message", is_pending.then_some("pending"))}
                id={message_id}
                role="status"
                data-testid={format!("message-{id}")}
            >
                { status.unwrap_or_default() }
            </p>
        </div>
    }
}

/// A [`NumberControl`] for each of `inputs`, showing `scenario`'s values, keyed by `loads`
/// (see [`crate::state::Calculator::loads`]) so that a loaded scenario starts them afresh.
/// One function for every group of controls, so that the page carries their markup once.
pub fn number_controls(
    inputs: &[Input],
    scenario: &Scenario,
    loads: u32,
    prominent: bool,
    onchange: &Callback<(Input, f64)>,
) -> Html {
    html! {
        { for inputs.iter().map(|input| html! {
            <NumberControl
                key={format!("{}-{loads}", input.key())}
                input={*input}
                value={input.get(scenario)}
                {prominent}
                onchange={onchange.clone()}
            />
        }) }
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
        assert_eq!(read_typed(Input::BtcPrice, "90k"), Typed::InRange(90_000.0));
        assert_eq!(read_typed(Input::PoolFee, " 2 % "), Typed::InRange(2.0));
        assert_eq!(read_typed(Input::PowerPrice, "1e6"), Typed::Clamped(200.0));
        assert_eq!(read_typed(Input::PowerPrice, "-3"), Typed::Clamped(0.0));
        for comma in ["1,5", "1,500"] {
            assert_eq!(
                read_typed(Input::AiPue, comma),
                Typed::Invalid(TypedError::DecimalComma),
                "{comma}"
            );
        }
        assert_eq!(read_typed(Input::SiteMw, "1,000"), Typed::InRange(1000.0));
        for junk in ["", "abc", "NaN", "inf", "1e309", "--1", "4O"] {
            assert_eq!(
                read_typed(Input::PowerPrice, junk),
                Typed::Invalid(TypedError::NotANumber),
                "{junk}"
            );
        }
    }

    #[test]
    fn each_entry_gets_its_message() {
        let message =
            |input, text| applied_message(input, &read_typed(input, text), input.param().default);
        assert_eq!(message(Input::BtcPrice, "90k"), None);
        assert_eq!(
            message(Input::PowerPrice, "1e6").as_deref(),
            Some("Out of range: using the maximum, $200/MWh.")
        );
        assert_eq!(
            message(Input::BtcPrice, "12").as_deref(),
            Some("Out of range: using the minimum, $1,000.")
        );
        assert_eq!(
            message(Input::BtcPrice, "abc"),
            Some(format!(
                "Not a number: kept ${}.",
                grouped(Input::BtcPrice.param().default)
            ))
        );
        assert!(message(Input::AiPue, "1,5")
            .is_some_and(|text| text.starts_with("Commas only separate thousands")));
    }
}
