//! The lists that other languages keep of the inputs, checked against the one declaration
//! in Rust (`src/model/inputs/`), so that they cannot drift: embed.js's allowed keys, the
//! end-to-end formulas' defaults and the tables of `docs/`; and the output ids that
//! `docs/calculator.md` lists against `src/model/outputs.rs`.
//!
//! The tables of `docs/` are generated: `UPDATE_DOCS=1 cargo test --test declarations`
//! rewrites them from the declarations.
#![cfg(not(target_arch = "wasm32"))]

use mining_vs_ai::components::app::INPUTS_ID;
use mining_vs_ai::components::headline::{ANSWER_MORE, ANSWER_UNFOLDED_MEDIA};
use mining_vs_ai::components::{advanced_inputs, decision_inputs};
use mining_vs_ai::model::inputs::{inputs_of, Group, CHOICES};
use mining_vs_ai::model::paths::Path;
use mining_vs_ai::model::{
    snapshot, AiMode, ChosenPresets, DecisionOutput, Input, Output, Preset, Scenario, YEAR_COLUMNS,
};
use mining_vs_ai::newsroom::TEXT_OPTIONS;
use mining_vs_ai::number_text::{grouped, number_text};
use mining_vs_ai::url_state::{
    all_pairs, scenario_keys, KEY_BACKGROUND, KEY_CONTROLS, KEY_MAP_Y, KEY_THEME, KEY_VIEW,
    MAIN_INPUTS,
};

fn project_file(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|error| panic!("{full}: {error}"))
}

/// What follows `start` in `source` up to the first `end`: the body of a JavaScript array
/// or object literal.
fn js_literal_body<'a>(source: &'a str, start: &str, end: char) -> &'a str {
    let from = source.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    let length = source[from..]
        .find(end)
        .unwrap_or_else(|| panic!("{start} does not end"));
    &source[from..from + length]
}

/// The quoted strings of the JavaScript array that follows `start` in `source`.
fn js_string_array(source: &str, start: &str) -> Vec<String> {
    js_literal_body(source, start, ']')
        .split(['\'', '"'])
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn embed_js_allows_exactly_the_scenario_keys_the_view_the_map_s_axis_and_the_options() {
    let keys = js_string_array(&project_file("static/embed.js"), "const KEYS = [");
    let mut expected = scenario_keys();
    expected.extend([KEY_VIEW, KEY_MAP_Y, KEY_THEME, KEY_BACKGROUND, KEY_CONTROLS]);
    expected.extend(TEXT_OPTIONS.map(|(key, _)| key));
    assert_eq!(keys, expected);
    // The newsroom's words, longer than a scenario's values, are allowed more, but not
    // less than the embed keeps of them.
    let source = project_file("static/embed.js");
    let text_keys = js_string_array(&source, "const TEXT_KEYS = [");
    assert_eq!(text_keys, TEXT_OPTIONS.map(|(key, _)| key));
    let allowed: usize = source
        .split("const TEXT_LENGTH_MAX = ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .and_then(|value| value.parse().ok())
        .expect("embed.js's TEXT_LENGTH_MAX");
    assert!(TEXT_OPTIONS.iter().all(|(_, limit)| *limit <= allowed));
}

#[test]
fn the_end_to_end_formulas_start_from_the_declared_defaults() {
    let source = project_file("tests/e2e/formulas.mjs");
    let entries: Vec<(String, String)> = js_literal_body(&source, "export const DEFAULTS = {", '}')
        .split(',')
        .filter_map(|entry| entry.split_once(':'))
        .map(|(key, value)| {
            let value = value.trim().replace('\'', "");
            // Figures of the data snapshot, which the build reads too.
            let value = match value.as_str() {
                "SNAPSHOT.btc_price_usd" => number_text(snapshot::BTC_PRICE_USD),
                "SNAPSHOT.network_hashrate_eh_per_s" => {
                    number_text(snapshot::NETWORK_HASHRATE_EH_PER_S)
                }
                "SNAPSHOT.fees_per_block_btc" => number_text(snapshot::FEES_PER_BLOCK_BTC),
                "SNAPSHOT.years_to_next_halving" => number_text(snapshot::YEARS_TO_NEXT_HALVING),
                _ => value,
            };
            (key.trim().to_owned(), value)
        })
        .collect();
    let defaults = Scenario::default();
    let mut expected: Vec<(String, String)> = Input::ALL
        .into_iter()
        .map(|input| (input.key().to_owned(), number_text(input.get(&defaults))))
        .collect();
    // Every choice, its flags as JavaScript's booleans.
    expected.extend(CHOICES.map(|choice| {
        let value = match (choice.write)(&defaults) {
            "1" => "true",
            "0" => "false",
            other => other,
        };
        (choice.key.to_owned(), value.to_owned())
    }));
    let sorted = |mut list: Vec<(String, String)>| {
        list.sort();
        list
    };
    assert_eq!(sorted(entries), sorted(expected));
}

const TABLE_START: &str = "<!-- The inputs table is generated from src/model/inputs/table.rs: \
    UPDATE_DOCS=1 cargo test --test declarations -->";

/// The table of inputs, from the declaration.
fn inputs_table() -> String {
    let mut table = String::from(
        "| key | input | unit | default | range | source of the default and the range |\n|---|---|---|---|---|---|\n",
    );
    let defaults = Scenario::default();
    for input in Input::ALL {
        let param = input.param();
        let slider = if (param.slider_min, param.slider_max) == (param.min, param.max) {
            String::new()
        } else {
            format!(
                " (slider {} to {})",
                number_text(param.slider_min),
                number_text(param.slider_max)
            )
        };
        let range_source = if param.range_source.is_empty() {
            String::new()
        } else {
            format!("; range: {}", param.range_source)
        };
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {} to {}{slider} | {}{range_source} |\n",
            input.key(),
            param.label,
            param.unit,
            number_text(input.get(&defaults)),
            number_text(param.min),
            number_text(param.max),
            param.source,
        ));
    }
    let pairs = all_pairs(&defaults, ChosenPresets::default());
    for choice in CHOICES {
        let default = pairs
            .iter()
            .find(|(key, _)| *key == choice.key)
            .map(|(_, value)| value.as_str())
            .expect("every choice has a value");
        table.push_str(&format!(
            "| `{}` | {} | {} | `{default}` | | {} |\n",
            choice.key, choice.label, choice.values, choice.source,
        ));
    }
    table
}

/// Checks that the table after `marker` in the document at `path` is `expected`, or with
/// `UPDATE_DOCS` set rewrites it.
fn assert_doc_table(path: &str, marker: &str, expected: &str) {
    let doc = project_file(path);
    let start = doc
        .find(marker)
        .unwrap_or_else(|| panic!("{path} has no {marker}"))
        + marker.len()
        + 1;
    let end = start
        + doc[start..]
            .find("\n\n")
            .expect("a blank line ends the table")
        + 1;
    if doc[start..end] != *expected && std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{expected}{}", &doc[..start], &doc[end..]);
        std::fs::write(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")), updated)
            .unwrap_or_else(|error| panic!("{path}: {error}"));
        return;
    }
    assert_eq!(
        doc[start..end],
        *expected,
        "{path}'s table after {marker} differs from the declaration: run UPDATE_DOCS=1 cargo test --test declarations"
    );
}

#[test]
fn the_table_of_inputs_is_the_declared_one() {
    assert_doc_table("docs/data.md", TABLE_START, &inputs_table());
}

const RANGES_START: &str =
    "<!-- The plausible ranges are generated from src/model/inputs/table.rs: \
     UPDATE_DOCS=1 cargo test --test declarations -->";

const PATHS_START: &str = "<!-- The paths are generated from src/model/paths.rs: \
     UPDATE_DOCS=1 cargo test --test declarations -->";

/// The table of plausible ranges, from the declaration.
fn ranges_table() -> String {
    let mut table =
        String::from("| key | input | unit | low | high | source |\n|---|---|---|---|---|---|\n");
    for input in Input::ALL {
        if let Some(range) = input.plausible() {
            table.push_str(&format!(
                "| `{}` | {} | {} | {} | {} | {} |\n",
                input.key(),
                input.param().label,
                input.param().unit,
                number_text(range.low),
                number_text(range.high),
                range.source,
            ));
        }
    }
    table
}

/// The table of the paths, from the declaration, with what each implies at the
/// defaults.
fn paths_table() -> String {
    let mut table = String::from(
        "| id | path | `btcg` | `hashg` | hashprice a year, halvings included | BTC in year 15 | network in year 15 | its power at 16 J/TH | assumption and source |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    for path in Path::ALL {
        let implied = path.implied(&Scenario::default());
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {}% | ${} | {} EH/s | {} GW | {} |\n",
            path.key(),
            path.label(),
            number_text(path.btc_growth_pct_per_year()),
            number_text(path.hashrate_growth_pct_per_year()),
            number_text((implied.hashprice_change_pct_per_year * 10.0).round() / 10.0),
            grouped(implied.btc_price_last_year_usd.round()),
            grouped(implied.network_hashrate_last_year_eh_per_s.round()),
            number_text(implied.network_power_last_year_gw.round()),
            path.source(),
        ));
    }
    table
}

#[test]
fn the_tables_of_ranges_and_paths_are_the_declared_ones() {
    assert_doc_table("docs/calculator.md", RANGES_START, &ranges_table());
    assert_doc_table("docs/calculator.md", PATHS_START, &paths_table());
}

const PRESETS_START: &str = "<!-- The presets table is generated from src/model/presets.rs: \
    UPDATE_DOCS=1 cargo test --test declarations -->";

/// The table of presets, from the declaration: each preset's picker and id, and
/// the keys it sets that differ from the defaults.
fn presets_table() -> String {
    let mut table = String::from(
        "| picker | id | preset | differs from the defaults in | source |\n|---|---|---|---|---|\n",
    );
    let defaults = all_pairs(&Scenario::default(), ChosenPresets::default());
    for preset in Preset::ALL {
        let side = preset.side();
        let own = all_pairs(&preset.scenario(), ChosenPresets::default());
        let sets: Vec<String> = own
            .iter()
            .zip(&defaults)
            .filter(|((_, value), (_, default))| value != default)
            .map(|((key, value), _)| match value.parse::<f64>() {
                // 140 / 72 kW per GPU reads better as about 1.9444.
                Ok(number) if value.len() > 10 => format!("`{key}`≈{number:.4}"),
                _ => format!("`{key}={value}`"),
            })
            .collect();
        table.push_str(&format!(
            "| `{}` | `{}` | {} | {} | {} |\n",
            side.key(),
            preset.id(),
            preset.name(),
            sets.join(", "),
            preset.help(),
        ));
    }
    table
}

#[test]
fn the_table_of_presets_is_the_declared_one() {
    assert_doc_table("docs/data.md", PRESETS_START, &presets_table());
}

/// Every output id, today's and the decision's.
fn output_ids() -> Vec<&'static str> {
    Output::ALL
        .map(Output::id)
        .into_iter()
        .chain(DecisionOutput::ALL.map(DecisionOutput::id))
        .collect()
}

#[test]
fn the_docs_name_every_output_id() {
    let calculator = project_file("docs/calculator.md");
    for id in output_ids()
        .into_iter()
        .chain(YEAR_COLUMNS.map(|column| column.id))
    {
        assert!(
            calculator.contains(&format!("`{id}`")),
            "docs/calculator.md does not name the output id {id}"
        );
    }
}

/// The names of a TypeScript interface's fields, in order, quotes and `?` removed.
fn ts_fields(source: &str, interface: &str) -> Vec<String> {
    js_literal_body(source, &format!("export interface {interface} {{"), '}')
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("/**") && !line.starts_with('*'))
        .filter_map(|line| line.split_once(':'))
        .map(|(name, _)| name.trim_end_matches('?').trim_matches('"').to_owned())
        .collect()
}

#[test]
fn the_typescript_types_name_every_key_output_and_column() {
    let types = project_file("src/api.d.ts");
    let mut keys = scenario_keys();
    keys.extend([KEY_VIEW, KEY_MAP_Y]);
    keys.extend(TEXT_OPTIONS.map(|(key, _)| key));
    assert_eq!(ts_fields(&types, "Config"), keys);
    // Each text option's length, as the types say it.
    for (key, limit) in TEXT_OPTIONS {
        let field = types
            .split(&format!("\n  {key}?: string;"))
            .next()
            .and_then(|before| before.rsplit("/**").next())
            .unwrap_or_default();
        assert!(field.contains(&format!(" {limit}")), "{key}: {field}");
    }
    let mut outputs = output_ids();
    outputs.extend(["years", "paths", "tornado", "map"]);
    assert_eq!(ts_fields(&types, "Outputs"), outputs);
    assert_eq!(
        ts_fields(&types, "YearRow"),
        YEAR_COLUMNS.map(|column| column.id)
    );
}

#[test]
fn the_snapshot_refresh_refuses_what_the_inputs_do_not_accept() {
    let source = project_file("scripts/refresh-snapshot.mjs");
    let limits: Vec<(String, String)> = js_literal_body(&source, "export const LIMITS = {", '}')
        .lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(name, range)| (name.trim().to_owned(), range.trim().to_owned()))
        .collect();
    let expected: Vec<(String, String)> = [
        ("network_hashrate_eh_per_s", Input::NetworkHashrate),
        ("btc_price_usd", Input::BtcPrice),
        ("fees_per_block_btc", Input::FeesPerBlock),
    ]
    .into_iter()
    .map(|(name, input)| {
        let param = input.param();
        let range = format!("[{}, {}],", number_text(param.min), number_text(param.max));
        (name.to_owned(), range)
    })
    .collect();
    assert_eq!(limits, expected);
}

/// Each input declares where its control lives ([`Input::group`]); each group is shown by
/// exactly one place on the page (the main controls, the advanced section, the section
/// "Over the years"), so that in either AI mode an input of that mode has one control, and
/// an input of the other mode none.
#[test]
fn every_input_has_one_control() {
    let places: Vec<&[Group]> = std::iter::once(&[Group::Main][..])
        .chain(advanced_inputs::GROUPS)
        .chain(decision_inputs::GROUPS)
        .collect();
    for group in Group::ALL {
        let shown = places
            .iter()
            .flat_map(|groups| groups.iter())
            .filter(|shown| **shown == group);
        assert_eq!(shown.count(), 1, "{group:?}");
    }
    for mode in AiMode::ALL {
        for input in Input::ALL {
            let controls = places
                .iter()
                .filter(|groups| inputs_of(groups, mode).contains(&input))
                .count();
            let of_this_mode = input.group().mode().is_none_or(|only| only == mode);
            assert_eq!(controls, usize::from(of_this_mode), "{input:?} in {mode:?}");
        }
    }
    assert_eq!(
        MAIN_INPUTS.to_vec(),
        inputs_of(&[Group::Main], AiMode::HpcLease)
    );
}

#[test]
fn the_static_shells_write_what_the_calculator_writes() {
    let shell = project_file("index.html");
    assert!(shell.contains(&format!("<summary>{ANSWER_MORE}</summary>")));
    assert!(shell.contains(&format!("id=\"{INPUTS_ID}\"")));
    assert!(shell.contains(&format!("href=\"#{INPUTS_ID}\"")));
    // The pages' script before the first paint leaves the display options (and, in the
    // widget, a newsroom's words) out of the scenario it compares with the default one;
    // none of the scenario's own keys.
    let first_paint = project_file("scripts/first-paint.mjs");
    for (list, words) in [
        ("PAGE_OPTION_KEYS = [", false),
        ("EMBED_OPTION_KEYS = [", true),
    ] {
        let options = js_string_array(&first_paint, list);
        let words = TEXT_OPTIONS
            .map(|(key, _)| key)
            .into_iter()
            .filter(|_| words);
        for key in [KEY_THEME, KEY_BACKGROUND, KEY_CONTROLS]
            .into_iter()
            .chain(words)
        {
            assert!(
                options.iter().any(|option| option == key),
                "{list} {key}: {options:?}"
            );
        }
        for key in scenario_keys() {
            assert!(!options.iter().any(|option| option == key), "{list} {key}");
        }
    }
}

#[test]
fn the_stylesheet_unfolds_the_answer_where_the_page_opens_it() {
    let css = project_file("static/style.css");
    assert!(css.contains(&format!("@media {ANSWER_UNFOLDED_MEDIA}, print")));
}

/// The inputs' labels are ASCII: `format::in_sentence` lower-cases their first letter the
/// ASCII way, which keeps Unicode's case tables out of the page (see its `size:` note).
#[test]
fn the_labels_put_in_sentences_are_ascii() {
    for input in Input::ALL {
        let param = input.param();
        assert!(
            param.label.is_ascii() && param.short_label.is_ascii(),
            "{:?}: {} / {}",
            input,
            param.label,
            param.short_label
        );
    }
}
