//! The article's Figure 1 as data: per phase, what we see (wat zien we?) and what to do
//! (doen!), English first with the article's Dutch after it, and the interventions that stand
//! for each "Doen!" action in the model.

use crate::model::Intervention;

/// One row of Figure 1.
pub struct PhaseRow {
    /// Phase number, 1..=3.
    pub phase: u8,
    /// Name of the phase with the article's Dutch term.
    pub name: &'static str,
    /// What we see (wat zien we?).
    pub see: [&'static str; 3],
    /// What to do (doen!), each with the model interventions that carry it out.
    pub todo: [(&'static str, &'static [Intervention]); 3],
}

/// The three rows of Figure 1.
pub const FIGURE1: [PhaseRow; 3] = [
    PhaseRow {
        phase: 1,
        name: "Start: design and alignment (ontwerpen en afstemmen)",
        see: [
            "Ambition leads and binds (ambitie leidend en bindend)",
            "Content above the table, struggle under the table (inhoud boven tafel, strijd onder tafel)",
            "Partners barely know each other's identity, values and interests",
        ],
        todo: [
            (
                "Lower the waterline: get to know each other (waterlijn naar beneden)",
                &[Intervention::GetToKnow],
            ),
            (
                "Develop vision and values (ontwikkel visie en waarden)",
                &[Intervention::VisionAndValues, Intervention::ValueRoom { partner: 0 }],
            ),
            (
                "Working agreements: balance trust and control (werkafspraken)",
                &[Intervention::WorkingAgreements],
            ),
        ],
    },
    PhaseRow {
        phase: 2,
        name: "Discovering and learning (ontdekken en leren)",
        see: [
            "Working apart together (apart samenwerken)",
            "Differences discovered (verschillen ontdekken)",
            "A ranking emerges (ontstaan rangorde)",
        ],
        todo: [
            (
                "Set a learning agenda (leeragenda opstellen)",
                &[Intervention::LearningAgenda, Intervention::KnowledgeSharing { partner: 0 }],
            ),
            ("Reflect and share (reflecteren en delen)", &[Intervention::ReflectionMeeting]),
            ("Profile externally (extern profileren)", &[Intervention::ExternalProfiling]),
        ],
    },
    PhaseRow {
        phase: 3,
        name: "Productivity and added value (productiviteit en meerwaarde)",
        see: [
            "Common language and story (gemeenschappelijke taal en verhaal)",
            "A unit towards the environment (eenheid t.o.v. omgeving)",
            "Added value takes shape (meerwaarde krijgt vorm)",
        ],
        todo: [
            ("Harvest and record results (oogsten en vastleggen)", &[Intervention::HarvestResults]),
            ("Use each other's strengths (elkaars sterke kanten benutten)", &[Intervention::UseStrengths]),
            ("Organise dissent (tegenspraak organiseren)", &[Intervention::OrganiseDissent]),
        ],
    },
];

/// Interventions that fit any phase: help when the alliance is stuck or steered badly, or when
/// nobody knows who decides.
pub const ANY_PHASE: [Intervention; 3] =
    [Intervention::ExternalMediator, Intervention::SteeringConversation, Intervention::ClarifyDecisions];

/// An intervention's name as it appears in element ids: "get-to-know-each-other".
pub fn id_slug(intervention: Intervention) -> String {
    intervention.label().to_lowercase().replace([' ', '\''], "-")
}

/// The name of a phase of Figure 1 in English, 1..=3, without the Dutch.
pub fn short_name(phase: u8) -> &'static str {
    match phase {
        1 => "start",
        2 => "discovering and learning",
        _ => "productivity and added value",
    }
}

/// Where an intervention works best, for its tooltip: its phase of Figure 1 (the model gives
/// it less effect one phase away and least two phases away), or any phase.
pub fn fit_text(intervention: Intervention) -> String {
    match intervention.home_phase() {
        Some(home) => format!(
            "Works best in phase {home} ({}) of Figure 1; weaker in the other phases.",
            short_name(home)
        ),
        None => "Works in any phase, whenever it is needed.".to_string(),
    }
}
