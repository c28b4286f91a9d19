//! Reads the network data snapshot (data/snapshot.json) and writes its figures as Rust
//! constants, so that the model's defaults come from it and the page carries no parser for
//! it. A snapshot that is missing a figure, or holds an implausible one, fails the build.

use std::env;
use std::fs;
use std::path::Path;

/// A figure of the snapshot: its JSON field, its constant, and the range it must lie in.
const FIGURES: [(&str, &str, f64, f64); 6] = [
    ("block_height", "BLOCK_HEIGHT", 800_000.0, 2_000_000.0),
    ("difficulty", "DIFFICULTY", 1e12, 1e16),
    (
        "network_hashrate_eh_per_s",
        "NETWORK_HASHRATE_EH_PER_S",
        50.0,
        3000.0,
    ),
    ("btc_price_usd", "BTC_PRICE_USD", 1000.0, 1_000_000.0),
    ("fees_per_block_btc", "FEES_PER_BLOCK_BTC", 0.0, 10.0),
    ("years_to_next_halving", "YEARS_TO_NEXT_HALVING", 0.0, 4.1),
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn main() {
    let path = "data/snapshot.json";
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let snapshot: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path}: {error}"));
    let is_date = |date: &&str| {
        date.len() == 10
            && date.bytes().enumerate().all(|(index, byte)| match index {
                4 | 7 => byte == b'-',
                _ => byte.is_ascii_digit(),
            })
    };
    let as_of = snapshot["as_of"]
        .as_str()
        .filter(is_date)
        .unwrap_or_else(|| panic!("{path}: as_of must be a YYYY-MM-DD date"));
    let mut code = format!(
        "/// The date of the snapshot's newest figure, YYYY-MM-DD.\npub const AS_OF: &str = {as_of:?};\n"
    );
    for (field, constant, low, high) in FIGURES {
        let value = snapshot[field]
            .as_f64()
            .filter(|value| (low..=high).contains(value))
            .unwrap_or_else(|| panic!("{path}: {field} must be a number from {low} to {high}"));
        let source = snapshot["sources"][field]
            .as_str()
            .map(|source| format!("data snapshot of {as_of}: {source}"))
            .unwrap_or_else(|| panic!("{path}: sources.{field} is missing"));
        code.push_str(&format!(
            "/// `{field}` of the snapshot.\npub const {constant}: f64 = {value:?};\n\
             /// Where `{field}` comes from.\npub const {constant}_SOURCE: &str = {source:?};\n"
        ));
    }
    // The block subsidy follows from the height: 50 BTC, halved every 210,000 blocks.
    let height = snapshot["block_height"].as_f64().unwrap_or_default();
    let halvings = (height / 210_000.0).floor() as i32;
    let subsidy = 50.0 / 2f64.powi(halvings);
    code.push_str(&format!(
        "/// The block subsidy at the snapshot's height, BTC.\npub const BLOCK_SUBSIDY_BTC: f64 = {subsidy:?};\n\
         /// Where the block subsidy comes from.\npub const BLOCK_SUBSIDY_BTC_SOURCE: &str = \"data snapshot of {as_of}: 50 BTC halved {halvings} times by block {height}, one halving every 210,000 blocks\";\n"
    ));
    // Dates for sentences: "26 June 2026", and the month the next halving is expected in,
    // counted from the snapshot's date.
    let years_to_halving = snapshot["years_to_next_halving"]
        .as_f64()
        .unwrap_or_default();
    let number = |range: std::ops::Range<usize>| as_of[range].parse::<i32>().unwrap_or_default();
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        panic!("{path}: as_of {as_of} is not a date");
    }
    let month_name = |index: i32| MONTHS[index as usize % 12];
    let halving_months = (month - 1) + (years_to_halving * 12.0).round() as i32;
    code.push_str(&format!(
        "/// [`AS_OF`] for people.\npub const AS_OF_TEXT: &str = \"{day} {} {year}\";\n\
         /// The month the next halving is expected in, from the snapshot's date and\n\
         /// `years_to_next_halving`.\npub const NEXT_HALVING_MONTH: &str = \"{} {}\";\n",
        month_name(month - 1),
        month_name(halving_months),
        year + halving_months / 12,
    ));
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("snapshot.rs");
    fs::write(&out, code).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
}
