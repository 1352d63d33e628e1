//! Monthly snapshots: every alliance-level quantity plus each partner's commitment,
//! delivery and capability. The pair matrices stay in the [`State`]; a snapshot copies
//! nothing per pair.

use serde::{Deserialize, Serialize};

use super::state::State;

/// The alliance at the end of one month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Month number; 0 is the initial state.
    pub month: u32,
    /// Detected phase, 1..=3, or 0 once dissolved.
    pub phase: u8,
    /// Mean trust between partners still in.
    pub trust: f64,
    /// Mean mutual knowledge (the waterline; higher is lower).
    pub knowledge: f64,
    /// Shared vision and common language.
    pub shared_vision: f64,
    /// Value alignment.
    pub value_alignment: f64,
    /// Total conflict.
    pub conflict: f64,
    /// Mean commitment of partners still in.
    pub commitment: f64,
    /// Mean delivery reliability of partners still in.
    pub delivery: f64,
    /// Share of effort going into the process.
    pub process_share: f64,
    /// Cumulative value the alliance produced, in value units: a partner of middle size and
    /// quality produces about 0.5 of them a month on its own.
    pub value: f64,
    /// Cumulative value its partners would have produced alone.
    pub solo_value: f64,
    /// Added value (meerwaarde): cumulative value minus cumulative solo value; negative while
    /// the alliance has produced less than its partners would have alone.
    pub added_value: f64,
    /// Value produced this month.
    pub monthly_value: f64,
    /// What the partners still in would have produced alone this month.
    pub monthly_solo_value: f64,
    /// Rules and procedures in force.
    pub organisation_level: f64,
    /// Organisation level the situation needs.
    pub needed_organisation: f64,
    /// Governance control level.
    pub control: f64,
    /// Control level that fits the uncertainties.
    pub fitting_control: f64,
    /// Relational uncertainty.
    pub relational_uncertainty: f64,
    /// Field uncertainty.
    pub field_uncertainty: f64,
    /// External profile.
    pub external_profile: f64,
    /// Learning stock.
    pub learning: f64,
    /// Conflict over resources.
    pub conflict_resources: f64,
    /// Conflict over norms and values.
    pub conflict_values: f64,
    /// Conflict over identity.
    pub conflict_identity: f64,
    /// Personal conflict.
    pub conflict_personal: f64,
    /// Spread of perceived rank.
    pub rank_spread: f64,
    /// Mean capability of partners still in.
    pub capability: f64,
    /// Number of partners still in.
    pub active_partners: u32,
    /// Clarity of decision-making and escalation lines.
    pub decision_clarity: f64,
    /// Mean backing of the partners' own organisations (achterban).
    pub backing: f64,
    /// The climate at the table (around 0; positive is a good period).
    pub climate: f64,
    /// Dominance of the loudest voice.
    pub dominance: f64,
    /// Per partner, in scenario order.
    pub partners: Vec<PartnerSnapshot>,
}

/// One partner at the end of a month.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerSnapshot {
    /// Commitment and energy.
    pub commitment: f64,
    /// Delivery reliability.
    pub delivery: f64,
    /// Capability.
    pub capability: f64,
    /// Perceived rank.
    pub rank: f64,
    /// Whether the partner has left.
    pub left: bool,
}

impl Snapshot {
    /// CSV column names of [`Snapshot::csv_values`], alliance level only (per-partner
    /// columns are in `partners`).
    pub const CSV_HEADER: &'static [&'static str] = &[
        "month",
        "phase",
        "trust",
        "knowledge",
        "shared_vision",
        "value_alignment",
        "conflict",
        "commitment",
        "delivery",
        "process_share",
        "value",
        "solo_value",
        "added_value",
        "monthly_value",
        "monthly_solo_value",
        "organisation_level",
        "needed_organisation",
        "control",
        "fitting_control",
        "relational_uncertainty",
        "field_uncertainty",
        "external_profile",
        "learning",
        "conflict_resources",
        "conflict_values",
        "conflict_identity",
        "conflict_personal",
        "rank_spread",
        "capability",
        "active_partners",
        "decision_clarity",
        "backing",
        "climate",
        "dominance",
    ];

    /// The values for [`Snapshot::CSV_HEADER`], in the same order.
    pub fn csv_values(&self) -> Vec<f64> {
        vec![
            f64::from(self.month),
            f64::from(self.phase),
            self.trust,
            self.knowledge,
            self.shared_vision,
            self.value_alignment,
            self.conflict,
            self.commitment,
            self.delivery,
            self.process_share,
            self.value,
            self.solo_value,
            self.added_value,
            self.monthly_value,
            self.monthly_solo_value,
            self.organisation_level,
            self.needed_organisation,
            self.control,
            self.fitting_control,
            self.relational_uncertainty,
            self.field_uncertainty,
            self.external_profile,
            self.learning,
            self.conflict_resources,
            self.conflict_values,
            self.conflict_identity,
            self.conflict_personal,
            self.rank_spread,
            self.capability,
            f64::from(self.active_partners),
            self.decision_clarity,
            self.backing,
            self.climate,
            self.dominance,
        ]
    }

    /// Reads a snapshot from the state.
    pub fn capture(state: &State) -> Snapshot {
        let a = &state.alliance;
        let g = &state.governance;
        let c = &a.conflict_sources;
        Snapshot {
            month: state.month,
            phase: state.phase,
            trust: a.trust,
            knowledge: a.knowledge,
            shared_vision: a.shared_vision,
            value_alignment: a.value_alignment,
            conflict: a.conflict,
            commitment: state.mean_of_active(|s| s.commitment),
            delivery: state.mean_of_active(|s| s.delivery),
            process_share: a.process_share,
            value: a.value,
            solo_value: a.solo_value,
            added_value: a.value - a.solo_value,
            monthly_value: a.monthly_value,
            monthly_solo_value: a.monthly_solo,
            organisation_level: g.organisation_level,
            needed_organisation: g.needed_organisation,
            control: g.control,
            fitting_control: g.fitting_control,
            relational_uncertainty: g.relational_uncertainty,
            field_uncertainty: g.field_uncertainty,
            external_profile: a.external_profile,
            learning: a.learning,
            conflict_resources: c.resources,
            conflict_values: c.values,
            conflict_identity: c.identity,
            conflict_personal: c.personal,
            rank_spread: a.rank_spread,
            capability: state.mean_of_active(|s| s.capability),
            active_partners: a.active as u32,
            decision_clarity: g.decision_clarity,
            backing: state.mean_of_active(|s| s.backing),
            climate: a.climate,
            dominance: a.dominance,
            partners: state
                .partners
                .iter()
                .map(|s| PartnerSnapshot {
                    commitment: s.commitment,
                    delivery: s.delivery,
                    capability: s.capability,
                    rank: s.rank,
                    left: s.left,
                })
                .collect(),
        }
    }
}
