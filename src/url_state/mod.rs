//! The scenario in a page's query string, and back: `?miner=s21&deal=h100&btc=90000`.
//!
//! Pure and total. Decoding accepts any string: unknown keys are ignored, a value that is not
//! a finite number is ignored, a number out of range is clamped, and for a repeated key the
//! first occurrence counts, as with `URLSearchParams.get`. Encoding writes the preset of each
//! side (`data`, `miner`, `deal`) and only the values that differ from the base (the chosen
//! presets' values over the defaults), so links stay short. Links of before the sides, with
//! one `preset`, are read onto the side of that preset.
//!
//! The address's other keys, which say how to show a scenario rather than what it is (the
//! view, the map's axis, an embed's theme, background and front controls), are
//! [`display`]'s.

use crate::model::inputs::CHOICES;
use crate::model::paths::Path;
use crate::model::{snapshot, ChosenPresets, Input, Preset, Scenario, Side};
use crate::number_text::{number_text, parse_finite};
use crate::state::Calculator;

mod display;
pub use display::{
    embed_options, front_controls_of, is_embed, map_y_of, pym_child_id, view_of, with_embed,
    with_view, FrontControls, CONTROL_AI_MODE, KEY_BACKGROUND, KEY_CONTROLS, KEY_THEME,
    MAIN_INPUTS, THEMES,
};

/// Longest value, in bytes, that is read; longer ones are ignored as garbage.
const VALUE_BYTES_MAX: usize = 64;
/// Most key-value pairs read from one query string or config.
pub const PAIRS_MAX: usize = 100;

/// Key of the one preset of older links, by its id: read onto that preset's side, never
/// written.
pub const KEY_PRESET: &str = "preset";
const KEY_EMBED: &str = "embed";
/// Key of the view a page opens on (`view=years`); not part of the scenario.
pub const KEY_VIEW: &str = "view";
/// Key of the decision map's second axis (`mapy=lease`), by the input's key; not part of
/// the scenario.
pub const KEY_MAP_Y: &str = "mapy";
/// Key of the path of the BTC price and the hashrate (`path=bull`): written instead of
/// their growth rates when the scenario is on a path; read before them, so that a link's own
/// rates win.
const KEY_PATH: &str = "path";
/// Key of the date of the data snapshot a pinned link's figures are from.
pub const KEY_AS_OF: &str = "asof";

/// Every key a scenario is read from: the numeric inputs' in their order, then the choices'
/// ([`CHOICES`]), the path, the presets of the sides, the
/// older single preset and the pinned snapshot's date. These are what a scenario is read
/// from; an embed also takes its display's keys (the view, the theme, the background, the
/// controls shown and the map's axis) and a newsroom's words ([`crate::newsroom`]).
pub fn scenario_keys() -> Vec<&'static str> {
    Input::ALL
        .into_iter()
        .map(Input::key)
        .chain(CHOICES.map(|choice| choice.key))
        .chain([KEY_PATH])
        .chain(Side::ALL.map(Side::key))
        .chain([KEY_PRESET, KEY_AS_OF])
        .collect()
}

/// Each side's chosen preset, as key and id.
fn preset_pairs(presets: ChosenPresets) -> impl Iterator<Item = (&'static str, String)> {
    Side::ALL.into_iter().filter_map(move |side| {
        presets
            .get(side)
            .map(|preset| (side.key(), preset.id().to_owned()))
    })
}

/// The pinned snapshot's date, if any, and each side's chosen preset, as keys and ids.
fn pin_and_preset_pairs(presets: ChosenPresets) -> Vec<(&'static str, String)> {
    presets
        .pinned()
        .map(|pinned| (KEY_AS_OF, pinned.as_of.to_owned()))
        .into_iter()
        .chain(preset_pairs(presets))
        .collect()
}

/// The keys and values of a scenario that differ from its base (the chosen presets' values
/// over the defaults), pin and presets first: what a link or an embed needs to say.
fn changed_pairs(scenario: &Scenario, presets: ChosenPresets) -> Vec<(&'static str, String)> {
    let scenario = scenario.sanitized();
    let base = presets.base();
    let mut pairs = pin_and_preset_pairs(presets);
    for input in Input::ALL {
        let value = input.get(&scenario);
        if value != input.get(&base) {
            pairs.push((input.key(), number_text(value)));
        }
    }
    for choice in CHOICES {
        if choice.differs(&scenario, &base) {
            pairs.push((choice.key, (choice.write)(&scenario).to_owned()));
        }
    }
    pairs
}

/// The query string, without `?`, that [`decode`] turns back into `scenario` and `presets`.
pub fn encode(scenario: &Scenario, presets: ChosenPresets) -> String {
    query_of(with_path(changed_pairs(scenario, presets), scenario))
}

/// `pairs` with the growth rates of the BTC price and the hashrate written as the path
/// they make, if they make one and `pairs` has them. Not for pinned links, which carry the
/// rates themselves, so that a later change of a path's rates does not move their figures.
fn with_path(
    mut pairs: Vec<(&'static str, String)>,
    scenario: &Scenario,
) -> Vec<(&'static str, String)> {
    if let Some(path) = Path::of(&scenario.sanitized()) {
        let rates = [Input::BtcGrowth.key(), Input::HashrateGrowth.key()];
        let count = pairs.len();
        pairs.retain(|(key, _)| !rates.contains(key));
        if pairs.len() < count {
            pairs.push((KEY_PATH, path.key().to_owned()));
        }
    }
    pairs
}

/// Keys and values as a query string, without `?`.
fn query_of(pairs: impl IntoIterator<Item = (&'static str, String)>) -> String {
    pairs
        .into_iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// Every input and choice of `scenario`, sanitized, as keys and values.
fn scenario_pairs(scenario: &Scenario) -> impl Iterator<Item = (&'static str, String)> {
    let scenario = scenario.sanitized();
    Input::ALL
        .into_iter()
        .map(move |input| (input.key(), number_text(input.get(&scenario))))
        .chain(CHOICES.map(|choice| (choice.key, (choice.write)(&scenario).to_owned())))
}

/// The query string, without `?`, of the calculator's scenario pinned ([`encode_pinned`])
/// and its view: what links, embeds and downloads carry.
pub fn pinned_query(state: &Calculator) -> String {
    with_view(
        &encode_pinned(&state.scenario, state.presets),
        state.view,
        state.map_y,
    )
}

/// The query string, without `?`, that the page keeps in its address for `state`: pinned
/// ([`pinned_query`]) when the scenario was opened pinned, so that copying the address
/// keeps the figures too; otherwise short, only what differs from the latest data, with
/// the view.
pub fn address_query(state: &Calculator) -> String {
    if state.presets.pinned().is_some() {
        pinned_query(state)
    } else {
        with_view(
            &encode(&state.scenario, state.presets),
            state.view,
            state.map_y,
        )
    }
}

/// The query string, without `?`, that pins `scenario`: the snapshot's date (the pinned
/// one, else the latest) and every input, so that it keeps its numbers when the data are
/// refreshed. What "Copy link" and the embed snippets carry.
pub fn encode_pinned(scenario: &Scenario, presets: ChosenPresets) -> String {
    let presets = presets.pinned_to(
        presets
            .pinned()
            .map_or(snapshot::AS_OF, |pinned| pinned.as_of),
    );
    query_of(
        pin_and_preset_pairs(presets)
            .into_iter()
            .chain(scenario_pairs(scenario)),
    )
}

/// The scenario and presets a query string describes, with or without its leading `?`.
pub fn decode(query: &str) -> (Scenario, ChosenPresets) {
    decode_pairs(query_pairs(query))
}

/// The keys and values of a query string, with or without its leading `?`, decoded as
/// browsers do (`+` is a space, `%XX` a byte, invalid escapes stay as written, invalid
/// UTF-8 becomes U+FFFD).
fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
}

/// The scenario and presets that key-value pairs describe, read as [`decode`] reads a query
/// string: the one path every value from outside goes through. At most [`PAIRS_MAX`] pairs
/// are read; values longer than [`VALUE_BYTES_MAX`] are ignored. A side's key that names a
/// preset of another side is ignored; an older link's `preset` counts for its side unless
/// that side's own key names one. An `asof` the site has a snapshot of pins the defaults to
/// that snapshot's figures; any other follows the latest data.
pub fn decode_pairs(
    pairs: impl IntoIterator<Item = (String, String)>,
) -> (Scenario, ChosenPresets) {
    let pairs: Vec<(String, String)> = pairs
        .into_iter()
        .take(PAIRS_MAX)
        .filter(|(_, value)| value.len() <= VALUE_BYTES_MAX)
        .collect();
    let first = |wanted: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == wanted)
            .map(|(_, value)| value.trim())
    };
    let older = first(KEY_PRESET).and_then(Preset::from_id);
    let presets = Side::ALL
        .into_iter()
        .fold(ChosenPresets::default(), |presets, side| {
            let own = first(side.key())
                .and_then(Preset::from_id)
                .filter(|preset| preset.side() == side);
            let older = older.filter(|preset| preset.side() == side);
            presets.with_on(side, own.or(older))
        });
    // After the sides: choosing the network side leaves a pin.
    let presets = match first(KEY_AS_OF) {
        Some(as_of) => presets.pinned_to(as_of),
        None => presets,
    };
    let mut scenario = presets.base();
    if let Some(path) = first(KEY_PATH).and_then(Path::from_key) {
        scenario = path.on(&scenario);
    }
    for input in Input::ALL {
        if let Some(value) = first(input.key()).and_then(parse_finite) {
            input.set(&mut scenario, value);
        }
    }
    for choice in CHOICES {
        if let Some(value) = first(choice.key) {
            (choice.read)(&mut scenario, value);
        }
    }
    (scenario, presets)
}

/// Every key and value of a scenario, as [`decode_pairs`] reads them, for scripts that
/// want the whole scenario rather than its differences from a base.
pub fn all_pairs(scenario: &Scenario, presets: ChosenPresets) -> Vec<(&'static str, String)> {
    scenario_pairs(scenario)
        .chain(preset_pairs(presets))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AiMode;

    #[test]
    fn a_path_is_written_for_its_rates_unless_pinned_and_read_before_a_links_own() {
        let mut bull = Scenario::default();
        Input::BtcGrowth.set(&mut bull, 29.0);
        Input::HashrateGrowth.set(&mut bull, 14.0);
        assert_eq!(encode(&bull, ChosenPresets::default()), "path=bull");
        assert_eq!(decode("path=bull").0, bull);
        // Pinned links carry the rates themselves.
        let pinned = encode_pinned(&bull, ChosenPresets::default());
        assert!(pinned.contains("&btcg=29&hashg=14&") && !pinned.contains("path="));
        assert_eq!(decode(&pinned).0, bull);
        // Off the path: the rates as they are.
        let mut off = bull;
        Input::HashrateGrowth.set(&mut off, 13.0);
        assert_eq!(encode(&off, ChosenPresets::default()), "btcg=29&hashg=13");
        assert_eq!(
            decode("hashg=13&path=bull").0,
            off,
            "a link's own rate wins"
        );
        assert_eq!(decode("path=moon").0, Scenario::default());
        // The base path is the defaults: nothing to write.
        assert_eq!(encode(&Scenario::default(), ChosenPresets::default()), "");
        assert_eq!(
            decode("btc=90000&view=years"),
            decode("btc=90000"),
            "the view is not part of the scenario"
        );
    }

    #[test]
    fn the_defaults_encode_to_an_empty_query() {
        assert_eq!(encode(&Scenario::default(), ChosenPresets::default()), "");
        assert_eq!(decode(""), (Scenario::default(), ChosenPresets::default()));
    }

    #[test]
    fn only_values_that_differ_from_the_base_are_written() {
        let presets = ChosenPresets::default()
            .with(Preset::H100)
            .with(Preset::AntminerS21);
        let mut scenario = presets.base();
        scenario.btc_price_usd = 90_000.0;
        assert_eq!(encode(&scenario, presets), "miner=s21&deal=h100&btc=90000");
        let gpu_cloud = Scenario {
            lease_power_passthrough: false,
            ai_mode: AiMode::GpuCloud,
            ..Scenario::default()
        };
        assert_eq!(
            encode(&gpu_cloud, ChosenPresets::default()),
            "ai=gpu&passthru=0"
        );
    }

    #[test]
    fn explicit_keys_override_the_preset() {
        let (scenario, presets) = decode("?deal=hut8-fluidstack&lease=100&mw=50");
        assert_eq!(presets.get(Side::Ai), Some(Preset::Hut8Fluidstack));
        assert_eq!(scenario.lease_usd_per_kw_month, 100.0);
        assert_eq!(scenario.site_mw, 50.0);
        assert_eq!(
            scenario.ai_pue,
            Preset::Hut8Fluidstack.scenario().ai_pue,
            "keys left out keep the preset's values"
        );
    }

    #[test]
    fn front_controls_name_the_main_inputs_and_the_switch() {
        assert_eq!(front_controls_of("btc=1"), FrontControls::default());
        let front = front_controls_of("controls=btc, ai");
        assert_eq!(front.main_inputs(true), [Input::BtcPrice]);
        assert_eq!(front.main_inputs(false), [Input::SiteMw, Input::PowerPrice]);
        assert!(front.ai_mode);
        let none = front_controls_of("controls=none");
        assert_eq!(none.main_inputs(true), []);
        assert!(!none.ai_mode);
        // Input keys beyond the main three are not front controls.
        assert_eq!(
            front_controls_of("controls=lease"),
            FrontControls::default()
        );
    }

    #[test]
    fn all_pairs_decode_to_the_same_scenario() {
        let presets = ChosenPresets::default()
            .with(Preset::IrenMicrosoft)
            .with(Preset::ArticleMarch2026);
        let scenario = presets.base();
        let pairs = all_pairs(&scenario, presets);
        assert_eq!(pairs.len(), Input::ALL.len() + 5);
        let owned = pairs
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value));
        assert_eq!(decode_pairs(owned), (scenario, presets));
    }

    #[test]
    fn escapes_and_plus_signs_are_decoded() {
        let pairs = |query| query_pairs(query).collect::<Vec<_>>();
        let pair = |key: &str, value: &str| (key.to_owned(), value.to_owned());
        assert_eq!(pairs("?x=1e%2B5"), [pair("x", "1e+5")]);
        assert_eq!(pairs("x=a+b%zz%4"), [pair("x", "a b%zz%4")]);
        // "%+1" is no escape: a sign is not a hex digit.
        assert_eq!(
            pairs("x=%+1&%E2%82%AC=%ff"),
            [pair("x", "% 1"), pair("€", "\u{fffd}")]
        );
        assert_eq!(
            pairs("a&&b=&=c"),
            [pair("a", ""), pair("b", ""), pair("", "c")]
        );
        assert_eq!(decode("btc=%2091000%20").0.btc_price_usd, 91_000.0);
    }
}
