//! Fan charts and shares over many runs, month by month: the quantiles of a quantity, the
//! share of runs in each phase, and the probabilities of reaching phase 3 and of breaking up.

use serde::{Deserialize, Serialize};

use super::RunSummary;

/// Quantiles of a quantity over runs, one entry per month (month 0 first): the median, the
/// 50 % band (p25..p75) and the 90 % band (p05..p95).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Fan {
    /// 5th percentile.
    pub p05: Vec<f32>,
    /// 25th percentile.
    pub p25: Vec<f32>,
    /// Median.
    pub median: Vec<f32>,
    /// 75th percentile.
    pub p75: Vec<f32>,
    /// 95th percentile.
    pub p95: Vec<f32>,
}

/// Share of runs in each phase, one entry per month (month 0 first); the four shares of a
/// month (dissolved and phases 1 to 3) add up to 1. A dissolved run counts as dissolved from
/// the month it dissolved, never in phase 2 or 3.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PhaseShares {
    /// Share of runs that have dissolved.
    pub dissolved: Vec<f64>,
    /// Share of runs in phase 1.
    pub phase1: Vec<f64>,
    /// Share of runs in phase 2.
    pub phase2: Vec<f64>,
    /// Share of runs in phase 3.
    pub phase3: Vec<f64>,
}

/// The `q`-quantile (0..=1) of values sorted in ascending order, interpolating linearly
/// between the two nearest ranks (Hyndman and Fan's type 7, the default of R and NumPy):
/// the median of 1, 2, 3, 4 is 2.5. `None` for no values. It reads only the two ranks
/// [`quantile_ranks`] names, so those two must be in their sorted places; the rest of the
/// slice may be in any order.
pub fn quantile(sorted: &[f32], q: f64) -> Option<f32> {
    let (below, above) = quantile_ranks(sorted.len(), q)?;
    Some(interpolate(sorted.len(), q, below, sorted[below], sorted[above]))
}

/// The `q`-quantile of `len` values whose ranks `below` and `below + 1` (or `below` twice at
/// the top) hold `low` and `high`.
fn interpolate(len: usize, q: f64, below: usize, low: f32, high: f32) -> f32 {
    let rank = q.clamp(0.0, 1.0) * (len - 1) as f64;
    let (low, high) = (f64::from(low), f64::from(high));
    (low + (rank - below as f64) * (high - low)) as f32
}

/// The two ranks (0-based, in ascending order) between which the `q`-quantile of `len`
/// values interpolates; `None` for no values.
pub fn quantile_ranks(len: usize, q: f64) -> Option<(usize, usize)> {
    let last = len.checked_sub(1)?;
    let below = (q.clamp(0.0, 1.0) * last as f64).floor() as usize;
    Some((below, (below + 1).min(last)))
}

/// An integer that orders as [`f32::total_cmp`] orders the value: comparing integers is
/// cheaper than comparing floats in total order, which matters most in wasm, where the
/// ensemble worker computes the fan charts. Its own inverse: see [`from_order_key`].
fn order_key(value: f32) -> i32 {
    let bits = value.to_bits() as i32;
    bits ^ ((((bits >> 31) as u32) >> 1) as i32)
}

/// The value of an [`order_key`].
fn from_order_key(key: i32) -> f32 {
    f32::from_bits((key ^ ((((key >> 31) as u32) >> 1) as i32)) as u32)
}

/// The quantiles a fan chart shows, in the order of [`Fan`]'s fields.
const FAN_QUANTILES: [f64; 5] = [0.05, 0.25, 0.5, 0.75, 0.95];

/// Moves the values of the given ranks (ascending, without repeats) to the places a full sort would give them,
/// by selecting the middle rank and recursing into both sides. Ten ranks of a thousand values
/// take about a third of the comparisons of sorting them all, and fan charts need only ten
/// ranks a month.
fn select_ranks(values: &mut [i32], ranks: &[usize], offset: usize) {
    let Some(&rank) = ranks.get(ranks.len() / 2) else { return };
    let mid = ranks.len() / 2;
    let (left, _, right) = values.select_nth_unstable(rank - offset);
    select_ranks(left, &ranks[..mid], offset);
    select_ranks(right, &ranks[mid + 1..], rank + 1);
}

/// The fan chart of one quantity: `values_by_run[r][m]` is its value in run `r` at month
/// `m`. Each month's quantiles are taken over the runs that have that month, so runs of
/// different lengths are allowed; no runs give an empty fan.
pub fn fan_chart(values_by_run: &[&[f32]]) -> Fan {
    let months = values_by_run.iter().map(|run| run.len()).max().unwrap_or(0);
    let mut fan = Fan::default();
    let mut month_values = Vec::with_capacity(values_by_run.len());
    let mut ranks = Vec::with_capacity(2 * FAN_QUANTILES.len());
    for m in 0..months {
        month_values.clear();
        month_values.extend(values_by_run.iter().filter_map(|run| run.get(m).map(|&v| order_key(v))));
        ranks.clear();
        for q in FAN_QUANTILES {
            let (below, above) = quantile_ranks(month_values.len(), q).unwrap_or_default();
            ranks.extend([below, above]);
        }
        ranks.sort_unstable();
        ranks.dedup();
        select_ranks(&mut month_values, &ranks, 0);
        let at = |q| {
            let len = month_values.len();
            quantile_ranks(len, q).map_or(f32::NAN, |(below, above)| {
                interpolate(
                    len,
                    q,
                    below,
                    from_order_key(month_values[below]),
                    from_order_key(month_values[above]),
                )
            })
        };
        fan.p05.push(at(0.05));
        fan.p25.push(at(0.25));
        fan.median.push(at(0.5));
        fan.p75.push(at(0.75));
        fan.p95.push(at(0.95));
    }
    fan
}

/// The share of runs in each phase by month: `phases_by_run[r][m]` is the phase of run `r`
/// at month `m`. Phase 0 is dissolved; phases above 3 count as phase 3.
pub fn phase_shares(phases_by_run: &[&[u8]]) -> PhaseShares {
    let months = phases_by_run.iter().map(|run| run.len()).max().unwrap_or(0);
    let mut shares = PhaseShares::default();
    for m in 0..months {
        let mut counts = [0usize; 4];
        for phase in phases_by_run.iter().filter_map(|run| run.get(m)) {
            counts[usize::from((*phase).min(3))] += 1;
        }
        let total = counts.iter().sum::<usize>() as f64;
        shares.dissolved.push(counts[0] as f64 / total);
        shares.phase1.push(counts[1] as f64 / total);
        shares.phase2.push(counts[2] as f64 / total);
        shares.phase3.push(counts[3] as f64 / total);
    }
    shares
}

/// Share of runs that reached phase 3 in or before `month` (0 for no runs).
pub fn p_phase3_by(runs: &[RunSummary], month: u32) -> f64 {
    share(runs, |r| r.reached_phase3_month.is_some_and(|m| m <= month))
}

/// Share of runs in which the alliance dissolved (0 for no runs).
pub fn p_dissolved(runs: &[RunSummary]) -> f64 {
    share(runs, |r| r.dissolved)
}

fn share(runs: &[RunSummary], holds: impl Fn(&RunSummary) -> bool) -> f64 {
    if runs.is_empty() {
        return 0.0;
    }
    runs.iter().filter(|r| holds(r)).count() as f64 / runs.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_between_the_nearest_ranks() {
        let data = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&data, 0.5), Some(3.0));
        assert_eq!(quantile(&data, 0.25), Some(2.0));
        assert_eq!(quantile(&data, 0.05), Some(1.2));
        assert_eq!(quantile(&data, 0.95), Some(4.8));
        assert_eq!(quantile(&[1.0, 2.0, 3.0, 4.0], 0.5), Some(2.5));
        assert_eq!(quantile(&[7.0], 0.9), Some(7.0));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn a_fan_takes_each_months_quantiles_over_the_runs() {
        let runs: [&[f32]; 5] = [&[0.0, 5.0], &[0.0, 1.0], &[0.0, 4.0], &[0.0, 2.0], &[0.0, 3.0]];
        let fan = fan_chart(&runs);
        assert_eq!(fan.median, vec![0.0, 3.0]);
        assert_eq!((fan.p25[1], fan.p75[1]), (2.0, 4.0));
        assert_eq!((fan.p05[1], fan.p95[1]), (1.2, 4.8));
        assert_eq!(fan_chart(&[]), Fan::default());
    }

    #[test]
    fn selecting_the_ranks_gives_the_quantiles_of_a_full_sort() {
        // A scrambled mix with repeated values, negative zero and both signs.
        let values: Vec<f32> = (0..1001u32)
            .map(|i| ((i * 7919) % 1009) as f32 / 37.0 - 12.0)
            .chain([0.0, -0.0, 3.0, 3.0])
            .collect();
        for len in [1, 2, 3, 5, 10, 999, values.len()] {
            let mut sorted = values[..len].to_vec();
            sorted.sort_unstable_by(f32::total_cmp);
            let mut selected: Vec<i32> = values[..len].iter().map(|&v| order_key(v)).collect();
            let mut ranks: Vec<usize> = FAN_QUANTILES
                .iter()
                .flat_map(|&q| {
                    let (below, above) = quantile_ranks(len, q).expect("values");
                    [below, above]
                })
                .collect();
            ranks.sort_unstable();
            ranks.dedup();
            select_ranks(&mut selected, &ranks, 0);
            let selected: Vec<f32> = selected.into_iter().map(from_order_key).collect();
            for q in FAN_QUANTILES {
                assert_eq!(quantile(&selected, q), quantile(&sorted, q), "{len} values, q = {q}");
            }
        }
    }

    #[test]
    fn order_keys_order_as_total_order_and_give_the_value_back() {
        let values = [
            f32::NEG_INFINITY,
            -1e30,
            -1.5,
            -f32::MIN_POSITIVE,
            -1e-45,
            -0.0,
            0.0,
            1e-45,
            0.25,
            0.5,
            3.0,
            f32::MAX,
            f32::INFINITY,
            f32::NAN,
        ];
        for a in values {
            assert_eq!(from_order_key(order_key(a)).to_bits(), a.to_bits(), "{a}");
            for b in values {
                assert_eq!(order_key(a).cmp(&order_key(b)), a.total_cmp(&b), "{a} against {b}");
            }
        }
    }

    #[test]
    fn phase_shares_add_up_to_one_each_month_and_count_dissolved_runs_apart() {
        let runs: [&[u8]; 4] = [&[1, 2, 3], &[1, 1, 2], &[1, 2, 0], &[1, 2, 3]];
        let shares = phase_shares(&runs);
        assert_eq!(shares.dissolved, vec![0.0, 0.0, 0.25]);
        assert_eq!(shares.phase1, vec![1.0, 0.25, 0.0]);
        assert_eq!(shares.phase2, vec![0.0, 0.75, 0.25]);
        assert_eq!(shares.phase3, vec![0.0, 0.0, 0.5]);
    }

    #[test]
    fn phase3_probability_counts_runs_that_got_there_in_time() {
        let run = |month: Option<u32>, dissolved: bool| RunSummary {
            reached_phase3_month: month,
            dissolved,
            ..RunSummary::default()
        };
        let runs = [run(Some(20), false), run(Some(24), false), run(Some(61), true), run(None, true)];
        assert_eq!(p_phase3_by(&runs, 24), 0.5);
        assert_eq!(p_phase3_by(&runs, 60), 0.5);
        assert_eq!(p_phase3_by(&runs, 120), 0.75);
        assert_eq!(p_dissolved(&runs), 0.5);
        assert_eq!(p_dissolved(&[]), 0.0);
    }
}
