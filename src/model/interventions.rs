//! Interventions: the article's "Doen!" actions of Figure 1 and its examples. Each costs
//! effort in the month it is applied (it raises the process share of that month).

use serde::{Deserialize, Serialize};

use super::coefficients::Coefficients;
use super::params::{excess, Params};
use super::relations::raise_all;
use super::state::State;
use super::values::{align_values, give_value_room};

/// An intervention by the partners, a chair or a facilitator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intervention {
    /// Lower the waterline: get to know identity, pride, values and interests.
    GetToKnow,
    /// Develop and make explicit a shared vision and shared values.
    VisionAndValues,
    /// Give a partner (by index) real room to explain a core value.
    ValueRoom {
        /// The partner explaining its value.
        partner: usize,
    },
    /// Make working agreements that fit the situation (proportional organisation).
    WorkingAgreements,
    /// Set a learning agenda.
    LearningAgenda,
    /// A reflection meeting with all partners and their staff.
    ReflectionMeeting,
    /// Profile the alliance externally as one unit.
    ExternalProfiling,
    /// An expert partner (by index) trains the others.
    KnowledgeSharing {
        /// The expert partner.
        partner: usize,
    },
    /// Harvest and record results: facts, stories, images.
    HarvestResults,
    /// Use each other's strengths; concentrate geographically.
    UseStrengths,
    /// Organise dissent (tegenspraak): critical questions from inside and outside.
    OrganiseDissent,
    /// Bring in an external mediator.
    ExternalMediator,
    /// A conversation with the partners about how the alliance is steered.
    SteeringConversation,
    /// Make decision-making transparent and agree escalation lines.
    ClarifyDecisions,
}

impl Intervention {
    /// Names accepted in scenario schedules.
    pub const NAMES: [&'static str; 14] = [
        "get_to_know",
        "vision_and_values",
        "value_room",
        "working_agreements",
        "learning_agenda",
        "reflection_meeting",
        "external_profiling",
        "knowledge_sharing",
        "harvest_results",
        "use_strengths",
        "organise_dissent",
        "external_mediator",
        "steering_conversation",
        "clarify_decisions",
    ];

    /// Builds an intervention from its schedule name; `partner` is used by the ones that
    /// name a partner. Returns `None` for an unknown name.
    pub fn from_name(name: &str, partner: usize) -> Option<Intervention> {
        use Intervention::*;
        Some(match name {
            "get_to_know" => GetToKnow,
            "vision_and_values" => VisionAndValues,
            "value_room" => ValueRoom { partner },
            "working_agreements" => WorkingAgreements,
            "learning_agenda" => LearningAgenda,
            "reflection_meeting" => ReflectionMeeting,
            "external_profiling" => ExternalProfiling,
            "knowledge_sharing" => KnowledgeSharing { partner },
            "harvest_results" => HarvestResults,
            "use_strengths" => UseStrengths,
            "organise_dissent" => OrganiseDissent,
            "external_mediator" => ExternalMediator,
            "steering_conversation" => SteeringConversation,
            "clarify_decisions" => ClarifyDecisions,
            _ => return None,
        })
    }

    /// The schedule name of this intervention, one of [`Intervention::NAMES`]; the inverse
    /// of [`Intervention::from_name`].
    pub fn name(&self) -> &'static str {
        use Intervention::*;
        match self {
            GetToKnow => "get_to_know",
            VisionAndValues => "vision_and_values",
            ValueRoom { .. } => "value_room",
            WorkingAgreements => "working_agreements",
            LearningAgenda => "learning_agenda",
            ReflectionMeeting => "reflection_meeting",
            ExternalProfiling => "external_profiling",
            KnowledgeSharing { .. } => "knowledge_sharing",
            HarvestResults => "harvest_results",
            UseStrengths => "use_strengths",
            OrganiseDissent => "organise_dissent",
            ExternalMediator => "external_mediator",
            SteeringConversation => "steering_conversation",
            ClarifyDecisions => "clarify_decisions",
        }
    }

    /// The partner this intervention names, if it names one.
    pub fn partner(&self) -> Option<usize> {
        match self {
            Intervention::ValueRoom { partner } | Intervention::KnowledgeSharing { partner } => {
                Some(*partner)
            }
            _ => None,
        }
    }

    /// Whether the intervention names a partner.
    pub fn needs_partner(name: &str) -> bool {
        matches!(name, "value_room" | "knowledge_sharing")
    }

    /// English label for the UI and the event log.
    pub fn label(&self) -> &'static str {
        use Intervention::*;
        match self {
            GetToKnow => "Get to know each other",
            VisionAndValues => "Vision and values",
            ValueRoom { .. } => "Room for a core value",
            WorkingAgreements => "Working agreements",
            LearningAgenda => "Learning agenda",
            ReflectionMeeting => "Reflection meeting",
            ExternalProfiling => "External profiling",
            KnowledgeSharing { .. } => "Knowledge sharing",
            HarvestResults => "Harvest and record results",
            UseStrengths => "Use each other's strengths",
            OrganiseDissent => "Organise dissent",
            ExternalMediator => "External mediator",
            SteeringConversation => "Steering conversation",
            ClarifyDecisions => "Clarify decisions and escalation",
        }
    }

    /// Short tooltip text.
    pub fn description(&self) -> &'static str {
        use Intervention::*;
        match self {
            GetToKnow => "Lower the waterline: share identity, pride, values and interests.",
            VisionAndValues => "Make a shared vision and shared values explicit.",
            ValueRoom { .. } => "Give one partner real room to explain a core value; it can become shared.",
            WorkingAgreements => "Agree on rules that fit the situation: neither too many nor too few.",
            LearningAgenda => "Agree what to learn together this period; learning is allowed and takes time.",
            ReflectionMeeting => "Meet with all partners and staff to reflect, share and celebrate progress.",
            ExternalProfiling => "Present the alliance as one unit to donors, clients and competitors.",
            KnowledgeSharing { .. } => "An expert partner trains the others so they catch up.",
            HarvestResults => "Record what was achieved in facts, stories and images.",
            UseStrengths => {
                "Let each partner do what it is best at, in the same region, reinforcing each other."
            }
            OrganiseDissent => "Invite critical questions; fruitful with trust, painful without it.",
            ExternalMediator => "A mediator brings conflicting partners back together.",
            SteeringConversation => "Talk with the partners about how the alliance is steered.",
            ClarifyDecisions => {
                "Agree who decides what, how, and where a dispute goes when partners disagree."
            }
        }
    }

    /// The phase of Figure 1 whose "Doen!" list names this action, or `None` for the ones the
    /// article uses whenever they are needed (a mediator, a steering conversation, clearer
    /// decision-making).
    pub fn home_phase(&self) -> Option<u8> {
        use Intervention::*;
        match self {
            GetToKnow | VisionAndValues | ValueRoom { .. } | WorkingAgreements => Some(1),
            LearningAgenda | ReflectionMeeting | ExternalProfiling | KnowledgeSharing { .. } => Some(2),
            HarvestResults | UseStrengths | OrganiseDissent => Some(3),
            ExternalMediator | SteeringConversation | ClarifyDecisions => None,
        }
    }

    /// Share of the month's effort the intervention takes.
    pub fn effort(&self) -> f64 {
        use Intervention::*;
        match self {
            GetToKnow | ExternalMediator => 0.12,
            VisionAndValues | WorkingAgreements => 0.10,
            LearningAgenda | ReflectionMeeting => 0.08,
            _ => 0.06,
        }
    }
}

impl Intervention {
    /// Position in [`Intervention::NAMES`].
    pub fn index(&self) -> usize {
        use Intervention::*;
        match self {
            GetToKnow => 0,
            VisionAndValues => 1,
            ValueRoom { .. } => 2,
            WorkingAgreements => 3,
            LearningAgenda => 4,
            ReflectionMeeting => 5,
            ExternalProfiling => 6,
            KnowledgeSharing { .. } => 7,
            HarvestResults => 8,
            UseStrengths => 9,
            OrganiseDissent => 10,
            ExternalMediator => 11,
            SteeringConversation => 12,
            ClarifyDecisions => 13,
        }
    }
}

/// How well an action fits the phase the alliance is in (Figure 1: what to do depends on the
/// phase): full effect in its own phase, less one phase away, least two phases away. A
/// learning agenda before partners know each other has little to build on; getting to know
/// each other once they work as one unit adds little that daily work does not.
pub fn phase_fit(intervention: Intervention, phase: u8, k: &Coefficients) -> f64 {
    match intervention.home_phase() {
        None => 1.0,
        Some(home) => match home.abs_diff(phase.max(1)) {
            0 => 1.0,
            1 => k.off_phase_one,
            _ => k.off_phase_two,
        },
    }
}

/// The share of its full effect an intervention has `since` months after the last one: the
/// square of the share of the freshness time that has passed, 1 from then on.
pub fn freshness(since: f64, k: &Coefficients) -> f64 {
    libm::pow((since / k.freshness_months).min(1.0), 2.0)
}

/// Applies an intervention's immediate effect on the state, scaled by its freshness, by how
/// well it fits the phase, and by how the meeting goes (the climate at the table). Its effort
/// is spent either way.
pub fn intervene(state: &mut State, params: &Params, intervention: Intervention) {
    use Intervention::*;
    let last = &mut state.last_done[intervention.index()];
    let k = &params.coefficients;
    let fresh = last.map_or(1.0, |m| freshness(f64::from(state.month - m), k));
    *last = Some(state.month);
    let luck = (1.0 + k.meeting_luck * state.alliance.climate).clamp(0.4, 1.6);
    let f = fresh * phase_fit(intervention, state.phase, k) * luck;
    state.alliance.effort += intervention.effort();
    let a = &mut state.alliance;
    match intervention {
        GetToKnow => {
            raise_all(state, 0.3 * f, 0.05 * f);
            state.alliance.conflict_sources.personal *= 1.0 - 0.2 * f;
        }
        VisionAndValues => {
            a.shared_vision += 0.25 * f * (1.0 - a.shared_vision);
            a.value_understanding += 0.3 * f * (1.0 - a.value_understanding);
            align_values(state, k);
        }
        ValueRoom { partner } => {
            if state.is_active(partner) {
                give_value_room(state, partner, f, k);
                state.alliance.conflict_sources.values *= 1.0 - 0.2 * f;
            }
        }
        WorkingAgreements => {
            let g = &mut state.governance;
            g.organisation_level += k.agreements_reach * f * (g.needed_organisation - g.organisation_level);
            a.conflict_sources.resources *= 1.0 - 0.15 * f;
        }
        LearningAgenda => {
            a.learning_agenda = a.learning_agenda.max(f);
            a.learning += 0.1 * f * (1.0 - a.learning);
        }
        ReflectionMeeting => {
            a.learning += 0.05 * f * (1.0 - a.learning);
            a.shared_vision += 0.03 * f * (1.0 - a.shared_vision);
            raise_all(state, 0.08 * f, 0.03 * f);
        }
        ExternalProfiling => {
            a.external_profile += 0.2 * f * (1.0 - a.external_profile);
            a.conflict_sources.identity +=
                0.1 * (1.0 - a.shared_vision) * (1.0 - a.conflict_sources.identity);
        }
        KnowledgeSharing { partner } => share_knowledge(state, partner, f),
        HarvestResults => {
            a.external_profile += 0.15 * f * (1.0 - a.external_profile);
            a.learning += 0.05 * f * (1.0 - a.learning);
            for s in state.partners.iter_mut().filter(|s| !s.left) {
                s.commitment = (s.commitment + 0.05 * f * a.performance.min(1.5)).clamp(0.0, 1.0);
            }
        }
        UseStrengths => a.strengths_use += 0.5 * f * (1.0 - a.strengths_use),
        OrganiseDissent => organise_dissent(state, f, fresh * luck),
        ExternalMediator => {
            a.conflict_sources.map(|x| (1.0 - 0.5 * f) * x);
            raise_all(state, 0.05 * f, 0.1 * f);
        }
        SteeringConversation => {
            for s in state.partners.iter_mut() {
                s.commitment = (s.commitment + 0.5 * f * s.reactance).clamp(0.0, 1.0);
                s.reactance *= 1.0 - 0.8 * f;
            }
            let g = &mut state.governance;
            g.steering_agreed = true;
            g.organisation_level += k.agreements_reach * f * (g.needed_organisation - g.organisation_level);
        }
        ClarifyDecisions => {
            let g = &mut state.governance;
            g.decision_clarity += 0.5 * f * (1.0 - g.decision_clarity);
            a.conflict_sources.resources *= 1.0 - 0.1 * f;
        }
    }
    let a = &mut state.alliance;
    a.shared_vision = a.shared_vision.clamp(0.0, 1.0);
    a.learning = a.learning.clamp(0.0, 1.0);
    a.external_profile = a.external_profile.clamp(0.0, 1.0);
    a.strengths_use = a.strengths_use.clamp(0.0, 1.0);
    a.value_understanding = a.value_understanding.clamp(0.0, 1.0);
    state.governance.decision_clarity = state.governance.decision_clarity.clamp(0.0, 1.0);
    super::conflict::total_conflict(state);
}

/// The expert trains the others: each partner closes part of its capability gap to the
/// expert, more when it knows the expert well (article example "Kennis delen").
fn share_knowledge(state: &mut State, expert: usize, f: f64) {
    if !state.is_active(expert) {
        return;
    }
    let n = state.relations.n;
    let top = state.partners[expert].capability;
    for (j, s) in state.partners.iter_mut().enumerate() {
        if j != expert && !s.left {
            let known = state.relations.knowledge[j * n + expert];
            s.capability =
                (s.capability + 0.3 * f * (0.3 + 0.7 * known) * excess(top, s.capability)).clamp(0.0, 1.0);
        }
    }
    state.alliance.learning += 0.05 * f * (1.0 - state.alliance.learning);
}

/// Critical questions sharpen the strategy when partners trust and know each other and share
/// a vision to question (the productive phase: "waar eerder weinig ruimte was voor kritiek, wordt nu juist tegenspraak
/// opgezocht"); without that basis the same questions are taken as attacks and feed
/// personal and identity conflict. The phase scales only the benefit (`f`): the hurt of
/// dissent out of season is not smaller for being out of season (`unscaled`).
fn organise_dissent(state: &mut State, f: f64, unscaled: f64) {
    let a = &mut state.alliance;
    let receptivity = ((a.trust * a.knowledge * (0.5 + a.shared_vision) - 0.1) / 0.3).clamp(0.0, 1.0);
    a.strategy_focus += 0.6 * f * receptivity * (1.0 - a.strategy_focus);
    let hurt = 0.45 * unscaled * (1.0 - receptivity) * (1.0 - receptivity);
    a.conflict_sources.personal += hurt * (1.0 - a.conflict_sources.personal);
    a.conflict_sources.identity += 0.5 * hurt * (1.0 - a.conflict_sources.identity);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::fixtures;
    use crate::model::rng_for_seed;

    /// The shared vision a vision session adds `gap` months after the previous one, in a
    /// phase-1 alliance with a neutral climate.
    fn vision_gain(gap: Option<u32>) -> f64 {
        let params = fixtures::params(3);
        let mut state = State::new(&params, &mut rng_for_seed(1));
        state.alliance.climate = 0.0;
        state.month = 20;
        state.last_done[Intervention::VisionAndValues.index()] = gap.map(|g| 20 - g);
        let before = state.alliance.shared_vision;
        intervene(&mut state, &params, Intervention::VisionAndValues);
        state.alliance.shared_vision - before
    }

    #[test]
    fn freshness_scales_an_intervention_with_the_square_of_the_time_since_the_last_one() {
        let full = vision_gain(None);
        for (gap, share) in [(1, 1.0 / 36.0), (2, 4.0 / 36.0), (3, 0.25), (6, 1.0), (12, 1.0)] {
            let gain = vision_gain(Some(gap));
            assert!((gain / full - share).abs() < 1e-9, "{gap} months: {} of the full effect", gain / full);
        }
    }

    #[test]
    fn every_doen_action_works_best_in_the_phase_figure_1_puts_it() {
        let k = Coefficients::default();
        let cases = [
            (Intervention::GetToKnow, [1.0, k.off_phase_one, k.off_phase_two]),
            (Intervention::LearningAgenda, [k.off_phase_one, 1.0, k.off_phase_one]),
            (Intervention::OrganiseDissent, [k.off_phase_two, k.off_phase_one, 1.0]),
            (Intervention::SteeringConversation, [1.0, 1.0, 1.0]),
        ];
        for (intervention, by_phase) in cases {
            for (phase, expected) in (1..=3).zip(by_phase) {
                assert_eq!(phase_fit(intervention, phase, &k), expected, "{intervention:?} in phase {phase}");
            }
        }
    }

    #[test]
    fn a_meeting_in_a_bad_period_achieves_less() {
        let params = fixtures::params(3);
        let gain = |climate: f64| {
            let mut state = State::new(&params, &mut rng_for_seed(1));
            state.alliance.climate = climate;
            let before = state.alliance.shared_vision;
            intervene(&mut state, &params, Intervention::VisionAndValues);
            state.alliance.shared_vision - before
        };
        assert!(gain(-1.0) < gain(0.0) && gain(0.0) < gain(1.0));
    }
}
