//! Shared vision and values (article section "Start": "Ontwikkel visie en waarden").

use super::params::Params;
use super::partner::PartnerState;
use super::state::State;

/// Monthly growth of shared vision and common language from knowing and trusting each other.
pub const VISION_RATE: f64 = 0.02;
/// Share of the value distance that full understanding bridges.
pub const UNDERSTANDING_BRIDGE: f64 = 0.6;

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

/// Mean distance between the value profiles of the partners still in: the Euclidean
/// distance over the four values and long-term commitment, scaled to 0..=1.
pub fn mean_value_distance(partners: &[PartnerState]) -> f64 {
    let (mut sum, mut pairs) = (0.0, 0.0);
    for (i, a) in partners.iter().enumerate() {
        for b in partners.iter().skip(i + 1) {
            if a.left || b.left {
                continue;
            }
            sum += distance(&a.values, &b.values);
            pairs += 1.0;
        }
    }
    if pairs > 0.0 {
        sum / pairs
    } else {
        0.0
    }
}

/// Value alignment is the value distance that understanding has not bridged: partners can
/// differ and still be aligned once they know why the other holds a value.
pub fn align_values(state: &mut State) {
    let a = &mut state.alliance;
    a.value_alignment =
        (1.0 - a.value_distance * (1.0 - UNDERSTANDING_BRIDGE * a.value_understanding)).clamp(0.0, 1.0);
}

/// The partners grow towards each other: shared vision and understanding of values grow
/// with knowledge and trust, conflict wears the common story down (article section
/// "Productiviteit en meerwaarde": "De partners groeien naar elkaar toe"). As they come to
/// understand each other, the representatives' values drift towards the alliance's values as
/// they are heard, weighted by voice: the large partners' values become the common ones and
/// a small partner's distinct value fades unless it is given room.
pub fn grow_towards_each_other(state: &mut State, params: &Params) {
    let drift = params.coefficients.value_drift * state.alliance.value_understanding;
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
    a.shared_vision += VISION_RATE * basis * (1.0 - a.shared_vision) - 0.01 * a.conflict * a.shared_vision;
    a.shared_vision = a.shared_vision.clamp(0.0, 1.0);
    a.value_understanding =
        (a.value_understanding + 0.01 * a.knowledge * (1.0 - a.value_understanding)).clamp(0.0, 1.0);
    align_values(state);
}

/// Room a partner's voice gets, at most, once it has explained its value: as much as an
/// average partner's size would give it.
pub const ROOM_GAIN: f64 = 2.0;

/// A partner explains a core value and is heard: the others move halfway towards it on the
/// value where it differs most from them, so the value becomes shared and strengthened, and
/// the partner's voice gets room beyond its size from then on (article example "Zoeken naar
/// gemeenschappelijke waarde").
pub fn give_value_room(state: &mut State, p: usize, f: f64) {
    state.partners[p].room += ROOM_GAIN * f;
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
    align_values(state);
}
