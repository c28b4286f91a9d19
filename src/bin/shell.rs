//! Writes what the static shells show before the wasm has loaded, for the default scenario,
//! with the same Rust code the app runs: the build (`scripts/post-build.mjs`) puts it into
//! `index.html` and `embed/index.html`, so that the answer and its chart are on screen as
//! soon as the HTML is, and without JavaScript.
//!
//!   cargo run --bin shell -- <what>
//!
//! where `<what>` is, as HTML (its text escaped), `title` (the chart's title), `sentence`
//! (the headline's first sentence, the answer that counts capital and time), `today` (its
//! second, today's margin gap), `margins` (the margins behind it, which the page folds
//! under the answer with the break-even sentence), `breakeven` (that break-even sentence),
//! `figures` (the figures behind them, as the page's `<dl>` lists them), `pickers` (the
//! page's pickers, inert until the first screen starts), `default-query` (the query
//! string of the default scenario's pinned address, which the pages' script that dims the
//! shell for another scenario compares an address's with: `scripts/first-paint.mjs`), `now` (the legend's entry for today's BTC price), `page-chart` or
//! `widget-chart` (the chart at each layout's sizes, one SVG per size, with the page's
//! colour properties so that either theme shows it). With the `preview` feature,
//! `preview-png <file.png> <font.ttf>` renders the link preview image: the title and the
//! chart, 1200 x 630 pixels, with the Rust SVG rasterizer resvg and the font given.

use std::process::ExitCode;

use mining_vs_ai::chart::style::COLOR_PROPERTIES;
use mining_vs_ai::chart::svg::escaped;
use mining_vs_ai::chart::{
    chart_data, comparison_title, crossing_label, describe, draw, scenario_legend, ChartData,
    ChartStyle, Rgb, Svg,
};
use mining_vs_ai::first_screen::markup::{figures_html, pickers_html};
use mining_vs_ai::model::decision::npvs;
use mining_vs_ai::model::{compute, ChosenPresets, Scenario, SweepAxis};
use mining_vs_ai::state::Calculator;
use mining_vs_ai::url_state::encode_pinned;
use mining_vs_ai::words::decision::{verdict_sentence, verdict_title};
use mining_vs_ai::words::today::{breakeven_sentence, comparison_sentence, margins_sentence};

/// The stylesheet the pages load: the chart's colours, by their custom properties.
const STYLESHEET: &str = include_str!("../../static/style.css");

/// The page's chart boxes in CSS pixels, as its stylesheet sizes them: 5:3 up to 400 px
/// tall beside the controls (`shell-wide`), 1:1 on a phone (`shell-narrow`).
const PAGE_SIZES: &[((u32, u32), &str)] =
    &[((736, 400), "shell-wide"), ((296, 296), "shell-narrow")];
/// The widget's: 336 x 200 on a 360 px phone, where most readers of an article are; the
/// same drawing fills the middle of the 5:2 box of wider embeds for the moment the
/// calculator takes to start. One drawing rather than two: the widget's size budget had
/// room for one.
const WIDGET_SIZES: &[((u32, u32), &str)] = &[((336, 200), "")];

/// The chart's title and where its lines cross: the shell's chart's accessible name, short
/// because the widget's size budget counts it and the headline beside it has the figures.
fn short_description(data: &ChartData) -> String {
    match data.crossover {
        Some(crossing) => format!(
            "{}. {}.",
            comparison_title(data.axis),
            crossing_label(data.axis, crossing.x)
        ),
        None => format!("{}.", comparison_title(data.axis)),
    }
}

/// The chart of `scenario` at each of `sizes`, each SVG with the class its width calls for,
/// if any.
fn charts(scenario: &Scenario, sizes: &[((u32, u32), &str)]) -> Result<String, String> {
    let data = chart_data(scenario, SweepAxis::BtcPrice);
    let style = ChartStyle::from_stylesheet(STYLESHEET, false, 1.0)
        .ok_or("the stylesheet lacks a chart colour")?;
    let mut html = String::new();
    for &(size, class) in sizes {
        let mut svg = Svg::new(size);
        draw(&mut svg, &data, &style).map_err(|error| format!("the chart: {error:?}"))?;
        let svg = svg.finish(&short_description(&data));
        if class.is_empty() {
            html.push_str(&svg);
        } else {
            html.push_str(&svg.replacen("<svg ", &format!("<svg class=\"{class}\" "), 1));
        }
    }
    // The light theme's colours become the properties they come from, so that the shell's
    // chart follows the page's theme as the canvas does. As presentation attributes, which
    // the pages' content security policy allows, unlike style attributes.
    for property in COLOR_PROPERTIES {
        let hex = mining_vs_ai::chart::style::stylesheet_property(STYLESHEET, property, false)
            .ok_or_else(|| format!("the stylesheet lacks {property}"))?
            .to_lowercase();
        for attribute in ["fill", "stroke"] {
            html = html.replace(
                &format!("{attribute}=\"{hex}\""),
                &format!("{attribute}=\"var({property})\""),
            );
        }
    }
    Ok(html)
}

/// The link preview's drawing, in CSS pixels; rendered at twice its size, the 1200 x 630
/// that Open Graph and Twitter cards show.
const PREVIEW_SIZE: (u32, u32) = (600, 315);
/// The chart's title in the preview, short enough to leave room for the legend beside it.
const PREVIEW_CHART_TITLE: &str = "Today's margins, before capital, by BTC price";
/// The room above the chart for the title and the chart's title.
const PREVIEW_HEAD_PX: u32 = 64;

fn hex(Rgb(red, green, blue): Rgb) -> String {
    format!("#{red:02x}{green:02x}{blue:02x}")
}

/// The link preview as SVG, in the light theme's colours: the answer over the years in a
/// title, today's chart's title and the chart of `scenario`.
fn preview_svg(scenario: &Scenario) -> Result<String, String> {
    let data = chart_data(scenario, SweepAxis::BtcPrice);
    let style = ChartStyle::from_stylesheet(STYLESHEET, false, 1.0)
        .ok_or("the stylesheet lacks a chart colour")?;
    let (width, height) = PREVIEW_SIZE;
    let chart_height = height - PREVIEW_HEAD_PX;
    let mut chart = Svg::new((width, chart_height));
    draw(&mut chart, &data, &style).map_err(|error| format!("the chart: {error:?}"))?;
    let chart = chart.finish(&describe(&data)).replacen(
        "<svg ",
        &format!("<svg y=\"{PREVIEW_HEAD_PX}\" width=\"{width}\" height=\"{chart_height}\" "),
        1,
    );
    let (background, text) = (hex(style.background), hex(style.text));
    // The legend at the right of the chart's title: a swatch and a word for each line.
    let legend: String = [(style.mining, "Bitcoin mining", 392), (style.ai, "AI", 524)]
        .into_iter()
        .map(|(color, words, x)| {
            format!(
                "<rect x=\"{x}\" y=\"46\" width=\"16\" height=\"4\" fill=\"{}\"/>\
                 <text x=\"{}\" y=\"40\" font-size=\"14\" dominant-baseline=\"text-before-edge\" fill=\"{text}\">{words}</text>",
                hex(color),
                x + 22
            )
        })
        .collect();
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\">\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{background}\"/>\
         <text x=\"16\" y=\"10\" font-size=\"22\" dominant-baseline=\"text-before-edge\" fill=\"{text}\">{}</text>\
         <text x=\"16\" y=\"40\" font-size=\"14\" dominant-baseline=\"text-before-edge\" fill=\"{text}\">{}</text>\
         {legend}{chart}</svg>",
        escaped(&verdict_title(scenario, &npvs(scenario))),
        escaped(PREVIEW_CHART_TITLE),
    ))
}

/// Renders the link preview of `scenario` to the PNG file `out`, with the font in the file
/// `font` as every sans-serif.
#[cfg(feature = "preview")]
fn preview_png(scenario: &Scenario, out: &str, font: &str) -> Result<String, String> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_font_data(std::fs::read(font).map_err(|error| format!("{font}: {error}"))?);
    let family = fonts
        .faces()
        .next()
        .and_then(|face| face.families.first())
        .map(|(name, _)| name.clone())
        .ok_or_else(|| format!("{font} holds no font"))?;
    fonts.set_sans_serif_family(family);
    let tree = usvg::Tree::from_str(&preview_svg(scenario)?, &options)
        .map_err(|error| format!("the preview's SVG: {error}"))?;
    let (width, height) = PREVIEW_SIZE;
    let mut pixmap =
        tiny_skia::Pixmap::new(width * 2, height * 2).ok_or("no room for the preview")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(2.0, 2.0),
        &mut pixmap.as_mut(),
    );
    pixmap
        .save_png(out)
        .map_err(|error| format!("{out}: {error}"))?;
    Ok(String::new())
}

#[cfg(not(feature = "preview"))]
fn preview_png(_: &Scenario, _: &str, _: &str) -> Result<String, String> {
    Err("built without the `preview` feature".to_owned())
}

fn main() -> ExitCode {
    let scenario = Scenario::default();
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let argument = |index: usize| arguments.get(index).map_or("", String::as_str);
    let written = match argument(0) {
        "title" => Ok(escaped(&comparison_title(SweepAxis::BtcPrice))),
        "preview-svg" => preview_svg(&scenario),
        "preview-png" => preview_png(&scenario, argument(1), argument(2)),
        "sentence" => Ok(escaped(&verdict_sentence(&scenario, &npvs(&scenario)))),
        "today" => Ok(escaped(&comparison_sentence(&compute(&scenario)))),
        "margins" => Ok(escaped(&margins_sentence(&compute(&scenario)))),
        "breakeven" => Ok(escaped(&breakeven_sentence(&compute(&scenario)))),
        "figures" => Ok(figures_html(&compute(&scenario))),
        "default-query" => Ok(encode_pinned(&scenario, ChosenPresets::default())),
        "now" => Ok(escaped(&scenario_legend(
            SweepAxis::BtcPrice,
            scenario.btc_price_usd
        ))),
        "pickers" => Ok(pickers_html(
            "shell",
            &Calculator::new(scenario, ChosenPresets::default()),
            true,
        )),
        "page-chart" => charts(&scenario, PAGE_SIZES),
        "widget-chart" => charts(&scenario, WIDGET_SIZES),
        _ => Err("usage: shell title|sentence|today|margins|breakeven|figures|default-query|now|pickers|page-chart|widget-chart|preview-svg|preview-png <out.png> <font.ttf>".to_owned()),
    };
    match written {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(reason) => {
            eprintln!("shell: {reason}");
            ExitCode::FAILURE
        }
    }
}
