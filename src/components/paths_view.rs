//! The decision under three paths for the BTC price and the network hashrate, side by side,
//! each one click from being the scenario's.

use yew::prelude::*;

use crate::format::{count, usd, with_unit};
use crate::hooks::UniqueId;
use crate::model::decision::horizon_years;
use crate::model::decision::{npvs, Npvs};
use crate::model::paths::{Implied, Path};
use crate::model::sensitivity::ai_wins;
use crate::model::Scenario;
use crate::number_text::{grouped, number_text};
use crate::state::Action;

/// A growth rate as the table writes it: "+67%", "0%", "-25%".
fn rate(pct_per_year: f64) -> String {
    let sign = if pct_per_year > 0.0 { "+" } else { "" };
    format!("{sign}{}%", number_text(pct_per_year))
}

/// Keep mining's NPV, or that it is idled every year: on a path where no year's margin over
/// power pays for the machines and other costs, the same $0 on every path would otherwise
/// read as a fault.
fn keep_mining(values: &Npvs) -> String {
    if values.always_idle {
        "$0: idled every year".to_owned()
    } else {
        usd(values.keep_mining_usd)
    }
}

/// A table with a column per path: its growth rates, what each choice is worth on it (NPV
/// per MW), the difference and who wins. Each column's head is a button that puts the
/// scenario on that path (`ondispatch` gets it); the path the scenario is on is pressed.
/// Below, where each path comes from. A plain function: it holds no state.
pub fn paths_view(ids: &UniqueId, scenario: &Scenario, ondispatch: &Callback<Action>) -> Html {
    let title_id = ids.id("paths-title");
    let hint_id = ids.id("paths-hint");
    let on = Path::of(scenario);
    let columns = Path::ALL.map(|path| (path, npvs(&path.on(scenario))));
    let implied = Path::ALL.map(|path| path.implied(scenario));
    let last_year = horizon_years(scenario);
    let per_implied = |cell: &dyn Fn(&Implied) -> String| {
        implied
            .iter()
            .map(|implied| html! { { cell(implied) } })
            .collect::<Vec<Html>>()
    };
    let row = |head: &str, cells: Vec<Html>| {
        html! {
            <tr>
                <th scope="row">{ head.to_owned() }</th>
                { for cells.into_iter().map(|cell| html! { <td>{ cell }</td> }) }
            </tr>
        }
    };
    let per_path = |cell: &dyn Fn(Path, &Npvs) -> Html| {
        columns
            .iter()
            .map(|(path, values)| cell(*path, values))
            .collect()
    };
    html! {
        <section class="paths" aria-labelledby={title_id.clone()} data-testid="paths">
            <h2 id={title_id.clone()}>{ "Under three paths for Bitcoin" }</h2>
            <p class="note">
                { format!("Value today (NPV) per MW over {}, keeping the miners discounted at {}% a year and converting at {}%, the rest of the scenario as it is.", count(f64::from(horizon_years(scenario)), "year"), number_text(scenario.discount_rate_pct), number_text(scenario.ai_discount_rate_pct)) }
            </p>
            <table aria-labelledby={title_id.clone()}>
                <thead>
                    <tr>
                        <td></td>
                        { for Path::ALL.into_iter().map(|path| html! {
                            <th scope="col">
                                <button
                                    type="button"
                                    aria-pressed={(on == Some(path)).to_string()}
                                    aria-describedby={hint_id.clone()}
                                    data-testid={format!("path-{}", path.key())}
                                    onclick={ondispatch.reform(move |_: MouseEvent| Action::SetPath(path))}
                                >
                                    { path.label() }
                                </button>
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { row("BTC price, a year", per_path(&|path, _| html! { { rate(path.btc_growth_pct_per_year()) } })) }
                    { row("Network hashrate, a year", per_path(&|path, _| html! { { rate(path.hashrate_growth_pct_per_year()) } })) }
                    { row("Hashprice, a year, halvings included", per_implied(&|implied| format!("{}%", number_text((implied.hashprice_change_pct_per_year * 10.0).round() / 10.0)))) }
                    { row(&format!("BTC in year {last_year}"), per_implied(&|implied| usd(implied.btc_price_last_year_usd))) }
                    { row(&format!("Network in year {last_year}"), per_implied(&|implied| format!("{} EH/s, {} GW at {}", grouped(implied.network_hashrate_last_year_eh_per_s.round()), grouped(implied.network_power_last_year_gw.round()), with_unit(scenario.replacement_efficiency_j_per_th, "J/TH")))) }
                    { row("Keep mining", per_path(&|_, values| html! { { keep_mining(values) } })) }
                    { row("Convert", per_path(&|_, values| html! { { usd(values.convert_usd) } })) }
                    { row("Convert minus keep mining", per_path(&|path, values| {
                        let gain = values.difference_usd;
                        html! {
                            <span data-testid={format!("path-gain-{}", path.key())} data-value={number_text(gain)}>
                                { usd(gain) }
                            </span>
                        }
                    })) }
                    { row("Answer", per_path(&|_, values| html! {
                        { if ai_wins(values.difference_usd) { "Convert" } else { "Keep mining" } }
                    })) }
                </tbody>
            </table>
            <details>
                <summary>{ "Where the paths come from" }</summary>
                <dl>
                    { for Path::ALL.into_iter().map(|path| html! {
                        <>
                            <dt>{ path.label() }</dt>
                            <dd>{ path.source() }</dd>
                        </>
                    }) }
                </dl>
            </details>
            <p class="note" id={hint_id}>
                { "Choosing a path sets the BTC price growth and the network hashrate growth under \"Over the years\"; the rest of the scenario stays as it is." }
            </p>
        </section>
    }
}
