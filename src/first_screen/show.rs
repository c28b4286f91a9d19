//! Showing the first screen's state: the headline, the chart (drawn once a frame), the
//! controls' values, the pickers, the links and the address.

use super::*;

/// Shows the state: the headline, the chart, the controls' values, the links and the
/// address, and tells a host page what changed.
pub(super) fn show(screen: &mut Screen) {
    let state = screen.state;
    let scenario = state.scenario;
    let outcome = compute(&scenario);
    let compact = screen.layout == Layout::Widget;
    let deal = state
        .presets
        .get(Side::Ai)
        .filter(|preset| preset.sets_site());
    let root = &screen.root;
    let write = |testid: &str, words: &str| {
        if let Some(element) = by_testid(root, testid) {
            element.set_text_content(Some(words));
        }
    };
    write("verdict", &verdict_sentence(&scenario, &npvs(&scenario)));
    write("assumed", &assumed_sentence(deal));
    write("today-sentence", &comparison_sentence(&outcome));
    if !compact {
        write("margins-sentence", &margins_sentence(&outcome));
        write("breakeven-sentence", &breakeven_sentence(&outcome));
        if let Some(figures) = root.query_selector("section.headline dl").ok().flatten() {
            figures.set_inner_html(&markup::figures_html(&outcome));
        }
    }
    write(
        "view-years",
        &format!(
            "Over {}",
            count(f64::from(horizon_years(&scenario)), "year")
        ),
    );
    let data = chart_data(&scenario, screen.axis);
    write("chart-title", &comparison_title(screen.axis));
    if let Some(now) = root
        .query_selector("section.chart .legend .now")
        .ok()
        .flatten()
    {
        now.set_text_content(Some(&scenario_legend(screen.axis, data.current.x)));
    }
    let _ = screen.canvas.set_attribute("aria-label", &describe(&data));
    for (axis, testid) in [
        (SweepAxis::BtcPrice, "axis-btc"),
        (SweepAxis::PowerPrice, "axis-power"),
    ] {
        if let Some(button) = by_testid(root, testid) {
            let _ = button.set_attribute("aria-pressed", &(screen.axis == axis).to_string());
        }
    }
    let typing = screen.typing.as_ref().map(|(input, _)| *input);
    for input in MAIN_INPUTS {
        let value = input.get(&scenario);
        let key = input.key();
        if let Some(slider) = by_testid(root, &format!("slider-{key}"))
            .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
        {
            slider.set_value(&number_text(input.param().slider_position(value)));
            let _ = slider.set_attribute("aria-valuetext", &with_unit(value, input.param().unit));
        }
        if typing != Some(input) {
            if let Some(number) = by_testid(root, &format!("number-{key}"))
                .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
            {
                number.set_value(&grouped(value));
            }
        }
    }
    for (mode, _, testid) in AI_MODE_OPTIONS {
        if let Some(radio) =
            by_testid(root, testid).and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
        {
            radio.set_checked(scenario.ai_mode == mode);
        }
    }
    write("source-line", &screen.words.credited(&source_text(&state)));
    let pinned = url_state::pinned_query(&state);
    if let Some(link) = by_testid(root, "open-full") {
        let _ = link.set_attribute("href", &site_url_with(&pinned));
    }
    if screen.layout == Layout::Page {
        update_pickers(screen);
    }
    let address = url_state::address_query(&state);
    let address = if screen.embedded {
        url_state::with_embed(&address, &screen.embed_options)
    } else {
        address
    };
    if !screen.mounted {
        screen.address = Some(Timeout::new(ADDRESS_PAUSE_MS, move || {
            replace_query(&address);
        }));
    }
    if screen.embedded
        && parent_window().is_some()
        && screen.announced != Some((scenario, state.presets))
    {
        screen.announced = Some((scenario, state.presets));
        post_change(&scenario, state.presets, &outcome, &decide(&scenario));
    }
    schedule_draw(screen);
}

/// Brings the page's pickers up to the state in place (a select written again would lose
/// the focus), when what they show changed.
fn update_pickers(screen: &mut Screen) {
    let state = screen.state;
    let scenario = state.scenario;
    let modified = Side::ALL.map(|side| state.is_modified(side));
    let shown = (
        state.presets,
        modified,
        scenario.ai_mode,
        scenario.lease_power_passthrough,
    );
    if screen.pickers_shown == Some(shown) {
        return;
    }
    screen.pickers_shown = Some(shown);
    let root = &screen.root;
    for (side, modified) in Side::ALL.into_iter().zip(modified) {
        let key = side.key();
        let Some(select) = by_testid(root, &format!("preset-{key}"))
            .and_then(|element| element.dyn_into::<HtmlSelectElement>().ok())
        else {
            continue;
        };
        let preset = state.presets.get(side);
        let _ = select.set_attribute("data-modified", &modified.to_string());
        if let Ok(options) = select.query_selector_all("option") {
            for index in 0..options.length() {
                let Some(option) = options
                    .item(index)
                    .and_then(|node| node.dyn_into::<Element>().ok())
                else {
                    continue;
                };
                let value = option.get_attribute("value").unwrap_or_default();
                let words = match Preset::from_id(&value) {
                    Some(choice) => option_words(choice, preset == Some(choice) && modified),
                    None => no_preset_words(side, preset, modified).to_owned(),
                };
                if option.text_content().as_deref() != Some(words.as_str()) {
                    option.set_text_content(Some(&words));
                }
            }
        }
        select.set_value(preset.map_or("", Preset::id));
        if let Some(slot) = select
            .parent_element()
            .and_then(|picker| picker.query_selector(".reapply-slot").ok().flatten())
        {
            let reapply = preset
                .filter(|_| modified)
                .map(|chosen| markup::reapply_html(side, chosen))
                .unwrap_or_default();
            slot.set_inner_html(&reapply);
        }
        if let Some(hint) = by_testid(root, &format!("preset-hint-{key}")) {
            hint.set_text_content(Some(picker_hint(side, preset)));
        }
    }
    // The pass-through's checkbox is there for a lease only.
    let checkbox = by_testid(root, "passthru");
    match (scenario.ai_mode, checkbox) {
        (AiMode::HpcLease, Some(checkbox)) => {
            if let Some(checkbox) = checkbox.dyn_ref::<HtmlInputElement>() {
                checkbox.set_checked(scenario.lease_power_passthrough);
            }
        }
        (AiMode::HpcLease, None) => {
            if let Some(choices) = root
                .query_selector("section.controls .choices")
                .ok()
                .flatten()
            {
                let _ = choices.insert_adjacent_html(
                    "afterend",
                    &markup::passthrough_html(
                        &screen.id.prefix(),
                        scenario.lease_power_passthrough,
                        "",
                    ),
                );
            }
        }
        (AiMode::GpuCloud, Some(checkbox)) => {
            if let Some(block) = checkbox.closest("div").ok().flatten() {
                block.remove();
            }
        }
        (AiMode::GpuCloud, None) => {}
    }
}

/// Draws the chart in the next frame, with the state of then.
pub(super) fn schedule_draw(screen: &mut Screen) {
    if screen.frame.is_some() {
        return;
    }
    let id = screen.id;
    screen.frame = Some(request_animation_frame(move |_| {
        with_screen(id, |screen| {
            screen.frame = None;
            let canvas = &screen.canvas;
            let size = (canvas.client_width(), canvas.client_height());
            if size.0 <= 0 || size.1 <= 0 {
                return;
            }
            let ratio = web_sys::window().map_or(1.0, |window| window.device_pixel_ratio());
            let data = chart_data(&screen.state.scenario, screen.axis);
            // size: today's chart alone: through `Drawing`, every chart's drawing came into
            // this module (measured: 7.6 KB of its gzip).
            let drawn = draw_on_canvas(
                canvas,
                (size.0 as u32, size.1 as u32),
                ratio,
                |backend, style| draw(backend, &data, style).map_err(|error| error.to_string()),
            );
            if let Err(reason) = drawn {
                web_sys::console::warn_1(&format!("The chart could not be drawn: {reason}").into());
            }
        });
    }));
}
