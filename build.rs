//! Reads the network data snapshot (data/snapshot.json) and the snapshots it replaced
//! (data/snapshots-past.json) and writes their figures as Rust constants, so that the
//! model's defaults come from the snapshot, a link pinned to an older one can still find its
//! figures, and the page carries no parser for them. A snapshot that is missing a figure,
//! or holds an implausible one, fails the build. `MVA_DATA_DIR` names another folder to read
//! them from, as an absolute path (the tests build a site with a refreshed snapshot that way).

#[path = "src/months.rs"]
mod months;

use std::env;
use std::fs;
use std::path::Path;

use months::MONTHS;

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

/// The JSON in `path`, or a failed build that says why.
fn read_json(path: &str) -> serde_json::Value {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The `as_of` date of a snapshot read from `path`, checked to be YYYY-MM-DD.
fn as_of_of<'a>(snapshot: &'a serde_json::Value, path: &str) -> &'a str {
    snapshot["as_of"]
        .as_str()
        .filter(|date| {
            date.len() == 10
                && date.bytes().enumerate().all(|(index, byte)| match index {
                    4 | 7 => byte == b'-',
                    _ => byte.is_ascii_digit(),
                })
        })
        .unwrap_or_else(|| panic!("{path}: as_of must be a YYYY-MM-DD date"))
}

/// Figure `field` of a snapshot read from `path`, checked against its range in [`FIGURES`].
fn figure(snapshot: &serde_json::Value, field: &str, path: &str) -> f64 {
    let (_, _, low, high) = FIGURES
        .into_iter()
        .find(|(name, ..)| *name == field)
        .unwrap_or_else(|| panic!("{field} is not a figure of the snapshot"));
    snapshot[field]
        .as_f64()
        .filter(|value| (low..=high).contains(value))
        .unwrap_or_else(|| panic!("{path}: {field} must be a number from {low} to {high}"))
}

/// The block subsidy at `height`: 50 BTC, halved every 210,000 blocks; and the halvings.
fn subsidy_at(height: f64) -> (f64, i32) {
    let halvings = (height / 210_000.0).floor() as i32;
    (50.0 / 2f64.powi(halvings), halvings)
}

/// A YYYY-MM-DD date for people: "26 June 2026".
fn date_text(date: &str, path: &str) -> String {
    let (year, month, day) = date_parts(date, path);
    format!("{day} {} {year}", MONTHS[month - 1])
}

/// The year, month (1-12) and day of a YYYY-MM-DD date, or a failed build.
fn date_parts(date: &str, path: &str) -> (usize, usize, usize) {
    let number = |range: std::ops::Range<usize>| date[range].parse::<usize>().unwrap_or_default();
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        panic!("{path}: {date} is not a date");
    }
    (year, month, day)
}

/// A [`Snapshot`] literal of the figures the defaults take from a snapshot.
fn known_literal(snapshot: &serde_json::Value, path: &str) -> String {
    let (subsidy, _) = subsidy_at(figure(snapshot, "block_height", path));
    let as_of = as_of_of(snapshot, path);
    format!(
        "    Snapshot {{ as_of: {as_of:?}, as_of_text: {:?}, btc_price_usd: {:?}, network_hashrate_eh_per_s: {:?}, fees_per_block_btc: {:?}, block_subsidy_btc: {subsidy:?}, years_to_next_halving: {:?} }},\n",
        date_text(as_of, path),
        figure(snapshot, "btc_price_usd", path),
        figure(snapshot, "network_hashrate_eh_per_s", path),
        figure(snapshot, "fees_per_block_btc", path),
        figure(snapshot, "years_to_next_halving", path),
    )
}

fn main() {
    println!("cargo:rerun-if-env-changed=MVA_DATA_DIR");
    let data = env::var("MVA_DATA_DIR").unwrap_or_else(|_| "data".to_owned());
    let path = &format!("{data}/snapshot.json");
    let past_path = &format!("{data}/snapshots-past.json");
    let snapshot = read_json(path);
    let past = read_json(past_path);
    let as_of = as_of_of(&snapshot, path);
    let mut code = format!(
        "/// The date of the snapshot's newest figure, YYYY-MM-DD.\npub const AS_OF: &str = {as_of:?};\n"
    );
    for (field, constant, ..) in FIGURES {
        let value = figure(&snapshot, field, path);
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
    let height = figure(&snapshot, "block_height", path);
    let (subsidy, halvings) = subsidy_at(height);
    code.push_str(&format!(
        "/// The block subsidy at the snapshot's height, BTC.\npub const BLOCK_SUBSIDY_BTC: f64 = {subsidy:?};\n\
         /// Where the block subsidy comes from.\npub const BLOCK_SUBSIDY_BTC_SOURCE: &str = \"data snapshot of {as_of}: 50 BTC halved {halvings} times by block {height}, one halving every 210,000 blocks\";\n"
    ));
    // Dates for sentences: "26 June 2026", and the month the next halving is expected in,
    // counted from the snapshot's date.
    let years_to_halving = snapshot["years_to_next_halving"]
        .as_f64()
        .unwrap_or_default();
    let (year, month, _) = date_parts(as_of, path);
    let halving_months = (month - 1) + (years_to_halving * 12.0).round() as usize;
    code.push_str(&format!(
        "/// [`AS_OF`] for people.\npub const AS_OF_TEXT: &str = {:?};\n\
         /// The network picker's words without a preset: the snapshot, dated, so that a\n\
         /// reader months later sees how old \"latest\" is.\n\
         pub const LATEST_DATA_TEXT: &str = \"Latest network data, {}\";\n\
         /// The month the next halving is expected in, from the snapshot's date and\n\
         /// `years_to_next_halving`.\npub const NEXT_HALVING_MONTH: &str = \"{} {}\";\n",
        date_text(as_of, path),
        date_text(as_of, path),
        MONTHS[halving_months % 12],
        year + halving_months / 12,
    ));
    // Every snapshot the site knows, oldest first, this one last: what a pinned link's
    // `asof` finds. Each past one must be older than the next.
    let past = past
        .as_array()
        .unwrap_or_else(|| panic!("{past_path}: must be a list of snapshots"));
    let mut known = String::new();
    let mut newest_before = String::new();
    for earlier in past.iter().chain([&snapshot]) {
        let date = as_of_of(earlier, past_path);
        if date <= newest_before.as_str() {
            panic!("{past_path}: {date} comes after {newest_before}: oldest first, each older than {path}");
        }
        newest_before = date.to_owned();
        known.push_str(&known_literal(earlier, past_path));
    }
    code.push_str(&format!(
        "/// Every snapshot the site knows, oldest first; the last is this one.\npub const KNOWN: [Snapshot; {}] = [\n{known}];\n",
        past.len() + 1
    ));
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("snapshot.rs");
    fs::write(&out, code).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
}
