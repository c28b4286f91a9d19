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

/// A finite decimal number, or nothing.
pub fn parse_finite(text: &str) -> Option<f64> {
    parse_decimal(text).filter(|value| value.is_finite())
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
}
