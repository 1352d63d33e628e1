//! Shared vision and values (article section "Start": "Ontwikkel visie en waarden").

use super::coefficients::Coefficients;
use super::params::{excess, Params};
use super::partner::PartnerState;
use super::state::State;

/// Distance between two value profiles: Euclidean over the four values and long-term
/// commitment, scaled to 0..=1.
pub fn distance(a: &[f64; 5], b: &[f64; 5]) -> f64 {
    let d2: f64 = a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum();
    (d2 / 5.0).sqrt()
}

/// The alliance's value profile as it is heard: the partners' current values weighted by
/// their voice, so that large partners' values count most unless a small one is given room.
pub fn voice_centre(partners: &[PartnerState]) -> [f64; 5] {
    let mut centre = [0.0; 5];
    for s in partners.iter().filter(|s| !s.left) {
        for (c, v) in centre.iter_mut().zip(&s.values) {
            *c += s.voice * v;
        }
    }
    centre
}

/// Recomputes every partner's share of the alliance's voice from its size and the room it
/// has been given, and the alliance's dominance: how far the loudest voice exceeds an equal
/// share. Called at the start and whenever a partner leaves or is given room.
pub fn weigh_voices(state: &mut State) {
    let total: f64 = state.partners.iter().filter(|s| !s.left).map(|s| s.weight * s.room).sum();
    let mut loudest: f64 = 0.0;
    for s in state.partners.iter_mut() {
        s.voice = if s.left || total <= 0.0 { 0.0 } else { s.weight * s.room / total };
        loudest = loudest.max(s.voice);
    }
    let n = state.alliance.active.max(1) as f64;
    state.alliance.dominance =
        if n > 1.0 { ((loudest - 1.0 / n) / (1.0 - 1.0 / n)).clamp(0.0, 1.0) } else { 0.0 };
}

/// Typical distance between the value profiles of the partners still in: the root mean
/// square of the pairwise Euclidean distances over the four values and long-term commitment,
/// scaled to 0..=1. Computed from each value's variance, since the mean squared distance over
/// all pairs is 2n/(n − 1) times the summed variances: one pass over the partners instead of
/// one over every pair, which the model needs every month as values drift.
pub fn mean_value_distance(partners: &[PartnerState]) -> f64 {
    let (mut sum, mut squares, mut n) = ([0.0; 5], [0.0; 5], 0.0);
    for s in partners.iter().filter(|s| !s.left) {
        for d in 0..5 {
            sum[d] += s.values[d];
            squares[d] += s.values[d] * s.values[d];
        }
        n += 1.0;
    }
    if n < 2.0 {
        return 0.0;
    }
    let variance: f64 = (0..5).map(|d| excess(squares[d] / n, (sum[d] / n) * (sum[d] / n))).sum();
    (2.0 * n / (n - 1.0) * variance / 5.0).sqrt().clamp(0.0, 1.0)
}

/// Value alignment is the value distance that understanding has not bridged: partners can
/// differ and still be aligned once they know why the other holds a value.
pub fn align_values(state: &mut State, k: &Coefficients) {
    let a = &mut state.alliance;
    a.value_alignment =
        (1.0 - a.value_distance * (1.0 - k.understanding_bridge * a.value_understanding)).clamp(0.0, 1.0);
}

/// The partners grow towards each other: shared vision and understanding of values grow
/// with knowledge and trust, conflict wears the common story down (article section
/// "Productiviteit en meerwaarde": "De partners groeien naar elkaar toe"). As they come to
/// understand each other, the representatives' values drift towards the alliance's values as
/// they are heard, weighted by voice: the large partners' values become the common ones and
/// a small partner's distinct value fades unless it is given room.
pub fn grow_towards_each_other(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let drift = k.value_drift * state.alliance.value_understanding;
    let centre = voice_centre(&state.partners);
    for s in state.partners.iter_mut().filter(|s| !s.left) {
        for (v, c) in s.values.iter_mut().zip(&centre) {
            *v += drift * (c - *v);
        }
    }
    state.alliance.value_distance = mean_value_distance(&state.partners);
    let a = &mut state.alliance;
    // A shared vision grows from knowing and trusting each other, and more easily between
    // partners whose values are aligned: vision and values are developed together.
    let basis =
        0.5 * (a.knowledge + a.trust) * (0.6 + 0.4 * a.value_alignment) * (1.0 + 0.25 * a.climate).max(0.0);
    a.shared_vision += k.vision_rate * basis * (1.0 - a.shared_vision) - 0.01 * a.conflict * a.shared_vision;
    a.shared_vision = a.shared_vision.clamp(0.0, 1.0);
    a.value_understanding =
        (a.value_understanding + 0.01 * a.knowledge * (1.0 - a.value_understanding)).clamp(0.0, 1.0);
    align_values(state, k);
}

/// A partner explains a core value and is heard: the others move halfway towards it on the
/// value where it differs most from them, so the value becomes shared and strengthened, and
/// the partner's voice gets room beyond its size from then on (article example "Zoeken naar
/// gemeenschappelijke waarde").
pub fn give_value_room(state: &mut State, p: usize, f: f64, k: &Coefficients) {
    state.partners[p].room += k.room_gain * f;
    weigh_voices(state);
    let others = state.partners.iter().enumerate().filter(|(j, s)| *j != p && !s.left);
    let count = others.clone().count().max(1) as f64;
    let mut mean = [0.0; 5];
    for (_, s) in others {
        for (m, v) in mean.iter_mut().zip(&s.values) {
            *m += v / count;
        }
    }
    let own = state.partners[p].values;
    let dim =
        (0..5).fold(
            0,
            |best, d| if (own[d] - mean[d]).abs() > (own[best] - mean[best]).abs() { d } else { best },
        );
    for (j, s) in state.partners.iter_mut().enumerate() {
        if j != p && !s.left {
            s.values[dim] += 0.5 * f * (own[dim] - s.values[dim]);
        }
    }
    state.alliance.value_distance = mean_value_distance(&state.partners);
    let a = &mut state.alliance;
    a.value_understanding += 0.1 * f * (1.0 - a.value_understanding);
    align_values(state, k);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::fixtures;

    #[test]
    fn the_value_distance_is_the_root_mean_square_of_the_pairwise_distances() {
        let mut partners = PartnerState::all(&fixtures::params(4).partners);
        let profiles =
            [[0.1, 0.9, 0.5, 0.2, 0.6], [0.8, 0.3, 0.5, 0.9, 0.1], [0.4, 0.4, 0.0, 0.5, 0.7], [1.0; 5]];
        for (p, v) in partners.iter_mut().zip(profiles) {
            p.values = v;
        }
        let mut squares = 0.0;
        for i in 0..4 {
            for j in i + 1..4 {
                squares += distance(&profiles[i], &profiles[j]).powi(2);
            }
        }
        let direct = (squares / 6.0).sqrt();
        assert!((mean_value_distance(&partners) - direct).abs() < 1e-12);
        partners[3].left = true;
        partners[2].left = true;
        let two = distance(&profiles[0], &profiles[1]);
        assert!((mean_value_distance(&partners) - two).abs() < 1e-12);
    }
}
