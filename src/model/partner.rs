//! A partner organisation over time: commitment, delivery reliability, capability, perceived
//! rank, and leaving (article section "De uitgangspositie").

use super::coordination::CoordinationStyle;
use super::events::{EventWhat, ExitReason};
use super::params::{excess, scale, Params, PartnerParams};
use super::relations::seeded_unit;
use super::state::State;

/// One partner's changing state.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerState {
    /// Commitment and energy for the alliance, 0..=1.
    pub commitment: f64,
    /// Delivery reliability: deadlines met, full responses, 0..=1.
    pub delivery: f64,
    /// Capability, starting at its quality and growing by learning, 0..=1.
    pub capability: f64,
    /// Perceived rank among the partners (rangorde), 0..=1, 0.5 is the middle.
    pub rank: f64,
    /// Reactance to a controlling coordinator: feeling controlled, 0..=1.
    pub reactance: f64,
    /// Current value profile: the four named values and long-term commitment, 0..=1. The
    /// representatives' values drift towards the alliance's as they work together.
    pub values: [f64; 5],
    /// The value profile of the partner's own organisation (its constituency), fixed.
    pub own_values: [f64; 5],
    /// Backing of the partner's own organisation and constituency (achterban) for what its
    /// representative does in the alliance, 0..=1.
    pub backing: f64,
    /// How much room the alliance gives this partner's voice beyond its size (1 = by size
    /// only; raised when it gets room to explain a value).
    pub room: f64,
    /// Weight of the partner by its size (staff and budget), fixed.
    pub weight: f64,
    /// Share of the alliance's voice: weight times room, normalised over partners still in.
    pub voice: f64,
    /// Whether the partner has left the alliance.
    pub left: bool,
}

impl PartnerState {
    /// Every partner at month 0, with voices by size.
    pub fn all(partners: &[PartnerParams]) -> Vec<PartnerState> {
        let total: f64 = partners.iter().map(|p| scale(p.size)).sum();
        partners
            .iter()
            .map(|p| {
                let values = [p.values[0], p.values[1], p.values[2], p.values[3], p.long_term];
                PartnerState {
                    commitment: p.commitment,
                    delivery: 0.4 + 0.5 * p.quality,
                    capability: p.quality,
                    rank: 0.5,
                    reactance: 0.0,
                    values,
                    own_values: values,
                    backing: 0.5 + 0.3 * p.dependency,
                    room: 1.0,
                    weight: scale(p.size),
                    voice: scale(p.size) / total,
                    left: false,
                }
            })
            .collect()
    }
}

/// How strongly a partner's own organisation pulls at its representative: large
/// organisations have more layers to convince, ideological ones hold their values more
/// firmly than commercial ones, 0.25..=1.
pub fn constituency_pull(p: &PartnerParams) -> f64 {
    0.25 + 0.375 * p.size + 0.375 * (1.0 - p.values[3])
}

/// As partners work apart together they see who delivers quality, and a ranking emerges
/// (article section "Gaandeweg ontdekken en leren": "Ontstaan rangorde"). The better they
/// know each other, the faster they see it. Size carries weight too: big partners bring more
/// staff and budget and are looked up to (the article's "verschillen in omvang"; CONCEPTS.md:
/// "big partners bring more resources and weight").
pub fn discover_ranking(state: &mut State, params: &Params) {
    let (mut sum, mut count) = (0.0, 0.0);
    for s in state.partners.iter().filter(|s| !s.left) {
        sum += s.capability * s.delivery;
        count += 1.0;
    }
    if count < 1.0 {
        return;
    }
    let mean = sum / count;
    let equal_voice = 1.0 / count;
    let size_rank = params.coefficients.size_rank;
    let rate = 0.05 * state.alliance.knowledge;
    let mut spread = 0.0;
    for s in state.partners.iter_mut().filter(|s| !s.left) {
        let weight = size_rank * (s.voice - equal_voice) * count.min(4.0);
        let target = (0.5 + (s.capability * s.delivery - mean) + weight).clamp(0.0, 1.0);
        s.rank += rate * (target - s.rank);
        spread += (s.rank - 0.5).abs();
    }
    state.alliance.rank_spread = (2.0 * spread / count).clamp(0.0, 1.0);
}

/// Each partner's own organisation watches what the alliance brings it: backing grows with
/// results and with an alliance whose values are the organisation's own and in which it is
/// heard, and falls when its representative is drawn into values the organisation does not
/// hold (article section "Start": "Iedere partner staat met één been in de alliantie en met
/// het andere been in de eigen organisatie"). Large and ideological organisations move more
/// slowly and pull harder.
pub fn consult_constituency(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let success = (state.alliance.performance - k.expected_performance).clamp(-0.5, 0.5);
    let centre = super::values::voice_centre(&state.partners);
    let equal_voice = 1.0 / state.alliance.active.max(1) as f64;
    for (s, p) in state.partners.iter_mut().zip(&params.partners) {
        if s.left {
            continue;
        }
        let estranged = super::values::distance(&s.own_values, &centre);
        let heard = ((s.voice - equal_voice) / equal_voice).clamp(-1.0, 1.0);
        let target = (0.6 + 0.5 * success - 0.5 * estranged + 0.1 * heard).clamp(0.0, 1.0);
        let rate = k.backing_rate * (1.25 - constituency_pull(p));
        s.backing = (s.backing + rate * (target - s.backing)).clamp(0.0, 1.0);
    }
}

/// Commitment moves towards what the alliance gives the partner: the shared ambition and
/// its own long-term orientation and dependency bind; visible success, shared vision and
/// being heard energise; conflict, reactance to control, over-control and over-organisation
/// drain energy and ownership (De Man 2006: control constrains energy), and so does a process
/// that takes too much effort. A representative cannot commit what its own organisation does
/// not back: commitment is held within reach of the constituency's backing, the more firmly
/// the stronger the constituency pulls.
pub fn update_commitment(state: &mut State, params: &Params, draws: &[f64]) {
    let k = &params.coefficients;
    let a = &state.alliance;
    let g = &state.governance;
    let success = (a.performance - k.expected_performance).clamp(-0.5, 0.5);
    let over_control = excess(g.control, g.fitting_control);
    let over_organisation = excess(g.organisation_level, g.needed_organisation);
    let chore = excess(a.process_share, k.chore_share);
    let shared = k.success_commitment * success + k.vision_commitment * (a.shared_vision - 0.3)
        - k.conflict_commitment * a.conflict
        - k.over_control_commitment * over_control
        - k.over_organisation_commitment * over_organisation
        - k.chore_commitment * chore;
    let equal_voice = 1.0 / a.active.max(1) as f64;
    for (s, (p, d)) in state.partners.iter_mut().zip(params.partners.iter().zip(draws)) {
        if s.left {
            continue;
        }
        let heard = k.voice_commitment * ((s.voice - equal_voice) / equal_voice).clamp(-1.0, 1.0);
        let own = k.commitment_base
            + k.long_term_commitment * p.long_term
            + k.dependency_binds * p.dependency
            + shared
            + heard
            - k.reactance_commitment * s.reactance;
        let pull = constituency_pull(p);
        let backed = own.min(s.backing + k.backing_slack);
        let target = (1.0 - k.constituency_hold * pull) * own + k.constituency_hold * pull * backed;
        let noise = 2.0 * d - 1.0;
        s.commitment = (s.commitment
            + k.commitment_rate * (target.clamp(0.0, 1.0) - s.commitment)
            + k.commitment_noise * noise)
            .clamp(0.0, 1.0);
    }
}

/// Delivery reliability follows capability and commitment; partners who feel controlled miss
/// deadlines and respond minimally (article example "Obstakels overwinnen in de
/// coördinatie"), unclear agreements (under-organisation) cause misses too, so does a process
/// that leaves too little time for the work, and a good or bad period at the table shows in
/// the work.
pub fn update_delivery(state: &mut State, params: &Params, draws: &[f64]) {
    let k = &params.coefficients;
    let g = &state.governance;
    let under_organisation = excess(g.needed_organisation, g.organisation_level);
    let chore = excess(state.alliance.process_share, k.chore_share);
    let climate = k.climate_delivery * state.alliance.climate;
    for (s, d) in state.partners.iter_mut().zip(draws) {
        if s.left {
            continue;
        }
        let target =
            k.delivery_base + k.capability_delivery * s.capability + k.commitment_delivery * s.commitment
                - k.reactance_delivery * s.reactance
                - k.under_organisation_delivery * under_organisation
                - k.chore_delivery * chore
                + climate;
        s.delivery = (s.delivery
            + k.delivery_rate * (target.clamp(0.0, 1.0) - s.delivery)
            + k.delivery_noise * (2.0 * d - 1.0))
            .clamp(0.0, 1.0);
    }
}

/// Key of the per-partner exit thresholds in [`seeded_unit`], apart from other seeded traits.
const EXIT_KEY: u64 = 0x4558_4954 << 16;

/// Partners whose commitment falls below their threshold may leave; the threshold is lower
/// the more the partner's survival depends on the alliance (article section "Start": "Het
/// maakt veel uit of een alliantie cruciaal is voor het overleven van een organisatie, of
/// dat ze eerder een kans biedt"). Leaving is rare: a partner below its threshold leaves
/// with a small chance each month. One random draw per partner per month keeps runs paired.
pub fn consider_leaving(state: &mut State, params: &Params, draws: &[f64]) {
    let k = &params.coefficients;
    for (i, p) in params.partners.iter().enumerate() {
        let s = &state.partners[i];
        // Organisations differ in how long they hold on to an alliance that disappoints them,
        // for reasons the model does not represent (their finances, their director's
        // patience): a run draws each partner's own threshold once, around its dependency.
        let patience = 2.0 * seeded_unit(state.fit_seed, EXIT_KEY + i as u64) - 1.0;
        let threshold =
            k.exit_threshold - k.exit_dependency_shift * p.dependency + k.exit_threshold_spread * patience;
        // The further below its threshold, the likelier a partner leaves: a full exit hazard
        // 0.1 below it, so that a small change of circumstances changes exits a little.
        let hazard = k.exit_hazard * ((threshold - s.commitment) / 0.1).clamp(0.0, 1.0);
        if !s.left && draws[i] < hazard {
            let commitment = s.commitment;
            leave(state, i, || EventWhat::PartnerLeft {
                partner: p.name.clone(),
                reason: ExitReason::LowCommitment { commitment, threshold, dependency: p.dependency },
            });
        }
    }
}

/// Marks a partner as gone; the others feel the loss as a dispute over its share of the work.
/// `why` describes its leaving, for the event log of a run that narrates.
pub fn leave(state: &mut State, p: usize, why: impl FnOnce() -> EventWhat) {
    if state.partners[p].left {
        return;
    }
    state.partners[p].left = true;
    state.relations.drop_partner(p);
    state.alliance.active = state.partners.iter().filter(|s| !s.left).count();
    state.alliance.conflict_sources.resources += 0.05 * (1.0 - state.alliance.conflict_sources.resources);
    state.alliance.value_distance = super::values::mean_value_distance(&state.partners);
    super::values::weigh_voices(state);
    super::relations::measure_relations(state);
    state.record(|_| why());
    if state.governance.style.coordinator() == Some(p) {
        let controlling = state.governance.style.is_controlling();
        state.governance.style = CoordinationStyle::SelfSteering;
        state.record(|_| EventWhat::CoordinatorLeft { controlling });
    }
}
