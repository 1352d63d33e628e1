//! One ensemble request from the page: the seeds split over the workers, the binary trace
//! batches collected per arm (A, or A and B in compare mode), then one statistics request
//! that hands every batch to a worker, whose small JSON answer is the outcome.
//!
//! Both arms use the same seeds, so the runs pair up for the comparison. Each worker gets a
//! contiguous range of seeds per arm; the batches arrive in any order and the worker's
//! accumulator sorts the runs, so the statistics equal those of one sequential run of the
//! same seeds. The page never decodes a batch: it reads the header to route it and passes
//! the `ArrayBuffer` on without a copy.

use std::rc::Rc;

use web_sys::js_sys::ArrayBuffer;

use super::worker_pool::{PoolEvent, PoolFailure};
use crate::ensemble::{Comparison, EnsembleStats};
use crate::expectations::CheckOutcome;
use crate::scenario::Scenario;
use crate::worker_protocol::{ArmOf, CheckRequest, Reply, ReplyBody, Request, RequestBody};

/// The worker the statistics request goes to; every worker is idle by then.
const STATS_WORKER: usize = 0;

/// The statistics of a finished ensemble.
pub struct Outcome {
    /// Per arm: A first, then B in compare mode.
    pub stats: Vec<EnsembleStats>,
    /// B compared with A over the paired seeds, in compare mode.
    pub comparison: Option<Comparison>,
    /// The verdict on the teaching point the ensemble checked, if it checked one.
    pub check: Option<CheckOutcome>,
    /// Runs per arm.
    pub runs: u32,
    /// Workers used.
    pub workers: usize,
    /// Milliseconds from the click to the statistics being ready.
    pub elapsed_ms: f64,
}

/// A finished ensemble shared with the charts, compared by identity so that a chart redraws
/// only for a new ensemble.
#[derive(Clone)]
pub struct OutcomeHandle(pub Rc<Outcome>);

impl PartialEq for OutcomeHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// One arm of an ensemble: a scenario, or the arm of one of its teaching points.
pub type JobArm = (Scenario, Option<ArmOf>);

/// One run request sent to one worker, and its batch once it arrived.
struct Part {
    id: u32,
    arm: usize,
    runs: u32,
    done: u32,
    batch: Option<ArrayBuffer>,
}

/// What the page does after a worker's message.
pub enum Next {
    /// Nothing: wait for more messages.
    Wait,
    /// Post this statistics request with these batches to this worker.
    PostStats(usize, Request, Vec<ArrayBuffer>),
    /// Show the outcome; the job is over.
    Done(Outcome),
    /// Show why the ensemble failed; the job is over.
    Failed(PoolFailure),
}

/// An ensemble in progress.
pub struct Job {
    parts: Vec<Part>,
    arms: usize,
    runs: u32,
    workers: usize,
    started_ms: f64,
    stats_id: u32,
    check: Option<CheckRequest>,
}

impl Job {
    /// Plans `runs` seeds from `first_seed` for each arm over `workers` workers, with request
    /// ids from `first_id` on. An arm is a scenario, or the arm of one of its teaching points,
    /// which the worker builds; with a `check`, the statistics judge that teaching point over
    /// arms A and B. Returns the job and the requests with the worker each goes to.
    pub fn plan(
        arms: &[JobArm],
        first_seed: u64,
        runs: u32,
        workers: usize,
        (first_id, started_ms): (u32, f64),
        check: Option<CheckRequest>,
    ) -> (Job, Vec<(usize, Request)>) {
        let workers = workers.clamp(1, runs.max(1) as usize);
        let mut parts = Vec::new();
        let mut requests = Vec::new();
        for (arm, (scenario, arm_of)) in arms.iter().enumerate() {
            // JSON reads back every float bit for bit, like the share links.
            let text = serde_json::to_string(scenario).expect("a scenario always serialises to JSON");
            let mut offset = 0u32;
            for worker in 0..workers {
                let share = runs / workers as u32 + u32::from((worker as u32) < runs % workers as u32);
                if share == 0 {
                    continue;
                }
                let id = first_id.wrapping_add(parts.len() as u32);
                parts.push(Part { id, arm, runs: share, done: 0, batch: None });
                let body = RequestBody::Run {
                    scenario: text.clone(),
                    first_seed: first_seed.wrapping_add(u64::from(offset)),
                    runs: share,
                    arm: *arm_of,
                };
                requests.push((worker, Request { id, body }));
                offset += share;
            }
        }
        let stats_id = first_id.wrapping_add(parts.len() as u32);
        (Job { parts, arms: arms.len(), runs, workers, started_ms, stats_id, check }, requests)
    }

    /// Number of request ids this job uses: one per run request and one for the statistics.
    pub fn ids(&self) -> u32 {
        self.parts.len() as u32 + 1
    }

    /// Takes in one message from the pool; messages about other jobs are ignored. The clock
    /// `now_ms` times the job when it is done.
    pub fn receive(&mut self, event: PoolEvent, now_ms: impl Fn() -> f64) -> Next {
        match event {
            PoolEvent::Failed(failure) => Next::Failed(failure),
            PoolEvent::Traces(header, batch) => {
                let Some(part) = self.parts.iter_mut().find(|p| p.id == header.id) else { return Next::Wait };
                if header.runs != part.runs {
                    return Next::Failed(PoolFailure::WrongRunCount { sent: header.runs, asked: part.runs });
                }
                part.done = header.runs;
                part.batch = Some(batch);
                self.stats_request()
            }
            PoolEvent::Reply(Reply { id, body }) => {
                if id == self.stats_id {
                    return match body {
                        ReplyBody::Stats(outcome) if outcome.stats.len() == self.arms => {
                            Next::Done(self.outcome(*outcome, now_ms()))
                        }
                        ReplyBody::Error(message) => Next::Failed(PoolFailure::Refused(message)),
                        _ => Next::Failed(PoolFailure::WrongStatsReply),
                    };
                }
                let Some(part) = self.parts.iter_mut().find(|p| p.id == id) else { return Next::Wait };
                match body {
                    ReplyBody::Progress(n) => part.done = n.min(part.runs),
                    ReplyBody::Error(message) => return Next::Failed(PoolFailure::Refused(message)),
                    _ => return Next::Failed(PoolFailure::WrongRunReply),
                }
                Next::Wait
            }
        }
    }

    /// The statistics request, once every batch is in: it takes the batches, so it is made
    /// only once.
    fn stats_request(&mut self) -> Next {
        if self.parts.iter().any(|p| p.batch.is_none()) {
            return Next::Wait;
        }
        let arms = self.parts.iter().map(|p| p.arm).collect();
        // Taking the batches leaves the parts without, so a stray repeat cannot ask twice.
        let batches = self.parts.iter_mut().filter_map(|p| p.batch.take()).collect();
        Next::PostStats(
            STATS_WORKER,
            Request { id: self.stats_id, body: RequestBody::Stats { arms, check: self.check.clone() } },
            batches,
        )
    }

    /// Runs finished so far, over all arms.
    pub fn done(&self) -> u32 {
        self.parts.iter().map(|p| p.done).sum()
    }

    /// Runs asked for, over all arms.
    pub fn total(&self) -> u32 {
        self.runs * self.arms as u32
    }

    fn outcome(&self, outcome: crate::worker_protocol::StatsOutcome, now_ms: f64) -> Outcome {
        Outcome {
            stats: outcome.stats,
            comparison: outcome.comparison,
            check: outcome.check,
            runs: self.runs,
            workers: self.workers,
            elapsed_ms: now_ms - self.started_ms,
        }
    }
}
