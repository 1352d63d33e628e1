//! Governance: trust versus control (De Man 2006) and proportional organisation (Kaats &
//! Opheij 2014), article section "Start" ("Werkafspraken: balans tussen vertrouwen en
//! controle").

use super::params::Params;
use super::state::State;

/// Measures the two uncertainties and what they call for.
///
/// Relational uncertainty is high when partners do not know each other, compete, or differ
/// in culture and values. Field uncertainty is the scenario's level plus recent field
/// shocks. Relational uncertainty calls for control, field uncertainty for trust, so the
/// fitting control level is 0.5 + slope × (relational − field). The organisation the
/// situation needs grows with relational uncertainty and with the number of partners.
pub fn assess_uncertainty(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let a = &state.alliance;
    let relational = (k.unknown_uncertainty * (1.0 - a.knowledge)
        + k.competition_uncertainty * a.competition
        + k.difference_uncertainty * (0.5 * a.heterogeneity + 0.5 * a.value_distance))
        .clamp(0.0, 1.0);
    let g = &mut state.governance;
    g.relational_uncertainty = relational;
    g.field_uncertainty = (params.field_uncertainty + g.field_shock).clamp(0.0, 1.0);
    g.fitting_control = (0.5 + k.contingency_slope * (relational - g.field_uncertainty)).clamp(0.0, 1.0);
    let n = a.active as f64;
    let breadth = ((n - 2.0) / (n + 8.0)).max(0.0);
    g.needed_organisation =
        (k.base_organisation + k.relational_organisation * relational + k.breadth_organisation * breadth)
            .clamp(0.0, 1.0);
}

/// The rules in force drift slowly towards what the governance stance produces: the
/// organisation the situation needs, plus as much as the control level exceeds the fitting
/// level (control beyond what fits writes extra rules and procedures; trust beyond what fits
/// lets needed ones lapse). Rules, once written, persist for years, so the organisation an
/// alliance starts with shapes its first years, and one that fitted at the start can become
/// a straitjacket once partners know each other (the country coordinators that became
/// counter-productive after three years, Kaats & Opheij 2014). A controlling coordinator keeps
/// adding formats and checklists until a steering conversation agrees how to steer. Field
/// shocks fade.
pub fn adapt_organisation(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let g = &mut state.governance;
    let formats = g.style.is_controlling() && !g.steering_agreed;
    let stance = g.needed_organisation + k.stance_weight * (g.control - g.fitting_control);
    let aim = (if formats { stance + k.formats_organisation } else { stance }).clamp(0.0, 1.0);
    g.organisation_level =
        (g.organisation_level + k.organisation_drift * (aim - g.organisation_level)).clamp(0.0, 1.0);
    g.field_shock = (g.field_shock * k.field_shock_persistence).clamp(0.0, 1.0);
}
