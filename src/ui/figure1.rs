//! The article's Figure 1: per phase, what we see (wat zien we?) and what to do (doen!), and
//! the interventions that stand for each "Doen!" action in the model. The texts are in the
//! page's language (locales/*/panels.ftl); in English they carry the article's Dutch after
//! them.

use super::labels::phase_short_name;
use super::texts::Tr;
use crate::model::Intervention;

/// One row of Figure 1: its phase and, per "Doen!" action (see [`todo`]), the model
/// interventions that carry it out.
pub struct PhaseRow {
    /// Phase number, 1..=3.
    pub phase: u8,
    /// The interventions of each of the three "Doen!" actions, in the order of [`todo`].
    pub todo: [&'static [Intervention]; 3],
}

/// The three rows of Figure 1.
pub const FIGURE1: [PhaseRow; 3] = [
    PhaseRow {
        phase: 1,
        todo: [
            &[Intervention::GetToKnow],
            &[Intervention::VisionAndValues, Intervention::ValueRoom { partner: 0 }],
            &[Intervention::WorkingAgreements],
        ],
    },
    PhaseRow {
        phase: 2,
        todo: [
            &[Intervention::LearningAgenda, Intervention::KnowledgeSharing { partner: 0 }],
            &[Intervention::ReflectionMeeting],
            &[Intervention::ExternalProfiling],
        ],
    },
    PhaseRow {
        phase: 3,
        todo: [
            &[Intervention::HarvestResults],
            &[Intervention::UseStrengths],
            &[Intervention::OrganiseDissent],
        ],
    },
];

/// What we see (wat zien we?) in a phase of Figure 1, 1..=3 (any other number counts as 3).
pub fn see(tr: &Tr, phase: u8) -> [String; 3] {
    match phase {
        1 => [tr.get("figure1-see-1-1"), tr.get("figure1-see-1-2"), tr.get("figure1-see-1-3")],
        2 => [tr.get("figure1-see-2-1"), tr.get("figure1-see-2-2"), tr.get("figure1-see-2-3")],
        _ => [tr.get("figure1-see-3-1"), tr.get("figure1-see-3-2"), tr.get("figure1-see-3-3")],
    }
}

/// What to do (doen!) in a phase of Figure 1, 1..=3 (any other number counts as 3), in the
/// order of [`PhaseRow::todo`].
pub fn todo(tr: &Tr, phase: u8) -> [String; 3] {
    match phase {
        1 => [tr.get("figure1-do-1-1"), tr.get("figure1-do-1-2"), tr.get("figure1-do-1-3")],
        2 => [tr.get("figure1-do-2-1"), tr.get("figure1-do-2-2"), tr.get("figure1-do-2-3")],
        _ => [tr.get("figure1-do-3-1"), tr.get("figure1-do-3-2"), tr.get("figure1-do-3-3")],
    }
}

/// Interventions that fit any phase: help when the alliance is stuck or steered badly, or when
/// nobody knows who decides.
pub const ANY_PHASE: [Intervention; 3] =
    [Intervention::ExternalMediator, Intervention::SteeringConversation, Intervention::ClarifyDecisions];

/// An intervention's name as it appears in element ids: "get-to-know-each-other". It is made
/// from the English name in every language, so that ids, and the tests that find them, stay.
pub fn id_slug(intervention: Intervention) -> String {
    intervention.label().to_lowercase().replace([' ', '\''], "-")
}

/// Where an intervention works best, for its tooltip: its phase of Figure 1 (the model gives
/// it less effect one phase away and least two phases away), or any phase.
pub fn fit_text(tr: &Tr, intervention: Intervention) -> String {
    match intervention.home_phase() {
        Some(home) => {
            let (phase, name) = (home.to_string(), phase_short_name(tr, home));
            tr.with("figure1-fit-phase", &[("phase", &phase), ("name", &name)])
        }
        None => tr.get("figure1-fit-any"),
    }
}
