//! The first screen, without the framework: the module a page loads first. It brings the
//! static shell the build wrote (the page's or the widget's, or the widget's in a host
//! page's element, by `widget.js`'s `mount()`) to life: the main controls, the page's
//! pickers, the headline and today's chart answer every input, and the address follows.
//! What the shell does not show (the years view, More, the map and the tornado, the
//! downloads) is the full calculator's, which [`rest`] loads when the reader asks for it, or
//! in the background, and hands the reader's state to.
//!
//! Why not the full calculator from the start: its module is about 190 KB of gzip, most of
//! it the framework and the parts a reader of an article rarely opens; this one answers
//! the first slider with about half the bytes (`make bench` gives both).

pub mod markup;
mod rest;

use std::cell::RefCell;

use gloo_events::EventListener;
use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Document, Element, HtmlCanvasElement, HtmlElement, HtmlInputElement, HtmlSelectElement,
};

use crate::browser::{media_matches, page_query, replace_query, site_url_with};
use crate::chart::canvas::draw_on_canvas;
use crate::chart::{chart_data, comparison_title, describe, draw, scenario_legend};
use crate::components::ai_mode_choice::AI_MODE_OPTIONS;
use crate::components::headline::ANSWER_UNFOLDED_MEDIA;
use crate::components::number_control::{applied_message, read_typed, Typed, TYPING_PAUSE_MS};
use crate::components::preset_picker::{chosen_preset, no_preset_words, option_words, picker_hint};
use crate::components::source_text;
use crate::format::{count, with_unit};
use crate::model::decision::{horizon_years, npvs};
use crate::model::{
    compute, decide, AiMode, ChosenPresets, Input, Preset, Scenario, Side, SweepAxis,
};
use crate::newsroom::NewsroomWords;
use crate::number_text::{grouped, number_text, parse_finite};
use crate::protocol::{
    calculator_from_config, listen_for_set, newsroom_of_config, parent_window, post_change,
    post_height,
};
use crate::state::{Action, Calculator, View};
use crate::url_state::{self, FrontControls, MAIN_INPUTS};
use crate::words::decision::{assumed_sentence, verdict_sentence};
use crate::words::today::{breakeven_sentence, comparison_sentence, margins_sentence};

pub use rest::Intent;

/// How long the address waits for the next change before it is rewritten, as in the full
/// calculator (`use_url_sync`): browsers limit how often a page may rewrite it.
const ADDRESS_PAUSE_MS: u32 = 250;

/// Which shell the page has.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Layout {
    /// The standalone page (`index.html`).
    Page,
    /// The widget that articles embed (`embed/index.html`).
    Widget,
}

/// One of the screens this module runs: the page's, or a widget that `mount()` added.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenId(usize);

impl ScreenId {
    /// What the screen's element ids and radio names start with: its own, since a host
    /// page may mount several widgets.
    fn prefix(self) -> String {
        format!("first{}", self.0)
    }
}

/// The first screen's state and the elements it writes to.
struct Screen {
    id: ScreenId,
    layout: Layout,
    /// Whether a host page's script mounted it (`mount()`): it leaves the page's address
    /// and messages alone, and its root's parent is the element it added.
    mounted: bool,
    /// What the reader asked for while the rest was loading, done once it has.
    asked: Option<Intent>,
    document: Document,
    /// The shell's `<main>`.
    root: Element,
    /// What the address opened on: the widget's Reset returns to it.
    opened: Calculator,
    state: Calculator,
    axis: SweepAxis,
    /// Whether the page is an embed (the widget, or the page with `embed=1`): it keeps
    /// `embed=1` and its options in its address, and talks to its host.
    embedded: bool,
    /// The embed's options from its address (theme, background, front controls, Pym.js's
    /// id).
    embed_options: String,
    /// The rewrite of the address waiting for the changes to pause.
    address: Option<Timeout>,
    front: FrontControls,
    /// A newsroom's words on the widget (its address's, or its config's).
    words: NewsroomWords,
    canvas: HtmlCanvasElement,
    /// The frame that redraws the chart, once per frame however many inputs come.
    frame: Option<AnimationFrame>,
    /// A typed entry waiting for a pause, and its input.
    typing: Option<(Input, Timeout)>,
    /// What the host page was last told, so that a `set` of the same scenario announces
    /// nothing.
    announced: Option<(Scenario, ChosenPresets)>,
    /// What the page's pickers show: the presets, whether each side moved, the AI mode and
    /// the pass-through (they are brought up to date only when it changes).
    pickers_shown: Option<(ChosenPresets, [bool; 3], AiMode, bool)>,
    /// Whether a pointer is down on the screen (a slider being dragged): the hand-over that
    /// nobody asked for waits until it is up.
    pointer_down: bool,
    /// Every listener of the screen: dropped, with the screen, at the hand-over.
    listeners: Vec<EventListener>,
    observer: Option<(
        web_sys::ResizeObserver,
        wasm_bindgen::closure::Closure<dyn FnMut()>,
    )>,
}

/// What became of a screen.
enum Slot {
    /// Still this module's.
    First(Box<Screen>),
    /// Handed over to the full calculator: for a mounted widget, the full module's handle,
    /// which `destroy()` calls (undefined for the page's, or if the hand-over failed), and
    /// the element the screen was in, which `destroy()` removes all the same.
    Full(JsValue, Element),
    /// Destroyed.
    Gone,
}

thread_local! {
    /// Every screen started, by [`ScreenId`].
    static SCREENS: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

/// Runs `change` on the screen `id`, if it is still this module's.
fn with_screen<R>(id: ScreenId, change: impl FnOnce(&mut Screen) -> R) -> Option<R> {
    SCREENS.with(|screens| match screens.borrow_mut().get_mut(id.0) {
        Some(Slot::First(screen)) => Some(change(screen)),
        _ => None,
    })
}

/// The screens still this module's.
fn first_screens() -> Vec<ScreenId> {
    SCREENS.with(|screens| {
        screens
            .borrow()
            .iter()
            .enumerate()
            .filter(|(_, slot)| matches!(slot, Slot::First(_)))
            .map(|(index, _)| ScreenId(index))
            .collect()
    })
}

/// The next screen's id.
fn next_id() -> ScreenId {
    SCREENS.with(|screens| ScreenId(screens.borrow().len()))
}

/// Starts the first screen on the page's shell; does nothing on a page without one.
pub fn start() {
    crate::panic::install_hook();
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(root) = document.query_selector("#app > main.shell").ok().flatten() else {
        return;
    };
    let layout = if root.class_list().contains("compact") {
        Layout::Widget
    } else {
        Layout::Page
    };
    let query = page_query();
    let (scenario, presets) = url_state::decode(&query);
    let opened = Calculator {
        view: url_state::view_of(&query),
        map_y: url_state::map_y_of(&query),
        ..Calculator::new(scenario, presets)
    };
    let front = match layout {
        Layout::Widget => url_state::front_controls_of(&query),
        Layout::Page => FrontControls::default(),
    };
    let embedded = layout == Layout::Widget || url_state::is_embed(&query);
    if let Some(html) = document.document_element() {
        let _ = html.remove_attribute("data-scenario");
    }
    let words = match layout {
        Layout::Widget => NewsroomWords::of_query(&query),
        Layout::Page => NewsroomWords::default(),
    };
    begin(
        root,
        Opening {
            layout,
            opened,
            front,
            words,
            page: Some(PagePart {
                embedded,
                embed_options: url_state::embed_options(&query),
            }),
        },
    );
}

/// Starts the widget's first screen in `element` (a host page's `mount()`), from `shell`, the
/// widget's static shell (its page's `#app`), with the scenario and view of `config` (as
/// the full module's `mount()` reads them); the rest loads with `import_rest`, which
/// imports the full module's glue, its address followed by the suffix it is given.
pub fn mount(
    element: &Element,
    config: &JsValue,
    shell: &str,
    import_rest: js_sys::Function,
) -> Result<ScreenId, String> {
    let opened = calculator_from_config(config)?;
    crate::panic::install_hook();
    let container = element
        .owner_document()
        .and_then(|document| document.create_element("div").ok())
        .ok_or("mount(element, config): element is not in a document")?;
    container.set_inner_html(shell);
    let root = container
        .query_selector("main.shell")
        .ok()
        .flatten()
        .ok_or("mount(element, config): the widget's page has no shell")?;
    // A mounted widget leaves links and downloads to its host page, as the full module's
    // does.
    for selector in ["[data-testid=\"open-full\"]", ".chart-downloads"] {
        if let Some(element) = root.query_selector(selector).ok().flatten() {
            element.remove();
        }
    }
    element
        .append_child(&container)
        .map_err(|_| "mount(element, config): cannot add the widget to element")?;
    rest::import_with(import_rest);
    let opening = Opening {
        layout: Layout::Widget,
        opened,
        front: FrontControls::default(),
        words: newsroom_of_config(config),
        page: None,
    };
    begin(root, opening).ok_or_else(|| {
        container.remove();
        "mount(element, config): the widget's page has no chart".to_owned()
    })
}

/// Removes the widget `mount()` started as `id`, or the full calculator that took it over,
/// and everything they added to the page. Calling it again does nothing.
pub fn destroy(id: ScreenId) {
    let slot = SCREENS.with(|screens| {
        screens
            .borrow_mut()
            .get_mut(id.0)
            .map(|slot| std::mem::replace(slot, Slot::Gone))
    });
    match slot {
        Some(Slot::First(screen)) => {
            if let Some((observer, _)) = &screen.observer {
                observer.disconnect();
            }
            if let Some(container) = screen.root.parent_element() {
                container.remove();
            }
        }
        Some(Slot::Full(handle, container)) => {
            let destroy = Reflect::get(&handle, &"destroy".into())
                .ok()
                .and_then(|destroy| destroy.dyn_into::<js_sys::Function>().ok());
            if let Some(destroy) = destroy {
                let _ = destroy.call0(&handle);
            }
            container.remove();
        }
        Some(Slot::Gone) | None => {}
    }
}

/// What a screen opens on.
struct Opening {
    layout: Layout,
    /// The scenario, view and map axis.
    opened: Calculator,
    /// The controls in front of the widget's More.
    front: FrontControls,
    /// A newsroom's words on the widget.
    words: NewsroomWords,
    /// The address's part, for a screen of the page's own; none for a mounted widget.
    page: Option<PagePart>,
}

/// What a screen of the page's own takes from its address.
#[derive(Default)]
struct PagePart {
    /// Whether the page is an embed.
    embedded: bool,
    /// The embed's options, which its address keeps.
    embed_options: String,
}

/// Brings the shell `root` to life as `opening` says. None if the shell has no chart.
fn begin(root: Element, opening: Opening) -> Option<ScreenId> {
    let Opening {
        layout,
        opened,
        front,
        words,
        page,
    } = opening;
    let id = next_id();
    let document = root.owner_document()?;
    let canvas = chart_canvas(&document, &root)?;
    let mounted = page.is_none();
    let PagePart {
        embedded,
        embed_options,
    } = page.unwrap_or_default();
    let mut screen = Screen {
        id,
        layout,
        mounted,
        asked: None,
        document,
        root,
        opened,
        state: opened,
        axis: SweepAxis::BtcPrice,
        embedded,
        embed_options,
        address: None,
        front,
        words,
        canvas,
        frame: None,
        typing: None,
        announced: None,
        pickers_shown: None,
        pointer_down: false,
        listeners: Vec::new(),
        observer: None,
    };
    build_controls(&mut screen);
    write_newsroom_words(&screen);
    if let Some(fold) = by_testid(&screen.root, "answer-more") {
        let _ = fold.toggle_attribute_with_force("open", media_matches(ANSWER_UNFOLDED_MEDIA));
    }
    add_status_line(&screen);
    listen(&mut screen);
    show(&mut screen);
    // The shell is now the calculator: undimmed, and no longer busy.
    let _ = screen.root.class_list().remove_1("shell");
    let _ = screen.root.remove_attribute("aria-busy");
    let asks_for_years = screen.opened.view == View::Years;
    SCREENS.with(|screens| screens.borrow_mut().push(Slot::First(Box::new(screen))));
    if asks_for_years {
        rest::ask(id, Intent::OpenedOnYears);
    } else {
        rest::prefetch_when_idle(id, layout);
    }
    Some(id)
}

/// Writes a newsroom's title and notes over the shell's, as the full calculator shows them.
fn write_newsroom_words(screen: &Screen) {
    let words = &screen.words;
    if let Some(title) = screen.root.query_selector(".embed-title").ok().flatten() {
        if !words.title.is_empty() {
            title.set_text_content(Some(&words.title));
        }
    }
    if let Some(notes) = by_testid(&screen.root, "newsroom-notes") {
        notes.set_text_content(Some(&words.notes));
        let _ = notes.toggle_attribute_with_force("hidden", words.notes.is_empty());
    }
}

/// Replaces the shell's chart (its prerendered SVG) with a canvas.
fn chart_canvas(document: &Document, root: &Element) -> Option<HtmlCanvasElement> {
    let chart_box = root.query_selector("section.chart .canvas-box").ok()??;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.unchecked_into();
    let _ = canvas.set_attribute("role", "img");
    let _ = canvas.set_attribute("data-testid", "chart");
    chart_box.set_inner_html("");
    chart_box.append_child(&canvas).ok()?;
    Some(canvas)
}

/// Writes the controls the first screen answers in place of the shell's placeholders: the
/// main inputs (on the widget, those its address puts in front) and the widget's AI mode.
fn build_controls(screen: &mut Screen) {
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
fn by_testid(parent: &Element, testid: &str) -> Option<Element> {
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

fn write_message(screen: &Screen, input: Input, words: &str) {
    if let Some(message) = by_testid(&screen.root, &format!("message-{}", input.key())) {
        message.set_text_content(Some(words));
        let _ = message
            .class_list()
            .toggle_with_force("pending", words.starts_with("Enter or a pause"));
    }
}

/// Applies the reader's `action` and shows its result.
fn dispatch(id: ScreenId, action: Action) {
    with_screen(id, |screen| {
        screen.state = screen.state.apply(action);
        show(screen);
    });
}

/// The listeners of the shell's buttons, what the first screen leaves to the rest, the
/// chart's size and the host page's messages.
fn listen(screen: &mut Screen) {
    let id = screen.id;
    let root = screen.root.clone();
    let on = |selector: &str, event: &'static str, then: fn(ScreenId)| {
        root.query_selector(selector)
            .ok()
            .flatten()
            .map(|element| EventListener::new(&element, event, move |_| then(id)))
    };
    let listeners = [
        on("[data-testid=\"reset\"]", "click", |id| {
            with_screen(id, |screen| {
                let opened = screen.opened;
                screen.state = screen
                    .state
                    .apply(Action::Load(Box::new(opened.scenario), opened.presets));
                screen.typing = None;
                for input in MAIN_INPUTS {
                    write_message(screen, input, "");
                }
                show(screen);
            });
        }),
        on("[data-testid=\"axis-btc\"]", "click", |id| {
            set_axis(id, SweepAxis::BtcPrice)
        }),
        on("[data-testid=\"axis-power\"]", "click", |id| {
            set_axis(id, SweepAxis::PowerPrice);
        }),
        on("[data-testid=\"view-years\"]", "click", |id| {
            rest::ask(id, Intent::Years)
        }),
        on("[data-testid=\"more\"] > summary", "click", |id| {
            rest::ask(id, Intent::More)
        }),
        on(
            "section.chart details.data-table > summary",
            "click",
            |id| {
                rest::ask(id, Intent::DataTable);
            },
        ),
        on("[data-testid=\"chart-png\"]", "click", |id| {
            rest::ask(id, Intent::DownloadPng)
        }),
        on("[data-testid=\"chart-svg\"]", "click", |id| {
            rest::ask(id, Intent::DownloadSvg)
        }),
        on("[data-testid=\"load-rest\"]", "click", |id| {
            rest::ask(id, Intent::Everything)
        }),
    ];
    screen.listeners.extend(listeners.into_iter().flatten());
    // The summaries open what the rest will fill: kept closed until it does.
    for selector in [
        "[data-testid=\"more\"] > summary",
        "section.chart details.data-table > summary",
    ] {
        if let Some(summary) = root.query_selector(selector).ok().flatten() {
            screen.listeners.push(EventListener::new_with_options(
                &summary,
                "click",
                gloo_events::EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            ));
        }
    }
    screen
        .listeners
        .push(EventListener::new(&root, "pointerdown", move |_| {
            with_screen(id, |screen| screen.pointer_down = true);
        }));
    if let Some(window) = web_sys::window() {
        for event in ["pointerup", "pointercancel"] {
            screen
                .listeners
                .push(EventListener::new(&window, event, move |_| {
                    with_screen(id, |screen| screen.pointer_down = false);
                }));
        }
    }
    // The shell's buttons were inert until now.
    if let Ok(buttons) = root.query_selector_all("button[disabled]") {
        for index in 0..buttons.length() {
            if let Some(button) = buttons
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            {
                let _ = button.remove_attribute("disabled");
            }
        }
    }
    // The chart follows its box's size.
    let on_resize = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        with_screen(id, |screen| {
            schedule_draw(screen);
            post_embed_height(screen);
        });
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(chart_box) = screen.canvas.parent_element() {
            observer.observe(&chart_box);
        }
        observer.observe(&screen.root);
        screen.observer = Some((observer, on_resize));
    }
    // A mounted widget's host page talks to it through its script, not messages.
    if !screen.mounted {
        if let Some(listener) = listen_for_set(move |(scenario, presets)| {
            dispatch(id, Action::Load(Box::new(scenario), presets));
        }) {
            screen.listeners.push(listener);
        }
    }
}

fn set_axis(id: ScreenId, axis: SweepAxis) {
    with_screen(id, |screen| {
        screen.axis = axis;
        show(screen);
    });
}

/// Tells the host page the embed's height, as the full calculator does.
fn post_embed_height(screen: &Screen) {
    if screen.embedded {
        let height = screen.root.get_bounding_client_rect().height().ceil();
        post_height(
            height,
            url_state::pym_child_id(&screen.embed_options).as_deref(),
        );
    }
}

/// Shows the state: the headline, the chart, the controls' values, the links and the
/// address, and tells a host page what changed.
fn show(screen: &mut Screen) {
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
fn schedule_draw(screen: &mut Screen) {
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

/// Whether the reader is in the middle of something a hand-over would interrupt: a drag,
/// a typed entry not applied yet, or a control's message about one (the full calculator
/// starts without it), until the next change clears it.
fn busy(id: ScreenId) -> bool {
    with_screen(id, |screen| {
        let message_shown = screen
            .root
            .query_selector_all(".control .message")
            .ok()
            .is_some_and(|messages| {
                (0..messages.length()).any(|index| {
                    messages
                        .item(index)
                        .and_then(|message| message.text_content())
                        .is_some_and(|text| !text.is_empty())
                })
            });
        screen.pointer_down || screen.typing.is_some() || message_shown
    })
    .unwrap_or(false)
}

/// What the full calculator takes over from the screen `id`, which this ends (its
/// listeners go, and nothing it scheduled runs): its layout, what it opened on, the
/// reader's state, the chart's axis, and the element the calculator goes into.
struct HandOver {
    layout: Layout,
    words: String,
    opened: Calculator,
    current: Calculator,
    axis: SweepAxis,
    app: Element,
}

fn hand_over(id: ScreenId) -> Option<HandOver> {
    SCREENS.with(|screens| {
        let mut screens = screens.borrow_mut();
        let slot = screens.get_mut(id.0)?;
        let app = match slot {
            Slot::First(screen) => screen.root.parent_element()?,
            _ => return None,
        };
        let Slot::First(screen) =
            std::mem::replace(slot, Slot::Full(JsValue::UNDEFINED, app.clone()))
        else {
            return None;
        };
        if let Some((observer, _)) = &screen.observer {
            observer.disconnect();
        }
        Some(HandOver {
            layout: screen.layout,
            words: screen.words.query(),
            opened: screen.opened,
            current: screen.state,
            axis: screen.axis,
            app,
        })
    })
}

/// Keeps `handle`, the full module's widget that took over the screen `id`, for
/// [`destroy`].
fn keep_handle(id: ScreenId, handle: JsValue) {
    SCREENS.with(|screens| {
        if let Some(Slot::Full(kept, _)) = screens.borrow_mut().get_mut(id.0) {
            *kept = handle;
        }
    });
}

/// Adds the first screen's status line, empty, before the footer: a live region must be in
/// the page before its words change for a screen reader to read them.
fn add_status_line(screen: &Screen) {
    let Ok(status) = screen.document.create_element("p") else {
        return;
    };
    let _ = status.set_attribute("class", "note rest-status");
    let _ = status.set_attribute("role", "status");
    let _ = status.set_attribute("data-testid", "rest-status");
    let footer = screen.root.query_selector("footer").ok().flatten();
    let _ = screen
        .root
        .insert_before(&status, footer.as_ref().map(|footer| footer.as_ref()));
}

/// Shows `words` in the first screen's status line (the rest loading, or failing to), with
/// a link to the full calculator when `link`.
fn set_status(id: ScreenId, words: &str, link: bool) {
    with_screen(id, |screen| {
        let Some(status) = by_testid(&screen.root, "rest-status") else {
            return;
        };
        status.set_text_content(Some(words));
        // A mounted widget's host page is not the calculator's.
        if link && !screen.mounted {
            let pinned = url_state::pinned_query(&screen.state);
            if let Ok(anchor) = screen.document.create_element("a") {
                let _ = anchor.set_attribute("href", &site_url_with(&pinned));
                let _ = anchor.set_attribute("target", "_blank");
                let _ = anchor.set_attribute("rel", "noopener");
                anchor.set_text_content(Some("Open the full calculator"));
                let _ = status.append_child(&anchor);
            }
        }
    });
}
