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
//!
//! This file holds the screens, their start, end and listeners, and the hand-over to the
//! full calculator; the controls are `controls.rs`, showing the state `show.rs`, the
//! shell's markup shared with the build `markup.rs`, loading the rest `rest.rs`.

mod controls;
pub mod markup;
mod rest;
mod show;

use controls::{build_controls, by_testid, write_message};
use show::{schedule_draw, show};

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
