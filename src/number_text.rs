//! Reading decimal numbers from text, the one way every input from outside is read.
//!
//! Rust's `f64::from_str` carries large lookup tables into the WebAssembly module; the
//! browser already has a correctly rounded parser. So the grammar is checked here, and in
//! the browser the conversion is left to JavaScript's `parseFloat`, which gives the same,
//! correctly rounded value for every text the grammar accepts.

/// Whether `text` is a plain decimal number: an optional sign, digits with at most one
/// decimal point (and at least one digit), and an optional exponent. No spaces, no
/// thousands separators, no hexadecimal, no "inf" or "NaN".
pub fn is_decimal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut index = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let digits = |index: &mut usize| {
        let start = *index;
        while bytes.get(*index).is_some_and(u8::is_ascii_digit) {
            *index += 1;
        }
        *index - start
    };
    let mut mantissa_digits = digits(&mut index);
    if bytes.get(index) == Some(&b'.') {
        index += 1;
        mantissa_digits += digits(&mut index);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(bytes.get(index), Some(b'e' | b'E')) {
        index += 1;
        if matches!(bytes.get(index), Some(b'+' | b'-')) {
            index += 1;
        }
        if digits(&mut index) == 0 {
            return false;
        }
    }
    index == bytes.len()
}

/// The value of a decimal number (see [`is_decimal`]); `None` for anything else. Numbers
/// too large for an `f64` give an infinity, which callers reject with the rest.
pub fn parse_decimal(text: &str) -> Option<f64> {
    if !is_decimal(text) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        Some(js_sys::parse_float(text))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.parse().ok()
    }
}

/// The shortest text that parses back to the same f64: plain ("90000", "0.35"), or with an
/// exponent where plain would be long ("3.4e-73"). In the browser, JavaScript prints it
/// (`Number.prototype.toString`), which keeps Rust's float printing out of the module.
pub fn number_text(value: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(
            js_sys::Number::from(value)
                .to_string_with_radix(10)
                .unwrap_or_default(),
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let plain = value.to_string();
        if plain.len() <= 24 {
            plain
        } else {
            format!("{value:e}")
        }
    }
}

/// A finite decimal number, or nothing.
pub fn parse_finite(text: &str) -> Option<f64> {
    parse_decimal(text).filter(|value| value.is_finite())
}

/// `value` with exactly `decimals` digits after the point (at most 9), rounded half away
/// from zero: "67.16". Integer arithmetic keeps the float formatting machinery for fixed
/// decimals out of the WebAssembly module. Values whose scaled form would not fit an
/// integer exactly (beyond about 10^15) are printed whole, without decimals.
pub fn fixed(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(9);
    let scale = 10_u64.pow(decimals);
    let scaled = (value.abs() * scale as f64).round();
    if !scaled.is_finite() || scaled >= 9e15 {
        return number_text(value.round());
    }
    let scaled = scaled as u64;
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let whole = scaled / scale;
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = scaled % scale;
    format!(
        "{sign}{whole}.{fraction:0width$}",
        width = decimals as usize
    )
}

/// `value` rounded to 12 significant digits, which hides the binary noise that steps such
/// as 0.05 accumulate (0.1 + 0.2 becomes 0.3).
pub fn round_significant(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    // The power of ten that brings the value to 12 digits before the point, by steps
    // (no logarithms, which would bring a math library into the page). Only exact powers,
    // up to 10^22, keep the division correctly rounded; beyond them the value is returned.
    let magnitude = value.abs();
    let mut factor = 1.0;
    let mut exponent = 0;
    while magnitude * factor < 1e11 && exponent < 22 {
        factor *= 10.0;
        exponent += 1;
    }
    if magnitude * factor >= 1e12 || magnitude * factor < 1e11 {
        return value;
    }
    (value * factor).round() / factor
}

/// Why typed text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedError {
    /// Not a number at all.
    NotANumber,
    /// A comma where only a decimal point can be: "1,5".
    DecimalComma,
}

/// Reads a number as people type it into a box: spaces, `_`, `$` and `%` are ignored
/// ("$ 65 000", "2 %"); commas separate thousands, and only in thousands positions
/// ("65,000", not "1,5"); a final `k`, `M` or `B` (either case) multiplies by a thousand, a
/// million or a billion ("90k", "1.2M"). The rest follows [`is_decimal`].
pub fn parse_typed(text: &str) -> Result<f64, TypedError> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '_' | '$' | '%') && !c.is_whitespace())
        .collect();
    let (number, exponent) = match cleaned.char_indices().last() {
        Some((at, 'k' | 'K')) => (&cleaned[..at], "e3"),
        Some((at, 'm' | 'M')) => (&cleaned[..at], "e6"),
        Some((at, 'b' | 'B')) => (&cleaned[..at], "e9"),
        _ => (cleaned.as_str(), ""),
    };
    if !exponent.is_empty() && number.contains(['e', 'E']) {
        return Err(TypedError::NotANumber);
    }
    let plain = without_thousands_commas(number)?;
    // The suffix moves the decimal point in the text, so "1.2M" is read as exactly as
    // "1200000" is.
    parse_finite(&format!("{plain}{exponent}")).ok_or(TypedError::NotANumber)
}

/// `number` without the commas that separate its thousands; an error for a comma anywhere
/// else, which in many languages is a decimal comma.
fn without_thousands_commas(number: &str) -> Result<String, TypedError> {
    if !number.contains(',') {
        return Ok(number.to_owned());
    }
    let unsigned = number.trim_start_matches(['+', '-']);
    let whole_end = unsigned
        .find(|c: char| !c.is_ascii_digit() && c != ',')
        .unwrap_or(unsigned.len());
    let (whole, rest) = unsigned.split_at(whole_end);
    let mut groups = whole.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|first| (1..=3).contains(&first.len()));
    let others_ok = groups.all(|group| group.len() == 3);
    if first_ok && others_ok && !rest.contains(',') {
        Ok(number.replace(',', ""))
    } else {
        Err(TypedError::DecimalComma)
    }
}

/// Whether typed text holds only characters some number a person types can hold (digits,
/// signs, point, comma, exponent, the k/M/B suffixes, `$`, `%`, `_` and spaces): "1," may
/// be on its way to "1,000", "abc" is not on its way to anything.
pub fn could_be_typed(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || "+-.,eEkKmMbB$%_".contains(c))
}

/// `value` as a number box shows it: 12 significant digits (no binary noise), thousands
/// grouped with commas ("65,000", "1,234.5", "0.35"); an exponent where plain would be long.
pub fn grouped(value: f64) -> String {
    let text = number_text(round_significant(value));
    if text.contains(['e', 'E']) {
        return text;
    }
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = unsigned.split_at(unsigned.find('.').unwrap_or(unsigned.len()));
    format!("{sign}{}{fraction}", group_digits(whole))
}

/// A run of digits with commas between its thousands: "1234567" -> "1,234,567".
pub fn group_digits(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_are_numbers_and_the_rest_is_not() {
        for good in [
            "0", "-0", "+5", "65000", "1.05", ".5", "5.", "1e6", "2.5E-3", "1e309",
        ] {
            assert!(is_decimal(good), "{good}");
        }
        for bad in [
            "", "+", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,000", " 5", "5 ", "0x10", "inf",
            "NaN", "infinity", "--1", "1_000", "\u{661}",
        ] {
            assert!(!is_decimal(bad), "{bad:?}");
        }
        assert_eq!(parse_finite("1e309"), None);
        assert_eq!(parse_finite("-2.5"), Some(-2.5));
    }

    #[test]
    fn fixed_decimals_round_half_away_from_zero() {
        assert_eq!(fixed(67.159_064, 2), "67.16");
        assert_eq!(fixed(6.25, 1), "6.3");
        assert_eq!(fixed(-6.25, 1), "-6.3");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(2.0, 0), "2");
        assert_eq!(fixed(0.05, 3), "0.050");
        assert_eq!(fixed(1e300, 2), number_text(1e300));
    }

    #[test]
    fn fixed_agrees_with_rusts_formatting_away_from_ties() {
        for value in [
            0.0,
            1.0,
            12.345_67,
            99.994,
            99.996,
            1234.5678,
            45.612,
            3.4e-5,
            987_654.321,
        ] {
            for decimals in 0..4 {
                let rust = format!("{value:.prec$}", prec = decimals as usize);
                assert_eq!(fixed(value, decimals), rust, "{value} to {decimals}");
            }
        }
    }

    #[test]
    fn round_significant_hides_binary_noise() {
        assert_eq!(round_significant(0.1 + 0.2), 0.3);
        assert_eq!(round_significant(65_000.0), 65_000.0);
        assert_eq!(round_significant(1.05 * 3.0), 3.15);
        assert_eq!(
            round_significant(-0.000_123_456_789_012_345),
            -0.000_123_456_789_012
        );
        assert_eq!(round_significant(0.0), 0.0);
    }

    #[test]
    fn typed_numbers_take_thousands_commas_and_suffixes() {
        for (text, expected) in [
            ("$65,000", 65_000.0),
            (" 2 % ", 2.0),
            ("1,234,567.5", 1_234_567.5),
            ("-1,000", -1000.0),
            ("90k", 90_000.0),
            ("1.2M", 1_200_000.0),
            ("1.2m", 1_200_000.0),
            ("0.5B", 500_000_000.0),
            ("$ 65 000", 65_000.0),
            ("1e6", 1e6),
        ] {
            assert_eq!(parse_typed(text), Ok(expected), "{text}");
        }
        for text in [
            "1,5",
            "1,50",
            "12,3456",
            "1,000,00",
            ",000",
            "1.000,5",
            "1,234.5,6",
        ] {
            assert_eq!(parse_typed(text), Err(TypedError::DecimalComma), "{text}");
        }
        for text in [
            "", "abc", "k", "1e3k", "NaN", "inf", "1e309", "--1", "4O", "1kk",
        ] {
            assert_eq!(parse_typed(text), Err(TypedError::NotANumber), "{text}");
        }
    }

    #[test]
    fn only_impossible_characters_rule_a_typed_entry_out() {
        for on_the_way in ["", "1,", "1,0", "-", "1.", "1e", "90k", "$ 65 000", "2 %"] {
            assert!(could_be_typed(on_the_way), "{on_the_way:?}");
        }
        for never in ["abc", "4O", "1/2", "NaN", "\u{661}"] {
            assert!(!could_be_typed(never), "{never:?}");
        }
    }

    #[test]
    fn grouped_numbers_read_as_people_write_them() {
        assert_eq!(grouped(65_000.0), "65,000");
        assert_eq!(grouped(1_234.5), "1,234.5");
        assert_eq!(grouped(-1_234_567.0), "-1,234,567");
        assert_eq!(grouped(0.1 + 0.2), "0.3");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(3.437_633_370_823_463e-73), "3.437633370823463e-73");
    }
}
