//! The page's names and tooltips of the model's actions, interventions, shocks, coordination
//! styles and phases, in the page's language (locales/*/model.ftl). The model's own `label()`
//! and `description()` stay English for the CLI and the event log; components use these.
//!
//! Every message id is written out in full, so that the catalogue test finds each one.

use super::texts::Tr;
use crate::model::{Action, CoordinationStyle, Division, Intervention, Shock};
use crate::scenario::ActionName;

/// An intervention's name, as on its button ("Get to know each other"); the same for every
/// partner an intervention may name.
pub fn intervention_label(tr: &Tr, intervention: &Intervention) -> String {
    use Intervention::*;
    match intervention {
        GetToKnow => tr.get("intervention-get-to-know"),
        VisionAndValues => tr.get("intervention-vision-and-values"),
        ValueRoom { .. } => tr.get("intervention-value-room"),
        WorkingAgreements => tr.get("intervention-working-agreements"),
        LearningAgenda => tr.get("intervention-learning-agenda"),
        ReflectionMeeting => tr.get("intervention-reflection-meeting"),
        ExternalProfiling => tr.get("intervention-external-profiling"),
        KnowledgeSharing { .. } => tr.get("intervention-knowledge-sharing"),
        HarvestResults => tr.get("intervention-harvest-results"),
        UseStrengths => tr.get("intervention-use-strengths"),
        OrganiseDissent => tr.get("intervention-organise-dissent"),
        ExternalMediator => tr.get("intervention-external-mediator"),
        SteeringConversation => tr.get("intervention-steering-conversation"),
        ClarifyDecisions => tr.get("intervention-clarify-decisions"),
    }
}

/// What an intervention does, in one sentence, for its tooltip.
pub fn intervention_description(tr: &Tr, intervention: &Intervention) -> String {
    use Intervention::*;
    match intervention {
        GetToKnow => tr.get("intervention-get-to-know-description"),
        VisionAndValues => tr.get("intervention-vision-and-values-description"),
        ValueRoom { .. } => tr.get("intervention-value-room-description"),
        WorkingAgreements => tr.get("intervention-working-agreements-description"),
        LearningAgenda => tr.get("intervention-learning-agenda-description"),
        ReflectionMeeting => tr.get("intervention-reflection-meeting-description"),
        ExternalProfiling => tr.get("intervention-external-profiling-description"),
        KnowledgeSharing { .. } => tr.get("intervention-knowledge-sharing-description"),
        HarvestResults => tr.get("intervention-harvest-results-description"),
        UseStrengths => tr.get("intervention-use-strengths-description"),
        OrganiseDissent => tr.get("intervention-organise-dissent-description"),
        ExternalMediator => tr.get("intervention-external-mediator-description"),
        SteeringConversation => tr.get("intervention-steering-conversation-description"),
        ClarifyDecisions => tr.get("intervention-clarify-decisions-description"),
    }
}

/// A shock's name ("Funding round (unequal division)"): a funding round's name says how the
/// money is divided.
pub fn shock_label(tr: &Tr, shock: &Shock) -> String {
    match shock {
        Shock::Turnover { .. } => tr.get("shock-turnover"),
        Shock::FundingRound { division: Division::Equal } => tr.get("shock-funding-equal"),
        Shock::FundingRound { division: Division::Unequal } => tr.get("shock-funding-unequal"),
        Shock::FundingRound { division: Division::Exclusion } => tr.get("shock-funding-exclusion"),
        Shock::DisappointingResults => tr.get("shock-disappointing-results"),
        Shock::FieldChange => tr.get("shock-field-change"),
        Shock::PartnerExit { .. } => tr.get("shock-partner-exit"),
    }
}

/// What a shock does, in one sentence, for its tooltip; one text for every funding round, as
/// in the model.
pub fn shock_description(tr: &Tr, shock: &Shock) -> String {
    match shock {
        Shock::Turnover { .. } => tr.get("shock-turnover-description"),
        Shock::FundingRound { .. } => tr.get("shock-funding-round-description"),
        Shock::DisappointingResults => tr.get("shock-disappointing-results-description"),
        Shock::FieldChange => tr.get("shock-field-change-description"),
        Shock::PartnerExit { .. } => tr.get("shock-partner-exit-description"),
    }
}

/// A coordination style's name ("Lead partner (penvoerder)"), without the partner it names.
pub fn style_label(tr: &Tr, style: &CoordinationStyle) -> String {
    match style {
        CoordinationStyle::SelfSteering => tr.get("style-self-steering"),
        CoordinationStyle::IndependentChair => tr.get("style-independent-chair"),
        CoordinationStyle::LeadPartner { .. } => tr.get("style-lead-partner"),
        CoordinationStyle::ControllingCoordinator { .. } => tr.get("style-controlling-coordinator"),
    }
}

/// What a coordination style does, in one sentence, for its tooltip.
pub fn style_description(tr: &Tr, style: &CoordinationStyle) -> String {
    match style {
        CoordinationStyle::SelfSteering => tr.get("style-self-steering-description"),
        CoordinationStyle::IndependentChair => tr.get("style-independent-chair-description"),
        CoordinationStyle::LeadPartner { .. } => tr.get("style-lead-partner-description"),
        CoordinationStyle::ControllingCoordinator { .. } => {
            tr.get("style-controlling-coordinator-description")
        }
    }
}

/// A model action's name, as [`Action::label`] gives it in English: the intervention's, the
/// shock's or the style's name, or "Set control level" and "Set turbulence". The partner and
/// the level it names are not part of it.
pub fn model_action_label(tr: &Tr, action: &Action) -> String {
    match action {
        Action::Intervention(i) => intervention_label(tr, i),
        Action::Shock(s) => shock_label(tr, s),
        Action::SetStyle(s) => style_label(tr, s),
        Action::SetControl(_) => tr.get("action-set-control"),
        Action::SetTurbulence(_) => tr.get("action-set-turbulence"),
    }
}

/// The name of a kind of action as the plan lists it: a funding round once ("Funding round"),
/// whatever its division; a change of style as "Set coordination style".
pub fn action_label(tr: &Tr, action: ActionName) -> String {
    use ActionName::*;
    match action {
        GetToKnow => intervention_label(tr, &Intervention::GetToKnow),
        VisionAndValues => intervention_label(tr, &Intervention::VisionAndValues),
        ValueRoom => intervention_label(tr, &Intervention::ValueRoom { partner: 0 }),
        WorkingAgreements => intervention_label(tr, &Intervention::WorkingAgreements),
        LearningAgenda => intervention_label(tr, &Intervention::LearningAgenda),
        ReflectionMeeting => intervention_label(tr, &Intervention::ReflectionMeeting),
        ExternalProfiling => intervention_label(tr, &Intervention::ExternalProfiling),
        KnowledgeSharing => intervention_label(tr, &Intervention::KnowledgeSharing { partner: 0 }),
        HarvestResults => intervention_label(tr, &Intervention::HarvestResults),
        UseStrengths => intervention_label(tr, &Intervention::UseStrengths),
        OrganiseDissent => intervention_label(tr, &Intervention::OrganiseDissent),
        ExternalMediator => intervention_label(tr, &Intervention::ExternalMediator),
        SteeringConversation => intervention_label(tr, &Intervention::SteeringConversation),
        ClarifyDecisions => intervention_label(tr, &Intervention::ClarifyDecisions),
        Turnover => shock_label(tr, &Shock::Turnover { partner: 0 }),
        FundingRound => tr.get("action-funding-round"),
        DisappointingResults => shock_label(tr, &Shock::DisappointingResults),
        FieldChange => shock_label(tr, &Shock::FieldChange),
        PartnerExit => shock_label(tr, &Shock::PartnerExit { partner: 0 }),
        SetStyle => tr.get("action-set-style"),
        SetControl => tr.get("action-set-control"),
        SetTurbulence => tr.get("action-set-turbulence"),
    }
}

/// A phase of Figure 1 (1 to 3) in a few words, to follow "Phase 2: ": "start", "discovering
/// and learning", "productivity and added value". Any other number counts as 3.
pub fn phase_short_name(tr: &Tr, phase: u8) -> String {
    match phase {
        1 => tr.get("phase-short-1"),
        2 => tr.get("phase-short-2"),
        _ => tr.get("phase-short-3"),
    }
}

/// A phase of Figure 1 (1 to 3) in words within a sentence ("start: design and alignment",
/// "discovering and learning"). Any other number counts as 3.
pub fn phase_long_name(tr: &Tr, phase: u8) -> String {
    match phase {
        1 => tr.get("phase-long-1"),
        2 => tr.get("phase-long-2"),
        _ => tr.get("phase-long-3"),
    }
}

/// A phase with its number and short name, as the run controls and the phase legends show
/// it: "Phase 2: discovering and learning".
pub fn phase_titled(tr: &Tr, phase: u8) -> String {
    tr.with("phase-titled", &[("phase", &phase.to_string()), ("name", &phase_short_name(tr, phase))])
}

/// A phase of Figure 1 (1 to 3) by its full name, with the article's Dutch term in English
/// ("Start: design and alignment (ontwerpen en afstemmen)"). Any other number counts as 3.
pub fn phase_name(tr: &Tr, phase: u8) -> String {
    match phase {
        1 => tr.get("phase-name-1"),
        2 => tr.get("phase-name-2"),
        _ => tr.get("phase-name-3"),
    }
}
