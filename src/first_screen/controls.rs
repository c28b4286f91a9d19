//! The first screen's controls: the main inputs' sliders and number boxes, written in
//! place of the shell's placeholders, and what they do with the reader's input.

use super::*;

/// Writes the controls the first screen answers in place of the shell's placeholders: the
/// main inputs (on the widget, those its address puts in front) and the widget's AI mode.
pub(super) fn build_controls(screen: &mut Screen) {
    let selector = match screen.layout {
        Layout::Page => ".layout > section.controls",
        Layout::Widget => "section.controls.front",
    };
    let Some(section) = screen.root.query_selector(selector).ok().flatten() else {
        return;
    };
    let inputs = match screen.layout {
        Layout::Page => MAIN_INPUTS.to_vec(),
        Layout::Widget => screen.front.main_inputs(true),
    };
    let mut html = match screen.layout {
        // The page's pickers come first, as in the full calculator.
        Layout::Page => markup::pickers_html(&screen.id.prefix(), &screen.state, false),
        Layout::Widget => String::new(),
    };
    html.extend(inputs.iter().map(|input| {
        markup::control_html(
            &screen.id.prefix(),
            *input,
            input.get(&screen.state.scenario),
        )
    }));
    if screen.layout == Layout::Widget && screen.front.ai_mode {
        html.push_str(&markup::ai_mode_html(
            &screen.id.prefix(),
            screen.state.scenario.ai_mode,
            "",
        ));
    }
    if html.is_empty() {
        section.remove();
        return;
    }
    section.set_inner_html(&html);
    let id = screen.id;
    for input in inputs {
        listen_to_control(screen, &section, input);
    }
    // The choices' changes, from the elements there now and those written later (the
    // pass-through's checkbox comes and goes with the lease).
    screen
        .listeners
        .push(EventListener::new(&section, "change", move |event| {
            let Some(target) = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
            else {
                return;
            };
            let testid = target.get_attribute("data-testid").unwrap_or_default();
            let action = if let Some((mode, _, _)) = AI_MODE_OPTIONS
                .iter()
                .find(|(_, _, radio)| *radio == testid)
            {
                Some(Action::SetAiMode(*mode))
            } else if testid == "passthru" {
                target
                    .dyn_ref::<HtmlInputElement>()
                    .map(|checkbox| Action::SetPassthrough(checkbox.checked()))
            } else {
                Side::ALL
                    .into_iter()
                    .find(|side| testid == format!("preset-{}", side.key()))
                    .and_then(|side| {
                        let value = target.dyn_ref::<HtmlSelectElement>()?.value();
                        chosen_preset(side, &value).map(|preset| Action::ApplyPreset(side, preset))
                    })
            };
            if let Some(action) = action {
                dispatch(id, action);
            }
        }));
    // "Back to" a picker's preset, which then takes the focus, as in the full calculator.
    screen
        .listeners
        .push(EventListener::new(&section, "click", move |event| {
            let Some(button) = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|target| target.closest(".reapply").ok().flatten())
            else {
                return;
            };
            let testid = button.get_attribute("data-testid").unwrap_or_default();
            let Some(side) = Side::ALL
                .into_iter()
                .find(|side| testid == format!("reapply-{}", side.key()))
            else {
                return;
            };
            let select = with_screen(id, |screen| {
                let preset = screen.state.presets.get(side)?;
                screen.state = screen.state.apply(Action::ApplyPreset(side, Some(preset)));
                show(screen);
                by_testid(&screen.root, &format!("preset-{}", side.key()))
            })
            .flatten();
            if let Some(select) = select.and_then(|select| select.dyn_into::<HtmlElement>().ok()) {
                let _ = select.focus();
            }
        }));
}

/// The element under `parent` with `data-testid` `testid`.
pub(super) fn by_testid(parent: &Element, testid: &str) -> Option<Element> {
    parent
        .query_selector(&format!("[data-testid=\"{testid}\"]"))
        .ok()
        .flatten()
}

/// The slider and the number box of `input`: a slider applies at once; a typed entry after
/// a pause if it is a number in range, or on Enter or leaving the box whatever it is, as in
/// the full calculator.
fn listen_to_control(screen: &mut Screen, section: &Element, input: Input) {
    let id = screen.id;
    let key = input.key();
    if let Some(slider) = by_testid(section, &format!("slider-{key}")) {
        screen
            .listeners
            .push(EventListener::new(&slider, "input", move |event| {
                let Some(slider) = event
                    .target()
                    .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
                else {
                    return;
                };
                if let Some(value) = parse_finite(&slider.value()) {
                    with_screen(id, |screen| screen.typing = None);
                    set_message(id, input, "");
                    dispatch(id, Action::SetInput(input, value));
                }
            }));
    }
    let Some(number) = by_testid(section, &format!("number-{key}")) else {
        return;
    };
    screen
        .listeners
        .push(EventListener::new(&number, "input", move |_| {
            set_message(id, input, "Enter or a pause applies it; Esc drops it.");
            let pause = Timeout::new(TYPING_PAUSE_MS, move || {
                if let Some(Typed::InRange(value)) =
                    typed_text(id, input).map(|text| read_typed(input, &text))
                {
                    with_screen(id, |screen| screen.typing = None);
                    set_message(id, input, "");
                    dispatch(id, Action::SetInput(input, value));
                }
            });
            with_screen(id, |screen| screen.typing = Some((input, pause)));
        }));
    let commit = move || {
        let waiting = with_screen(id, |screen| screen.typing.take()).flatten();
        if waiting.is_none() {
            return;
        }
        let Some(text) = typed_text(id, input) else {
            return;
        };
        let kept = with_screen(id, |screen| input.get(&screen.state.scenario)).unwrap_or_default();
        let typed = read_typed(input, &text);
        set_message(
            id,
            input,
            &applied_message(input, &typed, kept).unwrap_or_default(),
        );
        match typed {
            Typed::InRange(value) | Typed::Clamped(value) => {
                dispatch(id, Action::SetInput(input, value))
            }
            Typed::Invalid(_) => with_screen(id, show).unwrap_or_default(),
        }
    };
    screen
        .listeners
        .push(EventListener::new(&number, "change", move |_| commit()));
    screen
        .listeners
        .push(EventListener::new(&number, "keydown", move |event| {
            let key = event
                .dyn_ref::<web_sys::KeyboardEvent>()
                .map(web_sys::KeyboardEvent::key);
            match key.as_deref() {
                Some("Enter") => commit(),
                Some("Escape") => {
                    with_screen(id, |screen| {
                        screen.typing = None;
                        show(screen);
                    });
                    set_message(id, input, "");
                }
                _ => {}
            }
        }));
}

/// What the number box of `input` holds.
fn typed_text(id: ScreenId, input: Input) -> Option<String> {
    with_screen(id, |screen| {
        by_testid(&screen.root, &format!("number-{}", input.key()))
            .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
            .map(|number| number.value())
    })
    .flatten()
}

/// Writes `words` in the message line of `input`'s control.
fn set_message(id: ScreenId, input: Input, words: &str) {
    with_screen(id, |screen| write_message(screen, input, words));
}

pub(super) fn write_message(screen: &Screen, input: Input, words: &str) {
    if let Some(message) = by_testid(&screen.root, &format!("message-{}", input.key())) {
        message.set_text_content(Some(words));
        let _ = message
            .class_list()
            .toggle_with_force("pending", words.starts_with("Enter or a pause"));
    }
}
