//! Writes what the static shells show before the wasm has loaded, for the default scenario,
//! with the same Rust code the app runs: the build (`scripts/post-build.mjs`) puts it into
//! `index.html` and `embed/index.html`, so that the answer and its chart are on screen as
//! soon as the HTML is, and without JavaScript.
//!
//!   cargo run --bin shell -- <what>
//!
//! where `<what>` is `sentence` (the headline's comparison sentence), `breakeven` (its
//! break-even sentence), `figures` (the figures behind them, as the page's `<dl>` lists
//! them), `now` (the legend's entry for today's BTC price), `page-chart` or
//! `widget-chart` (the chart at each layout's sizes, one SVG per size, with the page's
//! colour properties so that either theme shows it).

use std::process::ExitCode;

use mining_vs_ai::chart::style::COLOR_PROPERTIES;
use mining_vs_ai::chart::{chart_data, describe, draw, tick_label_exact, ChartStyle, Svg};
use mining_vs_ai::components::headline::{
    breakeven_sentence, comparison_sentence, key_figure_texts,
};
use mining_vs_ai::model::{compute, Scenario, SweepAxis};

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
        let svg = svg.finish(&describe(&data));
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

/// `text` with the characters HTML reserves escaped.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The headline's figures as the page lists them: a label and its value each.
fn figures(scenario: &Scenario) -> String {
    key_figure_texts(&compute(scenario))
        .into_iter()
        .map(|(output, display)| {
            format!(
                "<div class=\"figure\"><dt>{}</dt><dd>{}</dd></div>",
                escaped(output.label()),
                escaped(&display)
            )
        })
        .collect()
}

fn main() -> ExitCode {
    let scenario = Scenario::default();
    let what = std::env::args().nth(1).unwrap_or_default();
    let written = match what.as_str() {
        "sentence" => Ok(comparison_sentence(&compute(&scenario))),
        "breakeven" => Ok(breakeven_sentence(&compute(&scenario))),
        "figures" => Ok(figures(&scenario)),
        "now" => Ok(format!(
            "Now: {}",
            tick_label_exact(SweepAxis::BtcPrice, scenario.btc_price_usd)
        )),
        "page-chart" => charts(&scenario, PAGE_SIZES),
        "widget-chart" => charts(&scenario, WIDGET_SIZES),
        _ => Err("usage: shell sentence|breakeven|figures|now|page-chart|widget-chart".to_owned()),
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
