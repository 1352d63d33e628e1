//! Numbers as the page shows them. Pure functions, so that they are tested natively although
//! the page that uses them runs only in the browser.

/// A signed difference with `decimals` decimals: "+0.42", "−0.10", and plain "0.0" when it
/// rounds to zero, so that a difference too small to show never reads "-0.000" or "+0.000"
/// (a sign on a zero suggests a direction that is not there). The minus is the typographic
/// minus sign, which a screen reader reads as "minus".
pub fn signed(value: f64, decimals: usize) -> String {
    let shown = format!("{:.*}", decimals, value.abs());
    if shown.bytes().all(|b| b == b'0' || b == b'.') || !value.is_finite() {
        return if value.is_finite() { shown } else { "n/a".to_string() };
    }
    if value < 0.0 {
        format!("−{shown}")
    } else {
        format!("+{shown}")
    }
}

/// A level on the model's 0-to-1 scale in words and as a percentage, "moderate, 53 %": a
/// student reads the word, the percentage says how far along the scale it is.
pub fn level(value: f64) -> String {
    const WORDS: [&str; 5] = ["very low", "low", "moderate", "high", "very high"];
    let (band, percent) = level_band(value);
    format!("{}, {percent:.0} %", WORDS[band])
}

/// Which of the five words a level on the 0-to-1 scale reads as (0 very low to 4 very high,
/// a fifth of the scale each), and its percentage: what [`level`] writes in English and the
/// page writes in its own language.
pub fn level_band(value: f64) -> (usize, f64) {
    let v = value.clamp(0.0, 1.0);
    // The band is the number of boundaries the level is not below.
    let band =
        [0.2, 0.4, 0.6, 0.8].iter().filter(|b| v.partial_cmp(b) != Some(std::cmp::Ordering::Less)).count();
    (band, 100.0 * v)
}

/// The half-height of a symmetric axis around zero that holds differences up to `largest`
/// (at least `smallest`): a "nice" number (1, 2 or 5 times a power of ten), so that the axis
/// can be labelled at minus it, zero and plus it, and the decimals those labels need. An axis
/// of a difference chart labelled only at zero would not say how large the difference is.
pub fn symmetric_extent(largest: f64, smallest: f64) -> (f64, usize) {
    let wanted = if largest.is_finite() { largest.abs().max(smallest) } else { smallest };
    let power = 10_f64.powf(wanted.log10().floor());
    let extent = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|&e| e >= wanted * (1.0 - 1e-9));
    let extent = extent.unwrap_or(10.0 * power);
    let decimals = (-extent.log10().floor()).max(0.0) as usize;
    (extent, decimals)
}

#[cfg(test)]
mod tests {
    use super::{level, signed, symmetric_extent};

    #[test]
    fn a_difference_axis_reaches_the_largest_difference_at_a_round_number() {
        let cases = [
            (3.8, 0.05, (5.0, 0)),
            (0.31, 0.05, (0.5, 1)),
            (0.05, 0.05, (0.05, 2)),
            (0.0, 0.05, (0.05, 2)),
            (0.012, 0.05, (0.05, 2)),
            (12.0, 0.05, (20.0, 0)),
            (100.0, 0.05, (100.0, 0)),
            (1.01, 0.05, (2.0, 0)),
            (f64::NAN, 0.05, (0.05, 2)),
        ];
        for (largest, smallest, (extent, decimals)) in cases {
            let (e, d) = symmetric_extent(largest, smallest);
            assert!((e - extent).abs() < 1e-12, "{largest}: {e} instead of {extent}");
            assert_eq!(d, decimals, "{largest}");
        }
    }

    #[test]
    fn a_level_reads_as_a_word_and_a_percentage() {
        let cases = [
            (0.0, "very low, 0 %"),
            (0.53, "moderate, 53 %"),
            (0.8, "very high, 80 %"),
            (1.4, "very high, 100 %"),
        ];
        for (value, expected) in cases {
            assert_eq!(level(value), expected);
        }
    }

    #[test]
    fn a_difference_that_rounds_to_zero_has_no_sign() {
        let cases = [
            (0.0, 3, "0.000"),
            (-0.0, 3, "0.000"),
            (-0.0004, 3, "0.000"),
            (0.0004, 3, "0.000"),
            (-0.0006, 3, "−0.001"),
            (0.42, 2, "+0.42"),
            (-12.34, 1, "−12.3"),
            (-0.4, 0, "0"),
            (f64::NAN, 1, "n/a"),
        ];
        for (value, decimals, expected) in cases {
            assert_eq!(signed(value, decimals), expected, "{value} with {decimals} decimals");
        }
    }
}
