//! Actions: what a scenario schedule or a user can do to a running alliance. Each takes
//! effect at the start of the month after it is given and is logged as an event.

use serde::{Deserialize, Serialize};

use super::coordination::CoordinationStyle;
use super::events::{EventWhat, PartnerName, Repeat};
use super::interventions::{freshness, intervene, Intervention};
use super::params::Params;
use super::shocks::{hit, Division, Shock};
use super::state::State;

/// Something done to the alliance from outside the monthly rules.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Apply an intervention.
    Intervention(Intervention),
    /// Let a shock hit.
    Shock(Shock),
    /// Switch the coordination style.
    SetStyle(CoordinationStyle),
    /// Set the governance control level, 0..=1.
    SetControl(f64),
    /// Set the turbulence level, 0..=1: at 1 a random shock hits one month in five.
    SetTurbulence(f64),
}

impl Action {
    /// English label for the UI.
    pub fn label(&self) -> &'static str {
        match self {
            Action::Intervention(i) => i.label(),
            Action::Shock(s) => s.label(),
            Action::SetStyle(s) => s.label(),
            Action::SetControl(_) => "Set control level",
            Action::SetTurbulence(_) => "Set turbulence",
        }
    }

    /// The partner this action names, if it names one.
    pub fn partner(&self) -> Option<usize> {
        match self {
            Action::Intervention(i) => i.partner(),
            Action::Shock(s) => s.partner(),
            Action::SetStyle(style) => style.coordinator(),
            Action::SetControl(_) | Action::SetTurbulence(_) => None,
        }
    }
}

/// Applies one action and logs it. Actions naming a partner that does not exist or has left
/// do nothing but are still logged, so the user sees why nothing happened. The log entry is
/// described only when the run narrates: ensembles apply thousands of actions, and building
/// strings is slow, in wasm most of all.
pub fn apply_action(state: &mut State, params: &Params, action: Action) {
    let name = |p: usize| match params.partners.get(p) {
        Some(partner) => PartnerName::Known(partner.name.clone()),
        None => PartnerName::Unknown,
    };
    match action {
        Action::Intervention(i) => {
            let since = state.last_done[i.index()].map(|m| state.month - m);
            intervene(state, params, i);
            state.last_boost = Some((state.month, action));
            state.record(|_| {
                let repeat = since
                    .map(|months| Repeat {
                        months,
                        share: freshness(f64::from(months), &params.coefficients),
                    })
                    .filter(|repeat| repeat.share < 1.0);
                EventWhat::Intervention { intervention: i, partner: i.partner().map(name), repeat }
            });
        }
        Action::Shock(s) => {
            // The excluded partner is named as the round finds it, before the round moves ranks.
            let partner = if s.excludes() { super::shocks::weakest_partner(state) } else { s.partner() };
            hit(state, params, s);
            state.last_setback = Some((state.month, action));
            state.record(|_| EventWhat::Shock { shock: s, partner: partner.map(name) });
        }
        Action::SetStyle(style) => {
            let valid = style.coordinator().is_none_or(|partner| state.is_active(partner));
            if valid && state.governance.style != style {
                state.governance.style = style;
                state.governance.steering_agreed = false;
            }
            let driver = Some((state.month, action));
            if style.is_controlling() {
                state.last_setback = driver;
            } else {
                state.last_boost = driver;
            }
            state.record(|_| EventWhat::Coordination { style, partner: style.coordinator().map(name) });
        }
        Action::SetControl(c) => {
            if c.is_finite() {
                state.governance.control = c.clamp(0.0, 1.0);
            }
            state.record(|s| EventWhat::Control {
                level: s.governance.control,
                fitting: s.governance.fitting_control,
            });
        }
        Action::SetTurbulence(t) => {
            if t.is_finite() {
                state.governance.turbulence = t.clamp(0.0, 1.0);
            }
            state.record(|s| EventWhat::Turbulence { level: s.governance.turbulence });
        }
    }
}

/// Monthly chance of a random shock at full turbulence (level 1): one every five months on
/// average. Turbulence is a level from calm (0) to this, so that a small step of the level is
/// a small step of the chance, as for every other level of the model.
pub const SHOCK_RATE_AT_FULL_TURBULENCE: f64 = 0.2;

/// A random shock at the turbulence rate: a representative leaves, a funding round (equal,
/// unequal or excluding one partner), a disappointment or a field change (article section
/// "Inzichten in alliantiesturing"). Always uses the same four draws, so that runs stay
/// paired across arms.
pub fn turbulence(state: &mut State, params: &Params, draws: [f64; 4]) {
    let chance = SHOCK_RATE_AT_FULL_TURBULENCE * state.governance.turbulence;
    if draws[0] >= chance || state.alliance.active < 2 {
        return;
    }
    let n = state.partners.len();
    let partner = ((draws[2] * n as f64) as usize).min(n - 1);
    let shock = match (draws[1] * 4.0) as usize {
        0 => Shock::Turnover { partner },
        1 => Shock::FundingRound {
            division: match (draws[3] * 3.0) as usize {
                0 => Division::Equal,
                1 => Division::Unequal,
                _ => Division::Exclusion,
            },
        },
        2 => Shock::DisappointingResults,
        _ => Shock::FieldChange,
    };
    if let Shock::Turnover { partner } = shock {
        if !state.is_active(partner) {
            return;
        }
    }
    apply_action(state, params, Action::Shock(shock));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::fixtures;
    use crate::model::rng_for_seed;

    #[test]
    fn a_repeated_intervention_says_how_little_it_adds_so_soon() {
        let params = fixtures::params(3);
        let mut state = State::new(&params, &mut rng_for_seed(1));
        state.month = 10;
        let get_to_know = Action::Intervention(Intervention::GetToKnow);
        apply_action(&mut state, &params, get_to_know);
        apply_action(&mut state, &params, get_to_know);
        state.month = 13;
        apply_action(&mut state, &params, get_to_know);
        state.month = 30;
        apply_action(&mut state, &params, get_to_know);
        let texts: Vec<&str> = state.events.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Get to know each other",
                "Get to know each other (again after 0 months: adds only 0 % of its effect so soon)",
                "Get to know each other (again after 3 months: adds only 25 % of its effect so soon)",
                "Get to know each other",
            ]
        );
    }
}
