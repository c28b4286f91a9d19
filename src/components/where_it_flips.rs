//! Where the answer flips: the decision map over the BTC price and a second input the reader
//! picks, and the tornado of what moves the answer most, with each input's plausible range.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{
    describe_map, map_y_axis_title, map_y_text, tick_label, tornado_x_axis_title, winner, Drawing,
    Mark, MAP_X_AXIS_TITLE,
};
use crate::chart::{describe_tornado, flip_text, range_text};
use crate::components::chart_panel::{chart_panel, ChartPanelContent};
use crate::components::data_table;
use crate::format::{at_start, in_sentence, usd};
use crate::hooks::use_deferred::Stepwise;
use crate::hooks::{use_deferred, use_unique_id, UniqueId};
use crate::model::sensitivity::tornado_range_source;
use crate::model::sensitivity::{
    map_axes, map_axis_with_key, Basis, DecisionMap, MapWork, Tornado, TornadoWork,
};
use crate::model::{Input, Scenario};
use crate::state::Action;

/// The map's grid: BTC prices by values of the second input. Measured by `make bench`:
/// `compute()`, which computes a 24 x 12 map over the years, both tornadoes and more, takes
/// about 13 ms at 4x CPU throttle, inside a frame; cells of about 30 by 25 px on a desktop
/// show the break-even line's shape.
pub const MAP_GRID: (usize, usize) = (24, 12);

/// The map and the tornado of a scenario.
#[derive(Debug, PartialEq)]
pub struct Flips {
    /// Which path wins over the BTC price and the second axis.
    pub map: DecisionMap,
    /// What moves the answer most.
    pub tornado: Tornado,
    /// The second axes the picker offers, for the scenario's AI mode and the basis.
    pub axes: &'static [Input],
}

/// The map and the tornado of a scenario, a map row or a tornado bar at a time: the work
/// [`use_deferred`](crate::hooks::use_deferred) puts after the figures.
pub struct FlipsWork {
    map: MapWork,
    tornado: TornadoWork,
    axes: &'static [Input],
}

/// The work of the map and the tornado of `scenario` on `basis`, the map over `y_input`.
pub fn flips((scenario, basis, y_input): &(Scenario, Basis, Input)) -> FlipsWork {
    FlipsWork {
        map: MapWork::new(scenario, *basis, *y_input, MAP_GRID),
        tornado: TornadoWork::new(scenario, *basis),
        axes: map_axes(scenario.ai_mode, *basis),
    }
}

impl Stepwise for FlipsWork {
    type Output = Flips;

    fn step(&mut self) -> bool {
        self.map.step() || self.tornado.step()
    }

    fn finish(self) -> Flips {
        Flips {
            map: self.map.finish(),
            tornado: self.tornado.finish(),
            axes: self.axes,
        }
    }
}

/// The legend's entries for the two colours: who wins on `basis`, in the map's and the
/// tornado's own words.
fn legend(basis: Basis) -> Vec<(Mark, String)> {
    vec![
        (Mark::Ai, at_start(winner(basis, true))),
        (Mark::Mining, at_start(winner(basis, false))),
    ]
}

/// The map's panel: its picker of the second axis among those offered (`ondispatch` gets
/// the choice), the map and its grid as a table.
fn map_panel(ids: &UniqueId, flips: &Flips, ondispatch: &Callback<Action>) -> Html {
    let map = &flips.map;
    let param = map.y_input.param();
    let picker_id = ids.id("map-y");
    let onchange = {
        let ondispatch = ondispatch.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(input) = map_axis_with_key(&select.value()) {
                ondispatch.emit(Action::SetMapY(input));
            }
        })
    };
    let controls = html! {
        <div class="map-y">
            <label for={picker_id.clone()}>{ "Map against" }</label>
            <select id={picker_id} data-testid="map-y" {onchange}>
                { for flips.axes.iter().map(|input| html! {
                    <option value={input.key()} selected={*input == map.y_input}>
                        { input.param().label }
                    </option>
                }) }
            </select>
        </div>
    };
    let columns = map.btc_prices_usd.len();
    let header_texts: Vec<String> = std::iter::once(map_y_axis_title(map.y_input))
        .chain(map.btc_prices_usd.iter().map(|price| tick_label(*price)))
        .collect();
    let headers: Vec<&str> = header_texts.iter().map(String::as_str).collect();
    let table = data_table(
        "map-table",
        format!(
            "{} at each {MAP_X_AXIS_TITLE} (columns) and {} (rows)",
            tornado_x_axis_title(map.basis),
            in_sentence(param.label)
        ),
        &headers,
        map.y_values
            .iter()
            .zip(map.gaps_usd.chunks(columns))
            .map(|(y, gaps)| {
                std::iter::once(map_y_text(map.y_input, *y))
                    .chain(gaps.iter().map(|gap| usd(*gap)))
                    .collect()
            }),
    );
    chart_panel(
        ChartPanelContent {
            title: format!("Which wins, by BTC price and {}", in_sentence(param.label)),
            title_id: ids.id("map-title"),
            testid: "map",
            description: describe_map(map),
            note: " The deeper the colour, the wider the gap; the line is the break-even, where both are worth the same; the ring is this scenario.".to_owned(),
            controls,
            legend: legend(map.basis)
                .into_iter()
                .chain([
                    (Mark::Line, "Break-even".to_owned()),
                    (Mark::Ring, "This scenario".to_owned()),
                ])
                .collect(),
            table,
        },
        Drawing::Map(map.clone()),
    )
}

/// The tornado's panel: the chart of the widest swings and, as its table, every input's
/// range with its source, the gap at each end and where it flips.
fn tornado_panel(ids: &UniqueId, tornado: &Tornado) -> Html {
    let table = data_table(
        "tornado-table",
        format!(
            "{}, each input at the ends of its range, the others held",
            tornado_x_axis_title(tornado.basis)
        ),
        &[
            "Input",
            "Range",
            "At the low end",
            "At the high end",
            "Flips",
            "Range's source",
        ],
        tornado.bars.iter().map(|bar| {
            let param = bar.input.param();
            let flips = bar.flip.map_or_else(
                || "no".to_owned(),
                |flip| flip_text(bar, flip, tornado.basis),
            );
            vec![
                param.label.to_owned(),
                range_text(bar),
                usd(bar.gap_at_low_usd),
                usd(bar.gap_at_high_usd),
                flips,
                tornado_range_source(bar.input).to_owned(),
            ]
        }),
    );
    chart_panel(
        ChartPanelContent {
            title: "What moves the answer most".to_owned(),
            title_id: ids.id("tornado-title"),
            testid: "tornado",
            description: describe_tornado(tornado),
            note: " Each bar swings one input, the others held (the prices 40% either side, the rest across their plausible range, stretched to reach this scenario's), and spans the gap at its two ends; the thick line is this scenario's gap, and where a bar crosses zero (the thin line), the answer flips.".to_owned(),
            controls: Html::default(),
            legend: legend(tornado.basis),
            table,
        },
        Drawing::Tornado(tornado.clone()),
    )
}

/// Props of [`WhereItFlips`].
#[derive(Properties, PartialEq, Clone)]
pub struct WhereItFlipsProps {
    /// The scenario, the view's basis and the map's second axis.
    pub inputs: (Scenario, Basis, Input),
    /// Gets the map's choice of axis.
    pub ondispatch: Callback<Action>,
}

/// Both panels, computed after the figures ([`flips`], with [`use_deferred`]). Two
/// components: this one follows the inputs and holds the result, which alone renders the
/// panels, so that an input renders neither the calculator again when the result arrives
/// nor the panels before it does. Measured with `make bench`: rendering or comparing the
/// panels and their tables on every input, or the whole calculator for each result, took
/// the years view's input-to-chart latency at 4x CPU throttle from 13 to 17-40 ms.
#[component]
pub fn WhereItFlips(props: &WhereItFlipsProps) -> Html {
    let flips = use_deferred(props.inputs, flips);
    html! { <FlipPanels {flips} ondispatch={props.ondispatch.clone()} /> }
}

/// Props of [`FlipPanels`].
#[derive(Properties, PartialEq, Clone)]
struct FlipPanelsProps {
    /// The map and the tornado to show.
    flips: Rc<Flips>,
    /// Gets the map's choice of axis.
    ondispatch: Callback<Action>,
}

/// The map's and the tornado's panels, rendered only when `flips` changes.
#[component]
fn FlipPanels(props: &FlipPanelsProps) -> Html {
    let ids = use_unique_id();
    html! {
        <>
            { map_panel(&ids, &props.flips, &props.ondispatch) }
            { tornado_panel(&ids, &props.flips.tornado) }
        </>
    }
}
