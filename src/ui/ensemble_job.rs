//! One ensemble request from the page: the seeds split over the workers, the replies
//! collected per arm (A, or A and B in compare mode), and the statistics once every run is in.
//!
//! Both arms use the same seeds, so the runs pair up for [`compare`]. Each worker gets a
//! contiguous range of seeds per arm; the traces arrive in any order and the accumulator
//! sorts them, so the statistics equal those of one sequential run of the same seeds.

use std::rc::Rc;

use crate::ensemble::{compare, Comparison, EnsembleAccumulator, EnsembleStats};
use crate::scenario::Scenario;
use crate::worker_protocol::{Reply, ReplyBody, Request};

/// The statistics of a finished ensemble.
pub struct Outcome {
    /// Per arm: A first, then B in compare mode.
    pub stats: Vec<EnsembleStats>,
    /// B compared with A over the paired seeds, in compare mode.
    pub comparison: Option<Comparison>,
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

/// One request sent to one worker.
struct Part {
    id: u32,
    arm: usize,
    done: u32,
}

/// An ensemble in progress.
pub struct Job {
    parts: Vec<Part>,
    arms: Vec<EnsembleAccumulator>,
    runs: u32,
    workers: usize,
    started_ms: f64,
}

impl Job {
    /// Plans `runs` seeds from `first_seed` for each arm over `workers` workers, with request
    /// ids from `first_id` on. Returns the job and the requests with the worker each goes to.
    pub fn plan(
        arms: &[Scenario],
        first_seed: u64,
        runs: u32,
        workers: usize,
        first_id: u32,
        started_ms: f64,
    ) -> (Job, Vec<(usize, Request)>) {
        let workers = workers.clamp(1, runs.max(1) as usize);
        let mut parts = Vec::new();
        let mut requests = Vec::new();
        for (arm, scenario) in arms.iter().enumerate() {
            // JSON reads back every float bit for bit, like the share links.
            let text = serde_json::to_string(scenario).expect("a scenario always serialises to JSON");
            let mut offset = 0u32;
            for w in 0..workers {
                let share = runs / workers as u32 + u32::from((w as u32) < runs % workers as u32);
                if share == 0 {
                    continue;
                }
                let id = first_id.wrapping_add(parts.len() as u32);
                parts.push(Part { id, arm, done: 0 });
                let request = Request {
                    id,
                    scenario: text.clone(),
                    first_seed: first_seed.wrapping_add(u64::from(offset)),
                    runs: share,
                };
                requests.push((w, request));
                offset += share;
            }
        }
        let arms = arms.iter().map(|_| EnsembleAccumulator::new()).collect();
        (Job { parts, arms, runs, workers, started_ms }, requests)
    }

    /// Number of request ids this job uses.
    pub fn ids(&self) -> u32 {
        self.parts.len() as u32
    }

    /// Takes in one reply; a reply to another job is ignored. Returns the worker's error
    /// message, if the reply is one.
    pub fn receive(&mut self, reply: Reply) -> Option<String> {
        let part = self.parts.iter_mut().find(|p| p.id == reply.id)?;
        match reply.body {
            ReplyBody::Progress(n) => part.done = n,
            ReplyBody::Traces(traces) => {
                part.done = traces.len() as u32;
                self.arms[part.arm].extend(traces);
            }
            ReplyBody::Error(message) => return Some(message),
            ReplyBody::Ready(_) => {}
        }
        None
    }

    /// Runs finished so far, over all arms.
    pub fn done(&self) -> u32 {
        self.parts.iter().map(|p| p.done).sum()
    }

    /// Runs asked for, over all arms.
    pub fn total(&self) -> u32 {
        self.runs * self.arms.len() as u32
    }

    /// Whether every run of every arm has arrived.
    pub fn is_complete(&self) -> bool {
        self.arms.iter().all(|a| a.len() == self.runs as usize)
    }

    /// The statistics of a complete job, timed until they are computed by the clock `now_ms`.
    pub fn outcome(&mut self, now_ms: impl Fn() -> f64) -> Outcome {
        let stats = self.arms.iter_mut().map(EnsembleAccumulator::stats).collect();
        let comparison = match self.arms.as_mut_slice() {
            [a, b] => Some(compare(&a.summaries(), &b.summaries())),
            _ => None,
        };
        Outcome {
            stats,
            comparison,
            runs: self.runs,
            workers: self.workers,
            elapsed_ms: now_ms() - self.started_ms,
        }
    }
}
