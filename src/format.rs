//! Numbers formatted for people: "$67.16", "$1.2M", "3.1x".

use crate::months::MONTHS;
use crate::number_text::{fixed, group_digits, grouped};

/// Dollars with cents below $100, whole dollars below $10,000, and compact units above:
/// "$67.16", "$2,345", "$45.6k", "$1.2M", "$3.40B". Non-finite values print as "n/a".
pub fn usd(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let magnitude = value.abs();
    // Each form is chosen by the value as that form rounds it, so that $99,996 prints as
    // "$100k", not "$100.0k", and $999,999 as "$1.00M", not "$1,000k".
    let body = if (magnitude * 100.0).round() < 10_000.0 {
        fixed(magnitude, 2)
    } else if magnitude.round() < 10_000.0 {
        group_thousands(magnitude.round() as u64)
    } else if (magnitude / 1e3).round() < 1000.0 {
        compact(magnitude / 1e3, "k")
    } else if (magnitude / 1e6).round() < 1000.0 {
        compact(magnitude / 1e6, "M")
    } else {
        compact(magnitude / 1e9, "B")
    };
    // "$-0.00" would read as a loss: a value that rounds to zero prints without a sign.
    if body.chars().all(|c| c == '0' || c == '.') {
        return format!("${body}");
    }
    format!("{sign}${body}")
}

/// Whole dollars with thousands separators, for prices people know to the dollar:
/// "$65,000". Non-finite values print as "n/a".
pub fn usd_whole(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    let sign = if value <= -0.5 { "-" } else { "" };
    format!("{sign}${}", group_thousands(value.abs().round() as u64))
}

/// Dollars to three significant figures, for figures that are estimates rather than prices:
/// "$213,000", "$45.3", "$2.55". Non-finite values print as "n/a".
pub fn usd_about(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    let (rounded, unit) = three_figures(value, 1e-2);
    if rounded.abs() >= 100.0 {
        usd_whole(rounded)
    } else {
        let decimals = if unit >= 10.0 { 1 } else { 2 };
        let sign = if rounded < 0.0 { "-" } else { "" };
        format!("{sign}${}", fixed(rounded.abs(), decimals))
    }
}

/// A label inside a sentence: its first letter in lower case unless it starts an acronym,
/// the rest as it is ("Rent the AI tenant pays" becomes "rent the AI tenant pays"; "BTC
/// price" stays).
pub fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    let acronym = label.chars().nth(1).is_some_and(char::is_uppercase);
    // size: ASCII only. The labels are (a test keeps them so), and Unicode's case tables
    // would add 12.8 KB of gzip to the full calculator's module (measured with char's
    // to_lowercase and to_uppercase here and in `at_start`).
    match chars.next() {
        Some(first) if !acronym => std::iter::once(first.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        _ => label.to_owned(),
    }
}

/// Words that start a sentence or a legend entry: their first letter in upper case
/// ("mining earns more" becomes "Mining earns more"); ASCII only, as [`in_sentence`].
pub fn at_start(words: &str) -> String {
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| {
            std::iter::once(first.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

/// `value` rounded to three significant figures, and the power of ten of its first one (no
/// smaller than `smallest_unit`, which rounds tiny values to zero): for estimates, written
/// as people quote them. A non-finite value comes back as it is.
pub fn three_figures(value: f64, smallest_unit: f64) -> (f64, f64) {
    let magnitude = value.abs();
    if !magnitude.is_finite() {
        return (value, 1.0);
    }
    // By steps rather than a logarithm, which would bring a math library into the page.
    let mut unit = 1.0;
    while unit * 10.0 <= magnitude {
        unit *= 10.0;
    }
    while unit > magnitude && unit > smallest_unit {
        unit /= 10.0;
    }
    let step = unit / 100.0;
    ((value / step).round() * step, unit)
}

/// A value of an input with its unit, as people write it: "$60,500", "$40/MWh",
/// "$150/kW-month", "95%", "958.3 EH/s", "1.05" (a ratio needs no unit).
pub fn with_unit(value: f64, unit: &str) -> String {
    let number = grouped(value);
    let (sign, magnitude) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number.as_str()),
    };
    match unit {
        "$" => format!("{sign}${magnitude}"),
        "years" => count(value, "year"),
        _ if unit.starts_with('%') => format!("{number}{unit}"),
        "ratio" => number,
        _ => match unit.strip_prefix('$') {
            Some(per) => format!("{sign}${magnitude}{per}"),
            None => format!("{number} {unit}"),
        },
    }
}

/// Three significant figures with a unit suffix: 45.6k, 123k, 1.23M; the number of
/// decimals is chosen by the value as rounded, so 9.996 gives "10.0" and 99.96 "100".
fn compact(scaled: f64, suffix: &str) -> String {
    if (scaled * 100.0).round() < 1000.0 {
        format!("{}{suffix}", fixed(scaled, 2))
    } else if (scaled * 10.0).round() < 1000.0 {
        format!("{}{suffix}", fixed(scaled, 1))
    } else {
        format!("{}{suffix}", group_thousands(scaled.round() as u64))
    }
}

/// 1234567 -> "1,234,567".
fn group_thousands(value: u64) -> String {
    group_digits(&value.to_string())
}

/// A count of `noun`s, singular for one: "1 year", "1.25 years", "15 years" (the number as
/// short as it reads exactly).
pub fn count(value: f64, noun: &str) -> String {
    let plural = if value == 1.0 { "" } else { "s" };
    format!("{} {noun}{plural}", grouped(value))
}

/// A percentage, with one decimal only where it is not whole: "10%", "7.5%".
pub fn percent(value: f64) -> String {
    format!("{}%", number(value, u32::from(value.fract() != 0.0)))
}

/// Dollars as [`usd`] writes them, but nothing at all as "$0": "$0.00" would suggest cents
/// were counted in a sum of millions.
pub fn usd_sum(value: f64) -> String {
    if value == 0.0 {
        "$0".to_owned()
    } else {
        usd(value)
    }
}

/// A number with a fixed count of decimals, "n/a" when not finite.
pub fn number(value: f64, decimals: u32) -> String {
    if value.is_finite() {
        fixed(value, decimals)
    } else {
        "n/a".to_owned()
    }
}

/// A YYYY-MM-DD date as a newspaper prints it: "7 December 2026"; the text as it is where
/// it is not such a date.
pub fn date_words(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return iso.to_owned();
    };
    let month = month
        .parse::<usize>()
        .ok()
        .and_then(|month| MONTHS.get(month.wrapping_sub(1)));
    match (month, day.parse::<u32>()) {
        (Some(month), Ok(day)) if year.len() == 4 && (1..=31).contains(&day) => {
            format!("{day} {month} {year}")
        }
        _ => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_a_newspaper_prints_them() {
        assert_eq!(date_words("2026-12-07"), "7 December 2026");
        assert_eq!(date_words("2026-06-26"), "26 June 2026");
        assert_eq!(date_words("2026-13-01"), "2026-13-01");
        assert_eq!(date_words("2026-12-00"), "2026-12-00");
        assert_eq!(date_words("2026-12-32"), "2026-12-32");
        assert_eq!(date_words("today"), "today");
    }

    #[test]
    fn counts_and_sums_read_as_people_write_them() {
        assert_eq!(count(1.0, "year"), "1 year");
        assert_eq!(count(15.0, "year"), "15 years");
        assert_eq!(count(1.5, "year"), "1.5 years");
        assert_eq!(count(0.0, "year"), "0 years");
        assert_eq!(
            in_sentence("Rent the AI tenant pays"),
            "rent the AI tenant pays"
        );
        assert_eq!(in_sentence("BTC price growth"), "BTC price growth");
        assert_eq!(in_sentence(""), "");
        assert_eq!(percent(10.0), "10%");
        assert_eq!(percent(7.5), "7.5%");
        assert_eq!(usd_sum(0.0), "$0");
        assert_eq!(usd_sum(-0.0), "$0");
        assert_eq!(usd_sum(2_290_000.0), "$2.29M");
    }

    #[test]
    fn usd_picks_a_readable_form_for_each_magnitude() {
        assert_eq!(usd(67.164), "$67.16");
        assert_eq!(usd(2345.4), "$2,345");
        assert_eq!(usd(45_612.0), "$45.6k");
        assert_eq!(usd(123_456.0), "$123k");
        assert_eq!(usd(1_234_567.89), "$1.23M");
        assert_eq!(usd(3_400_000_000.0), "$3.40B");
        assert_eq!(usd(-1_500_000.0), "-$1.50M");
        assert_eq!(usd(1_234_000_000_000.0), "$1,234B");
    }

    #[test]
    fn usd_rounds_before_it_chooses_the_unit() {
        for (value, expected) in [
            (99.994, "$99.99"),
            (99.996, "$100"),
            (9_999.4, "$9,999"),
            (9_999.5, "$10.0k"),
            (99_949.0, "$99.9k"),
            (99_996.0, "$100k"),
            (999_499.0, "$999k"),
            (999_999.0, "$1.00M"),
            (9_994_999.0, "$9.99M"),
            (9_996_000.0, "$10.0M"),
            (999_999_999.0, "$1.00B"),
            (-999_999.0, "-$1.00M"),
        ] {
            assert_eq!(usd(value), expected, "{value}");
        }
    }

    #[test]
    fn usd_never_prints_nan_or_negative_zero() {
        assert_eq!(usd(f64::NAN), "n/a");
        assert_eq!(usd(f64::INFINITY), "n/a");
        assert_eq!(usd(-0.001), "$0.00");
    }

    #[test]
    fn usd_whole_groups_thousands() {
        assert_eq!(usd_whole(65_000.0), "$65,000");
        assert_eq!(usd_whole(1_234_567.4), "$1,234,567");
        assert_eq!(usd_whole(-2_500.0), "-$2,500");
        assert_eq!(usd_whole(-0.2), "$0");
        assert_eq!(usd_whole(f64::NAN), "n/a");
    }

    #[test]
    fn usd_about_keeps_three_significant_figures() {
        for (value, expected) in [
            (213_165.0, "$213,000"),
            (2_547.0, "$2,550"),
            (22_417_808.0, "$22,400,000"),
            (999.6, "$1,000"),
            (101.23, "$101"),
            (45.27, "$45.3"),
            (99.96, "$100"),
            (2.547, "$2.55"),
            (0.004, "$0.00"),
            (-45.27, "-$45.3"),
        ] {
            assert_eq!(usd_about(value), expected, "{value}");
        }
        assert_eq!(usd_about(f64::NAN), "n/a");
    }

    #[test]
    fn with_unit_writes_values_as_people_do() {
        assert_eq!(with_unit(60_500.0, "$"), "$60,500");
        assert_eq!(with_unit(40.0, "$/MWh"), "$40/MWh");
        assert_eq!(with_unit(-5.0, "$/MWh"), "-$5/MWh");
        assert_eq!(with_unit(150.0, "$/kW-month"), "$150/kW-month");
        assert_eq!(with_unit(95.0, "%"), "95%");
        assert_eq!(with_unit(958.3, "EH/s"), "958.3 EH/s");
        assert_eq!(with_unit(1.05, "ratio"), "1.05");
    }

    #[test]
    fn number_rounds_to_the_given_decimals() {
        assert_eq!(number(6.5648, 1), "6.6");
        assert_eq!(number(f64::NAN, 1), "n/a");
    }
}
