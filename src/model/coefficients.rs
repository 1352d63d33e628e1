//! Every coefficient of the model's rules in one documented struct, as rapier keeps its
//! `IntegrationParameters`: what it means, its unit or range, its default, and the passage of
//! the article (or the literature the article cites) it stands for. `docs/MODEL.md` names
//! the same fields next to each rule's formula.
//!
//! Rates are per month; levels, shares and weights are on the model's 0..=1 scales unless a
//! field states another range. Only the thresholds that define the phases stay constants in
//! `phases.rs`: they name the phases rather than a rule's strength.

/// The coefficients of the monthly rules. [`Coefficients::default`] is the calibrated model;
/// tests and experiments may change single fields to probe one mechanism.
#[derive(Clone, Debug, PartialEq)]
pub struct Coefficients {
    // --- Partners' own variability (personal fit and the climate of the table) ---
    /// Spread of the representatives' personal fit around 0.5 (half-width of the triangular
    /// distribution, 0..=0.5; default 0.45). "Persoonlijke verschillen": people at the table
    /// who do or do not get on.
    pub fit_spread: f64,
    /// Month-to-month persistence of the climate at the table (AR(1) coefficient, 0..1,
    /// default 0.95): good and bad periods last a year or two, as people and moods at the
    /// table do.
    pub climate_persistence: f64,
    /// How much the climate changes the outcome of a meeting or intervention: its effect is
    /// scaled by 1 + this × climate, within 0.4..=1.6 (default 0.25).
    pub meeting_luck: f64,

    // --- The waterline and trust (section "Start") ---
    /// Monthly share of the remaining unknown that working together uncovers (default 0.012).
    pub knowledge_rate: f64,
    /// Monthly rate at which trust grows towards what a partner has seen (default 0.045).
    pub trust_build_rate: f64,
    /// Monthly rate at which trust falls towards what a partner has seen when that is lower
    /// (default 0.135, three times the building rate: trust is built slowly and destroyed
    /// quickly, Slovic 1993's asymmetry principle).
    pub trust_erode_rate: f64,
    /// Trust the shared ambition gives before partners know each other (default 0.3,
    /// "ambitie leidend en bindend").
    pub ambition_trust: f64,
    /// Delivery reliability partners count on from each other (0..=1, default 0.7):
    /// delivering more is a kept promise, less a broken one. A partner working alone works at
    /// this reliability too, so it sets the solo value, the yardstick of added value.
    pub expected_delivery: f64,
    /// Weight of a delivery shortfall (a broken promise) in the trust target, against 1 for a
    /// delivery surplus (1..=4, default 2: a broken promise costs twice what a kept one earns).
    pub broken_promise_weight: f64,
    /// Factor by which an independent chair speeds up getting to know each other (1..=2, default
    /// 1.25): a chair brings parties together (Schruijer & Vansina 2007).
    pub chair_knowing: f64,
    /// Factor by which an independent chair speeds up building trust (1..=2, default 1.4): a chair
    /// attends to building trust (Schruijer & Vansina 2007).
    pub chair_trust: f64,
    /// Weight of what a partner has seen of another (knowledge times kept promises) in the
    /// trust target (default 0.8).
    pub seen_trust: f64,
    /// Trust-target drop per unit of conflict (default 0.25).
    pub conflict_trust: f64,
    /// Trust-target drop per unit of competition between the pair (default 0.2): the arena
    /// under the table.
    pub competition_trust: f64,
    /// Trust-target shift per unit of personal fit away from 0.5 (default 0.3).
    pub fit_trust: f64,
    /// Trust-target shift per unit of climate (default 0.1).
    pub climate_trust: f64,
    /// Weight of expertise dissimilarity in a pair's heterogeneity, against 0.25 per unit of
    /// cultural difference (quality and commercial orientation; default 0.58): partners from
    /// different professions misunderstand each other at first more than partners who do the
    /// same work ("verschillen in kennis, professionaliteit en cultuur", article section
    /// "Start").
    pub heterogeneity_expertise: f64,

    // --- Governance (De Man 2006; Kaats & Opheij 2014) ---
    /// Weight of the unknown (1 − mutual knowledge) in relational uncertainty (default 0.5):
    /// partners who do not know each other cannot predict each other (De Man 2006).
    pub unknown_uncertainty: f64,
    /// Weight of competition between partners in relational uncertainty (default 0.25).
    pub competition_uncertainty: f64,
    /// Weight of differences in culture and values in relational uncertainty (default 0.25).
    pub difference_uncertainty: f64,
    /// How strongly relational minus field uncertainty moves the fitting control level
    /// (default 0.7).
    pub contingency_slope: f64,
    /// Organisation (rules and procedures) any alliance needs, before uncertainty and
    /// breadth add to it (0..=1, default 0.1).
    pub base_organisation: f64,
    /// Organisation needed per unit of relational uncertainty (default 0.7): the less
    /// partners can predict each other, the more they must agree (Kaats & Opheij 2014).
    pub relational_organisation: f64,
    /// Organisation needed at the full breadth of a large alliance (default 0.2): more
    /// partners need more agreed roles and procedures.
    pub breadth_organisation: f64,
    /// How many rules a control level away from the fitting one writes (or lets lapse) per
    /// unit of the difference (default 0.4).
    pub stance_weight: f64,
    /// Monthly drift of the rules in force towards what the governance stance produces
    /// (default 0.012): rules, once written, persist for years.
    pub organisation_drift: f64,
    /// Extra organisation a controlling coordinator's formats and checklists aim for (0.2).
    pub formats_organisation: f64,
    /// Month-to-month persistence of a field shock's uncertainty (0..1, default 0.95): it
    /// fades by 5 % a month.
    pub field_shock_persistence: f64,

    // --- Coordination (Schruijer & Vansina 2007; example "Obstakels overwinnen in de
    // coördinatie") ---
    /// Monthly growth of reactance under a controlling coordinator (default 0.04).
    pub reactance_rate: f64,
    /// Share of that growth left once a steering conversation has produced agreements
    /// partners want to keep (0..=1, default 0.15). The coordinator's power conflict shrinks
    /// by the same share.
    pub agreed_reactance: f64,
    /// Level towards which reactance grows: partners respond minimally but do not revolt
    /// (0..=1, default 0.5).
    pub reactance_ceiling: f64,
    /// Monthly fading of reactance when nobody imposes control (default 0.03).
    pub reactance_decay: f64,
    /// Monthly growth of the coordinator's perceived rank, its power position (default 0.01).
    pub power_gain: f64,
    /// Share of the controlling coordinator's power gain that a lead partner still gets
    /// (0..=1, default 0.2): the function brings some standing, but it holds agreed powers
    /// only.
    pub lead_power_share: f64,
    /// Monthly rate at which a coordinating style moves decision clarity towards its aim
    /// (default 0.02).
    pub clarity_rate: f64,

    // --- Size and voice ---
    /// Weight of a partner's size share in its target rank (default 0.6).
    pub size_rank: f64,
    /// Monthly rate at which partners' value profiles drift towards the voice-weighted centre
    /// once they understand each other (default 0.01): the large partners' values become the
    /// alliance's, the small ones' are lost unless given room.
    pub value_drift: f64,
    /// Room a partner's voice gets, at most, once it has explained its value, in multiples of
    /// its size's voice (0..=5, default 2): as much as an average partner's size would give it.
    pub room_gain: f64,
    /// Identity-conflict inflow at full dominance of one partner (default 0.03).
    pub dominance_conflict: f64,

    // --- Vision and values (section "Start": "Ontwikkel visie en waarden") ---
    /// Monthly growth of shared vision and common language from knowing and trusting each
    /// other (default 0.02).
    pub vision_rate: f64,
    /// Share of the value distance that full understanding bridges (0..=1, default 0.6).
    pub understanding_bridge: f64,

    // --- Conflict and its four sources (section "De uitgangspositie") ---
    /// Resource-conflict inflow at full competition between partners who do not trust each
    /// other (default 0.02): the arena under the table.
    pub competition_conflict: f64,
    /// Resource-conflict inflow per unit of missing organisation (default 0.12): without
    /// agreed division of the work, partners dispute who does what.
    pub unclear_division_conflict: f64,
    /// Value-conflict inflow at full value distance that neither understanding nor knowing
    /// each other has bridged (default 0.06).
    pub value_conflict: f64,
    /// Identity-conflict inflow at a full ranking without a shared vision (default 0.03):
    /// "Ontstaan rangorde".
    pub ranking_conflict: f64,
    /// Identity-conflict inflow per month while a controlling coordinator holds a power
    /// position (default 0.012; [`Coefficients::agreed_reactance`] of it once a steering
    /// conversation has agreed how to steer).
    pub power_conflict: f64,
    /// Personal-conflict inflow at full heterogeneity between strangers at neutral friction
    /// (default 0.15): different cultures misunderstand each other.
    pub heterogeneity_conflict: f64,
    /// Personal-conflict inflow per unit of control short of what relational uncertainty
    /// calls for (default 0.03, De Man 2006).
    pub under_control_conflict: f64,
    /// Misunderstanding per month per unit of missing organisation (default 0.02): without
    /// agreed roles, tasks and procedures partners read each other's moves wrongly
    /// (under-organisation, Kaats & Opheij 2014).
    pub unclear_agreements: f64,
    /// Share of the personal friction that remains with an independent chair at the table
    /// (0..=1, default 0.7).
    pub chair_calm: f64,
    /// Share of each conflict source resolved per month without help (default 0.03).
    pub base_resolution: f64,
    /// Extra share resolved per month at full trust (default 0.06).
    pub trust_resolution: f64,
    /// Extra share resolved per month at full mutual knowledge (default 0.03): partners who
    /// know what lies below each other's waterline recognise a misunderstanding as one and
    /// talk it out (article section "Start": "wat onder de waterlijn ligt").
    pub knowledge_resolution: f64,
    /// Relative change of resolution per unit of climate (default 0.15): in a good period
    /// partners talk things out more easily.
    pub climate_resolution: f64,
    /// Extra share resolved per month with an independent chair who handles different
    /// interests (default 0.07).
    pub chair_resolution: f64,

    // --- The constituency (achterban) ---
    /// Monthly rate at which a partner's own organisation's backing moves (default 0.05).
    pub backing_rate: f64,
    /// How far backing can hold commitment above itself (default 0.15).
    pub backing_slack: f64,

    // --- Commitment ("energie"; De Man 2006) ---
    /// Commitment a partner brings before anything the alliance gives or takes (default 0.45).
    pub commitment_base: f64,
    /// Commitment per unit of a partner's long-term orientation (default 0.2).
    pub long_term_commitment: f64,
    /// How much more committed a partner whose survival depends on the alliance is than one
    /// for which it is only an opportunity (default 0.2; "Het maakt veel uit of een alliantie
    /// cruciaal is voor het overleven van een organisatie, of dat ze eerder een kans biedt",
    /// article section "Start").
    pub dependency_binds: f64,
    /// Commitment per unit of success against expectation (default 0.3): visible results
    /// energise.
    pub success_commitment: f64,
    /// Commitment per unit of shared vision beyond 0.3 (default 0.15).
    pub vision_commitment: f64,
    /// Commitment lost per unit of conflict (default 0.35).
    pub conflict_commitment: f64,
    /// Commitment lost per unit of control beyond the fitting level (default 0.4): control
    /// "perkt energie in" (De Man 2006).
    pub over_control_commitment: f64,
    /// Commitment lost per unit of organisation beyond what is needed (default 0.4): the
    /// "keurslijf" of too many rules.
    pub over_organisation_commitment: f64,
    /// Commitment lost per unit of process share beyond [`Coefficients::chore_share`]
    /// (0..=3, default 1.5): co-operation that has become a chore ("corvee") drains energy fast.
    pub chore_commitment: f64,
    /// Commitment gained (or lost) by a partner heard twice as much as an equal share (or
    /// not at all; default 0.05).
    pub voice_commitment: f64,
    /// Commitment lost per unit of reactance to a controlling coordinator (default 0.3).
    pub reactance_commitment: f64,
    /// Share of commitment, at full constituency pull, held within reach of the backing of
    /// the partner's own organisation (0..=1, default 0.4).
    pub constituency_hold: f64,
    /// Monthly rate at which commitment moves towards what the alliance gives the partner
    /// (default 0.05).
    pub commitment_rate: f64,
    /// Size of the monthly random change in commitment (uniform, ±; default 0.02): a
    /// representative's energy varies with what happens at home and at the table.
    pub commitment_noise: f64,

    // --- Delivery reliability (example "Obstakels overwinnen in de coördinatie") ---
    /// Delivery reliability before capability and commitment add to it (default 0.25).
    pub delivery_base: f64,
    /// Delivery reliability per unit of capability (default 0.35).
    pub capability_delivery: f64,
    /// Delivery reliability per unit of commitment (default 0.35).
    pub commitment_delivery: f64,
    /// Delivery reliability lost per unit of reactance (default 0.4): partners who feel
    /// controlled miss deadlines and respond minimally.
    pub reactance_delivery: f64,
    /// Delivery reliability lost per unit of missing organisation (default 0.5): unclear
    /// agreements cause misses.
    pub under_organisation_delivery: f64,
    /// Delivery reliability lost per unit of process share beyond
    /// [`Coefficients::chore_share`] (default 0.5): a process that leaves too little time for
    /// the work.
    pub chore_delivery: f64,
    /// Delivery reliability per unit of climate (default 0.03): a good or bad period at the
    /// table shows in the work.
    pub climate_delivery: f64,
    /// Monthly rate at which delivery reliability moves towards what the partner can and will
    /// do (default 0.08).
    pub delivery_rate: f64,
    /// Size of the monthly random change in delivery reliability (uniform, ±; default 0.05):
    /// deadlines slip or are met for reasons of the day.
    pub delivery_noise: f64,

    // --- Decision-making and escalation lines ---
    /// How much unclear decision-making amplifies shocks: ×(1 + this × (1 − clarity))
    /// (default 0.8).
    pub unclear_amplifies: f64,

    // --- Learning (section "Gaandeweg ontdekken en leren") ---
    /// Monthly learning by doing, at full mutual knowledge (default 0.004; De Man 2006:
    /// organisations learn alliances by doing).
    pub learning_by_doing: f64,
    /// Monthly learning at a full learning agenda, on top of learning by doing (default 0.02).
    pub agenda_learning: f64,
    /// Monthly capability growth at full learning stock (default 0.02).
    pub capability_rate: f64,

    // --- The process share (section "De uitgangspositie": an alarm signal) ---
    /// Share of effort any co-operation takes for its process (default 0.06).
    pub process_base: f64,
    /// Process share per unit of the rules in force (default 0.15): meetings, reports,
    /// procedures.
    pub rules_process: f64,
    /// Extra process share per unit of organisation beyond what is needed (default 0.3).
    pub over_organisation_process: f64,
    /// Process share per unit of conflict (default 0.25): disputes take time to handle.
    pub conflict_process: f64,

    // --- Production ---
    /// How much synergy between complementary partners adds to their own output (0..=10,
    /// default 3.5).
    pub synergy_gain: f64,
    /// Synergy amplification per unit of shared vision (default 0.3), on an amplifier of 0.5
    /// without vision or aligned values: a common story lets partners build on each other.
    pub vision_amplifies: f64,
    /// Synergy amplification per unit of value alignment (default 0.2).
    pub alignment_amplifies: f64,
    /// Relative synergy gain at a full learning stock (default 0.5).
    pub learning_amplifies: f64,
    /// Relative synergy gain when partners fully use each other's strengths and know each
    /// other (default 0.5; "elkaars sterke kanten benutten").
    pub strengths_amplify: f64,
    /// Relative value gain at a full external profile (default 0.2): an alliance profiled as
    /// one unit ("extern profileren") opens doors with donors and clients.
    pub profile_gain: f64,
    /// Relative value gain at a fully sharpened strategy (default 0.5): dissent that is heard
    /// makes the work count for more.
    pub strategy_gain: f64,
    /// Share of conflict that turns into lost output (default 0.5).
    pub conflict_drag: f64,
    /// Process share above which co-operation becomes a chore (default 0.35).
    pub chore_share: f64,
    /// Value relative to solo value partners expect while building up (default 0.75).
    pub expected_performance: f64,
    /// Monthly rate at which the performance partners perceive follows this month's value
    /// relative to solo value (default 0.1): they judge by the last year or so, not a month.
    pub performance_rate: f64,

    // --- Leaving ---
    /// Commitment below which a partner with no dependency considers leaving (default 0.25).
    pub exit_threshold: f64,
    /// How far full dependency lowers that threshold (default 0.25).
    pub exit_dependency_shift: f64,
    /// Half-width of the spread of that threshold between organisations, drawn once per
    /// partner and run (default 0.1): organisations differ in how long they hold on.
    pub exit_threshold_spread: f64,
    /// Monthly probability of leaving once well below the threshold (default 0.04).
    pub exit_hazard: f64,

    // --- Interventions (Figure 1's "Doen!" actions) ---
    /// Months after which an intervention has its full effect again (1..=24, default 6). Repeating
    /// an intervention sooner still costs its full effort but adds less, with the square of
    /// the share of that time that has passed: a meeting every month tells partners little
    /// the last one did not.
    pub freshness_months: f64,
    /// Share of the gap between the rules in force and the rules needed that one round of
    /// working agreements closes (0..=1, default 0.6): agreements replace some rules and add
    /// others, but habits stay.
    pub agreements_reach: f64,
    /// Effect of a "Doen!" action one phase away from where Figure 1 puts it (default 0.6).
    pub off_phase_one: f64,
    /// Effect two phases away (default 0.35).
    pub off_phase_two: f64,
}

impl Default for Coefficients {
    fn default() -> Self {
        Coefficients {
            fit_spread: 0.45,
            climate_persistence: 0.95,
            meeting_luck: 0.25,
            knowledge_rate: 0.012,
            trust_build_rate: 0.045,
            trust_erode_rate: 0.135,
            ambition_trust: 0.3,
            expected_delivery: 0.7,
            broken_promise_weight: 2.0,
            chair_knowing: 1.25,
            chair_trust: 1.4,
            seen_trust: 0.8,
            conflict_trust: 0.25,
            competition_trust: 0.2,
            fit_trust: 0.3,
            climate_trust: 0.1,
            heterogeneity_expertise: 0.58,
            unknown_uncertainty: 0.5,
            competition_uncertainty: 0.25,
            difference_uncertainty: 0.25,
            contingency_slope: 0.7,
            base_organisation: 0.1,
            relational_organisation: 0.7,
            breadth_organisation: 0.2,
            stance_weight: 0.4,
            organisation_drift: 0.012,
            formats_organisation: 0.2,
            field_shock_persistence: 0.95,
            reactance_rate: 0.04,
            agreed_reactance: 0.15,
            reactance_ceiling: 0.5,
            reactance_decay: 0.03,
            power_gain: 0.01,
            lead_power_share: 0.2,
            clarity_rate: 0.02,
            size_rank: 0.6,
            value_drift: 0.01,
            room_gain: 2.0,
            dominance_conflict: 0.03,
            vision_rate: 0.02,
            understanding_bridge: 0.6,
            competition_conflict: 0.02,
            unclear_division_conflict: 0.12,
            value_conflict: 0.06,
            ranking_conflict: 0.03,
            power_conflict: 0.012,
            heterogeneity_conflict: 0.15,
            under_control_conflict: 0.03,
            unclear_agreements: 0.02,
            chair_calm: 0.7,
            base_resolution: 0.03,
            trust_resolution: 0.06,
            knowledge_resolution: 0.03,
            climate_resolution: 0.15,
            chair_resolution: 0.07,
            backing_rate: 0.05,
            backing_slack: 0.15,
            commitment_base: 0.45,
            long_term_commitment: 0.2,
            dependency_binds: 0.2,
            success_commitment: 0.3,
            vision_commitment: 0.15,
            conflict_commitment: 0.35,
            over_control_commitment: 0.4,
            over_organisation_commitment: 0.4,
            chore_commitment: 1.5,
            voice_commitment: 0.05,
            reactance_commitment: 0.3,
            constituency_hold: 0.4,
            commitment_rate: 0.05,
            commitment_noise: 0.02,
            delivery_base: 0.25,
            capability_delivery: 0.35,
            commitment_delivery: 0.35,
            reactance_delivery: 0.4,
            under_organisation_delivery: 0.5,
            chore_delivery: 0.5,
            climate_delivery: 0.03,
            delivery_rate: 0.08,
            delivery_noise: 0.05,
            unclear_amplifies: 0.8,
            learning_by_doing: 0.004,
            agenda_learning: 0.02,
            capability_rate: 0.02,
            process_base: 0.06,
            rules_process: 0.15,
            over_organisation_process: 0.3,
            conflict_process: 0.25,
            synergy_gain: 3.5,
            vision_amplifies: 0.3,
            alignment_amplifies: 0.2,
            learning_amplifies: 0.5,
            strengths_amplify: 0.5,
            profile_gain: 0.2,
            strategy_gain: 0.5,
            conflict_drag: 0.5,
            chore_share: 0.35,
            expected_performance: 0.75,
            performance_rate: 0.1,
            exit_threshold: 0.25,
            exit_dependency_shift: 0.25,
            exit_threshold_spread: 0.1,
            exit_hazard: 0.04,
            freshness_months: 6.0,
            agreements_reach: 0.6,
            off_phase_one: 0.6,
            off_phase_two: 0.35,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every default lies in its documented range: 0..=1 for the rates, shares and weights,
    /// the stated range for the few factors, multiples and counts of months. The struct is
    /// taken apart field by field, so a new coefficient without a row here does not compile.
    #[test]
    fn every_default_lies_in_its_documented_range() {
        let Coefficients {
            fit_spread,
            climate_persistence,
            meeting_luck,
            knowledge_rate,
            trust_build_rate,
            trust_erode_rate,
            ambition_trust,
            expected_delivery,
            broken_promise_weight,
            chair_knowing,
            chair_trust,
            seen_trust,
            conflict_trust,
            competition_trust,
            fit_trust,
            climate_trust,
            heterogeneity_expertise,
            unknown_uncertainty,
            competition_uncertainty,
            difference_uncertainty,
            contingency_slope,
            base_organisation,
            relational_organisation,
            breadth_organisation,
            stance_weight,
            organisation_drift,
            formats_organisation,
            field_shock_persistence,
            reactance_rate,
            agreed_reactance,
            reactance_ceiling,
            reactance_decay,
            power_gain,
            lead_power_share,
            clarity_rate,
            size_rank,
            value_drift,
            room_gain,
            dominance_conflict,
            vision_rate,
            understanding_bridge,
            competition_conflict,
            unclear_division_conflict,
            value_conflict,
            ranking_conflict,
            power_conflict,
            heterogeneity_conflict,
            under_control_conflict,
            unclear_agreements,
            chair_calm,
            base_resolution,
            trust_resolution,
            knowledge_resolution,
            climate_resolution,
            chair_resolution,
            backing_rate,
            backing_slack,
            commitment_base,
            long_term_commitment,
            dependency_binds,
            success_commitment,
            vision_commitment,
            conflict_commitment,
            over_control_commitment,
            over_organisation_commitment,
            chore_commitment,
            voice_commitment,
            reactance_commitment,
            constituency_hold,
            commitment_rate,
            commitment_noise,
            delivery_base,
            capability_delivery,
            commitment_delivery,
            reactance_delivery,
            under_organisation_delivery,
            chore_delivery,
            climate_delivery,
            delivery_rate,
            delivery_noise,
            unclear_amplifies,
            learning_by_doing,
            agenda_learning,
            capability_rate,
            process_base,
            rules_process,
            over_organisation_process,
            conflict_process,
            synergy_gain,
            vision_amplifies,
            alignment_amplifies,
            learning_amplifies,
            strengths_amplify,
            profile_gain,
            strategy_gain,
            conflict_drag,
            performance_rate,
            chore_share,
            expected_performance,
            exit_threshold,
            exit_dependency_shift,
            exit_threshold_spread,
            exit_hazard,
            freshness_months,
            agreements_reach,
            off_phase_one,
            off_phase_two,
        } = Coefficients::default();
        let table = [
            ("fit_spread", fit_spread, 0.0, 1.0),
            ("climate_persistence", climate_persistence, 0.0, 1.0),
            ("meeting_luck", meeting_luck, 0.0, 1.0),
            ("knowledge_rate", knowledge_rate, 0.0, 1.0),
            ("trust_build_rate", trust_build_rate, 0.0, 1.0),
            ("trust_erode_rate", trust_erode_rate, 0.0, 1.0),
            ("ambition_trust", ambition_trust, 0.0, 1.0),
            ("expected_delivery", expected_delivery, 0.0, 1.0),
            ("broken_promise_weight", broken_promise_weight, 1.0, 4.0),
            ("chair_knowing", chair_knowing, 1.0, 2.0),
            ("chair_trust", chair_trust, 1.0, 2.0),
            ("seen_trust", seen_trust, 0.0, 1.0),
            ("conflict_trust", conflict_trust, 0.0, 1.0),
            ("competition_trust", competition_trust, 0.0, 1.0),
            ("fit_trust", fit_trust, 0.0, 1.0),
            ("climate_trust", climate_trust, 0.0, 1.0),
            ("heterogeneity_expertise", heterogeneity_expertise, 0.0, 1.0),
            ("unknown_uncertainty", unknown_uncertainty, 0.0, 1.0),
            ("competition_uncertainty", competition_uncertainty, 0.0, 1.0),
            ("difference_uncertainty", difference_uncertainty, 0.0, 1.0),
            ("contingency_slope", contingency_slope, 0.0, 1.0),
            ("base_organisation", base_organisation, 0.0, 1.0),
            ("relational_organisation", relational_organisation, 0.0, 1.0),
            ("breadth_organisation", breadth_organisation, 0.0, 1.0),
            ("stance_weight", stance_weight, 0.0, 1.0),
            ("organisation_drift", organisation_drift, 0.0, 1.0),
            ("formats_organisation", formats_organisation, 0.0, 1.0),
            ("field_shock_persistence", field_shock_persistence, 0.0, 1.0),
            ("reactance_rate", reactance_rate, 0.0, 1.0),
            ("agreed_reactance", agreed_reactance, 0.0, 1.0),
            ("reactance_ceiling", reactance_ceiling, 0.0, 1.0),
            ("reactance_decay", reactance_decay, 0.0, 1.0),
            ("power_gain", power_gain, 0.0, 1.0),
            ("lead_power_share", lead_power_share, 0.0, 1.0),
            ("clarity_rate", clarity_rate, 0.0, 1.0),
            ("size_rank", size_rank, 0.0, 1.0),
            ("value_drift", value_drift, 0.0, 1.0),
            ("room_gain", room_gain, 0.0, 5.0),
            ("dominance_conflict", dominance_conflict, 0.0, 1.0),
            ("vision_rate", vision_rate, 0.0, 1.0),
            ("understanding_bridge", understanding_bridge, 0.0, 1.0),
            ("competition_conflict", competition_conflict, 0.0, 1.0),
            ("unclear_division_conflict", unclear_division_conflict, 0.0, 1.0),
            ("value_conflict", value_conflict, 0.0, 1.0),
            ("ranking_conflict", ranking_conflict, 0.0, 1.0),
            ("power_conflict", power_conflict, 0.0, 1.0),
            ("heterogeneity_conflict", heterogeneity_conflict, 0.0, 1.0),
            ("under_control_conflict", under_control_conflict, 0.0, 1.0),
            ("unclear_agreements", unclear_agreements, 0.0, 1.0),
            ("chair_calm", chair_calm, 0.0, 1.0),
            ("base_resolution", base_resolution, 0.0, 1.0),
            ("trust_resolution", trust_resolution, 0.0, 1.0),
            ("knowledge_resolution", knowledge_resolution, 0.0, 1.0),
            ("climate_resolution", climate_resolution, 0.0, 1.0),
            ("chair_resolution", chair_resolution, 0.0, 1.0),
            ("backing_rate", backing_rate, 0.0, 1.0),
            ("backing_slack", backing_slack, 0.0, 1.0),
            ("commitment_base", commitment_base, 0.0, 1.0),
            ("long_term_commitment", long_term_commitment, 0.0, 1.0),
            ("dependency_binds", dependency_binds, 0.0, 1.0),
            ("success_commitment", success_commitment, 0.0, 1.0),
            ("vision_commitment", vision_commitment, 0.0, 1.0),
            ("conflict_commitment", conflict_commitment, 0.0, 1.0),
            ("over_control_commitment", over_control_commitment, 0.0, 1.0),
            ("over_organisation_commitment", over_organisation_commitment, 0.0, 1.0),
            ("chore_commitment", chore_commitment, 0.0, 3.0),
            ("voice_commitment", voice_commitment, 0.0, 1.0),
            ("reactance_commitment", reactance_commitment, 0.0, 1.0),
            ("constituency_hold", constituency_hold, 0.0, 1.0),
            ("commitment_rate", commitment_rate, 0.0, 1.0),
            ("commitment_noise", commitment_noise, 0.0, 1.0),
            ("delivery_base", delivery_base, 0.0, 1.0),
            ("capability_delivery", capability_delivery, 0.0, 1.0),
            ("commitment_delivery", commitment_delivery, 0.0, 1.0),
            ("reactance_delivery", reactance_delivery, 0.0, 1.0),
            ("under_organisation_delivery", under_organisation_delivery, 0.0, 1.0),
            ("chore_delivery", chore_delivery, 0.0, 1.0),
            ("climate_delivery", climate_delivery, 0.0, 1.0),
            ("delivery_rate", delivery_rate, 0.0, 1.0),
            ("delivery_noise", delivery_noise, 0.0, 1.0),
            ("unclear_amplifies", unclear_amplifies, 0.0, 1.0),
            ("learning_by_doing", learning_by_doing, 0.0, 1.0),
            ("agenda_learning", agenda_learning, 0.0, 1.0),
            ("capability_rate", capability_rate, 0.0, 1.0),
            ("process_base", process_base, 0.0, 1.0),
            ("rules_process", rules_process, 0.0, 1.0),
            ("over_organisation_process", over_organisation_process, 0.0, 1.0),
            ("conflict_process", conflict_process, 0.0, 1.0),
            ("synergy_gain", synergy_gain, 0.0, 10.0),
            ("vision_amplifies", vision_amplifies, 0.0, 1.0),
            ("alignment_amplifies", alignment_amplifies, 0.0, 1.0),
            ("learning_amplifies", learning_amplifies, 0.0, 1.0),
            ("strengths_amplify", strengths_amplify, 0.0, 1.0),
            ("profile_gain", profile_gain, 0.0, 1.0),
            ("strategy_gain", strategy_gain, 0.0, 1.0),
            ("conflict_drag", conflict_drag, 0.0, 1.0),
            ("performance_rate", performance_rate, 0.0, 1.0),
            ("chore_share", chore_share, 0.0, 1.0),
            ("expected_performance", expected_performance, 0.0, 1.0),
            ("exit_threshold", exit_threshold, 0.0, 1.0),
            ("exit_dependency_shift", exit_dependency_shift, 0.0, 1.0),
            ("exit_threshold_spread", exit_threshold_spread, 0.0, 1.0),
            ("exit_hazard", exit_hazard, 0.0, 1.0),
            ("freshness_months", freshness_months, 1.0, 24.0),
            ("agreements_reach", agreements_reach, 0.0, 1.0),
            ("off_phase_one", off_phase_one, 0.0, 1.0),
            ("off_phase_two", off_phase_two, 0.0, 1.0),
        ];
        for (name, value, lo, hi) in table {
            assert!((lo..=hi).contains(&value), "{name} = {value} lies outside {lo}..={hi}");
        }
    }

    /// The rules' asymmetries the article and the literature name hold in the defaults.
    #[test]
    fn trust_is_lost_faster_than_built_and_a_broken_promise_weighs_more_than_a_kept_one() {
        let k = Coefficients::default();
        assert!(k.trust_erode_rate > k.trust_build_rate);
        assert!(k.broken_promise_weight > 1.0);
    }
}
