//! Coordination styles (article example "Obstakels overwinnen in de coördinatie" and
//! "Onafhankelijke stuurgroepvoorzitter"; Schruijer & Vansina 2007).

use serde::{Deserialize, Serialize};

use super::params::{excess, Params};
use super::state::State;

/// Who steers the alliance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoordinationStyle {
    /// Self-steering: no coordinator, steering as a joint responsibility.
    #[serde(rename = "none")]
    SelfSteering,
    /// A neutral independent chair or process facilitator.
    IndependentChair,
    /// A lead partner (penvoerder, by index) with agreed, facilitative powers: it divides the
    /// work and keeps decisions clear, for an agreed task, without a power position.
    LeadPartner {
        /// Index of the lead partner.
        partner: usize,
    },
    /// One partner (by index) coordinates and imposes formats and checklists.
    ControllingCoordinator {
        /// Index of the coordinating partner.
        partner: usize,
    },
}

impl CoordinationStyle {
    /// The style names accepted in scenario files.
    pub const NAMES: [&'static str; 4] =
        ["none", "independent_chair", "lead_partner", "controlling_coordinator"];

    /// The name of this style in scenario files, one of [`CoordinationStyle::NAMES`].
    pub fn name(&self) -> &'static str {
        match self {
            CoordinationStyle::SelfSteering => "none",
            CoordinationStyle::IndependentChair => "independent_chair",
            CoordinationStyle::LeadPartner { .. } => "lead_partner",
            CoordinationStyle::ControllingCoordinator { .. } => "controlling_coordinator",
        }
    }

    /// English label for the UI.
    pub fn label(&self) -> &'static str {
        match self {
            CoordinationStyle::SelfSteering => "Self-steering (no coordinator)",
            CoordinationStyle::IndependentChair => "Independent chair",
            CoordinationStyle::LeadPartner { .. } => "Lead partner (penvoerder)",
            CoordinationStyle::ControllingCoordinator { .. } => "Controlling coordinator",
        }
    }

    /// Short tooltip text.
    pub fn description(&self) -> &'static str {
        match self {
            CoordinationStyle::SelfSteering => "Partners steer together without anyone in the chair.",
            CoordinationStyle::IndependentChair => {
                "A neutral chair resolves conflict and builds trust, seeks no power, and costs a little effort."
            }
            CoordinationStyle::LeadPartner { .. } => {
                "One partner leads with agreed powers: it divides the work and keeps decisions clear, without seeking power."
            }
            CoordinationStyle::ControllingCoordinator { .. } => {
                "One partner imposes formats and checklists and gains power; the others feel controlled."
            }
        }
    }

    /// Whether an independent chair steers.
    pub fn is_chair(&self) -> bool {
        matches!(self, CoordinationStyle::IndependentChair)
    }

    /// Whether a partner coordinates with control.
    pub fn is_controlling(&self) -> bool {
        matches!(self, CoordinationStyle::ControllingCoordinator { .. })
    }

    /// The partner that leads or coordinates, if a partner does.
    pub fn coordinator(&self) -> Option<usize> {
        match self {
            CoordinationStyle::LeadPartner { partner }
            | CoordinationStyle::ControllingCoordinator { partner } => Some(*partner),
            CoordinationStyle::SelfSteering | CoordinationStyle::IndependentChair => None,
        }
    }

    /// Share of effort the style itself costs each month: a chair's or lead partner's
    /// meetings, or the coordinator's planning and reporting formats.
    pub fn process_cost(&self) -> f64 {
        match self {
            CoordinationStyle::SelfSteering => 0.0,
            CoordinationStyle::IndependentChair | CoordinationStyle::LeadPartner { .. } => 0.02,
            CoordinationStyle::ControllingCoordinator { .. } => 0.04,
        }
    }

    /// The decision clarity this style works towards, if it shapes it: a chair and a lead
    /// partner make decision-making calm and transparent; a controlling coordinator makes
    /// decisions clear but one-sided, so less so.
    fn clarity_aim(&self) -> Option<f64> {
        match self {
            CoordinationStyle::SelfSteering => None,
            CoordinationStyle::IndependentChair | CoordinationStyle::LeadPartner { .. } => Some(0.8),
            CoordinationStyle::ControllingCoordinator { .. } => Some(0.6),
        }
    }
}

/// A controlling coordinator makes the other partners feel controlled, and their reactance
/// grows (much more slowly once a steering conversation agreed how to steer); the
/// coordinator itself gains rank, a power position. A lead partner with agreed powers gains
/// a little standing and provokes no reactance. Without a controlling coordinator reactance
/// fades. Every coordinating style moves decision clarity towards what it makes of it.
pub fn coordinate(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let g = &mut state.governance;
    if let Some(aim) = g.style.clarity_aim() {
        g.decision_clarity += k.clarity_rate * (aim - g.decision_clarity);
    }
    let g = &state.governance;
    match g.style {
        CoordinationStyle::ControllingCoordinator { partner } => {
            let rate = k.reactance_rate * if g.steering_agreed { k.agreed_reactance } else { 1.0 };
            for (i, s) in state.partners.iter_mut().enumerate() {
                if s.left {
                    continue;
                }
                if i == partner {
                    s.rank = (s.rank + k.power_gain * (1.0 - s.rank)).clamp(0.0, 1.0);
                } else {
                    s.reactance =
                        (s.reactance + rate * excess(k.reactance_ceiling, s.reactance)).clamp(0.0, 1.0);
                }
            }
        }
        other => {
            if let CoordinationStyle::LeadPartner { partner } = other {
                let s = &mut state.partners[partner];
                s.rank = (s.rank + k.lead_power_share * k.power_gain * (1.0 - s.rank)).clamp(0.0, 1.0);
            }
            for s in state.partners.iter_mut() {
                s.reactance = (s.reactance * (1.0 - k.reactance_decay)).clamp(0.0, 1.0);
            }
        }
    }
}
