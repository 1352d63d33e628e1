//! Turbulence: shocks from inside and outside the alliance (article section "Inzichten in
//! alliantiesturing": "Vertrek van personen, voortsudderende conflicten, ... teleurstellende
//! resultaten"; "de verdeling van een volgende ronde donor- of subsidiegeld").

use serde::{Deserialize, Serialize};

use super::events::{EventWhat, ExitReason};
use super::params::Params;
use super::partner::leave;
use super::relations::{for_each_pair, scale_partner_relations, Relations};
use super::state::State;

/// How the money of a funding round is divided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Division {
    /// Everyone gets an equal share.
    Equal,
    /// The money follows size and position: some partners get much more.
    Unequal,
    /// The partner in the weakest position gets nothing ("uitsluiting").
    Exclusion,
}

impl Division {
    /// Names accepted in scenario files.
    pub const NAMES: [&'static str; 3] = ["equal", "unequal", "exclusion"];

    /// The name of this division in scenario files, one of [`Division::NAMES`].
    pub fn name(&self) -> &'static str {
        match self {
            Division::Equal => "equal",
            Division::Unequal => "unequal",
            Division::Exclusion => "exclusion",
        }
    }

    /// How unequal the division is: 0 equal, 1 unequal; exclusion is unequal too.
    pub fn inequality(&self) -> f64 {
        match self {
            Division::Equal => 0.0,
            Division::Unequal | Division::Exclusion => 1.0,
        }
    }
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

    /// Whether the shock leaves one partner out (a funding round with an exclusion), whom its
    /// event names.
    pub fn excludes(&self) -> bool {
        matches!(self, Shock::FundingRound { division: Division::Exclusion })
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
            Shock::FundingRound { division: Division::Exclusion } => "Funding round (one partner excluded)",
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

/// How much unclear decision-making and escalation lines amplify a shock: 1 at the default
/// clarity of 0.5, more when it is unclear who decides and where a dispute goes, less when
/// that is clear (article section "Inzichten in alliantiesturing": "onduidelijke
/// escalatielijnen").
pub fn amplification(state: &State, params: &Params) -> f64 {
    1.0 + params.coefficients.unclear_amplifies * (0.5 - state.governance.decision_clarity)
}

/// Applies a shock's immediate effect on the state. Every shock acts through the state it
/// meets: how hard it hits depends on trust, competition and the clarity of decision-making.
pub fn hit(state: &mut State, params: &Params, shock: Shock) {
    let amp = amplification(state, params);
    match shock {
        Shock::Turnover { partner } => {
            if state.is_active(partner) {
                scale_partner_relations(state, partner, 0.3, 0.7);
                let seed = state.fit_seed ^ u64::from(state.month).rotate_left(40);
                state.relations.draw_fit(partner, seed, params.coefficients.fit_spread);
                let a = &mut state.alliance;
                a.conflict_sources.personal += 0.05 * amp * (1.0 - a.conflict_sources.personal);
                a.learning *= 0.95;
            }
        }
        Shock::FundingRound { division } => funding_round(state, division, amp),
        Shock::DisappointingResults => {
            let a = &mut state.alliance;
            a.performance = (a.performance - 0.3 * amp).max(0.0);
            a.conflict_sources.identity += 0.08 * amp * (1.0 - a.conflict_sources.identity);
            for s in state.partners.iter_mut().filter(|s| !s.left) {
                s.commitment = (s.commitment - 0.05 * amp).clamp(0.0, 1.0);
                s.backing = (s.backing - 0.1 * amp).clamp(0.0, 1.0);
            }
        }
        Shock::FieldChange => {
            let g = &mut state.governance;
            g.field_shock = (g.field_shock + 0.3).clamp(0.0, 1.0);
        }
        Shock::PartnerExit { partner } => {
            if state.is_active(partner) {
                leave(state, partner, || EventWhat::PartnerLeft {
                    partner: params.partners[partner].name.clone(),
                    reason: ExitReason::Shock,
                });
            }
        }
    }
    super::conflict::total_conflict(state);
}

/// Dividing money brings back the struggle under the table: resource conflict grows with
/// competition and with inequality of the division, and trust between competing partners
/// falls, as if they were back at square one ("Ineens lijken de partners weer bij af"). Trust
/// built up absorbs much of it: partners who trust each other fight less over the money. When
/// one partner is left out altogether, it withdraws and its constituency turns against the
/// alliance.
fn funding_round(state: &mut State, division: Division, amp: f64) {
    let inequality = division.inequality();
    let a = &mut state.alliance;
    let absorbed = 1.2 - 0.8 * a.trust;
    let surge = (amp * absorbed * (0.2 + 0.5 * a.competition + 0.25 * inequality)).clamp(0.0, 1.0);
    a.conflict_sources.resources += surge * (1.0 - a.conflict_sources.resources);
    a.conflict_sources.identity += amp * 0.1 * inequality * (1.0 - a.conflict_sources.identity);
    let Relations { n, active, trust, competition, .. } = &mut state.relations;
    for_each_pair(active, *n, |_, _, k| {
        let loss = (amp * (1.0 - 0.5 * trust[k]) * (0.3 * competition[k] + 0.1 * inequality)).clamp(0.0, 1.0);
        trust[k] *= 1.0 - loss;
    });
    if division == Division::Exclusion {
        exclude_weakest(state, amp);
    }
}

/// The partner still in with the lowest perceived rank, whom a funding round with an
/// exclusion leaves out.
pub(super) fn weakest_partner(state: &State) -> Option<usize> {
    state
        .partners
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.left)
        .min_by(|a, b| a.1.rank.total_cmp(&b.1.rank))
        .map(|(i, _)| i)
}

/// The partner in the weakest position (lowest perceived rank) gets nothing: its commitment
/// and its constituency's backing drop, it trusts the others less, and the alliance argues
/// over who belongs ("uitsluiting").
fn exclude_weakest(state: &mut State, amp: f64) {
    let Some(p) = weakest_partner(state) else { return };
    let s = &mut state.partners[p];
    s.commitment = (s.commitment - 0.2 * amp).clamp(0.0, 1.0);
    s.backing = (s.backing - 0.3 * amp).clamp(0.0, 1.0);
    let n = state.relations.n;
    for j in 0..n {
        if j != p {
            state.relations.trust[p * n + j] *= (1.0 - 0.3 * amp).clamp(0.0, 1.0);
        }
    }
    let a = &mut state.alliance;
    a.conflict_sources.identity += 0.1 * amp * (1.0 - a.conflict_sources.identity);
}
