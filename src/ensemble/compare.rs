//! Two arms of an experiment compared over paired runs: the same seeds, so that both arms
//! see the same random shocks and noise and the differences come from the arms.

use serde::{Deserialize, Serialize};

use super::RunSummary;

/// z-value of a two-sided 95 % interval under the normal approximation.
const Z95: f64 = 1.96;

/// One quantity in arm A and arm B and their paired difference.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    /// Mean in arm A over the paired runs.
    pub mean_a: f64,
    /// Mean in arm B over the paired runs.
    pub mean_b: f64,
    /// Mean of the paired differences B − A.
    pub mean_difference: f64,
    /// 95 % interval of the mean difference, `[low, high]`; `None` with fewer than two pairs,
    /// where no spread can be estimated.
    pub ci95: Option<[f64; 2]>,
}

/// Arm B compared with arm A.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Number of seeds present in both arms.
    pub pairs: usize,
    /// Cumulative added value.
    pub added_value: Difference,
    /// Trust at the horizon.
    pub final_trust: Difference,
    /// Mean conflict over the run.
    pub mean_conflict: Difference,
    /// Reaching phase 3 (each run 1 or 0, so the means are probabilities).
    pub p_phase3: Difference,
}

/// Compares arm B with arm A over the seeds present in both (runs are paired by seed, in
/// any order; a seed present in one arm only is left out).
///
/// Each interval is the normal approximation for paired differences `d = b − a`:
/// `mean(d) ± 1.96 · sd(d) / √n`, with the sample standard deviation (denominator `n − 1`).
/// It is adequate for the hundreds of runs an ensemble has; for a handful of pairs it is
/// too narrow (a t-interval would be wider).
pub fn compare(a: &[RunSummary], b: &[RunSummary]) -> Comparison {
    let pairs = paired(a, b);
    let difference = |f: fn(&RunSummary) -> f64| difference(&pairs, f);
    Comparison {
        pairs: pairs.len(),
        added_value: difference(|r| r.added_value),
        final_trust: difference(|r| r.final_trust),
        mean_conflict: difference(|r| r.mean_conflict),
        p_phase3: difference(|r| if r.reached_phase3_month.is_some() { 1.0 } else { 0.0 }),
    }
}

/// The runs of both arms with the same seed, in seed order.
fn paired<'a>(a: &'a [RunSummary], b: &'a [RunSummary]) -> Vec<(&'a RunSummary, &'a RunSummary)> {
    let mut a: Vec<&RunSummary> = a.iter().collect();
    let mut b: Vec<&RunSummary> = b.iter().collect();
    a.sort_by_key(|r| r.seed);
    b.sort_by_key(|r| r.seed);
    let (mut i, mut j, mut pairs) = (0, 0, Vec::with_capacity(a.len().min(b.len())));
    while i < a.len() && j < b.len() {
        match a[i].seed.cmp(&b[j].seed) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                pairs.push((a[i], b[j]));
                i += 1;
                j += 1;
            }
        }
    }
    pairs
}

/// Any quantity of a run in arm B compared with arm A over the seeds present in both, with
/// the same interval as [`compare`].
pub fn paired_difference(a: &[RunSummary], b: &[RunSummary], f: impl Fn(&RunSummary) -> f64) -> Difference {
    difference(&paired(a, b), f)
}

fn difference(pairs: &[(&RunSummary, &RunSummary)], f: impl Fn(&RunSummary) -> f64) -> Difference {
    let n = pairs.len() as f64;
    if pairs.is_empty() {
        return Difference { mean_a: 0.0, mean_b: 0.0, mean_difference: 0.0, ci95: None };
    }
    let mean_a = pairs.iter().map(|(a, _)| f(a)).sum::<f64>() / n;
    let mean_b = pairs.iter().map(|(_, b)| f(b)).sum::<f64>() / n;
    let mean_difference = pairs.iter().map(|(a, b)| f(b) - f(a)).sum::<f64>() / n;
    let ci95 = (pairs.len() >= 2).then(|| {
        let variance =
            pairs.iter().map(|(a, b)| (f(b) - f(a) - mean_difference).powi(2)).sum::<f64>() / (n - 1.0);
        let half = Z95 * variance.sqrt() / n.sqrt();
        [mean_difference - half, mean_difference + half]
    });
    Difference { mean_a, mean_b, mean_difference, ci95 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(seed: u64, added_value: f64, phase3: bool) -> RunSummary {
        RunSummary {
            seed,
            reached_phase3_month: phase3.then_some(30),
            added_value,
            final_trust: 0.5,
            mean_conflict: 0.1,
            ..RunSummary::default()
        }
    }

    #[test]
    fn a_paired_difference_has_the_normal_interval() {
        // Differences 1, 2, 3, 4: mean 2.5, sample sd √(5/3), half-width 1.96 · √(5/3) / 2.
        let a = [run(1, 1.0, false), run(2, 2.0, false), run(3, 3.0, true), run(4, 4.0, false)];
        let b = [run(4, 8.0, true), run(3, 6.0, true), run(2, 4.0, true), run(1, 2.0, false)];
        let c = compare(&a, &b);
        assert_eq!(c.pairs, 4);
        let d = c.added_value;
        assert_eq!((d.mean_a, d.mean_b, d.mean_difference), (2.5, 5.0, 2.5));
        let half = 1.96 * (5.0f64 / 3.0).sqrt() / 2.0;
        let [low, high] = d.ci95.expect("an interval");
        assert!((low - (2.5 - half)).abs() < 1e-12 && (high - (2.5 + half)).abs() < 1e-12, "{low} {high}");
        assert!((low - 1.23483).abs() < 1e-5);
        assert_eq!((c.p_phase3.mean_a, c.p_phase3.mean_b, c.p_phase3.mean_difference), (0.25, 0.75, 0.5));
        assert_eq!(c.final_trust.ci95, Some([0.0, 0.0]));
    }

    #[test]
    fn only_seeds_present_in_both_arms_are_paired() {
        let a = [run(1, 1.0, false), run(5, 9.0, false)];
        let b = [run(1, 3.0, false), run(2, 7.0, false)];
        let c = compare(&a, &b);
        assert_eq!(c.pairs, 1);
        assert_eq!(c.added_value.mean_difference, 2.0);
        assert_eq!(c.added_value.ci95, None);
        assert_eq!(compare(&[], &b).pairs, 0);
    }
}
