//! The decision's chart of cash so far, drawn natively to SVG and read back, against
//! figures computed by hand from decision.md's conventions.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::chart::{cash_data, describe_cash, CashData, ChartStyle, Drawing, Rgb};
use mining_vs_ai::model::{decide, Input, Scenario};
use mining_vs_ai::url_state::decode;
use plotters_svg::SVGBackend;

const STYLESHEET: &str = include_str!("../static/style.css");

/// decision.md's T0: hashprice $45/PH/day, mining revenue $93.75/MWh at $50 power, a
/// $125/kW-month lease on a $10M hall, ten years at 10%, the halving in four years.
const T0: &str = "btc=100000&hashrate=1000&subsidy=3.125&fees=0&pool=0&eff=20&mpue=1&uptime=100&power=50&ai=lease&lease=125&passthru=1&apue=1&years=10&rate=10&halving=4&btcg=0&hashg=0&mopex=0&asic=0&asiclife=4&capex=10&tenant=0&build=0&minebuild=0&esc=0&term=30&landlord=0&haircut=0&exitcap=0";

fn scenario(extra: &str) -> Scenario {
    // The first occurrence of a key counts: the extra keys go first.
    decode(&format!("{extra}&{T0}")).0
}

fn style() -> ChartStyle {
    ChartStyle::from_stylesheet(STYLESHEET, false, 1.0).expect("the stylesheet has every colour")
}

fn svg_of(data: &CashData, size: (u32, u32)) -> String {
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, size);
        Drawing::Cash(data.clone())
            .draw(&mut backend, &style())
            .expect("the chart draws");
    }
    svg
}

fn hex(color: Rgb) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

/// The points of each polyline drawn in `color`.
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

/// The texts drawn.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|element| {
            let body = &element[element.find('>').unwrap() + 1..];
            body[..body.find("</text>").unwrap()].trim().to_owned()
        })
        .collect()
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
    let svg = svg_of(&data, (800, 480));
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
    let svg = svg_of(&data, (800, 480));
    let style = style();
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
    let texts = texts(&svg_of(&data, (800, 480)));
    assert!(
        texts.contains(&"Pays back and overtakes, year 6.7".to_owned()),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|text| text.starts_with("Pays back, ")));
}

/// An 18-month build is shaded and named; the years before the hall earns nothing.
#[test]
fn the_build_is_shaded() {
    let data = cash_data(&decide(&scenario("build=1.5")));
    assert_eq!(data.build_years, 1.5);
    let svg = svg_of(&data, (800, 480));
    assert!(texts(&svg).contains(&"Build".to_owned()));
    let shade = format!("fill=\"{}\"", hex(style().ai));
    assert!(
        svg.split("<rect").skip(1).any(|rect| rect.contains(&shade)),
        "a rect in the AI colour"
    );
}

/// Whatever a reader or a link puts in, the chart's data are finite and it draws.
#[test]
fn hostile_scenarios_draw() {
    for value in [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -1e308,
        1e308,
        0.0,
    ] {
        for input in Input::ALL {
            let mut hostile = Scenario::default();
            *input.value_mut(&mut hostile) = value;
            let data = cash_data(&decide(&hostile));
            assert!(data
                .totals
                .iter()
                .all(|total| total.keep_mining_usd.is_finite() && total.convert_usd.is_finite()));
            for size in [(120, 90), (2560, 1200)] {
                let svg = svg_of(&data, size);
                assert_eq!(polylines_in(&svg, style().ai).len(), 1);
            }
        }
    }
}
