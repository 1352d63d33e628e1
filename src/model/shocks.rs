//! Turbulence: shocks from inside and outside the alliance (article section "Inzichten in
//! alliantiesturing": "Vertrek van personen, voortsudderende conflicten, ... teleurstellende
//! resultaten"; "de verdeling van een volgende ronde donor- of subsidiegeld").

use serde::{Deserialize, Serialize};

use super::params::Params;
use super::partner::leave;
use super::relations::scale_partner_relations;
use super::state::State;

/// How the money of a funding round is divided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Division {
    /// Everyone gets an equal share.
    Equal,
    /// The money follows size and position: some partners get much more.
    Unequal,
}

/// A shock that hits the alliance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shock {
    /// A partner's representative at the table is replaced.
    Turnover {
        /// The partner whose representative changes.
        partner: usize,
    },
    /// A new round of donor or subsidy money is divided.
    FundingRound {
        /// How the money is divided.
        division: Division,
    },
    /// Results disappoint.
    DisappointingResults,
    /// The field changes: competition, regulation or innovation.
    FieldChange,
    /// A partner leaves the alliance.
    PartnerExit {
        /// The partner that leaves.
        partner: usize,
    },
}

impl Shock {
    /// Names accepted in scenario schedules.
    pub const NAMES: [&'static str; 5] =
        ["turnover", "funding_round", "disappointing_results", "field_change", "partner_exit"];

    /// Builds a shock from its schedule name. Returns `None` for an unknown name.
    pub fn from_name(name: &str, partner: usize, division: Division) -> Option<Shock> {
        Some(match name {
            "turnover" => Shock::Turnover { partner },
            "funding_round" => Shock::FundingRound { division },
            "disappointing_results" => Shock::DisappointingResults,
            "field_change" => Shock::FieldChange,
            "partner_exit" => Shock::PartnerExit { partner },
            _ => return None,
        })
    }

    /// The schedule name of this shock, one of [`Shock::NAMES`]; the inverse of
    /// [`Shock::from_name`].
    pub fn name(&self) -> &'static str {
        match self {
            Shock::Turnover { .. } => "turnover",
            Shock::FundingRound { .. } => "funding_round",
            Shock::DisappointingResults => "disappointing_results",
            Shock::FieldChange => "field_change",
            Shock::PartnerExit { .. } => "partner_exit",
        }
    }

    /// The partner this shock names, if it names one.
    pub fn partner(&self) -> Option<usize> {
        match self {
            Shock::Turnover { partner } | Shock::PartnerExit { partner } => Some(*partner),
            _ => None,
        }
    }

    /// Whether the shock names a partner.
    pub fn needs_partner(name: &str) -> bool {
        matches!(name, "turnover" | "partner_exit")
    }

    /// English label for the UI and the event log.
    pub fn label(&self) -> &'static str {
        match self {
            Shock::Turnover { .. } => "Turnover of a representative",
            Shock::FundingRound { division: Division::Equal } => "Funding round (equal division)",
            Shock::FundingRound { division: Division::Unequal } => "Funding round (unequal division)",
            Shock::DisappointingResults => "Disappointing results",
            Shock::FieldChange => "Field change",
            Shock::PartnerExit { .. } => "Partner exit",
        }
    }

    /// Short tooltip text.
    pub fn description(&self) -> &'static str {
        match self {
            Shock::Turnover { .. } => {
                "A new representative joins the table; what was known of that partner is largely lost."
            }
            Shock::FundingRound { .. } => {
                "Dividing new money brings back struggle, more so among competitors and when unequal."
            }
            Shock::DisappointingResults => {
                "Results fall short; energy drops and partners look for someone to blame."
            }
            Shock::FieldChange => {
                "Competition, regulation or innovation makes the field more uncertain for a while."
            }
            Shock::PartnerExit { .. } => "A partner leaves the alliance.",
        }
    }
}

/// Applies a shock's immediate effect on the state.
pub fn hit(state: &mut State, params: &Params, shock: Shock) {
    let a = &mut state.alliance;
    match shock {
        Shock::Turnover { partner } => {
            if state.is_active(partner) {
                scale_partner_relations(state, partner, 0.4, 0.75);
                let a = &mut state.alliance;
                a.conflict_sources.personal += 0.05 * (1.0 - a.conflict_sources.personal);
                a.learning *= 0.95;
            }
        }
        Shock::FundingRound { division } => funding_round(state, division),
        Shock::DisappointingResults => {
            a.performance = (a.performance - 0.3).max(0.0);
            a.conflict_sources.identity += 0.08 * (1.0 - a.conflict_sources.identity);
            for s in state.partners.iter_mut().filter(|s| !s.left) {
                s.commitment = (s.commitment - 0.05).clamp(0.0, 1.0);
            }
        }
        Shock::FieldChange => {
            let g = &mut state.governance;
            g.field_shock = (g.field_shock + 0.3).clamp(0.0, 1.0);
        }
        Shock::PartnerExit { partner } => {
            if state.is_active(partner) {
                leave(state, partner, || format!("{} leaves the alliance", params.partners[partner].name));
            }
        }
    }
    super::conflict::total_conflict(state);
}

/// Dividing money brings back the struggle under the table: resource conflict grows with
/// competition and with inequality of the division, and trust between competing partners
/// falls, as if they were back at square one ("Ineens lijken de partners weer bij af").
fn funding_round(state: &mut State, division: Division) {
    let inequality = match division {
        Division::Equal => 0.0,
        Division::Unequal => 1.0,
    };
    let a = &mut state.alliance;
    let surge = (0.15 + 0.6 * a.competition + 0.3 * inequality).clamp(0.0, 1.0);
    a.conflict_sources.resources += surge * (1.0 - a.conflict_sources.resources);
    a.conflict_sources.identity += 0.1 * inequality * (1.0 - a.conflict_sources.identity);
    let n = state.relations.n;
    for k in 0..n * n {
        let loss = (0.3 * state.relations.competition[k] + 0.1 * inequality).clamp(0.0, 1.0);
        state.relations.trust[k] *= 1.0 - loss;
    }
}
