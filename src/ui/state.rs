//! App state as a reducer: every user command is an [`Action`].
//!
//! The simulation is kept behind one shared cell and advanced in place: cloning a whole run's
//! history on every tick would cost more than the model step itself. `revision` counts the
//! changes, so components can tell cheaply whether there is anything new to draw.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use yew::Reducible;

use crate::model::Simulation;
use crate::scenario::Scenario;

/// A shared handle to the running simulation, compared by identity.
#[derive(Clone)]
pub struct SimHandle(Rc<RefCell<Simulation>>);

impl SimHandle {
    fn new(scenario: &Scenario) -> SimHandle {
        SimHandle(Rc::new(RefCell::new(Simulation::new(scenario))))
    }

    /// Read access for rendering.
    pub fn borrow(&self) -> Ref<'_, Simulation> {
        self.0.borrow()
    }
}

impl PartialEq for SimHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Everything the page shows, derived from the scenario and the simulation.
pub struct AppState {
    /// The scenario the run started from; Reset returns to it.
    pub scenario: Rc<Scenario>,
    /// The run in progress.
    pub sim: SimHandle,
    /// Whether months advance on every tick.
    pub running: bool,
    /// Increases whenever the simulation changed.
    pub revision: u64,
}

/// The commands the page sends.
pub enum Action {
    /// Start advancing a month per tick.
    Run,
    /// Stop advancing.
    Pause,
    /// Advance exactly one month (and pause).
    Step,
    /// A timer tick while running.
    Tick,
    /// Start the scenario again from month 0.
    Reset,
}

impl AppState {
    /// The state of a fresh page: the scenario at month 0, paused.
    pub fn new(scenario: Scenario) -> AppState {
        let sim = SimHandle::new(&scenario);
        AppState { scenario: Rc::new(scenario), sim, running: false, revision: 0 }
    }

    fn with(self: &Rc<Self>, sim: SimHandle, running: bool, revision: u64) -> Rc<Self> {
        Rc::new(AppState { scenario: self.scenario.clone(), sim, running, revision })
    }

    /// Advances one month unless the horizon is reached; reports whether it did.
    fn advance(&self) -> bool {
        let mut sim = self.sim.0.borrow_mut();
        if sim.is_finished() {
            return false;
        }
        sim.step_month();
        true
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Run if !self.sim.borrow().is_finished() => self.with(self.sim.clone(), true, self.revision),
            Action::Run => self,
            Action::Pause => self.with(self.sim.clone(), false, self.revision),
            Action::Step => {
                let changed = self.advance();
                self.with(self.sim.clone(), false, self.revision + u64::from(changed))
            }
            Action::Tick if self.running => {
                let changed = self.advance();
                let still_running = changed && !self.sim.borrow().is_finished();
                self.with(self.sim.clone(), still_running, self.revision + u64::from(changed))
            }
            Action::Tick => self,
            Action::Reset => self.with(SimHandle::new(&self.scenario), false, self.revision + 1),
        }
    }
}
