//! A partner organisation over time: commitment, delivery reliability, capability, perceived
//! rank, and leaving (article section "De uitgangspositie").

use super::events::EventKind;
use super::params::{excess, Params, PartnerParams};
use super::state::State;

/// Monthly rate at which commitment moves towards what the alliance gives the partner.
pub const COMMITMENT_RATE: f64 = 0.05;
/// Monthly rate at which delivery reliability moves towards what the partner can and will do.
pub const DELIVERY_RATE: f64 = 0.08;
/// Commitment below which a partner that sees the alliance as an opportunity considers leaving.
pub const EXIT_THRESHOLD: f64 = 0.35;
/// How far full dependency lowers that threshold: partners whose survival depends on the
/// alliance hold on longer.
pub const EXIT_DEPENDENCY_SHIFT: f64 = 0.25;
/// Monthly probability of leaving once commitment is below the threshold.
pub const EXIT_HAZARD: f64 = 0.25;
/// Value relative to solo value that partners expect while the alliance is being built;
/// doing better energises them, doing worse disappoints.
pub const EXPECTED_PERFORMANCE: f64 = 0.75;
/// Process share above which co-operation becomes a chore that drains commitment.
pub const CHORE_SHARE: f64 = 0.35;

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
    /// Current value profile: the four named values and long-term commitment, 0..=1.
    pub values: [f64; 5],
    /// Whether the partner has left the alliance.
    pub left: bool,
}

impl PartnerState {
    /// A partner at month 0.
    pub fn new(p: &PartnerParams) -> PartnerState {
        PartnerState {
            commitment: p.commitment,
            delivery: 0.4 + 0.5 * p.quality,
            capability: p.quality,
            rank: 0.5,
            reactance: 0.0,
            values: [p.values[0], p.values[1], p.values[2], p.values[3], p.long_term],
            left: false,
        }
    }
}

/// As partners work apart together they see who delivers quality, and a ranking emerges
/// (article section "Gaandeweg ontdekken en leren": "Ontstaan rangorde"). The better they
/// know each other, the faster they see it.
pub fn discover_ranking(state: &mut State) {
    let (mut sum, mut count) = (0.0, 0.0);
    for s in state.partners.iter().filter(|s| !s.left) {
        sum += s.capability * s.delivery;
        count += 1.0;
    }
    if count < 1.0 {
        return;
    }
    let mean = sum / count;
    let rate = 0.05 * state.alliance.knowledge;
    let mut spread = 0.0;
    for s in state.partners.iter_mut().filter(|s| !s.left) {
        let target = (0.5 + (s.capability * s.delivery - mean)).clamp(0.0, 1.0);
        s.rank += rate * (target - s.rank);
        spread += (s.rank - 0.5).abs();
    }
    state.alliance.rank_spread = (2.0 * spread / count).clamp(0.0, 1.0);
}

/// Commitment moves towards what the alliance gives the partner: the shared ambition and
/// its own long-term orientation and dependency bind; visible success and shared vision
/// energise; conflict, reactance to control, over-control and over-organisation drain
/// energy and ownership (De Man 2006: control constrains energy), and so does a process
/// that takes too much effort.
pub fn update_commitment(state: &mut State, params: &Params, draws: &[f64]) {
    let a = &state.alliance;
    let g = &state.governance;
    let success = (a.performance - EXPECTED_PERFORMANCE).clamp(-0.5, 0.5);
    let over_control = excess(g.control, g.fitting_control);
    let over_organisation = excess(g.organisation_level, g.needed_organisation);
    let chore = excess(a.process_share, CHORE_SHARE);
    let shared = 0.3 * success + 0.15 * (a.shared_vision - 0.3)
        - 0.35 * a.conflict
        - 0.5 * over_control
        - 0.3 * over_organisation
        - 1.0 * chore;
    for (s, (p, d)) in state.partners.iter_mut().zip(params.partners.iter().zip(draws)) {
        if s.left {
            continue;
        }
        let target = 0.5 + 0.2 * p.long_term + 0.1 * p.dependency + shared - 0.3 * s.reactance;
        let noise = 2.0 * d - 1.0;
        s.commitment =
            (s.commitment + COMMITMENT_RATE * (target.clamp(0.0, 1.0) - s.commitment) + 0.01 * noise)
                .clamp(0.0, 1.0);
    }
}

/// Delivery reliability follows capability and commitment; partners who feel controlled miss
/// deadlines and respond minimally (article example "Obstakels overwinnen in de
/// coördinatie"), and unclear agreements (under-organisation) cause misses too.
pub fn update_delivery(state: &mut State, draws: &[f64]) {
    let g = &state.governance;
    let under_organisation = excess(g.needed_organisation, g.organisation_level);
    for (s, d) in state.partners.iter_mut().zip(draws) {
        if s.left {
            continue;
        }
        let target =
            0.25 + 0.35 * s.capability + 0.35 * s.commitment - 0.4 * s.reactance - 0.3 * under_organisation;
        s.delivery =
            (s.delivery + DELIVERY_RATE * (target.clamp(0.0, 1.0) - s.delivery) + 0.02 * (2.0 * d - 1.0))
                .clamp(0.0, 1.0);
    }
}

/// Partners whose commitment falls below their threshold may leave; the threshold is lower
/// the more the partner's survival depends on the alliance (article section "Start": "Het
/// maakt veel uit of een alliantie cruciaal is voor het overleven van een organisatie, of
/// dat ze eerder een kans biedt"). One random draw per partner per month keeps runs paired.
pub fn consider_leaving(state: &mut State, params: &Params, draws: &[f64]) {
    for (i, p) in params.partners.iter().enumerate() {
        let s = &state.partners[i];
        let threshold = EXIT_THRESHOLD - EXIT_DEPENDENCY_SHIFT * p.dependency;
        if !s.left && s.commitment < threshold && draws[i] < EXIT_HAZARD {
            let commitment = s.commitment;
            leave(state, i, || {
                format!(
                    "{} leaves the alliance: its commitment ({commitment:.2}) fell below what keeps it in ({threshold:.2}; dependency {:.2})",
                    p.name, p.dependency
                )
            });
        }
    }
}

/// Marks a partner as gone; the others feel the loss as a dispute over its share of the work.
pub fn leave(state: &mut State, p: usize, text: impl FnOnce() -> String) {
    if state.partners[p].left {
        return;
    }
    state.partners[p].left = true;
    state.relations.drop_partner(p);
    state.alliance.active = state.partners.iter().filter(|s| !s.left).count();
    state.alliance.conflict_sources.resources += 0.05 * (1.0 - state.alliance.conflict_sources.resources);
    if let super::coordination::CoordinationStyle::ControllingCoordinator { partner } = state.governance.style
    {
        if partner == p {
            state.governance.style = super::coordination::CoordinationStyle::SelfSteering;
        }
    }
    state.alliance.value_distance = super::values::mean_value_distance(&state.partners);
    super::relations::measure_relations(state);
    state.record(EventKind::Exit, |_| text());
}
