//! The ensemble panel: many seeds of the current run's scenario (with the user's actions) in
//! Web Workers, with progress and cancel, then fan charts, phase shares and probabilities;
//! in compare mode A and B on the same seeds with their paired differences.
//!
//! The work runs in the worker pool, the statistics included; the page only routes the
//! workers' binary batches and parses the small statistics reply, so it stays responsive
//! throughout.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser::now_ms;
use super::ensemble_job::{Job, JobArm, Next, OutcomeHandle};
use super::ensemble_tables::EnsembleTables;
use super::fan_chart::{FanChart, Quantity};
use super::phase_area::PhaseArea;
use super::pool_start::use_pool_start;
use super::settings;
use super::state::SimHandle;
use super::teaching_points::TeachingPoints;
use super::term::Term;
use super::texts::{use_tr, Tr};
use super::worker_pool::{default_workers, PoolEvent, PoolFailure, WorkerPool, MAX_WORKERS};
use crate::expectations::CheckOutcome;
use crate::i18n::problems::problems_text;
use crate::i18n::Lang;
use crate::scenario::{Arm, Scenario, ScenarioError};
use crate::worker_protocol::{ArmOf, CheckRequest, MAX_RUNS};

/// Runs offered when the panel opens.
const DEFAULT_RUNS: u32 = 200;

/// Properties of [`EnsemblePanel`].
#[derive(PartialEq, Properties)]
pub struct EnsemblePanelProps {
    /// Run A (or the only run); its scenario with the user's actions is the ensemble's.
    pub sim: SimHandle,
    /// Run B in compare mode.
    pub sim_b: Option<SimHandle>,
    /// Whether a live run is going: the worker pool does not start by itself during one
    /// (see `pool_start`).
    pub live: bool,
}

/// Where the ensemble stands.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Running {
        done: u32,
        total: u32,
    },
    Cancelled,
    /// Teaching point `index` was checked with `runs` runs of each arm in `elapsed_ms`.
    Checked {
        index: usize,
        runs: u32,
        elapsed_ms: f64,
    },
    /// Why the ensemble or the check failed.
    Failed(Failure),
}

/// Why an ensemble or a check failed. The words are chosen when the status is shown, so that
/// they follow the page's language.
#[derive(Clone, PartialEq)]
enum Failure {
    /// The worker pool was gone when the statistics were due.
    WorkersStopped,
    /// The workers failed; `checking` tells a check from an ensemble.
    Job { checking: bool, cause: PoolFailure },
    /// The teaching point's fields do not make a valid scenario, with the problems.
    Unchecked(ScenarioError),
}

impl Failure {
    fn text(&self, tr: &Tr) -> String {
        match self {
            Failure::WorkersStopped => tr.get("ensemble-workers-stopped"),
            Failure::Job { checking: true, cause } => {
                tr.with("ensemble-check-failed", &[("message", &cause.text(tr))])
            }
            Failure::Job { checking: false, cause } => {
                tr.with("ensemble-failed", &[("message", &cause.text(tr))])
            }
            Failure::Unchecked(problems) => {
                tr.with("ensemble-cannot-check", &[("problems", &problems_text(tr, problems))])
            }
        }
    }
}

/// The verdicts on a scenario's teaching points, kept for the scenario they were reached for
/// (its seed and plan included): a new seed, an edit or another scenario starts with none.
#[derive(Default, PartialEq)]
struct Verdicts {
    scenario: Option<Scenario>,
    outcomes: Vec<Option<CheckOutcome>>,
}

/// A verdict reached for teaching point `index` of `scenario`.
struct Verdict {
    scenario: Scenario,
    index: usize,
    outcome: CheckOutcome,
}

impl Reducible for Verdicts {
    type Action = Verdict;

    fn reduce(self: Rc<Self>, v: Verdict) -> Rc<Self> {
        let mut outcomes = self.for_these(&v.scenario);
        if let Some(slot) = outcomes.get_mut(v.index) {
            *slot = Some(v.outcome);
        }
        Rc::new(Verdicts { scenario: Some(v.scenario), outcomes })
    }
}

impl Verdicts {
    /// The verdicts for `scenario`'s teaching points, none when they were reached for another.
    fn for_these(&self, scenario: &Scenario) -> Vec<Option<CheckOutcome>> {
        if self.scenario.as_ref() == Some(scenario) {
            self.outcomes.clone()
        } else {
            vec![None; scenario.expect.len()]
        }
    }
}

/// The teaching point a job checks: its index and the scenario it belongs to.
type Checking = Option<(usize, Scenario)>;

/// The two arms of teaching point `index` of `scenario` (built by the workers), its runs and
/// the check request.
fn check_plan(scenario: &Scenario, index: usize) -> Option<(Vec<JobArm>, u32, CheckRequest)> {
    let expectation = scenario.expect.get(index)?;
    let arm = |arm| (scenario.clone(), Some(ArmOf { expectation: index, arm }));
    let check = CheckRequest {
        expectation: expectation.clone(),
        first_seed: scenario.seed,
        horizon: scenario.horizon_months,
    };
    Some((vec![arm(Arm::A), arm(Arm::B)], expectation.runs, check))
}

/// The number of runs typed by the user, if it is a whole number from 1 to [`MAX_RUNS`].
pub fn parse_runs(text: &str) -> Option<u32> {
    text.trim().replace([',', '_', ' '], "").parse::<u32>().ok().filter(|n| (1..=MAX_RUNS).contains(n))
}

/// A count with the thousands separators of `lang`: 1,000 in English, 1.000 in Dutch.
pub fn thousands(lang: Lang, n: u32) -> String {
    let separator = match lang {
        Lang::En => ',',
        Lang::Nl => '.',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The panel with its controls, progress and results.
#[function_component]
pub fn EnsemblePanel(props: &EnsemblePanelProps) -> Html {
    let tr = use_tr();
    let runs_text = use_state(|| DEFAULT_RUNS.to_string());
    let workers =
        use_state(|| settings::load().workers.map_or_else(default_workers, |n| n.clamp(1, MAX_WORKERS)));
    let status = use_state(|| Status::Idle);
    let outcome = use_state(|| None::<OutcomeHandle>);
    let job: Rc<RefCell<Option<Job>>> = use_mut_ref(|| None);
    let next_id: Rc<RefCell<u32>> = use_mut_ref(|| 1);
    let pool: Rc<RefCell<Option<WorkerPool>>> = use_mut_ref(|| None);
    let verdicts = use_reducer(Verdicts::default);
    let checking: Rc<RefCell<Checking>> = use_mut_ref(|| None);
    let checking_now = use_state(|| None::<usize>);

    // Messages go to the job in progress; when its last batch is in, the batches go to a
    // worker for the statistics, and their reply is the outcome.
    let sink = {
        let (job, status, outcome, pool) = (job.clone(), status.clone(), outcome.clone(), pool.clone());
        let (verdicts, checking, checking_now) =
            (verdicts.dispatcher(), checking.clone(), checking_now.clone());
        use_memo((), move |_| {
            Callback::from(move |event: PoolEvent| {
                let mut guard = job.borrow_mut();
                let Some(current) = guard.as_mut() else { return };
                match current.receive(event, now_ms) {
                    Next::Wait => {
                        status.set(Status::Running { done: current.done(), total: current.total() })
                    }
                    Next::PostStats(worker, request, batches) => {
                        status.set(Status::Running { done: current.done(), total: current.total() });
                        match pool.try_borrow().ok().as_ref().and_then(|p| p.as_ref()) {
                            Some(pool) => pool.post_with_batches(worker, &request, &batches),
                            None => {
                                *guard = None;
                                checking.borrow_mut().take();
                                checking_now.set(None);
                                status.set(Status::Failed(Failure::WorkersStopped));
                            }
                        }
                    }
                    Next::Done(mut result) => {
                        *guard = None;
                        // A check's verdict goes beside its teaching point; the charts keep
                        // the last ensemble.
                        match (checking.borrow_mut().take(), result.check.take()) {
                            (Some((index, scenario)), Some(verdict)) => {
                                status.set(Status::Checked {
                                    index,
                                    runs: result.runs,
                                    elapsed_ms: result.elapsed_ms,
                                });
                                verdicts.dispatch(Verdict { scenario, index, outcome: verdict });
                            }
                            _ => {
                                outcome.set(Some(OutcomeHandle(Rc::new(result))));
                                status.set(Status::Idle);
                            }
                        }
                        checking_now.set(None);
                    }
                    Next::Failed(cause) => {
                        *guard = None;
                        let checking = checking.borrow_mut().take().is_some();
                        checking_now.set(None);
                        status.set(Status::Failed(Failure::Job { checking, cause }));
                    }
                }
            })
        })
    };
    // The pool starts by itself when the visitor comes near this panel and no live run is
    // going (see `pool_start`), so that the first ensemble finds its workers warm; an
    // ensemble asked for before then starts it at once, and a new worker count restarts it
    // at once.
    let panel = use_node_ref();
    let auto_start = use_pool_start(panel.clone(), props.live);
    {
        let (pool, sink) = (pool.clone(), (*sink).clone());
        let first = use_mut_ref(|| true);
        use_effect_with(*workers, move |&count| {
            let later = std::mem::replace(&mut *first.borrow_mut(), false);
            let cancelled = Rc::new(Cell::new(false));
            let start = {
                let cancelled = cancelled.clone();
                move || {
                    // An ensemble before then started the pool already; replacing it would end
                    // that ensemble.
                    if !cancelled.get() && (!later || pool.borrow().is_none()) {
                        *pool.borrow_mut() = Some(WorkerPool::new(count, sink));
                    }
                }
            };
            let timeout = later.then(|| auto_start.arm(start.clone()));
            if timeout.is_none() {
                start();
            }
            // Leaving the page before then cancels the start.
            move || {
                cancelled.set(true);
                drop(timeout);
            }
        });
    }

    let parsed = parse_runs(&runs_text);
    let running = matches!(*status, Status::Running { .. });
    let on_runs = {
        let runs_text = runs_text.clone();
        Callback::from(move |e: InputEvent| {
            runs_text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_workers = {
        let workers = workers.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let count = value.parse().unwrap_or(1);
            settings::update(|s| s.workers = Some(count));
            workers.set(count);
        })
    };
    let launcher = Launcher {
        pool: pool.clone(),
        job: job.clone(),
        next_id: next_id.clone(),
        status: status.clone(),
        sink: (*sink).clone(),
        workers: *workers,
    };
    let on_run = {
        let (sim, sim_b, launcher) = (props.sim.clone(), props.sim_b.clone(), launcher.clone());
        let runs = parsed;
        Callback::from(move |_: MouseEvent| {
            let Some(runs) = runs else { return };
            let mut arms = vec![(sim.borrow().scenario_with_actions(), None)];
            arms.extend(sim_b.iter().map(|b| (b.borrow().scenario_with_actions(), None)));
            let first_seed = arms[0].0.seed;
            launcher.launch(&arms, first_seed, runs, None);
        })
    };
    // A teaching point is checked on run A's scenario as it is planned now, its arms over the
    // scenario's own seeds.
    let checked_scenario = props.sim.borrow().scenario().clone();
    let expectations = Rc::new(checked_scenario.expect.clone());
    let on_check = {
        let (sim, launcher, checking, checking_now) =
            (props.sim.clone(), launcher.clone(), checking.clone(), checking_now.clone());
        Callback::from(move |index: usize| {
            let scenario = sim.borrow().scenario().clone();
            // The arms are built and checked by the worker; what the page can check without
            // them, it checks here, so that a bad teaching point is a message, not a wait.
            if let Err(e) = scenario.check_expectation_fields() {
                launcher.status.set(Status::Failed(Failure::Unchecked(e)));
                return;
            }
            let Some((arms, runs, check)) = check_plan(&scenario, index) else { return };
            checking_now.set(Some(index));
            launcher.launch(&arms, scenario.seed, runs, Some(check));
            *checking.borrow_mut() = Some((index, scenario));
        })
    };
    let on_cancel = {
        let (pool, job, status, sink, workers) =
            (pool.clone(), job.clone(), status.clone(), (*sink).clone(), *workers);
        let (checking, checking_now) = (checking.clone(), checking_now.clone());
        Callback::from(move |_: MouseEvent| {
            *job.borrow_mut() = None;
            checking.borrow_mut().take();
            checking_now.set(None);
            // Dropping the pool terminates its workers mid-run; fresh ones take their place.
            *pool.borrow_mut() = None;
            *pool.borrow_mut() = Some(WorkerPool::new(workers, sink.clone()));
            status.set(Status::Cancelled);
        })
    };

    let lang = tr.lang();
    let progress = match &*status {
        Status::Running { done, total } => html! {
            <div class="progress-row">
                <progress id="ensemble-progress" max={total.to_string()} value={done.to_string()}
                    aria-label={tr.get("ensemble-progress-label")}></progress>
                <span>{ tr.with("ensemble-progress", &[("done", &thousands(lang, *done)), ("total", &thousands(lang, *total))]) }</span>
            </div>
        },
        _ => html! {},
    };
    let message = match (&*status, &*outcome) {
        (Status::Running { .. }, _) => tr.get("ensemble-running"),
        (Status::Cancelled, _) => tr.get("ensemble-cancelled"),
        (Status::Failed(failure), _) => failure.text(&tr),
        (Status::Checked { index, runs, elapsed_ms }, _) => tr.with(
            "ensemble-checked",
            &[
                ("number", &(index + 1).to_string()),
                ("runs", &thousands(lang, *runs)),
                ("ms", &format!("{elapsed_ms:.0}")),
            ],
        ),
        (Status::Idle, Some(o)) => elapsed_text(&tr, &o.0),
        (Status::Idle, None) => String::new(),
    };
    let hint = if props.sim_b.is_some() { tr.get("ensemble-hint-compare") } else { tr.get("ensemble-hint") };
    html! {
        <section class="panel ensemble" id="ensemble" aria-labelledby="ensemble-title" ref={panel}>
            <h2 id="ensemble-title"><Term name="ensemble">{ tr.get("ensemble-title") }</Term></h2>
            <p class="hint">{ hint }</p>
            <div class="row">
                <div class="field">
                    <label for="ensemble-runs">{ tr.get("ensemble-runs-label") }</label>
                    <input id="ensemble-runs" type="number" min="1" max={MAX_RUNS.to_string()} value={(*runs_text).clone()}
                        oninput={on_runs} aria-invalid={parsed.is_none().to_string()}
                        aria-describedby={parsed.is_none().then_some("ensemble-runs-error")} />
                </div>
                <div class="field">
                    <label for="ensemble-workers">{ tr.get("ensemble-workers-label") }</label>
                    <select id="ensemble-workers" onchange={on_workers} disabled={running}>
                        { for (1..=MAX_WORKERS).map(|n| html! {
                            <option value={n.to_string()} selected={n == *workers}>{ n }</option>
                        }) }
                    </select>
                </div>
                <button id="ensemble-run" onclick={on_run} disabled={running || parsed.is_none()}>{ tr.get("ensemble-run") }</button>
                <button id="ensemble-cancel" class="secondary" onclick={on_cancel} disabled={!running}>{ tr.get("ensemble-cancel") }</button>
            </div>
            if parsed.is_none() {
                <p class="field-error" id="ensemble-runs-error" role="alert">
                    { tr.with("ensemble-runs-error", &[("max", &thousands(lang, MAX_RUNS))]) }
                </p>
            }
            { progress }
            <p id="ensemble-status" role="status">{ message }</p>
            <TeachingPoints expectations={expectations.clone()} verdicts={Rc::new(verdicts.for_these(&checked_scenario))}
                checking={*checking_now} busy={running} {on_check} />
            if let Some(o) = &*outcome {
                <EnsembleTables outcome={o.clone()} />
                <div class="charts">
                    <FanChart id="fan-added-value" title={tr.get("ensemble-fan-added-value")} outcome={o.clone()} quantity={Quantity::AddedValue} />
                    <FanChart id="fan-trust" title={tr.get("ensemble-fan-trust")} outcome={o.clone()} quantity={Quantity::Trust} />
                    <FanChart id="fan-conflict" title={tr.get("ensemble-fan-conflict")} outcome={o.clone()} quantity={Quantity::Conflict} />
                    <PhaseArea id="phases-a" title={if o.0.stats.len() > 1 { tr.get("ensemble-phases-a") } else { tr.get("ensemble-phases") }}
                        outcome={o.clone()} arm={0} />
                    if o.0.stats.len() > 1 {
                        <PhaseArea id="phases-b" title={tr.get("ensemble-phases-b")} outcome={o.clone()} arm={1} />
                    }
                </div>
            }
        </section>
    }
}

/// What starting a job needs: the pool (started here if it is not yet), the job slot, the
/// request ids and the status.
#[derive(Clone)]
struct Launcher {
    pool: Rc<RefCell<Option<WorkerPool>>>,
    job: Rc<RefCell<Option<Job>>>,
    next_id: Rc<RefCell<u32>>,
    status: UseStateHandle<Status>,
    sink: Callback<PoolEvent>,
    workers: usize,
}

impl Launcher {
    /// Runs `runs` seeds from `first_seed` of every arm in the workers, with the verdict on
    /// `check` if there is one.
    fn launch(
        &self,
        arms: &[(Scenario, Option<ArmOf>)],
        first_seed: u64,
        runs: u32,
        check: Option<CheckRequest>,
    ) {
        if self.pool.borrow().is_none() {
            *self.pool.borrow_mut() = Some(WorkerPool::new(self.workers, self.sink.clone()));
        }
        let Some(count) = self.pool.borrow().as_ref().map(WorkerPool::len) else { return };
        let first_id = *self.next_id.borrow();
        let (planned, requests) = Job::plan(arms, first_seed, runs, count, (first_id, now_ms()), check);
        *self.next_id.borrow_mut() = first_id.wrapping_add(planned.ids());
        self.status.set(Status::Running { done: 0, total: planned.total() });
        *self.job.borrow_mut() = Some(planned);
        if let Some(pool) = pool_ref(&self.pool) {
            for (worker, request) in &requests {
                pool.post(*worker, request);
            }
        }
    }
}

fn pool_ref(pool: &Rc<RefCell<Option<WorkerPool>>>) -> Option<std::cell::Ref<'_, WorkerPool>> {
    std::cell::Ref::filter_map(pool.borrow(), Option::as_ref).ok()
}

/// "1,000 runs in 183 ms with 2 workers", read by the end-to-end test.
fn elapsed_text(tr: &Tr, outcome: &super::ensemble_job::Outcome) -> String {
    let runs = thousands(tr.lang(), outcome.runs);
    let ms = format!("{:.0}", outcome.elapsed_ms);
    if outcome.stats.len() > 1 {
        tr.count("ensemble-elapsed-each", outcome.workers, &[("runs", &runs), ("ms", &ms)])
    } else {
        tr.count("ensemble-elapsed", outcome.workers, &[("runs", &runs), ("ms", &ms)])
    }
}
