//! A running simulation: parameters, state, generator, history and event log together, for
//! the CLI, the web app and the ensemble runner.

use super::actions::Action;
use super::events::Event;
use super::params::Params;
use super::snapshot::Snapshot;
use super::state::State;
use super::{rng_for_seed, step, Rng8};
use crate::scenario::Scenario;

/// A scenario being simulated month by month.
#[derive(Clone, Debug)]
pub struct Simulation {
    params: Params,
    state: State,
    rng: Rng8,
    history: Vec<Snapshot>,
    events: Vec<Event>,
}

impl Simulation {
    /// Starts a simulation of a scenario with the scenario's own seed.
    pub fn new(scenario: &Scenario) -> Simulation {
        Simulation::with_seed(scenario, scenario.seed)
    }

    /// Starts a simulation of a scenario with another seed.
    pub fn with_seed(scenario: &Scenario, seed: u64) -> Simulation {
        let params = scenario.params();
        let state = State::new(&params);
        let history = vec![Snapshot::capture(&state)];
        Simulation { params, state, rng: rng_for_seed(seed), history, events: Vec::new() }
    }

    /// Months simulated so far.
    pub fn month(&self) -> u32 {
        self.state.month
    }

    /// The scenario's horizon in months.
    pub fn horizon(&self) -> u32 {
        self.params.horizon
    }

    /// Whether the horizon has been reached.
    pub fn is_finished(&self) -> bool {
        self.state.month >= self.params.horizon
    }

    /// Simulates one month: the actions scheduled for it, the monthly rules, then records the
    /// snapshot and the month's events.
    pub fn step_month(&mut self) {
        advance(&mut self.state, &self.params, &mut self.rng);
        self.history.push(Snapshot::capture(&self.state));
        self.events.append(&mut self.state.events);
    }

    /// Simulates until the horizon.
    pub fn run_to_end(&mut self) {
        while !self.is_finished() {
            self.step_month();
        }
    }

    /// Queues a user action; it takes effect at the start of the next month and is logged.
    pub fn apply(&mut self, action: Action) {
        self.state.pending.push(action);
    }

    /// The current state (including the trust and knowledge matrices).
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The parameters.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// One snapshot per month; `history()[0]` is month 0.
    pub fn history(&self) -> &[Snapshot] {
        &self.history
    }

    /// Every event so far, in order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The control level that fits the current uncertainties.
    pub fn fitting_control(&self) -> f64 {
        self.state.governance.fitting_control
    }

    /// The current relational uncertainty.
    pub fn relational_uncertainty(&self) -> f64 {
        self.state.governance.relational_uncertainty
    }

    /// The current field uncertainty.
    pub fn field_uncertainty(&self) -> f64 {
        self.state.governance.field_uncertainty
    }
}

/// Queues the actions scheduled for the coming month, then steps. Used by [`Simulation`]
/// and by runners that keep no history.
pub fn advance(state: &mut State, params: &Params, rng: &mut Rng8) {
    let next = state.month + 1;
    state.pending.extend(params.schedule.iter().filter(|s| s.month == next).map(|s| s.action));
    step(state, params, rng);
}
