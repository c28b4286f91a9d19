//! The query-string codec: round trips, and hostile or malformed query strings.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::model::{AiMode, Input, Preset, Scenario};
use mining_vs_ai::number_text::is_decimal;
use mining_vs_ai::url_state::{decode, encode};
use proptest::prelude::*;

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

prop_compose! {
    fn any_scenario()(
        values in proptest::collection::vec(any_value(), Input::ALL.len()),
        gpu_cloud in any::<bool>(),
        passthrough in any::<bool>(),
    ) -> Scenario {
        let mut scenario = Scenario {
            ai_mode: if gpu_cloud { AiMode::GpuCloud } else { AiMode::HpcLease },
            lease_power_passthrough: passthrough,
            ..Scenario::default()
        };
        for (input, value) in Input::ALL.into_iter().zip(values) {
            // Unsanitized, as a struct built by hand could hold it.
            *input.value_mut(&mut scenario) = value;
        }
        scenario
    }
}

fn any_preset() -> impl Strategy<Value = Option<Preset>> {
    proptest::option::of(proptest::sample::select(Preset::ALL.to_vec()))
}

proptest! {
    #[test]
    fn decoding_an_encoded_scenario_restores_it_exactly(
        scenario in any_scenario(),
        preset in any_preset(),
    ) {
        let query = encode(&scenario, preset);
        prop_assert_eq!(decode(&query), (scenario.sanitized(), preset), "query {}", query);
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

/// What a hostile value decodes to.
enum Expected {
    Default,
    Min,
    Max,
}

#[test]
fn hostile_values_are_ignored_or_clamped_for_every_key() {
    let long_number = "9".repeat(10_000);
    use Expected::{Default, Max, Min};
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
        ("-5", Min),
        ("-0", Min),
        ("1e308", Max),
        ("%2B1e300", Max),
    ];
    for input in Input::ALL {
        let param = input.param();
        for (value, expected) in &cases {
            let (scenario, preset) = decode(&format!("?{}={value}", input.key()));
            assert_eq!(preset, None);
            assert_in_range(&scenario);
            let decoded = input.get(&scenario);
            assert_eq!(
                decoded,
                match expected {
                    Default => param.default,
                    Min => param.min,
                    Max => param.max,
                },
                "{}={value:.20}",
                input.key()
            );
            assert!(
                decoded.is_sign_positive(),
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
    let (scenario, preset) =
        decode("utm_source=x&btc=70000&ai=quantum&passthru=yes&preset=nope&=5&&x");
    assert_eq!(preset, None);
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
