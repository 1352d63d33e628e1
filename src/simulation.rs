//! A running simulation: parameters, state, generator, history and event log together, for
//! the CLI, the web app and the ensemble runner. It keeps its scenario and records the user's
//! actions, so that every run can be written back as a scenario that replays it exactly. It
//! sits above both the model and the scenario layer, so that nothing under `model` depends on
//! scenario files.

use crate::model::{
    advance, rng_for_seed, Action, Event, ModelRng, Params, ScheduledAction, Snapshot, State,
};
use crate::scenario::{FieldError, Problem, Scenario, ScenarioError, ScheduleEntry};

/// A scenario being simulated month by month.
#[derive(Clone, Debug)]
pub struct Simulation {
    scenario: Scenario,
    seed: u64,
    params: Params,
    state: State,
    rng: ModelRng,
    history: Vec<Snapshot>,
    events: Vec<Event>,
    user_actions: Vec<ScheduledAction>,
    /// The user's actions of a run this one was [rewound](Simulation::rewound) from, still to
    /// be taken again as their months come, in month order.
    replay: Vec<ScheduledAction>,
}

impl Simulation {
    /// Starts a simulation of a scenario with the scenario's own seed.
    pub fn new(scenario: &Scenario) -> Simulation {
        Simulation::with_seed(scenario, scenario.seed)
    }

    /// Starts a simulation of a scenario with another seed.
    ///
    /// # Panics
    ///
    /// If the scenario is not valid: validate what the user gives first.
    pub fn with_seed(scenario: &Scenario, seed: u64) -> Simulation {
        let params = scenario.params().unwrap_or_else(|e| panic!("a simulation needs a valid scenario: {e}"));
        let mut rng = rng_for_seed(seed);
        let state = State::new(&params, &mut rng);
        let history = vec![Snapshot::capture(&state)];
        Simulation {
            scenario: scenario.clone(),
            seed,
            params,
            state,
            rng,
            history,
            events: Vec::new(),
            user_actions: Vec::new(),
            replay: Vec::new(),
        }
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
        let next = self.state.month + 1;
        let due = self.replay.iter().take_while(|a| a.month <= next).count();
        for replayed in self.replay.drain(..due).collect::<Vec<_>>() {
            self.queue(replayed.action);
        }
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

    /// Queues a user action: it takes effect at the start of the next month, after the actions
    /// the schedule plans for that month, and is logged. It is recorded with that month for
    /// [`Simulation::scenario_with_actions`].
    ///
    /// Levels are clamped to 0..=1 here, as the model would clamp them anyway. An action that
    /// no scenario file could express, naming a partner index that does not exist or setting
    /// a level that is not a finite number, is ignored, so that every run stays replayable.
    pub fn apply(&mut self, action: Action) {
        let action = match action {
            Action::SetControl(c) if c.is_finite() => Action::SetControl(c.clamp(0.0, 1.0)),
            Action::SetTurbulence(t) if t.is_finite() => Action::SetTurbulence(t.clamp(0.0, 1.0)),
            Action::SetControl(_) | Action::SetTurbulence(_) => return,
            other => other,
        };
        if action.partner().is_some_and(|p| p >= self.params.partners.len()) {
            return;
        }
        // A new action after going back starts another story: the actions of the old one
        // that were still to come are not taken again.
        self.replay.clear();
        self.queue(action);
    }

    /// Queues a valid action for the next month and records it as the user's.
    fn queue(&mut self, action: Action) {
        self.state.pending.push(action);
        self.user_actions.push(ScheduledAction { month: self.state.month + 1, action });
    }

    /// This run as it was at `month` (at most the current one): replayed from the start with
    /// the same seed, plan and user actions, which gives the same months bit for bit. The
    /// user's actions after `month` are taken again as their months come when it steps on,
    /// unless the user acts first; they stay the user's actions, not the scenario's plan.
    pub fn rewound(&self, month: u32) -> Simulation {
        let mut sim = Simulation::with_seed(&self.scenario, self.seed);
        sim.replay = self.user_actions.iter().chain(&self.replay).cloned().collect();
        while sim.month() < month.min(self.month()) && !sim.is_finished() {
            sim.step_month();
        }
        sim
    }

    /// Replaces the scenario's plan (its schedule) while keeping the run so far. The months
    /// already simulated followed the old plan, so the new one must plan the same actions, in
    /// the same order, for every month up to the current one; from the next month on it may
    /// differ in any way. The result is the run that [`Simulation::new`] of the replanned
    /// scenario, stepped to this month, would give, so share links and downloads replay it.
    ///
    /// Fails, changing nothing, when the new plan changes a month already simulated (the error
    /// names the first entry that does) or is not valid for this scenario (the messages of
    /// [`Scenario::params`], such as a partner that does not exist or a month past the
    /// horizon).
    pub fn replan(&mut self, schedule: Vec<ScheduleEntry>) -> Result<(), ScenarioError> {
        let now = self.state.month;
        // A month's actions apply in the plan's order; actions of different months may be
        // listed in any order, so the past is compared month by month.
        let past = |plan: &[ScheduleEntry]| {
            let mut past: Vec<ScheduleEntry> = plan.iter().filter(|e| e.month <= now).cloned().collect();
            past.sort_by_key(|e| e.month);
            past
        };
        let (old_past, new_past) = (past(&self.scenario.schedule), past(&schedule));
        if old_past != new_past {
            // The first entry that differs: as the old plan had it when it is gone or moved,
            // else the one the new plan added. Located in the new plan when it is there.
            let first = old_past
                .iter()
                .zip(&new_past)
                .position(|(a, b)| a != b)
                .unwrap_or(old_past.len().min(new_past.len()));
            let changed = old_past
                .get(first)
                .filter(|e| !new_past.contains(e))
                .or(new_past.get(first))
                .or(old_past.get(first))
                .expect("two plans that differ differ at an entry");
            let index = schedule.iter().position(|e| e == changed && e.month <= now);
            let problem = Problem::AlreadyHappened {
                action: changed.action.name().to_string(),
                month: changed.month,
                from: now + 1,
            };
            return Err(ScenarioError::single(match index {
                Some(i) => FieldError::new(format!("schedule[{i}]"), problem),
                None => FieldError::new("schedule", problem),
            }));
        }
        let mut scenario = self.scenario.clone();
        scenario.schedule = schedule;
        self.params = scenario.params()?;
        self.scenario = scenario;
        Ok(())
    }

    /// Every user action applied so far, with the month in which it takes (or took) effect,
    /// in the order applied.
    pub fn user_actions(&self) -> &[ScheduledAction] {
        &self.user_actions
    }

    /// The scenario this simulation was started from, without the user's actions.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The seed of this run (the scenario's own unless started with another one).
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The scenario of this run with its seed, and with every recorded user action appended to
    /// the schedule (partners named by name), so that `Simulation::new` of it, stepped to the
    /// same month, gives a bit-identical history and event log. This works because
    /// [`advance`] applies a month's scheduled actions before the user's, and appended entries
    /// come after the scenario's own entries of the same month.
    ///
    /// Actions that would take effect after the horizon are left out: a scenario cannot plan
    /// them, and a run that stops at its horizon never applies them.
    pub fn scenario_with_actions(&self) -> Scenario {
        let mut scenario = self.scenario.clone();
        scenario.seed = self.seed;
        let recorded = self
            .user_actions
            .iter()
            .filter(|a| a.month <= scenario.horizon_months)
            .map(|a| ScheduleEntry::from_action(a.month, &a.action, &self.scenario));
        scenario.schedule.extend(recorded.collect::<Vec<_>>());
        scenario
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

    /// The snapshot of a month, if the run has reached it.
    pub fn snapshot(&self, month: u32) -> Option<&Snapshot> {
        self.history.get(month as usize)
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
