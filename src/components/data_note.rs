//! Where the network figures on screen come from: the latest data, a pinned day's data, a
//! preset's figures, or the reader's own.

use yew::prelude::*;

use crate::format::with_unit;
use crate::model::{snapshot, Input, Side};
use crate::state::Calculator;

/// The latest snapshot's figures, for a sentence: "BTC $60,500, 958.3 EH/s".
fn latest_figures() -> String {
    let latest = snapshot::latest();
    format!(
        "BTC {}, {}",
        with_unit(latest.btc_price_usd, Input::BtcPrice.param().unit),
        with_unit(
            latest.network_hashrate_eh_per_s,
            Input::NetworkHashrate.param().unit
        ),
    )
}

/// What the network figures on screen are: set by hand, a preset's, a pinned day's or the
/// latest data. The data note and the source line say the same.
enum NetworkBasis {
    SetHere,
    Preset(&'static str),
    Pinned(&'static snapshot::Snapshot),
    Latest,
}

fn network_basis(state: &Calculator) -> NetworkBasis {
    if state.is_modified(Side::Network) {
        NetworkBasis::SetHere
    } else if let Some(preset) = state.presets.get(Side::Network) {
        NetworkBasis::Preset(preset.name())
    } else if let Some(pinned) = state.presets.pinned() {
        NetworkBasis::Pinned(pinned)
    } else {
        NetworkBasis::Latest
    }
}

/// The sentence under the figures that dates them. `data-pinned` carries the date of a
/// pinned snapshot, for scripts and tests. A plain function: it holds no state.
pub fn data_note(state: &Calculator) -> Html {
    let text = match network_basis(state) {
        NetworkBasis::SetHere => format!(
            "Network figures set here (BTC price, hashrate, subsidy or fees), not the latest data, which are as of {}: {}.",
            snapshot::AS_OF_TEXT,
            latest_figures(),
        ),
        NetworkBasis::Preset(name) => format!(
            "Network figures of the preset \"{name}\", not the latest data, which are as of {}: {}.",
            snapshot::AS_OF_TEXT,
            latest_figures(),
        ),
        NetworkBasis::Pinned(pinned) => format!(
            "Figures as of {}: pinned to that day's network data (the BTC price, the network hashrate, the block subsidy and the fees per block), so they stay as published when the data are refreshed; the latest data are of {}.",
            pinned.as_of_text,
            snapshot::AS_OF_TEXT,
        ),
        NetworkBasis::Latest => format!(
            "Network data as of {}: the BTC price, the network hashrate, the block subsidy and the fees per block; each control names its source. These figures follow the latest data; a copied link or embed keeps them as they are now.",
            snapshot::AS_OF_TEXT,
        ),
    };
    html! {
        <p
            class="note as-of"
            data-testid="as-of"
            data-pinned={state.presets.pinned().map(|pinned| pinned.as_of)}
        >
            { text }
        </p>
    }
}

/// The embed's source line, as a chart in an article has one: who computed the figures and
/// what network data they stand on ([`source_text`], as [`data_note`] says at length under
/// "More"), after a newsroom's credit.
pub fn source_line(words: &str) -> Html {
    html! {
        <p class="note source-line" data-testid="source-line">{ words }</p>
    }
}

/// The words of [`source_line`] (after a newsroom's credit, if any), which a downloaded
/// chart repeats.
pub fn source_text(state: &Calculator) -> String {
    let (network, as_of) = match network_basis(state) {
        NetworkBasis::SetHere => (
            "network figures set here; latest data",
            snapshot::AS_OF_TEXT,
        ),
        NetworkBasis::Preset(_) => (
            "a preset's network figures; latest data",
            snapshot::AS_OF_TEXT,
        ),
        NetworkBasis::Pinned(pinned) => ("network data", pinned.as_of_text),
        NetworkBasis::Latest => ("data", snapshot::AS_OF_TEXT),
    };
    format!("Source: Mining vs AI calculator; {network} of {as_of}.")
}
