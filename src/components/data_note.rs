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

/// The sentence under the figures that dates them. `data-pinned` carries the date of a
/// pinned snapshot, for scripts and tests. A plain function: it holds no state.
pub fn data_note(state: &Calculator) -> Html {
    let network_preset = state.presets.get(Side::Network);
    let text = if state.is_modified(Side::Network) {
        format!(
            "Network figures set here (BTC price, hashrate, subsidy or fees), not the latest data, which are as of {}: {}.",
            snapshot::AS_OF_TEXT,
            latest_figures(),
        )
    } else if let Some(preset) = network_preset {
        format!(
            "Network figures of the preset \"{}\", not the latest data, which are as of {}: {}.",
            preset.name(),
            snapshot::AS_OF_TEXT,
            latest_figures(),
        )
    } else if let Some(pinned) = state.presets.pinned() {
        format!(
            "Figures as of {}: pinned to that day's network data (the BTC price, the network hashrate, the block subsidy and the fees per block), so they stay as published when the data are refreshed; the latest data are of {}.",
            pinned.as_of_text,
            snapshot::AS_OF_TEXT,
        )
    } else {
        format!(
            "Network data as of {}: the BTC price, the network hashrate, the block subsidy and the fees per block; each control names its source. These figures follow the latest data; a copied link or embed keeps them as they are now.",
            snapshot::AS_OF_TEXT,
        )
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
/// the date of the network data they stand on (a pinned link's day, or the latest data).
/// The full note ([`data_note`]) is under "More".
pub fn source_line(state: &Calculator) -> Html {
    let as_of = match state.presets.pinned() {
        Some(pinned) => pinned.as_of_text,
        None => snapshot::AS_OF_TEXT,
    };
    let network = if state.is_modified(Side::Network) || state.presets.get(Side::Network).is_some()
    {
        "network figures as set here; latest data"
    } else {
        "data"
    };
    html! {
        <p class="note source-line" data-testid="source-line">
            { format!("Source: Mining vs AI calculator; {network} of {as_of}.") }
        </p>
    }
}
