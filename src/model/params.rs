//! Model parameters: the fixed description of an alliance, passed explicitly to every rule.

use super::actions::Action;
use super::coefficients::Coefficients;
use super::coordination::CoordinationStyle;

/// The value dimensions a partner holds (oriëntatie, article section "Start").
pub const VALUE_NAMES: [&str; 4] =
    ["sustainability", "gender_equality", "empowerment", "commercial_orientation"];

/// The strengths a partner can bring (deskundigheid, article section "De uitgangspositie").
pub const EXPERTISE_NAMES: [&str; 7] = [
    "advocacy",
    "youth_reach",
    "knowledge_development",
    "service_delivery",
    "technology_social_media",
    "community_work",
    "business_operations",
];

/// Model parameters: plain data, passed explicitly to every rule and never changed by a run.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// The partner organisations, 2..=200.
    pub partners: Vec<PartnerParams>,
    /// Months to simulate, 1..=600.
    pub horizon: u32,
    /// Uncertainty in the field (werkterrein): competition, changing rules, innovation; 0..=1.
    pub field_uncertainty: f64,
    /// Turbulence level (turbulentie), 0..=1: the monthly chance of a random shock is
    /// [`super::SHOCK_RATE_AT_FULL_TURBULENCE`] times this.
    pub turbulence: f64,
    /// Governance at the start: 0 is trust-based, 1 control-based (De Man 2006).
    pub control: f64,
    /// Organisation level (rules and procedures) at the start, 0..=1.
    pub organisation: f64,
    /// Coordination style at the start.
    pub style: CoordinationStyle,
    /// How clear decision-making and escalation lines are at the start, 0..=1 ("rustige en
    /// transparante besluitvorming").
    pub decision_clarity: f64,
    /// Mutual knowledge between every two partners at the start (the waterline), 0..=1.
    pub initial_knowledge: f64,
    /// Trust between every two partners at the start, 0..=1.
    pub initial_trust: f64,
    /// Conflict at the start, spread over its four sources, 0..=1.
    pub initial_conflict: f64,
    /// Interventions and shocks planned by month, in the order they take effect.
    pub schedule: Vec<ScheduledAction>,
    /// The coefficients of the rules (the calibrated model unless an experiment changes one).
    pub coefficients: Coefficients,
}

/// Fixed attributes of one partner organisation (article section "De uitgangspositie").
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerParams {
    /// Display name.
    pub name: String,
    /// Relative staff and budget (omvang), 0..=1.
    pub size: f64,
    /// Strength of each value in [`VALUE_NAMES`], 0..=1.
    pub values: [f64; 4],
    /// Long-term commitment versus "a temporary vehicle", 0..=1.
    pub long_term: f64,
    /// Strength in each field of [`EXPERTISE_NAMES`], 0..=1.
    pub expertise: [f64; 7],
    /// Professionalism and quality (kwaliteit): well-run, innovative, agile; 0..=1.
    pub quality: f64,
    /// How strongly its work overlaps with and competes against others' work, 0..=1.
    pub competitiveness: f64,
    /// Dependency on the alliance: 0 an opportunity, 1 crucial for survival.
    pub dependency: f64,
    /// Commitment and energy at the start, 0..=1.
    pub commitment: f64,
}

/// One action planned for a month.
#[derive(Clone, Debug, PartialEq)]
pub struct ScheduledAction {
    /// The month in which the action takes effect, 1..=horizon.
    pub month: u32,
    /// What happens.
    pub action: Action,
}

impl PartnerParams {
    /// What this partner would produce alone in a month: its scale times its quality, at the
    /// reliability partners count on from each other ([`Coefficients::expected_delivery`]),
    /// by the same output rule as within the alliance. This is the yardstick for the
    /// alliance's added value (meerwaarde).
    pub fn solo_output(&self, k: &Coefficients) -> f64 {
        scale(self.size) * (0.5 + 0.5 * self.quality) * (0.55 + 0.55 * k.expected_delivery)
    }
}

/// How much work a partner of this size carries: big partners bring more, small ones still
/// count (omvang).
pub fn scale(size: f64) -> f64 {
    0.3 + 0.7 * size
}

/// How far `a` exceeds `b`, or zero when it does not: over-control, a shortfall of
/// organisation, the chores beyond a tolerable share. Written as a comparison rather than
/// `(a - b).max(0.0)` because WebAssembly has no instruction for Rust's `f64::max` and calls a
/// function for it, in the model's hottest code.
pub fn excess(a: f64, b: f64) -> f64 {
    if a > b {
        a - b
    } else {
        0.0
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    /// `n` identical partners with neutral attributes and complementary expertise, for tests
    /// of single rules.
    pub fn params(n: usize) -> Params {
        Params {
            partners: (0..n)
                .map(|i| PartnerParams {
                    name: format!("P{i}"),
                    size: 0.5,
                    values: [0.5; 4],
                    long_term: 0.6,
                    expertise: std::array::from_fn(|e| if e == i % 7 { 0.9 } else { 0.1 }),
                    quality: 0.6,
                    competitiveness: 0.3,
                    dependency: 0.5,
                    commitment: 0.7,
                })
                .collect(),
            horizon: 120,
            field_uncertainty: 0.3,
            turbulence: 0.0,
            control: 0.5,
            organisation: 0.2,
            style: CoordinationStyle::SelfSteering,
            decision_clarity: 0.5,
            initial_knowledge: 0.2,
            initial_trust: 0.3,
            initial_conflict: 0.05,
            schedule: Vec::new(),
            coefficients: Coefficients::default(),
        }
    }
}
