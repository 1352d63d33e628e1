//! The names a scenario file uses for schedule actions and coordination styles, as enums:
//! an unknown name is a parse error that lists the valid ones, located like any other, and
//! the conversion to the model's actions is an exhaustive match rather than a string lookup.

use serde::{Deserialize, Serialize};

use crate::model::{Action, CoordinationStyle, Division, Intervention, Shock};

/// The coordination style a scenario names (`coordination.style`, or `style` of a
/// `set_style` entry). The partner who coordinates is given separately.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StyleName {
    /// No coordinator: steering is a joint responsibility.
    #[default]
    #[serde(rename = "none")]
    SelfSteering,
    /// A neutral independent chair or process facilitator.
    IndependentChair,
    /// A lead partner (penvoerder) with agreed, facilitative powers.
    LeadPartner,
    /// One partner coordinates and imposes formats and checklists.
    ControllingCoordinator,
}

impl StyleName {
    /// Every style, in the order the messages list them.
    pub const ALL: [StyleName; 4] = [
        StyleName::SelfSteering,
        StyleName::IndependentChair,
        StyleName::LeadPartner,
        StyleName::ControllingCoordinator,
    ];

    /// The name as written in scenario files.
    pub fn name(self) -> &'static str {
        match self {
            StyleName::SelfSteering => "none",
            StyleName::IndependentChair => "independent_chair",
            StyleName::LeadPartner => "lead_partner",
            StyleName::ControllingCoordinator => "controlling_coordinator",
        }
    }

    /// Whether the style needs a partner who coordinates.
    pub fn needs_coordinator(self) -> bool {
        matches!(self, StyleName::LeadPartner | StyleName::ControllingCoordinator)
    }

    /// The model's style, with the coordinating partner for the styles that [need
    /// one](StyleName::needs_coordinator); `None` when such a style has none.
    pub fn style(self, coordinator: Option<usize>) -> Option<CoordinationStyle> {
        Some(match self {
            StyleName::SelfSteering => CoordinationStyle::SelfSteering,
            StyleName::IndependentChair => CoordinationStyle::IndependentChair,
            StyleName::LeadPartner => CoordinationStyle::LeadPartner { partner: coordinator? },
            StyleName::ControllingCoordinator => {
                CoordinationStyle::ControllingCoordinator { partner: coordinator? }
            }
        })
    }

    /// The name of a model style.
    pub fn of(style: CoordinationStyle) -> StyleName {
        match style {
            CoordinationStyle::SelfSteering => StyleName::SelfSteering,
            CoordinationStyle::IndependentChair => StyleName::IndependentChair,
            CoordinationStyle::LeadPartner { .. } => StyleName::LeadPartner,
            CoordinationStyle::ControllingCoordinator { .. } => StyleName::ControllingCoordinator,
        }
    }
}

/// What a schedule entry does: an intervention, a shock, or a change of style, control or
/// turbulence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum ActionName {
    GetToKnow,
    VisionAndValues,
    ValueRoom,
    WorkingAgreements,
    LearningAgenda,
    ReflectionMeeting,
    ExternalProfiling,
    KnowledgeSharing,
    HarvestResults,
    UseStrengths,
    OrganiseDissent,
    ExternalMediator,
    SteeringConversation,
    ClarifyDecisions,
    Turnover,
    FundingRound,
    DisappointingResults,
    FieldChange,
    PartnerExit,
    SetStyle,
    SetControl,
    SetTurbulence,
}

impl ActionName {
    /// Every action, in the order the messages list them.
    pub const ALL: [ActionName; 22] = {
        use ActionName::*;
        [
            GetToKnow,
            VisionAndValues,
            ValueRoom,
            WorkingAgreements,
            LearningAgenda,
            ReflectionMeeting,
            ExternalProfiling,
            KnowledgeSharing,
            HarvestResults,
            UseStrengths,
            OrganiseDissent,
            ExternalMediator,
            SteeringConversation,
            ClarifyDecisions,
            Turnover,
            FundingRound,
            DisappointingResults,
            FieldChange,
            PartnerExit,
            SetStyle,
            SetControl,
            SetTurbulence,
        ]
    };

    /// The name as written in scenario files.
    pub fn name(self) -> &'static str {
        use ActionName::*;
        match self {
            GetToKnow => "get_to_know",
            VisionAndValues => "vision_and_values",
            ValueRoom => "value_room",
            WorkingAgreements => "working_agreements",
            LearningAgenda => "learning_agenda",
            ReflectionMeeting => "reflection_meeting",
            ExternalProfiling => "external_profiling",
            KnowledgeSharing => "knowledge_sharing",
            HarvestResults => "harvest_results",
            UseStrengths => "use_strengths",
            OrganiseDissent => "organise_dissent",
            ExternalMediator => "external_mediator",
            SteeringConversation => "steering_conversation",
            ClarifyDecisions => "clarify_decisions",
            Turnover => "turnover",
            FundingRound => "funding_round",
            DisappointingResults => "disappointing_results",
            FieldChange => "field_change",
            PartnerExit => "partner_exit",
            SetStyle => "set_style",
            SetControl => "set_control",
            SetTurbulence => "set_turbulence",
        }
    }

    /// Whether the action always names a partner (the one it concerns).
    pub fn needs_partner(self) -> bool {
        use ActionName::*;
        matches!(self, ValueRoom | KnowledgeSharing | Turnover | PartnerExit)
    }

    /// Whether the action takes a level 0..=1 in `value`.
    pub fn takes_value(self) -> bool {
        matches!(self, ActionName::SetControl | ActionName::SetTurbulence)
    }

    /// The model action, from the parts of a schedule entry that validation resolved;
    /// `None` when a part the action needs is missing. A funding round without a division
    /// divides equally.
    pub fn action(self, parts: EntryParts) -> Option<Action> {
        use ActionName::*;
        let intervention = |i| Some(Action::Intervention(i));
        let shock = |s| Some(Action::Shock(s));
        match self {
            GetToKnow => intervention(Intervention::GetToKnow),
            VisionAndValues => intervention(Intervention::VisionAndValues),
            ValueRoom => intervention(Intervention::ValueRoom { partner: parts.partner? }),
            WorkingAgreements => intervention(Intervention::WorkingAgreements),
            LearningAgenda => intervention(Intervention::LearningAgenda),
            ReflectionMeeting => intervention(Intervention::ReflectionMeeting),
            ExternalProfiling => intervention(Intervention::ExternalProfiling),
            KnowledgeSharing => intervention(Intervention::KnowledgeSharing { partner: parts.partner? }),
            HarvestResults => intervention(Intervention::HarvestResults),
            UseStrengths => intervention(Intervention::UseStrengths),
            OrganiseDissent => intervention(Intervention::OrganiseDissent),
            ExternalMediator => intervention(Intervention::ExternalMediator),
            SteeringConversation => intervention(Intervention::SteeringConversation),
            ClarifyDecisions => intervention(Intervention::ClarifyDecisions),
            Turnover => shock(Shock::Turnover { partner: parts.partner? }),
            FundingRound => {
                shock(Shock::FundingRound { division: parts.division.unwrap_or(Division::Equal) })
            }
            DisappointingResults => shock(Shock::DisappointingResults),
            FieldChange => shock(Shock::FieldChange),
            PartnerExit => shock(Shock::PartnerExit { partner: parts.partner? }),
            SetStyle => Some(Action::SetStyle(parts.style?)),
            SetControl => Some(Action::SetControl(parts.value?)),
            SetTurbulence => Some(Action::SetTurbulence(parts.value?)),
        }
    }

    /// The name of a model action; the inverse of [`ActionName::action`].
    pub fn of(action: &Action) -> ActionName {
        use ActionName::*;
        match action {
            Action::Intervention(i) => match i {
                Intervention::GetToKnow => GetToKnow,
                Intervention::VisionAndValues => VisionAndValues,
                Intervention::ValueRoom { .. } => ValueRoom,
                Intervention::WorkingAgreements => WorkingAgreements,
                Intervention::LearningAgenda => LearningAgenda,
                Intervention::ReflectionMeeting => ReflectionMeeting,
                Intervention::ExternalProfiling => ExternalProfiling,
                Intervention::KnowledgeSharing { .. } => KnowledgeSharing,
                Intervention::HarvestResults => HarvestResults,
                Intervention::UseStrengths => UseStrengths,
                Intervention::OrganiseDissent => OrganiseDissent,
                Intervention::ExternalMediator => ExternalMediator,
                Intervention::SteeringConversation => SteeringConversation,
                Intervention::ClarifyDecisions => ClarifyDecisions,
            },
            Action::Shock(s) => match s {
                Shock::Turnover { .. } => Turnover,
                Shock::FundingRound { .. } => FundingRound,
                Shock::DisappointingResults => DisappointingResults,
                Shock::FieldChange => FieldChange,
                Shock::PartnerExit { .. } => PartnerExit,
            },
            Action::SetStyle(_) => SetStyle,
            Action::SetControl(_) => SetControl,
            Action::SetTurbulence(_) => SetTurbulence,
        }
    }
}

/// The parts of a schedule entry besides its action and month, resolved: the partner as an
/// index, the style with its coordinator.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EntryParts {
    /// The partner the action concerns.
    pub partner: Option<usize>,
    /// How a funding round divides the money.
    pub division: Option<Division>,
    /// The style `set_style` switches to.
    pub style: Option<CoordinationStyle>,
    /// The level `set_control` and `set_turbulence` set.
    pub value: Option<f64>,
}

impl std::str::FromStr for ActionName {
    type Err = String;

    /// The action a scenario-file name stands for, such as `get_to_know`.
    fn from_str(name: &str) -> Result<ActionName, String> {
        ActionName::ALL.into_iter().find(|a| a.name() == name).ok_or_else(|| {
            let all: Vec<&str> = ActionName::ALL.iter().map(|a| a.name()).collect();
            format!("unknown action {}; use one of {}", super::errors::quote(name), all.join(", "))
        })
    }
}

impl std::str::FromStr for StyleName {
    type Err = String;

    /// The style a scenario-file name stands for, such as `independent_chair`.
    fn from_str(name: &str) -> Result<StyleName, String> {
        StyleName::ALL.into_iter().find(|s| s.name() == name).ok_or_else(|| {
            let all: Vec<&str> = StyleName::ALL.iter().map(|s| s.name()).collect();
            format!("unknown style {}; use one of {}", super::errors::quote(name), all.join(", "))
        })
    }
}
