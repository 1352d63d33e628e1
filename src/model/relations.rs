//! Pairwise relations: mutual knowledge (the waterline), trust, and the fixed pair tables
//! derived from the partners' expertise, quality and competitiveness.

use super::params::PartnerParams;
use super::state::State;

/// Monthly rate at which working together lowers the waterline (Kramer 2014: the shared
/// knowing grows by sharing); multiplied by the pair's mean commitment.
pub const KNOWLEDGE_RATE: f64 = 0.012;
/// Monthly rate at which trust moves towards what a partner has seen of the other.
pub const TRUST_RATE: f64 = 0.06;
/// Trust that the shared ambition gives before partners know each other ("ambitie leidend
/// en bindend").
pub const AMBITION_TRUST: f64 = 0.2;

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
    /// Every ordered pair `(i, j, k)` of different partners that are both still in, in
    /// row-major order, with `k = i * n + j`. Kept as a list because the monthly rules visit
    /// the pairs several times a month and partners leave rarely.
    pub pairs: Vec<(usize, usize, usize)>,
}

impl Relations {
    /// The relations at month 0: every pair at the scenario's initial knowledge and trust.
    pub fn new(partners: &[PartnerParams], knowledge: f64, trust: f64) -> Relations {
        let n = partners.len();
        let mut relations = Relations {
            n,
            trust: vec![trust; n * n],
            knowledge: vec![knowledge; n * n],
            synergy: vec![0.0; n * n],
            competition: vec![0.0; n * n],
            heterogeneity: vec![0.0; n * n],
            pairs: (0..n)
                .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j, i * n + j)))
                .collect(),
        };
        for (i, a) in partners.iter().enumerate() {
            for (j, b) in partners.iter().enumerate() {
                let similarity = cosine(&a.expertise, &b.expertise);
                let k = i * n + j;
                relations.synergy[k] = 0.25 + 0.75 * (1.0 - similarity);
                relations.competition[k] = similarity * 0.5 * (a.competitiveness + b.competitiveness);
                let culture = (a.quality - b.quality).abs() + (a.values[3] - b.values[3]).abs();
                relations.heterogeneity[k] = 0.5 * (1.0 - similarity) + 0.25 * culture;
            }
        }
        relations
    }

    /// Drops the pairs of partner `p`, which has left.
    pub fn drop_partner(&mut self, p: usize) {
        self.pairs.retain(|&(i, j, _)| i != p && j != p);
    }
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
/// knowledge, competition and heterogeneity. One pass over the pairs, no allocation.
pub fn measure_relations(state: &mut State) {
    let r = &state.relations;
    let (mut trust, mut knowledge, mut competition, mut heterogeneity, mut pairs) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for &(_, _, k) in &r.pairs {
        trust += r.trust[k];
        knowledge += r.knowledge[k];
        competition += r.competition[k];
        heterogeneity += r.heterogeneity[k];
        pairs += 1.0;
    }
    let a = &mut state.alliance;
    if pairs > 0.0 {
        a.trust = trust / pairs;
        a.knowledge = knowledge / pairs;
        a.competition = competition / pairs;
        a.heterogeneity = heterogeneity / pairs;
    }
}

/// Working side by side lowers the waterline a little every month, faster for committed
/// partners and with an independent chair who brings parties together (article: "Start: de
/// waterlijn naar beneden halen"; Schruijer & Vansina 2007).
pub fn get_to_know_by_working(state: &mut State) {
    let chair = state.governance.style.is_chair();
    let rate = KNOWLEDGE_RATE * if chair { 1.25 } else { 1.0 };
    let partners = &state.partners;
    let Relations { pairs, knowledge, .. } = &mut state.relations;
    for &(i, j, k) in pairs.iter() {
        let contact = 0.5 + 0.25 * (partners[i].commitment + partners[j].commitment);
        let known = &mut knowledge[k];
        *known = (*known + rate * contact * (1.0 - *known)).clamp(0.0, 1.0);
    }
}

/// Trust of i in j moves towards what i has seen of j: the ambition binds a little, knowing
/// j and j's reliable delivery build trust, conflict and competition (the arena under the
/// table) erode it. An independent chair attends to building trust (Schruijer & Vansina).
pub fn build_trust(state: &mut State) {
    let conflict = state.alliance.conflict;
    let rate = TRUST_RATE * if state.governance.style.is_chair() { 1.4 } else { 1.0 };
    let partners = &state.partners;
    let Relations { pairs, knowledge, competition, trust, .. } = &mut state.relations;
    for &(_, j, k) in pairs.iter() {
        let seen = knowledge[k] * (0.5 + 0.5 * partners[j].delivery);
        let target = AMBITION_TRUST + 0.8 * seen - 0.3 * conflict - 0.2 * competition[k];
        let t = &mut trust[k];
        *t = (*t + rate * (target.clamp(0.0, 1.0) - *t)).clamp(0.0, 1.0);
    }
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
