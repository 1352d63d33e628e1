//! Pairwise relations: mutual knowledge (the waterline), trust, and the fixed pair tables
//! derived from the partners' expertise, quality and competitiveness.

use super::params::Params;
use super::state::State;

/// Pair matrices, row-major n×n: entry `i * n + j` is what partner `i` holds about `j`.
#[derive(Clone, Debug, PartialEq)]
pub struct Relations {
    /// Number of partners (including those that left).
    pub n: usize,
    /// Trust of i in j, 0..=1.
    pub trust: Vec<f64>,
    /// Knowledge i has of j's identity, values and interests (below the waterline), 0..=1.
    pub knowledge: Vec<f64>,
    /// Synergy weight of the pair: 0.25 for identical expertise up to 1 for fully
    /// complementary expertise (fixed).
    pub synergy: Vec<f64>,
    /// Competition: overlap of the pair's work times their competitiveness (fixed).
    pub competition: Vec<f64>,
    /// Heterogeneity: difference in expertise, professionalism and commercial culture (fixed).
    pub heterogeneity: Vec<f64>,
    /// Personal fit of the two representatives at the table, 0..=1 around 0.5 (symmetric;
    /// drawn anew when a representative changes).
    pub fit: Vec<f64>,
    /// Per partner, how far its delivery this month lets others trust what they know of it
    /// (kept and broken promises); a buffer the trust rule fills once a month so that the
    /// pair loop only looks it up.
    pub reliability: Vec<f64>,
    /// The partners still in, in ascending order. The pair rules visit every ordered pair of
    /// them (the model's `for_each_pair`). A list of partners rather than of pairs, because with
    /// hundreds of partners a list of every pair is as large as a pair table, and reading it
    /// made the pair rules wait on memory.
    pub active: Vec<usize>,
    /// Sums of competition, heterogeneity and fit over the pairs of partners still in (in the
    /// pairs' order), or `None` when a partner has left or a representative changed since
    /// they were summed. Only those events change these tables, so measuring the relations
    /// twice a month sums them once instead of every time. Whatever changes one of these
    /// tables resets the sums, as [`Relations::draw_fit`] and [`Relations::drop_partner`] do.
    pub stable_sums: Option<[f64; 3]>,
}

impl Relations {
    /// The relations at month 0: every pair at the scenario's initial knowledge and trust,
    /// with the representatives' personal fit drawn from `fit_seed`.
    pub fn new(params: &Params, fit_seed: u64) -> Relations {
        let partners = &params.partners;
        let n = partners.len();
        let expertise_weight = params.coefficients.heterogeneity_expertise;
        let mut relations = Relations {
            n,
            trust: vec![params.initial_trust; n * n],
            knowledge: vec![params.initial_knowledge; n * n],
            synergy: vec![0.0; n * n],
            competition: vec![0.0; n * n],
            heterogeneity: vec![0.0; n * n],
            fit: vec![0.5; n * n],
            reliability: vec![0.0; n],
            active: (0..n).collect(),
            stable_sums: None,
        };
        for (i, a) in partners.iter().enumerate() {
            for (j, b) in partners.iter().enumerate() {
                let similarity = cosine(&a.expertise, &b.expertise);
                let k = i * n + j;
                relations.synergy[k] = 0.25 + 0.75 * (1.0 - similarity);
                relations.competition[k] = similarity * 0.5 * (a.competitiveness + b.competitiveness);
                let culture = (a.quality - b.quality).abs() + (a.values[3] - b.values[3]).abs();
                relations.heterogeneity[k] = expertise_weight * (1.0 - similarity) + 0.25 * culture;
            }
        }
        for i in 0..n {
            relations.draw_fit(i, fit_seed, params.coefficients.fit_spread);
        }
        relations
    }

    /// Draws the personal fit of partner `p`'s representative with every other partner's, a
    /// deterministic function of `seed`, `p` and the partner index, triangular around 0.5
    /// with half-width `spread`. Pairs with a lower index are drawn from the other side, so
    /// at month 0 each unordered pair is drawn once.
    pub fn draw_fit(&mut self, p: usize, seed: u64, spread: f64) {
        let n = self.n;
        for j in 0..n {
            if j == p {
                continue;
            }
            let (lo, hi) = (p.min(j) as u64, p.max(j) as u64);
            let bits = split_mix(seed ^ (lo << 32 | hi).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let u1 = (bits >> 11) as f64 / (1u64 << 53) as f64;
            let u2 = (split_mix(bits) >> 11) as f64 / (1u64 << 53) as f64;
            let fit = 0.5 + spread * (u1 + u2 - 1.0);
            self.fit[p * n + j] = fit;
            self.fit[j * n + p] = fit;
        }
        self.stable_sums = None;
    }

    /// Drops the pairs of partner `p`, which has left.
    pub fn drop_partner(&mut self, p: usize) {
        self.active.retain(|&i| i != p);
        self.stable_sums = None;
    }

    /// Sums competition, heterogeneity and fit over the pairs of partners still in.
    fn sum_stable_tables(&self) -> [f64; 3] {
        let (mut competition, mut heterogeneity, mut fit) = (0.0, 0.0, 0.0);
        for_each_pair(&self.active, self.n, |_, _, k| {
            competition += self.competition[k];
            heterogeneity += self.heterogeneity[k];
            fit += self.fit[k];
        });
        [competition, heterogeneity, fit]
    }
}

/// Calls `f(i, j, k)` for every ordered pair of different partners in `active` (the partners
/// still in), in row-major order, with `k = i * n + j`. The order is fixed because the rules
/// sum over the pairs, and floating-point sums depend on their order. A free function rather
/// than a method, so that a rule can change the pair tables while it walks the partner list.
pub fn for_each_pair(active: &[usize], n: usize, mut f: impl FnMut(usize, usize, usize)) {
    for &i in active {
        for &j in active {
            if j != i {
                f(i, j, i * n + j);
            }
        }
    }
}

/// A uniform number in 0..1 that is a deterministic function of a run's seed and a key:
/// traits of a run that must not use the model's random stream (whose draws per month are
/// fixed, so that runs stay paired) and must not change during the run.
pub fn seeded_unit(seed: u64, key: u64) -> f64 {
    (split_mix(seed ^ key.wrapping_mul(0xd1b5_4a32_d192_ed03)) >> 11) as f64 / (1u64 << 53) as f64
}

/// SplitMix64's output function: a fast, well-mixed hash of 64 bits.
fn split_mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Cosine similarity of two expertise profiles; two empty profiles count as identical.
fn cosine(a: &[f64; 7], b: &[f64; 7]) -> f64 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f64 = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.iter().map(|x| x * x).sum::<f64>().sqrt();
    if na * nb < 1e-12 {
        1.0
    } else {
        (dot / (na * nb)).clamp(0.0, 1.0)
    }
}

/// Recomputes the alliance means over the pairs of partners that are still in: trust,
/// knowledge, competition, heterogeneity and fit. One pass over the pairs for trust and
/// knowledge, no allocation; the sums of the other tables are kept until they change.
pub fn measure_relations(state: &mut State) {
    let r = &mut state.relations;
    let [competition, heterogeneity, fit] = match r.stable_sums {
        Some(sums) => sums,
        None => *r.stable_sums.insert(r.sum_stable_tables()),
    };
    let (mut trust, mut knowledge) = (0.0, 0.0);
    // While every partner is in, the pairs are every off-diagonal cell, and walking the two
    // tables row by row needs no partner list and no bounds checks: the same sums in the same
    // order, 4 % faster for a whole run of the default scenario, natively and in wasm.
    if r.active.len() == r.n {
        for (i, (trust_row, knowledge_row)) in
            r.trust.chunks_exact(r.n).zip(r.knowledge.chunks_exact(r.n)).enumerate()
        {
            for (j, (t, k)) in trust_row.iter().zip(knowledge_row).enumerate() {
                if j != i {
                    trust += t;
                    knowledge += k;
                }
            }
        }
    } else {
        for_each_pair(&r.active, r.n, |_, _, k| {
            trust += r.trust[k];
            knowledge += r.knowledge[k];
        });
    }
    // Every pair counted as 1.0 in a floating-point sum gives exactly this whole number.
    let pairs = (r.active.len() * r.active.len().saturating_sub(1)) as f64;
    let a = &mut state.alliance;
    if pairs > 0.0 {
        a.trust = trust / pairs;
        a.knowledge = knowledge / pairs;
        a.competition = competition / pairs;
        a.heterogeneity = heterogeneity / pairs;
        a.fit = fit / pairs;
    }
}

/// The climate at the table: meetings and joint work go well or badly for a while, for
/// reasons no scenario describes (who is in the room, what happens at home). A persistent
/// random walk with standard deviation 1, from one uniform draw a month.
pub fn meet(state: &mut State, params: &Params, draw: f64) {
    let rho = params.coefficients.climate_persistence;
    let shock = 3.0_f64.sqrt() * (2.0 * draw - 1.0);
    let a = &mut state.alliance;
    a.climate = (rho * a.climate + (1.0 - rho * rho).sqrt() * shock).clamp(-3.0, 3.0);
}

/// Working side by side lowers the waterline a little every month, faster for committed
/// partners, for representatives who get on, in a good period, and with an independent chair
/// who brings parties together (article: "Start: de waterlijn naar beneden halen"; Schruijer
/// & Vansina 2007).
pub fn get_to_know_by_working(state: &mut State, params: &Params) {
    let chair = state.governance.style.is_chair();
    let climate = (1.0 + 0.25 * state.alliance.climate).max(0.0);
    let k = &params.coefficients;
    let rate = k.knowledge_rate * climate * if chair { k.chair_knowing } else { 1.0 };
    let partners = &state.partners;
    let Relations { n, active, knowledge, fit, .. } = &mut state.relations;
    for_each_pair(active, *n, |i, j, k| {
        let contact = (0.5 + 0.25 * (partners[i].commitment + partners[j].commitment)) * (0.6 + 0.8 * fit[k]);
        let known = &mut knowledge[k];
        *known = (*known + rate * contact * (1.0 - *known)).clamp(0.0, 1.0);
    });
}

/// Trust of i in j moves towards what i has seen of j: the ambition binds a little, knowing
/// j and seeing it keep its promises builds trust, and a broken promise (delivery below what
/// partners count on) weighs more than a kept one; conflict and competition (the arena under
/// the table) erode it; representatives who get on, and a good period, help. Trust is built
/// slowly and lost quickly (Slovic 1993): it falls towards a lower target at three times the
/// rate at which it rises. An independent chair attends to building trust (Schruijer &
/// Vansina).
pub fn build_trust(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let conflict = state.alliance.conflict;
    let chair = if state.governance.style.is_chair() { k.chair_trust } else { 1.0 };
    let (build, erode) = (k.trust_build_rate * chair, k.trust_erode_rate);
    let mood = k.ambition_trust - k.conflict_trust * conflict + k.climate_trust * state.alliance.climate;
    let Relations { n, active, knowledge, competition, trust, fit, reliability, .. } = &mut state.relations;
    for (r, s) in reliability.iter_mut().zip(&state.partners) {
        let promise = s.delivery - k.expected_delivery;
        let kept = if promise > 0.0 { promise } else { k.broken_promise_weight * promise };
        *r = (0.85 + 0.5 * kept).clamp(0.0, 1.0);
    }
    for_each_pair(active, *n, |_, j, pk| {
        let seen = knowledge[pk] * reliability[j];
        let target = (mood + k.seen_trust * seen - k.competition_trust * competition[pk]
            + k.fit_trust * (fit[pk] - 0.5))
            .clamp(0.0, 1.0);
        let t = &mut trust[pk];
        let rate = if target > *t { build } else { erode };
        *t = (*t + rate * (target - *t)).clamp(0.0, 1.0);
    });
}

/// Scales the knowledge and trust that partner `p` has and is given, for example when its
/// representative at the table changes.
pub fn scale_partner_relations(state: &mut State, p: usize, knowledge: f64, trust: f64) {
    let n = state.relations.n;
    for j in 0..n {
        if j == p {
            continue;
        }
        for k in [p * n + j, j * n + p] {
            state.relations.knowledge[k] *= knowledge;
            state.relations.trust[k] *= trust;
        }
    }
}

/// Moves every pair's knowledge and trust a share of the way to 1 (used by interventions).
pub fn raise_all(state: &mut State, knowledge: f64, trust: f64) {
    for k in state.relations.knowledge.iter_mut() {
        *k += knowledge * (1.0 - *k);
    }
    for t in state.relations.trust.iter_mut() {
        *t += trust * (1.0 - *t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::fixtures;
    use crate::model::{rng_for_seed, Coefficients, CoordinationStyle};

    /// The delivery reliability partners count on, at which a promise is neither kept nor
    /// broken.
    fn expected() -> f64 {
        Coefficients::default().expected_delivery
    }

    /// A three-partner state with every pair at `trust`, half knowledge, neutral fit and no
    /// conflict, competition or climate, so that the trust target is easy to read.
    fn state(trust: f64, style: CoordinationStyle, delivery: f64) -> (State, Params) {
        let mut params = fixtures::params(3);
        params.style = style;
        let mut state = State::new(&params, &mut rng_for_seed(1));
        state.relations.trust.iter_mut().for_each(|t| *t = trust);
        state.relations.knowledge.iter_mut().for_each(|k| *k = 0.5);
        state.relations.fit.iter_mut().for_each(|f| *f = 0.5);
        state.relations.competition.iter_mut().for_each(|m| *m = 0.0);
        state.alliance.conflict = 0.0;
        state.alliance.climate = 0.0;
        state.partners.iter_mut().for_each(|p| p.delivery = delivery);
        (state, params)
    }

    fn trust_step(trust: f64, style: CoordinationStyle, delivery: f64) -> f64 {
        let (mut state, params) = state(trust, style, delivery);
        build_trust(&mut state, &params);
        state.relations.trust[1] - trust
    }

    #[test]
    fn trust_erodes_three_times_faster_than_it_builds() {
        let k = Coefficients::default();
        // At the expected delivery and half knowledge the target is 0.3 + 0.8 × 0.5 × 0.85.
        let target = k.ambition_trust + k.seen_trust * 0.5 * 0.85;
        for gap in [0.05, 0.1, 0.2] {
            let up = trust_step(target - gap, CoordinationStyle::SelfSteering, expected());
            let down = trust_step(target + gap, CoordinationStyle::SelfSteering, expected());
            assert!((up - k.trust_build_rate * gap).abs() < 1e-12, "gap {gap}: up {up}");
            assert!((down + k.trust_erode_rate * gap).abs() < 1e-12, "gap {gap}: down {down}");
            assert!((-down / up - 3.0).abs() < 1e-9, "gap {gap}: ratio {}", -down / up);
        }
    }

    #[test]
    fn an_independent_chair_speeds_up_trust_building_by_its_factor() {
        let factor = Coefficients::default().chair_trust;
        for trust in [0.1, 0.3, 0.5] {
            let alone = trust_step(trust, CoordinationStyle::SelfSteering, expected());
            let chaired = trust_step(trust, CoordinationStyle::IndependentChair, expected());
            assert!((chaired / alone - factor).abs() < 1e-9, "trust {trust}: {chaired} against {alone}");
        }
    }

    #[test]
    fn a_broken_promise_costs_more_trust_than_a_kept_one_earns() {
        for margin in [0.05, 0.1, 0.2] {
            let base = trust_step(0.5, CoordinationStyle::SelfSteering, expected());
            let kept = trust_step(0.5, CoordinationStyle::SelfSteering, expected() + margin) - base;
            let broken = base - trust_step(0.5, CoordinationStyle::SelfSteering, expected() - margin);
            assert!(kept > 0.0 && broken > 1.9 * kept, "margin {margin}: kept {kept}, broken {broken}");
        }
    }
}
