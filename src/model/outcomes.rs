//! Outcomes: learning, the share of effort the process takes, the value the alliance
//! produces against what the partners would produce alone, and the external profile
//! (article sections "Gaandeweg ontdekken en leren" and "Productiviteit en meerwaarde").

use super::params::{excess, scale, Params};
use super::relations::for_each_pair;
use super::state::State;

/// A partner's output for its capability and delivery reliability, relative to what it
/// produces alone: alone it works at its initial quality and the reliability partners count
/// on ([`Coefficients::expected_delivery`](super::Coefficients::expected_delivery)), so a
/// partner that delivers as usual produces its solo output within the alliance too.
fn output(size: f64, capability: f64, delivery: f64) -> f64 {
    scale(size) * (0.5 + 0.5 * capability) * (0.55 + 0.55 * delivery)
}

/// The alliance learns by doing, and faster with an active learning agenda; the learning
/// stock raises every partner's capability, most for the weaker partners who have most to
/// gain (article example "Organisatorische verbetering"). Learning fades slowly.
pub fn learn(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let a = &mut state.alliance;
    a.learning +=
        (k.learning_by_doing * a.knowledge + k.agenda_learning * a.learning_agenda) * (1.0 - a.learning);
    a.learning = (a.learning * 0.995).clamp(0.0, 1.0);
    a.learning_agenda = (a.learning_agenda * 0.98).clamp(0.0, 1.0);
    let growth = k.capability_rate * a.learning * (0.5 + 0.5 * a.knowledge);
    for s in state.partners.iter_mut().filter(|s| !s.left) {
        s.capability = (s.capability + growth * (1.0 - s.capability)).clamp(0.0, 1.0);
    }
}

/// The share of effort that goes into the process of co-operation instead of the content:
/// a base share, the rules in force, conflict, this month's interventions and the
/// coordination style (article section "De uitgangspositie": too much time and energy in
/// the process is an alarm signal).
pub fn allocate_effort(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let g = &state.governance;
    let a = &mut state.alliance;
    let over_organisation = excess(g.organisation_level, g.needed_organisation);
    a.process_share = (k.process_base
        + k.rules_process * g.organisation_level
        + k.over_organisation_process * over_organisation
        + k.conflict_process * a.conflict
        + a.effort
        + g.style.process_cost())
    .clamp(0.0, 0.95);
}

/// The value the alliance produces this month. Each partner delivers output according to
/// its scale, capability and delivery reliability; pairs of partners add synergy in
/// proportion to how complementary their expertise is, how much they trust and know each
/// other and how well their representatives get on, amplified by shared vision and values,
/// learning and the use of each other's strengths. Only the content share of effort produces, conflict
/// drags, an external profile opens doors, and a strategy sharpened by dissent makes all of it
/// count for more. The yardstick is the solo value: what the partners still in would produce
/// alone, at their initial quality, since alone they would not have learned from each other.
pub fn produce_value(state: &mut State, params: &Params) {
    let k = &params.coefficients;
    let mut base = 0.0;
    let mut solo = 0.0;
    let outputs = &mut state.outputs;
    outputs.clear();
    for (s, p) in state.partners.iter().zip(&params.partners) {
        let out = output(p.size, s.capability, s.delivery);
        outputs.push(out);
        if !s.left {
            base += out;
            solo += p.solo_output(k);
        }
    }
    let others = (state.alliance.active as f64 - 1.0).max(1.0);
    let r = &state.relations;
    // Tables of one known length need one bounds check per pair instead of four; with four the
    // compiler ran out of registers and kept the running sum in memory.
    let cells = r.n * r.n;
    let (weight, trust, knowledge, fit) =
        (&r.synergy[..cells], &r.trust[..cells], &r.knowledge[..cells], &r.fit[..cells]);
    let mut synergy = 0.0;
    for_each_pair(&r.active, r.n, |i, j, pk| {
        let fit = 0.7 + 0.6 * fit[pk];
        synergy += weight[pk] * trust[pk] * knowledge[pk] * fit * (outputs[i] * outputs[j]).sqrt();
    });
    synergy /= others;
    let a = &mut state.alliance;
    let amplifier = (0.5 + k.vision_amplifies * a.shared_vision + k.alignment_amplifies * a.value_alignment)
        * (1.0 + k.learning_amplifies * a.learning)
        * (1.0 + k.strengths_amplify * a.strengths_use * a.knowledge);
    let value = (1.0 - a.process_share)
        * (base + k.synergy_gain * synergy * amplifier)
        * (1.0 - k.conflict_drag * a.conflict)
        * (1.0 + k.profile_gain * a.external_profile)
        * (1.0 + k.strategy_gain * a.strategy_focus);
    a.monthly_value = if a.active >= 2 { value } else { 0.0 };
    a.monthly_solo = solo;
    a.value += a.monthly_value;
    a.solo_value += solo;
    let ratio = if solo > 0.0 { a.monthly_value / solo } else { 0.0 };
    a.performance = (a.performance + k.performance_rate * (ratio - a.performance)).clamp(0.0, 3.0);
}

/// Results and unity build the alliance's external profile, which fades without care;
/// sharpened strategy and the use of strengths fade slowly too, and this month's effort is
/// spent.
pub fn carry_over(state: &mut State) {
    let a = &mut state.alliance;
    a.external_profile = (a.external_profile * 0.99 + 0.005 * a.shared_vision * a.trust).clamp(0.0, 1.0);
    a.strategy_focus = (a.strategy_focus * 0.99).clamp(0.0, 1.0);
    a.strengths_use = (a.strengths_use * 0.995).clamp(0.0, 1.0);
    a.effort = 0.0;
}
