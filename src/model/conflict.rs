//! Conflict and its four sources (article section "De uitgangspositie": conflicts over
//! resources, norms and values, identity, and personal differences).

use serde::{Deserialize, Serialize};

use super::events::ConflictSource;
use super::params::{excess, Params};
use super::state::State;

/// The four sources of conflict, each 0..=1.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ConflictSources {
    /// Over dividing resources (middelen) and work.
    pub resources: f64,
    /// Over norms and values (normen en waarden).
    pub values: f64,
    /// Over identity: joint profile versus each partner's own (identiteit).
    pub identity: f64,
    /// Personal: people who do not understand or like each other (persoonlijke verschillen).
    pub personal: f64,
}

impl ConflictSources {
    /// The level of one source.
    pub fn level(&self, source: ConflictSource) -> f64 {
        match source {
            ConflictSource::Resources => self.resources,
            ConflictSource::Values => self.values,
            ConflictSource::Identity => self.identity,
            ConflictSource::Personal => self.personal,
        }
    }

    /// Applies `f` to every source and clamps the result to 0..=1.
    pub fn map(&mut self, f: impl Fn(f64) -> f64) {
        for x in [&mut self.resources, &mut self.values, &mut self.identity, &mut self.personal] {
            *x = f(*x).clamp(0.0, 1.0);
        }
    }
}

/// Each source grows with its own driver and is resolved at a rate that trust, an
/// independent chair, clear decision-making and a good period at the table raise. Drivers, all weakened by knowing each
/// other (below the waterline):
/// - resources: competition between partners and unclear agreements (under-organisation);
/// - values: value distance not yet bridged by understanding;
/// - identity: an emerging ranking without a shared story, a dominant partner, and a
///   coordinator taking power;
/// - personal: heterogeneity (different cultures misunderstand each other), representatives
///   who do not get on, a bad period, and the misunderstandings of too little control under
///   relational uncertainty (De Man 2006) and of too little organisation (Kaats & Opheij).
pub fn update_conflict(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let a = &state.alliance;
    let g = &state.governance;
    let unknown = 1.0 - a.knowledge;
    let under_control = excess(g.fitting_control, g.control);
    let under_organisation = excess(g.needed_organisation, g.organisation_level);
    let power = match (g.style.is_controlling(), g.steering_agreed) {
        (true, false) => k.power_conflict,
        (true, true) => k.power_conflict * k.agreed_reactance,
        (false, _) => 0.0,
    };
    let friction = (1.6 - 1.2 * a.fit - 0.25 * a.climate).max(0.0);
    // A chair handles different interests and tolerates ambiguity: differences are less often
    // taken personally.
    let chair_calm = if g.style.is_chair() { k.chair_calm } else { 1.0 };
    let inflow = ConflictSources {
        resources: k.competition_conflict * a.competition * (1.0 - a.trust)
            + k.unclear_division_conflict * under_organisation,
        values: k.value_conflict * a.value_distance * (1.0 - a.value_understanding) * unknown,
        identity: k.ranking_conflict * a.rank_spread * (1.0 - a.shared_vision)
            + k.dominance_conflict * a.dominance * (1.0 - a.shared_vision)
            + power,
        personal: k.heterogeneity_conflict * a.heterogeneity * unknown * friction * chair_calm
            + k.under_control_conflict * under_control
            + k.unclear_agreements * under_organisation,
    };
    let chair = if g.style.is_chair() { k.chair_resolution } else { 0.0 };
    let clarity = 0.6 + 0.8 * g.decision_clarity;
    let mood = (1.0 + k.climate_resolution * a.climate).max(0.0);
    let resolution =
        (k.base_resolution + k.trust_resolution * a.trust + k.knowledge_resolution * a.knowledge)
            * clarity
            * mood
            + chair;
    let s = &mut state.alliance.conflict_sources;
    for (x, i) in [
        (&mut s.resources, inflow.resources),
        (&mut s.values, inflow.values),
        (&mut s.identity, inflow.identity),
        (&mut s.personal, inflow.personal),
    ] {
        *x = (*x + i * (1.0 - *x) - resolution * *x).clamp(0.0, 1.0);
    }
    total_conflict(state);
}

/// Total conflict: any one source can sour the co-operation, so the sources combine like
/// independent chances, 1 - Π(1 - source).
pub fn total_conflict(state: &mut State) {
    let s = &state.alliance.conflict_sources;
    let calm = (1.0 - s.resources) * (1.0 - s.values) * (1.0 - s.identity) * (1.0 - s.personal);
    state.alliance.conflict = (1.0 - calm).clamp(0.0, 1.0);
}
