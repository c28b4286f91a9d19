//! The query-string codec: round trips, and hostile or malformed query strings.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::model::{snapshot, AiMode, ChosenPresets, Input, Preset, Scenario, Side};
use mining_vs_ai::number_text::is_decimal;
use mining_vs_ai::url_state::{decode, encode, encode_pinned};
use proptest::prelude::*;

mod common;

fn assert_in_range(scenario: &Scenario) {
    for input in Input::ALL {
        let param = input.param();
        let value = input.get(scenario);
        assert!(
            value.is_finite() && param.min <= value && value <= param.max,
            "{} = {value}",
            param.label
        );
    }
}

fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -10.0..300_000.0f64,
        1 => any::<f64>(),
        1 => Just(f64::NAN),
        1 => Just(-0.0),
    ]
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    common::scenario_from(|_| any_value().boxed())
}

/// Any preset of `side`, or none.
fn any_preset_on(side: Side) -> impl Strategy<Value = Option<Preset>> {
    proptest::option::of(proptest::sample::select(
        Preset::on(side).collect::<Vec<_>>(),
    ))
}

prop_compose! {
    fn any_presets()(
        network in any_preset_on(Side::Network),
        mining in any_preset_on(Side::Mining),
        ai in any_preset_on(Side::Ai),
    ) -> ChosenPresets {
        ChosenPresets::default()
            .with_on(Side::Network, network)
            .with_on(Side::Mining, mining)
            .with_on(Side::Ai, ai)
    }
}

proptest! {
    #[test]
    fn decoding_an_encoded_scenario_restores_it_exactly(
        scenario in any_scenario(),
        presets in any_presets(),
    ) {
        let query = encode(&scenario, presets);
        prop_assert_eq!(decode(&query), (scenario.sanitized(), presets), "query {}", query);
        prop_assert!(!query.contains("preset="), "older key written: {}", query);
    }

    #[test]
    fn a_pinned_link_carries_every_input_and_restores_the_scenario_pinned(
        scenario in any_scenario(),
        presets in any_presets(),
    ) {
        let query = encode_pinned(&scenario, presets);
        let keys: Vec<&str> = query.split('&').filter_map(|pair| pair.split('=').next()).collect();
        prop_assert_eq!(keys[0], "asof");
        for input in Input::ALL {
            prop_assert!(keys.contains(&input.key()), "{} missing from {}", input.key(), query);
        }
        prop_assert!(keys.contains(&"ai") && keys.contains(&"passthru"));
        let pinned = presets.pinned_to(snapshot::AS_OF);
        prop_assert_eq!(decode(&query), (scenario.sanitized(), pinned));
        // The page keeps the pin as it rewrites its address.
        prop_assert_eq!(decode(&encode(&scenario, pinned)), (scenario.sanitized(), pinned));
    }

    #[test]
    fn any_string_decodes_to_a_scenario_in_range(query in ".{0,400}") {
        assert_in_range(&decode(&query).0);
    }

    #[test]
    fn any_list_of_pairs_decodes_to_a_scenario_in_range(
        pairs in proptest::collection::vec(
            (
                prop_oneof![
                    proptest::sample::select(Input::ALL.map(Input::key).to_vec()).prop_map(str::to_owned),
                    "[a-z]{1,8}",
                ],
                prop_oneof![
                    any::<f64>().prop_map(|value| value.to_string()),
                    "[-+0-9.eE%a-zA-Z]{0,24}",
                ],
            ),
            0..40,
        )
    ) {
        let query = pairs
            .iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect::<Vec<_>>()
            .join("&");
        assert_in_range(&decode(&query).0);
    }
}

/// What a hostile value decodes to: the default, a number clamped into the range, or the
/// maximum.
enum Expected {
    Default,
    Clamped(f64),
    Max,
}

#[test]
fn hostile_values_are_ignored_or_clamped_for_every_key() {
    let long_number = "9".repeat(10_000);
    use Expected::{Clamped, Default, Max};
    let cases = [
        ("NaN", Default),
        ("nan", Default),
        ("inf", Default),
        ("-inf", Default),
        ("Infinity", Default),
        ("-Infinity", Default),
        ("1e309", Default),
        ("-1e309", Default),
        ("", Default),
        ("abc", Default),
        ("1,000", Default),
        ("0x10", Default),
        ("%00", Default),
        ("%E2%82%AC", Default),
        ("\u{1F4B0}", Default),
        (long_number.as_str(), Default),
        ("-5", Clamped(-5.0)),
        ("-0", Clamped(0.0)),
        ("1e308", Max),
        ("%2B1e300", Max),
    ];
    for input in Input::ALL {
        let param = input.param();
        for (value, expected) in &cases {
            let (scenario, presets) = decode(&format!("?{}={value}", input.key()));
            assert_eq!(presets, ChosenPresets::default());
            assert_in_range(&scenario);
            let decoded = input.get(&scenario);
            assert_eq!(
                decoded,
                match expected {
                    Default => param.default,
                    // Below the minimum of most inputs; inside the range of growth rates.
                    Clamped(number) => param.min.max(*number),
                    Max => param.max,
                },
                "{}={value:.20}",
                input.key()
            );
            assert!(
                decoded != 0.0 || decoded.is_sign_positive(),
                "{}={value} gave -0",
                input.key()
            );
        }
    }
}

#[test]
fn the_first_of_repeated_keys_counts() {
    let (scenario, _) = decode("btc=70000&btc=80000&ai=gpu&ai=lease");
    assert_eq!(scenario.btc_price_usd, 70_000.0);
    assert_eq!(scenario.ai_mode, AiMode::GpuCloud);
}

#[test]
fn unknown_keys_and_unknown_words_are_ignored() {
    let (scenario, presets) = decode(
        "utm_source=x&btc=70000&ai=quantum&passthru=yes&preset=nope&miner=nope&deal=s21&data=h100&=5&&x",
    );
    assert_eq!(
        presets,
        ChosenPresets::default(),
        "a preset of another side too"
    );
    assert_eq!(
        scenario,
        Scenario {
            btc_price_usd: 70_000.0,
            ..Scenario::default()
        }
    );
}

#[test]
fn a_query_of_thousands_of_pairs_still_decodes() {
    let junk = "k=v&".repeat(5_000);
    let (scenario, _) = decode(&format!("btc=70000&{junk}mw=5"));
    assert_eq!(scenario.btc_price_usd, 70_000.0);
    assert_in_range(&scenario);
}

#[test]
fn flags_and_modes_round_trip() {
    for (query, mode, passthrough) in [
        ("ai=gpu", AiMode::GpuCloud, true),
        ("ai=lease&passthru=0", AiMode::HpcLease, false),
        ("passthru=1", AiMode::HpcLease, true),
    ] {
        let (scenario, _) = decode(query);
        assert_eq!(scenario.ai_mode, mode, "{query}");
        assert_eq!(scenario.lease_power_passthrough, passthrough, "{query}");
    }
}

proptest! {
    /// The grammar accepts exactly what Rust's parser reads as a number, except the words
    /// for infinity and NaN, which are never wanted.
    #[test]
    fn the_decimal_grammar_matches_rusts_parser(text in "[-+0-9.eE]{0,12}|[a-zA-Z0-9 ,_.+-]{0,12}") {
        let word = text.trim_start_matches(['+', '-']).to_ascii_lowercase();
        let rust_reads_a_number = text.parse::<f64>().is_ok() && !["inf", "infinity", "nan"].contains(&word.as_str());
        prop_assert_eq!(is_decimal(&text), rust_reads_a_number, "{:?}", text);
    }
}

#[test]
fn every_older_preset_link_opens_on_its_side_with_the_same_values() {
    // The single preset of older links, onto the picker of its side; each gives the
    // scenario it gave then, but for what the presets now say truthfully.
    let cases = [
        ("article-2026-03", Side::Network),
        ("hut8-fluidstack", Side::Ai),
        ("corescientific-coreweave", Side::Ai),
        ("iren-microsoft", Side::Ai),
        ("s21", Side::Mining),
        ("s21-xp", Side::Mining),
        ("s23-hydro", Side::Mining),
        ("h100", Side::Ai),
        ("b200", Side::Ai),
        ("gb200-nvl72", Side::Ai),
    ];
    for (id, side) in cases {
        let (scenario, presets) = decode(&format!("?preset={id}&power=35"));
        let preset = Preset::from_id(id).expect(id);
        assert_eq!(presets, ChosenPresets::default().with(preset), "{id}");
        assert_eq!(presets.get(side), Some(preset), "{id}");
        assert_eq!(
            scenario,
            Scenario {
                power_price_usd_per_mwh: 35.0,
                ..preset.scenario()
            },
            "{id}"
        );
        // Written back with the side's key.
        assert_eq!(
            encode(&scenario, presets),
            format!("{}={id}&power=35", side.key()),
            "{id}"
        );
    }
}

#[test]
fn the_older_article_link_still_shows_the_articles_whole_scenario() {
    // BTC $65,000, 950 EH/s, 0.03 BTC fees, 18 J/TH, a $150/kW-month pass-through lease.
    let (scenario, _) = decode("?preset=article-2026-03");
    assert_eq!(
        (
            scenario.btc_price_usd,
            scenario.network_hashrate_eh_per_s,
            scenario.fees_per_block_btc,
            scenario.fleet_efficiency_j_per_th,
            scenario.lease_usd_per_kw_month,
            scenario.ai_mode,
            scenario.lease_power_passthrough,
        ),
        (65_000.0, 950.0, 0.03, 18.0, 150.0, AiMode::HpcLease, true)
    );
}

#[test]
fn a_miner_and_a_deal_combine_in_one_link() {
    let (scenario, presets) = decode("?miner=s23-hydro&deal=galaxy-helios&btc=90000");
    assert_eq!(presets.get(Side::Mining), Some(Preset::AntminerS23Hydro));
    assert_eq!(presets.get(Side::Ai), Some(Preset::GalaxyHelios));
    assert_eq!(presets.get(Side::Network), None);
    assert_eq!(
        scenario,
        Scenario {
            btc_price_usd: 90_000.0,
            fleet_efficiency_j_per_th: 9.5,
            mining_pue: 1.03,
            site_mw: 631.2,
            lease_usd_per_kw_month: 158.0,
            // Galaxy's $158 is an average over the term: no escalator on top.
            rent_escalator_pct_per_year: 0.0,
            build_years: 0.75,
            landlord_costs_pct: 10.0,
            ..Scenario::default()
        }
    );
}

#[test]
fn a_sides_own_key_beats_an_older_preset_of_that_side() {
    let (_, presets) = decode("?preset=s21&miner=s21-xp&deal=b200-contract");
    assert_eq!(presets.get(Side::Mining), Some(Preset::AntminerS21Xp));
    assert_eq!(presets.get(Side::Ai), Some(Preset::B200Contract));
    // An older preset of another side still counts for its own.
    let (_, presets) = decode("?preset=h100&miner=s21");
    assert_eq!(presets.get(Side::Ai), Some(Preset::H100));
    assert_eq!(presets.get(Side::Mining), Some(Preset::AntminerS21));
}

#[test]
fn values_beyond_the_sliders_are_read_whole() {
    let (scenario, _) = decode("?btc=1000000&hashrate=50&fees=2&eff=98&subsidy=50");
    assert_eq!(scenario.btc_price_usd, 1_000_000.0);
    assert_eq!(scenario.network_hashrate_eh_per_s, 50.0);
    assert_eq!(scenario.fees_per_block_btc, 2.0);
    assert_eq!(scenario.fleet_efficiency_j_per_th, 98.0);
    assert_eq!(scenario.block_subsidy_btc, 50.0);
}

#[test]
fn a_pin_the_site_has_no_snapshot_of_follows_the_latest_data_but_keeps_every_key_given() {
    let (scenario, presets) = decode("asof=2001-01-03&btc=42000&power=35");
    assert_eq!(presets.pinned(), None);
    assert_eq!(presets, ChosenPresets::default());
    assert_eq!(scenario.btc_price_usd, 42_000.0);
    assert_eq!(scenario.power_price_usd_per_mwh, 35.0);
    assert_eq!(
        scenario.network_hashrate_eh_per_s,
        Scenario::default().network_hashrate_eh_per_s
    );
}

#[test]
fn a_pinned_link_without_a_key_takes_the_pinned_snapshots_default() {
    let latest = snapshot::latest();
    let (scenario, presets) = decode(&format!("asof={}&power=35", latest.as_of));
    assert_eq!(presets.pinned(), Some(latest));
    assert_eq!(scenario.btc_price_usd, latest.btc_price_usd);
    assert_eq!(scenario.fees_per_block_btc, latest.fees_per_block_btc);
    assert_eq!(scenario.power_price_usd_per_mwh, 35.0);
}
