//! The charts, drawn natively to SVG and read back: today's comparison; the decision's
//! cash so far against figures computed by hand from docs/model.md's conventions; the
//! decision map and the tornado against the model.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::chart::{
    bar_label, cash_data, chart_data, describe_cash, describe_map, describe_tornado, draw,
    draw_framed, draw_map, draw_tornado, fitted_label, framed_size, map_y_text,
    tornado_x_axis_title, CashData, ChartData, ChartStyle, Drawing, Framing, Mark, Rgb, Svg,
    TORNADO_BARS_SHOWN, Y_AXIS_TITLE,
};
use mining_vs_ai::format::{in_sentence, number, usd_about, with_unit};
use mining_vs_ai::model::sensitivity::{decision_map, tornado, Basis, DecisionMap, Tornado};
use mining_vs_ai::model::{compute, decide, Input, Preset, Scenario, SweepAxis, SHORT_LABEL_CHARS};
use mining_vs_ai::url_state::decode;
use plotters_svg::SVGBackend;

mod common;

/// The page's stylesheet, the one source of the chart's colours.
const STYLESHEET: &str = include_str!("../static/style.css");

fn light(scale: f64) -> ChartStyle {
    ChartStyle::from_stylesheet(STYLESHEET, false, scale).expect("the stylesheet has every colour")
}

fn dark(scale: f64) -> ChartStyle {
    ChartStyle::from_stylesheet(STYLESHEET, true, scale).expect("the stylesheet has every colour")
}

fn svg_of(data: &ChartData, style: &ChartStyle, size: (u32, u32)) -> String {
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, size);
        draw(&mut backend, data, style).expect("the chart draws");
    }
    svg
}

fn hex(color: Rgb) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

/// The polylines drawn in `color`, each as its list of points.
fn polylines_in(svg: &str, color: Rgb) -> Vec<Vec<(f64, f64)>> {
    let stroke = format!("stroke=\"{}\"", hex(color));
    svg.split("<polyline")
        .skip(1)
        .filter(|element| element.split("/>").next().unwrap().contains(&stroke))
        .map(|element| {
            let points = element.split("points=\"").nth(1).unwrap();
            points[..points.find('"').unwrap()]
                .split_whitespace()
                .map(|pair| {
                    let (x, y) = pair.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

/// The x of each filled circle drawn in `color`.
fn filled_circles_in(svg: &str, color: Rgb) -> Vec<String> {
    let fill = format!("fill=\"{}\"", hex(color));
    svg.split("<circle")
        .skip(1)
        .map(|element| element.split("/>").next().unwrap())
        .filter(|element| element.contains(&fill))
        .map(|element| element.split('"').nth(1).unwrap().to_owned())
        .collect()
}

#[test]
fn the_svg_has_both_series_the_marker_and_the_break_even_label() {
    let scenario = Scenario::default();
    let style = light(1.0);
    let svg = svg_of(
        &chart_data(&scenario, SweepAxis::BtcPrice),
        &style,
        (800, 480),
    );
    let mining = polylines_in(&svg, style.mining);
    let ai = polylines_in(&svg, style.ai);
    assert_eq!(mining.len(), 1, "one mining line");
    assert_eq!(ai.len(), 1, "one AI line");
    // Mining's margin rises with the BTC price (SVG y grows downwards); a lease's is flat.
    let (first, last) = (mining[0][0], *mining[0].last().unwrap());
    assert!(
        last.0 > first.0 && last.1 < first.1,
        "{first:?} -> {last:?}"
    );
    assert!(ai[0].iter().all(|point| point.1 == ai[0][0].1));

    let breakeven = compute(&scenario).breakeven_btc_price_usd.unwrap();
    assert!(
        svg.contains(&format!("Break-even about {}", usd_about(breakeven))),
        "break-even label"
    );
    let mining_dots = filled_circles_in(&svg, style.mining);
    let ai_dots = filled_circles_in(&svg, style.ai);
    assert_eq!(mining_dots.len(), 1, "a dot on the mining line today");
    assert_eq!(ai_dots.len(), 1, "a dot on the AI line today");
    assert_eq!(mining_dots[0], ai_dots[0], "both dots at today's price");
    assert!(svg.contains("BTC price"));
    assert!(svg.contains(Y_AXIS_TITLE));
}

/// The article's claims are revenues; the chart draws margins. Nothing of the article is on
/// it (the sentinel: its axis title is).
#[test]
fn the_chart_of_margins_draws_no_revenue_claims() {
    let svg = svg_of(
        &chart_data(&Preset::ArticleMarch2026.scenario(), SweepAxis::BtcPrice),
        &light(1.0),
        (800, 480),
    );
    assert!(svg.contains(Y_AXIS_TITLE));
    assert!(!svg.contains("Article"));
    // The bands were translucent rectangles; the only rectangle left is the opaque
    // background.
    assert_eq!(svg.matches("<rect").count(), 1, "only the background");
    assert!(!svg.contains("opacity=\"0.12\""));
}

/// The y labels, read back from the SVG, as numbers: "$1.5M" is 1,500,000.
fn y_tick_values(svg: &str) -> Vec<f64> {
    svg.split("<text")
        .skip(1)
        .filter(|element| element.contains("text-anchor=\"end\""))
        .filter_map(|element| {
            let text = element.split('>').nth(1)?.split('<').next()?.trim();
            let (sign, digits) = match text.strip_prefix('-') {
                Some(rest) => (-1.0, rest),
                None => (1.0, text),
            };
            let digits = digits.strip_prefix('$')?.replace(',', "");
            let (number, scale) = match digits.chars().last()? {
                'k' => (&digits[..digits.len() - 1], 1e3),
                'M' => (&digits[..digits.len() - 1], 1e6),
                _ => (&digits[..], 1.0),
            };
            Some(sign * number.parse::<f64>().ok()? * scale)
        })
        .collect()
}

/// The axis is fitted to the lines and zero: its top label is the first round value above
/// the highest point drawn (not a fixed $500), its bottom label the first at or below the
/// lowest; a point on a round value gets one more step of room, so no line sits on the
/// frame.
#[test]
fn the_y_axis_fits_what_is_drawn() {
    // With no subsidy and no fees mining earns nothing: its line is flat at -$40 x 8,322 h
    // = -$332,880 and AI's at exactly $1,500,000, a round value.
    let no_reward = Scenario {
        block_subsidy_btc: 0.0,
        fees_per_block_btc: 0.0,
        ..Scenario::default()
    };
    for scenario in [
        Preset::ArticleMarch2026.scenario(),
        Scenario::default(),
        Preset::B200.scenario(),
        no_reward,
    ] {
        let data = chart_data(&scenario, SweepAxis::BtcPrice);
        let highest = data
            .points
            .iter()
            .flat_map(|point| [point.mining_usd_per_mw_year, point.ai_usd_per_mw_year])
            .fold(0.0_f64, f64::max);
        let lowest = data
            .points
            .iter()
            .flat_map(|point| [point.mining_usd_per_mw_year, point.ai_usd_per_mw_year])
            .fold(0.0_f64, f64::min);
        let labels = y_tick_values(&svg_of(&data, &light(1.0), (800, 480)));
        let top = labels.iter().copied().fold(f64::MIN, f64::max);
        let bottom = labels.iter().copied().fold(f64::MAX, f64::min);
        let step = (top - bottom) / (labels.len() - 1) as f64;
        assert!(
            top > highest && top - highest <= 1.1 * step,
            "{labels:?} {highest}"
        );
        assert!(
            bottom <= lowest && lowest - bottom <= 1.1 * step,
            "{labels:?} {lowest}"
        );
    }
}

#[test]
fn the_lines_cross_at_the_models_break_even_btc_price() {
    for preset in Preset::ALL {
        let scenario = preset.scenario();
        let data = chart_data(&scenario, SweepAxis::BtcPrice);
        let breakeven = compute(&scenario)
            .breakeven_btc_price_usd
            .filter(|price| (10_000.0..=250_000.0).contains(price));
        match (data.crossover, breakeven) {
            (Some(crossing), Some(price)) => {
                assert!(
                    (crossing.x - price).abs() < 1e-6 * price,
                    "{}: chart {} model {price}",
                    preset.id(),
                    crossing.x
                );
            }
            (None, None) => {}
            other => panic!("{}: {other:?}", preset.id()),
        }
    }
}

#[test]
fn on_the_power_axis_the_crossing_is_where_the_margins_per_mw_year_are_equal() {
    let scenario = Scenario {
        btc_price_usd: 150_000.0,
        lease_usd_per_kw_month: 60.0,
        ..Scenario::default()
    };
    let crossing = chart_data(&scenario, SweepAxis::PowerPrice)
        .crossover
        .expect("mining's margin falls with the power price and crosses a pass-through lease's");
    let mut at = scenario;
    Input::PowerPrice.set(&mut at, crossing.x);
    let outcome = compute(&at);
    let gap = outcome.mining.margin_usd_per_mw_year - outcome.ai.margin_usd_per_mw_year;
    assert!(
        gap.abs() < 1e-6 * outcome.ai.margin_usd_per_mw_year.abs(),
        "gap {gap}"
    );
}

#[test]
fn the_y_values_are_the_cards_margins_per_mw_year() {
    let scenario = Scenario::default();
    let data = chart_data(&scenario, SweepAxis::BtcPrice);
    let outcome = compute(&scenario);
    assert_eq!(data.current.x, scenario.btc_price_usd);
    assert_eq!(
        data.current.mining_usd_per_mw_year,
        outcome.mining.margin_usd_per_mw_year
    );
    assert_eq!(
        data.current.ai_usd_per_mw_year,
        outcome.ai.margin_usd_per_mw_year
    );
}

#[test]
fn without_a_crossing_there_is_no_break_even_label() {
    let scenario = Preset::B200.scenario();
    let data = chart_data(&scenario, SweepAxis::BtcPrice);
    assert_eq!(data.crossover, None);
    let svg = svg_of(&data, &dark(1.0), (800, 480));
    assert!(!svg.contains("Break-even"));
    assert!(svg.contains(&hex(dark(1.0).background)));
}

#[test]
fn hostile_scenarios_give_finite_chart_data_that_draws_at_any_size() {
    let mut hostile_scenarios = Vec::new();
    for value in [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -1e308,
        1e308,
        0.0,
        -0.0,
    ] {
        for input in Input::ALL {
            let mut scenario = Scenario::default();
            *input.value_mut(&mut scenario) = value;
            hostile_scenarios.push(scenario);
        }
    }
    for scenario in hostile_scenarios {
        // The decision map: drawn at any size.
        let map = decision_map(&scenario, Basis::Years, Input::PowerPrice, (3, 3));
        for size in [(120, 90), (2560, 1200)] {
            let mut svg = String::new();
            let mut backend = SVGBackend::with_string(&mut svg, size);
            draw_map(&mut backend, &map, &light(1.0)).expect("the map draws");
        }
        // The decision's chart: finite running totals, drawn at any size.
        let cash = cash_data(&decide(&scenario));
        assert!(cash
            .totals
            .iter()
            .all(|total| total.keep_mining_usd.is_finite() && total.convert_usd.is_finite()));
        for size in [(120, 90), (2560, 1200)] {
            let svg = cash_svg_of(&cash, size);
            assert_eq!(polylines_in(&svg, light(1.0).ai).len(), 1, "{size:?}");
        }
        for axis in [SweepAxis::BtcPrice, SweepAxis::PowerPrice] {
            let data = chart_data(&scenario, axis);
            let values = data
                .points
                .iter()
                .chain([&data.current])
                .chain(data.crossover.as_ref())
                .flat_map(|point| {
                    [
                        point.x,
                        point.mining_usd_per_mw_year,
                        point.ai_usd_per_mw_year,
                    ]
                });
            for value in values {
                assert!(value.is_finite(), "{value} in {axis:?} for {scenario:?}");
            }
            for size in [(120, 90), (320, 240), (2560, 1200)] {
                let style = light(2.0);
                let svg = svg_of(&data, &style, size);
                assert_eq!(polylines_in(&svg, style.mining).len(), 1, "{size:?}");
                assert_eq!(polylines_in(&svg, style.ai).len(), 1, "{size:?}");
            }
        }
    }
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(color: Rgb) -> f64 {
    let channel = |value: u8| {
        let value = f64::from(value) / 255.0;
        if value <= 0.040_45 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.0) + 0.7152 * channel(color.1) + 0.0722 * channel(color.2)
}

fn contrast(first: Rgb, second: Rgb) -> f64 {
    let (light, dark) = {
        let (a, b) = (luminance(first), luminance(second));
        (a.max(b), a.min(b))
    };
    (light + 0.05) / (dark + 0.05)
}

#[test]
fn chart_colours_have_the_contrast_wcag_asks_for_in_both_themes() {
    for style in [light(1.0), dark(1.0)] {
        // WCAG asks 3:1 for lines and 4.5:1 for text; the series colours also colour the
        // band labels, so they are held to 4.5:1.
        for line in [style.mining, style.ai] {
            let ratio = contrast(line, style.background);
            assert!(
                ratio >= 4.5,
                "{line:?} on {:?}: {ratio:.2}",
                style.background
            );
        }
        let text = contrast(style.text, style.background);
        assert!(text >= 4.5, "text: {text:.2}");
    }
}

/// The decision's chart of `data`, drawn to SVG at `size` in the light theme.
fn cash_svg_of(data: &CashData, size: (u32, u32)) -> String {
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, size);
        Drawing::Cash(data.clone())
            .draw(&mut backend, &light(1.0))
            .expect("the chart draws");
    }
    svg
}

/// The texts of the decision's chart of `data` at `size`.
fn texts_of_cash(data: &CashData, size: (u32, u32)) -> Vec<String> {
    texts(&cash_svg_of(data, size))
}

/// T0 (docs/model.md), `extra` keys first.
fn scenario(extra: &str) -> Scenario {
    common::t0(extra)
}

/// The texts drawn.
fn texts(svg: &str) -> Vec<String> {
    texts_with_y(svg)
        .into_iter()
        .map(|(_, text)| text)
        .collect()
}

/// A text element's body as a reader sees it: the SVG backend's escapes undone.
fn unescaped(body: &str) -> String {
    body.trim()
        .replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// T0 by hand. Convert: -$10M, then $1.5M a year: paid back after 10 / 1.5 = 6.667 years.
/// Keep mining: $383,250 a year in years 1-4, then idled (after the halving its $46.875/MWh
/// is below the $50 power price). The difference: -$10M, then $1,116,750 a year for four
/// years (-$5,533,000), then $1.5M a year: back at zero after 4 + 5.533 / 1.5 = 7.689 years.
#[test]
fn t0_marks_the_payback_the_overtaking_and_the_halvings() {
    let data = cash_data(&decide(&scenario("")));
    assert!((data.payback_years.unwrap() - 20.0 / 3.0).abs() < 1e-9);
    let (overtaking_years, cash) = data.overtaking.unwrap();
    assert!((overtaking_years - (4.0 + 5.533 / 1.5)).abs() < 1e-9);
    // Convert's cash so far there: -10M + 1.5M x 7.689 = $1,533,000, and keep mining's the
    // same, its four good years.
    assert!((cash - 1_533_000.0).abs() < 1e-3);
    assert_eq!(data.halvings, vec![4.0, 8.0]);
    let svg = cash_svg_of(&data, (800, 480));
    let texts = texts(&svg);
    assert_eq!(texts.iter().filter(|text| *text == "Halving").count(), 2);
    assert!(
        texts.contains(&"Pays back, year 6.7".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Overtakes mining, year 7.7".to_owned()),
        "{texts:?}"
    );
    assert!(!texts.contains(&"Build".to_owned()), "no build, no shade");
    let description = describe_cash(&data);
    assert!(
        description.contains("It pays back its capital in year 6.7."),
        "{description}"
    );
    assert!(
        description.contains("It overtakes keep mining in year 7.7."),
        "{description}"
    );
    assert!(
        description.contains("Halvings at years 4.0, 8.0."),
        "{description}"
    );
}

/// Each line has a point a year, t = 0..10, evenly spaced, and the pixels follow the cash:
/// convert starts lowest (-$10M) and ends highest; keep mining climbs for four years, then
/// stays flat.
#[test]
fn the_lines_follow_the_running_totals() {
    let data = cash_data(&decide(&scenario("")));
    let svg = cash_svg_of(&data, (800, 480));
    let style = light(1.0);
    let [mining] = polylines_in(&svg, style.mining).try_into().unwrap();
    let [convert] = polylines_in(&svg, style.ai).try_into().unwrap();
    assert_eq!(mining.len(), 11);
    assert_eq!(convert.len(), 11);
    let steps: Vec<f64> = convert
        .windows(2)
        .map(|pair| pair[1].0 - pair[0].0)
        .collect();
    assert!(
        steps.iter().all(|step| (step - steps[0]).abs() <= 1.0),
        "{steps:?}"
    );
    // SVG's y grows downward.
    assert!(convert[0].1 > mining[0].1);
    assert!(convert[10].1 < mining[10].1);
    assert!(mining[4].1 < mining[0].1);
    assert_eq!(mining[4].1, mining[10].1);
}

/// With power at $100 keep mining never pays its way: convert's payback is where it
/// overtakes, and one label says both.
#[test]
fn an_idle_mine_is_overtaken_at_the_payback() {
    let data = cash_data(&decide(&scenario("power=100")));
    // In short: in full, it would run across a halving's rule.
    let texts = texts(&cash_svg_of(&data, (800, 480)));
    assert!(
        texts.contains(&"Pays back; overtakes yr 6.7".to_owned()),
        "{texts:?}"
    );
    assert_eq!(
        texts
            .iter()
            .filter(|text| text.starts_with("Pays back"))
            .count(),
        1
    );
    let wide = texts_of_cash(&data, (1200, 480));
    assert!(
        wide.contains(&"Pays back and overtakes, year 6.7".to_owned()),
        "{wide:?}"
    );
}

/// An 18-month build is shaded and named; the years before the hall earns nothing.
#[test]
fn the_build_is_shaded() {
    let data = cash_data(&decide(&scenario("build=1.5")));
    assert_eq!(data.build_years, 1.5);
    let svg = cash_svg_of(&data, (800, 480));
    assert!(texts(&svg).contains(&"Build".to_owned()));
    let shade = format!("fill=\"{}\"", hex(light(1.0).ai));
    assert!(
        svg.split("<rect").skip(1).any(|rect| rect.contains(&shade)),
        "a rect in the AI colour"
    );
}

/// A GPU cloud against miners whose BTC grows 50% a year: convert pays back its capital and
/// catches up with keep mining at nearly the same time, but at different heights (keep
/// mining has earned millions by then), so the two get a label each; later the miners pull
/// ahead again, and the description says so.
#[test]
fn payback_and_overtaking_apart_and_a_lead_that_does_not_last() {
    let (scenario, _) = decode("ai=gpu&btc=150000&asic=0&mopex=0&btcg=50&gpu=4");
    let data = cash_data(&decide(&scenario));
    let payback = data.payback_years.expect("a payback");
    let (overtaking, cash) = data.overtaking.expect("an overtaking");
    assert!(cash > 1_000_000.0, "keep mining has earned {cash} by then");
    let last = data.totals.last().unwrap();
    assert!(
        last.keep_mining_usd > last.convert_usd,
        "the miners end ahead"
    );
    // Each in full where it has room, else in short (four halving rules and two renewals
    // leave little).
    let texts = texts(&cash_svg_of(&data, (800, 480)));
    let (payback, overtaking) = (number(payback, 1), number(overtaking, 1));
    assert!(
        texts.contains(&format!("Pays back, year {payback}"))
            || texts.contains(&format!("Pays back yr {payback}")),
        "{texts:?}"
    );
    assert!(
        texts.contains(&format!("Overtakes mining, year {overtaking}"))
            || texts.contains(&format!("Overtakes yr {overtaking}")),
        "{texts:?}"
    );
    assert!(describe_cash(&data).contains(&format!(
        "It overtakes keep mining in year {overtaking}, then falls behind again: keep mining ends ahead."
    )));
}

/// The box a text element of our SVG backend takes, as the chart estimates it (0.6 em a
/// character), with its words: left, top, right, bottom.
fn text_boxes(svg: &str) -> Vec<(String, (f64, f64, f64, f64))> {
    svg.split("<text")
        .skip(1)
        .map(|element| {
            let tag = &element[..element.find('>').unwrap()];
            let attribute = |name: &str| {
                tag.find(&format!(" {name}=\"")).map(|from| {
                    let from = from + name.len() + 3;
                    tag[from..from + tag[from..].find('"').unwrap()].to_owned()
                })
            };
            let number = |name: &str| -> f64 { attribute(name).unwrap().parse().unwrap() };
            let body = &element[tag.len() + 1..];
            let words = unescaped(&body[..body.find("</text>").unwrap()]);
            let (x, y, size) = (number("x"), number("y"), number("font-size"));
            let width = words.chars().count() as f64 * size * 0.6;
            let left = match attribute("text-anchor").as_deref() {
                Some("end") => x - width,
                Some("middle") => x - width / 2.0,
                _ => x,
            };
            let top = match attribute("dominant-baseline").as_deref() {
                Some("central") => y - size / 2.0,
                Some("text-after-edge") => y - size,
                _ => y,
            };
            (words, (left, top, left + width, top + size))
        })
        .collect()
}

/// The circles of our SVG backend drawn unfilled (the rings), as boxes.
fn ring_boxes(svg: &str) -> Vec<(f64, f64, f64, f64)> {
    svg.split("<circle")
        .skip(1)
        .filter(|element| {
            element
                .split("/>")
                .next()
                .unwrap()
                .contains("fill=\"none\"")
        })
        .map(|element| {
            let attribute = |name: &str| -> f64 {
                let from = element.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                element[from..].split('"').next().unwrap().parse().unwrap()
            };
            let (x, y, radius) = (attribute("cx"), attribute("cy"), attribute("r"));
            (x - radius, y - radius, x + radius, y + radius)
        })
        .collect()
}

/// The decision chart's labels (the shade's, the rules' and the marks') cover no data
/// line, no ring and no other label, and the rules' labels no rule; nothing is painted
/// under them, which used to erase what it covered (a halving's rule at 13.8 years). At
/// any size, with two marks close together or far apart, four halvings and two renewals.
#[test]
fn the_cash_chart_s_labels_cover_no_line_ring_rule_or_other_label() {
    let style = light(1.0);
    let gpu = "ai=gpu&gpukw=1.4&apue=1.2&gpu=2.35&util=85&gpucost=30000&gpulife=4&resid=10\
               &gpudecl=15&build=1.5&years=10&capex=10&hallife=20&gpuopex=10&power=40&airate=8";
    let scenarios = [
        common::t0(""),
        common::t0("power=90"),
        common::t0("power=100"),
        common::t0(gpu),
        decode("ai=gpu&btc=150000&asic=0&mopex=0&btcg=50&gpu=4").0,
        Scenario::default(),
    ];
    let in_plot = [
        "Build",
        "Halving",
        "New GPUs",
        "Pays back",
        "Overtakes",
        "overtakes",
    ];
    let mut halvings_named = Vec::new();
    for scenario in &scenarios {
        let data = cash_data(&decide(scenario));
        for size in [(1200, 420), (800, 480), (616, 300), (336, 300), (300, 220)] {
            let case = format!("{} at {size:?}", describe_cash(&data));
            let mut svg = Svg::new(size);
            Drawing::Cash(data.clone())
                .draw(&mut svg, &style)
                .expect("the chart draws");
            let svg = svg.finish("chart");
            let labels: Vec<(String, (f64, f64, f64, f64))> = text_boxes(&svg)
                .into_iter()
                .filter(|(words, _)| in_plot.iter().any(|start| words.starts_with(start)))
                .collect();
            let overlap = |a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)| {
                a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
            };
            let widened = |(left, top, right, bottom): (f64, f64, f64, f64), by: f64| {
                (left - by, top - by, right + by, bottom + by)
            };
            let data_lines: Vec<Vec<(f64, f64)>> = [style.mining, style.ai]
                .into_iter()
                .flat_map(|color| paths_in(&svg, color))
                .filter(|line| line.len() > 2)
                .collect();
            assert_eq!(data_lines.len(), 2, "{case}: both lines are read");
            let rules: Vec<Vec<(f64, f64)>> = [style.text, style.ai]
                .into_iter()
                .flat_map(|color| paths_in(&svg, color))
                // A rule runs the plot's height; a mark's leader is short.
                .filter(|line| {
                    line.len() == 2
                        && line[0].0 == line[1].0
                        && (line[0].1 - line[1].1).abs() > f64::from(size.1) / 2.0
                })
                .collect();
            assert_eq!(
                rules.len(),
                data.halvings.len() + data.gpu_renewals.len(),
                "{case}: the rules are read"
            );
            for (index, (words, area)) in labels.iter().enumerate() {
                for line in &data_lines {
                    for pair in line.windows(2) {
                        assert!(
                            !crosses(pair[0], pair[1], widened(*area, 1.5)),
                            "{case}: {words} at {area:?} covers a line at {pair:?}"
                        );
                    }
                }
                for ring in ring_boxes(&svg) {
                    assert!(
                        !overlap(*area, ring),
                        "{case}: {words} at {area:?} covers a ring"
                    );
                }
                for (other, other_area) in &labels[index + 1..] {
                    assert!(
                        !overlap(*area, *other_area),
                        "{case}: {words} and {other} overlap"
                    );
                }
                let names_a_rule = ["Build", "Halving", "New GPUs"].contains(&words.as_str());
                if names_a_rule {
                    for rule in &rules {
                        assert!(
                            !crosses(rule[0], rule[1], *area),
                            "{case}: {words} at {area:?} crosses a rule at {rule:?}"
                        );
                    }
                }
            }
            // Each ring has its label.
            let rings = ring_boxes(&svg).len();
            let named = labels
                .iter()
                .filter(|(words, _)| {
                    words.starts_with("Pays back") || words.starts_with("Overtakes")
                })
                .count();
            assert_eq!(named, rings, "{case}: a label for each ring");
            // Nothing painted after the lines: the labels have no background.
            let after_lines = &svg[svg.find("stroke-width=\"3\"").unwrap()..];
            assert!(
                !after_lines.contains("<rect"),
                "{case}: a label's background"
            );
            halvings_named.push((
                size,
                data.halvings.len(),
                labels
                    .iter()
                    .filter(|(words, _)| words == "Halving")
                    .count(),
            ));
        }
    }
    // Where there is room, every halving is named, the last one too, left of its rule.
    assert!(
        halvings_named.contains(&((1200, 420), 4, 4)),
        "{halvings_named:?}"
    );
}

/// A hall that takes longer than the horizon is still being built at its end; one year
/// reads as one year.
#[test]
fn a_build_beyond_the_horizon_and_a_single_year() {
    let data = cash_data(&decide(&scenario("years=3&build=5")));
    let description = describe_cash(&data);
    assert!(description.starts_with("Cash so far per MW over 3 years, undiscounted."));
    assert!(
        description.contains(" The hall is still being built at the horizon: it takes 5 years."),
        "{description}"
    );
    let one = describe_cash(&cash_data(&decide(&scenario("years=1"))));
    assert!(
        one.starts_with("Cash so far per MW over 1 year, undiscounted."),
        "{one}"
    );
}

/// At $90 power T0's miners earn (93.75 - 90) x 8,760 = $32,850 a year until the halving
/// in year 4, $131,400 in all: convert, paid back at 10 / 1.5 = 6.667 years, catches up
/// with them 131,400 / 1,500,000 = 0.088 years later, at 6.754. The two points nearly meet,
/// so they share one label, which keeps both years as written.
#[test]
fn a_shared_label_keeps_both_years() {
    let data = cash_data(&decide(&scenario("power=90")));
    let (overtaking, _) = data.overtaking.expect("an overtaking");
    assert!(
        (overtaking - (20.0 / 3.0 + 0.0876)).abs() < 1e-9,
        "{overtaking}"
    );
    let wide = texts_of_cash(&data, (1200, 480));
    assert!(
        wide.contains(&"Pays back, year 6.7; overtakes, 6.8".to_owned()),
        "{wide:?}"
    );
    // Between two halvings' rules, and on a phone's plot, the label takes a line for each
    // year.
    for size in [(800, 480), (300, 220)] {
        let lines = texts(&cash_svg_of(&data, size));
        assert!(
            lines.contains(&"Pays back, year 6.7".to_owned())
                && lines.contains(&"overtakes, 6.8".to_owned()),
            "{size:?}: {lines:?}"
        );
    }
}

/// The decision map of `map`, drawn to SVG at 800 x 480 in the light theme.
fn map_svg_of(map: &DecisionMap) -> String {
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, (800, 480));
        draw_map(&mut backend, map, &light(1.0)).expect("the map draws");
    }
    svg
}

/// A dollar axis reads as dollars at each tick, as the BTC prices do; a rate does not. The
/// default scenario's maps run over power prices with a tick at $100/MWh, over halls that
/// cost some $M per IT MW, and over discount rates with a tick at 10%.
#[test]
fn the_map_s_ticks_say_dollars_where_the_axis_is_dollars() {
    let shown = |input: Input| {
        let map = decision_map(&Scenario::default(), Basis::Years, input, (6, 6));
        texts(&map_svg_of(&map))
    };
    let power = shown(Input::PowerPrice);
    assert!(power.iter().any(|text| text == "$100"), "{power:?}");
    let hall = shown(Input::HallCapex);
    assert!(
        hall.iter()
            .any(|text| text.starts_with('$') && text.ends_with('M')),
        "{hall:?}"
    );
    let rate = shown(Input::DiscountRate);
    assert!(rate.iter().any(|text| text == "10"), "{rate:?}");
    assert!(!rate.iter().any(|text| text == "$10"), "{rate:?}");
    // The table's rows say the same, to three figures: a row of 800/11 $/kW-month.
    assert_eq!(map_y_text(Input::LeaseRate, 800.0 / 11.0), "$72.7");
    assert_eq!(map_y_text(Input::HallCapex, 12.5), "$12.5M");
    assert_eq!(map_y_text(Input::HallCapex, 0.0), "$0");
    assert_eq!(map_y_text(Input::DiscountRate, 100.0 / 7.0), "14.3");
}

/// The points of each polyline drawn `width` pixels wide in `color`.
fn wide_polylines_in(svg: &str, color: Rgb, width: u32) -> Vec<Vec<(f64, f64)>> {
    let wide = format!("stroke-width=\"{width}\"");
    svg.split("<polyline")
        .skip(1)
        .filter(|element| element.split("/>").next().unwrap().contains(&wide))
        .map(|element| format!("<polyline{element}"))
        .flat_map(|element| polylines_in(&element, color))
        .collect()
}

/// The map's axes' ranges, BTC price and second input: half a cell beyond its first and
/// last points.
fn map_ranges(map: &DecisionMap) -> ((f64, f64), (f64, f64)) {
    let span = |values: &[f64]| {
        let half = (values[1] - values[0]) / 2.0;
        (values[0] - half, values[values.len() - 1] + half)
    };
    (span(&map.btc_prices_usd), span(&map.y_values))
}

/// Where the point (BTC price, second input) of `map` lands on [`map_svg_of`]'s drawing,
/// in pixels: the plot spans x 64-772 and y 30-428 of its 800 x 480 (the charts' margins).
fn map_pixel(map: &DecisionMap, (x, y): (f64, f64)) -> (f64, f64) {
    let (x_range, y_range) = map_ranges(map);
    (
        64.0 + 708.0 * (x - x_range.0) / (x_range.1 - x_range.0),
        428.0 - 398.0 * (y - y_range.0) / (y_range.1 - y_range.0),
    )
}

/// The distance in pixels from `point` to the nearest of `segments`.
fn distance_to(point: (f64, f64), segments: &[Vec<(f64, f64)>]) -> f64 {
    segments
        .iter()
        .flat_map(|line| line.windows(2).map(|pair| (pair[0], pair[1])))
        .map(|((x1, y1), (x2, y2))| {
            let (dx, dy) = (x2 - x1, y2 - y1);
            let length = dx * dx + dy * dy;
            let share = if length == 0.0 {
                0.0
            } else {
                (((point.0 - x1) * dx + (point.1 - y1) * dy) / length).clamp(0.0, 1.0)
            };
            ((point.0 - x1 - share * dx).powi(2) + (point.1 - y1 - share * dy).powi(2)).sqrt()
        })
        .fold(f64::INFINITY, f64::min)
}

/// The break-even line of the map passes through each row's break-even BTC price from the
/// model, within a few pixels (the line joins the points where the gap changes sign
/// between cells, placed by linear interpolation): the plot spans x 64-772 and y 30-428 of
/// an 800 x 480 drawing (the charts' margins), and the map's axes reach half a cell beyond
/// its first and last points.
#[test]
fn the_map_s_line_sits_on_the_model_s_break_even() {
    for (scenario, basis, y_input) in [
        (scenario("lease=100"), Basis::Years, Input::HallCapex),
        (
            scenario("lease=200&capex=4"),
            Basis::Years,
            Input::LeaseRate,
        ),
        (scenario(""), Basis::Today, Input::PowerPrice),
    ] {
        let (columns, rows) = (10, 11);
        let map = decision_map(&scenario, basis, y_input, (columns, rows));
        let svg = map_svg_of(&map);
        let (x_range, _) = map_ranges(&map);
        let pixel = |point: (f64, f64)| {
            let (x, y) = map_pixel(&map, point);
            (x.round(), y.round())
        };
        let expected: Vec<(f64, f64)> = map
            .y_values
            .iter()
            .zip(&map.breakevens_btc_usd)
            .filter_map(|(y, breakeven)| {
                breakeven
                    .filter(|price| *price >= x_range.0 && *price <= x_range.1)
                    .map(|price| pixel((price, *y)))
            })
            .collect();
        assert!(expected.len() >= 2, "{y_input:?}: a line to draw");
        let drawn = wide_polylines_in(&svg, light(1.0).text, 3);
        // The first and last rows' points lie half a cell outside the line, which joins
        // the cells' centres.
        for point in &expected[1..expected.len() - 1] {
            let distance = distance_to(*point, &drawn);
            assert!(
                distance <= 4.0,
                "{y_input:?}: {point:?} is {distance} px from the line"
            );
        }
        // The background and one cell a point, and the scenario's own point ringed.
        assert_eq!(svg.matches("<rect").count(), 1 + columns * rows);
        assert!(svg.contains("<circle"));
    }
}

/// The break-even line runs wherever the colours switch, along the rows as across them:
/// each pair of neighbouring cells of different winners has the line between their centres,
/// and the map has at least three BTC prices on its axis.
/// An edge of the map's plot: the coordinate of a pixel across it, where it lies (px), the
/// cell at one end of the outer column or row beside it, and the step along that.
type MapEdge = (fn((f64, f64)) -> f64, f64, (usize, usize), (usize, usize));

#[test]
fn the_map_s_line_runs_wherever_the_colours_switch() {
    for (scenario, y_input) in [
        (scenario(""), Input::LeaseRate),
        (Scenario::default(), Input::LeaseRate),
        (Scenario::default(), Input::HallCapex),
    ] {
        let (columns, rows) = (24, 12);
        let map = decision_map(&scenario, Basis::Years, y_input, (columns, rows));
        let svg = map_svg_of(&map);
        let pixel = |column: usize, row: usize| {
            map_pixel(&map, (map.btc_prices_usd[column], map.y_values[row]))
        };
        let wins = |column: usize, row: usize| map.gaps_usd[row * columns + column] > 0.0;
        let drawn = wide_polylines_in(&svg, light(1.0).text, 3);
        let mut switches = 0;
        for row in 0..rows {
            for column in 0..columns {
                for (next_column, next_row) in [(column + 1, row), (column, row + 1)] {
                    if next_column == columns || next_row == rows {
                        continue;
                    }
                    if wins(column, row) != wins(next_column, next_row) {
                        switches += 1;
                        let (from, to) = (pixel(column, row), pixel(next_column, next_row));
                        let middle = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
                        let reach = ((to.0 - from.0).abs() + (to.1 - from.1).abs()) / 2.0 + 1.0;
                        assert!(
                            distance_to(middle, &drawn) <= reach,
                            "{y_input:?}: no line between cells ({column}, {row}) and ({next_column}, {next_row})"
                        );
                    }
                }
            }
        }
        assert!(
            switches > 0,
            "{y_input:?}: the sentinel, a map with both winners"
        );
        // Where the winner switches along an outer column or row, the line runs on to the
        // plot's edge (64 to 772 px across, 30 to 428 down), half a cell past the centres.
        let points: Vec<(f64, f64)> = drawn.iter().flatten().copied().collect();
        let edges: [MapEdge; 4] = [
            (|(x, _)| x, 64.0, (0, 0), (0, 1)),
            (|(x, _)| x, 772.0, (columns - 1, 0), (0, 1)),
            (|(_, y)| y, 428.0, (0, 0), (1, 0)),
            (|(_, y)| y, 30.0, (0, rows - 1), (1, 0)),
        ];
        for (coordinate, edge, (column, row), (across, down)) in edges {
            let count = if across == 1 { columns } else { rows };
            let switches_there = (0..count - 1).any(|step| {
                let at = |step: usize| (column + across * step, row + down * step);
                let ((c0, r0), (c1, r1)) = (at(step), at(step + 1));
                wins(c0, r0) != wins(c1, r1)
            });
            let reaches = points
                .iter()
                .any(|point| (coordinate(*point) - edge).abs() <= 1.0);
            assert_eq!(
                reaches, switches_there,
                "{y_input:?}: the line at the edge at {edge} px"
            );
        }
        let x_ticks = texts(&svg)
            .iter()
            .filter(|text| text.starts_with('$'))
            .count();
        assert!(
            x_ticks >= 3,
            "{y_input:?}: {x_ticks} BTC prices on the axis"
        );
    }
}

/// The line runs on to the plot's border the way it runs in the cell it leaves: no straight
/// drop for the last half cell. On today's map of the default scenario over the lease rate
/// the break-even slopes through every cell (the BTC price where mining matches a rent rises
/// with the rent), so each piece that ends on the border continues the piece before it.
#[test]
fn the_map_s_line_runs_on_to_the_border_in_its_own_direction() {
    for (basis, grid) in [(Basis::Today, (24, 12)), (Basis::Years, (24, 12))] {
        let map = decision_map(&Scenario::default(), basis, Input::LeaseRate, grid);
        let drawn = wide_polylines_in(&map_svg_of(&map), light(1.0).text, 3);
        let on_border = |(x, y): (f64, f64)| {
            (x - 64.0).abs() <= 1.0
                || (x - 772.0).abs() <= 1.0
                || (y - 30.0).abs() <= 1.0
                || (y - 428.0).abs() <= 1.0
        };
        let mut checked = 0;
        for piece in drawn.iter().filter(|piece| piece.len() == 2) {
            let (start, end) = match (on_border(piece[0]), on_border(piece[1])) {
                (false, true) => (piece[0], piece[1]),
                (true, false) => (piece[1], piece[0]),
                _ => continue,
            };
            // The piece before it, inside the plot, ends where this one starts.
            let Some(before) = drawn.iter().find_map(|other| {
                let near = |point: (f64, f64)| {
                    (point.0 - start.0).abs() <= 1.0 && (point.1 - start.1).abs() <= 1.0
                };
                match other.as_slice() {
                    [a, b] if near(*b) && !on_border(*a) => Some(*a),
                    [a, b] if near(*a) && !on_border(*b) => Some(*b),
                    _ => None,
                }
            }) else {
                continue;
            };
            // `end` lies on the line through `before` and `start`, to a pixel or two of
            // rounding.
            let (dx, dy) = (start.0 - before.0, start.1 - before.1);
            let length = dx.hypot(dy);
            if length < 4.0 {
                continue;
            }
            let off_line = ((end.0 - start.0) * dy - (end.1 - start.1) * dx).abs() / length;
            assert!(
                off_line <= 2.0,
                "{basis:?}: from {before:?} through {start:?} the line turns to {end:?}"
            );
            checked += 1;
        }
        assert!(
            checked > 0,
            "{basis:?}: the sentinel, a line that reaches the border"
        );
    }
}

/// An sRGB colour's channels, linear, 0 to 1.
fn linear(color: Rgb) -> [f64; 3] {
    [color.0, color.1, color.2].map(|value| {
        let value = f64::from(value) / 255.0;
        if value <= 0.040_45 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    })
}

/// CIELAB (D65) of linear RGB channels.
fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
    let xyz = [
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83,
    ];
    let f = |t: f64| {
        if t > 0.008_856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let [fx, fy, fz] = xyz.map(f);
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// The colour a reader with a full colour-vision deficiency sees, as linear RGB (Machado,
/// Oliveira and Fernandes 2009, severity 1): protanopia, deuteranopia, tritanopia.
const DEFICIENCIES: [(&str, [[f64; 3]; 3]); 3] = [
    (
        "protanopia",
        [
            [0.152_286, 1.052_583, -0.204_868],
            [0.114_503, 0.786_281, 0.099_216],
            [-0.003_882, -0.048_116, 1.051_998],
        ],
    ),
    (
        "deuteranopia",
        [
            [0.367_322, 0.860_646, -0.227_968],
            [0.280_085, 0.672_501, 0.047_413],
            [-0.011_820, 0.042_940, 0.968_881],
        ],
    ),
    (
        "tritanopia",
        [
            [1.255_528, -0.076_749, -0.178_779],
            [-0.078_411, 0.930_809, 0.147_602],
            [0.004_733, 0.691_367, 0.303_900],
        ],
    ),
];

/// The map's palest cell of each winner (the cells beside the break-even) differ by a CIE76
/// ΔE of at least 10 (told apart at a glance), and each from the background by 20 (plainly
/// tinted, not near white), for normal vision and each colour-vision deficiency, in both
/// themes.
#[test]
fn beside_the_break_even_the_two_winners_are_told_apart_by_every_reader() {
    let map = decision_map(
        &Scenario::default(),
        Basis::Years,
        Input::LeaseRate,
        (24, 12),
    );
    for style in [light(1.0), dark(1.0)] {
        let mut svg = String::new();
        {
            let mut backend = SVGBackend::with_string(&mut svg, (800, 480));
            draw_map(&mut backend, &map, &style).expect("the map draws");
        }
        // The cells in the order drawn, row by row, after the background.
        let fills: Vec<Rgb> = svg
            .split("<rect")
            .skip(2)
            .take(map.gaps_usd.len())
            .map(|tag| {
                let from = tag.find("fill=\"#").unwrap() + 7;
                let channel =
                    |at: usize| u8::from_str_radix(&tag[from + at..from + at + 2], 16).unwrap();
                Rgb(channel(0), channel(2), channel(4))
            })
            .collect();
        let palest = |ai: bool| {
            map.gaps_usd
                .iter()
                .zip(&fills)
                .filter(|(gap, _)| (**gap > 0.0) == ai)
                .min_by(|a, b| a.0.abs().total_cmp(&b.0.abs()))
                .map(|(_, fill)| *fill)
                .expect("cells of each winner")
        };
        let (ai, mining) = (palest(true), palest(false));
        let identity = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        for (vision, matrix) in [("normal vision", identity)]
            .into_iter()
            .chain(DEFICIENCIES)
        {
            let seen = |color: Rgb| {
                let channels = linear(color);
                lab(matrix.map(|row| {
                    (row[0] * channels[0] + row[1] * channels[1] + row[2] * channels[2])
                        .clamp(0.0, 1.0)
                }))
            };
            let delta = |a: [f64; 3], b: [f64; 3]| {
                ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
            };
            let between = delta(seen(ai), seen(mining));
            assert!(
                between >= 10.0,
                "{vision}, {:?}: ΔE {between:.1} between {ai:?} and {mining:?}",
                style.background
            );
            for cell in [ai, mining] {
                let tinted = delta(seen(cell), seen(style.background));
                assert!(
                    tinted >= 20.0,
                    "{vision}: {cell:?} is ΔE {tinted:.1} from the background"
                );
            }
        }
    }
}

/// T0's lease over the years: at $100,000 BTC converting wins above a lease of $152.10
/// (the tornado's flip, by hand); keep mining stays ahead at any BTC price with a $125 lease
/// (its NPV is never below zero, convert's is -$783,149).
#[test]
fn the_map_says_where_the_answer_flips() {
    let map = decision_map(&scenario(""), Basis::Years, Input::LeaseRate, (10, 6));
    assert_eq!(map.btc_flip_usd, None);
    let flip = map.y_flip.expect("a flip along the lease");
    assert!((flip.at - 152.097).abs() < 1e-3, "{flip:?}");
    assert!(flip.ai_wins_above);
    assert_eq!(
        describe_map(&map),
        "Which path wins over the BTC price and the rent the AI tenant pays. At today's rent the AI tenant pays ($125/kW-month), the answer does not flip at any BTC price. At today's BTC price ($100,000), converting wins above a rent the AI tenant pays of $152/kW-month."
    );
    // A GPU cloud with nothing to buy, selling hours at $10 on miners at 100 J/TH: at
    // $10M BTC a MW mines 4,500 / (0.024 x 100) = $1,875/MWh against the GPUs' $5,952, so
    // the break-even is beyond the range modelled.
    let beyond = decision_map(
        &scenario("ai=gpu&gpu=10&util=100&gpucost=0&capex=0&eff=30"),
        Basis::Years,
        Input::GpuPrice,
        (4, 3),
    );
    let price = beyond.btc_flip_usd.expect("a break-even");
    assert!(price > 1_000_000.0, "{price}");
    assert!(describe_map(&beyond).contains(", beyond the $1,000,000 the calculator models."));
}

/// The tornado of `tornado`, drawn to SVG at 1200 x 480 in the light theme.
fn tornado_svg_of(tornado: &Tornado) -> String {
    tornado_svg_sized(tornado, (1200, 480))
}

/// The tornado drawn on SVG at `size`.
fn tornado_svg_sized(tornado: &Tornado, size: (u32, u32)) -> String {
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, size);
        draw_tornado(&mut backend, tornado, &light(1.0)).expect("the tornado draws");
    }
    svg
}

/// The texts drawn, with the y of each.
fn texts_with_y(svg: &str) -> Vec<(f64, String)> {
    svg.split("<text")
        .skip(1)
        .map(|element| {
            let y = element.split("y=\"").nth(1).unwrap();
            let y: f64 = y[..y.find('"').unwrap()].parse().unwrap();
            let body = &element[element.find('>').unwrap() + 1..];
            (y, unescaped(&body[..body.find("</text>").unwrap()]))
        })
        .collect()
}

/// The filled rectangles of `svg` but its background: left and right x, and fill.
fn filled_rects(svg: &str) -> Vec<(f64, f64, String)> {
    let attribute = |tag: &str, name: &str| -> String {
        let from = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[from..from + tag[from..].find('"').unwrap()].to_owned()
    };
    svg.split("<rect")
        .skip(2)
        .map(|tag| {
            let x: f64 = attribute(tag, "x").parse().unwrap();
            let width: f64 = attribute(tag, "width").parse().unwrap();
            (x, x + width, attribute(tag, "fill"))
        })
        .collect()
}

/// The leftmost and rightmost x of the filled rectangles of `svg` but its background: the
/// tornado's bars, from end to end.
fn bars_span(svg: &str) -> (f64, f64) {
    filled_rects(svg)
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(left, right), rect| {
            (left.min(rect.0), right.max(rect.1))
        })
}

/// The x of $0 on the x axis, where the answer flips: from two of its tick labels ("-$5M",
/// "$500k"), by their values and places.
fn zero_x(svg: &str) -> f64 {
    usd_axis(svg).0
}

/// The x axis of dollars, from two of its tick labels: the x of $0 and the pixels per $.
fn usd_axis(svg: &str) -> (f64, f64) {
    let ticks: Vec<(f64, f64)> = svg
        .split("<text")
        .skip(1)
        .filter_map(|element| {
            let body = &element[element.find('>')? + 1..element.find("</text>")?];
            let (sign, rest) = match body.trim().strip_prefix('-') {
                Some(rest) => (-1.0, rest),
                None => (1.0, body.trim()),
            };
            let digits = rest.strip_prefix('$')?;
            let (number, scale) = match digits.chars().last()? {
                'k' => (&digits[..digits.len() - 1], 1e3),
                'M' => (&digits[..digits.len() - 1], 1e6),
                'B' => (&digits[..digits.len() - 1], 1e9),
                _ => (digits, 1.0),
            };
            let value: f64 = number.parse().ok()?;
            let from = element.find(" x=\"")? + 4;
            let x: f64 = element[from..from + element[from..].find('"')?]
                .parse()
                .ok()?;
            Some((sign * value * scale, x))
        })
        .collect();
    let [(first_value, first_x), (second_value, second_x)] = [ticks[0], ticks[ticks.len() - 1]];
    assert!(second_value != first_value, "two x ticks: {ticks:?}");
    let per_usd = (second_x - first_x) / (second_value - first_value);
    (first_x - first_value * per_usd, per_usd)
}

/// On a phone's width a bar's words give way, never cut: its name and flip, its short name
/// and flip, its short name and the flip's value, its name, its short name; never more than
/// the plot holds (the backends' text width: 0.6 of the size a character), and the order
/// stays the model's.
#[test]
fn the_tornado_s_words_give_way_on_a_phone() {
    let tornado = tornado(&scenario(""), Basis::Years);
    let shown = &tornado.bars[..tornado.bars.len().min(TORNADO_BARS_SHOWN)];
    let texts = texts(&tornado_svg_sized(&tornado, (320, 420)));
    let room_px = 320.0 - 64.0 - 28.0 - 8.0;
    let mut rest = texts.iter();
    for bar in shown {
        let param = bar.input.param();
        let found = rest
            .find(|text| {
                text.starts_with(&format!("{}; ", param.label))
                    || text.starts_with(&format!("{}; ", param.short_label))
                    || text.as_str() == param.label
                    || text.as_str() == param.short_label
            })
            .unwrap_or_else(|| panic!("{} in order in {texts:?}", param.label));
        assert!(
            found.chars().count() as f64 * 12.0 * 0.6 <= room_px,
            "{found}"
        );
    }
    assert!(
        texts.iter().all(|text| !text.contains('\u{2026}')),
        "nothing cut: {texts:?}"
    );
    assert!(
        texts.iter().any(|text| text.contains("; flips at ")),
        "a short name keeps its flip: {texts:?}"
    );
    assert!(
        shown.iter().any(
            |bar| texts.contains(&bar.input.param().short_label.to_owned())
                && bar.input.param().short_label != bar.input.param().label
        ),
        "a short name where the name does not fit: {texts:?}"
    );
}

/// The fallbacks in order: the name and the flip, the short name and the flip, the short
/// name and the flip's value, the name, the short name.
#[test]
fn a_bar_label_falls_back_to_what_fits() {
    let tornado = tornado(&scenario(""), Basis::Years);
    let lease = tornado
        .bars
        .iter()
        .find(|bar| bar.input == Input::LeaseRate)
        .expect("a lease bar");
    let up_to = |longest: &str| {
        let chars = longest.chars().count();
        fitted_label(lease, Basis::Years, move |text| {
            text.chars().count() <= chars
        })
    };
    for expected in [
        "Rent the AI tenant pays; converting wins above $152/kW-month",
        "AI rent; converting wins above $152/kW-month",
        "AI rent; flips at $152",
    ] {
        assert_eq!(up_to(expected), expected);
    }
    let without_flip = |text: &str| !text.contains(';');
    assert_eq!(
        fitted_label(lease, Basis::Years, without_flip),
        "Rent the AI tenant pays"
    );
    assert_eq!(fitted_label(lease, Basis::Years, |_| false), "AI rent");
}

/// Each input that can have a bar has a short name for a phone, of at most
/// [`SHORT_LABEL_CHARS`] characters.
#[test]
fn every_bar_has_a_short_name_that_fits_a_phone() {
    for input in Input::ALL
        .into_iter()
        .filter(|input| input.plausible().is_some())
    {
        let short = input.param().short_label;
        assert!(
            short.chars().count() <= SHORT_LABEL_CHARS,
            "{input:?}: {short}"
        );
        assert!(!short.is_empty());
    }
}

/// The tornado draws the model's widest bars in the model's order, top down, each named
/// with its flip, its input's value at each end, and each side of zero in the colour of
/// the path that wins there; T0's lease bar flips at $152.10 (by hand, above).
#[test]
fn the_tornado_draws_the_model_s_order() {
    for (scenario, basis) in [
        (scenario(""), Basis::Years),
        (scenario(""), Basis::Today),
        (scenario("ai=gpu&capex=0&gpucost=20000"), Basis::Years),
    ] {
        let tornado = tornado(&scenario, basis);
        let shown = &tornado.bars[..tornado.bars.len().min(TORNADO_BARS_SHOWN)];
        assert!(shown.len() >= 3, "{basis:?}");
        let labels: Vec<String> = shown
            .iter()
            .map(|bar| fitted_label(bar, basis, |_| true))
            .collect();
        let svg = tornado_svg_of(&tornado);
        let drawn: Vec<(f64, String)> = texts_with_y(&svg)
            .into_iter()
            .filter(|(_, text)| labels.contains(text))
            .collect();
        assert_eq!(
            drawn
                .iter()
                .map(|(_, text)| text.clone())
                .collect::<Vec<_>>(),
            labels,
            "{basis:?}: the bars in the model's order"
        );
        assert!(
            drawn.windows(2).all(|pair| pair[0].0 < pair[1].0),
            "top down"
        );
        // Both ends' values, in the input's unit.
        let texts = texts(&svg);
        for bar in shown {
            for value in [bar.low, bar.high] {
                let written = with_unit(value, bar.input.param().unit);
                assert!(
                    texts.contains(&written),
                    "{basis:?}: {written} in {texts:?}"
                );
            }
        }
        // Mining's colour only left of zero, AI's only right of it.
        let style = light(1.0);
        let zero = zero_x(&svg);
        let rects = filled_rects(&svg);
        assert!(!rects.is_empty());
        for (left, right, fill) in rects {
            if fill == hex(style.mining) {
                assert!(
                    right <= zero + 1.0,
                    "{basis:?}: mining's colour right of zero"
                );
            } else {
                assert_eq!(
                    fill,
                    hex(style.ai),
                    "{basis:?}: only the two paths' colours"
                );
                assert!(left >= zero - 1.0, "{basis:?}: AI's colour left of zero");
            }
        }
    }
    let years = tornado(&scenario(""), Basis::Years);
    let lease = years
        .bars
        .iter()
        .find(|bar| bar.input == Input::LeaseRate)
        .unwrap();
    assert_eq!(
        bar_label(lease, Basis::Years),
        "Rent the AI tenant pays $75/kW-month to $175/kW-month; converting wins above $152/kW-month"
    );
    let words = describe_tornado(&years);
    assert!(
        words.starts_with("Now keeping the miners wins. What moves the gap most: "),
        "{words}"
    );
    assert!(words.contains(&in_sentence(years.bars[0].input.param().label)));
}

/// A bar that crosses zero is split there: T0's lease bar runs from mining's win at $75 to
/// AI's at $175, so both colours meet at the $0 line.
#[test]
fn a_bar_that_crosses_zero_changes_colour_there() {
    let tornado = tornado(&scenario(""), Basis::Years);
    let svg = tornado_svg_of(&tornado);
    let zero = zero_x(&svg);
    let style = light(1.0);
    let rects = filled_rects(&svg);
    let meets = |color: Rgb, edge: fn(&(f64, f64, String)) -> f64| {
        rects
            .iter()
            .any(|rect| rect.2 == hex(color) && (edge(rect) - zero).abs() <= 1.0)
    };
    assert!(
        meets(style.mining, |rect| rect.1),
        "mining's side ends at zero"
    );
    assert!(meets(style.ai, |rect| rect.0), "AI's side starts at zero");
}

/// A bar whose gap turns back within its range (a GPU cloud's build time: B200's gap is
/// $2.24M and $0.45M above the scenario's at 0 and 3 years) spans its two ends, each end's
/// value at its own end, apart from the scenario's line; before, it ran from the line, with
/// the nearer end's value written at the line.
#[test]
fn a_bar_that_turns_back_spans_its_ends_apart_from_the_scenario_s_line() {
    use mining_vs_ai::model::sensitivity::TornadoBar;
    let one_bar = Tornado {
        basis: Basis::Years,
        gap_usd: 1_000_000.0,
        bars: vec![TornadoBar {
            input: Input::BuildYears,
            low: 0.0,
            high: 3.0,
            gap_at_low_usd: 3_240_000.0,
            gap_at_high_usd: 1_450_000.0,
            flip: None,
        }],
    };
    let svg = tornado_svg_of(&one_bar);
    let (bar_left, bar_right) = bars_span(&svg);
    let (zero, per_usd) = usd_axis(&svg);
    let x_of = |usd: f64| zero + per_usd * usd;
    let line = x_of(1_000_000.0);
    assert!(
        (bar_left - x_of(1_450_000.0)).abs() <= 1.5,
        "{bar_left} against {}",
        x_of(1_450_000.0)
    );
    assert!((bar_right - x_of(3_240_000.0)).abs() <= 1.5);
    assert!(bar_left > line + 10.0, "apart from the line");
    let (high_x, _, anchor) = text_element(&svg, "3 years").expect("3 years written");
    assert_eq!(anchor, "end");
    assert!(
        (high_x - (bar_left - 4.0)).abs() <= 1.5,
        "3 years at the bar's left end: {high_x}"
    );
}

/// On the page's phone tornado (294 x 416 px), today's bars, all within about $1.2M of
/// each other, keep at least half the plot: before, the words beside them widened the
/// axis to $15M, and the bars took a tenth of it. Where the values do not fit, the table
/// has them.
#[test]
fn on_a_phone_today_s_bars_keep_half_the_plot() {
    let today = tornado(&Scenario::default(), Basis::Today);
    let svg = tornado_svg_sized(&today, (294, 416));
    assert!(!filled_rects(&svg).is_empty(), "the bars are read");
    let (left, right) = bars_span(&svg);
    // The plot runs from 64 px to 28 px short of the right edge.
    let plot = 294.0 - 28.0 - 64.0;
    assert!(
        right - left >= plot / 2.0,
        "the bars span {} of {plot} px",
        right - left
    );
}

/// An SVG text element's x, font size and anchor, by its words.
fn text_element(svg: &str, words: &str) -> Option<(f64, f64, String)> {
    let end = svg.find(words)?;
    let start = svg[..end].rfind("<text")?;
    let tag = &svg[start..end];
    let attribute = |name: &str| {
        let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[from..].split('"').next()?.to_owned())
    };
    Some((
        attribute("x")?.parse().ok()?,
        attribute("font-size")?
            .trim_end_matches("px")
            .parse()
            .ok()?,
        attribute("text-anchor").unwrap_or_else(|| "start".to_owned()),
    ))
}

/// The centre of the crossing's ring: the one circle drawn unfilled.
fn ring_centre(svg: &str) -> (f64, f64) {
    let (left, top, right, bottom) = *ring_boxes(svg).first().expect("the crossing's ring");
    ((left + right) / 2.0, (top + bottom) / 2.0)
}

#[test]
fn on_a_phone_s_short_plot_the_break_even_label_is_shortened_beside_the_lines() {
    // The embed's chart on a 360 px phone: 336 x 200 CSS px. By hand, "Break-even about
    // $215,000" (25 characters, about 0.6 em each at the 12 px the chart's callout has at
    // this size) is wider than the space left of the crossing, which sits near the right
    // end of the BTC axis, and than the space right of it. Shortened to "Break-even $215k",
    // it fits left of the crossing, above the AI line, where the rising mining line does
    // not run.
    let scenario = Scenario::default();
    let svg = svg_of(
        &chart_data(&scenario, SweepAxis::BtcPrice),
        &light(1.0),
        (336, 200),
    );
    let (ring_x, ring_y) = ring_centre(&svg);
    assert!(!svg.contains("Break-even about"), "not the long label");
    let words = "Break-even $215k";
    let (x, font_px, anchor) = text_element(&svg, words).expect("the short label is drawn");
    assert_eq!(anchor, "end", "ends left of the crossing");
    assert!(x < ring_x, "{x} left of {ring_x}");
    let y = y_of(&svg, words);
    assert!(y < ring_y, "{y} above {ring_y}");
    // Estimated as the chart estimates it: 0.6 em a character.
    let estimate = words.chars().count() as f64 * font_px * 0.6;
    assert!(x - estimate >= 0.0, "starts inside at {}", x - estimate);
    // Where there is room, the label is the long one.
    let wide = svg_of(
        &chart_data(&scenario, SweepAxis::BtcPrice),
        &light(1.0),
        (800, 480),
    );
    assert!(wide.contains("Break-even about $215,000"));
}

/// Whether the segment from `from` to `to` passes through the box `(left, top, right,
/// bottom)`, by 200 points along it.
fn crosses(
    from: (f64, f64),
    to: (f64, f64),
    (left, top, right, bottom): (f64, f64, f64, f64),
) -> bool {
    (0..=200).any(|step| {
        let t = f64::from(step) / 200.0;
        let (x, y) = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
        x >= left && x <= right && y >= top && y <= bottom
    })
}

/// The polylines our SVG backend draws in `color`: `<path d="M x y L x y ...">`.
fn paths_in(svg: &str, color: Rgb) -> Vec<Vec<(f64, f64)>> {
    let stroke = format!("stroke=\"{}\"", hex(color).to_lowercase());
    svg.split("<path")
        .skip(1)
        .filter(|element| element.split("/>").next().unwrap().contains(&stroke))
        .map(|element| {
            let d = element.split("d=\"").nth(1).unwrap();
            d[..d.find('"').unwrap()]
                .split(['M', 'L'])
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (x, y) = pair.split_once(' ').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

#[test]
fn on_the_page_s_square_phone_chart_the_break_even_label_crosses_no_line_nor_the_ring() {
    // The page's chart on a 360 px phone: 294 x 294 CSS px. In these scenarios even
    // "Break-even $…k" (about 18 characters, 162 px at 15 px by the chart's estimate) fits
    // neither left of the ring nor right of it inside the plot: with power at $35 the
    // crossing is far right, with a lease of $100 it is mid-plot. Before, the label was
    // drawn from the plot's left edge beside the AI line, across the ring or the mining
    // line. Its box, by the chart's own estimate, must now miss both lines and the ring;
    // by default, where it fits beside the ring, it still does.
    let style = light(1.0);
    for query in ["power=35", "lease=100", "lease=120&power=10", ""] {
        let data = chart_data(&decode(query).0, SweepAxis::BtcPrice);
        let mut svg = Svg::new((294, 294));
        draw(&mut svg, &data, &style).expect("the chart draws");
        let svg = svg.finish("chart");
        let label = texts(&svg)
            .into_iter()
            .find(|text| text.starts_with("Break-even"))
            .unwrap_or_else(|| panic!("{query}: a break-even label"));
        let (x, font_px, anchor) = text_element(&svg, &label).unwrap();
        let width = label.chars().count() as f64 * font_px * 0.6;
        let left = match anchor.as_str() {
            "end" => x - width,
            "middle" => x - width / 2.0,
            _ => x,
        };
        let y = y_of(&svg, &label);
        let tag = &svg[svg[..svg.find(&label).unwrap()].rfind("<text").unwrap()..];
        let (top, bottom) = if tag.contains("text-after-edge") {
            (y - font_px, y)
        } else if tag.contains("central") {
            (y - font_px / 2.0, y + font_px / 2.0)
        } else {
            (y, y + font_px)
        };
        let label_box = (left, top, left + width, bottom);
        assert!(
            left >= 64.0 && left + width <= 294.0 - 28.0,
            "{query}: {label} inside the plot at {label_box:?}"
        );
        for color in [style.mining, style.ai] {
            let lines = paths_in(&svg, color);
            assert!(!lines.is_empty(), "{query}: the lines are read");
            for line in lines {
                for pair in line.windows(2) {
                    assert!(
                        !crosses(pair[0], pair[1], label_box),
                        "{query}: {label} at {label_box:?} crosses a line at {pair:?}"
                    );
                }
            }
        }
        let (ring_x, ring_y) = ring_centre(&svg);
        let ring = (ring_x - 7.0, ring_y - 7.0, ring_x + 7.0, ring_y + 7.0);
        let overlaps = label_box.0 < ring.2
            && ring.0 < label_box.2
            && label_box.1 < ring.3
            && ring.1 < label_box.3;
        assert!(
            !overlaps,
            "{query}: {label} at {label_box:?} on the ring at ({ring_x}, {ring_y})"
        );
    }
}

#[test]
fn on_a_phone_the_tornado_s_axis_title_is_set_smaller_inside_the_drawing() {
    // "Convert minus keep mining, NPV $ per MW": 39 characters, 328 px at 14 px by the
    // chart's estimate of 0.6 em, wider than a 294 px phone chart less 4 px each side. Set
    // at 14 x 286 / 328 = 12.2 px and centred in the drawing, it fits. Before, it was
    // centred under the plot at 14 px, and both its ends ran off.
    let tornado = tornado(&scenario(""), Basis::Years);
    let title = tornado_x_axis_title(Basis::Years);
    let mut svg = Svg::new((294, 300));
    draw_tornado(&mut svg, &tornado, &light(1.0)).expect("the tornado draws");
    let svg = svg.finish("tornado");
    let (x, font_px, anchor) = text_element(&svg, title).expect("the axis title");
    assert_eq!(anchor, "middle");
    assert_eq!(font_px, 12.0, "whole pixels, as the canvas sets its font");
    let half = title.chars().count() as f64 * font_px * 0.6 / 2.0;
    assert!(
        x - half >= 0.0 && x + half <= 294.0,
        "from {} to {}",
        x - half,
        x + half
    );
    // Where there is room, it is the usual size.
    let mut wide = Svg::new((742, 400));
    draw_tornado(&mut wide, &tornado, &light(1.0)).expect("the tornado draws");
    assert_eq!(
        text_element(&wide.finish("tornado"), title).unwrap().1,
        14.0
    );
}

/// An SVG text element's y, by its words.
fn y_of(svg: &str, words: &str) -> f64 {
    let end = svg.find(words).unwrap();
    let tag = &svg[svg[..end].rfind("<text").unwrap()..end];
    let from = tag.find(" y=\"").unwrap() + 4;
    tag[from..].split('"').next().unwrap().parse().unwrap()
}

#[test]
fn the_project_s_svg_backend_draws_what_plotters_svg_draws_in_whole_and_half_pixels() {
    let data = chart_data(&Scenario::default(), SweepAxis::BtcPrice);
    let style = light(1.0);
    let mut ours = Svg::new((616, 246));
    draw(&mut ours, &data, &style).expect("the chart draws");
    let ours = ours.finish("Margins & <lines>");
    assert!(ours.starts_with("<svg ") && ours.ends_with("</svg>"));
    assert!(ours.contains("viewBox=\"0 0 616 246\""));
    assert!(ours.contains("aria-label=\"Margins &amp; &lt;lines&gt;\""));
    // The same words in the same order as plotters' own SVG backend, and the same lines.
    let reference = svg_of(&data, &style, (616, 246));
    assert_eq!(texts(&ours), texts(&reference));
    assert_eq!(
        ours.matches("<path").count(),
        reference.matches("<polyline").count() + reference.matches("<line").count()
    );
    assert_eq!(
        ours.matches("<circle").count(),
        reference.matches("<circle").count()
    );
    // Every number is a whole or a half pixel, or an opacity of at most three decimals:
    // none went through Rust's float formatting.
    let numbers = ours
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|word| word.contains('.') && word.chars().any(|c| c.is_ascii_digit()));
    for number in numbers {
        let decimals = number.split('.').nth(1).unwrap_or_default();
        assert!(decimals == "5" || decimals.len() <= 3, "{number}");
    }
}

#[test]
fn a_downloaded_chart_is_framed_by_its_title_above_and_its_source_below() {
    let data = chart_data(&Scenario::default(), SweepAxis::BtcPrice);
    let drawing = Drawing::Comparison(data.clone());
    let legend = [
        (Mark::Mining, "Mining".to_owned()),
        (Mark::Ai, "AI".to_owned()),
        (Mark::Now, "Now: $87,000".to_owned()),
    ];
    let notes = ["Site size: 294 MW \u{b7} Power price: $35/MWh".to_owned()];
    let frame = Framing {
        title: "Margin per MWh against the BTC price",
        subtitle: "Margin over the power bill, before capital costs.",
        legend: &legend,
        notes: &notes,
        credit: "Source: Mining vs AI calculator; data of 1 March 2026.",
    };
    // A transparent embed's style: the download paints its background all the same.
    let style = ChartStyle {
        fill_background: false,
        ..light(1.0)
    };
    let chart = (616, 246);
    let (width, height) = framed_size(chart, &frame, &style);
    assert_eq!(width, 616);
    // By hand, at 0.6 em a character, within 616 - 2 x 10 px: above, the title (36
    // characters at 18 px: 389 px), the subtitle (50 at 13 px: 390 px) and the legend
    // (three marks of 16 + 4 px, 6, 2 and 12 characters at 12 px, two gaps of 16 px: 236
    // px), a line each; below, the note and the credit (53 at 12 px: 382 px), a line each.
    // Lines are 1.4 times their type size apart, with 10 px above and below each block:
    // above, 25.2 + 18.2 + 16.8 + 20 = 80.2, below, 2 x 16.8 + 20 = 53.6, each rounded up
    // to whole pixels.
    let (header, footer) = (81.0, 54.0);
    assert_eq!(f64::from(height), header + 246.0 + footer);

    let address = "https://example.org/?mw=294&power=35";
    let mut framed = Svg::new((width, height));
    framed.keep(&format!("{} {address}", notes[0]));
    draw_framed(&mut framed, &drawing, &style, &frame).expect("the chart draws");
    let framed = framed.finish("chart");
    let mut alone = Svg::new(chart);
    draw(&mut alone, &data, &style).expect("the chart draws");
    let alone = alone.finish("chart");

    // The chart as drawn alone, moved down below the header.
    let moved = format!("<g transform=\"translate(0 {header})\">");
    let chart_start = framed.find(&moved).expect("the chart is moved down") + moved.len();
    let chart_end = chart_start + framed[chart_start..].find("</g>").unwrap();
    let alone_body = &alone[alone.find('>').unwrap() + 1..alone.rfind("</svg>").unwrap()];
    assert_eq!(&framed[chart_start..chart_end], alone_body);
    let above = texts_with_y(&framed[..chart_start]);
    let below = texts_with_y(&framed[chart_end..]);
    let words = |lines: &[(f64, String)]| -> Vec<String> {
        lines.iter().map(|(_, text)| text.clone()).collect()
    };
    assert_eq!(
        words(&above),
        [frame.title, frame.subtitle, "Mining", "AI", "Now: $87,000"]
    );
    assert_eq!(words(&below), [notes[0].as_str(), frame.credit]);
    assert!(above.iter().all(|&(y, _)| y > 0.0 && y < header));
    assert!(below
        .iter()
        .all(|&(y, _)| y > header + 246.0 && y < f64::from(height)));
    // The title in bold, the lines one under the other, the legend on one line.
    assert!(text_tag(&framed, frame.title).contains("font-weight=\"bold\""));
    assert!(!text_tag(&framed, frame.subtitle).contains("font-weight"));
    assert!(above[0].0 < above[1].0 && above[1].0 < above[2].0);
    assert!(above[2].0 == above[3].0 && above[3].0 == above[4].0);
    assert!(below[0].0 < below[1].0);
    // The address is kept, not drawn nor read aloud.
    assert!(framed.contains(&format!(
        "<metadata>Site size: 294 MW \u{b7} Power price: $35/MWh {}</metadata>",
        address.replace('&', "&amp;")
    )));
    assert!(texts(&framed).iter().all(|text| !text.contains("https")));
    // The legend's marks in the chart's colours: the two series' bars and today's dot.
    let header_svg = &framed[..chart_start];
    for color in [style.mining, style.ai, style.text] {
        let fill = format!("fill=\"{}\"", hex(color).to_lowercase());
        let marks = header_svg
            .split('<')
            .filter(|element| {
                (element.starts_with("rect") || element.starts_with("circle"))
                    && element.contains(&fill)
            })
            .count();
        assert_eq!(marks, 1, "{fill}");
    }
    // The background is painted under the whole drawing, first.
    let first = &framed[framed.find("</metadata>").unwrap() + "</metadata>".len()..];
    let background = format!(
        "<rect x=\"0\" y=\"0\" width=\"616\" height=\"{height}\" fill=\"{}\"/>",
        hex(style.background).to_lowercase()
    );
    assert!(first.starts_with(&background), "{}", &first[..80]);
}

/// The opening tag of the text element that says `words`.
fn text_tag<'a>(svg: &'a str, words: &str) -> &'a str {
    let end = svg
        .find(&format!(">{words}<"))
        .expect("the words are drawn");
    &svg[svg[..end].rfind("<text").unwrap()..end]
}

/// D9's GPU cloud renews its fleet at 5.5 and 9.5 years: the chart marks both and says so;
/// T0's lease has no renewal to mark.
#[test]
fn a_gpu_renewal_is_marked() {
    let gpu = scenario(
        "ai=gpu&gpukw=1.4&apue=1.2&gpu=2.35&util=85&gpucost=30000&gpulife=4&resid=10\
         &gpudecl=15&build=1.5&years=10&capex=10&hallife=20&gpuopex=10&power=40&airate=8",
    );
    let data = cash_data(&decide(&gpu));
    assert_eq!(data.gpu_renewals, [5.5, 9.5]);
    // D9 pays back at 7.47 and stays above zero after it: no "again".
    assert!(!describe_cash(&data).contains("again"));
    assert!(describe_cash(&data).ends_with(" New GPUs replace the fleet at years 5.5, 9.5."));
    let drawn = texts(&cash_svg_of(&data, (800, 480)));
    assert_eq!(
        drawn.iter().filter(|text| *text == "New GPUs").count(),
        2,
        "{drawn:?}"
    );
    let lease = cash_data(&decide(&scenario("")));
    assert!(lease.gpu_renewals.is_empty());
    assert!(!describe_cash(&lease).contains("New GPUs"));
    assert!(!texts(&cash_svg_of(&lease, (800, 480))).contains(&"New GPUs".to_owned()));
}

/// IREN's GPU cloud pays back, then its renewal takes its cash so far below zero again: the
/// description names the first such year, and no year between the payback and it is below.
#[test]
fn a_payback_undone_by_a_renewal_is_said() {
    let decision = decide(&Preset::IrenMicrosoft.scenario());
    let data = cash_data(&decision);
    let payback = data.payback_years.expect("a payback");
    let text = describe_cash(&data);
    let again: usize = text
        .split("falls below zero again in year ")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .and_then(|year| year.parse().ok())
        .expect(&text);
    assert!(data.totals[again].convert_usd < 0.0);
    assert!(again as f64 > payback);
    let after_payback = payback.ceil() as usize;
    assert!(data.totals[after_payback..again]
        .iter()
        .all(|total| total.convert_usd >= 0.0));
}
