//! The scenario and its figures as CSV, for a spreadsheet: a header line naming the source,
//! the dates and the address, then the inputs with their units, today's outputs, the
//! decision's, today's chart's series and the yearly projection, each a table of its own
//! under a title line. Pure: the page gives it the dates and the address.

use crate::chart::{axis_title, comparison_title, ChartData};
use crate::format::{date_words, with_unit};
use crate::model::inputs::CHOICES;
use crate::model::{
    AiMode, ChosenPresets, Decision, DecisionOutput, Input, Outcome, Output, Scenario, Side,
    YEAR_COLUMNS,
};
use crate::number_text::number_text;
use crate::url_state::{all_pairs, MAIN_INPUTS};

/// What the file is made from.
pub struct CsvSource<'a> {
    /// Today's comparison, and the scenario it is of.
    pub outcome: &'a Outcome,
    /// The presets the scenario started from.
    pub presets: ChosenPresets,
    /// Today's chart.
    pub chart: &'a ChartData,
    /// The decision over the years.
    pub decision: &'a Decision,
    /// The day the file is made, as the page writes dates.
    pub made_on: &'a str,
    /// The date of the network data the figures stand on.
    pub data_as_of: &'a str,
    /// The page's address for this scenario, pinned.
    pub address: &'a str,
}

/// One CSV field: quoted when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A number as a field: in full, as the page's `data-value`; empty where there is none.
fn value(number: Option<f64>) -> String {
    number.map(number_text).unwrap_or_default()
}

/// One CSV line of `fields`.
fn line(fields: &[&str]) -> String {
    let fields: Vec<String> = fields.iter().map(|text| field(text)).collect();
    format!("{}\r\n", fields.join(","))
}

/// A table of outputs under `title`, after a blank line: each one's id, label and value.
fn outputs_table(title: &str, outputs: &[(&str, &str, Option<f64>)]) -> String {
    let mut table = format!("\r\n{}{}", line(&[title]), line(&["id", "output", "value"]));
    for (id, label, figure) in outputs {
        table.push_str(&line(&[id, label, &value(*figure)]));
    }
    table
}

/// The scenario in one line, for a downloaded chart's footer: the three main inputs and
/// the AI side's price, each with its label and unit; the address carries the rest.
pub fn scenario_line(scenario: &Scenario) -> String {
    let ai_price = match scenario.ai_mode {
        AiMode::HpcLease => Input::LeaseRate,
        AiMode::GpuCloud => Input::GpuPrice,
    };
    let parts: Vec<String> = MAIN_INPUTS
        .into_iter()
        .chain([ai_price])
        .map(|input| {
            let param = input.param();
            format!(
                "{}: {}",
                param.label,
                with_unit(input.get(scenario), param.unit)
            )
        })
        .collect();
    parts.join(" \u{b7} ")
}

/// A download's file name, so that files saved side by side say what each holds: the site,
/// the chart (`chart`: its title and its view's key, as the tornado and the map have the
/// same title in both views; none for the CSV), the scenario (the AI deal or mode, the BTC
/// price and the power price) and the date of its network data, `extension` last:
/// "mining-vs-ai_what-moves-the-answer-most_years_hpc-lease_btc-60500_power-40_2026-06-26.png".
pub fn download_name(
    chart: Option<(&str, &str)>,
    scenario: &Scenario,
    presets: ChosenPresets,
    data_as_of: &str,
    extension: &str,
) -> String {
    let slug = |text: &str| {
        text.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
            .join("-")
    };
    let side = match (presets.get(Side::Ai), scenario.ai_mode) {
        (Some(deal), _) => deal.id(),
        (None, AiMode::HpcLease) => "hpc-lease",
        (None, AiMode::GpuCloud) => "gpu-cloud",
    };
    let parts: Vec<String> = ["mining-vs-ai".to_owned()]
        .into_iter()
        .chain(
            chart
                .into_iter()
                .flat_map(|(title, view)| [slug(title), slug(view)]),
        )
        .chain([
            side.to_owned(),
            format!("btc-{}", number_text(scenario.btc_price_usd)),
            format!("power-{}", number_text(scenario.power_price_usd_per_mwh)),
            slug(data_as_of),
        ])
        .collect();
    format!("{}.{extension}", parts.join("_"))
}

/// The file, with CRLF line ends as RFC 4180 has them.
pub fn scenario_csv(source: &CsvSource) -> String {
    let CsvSource {
        outcome,
        presets,
        chart,
        decision,
        made_on,
        data_as_of,
        address,
    } = source;
    let scenario = &outcome.scenario;
    let mut csv = line(&[&format!(
        "Mining vs AI calculator: what is a megawatt worth? Made on {made_on} from the network data of {data_as_of}. {address}"
    )]);

    csv.push_str("\r\n");
    csv.push_str(&line(&["Inputs"]));
    csv.push_str(&line(&["key", "input", "value", "unit"]));
    for input in Input::ALL {
        let param = input.param();
        csv.push_str(&line(&[
            input.key(),
            param.label,
            &number_text(input.get(scenario)),
            param.unit,
        ]));
    }
    let pairs = all_pairs(scenario, *presets);
    for choice in CHOICES {
        let chosen = pairs
            .iter()
            .find(|(key, _)| *key == choice.key)
            .map_or("", |(_, value)| value.as_str());
        let values = choice.values.replace('`', "");
        csv.push_str(&line(&[choice.key, choice.label, chosen, &values]));
    }

    let today = Output::ALL.map(|output| (output.id(), output.label(), output.value(outcome)));
    csv.push_str(&outputs_table("Outputs today", &today));
    let years =
        DecisionOutput::ALL.map(|output| (output.id(), output.label(), output.value(decision)));
    csv.push_str(&outputs_table("Outputs over the years", &years));

    csv.push_str("\r\n");
    csv.push_str(&line(&[&format!(
        "{} ($ per MW a year)",
        comparison_title(chart.axis)
    )]));
    csv.push_str(&line(&[axis_title(chart.axis), "Mining", "AI"]));
    for point in &chart.points {
        csv.push_str(&line(&[
            &number_text(point.x),
            &number_text(point.mining_usd_per_mw_year),
            &number_text(point.ai_usd_per_mw_year),
        ]));
    }

    csv.push_str("\r\n");
    csv.push_str(&line(&[
        "Yearly projection, per MW of grid capacity, undiscounted",
    ]));
    csv.push_str(&line(&YEAR_COLUMNS.map(|column| column.label)));
    for index in 0..decision.years.len() {
        let row = YEAR_COLUMNS.map(|column| number_text((column.value)(decision, index)));
        let row: Vec<&str> = row.iter().map(String::as_str).collect();
        csv.push_str(&line(&row));
    }
    csv
}

/// The citation a newspaper prints: the site, the title, the date of the network data
/// and the day it was read (`accessed`), both YYYY-MM-DD; the page gives the link apart.
pub fn citation(accessed: &str, data_as_of: &str) -> String {
    format!(
        "Mining vs AI calculator, \"What is a megawatt worth?\", network data of {}, accessed {}.",
        date_words(data_as_of),
        date_words(accessed)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::chart_data;
    use crate::model::{compute, decide, SweepAxis};

    fn csv_of(scenario: &Scenario) -> String {
        let outcome = compute(scenario);
        let chart = chart_data(scenario, SweepAxis::BtcPrice);
        let decision = decide(scenario);
        scenario_csv(&CsvSource {
            outcome: &outcome,
            presets: ChosenPresets::default(),
            chart: &chart,
            decision: &decision,
            made_on: "26 November 2026",
            data_as_of: "26 June 2026",
            address: "https://example.org/?asof=2026-06-26&btc=60500",
        })
    }

    /// The rows under the title line `title`, header first, up to the next blank line.
    fn table<'a>(csv: &'a str, title: &str) -> Vec<&'a str> {
        csv.split("\r\n")
            .skip_while(|row| !row.trim_start_matches('"').starts_with(title))
            .skip(1)
            .take_while(|row| !row.is_empty())
            .collect()
    }

    #[test]
    fn the_scenario_line_names_the_main_inputs_and_the_ai_side_s_price() {
        let mut scenario = Scenario {
            site_mw: 294.0,
            power_price_usd_per_mwh: 35.0,
            btc_price_usd: 87_250.0,
            lease_usd_per_kw_month: 128.0,
            gpu_price_usd_per_hour: 2.35,
            ..Scenario::default()
        };
        scenario.ai_mode = AiMode::HpcLease;
        assert_eq!(
            scenario_line(&scenario),
            "Site size: 294 MW \u{b7} Power price: $35/MWh \u{b7} BTC price: $87,250 \u{b7} Rent the AI tenant pays: $128/kW-month"
        );
        scenario.ai_mode = AiMode::GpuCloud;
        assert!(scenario_line(&scenario).ends_with(" \u{b7} Price of a GPU-hour: $2.35/GPU-hour"));
    }

    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(line(&["x", "1,5"]), "x,\"1,5\"\r\n");
    }

    #[test]
    fn a_download_s_name_says_which_chart_scenario_and_data() {
        let (scenario, presets) =
            crate::url_state::decode("btc=95000&power=42.5&deal=cipher-barber-lake");
        assert_eq!(
            download_name(
                Some(("What moves the answer most", "years")),
                &scenario,
                presets,
                "2026-06-26",
                "png"
            ),
            "mining-vs-ai_what-moves-the-answer-most_years_cipher-barber-lake_btc-95000_power-42.5_2026-06-26.png"
        );
        let (gpu, none) = crate::url_state::decode("ai=gpu&btc=60500&power=40");
        assert_eq!(
            download_name(None, &gpu, none, "2026-06-26", "csv"),
            "mining-vs-ai_gpu-cloud_btc-60500_power-40_2026-06-26.csv"
        );
    }

    #[test]
    fn the_file_names_its_source_and_holds_every_table() {
        let scenario = Scenario::default();
        let csv = csv_of(&scenario);
        let first = csv.split("\r\n").next().unwrap();
        assert!(first.contains("Made on 26 November 2026 from the network data of 26 June 2026."));
        assert!(first.ends_with("https://example.org/?asof=2026-06-26&btc=60500"));
        // Every input with its unit, then the three choices.
        let inputs = table(&csv, "Inputs");
        assert_eq!(inputs.len(), 1 + Input::ALL.len() + CHOICES.len());
        assert!(inputs.contains(&"btc,BTC price,60500,$"));
        assert!(inputs.contains(&"ai,AI mode,lease,lease (HPC lease) or gpu (GPU cloud)"));
        assert!(inputs.contains(&"passthru,Tenant pays for power,1,1 or 0"));
        // Outputs in full, as the page's data-value: the AI margin per MWh is 150 x 1000 /
        // 730 / 1.2 = 171.2328767... at the default $150/kW-month lease and PUE 1.2.
        let today = table(&csv, "Outputs today");
        assert_eq!(today.len(), 1 + Output::ALL.len());
        let ai = today
            .iter()
            .find(|row| row.starts_with("ai-margin-per-mwh,"))
            .unwrap();
        let figure: f64 = ai.rsplit(',').next().unwrap().parse().unwrap();
        assert!((figure - 150.0 * 1000.0 / 730.0 / 1.2).abs() < 1e-9, "{ai}");
        assert_eq!(
            table(&csv, "Outputs over the years").len(),
            1 + DecisionOutput::ALL.len()
        );
        let chart = table(&csv, "Margin per MW a year against the BTC price");
        assert_eq!(chart[0], "BTC price,Mining,AI");
        let years = table(&csv, "Yearly projection");
        assert_eq!(years.len(), 1 + decide(&scenario).years.len());
        assert!(years[1].starts_with("1,"), "year 1 first: {}", years[1]);
    }

    #[test]
    fn the_citation_has_the_site_the_title_the_data_s_date_and_the_day_read() {
        assert_eq!(
            citation("2026-11-26", "2026-06-26"),
            "Mining vs AI calculator, \"What is a megawatt worth?\", network data of 26 June 2026, accessed 26 November 2026."
        );
    }
}
