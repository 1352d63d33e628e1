//! The pure model core: no I/O, no UI, deterministic for a scenario and seed.
//!
//! A time step is one month. [`step`] applies the rules in the order the article tells the
//! story; each rule is a small function citing the concept it stands for. Randomness comes
//! only from one seeded [`ModelRng`], drawn a fixed number of times per month, so that two runs
//! with the same seed stay paired even when their scenarios differ.

mod actions;
mod coefficients;
mod conflict;
mod coordination;
mod events;
mod governance;
mod interventions;
mod outcomes;
mod params;
mod partner;
mod phases;
mod relations;
mod shocks;
mod snapshot;
mod state;
mod values;
mod view;

use rand::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

pub use actions::{Action, SHOCK_RATE_AT_FULL_TURBULENCE};
pub use coefficients::Coefficients;
pub use conflict::ConflictSources;
pub use coordination::CoordinationStyle;
pub use events::{
    shock_percent, Condition, ConflictSource, Driver, Event, EventKind, EventWhat, ExitReason, Measure,
    PartnerName, Repeat,
};
pub use interventions::{phase_fit, Intervention};
pub use params::{Params, PartnerParams, ScheduledAction, EXPERTISE_NAMES, VALUE_NAMES};
pub use partner::{constituency_pull, PartnerState};
pub use phases::{phase_name, DISSOLVED};
pub use relations::Relations;
pub use shocks::{Division, Shock};
pub use snapshot::{PartnerSnapshot, Snapshot};
pub use state::{Alliance, Governance, State};
pub use view::{Pair, Regard, Settings};

/// The model's one random generator, named after its algorithm so that a scenario and seed
/// give the same trajectory on every platform. Xoshiro256++ rather than a ChaCha generator:
/// the model needs statistical quality, not unpredictability, and ChaCha is fast only with
/// SIMD instructions that WebAssembly in older browsers lacks; as wasm it took 30 % of an
/// ensemble's time, Xoshiro256++ takes a few per cent on both targets.
pub type ModelRng = Xoshiro256PlusPlus;

/// Creates the generator for a seed.
pub fn rng_for_seed(seed: u64) -> ModelRng {
    Xoshiro256PlusPlus::seed_from_u64(seed)
}

/// Advances the alliance by one month, in the order of the article's story: what is done
/// (interventions, shocks), what the partners face (uncertainty and governance), how the
/// month at the table goes, how they get to know and trust each other, discover differences
/// and grow together or clash, what their own organisations make of it, how committed and
/// reliable they are, what they learn and produce, who leaves, and which phase the alliance
/// is in.
///
/// Every month draws exactly `5 + 3n` numbers (n partners, including those who left): four
/// for random shocks, one for the climate at the table, and per partner one each for
/// commitment, delivery and leaving. The count never depends on the state, so two runs with
/// the same seed stay paired whatever their scenarios do.
pub fn step(state: &mut State, params: &Params, rng: &mut ModelRng) {
    state.month += 1;
    state.events.clear();
    let n = state.partners.len();
    let shock_draws: [f64; 4] = [rng.random(), rng.random(), rng.random(), rng.random()];
    let climate_draw: f64 = rng.random();
    // The month's uniform draws go into a buffer the state keeps, so that a step allocates
    // nothing: ensembles run thousands of steps, and allocation is slow in wasm.
    let mut draws = std::mem::take(&mut state.draws);
    draws.clear();
    draws.extend((0..3 * n).map(|_| rng.random::<f64>()));

    for action in std::mem::take(&mut state.pending) {
        actions::apply_action(state, params, action);
    }
    actions::turbulence(state, params, shock_draws);
    if state.is_dissolved() {
        phases::dissolve(state);
        state.alliance.monthly_value = 0.0;
        state.alliance.monthly_solo = 0.0;
        outcomes::carry_over(state);
        state.draws = draws;
        return;
    }

    relations::measure_relations(state);
    governance::assess_uncertainty(state, params);
    governance::adapt_organisation(state, params);
    relations::meet(state, params, climate_draw);
    relations::get_to_know_by_working(state, params);
    relations::build_trust(state, params);
    partner::discover_ranking(state, params);
    values::grow_towards_each_other(state, params);
    conflict::update_conflict(state, params);
    coordination::coordinate(state, params);
    partner::consult_constituency(state, params);
    partner::update_commitment(state, params, &draws[..n]);
    partner::update_delivery(state, params, &draws[n..2 * n]);
    outcomes::learn(state, params);
    outcomes::allocate_effort(state, params);
    outcomes::produce_value(state, params);
    partner::consider_leaving(state, params, &draws[2 * n..]);
    relations::measure_relations(state);
    if state.is_dissolved() {
        phases::dissolve(state);
    } else {
        phases::detect_phase(state);
    }
    outcomes::carry_over(state);
    state.draws = draws;
}

/// Queues the actions scheduled for the coming month ahead of the user's pending actions,
/// then steps. Used by `Simulation` (above the model) and by runners that keep no history.
///
/// Scheduled actions go first (in schedule order), then the user's (in the order applied):
/// this is the order in which a scenario that records the user's actions after its own
/// schedule replays them.
pub fn advance(state: &mut State, params: &Params, rng: &mut ModelRng) {
    let next = state.month + 1;
    let scheduled = params.schedule.iter().filter(|s| s.month == next).map(|s| s.action);
    state.pending.splice(0..0, scheduled);
    step(state, params, rng);
}
