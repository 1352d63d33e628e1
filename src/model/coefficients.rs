//! Every coefficient of the model's rules in one documented struct, as rapier keeps its
//! `IntegrationParameters`: what it means, its unit or range, its default, and the passage of
//! the article (or the literature the article cites) it stands for. `docs/MODEL.md` names
//! the same fields next to each rule's formula.
//!
//! Rates are per month; levels and shares are on the model's 0..=1 scales unless stated.

/// The coefficients of the monthly rules. [`Coefficients::default`] is the calibrated model;
/// tests and experiments may change single fields to probe one mechanism.
#[derive(Clone, Debug, PartialEq)]
pub struct Coefficients {
    // --- Partners' own variability (personal fit and the climate of the table) ---
    /// Spread of the representatives' personal fit around 0.5 (half-width of the triangular
    /// distribution; default 0.45). "Persoonlijke verschillen": people at the table who do or
    /// do not get on.
    pub fit_spread: f64,
    /// Month-to-month persistence of the climate at the table (AR(1) coefficient, default
    /// 0.95): good and bad periods last a year or two, as people and moods at the table do.
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
    /// Weight of a delivery shortfall (a broken promise) in the trust target, against 1 for a
    /// delivery surplus (default 2: a broken promise costs twice what a kept one earns).
    pub broken_promise_weight: f64,
    /// Trust-target shift per unit of personal fit away from 0.5 (default 0.3).
    pub fit_trust: f64,
    /// Trust-target shift per unit of climate (default 0.1).
    pub climate_trust: f64,

    // --- Governance (De Man 2006; Kaats & Opheij 2014) ---
    /// How strongly relational minus field uncertainty moves the fitting control level
    /// (default 0.8).
    pub contingency_slope: f64,
    /// Monthly drift of the rules in force towards what the governance stance produces
    /// (default 0.012): rules, once written, persist for years.
    pub organisation_drift: f64,
    /// Extra organisation a controlling coordinator's formats and checklists aim for (0.2).
    pub formats_organisation: f64,

    // --- Size and voice ---
    /// Weight of a partner's size share in its target rank (default 0.6).
    pub size_rank: f64,
    /// Monthly rate at which partners' value profiles drift towards the voice-weighted centre
    /// once they understand each other (default 0.01): the large partners' values become the
    /// alliance's, the small ones' are lost unless given room.
    pub value_drift: f64,
    /// Identity-conflict inflow at full dominance of one partner (default 0.03).
    pub dominance_conflict: f64,

    // --- The constituency (achterban) ---
    /// Monthly rate at which a partner's own organisation's backing moves (default 0.05).
    pub backing_rate: f64,
    /// How far backing can hold commitment above itself (default 0.15).
    pub backing_slack: f64,

    // --- Decision-making and escalation lines ---
    /// How much unclear decision-making amplifies shocks: ×(1 + this × (1 − clarity))
    /// (default 0.8).
    pub unclear_amplifies: f64,

    // --- Production ---
    /// How much synergy between complementary partners adds to their own output (default 3.5).
    pub synergy_gain: f64,
    /// Share of conflict that turns into lost output (default 0.5).
    pub conflict_drag: f64,
    /// Process share above which co-operation becomes a chore (default 0.35).
    pub chore_share: f64,
    /// Value relative to solo value partners expect while building up (default 0.75).
    pub expected_performance: f64,

    // --- Leaving ---
    /// Commitment below which a partner with no dependency considers leaving (default 0.25).
    pub exit_threshold: f64,
    /// How far full dependency lowers that threshold (default 0.25).
    pub exit_dependency_shift: f64,
    /// Half-width of the spread of that threshold between organisations, drawn once per
    /// partner and run (default 0.08): organisations differ in how long they hold on.
    pub exit_threshold_spread: f64,
    /// Monthly probability of leaving once well below the threshold (default 0.04).
    pub exit_hazard: f64,

    // --- Phase-appropriate action (Figure 1) ---
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
            broken_promise_weight: 2.0,
            fit_trust: 0.3,
            climate_trust: 0.1,
            contingency_slope: 0.7,
            organisation_drift: 0.012,
            formats_organisation: 0.2,
            size_rank: 0.6,
            value_drift: 0.01,
            dominance_conflict: 0.03,
            backing_rate: 0.05,
            backing_slack: 0.15,
            unclear_amplifies: 0.8,
            synergy_gain: 3.5,
            conflict_drag: 0.5,
            chore_share: 0.35,
            expected_performance: 0.75,
            exit_threshold: 0.25,
            exit_dependency_shift: 0.25,
            exit_threshold_spread: 0.1,
            exit_hazard: 0.04,
            off_phase_one: 0.6,
            off_phase_two: 0.35,
        }
    }
}
