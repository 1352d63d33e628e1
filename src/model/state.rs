//! The working state of an alliance: partners, relations, alliance-level quantities and
//! governance. Rules change it; snapshots read it.

use super::actions::Action;
use super::conflict::ConflictSources;
use super::coordination::CoordinationStyle;
use super::events::{Event, EventWhat};
use super::params::Params;
use super::partner::PartnerState;
use super::relations::{measure_relations, Relations};
use super::values::mean_value_distance;
use super::ModelRng;
use rand::Rng;

/// The working state of an alliance at the end of a month.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Months simulated so far.
    pub month: u32,
    /// Detected phase: 1 start, 2 discovering and learning, 3 productivity and added value;
    /// 0 once the alliance is dissolved (fewer than two partners left).
    pub phase: u8,
    /// One entry per partner, in scenario order (partners that left stay, marked `left`).
    pub partners: Vec<PartnerState>,
    /// Trust and mutual knowledge per ordered pair, plus fixed pair tables.
    pub relations: Relations,
    /// Alliance-level quantities.
    pub alliance: Alliance,
    /// Governance and coordination as they stand now.
    pub governance: Governance,
    /// Actions that take effect at the start of the next month.
    pub pending: Vec<Action>,
    /// The month's uniform random draws (3 per partner), a buffer reused every month.
    pub draws: Vec<f64>,
    /// Each partner's output this month, a buffer the value rule fills once a month so that
    /// its pair loop only looks it up.
    pub outputs: Vec<f64>,
    /// Events of the month just simulated (moved into the log by the caller).
    pub events: Vec<Event>,
    /// The most recent move that helps the alliance along (an intervention, or a change to
    /// an independent chair, a lead partner or self-steering) and its month, named when the
    /// alliance moves forward.
    pub last_boost: Option<(u32, Action)>,
    /// The most recent setback (a shock, or a controlling coordinator taking over) and its
    /// month, named when the alliance falls back.
    pub last_setback: Option<(u32, Action)>,
    /// Months the phase-change conditions have held in a row (hysteresis).
    pub phase_streak: u32,
    /// Month each intervention (by [`super::Intervention::index`]) was last applied.
    pub last_done: [Option<u32>; 14],
    /// Seed of the representatives' personal fit, drawn once at month 0, so that a new
    /// representative's fit is a deterministic function of the run and the month.
    pub fit_seed: u64,
    /// Whether the month's events are written down in plain words (true from [`State::new`]).
    /// Ensembles turn it off: they read no event log, and explaining every phase change took
    /// about a tenth of an ensemble's time in wasm. It changes nothing else in the run.
    pub narrate: bool,
}

/// Alliance-level quantities (article sections "Start" to "Productiviteit en meerwaarde").
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Alliance {
    /// Mean trust over pairs of partners still in, 0..=1.
    pub trust: f64,
    /// Mean mutual knowledge over pairs still in, 0..=1.
    pub knowledge: f64,
    /// Mean competition over pairs still in, 0..=1.
    pub competition: f64,
    /// Mean heterogeneity over pairs still in, 0..=1.
    pub heterogeneity: f64,
    /// Mean personal fit of the representatives over pairs still in, 0..=1 (0.5 is neutral).
    pub fit: f64,
    /// The climate at the table: how this period's meetings and joint work go, a persistent
    /// random walk around 0 (standard deviation about 1).
    pub climate: f64,
    /// Dominance: how far the largest voice exceeds an equal share, 0 (all equal) ..=1.
    pub dominance: f64,
    /// Mean distance between the partners' values, 0..=1.
    pub value_distance: f64,
    /// Shared vision and common language (gemeenschappelijke taal en verhaal), 0..=1.
    pub shared_vision: f64,
    /// How well partners understand each other's values, 0..=1.
    pub value_understanding: f64,
    /// Value alignment: 1 minus the value distance not bridged by understanding, 0..=1.
    pub value_alignment: f64,
    /// The four sources of conflict, each 0..=1.
    pub conflict_sources: ConflictSources,
    /// Total conflict, 1 - Π(1 - source), 0..=1.
    pub conflict: f64,
    /// Share of effort going into the process of co-operation, 0..=0.95.
    pub process_share: f64,
    /// Effort spent on interventions this month, 0..=1.
    pub effort: f64,
    /// Learning stock of the alliance, 0..=1.
    pub learning: f64,
    /// Activity of a learning agenda (1 when set, decaying), 0..=1.
    pub learning_agenda: f64,
    /// External profile: the alliance as one unit towards its environment, 0..=1.
    pub external_profile: f64,
    /// Sharpness of the joint strategy brought by organised dissent (tegenspraak), 0..=1.
    pub strategy_focus: f64,
    /// How much partners use each other's strengths, 0..=1.
    pub strengths_use: f64,
    /// Recent value produced relative to solo value (moving average), 0..=3.
    pub performance: f64,
    /// Spread of perceived rank (rangorde), 0..=1.
    pub rank_spread: f64,
    /// Value the alliance produced this month.
    pub monthly_value: f64,
    /// What the partners still in would have produced alone this month.
    pub monthly_solo: f64,
    /// Cumulative value produced by the alliance.
    pub value: f64,
    /// Cumulative solo value of its partners.
    pub solo_value: f64,
    /// Number of partners still in.
    pub active: usize,
}

/// Governance and coordination as they stand (De Man 2006; Kaats & Opheij 2014).
#[derive(Clone, Debug, PartialEq)]
pub struct Governance {
    /// Control level: 0 trust-based, 1 control-based.
    pub control: f64,
    /// Organisation level: rules and procedures in force, 0..=1.
    pub organisation_level: f64,
    /// The organisation level the situation needs, 0..=1.
    pub needed_organisation: f64,
    /// The control level that fits the uncertainties, 0..=1.
    pub fitting_control: f64,
    /// Relational uncertainty, 0..=1.
    pub relational_uncertainty: f64,
    /// Field uncertainty including recent field shocks, 0..=1.
    pub field_uncertainty: f64,
    /// Extra field uncertainty from recent field changes, decaying, 0..=1.
    pub field_shock: f64,
    /// Monthly probability of a random shock, 0..=1.
    pub turbulence: f64,
    /// Current coordination style.
    pub style: CoordinationStyle,
    /// Whether a steering conversation has produced agreements partners want to keep.
    pub steering_agreed: bool,
    /// How clear decision-making and escalation lines are, 0..=1.
    pub decision_clarity: f64,
}

impl State {
    /// The state at month 0: partners barely know each other and are in phase 1. Draws two
    /// numbers from the generator: the seed of the representatives' personal fit and the
    /// climate of the first meeting.
    pub fn new(params: &Params, rng: &mut ModelRng) -> State {
        let fit_seed: u64 = rng.random();
        let first_meeting: f64 = rng.random();
        let partners = PartnerState::all(&params.partners);
        let relations = Relations::new(params, fit_seed);
        let c = params.initial_conflict;
        let mut state = State {
            month: 0,
            phase: 1,
            alliance: Alliance {
                shared_vision: 0.15,
                value_understanding: 0.1,
                conflict_sources: ConflictSources { resources: c, values: c, identity: c, personal: c },
                performance: 1.0,
                climate: 3.0_f64.sqrt() * (2.0 * first_meeting - 1.0),
                active: partners.len(),
                ..Alliance::default()
            },
            partners,
            relations,
            governance: Governance {
                control: params.control,
                organisation_level: params.organisation,
                needed_organisation: 0.0,
                fitting_control: 0.0,
                relational_uncertainty: 0.0,
                field_uncertainty: params.field_uncertainty,
                field_shock: 0.0,
                turbulence: params.turbulence,
                style: params.style,
                steering_agreed: false,
                decision_clarity: params.decision_clarity,
            },
            pending: Vec::new(),
            draws: Vec::with_capacity(3 * params.partners.len()),
            outputs: Vec::with_capacity(params.partners.len()),
            events: Vec::new(),
            last_boost: None,
            last_setback: None,
            phase_streak: 0,
            last_done: [None; 14],
            fit_seed,
            narrate: true,
        };
        measure_relations(&mut state);
        state.alliance.value_distance = mean_value_distance(&state.partners);
        super::values::weigh_voices(&mut state);
        super::values::align_values(&mut state, &params.coefficients);
        super::conflict::total_conflict(&mut state);
        super::governance::assess_uncertainty(&mut state, params);
        state
    }

    /// Logs an event of this month, describing it (and writing its text) only when the run
    /// [narrates](State::narrate): the description allocates, and ensembles make none.
    pub fn record(&mut self, what: impl FnOnce(&State) -> EventWhat) {
        if self.narrate {
            let what = what(self);
            self.events.push(Event::new(self.month, what));
        }
    }

    /// The mean of a partner quantity over the partners still in (0 when none is).
    pub fn mean_of_active(&self, f: impl Fn(&PartnerState) -> f64) -> f64 {
        let active = self.partners.iter().filter(|s| !s.left);
        let count = active.clone().count().max(1) as f64;
        active.map(f).sum::<f64>() / count
    }

    /// Whether fewer than two partners are left: the alliance has dissolved.
    pub fn is_dissolved(&self) -> bool {
        self.alliance.active < 2
    }

    /// Whether partner `p` exists and is still in the alliance.
    pub fn is_active(&self, p: usize) -> bool {
        self.partners.get(p).is_some_and(|s| !s.left)
    }
}
