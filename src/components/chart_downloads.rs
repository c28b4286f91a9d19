//! A chart's downloads: PNG (the canvas' drawing at twice its size) and SVG (the same drawing
//! on the project's SVG backend), each framed with its title above and its source below.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::browser::{download_blob, download_text, site_url_with};
use crate::chart::canvas::{canvas_style, sized_backend, Surface};
use crate::chart::{draw_framed, framed_size, Drawing, Framing, Mark, Svg};
use crate::components::source_text;
use crate::csv::{download_name, scenario_line};
use crate::model::decide;
use crate::newsroom::NewsroomWords;
use crate::protocol::parent_window;
use crate::state::Calculator;
use crate::state::View;
use crate::url_state::pinned_query;
use crate::words::decision::{conditions_sentence, decision_sentence, outlook_sentence};

thread_local! {
    /// The calculator as the full page shows it, which a chart's downloads describe in
    /// their frame: set by the page as it renders ([`show`]), read at a click; `None`
    /// where no page is shown (a widget that `mount()` renders), whose charts offer no
    /// downloads. Not a yew context: a provider around the page compares the page's whole
    /// virtual DOM on every input, which measured, in the years view at 4x CPU throttle,
    /// 39 ms from a slider's input to the redrawn chart against 16 ms without (`make bench`).
    static SHOWN: Cell<Option<Calculator>> = const { Cell::new(None) };
    /// The embed's newsroom words, which its downloads repeat; none on the page.
    static WORDS: RefCell<Rc<NewsroomWords>> = RefCell::default();
}

/// Tells the charts' downloads the calculator the page shows, and its newsroom's words.
pub fn show(state: Calculator, words: Rc<NewsroomWords>) {
    SHOWN.set(Some(state));
    WORDS.set(words);
}

/// The PNG's pixels per CSS pixel of the chart: twice, sharp in print and on most
/// high-density screens.
const PNG_SCALE: f64 = 2.0;

#[derive(Clone, Copy)]
enum Format {
    Png,
    Svg,
}

/// What a chart's downloads need of it.
pub struct ChartToSave<'a> {
    /// What the chart draws.
    pub drawing: &'a Rc<Drawing>,
    /// The chart's title.
    pub title: &'a AttrValue,
    /// How to read the chart, as the page says below it.
    pub subtitle: &'a AttrValue,
    /// The legend the page shows above the chart, which the frame repeats.
    pub legend: &'a [(Mark, String)],
    /// The canvas on screen: its size and its colours are the download's.
    pub canvas: &'a NodeRef,
    /// The canvas' test id; the buttons' add `-png` and `-svg`.
    pub testid: &'a AttrValue,
}

/// What a click saves: the chart, its frame's words, the address the SVG keeps and the
/// file's name.
struct Saved {
    drawing: Rc<Drawing>,
    /// The file's accessible name: the chart's title, after a newsroom's.
    label: String,
    title: String,
    subtitle: String,
    legend: Vec<(Mark, String)>,
    notes: Vec<String>,
    credit: String,
    address: String,
    file_name: String,
}

impl Saved {
    fn frame(&self) -> Framing<'_> {
        Framing {
            title: &self.title,
            subtitle: &self.subtitle,
            legend: &self.legend,
            notes: &self.notes,
            credit: &self.credit,
        }
    }
}

/// Buttons that download the chart as PNG or SVG, framed with words that describe the
/// calculator the page shows at the click, and why the last one failed (`failure`, cleared
/// by one that works; in a frame, a note that the host may block downloads); nothing where
/// no page is shown. size: a plain function of the chart's canvas component: a component
/// of its own would compile yew's component machinery once more, which measured 0.6 KB of
/// gzip.
pub fn chart_downloads(chart: ChartToSave, failure: &UseStateHandle<Option<String>>) -> Html {
    if SHOWN.get().is_none() {
        return Html::default();
    }
    let button = |format: Format, words: &'static str, name: &'static str| {
        let testid = format!("{}-{name}", chart.testid);
        let label = format!(
            "Download the chart \u{201c}{}\u{201d} as {words}",
            chart.title
        );
        let (drawing, title, subtitle, legend) = (
            chart.drawing.clone(),
            chart.title.clone(),
            chart.subtitle.clone(),
            chart.legend.to_vec(),
        );
        let (canvas, failure) = (chart.canvas.clone(), failure.setter());
        // The frame is written when asked for, from the calculator as it is then.
        let onclick = Callback::from(move |_: MouseEvent| {
            let Some(state) = SHOWN.get() else {
                return;
            };
            // A newsroom's title is the download's, over the chart's title and how to
            // read it; its notes follow the scenario, its credit comes before the source.
            let words = WORDS.with_borrow(Rc::clone);
            let (shown_title, shown_subtitle, label) = if words.title.is_empty() {
                (title.to_string(), subtitle.to_string(), title.to_string())
            } else {
                let subtitle = [title.as_str(), subtitle.as_str()]
                    .iter()
                    .filter(|part| !part.is_empty())
                    .map(|part| part.trim_end_matches('.'))
                    .collect::<Vec<_>>()
                    .join(". ");
                (
                    words.title.clone(),
                    format!("{subtitle}."),
                    format!("{}: {title}", words.title),
                )
            };
            let saved = Saved {
                drawing: drawing.clone(),
                label,
                title: shown_title,
                subtitle: shown_subtitle,
                legend: legend.clone(),
                notes: std::iter::once(scenario_line(&state.scenario))
                    .chain(years_notes(&state))
                    .chain((!words.notes.is_empty()).then(|| words.notes.clone()))
                    .collect(),
                credit: words.credited(&format!("{} {}", source_text(&state), site_address())),
                address: site_url_with(&pinned_query(&state)),
                file_name: download_name(
                    Some((&title, state.view.key())),
                    &state.scenario,
                    state.presets,
                    state.data_as_of(),
                    name,
                ),
            };
            let offered = match canvas.cast::<HtmlCanvasElement>() {
                Some(canvas) => match format {
                    Format::Png => offer_png(&canvas, &saved, failure.clone()),
                    Format::Svg => offer_svg(&canvas, &saved),
                },
                None => Err("the chart is not on the page".to_owned()),
            };
            failure.set(match offered {
                Err(reason) => Some(format!("The chart could not be saved: {reason}")),
                Ok(()) if parent_window().is_some() => Some(FRAMED_NOTE.to_owned()),
                Ok(()) => None,
            });
        });
        html! {
            <button type="button" data-testid={testid} aria-label={label} {onclick}>
                { words }
            </button>
        }
    };
    html! {
        <div class="chart-downloads">
            <span aria-hidden="true">{ "Download:" }</span>
            { button(Format::Png, "PNG", "png") }
            { button(Format::Svg, "SVG", "svg") }
            if let Some(message) = &**failure {
                // A failure is an alert; the note after a download in a frame, a status.
                <p class="message" role={if message == FRAMED_NOTE { "status" } else { "alert" }}>
                    { message.clone() }
                </p>
            }
        </div>
    }
}

/// What an embed says once it has offered a file: a page can embed it in a frame that may
/// not download (an iframe sandbox without `allow-downloads`), which the frame cannot tell.
const FRAMED_NOTE: &str = "If no file appeared, the page around this calculator blocks downloads: \"Open in full calculator\" below has them.";

/// The canvas' size in CSS pixels; an error when it is not shown.
fn shown_size(canvas: &HtmlCanvasElement) -> Result<(u32, u32), String> {
    let (width, height) = (canvas.client_width(), canvas.client_height());
    if width > 0 && height > 0 {
        Ok((width as u32, height as u32))
    } else {
        Err("the chart is not shown".to_owned())
    }
}

/// Draws the chart in its frame on a canvas of its own at [`PNG_SCALE`] and offers it
/// once the browser has encoded it; a failure then goes to `failure`.
fn offer_png(
    canvas: &HtmlCanvasElement,
    saved: &Saved,
    failure: UseStateSetter<Option<String>>,
) -> Result<(), String> {
    let style = canvas_style(canvas, PNG_SCALE)?;
    let size = framed_size(shown_size(canvas)?, &saved.frame(), &style);
    let image: HtmlCanvasElement = canvas
        .owner_document()
        .and_then(|document| document.create_element("canvas").ok())
        .ok_or_else(|| "the page cannot make a canvas".to_owned())?
        .unchecked_into();
    let mut surface = Surface::Canvas(sized_backend(&image, size, PNG_SCALE)?);
    draw_framed(&mut surface, &saved.drawing, &style, &saved.frame())?;
    let file_name = saved.file_name.clone();
    let encoded = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        let offered = match blob {
            Some(blob) => download_blob(&file_name, &blob)
                .map_err(|_| "the browser refused the file".to_owned()),
            None => Err("the browser could not encode the image".to_owned()),
        };
        if let Err(reason) = offered {
            failure.set(Some(format!("The chart could not be saved: {reason}")));
        }
    });
    image
        .to_blob(encoded.unchecked_ref())
        .map_err(|_| "the browser refused to encode the image".to_owned())
}

/// Draws the chart in its frame as SVG, in the canvas' colours, with the scenario's address
/// in its metadata, and offers it.
fn offer_svg(canvas: &HtmlCanvasElement, saved: &Saved) -> Result<(), String> {
    let style = canvas_style(canvas, 1.0)?;
    let size = framed_size(shown_size(canvas)?, &saved.frame(), &style);
    let mut svg = Svg::new(size);
    svg.keep(&format!(
        "{} {} {}",
        saved.notes.join(" "),
        saved.credit,
        saved.address
    ));
    let mut surface = Surface::Svg(svg);
    draw_framed(&mut surface, &saved.drawing, &style, &saved.frame())?;
    match surface {
        Surface::Svg(svg) => {
            download_text(&saved.file_name, "image/svg+xml", &svg.finish(&saved.label))
                .map_err(|_| "the browser refused the file".to_owned())
        }
        Surface::Canvas(_) => Err("the drawing is not SVG".to_owned()),
    }
}

/// What a chart of the years view stands on beyond the scenario's line: the answer with
/// the rates, the hall and the deal it assumes, and the outlook for Bitcoin; nothing for
/// today's view, whose charts count no capital.
fn years_notes(state: &Calculator) -> Option<String> {
    (state.view == View::Years).then(|| {
        format!(
            "{} {} {}",
            decision_sentence(&decide(&state.scenario)),
            conditions_sentence(&state.scenario),
            outlook_sentence(&state.scenario)
        )
    })
}

/// The site's address, short, as a printed source names it: "example.org/mining-vs-ai/".
fn site_address() -> String {
    let address = site_url_with("");
    address
        .split_once("://")
        .map_or(address.as_str(), |(_, rest)| rest)
        .trim_end_matches('?')
        .to_owned()
}
