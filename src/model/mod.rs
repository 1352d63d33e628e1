//! The pure model core: no I/O, no UI, deterministic for a scenario and seed.
//!
//! A time step is one month. [`step`] applies the rules in the order the article tells the
//! story; each rule is a small function citing the concept it stands for.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The model's one random generator, named after its algorithm so that a scenario and seed
/// give the same trajectory on every platform.
pub type Rng8 = ChaCha8Rng;

/// Model parameters: plain data, passed explicitly to every rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Control level of governance, 0 (trust-based) to 1 (control-based).
    pub control: f64,
    /// The partner organisations.
    pub partners: Vec<PartnerParams>,
}

/// Fixed attributes of one partner organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerParams {
    /// Display name.
    pub name: String,
    /// Relative staff and budget, 0..=1 (omvang).
    pub size: f64,
}

/// The working state of an alliance at the end of a month.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Months simulated so far.
    pub month: u32,
    /// Mean trust between partners, 0..=1.
    pub trust: f64,
}

impl State {
    /// The state at month 0: partners barely know each other.
    pub fn new(_params: &Params) -> State {
        State { month: 0, trust: 0.2 }
    }
}

/// Creates the generator for a seed.
pub fn rng_for_seed(seed: u64) -> Rng8 {
    ChaCha8Rng::seed_from_u64(seed)
}

/// Advances the alliance by one month.
pub fn step(state: &mut State, params: &Params, rng: &mut Rng8) {
    state.month += 1;
    build_trust(state, params, rng);
}

/// Trust grows by working together, faster under trust-based governance (De Man 2006: the
/// trust approach releases energy), with month-to-month noise from the daily collaboration.
fn build_trust(state: &mut State, params: &Params, rng: &mut Rng8) {
    let rate = 0.05 * (1.0 - 0.5 * params.control);
    let noise = (rng.random::<f64>() - 0.5) * 0.02;
    state.trust = (state.trust + rate * (1.0 - state.trust) + noise).clamp(0.0, 1.0);
}
