//! Criterion benchmarks of the model: single runs of 10 and 200 partners over 120 months, a
//! single-threaded ensemble of 1,000 such 10-partner runs, and the ensemble Web Worker's whole
//! job for 1,000 runs of the default scenario, natively, to set against the same job timed in
//! the browser. Run with `cargo bench`; the latest medians are in docs/PERFORMANCE.md.

#[cfg(not(target_arch = "wasm32"))]
mod benches {
    use std::hint::black_box;

    use alliance_lab::ensemble::run_ensemble;
    use alliance_lab::scenario::{Scenario, DEFAULT_JSON};
    use alliance_lab::simulation::Simulation;
    use alliance_lab::worker_protocol::{handle, Message, ReplyBody, Request, RequestBody};
    use criterion::Criterion;

    /// What one ensemble Web Worker does for a 1,000-run ensemble of the default scenario:
    /// parse the request, run the seeds, pack the traces into a binary batch, decode it again
    /// for the statistics request and answer that as JSON. Returns the runs covered.
    fn worker_job(runs: u32) -> usize {
        let run = Request {
            id: 1,
            body: RequestBody::Run { scenario: DEFAULT_JSON.to_string(), first_seed: 42, runs, arm: None },
        };
        let mut batch = Vec::new();
        handle(
            &serde_json::to_string(&run).expect("JSON"),
            &[],
            || 0.0,
            |m| {
                if let Message::Traces(bytes) = m {
                    batch = bytes;
                }
            },
        );
        let stats = Request { id: 2, body: RequestBody::Stats { arms: vec![0], check: None } };
        let mut covered = 0;
        handle(
            &serde_json::to_string(&stats).expect("JSON"),
            &[&batch],
            || 0.0,
            |m| {
                if let Message::Reply(reply) = m {
                    // Serialising the reply is part of the worker's job.
                    black_box(serde_json::to_string(&reply).expect("JSON"));
                    if let ReplyBody::Stats(outcome) = reply.body {
                        covered = outcome.stats[0].summary.runs;
                    }
                }
            },
        );
        covered
    }

    /// The default alliance grown to `n` partners by repeating its five partner profiles
    /// under new names, so the mix of sizes, values and strengths stays the article's.
    pub fn alliance_of(n: usize) -> Scenario {
        let mut s = Scenario::default_preset();
        let base = s.partners.clone();
        s.partners = (0..n)
            .map(|i| {
                let mut p = base[i % base.len()].clone();
                p.name = format!("{} {}", p.name, i / base.len() + 1);
                p
            })
            .collect();
        s.horizon_months = 120;
        s.validate().expect("the benchmark scenario is valid");
        s
    }

    pub fn model(c: &mut Criterion) {
        let ten = alliance_of(10);
        let two_hundred = alliance_of(200);
        c.bench_function("run 10 partners x 120 months", |b| {
            b.iter(|| {
                let mut sim = Simulation::new(black_box(&ten));
                sim.run_to_end();
                black_box(sim.history().len())
            })
        });
        let mut group = c.benchmark_group("large");
        group.sample_size(20);
        group.bench_function("run 200 partners x 120 months", |b| {
            b.iter(|| {
                let mut sim = Simulation::new(black_box(&two_hundred));
                sim.run_to_end();
                black_box(sim.history().len())
            })
        });
        group.sample_size(10);
        group.bench_function("ensemble 1000 runs x 10 partners x 120 months, one thread", |b| {
            b.iter(|| black_box(run_ensemble(black_box(&ten), 0, 1000)))
        });
        group.bench_function(
            "worker job: 1000 runs of the default scenario with statistics, one thread",
            |b| b.iter(|| assert_eq!(worker_job(black_box(1000)), 1000)),
        );
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(model_benches, benches::model);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(model_benches);

// Criterion measures native code only; on wasm32 this target exists because `--all-targets`
// builds every target for both platforms, and the browser timings come from the ensemble page.
#[cfg(target_arch = "wasm32")]
fn main() {}
