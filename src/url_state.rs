//! The scenario in a page's query string, and back: `?preset=h100&btc=90000&ai=gpu`.
//!
//! Pure and total. Decoding accepts any string: unknown keys are ignored, a value that is not
//! a finite number is ignored, a number out of range is clamped, and for a repeated key the
//! first occurrence counts, as with `URLSearchParams.get`. Encoding writes only what differs
//! from the base (the preset's values, else the defaults), so links stay short.

use crate::model::{AiMode, Input, Preset, Scenario};

/// Longest value, in bytes, that is read; longer ones are ignored as garbage.
const VALUE_BYTES_MAX: usize = 64;
/// Most key-value pairs read from one query string.
const PAIRS_MAX: usize = 100;

/// Query-string key of a numeric input.
pub fn key(input: Input) -> &'static str {
    match input {
        Input::SiteMw => "mw",
        Input::PowerPrice => "power",
        Input::BtcPrice => "btc",
        Input::NetworkHashrate => "hashrate",
        Input::BlockSubsidy => "subsidy",
        Input::FeesPerBlock => "fees",
        Input::PoolFee => "pool",
        Input::FleetEfficiency => "eff",
        Input::MiningPue => "mpue",
        Input::Uptime => "uptime",
        Input::LeaseRate => "lease",
        Input::GpuPrice => "gpu",
        Input::GpuPower => "gpukw",
        Input::GpuUtilization => "util",
        Input::AiPue => "apue",
    }
}

const KEY_AI_MODE: &str = "ai";
const KEY_PASSTHROUGH: &str = "passthru";
const KEY_PRESET: &str = "preset";

fn ai_mode_value(mode: AiMode) -> &'static str {
    match mode {
        AiMode::HpcLease => "lease",
        AiMode::GpuCloud => "gpu",
    }
}

/// The query string, without `?`, that [`decode`] turns back into `scenario` and `preset`.
pub fn encode(scenario: &Scenario, preset: Option<Preset>) -> String {
    let scenario = scenario.sanitized();
    let base = preset.map_or_else(Scenario::default, Preset::scenario);
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(preset) = preset {
        pairs.push((KEY_PRESET, preset.id().to_owned()));
    }
    for input in Input::ALL {
        let value = input.get(&scenario);
        if value != input.get(&base) {
            pairs.push((key(input), number_text(value)));
        }
    }
    if scenario.ai_mode != base.ai_mode {
        pairs.push((KEY_AI_MODE, ai_mode_value(scenario.ai_mode).to_owned()));
    }
    if scenario.lease_power_passthrough != base.lease_power_passthrough {
        let flag = if scenario.lease_power_passthrough {
            "1"
        } else {
            "0"
        };
        pairs.push((KEY_PASSTHROUGH, flag.to_owned()));
    }
    pairs
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// The shortest text that parses back to the same f64: plain ("90000", "0.35"), or with an
/// exponent where plain would be long ("3.4e-73").
pub fn number_text(value: f64) -> String {
    let plain = value.to_string();
    if plain.len() <= 24 {
        plain
    } else {
        format!("{value:e}")
    }
}

/// The scenario and preset a query string describes, with or without its leading `?`.
pub fn decode(query: &str) -> (Scenario, Option<Preset>) {
    let pairs = pairs(query);
    let first = |wanted: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == wanted)
            .map(|(_, value)| value.trim())
    };
    let preset = first(KEY_PRESET).and_then(Preset::from_id);
    let mut scenario = preset.map_or_else(Scenario::default, Preset::scenario);
    for input in Input::ALL {
        if let Some(value) = first(key(input)).and_then(parse_finite) {
            input.set(&mut scenario, value);
        }
    }
    match first(KEY_AI_MODE) {
        Some("lease") => scenario.ai_mode = AiMode::HpcLease,
        Some("gpu") => scenario.ai_mode = AiMode::GpuCloud,
        _ => {}
    }
    match first(KEY_PASSTHROUGH) {
        Some("1") => scenario.lease_power_passthrough = true,
        Some("0") => scenario.lease_power_passthrough = false,
        _ => {}
    }
    (scenario, preset)
}

/// A finite number, or nothing: Rust's parser also accepts "NaN", "inf" and "1e309" (which
/// becomes infinity), so finiteness is checked here.
fn parse_finite(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|value| value.is_finite())
}

/// Decoded key-value pairs, at most [`PAIRS_MAX`], values longer than [`VALUE_BYTES_MAX`]
/// dropped.
fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|pair| !pair.is_empty())
        .take(PAIRS_MAX)
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            (value.len() <= VALUE_BYTES_MAX).then(|| (percent_decode(key), value))
        })
        .collect()
}

/// Decodes `+` as a space and `%XX` escapes; invalid escapes stay as they are, and invalid
/// UTF-8 becomes U+FFFD.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = match bytes[index] {
            b'%' => bytes
                .get(index + 1..index + 3)
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok()),
            _ => None,
        };
        match (escaped, bytes[index]) {
            (Some(byte), _) => {
                decoded.push(byte);
                index += 3;
            }
            (None, b'+') => {
                decoded.push(b' ');
                index += 1;
            }
            (None, byte) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_encode_to_an_empty_query() {
        assert_eq!(encode(&Scenario::default(), None), "");
        assert_eq!(decode(""), (Scenario::default(), None));
    }

    #[test]
    fn only_values_that_differ_from_the_base_are_written() {
        let mut scenario = Preset::H100.scenario();
        scenario.btc_price_usd = 90_000.0;
        assert_eq!(
            encode(&scenario, Some(Preset::H100)),
            "preset=h100&btc=90000"
        );
        let gpu_cloud = Scenario {
            lease_power_passthrough: false,
            ai_mode: AiMode::GpuCloud,
            ..Scenario::default()
        };
        assert_eq!(encode(&gpu_cloud, None), "ai=gpu&passthru=0");
    }

    #[test]
    fn explicit_keys_override_the_preset() {
        let (scenario, preset) = decode("?preset=hut8-fluidstack&lease=100&mw=50");
        assert_eq!(preset, Some(Preset::Hut8Fluidstack));
        assert_eq!(scenario.lease_usd_per_kw_month, 100.0);
        assert_eq!(scenario.site_mw, 50.0);
        assert_eq!(
            scenario.ai_pue,
            Preset::Hut8Fluidstack.scenario().ai_pue,
            "keys left out keep the preset's values"
        );
    }

    #[test]
    fn escapes_and_plus_signs_are_decoded() {
        assert_eq!(percent_decode("1e%2B5"), "1e+5");
        assert_eq!(percent_decode("a+b%zz%4"), "a b%zz%4");
        assert_eq!(decode("btc=%2091000%20").0.btc_price_usd, 91_000.0);
    }
}
